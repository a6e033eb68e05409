//! Content: the typed model, its markup, the rules it must meet, and how the app gets it.
//!
//! `build.rs` reads `assets/content/`, checks it (failing the build with file and field on any problem) and writes
//! two compact files per language: what every page needs, and the long texts only some pages show (`reading.rs`).
//! The browser app fetches, from its own origin, only the files of the language in use: the long texts before it
//! starts when the page shows them, otherwise just after. Native builds (prerendering, tests) and the
//! `embed-content` feature compile every file in.

pub mod decode;
pub mod markup;
pub mod model;
pub mod reading;
pub mod sorted;

#[cfg(not(target_arch = "wasm32"))]
pub mod checks;
#[cfg(not(target_arch = "wasm32"))]
pub mod quality;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;

pub use model::*;
pub use sorted::{SortedMap, SortedSet};

include!(concat!(env!("OUT_DIR"), "/content_files.rs"));

/// The languages this build has, the default first.
pub fn languages() -> Vec<&'static str> {
    LANGUAGE_FILES.iter().map(|(lang, _, _)| *lang).collect()
}

/// The language shown when nothing else is asked for.
pub fn default_language() -> &'static str {
    LANGUAGE_FILES[0].0
}

/// The content of a language if it is loaded (with its long texts, once they are), or else of the first language
/// loaded.
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
    /// A file could not be fetched (offline before the app was ever kept for offline use, or a server problem).
    Unreachable,
    /// A file arrived but is not what this build wrote (damaged, or from another version).
    Damaged,
}

/// Makes a language's content ready, fetching what is not here yet; `with_reading` asks for its long texts too
/// (both files are then requested at once). Each file is fetched once per page load and then kept, so switching
/// back and forth costs nothing.
pub async fn load(lang: &str, with_reading: bool) -> Result<&'static Bundle, LoadProblem> {
    match loaded::get(lang) {
        Some(file) if file.bundle.complete || !with_reading => Ok(&file.bundle),
        _ => loaded::fetch(lang, with_reading).await.map(|file| &file.bundle),
    }
}

/// Every language compiled in, decoded once on first use, long texts included.
#[cfg(content_embedded)]
mod loaded {
    use super::{decode, reading, LanguageFile, LoadProblem, Reading, LANGUAGE_BYTES};
    use std::sync::OnceLock;

    fn all() -> &'static [LanguageFile] {
        static FILES: OnceLock<Vec<LanguageFile>> = OnceLock::new();
        FILES.get_or_init(|| {
            // The bytes were written by build.rs from the same types, so a build that compiled decodes them.
            LANGUAGE_BYTES
                .chunks(2)
                .map(|pair| {
                    let mut file: LanguageFile = decode::from_bytes(pair[0]).expect("a language file of this build");
                    let texts: Reading = decode::from_bytes(pair[1]).expect("a long-text file of this build");
                    assert!(reading::merge(&mut file.bundle, texts), "the long texts fit their language");
                    file
                })
                .collect()
        })
    }

    pub fn get(lang: &str) -> Option<&'static LanguageFile> {
        all().iter().find(|file| file.bundle.lang == lang)
    }

    pub fn first() -> &'static LanguageFile {
        &all()[0]
    }

    pub async fn fetch(_lang: &str, _with_reading: bool) -> Result<&'static LanguageFile, LoadProblem> {
        Err(LoadProblem::Unknown)
    }
}

/// Files fetched so far. Each is kept for the life of the page (leaked once, so pages can hold plain `&'static`
/// references): at most two per language (without and with its long texts), so memory stays bounded however
/// often the person switches.
#[cfg(not(content_embedded))]
mod loaded {
    use super::{decode, reading, LanguageFile, LoadProblem, Reading, LANGUAGE_FILES};
    use std::cell::RefCell;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    thread_local! {
        static FILES: RefCell<Vec<&'static LanguageFile>> = const { RefCell::new(Vec::new()) };
        /// Each language's first file as fetched. Decoding it again gives an owned copy to add the long texts to,
        /// with far less code than a deep `Clone` of the whole model.
        static CORE_BYTES: RefCell<Vec<(String, Vec<u8>)>> = const { RefCell::new(Vec::new()) };
    }

    /// The most complete copy of a language: the one with its long texts is stored after the one without.
    pub fn get(lang: &str) -> Option<&'static LanguageFile> {
        FILES.with(|files| files.borrow().iter().rev().copied().find(|file| file.bundle.lang == lang))
    }

    pub fn first() -> &'static LanguageFile {
        FILES.with(|files| files.borrow().first().copied()).expect("the app loads a language before it starts")
    }

    fn keep(file: LanguageFile) -> &'static LanguageFile {
        // Two loads in quick succession may both fetch; keep the first copy.
        if let Some(kept) = get(&file.bundle.lang).filter(|kept| kept.bundle.complete || !file.bundle.complete) {
            return kept;
        }
        let file: &'static LanguageFile = Box::leak(Box::new(file));
        FILES.with(|files| files.borrow_mut().push(file));
        file
    }

    pub async fn fetch(lang: &str, with_reading: bool) -> Result<&'static LanguageFile, LoadProblem> {
        let (_, core_name, reading_name) =
            LANGUAGE_FILES.iter().find(|(l, _, _)| *l == lang).ok_or(LoadProblem::Unknown)?;
        let have = get(lang);
        // Both requests start before either is awaited.
        let core_request = if have.is_none() { Some(request(core_name)?) } else { None };
        let reading_request = if with_reading { Some(request(reading_name)?) } else { None };

        let core = match (core_request, have) {
            (Some(request), _) => {
                let bytes = receive(request).await?;
                let file = decode_core(lang, &bytes)?;
                CORE_BYTES.with(|kept| kept.borrow_mut().push((lang.to_string(), bytes)));
                keep(file)
            }
            (None, Some(have)) => have,
            (None, None) => return Err(LoadProblem::Unreachable),
        };
        let Some(request) = reading_request else { return Ok(core) };
        let texts: Reading = decode::from_bytes(&receive(request).await?).ok_or(LoadProblem::Damaged)?;
        if let Some(done) = get(lang).filter(|file| file.bundle.complete) {
            return Ok(done);
        }
        let mut full = CORE_BYTES
            .with(|kept| kept.borrow().iter().find(|(l, _)| l == lang).map(|(_, bytes)| decode_core(lang, bytes)))
            .ok_or(LoadProblem::Unreachable)??;
        if !reading::merge(&mut full.bundle, texts) {
            return Err(LoadProblem::Damaged);
        }
        Ok(keep(full))
    }

    fn decode_core(lang: &str, bytes: &[u8]) -> Result<LanguageFile, LoadProblem> {
        let file: LanguageFile = decode::from_bytes(bytes).ok_or(LoadProblem::Damaged)?;
        if file.bundle.lang != lang || file.bundle.complete {
            return Err(LoadProblem::Damaged);
        }
        Ok(file)
    }

    /// Starts a GET for one of the app's own files (relative to `<base href>`, so it works under any sub-path).
    fn request(name: &str) -> Result<JsFuture, LoadProblem> {
        let window = web_sys::window().ok_or(LoadProblem::Unreachable)?;
        Ok(JsFuture::from(window.fetch_with_str(name)))
    }

    async fn receive(request: JsFuture) -> Result<Vec<u8>, LoadProblem> {
        let response: web_sys::Response =
            request.await.ok().and_then(|r| r.dyn_into().ok()).ok_or(LoadProblem::Unreachable)?;
        if !response.ok() {
            return Err(LoadProblem::Unreachable);
        }
        let body = response.array_buffer().map_err(|_| LoadProblem::Unreachable)?;
        let buffer = JsFuture::from(body).await.map_err(|_| LoadProblem::Unreachable)?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
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
