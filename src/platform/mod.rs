//! The browser at the edge: the address ([`address`]), storage ([`storage`]), and the few actions the tools need: today's date, printing,
//! saving a file and opening a dialog as a modal. Whether a page offers them is not decided here: the setting's
//! `Policy` does (`may_print`, `may_use_files`), and /summary asks it before it shows the buttons. (Opening a saved
//! file is read on /summary itself, with `gloo::file`.)

pub mod address;
pub mod offline;
pub mod storage;

use wasm_bindgen::JsCast;

/// Today's date as YYYY-MM-DD, in the person's own time zone.
pub fn today() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    let date = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Saves text as a file on this device. Nothing leaves the device: the browser writes the file from memory.
/// False when the page could not start the download.
pub fn save_file(name: &str, mime: &str, text: &str) -> bool {
    let blob = gloo::file::Blob::new_with_options(text, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let Ok(anchor) = document.create_element("a") else { return false };
    let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() else { return false };
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // Release the object URL once the download has started.
    gloo::timers::callback::Timeout::new(2_000, move || drop(url)).forget();
    true
}

/// Opens a dialog as a modal (the page behind is inert; the exit script keeps the quick exit inside it) or closes it.
pub fn modal(dialog: &yew::NodeRef, open: bool) {
    if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
        if open && !d.open() {
            let _ = d.show_modal();
        } else if !open && d.open() {
            d.close();
        }
    }
}
