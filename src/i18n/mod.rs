//! Language: which content bundle the pages read. English is the default; more languages plug in as bundles.

use crate::content::{library, Bundle};
use yew::prelude::*;

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
        Self { bundle: library().bundle("en") }
    }
}

/// The content bundle for the current language.
#[hook]
pub fn use_bundle() -> &'static Bundle {
    use_context::<Language>().unwrap_or_else(Language::default_language).bundle
}
