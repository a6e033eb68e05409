//! Where OwnPath is being used — at home, in a session with a worker, or on a waiting-room kiosk — and the one
//! place that decides, from that, what may be stored, saved to or opened from a file, printed or followed, and how exit works.

use crate::config::{DefaultMode, SiteConfig};
use std::rc::Rc;
use yew::prelude::*;

/// In order of privacy: an address or a site file can only move the mode up this list, never down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mode {
    Home,
    Session,
    Kiosk,
}

/// The address parameter that asks for a mode: `?mode=kiosk`.
pub const MODE_PARAM: &str = "mode";

impl Mode {
    /// From a `?mode=` address parameter.
    pub fn from_param(value: &str) -> Option<Mode> {
        [Mode::Home, Mode::Session, Mode::Kiosk].into_iter().find(|mode| mode.param() == value)
    }

    /// Its value in the address (`?mode=…`).
    pub fn param(self) -> &'static str {
        match self {
            Mode::Home => "home",
            Mode::Session => "session",
            Mode::Kiosk => "kiosk",
        }
    }
    /// The mode the app starts in: the more private of what the address asks for and what the site file says
    /// (home → session → kiosk, never back), so `?mode=home` on a kiosk changes nothing.
    pub fn at_start(address: Option<Mode>, site: DefaultMode) -> Mode {
        let site = match site {
            DefaultMode::Home => Mode::Home,
            DefaultMode::Kiosk => Mode::Kiosk,
        };
        address.unwrap_or(Mode::Home).max(site)
    }
}

/// What the setting allows. Every page and component asks this, never the mode directly; the storage rule
/// (`session/keeping.rs`) asks it too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    mode: Mode,
    remember: bool,
    kiosk_print: bool,
    no_history: bool,
}

impl Policy {
    pub fn new(mode: Mode, remember: bool, config: &SiteConfig) -> Self {
        Self { mode, remember, kiosk_print: config.kiosk_print, no_history: false }
    }
    /// Answers are kept in this browser only when the person opted in, at home: never in a session (usually a
    /// worker's device) or on a kiosk.
    pub fn may_store(&self) -> bool {
        self.remember && self.mode == Mode::Home
    }
    /// What was kept is read back only at home.
    pub fn may_restore(&self) -> bool {
        self.mode == Mode::Home
    }
    /// A kiosk start removes whatever home use left in this browser.
    pub fn clears_kept_on_start(&self) -> bool {
        self.mode == Mode::Kiosk
    }
    /// "Remember" and "leave no pages in my history" are offered at home only.
    pub fn may_offer_remember(&self) -> bool {
        self.mode == Mode::Home
    }
    /// Saving the summary to a file and opening a saved one: on the person's own device or a worker's, never on a
    /// kiosk (a shared screen keeps no files and opens none; the take-away is the QR code).
    pub fn may_use_files(&self) -> bool {
        self.mode != Mode::Kiosk
    }
    pub fn may_print(&self) -> bool {
        self.mode != Mode::Kiosk || self.kiosk_print
    }
    /// Phone and outside links are followed everywhere but on a kiosk, where they are shown as text.
    pub fn follows_outside_links(&self) -> bool {
        self.mode != Mode::Kiosk
    }
    /// A shared waiting-room screen: start screen, idle watch, "I'm finished", large touch targets; quick exit
    /// resets to the start screen instead of leaving.
    pub fn shared_screen(&self) -> bool {
        self.mode == Mode::Kiosk
    }
    pub fn exit_resets(&self) -> bool {
        self.shared_screen()
    }
    /// Session with a worker: prompts, larger text, a badge with "End session".
    pub fn shows_worker_prompts(&self) -> bool {
        self.mode == Mode::Session
    }
    /// Answers that are not kept would be lost by a reload or a closed tab, in a session and at home without
    /// "remember": the browser asks first (issue 25: asking keeps the promise that nothing is written unasked).
    pub fn warns_before_unload(&self) -> bool {
        self.mode != Mode::Kiosk && !self.may_store()
    }
    /// A new release waiting is offered at home; a kiosk takes it at its next idle reset; a session is never
    /// interrupted by it.
    pub fn offers_update(&self) -> bool {
        self.mode == Mode::Home
    }
    pub fn takes_update_at_reset(&self) -> bool {
        self.mode == Mode::Kiosk
    }
    /// Session mode is started from home.
    pub fn may_start_session(&self) -> bool {
        self.mode == Mode::Home
    }
    /// In-app moves replace the history entry, so Back cannot walk through earlier pages: always on a kiosk and
    /// in a session (Back after "End and clear" shows nothing read), at home when the person asked for it.
    pub fn replaces_history(&self) -> bool {
        self.mode != Mode::Home || self.no_history
    }
    /// Kept in every in-app address, so a reload or a deep link inside a kiosk stays a kiosk and a session stays a
    /// session, which never reads back what home use kept (it says nothing about the person).
    pub fn address_query(&self) -> &'static str {
        match self.mode {
            Mode::Kiosk => "?mode=kiosk",
            Mode::Session => "?mode=session",
            Mode::Home => "",
        }
    }
}

/// A one-line message at the top of the page, shown once until dismissed (`components/notice_bar.rs`): about the
/// person's kept answers, or a language that could not be opened. The setting holds it, so every page shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Restored,
    SetAside,
    Blocked,
    Full,
    Forgotten,
    /// A language the person chose could not be fetched; the page stays in the language it was in.
    LanguageUnavailable,
}

/// For a switch of language (`i18n::switch_language`): when the language cannot be opened, the notice says so.
pub fn language_unavailable(setting: &SettingHandle) -> impl FnOnce() + 'static {
    let setting = setting.clone();
    move || setting.dispatch(SettingAction::Notice(Some(Notice::LanguageUnavailable)))
}

#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    pub mode: Mode,
    pub remember: bool,
    /// On a kiosk: whether someone has touched "start" since the last reset.
    pub kiosk_started: bool,
    /// Counts kiosk resets, so screens can start afresh.
    pub resets: u32,
    pub config: Rc<SiteConfig>,
    pub config_problem: Option<String>,
    pub notice: Option<Notice>,
    /// Reading comfort: text size step (0 standard, 1 large, 2 larger) and high contrast.
    pub text_size: u8,
    pub high_contrast: bool,
    /// "Leave no pages in my history", at home.
    pub no_history: bool,
    /// The language the app opened in: a kiosk goes back to it after each person.
    pub own_language: &'static str,
}

/// Text size steps offered.
pub const TEXT_SIZES: u8 = 3;

impl Setting {
    pub fn new(address_mode: Option<Mode>) -> Self {
        Self {
            mode: address_mode.unwrap_or(Mode::Home),
            remember: false,
            kiosk_started: false,
            resets: 0,
            config: Rc::new(SiteConfig::default()),
            config_problem: None,
            notice: None,
            text_size: 0,
            high_contrast: false,
            no_history: false,
            own_language: crate::content::default_language(),
        }
    }

    /// The setting at start: the address's mode and the site file's settings, read before the app starts
    /// (`config::at_start`), so nothing kept is read or shown before the setting is settled.
    pub fn start(
        address_mode: Option<Mode>,
        site: Option<(SiteConfig, Option<String>)>,
        own_language: &'static str,
    ) -> Self {
        let setting = Rc::new(Self { own_language, ..Self::new(address_mode) });
        match site {
            Some((config, problem)) => {
                (*setting.reduce(SettingAction::ConfigLoaded(Box::new(config), problem))).clone()
            }
            None => (*setting).clone(),
        }
    }

    pub fn policy(&self) -> Policy {
        Policy { no_history: self.no_history, ..Policy::new(self.mode, self.remember, &self.config) }
    }
}

pub enum SettingAction {
    SetMode(Mode),
    SetRemember(bool),
    StartKiosk,
    /// Back to the kiosk start screen.
    ResetKiosk,
    ConfigLoaded(Box<SiteConfig>, Option<String>),
    Notice(Option<Notice>),
    SetTextSize(u8),
    SetContrast(bool),
    SetNoHistory(bool),
}

impl Reducible for Setting {
    type Action = SettingAction;

    fn reduce(self: Rc<Self>, action: SettingAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SettingAction::SetMode(mode) => {
                next.mode = mode;
                next.kiosk_started = false;
                if mode != Mode::Home {
                    next.remember = false;
                }
            }
            SettingAction::SetRemember(on) => next.remember = on && next.policy().may_offer_remember(),
            SettingAction::StartKiosk => next.kiosk_started = true,
            SettingAction::ResetKiosk => {
                next.kiosk_started = false;
                next.text_size = 0;
                next.high_contrast = false;
                next.resets += 1;
                next.notice = None;
                next.remember = false;
            }
            SettingAction::ConfigLoaded(config, problem) => {
                let mode = Mode::at_start(Some(next.mode), config.default_mode);
                if mode != next.mode {
                    next.mode = mode;
                    next.kiosk_started = false;
                    next.remember = false;
                }
                next.config = Rc::new(*config);
                next.config_problem = problem;
            }
            SettingAction::Notice(notice) => next.notice = notice,
            SettingAction::SetTextSize(size) => next.text_size = size.min(TEXT_SIZES - 1),
            SettingAction::SetContrast(on) => next.high_contrast = on,
            SettingAction::SetNoHistory(on) => next.no_history = on,
        }
        Rc::new(next)
    }
}

pub type SettingHandle = UseReducerHandle<Setting>;

/// The app's context for the setting, which also carries what the frame around the page reads besides the content:
/// the answers as they are at a click ([`super::SessionNow`], which never changes) and how the content's parts are
/// coming (`i18n/part_loading.rs`). One context in place of three saves the wasm two context providers (each costs about
/// 1 KB); the parts change only while they load, when the content changes too.
#[derive(Clone, PartialEq)]
pub struct SettingContext {
    pub setting: SettingHandle,
    pub answers: super::SessionNow,
    pub parts: crate::i18n::part_loading::PartsHandle,
}

#[hook]
pub fn use_setting() -> SettingHandle {
    use_context::<SettingContext>().expect("the app provides the setting").setting
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiosk_never_stores_uses_files_or_follows_links() {
        let config = SiteConfig::default();
        let kiosk = Policy::new(Mode::Kiosk, true, &config);
        assert!(!kiosk.may_store() && !kiosk.may_use_files() && !kiosk.follows_outside_links());
        assert!(!kiosk.may_offer_remember() && !kiosk.may_print() && kiosk.exit_resets());
        let printing = SiteConfig { kiosk_print: true, ..SiteConfig::default() };
        assert!(Policy::new(Mode::Kiosk, false, &printing).may_print());
    }

    #[test]
    fn only_home_stores_and_only_after_opting_in() {
        let config = SiteConfig::default();
        assert!(!Policy::new(Mode::Home, false, &config).may_store());
        assert!(Policy::new(Mode::Home, true, &config).may_store());
        assert!(Policy::new(Mode::Home, false, &config).may_restore());
        // A session usually runs on a worker's device: nothing offered, kept or read back.
        let session = Policy::new(Mode::Session, true, &config);
        assert!(!session.may_store() && !session.may_offer_remember() && !session.may_restore());
        assert!(session.shows_worker_prompts() && session.warns_before_unload() && session.may_use_files());
        let s = Rc::new(Setting::new(Some(Mode::Home))).reduce(SettingAction::SetRemember(true));
        let s = s.reduce(SettingAction::SetMode(Mode::Session));
        assert!(!s.remember);
        assert!(!s.reduce(SettingAction::SetRemember(true)).remember);
    }

    #[test]
    fn a_kiosk_replaces_history_keeps_its_mode_in_the_address_and_clears_what_home_kept() {
        let config = SiteConfig::default();
        let kiosk = Policy::new(Mode::Kiosk, false, &config);
        assert!(kiosk.replaces_history() && kiosk.clears_kept_on_start() && !kiosk.may_restore());
        assert_eq!(kiosk.address_query(), "?mode=kiosk");
        let home = Policy::new(Mode::Home, false, &config);
        assert!(!home.replaces_history() && home.address_query().is_empty());
        let s = Rc::new(Setting::new(Some(Mode::Home))).reduce(SettingAction::SetNoHistory(true));
        assert!(s.policy().replaces_history());
        assert!(Policy::new(Mode::Session, false, &config).replaces_history());
    }

    #[test]
    fn answers_that_are_not_kept_are_never_lost_without_a_question() {
        let config = SiteConfig::default();
        assert!(Policy::new(Mode::Home, false, &config).warns_before_unload());
        assert!(!Policy::new(Mode::Home, true, &config).warns_before_unload());
        assert!(Policy::new(Mode::Session, false, &config).warns_before_unload());
        // A kiosk's answers are meant to go: nobody is asked.
        assert!(!Policy::new(Mode::Kiosk, false, &config).warns_before_unload());
    }

    #[test]
    fn the_address_can_only_make_the_setting_more_private() {
        let kiosk_site = SiteConfig { default_mode: DefaultMode::Kiosk, ..SiteConfig::default() };
        let home_site = SiteConfig::default();
        for (address, site, gives) in [
            (None, &kiosk_site, Mode::Kiosk),
            (Some(Mode::Home), &kiosk_site, Mode::Kiosk),
            (Some(Mode::Session), &kiosk_site, Mode::Kiosk),
            (Some(Mode::Kiosk), &kiosk_site, Mode::Kiosk),
            (None, &home_site, Mode::Home),
            (Some(Mode::Session), &home_site, Mode::Session),
            (Some(Mode::Kiosk), &home_site, Mode::Kiosk),
        ] {
            let s = Rc::new(Setting::new(address)).reduce(SettingAction::ConfigLoaded(Box::new(site.clone()), None));
            assert_eq!(s.mode, gives, "{address:?} on a {:?} site", site.default_mode);
        }
        // A file that could not be trusted gives a kiosk whatever the address says.
        let closed = Rc::new(Setting::new(Some(Mode::Home))).reduce(SettingAction::ConfigLoaded(
            Box::new(SiteConfig::most_private()),
            Some("it is not valid JSON".into()),
        ));
        assert!(closed.policy().shared_screen() && !closed.policy().may_use_files());
    }

    #[test]
    fn a_session_keeps_its_mode_in_the_address_and_reads_nothing_back() {
        let session = Policy::new(Mode::Session, false, &SiteConfig::default());
        assert_eq!(session.address_query(), "?mode=session");
        assert!(!session.may_restore() && !session.may_store());
    }

    #[test]
    fn remember_cannot_be_turned_on_in_a_kiosk() {
        let s = Rc::new(Setting::new(Some(Mode::Kiosk))).reduce(SettingAction::SetRemember(true));
        assert!(!s.remember);
    }
}
