//! Content: the typed model, its markup, the rules it must meet, and the compiled-in copy the app reads.
//!
//! `build.rs` reads `assets/content/`, checks it (failing the build with file and field on any problem) and writes
//! a compact binary copy that is compiled into the app, so nothing is fetched at run time.

pub mod markup;
pub mod model;

#[cfg(not(target_arch = "wasm32"))]
pub mod checks;
#[cfg(not(target_arch = "wasm32"))]
pub mod quality;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;

pub use model::*;

use std::sync::OnceLock;

static LIBRARY_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// The content compiled into this build. Decoded once, on first use, and kept for the life of the page.
pub fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        // The bytes were written by build.rs from the same types, so decoding cannot fail for a build that compiled.
        postcard::from_bytes(LIBRARY_BYTES).expect("content.bin matches the content model")
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
