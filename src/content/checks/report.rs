//! How a broken rule is reported ([`ContentError`], naming the file and the field), and the small checks every
//! part of the rules shares.

use super::super::model::*;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub field: String,
    pub message: String,
}

impl ContentError {
    pub fn new(file: impl Into<String>, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { file: file.into(), field: field.into(), message: message.into() }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.field, self.message)
        }
    }
}

/// Refuses ids in a list that are not options.
pub(super) fn check_option_ids(file: &str, field: &str, ids: &[String], errors: &mut Vec<ContentError>) {
    for (i, id) in ids.iter().enumerate() {
        if !OPTION_IDS.contains(&id.as_str()) {
            errors.push(ContentError::new(
                file,
                format!("{field}[{i}]"),
                format!("\"{id}\" is not an option id (the options are declared once, in `options!` in src/content/model.rs)"),
            ));
        }
    }
}

pub(super) fn file_name(bundle: &Bundle, relative: &str) -> String {
    format!("assets/content/{}/{relative}", bundle.lang)
}

pub(super) fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
