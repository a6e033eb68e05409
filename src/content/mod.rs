//! Content: the typed model, its markup, the rules it must meet, and how the app gets it.
//!
//! `build.rs` reads `assets/content/`, checks it (failing the build with file and field on any problem) and writes
//! one compact file per language. The browser app fetches only the file of the language in use, from its own
//! origin, before it starts (and another when the person switches language); native builds (prerendering, tests)
//! and the `embed-content` feature compile every file in.

pub mod decode;
pub mod markup;
pub mod model;

#[cfg(not(target_arch = "wasm32"))]
pub mod checks;
#[cfg(not(target_arch = "wasm32"))]
pub mod quality;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/content_files.rs"));

/// The languages this build has, the default first.
pub fn languages() -> Vec<&'static str> {
    LANGUAGE_FILES.iter().map(|(lang, _)| *lang).collect()
}

/// The language shown when nothing else is asked for.
pub fn default_language() -> &'static str {
    LANGUAGE_FILES[0].0
}

/// The content of a language if it is loaded, or else of the first language loaded.
pub fn bundle(lang: &str) -> &'static Bundle {
    &loaded::get(lang).unwrap_or_else(loaded::first).bundle
}

/// Whether a language's content is here, ready to show without waiting.
pub fn is_loaded(lang: &str) -> bool {
    loaded::get(lang).is_some()
}

/// Every reference, in the order of `references.toml`.
pub fn references() -> &'static [Reference] {
    &loaded::first().references
}

pub fn reference(key: &str) -> Option<&'static Reference> {
    references().iter().find(|r| r.key == key)
}

/// Why a language could not be loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadProblem {
    /// This build has no such language.
    Unknown,
    /// The file could not be fetched (offline before the app was ever kept for offline use, or a server problem).
    Unreachable,
    /// The file arrived but is not what this build wrote (damaged, or from another version).
    Damaged,
}

/// Makes a language's content ready, fetching its file if it is not here yet. Each language is fetched at most
/// once per page load and then kept, so switching back and forth costs nothing.
pub async fn load(lang: &str) -> Result<&'static Bundle, LoadProblem> {
    if let Some(file) = loaded::get(lang) {
        return Ok(&file.bundle);
    }
    loaded::fetch(lang).await.map(|file| &file.bundle)
}

/// Every language compiled in, decoded once on first use.
#[cfg(content_embedded)]
mod loaded {
    use super::{decode, LanguageFile, LoadProblem, LANGUAGE_BYTES};
    use std::sync::OnceLock;

    fn all() -> &'static [LanguageFile] {
        static FILES: OnceLock<Vec<LanguageFile>> = OnceLock::new();
        FILES.get_or_init(|| {
            // The bytes were written by build.rs from the same types, so a build that compiled decodes them.
            LANGUAGE_BYTES.iter().map(|bytes| decode::from_bytes(bytes).expect("a language file of this build")).collect()
        })
    }

    pub fn get(lang: &str) -> Option<&'static LanguageFile> {
        all().iter().find(|file| file.bundle.lang == lang)
    }

    pub fn first() -> &'static LanguageFile {
        &all()[0]
    }

    pub async fn fetch(_lang: &str) -> Result<&'static LanguageFile, LoadProblem> {
        Err(LoadProblem::Unknown)
    }
}

/// Languages fetched so far. Each is kept for the life of the page (leaked once, so pages can hold plain
/// `&'static` references); at most one per language, so memory stays bounded however often the person switches.
#[cfg(not(content_embedded))]
mod loaded {
    use super::{decode, LanguageFile, LoadProblem, LANGUAGE_FILES};
    use std::cell::RefCell;
    use wasm_bindgen::JsCast;

    thread_local! {
        static FILES: RefCell<Vec<&'static LanguageFile>> = const { RefCell::new(Vec::new()) };
    }

    pub fn get(lang: &str) -> Option<&'static LanguageFile> {
        FILES.with(|files| files.borrow().iter().copied().find(|file| file.bundle.lang == lang))
    }

    pub fn first() -> &'static LanguageFile {
        FILES.with(|files| files.borrow().first().copied()).expect("the app loads a language before it starts")
    }

    pub async fn fetch(lang: &str) -> Result<&'static LanguageFile, LoadProblem> {
        let (_, name) = LANGUAGE_FILES.iter().find(|(l, _)| *l == lang).ok_or(LoadProblem::Unknown)?;
        let bytes = fetch_bytes(name).await.ok_or(LoadProblem::Unreachable)?;
        let file: LanguageFile = decode::from_bytes(&bytes).ok_or(LoadProblem::Damaged)?;
        if file.bundle.lang != lang {
            return Err(LoadProblem::Damaged);
        }
        // Two switches in quick succession may both fetch; keep the first copy.
        if let Some(file) = get(lang) {
            return Ok(file);
        }
        let file: &'static LanguageFile = Box::leak(Box::new(file));
        FILES.with(|files| files.borrow_mut().push(file));
        Ok(file)
    }

    /// A GET for one of the app's own files (relative to `<base href>`, so it works under any sub-path).
    async fn fetch_bytes(name: &str) -> Option<Vec<u8>> {
        use wasm_bindgen_futures::JsFuture;
        let window = web_sys::window()?;
        let response: web_sys::Response = JsFuture::from(window.fetch_with_str(name)).await.ok()?.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
        Some(js_sys::Uint8Array::new(&buffer).to_vec())
    }
}

/// Every language at once, for prerendering and tests.
#[cfg(not(target_arch = "wasm32"))]
pub fn library() -> &'static Library {
    static LIBRARY: std::sync::OnceLock<Library> = std::sync::OnceLock::new();
    LIBRARY.get_or_init(|| Library {
        references: references().to_vec(),
        bundles: languages().into_iter().map(|lang| bundle(lang).clone()).collect(),
    })
}

impl Library {
    /// The bundle for a language, or the first (default) bundle.
    pub fn bundle(&self, lang: &str) -> &Bundle {
        self.bundles.iter().find(|b| b.lang == lang).unwrap_or(&self.bundles[0])
    }

    pub fn reference(&self, key: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.key == key)
    }
}

impl Bundle {
    pub fn option(&self, id: &str) -> Option<&OptionPage> {
        self.options.iter().find(|o| o.id == id)
    }

    pub fn story(&self, id: &str) -> Option<&Story> {
        self.stories.iter().find(|s| s.id == id)
    }
}

/// The keys of every reference cited in a piece of markup, in order of first use.
pub fn cited_keys<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for text in texts {
        for block in markup::parse(text) {
            let lines = match block {
                markup::Block::Paragraph(inlines) => vec![inlines],
                markup::Block::List(items) => items,
            };
            for inline in lines.into_iter().flatten() {
                if let markup::Inline::Cite(key) = inline {
                    if !keys.contains(&key) {
                        keys.push(key);
                    }
                }
            }
        }
    }
    keys
}
