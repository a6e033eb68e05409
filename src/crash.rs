//! A panic must never leave a blank page. The panic hook hides the app, drops it, and shows the friendly
//! "something went wrong" block that every HTML file carries (written by the prerender step from ui.toml), with a
//! link that reloads the start page. The app keeps no state across that reload, so nothing broken comes back.

/// The id of the hidden crash block in every page's HTML.
pub const CRASH_ID: &str = "op-crash";
/// The id of the element the app renders into.
pub const APP_ID: &str = "app";
/// The attribute on that element of a prerendered page that names the parts of the content it shows
/// (see `content/reading.rs`), such as `data-content="options"`.
pub const PARTS_ATTRIBUTE: &str = "data-content";

/// Installs the panic hook: log for developers, then show the crash screen.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_screen();
    }));
}

/// Replaces the app with the crash screen. Safe to call more than once.
pub fn show_crash_screen() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    if let Some(app) = document.get_element_by_id(APP_ID) {
        // Drop the broken page's DOM; the wasm instance is not trusted after a panic.
        app.set_inner_html("");
        let _ = app.set_attribute("hidden", "");
    }
    let Some(crash) = document.get_element_by_id(CRASH_ID) else { return false };
    let _ = crash.remove_attribute("hidden");
    if let Some(heading) = crash.query_selector("h1").ok().flatten() {
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    }
    true
}
