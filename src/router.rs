//! A small router: the current page's path in a context, moved by in-app links and by the browser's back and
//! forward buttons. It replaces yew-router, whose generic history, query and route-matching code added about
//! 30 KB to the wasm for features this app does not use.

use crate::routes::Route;
use crate::session::setting::SettingHandle;
use std::rc::Rc;
use yew::prelude::*;

/// Where the app is, and how to move. Shared with every component through a context.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    path: UseStateHandle<String>,
    /// The path the app is served under, such as "" or "/ownpath" (from `<base href>`).
    base: Rc<str>,
    /// Whether moves also change the browser's address (not when prerendering or in component tests).
    browser: bool,
    /// Added to every address, such as "?mode=kiosk", so a reload or deep link keeps the setting.
    query: &'static str,
    /// Whether moves replace the history entry instead of adding one (the policy says when).
    replace_all: bool,
}

impl Navigator {
    /// The app path of the current page, such as "/options/taper".
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The browser address of an app path, under the path the app is served from.
    pub fn href(&self, app_path: &str) -> String {
        format!("{}{}{}", self.base, app_path, self.query)
    }

    /// Opens a page, adding it to the browser's history (unless the policy says to replace entries).
    pub fn push(&self, route: &Route) {
        self.go(route, self.replace_all);
    }

    /// Whether moves replace the current history entry.
    pub fn replaces(&self) -> bool {
        self.replace_all
    }

    /// Opens a page in place of the current one in the browser's history.
    pub fn replace(&self, route: &Route) {
        self.go(route, true);
    }

    fn go(&self, route: &Route, replace: bool) {
        let path = route.to_path();
        if self.browser {
            let url = self.href(&path);
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = if replace {
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                } else {
                    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
                };
            }
        }
        self.path.set(path);
    }
}

#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<Navigator>()
}

#[derive(Properties, PartialEq)]
pub struct AppRouterProps {
    /// Start at this app path and keep the browser's address as it is (prerendering and component tests).
    /// Without it, the router follows the browser's address.
    #[prop_or_default]
    pub path: Option<AttrValue>,
    pub children: Html,
}

#[component]
pub fn AppRouter(props: &AppRouterProps) -> Html {
    let browser = props.path.is_none();
    let base = use_memo((), move |_| -> Rc<str> {
        if browser {
            base_path().into()
        } else {
            "".into()
        }
    });
    let path = {
        let (start, base) = (props.path.clone(), base.clone());
        use_state_eq(move || start.map(|p| p.to_string()).unwrap_or_else(|| address_path(&base)))
    };
    {
        // The browser's back and forward buttons.
        let (path, base) = (path.clone(), base.clone());
        use_effect_with(browser, move |browser| {
            let listener = browser.then(|| {
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    path.set(address_path(&base));
                })
            });
            move || drop(listener)
        });
    }
    // The setting decides whether moves replace history entries and what the address keeps (a kiosk's mode).
    // (A kiosk set by the site file needs no address: the site file makes it a kiosk again.)
    let policy = use_context::<SettingHandle>().map(|s| s.policy());
    let replace_all = policy.is_some_and(|p| p.replaces_history());
    let query = policy.map_or("", |p| p.address_query());
    let navigator = Navigator { path, base: (*base).clone(), browser, query, replace_all };
    html! {
        <ContextProvider<Navigator> context={navigator}>{ props.children.clone() }</ContextProvider<Navigator>>
    }
}

/// The path part of the document's base address, without the trailing slash: "" at a site root.
fn base_path() -> String {
    let base = gloo::utils::document().base_uri().ok().flatten().unwrap_or_default();
    let after_scheme = base.split_once("://").map_or(base.as_str(), |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |at| &after_scheme[at..]);
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// The app path of the browser's current address.
fn address_path(base: &str) -> String {
    let full = gloo::utils::window().location().pathname().unwrap_or_default();
    let path = full.strip_prefix(base).unwrap_or(&full);
    if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    }
}
