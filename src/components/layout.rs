//! The frame around every page: skip link, header with navigation, main landmark, footer.
//! It also keeps the tab title in step with the page and moves focus sensibly after a page change.

use crate::components::comfort::ComfortBar;
use crate::components::exit::{ExitLink, QuickExit};
use crate::components::kiosk::{KioskIdle, KioskStart};
use crate::components::link::{scroll_to_fragment, AppLink};
use crate::components::session_aids::{StorageNoticeBar, WorkerPrompts};
use crate::i18n::{use_bundle, LongTexts, LongTextsHandle};
use crate::router::use_navigator;
use crate::routes::Route;
use crate::session::setting::{use_setting, Mode, SettingAction};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    /// Renders the page for a route.
    pub render: Callback<Route, Html>,
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let navigator = use_navigator();
    let path = navigator.as_ref().map_or_else(|| "/".to_string(), |n| n.path().to_string());
    let route = Route::from_path(&path);
    let menu_open = use_state(|| false);
    let first_render = use_mut_ref(|| true);
    let setting = use_setting();
    let mode = setting.mode;
    let long_texts_handle = use_context::<LongTextsHandle>();
    let long_texts = long_texts_handle.as_deref().copied().unwrap_or_default();
    let try_again = Callback::from(move |_| {
        if let Some(handle) = &long_texts_handle {
            handle.set(LongTexts { tries: handle.tries + 1, failed: false });
        }
    });

    // The setting shows on the whole page: larger text in a session, larger targets on a kiosk, and the
    // person's text size and contrast.
    use_effect_with((mode, setting.text_size, setting.high_contrast), |(mode, size, contrast)| {
        if let Some(root) = gloo::utils::document().document_element() {
            let classes = root.class_list();
            for class in ["mode-session", "mode-kiosk", "text-1", "text-2", "contrast-high"] {
                let _ = classes.remove_1(class);
            }
            match mode {
                Mode::Session => drop(classes.add_1("mode-session")),
                Mode::Kiosk => drop(classes.add_1("mode-kiosk")),
                Mode::Home => {}
            }
            if *size > 0 {
                let _ = classes.add_1(&format!("text-{size}"));
            }
            if *contrast {
                let _ = classes.add_1("contrast-high");
            }
        }
    });

    {
        let title = route.document_title(bundle);
        let menu_open = menu_open.clone();
        use_effect_with((path.clone(), title), move |(_, title)| {
            let document = gloo::utils::document();
            document.set_title(title);
            menu_open.set(false);
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let fragment = hash.trim_start_matches('#');
            let is_first = std::mem::replace(&mut *first_render.borrow_mut(), false);
            if !fragment.is_empty() && scroll_to_fragment(fragment) {
                // Went to a section.
            } else if !is_first {
                // A new page: start at the top, and put focus on its heading so screen readers announce it.
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                if let Some(h1) = document.query_selector("main h1").ok().flatten() {
                    let _ = h1.set_attribute("tabindex", "-1");
                    if let Ok(h1) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h1) {
                        let _ = h1.focus();
                    }
                }
            }
        });
    }

    let nav_items: [(&str, &String); 6] = [
        ("/options", ui.nav_options()),
        ("/compare", ui.nav_compare()),
        ("/matters", ui.nav_matters()),
        ("/stories", ui.nav_stories()),
        ("/safety", ui.nav_safety()),
        ("/summary", ui.nav_summary()),
    ];
    // One loop for the footer's links: each link written out costs the wasm about half a kilobyte.
    let footer_groups: [(&String, &[(&str, &String)]); 2] = [
        (
            ui.footer_tools_heading(),
            &[
                ("/options", ui.nav_options()),
                ("/matters", ui.nav_matters()),
                ("/compare", ui.nav_compare()),
                ("/check", ui.nav_check()),
                ("/sure", ui.nav_sure()),
                ("/steps", ui.nav_steps()),
                ("/summary", ui.nav_summary()),
            ],
        ),
        (
            ui.footer_about_heading(),
            &[
                ("/safety", ui.footer_safety()),
                ("/stories", ui.nav_stories()),
                ("/privacy", ui.footer_privacy()),
                ("/about", ui.footer_about()),
                ("/professionals", ui.nav_professionals()),
            ],
        ),
    ];
    let current_section = |item: &str| -> bool { path == item || path.starts_with(&format!("{item}/")) };

    let toggle_menu = {
        let menu_open = menu_open.clone();
        Callback::from(move |_| menu_open.set(!*menu_open))
    };
    let page_path = if path.is_empty() { "/".to_string() } else { path.clone() };

    if mode == Mode::Kiosk && !setting.kiosk_started {
        return html! { <KioskStart /> };
    }
    let end_session = {
        let setting = setting.clone();
        Callback::from(move |_| setting.dispatch(SettingAction::SetMode(Mode::Home)))
    };

    html! {
        <>
            <AppLink class="skip-link" href={format!("{}#main", page_path.trim_end_matches('/'))}>
                { ui.skip_link() }
            </AppLink>
            <ExitLink />
            <QuickExit />
            <header class="site-header">
                <div class="site-header__inner">
                    <AppLink class="site-name" href="/">{ ui.site_name() }</AppLink>
                    if !setting.config.service_name.is_empty() {
                        <span class="service-name">{ format!("{} {}", ui.service_prefix(), setting.config.service_name) }</span>
                    }
                    if mode == Mode::Session {
                        <span class="badge">
                            { ui.session_badge() }
                            <button type="button" class="badge__end" onclick={end_session}>{ ui.session_end() }</button>
                        </span>
                    }
                    <button type="button" class="menu-button" aria-expanded={menu_open.to_string()}
                            aria-controls="site-nav" onclick={toggle_menu}>
                        { ui.menu_button() }
                    </button>
                    <nav id="site-nav" class={classes!("site-nav", menu_open.then_some("site-nav--open"))}
                         aria-label={ui.nav_label().clone()}>
                        <ul>
                            { for nav_items.iter().map(|(href, label)| {
                                let current = current_section(href).then(|| AttrValue::from("page"));
                                html! {
                                    <li><AppLink href={*href} aria_current={current}>{ (*label).clone() }</AppLink></li>
                                }
                            }) }
                        </ul>
                    </nav>
                </div>
            </header>
            <ComfortBar />
            <main id="main" tabindex="-1" class="page">
                <StorageNoticeBar />
                if let Some(problem) = &setting.config_problem {
                    <p class="notice notice--problem admin-notice">{ ui.site_problem().replace("{problem}", problem) }</p>
                }
                <WorkerPrompts route={route.clone()} />
                if !route.is_ready(bundle) {
                    // The page's long texts are on their way (fetched just after start-up), or could not come.
                    <div class="page-loading">
                        <h1>{ route.title(bundle) }</h1>
                        if long_texts.failed {
                            <p role="alert">{ ui.reading_unavailable() }</p>
                            <button type="button" class="button" onclick={try_again}>{ ui.try_again() }</button>
                        } else {
                            <p role="status">{ ui.loading_page() }</p>
                        }
                    </div>
                } else {
                    { props.render.emit(route) }
                }
            </main>
            <footer class="site-footer">
                <div class="site-footer__inner">
                    <nav class="footer-nav" aria-label={ui.footer_label().clone()}>
                        { for footer_groups.iter().map(|(heading, links)| html! {
                            <div>
                                <h2 class="footer-nav__heading">{ *heading }</h2>
                                <ul class="footer-links">
                                    { for links.iter().map(|(href, label)| html! {
                                        <li><AppLink href={*href}>{ *label }</AppLink></li>
                                    }) }
                                </ul>
                            </div>
                        }) }
                    </nav>
                    <p class="footer-note">{ ui.footer_note() }</p>
                </div>
            </footer>
            if mode == Mode::Kiosk {
                <KioskIdle />
            }
        </>
    }
}
