//! Which release this is: its version (Cargo.toml) and the date its content was last checked against the sources.
//! Shown on /about and written to `version.json` by the build (`prerender.rs`).

pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// Move it when the content is checked again (the /about page's "Dates and updates" promises at least once a year).
pub const CONTENT_DATE: &str = "2026-11-30";
