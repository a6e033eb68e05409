//! The browser's address: reading it (path, query, the path the app is served under) and moving it without loading
//! a page. An address is a page in a language: `/options/taper` in the default language, `/es/options/taper` in
//! Spanish ([`split_language`]). Empty when prerendering, where there is no browser.

/// Moves the browser's address without loading a page: a new history entry, or in place of the current one.
pub fn set_address(url: &str, replace: bool) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
        };
    }
}

/// A parameter of the browser's address, e.g. `?mode=kiosk&lang=es`. (None when prerendering.)
pub fn address_param(name: &str) -> Option<String> {
    let search = read_address().1;
    let prefix = format!("{name}=");
    search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix(prefix.as_str()).map(str::to_string))
}

/// The language of the browser's address: its prefix ("/es/…"), or the default language.
pub fn address_language() -> &'static str {
    split_language(&address_path(&base_path())).0
}

/// Whether the browser's address is the app's front door (the start page in the default language, no `?lang=`):
/// there a site file's `default_language` chooses the language.
pub fn address_is_front_door() -> bool {
    let path = address_path(&base_path());
    address_param("lang").is_none() && matches!(path.as_str(), "/" | "/index.html")
}

/// The browser address's path and query (empty when prerendering).
pub fn read_address() -> (String, String) {
    if cfg!(not(target_arch = "wasm32")) {
        return Default::default();
    }
    let location = gloo::utils::window().location();
    (location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
}

/// The path part of the document's base address, without the trailing slash: "" at a site root.
pub fn base_path() -> String {
    if cfg!(not(target_arch = "wasm32")) {
        return String::new();
    }
    let base = gloo::utils::document().base_uri().ok().flatten().unwrap_or_default();
    let after_scheme = base.split_once("://").map_or(base.as_str(), |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |at| &after_scheme[at..]);
    let path = path.split(['?', '#']).next().unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// The address path (with its language prefix) of the browser's current address.
pub fn address_path(base: &str) -> String {
    let full = read_address().0;
    let path = full.strip_prefix(base).unwrap_or(&full);
    if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    }
}

/// Splits an address's path into its language and its app path: "/es/options/taper" is Spanish at
/// "/options/taper"; a path without a language prefix is in the default language. Only languages this build has
/// count (any other first segment is part of the path).
pub fn split_language(path: &str) -> (&'static str, &str) {
    let default = crate::content::default_language();
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let (first, rest) = match trimmed.find('/') {
        Some(at) => (&trimmed[..at], &trimmed[at..]),
        None => (trimmed, "/"),
    };
    match crate::content::languages().into_iter().find(|lang| *lang == first && *lang != default) {
        Some(lang) => (lang, rest),
        None => (default, path),
    }
}

/// The prefix a language's addresses carry: "" for the default language, "/es" for Spanish.
pub fn language_prefix(lang: &str) -> String {
    if lang == crate::content::default_language() {
        String::new()
    } else {
        format!("/{lang}")
    }
}
