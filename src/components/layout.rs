//! The frame around every page: skip link, header with navigation, main landmark, footer.
//! It also keeps the tab title in step with the page and moves focus sensibly after a page change.

use crate::components::callback;
use crate::components::comfort::{display_button, display_panel, language_links, offered_languages};
use crate::components::exit::{exit_link, use_kiosk_reset, use_quick_exit};
use crate::components::kiosk::{kiosk_start, KioskIdle};
use crate::components::link::{scroll_to_fragment, AppLink};
use crate::components::notice_bar::{notice_bar, site_notice};
use crate::components::page::{PageArgs, PageBody};
use crate::components::remember::exit_tip;
use crate::components::worker_prompts::worker_prompts;
use crate::i18n::use_bundle;
use crate::platform::modal;
use crate::router::use_navigator;
use crate::routes::{pages_in, Place, Route};
use crate::session::setting::use_setting;
use crate::session::{keeping, use_session_now};
use yew::prelude::*;

#[derive(Properties)]
pub struct LayoutProps {
    /// Draws the page at a route (`pages::switch`): the frame stays below the pages it frames.
    pub page: fn(PageArgs) -> Html,
}

impl PartialEq for LayoutProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.page, other.page)
    }
}

#[component]
pub fn Layout(props: &LayoutProps) -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let navigator = use_navigator();
    let route = navigator.as_ref().map_or(Route::Start, |n| n.route());
    let path = route.to_path();
    let menu_open = use_state(|| false);
    // The "Display" control (language, text size, contrast): closed at first and on each new page; it stays open
    // across a change of language, so the person can change more.
    let display_open = use_state(|| false);
    let display_toggle = use_node_ref();
    // The page last shown, and whether its section is still to be reached (its parts of the content were on their way).
    let seen_page = use_mut_ref(|| (None::<String>, false));
    // The exit tip shows on the first page of a visit only (`remember::exit_tip`).
    let exit_tip_open = use_state(|| true);
    let setting = use_setting();
    let policy = setting.policy();
    // Not `use_session`: the frame is not drawn again at each answer, only the page in it (`page.rs`).
    let session = use_session_now();
    let kiosk_reset = use_kiosk_reset();
    use_quick_exit(&kiosk_reset);
    let language = crate::i18n::use_language();
    let end_dialog = use_node_ref();
    // Whether the worker's prompts are open, once the worker (or the start) has opened or closed them: kept here,
    // so the box stays as it was across pages and a change of language. Until then it is open on the start page,
    // to show the suggested route, and closed elsewhere.
    let prompts_open = use_state(|| None::<bool>);

    // The setting shows on the whole page: larger text in a session, larger targets on a kiosk, and the
    // person's text size and contrast.
    // Where printing is off, the print stylesheet prints only a line that says so (`data-print-off`).
    let print_off = (!policy.may_print()).then(|| ui.print_off().clone());
    let looks = (policy.shows_worker_prompts(), policy.shared_screen(), print_off);
    use_effect_with(
        (looks, setting.text_size, setting.high_contrast),
        |((session, kiosk, print_off), size, contrast)| {
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = match print_off {
                    Some(line) => root.set_attribute("data-print-off", line),
                    None => root.remove_attribute("data-print-off"),
                };
                let classes = root.class_list();
                for class in ["mode-session", "mode-kiosk", "text-1", "text-2", "contrast-high"] {
                    let _ = classes.remove_1(class);
                }
                if *session {
                    let _ = classes.add_1("mode-session");
                }
                if *kiosk {
                    let _ = classes.add_1("mode-kiosk");
                }
                if *size > 0 {
                    let _ = classes.add_1(&format!("text-{size}"));
                }
                if *contrast {
                    let _ = classes.add_1("contrast-high");
                }
            }
        },
    );

    {
        // One effect (each costs the wasm): the title, the address's language, and a new page. A new page starts at the top with focus on
        // its heading; a new language is not a new page (the person stays where they are, focus on the button they
        // pressed). A link to a section of a page whose parts were still on their way (such as "In danger
        // now?" early on) reaches it once they are here.
        // The navigator changes with the address and the language shown, which the address follows.
        let key = (
            path.clone(),
            route.document_title(bundle),
            route.is_ready(bundle, &session.get().compare),
            navigator.clone(),
        );
        let (menu_open, display_open, seen) = (menu_open.clone(), display_open.clone(), seen_page.clone());
        let exit_tip_open = exit_tip_open.clone();
        use_effect_with(key, move |(path, title, ready, navigator)| {
            if let Some(navigator) = navigator {
                navigator.follow_language();
            }
            let document = gloo::utils::document();
            document.set_title(title);
            let mut seen = seen.borrow_mut();
            let (is_first, new_page, pending) = (seen.0.is_none(), seen.0.as_ref() != Some(path), seen.1);
            if !(new_page || pending && *ready) {
                return;
            }
            *seen = (Some(path.clone()), false);
            if new_page && !is_first {
                exit_tip_open.set(false);
            }
            menu_open.set(false);
            display_open.set(false);
            let hash = gloo::utils::window().location().hash().unwrap_or_default();
            let fragment = hash.trim_start_matches('#');
            if !fragment.is_empty() && scroll_to_fragment(fragment) {
                // Went to a section.
            } else if new_page && !is_first {
                // A new page: start at the top, and put focus on its heading so screen readers announce it.
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
                if let Some(h1) = document.query_selector("main h1").ok().flatten() {
                    let _ = h1.set_attribute("tabindex", "-1");
                    if let Ok(h1) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h1) {
                        let _ = h1.focus();
                    }
                }
                seen.1 = !fragment.is_empty() && !*ready;
            }
        });
    }

    // The menus come from the page table (`routes/table.rs`): the header menu lists the "Start here" path's steps
    // in order, then the other pages it names; the footer, the steps and then the pages about the guide.
    let menu = || pages_in(Place::Step).chain(pages_in(Place::Menu));
    let footer_groups = [(ui.footer_tools_heading(), Place::Step), (ui.footer_about_heading(), Place::About)];
    let current_section = |item: &str| -> bool { path == item || path.starts_with(&format!("{item}/")) };

    let toggle_menu = callback::toggle(&menu_open);

    {
        // A kiosk reset starts afresh: the menu and the display panel close too.
        let (menu_open, display_open) = (menu_open.clone(), display_open.clone());
        use_effect_with(setting.resets, move |_| {
            menu_open.set(false);
            display_open.set(false);
        });
    }
    // (Staff checking a kiosk's settings at /check-settings see the check at once: it shows nobody's answers.)
    if policy.shared_screen() && !setting.kiosk_started && route != Route::CheckSettings {
        return html! { <>{ kiosk_start(bundle, &setting, &language, &navigator) }<KioskIdle /></> };
    }
    // The exit tip: not where the page offers "Leave no pages in my history" itself, nor on a page without the
    // pages part of the content (the 404 page), whose words it would lack.
    let tip_here = !matches!(route, Route::Start | Route::Privacy | Route::Summary)
        && route.parts().contains(&crate::content::parts::Part::Pages);
    // "End session": clearing the client's answers is the default; nothing to ask when there are none.
    let end_session = |clear: Option<bool>| {
        let (setting, session, dialog) = (setting.clone(), session.clone(), end_dialog.clone());
        let navigator = navigator.clone();
        Callback::from(move |_| match clear {
            None if !session.get().is_empty() => modal(&dialog, true),
            _ => {
                modal(&dialog, false);
                keeping::end_session(&session.get(), &setting, clear != Some(false));
                // "End and clear" also leaves the page read: the session's one history entry becomes the start
                // page, so Back shows nothing of the session (session moves replace history, as on a kiosk).
                if let (Some(true), Some(navigator)) = (clear, &navigator) {
                    navigator.replace(&Route::Start);
                }
            }
        })
    };
    let close_end = callback::show_modal(&end_dialog, false);

    html! {
        <>
            <AppLink class="skip-link" to={route.clone()} fragment="main">
                { ui.skip_link() }
            </AppLink>
            { exit_link(ui, &setting) }
            <header class="site-header">
                <div class="site-header__inner">
                    <AppLink class="site-name" to={Route::Start}>{ ui.site_name() }</AppLink>
                    if !setting.config.service_name.is_empty() {
                        <span class="service-name">{ format!("{} {}", ui.service_prefix(), setting.config.service_name) }</span>
                    }
                    if policy.shows_worker_prompts() {
                        <span class="badge">
                            { ui.session_badge() }
                            <button type="button" class="badge__end" onclick={end_session(None)}>{ ui.session_end() }</button>
                        </span>
                    }
                    if policy.shared_screen() {
                        <button type="button" class="finish-button" onclick={kiosk_reset.reform(|_| ())}>
                            { ui.kiosk_finish() }
                        </button>
                    }
                    { display_button(ui, &display_open, &display_toggle) }
                    <button type="button" class="menu-button" aria-expanded={menu_open.to_string()}
                            aria-controls="site-nav" onclick={toggle_menu}>
                        { ui.menu_button() }
                    </button>
                    <nav id="site-nav" class={classes!("site-nav", menu_open.then_some("site-nav--open"))}
                         aria-label={ui.nav_label().clone()}>
                        <ul>
                            { for menu().map(|page| {
                                let current = current_section(page.path).then(|| AttrValue::from("page"));
                                html! {
                                    <li><AppLink to={page.route.clone()} aria_current={current}>{ page.route.label(ui) }</AppLink></li>
                                }
                            }) }
                        </ul>
                    </nav>
                </div>
            </header>
            { display_panel(bundle, &setting, &language, &navigator, &display_open, &display_toggle) }
            { exit_tip(ui, &setting, !tip_here, &exit_tip_open) }
            <main id="main" tabindex="-1" class="page">
                { notice_bar(ui, &setting) }
                { site_notice(ui, &setting) }
                { crate::components::offline::update_notice(ui, &setting) }
                { worker_prompts(bundle, &setting, &route, &prompts_open) }
                <PageBody route={route.clone()} page={props.page} />
            </main>
            <footer class="site-footer">
                <div class="site-footer__inner">
                    <nav class="footer-nav" aria-label={ui.footer_label().clone()}>
                        { for footer_groups.into_iter().map(|(heading, place)| html! {
                            <div>
                                <h2 class="footer-nav__heading">{ heading }</h2>
                                <ul class="footer-links">
                                    { for pages_in(place).map(|page| html! {
                                        <li><AppLink to={page.route.clone()}>{ page.route.label(ui) }</AppLink></li>
                                    }) }
                                </ul>
                            </div>
                        }) }
                    </nav>
                    if offered_languages(&setting.config.languages).len() > 1 {
                        // Also here, in sight without JavaScript (the Display panel needs the app to open).
                        <p class="footer-languages" role="group" aria-label={ui.language_label().clone()}>
                            { language_links(bundle, &setting, &language, &navigator, "") }
                        </p>
                    }
                    <p class="footer-note">{ ui.footer_note() }</p>
                </div>
            </footer>
            if policy.shared_screen() {
                <KioskIdle />
            }
            if policy.shows_worker_prompts() {
                { confirm_dialog(&end_dialog, "end", ui.session_end_title(), ui.session_end_body(), vec![
                    (ui.session_end_clear(), "button--danger", end_session(Some(true))),
                    (ui.session_end_keep(), "button--secondary", end_session(Some(false))),
                    (ui.session_end_cancel(), "button--secondary", close_end),
                ]) }
            }
        </>
    }
}

/// A modal question and its answers, each a button (the first has focus when it opens, so it is the default).
pub fn confirm_dialog(
    node: &NodeRef,
    id: &str,
    title: &str,
    body: &str,
    answers: Vec<(&String, &'static str, Callback<MouseEvent>)>,
) -> Html {
    let (title_id, body_id) = (format!("{id}-title"), format!("{id}-body"));
    html! {
        <dialog class="dialog no-print" ref={node.clone()} aria-labelledby={title_id.clone()} aria-describedby={body_id.clone()}>
            <h2 id={title_id}>{ title }</h2>
            <p id={body_id}>{ body }</p>
            <div class="action-row">
                { for answers.into_iter().map(|(label, class, onclick)| html! {
                    <button type="button" class={classes!("button", class)} {onclick}>{ label }</button>
                }) }
            </div>
        </dialog>
    }
}
