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

use super::state::{Action, CheckAnswer, Leaning, SessionState, Toggle, IMPORTANCE_LEVELS};
use crate::content::Bundle;
use crate::html::escape;

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
    /// Readable, but it holds nothing the app recognises: never taken as an empty set of answers.
    Empty,
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

/// Reads a data block back into the app's own actions. Refuses anything that is not exactly what
/// [`encode_answers`] writes.
pub fn decode_actions(block: &str) -> Result<Vec<Action>, FileError> {
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

    let mut actions = Vec::new();
    for line in body.lines().skip(1) {
        let mut parts = line.split(' ');
        let kind = parts.next().unwrap_or("");
        let a = parts.next().and_then(decode);
        let b = parts.next();
        if parts.next().is_some() {
            return Err(FileError::Tampered);
        }
        let action = match (kind, a, b) {
            ("leaning", Some(option), Some(b)) => Leaning::from_code(b).map(|l| Action::SetLeaning(option, l)),
            ("matter", Some(statement), Some(b)) => {
                b.parse::<u8>().ok().filter(|v| *v < IMPORTANCE_LEVELS).map(|v| Action::SetMatter(statement, v))
            }
            ("check", Some(question), Some(b)) => CheckAnswer::from_code(b).map(|v| Action::AnswerCheck(question, v)),
            ("sure", Some(item), Some("yes" | "no")) => Some(Action::SetSure(item, b == Some("yes"))),
            ("step", Some(step), None) => Some(Action::ToggleStep(step)),
            ("question", Some(key), None) => Some(Action::ToggleQuestion(key)),
            ("compare", Some(option), None) => Some(Action::ToggleCompare(option)),
            ("own-step", Some(text), None) => Some(Action::AddOwnStep(text)),
            ("own-question", Some(text), None) => Some(Action::AddOwnQuestion(text)),
            _ => None,
        };
        actions.push(action.ok_or(FileError::Tampered)?);
    }
    Ok(actions)
}

/// The answers the actions give, through the app's own [`SessionState::apply`], so they can never hold what the
/// app could not. A file's lines say what is chosen ([`Toggle::Choose`]): a repeated line is read once.
pub fn apply(actions: impl IntoIterator<Item = Action>) -> SessionState {
    let mut state = SessionState::default();
    for action in actions {
        state.apply(action, Toggle::Choose);
    }
    state
}

/// Reads a data block back (as kept in this browser).
pub fn decode_answers(block: &str) -> Result<SessionState, FileError> {
    decode_actions(block).map(apply)
}

/// Whether the content has what an action names: an option, statement, question, SURE item or step the app
/// shows. The person's own words are always welcome.
pub fn knows(bundle: &Bundle, action: &Action) -> bool {
    match action {
        Action::SetLeaning(id, _) | Action::ToggleCompare(id) => bundle.option(id).is_some(),
        Action::SetMatter(id, _) => bundle.matters.statement.iter().any(|s| s.id == *id),
        Action::AnswerCheck(id, _) => bundle.check.question.iter().any(|q| q.id == *id),
        Action::SetSure(id, _) => bundle.sure.item.iter().any(|i| i.id == *id),
        Action::ToggleStep(id) => bundle.steps.step.iter().any(|s| s.id == *id),
        Action::ToggleQuestion(key) => key
            .split_once(':')
            .and_then(|(option, i)| Some((bundle.option(option)?, i.parse::<usize>().ok()?)))
            .is_some_and(|(option, i)| i < option.questions.len()),
        _ => true,
    }
}

/// Finds the data block in a saved file and reads it, keeping only what `known` accepts (see [`knows`]). A file
/// that gives no answers at all is refused.
pub fn read_saved_file(bytes: &[u8], known: impl Fn(&Action) -> bool) -> Result<SessionState, FileError> {
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
    let state = apply(decode_actions(&after[..end])?.into_iter().filter(|a| known(a)));
    if state.is_empty() {
        return Err(FileError::Empty);
    }
    Ok(state)
}

/// The saved file: a readable page (`summary_html`, already escaped) with the data block at the end.
pub fn saved_file(title: &str, lang: &str, summary_html: &str, state: &SessionState) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\n\
         <title>{}</title>\n</head>\n<body>\n{summary_html}\n{BLOCK_START}\n{}{BLOCK_END}\n</body>\n</html>\n",
        escape(title),
        encode_answers(state)
    )
}

/// FNV-1a, 64 bits (`content/fnv.rs`): enough to notice a changed or damaged file (it is not a signature).
pub fn checksum(text: &str) -> u64 {
    crate::content::fnv::fnv1a(text.as_bytes())
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
        assert_eq!(read_saved_file(file.as_bytes(), |_| true), Ok(state));
    }

    fn any(bytes: &[u8]) -> Result<SessionState, FileError> {
        read_saved_file(bytes, |_| true)
    }

    /// A saved file whose answers block holds exactly these lines, with a good checksum.
    fn forged(lines: &[String]) -> Vec<u8> {
        let body =
            std::iter::once(format!("{MAGIC} {VERSION}")).chain(lines.iter().cloned()).collect::<Vec<_>>().join("\n");
        format!("<p>x</p>{BLOCK_START}\n{body}\nchecksum {:016x}\n{BLOCK_END}", checksum(&body)).into_bytes()
    }

    #[test]
    fn a_file_can_hold_only_what_the_app_could() {
        // Five or ten thousand options to compare: at most four, read quickly.
        let many: Vec<String> = ["a", "b", "c", "d", "e"].iter().map(|o| format!("compare {o}")).collect();
        assert_eq!(any(&forged(&many)).unwrap().compare, vec!["a", "b", "c", "d"]);
        let flood: Vec<String> = (0..10_000).map(|i| format!("compare o{}", i % 7)).collect();
        assert_eq!(any(&forged(&flood)).unwrap().compare.len(), 4);
        // A repeated item is read once, never chosen and then unchosen.
        let twice = vec!["step get-naloxone".to_string(), "step get-naloxone".to_string()];
        assert_eq!(any(&forged(&twice)).unwrap().steps.iter().count(), 1);
        // Own steps are capped like the app's.
        let own: Vec<String> = (0..50).map(|i| format!("own-step step%20{i}")).collect();
        assert_eq!(any(&forged(&own)).unwrap().own_steps.len(), crate::session::state::MAX_OWN_ITEMS);
    }

    #[test]
    fn a_file_with_every_line_twice_reads_each_answer_once() {
        let state = sample();
        let lines: Vec<String> = data_lines(&state).into_iter().skip(1).collect();
        let twice: Vec<String> = lines.iter().flat_map(|line| [line.clone(), line.clone()]).collect();
        assert_eq!(any(&forged(&twice)), Ok(state.clone()));
        // Own words that differ only in spacing are the same words, as when typed.
        let spaced = vec!["own-question a%20%20b".to_string(), "own-question a%20b".to_string()];
        assert_eq!(any(&forged(&spaced)).unwrap().own_questions, vec!["a b"]);
        // Whole lists repeated, in turn: still each once, in the first order.
        let again: Vec<String> = lines.iter().chain(lines.iter()).cloned().collect();
        assert_eq!(any(&forged(&again)), Ok(state));
    }

    #[test]
    fn unknown_items_are_left_out_and_a_file_with_nothing_known_is_refused() {
        let only_b = |a: &Action| !matches!(a, Action::ToggleStep(s) if s != "b");
        let steps: Vec<String> = (0..3000).map(|i| format!("step unknown-{i}")).chain(["step b".into()]).collect();
        assert_eq!(read_saved_file(&forged(&steps), only_b).unwrap().steps.iter().collect::<Vec<_>>(), vec!["b"]);
        let unknown: Vec<String> = (0..3000).map(|i| format!("step unknown-{i}")).collect();
        assert_eq!(read_saved_file(&forged(&unknown), only_b), Err(FileError::Empty));
        assert_eq!(any(&forged(&[])), Err(FileError::Empty));
        assert_eq!(any(saved_file("t", "en", "", &SessionState::default()).as_bytes()), Err(FileError::Empty));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_content_names_what_a_file_may_hold() {
        let bundle = crate::content::library().bundle("en");
        let step = &bundle.steps.step[0].id;
        assert!(knows(bundle, &Action::ToggleStep(step.clone())));
        assert!(!knows(bundle, &Action::ToggleStep("no-such-step".into())));
        assert!(knows(bundle, &Action::SetLeaning("methadone".into(), Leaning::Maybe)));
        assert!(!knows(bundle, &Action::ToggleCompare("pizza".into())));
        assert!(knows(bundle, &Action::ToggleQuestion("methadone:0".into())));
        assert!(!knows(bundle, &Action::ToggleQuestion("methadone:999".into())));
        assert!(knows(bundle, &Action::AddOwnStep("anything I wrote".into())));
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        let good = saved_file("t", "en", "<p>x</p>", &sample());
        assert_eq!(any(b"hello"), Err(FileError::NotOurs));
        assert_eq!(any(&[0xff, 0xfe, 0x00]), Err(FileError::NotOurs));
        assert_eq!(any(&good.as_bytes()[..good.len() / 2]), Err(FileError::Truncated));
        assert_eq!(
            any(good.replace("leaning taper towards", "leaning taper maybe").as_bytes()),
            Err(FileError::Tampered)
        );
        assert_eq!(
            any(good.replace("OWNPATH-ANSWERS 1", "OWNPATH-ANSWERS 7").as_bytes()),
            Err(FileError::UnknownVersion("7".into()))
        );
        let huge = format!("{good}{}", " ".repeat(MAX_FILE_BYTES));
        assert_eq!(any(huge.as_bytes()), Err(FileError::TooLarge));
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
