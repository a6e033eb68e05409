//! A panic must never leave a blank page. Every HTML file carries a hidden, friendly "something went wrong" block
//! (written by the prerender step from the ui texts), with a link that reloads the start page. The app keeps no
//! state across that reload, so nothing broken comes back.
//!
//! Two ways lead there. In the release build a panic stops the wasm at once (no message is formatted, which keeps
//! the download small), and the browser reports a `WebAssembly.RuntimeError`: the page's small inline script,
//! [`trap_script`], catches it and shows the block. In other builds (tests, debug) the panic hook does the same.

/// The id of the hidden crash block in every page's HTML.
pub const CRASH_ID: &str = "op-crash";
/// The id of the element the app renders into.
pub const APP_ID: &str = "app";

/// The inline script every page carries (the CSP names its hash): when the wasm stops, hide the app and show the
/// crash block, as [`show_crash_screen`] does. Its "Start again" keeps a kiosk or session mode from the address,
/// so starting again is never less private ([`mode_query`]).
pub fn trap_script() -> String {
    format!(
        "(function(){{function stop(e){{if(!(e instanceof WebAssembly.RuntimeError))return;\
         var a=document.getElementById(\"{APP_ID}\"),c=document.getElementById(\"{CRASH_ID}\");\
         if(a){{a.innerHTML=\"\";a.hidden=true}}if(c){{c.hidden=false;keep(c);var h=c.querySelector(\"h1\");if(h)h.focus()}}}}\
         function keep(c){{var m=location.search.match(/[?&]mode=(kiosk|session)(&|$)/),l=c.querySelector(\"a\");\
         if(m&&l)l.href=l.href.replace(/[?#].*/,\"\")+\"?mode=\"+m[1]}}\
         addEventListener(\"error\",function(v){{stop(v.error)}});\
         addEventListener(\"unhandledrejection\",function(v){{stop(v.reason)}})}})();"
    )
}

/// Installs the panic hook: log for developers, then show the crash screen. Not in the size build, where a panic
/// stops the wasm before any hook could run (the page's script shows the screen): leaving it out saves its code.
/// The query "Start again" keeps: a kiosk's or a session's mode (home needs none).
pub fn mode_query(mode: &str) -> Option<&'static str> {
    match mode {
        "kiosk" => Some("?mode=kiosk"),
        "session" => Some("?mode=session"),
        _ => None,
    }
}

#[cfg(not(panic = "immediate-abort"))]
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_screen();
    }));
}

#[cfg(panic = "immediate-abort")]
pub fn install() {}

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
    if let Some(link) = crash.query_selector("a").ok().flatten() {
        if let Some(query) = crate::platform::address::address_param("mode").as_deref().and_then(mode_query) {
            let href = link.get_attribute("href").unwrap_or_default();
            let _ = link.set_attribute("href", &format!("{}{query}", href.split(['?', '#']).next().unwrap_or("")));
        }
    }
    if let Some(heading) = crash.query_selector("h1").ok().flatten() {
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    }
    true
}
