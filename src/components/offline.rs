//! What the reader sees of the offline copy (`crate::platform::offline`): a quiet notice at home when a new release is
//! ready, and the copy itself, said plainly, with a way to remove it (on /privacy and in the Display panel).
//!
//! Plain markup, no state of its own (a component with state cost the first load about 3 KB of wasm): the small
//! `offline.js` says what it knows on `<html>` (`data-update`, `data-offline`), the stylesheet shows the notice and
//! the remove button from those, and the script answers the buttons (`data-offline-do`) and fills the status line
//! from its `data-*` texts, as the quick exit's script does.

use crate::content::Ui;
use crate::session::setting::Setting;
use yew::prelude::*;

/// "A new version of OwnPath is ready" and a reload button, shown once a new release waits, where the setting
/// allows it (at home; a kiosk takes it at its next idle reset, and a session is never interrupted).
pub fn update_notice(ui: &Ui, setting: &Setting) -> Html {
    if !setting.policy().offers_update() {
        return html! {};
    }
    html! {
        <div class="notice notice-bar update-notice no-print" role="status">
            <span>{ ui.update_ready() }</span>
            <button type="button" class="link-button" data-offline-do="take">{ ui.update_reload() }</button>
        </div>
    }
}

/// What the copy is and the button that removes it: a section on /privacy, a labelled group in the Display panel.
pub fn offline_copy(ui: &Ui, panel: bool) -> Html {
    let controls = html! {
        <>
            <p>{ ui.offline_copy_body() }</p>
            <button type="button" data-offline-do="remove"
                    class={if panel { "comfort__button offline-copy__remove" } else { "button button--secondary offline-copy__remove" }}>
                { ui.offline_copy_remove() }
            </button>
            <p class="offline-copy__status" role="status" data-none={ui.offline_copy_none().clone()}
               data-removed={ui.offline_copy_removed().clone()} data-failed={ui.offline_copy_failed().clone()}></p>
        </>
    };
    if panel {
        html! {
            <div class="comfort__group offline-copy" role="group" aria-label={ui.offline_copy_heading().clone()}>
                <span class="comfort__label" aria-hidden="true">{ ui.offline_copy_heading() }</span>
                <div class="offline-copy__text">{ controls }</div>
            </div>
        }
    } else {
        html! {
            <section class="offline-copy" aria-labelledby="offline-copy">
                <h2 id="offline-copy">{ ui.offline_copy_heading() }</h2>
                { controls }
            </section>
        }
    }
}
