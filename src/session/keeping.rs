//! The one home of the storage rule. Whatever is read back, kept, forgotten or wiped from this browser, and when
//! the answers in memory are dropped, is decided here, by asking the setting's [`Policy`]; no page or component
//! touches storage or checks the mode for it.
//!
//! - At start (the setting is already settled: address and `site.json` are read before the app starts): a kiosk
//!   removes whatever home use kept; at home, kept answers and display settings come back.
//! - While the app runs: the answers are written whenever they change, only if the person opted in at home.
//! - On page hide (the back-forward cache): answers not kept are dropped from memory.
//! - On quick exit, "forget", turning "remember" off, ending a session, a kiosk reset: see the functions below.

use super::setting::{Notice, Policy, SettingAction, SettingHandle};
use super::storage::{self, Loaded};
use super::{Action, Session};
use crate::i18n::LanguageHandle;
use yew::prelude::*;

/// Start-up, keeping and page-hide, for the app's shell.
#[hook]
pub fn use_keeping(session: &Session, setting: &SettingHandle, language: &LanguageHandle) {
    // The latest policy, for the listener registered once.
    let latest = use_mut_ref(|| setting.policy());
    *latest.borrow_mut() = setting.policy();
    {
        let (session, setting, language) = (session.clone(), setting.clone(), language.clone());
        use_effect_with((), move |_| restore(&session, &setting, &language));
    }
    {
        // A kiosk is shared: whatever the mode was before, it starts with no answers and nothing kept.
        let session = session.clone();
        use_effect_with(setting.policy().clears_kept_on_start(), move |kiosk| {
            if *kiosk {
                session.dispatch(Action::Clear);
                storage::forget_all();
            }
        });
    }
    {
        let setting = setting.clone();
        let display = (setting.text_size, setting.high_contrast, language.bundle.lang.clone());
        let policy = setting.policy();
        use_effect_with(((**session).clone(), policy, display), move |(state, policy, display)| {
            if let Err(notice) = keep(policy, state, display) {
                setting.dispatch(SettingAction::SetRemember(false));
                setting.dispatch(SettingAction::Notice(Some(notice)));
            }
        });
    }
    {
        // A session never shows what home use kept: started over answers that were being kept in this browser (the
        // device owner's), it clears them from the screen. They stay kept for home use.
        let in_session = setting.policy().shows_worker_prompts();
        let home_kept = use_mut_ref(|| false);
        if !in_session {
            *home_kept.borrow_mut() = setting.remember;
        }
        let session = session.clone();
        use_effect_with(in_session, move |in_session| {
            if *in_session && *home_kept.borrow() {
                session.dispatch(Action::Clear);
            }
        });
    }
    // In a session, and at home without "remember", nothing is kept, so a reload would lose the answers: the page's
    // exit script asks the browser to warn first while this mark is on (never on the way out through quick exit).
    use_effect_with(setting.policy().warns_before_unload() && !session.is_empty(), |warn| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = if *warn { root.set_attribute(UNSAVED, "") } else { root.remove_attribute(UNSAVED) };
        }
    });
    let session = session.clone();
    use_effect_with((), move |_| {
        // Back/forward cache: if nothing is kept, a restored page must not show the answers again.
        let hide = gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
            if !latest.borrow().may_store() {
                session.dispatch(Action::Clear);
            }
        });
        move || drop(hide)
    });
}

/// The mark on `<html>` while a reload would lose answers that are not kept (see `components/exit.rs`).
pub const UNSAVED: &str = "data-unsaved";

/// Brings back what the person kept, when the policy allows; a kiosk removes it instead.
fn restore(session: &Session, setting: &SettingHandle, language: &LanguageHandle) {
    // (A kiosk removes what home use kept: see the effect above that clears on a kiosk start.)
    if !setting.policy().may_restore() {
        return;
    }
    match storage::load() {
        Loaded::Restored(state) => {
            session.dispatch(Action::Replace(*state));
            setting.dispatch(SettingAction::SetRemember(true));
            if let Some((size, contrast, lang)) = storage::load_display() {
                setting.dispatch(SettingAction::SetTextSize(size));
                setting.dispatch(SettingAction::SetContrast(contrast));
                if setting.config.languages.contains(&lang) {
                    crate::i18n::switch_language(language, &lang, super::setting::language_unavailable(setting));
                }
            }
            setting.dispatch(SettingAction::Notice(Some(Notice::Restored)));
        }
        Loaded::SetAside => {
            setting.dispatch(SettingAction::SetRemember(true));
            setting.dispatch(SettingAction::Notice(Some(Notice::SetAside)));
        }
        Loaded::Nothing | Loaded::Blocked => {}
    }
}

/// Writes the answers and display settings, if the policy allows. When they cannot be written, the earlier copy
/// is removed too (so a later visit cannot bring back stale answers) and the notice says why.
pub fn keep(policy: &Policy, state: &super::SessionState, display: &(u8, bool, String)) -> Result<(), Notice> {
    if !policy.may_store() {
        return Ok(());
    }
    let (size, contrast, lang) = display;
    storage::save(state).and_then(|_| storage::save_display(*size, *contrast, lang)).map_err(|problem| {
        storage::forget_kept();
        match problem {
            storage::Problem::Blocked => Notice::Blocked,
            storage::Problem::Full => Notice::Full,
        }
    })
}

/// Quick exit: nothing stays in memory or in this browser. (The page's exit script has already wiped storage; this
/// makes sure nothing is written back.)
pub fn exit(session: &Session, setting: &SettingHandle) {
    setting.dispatch(SettingAction::SetRemember(false));
    session.dispatch(Action::Clear);
    storage::forget_all();
}

/// A kiosk goes back to its start screen as if nobody had been here.
pub fn kiosk_reset(session: &Session, setting: &SettingHandle) {
    session.dispatch(Action::Clear);
    storage::forget_all();
    setting.dispatch(SettingAction::ResetKiosk);
}

/// "Remember on this device" turned on or off; off forgets what was kept.
pub fn set_remember(setting: &SettingHandle, on: bool) {
    if !on {
        storage::forget_all();
    }
    setting.dispatch(SettingAction::SetRemember(on));
    setting.dispatch(SettingAction::Notice(None));
}

/// "Forget everything on this device".
pub fn forget(session: &Session, setting: &SettingHandle) {
    storage::forget_all();
    session.dispatch(Action::Clear);
    setting.dispatch(SettingAction::SetRemember(false));
    setting.dispatch(SettingAction::Notice(Some(Notice::Forgotten)));
}

/// "End session": back to home mode; the client's answers go unless the worker chose to keep them on screen.
/// Nothing of the session was stored, so there is nothing in the browser to remove.
pub fn end_session(session: &Session, setting: &SettingHandle, clear: bool) {
    if clear {
        session.dispatch(Action::Clear);
    }
    setting.dispatch(SettingAction::SetMode(super::setting::Mode::Home));
}
