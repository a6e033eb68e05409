//! The rules of each language's own content: options and their answers, stories, the decision tools, the
//! worker's prompts, the short layer, "How to start" and the menu names.

use super::super::markup::{self, Block, Inline};
use super::super::model::*;
use super::paths::ValidPaths;
use super::report::*;
use std::collections::HashSet;

pub(super) fn check_references(library: &Library, files: &[(String, toml::Value)], errors: &mut Vec<ContentError>) {
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

pub(super) fn check_bundle(bundle: &Bundle, reference_keys: &HashSet<&str>, errors: &mut Vec<ContentError>) {
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
                format!(
                    "\"{}\" is not one of the options {OPTION_IDS:?}; an option is declared once, in `options!` in \
                     src/content/model.rs",
                    option.id
                ),
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

    let experience_file = file_name(bundle, "experiences.toml");
    for (i, experience) in bundle.experiences.iter().enumerate() {
        check_option_ids(&experience_file, &format!("experience[{i}].options"), &experience.options, errors);
        check_option_ids(&experience_file, &format!("experience[{i}].endings"), &experience.endings, errors);
    }
    let experience_ids: HashSet<&str> = bundle.experiences.iter().map(|e| e.id.as_str()).collect();
    for story in &bundle.stories {
        let file = file_name(bundle, &format!("stories/{}.toml", story.id));
        check_option_ids(&file, "options", &story.options, errors);
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
        for (field, ids) in
            [("options", &question.options), ("myth_against", &question.myth_against), ("myth_for", &question.myth_for)]
        {
            check_option_ids(&check, &format!("question[{i}].{field}"), ids, errors);
        }
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
        check_option_ids(&steps, &format!("step[{i}].options"), &step.options, errors);
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
pub(super) fn check_glance(bundle: &Bundle, default_language: bool, errors: &mut Vec<ContentError>) {
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
