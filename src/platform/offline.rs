//! The offline copy: the worker the build writes (`sw.js`, see `prerender.rs`) keeps the app's own files on this
//! device. The page's side of it is a small static script, `offline.js` (registering the worker, noticing a new
//! release waiting, letting it take over, removing the copy), which the app loads just after it starts, so it is
//! not part of the first load. Here, the app's typed way to ask it and to read what it says. Nothing here sends
//! anything anywhere; the worker only fetches our own files.

/// The message a page sends the waiting worker of a new release so it takes over now (the worker's script
/// listens for it; `offline.js` sends it).
pub const TAKE_UPDATE: &str = "ownpath-take-update";
/// Set on `<html>` by `offline.js`: "ready" when a new release waits ("taking" once asked to take over).
pub const UPDATE_ATTRIBUTE: &str = "data-update";
/// The events the app sends `offline.js` start with this ("ownpath-offline-take", "ownpath-offline-check").
const ASK_EVENT: &str = "ownpath-offline";

fn root_attribute(name: &str) -> Option<String> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    gloo::utils::document().document_element()?.get_attribute(name)
}

fn ask(what: &str) {
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    if let Ok(event) = web_sys::Event::new(&format!("{ASK_EVENT}-{what}")) {
        let _ = gloo::utils::document().dispatch_event(&event);
    }
}

/// Loads `offline.js` (beside the pages; the page's `<base>` is the app's root).
pub fn start() {
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    let document = gloo::utils::document();
    if let (Ok(script), Some(head)) = (document.create_element("script"), document.head()) {
        let _ = script.set_attribute("src", "offline.js");
        let _ = head.append_child(&script);
    }
}

/// Whether a new release is waiting to take over.
pub fn update_ready() -> bool {
    root_attribute(UPDATE_ATTRIBUTE).as_deref() == Some("ready")
}

/// Lets the waiting release take over, then reloads the page from it (once).
pub fn take_update() {
    ask("take");
}

/// Asks the server now whether there is a new release (a kiosk does at each idle reset).
pub fn check_for_update() {
    ask("check");
}
