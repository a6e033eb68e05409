//! The app shell: language, setting and session contexts, the router, and the page chosen by the current path.
//! Start-up work lives here too: the setting (the address and the site file, read before the app starts), the
//! storage rule (`session/keeping.rs`) and the offline worker.

use crate::components::layout::Layout;
use crate::i18n::part_loading::use_parts;
use crate::i18n::start_language;
use crate::i18n::{Language, LanguageHandle};
use crate::platform::address::{address_language, address_param, language_prefix};
use crate::router::AppRouter;
use crate::session::keeping::use_keeping;
use crate::session::setting::{Mode, Setting, SettingContext, SettingHandle, MODE_PARAM};
use crate::session::{use_session_state, Session};
use yew::prelude::*;

fn address_mode() -> Option<Mode> {
    address_param(MODE_PARAM).as_deref().and_then(Mode::from_param)
}

/// Whether the prerendered page can be hydrated as it is: it was rendered in the language the app opens in and
/// the default setting, so an address or a site file asking for another language or setting is rendered afresh.
pub fn prerender_matches_address() -> bool {
    let default_site = crate::config::with_at_start(|site| {
        site.is_none_or(|(config, problem)| problem.is_none() && *config == crate::config::SiteConfig::default())
    });
    address_param(MODE_PARAM).is_none() && start_language() == address_language() && default_site
}

#[component]
pub fn App() -> Html {
    html! { <Shell><AppRouter><Layout page={crate::pages::switch as fn(_) -> _} /></AppRouter></Shell> }
}

#[derive(Properties, PartialEq)]
pub struct ServerAppProps {
    /// The page's app path, e.g. "/options/taper".
    pub path: AttrValue,
    /// The page's language, e.g. "es".
    pub lang: AttrValue,
}

/// The same app at one address, for prerendering each page in each language at build time.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let address = format!("{}{}", language_prefix(&props.lang), props.path);
    html! {
        <Shell lang={props.lang.clone()}>
            <AppRouter path={AttrValue::from(address)}>
                <Layout page={crate::pages::switch as fn(_) -> _} />
            </AppRouter>
        </Shell>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The language to open in; without it, the one the address asks for (`i18n::start_language`).
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    pub children: Html,
}

/// Contexts shared by the browser app, the prerendered pages and the component tests (`tests/browser.rs`).
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let language = {
        let lang = props.lang.clone();
        use_state(move || Language::of(&lang.map_or_else(start_language, |l| l.to_string())))
    };
    // (The bundle lives as long as the app, so its language's name does too.)
    let own_language: &'static str = language.bundle.lang.as_str();
    let (session, session_now) = use_session_state();
    // Settled before anything kept is read: the address's mode and the site file, read before the app started.
    let setting = use_reducer(|| Setting::start(address_mode(), crate::config::at_start(), own_language));

    use_keeping(&session, &setting, &language);
    use_startup(&setting);
    let parts = use_parts(&language);

    // The page's language and direction follow the chosen language (not each new copy of its content).
    use_effect_with(language.bundle.lang.clone(), |lang| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang);
            let _ = root.set_attribute("dir", crate::i18n::text_direction(lang));
        }
    });
    // Tells tests (and anyone curious) whether every part of the content has arrived.
    use_effect_with(language.bundle.parts == crate::content::parts::ALL_PARTS, |complete| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("data-content", if *complete { "complete" } else { "partial" });
        }
    });

    html! {
        <ContextProvider<LanguageHandle> context={language.clone()}>
        <ContextProvider<SettingContext> context={SettingContext { setting, answers: session_now, parts }}>
        <ContextProvider<Session> context={session}>
            { props.children.clone() }
        </ContextProvider<Session>>
        </ContextProvider<SettingContext>>
        </ContextProvider<LanguageHandle>>
    }
}

/// Once, at start: report a problem with the site file, mark the app ready and register the offline worker.
#[hook]
fn use_startup(setting: &SettingHandle) {
    let (problem, closed) = (setting.config_problem.clone(), setting.config.failed_closed);
    use_effect_with((), move |_| {
        if let Some(problem) = &problem {
            let what = if closed {
                "site.json could not be read; OwnPath runs in its most private mode (a kiosk)"
            } else {
                "site.json could not be used in part; the default is used there"
            };
            web_sys::console::error_1(&format!("OwnPath: {what} ({problem}).").into());
        }
        // Tells tests (and anyone curious) that the app has taken over the prerendered page.
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("data-app", "ready");
        }
        // The rest waits for the next task: the page answers a tap before the browser spends time on it.
        gloo::timers::callback::Timeout::new(0, || {
            link_later_styles();
            forget_unoffered_languages();
            crate::platform::offline::start();
        })
        .forget();
    });
}

/// Takes out the page's links to its other languages (`<link rel="alternate" hreflang>`, written by the prerender
/// step for every language this build has) where the site file does not offer that language.
fn forget_unoffered_languages() {
    let offered = crate::config::with_at_start(|site| site.map(|(config, _)| config.languages.clone()));
    let document = gloo::utils::document();
    for lang in crate::content::languages() {
        if offered.as_ref().is_some_and(|offered| !offered.iter().any(|o| o == lang)) {
            if let Ok(Some(link)) = document.query_selector(&format!("link[hreflang=\"{lang}\"]")) {
                link.remove();
            }
        }
    }
}

/// The name of the note the start page carries instead of a link to the other pages' styles (see `prerender.rs`).
pub const LATER_STYLES: &str = "ownpath-later-styles";

/// Links the other pages' styles now that the app is up, so they are there before the person leaves the start page.
/// (After the task that marks the app ready, so the request comes after it: what `./x size` counts.)
fn link_later_styles() {
    let document = gloo::utils::document();
    let Ok(Some(note)) = document.query_selector(&format!("meta[name=\"{LATER_STYLES}\"]")) else { return };
    let (Some(href), Ok(link)) = (note.get_attribute("content"), document.create_element("link")) else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &href);
    let _ = note.replace_with_with_node_1(&link);
}
