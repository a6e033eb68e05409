//! The pages a link in the content may point at: a page of the page table (`routes`), with an option's or a
//! story's id that exists in the link's language.

use super::super::model::*;
use std::collections::BTreeSet;

/// The in-app paths a link may point at, for the language of one file.
pub(super) struct ValidPaths {
    pub(super) options: BTreeSet<String>,
    pub(super) stories: BTreeSet<String>,
}

impl ValidPaths {
    pub(super) fn for_file(library: &Library, file: &str) -> Self {
        let bundle = library
            .bundles
            .iter()
            .find(|b| file.contains(&format!("/{}/", b.lang)))
            .or_else(|| library.bundles.first());
        Self {
            options: bundle.map(|b| b.options.iter().map(|o| o.id.clone()).collect()).unwrap_or_default(),
            stories: bundle.map(|b| b.stories.iter().map(|s| s.id.clone()).collect()).unwrap_or_default(),
        }
    }

    /// Whether a link's path is a page of the page table (`routes`), with an option's or a story's id that exists.
    pub(super) fn allows(&self, href: &str) -> bool {
        use crate::routes::Route;
        let path = href.split('#').next().unwrap_or("");
        // Only the exact path: a trailing slash or `index.html` opens the page too, but content writes it one way.
        if path.is_empty() || path.ends_with('/') && path != "/" || path.ends_with("index.html") {
            return false;
        }
        match Route::from_path(path) {
            Route::NotFound => false,
            Route::Option { id } => self.options.contains(&id),
            Route::Story { id } => self.stories.contains(&id),
            _ => true,
        }
    }
}
