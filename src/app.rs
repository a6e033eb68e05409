//! The app shell: language, setting and session contexts, the router, and the page chosen by the current path.
//! Start-up work lives here too: the site file, answers the person asked to keep, and the offline worker.

use crate::components::layout::Layout;
use crate::i18n::{Language, LanguageHandle, LongTexts, LongTextsHandle};
use crate::pages;
use crate::router::AppRouter;
use crate::routes::Route;
use crate::session::setting::{Mode, Setting, SettingAction, SettingHandle, StorageNotice};
use crate::session::storage::{self, Loaded};
use crate::session::{Action, Session, SessionState};
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

/// The language the app opens in: `?lang=es` if this build has it, otherwise the default. Its content is loaded
/// before the app starts (see `main.rs`).
pub fn start_language() -> String {
    address_param("lang")
        .filter(|lang| crate::i18n::languages().contains(&lang.as_str()))
        .unwrap_or_else(|| crate::content::default_language().to_string())
}

fn address_language() -> Language {
    Language::of(&start_language())
}

/// Whether the prerendered page can be hydrated as it is: it was rendered in the default language and setting,
/// so an address asking for another language or setting is rendered afresh instead.
pub fn prerender_matches_address() -> bool {
    address_param("lang").is_none() && address_param("mode").is_none()
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
    let setting = use_reducer(|| Setting::new(address_mode()));

    // The latest "may we keep answers?", for listeners registered once at start.
    let may_store = use_mut_ref(|| false);
    *may_store.borrow_mut() = setting.policy().may_store();

    use_startup(&session, &setting, &language, may_store);
    let long_texts = use_state(LongTexts::default);
    use_long_texts(&language, &long_texts);
    use_keep_answers(&session, &setting, &language);

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
        <ContextProvider<LongTextsHandle> context={long_texts}>
            { props.children.clone() }
        </ContextProvider<LongTextsHandle>>
        </ContextProvider<Session>>
        </ContextProvider<SettingHandle>>
        </ContextProvider<LanguageHandle>>
    }
}

/// Once, at start: read the site file, bring back answers the person asked to keep, register the offline worker,
/// and make sure a page restored from the back-forward cache shows no answers that were not kept.
#[hook]
fn use_startup(
    session: &Session,
    setting: &SettingHandle,
    language: &LanguageHandle,
    may_store: std::rc::Rc<std::cell::RefCell<bool>>,
) {
    let session = session.clone();
    let setting = setting.clone();
    let language = language.clone();
    {
        // A kiosk is shared: whatever the mode was before, it starts with no answers.
        let session = session.clone();
        use_effect_with(setting.mode, move |mode| {
            if *mode == Mode::Kiosk {
                session.dispatch(Action::Clear);
            }
        });
    }
    use_effect_with((), move |_| {
        // Tells tests (and anyone curious) that the app has taken over the prerendered page.
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("data-app", "ready");
        }
        #[cfg(target_arch = "wasm32")]
        {
            let setting = setting.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let (config, problem) = crate::config::load().await;
                if let Some(problem) = &problem {
                    web_sys::console::error_1(
                        &format!("OwnPath: site.json could not be used ({problem}); using the default settings.")
                            .into(),
                    );
                }
                setting.dispatch(SettingAction::ConfigLoaded(config, problem));
            });
            register_offline_worker();
        }

        if setting.mode != Mode::Kiosk {
            match storage::load() {
                Loaded::Restored(state) => {
                    session.dispatch(Action::Replace(*state));
                    setting.dispatch(SettingAction::SetRemember(true));
                    if let Some((size, contrast, lang)) = storage::load_display() {
                        setting.dispatch(SettingAction::SetTextSize(size));
                        setting.dispatch(SettingAction::SetContrast(contrast));
                        crate::i18n::switch_language(&language, &setting, &lang);
                    }
                    setting.dispatch(SettingAction::Notice(Some(StorageNotice::Restored)));
                }
                Loaded::SetAside => {
                    setting.dispatch(SettingAction::SetRemember(true));
                    setting.dispatch(SettingAction::Notice(Some(StorageNotice::SetAside)));
                }
                Loaded::Nothing | Loaded::Blocked => {}
            }
        }

        // Back/forward cache: if nothing is kept, a restored page must not show the answers again.
        let listener = {
            let session = session.clone();
            gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                if !*may_store.borrow() {
                    session.dispatch(Action::Clear);
                }
            })
        };
        move || drop(listener)
    });
}

/// Fetches the long texts of the language in use once the page is up, and again after a switch of language.
/// Pages that show them wait for them; the others never do.
#[hook]
fn use_long_texts(language: &LanguageHandle, long_texts: &LongTextsHandle) {
    // The language in use now, for a fetch that ends after the person switched again.
    let current = use_mut_ref(String::new);
    current.borrow_mut().clone_from(&language.bundle.lang);
    let (language, status) = (language.clone(), long_texts.clone());
    let key = (language.bundle.lang.clone(), language.bundle.parts, long_texts.tries);
    use_effect_with(key, move |(lang, parts, tries)| {
        #[cfg(target_arch = "wasm32")]
        if *parts != crate::content::reading::ALL_PARTS {
            let (lang, tries) = (lang.clone(), *tries);
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = crate::content::load(&lang, crate::content::reading::ALL_PARTS).await;
                // Whatever arrived is shown, even when one part failed.
                if *current.borrow() == lang {
                    language.set(Language::of(&lang));
                }
                if loaded.is_err() != status.failed {
                    status.set(LongTexts { tries, failed: loaded.is_err() });
                }
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (lang, parts, tries, current, language, status);
    });
}

/// Writes the answers to this browser whenever they change, if (and only if) the policy allows it.
#[hook]
fn use_keep_answers(session: &Session, setting: &SettingHandle, language: &LanguageHandle) {
    let setting = setting.clone();
    let state = (**session).clone();
    let may_store = setting.policy().may_store();
    let display = (setting.text_size, setting.high_contrast, language.bundle.lang.clone());
    use_effect_with((state, may_store, display), move |(state, may_store, (size, contrast, lang))| {
        if *may_store {
            let saved = storage::save(state).and_then(|_| storage::save_display(*size, *contrast, lang));
            if let Err(problem) = saved {
                setting.dispatch(SettingAction::SetRemember(false));
                setting.dispatch(SettingAction::Notice(Some(match problem {
                    storage::Problem::Blocked => StorageNotice::Blocked,
                    storage::Problem::Full => StorageNotice::Full,
                })));
            }
        }
    });
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

/// The page for a route.
pub fn render_page(route: Route) -> Html {
    match route {
        Route::Start => html! { <pages::start::StartPage /> },
        Route::Options => html! { <pages::options::OptionsPage /> },
        Route::Option { id } => html! { <pages::option::OptionDetail {id} /> },
        Route::Compare => html! { <pages::compare::ComparePage /> },
        Route::Matters => html! { <pages::matters::MattersPage /> },
        Route::Check => html! { <pages::check::CheckPage /> },
        Route::Sure => html! { <pages::sure::SurePage /> },
        Route::Steps => html! { <pages::steps::StepsPage /> },
        Route::Summary => html! { <pages::summary::SummaryPage /> },
        Route::Professionals => html! { <pages::professionals::ProfessionalsPage /> },
        Route::Stories => html! { <pages::stories::StoriesPage /> },
        Route::Story { id } => html! { <pages::stories::StoryDetail {id} /> },
        Route::Safety => html! { <pages::article::SafetyPage /> },
        Route::Privacy => html! { <pages::article::PrivacyPage /> },
        Route::About => html! { <pages::article::AboutPage /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    }
}
