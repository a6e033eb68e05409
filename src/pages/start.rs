//! `/`: what OwnPath is, the decision in a sentence and the first step (all on a phone's first screen), the privacy
//! promise, and three ways in.

use crate::components::callback;
use crate::components::link::parse_href;
use crate::components::remember::no_history_control;
use crate::components::{rich_text, AppLink};
use crate::content::Bundle;
use crate::session::setting::{Mode, SettingAction, SettingHandle};
use yew::prelude::*;

pub fn start_page(bundle: &Bundle, setting: &SettingHandle) -> Html {
    let start = &bundle.pages.start;
    html! {
        <>
            <h1>{ &start.title }</h1>
            { rich_text(bundle, &start.lead, "lead") }
            // One link in the content, drawn as the main button.
            { rich_text(bundle, &start.first_step, "first-step") }
            <p class="promise">
                <svg class="promise__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h1zm2 0h6V7a3 3 0 0 0-6 0v3z" />
                </svg>
                <span>{ &start.promise }</span>
            </p>
            { no_history_control(&bundle.ui, setting) }
            <ul class="ways">
                { for start.ways.iter().map(|way| {
                    let (to, fragment) = parse_href(&way.path);
                    html! {
                        <li class="card way">
                            <h2 class="card__title">{ &way.title }</h2>
                            { rich_text(bundle, &way.body, "") }
                            <AppLink class="button" {to} {fragment}>{ &way.link_text }</AppLink>
                        </li>
                    }
                }) }
            </ul>
            <div class="hope">{ rich_text(bundle, &start.hope, "") }</div>
            { session_mode_offer(&bundle.ui, setting) }
            <div class="notes">
                { for start.notes.iter().map(|note| html! {
                    <section class="note">
                        <h2 class="note__title">{ &note.heading }</h2>
                        { rich_text(bundle, &note.body, "") }
                    </section>
                }) }
            </div>
        </>
    }
}

/// A quiet way in for workers: session mode adds prompts and larger text.
fn session_mode_offer(ui: &crate::content::Ui, setting: &SettingHandle) -> Html {
    if !setting.policy().may_start_session() {
        return html! {};
    }
    let start = callback::dispatch(setting, || SettingAction::SetMode(Mode::Session));
    html! {
        <div class="session-offer">
            <p>{ ui.session_about() }</p>
            <button type="button" class="button button--secondary" onclick={start}>{ ui.session_start() }</button>
        </div>
    }
}
