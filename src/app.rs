//! The app shell: language, setting and session contexts, the router, and the page chosen by the current path.
//! Start-up work lives here too: the setting (the address and the site file, read before the app starts), the
//! storage rule (`session/keeping.rs`) and the offline worker.

use crate::components::layout::Layout;
use crate::i18n::parts::{use_parts, PartsHandle};
use crate::i18n::{Language, LanguageHandle};
use crate::pages;
use crate::router::AppRouter;
use crate::routes::Route;
use crate::session::keeping::use_keeping;
use crate::session::setting::{Mode, Setting, SettingHandle};
use crate::session::{Session, SessionState};
use yew::prelude::*;

/// A parameter of the address the app was opened with, e.g. `?mode=kiosk&lang=es`. (None when prerendering.)
pub fn address_param(name: &str) -> Option<String> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let search = web_sys::window()?.location().search().ok()?;
    let prefix = format!("{name}=");
    search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix(prefix.as_str()).map(str::to_string))
}

fn address_mode() -> Option<Mode> {
    address_param("mode").as_deref().and_then(Mode::from_param)
}

/// The language the app opens in: `?lang=es` if this build has it and the site offers it, otherwise the default,
/// or the first language the site offers when it does not offer the default. Its content is loaded before the
/// app starts (see `main.rs`).
pub fn start_language() -> String {
    // The site file keeps only languages this build has (`config::languages`).
    let offered: Vec<String> = crate::config::with_at_start(|site| match site {
        Some((config, _)) => config.languages.clone(),
        None => crate::i18n::languages().into_iter().map(str::to_string).collect(),
    });
    let default = crate::content::default_language().to_string();
    address_param("lang")
        .filter(|lang| offered.contains(lang))
        .or_else(|| Some(default.clone()).filter(|lang| offered.contains(lang)))
        .or_else(|| offered.first().cloned())
        .unwrap_or(default)
}

fn address_language() -> Language {
    Language::of(&start_language())
}

/// Whether the prerendered page can be hydrated as it is: it was rendered in the default language and setting,
/// so an address or a site file asking for another language or setting is rendered afresh instead.
pub fn prerender_matches_address() -> bool {
    let default_site = crate::config::with_at_start(|site| {
        site.is_none_or(|(config, problem)| problem.is_none() && *config == crate::config::SiteConfig::default())
    });
    address_param("mode").is_none() && start_language() == crate::content::default_language() && default_site
}

#[component]
pub fn App() -> Html {
    html! { <Shell><AppRouter><Layout render={Callback::from(render_page)} /></AppRouter></Shell> }
}

#[derive(Properties, PartialEq)]
pub struct ServerAppProps {
    /// The page's path, e.g. "/options/taper".
    pub path: AttrValue,
}

/// The same app at one path, for prerendering each page at build time.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    html! {
        <Shell>
            <AppRouter path={props.path.clone()}>
                <Layout render={Callback::from(render_page)} />
            </AppRouter>
        </Shell>
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    children: Html,
}

/// Contexts shared by the browser app and the prerendered pages.
#[component]
fn Shell(props: &ShellProps) -> Html {
    let language = use_state(address_language);
    let session = use_reducer(SessionState::default);
    // Settled before anything kept is read: the address's mode and the site file, read before the app started.
    let setting = use_reducer(|| Setting::start(address_mode(), crate::config::at_start()));

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
    use_effect_with(language.bundle.parts == crate::content::reading::ALL_PARTS, |complete| {
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("data-content", if *complete { "complete" } else { "partial" });
        }
    });

    html! {
        <ContextProvider<LanguageHandle> context={language.clone()}>
        <ContextProvider<SettingHandle> context={setting}>
        <ContextProvider<Session> context={session}>
        <ContextProvider<PartsHandle> context={parts}>
            { props.children.clone() }
        </ContextProvider<PartsHandle>>
        </ContextProvider<Session>>
        </ContextProvider<SettingHandle>>
        </ContextProvider<LanguageHandle>>
    }
}

/// Once, at start: report a problem with the site file, mark the app ready and register the offline worker.
#[hook]
fn use_startup(setting: &SettingHandle) {
    let problem = setting.config_problem.clone();
    use_effect_with((), move |_| {
        if let Some(problem) = &problem {
            web_sys::console::error_1(
                &format!("OwnPath: site.json could not be used in part ({problem}); the default is used there.").into(),
            );
        }
        // Tells tests (and anyone curious) that the app has taken over the prerendered page.
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("data-app", "ready");
        }
        fetch_later_styles();
        #[cfg(target_arch = "wasm32")]
        register_offline_worker();
    });
}

/// The name of the note the start page carries instead of a link to the other pages' styles (see `prerender.rs`).
pub const LATER_STYLES: &str = "ownpath-later-styles";

/// Links the other pages' styles now that the app is up, so they are there before the person leaves the start page.
fn fetch_later_styles() {
    // After this task, so the request comes after the app has marked itself ready (what `./x size` counts).
    gloo::timers::callback::Timeout::new(0, link_later_styles).forget();
}

fn link_later_styles() {
    let document = gloo::utils::document();
    let Ok(Some(note)) = document.query_selector(&format!("meta[name=\"{LATER_STYLES}\"]")) else { return };
    let (Some(href), Ok(link)) = (note.get_attribute("content"), document.create_element("link")) else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", &href);
    let _ = note.replace_with_with_node_1(&link);
}

/// Registers the service worker that keeps the app's own files for offline use. Failure is quiet: the app works
/// the same online.
#[cfg(target_arch = "wasm32")]
fn register_offline_worker() {
    let Some(window) = web_sys::window() else { return };
    let container = window.navigator().service_worker();
    let promise = container.register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// The page for a route, in the language in use.
pub fn render_page(args: crate::components::layout::PageArgs) -> Html {
    let crate::components::layout::PageArgs { route, bundle, setting, session } = args;
    match route {
        Route::Start => pages::start::start_page(bundle, &setting),
        Route::Options => pages::options::options_page(bundle),
        Route::Option { id } => html! { <pages::option::OptionDetail {id} /> },
        Route::Compare => pages::compare::compare_page(bundle, &session),
        Route::Matters => pages::matters::matters_page(bundle, &session),
        Route::Check => pages::check::check_page(bundle, &session),
        Route::Sure => pages::sure::sure_page(bundle, &session),
        Route::Steps => pages::steps::steps_page(bundle, &session),
        Route::Summary => html! { <pages::summary::SummaryPage /> },
        Route::Professionals => pages::professionals::professionals_page(bundle),
        Route::Stories => html! { <pages::stories::StoriesPage /> },
        Route::Story { id } => pages::stories::story_detail(bundle, &id),
        Route::Safety => pages::article::safety_page(bundle, &setting),
        Route::Privacy => pages::article::privacy_page(bundle, &setting, &session),
        Route::About => pages::article::about_page(bundle, &setting),
        Route::NotFound => pages::not_found::not_found(bundle),
    }
}
