//! The two pseudo-languages (issue 27): generated at build time from the default language, only when
//! `OWNPATH_PSEUDO_LOCALES=1` (`./x pseudo` builds them into `dist-pseudo/`, never shipped). `en-XA` is every text
//! accented and about 40% longer; `ar-XB` is the same text mirrored right to left. The end-to-end crawl runs over
//! them, so a text too long for its box, a layout that assumes left to right, or a word that does not come from
//! the language's content (it stays plain English) shows. Native only (build script).
//!
//! A pseudo-language is written as a language folder beside copies of the real ones, then read and checked by the
//! same code as any language (`source::load_checked`), so every content rule holds for it too.

use super::checks::{NON_TEXT_KEYS, NUMBER_NAMES};
use std::path::Path;

/// The environment variable that turns the pseudo-languages on (`1`); anything else, or unset, leaves them out.
pub const SWITCH: &str = "OWNPATH_PSEUDO_LOCALES";

/// Each pseudo-language: its tag, its name in itself and whether it is mirrored (right to left).
pub const PSEUDO_LANGUAGES: [(&str, &str, bool); 2] = [("en-XA", "[Ëñĝļîîšĥ]", false), ("ar-XB", "[ÁŕÁB]", true)];

/// Whether this build adds the pseudo-languages.
pub fn enabled() -> bool {
    std::env::var(SWITCH).is_ok_and(|value| value == "1")
}

/// Keys whose values are identifiers, numbers or addresses the app or the build compares, on top of the content
/// rules' own list: left as they are.
const KEPT_KEYS: [&str; 11] =
    ["section", "source", "outcome", "for", "answer", "effect", "link", "phone", "text_number", "address", "direction"];

/// Writes into `out` a content folder with the real languages of `root` (copied as they are), the shared
/// references, and the pseudo-languages made from the default language.
pub fn write_folder(root: &Path, out: &Path, default_language: &str) -> Result<(), String> {
    if out.exists() {
        std::fs::remove_dir_all(out).map_err(|e| format!("cannot clear {}: {e}", out.display()))?;
    }
    copy_dir(root, out)?;
    for (tag, name, mirrored) in PSEUDO_LANGUAGES {
        let from = root.join(default_language);
        let to = out.join(tag);
        pseudo_dir(&from, &to, mirrored)?;
        std::fs::write(to.join("language.toml"), language_file(&from.join("language.toml"), name, mirrored)?)
            .map_err(|e| format!("cannot write {tag}/language.toml: {e}"))?;
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target).map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// The default language's folder, every text made pseudo: TOML strings (but not identifiers), Fluent messages.
fn pseudo_dir(from: &Path, to: &Path, mirrored: bool) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    for entry in std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
        let target = to.join(&name);
        let read = || std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()));
        let text = if path.is_dir() {
            pseudo_dir(&path, &target, mirrored)?;
            continue;
        } else if name == "language.toml" || !(name.ends_with(".toml") || name.ends_with(".ftl")) {
            continue;
        } else if name.ends_with(".ftl") {
            pseudo_fluent(&read()?, mirrored)
        } else {
            let mut value: toml::Value =
                toml::from_str(&read()?).map_err(|e| format!("{}: {}", path.display(), e.message()))?;
            pseudo_value(&mut value, mirrored);
            toml::to_string(&value).map_err(|e| format!("{}: {e}", path.display()))?
        };
        std::fs::write(&target, text).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    Ok(())
}

fn pseudo_value(value: &mut toml::Value, mirrored: bool) {
    match value {
        toml::Value::Table(table) => {
            for (key, child) in table.iter_mut() {
                // Only an identifier's own value is kept: a table under the same name (`[[outcome]]`) is text.
                let identifier = NON_TEXT_KEYS.contains(&key.as_str()) || KEPT_KEYS.contains(&key.as_str());
                if !(identifier && is_plain(child)) {
                    pseudo_value(child, mirrored);
                }
            }
        }
        toml::Value::Array(items) => items.iter_mut().for_each(|item| pseudo_value(item, mirrored)),
        toml::Value::String(text) => *text = pseudo_text(text, mirrored),
        _ => {}
    }
}

/// A string, or a list of strings.
fn is_plain(value: &toml::Value) -> bool {
    match value {
        toml::Value::Array(items) => items.iter().all(|item| item.is_str()),
        other => other.is_str(),
    }
}

/// A Fluent file of simple messages (`id = text`, as `source.rs` reads them, and their indented continuation
/// lines): each message's text made pseudo, its placeables (`{ $count }`, `{" "}`) kept.
fn pseudo_fluent(text: &str, mirrored: bool) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with(' ') {
            out.push_str(&pseudo_text(line, mirrored));
        } else if let Some((id, message)) = line.split_once(" =").filter(|_| !line.starts_with('#')) {
            out.push_str(&format!("{id} ={}", pseudo_text(message, mirrored)));
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// The default language's `language.toml` with the pseudo-language's name and direction, its months made pseudo,
/// and no published SURE wording (there is none in a pseudo-language).
fn language_file(default_file: &Path, name: &str, mirrored: bool) -> Result<String, String> {
    let text =
        std::fs::read_to_string(default_file).map_err(|e| format!("cannot read {}: {e}", default_file.display()))?;
    let mut value: toml::Value = toml::from_str(&text).map_err(|e| e.message().to_string())?;
    let table = value.as_table_mut().ok_or("language.toml is not a table")?;
    table.insert("name".into(), toml::Value::String(name.into()));
    table.insert("direction".into(), toml::Value::String(if mirrored { "rtl" } else { "ltr" }.into()));
    table.remove("sure");
    if let Some(months) = table.get_mut("dates").and_then(|dates| dates.get_mut("months")) {
        pseudo_value(months, mirrored);
    }
    toml::to_string(&value).map_err(|e| e.to_string())
}

/// Right-to-left override and pop directional formatting: the letters between them run right to left.
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

/// One text in a pseudo-language: every ASCII letter accented and every vowel doubled (about 40% longer, with
/// the same number of words), and when mirrored each word forced right to left. Kept as they are: placeholders
/// (`{count}`, `{ $count }`), citations (`[@key]`), link targets (`](/path#id)`), web addresses, and the names
/// with digits the number rule knows (`12-step`, `NUMBER_NAMES`: in another form they would read as statistics).
pub fn pseudo_text(text: &str, mirrored: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    // Copies chars[from..] up to and including the first `end`, and returns the index after it.
    let copy_through = |out: &mut String, from: usize, end: char| -> usize {
        let stop = chars[from..].iter().position(|&c| c == end).map_or(chars.len(), |at| from + at + 1);
        out.extend(&chars[from..stop]);
        stop
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let at_word_start = i == 0 || !chars[i - 1].is_alphanumeric();
        let rest: String = chars[i..chars.len().min(i + 10)].iter().collect();
        if c == '{' {
            i = copy_through(&mut out, i, '}');
        } else if c == '[' && next == Some('@') {
            i = copy_through(&mut out, i, ']');
        } else if c == ']' && next == Some('(') {
            i = copy_through(&mut out, i, ')');
        } else if at_word_start
            && (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www."))
        {
            let stop = chars[i..].iter().position(|c| c.is_whitespace()).map_or(chars.len(), |at| i + at);
            out.extend(&chars[i..stop]);
            i = stop;
        } else if let Some(name) = NUMBER_NAMES.iter().find(|name| at_word_start && rest.starts_with(*name)) {
            out.push_str(name);
            i += name.chars().count();
        } else if c.is_ascii_alphabetic() {
            let stop = chars[i..].iter().position(|c| !c.is_ascii_alphabetic()).map_or(chars.len(), |at| i + at);
            if mirrored {
                out.push(RLO);
            }
            for &letter in &chars[i..stop] {
                out.push(accented(letter));
                if "aeiouAEIOU".contains(letter) {
                    out.push(accented(letter.to_ascii_lowercase()));
                }
            }
            if mirrored {
                out.push(PDF);
            }
            i = stop;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn accented(letter: char) -> char {
    const LOWER: &str = "áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž";
    const UPPER: &str = "ÁƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    let (table, base) = if letter.is_ascii_lowercase() { (LOWER, b'a') } else { (UPPER, b'A') };
    table.chars().nth((letter as u8 - base) as usize).unwrap_or(letter)
}

#[cfg(test)]
mod tests {
    use super::pseudo_text;

    #[test]
    fn accents_and_lengthens_but_keeps_the_markup() {
        assert_eq!(pseudo_text("Read it", false), "Ŕééááð îîţ");
        assert_eq!(
            pseudo_text("See [the page](/options/taper#risks) [@lee2018] in { $count } days", false),
            "Šéééé [ţĥéé þááĝéé](/options/taper#risks) [@lee2018] îîñ { $count } ðááýš"
        );
        assert_eq!(
            pseudo_text("Go to https://findtreatment.gov/ now", false),
            "Ĝöö ţöö https://findtreatment.gov/ ñööŵ"
        );
        assert_eq!(pseudo_text("Hi", true), "\u{202E}Ĥîî\u{202C}");
    }
}
