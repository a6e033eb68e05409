//! What a language's `language.toml` holds, and that every language has what the default language has: the same
//! options, stories, questions, sections, tools and message variables.

use super::super::model::*;
use super::report::*;

/// A language's `language.toml`: values the app can use, words to avoid that say why, and the published SURE
/// wording kept word for word where the language has one.
pub(super) fn check_language(bundle: &Bundle, language: &LanguageFile, errors: &mut Vec<ContentError>) {
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
