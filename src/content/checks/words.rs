//! The rules for every text a person reads, in every file: no word the language avoids, a source for every
//! number, citations that resolve and links to pages that exist.

use super::super::markup::{self, Block, Inline};
use super::super::model::*;
use super::paths::ValidPaths;
use super::report::*;
use std::collections::HashSet;

/// Keys whose values are identifiers or paths, not text a person reads.
pub const NON_TEXT_KEYS: [&str; 13] = [
    "id",
    "path",
    "key",
    "options",
    "experiences",
    "related_stories",
    "lang",
    "ending",
    "endings",
    "did_not_fit",
    "myth_against",
    "myth_for",
    "design",
];
/// Tokens with digits that are names, not statistics.
pub const NUMBER_NAMES: [&str; 2] = ["12-step", "24/7"];

/// Every text a person reads, in every file: a language's texts are held to its own words to avoid; a shared file
/// (the references), to every language's.
pub(super) fn check_texts(
    library: &Library,
    languages: &[LanguageFile],
    files: &[(String, toml::Value)],
    reference_keys: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) {
    for (file, value) in files {
        let valid_paths = ValidPaths::for_file(library, file);
        let own = library.bundles.iter().zip(languages).find(|(b, _)| file.contains(&format!("/{}/", b.lang)));
        let avoid: Vec<&AvoidGroup> = match own {
            Some((_, language)) => language.avoid.iter().collect(),
            None => languages.iter().flat_map(|l| &l.avoid).collect(),
        };
        let mut walker = TextWalker { file, reference_keys, valid_paths, avoid: &avoid, errors };
        walker.walk(value, "");
    }
}

/// Walks every string in a file and applies the text rules, tracking the field path for messages.
struct TextWalker<'a> {
    file: &'a str,
    reference_keys: &'a HashSet<&'a str>,
    valid_paths: ValidPaths,
    /// The words to avoid in this file's language.
    avoid: &'a [&'a AvoidGroup],
    errors: &'a mut Vec<ContentError>,
}

impl TextWalker<'_> {
    fn walk(&mut self, value: &toml::Value, path: &str) {
        match value {
            toml::Value::Table(table) => {
                for (key, child) in table {
                    if NON_TEXT_KEYS.contains(&key.as_str()) {
                        continue;
                    }
                    let child_path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                    self.walk(child, &child_path);
                }
            }
            toml::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    self.walk(child, &format!("{path}[{i}]"));
                }
            }
            toml::Value::String(text) => self.check_text(path, text),
            _ => {}
        }
    }

    fn last_key(path: &str) -> &str {
        let last = path.rsplit('.').next().unwrap_or(path);
        last.split('[').next().unwrap_or(last)
    }

    fn check_text(&mut self, path: &str, text: &str) {
        let key = Self::last_key(path);
        let is_references = self.file.ends_with("references.toml");
        let is_contacts = self.file.ends_with("contacts.toml");

        // Paper titles, author names and journal names are citations, not our words.
        let cited_words = (is_references && matches!(key, "title" | "authors" | "published_in"))
            // The language guide names the words to avoid, and so does the language's own list.
            || (self.file.ends_with("professionals.toml") && key == "avoid")
            || (self.file.ends_with("language.toml") && key == "words");
        if !cited_words {
            if let Some(word) = forbidden_word(text, self.avoid) {
                self.error(path, format!("uses \"{word}\"; use person-first words instead (see docs/CONTENT.md)"));
            }
        }

        // A reference's own finding is sourced by definition; phone numbers and opening hours are not statistics.
        let numbers_exempt =
            is_references || (is_contacts && matches!(key, "phone" | "text_number" | "hours" | "fallback"));
        if !numbers_exempt {
            for sentence in markup::sentence_units(text) {
                if has_statistic(&sentence) && !sentence.contains("[@") {
                    self.error(
                        path,
                        format!("a number needs a source: add a [@key] citation to \"{}\"", shorten(&sentence)),
                    );
                }
            }
        }

        for block in markup::parse(text) {
            let lines = match block {
                Block::Paragraph(inlines) => vec![inlines],
                Block::List(items) => items,
            };
            for inline in lines.into_iter().flatten() {
                match inline {
                    Inline::Cite(cited) if !self.reference_keys.contains(cited.as_str()) => {
                        self.error(path, format!("cites [@{cited}], which is not in assets/content/references.toml"));
                    }
                    Inline::Link { href, .. } if !self.valid_paths.allows(&href) => {
                        self.error(path, format!("links to \"{href}\", which is not a page of the app"));
                    }
                    _ => {}
                }
            }
        }
    }

    fn error(&mut self, path: &str, message: String) {
        self.errors.push(ContentError::new(self.file, path, message));
    }
}

/// The first word or phrase to avoid in the text, if any: matched whole, in any case, with or without accents.
pub fn forbidden_word(text: &str, avoid: &[&AvoidGroup]) -> Option<String> {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(without_accents).collect()
    };
    let text = words(text);
    let phrases: Vec<(&String, Vec<String>)> =
        avoid.iter().flat_map(|group| &group.words).map(|phrase| (phrase, words(phrase))).collect();
    for start in 0..text.len() {
        for (phrase, phrase_words) in &phrases {
            if !phrase_words.is_empty() && text[start..].starts_with(phrase_words) {
                return Some(phrase.to_lowercase());
            }
        }
    }
    None
}

/// A word in lower case with its vowels' accents taken off ("Toxicómano" is "toxicomano"), so a word to avoid is
/// caught however it is typed.
fn without_accents(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// Whether a sentence states a number (ignoring link targets and names like "12-step").
pub fn has_statistic(sentence: &str) -> bool {
    let mut text = sentence.to_string();
    for name in NUMBER_NAMES {
        text = text.replace(name, "");
    }
    // Drop link targets: `](/path)`.
    let mut cleaned = String::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("](") {
        cleaned.push_str(&rest[..start]);
        rest = match rest[start..].find(')') {
            Some(end) => &rest[start + end + 1..],
            None => "",
        };
    }
    cleaned.push_str(rest);
    // A year on its own ("written in November 2026") is a date, not a statistic.
    cleaned
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .any(|run| !(run.len() == 4 && (run.starts_with("19") || run.starts_with("20"))))
}

fn shorten(sentence: &str) -> String {
    let mut short: String = sentence.chars().take(90).collect();
    if short.len() < sentence.len() {
        short.push('…');
    }
    short
}
