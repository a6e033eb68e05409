//! In-app links that work under any base path, with optional `#fragment`.
//!
//! Pages are served from per-route files that carry `<base href>`, so a bare `href="#x"` would resolve against
//! the app root. Every in-app link therefore carries its full path, and clicks are handled by the router.

use crate::router::use_navigator;
use crate::routes::Route;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppLinkProps {
    /// An app path such as `/safety` or `/options/methadone#helps`.
    pub href: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub aria_current: Option<AttrValue>,
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

/// Splits `/path#fragment` into its parts.
pub fn split_fragment(href: &str) -> (&str, Option<&str>) {
    match href.split_once('#') {
        Some((path, fragment)) => (if path.is_empty() { "/" } else { path }, Some(fragment)),
        None => (href, None),
    }
}

#[component]
pub fn AppLink(props: &AppLinkProps) -> Html {
    let navigator = use_navigator();
    let full_href = full_href(navigator.as_ref(), &props.href);
    let onclick = {
        let href = props.href.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(nav) = &navigator {
                follow(nav, &href, &e);
            }
        })
    };

    html! {
        <a href={full_href} class={props.class.clone()} {onclick}
           aria-current={props.aria_current.clone()} aria-label={props.aria_label.clone()}>
            { props.children.clone() }
        </a>
    }
}

/// The browser address of an app path with an optional `#fragment`, under the path the app is served from.
pub fn full_href(navigator: Option<&crate::router::Navigator>, href: &str) -> String {
    let (path, fragment) = split_fragment(href);
    let route = Route::from_path(path);
    let prefixed = navigator.map_or_else(|| route.to_path(), |n| n.href(&route.to_path()));
    match fragment {
        Some(f) => format!("{prefixed}#{f}"),
        None => prefixed,
    }
}

/// Follows an in-app link inside the app (a plain click only: with a modifier key or another button, the browser
/// does what it always does). Also used for the "In danger now?" link, which lives outside the app.
pub fn follow(nav: &crate::router::Navigator, href: &str, e: &MouseEvent) {
    if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
        return;
    }
    e.prevent_default();
    let (path, fragment) = split_fragment(href);
    let route = Route::from_path(path);
    let full_href = full_href(Some(nav), href);
    if Route::from_path(nav.path()) == route {
        // Same page: move to the section without reloading anything.
        if let Some(f) = fragment {
            if nav.replaces() {
                replace_url(&full_href);
            } else {
                push_url(&full_href);
            }
            scroll_to_fragment(f);
        }
    } else {
        nav.push(&route);
        if fragment.is_some() {
            // The layout scrolls to the fragment once the new page has rendered.
            replace_url(&full_href);
        }
    }
}

fn push_url(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

fn replace_url(url: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
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
