//! Quality measures over the content: balance between options and plain-language reading level.
//! Used by the native test suite (`tests/quality.rs`), which fails with the worst offenders listed.

use super::markup;
use super::model::*;
use crate::routes::Route;

/// Words a reader sees in a piece of markup (citations dropped).
pub fn word_count(text: &str) -> usize {
    markup::plain_text(text).split_whitespace().count()
}

/// For each option, its word counts for "how can it help" and "downsides and risks".
pub fn balance(bundle: &Bundle) -> Vec<(String, usize, usize)> {
    bundle
        .options
        .iter()
        .map(|o| (o.id.clone(), word_count(&o.answers.helps), word_count(&o.answers.downsides)))
        .collect()
}

/// Options whose helps or downsides word count is more than `tolerance` (0.25 = 25 %) from the average across
/// options. Each entry: (option id, which answer, words, average).
pub fn unbalanced(bundle: &Bundle, tolerance: f64) -> Vec<(String, &'static str, usize, f64)> {
    let rows = balance(bundle);
    if rows.is_empty() {
        return Vec::new();
    }
    let n = rows.len() as f64;
    let avg_helps = rows.iter().map(|r| r.1 as f64).sum::<f64>() / n;
    let avg_downsides = rows.iter().map(|r| r.2 as f64).sum::<f64>() / n;
    let mut out = Vec::new();
    for (id, helps, downsides) in rows {
        if (helps as f64 - avg_helps).abs() > tolerance * avg_helps {
            out.push((id.clone(), "helps", helps, avg_helps));
        }
        if (downsides as f64 - avg_downsides).abs() > tolerance * avg_downsides {
            out.push((id, "downsides", downsides, avg_downsides));
        }
    }
    out
}

/// For each option, the words of its nine short answers together.
pub fn glance_totals(bundle: &Bundle) -> Vec<(String, usize)> {
    bundle
        .options
        .iter()
        .map(|o| (o.id.clone(), o.glance.entries().map(|(_, answer)| word_count(answer)).sum()))
        .collect()
}

/// When the longest option's short answers run more than `max_ratio` times the shortest's, the two options:
/// (longest id, its words, shortest id, its words). Short answers that are thin for one path and full for
/// another lean the grid as surely as long ones do.
pub fn glance_imbalance(bundle: &Bundle, max_ratio: f64) -> Option<(String, usize, String, usize)> {
    let totals = glance_totals(bundle);
    let longest = totals.iter().max_by_key(|(_, words)| *words)?;
    let shortest = totals.iter().min_by_key(|(_, words)| *words)?;
    (longest.1 as f64 > max_ratio * shortest.1 as f64)
        .then(|| (longest.0.clone(), longest.1, shortest.0.clone(), shortest.1))
}

/// Counts syllables in an English word: groups of vowels, less a silent final "e". Good enough for a grade level
/// (the standard approach of readability tools); never less than one.
pub fn syllables(word: &str) -> usize {
    let word: String = word.chars().filter(|c| c.is_ascii_alphabetic()).collect::<String>().to_lowercase();
    if word.is_empty() {
        return 0;
    }
    if word.len() <= 3 {
        return 1;
    }
    let is_vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = word.chars().collect();
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &chars {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    // Silent final "e" ("take"), but not "-le" after a consonant ("little").
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    // "-ed" endings that add no syllable ("used", "helped"), except after t or d ("started").
    if word.ends_with("ed") && count > 1 && !word.ends_with("ted") && !word.ends_with("ded") {
        count -= 1;
    }
    count.max(1)
}

/// Flesch–Kincaid grade level of plain text. Sentences end at `.`, `!`, `?` or a line break (bullets and
/// headings count as their own sentences).
pub fn flesch_kincaid_grade(text: &str) -> f64 {
    let mut sentences = 0usize;
    let mut words = 0usize;
    let mut syllable_total = 0usize;
    for line in text.lines() {
        for sentence in markup::sentences(line) {
            let sentence_words: Vec<&str> =
                sentence.split_whitespace().filter(|w| w.chars().any(|c| c.is_alphanumeric())).collect();
            if sentence_words.is_empty() {
                continue;
            }
            sentences += 1;
            words += sentence_words.len();
            syllable_total += sentence_words.iter().map(|w| syllables(w)).sum::<usize>();
        }
    }
    if words == 0 {
        return 0.0;
    }
    0.39 * (words as f64 / sentences as f64) + 11.8 * (syllable_total as f64 / words as f64) - 15.59
}

/// The words of each page a person can open, as (page path, plain text).
pub fn page_texts(bundle: &Bundle) -> Vec<(String, String)> {
    let mut pages = Vec::new();
    let join =
        |parts: Vec<&str>| -> String { parts.into_iter().map(markup::plain_text).collect::<Vec<_>>().join("\n") };
    let start = &bundle.pages.start;
    let mut start_parts = vec![
        start.title.as_str(),
        start.lead.as_str(),
        start.first_step.as_str(),
        start.promise.as_str(),
        start.hope.as_str(),
    ];
    for way in &start.ways {
        start_parts.extend([way.title.as_str(), way.body.as_str(), way.link_text.as_str()]);
    }
    for note in &start.notes {
        start_parts.extend([note.heading.as_str(), note.body.as_str()]);
    }
    pages.push((Route::Start.to_path(), join(start_parts)));

    for option in &bundle.options {
        let mut parts = vec![option.name.as_str(), option.summary.as_str()];
        for question in &bundle.glance.question {
            parts.push(question.heading.as_str());
            parts.push(option.glance.get(&question.id).unwrap_or(""));
        }
        if let Some(starting) = &option.starting {
            parts.extend([starting.first_days.as_str(), starting.withdrawal.as_str(), starting.fentanyl.as_str()]);
        }
        for question in &bundle.questions {
            parts.push(question.heading.as_str());
            parts.push(option.answers.get(&question.id).unwrap_or(""));
        }
        parts.extend(option.questions.iter().map(String::as_str));
        pages.push((Route::Option { id: option.id.clone() }.to_path(), join(parts)));
    }
    for (route, page) in [
        (Route::Safety, &bundle.pages.safety),
        (Route::Privacy, &bundle.pages.privacy),
        (Route::About, &bundle.pages.about),
        (Route::HowToStart, &bundle.pages.how_to_start),
    ] {
        let mut parts = vec![page.title.as_str(), page.lead.as_str()];
        for section in &page.sections {
            parts.extend([section.heading.as_str(), section.body.as_str()]);
        }
        pages.push((route.to_path(), join(parts)));
    }
    let pro = &bundle.pages.professionals;
    let mut parts =
        vec![pro.title.as_str(), pro.lead.as_str(), pro.beliefs.heading.as_str(), pro.beliefs.intro.as_str()];
    for item in &pro.beliefs.item {
        parts.extend([item.belief.as_str(), item.short_answer.as_str(), item.evidence.as_str()]);
    }
    parts.extend([pro.self_check.heading.as_str(), pro.self_check.intro.as_str()]);
    for item in &pro.self_check.item {
        parts.extend([item.question.as_str(), item.why.as_str()]);
    }
    parts.extend([pro.language.heading.as_str(), pro.language.intro.as_str()]);
    for item in &pro.language.item {
        parts.extend([item.use_instead.as_str(), item.why.as_str()]);
    }
    parts.extend([pro.in_session.heading.as_str(), pro.in_session.body.as_str()]);
    pages.push((Route::Professionals.to_path(), join(parts)));

    for story in &bundle.stories {
        let mut parts = vec![story.title.as_str(), story.summary.as_str(), story.body.as_str(), story.safety.as_str()];
        parts.extend(story.helped.iter().map(String::as_str));
        parts.extend(story.hard.iter().map(String::as_str));
        pages.push((Route::Story { id: story.id.clone() }.to_path(), join(parts)));
    }
    pages
}

/// Every page's grade level, hardest first.
pub fn grades(bundle: &Bundle) -> Vec<(String, f64)> {
    let mut grades: Vec<(String, f64)> =
        page_texts(bundle).into_iter().map(|(path, text)| (path, flesch_kincaid_grade(&text))).collect();
    grades.sort_by(|a, b| b.1.total_cmp(&a.1));
    grades
}

/// Every reference key cited anywhere in the content: `[@key]` in any text, or a figure's `source`.
pub fn cited_anywhere(files: &[(String, toml::Value)]) -> std::collections::BTreeSet<String> {
    fn walk(value: &toml::Value, key: &str, out: &mut std::collections::BTreeSet<String>) {
        match value {
            toml::Value::Table(table) => table.iter().for_each(|(k, v)| walk(v, k, out)),
            toml::Value::Array(items) => items.iter().for_each(|v| walk(v, key, out)),
            toml::Value::String(text) if key == "source" => {
                out.insert(text.clone());
            }
            toml::Value::String(text) => {
                out.extend(super::cited_keys([text.as_str()]));
            }
            _ => {}
        }
    }
    let mut out = std::collections::BTreeSet::new();
    for (file, value) in files {
        if !file.ends_with("references.toml") {
            walk(value, "", &mut out);
        }
    }
    out
}

/// Options that no story is about.
pub fn options_without_stories(bundle: &Bundle) -> Vec<String> {
    bundle
        .options
        .iter()
        .filter(|o| !bundle.stories.iter().any(|s| s.options.contains(&o.id)))
        .map(|o| o.id.clone())
        .collect()
}

/// For each option (in the order of [`OPTION_IDS`]): how many "what matters" statements it tends to help with,
/// can make harder, and where it depends.
pub fn matters_effects(bundle: &Bundle) -> Vec<(&'static str, usize, usize, usize)> {
    OPTION_IDS
        .iter()
        .map(|&id| {
            let effects: Vec<Effect> =
                bundle.matters.statement.iter().filter_map(|s| s.relations.get(id)).map(|r| r.effect).collect();
            let count = |e: Effect| effects.iter().filter(|x| **x == e).count();
            (id, count(Effect::Supports), count(Effect::Against), count(Effect::Depends))
        })
        .collect()
}

/// Problems with the balance of /matters: an option with nothing it helps with or nothing it makes harder, or
/// "tends to help" / "can make harder" counts more than `spread` apart between two options.
pub fn matters_imbalance(bundle: &Bundle, spread: usize) -> Vec<String> {
    let rows = matters_effects(bundle);
    let mut out = Vec::new();
    for (id, supports, against, _) in &rows {
        if *supports == 0 || *against == 0 {
            out.push(format!("{id}: {supports} \"tends to help\", {against} \"can make harder\"; needs both"));
        }
    }
    for (label, pick) in [("tends to help", 1usize), ("can make harder", 2usize)] {
        let value = |r: &(&str, usize, usize, usize)| if pick == 1 { r.1 } else { r.2 };
        let (Some(max), Some(min)) = (rows.iter().max_by_key(|r| value(r)), rows.iter().min_by_key(|r| value(r)))
        else {
            continue;
        };
        if value(max) - value(min) > spread {
            out.push(format!(
                "\"{label}\": {} has {}, {} has {} (more than {spread} apart)",
                max.0,
                value(max),
                min.0,
                value(min)
            ));
        }
    }
    out
}

/// For each option (in the order of [`OPTION_IDS`]), how many /steps lead toward it: steps that name it but not
/// every option (steps for every path, like getting naloxone, are not counted).
pub fn steps_toward(bundle: &Bundle) -> Vec<(&'static str, usize)> {
    OPTION_IDS
        .iter()
        .map(|&id| {
            let n = bundle
                .steps
                .step
                .iter()
                .filter(|s| s.options.len() < OPTION_IDS.len() && s.options.iter().any(|o| o == id))
                .count();
            (id, n)
        })
        .collect()
}

/// For each option (in the order of [`OPTION_IDS`]): "tends to help" minus "can make harder" on /matters, the way
/// the mapping leans for that path as a whole.
pub fn matters_leaning(bundle: &Bundle) -> Vec<(&'static str, i64)> {
    matters_effects(bundle)
        .into_iter()
        .map(|(id, supports, against, _)| (id, supports as i64 - against as i64))
        .collect()
}

/// Paths the knowledge check never defends against a myth (`myth_against`) or never warns about (`myth_for`):
/// each path needs a statement each way, so the check does not only favour some paths and only warn about others.
pub fn check_one_sided(bundle: &Bundle) -> Vec<String> {
    let mut out = Vec::new();
    for id in OPTION_IDS {
        let named = |pick: fn(&CheckQuestion) -> &Vec<String>| {
            bundle.check.question.iter().any(|q| pick(q).iter().any(|o| o == id))
        };
        if !named(|q| &q.myth_against) {
            out.push(format!("{id}: no statement corrects a myth against it"));
        }
        if !named(|q| &q.myth_for) {
            out.push(format!("{id}: no statement corrects a myth in its favour"));
        }
    }
    out
}
