//! Components rendered in a real headless Chromium (wasm-bindgen-test). Run by `./x test`.
#![cfg(target_arch = "wasm32")]

use ownpath::app::Shell;
use ownpath::components::layout::Layout;
use ownpath::content;
use ownpath::content::OPTION_IDS;
use ownpath::router::AppRouter;
use ownpath::session::setting::Mode;
use ownpath::session::storage::KEY;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HarnessProps {
    path: AttrValue,
}

/// The app itself (its `Shell`: language, setting, session, the storage rule and start-up) with its real layout and
/// pages, on an in-memory history that starts at `path`.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    html! {
        <Shell>
            <AppRouter path={props.path.clone()}>
                <Layout page={ownpath::pages::switch as fn(_) -> _} />
            </AppRouter>
        </Shell>
    }
}

async fn mount(path: &str) -> Element {
    mount_in(path, Mode::Home).await
}

/// Mounts the app in `mode`, which it reads from the address as when a person opens it (`?mode=kiosk`); the
/// address is put back afterwards.
async fn mount_in(path: &str, mode: Mode) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let history = gloo::utils::window().history().unwrap();
    let address = gloo::utils::window().location().href().unwrap();
    let query = match mode {
        Mode::Home => None,
        Mode::Session => Some("?mode=session"),
        Mode::Kiosk => Some("?mode=kiosk"),
    };
    if let Some(query) = query {
        history.replace_state_with_url(&JsValue::NULL, "", Some(query)).unwrap();
    }
    yew::Renderer::<Harness>::with_root_and_props(
        root.clone(),
        HarnessProps { path: AttrValue::from(path.to_string()) },
    )
    .render();
    yew::scheduler::flush().await;
    history.replace_state_with_url(&JsValue::NULL, "", Some(&address)).unwrap();
    root
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

fn unmount(root: Element) {
    root.remove();
}

#[wasm_bindgen_test]
async fn option_page_answers_the_ten_questions_in_order() {
    let root = mount("/options/methadone").await;
    let bundle = content::bundle("en");
    assert_eq!(texts(&root, "h1"), vec!["Methadone".to_string()]);
    let headings = texts(&root, "section.answer > h2");
    let expected: Vec<String> = bundle.questions.iter().map(|q| q.heading.clone()).collect();
    assert_eq!(headings, expected);
    // Numbers carry their sources: citations link to the reference list, and the page lists its sources.
    let cite = root.query_selector("a.cite").unwrap().expect("a citation link");
    assert!(cite.get_attribute("href").unwrap().contains("/about#ref-"));
    assert!(!texts(&root, ".sources li").is_empty());
    unmount(root);
}

#[wasm_bindgen_test]
async fn every_option_page_renders_with_one_h1() {
    for option in &content::bundle("en").options {
        let root = mount(&format!("/options/{}", option.id)).await;
        assert_eq!(texts(&root, "h1"), vec![option.name.clone()], "{}", option.id);
        unmount(root);
    }
}

#[wasm_bindgen_test]
async fn layout_has_landmarks_skip_link_and_current_nav_item() {
    let root = mount("/options/taper").await;
    assert!(root.query_selector("header").unwrap().is_some());
    assert!(root.query_selector("main#main").unwrap().is_some());
    assert!(root.query_selector("footer").unwrap().is_some());
    let skip = root.query_selector("a.skip-link").unwrap().expect("skip link");
    assert!(skip.get_attribute("href").unwrap().ends_with("#main"));
    assert_eq!(texts(&root, "nav a[aria-current=page]"), vec!["Options".to_string()]);
    unmount(root);
}

#[wasm_bindgen_test]
async fn unknown_paths_and_ids_get_a_way_back() {
    let ui = &content::bundle("en").ui;
    let root = mount("/no/such/page").await;
    assert_eq!(texts(&root, "h1"), vec![ui.not_found_title().clone()]);
    assert!(texts(&root, "main a").contains(ui.not_found_link_start()));
    unmount(root);

    let root = mount("/options/not-an-option").await;
    assert_eq!(texts(&root, "h1"), vec![ui.option_not_found_title().clone()]);
    unmount(root);
}

#[wasm_bindgen_test]
async fn safety_page_lists_the_contacts_from_data() {
    let bundle = content::bundle("en");
    let root = mount("/safety").await;
    let names = texts(&root, ".contact__name");
    // The crisis lines, then the national finders that have no number of their own (the helpline is among the
    // lines already), as the content lists them.
    let lines = bundle.contacts.contact.iter().map(|c| c.name.clone());
    let finders = bundle.contacts.finder.iter().filter(|f| f.phone.is_none()).map(|f| f.name.clone());
    let expected: Vec<String> = lines.chain(finders).collect();
    assert_eq!(names, expected);
    let phone = root.query_selector(".contact__phone").unwrap().unwrap();
    assert!(phone.get_attribute("href").unwrap().starts_with("tel:"));
    unmount(root);
}

#[wasm_bindgen_test]
async fn stories_filter_by_option_and_experience() {
    let bundle = content::bundle("en");
    let root = mount("/stories").await;
    let all = root.query_selector_all(".story-card").unwrap().length() as usize;
    assert_eq!(all, bundle.stories.len());

    let select: web_sys::HtmlSelectElement =
        wasm_bindgen::JsCast::dyn_into(root.query_selector("#filter-option").unwrap().unwrap()).unwrap();
    select.set_value("naltrexone");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    yew::scheduler::flush().await;
    let expected = bundle.stories.iter().filter(|s| s.options.contains(&"naltrexone".to_string())).count();
    assert!(expected > 0);
    assert_eq!(root.query_selector_all(".story-card").unwrap().length() as usize, expected);
    assert!(texts(&root, ".filters__status")[0].contains(&format!("{expected} of {}", bundle.stories.len())));
    unmount(root);
}

#[wasm_bindgen_test]
async fn about_page_lists_every_reference_with_an_anchor() {
    let root = mount("/about").await;
    for reference in &content::bundle("en").references {
        assert!(
            root.query_selector(&format!("#ref-{}", reference.key)).unwrap().is_some(),
            "no anchor for {}",
            reference.key
        );
    }
    unmount(root);
}

#[wasm_bindgen_test]
async fn the_crash_screen_replaces_the_app() {
    let document = gloo::utils::document();
    let body = document.body().unwrap();
    let app = document.create_element("div").unwrap();
    app.set_id(ownpath::crash::APP_ID);
    app.set_inner_html("<p>broken page</p>");
    let crash = document.create_element("div").unwrap();
    crash.set_id(ownpath::crash::CRASH_ID);
    crash.set_attribute("hidden", "").unwrap();
    crash.set_inner_html("<h1 tabindex=\"-1\">Something went wrong</h1>");
    body.append_child(&app).unwrap();
    body.append_child(&crash).unwrap();

    assert!(ownpath::crash::show_crash_screen());
    assert!(!crash.has_attribute("hidden"));
    assert!(app.has_attribute("hidden"));
    assert_eq!(app.inner_html(), "", "no broken state is left on the page");
    assert_eq!(document.active_element().unwrap().text_content().unwrap(), "Something went wrong");
    app.remove();
    crash.remove();
}

#[wasm_bindgen_test]
async fn research_figures_are_icon_arrays_with_words_and_sources() {
    let root = mount("/options/methadone").await;
    let arrays =
        root.query_selector_all("#research ~ figure svg.icon-array, section.answer figure svg.icon-array").unwrap();
    assert!(arrays.length() >= 2, "methadone shows in- and out-of-treatment arrays");
    let first = root.query_selector("svg.icon-array").unwrap().unwrap();
    // Text alternative carries the numbers in words.
    let label = first.get_attribute("aria-label").unwrap();
    assert!(label.contains("11 out of 1,000"), "{label}");
    assert_eq!(first.get_attribute("role").as_deref(), Some("img"));
    // Exactly `count` filled icons, and the words beside the picture agree.
    assert_eq!(first.query_selector_all(".icon-array__filled").unwrap().length(), 11);
    assert!(texts(&root, ".figure__words")[0].contains("11 out of 1,000"));
    assert!(texts(&root, ".figure__source")[0].contains("Sordo 2017"));
    assert!(!texts(&root, ".figure__certainty").is_empty());
    unmount(root);
}

#[wasm_bindgen_test]
async fn same_outcome_same_denominator_across_options() {
    // Methadone and buprenorphine both show deaths per 1,000 people in a year.
    for id in ["methadone", "buprenorphine"] {
        let root = mount(&format!("/options/{id}")).await;
        let svg = root.query_selector("svg.icon-array").unwrap().unwrap();
        assert_eq!(svg.get_attribute("viewBox").as_deref(), Some("0 0 540 210"), "{id}: 1,000 icons");
        unmount(root);
    }
}

#[wasm_bindgen_test]
async fn thousand_icon_arrays_have_a_phone_copy_with_the_same_icons() {
    // 1,000 icons are also drawn three blocks of 100 to a row (the stylesheet shows that copy on phones); 100 icons
    // are drawn once.
    let root = mount("/options/methadone").await;
    let group = root.query_selector(".figure__group").unwrap().unwrap();
    let wide = group.query_selector("svg.icon-array--wide").unwrap().expect("the five-to-a-row copy");
    let narrow = group.query_selector("svg.icon-array--narrow").unwrap().expect("the phone copy");
    assert_eq!(wide.get_attribute("viewBox").as_deref(), Some("0 0 540 210"));
    assert_eq!(narrow.get_attribute("viewBox").as_deref(), Some("0 0 320 430"));
    assert_eq!(narrow.get_attribute("aria-label"), wide.get_attribute("aria-label"));
    for svg in [&wide, &narrow] {
        assert_eq!(svg.query_selector_all(".icon-array__filled").unwrap().length(), 11);
        assert_eq!(svg.query_selector_all("rect[fill^='url(#']").unwrap().length(), 10, "ten blocks of 100");
    }
    // Each copy names its own pattern.
    assert_ne!(
        wide.query_selector("pattern").unwrap().unwrap().id(),
        narrow.query_selector("pattern").unwrap().unwrap().id()
    );
    unmount(root);
    let root = mount("/options/naltrexone").await;
    assert!(root.query_selector("svg.icon-array--100").unwrap().is_some());
    assert!(root.query_selector("svg.icon-array--narrow").unwrap().is_none(), "100 icons are drawn once");
    unmount(root);
}

#[wasm_bindgen_test]
async fn paths_where_tolerance_drops_show_the_safety_note() {
    for (id, expected) in [("taper", true), ("abstinence", true), ("naltrexone", true), ("methadone", false)] {
        let root = mount(&format!("/options/{id}")).await;
        let note = root.query_selector("#safety ~ aside.safety-note, section.answer aside.safety-note").unwrap();
        assert_eq!(note.is_some(), expected, "{id}");
        if let Some(note) = note {
            assert!(note.query_selector("a[href*='/safety']").unwrap().is_some());
        }
        unmount(root);
    }
}

#[wasm_bindgen_test]
async fn professionals_page_has_beliefs_self_check_language_and_session_guide() {
    let root = mount("/professionals").await;
    let page = &content::bundle("en").pages.professionals;
    assert_eq!(root.query_selector_all(".belief").unwrap().length() as usize, page.beliefs.item.len());
    assert_eq!(root.query_selector_all(".self-check li").unwrap().length() as usize, page.self_check.item.len());
    assert_eq!(root.query_selector_all(".language-item").unwrap().length() as usize, page.language.item.len());
    assert!(root.query_selector("#in-session").unwrap().is_some());
    unmount(root);
}

fn click(root: &Element, selector: &str) {
    let el: web_sys::HtmlElement = wasm_bindgen::JsCast::dyn_into(
        root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")),
    )
    .unwrap();
    el.click();
}

#[wasm_bindgen_test]
async fn leaning_on_an_option_page_is_one_shared_answer() {
    let root = mount("/options/taper").await;
    click(&root, "#lean-taper-towards");
    yew::scheduler::flush().await;
    let checked = root.query_selector("#lean-taper-towards:checked").unwrap();
    assert!(checked.is_some(), "the choice shows as picked");
    // Changing it any time replaces the old choice.
    click(&root, "#lean-taper-not-sure");
    yew::scheduler::flush().await;
    assert!(root.query_selector("#lean-taper-towards:checked").unwrap().is_none());
    assert!(root.query_selector("#lean-taper-not-sure:checked").unwrap().is_some());
    unmount(root);
}

#[wasm_bindgen_test]
async fn sure_gives_suggestions_below_four_and_affirms_at_four() {
    let root = mount("/sure").await;
    for id in ["sure", "understand", "risk-benefit", "encouragement"] {
        click(&root, &format!("#s-{id}-yes"));
    }
    yew::scheduler::flush().await;
    let sure = &content::bundle("en").sure;
    assert!(texts(&root, ".sure-result h2").contains(&sure.all_sure_heading));
    click(&root, "#s-understand-no");
    yew::scheduler::flush().await;
    assert!(texts(&root, ".sure-result h2").contains(&sure.unsure_heading));
    assert!(root.query_selector_all(".sure-result li").unwrap().length() >= 1);
    unmount(root);
}

#[wasm_bindgen_test]
async fn matters_shows_no_relations_until_something_matters() {
    let root = mount("/matters").await;
    let content = &content::bundle("en").matters;
    assert!(texts(&root, ".relate").join(" ").contains(&content.relate_none));
    assert_eq!(root.query_selector_all(".relate-option").unwrap().length(), 0);
    let first = &content.statement[0].id;
    click(&root, &format!("#m-{first}-3"));
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".relate-option").unwrap().length() as usize, OPTION_IDS.len());
    unmount(root);
}

fn local_storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

fn ownpath_keys() -> Vec<String> {
    let storage = local_storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with("ownpath:"))
        .collect()
}

/// Rates the first statement on /matters "very important" (the page must be open).
async fn rate_first(root: &Element) {
    let first = &content::bundle("en").matters.statement[0].id;
    click(root, &format!("#m-{first}-3"));
    yew::scheduler::flush().await;
}

/// Sends the exit script's event, as the page's script does before leaving; true when the app cancelled it.
async fn send_exit() -> bool {
    let init = web_sys::EventInit::new();
    init.set_cancelable(true);
    let event = web_sys::Event::new_with_event_init_dict(ownpath::components::exit::EXIT_EVENT, &init).unwrap();
    let sent = gloo::utils::document().dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    !sent
}

/// At home: turn on "remember" on /summary, then rate the first statement on /matters.
async fn remember_then_rate() -> Element {
    let root = mount("/summary").await;
    click(&root, "#remember-on");
    yew::scheduler::flush().await;
    click(&root, "header nav a[href$='/matters']");
    yew::scheduler::flush().await;
    rate_first(&root).await;
    root
}

#[wasm_bindgen_test]
async fn remember_on_keeps_the_answers_and_off_forgets_them() {
    local_storage().clear().unwrap();
    let root = remember_then_rate().await;
    let kept = local_storage().get_item(KEY).unwrap().expect("answers kept");
    assert!(kept.contains("matter "), "{kept}");
    click(&root, "header nav a[href$='/summary']");
    yew::scheduler::flush().await;
    click(&root, "#remember-off");
    yew::scheduler::flush().await;
    assert!(ownpath_keys().is_empty(), "{:?}", ownpath_keys());
    // Off by default: nothing is written.
    unmount(root);
    let root = mount("/matters").await;
    rate_first(&root).await;
    assert!(ownpath_keys().is_empty());
    unmount(root);
}

#[wasm_bindgen_test]
async fn quick_exit_drops_the_answers_and_wipes_storage_so_nothing_is_written_back() {
    local_storage().clear().unwrap();
    let root = remember_then_rate().await;
    assert!(!ownpath_keys().is_empty());
    assert!(!send_exit().await, "at home the page leaves: the app does not cancel");
    assert_eq!(root.query_selector_all(".relate-option").unwrap().length(), 0, "the answers are gone");
    assert!(ownpath_keys().is_empty(), "{:?}", ownpath_keys());
    // Nothing is written back afterwards (remember is off now).
    rate_first(&root).await;
    assert!(ownpath_keys().is_empty());
    unmount(root);
}

#[wasm_bindgen_test]
async fn a_kiosk_removes_kept_answers_and_resets_on_exit_and_on_i_m_finished() {
    local_storage().set_item(KEY, "left by home use").unwrap();
    let root = mount_in("/", Mode::Kiosk).await;
    yew::scheduler::flush().await;
    assert!(ownpath_keys().is_empty(), "a kiosk start removes what home use kept");
    click(&root, ".kiosk-start__go");
    yew::scheduler::flush().await;
    click(&root, "header nav a[href*='/matters']");
    yew::scheduler::flush().await;
    rate_first(&root).await;
    assert_eq!(root.query_selector_all(".relate-option").unwrap().length() as usize, OPTION_IDS.len());
    assert!(root.query_selector(".finish-button").unwrap().is_some(), "I'm finished is offered");
    let link = root.query_selector("header nav a[href*='/matters']").unwrap().unwrap().get_attribute("href").unwrap();
    assert!(link.ends_with("?mode=kiosk"), "a kiosk keeps its mode in the address: {link}");
    assert!(send_exit().await, "on a kiosk the app cancels the exit and resets instead");
    assert!(root.query_selector(".kiosk-start__go").unwrap().is_some(), "back to the start screen");
    click(&root, ".kiosk-start__go");
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, "main h1"), vec![content::bundle("en").pages.start.title.clone()]);
    click(&root, "header nav a[href*='/matters']");
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".relate-option").unwrap().length(), 0, "nothing of the last visitor");
    rate_first(&root).await;
    click(&root, ".finish-button");
    yew::scheduler::flush().await;
    assert!(root.query_selector(".kiosk-start__go").unwrap().is_some());
    assert!(ownpath_keys().is_empty());
    unmount(root);
}

#[wasm_bindgen_test]
async fn ending_a_session_clears_the_answers_by_default_or_keeps_them_on_screen() {
    local_storage().clear().unwrap();
    for (button, kept) in [(1, false), (2, true)] {
        let root = mount_in("/matters", Mode::Session).await;
        assert!(root.query_selector("#remember-on").unwrap().is_none());
        rate_first(&root).await;
        click(&root, ".badge__end");
        yew::scheduler::flush().await;
        let dialog = root.query_selector("dialog[open]").unwrap().expect("End session asks first");
        assert!(dialog.text_content().unwrap().contains(content::bundle("en").ui.session_end_body()));
        click(&root, &format!("dialog[open] .action-row button:nth-child({button})"));
        yew::scheduler::flush().await;
        assert!(root.query_selector(".badge").unwrap().is_none(), "back to home mode");
        let count = root.query_selector_all(".relate-option").unwrap().length();
        assert_eq!(count as usize, if kept { OPTION_IDS.len() } else { 0 }, "button {button}");
        assert!(ownpath_keys().is_empty(), "a session keeps nothing");
        unmount(root);
    }
}
