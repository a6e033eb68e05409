//! What the reader sees of the offline copy (`crate::offline`): a quiet notice at home when a new release is
//! ready, and the copy itself, said plainly, with a way to remove it (on /privacy and in the Display panel).

use crate::i18n::use_bundle;
use crate::offline;
use crate::session::setting::use_setting;
use yew::prelude::*;

/// "A new version is ready" with a reload button, where the setting allows it (at home; a kiosk takes the new
/// version at its next idle reset, and a session is never interrupted).
#[component]
pub fn UpdateNotice() -> Html {
    let ui = &use_bundle().ui;
    let setting = use_setting();
    let ready = use_state_eq(offline::update_ready);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::document(), offline::UPDATE_EVENT, move |_| {
                    ready.set(offline::update_ready());
                });
            move || drop(listener)
        });
    }
    if !*ready || !setting.policy().offers_update() {
        return html! {};
    }
    html! {
        <div class="notice notice-bar update-notice no-print" role="status">
            <span>{ ui.update_ready() }</span>
            <button type="button" class="link-button" onclick={Callback::from(|_| offline::take_update())}>
                { ui.update_reload() }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct OfflineCopyProps {
    /// In the Display panel: a labelled group rather than a section with a heading.
    #[prop_or_default]
    pub compact: bool,
}

/// Says that the browser keeps a copy of the app's pages (never answers) from the first visit, and removes it on
/// request.
#[component]
pub fn OfflineCopy(props: &OfflineCopyProps) -> Html {
    let ui = &use_bundle().ui;
    let state = use_state_eq(offline::copy_state);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::document(), offline::COPY_EVENT, move |_| {
                state.set(offline::copy_state());
            });
            move || drop(listener)
        });
    }
    let remove = Callback::from(|_| offline::remove_copy());
    let kept = matches!(state.as_deref(), Some("kept" | "failed"));
    let status = match state.as_deref() {
        Some("none") => Some(ui.offline_copy_none()),
        Some("removed") => Some(ui.offline_copy_removed()),
        Some("failed") => Some(ui.offline_copy_failed()),
        _ => None,
    };
    let body = html! {
        <>
            <p>{ ui.offline_copy_body() }</p>
            if kept {
                <button type="button" class={if props.compact { "comfort__button offline-copy__remove" } else { "button button--secondary offline-copy__remove" }}
                        onclick={remove}>
                    { ui.offline_copy_remove() }
                </button>
            }
            <p class="offline-copy__status" role="status">{ status.cloned().unwrap_or_default() }</p>
        </>
    };
    if props.compact {
        html! {
            <div class="comfort__group offline-copy" role="group" aria-label={ui.offline_copy_heading().clone()}>
                <span class="comfort__label" aria-hidden="true">{ ui.offline_copy_heading() }</span>
                <div class="offline-copy__text">{ body }</div>
            </div>
        }
    } else {
        html! {
            <section class="offline-copy" aria-labelledby="offline-copy">
                <h2 id="offline-copy">{ ui.offline_copy_heading() }</h2>
                { body }
            </section>
        }
    }
}
