//! In-app links: typed (`<AppLink to={Route::Safety} fragment="help-now">`), written in the language shown and
//! under the path the app is served from, followed by the router on a plain click.
//!
//! Pages are served from per-route files that carry `<base href>`, so a bare `href="#x"` would resolve against
//! the app root. Every in-app link therefore carries its full address.

use crate::router::{set_address, use_navigator, Navigator};
use crate::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppLinkProps {
    /// The page.
    #[prop_or(Route::Start)]
    pub to: Route,
    /// A section of it (an element id).
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
    /// An app path as content writes it, such as `/options/methadone#helps` (read into `to` and `fragment`).
    #[prop_or_default]
    pub href: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub aria_current: Option<AttrValue>,
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// Reads an app path as content writes it, `/path#fragment`, into its page and section.
pub fn parse_href(href: &str) -> (Route, Option<&str>) {
    let (path, fragment) = match href.split_once('#') {
        Some((path, fragment)) => (if path.is_empty() { "/" } else { path }, Some(fragment)),
        None => (href, None),
    };
    (Route::from_path(path), fragment)
}

#[component]
pub fn AppLink(props: &AppLinkProps) -> Html {
    let navigator = use_navigator();
    let (to, fragment) = match &props.href {
        Some(href) => {
            let (route, fragment) = parse_href(href);
            (route, fragment.map(|f| AttrValue::from(f.to_string())))
        }
        None => (props.to.clone(), props.fragment.clone()),
    };
    let href = address(navigator.as_ref(), &to, fragment.as_deref());
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(nav) = &navigator {
            follow(nav, &to, fragment.as_deref(), &e);
        }
    });

    html! {
        <a {href} class={props.class.clone()} {onclick}
           aria-current={props.aria_current.clone()} aria-label={props.aria_label.clone()}>
            { props.children.clone() }
        </a>
    }
}

/// The browser address of a page and section, in the language shown, under the path the app is served from.
pub fn address(navigator: Option<&Navigator>, route: &Route, fragment: Option<&str>) -> String {
    let page = navigator.map_or_else(|| route.to_path(), |n| n.href(route));
    match fragment {
        Some(f) => format!("{page}#{f}"),
        None => page,
    }
}

/// Follows an in-app link inside the app (a plain click only: with a modifier key or another button, the browser
/// does what it always does). Also used for the "In danger now?" link, which lives outside the app.
pub fn follow(nav: &Navigator, route: &Route, fragment: Option<&str>, e: &MouseEvent) {
    if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
        return;
    }
    e.prevent_default();
    let full = address(Some(nav), route, fragment);
    if nav.route() == *route {
        // Same page: move to the section without reloading anything.
        if let Some(f) = fragment {
            set_address(&full, nav.replaces());
            scroll_to_fragment(f);
        }
    } else {
        nav.push(route);
        if fragment.is_some() {
            // The layout scrolls to the fragment once the new page has rendered.
            set_address(&full, true);
        }
    }
}

/// Scrolls a section into view and moves keyboard focus to it, so screen readers follow.
pub fn scroll_to_fragment(id: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Some(element) = document.get_element_by_id(id) else { return false };
    element.scroll_into_view();
    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let _ = el.focus();
    }
    true
}
