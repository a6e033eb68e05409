//! The review pack for a service's panel (/review): every sentence that states a figure, and every picture, page by
//! page and option by option, with its sources and how sure the research is, and the content's date and update
//! policy. Built from the content when it is read (`source.rs`), so it always says what the pages say; it travels
//! in the "review" part (`reading.rs`). Shared with `build.rs` (through `#[path]`).

use super::checks::has_statistic;
use super::markup;
use super::model::*;

/// The review pack of one language (its page's words are already in `bundle.review.page`); `designs` pairs each
/// reference's key with the kind of source it is (references.toml, `design`).
pub fn pack(bundle: &Bundle, designs: &[(String, String)]) -> ReviewPack {
    let mut pack = Collector { bundle, designs, claims: Vec::new() };
    for option in &bundle.options {
        pack.option(option);
    }
    let pages = &bundle.pages;
    pack.text(&pages.start.title, "", &pages.start.lead);
    pack.text(&pages.start.title, "", &pages.start.hope);
    for article in [&pages.safety, &pages.about, &pages.privacy] {
        pack.text(&article.title, "", &article.lead);
        for section in &article.sections {
            pack.text(&article.title, &section.heading, &section.body);
        }
    }
    let workers = &pages.professionals;
    for belief in &workers.beliefs.item {
        pack.text(&workers.title, &belief.belief, &belief.evidence);
    }
    for question in &bundle.check.question {
        pack.text(&bundle.check.title, &question.statement, &question.explanation);
    }
    for story in &bundle.stories {
        pack.text(&story.title, "", &story.body);
        pack.text(&story.title, "", &story.safety);
    }
    let dates = pages.about.sections.iter().find(|s| s.id == "dates");
    ReviewPack {
        page: bundle.review.page.clone(),
        claims: pack.claims,
        dates_heading: dates.map(|s| s.heading.clone()).unwrap_or_default(),
        dates: dates.map(|s| s.body.clone()).unwrap_or_default(),
    }
}

struct Collector<'a> {
    bundle: &'a Bundle,
    designs: &'a [(String, String)],
    claims: Vec<ReviewClaim>,
}

impl Collector<'_> {
    fn option(&mut self, option: &OptionPage) {
        let bundle = self.bundle;
        for figure in &option.figures {
            let outcome = bundle.outcomes.iter().find(|o| o.id == figure.outcome);
            let (label, denominator) = outcome.map(|o| (o.label.as_str(), o.denominator)).unwrap_or(("", 0));
            let counts: Vec<String> =
                figure.groups.iter().map(|g| format!("{}: {} / {denominator}", g.label, g.count)).collect();
            self.claims.push(ReviewClaim {
                page: option.name.clone(),
                section: label.to_string(),
                claim: format!("{} {}", counts.join("; "), figure.context),
                sources: self.sources(&[figure.source.as_str()]),
                certainty: figure.certainty.clone(),
            });
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

    /// Each sentence of the text that states a figure, with its sources.
    fn text(&mut self, page: &str, section: &str, text: &str) {
        for sentence in markup::sentence_units(text) {
            if !has_statistic(&sentence) {
                continue;
            }
            let keys = cited(&sentence);
            let sources = self.sources(&keys);
            let certainty = self.certainty(&keys);
            self.claims.push(ReviewClaim {
                page: page.to_string(),
                section: section.to_string(),
                claim: sentence,
                sources,
                certainty,
            });
        }
    }

    fn sources(&self, keys: &[&str]) -> Vec<String> {
        keys.iter()
            .filter_map(|key| self.bundle.references.iter().find(|r| r.key == *key))
            .map(|r| format!("{}: {}", r.short, r.published_in))
            .collect()
    }

    /// The plain labels of the kinds of the cited sources, each once.
    fn certainty(&self, keys: &[&str]) -> String {
        let mut labels: Vec<&str> = Vec::new();
        for key in keys {
            let Some((_, design)) = self.designs.iter().find(|(k, _)| k == key) else { continue };
            let label = self.bundle.review.page.designs.get(design).map_or("", String::as_str);
            if !label.is_empty() && !labels.contains(&label) {
                labels.push(label);
            }
        }
        labels.join(" ")
    }
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
