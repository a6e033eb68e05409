//! The review pack for a service's panel (/review): every sentence that states a figure, and every picture, page by
//! page and option by option, with its sources and how sure the research is; then the content's date and update
//! policy, and space to sign. Built from the content when it is read (`source.rs`), so it always says what the pages
//! say, as a page of sections (the type /safety and /about use, so the app needs no new reader for it); it travels
//! in the "review" part (`parts.rs`). Shared with `build.rs` (through `#[path]`).

use super::checks::has_statistic;
use super::markup;
use super::model::*;
use super::sorted::SortedMap;
use serde::Deserialize;

/// `pages/review.toml`: the words of /review itself. Read at build time only; what ships is the page built here.
#[derive(Deserialize, Debug, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct ReviewPage {
    pub title: String,
    pub lead: String,
    pub claims_intro: String,
    pub sources_label: String,
    pub certainty_label: String,
    pub policy_heading: String,
    pub sign_heading: String,
    pub sign_intro: String,
    /// Who signs: one block each (clinical lead, peer lead).
    pub sign_roles: Vec<String>,
    /// The lines in each block (name, signature, date).
    pub sign_fields: Vec<String>,
    /// The plain label of each kind of source, by its key in [`SOURCE_DESIGNS`].
    pub designs: SortedMap<String>,
}

/// What is wrong with a review page's words, as (field, message).
pub fn problems(page: &ReviewPage) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for design in SOURCE_DESIGNS {
        if page.designs.get(design).is_none_or(|label| label.trim().is_empty()) {
            out.push((format!("designs.{design}"), "needs a plain label".to_string()));
        }
    }
    for key in page.designs.keys() {
        if !SOURCE_DESIGNS.contains(&key.as_str()) {
            out.push((format!("designs.{key}"), format!("is not one of {SOURCE_DESIGNS:?}")));
        }
    }
    if page.sign_roles.is_empty() || page.sign_fields.is_empty() {
        out.push(("sign_roles".to_string(), "needs who signs and the lines to sign on".to_string()));
    }
    out
}

/// The review pack of one language. `designs` pairs each reference's key with the kind of source it is.
pub fn pack(bundle: &Bundle, designs: &[(String, String)], page: &ReviewPage) -> ArticlePage {
    let mut collector = Collector { bundle, designs, page, groups: Vec::new() };
    for option in &bundle.options {
        collector.option(option);
    }
    let pages = &bundle.pages;
    collector.text(&pages.start.title, "", &pages.start.lead);
    collector.text(&pages.start.title, "", &pages.start.hope);
    for article in [&pages.safety, &pages.about, &pages.privacy] {
        collector.text(&article.title, "", &article.lead);
        for section in &article.sections {
            collector.text(&article.title, &section.heading, &section.body);
        }
    }
    let workers = &pages.professionals;
    for belief in &workers.beliefs.item {
        collector.text(&workers.title, &belief.belief, &belief.evidence);
    }
    for question in &bundle.check.question {
        collector.text(&bundle.check.title, &question.statement, &question.explanation);
    }
    for story in &bundle.stories {
        collector.text(&story.title, "", &story.body);
        collector.text(&story.title, "", &story.safety);
    }

    let mut sections: Vec<Section> = collector
        .groups
        .into_iter()
        .enumerate()
        .map(|(i, (heading, items))| Section { id: format!("page-{}", i + 1), heading, body: items.join("\n") })
        .collect();
    if let Some(dates) = pages.about.sections.iter().find(|s| s.id == "dates") {
        sections.push(Section {
            id: "policy".to_string(),
            heading: page.policy_heading.clone(),
            body: format!("**{}**\n\n{}", dates.heading.trim(), dates.body.trim()),
        });
    }
    let mut sign = vec![page.sign_intro.trim().to_string()];
    for role in &page.sign_roles {
        sign.push(format!("**{}**", role.trim()));
        sign.push(page.sign_fields.iter().map(|field| format!("- {}:", field.trim())).collect::<Vec<_>>().join("\n"));
    }
    sections.push(Section { id: "sign".to_string(), heading: page.sign_heading.clone(), body: sign.join("\n\n") });
    ArticlePage {
        title: page.title.clone(),
        lead: format!("{}\n\n{}", page.lead.trim(), page.claims_intro.trim()),
        sections,
    }
}

struct Collector<'a> {
    bundle: &'a Bundle,
    designs: &'a [(String, String)],
    page: &'a ReviewPage,
    /// Each page's name and its claims, one bullet each, in the order the pages first come.
    groups: Vec<(String, Vec<String>)>,
}

impl Collector<'_> {
    fn option(&mut self, option: &OptionPage) {
        let bundle = self.bundle;
        for figure in &option.figures {
            let outcome = bundle.outcomes.iter().find(|o| o.id == figure.outcome);
            let (label, denominator) = outcome.map(|o| (o.label.as_str(), o.denominator)).unwrap_or(("", 0));
            let counts: Vec<String> =
                figure.groups.iter().map(|g| format!("{}: {} / {denominator}", g.label.trim(), g.count)).collect();
            let claim = format!("{}. {}", counts.join("; "), flat(&figure.context));
            let certainty = flat(&figure.certainty);
            self.push(&option.name, label, &claim, &[figure.source.as_str()], &certainty);
        }
        self.text(&option.name, "", &option.summary);
        for question in &bundle.questions {
            if let Some(answer) = option.answers.get(&question.id) {
                self.text(&option.name, &question.heading, answer);
            }
        }
        if let Some(starting) = &option.starting {
            for text in [&starting.first_days, &starting.withdrawal, &starting.fentanyl] {
                self.text(&option.name, "", text);
            }
        }
    }

    /// Each sentence of the text that states a figure, with its sources and how sure they can make us.
    fn text(&mut self, page: &str, section: &str, text: &str) {
        for sentence in markup::sentence_units(text) {
            if !has_statistic(&sentence) {
                continue;
            }
            let keys = cited(&sentence);
            let certainty = self.certainty(&keys);
            let claim = sentence.trim_start_matches("- ").to_string();
            self.push(page, section, &claim, &keys, &certainty);
        }
    }

    fn push(&mut self, page: &str, section: &str, claim: &str, keys: &[&str], certainty: &str) {
        let sources: Vec<String> = keys
            .iter()
            .filter_map(|key| self.bundle.references.iter().find(|r| r.key == *key))
            .map(|r| format!("{}, {}", r.short, r.published_in))
            .collect();
        let mut item = String::from("- ");
        if !section.trim().is_empty() {
            item.push_str(&format!("**{}:** ", section.trim().trim_end_matches(['.', '?', ':'])));
        }
        item.push_str(&format!(
            "{} **{}:** {}. **{}:** {}",
            claim.trim(),
            self.page.sources_label.trim(),
            sources.join("; "),
            self.page.certainty_label.trim(),
            certainty.trim()
        ));
        match self.groups.iter_mut().find(|(name, _)| name == page) {
            Some((_, items)) => items.push(item),
            None => self.groups.push((page.to_string(), vec![item])),
        }
    }

    /// The plain labels of the kinds of the cited sources, each once.
    fn certainty(&self, keys: &[&str]) -> String {
        let mut labels: Vec<&str> = Vec::new();
        for key in keys {
            let Some((_, design)) = self.designs.iter().find(|(k, _)| k == key) else { continue };
            let label = self.page.designs.get(design).map_or("", String::as_str);
            if !label.is_empty() && !labels.contains(&label) {
                labels.push(label);
            }
        }
        labels.join(" ")
    }
}

/// A text on one line (a bullet holds one line).
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The keys cited in a piece of markup, each once, in order.
fn cited(text: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    for (start, _) in text.match_indices("[@") {
        if let Some(end) = text[start..].find(']') {
            let key = &text[start + 2..start + end];
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys
}
