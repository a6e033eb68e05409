//! The content rules. Each broken rule becomes a [`ContentError`] that names the file and the field, so a writer
//! can find and mend it. Native only (build script and tests).

use super::markup::{self, Block, Inline};
use super::model::*;
use std::collections::{BTreeSet, HashSet};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub field: String,
    pub message: String,
}

impl ContentError {
    pub fn new(file: impl Into<String>, field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { file: file.into(), field: field.into(), message: message.into() }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: {}: {}", self.file, self.field, self.message)
        }
    }
}

/// Keys whose values are identifiers or paths, not text a person reads.
pub const NON_TEXT_KEYS: [&str; 13] = [
    "id",
    "path",
    "key",
    "options",
    "experiences",
    "related_stories",
    "lang",
    "ending",
    "endings",
    "did_not_fit",
    "myth_against",
    "myth_for",
    "design",
];
/// Tokens with digits that are names, not statistics.
pub const NUMBER_NAMES: [&str; 2] = ["12-step", "24/7"];

/// Every content rule. `languages` are the languages' `language.toml`, in the library's order.
pub fn check_all(library: &Library, languages: &[LanguageFile], files: &[(String, toml::Value)]) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let reference_keys: HashSet<&str> = library.references.iter().map(|r| r.key.as_str()).collect();
    for (bundle, language) in library.bundles.iter().zip(languages) {
        check_language(bundle, language, &mut errors);
    }

    check_references(library, files, &mut errors);
    check_parity(library, &mut errors);
    for bundle in &library.bundles {
        check_glance(bundle, library.bundles.first().is_some_and(|first| first.lang == bundle.lang), &mut errors);
    }
    check_message_variables(library, &mut errors);
    for bundle in &library.bundles {
        check_bundle(bundle, &reference_keys, &mut errors);
    }
    for (file, value) in files {
        let valid_paths = ValidPaths::for_file(library, file);
        // A language's texts are held to its own words to avoid; a shared file (the references), to every language's.
        let own = library.bundles.iter().zip(languages).find(|(b, _)| file.contains(&format!("/{}/", b.lang)));
        let avoid: Vec<&AvoidGroup> = match own {
            Some((_, language)) => language.avoid.iter().collect(),
            None => languages.iter().flat_map(|l| &l.avoid).collect(),
        };
        let mut walker =
            TextWalker { file, reference_keys: &reference_keys, valid_paths, avoid: &avoid, errors: &mut errors };
        walker.walk(value, "");
    }
    errors
}

/// A language's `language.toml`: values the app can use, words to avoid that say why, and the published SURE
/// wording kept word for word where the language has one.
fn check_language(bundle: &Bundle, language: &LanguageFile, errors: &mut Vec<ContentError>) {
    let file = file_name(bundle, "language.toml");
    let mut problem = |field: &str, message: &str| errors.push(ContentError::new(&file, field, message));
    if language.name.trim().is_empty() {
        problem("name", "is empty: the language's name in itself, as the language links show it");
    }
    if !matches!(language.direction.as_str(), "ltr" | "rtl") {
        problem("direction", "must be \"ltr\" (left to right) or \"rtl\" (right to left)");
    }
    if language.numbers.group_separator.is_empty() || language.numbers.group_from_digits < 2 {
        problem("numbers", "needs a group_separator and a group_from_digits of 2 or more");
    }
    if language.dates.months.len() != 12 || language.dates.months.iter().any(|m| m.trim().is_empty()) {
        problem("dates.months", "lists the twelve months' names, January first");
    }
    for part in ["{day}", "{month}", "{year}"] {
        if !language.dates.pattern.contains(part) {
            problem("dates.pattern", &format!("must contain {part}"));
        }
    }
    if language.avoid.is_empty() {
        problem("avoid", "lists the words the build refuses in this language (product.md, \"Words\")");
    }
    for (i, group) in language.avoid.iter().enumerate() {
        if group.words.is_empty() || group.words.iter().any(|w| w.trim().is_empty()) || group.why.trim().is_empty() {
            problem(&format!("avoid[{i}]"), "needs its words and why they hurt");
        }
    }
    if let Some(sure) = &language.sure {
        let sure_file = file_name(bundle, "sure.toml");
        let items: Vec<&str> = bundle.sure.item.iter().map(|item| item.question.as_str()).collect();
        for (i, wording) in sure.published.iter().enumerate() {
            if items.get(i) != Some(&wording.as_str()) {
                errors.push(ContentError::new(
                    &sure_file,
                    format!("item[{i}].question"),
                    format!("must keep the published wording: \"{wording}\""),
                ));
            }
        }
    }
}

fn file_name(bundle: &Bundle, relative: &str) -> String {
    format!("assets/content/{}/{relative}", bundle.lang)
}

fn check_references(library: &Library, files: &[(String, toml::Value)], errors: &mut Vec<ContentError>) {
    let file = files
        .iter()
        .map(|(f, _)| f.as_str())
        .find(|f| f.ends_with("references.toml"))
        .unwrap_or("assets/content/references.toml");
    let mut seen = HashSet::new();
    for (i, reference) in library.references.iter().enumerate() {
        if !seen.insert(reference.key.as_str()) {
            errors.push(ContentError::new(
                file,
                format!("reference[{i}].key"),
                format!("\"{}\" is used twice", reference.key),
            ));
        }
        if !is_slug(&reference.key) {
            errors.push(ContentError::new(
                file,
                format!("reference[{i}].key"),
                "use lowercase letters, digits and hyphens",
            ));
        }
    }
}

fn check_bundle(bundle: &Bundle, reference_keys: &HashSet<&str>, errors: &mut Vec<ContentError>) {
    let questions = file_name(bundle, "questions.toml");
    let ids: Vec<&str> = bundle.questions.iter().map(|q| q.id.as_str()).collect();
    if ids != QUESTION_IDS {
        errors.push(ContentError::new(
            &questions,
            "question",
            format!("must be the ten questions of product.md in order: {QUESTION_IDS:?}, found {ids:?}"),
        ));
    }

    let option_ids: Vec<&str> = bundle.options.iter().map(|o| o.id.as_str()).collect();
    for id in OPTION_IDS {
        if !option_ids.contains(&id) {
            errors.push(ContentError::new(
                file_name(bundle, &format!("options/{id}.toml")),
                "",
                "missing: every option needs its own file",
            ));
        }
    }
    let story_ids: HashSet<&str> = bundle.stories.iter().map(|s| s.id.as_str()).collect();
    for option in &bundle.options {
        let file = file_name(bundle, &format!("options/{}.toml", option.id));
        if !OPTION_IDS.contains(&option.id.as_str()) {
            errors.push(ContentError::new(
                &file,
                "id",
                format!("\"{}\" is not one of the options in product.md: {OPTION_IDS:?}", option.id),
            ));
        }
        for question in QUESTION_IDS {
            let answer = option.answers.get(question).unwrap_or("");
            if answer.trim().is_empty() {
                errors.push(ContentError::new(
                    &file,
                    format!("answers.{question}"),
                    "is empty: every option answers every question",
                ));
            }
        }
        for (field, value) in [
            ("name", &option.name),
            ("tagline", &option.tagline),
            ("also_called", &option.also_called),
            ("summary", &option.summary),
        ] {
            if value.trim().is_empty() {
                errors.push(ContentError::new(&file, field, "is empty"));
            }
        }
        if option.questions.len() < 3 {
            errors.push(ContentError::new(&file, "questions", "list at least three questions a person could ask"));
        }
        for (i, figure) in option.figures.iter().enumerate() {
            let field = format!("figures[{i}]");
            let Some(outcome) = bundle.outcomes.iter().find(|o| o.id == figure.outcome) else {
                errors.push(ContentError::new(
                    &file,
                    format!("{field}.outcome"),
                    format!("\"{}\" is not in outcomes.toml", figure.outcome),
                ));
                continue;
            };
            if !reference_keys.contains(figure.source.as_str()) {
                errors.push(ContentError::new(
                    &file,
                    format!("{field}.source"),
                    format!("\"{}\" is not in references.toml", figure.source),
                ));
            }
            if !figure.context.contains(&format!("[@{}]", figure.source)) {
                errors.push(ContentError::new(
                    &file,
                    format!("{field}.context"),
                    format!(
                        "say under the picture who was studied and for how long, citing the figure's source [@{}]",
                        figure.source
                    ),
                ));
            }
            if figure.groups.is_empty() {
                errors.push(ContentError::new(&file, format!("{field}.groups"), "a figure needs at least one group"));
            }
            for (g, group) in figure.groups.iter().enumerate() {
                if group.count > outcome.denominator {
                    errors.push(ContentError::new(
                        &file,
                        format!("{field}.groups[{g}].count"),
                        format!("{} is more than the denominator {}", group.count, outcome.denominator),
                    ));
                }
            }
        }
        for (i, story) in option.related_stories.iter().enumerate() {
            if !story_ids.contains(story.as_str()) {
                errors.push(ContentError::new(
                    &file,
                    format!("related_stories[{i}]"),
                    format!("no story has the id \"{story}\""),
                ));
            }
        }
    }

    let experience_ids: HashSet<&str> = bundle.experiences.iter().map(|e| e.id.as_str()).collect();
    for story in &bundle.stories {
        let file = file_name(bundle, &format!("stories/{}.toml", story.id));
        for (i, option) in story.options.iter().enumerate() {
            if !OPTION_IDS.contains(&option.as_str()) {
                errors.push(ContentError::new(
                    &file,
                    format!("options[{i}]"),
                    format!("\"{option}\" is not an option id"),
                ));
            }
        }
        for (i, experience) in story.experiences.iter().enumerate() {
            if !experience_ids.contains(experience.as_str()) {
                errors.push(ContentError::new(
                    &file,
                    format!("experiences[{i}]"),
                    format!("\"{experience}\" is not in experiences.toml"),
                ));
            }
        }
        if story.options.is_empty() {
            errors.push(ContentError::new(&file, "options", "name at least one option this story is about"));
        }
        if !story.options.contains(&story.ending) {
            errors.push(ContentError::new(
                &file,
                "ending",
                format!("\"{}\" must be one of this story's options {:?}", story.ending, story.options),
            ));
        }
        for (i, id) in story.experiences.iter().enumerate() {
            let Some(experience) = bundle.experiences.iter().find(|e| &e.id == id) else { continue };
            if !experience.options.is_empty() && !experience.options.iter().any(|o| story.options.contains(o)) {
                errors.push(ContentError::new(
                    &file,
                    format!("experiences[{i}]"),
                    format!("\"{id}\" needs the story to be about one of {:?}", experience.options),
                ));
            }
            if !experience.endings.is_empty() && !experience.endings.contains(&story.ending) {
                errors.push(ContentError::new(
                    &file,
                    format!("experiences[{i}]"),
                    format!(
                        "\"{id}\" needs the story to end on one of {:?}, but it ends on \"{}\"",
                        experience.endings, story.ending
                    ),
                ));
            }
        }
    }
    check_story_endings(bundle, errors);

    for (relative, page) in [
        ("pages/safety.toml", &bundle.pages.safety),
        ("pages/privacy.toml", &bundle.pages.privacy),
        ("pages/about.toml", &bundle.pages.about),
        ("pages/how-to-start.toml", &bundle.pages.how_to_start),
    ] {
        let ids = page.sections.iter().map(|section| section.id.as_str());
        check_anchor_ids(&file_name(bundle, relative), "sections", ids, errors);
    }
    check_how_to_start(bundle, errors);
    check_menu_names(bundle, errors);
    for (i, outcome) in bundle.outcomes.iter().enumerate() {
        if ![100, 1000].contains(&outcome.denominator) {
            errors.push(ContentError::new(
                file_name(bundle, "outcomes.toml"),
                format!("outcome[{i}].denominator"),
                "icon arrays use 100 or 1,000 icons",
            ));
        }
    }
    check_tools(bundle, errors);
    check_prompts(bundle, errors);
    if bundle.pages.start.ways.len() != 3 {
        errors.push(ContentError::new(
            file_name(bundle, "pages/start.toml"),
            "ways",
            "the start page has exactly three ways in",
        ));
    }
}

/// Anchor ids (`#<id>` in links) are lowercase letters, digits and hyphens, each used once in its list (`list` is
/// the field that holds them, e.g. `sections`). Returns the ids.
fn check_anchor_ids<'a>(
    file: &str,
    list: &str,
    ids: impl Iterator<Item = &'a str>,
    errors: &mut Vec<ContentError>,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        let field = format!("{list}[{i}].id");
        if !is_slug(id) {
            errors.push(ContentError::new(file, &field, "use lowercase letters, digits and hyphens"));
        }
        if !seen.insert(id) {
            errors.push(ContentError::new(file, field, format!("\"{id}\" is used twice")));
        }
    }
    seen
}

/// The worker's prompts in session mode: every option has its own (three or four), and each of them links to a
/// belief on /professionals that exists (`/professionals#<belief id>`); belief ids are slugs, used once.
fn check_prompts(bundle: &Bundle, errors: &mut Vec<ContentError>) {
    let pro_file = file_name(bundle, "pages/professionals.toml");
    let ids = bundle.pages.professionals.beliefs.item.iter().map(|belief| belief.id.as_str());
    let beliefs = check_anchor_ids(&pro_file, "beliefs.item", ids, errors);
    let file = file_name(bundle, "prompts.toml");
    // Every page of the page table (src/routes/table.rs) has its prompts, and there are none for a page it lacks.
    let pages = crate::routes::prompt_keys();
    for key in &pages {
        if bundle.prompts.pages.get(key).is_none_or(|prompts| prompts.is_empty()) {
            errors.push(ContentError::new(&file, format!("pages.{key}"), "every page needs prompts for the worker"));
        }
    }
    for key in bundle.prompts.pages.keys() {
        if !pages.contains(&key.as_str()) {
            errors.push(ContentError::new(
                &file,
                format!("pages.{key}"),
                format!("no page has this key; the pages' keys are {pages:?} (src/routes/table.rs)"),
            ));
        }
    }
    for id in bundle.prompts.by_option.keys() {
        if !OPTION_IDS.contains(&id.as_str()) {
            errors.push(ContentError::new(&file, format!("by_option.{id}"), format!("\"{id}\" is not an option id")));
        }
    }
    for id in OPTION_IDS {
        let prompts = bundle.prompts.by_option.get(id).map_or(&[][..], Vec::as_slice);
        if !(3..=4).contains(&prompts.len()) {
            errors.push(ContentError::new(
                &file,
                format!("by_option.{id}"),
                "every option needs its own three or four prompts for the worker",
            ));
        }
        for (i, prompt) in prompts.iter().enumerate() {
            let anchors: Vec<String> = markup::parse_inline(prompt)
                .into_iter()
                .filter_map(|inline| match inline {
                    Inline::Link { href, .. } => href.strip_prefix("/professionals#").map(str::to_string),
                    _ => None,
                })
                .collect();
            if anchors.is_empty() {
                errors.push(ContentError::new(
                    &file,
                    format!("by_option.{id}[{i}]"),
                    "link the prompt to the belief it is about: [words](/professionals#<belief id>)",
                ));
            }
            for anchor in anchors.iter().filter(|a| !beliefs.contains(a.as_str())) {
                errors.push(ContentError::new(
                    &file,
                    format!("by_option.{id}[{i}]"),
                    format!("links to /professionals#{anchor}, but no belief on that page has the id \"{anchor}\""),
                ));
            }
        }
    }
    if bundle.prompts.route.is_empty() {
        errors.push(ContentError::new(&file, "route", "suggest a route for a short session"));
    }
}

/// The decision tools: every statement relates to every option, answers and links are valid, SURE is intact.
fn check_tools(bundle: &Bundle, errors: &mut Vec<ContentError>) {
    let valid_paths = ValidPaths {
        options: bundle.options.iter().map(|o| o.id.clone()).collect(),
        stories: bundle.stories.iter().map(|s| s.id.clone()).collect(),
    };
    let matters = file_name(bundle, "matters.toml");
    if bundle.matters.scale.len() != usize::from(IMPORTANCE_SCALE) {
        errors.push(ContentError::new(
            &matters,
            "scale",
            "needs exactly four labels, from not important to very important",
        ));
    }
    if !(10..=14).contains(&bundle.matters.statement.len()) {
        errors.push(ContentError::new(&matters, "statement", "use 10 to 14 statements"));
    }
    for (i, statement) in bundle.matters.statement.iter().enumerate() {
        if !statement.answers.is_empty() && statement.answers.len() != ANSWER_LEVELS.len() {
            errors.push(ContentError::new(
                &matters,
                format!("statement[{i}].answers"),
                "needs exactly three answers: no, not sure, yes",
            ));
        }
        for option in OPTION_IDS {
            match statement.relations.get(option) {
                None => errors.push(ContentError::new(
                    &matters,
                    format!("statement[{i}].relations"),
                    format!("\"{}\" does not say how {option} relates to it", statement.id),
                )),
                Some(relation) if relation.reason.trim().is_empty() => errors.push(ContentError::new(
                    &matters,
                    format!("statement[{i}].relations.{option}.reason"),
                    "is empty",
                )),
                _ => {}
            }
        }
        for option in statement.relations.keys() {
            if !OPTION_IDS.contains(&option.as_str()) {
                errors.push(ContentError::new(
                    &matters,
                    format!("statement[{i}].relations.{option}"),
                    "is not an option id",
                ));
            }
        }
    }

    let check = file_name(bundle, "check.toml");
    for (i, question) in bundle.check.question.iter().enumerate() {
        if question.answer != "true" && question.answer != "false" {
            errors.push(ContentError::new(&check, format!("question[{i}].answer"), "must be \"true\" or \"false\""));
        }
        if !valid_paths.allows(&question.link) {
            errors.push(ContentError::new(
                &check,
                format!("question[{i}].link"),
                format!("\"{}\" is not a page of the app", question.link),
            ));
        }
    }
    for option in OPTION_IDS {
        if !bundle.check.question.iter().any(|q| q.options.iter().any(|o| o == option)) {
            errors.push(ContentError::new(&check, "question", format!("no question covers {option}")));
        }
    }

    let sure = file_name(bundle, "sure.toml");
    if bundle.sure.item.len() != 4 {
        errors.push(ContentError::new(&sure, "item", "SURE has exactly four items"));
    }
    let item_ids: Vec<&str> = bundle.sure.item.iter().map(|i| i.id.as_str()).collect();
    for (i, suggestion) in bundle.sure.suggestion.iter().enumerate() {
        if suggestion.for_item != "any" && !item_ids.contains(&suggestion.for_item.as_str()) {
            errors.push(ContentError::new(&sure, format!("suggestion[{i}].for"), "must be a SURE item id or \"any\""));
        }
    }

    let steps = file_name(bundle, "steps.toml");
    for (i, step) in bundle.steps.step.iter().enumerate() {
        for option in &step.options {
            if !OPTION_IDS.contains(&option.as_str()) {
                errors.push(ContentError::new(
                    &steps,
                    format!("step[{i}].options"),
                    format!("\"{option}\" is not an option id"),
                ));
            }
        }
    }
}

/// The most words a short answer may have in the default language; translations may run longer.
pub const GLANCE_MAX_WORDS: usize = 22;
pub const GLANCE_MAX_WORDS_TRANSLATED: usize = 26;

/// The words of a short answer, citations left out.
pub fn glance_words(text: &str) -> usize {
    text.split_whitespace().filter(|word| !word.starts_with("[@")).count()
}

/// The short layer: the same nine questions in order, each pointing at a long answer; every option answers each in
/// one short plain paragraph; every medication has its "Starting" box.
fn check_glance(bundle: &Bundle, default_language: bool, errors: &mut Vec<ContentError>) {
    let glance_file = file_name(bundle, "glance.toml");
    let ids: Vec<&str> = bundle.glance.question.iter().map(|q| q.id.as_str()).collect();
    if ids != GLANCE_IDS {
        errors.push(ContentError::new(
            &glance_file,
            "question",
            format!("must be the short questions in order: {GLANCE_IDS:?}, found {ids:?}"),
        ));
    }
    for (i, question) in bundle.glance.question.iter().enumerate() {
        if !QUESTION_IDS.contains(&question.section.as_str()) {
            errors.push(ContentError::new(
                &glance_file,
                format!("question[{i}].section"),
                format!("\"{}\" is not one of the long answers {QUESTION_IDS:?}", question.section),
            ));
        }
    }
    let max_words = if default_language { GLANCE_MAX_WORDS } else { GLANCE_MAX_WORDS_TRANSLATED };
    for option in &bundle.options {
        let file = file_name(bundle, &format!("options/{}.toml", option.id));
        for (id, answer) in option.glance.entries() {
            let field = format!("glance.{id}");
            let words = glance_words(answer);
            if words == 0 {
                errors.push(ContentError::new(&file, &field, "is empty: every option answers every short question"));
            } else if words > max_words {
                errors.push(ContentError::new(
                    &file,
                    &field,
                    format!("has {words} words; a short answer has at most {max_words} (the detail is one tap away)"),
                ));
            }
            let plain = matches!(markup::parse(answer).as_slice(), [Block::Paragraph(inlines)]
                if inlines.iter().all(|i| matches!(i, Inline::Text(_) | Inline::Cite(_))));
            if words > 0 && !plain {
                errors.push(ContentError::new(
                    &file,
                    &field,
                    "is one plain paragraph: no lists, links or bold (a citation is fine)",
                ));
            }
        }
        let medications = options_of(PathKind::Medication);
        let medication = medications.contains(&option.id.as_str());
        match &option.starting {
            None if medication => errors.push(ContentError::new(
                &file,
                "starting",
                "is missing: every medication has a Starting box (first_days, withdrawal, fentanyl)",
            )),
            Some(_) if !medication => errors.push(ContentError::new(
                &file,
                "starting",
                format!("is only for the medications {medications:?}"),
            )),
            Some(starting) => {
                for (field, text) in [
                    ("first_days", &starting.first_days),
                    ("withdrawal", &starting.withdrawal),
                    ("fentanyl", &starting.fentanyl),
                ] {
                    if text.trim().is_empty() {
                        errors.push(ContentError::new(&file, format!("starting.{field}"), "is empty"));
                    }
                }
            }
            None => {}
        }
    }
}

/// Every option needs at least this many stories that end on it.
pub const MIN_STORIES_ENDING_ON_EACH_OPTION: usize = 2;

/// How many stories end on each option, in the order of [`OPTION_IDS`].
pub fn story_endings(bundle: &Bundle) -> Vec<(&'static str, usize)> {
    OPTION_IDS.iter().map(|&id| (id, bundle.stories.iter().filter(|s| s.ending == id).count())).collect()
}

/// Stories are spread over the paths: every option has stories that end on it, and as many stories end without
/// medication (after a taper, or in recovery without medication) as end on medication (within one).
fn check_story_endings(bundle: &Bundle, errors: &mut Vec<ContentError>) {
    let file = file_name(bundle, "stories/");
    let endings = story_endings(bundle);
    for (id, count) in &endings {
        if *count < MIN_STORIES_ENDING_ON_EACH_OPTION {
            errors.push(ContentError::new(
                &file,
                "ending",
                format!(
                    "only {count} stories end on \"{id}\"; every option needs at least \
                     {MIN_STORIES_ENDING_ON_EACH_OPTION}"
                ),
            ));
        }
    }
    // Every path is shown working for someone (a story ends on it, above) and not fitting someone.
    for story in &bundle.stories {
        for option in &story.did_not_fit {
            if !story.options.contains(option) || *option == story.ending {
                errors.push(ContentError::new(
                    &file,
                    format!("{}.did_not_fit", story.id),
                    format!("\"{option}\" must be one of the story's options, and not its ending"),
                ));
            }
        }
    }
    for id in OPTION_IDS {
        if !bundle.stories.iter().any(|s| s.did_not_fit.iter().any(|o| o == id)) {
            errors.push(ContentError::new(
                &file,
                "did_not_fit",
                format!("no story shows \"{id}\" not fitting someone; every option needs one where it worked and one where it did not"),
            ));
        }
    }
    // The paths with medication and those without it, as the options' list declares them (`model.rs`).
    let (with, without) = (options_of(PathKind::Medication), options_of(PathKind::WithoutMedication));
    let sum = |group: &[&str]| endings.iter().filter(|(id, _)| group.contains(id)).map(|(_, n)| n).sum::<usize>();
    let (medication, free) = (sum(&with), sum(&without));
    if medication.abs_diff(free) > 1 {
        errors.push(ContentError::new(
            &file,
            "ending",
            format!(
                "{medication} stories end on medication {with:?} and {free} end without it {without:?}; keep \
                 them within one of each other"
            ),
        ));
    }
}

/// Every language has the same pieces as English: the same options, stories, questions, sections and tools, so
/// no page is missing a part in any language. (Missing fields are already caught when the files are read.)
pub fn check_parity(library: &Library, errors: &mut Vec<ContentError>) {
    let Some(en) = library.bundles.iter().find(|b| b.lang == DEFAULT_LANGUAGE) else { return };
    for other in library.bundles.iter().filter(|b| b.lang != DEFAULT_LANGUAGE) {
        // What `project` reads from a bundle must read the same in this language as in English.
        let mut same = |what: &str, file: &str, project: &dyn Fn(&Bundle) -> Vec<String>| {
            let (a, b) = (project(en), project(other));
            if a != b {
                let missing: Vec<&String> = a.iter().filter(|x| !b.contains(x)).collect();
                let extra: Vec<&String> = b.iter().filter(|x| !a.contains(x)).collect();
                errors.push(ContentError::new(
                    file_name(other, file),
                    what,
                    format!(
                        "differs from English: missing {missing:?}, extra {extra:?} (or a different order or count)"
                    ),
                ));
            }
        };
        same("id", "options/", &|b| each(&b.options, |o| o.id.clone()));
        same("id", "stories/", &|b| each(&b.stories, |s| s.id.clone()));
        same("experience", "experiences.toml", &|b| {
            each(&b.experiences, |e| format!("{}:{:?}:{:?}", e.id, e.options, e.endings))
        });
        same("ending", "stories/", &|b| each(&b.stories, |s| format!("{}:{:?}->{}", s.id, s.options, s.ending)));
        same("outcome", "outcomes.toml", &|b| each(&b.outcomes, |o| format!("{}/{}", o.id, o.denominator)));
        same("question", "glance.toml", &|b| each(&b.glance.question, |q| format!("{}->{}", q.id, q.section)));
        same("starting", "options/", &|b| {
            b.options.iter().filter(|o| o.starting.is_some()).map(|o| o.id.clone()).collect()
        });
        same("question", "questions.toml", &|b| each(&b.questions, |q| q.id.clone()));
        same("statement", "matters.toml", &|b| each(&b.matters.statement, |s| format!("{}:{}", s.id, s.answers.len())));
        same("question", "check.toml", &|b| each(&b.check.question, |q| format!("{}={}", q.id, q.answer)));
        same("item", "sure.toml", &|b| each(&b.sure.item, |i| i.id.clone()));
        same("suggestion", "sure.toml", &|b| each(&b.sure.suggestion, |s| s.for_item.clone()));
        same("step", "steps.toml", &|b| each(&b.steps.step, |s| s.id.clone()));
        same("pages", "prompts.toml", &|b| b.prompts.pages.keys().cloned().collect());
        same("by_option", "prompts.toml", &|b| {
            b.prompts.by_option.iter().map(|(k, v)| format!("{k}:{}", v.len())).collect()
        });
        same("beliefs.item.id", "pages/professionals.toml", &|b| {
            each(&b.pages.professionals.beliefs.item, |belief| belief.id.clone())
        });
        same("contact", "contacts.toml", &|b| each(&b.contacts.contact, |c| c.phone.clone()));
        let sections = |page: &ArticlePage| each(&page.sections, |s| s.id.clone());
        same("sections", "pages/safety.toml", &|b| sections(&b.pages.safety));
        same("sections", "pages/privacy.toml", &|b| sections(&b.pages.privacy));
        same("sections", "pages/about.toml", &|b| sections(&b.pages.about));
        same("sections", "pages/how-to-start.toml", &|b| sections(&b.pages.how_to_start));
        same("finder", "contacts.toml", &|b| each(&b.contacts.finder, |f| f.address.clone()));
        for option in &en.options {
            let shape = |b: &Bundle| -> Vec<String> {
                let Some(o) = b.options.iter().find(|o| o.id == option.id) else { return Vec::new() };
                let mut v = each(&o.figures, |f| {
                    format!("{}:{}:{:?}", f.outcome, f.source, f.groups.iter().map(|g| g.count).collect::<Vec<_>>())
                });
                v.push(format!("questions:{}", o.questions.len()));
                v.push(format!("tolerance:{}", o.tolerance_drops));
                v.push(format!("gaps:{}", o.research_gaps.is_some()));
                v
            };
            same("figures", &format!("options/{}.toml", option.id), &shape);
        }
        let pro = |p: &ProfessionalsPage| vec![p.beliefs.item.len(), p.self_check.item.len(), p.language.item.len()];
        if pro(&en.pages.professionals) != pro(&other.pages.professionals) {
            errors.push(ContentError::new(
                file_name(other, "pages/professionals.toml"),
                "item",
                "has a different number of items than English",
            ));
        }
        if en.pages.start.ways.iter().map(|w| &w.path).collect::<Vec<_>>()
            != other.pages.start.ways.iter().map(|w| &w.path).collect::<Vec<_>>()
        {
            errors.push(ContentError::new(
                file_name(other, "pages/start.toml"),
                "ways",
                "the three ways in differ from English",
            ));
        }
    }
}

/// "How to start": every option has its own section (its id is the anchor each option page links to), the
/// page opens with who to call (where the contacts are drawn), and every finder's address is a full https address.
fn check_how_to_start(bundle: &Bundle, errors: &mut Vec<ContentError>) {
    let file = file_name(bundle, "pages/how-to-start.toml");
    let ids: Vec<&str> = bundle.pages.how_to_start.sections.iter().map(|s| s.id.as_str()).collect();
    for option in OPTION_IDS {
        if !ids.contains(&option) {
            errors.push(ContentError::new(
                &file,
                "sections",
                format!("has no section with id \"{option}\": every option needs its own way to start"),
            ));
        }
    }
    if ids.first() != Some(&HOW_TO_START_CONTACTS) {
        errors.push(ContentError::new(
            &file,
            "sections",
            format!("the first section must have id \"{HOW_TO_START_CONTACTS}\" (who to call comes first)"),
        ));
    }
    if bundle.contacts.finder.is_empty() {
        errors.push(ContentError::new(file_name(bundle, "contacts.toml"), "finder", "lists no national finder"));
    }
    for (i, finder) in bundle.contacts.finder.iter().enumerate() {
        let host = finder.address.strip_prefix("https://").unwrap_or("");
        if host.is_empty() || host.contains(char::is_whitespace) {
            errors.push(ContentError::new(
                file_name(bundle, "contacts.toml"),
                format!("finder[{i}].address"),
                format!("\"{}\" is not a full https:// address", finder.address),
            ));
        }
    }
}

/// A tool is called the same in the menu as in its own heading (issue 25: "Revisa lo que sabes" in the menu over
/// "Comprueba lo que sabes" on the page).
fn check_menu_names(bundle: &Bundle, errors: &mut Vec<ContentError>) {
    let ui = &bundle.ui;
    for (file, title, menu, key) in [
        ("matters.toml", &bundle.matters.title, ui.nav_matters(), "nav_matters"),
        ("check.toml", &bundle.check.title, ui.nav_check(), "nav_check"),
        ("sure.toml", &bundle.sure.title, ui.nav_sure(), "nav_sure"),
        ("steps.toml", &bundle.steps.title, ui.nav_steps(), "nav_steps"),
    ] {
        if title != menu {
            errors.push(ContentError::new(
                file_name(bundle, file),
                "title",
                format!("\"{title}\" differs from the menu's {key} (\"{menu}\") in ui.ftl: use one name"),
            ));
        }
    }
}

/// Each item's key, in order.
fn each<T>(items: &[T], key: impl Fn(&T) -> String) -> Vec<String> {
    items.iter().map(key).collect()
}

/// Every interface message uses the same `{ $variables }` in every language as in English: a translation that
/// drops `{ $count }` would show a sentence with the number missing, and one with a variable English lacks would
/// show the raw `{name}`.
pub fn check_message_variables(library: &Library, errors: &mut Vec<ContentError>) {
    let Some(en) = library.bundles.iter().find(|b| b.lang == DEFAULT_LANGUAGE) else { return };
    for other in library.bundles.iter().filter(|b| b.lang != DEFAULT_LANGUAGE) {
        for ((key, english), (_, translated)) in en.ui.entries().zip(other.ui.entries()) {
            let (wanted, found) = (message_variables(english), message_variables(translated));
            if wanted != found {
                errors.push(ContentError::new(
                    file_name(other, "ui.ftl"),
                    key,
                    format!(
                        "uses the variables {found:?}; English uses {wanted:?} (each language needs the same ones)"
                    ),
                ));
            }
        }
    }
}

/// The names of a message's variables, as the Fluent reader writes them (`{count}`), sorted, once each.
fn message_variables(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The in-app paths a link may point at, for the language of one file.
struct ValidPaths {
    options: BTreeSet<String>,
    stories: BTreeSet<String>,
}

impl ValidPaths {
    fn for_file(library: &Library, file: &str) -> Self {
        let bundle = library
            .bundles
            .iter()
            .find(|b| file.contains(&format!("/{}/", b.lang)))
            .or_else(|| library.bundles.first());
        Self {
            options: bundle.map(|b| b.options.iter().map(|o| o.id.clone()).collect()).unwrap_or_default(),
            stories: bundle.map(|b| b.stories.iter().map(|s| s.id.clone()).collect()).unwrap_or_default(),
        }
    }

    /// Whether a link's path is a page of the page table (`routes`), with an option's or a story's id that exists.
    fn allows(&self, href: &str) -> bool {
        use crate::routes::Route;
        let path = href.split('#').next().unwrap_or("");
        // Only the exact path: a trailing slash or `index.html` opens the page too, but content writes it one way.
        if path.is_empty() || path.ends_with('/') && path != "/" || path.ends_with("index.html") {
            return false;
        }
        match Route::from_path(path) {
            Route::NotFound => false,
            Route::Option { id } => self.options.contains(&id),
            Route::Story { id } => self.stories.contains(&id),
            _ => true,
        }
    }
}

/// Walks every string in a file and applies the text rules, tracking the field path for messages.
struct TextWalker<'a> {
    file: &'a str,
    reference_keys: &'a HashSet<&'a str>,
    valid_paths: ValidPaths,
    /// The words to avoid in this file's language.
    avoid: &'a [&'a AvoidGroup],
    errors: &'a mut Vec<ContentError>,
}

impl TextWalker<'_> {
    fn walk(&mut self, value: &toml::Value, path: &str) {
        match value {
            toml::Value::Table(table) => {
                for (key, child) in table {
                    if NON_TEXT_KEYS.contains(&key.as_str()) {
                        continue;
                    }
                    let child_path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                    self.walk(child, &child_path);
                }
            }
            toml::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    self.walk(child, &format!("{path}[{i}]"));
                }
            }
            toml::Value::String(text) => self.check_text(path, text),
            _ => {}
        }
    }

    fn last_key(path: &str) -> &str {
        let last = path.rsplit('.').next().unwrap_or(path);
        last.split('[').next().unwrap_or(last)
    }

    fn check_text(&mut self, path: &str, text: &str) {
        let key = Self::last_key(path);
        let is_references = self.file.ends_with("references.toml");
        let is_contacts = self.file.ends_with("contacts.toml");

        // Paper titles, author names and journal names are citations, not our words.
        let cited_words = (is_references && matches!(key, "title" | "authors" | "published_in"))
            // The language guide names the words to avoid, and so does the language's own list.
            || (self.file.ends_with("professionals.toml") && key == "avoid")
            || (self.file.ends_with("language.toml") && key == "words");
        if !cited_words {
            if let Some(word) = forbidden_word(text, self.avoid) {
                self.error(path, format!("uses \"{word}\"; use person-first words instead (see docs/CONTENT.md)"));
            }
        }

        // A reference's own finding is sourced by definition; phone numbers and opening hours are not statistics.
        let numbers_exempt =
            is_references || (is_contacts && matches!(key, "phone" | "text_number" | "hours" | "fallback"));
        if !numbers_exempt {
            for sentence in markup::sentence_units(text) {
                if has_statistic(&sentence) && !sentence.contains("[@") {
                    self.error(
                        path,
                        format!("a number needs a source: add a [@key] citation to \"{}\"", shorten(&sentence)),
                    );
                }
            }
        }

        for block in markup::parse(text) {
            let lines = match block {
                Block::Paragraph(inlines) => vec![inlines],
                Block::List(items) => items,
            };
            for inline in lines.into_iter().flatten() {
                match inline {
                    Inline::Cite(cited) if !self.reference_keys.contains(cited.as_str()) => {
                        self.error(path, format!("cites [@{cited}], which is not in assets/content/references.toml"));
                    }
                    Inline::Link { href, .. } if !self.valid_paths.allows(&href) => {
                        self.error(path, format!("links to \"{href}\", which is not a page of the app"));
                    }
                    _ => {}
                }
            }
        }
    }

    fn error(&mut self, path: &str, message: String) {
        self.errors.push(ContentError::new(self.file, path, message));
    }
}

/// The first word or phrase to avoid in the text, if any: matched whole, in any case, with or without accents.
pub fn forbidden_word(text: &str, avoid: &[&AvoidGroup]) -> Option<String> {
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(without_accents).collect()
    };
    let text = words(text);
    let phrases: Vec<(&String, Vec<String>)> =
        avoid.iter().flat_map(|group| &group.words).map(|phrase| (phrase, words(phrase))).collect();
    for start in 0..text.len() {
        for (phrase, phrase_words) in &phrases {
            if !phrase_words.is_empty() && text[start..].starts_with(phrase_words) {
                return Some(phrase.to_lowercase());
            }
        }
    }
    None
}

/// A word in lower case with its vowels' accents taken off ("Toxicómano" is "toxicomano"), so a word to avoid is
/// caught however it is typed.
fn without_accents(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            other => other,
        })
        .collect()
}

/// Whether a sentence states a number (ignoring link targets and names like "12-step").
pub fn has_statistic(sentence: &str) -> bool {
    let mut text = sentence.to_string();
    for name in NUMBER_NAMES {
        text = text.replace(name, "");
    }
    // Drop link targets: `](/path)`.
    let mut cleaned = String::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find("](") {
        cleaned.push_str(&rest[..start]);
        rest = match rest[start..].find(')') {
            Some(end) => &rest[start + end + 1..],
            None => "",
        };
    }
    cleaned.push_str(rest);
    // A year on its own ("written in November 2026") is a date, not a statistic.
    cleaned
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty())
        .any(|run| !(run.len() == 4 && (run.starts_with("19") || run.starts_with("20"))))
}

fn shorten(sentence: &str) -> String {
    let mut short: String = sentence.chars().take(90).collect();
    if short.len() < sentence.len() {
        short.push('…');
    }
    short
}
