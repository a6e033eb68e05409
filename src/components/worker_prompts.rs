//! Prompts for the worker, shown only in session mode.

use crate::components::rich_text;
use crate::content::Bundle;
use crate::routes::Route;
use crate::session::setting::Setting;
use yew::prelude::*;

/// Short, collapsible prompts for the worker, shown only in session mode: each option page has its own (the beliefs
/// it meets, linked to /professionals), and the start page adds a suggested route for a short session. On wide
/// screens the box sits in a column beside the client's text (style.css). Whether it is open is kept by the
/// layout (`open`), so it stays as the worker left it across pages and a change of language (the prompts come
/// with the "tools" part, which a new language fetches afresh). They appear a moment after start-up on a first
/// page that does not need that part. (A plain function, not a component: each component type costs about 1 KB.)
pub fn worker_prompts(bundle: &Bundle, setting: &Setting, route: &Route, open: &UseStateHandle<Option<bool>>) -> Html {
    if !setting.policy().shows_worker_prompts() {
        return html! {};
    }
    let all = &bundle.prompts;
    let own = match route {
        Route::Option { id } => all.by_option.get(id),
        _ => None,
    };
    let Some(prompts) = own.or_else(|| route.prompts_key().and_then(|k| all.pages.get(k))) else { return html! {} };
    // Each prompt is text markup (links to /professionals and to the pages): shown as one list.
    let list = |items: &[String]| {
        let mut text = String::new();
        for item in items {
            text.push_str("\n- ");
            text.push_str(item);
        }
        text
    };
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |event: Event| {
            if let Some(details) = event.target_dyn_into::<web_sys::Element>() {
                // Also when the box is drawn open (the start page): the browser reports that as a toggle too.
                open.set(Some(details.has_attribute("open")));
            }
        })
    };
    html! {
        <div class="worker-col no-print">
            <details class="worker-prompts" open={open.unwrap_or(*route == Route::Start)} {ontoggle}>
                <summary>{ &all.heading }</summary>
                // The suggested route at the start of a session: its heading in bold, then its stops.
                if *route == Route::Start {
                    { rich_text(bundle, &format!("**{}**\n{}", all.route_heading, list(&all.route)), "") }
                }
                <p>{ &all.intro }</p>
                { rich_text(bundle, &list(prompts), "") }
            </details>
        </div>
    }
}
