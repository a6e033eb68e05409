//! What the reader sees of the offline copy (`crate::offline`): a quiet notice at home when a new release is
//! ready, and the copy itself, said plainly, with a way to remove it (on /privacy and in the Display panel).
//! One component for the three places (each component type costs the wasm about 1 KB). Its words come with the
//! "pages" part of the content, fetched just after start-up: none of this is needed for the first paint.

use crate::content::reading::Part;
use crate::i18n::use_bundle;
use crate::offline;
use crate::session::setting::use_setting;
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
pub enum OfflinePlace {
    /// "A new version is ready" with a reload button, where the setting allows it (at home; a kiosk takes the new
    /// version at its next idle reset, and a session is never interrupted).
    Notice,
    /// The Display panel: what the copy is, and the remove button, under its label.
    Panel,
    /// /privacy: what the copy is, and the remove button.
    Privacy,
}

#[derive(Properties, PartialEq)]
pub struct OfflineProps {
    pub place: OfflinePlace,
}

fn read() -> (bool, Option<String>) {
    (offline::update_ready(), offline::copy_state())
}

#[component]
pub fn Offline(props: &OfflineProps) -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let setting = use_setting();
    // Nothing until the app has mounted: the prerendered page and the page the app takes over then match (the
    // worker's state is the browser's, never the build's), and none of this is needed before.
    let state = use_state_eq(|| None::<(bool, Option<String>)>);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            state.set(Some(read()));
            let document = gloo::utils::document();
            let listeners: Vec<_> = [offline::UPDATE_EVENT, offline::COPY_EVENT]
                .into_iter()
                .map(|event| {
                    let state = state.clone();
                    gloo::events::EventListener::new(&document, event, move |_| state.set(Some(read())))
                })
                .collect();
            move || drop(listeners)
        });
    }
    let Some((ready, copy)) = &*state else { return html! {} };
    if !bundle.has(Part::Pages) {
        return html! {};
    }
    if props.place == OfflinePlace::Notice {
        if !*ready || !setting.policy().offers_update() {
            return html! {};
        }
        return html! {
            <div class="notice notice-bar update-notice no-print" role="status">
                <span>{ ui.update_ready() }</span>
                <button type="button" class="link-button" onclick={Callback::from(|_| offline::take_update())}>
                    { ui.update_reload() }
                </button>
            </div>
        };
    }
    let panel = props.place == OfflinePlace::Panel;
    let status = match copy.as_deref() {
        Some("none") => Some(ui.offline_copy_none()),
        Some("removed") => Some(ui.offline_copy_removed()),
        Some("failed") => Some(ui.offline_copy_failed()),
        _ => None,
    };
    let controls = html! {
        <>
            if matches!(copy.as_deref(), Some("kept" | "failed")) {
                <button type="button" class={if panel { "comfort__button offline-copy__remove" } else { "button button--secondary offline-copy__remove" }}
                        onclick={Callback::from(|_| offline::remove_copy())}>
                    { ui.offline_copy_remove() }
                </button>
            }
            <p class="offline-copy__status" role="status">{ status.cloned().unwrap_or_default() }</p>
        </>
    };
    if panel {
        html! {
            <div class="comfort__group offline-copy" role="group" aria-label={ui.offline_copy_heading().clone()}>
                <span class="comfort__label" aria-hidden="true">{ ui.offline_copy_heading() }</span>
                <div class="offline-copy__text"><p>{ ui.offline_copy_body() }</p>{ controls }</div>
            </div>
        }
    } else {
        html! {
            <section class="offline-copy" aria-labelledby="offline-copy">
                <h2 id="offline-copy">{ ui.offline_copy_heading() }</h2>
                <p>{ ui.offline_copy_body() }</p>
                { controls }
            </section>
        }
    }
}
