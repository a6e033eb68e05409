//! The page itself, inside the frame (`layout.rs`): the one part of the frame's drawing that reads the person's
//! answers. A changed answer draws this again, not the header, the menus and the footer around it.

use crate::components::journey::{journey_marker, journey_nav};
use crate::i18n::part_loading::PartsAction;
use crate::i18n::use_bundle;
use crate::routes::Route;
use crate::session::setting::SettingContext;
use crate::session::use_session;
use yew::prelude::*;

/// What a page is drawn from: its route, the content in the language in use, the setting and the answers. Pages
/// that need nothing else are plain functions (each component type costs about 1 KB of wasm).
pub struct PageArgs {
    pub route: Route,
    pub bundle: &'static crate::content::Bundle,
    pub setting: crate::session::setting::SettingHandle,
    pub session: crate::session::Session,
}

#[derive(Properties)]
pub struct PageBodyProps {
    pub route: Route,
    /// Draws the page at a route (`pages::switch`, passed down by `Layout`).
    pub page: fn(PageArgs) -> Html,
}

impl PartialEq for PageBodyProps {
    fn eq(&self, other: &Self) -> bool {
        self.route == other.route && std::ptr::fn_addr_eq(self.page, other.page)
    }
}

/// The page the route names, with "Step N of 7" and Back/Next on the "Start here" path; while the parts of the
/// content it shows are on their way (fetched just after start-up, `i18n/part_loading.rs`) or could not come, its title
/// and a word on that.
#[component]
pub fn PageBody(props: &PageBodyProps) -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let SettingContext { setting, parts, .. } = use_context::<SettingContext>().expect("the app provides the setting");
    let session = use_session();
    let route = &props.route;
    if route.is_ready(bundle, &session.compare) {
        return html! {
            <>
                { journey_marker(bundle, route) }
                { (props.page)(PageArgs { route: route.clone(), bundle, setting, session }) }
                { journey_nav(bundle, route) }
            </>
        };
    }
    let failed = parts.failed(&bundle.lang);
    let try_again = Callback::from(move |_| parts.dispatch(PartsAction::Retry));
    html! {
        <div class="page-loading">
            <h1>{ route.title(bundle) }</h1>
            if failed {
                <p role="alert">{ ui.reading_unavailable() }</p>
                <button type="button" class="button" onclick={try_again}>{ ui.try_again() }</button>
            } else {
                <p role="status">{ ui.loading_page() }</p>
            }
        </div>
    }
}
