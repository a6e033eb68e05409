//! A small router: the current address in a context, moved by in-app links and by the browser's back and forward
//! buttons. It replaces yew-router, whose generic history, query and route-matching code added about 30 KB to the
//! wasm for features this app does not use.
//!
//! An address is a page (`routes/table.rs`) in a language: `/options/taper` in the default language, `/es/options/taper`
//! in Spanish. Links are written in the language shown, the person's choice: switching language in place moves the
//! address to the same page in the new language, and so does going back to an address from before the switch.

use crate::i18n::LanguageHandle;
use crate::platform::address::{address_param, address_path, base_path, language_prefix, set_address, split_language};
use crate::routes::Route;
use crate::session::setting::{SettingContext, MODE_PARAM};
use std::rc::Rc;
use yew::prelude::*;

/// Where the app is, and how to move. Shared with every component through a context.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    /// The address's path under the path the app is served from, with its language prefix: "/es/options/taper".
    path: UseStateHandle<String>,
    /// The path the app is served under, such as "" or "/ownpath" (from `<base href>`); "." when prerendering, so
    /// the prerendered links are relative to the page's `<base href>` and work under any path.
    base: Rc<str>,
    /// The language shown, whose prefix every link carries.
    lang: &'static str,
    /// Whether moves also change the browser's address (not when prerendering or in component tests).
    browser: bool,
    /// Added to every address, such as "?mode=kiosk", so a reload or deep link keeps the setting.
    query: &'static str,
    /// Whether moves replace the history entry instead of adding one (the policy says when).
    replace_all: bool,
}

impl Navigator {
    /// The page at the current address.
    pub fn route(&self) -> Route {
        Route::from_path(split_language(&self.path).1)
    }

    /// The browser address of a page in the language shown (a `#fragment` may follow), under the path the app is
    /// served from.
    pub fn href(&self, route: &Route) -> String {
        self.href_in(route, self.lang)
    }

    /// The browser address of a page in a language.
    pub fn href_in(&self, route: &Route, lang: &str) -> String {
        format!("{}{}{}{}", self.base, language_prefix(lang), route.to_path(), self.query)
    }

    /// The language shown is the person's choice: when the address is in another language (switched in place,
    /// opened with `?lang=`, or an entry from before a switch reached by Back), it moves to the same page in the
    /// language shown, in place: the same history entry, the same section. (Called by the layout's effect, which
    /// runs on each new address and language: an effect of its own would cost the wasm more.)
    pub fn follow_language(&self) {
        let (at, app_path) = split_language(&self.path);
        if self.browser && at != self.lang {
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            set_address(&format!("{}{hash}", self.href(&Route::from_path(app_path))), true);
            self.path.set(format!("{}{app_path}", language_prefix(self.lang)));
        }
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
        let path = format!("{}{}", language_prefix(self.lang), route.to_path());
        if self.browser {
            set_address(&self.href(route), replace);
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
    /// Start at this address path ("/es/options/taper") and keep the browser's address as it is (prerendering and
    /// component tests). Without it, the router follows the browser's address.
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
            ".".into()
        }
    });
    let path = {
        let (start, base) = (props.path.clone(), base.clone());
        use_state_eq(move || start.map(|p| p.to_string()).unwrap_or_else(|| address_path(&base)))
    };
    // (The bundle lives as long as the app, so its language's name does too.)
    let lang: &'static str =
        use_context::<LanguageHandle>().map_or_else(crate::content::default_language, |l| l.bundle.lang.as_str());
    let setting = use_context::<SettingContext>().map(|c| c.setting);
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
    let policy = setting.as_ref().map(|s| s.policy());
    let replace_all = policy.is_some_and(|p| p.replaces_history());
    let query = policy.map_or("", |p| p.address_query());
    let navigator = Navigator { path: path.clone(), base: (*base).clone(), lang, browser, query, replace_all };
    {
        // A session started or ended in place: the address says so at once, so a reload keeps it a session.
        let navigator = navigator.clone();
        use_effect_with(query, move |query| {
            let in_address = address_param(MODE_PARAM);
            let session_now = *query == "?mode=session";
            if browser
                && session_now != (in_address.as_deref() == Some("session"))
                && in_address.as_deref() != Some("kiosk")
            {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                set_address(&format!("{}{hash}", navigator.href(&navigator.route())), true);
            }
        });
    }
    html! {
        <ContextProvider<Navigator> context={navigator}>{ props.children.clone() }</ContextProvider<Navigator>>
    }
}
