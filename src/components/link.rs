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
    let (path, fragment) = split_fragment(&props.href);
    let route = Route::from_path(path);

    let prefixed = navigator.as_ref().map_or_else(|| route.to_path(), |n| n.href(&route.to_path()));
    let full_href = match fragment {
        Some(f) => format!("{prefixed}#{f}"),
        None => prefixed.clone(),
    };

    let onclick = {
        let fragment = fragment.map(str::to_string);
        let current = navigator.as_ref().map(|n| Route::from_path(n.path()));
        let full_href = full_href.clone();
        Callback::from(move |e: MouseEvent| {
            if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
                return;
            }
            let Some(nav) = navigator.clone() else { return };
            e.prevent_default();
            if current.as_ref() == Some(&route) {
                // Same page: move to the section without reloading anything.
                if let Some(f) = &fragment {
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
        })
    };

    html! {
        <a href={full_href} class={props.class.clone()} {onclick}
           aria-current={props.aria_current.clone()} aria-label={props.aria_label.clone()}>
            { props.children.clone() }
        </a>
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
