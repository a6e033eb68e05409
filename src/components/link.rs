//! In-app links: typed (`<AppLink to={Route::Safety} fragment="help-now">`), written in the language shown and
//! under the path the app is served from, followed by the router on a plain click.
//!
//! Pages are served from per-route files that carry `<base href>`, so a bare `href="#x"` would resolve against
//! the app root. Every in-app link therefore carries its full address.

use crate::platform::address::set_address;
use crate::router::{use_navigator, Navigator};
use crate::routes::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppLinkProps {
    /// The page.
    pub to: Route,
    /// A section of it (an element id).
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub aria_current: Option<AttrValue>,
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// Reads an app path as content writes it, `/path#fragment` (links in the text, the start page's ways), into
/// its page and section.
pub fn parse_href(href: &str) -> (Route, Option<AttrValue>) {
    let (path, fragment) = match href.split_once('#') {
        Some((path, fragment)) => (if path.is_empty() { "/" } else { path }, Some(fragment.to_string().into())),
        None => (href, None),
    };
    (Route::from_path(path), fragment)
}

/// A link whose address the content writes (`/options/taper#helps`).
pub fn content_link(href: &str, text: &str) -> Html {
    let (to, fragment) = parse_href(href);
    html! { <AppLink {to} {fragment}>{ text.to_string() }</AppLink> }
}

#[component]
pub fn AppLink(props: &AppLinkProps) -> Html {
    let navigator = use_navigator();
    let (to, fragment) = (props.to.clone(), props.fragment.clone());
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
    if !take_plain_click(e) {
        return;
    }
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

/// Whether a click on a link is the app's to follow: a plain click (with a modifier key or another button, the
/// browser does what it always does, such as opening a new tab). If so, the browser's own move is cancelled.
pub fn take_plain_click(e: &MouseEvent) -> bool {
    let plain = !(e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() || e.button() != 0);
    if plain {
        e.prevent_default();
    }
    plain
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
