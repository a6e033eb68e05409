//! The small text markup used in content files (see docs/CONTENT.md):
//! paragraphs split by blank lines, `- ` bullet lists, `**bold**`, `[words](/path)` links and `[@key]` citations.
//!
//! Shared with `build.rs`, so it depends on nothing outside `std`.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    List(Vec<Vec<Inline>>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Bold(String),
    /// An in-app link: `href` is an app path such as `/safety#naloxone`.
    Link {
        text: String,
        href: String,
    },
    /// A citation of the reference with this key.
    Cite(String),
}

/// Splits text into paragraphs and lists. Lines are joined with spaces inside a paragraph.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();

    fn flush_paragraph(paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>) {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(parse_inline(&paragraph.join(" "))));
            paragraph.clear();
        }
    }
    fn flush_list(items: &mut Vec<String>, blocks: &mut Vec<Block>) {
        if !items.is_empty() {
            blocks.push(Block::List(items.iter().map(|item| parse_inline(item)).collect()));
            items.clear();
        }
    }

    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_list(&mut items, &mut blocks);
        } else if let Some(item) = trimmed.strip_prefix("- ") {
            flush_paragraph(&mut paragraph, &mut blocks);
            items.push(item.trim().to_string());
        } else if !items.is_empty() && line.starts_with(' ') {
            // An indented line continues the bullet above it.
            let last = items.last_mut().expect("items is not empty");
            last.push(' ');
            last.push_str(trimmed);
        } else {
            flush_list(&mut items, &mut blocks);
            paragraph.push(trimmed);
        }
    }
    flush_paragraph(&mut paragraph, &mut blocks);
    flush_list(&mut items, &mut blocks);
    blocks
}

/// Parses bold, links and citations inside one paragraph or bullet.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;

    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("[@") {
            if let Some(end) = after.find(']') {
                push_text(&mut out, &mut plain);
                out.push(Inline::Cite(after[..end].trim().to_string()));
                rest = &after[end + 1..];
                continue;
            }
        }
        if let Some(after) = rest.strip_prefix('[') {
            if let Some((label, href, remainder)) = split_link(after) {
                push_text(&mut out, &mut plain);
                out.push(Inline::Link { text: label.to_string(), href: href.to_string() });
                rest = remainder;
                continue;
            }
        }
        if let Some(after) = rest.strip_prefix("**") {
            if let Some(end) = after.find("**") {
                push_text(&mut out, &mut plain);
                out.push(Inline::Bold(after[..end].to_string()));
                rest = &after[end + 2..];
                continue;
            }
        }
        let ch = rest.chars().next().expect("rest is not empty");
        plain.push(ch);
        rest = &rest[ch.len_utf8()..];
    }
    push_text(&mut out, &mut plain);
    out
}

fn push_text(out: &mut Vec<Inline>, plain: &mut String) {
    if !plain.is_empty() {
        out.push(Inline::Text(std::mem::take(plain)));
    }
}

/// `label](href)rest` → (label, href, rest).
fn split_link(after_bracket: &str) -> Option<(&str, &str, &str)> {
    let close = after_bracket.find("](")?;
    let label = &after_bracket[..close];
    if label.contains('[') {
        return None;
    }
    let after_paren = &after_bracket[close + 2..];
    let end = after_paren.find(')')?;
    Some((label, &after_paren[..end], &after_paren[end + 1..]))
}

/// The plain words of some markup, as a reader hears them (citations dropped, link words kept).
pub fn plain_text(text: &str) -> String {
    let mut out = String::new();
    for block in parse(text) {
        let lines = match block {
            Block::Paragraph(inlines) => vec![inlines],
            Block::List(items) => items,
        };
        for inlines in lines {
            for inline in inlines {
                match inline {
                    Inline::Text(t) | Inline::Bold(t) => out.push_str(&t),
                    Inline::Link { text, .. } => out.push_str(&text),
                    Inline::Cite(_) => {}
                }
            }
            out.push('\n');
        }
    }
    out
}

/// Splits one paragraph or bullet's raw markup into sentences: at `.`, `!` or `?` followed by white space or the
/// end. A full stop between digits ("11.3") does not end a sentence.
pub fn sentences(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if matches!(b, b'.' | b'!' | b'?') {
            let next = bytes.get(i + 1).copied();
            let ends = match next {
                None => true,
                Some(n) => n.is_ascii_whitespace() || n == b'"' || n == b')',
            };
            if ends {
                let sentence = text[start..=i].trim();
                if !sentence.is_empty() {
                    out.push(sentence);
                }
                start = i + 1;
            }
        }
    }
    let tail = text[start..].trim();
    if !tail.is_empty() {
        out.push(tail);
    }
    out
}

/// The units that the "a number needs a source" rule looks at: each sentence of each paragraph and bullet.
pub fn sentence_units(text: &str) -> Vec<String> {
    let mut units = Vec::new();
    let mut paragraph = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with("- ") {
            units.extend(sentences(&paragraph).into_iter().map(str::to_string));
            paragraph.clear();
            if let Some(item) = trimmed.strip_prefix("- ") {
                paragraph.push_str(item);
            }
        } else {
            paragraph.push(' ');
            paragraph.push_str(trimmed);
        }
    }
    units.extend(sentences(&paragraph).into_iter().map(str::to_string));
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_and_inlines() {
        let blocks =
            parse("One **bold** line\ncontinues.\n\n- first [@sordo2017]\n- see [safety](/safety#naloxone)\n\nEnd.");
        assert_eq!(blocks.len(), 3);
        assert_eq!(
            blocks[0],
            Block::Paragraph(vec![
                Inline::Text("One ".into()),
                Inline::Bold("bold".into()),
                Inline::Text(" line continues.".into()),
            ])
        );
        let Block::List(items) = &blocks[1] else { panic!("expected a list: {:?}", blocks[1]) };
        assert_eq!(items[0], vec![Inline::Text("first ".into()), Inline::Cite("sordo2017".into())]);
        assert_eq!(
            items[1],
            vec![Inline::Text("see ".into()), Inline::Link { text: "safety".into(), href: "/safety#naloxone".into() }]
        );
    }

    #[test]
    fn unclosed_markup_stays_text() {
        assert_eq!(
            parse_inline("a [half link and **half bold"),
            vec![Inline::Text("a [half link and **half bold".into())]
        );
    }

    #[test]
    fn sentences_split_at_full_stops_but_not_decimals() {
        assert_eq!(
            sentences("About 11.3 died [@a]. Then more! Why? End"),
            vec!["About 11.3 died [@a].", "Then more!", "Why?", "End"]
        );
    }

    #[test]
    fn sentence_units_treat_each_bullet_separately() {
        let units = sentence_units("Intro line.\n- one 5 [@x]\n- two 6\n\nLast.");
        assert_eq!(units, vec!["Intro line.", "one 5 [@x]", "two 6", "Last."]);
    }

    #[test]
    fn plain_text_drops_citations_and_keeps_link_words() {
        assert_eq!(plain_text("Read [this page](/safety) now [@k]."), "Read this page now .\n");
    }
}
