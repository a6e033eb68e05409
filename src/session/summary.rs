//! "My summary": the person's answers put into words, once, for the summary page, the printed sheet, the saved
//! file and the QR code alike.

use super::state::{Leaning, SessionState, MATTERS_MOST};
use crate::content::{Bundle, Ui};
use crate::html::escape;

/// One summary section: a heading and its lines (empty when the person has not answered yet).
#[derive(Debug, Clone, PartialEq)]
pub struct SummarySection {
    pub id: &'static str,
    pub heading: String,
    pub lines: Vec<String>,
    /// Shown when `lines` is empty.
    pub empty: String,
}

pub fn leaning_label(ui: &Ui, leaning: Leaning) -> &str {
    match leaning {
        Leaning::NotForMe => ui.leaning_not_for_me(),
        Leaning::NotSure => ui.leaning_not_sure(),
        Leaning::Maybe => ui.leaning_maybe(),
        Leaning::Towards => ui.leaning_towards(),
    }
}

/// The text of a question chosen from an option's list ("option-id:index").
pub fn chosen_question<'a>(bundle: &'a Bundle, key: &str) -> Option<(&'a str, &'a str)> {
    let (option_id, index) = key.split_once(':')?;
    let option = bundle.option(option_id)?;
    let question = option.questions.get(index.parse::<usize>().ok()?)?;
    Some((option.name.as_str(), question.as_str()))
}

/// Every section of the summary, in order.
pub fn sections(bundle: &Bundle, state: &SessionState) -> Vec<SummarySection> {
    let ui = &bundle.ui;

    // Leanings, strongest first, in the options' own order within each.
    let mut leanings = Vec::new();
    for leaning in Leaning::ALL.iter().rev() {
        for option in &bundle.options {
            if state.leanings.get(&option.id) == Some(leaning) {
                leanings.push(format!("{}: {}", option.name, leaning_label(ui, *leaning)));
            }
        }
    }

    let mut matters: Vec<(u8, &crate::content::Statement)> = bundle
        .matters
        .statement
        .iter()
        .filter_map(|s| state.matters.get(&s.id).filter(|v| **v >= MATTERS_MOST).map(|v| (*v, s)))
        .collect();
    matters.sort_by_key(|b| std::cmp::Reverse(b.0));
    let matters = matters
        .into_iter()
        .map(|(level, s)| {
            // The statement's own answer ("not sure"), or the scale's label.
            let choices = s.choices(&bundle.matters.scale);
            let label = choices.iter().find(|(l, _)| *l == level).map_or("", |(_, label)| label.as_str());
            format!("{} ({label})", s.text)
        })
        .collect();

    let sure_lines = match state.sure_total(bundle.sure.item.len()) {
        Some(yes) => {
            let total = bundle.sure.item.len().to_string();
            let result = ui.summary_sure_result().replace("{yes}", &yes.to_string()).replace("{total}", &total);
            let note = if yes == bundle.sure.item.len() { ui.summary_sure_sure() } else { ui.summary_sure_unsure() };
            vec![result, note.clone()]
        }
        None => Vec::new(),
    };

    let check_lines = if state.check.is_empty() {
        Vec::new()
    } else {
        let answered = bundle.check.question.iter().filter(|q| state.check.contains_key(&q.id)).count();
        vec![ui
            .summary_check_result()
            .replace("{count}", &answered.to_string())
            .replace("{total}", &bundle.check.question.len().to_string())]
    };

    let mut questions: Vec<String> = state
        .questions
        .iter()
        .filter_map(|key| chosen_question(bundle, key))
        .map(|(option, question)| format!("{question} ({option})"))
        .collect();
    questions.extend(state.own_questions.iter().cloned());

    let mut steps: Vec<String> =
        bundle.steps.step.iter().filter(|s| state.steps.contains(&s.id)).map(|s| s.text.clone()).collect();
    steps.extend(state.own_steps.iter().cloned());

    vec![
        SummarySection {
            id: "leanings",
            heading: ui.summary_leanings_heading().clone(),
            lines: leanings,
            empty: ui.summary_no_leanings().clone(),
        },
        SummarySection {
            id: "matters",
            heading: ui.summary_matters_heading().clone(),
            lines: matters,
            empty: ui.summary_no_matters().clone(),
        },
        SummarySection {
            id: "sure",
            heading: ui.summary_sure_heading().clone(),
            lines: sure_lines,
            empty: ui.summary_no_sure().clone(),
        },
        SummarySection {
            id: "check",
            heading: ui.summary_check_heading().clone(),
            lines: check_lines,
            empty: String::new(),
        },
        SummarySection {
            id: "questions",
            heading: ui.summary_questions_heading().clone(),
            lines: questions,
            empty: ui.summary_no_questions().clone(),
        },
        SummarySection {
            id: "steps",
            heading: ui.summary_steps_heading().clone(),
            lines: steps,
            empty: ui.summary_no_steps().clone(),
        },
    ]
}

/// The summary as plain text, for the QR code. A QR code holds bytes, so the limit is in bytes (UTF-8: "ñ" is
/// two, "…" three): if the text is longer than `max_bytes`, lines are cut from the end of the longest sections
/// first and a note says so. Returns the text and whether it was shortened.
pub fn plain_text(bundle: &Bundle, state: &SessionState, date: &str, max_bytes: usize) -> (String, bool) {
    let ui = &bundle.ui;
    // The take-away holds what the person chose; the knowledge-check count stays on the page.
    let mut sections: Vec<SummarySection> =
        sections(bundle, state).into_iter().filter(|s| !s.lines.is_empty() && s.id != "check").collect();
    let header = format!(
        "{}\n{}",
        ui.summary_title(),
        ui.summary_made_on().replace("{date}", &crate::i18n::format_date(date, &bundle.lang))
    );
    let render = |sections: &[SummarySection], shortened: bool| -> String {
        let mut text = header.clone();
        for section in sections {
            text.push_str(&format!("\n\n{}:", section.heading));
            for line in &section.lines {
                text.push_str(&format!("\n- {line}"));
            }
        }
        if shortened {
            text.push_str("\n\n…");
        }
        text
    };
    let mut shortened = false;
    loop {
        let text = render(&sections, shortened);
        if text.len() <= max_bytes {
            return (text, shortened);
        }
        shortened = true;
        // Drop the last line of the section with the most lines; then drop empty sections.
        let Some(longest) = sections.iter_mut().filter(|s| !s.lines.is_empty()).max_by_key(|s| s.lines.len()) else {
            let mut end = max_bytes.saturating_sub('…'.len_utf8());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            return (format!("{}…", &text[..end]), true);
        };
        longest.lines.pop();
        sections.retain(|s| !s.lines.is_empty());
    }
}

/// The summary as a small, self-contained HTML body for the saved file (all text escaped).
pub fn html_body(bundle: &Bundle, state: &SessionState, date: &str) -> String {
    let ui = &bundle.ui;
    let mut html = format!(
        "<h1>{}</h1>\n<p>{}</p>\n<p>{}</p>\n",
        escape(ui.summary_title()),
        escape(&ui.summary_made_on().replace("{date}", &crate::i18n::format_date(date, &bundle.lang))),
        escape(ui.summary_file_note())
    );
    for section in sections(bundle, state) {
        if section.lines.is_empty() && section.empty.is_empty() {
            continue;
        }
        html.push_str(&format!("<h2>{}</h2>\n", escape(&section.heading)));
        if section.lines.is_empty() {
            html.push_str(&format!("<p>{}</p>\n", escape(&section.empty)));
        } else {
            html.push_str("<ul>\n");
            for line in &section.lines {
                html.push_str(&format!("<li>{}</li>\n", escape(line)));
            }
            html.push_str("</ul>\n");
        }
    }
    html
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_qr_text_counts_bytes_not_characters() {
        let bundle = crate::content::library().bundle("es");
        let mut state = SessionState::default();
        for i in 0..12 {
            state.own_steps.push(format!("Llamar a mi compañera el sábado, ñandú número {i}"));
        }
        let (whole, shortened) = plain_text(bundle, &state, "2026-01-01", usize::MAX);
        assert!(!shortened && whole.chars().count() < whole.len(), "the Spanish text has letters of two bytes");
        for limit in [whole.len() - 1, 400, 120, 20, 5] {
            let (text, shortened) = plain_text(bundle, &state, "2026-01-01", limit);
            assert!(shortened, "{limit}");
            assert!(text.len() <= limit, "{} bytes for a limit of {limit}", text.len());
        }
    }
}
