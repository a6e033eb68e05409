//! Language: which content bundle the pages read, switchable on every page. English is the default. How the parts
//! of its content are coming, and trying again when one could not come: `part_loading.rs`.

use crate::content::{self, Bundle};
use yew::prelude::*;

pub mod part_loading;

/// The language in use, shared with every page through a context.
#[derive(Clone, Debug)]
pub struct Language {
    pub bundle: &'static Bundle,
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.bundle, other.bundle)
    }
}

impl Language {
    pub fn default_language() -> Self {
        Self::of(content::default_language())
    }

    /// A language whose content is loaded (see [`content::load`]); otherwise the first language loaded.
    pub fn of(lang: &str) -> Self {
        Self { bundle: content::bundle(lang) }
    }
}

/// Which way a language's text runs ("ltr" or "rtl"), as its `language.toml` says.
pub fn text_direction(lang: &str) -> &'static str {
    match content::language_facts(lang) {
        Some(facts) if facts.rtl => "rtl",
        _ => "ltr",
    }
}

/// The language the app opens in: the one the address asks for (`?lang=es`, or its prefix, `/es/…`) if this build
/// has it and the site offers it; otherwise the default, or the first language the site offers when it does not
/// offer the default. Its content is loaded before the app starts (see `main.rs`). A kiosk goes back to it after
/// each person.
pub fn start_language() -> String {
    // The site file keeps only languages this build has (`config::languages`).
    let offered: Vec<String> = crate::config::with_at_start(|site| match site {
        Some((config, _)) => config.languages.clone(),
        None => languages().into_iter().map(str::to_string).collect(),
    });
    let default = content::default_language().to_string();
    // At the front door the site's first language (`default_language`) opens; an address in a language keeps it.
    if crate::platform::address::address_is_front_door() && cfg!(target_arch = "wasm32") {
        if let Some(first) = offered.first() {
            return first.clone();
        }
    }
    crate::platform::address::address_param("lang")
        .into_iter()
        .chain([crate::platform::address::address_language().to_string(), default.clone()])
        .find(|lang| offered.contains(lang))
        .or_else(|| offered.first().cloned())
        .unwrap_or(default)
}

/// The languages this build has content for, loaded or not.
pub fn languages() -> Vec<&'static str> {
    content::languages()
}

/// A language's name in that language.
pub fn language_name(code: &str) -> &str {
    content::language_facts(code).map_or(code, |facts| facts.name)
}

/// The shared, switchable language.
pub type LanguageHandle = UseStateHandle<Language>;

/// Switches every page to a language: at once when its content is here, otherwise once its file has been fetched.
/// If it cannot be fetched, the page stays in its language and `unavailable` runs (the caller says why).
pub fn switch_language(language: &LanguageHandle, code: &str, unavailable: impl FnOnce() + 'static) {
    if content::is_loaded(code) {
        language.set(Language::of(code));
        return;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let (language, code) = (language.clone(), code.to_string());
        wasm_bindgen_futures::spawn_local(async move {
            match content::load(&code, 0).await {
                Ok(_) => language.set(Language::of(&code)),
                Err(_) => unavailable(),
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    unavailable();
}

/// The content bundle for the current language.
#[hook]
pub fn use_bundle() -> &'static Bundle {
    use_context::<LanguageHandle>().map(|h| (*h).clone()).unwrap_or_else(Language::default_language).bundle
}

#[hook]
pub fn use_language() -> Option<LanguageHandle> {
    use_context::<LanguageHandle>()
}

/// A whole number written the language's way (its `language.toml`): "1,000" in English, "1000" and "122 885" in
/// Spanish.
pub fn format_count(n: u32, lang: &str) -> String {
    let digits = n.to_string();
    let Some(facts) = content::language_facts(lang).filter(|facts| digits.len() >= facts.group_from_digits) else {
        return digits;
    };
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(facts.group_separator);
        }
        out.push(ch);
    }
    out
}

/// A date (YYYY-MM-DD) written the language's way (its `language.toml`): "December 7, 2026", "7 de diciembre de
/// 2026". Anything else is shown as it is.
pub fn format_date(iso: &str, lang: &str) -> String {
    // Read by hand (the wasm stays small): "YYYY-MM-DD" only, with a month 01–12 and a day 01–31.
    let b = iso.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    let two = |at: usize| usize::from(b[at] - b'0') * 10 + usize::from(b[at + 1] - b'0');
    let (Some(facts), true) = (content::language_facts(lang), shaped) else { return iso.to_string() };
    match (facts.months.get(two(5).wrapping_sub(1)), two(8)) {
        (Some(month), day @ 1..=31) => {
            facts.date_pattern.replace("{day}", &day.to_string()).replace("{month}", month).replace("{year}", &iso[..4])
        }
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_follow_the_language() {
        assert_eq!(format_count(1000, "en"), "1,000");
        assert_eq!(format_count(122885, "en"), "122,885");
        assert_eq!(format_count(1000, "es"), "1000");
        assert_eq!(format_count(122885, "es"), "122\u{a0}885");
        assert_eq!(format_count(36, "es"), "36");
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(format_date("2026-12-07", "en"), "December 7, 2026");
        assert_eq!(format_date("2026-01-31", "es"), "31 de enero de 2026");
        // Not a date: shown as it is.
        assert_eq!(format_date("2026-13-07", "en"), "2026-13-07");
        assert_eq!(format_date("soon", "es"), "soon");
        assert_eq!(format_date("abcé-12-07", "en"), "abcé-12-07");
        assert_eq!(format_date("2026-12-00", "en"), "2026-12-00");
        assert_eq!(format_date("2026-12-07", "xx"), "2026-12-07");
    }

    #[test]
    fn names_and_directions_come_from_the_language_folders() {
        assert_eq!(language_name("es"), "Español");
        assert_eq!(language_name("xx"), "xx");
        assert_eq!(text_direction("es"), "ltr");
        assert_eq!(text_direction("xx"), "ltr");
    }
}
