//! Content: the typed model, its markup, the rules it must meet, and how the app gets it.
//!
//! `build.rs` reads `assets/content/`, checks it (failing the build with file and field on any problem) and writes
//! compact files per language: what the start page needs, and one file per part only some pages show (`parts.rs`).
//! The browser app fetches, from its own origin, only the files of the language in use: before it starts, the
//! parts the first page shows; just after, the rest. Native builds (prerendering, tests) and the `embed-content`
//! feature compile every file in.

pub mod decode;
pub mod fnv;
pub mod markup;
pub mod model;
pub mod part_texts;
pub mod parts;
pub mod route_texts;
pub mod sorted;
pub mod ui;

#[cfg(not(target_arch = "wasm32"))]
pub mod checks;
#[cfg(not(target_arch = "wasm32"))]
pub mod pseudo;
#[cfg(not(target_arch = "wasm32"))]
pub mod quality;
#[cfg(not(target_arch = "wasm32"))]
pub mod review;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;

pub use model::*;
pub use sorted::{SortedMap, SortedSet};

include!(concat!(env!("OUT_DIR"), "/content_files.rs"));

/// What is true of a language, from its folder's `language.toml` (compiled in by build.rs for every language of
/// the build, so the language links can name each one before its content is here).
pub struct LanguageFacts {
    pub code: &'static str,
    /// Its name in itself.
    pub name: &'static str,
    /// Whether its text runs right to left.
    pub rtl: bool,
    /// The mark between groups of three digits, and the fewest digits a number needs before it is grouped.
    pub group_separator: &'static str,
    pub group_from_digits: usize,
    /// How a date is written: `{day}`, `{month}` (a name from `months`, January first) and `{year}`.
    pub date_pattern: &'static str,
    pub months: &'static [&'static str],
}

/// A language's facts, if this build has it.
pub fn language_facts(code: &str) -> Option<&'static LanguageFacts> {
    LANGUAGE_FACTS.iter().find(|facts| facts.code == code)
}

/// The languages this build has, the default first.
pub fn languages() -> Vec<&'static str> {
    LANGUAGE_FILES.iter().map(|(lang, _, _)| *lang).collect()
}

/// The language shown when nothing else is asked for: [`DEFAULT_LANGUAGE`], which the build puts first.
pub fn default_language() -> &'static str {
    LANGUAGE_FILES[0].0
}

/// The content of a language if it is loaded (the copy with the most parts), or else of the first language loaded.
pub fn bundle(lang: &str) -> &'static Bundle {
    loaded::get(lang).unwrap_or_else(loaded::first)
}

/// Whether a language's content is here, ready to show without waiting.
pub fn is_loaded(lang: &str) -> bool {
    loaded::get(lang).is_some()
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

impl LoadProblem {
    /// For the developer console (the release build formats no `Debug` output).
    pub fn describe(self) -> &'static str {
        match self {
            LoadProblem::Unknown => "no such language in this build",
            LoadProblem::Unreachable => "a file could not be fetched",
            LoadProblem::Damaged => "a file is damaged or from another version",
        }
    }
}

/// Makes a language's content ready with the parts in `wanted` (bits of [`parts::Part`]), fetching what is not
/// here yet; all the files needed are requested at once. Each file is fetched once per page load and kept, so
/// switching back and forth costs nothing.
pub async fn load(lang: &str, wanted: u32) -> Result<&'static Bundle, LoadProblem> {
    match loaded::get(lang) {
        Some(file) if file.parts & wanted == wanted => Ok(file),
        _ => loaded::fetch(lang, wanted).await,
    }
}

/// Every language compiled in, decoded once on first use, every part included.
#[cfg(content_embedded)]
mod loaded {
    use super::{decode, parts, Bundle, LoadProblem, LANGUAGE_BYTES};
    use std::sync::OnceLock;

    fn all() -> &'static [Bundle] {
        static FILES: OnceLock<Vec<Bundle>> = OnceLock::new();
        FILES.get_or_init(|| {
            // The bytes were written by build.rs from the same types, so a build that compiled decodes them.
            LANGUAGE_BYTES
                .chunks(1 + parts::PARTS.len())
                .map(|files| {
                    let mut file: Bundle = decode::from_bytes(files[0]).expect("a language file of this build");
                    for (part, bytes) in parts::PARTS.into_iter().zip(&files[1..]) {
                        assert!(parts::merge(&mut file, part, bytes), "{part:?} fits its language");
                    }
                    file
                })
                .collect()
        })
    }

    pub fn get(lang: &str) -> Option<&'static Bundle> {
        all().iter().find(|file| file.lang == lang)
    }

    pub fn first() -> &'static Bundle {
        &all()[0]
    }

    pub async fn fetch(_lang: &str, _wanted: u32) -> Result<&'static Bundle, LoadProblem> {
        Err(LoadProblem::Unknown)
    }
}

/// Files fetched so far. A language's content is rebuilt from its kept bytes each time parts arrive, and each
/// copy is kept for the life of the page (leaked once, so pages can hold plain `&'static` references). Start-up
/// fetches what the first page needs and then the rest in one go, so a language has at most three copies.
#[cfg(not(content_embedded))]
mod loaded {
    use super::{decode, parts, Bundle, LoadProblem, LANGUAGE_FILES};
    use std::cell::RefCell;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    thread_local! {
        static FILES: RefCell<Vec<&'static Bundle>> = const { RefCell::new(Vec::new()) };
        /// Every file as fetched: (language, part or None for the first file, bytes).
        static BYTES: RefCell<Vec<(String, Option<parts::Part>, Vec<u8>)>> = const { RefCell::new(Vec::new()) };
    }

    /// The most complete copy of a language: copies with more parts are stored after those with fewer.
    pub fn get(lang: &str) -> Option<&'static Bundle> {
        FILES.with(|files| files.borrow().iter().rev().copied().find(|file| file.lang == lang))
    }

    pub fn first() -> &'static Bundle {
        FILES.with(|files| files.borrow().first().copied()).expect("the app loads a language before it starts")
    }

    fn kept_bytes(lang: &str, part: Option<parts::Part>) -> bool {
        BYTES.with(|kept| kept.borrow().iter().any(|(l, p, _)| l == lang && *p == part))
    }

    pub async fn fetch(lang: &str, wanted: u32) -> Result<&'static Bundle, LoadProblem> {
        let (_, core_name, part_names) =
            LANGUAGE_FILES.iter().find(|(l, _, _)| *l == lang).ok_or(LoadProblem::Unknown)?;
        // Every request starts before any is awaited.
        let mut requests = Vec::new();
        if !kept_bytes(lang, None) {
            requests.push((None, request(core_name)?));
        }
        for (part, name) in parts::PARTS.into_iter().zip(part_names) {
            if wanted & part.bit() != 0 && !kept_bytes(lang, Some(part)) {
                requests.push((Some(part), request(name)?));
            }
        }
        let mut outcome = Ok(());
        for (part, request) in requests {
            match receive(request).await {
                Ok(bytes) => BYTES.with(|kept| kept.borrow_mut().push((lang.to_string(), part, bytes))),
                Err(problem) => outcome = Err(problem),
            }
        }
        // Build the language from everything kept so far, even if one of the parts failed.
        let (built, dropped) = build(lang)?;
        if dropped {
            outcome = Err(LoadProblem::Damaged);
        }
        let file = if get(lang).is_some_and(|have| have.parts == built.parts) {
            get(lang).ok_or(LoadProblem::Unreachable)?
        } else {
            let file: &'static Bundle = Box::leak(Box::new(built));
            FILES.with(|files| files.borrow_mut().push(file));
            file
        };
        outcome.map(|_| file)
    }

    /// The language's content from its kept first file and parts, and whether a part had to be dropped because it
    /// did not fit (it is fetched again next time).
    fn build(lang: &str) -> Result<(Bundle, bool), LoadProblem> {
        BYTES.with(|kept| {
            let mut kept = kept.borrow_mut();
            let core = kept.iter().find(|(l, p, _)| l == lang && p.is_none()).ok_or(LoadProblem::Unreachable)?;
            let file = decode::from_bytes::<Bundle>(&core.2).filter(|f| f.lang == lang && f.parts == 0);
            let Some(mut file) = file else {
                kept.retain(|(l, p, _)| !(l == lang && p.is_none()));
                return Err(LoadProblem::Damaged);
            };
            let mut dropped = false;
            kept.retain(|(l, part, bytes)| match part {
                Some(part) if l == lang => {
                    let fits = parts::merge(&mut file, *part, bytes);
                    dropped |= !fits;
                    fits
                }
                _ => true,
            });
            Ok((file, dropped))
        })
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
        references: bundle(default_language()).references.clone(),
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
    /// A reference by key. Its details are empty until the "sources" part is in.
    pub fn reference(&self, key: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.key == key)
    }

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
