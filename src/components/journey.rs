//! The "Start here" path: a quiet "Step 3 of 7" at the top of each of its pages and Back/Next links at the bottom
//! (its way in is the start page's first step, `start.toml`). The order lives in one place, the page table (`routes/table.rs`); the links are plain links, so any
//! step can be skipped and nothing forces the order. Each piece is written as text markup and drawn by
//! [`rich_text`] (its links are in-app links): drawing them element by element cost the wasm about 1 KB more.

use crate::components::rich_text;
use crate::content::Bundle;
use crate::routes::{journey, Route};
use yew::prelude::*;

/// "Step 3 of 7", as plain text near the top of a page on the path; nothing on other pages.
pub fn journey_marker(bundle: &Bundle, route: &Route) -> Html {
    let Some(step) = route.journey_step() else { return html! {} };
    let text = bundle
        .ui
        .journey_step()
        .replace("{n}", &(step + 1).to_string())
        .replace("{total}", &journey().count().to_string());
    rich_text(bundle, &text, "journey-step no-print")
}

/// Back and Next, each naming its step, at the bottom of a page on the path. Back from the first step is the
/// start page; the last step has no Next.
pub fn journey_nav(bundle: &Bundle, route: &Route) -> Html {
    let Some(step) = route.journey_step() else { return html! {} };
    let ui = &bundle.ui;
    let link = |text: &String, to: &Route| format!("[{}]({}) ", text.replace("{step}", to.label(ui)), to.to_path());
    let mut links = link(ui.journey_back(), &journey().nth(step.wrapping_sub(1)).unwrap_or(Route::Start));
    if let Some(next) = journey().nth(step + 1) {
        links.push_str(&link(ui.journey_next(), &next));
    }
    html! {
        <nav class="journey-nav no-print" aria-label={ui.journey_label().clone()}>{ rich_text(bundle, &links, "") }</nav>
    }
}
