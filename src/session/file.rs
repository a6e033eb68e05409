//! The saved-file format: a small HTML page a person can open and read, with a versioned data block that OwnPath
//! can read back. The data block is plain lines, one answer each, ending in a checksum, so a changed, cut-off or
//! foreign file is refused rather than half-read.
//!
//! ```text
//! OWNPATH-ANSWERS 1
//! leaning methadone maybe
//! matter no-daily-clinic 3
//! own-step call%20my%20sister
//! checksum 1f0c…
//! ```

use super::state::{clean_own_text, CheckAnswer, Leaning, SessionState, IMPORTANCE_LEVELS, MAX_OWN_ITEMS};

pub const MAGIC: &str = "OWNPATH-ANSWERS";
pub const VERSION: u32 = 1;
/// Larger files are refused before they are read.
pub const MAX_FILE_BYTES: usize = 1024 * 1024;
const BLOCK_START: &str = "<script type=\"text/plain\" id=\"ownpath-answers\">";
const BLOCK_END: &str = "</script>";

/// Why a file was refused. The app shows a plain message for each and keeps the current answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    NotOurs,
    UnknownVersion(String),
    Truncated,
    Tampered,
}

/// The data lines for a state (without the checksum line).
fn data_lines(state: &SessionState) -> Vec<String> {
    let mut lines = vec![format!("{MAGIC} {VERSION}")];
    for (option, leaning) in &state.leanings {
        lines.push(format!("leaning {} {}", encode(option), leaning.code()));
    }
    for (statement, level) in &state.matters {
        lines.push(format!("matter {} {level}", encode(statement)));
    }
    for (question, answer) in &state.check {
        lines.push(format!("check {} {}", encode(question), answer.code()));
    }
    for (item, yes) in &state.sure {
        lines.push(format!("sure {} {}", encode(item), if *yes { "yes" } else { "no" }));
    }
    for step in state.steps.iter() {
        lines.push(format!("step {}", encode(step)));
    }
    for text in &state.own_steps {
        lines.push(format!("own-step {}", encode(text)));
    }
    for key in state.questions.iter() {
        lines.push(format!("question {}", encode(key)));
    }
    for text in &state.own_questions {
        lines.push(format!("own-question {}", encode(text)));
    }
    for option in &state.compare {
        lines.push(format!("compare {}", encode(option)));
    }
    lines
}

/// The data block: the answers and a checksum over them.
pub fn encode_answers(state: &SessionState) -> String {
    let body = data_lines(state).join("\n");
    format!("{body}\nchecksum {:016x}\n", checksum(&body))
}

/// Reads a data block back. Refuses anything that is not exactly what [`encode_answers`] writes.
pub fn decode_answers(block: &str) -> Result<SessionState, FileError> {
    let block = block.trim_matches(|c| c == '\n' || c == '\r' || c == ' ');
    let mut lines = block.lines();
    let header = lines.next().unwrap_or("");
    let mut header_parts = header.split(' ');
    if header_parts.next() != Some(MAGIC) {
        return Err(FileError::NotOurs);
    }
    let version = header_parts.next().unwrap_or("").to_string();
    if version != VERSION.to_string() {
        return Err(FileError::UnknownVersion(version));
    }
    // The checksum is the last line; without it the file was cut short.
    let Some((body, last)) = block.rsplit_once('\n') else { return Err(FileError::Truncated) };
    let Some(sum) = last.strip_prefix("checksum ") else { return Err(FileError::Truncated) };
    if sum.trim() != format!("{:016x}", checksum(body)) {
        return Err(FileError::Tampered);
    }

    let mut state = SessionState::default();
    for line in body.lines().skip(1) {
        let mut parts = line.split(' ');
        let kind = parts.next().unwrap_or("");
        let a = parts.next().map(decode);
        let b = parts.next();
        if parts.next().is_some() {
            return Err(FileError::Tampered);
        }
        let ok = match (kind, a) {
            ("leaning", Some(Some(option))) => {
                b.and_then(Leaning::from_code).map(|l| state.leanings.insert(option, l)).is_some()
            }
            ("matter", Some(Some(statement))) => b
                .and_then(|v| v.parse::<u8>().ok())
                .filter(|v| *v < IMPORTANCE_LEVELS)
                .map(|v| state.matters.insert(statement, v))
                .is_some(),
            ("check", Some(Some(question))) => {
                b.and_then(CheckAnswer::from_code).map(|v| state.check.insert(question, v)).is_some()
            }
            ("sure", Some(Some(item))) => match b {
                Some(answer @ ("yes" | "no")) => {
                    state.sure.insert(item, answer == "yes");
                    true
                }
                _ => false,
            },
            ("step", Some(Some(step))) if b.is_none() => {
                state.steps.insert(step);
                true
            }
            ("question", Some(Some(key))) if b.is_none() => {
                state.questions.insert(key);
                true
            }
            ("compare", Some(Some(option))) if b.is_none() => {
                state.compare.push(option);
                true
            }
            ("own-step", Some(Some(text))) if b.is_none() => push_own(&mut state.own_steps, &text),
            ("own-question", Some(Some(text))) if b.is_none() => push_own(&mut state.own_questions, &text),
            _ => false,
        };
        if !ok {
            return Err(FileError::Tampered);
        }
    }
    Ok(state)
}

fn push_own(list: &mut Vec<String>, text: &str) -> bool {
    match clean_own_text(text) {
        Some(text) if list.len() < MAX_OWN_ITEMS => {
            list.push(text);
            true
        }
        _ => false,
    }
}

/// Finds the data block in a saved file and reads it.
pub fn read_saved_file(bytes: &[u8]) -> Result<SessionState, FileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge);
    }
    let Ok(text) = std::str::from_utf8(bytes) else { return Err(FileError::NotOurs) };
    let Some(start) = text.find(BLOCK_START) else {
        return Err(if text.contains(MAGIC) || text.contains("ownpath-answers") {
            FileError::Truncated
        } else {
            FileError::NotOurs
        });
    };
    let after = &text[start + BLOCK_START.len()..];
    let Some(end) = after.find(BLOCK_END) else { return Err(FileError::Truncated) };
    decode_answers(&after[..end])
}

/// The saved file: a readable page (`summary_html`, already escaped) with the data block at the end.
pub fn saved_file(title: &str, lang: &str, summary_html: &str, state: &SessionState) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\n\
         <title>{}</title>\n</head>\n<body>\n{summary_html}\n{BLOCK_START}\n{}{BLOCK_END}\n</body>\n</html>\n",
        escape_html(title),
        encode_answers(state)
    )
}

pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// FNV-1a, 64 bits: enough to notice a changed or damaged file (it is not a signature).
pub fn checksum(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Percent-encodes everything but letters, digits and `-._~`, so a value is one word with no spaces.
pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~:".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The reverse of [`encode`]; `None` for malformed input.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    let decoded = String::from_utf8(out).ok()?;
    (!decoded.is_empty()).then_some(decoded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::state::Leaning;

    fn sample() -> SessionState {
        let mut s = SessionState::default();
        s.leanings.insert("methadone".into(), Leaning::Maybe);
        s.leanings.insert("taper".into(), Leaning::Towards);
        s.matters.insert("no-daily-clinic".into(), 3);
        s.check.insert("tolerance".into(), CheckAnswer::True);
        s.sure.insert("sure".into(), false);
        s.steps.insert("get-naloxone".into());
        s.own_steps.push("call my sister on Sunday — 100% sure".into());
        s.questions.insert("methadone:2".into());
        s.own_questions.push("Can I get take-homes sooner?".into());
        s.compare = vec!["taper".into(), "methadone".into()];
        s
    }

    #[test]
    fn a_saved_file_reads_back_the_same() {
        let state = sample();
        let file = saved_file("My summary", "en", "<h1>My summary</h1>", &state);
        assert_eq!(read_saved_file(file.as_bytes()), Ok(state));
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let good = saved_file("t", "en", "<p>x</p>", &sample());
        assert_eq!(read_saved_file(b"hello"), Err(FileError::NotOurs));
        assert_eq!(read_saved_file(&[0xff, 0xfe, 0x00]), Err(FileError::NotOurs));
        assert_eq!(read_saved_file(&good.as_bytes()[..good.len() / 2]), Err(FileError::Truncated));
        assert_eq!(
            read_saved_file(good.replace("leaning taper towards", "leaning taper maybe").as_bytes()),
            Err(FileError::Tampered)
        );
        assert_eq!(
            read_saved_file(good.replace("OWNPATH-ANSWERS 1", "OWNPATH-ANSWERS 7").as_bytes()),
            Err(FileError::UnknownVersion("7".into()))
        );
        let huge = format!("{good}{}", " ".repeat(MAX_FILE_BYTES));
        assert_eq!(read_saved_file(huge.as_bytes()), Err(FileError::TooLarge));
    }

    #[test]
    fn own_words_survive_encoding() {
        for text in ["a b", "100% — ünïcode ✓", "new\nline", "%41", "<script>"] {
            assert_eq!(decode(&encode(text)).as_deref(), Some(text));
            assert!(!encode(text).contains(' '));
        }
        assert_eq!(decode("%4"), None);
        assert_eq!(decode("%zz"), None);
    }

    #[test]
    fn the_summary_in_the_file_is_escaped_by_the_caller_and_the_title_here() {
        let file = saved_file("<b>", "en", "", &SessionState::default());
        assert!(file.contains("<title>&lt;b&gt;</title>"));
    }
}
