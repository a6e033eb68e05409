//! The one-line notice at the top of the page, shown once (`Setting::notice`), and the note for staff about the
//! site file.

use crate::components::callback;
use crate::content::Ui;
use crate::session::setting::{Notice, SettingAction, SettingHandle};
use yew::prelude::*;

/// The one-line message about kept answers (restored, set aside, blocked, full, forgotten) or a language that
/// could not be opened.
pub fn notice_bar(ui: &Ui, setting: &SettingHandle) -> Html {
    let Some(notice) = setting.notice else { return html! {} };
    let (text, problem) = match notice {
        Notice::Restored => (ui.restored(), false),
        Notice::SetAside => (ui.storage_set_aside(), true),
        Notice::Blocked => (ui.storage_blocked(), true),
        Notice::Full => (ui.storage_full(), true),
        Notice::Forgotten => (ui.forgotten(), false),
        Notice::LanguageUnavailable => (ui.language_unavailable(), true),
    };
    let dismiss = callback::dispatch(setting, || SettingAction::Notice(None));
    html! {
        <div class={classes!("notice", "notice-bar", problem.then_some("notice--problem"))} role="status">
            <span>{ text }</span>
            <button type="button" class="link-button" onclick={dismiss}>{ ui.notice_ok() }</button>
        </div>
    }
}

/// The note for staff about the site file, on every page (the kiosk's start screen included).
pub fn site_notice(ui: &crate::content::Ui, setting: &crate::session::setting::Setting) -> Html {
    let Some(problem) = &setting.config_problem else { return html! {} };
    let text = if setting.config.failed_closed { ui.site_closed() } else { ui.site_problem() };
    html! { <p class="notice notice--problem admin-notice">{ text.replace("{problem}", problem) }</p> }
}
