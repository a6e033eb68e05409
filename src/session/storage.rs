//! What OwnPath keeps in this browser, and in what form. Only `keeping.rs`, the one home of the storage rule, calls
//! this: it asks the policy when. One versioned key, in the same format as the saved file, so the same checks
//! refuse damaged or foreign data. The browser's storage itself is reached through `platform::storage`.

use super::file::{decode_answers, encode_answers};
use super::state::SessionState;
use crate::platform::storage as browser;
pub use crate::platform::storage::Problem;

/// The one key OwnPath keeps answers under.
pub const KEY: &str = "ownpath:answers:v1";
/// Where unreadable data is moved, so nothing is silently lost (and "forget" still removes it). A second set-aside
/// goes to `ownpath:set-aside:2`, and so on: one never overwrites another.
pub const SET_ASIDE_KEY: &str = "ownpath:set-aside";
/// What every key OwnPath stores begins with (the exit script wipes them all by it).
pub const PREFIX: &str = "ownpath:";

#[derive(Debug, PartialEq)]
pub enum Loaded {
    Nothing,
    Restored(Box<SessionState>),
    /// Something was stored but could not be read; it was moved aside.
    SetAside,
    Blocked,
}

pub fn load() -> Loaded {
    match browser::get(KEY) {
        Err(_) => Loaded::Blocked,
        Ok(None) => Loaded::Nothing,
        Ok(Some(text)) => match decode_answers(&text) {
            Ok(state) => Loaded::Restored(Box::new(state)),
            Err(_) => {
                set_aside(&text);
                Loaded::SetAside
            }
        },
    }
}

/// Moves unreadable data to a set-aside key of its own. It is taken out first, so a value too large to copy still
/// fits; if it cannot be written there, it goes back where it was: never deleted.
fn set_aside(text: &str) {
    let free = (1..1000)
        .map(|n| if n == 1 { SET_ASIDE_KEY.to_string() } else { format!("{SET_ASIDE_KEY}:{n}") })
        .find(|key| matches!(browser::get(key), Ok(None)));
    let Some(free) = free else { return };
    browser::remove(KEY);
    if browser::set(&free, text).is_err() {
        let _ = browser::set(KEY, text);
    }
}

pub fn save(state: &SessionState) -> Result<(), Problem> {
    browser::set(KEY, &encode_answers(state))
}

/// Removes everything OwnPath ever kept in this browser's local and session storage.
pub fn forget_all() {
    browser::remove_all(PREFIX);
}

/// Removes the kept answers and display settings (not set-aside data), e.g. when a newer copy cannot be written.
pub fn forget_kept() {
    browser::remove(KEY);
    browser::remove(DISPLAY_KEY);
}

/// Reading comfort and language, kept beside the answers and under the same policy.
pub const DISPLAY_KEY: &str = "ownpath:display:v1";

/// Text size, high contrast and language, as "size=1;contrast=1;lang=es".
pub fn save_display(text_size: u8, high_contrast: bool, lang: &str) -> Result<(), Problem> {
    browser::set(DISPLAY_KEY, &format!("size={text_size};contrast={};lang={lang}", u8::from(high_contrast)))
}

/// What was kept, if anything readable: (text size, high contrast, language).
pub fn load_display() -> Option<(u8, bool, String)> {
    let text = browser::get(DISPLAY_KEY).ok()??;
    parse_display(&text)
}

pub fn parse_display(text: &str) -> Option<(u8, bool, String)> {
    let mut size = None;
    let mut contrast = None;
    let mut lang = None;
    for part in text.split(';') {
        match part.split_once('=')? {
            ("size", v) => size = v.parse::<u8>().ok().filter(|v| *v < super::setting::TEXT_SIZES),
            ("contrast", v) => contrast = Some(v == "1"),
            ("lang", v) if v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && v.len() <= 12 => {
                lang = Some(v.to_string())
            }
            _ => return None,
        }
    }
    Some((size?, contrast?, lang?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_settings_read_back_and_refuse_junk() {
        assert_eq!(parse_display("size=2;contrast=1;lang=es"), Some((2, true, "es".into())));
        assert_eq!(parse_display("size=9;contrast=1;lang=es"), None);
        assert_eq!(parse_display("size=1;contrast=0;lang=<script>"), None);
        assert_eq!(parse_display("garbage"), None);
    }
}
