//! The content rules. Each broken rule becomes a [`ContentError`] that names the file and the field, so a writer
//! can find and mend it. Native only (build script and tests). The rules come in four parts:
//! - `bundle.rs`: each language's own content (options, stories, tools, prompts, the short layer, how to start);
//! - `parity.rs`: what a language's `language.toml` holds, and that every language has what the default has;
//! - `words.rs`: every text a person reads (words to avoid, numbers with sources, citations and links);
//! - `paths.rs`: the pages a link may point at.

mod bundle;
mod parity;
mod paths;
mod report;
mod words;

pub use bundle::{
    glance_words, story_endings, GLANCE_MAX_WORDS, GLANCE_MAX_WORDS_TRANSLATED, MIN_STORIES_ENDING_ON_EACH_OPTION,
};
pub use parity::{check_message_variables, check_parity};
pub use report::ContentError;
pub use words::{forbidden_word, has_statistic, NON_TEXT_KEYS, NUMBER_NAMES};

use super::model::*;
use std::collections::HashSet;

/// Every content rule. `languages` are the languages' `language.toml`, in the library's order.
pub fn check_all(library: &Library, languages: &[LanguageFile], files: &[(String, toml::Value)]) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let reference_keys: HashSet<&str> = library.references.iter().map(|r| r.key.as_str()).collect();
    for (bundle, language) in library.bundles.iter().zip(languages) {
        parity::check_language(bundle, language, &mut errors);
    }

    bundle::check_references(library, files, &mut errors);
    check_parity(library, &mut errors);
    for bundle in &library.bundles {
        let default_language = library.bundles.first().is_some_and(|first| first.lang == bundle.lang);
        bundle::check_glance(bundle, default_language, &mut errors);
    }
    check_message_variables(library, &mut errors);
    for bundle in &library.bundles {
        bundle::check_bundle(bundle, &reference_keys, &mut errors);
    }
    words::check_texts(library, languages, files, &reference_keys, &mut errors);
    errors
}
