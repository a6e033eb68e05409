//! A language's content comes in fourteen files: what the start page shows and every page's frame needs, and
//! thirteen parts that only some pages show: each option's texts (one part per option), the stories' texts, the
//! safety and privacy articles, About, the page for workers with the session prompts, the items of the decision
//! tools, the references' details, and "pages" (what every page but the start page shows). At build
//! time [`split`] takes the parts out of a bundle; in the browser [`merge`] puts each back once its file has
//! arrived. Both walk the same fields in the same order; a native test checks that splitting and merging gives
//! back the bundle the build checked. Shared with `build.rs`.

use super::decode::{self, Decode};
use super::model::*;
use std::mem::take;

/// A part of a language's content that comes in a file of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The texts of the option at this index of [`OPTION_IDS`].
    Option(u8),
    Stories,
    Articles,
    About,
    Workers,
    Tools,
    Sources,
    /// What only the pages other than the start page show, and no other part brings (`PageTexts`).
    Pages,
}

/// Every part, in file order: the options in product order, then the rest.
pub const PARTS: [Part; 13] = [
    Part::Option(0),
    Part::Option(1),
    Part::Option(2),
    Part::Option(3),
    Part::Option(4),
    Part::Option(5),
    Part::Stories,
    Part::Articles,
    Part::About,
    Part::Workers,
    Part::Tools,
    Part::Sources,
    Part::Pages,
];

/// Every part's bit: a bundle with `parts == ALL_PARTS` is complete.
pub const ALL_PARTS: u32 = (1 << PARTS.len()) - 1;

/// The options' parts' names, in the order of [`OPTION_IDS`] (a test holds the two lists together).
const OPTION_PART_NAMES: [&str; 6] = [
    "option-methadone",
    "option-buprenorphine",
    "option-naltrexone",
    "option-taper",
    "option-abstinence",
    "option-harm-reduction",
];

impl Part {
    /// The name used in file names and in the prerendered pages' `data-content` attribute.
    pub fn name(self) -> &'static str {
        match self {
            Part::Option(index) => OPTION_PART_NAMES[usize::from(index)],
            Part::Stories => "stories",
            Part::Articles => "articles",
            Part::About => "about",
            Part::Workers => "workers",
            Part::Tools => "tools",
            Part::Sources => "sources",
            Part::Pages => "pages",
        }
    }

    pub fn from_name(name: &str) -> Option<Part> {
        PARTS.into_iter().find(|part| part.name() == name)
    }

    /// The part of the option with this id, if it is one of [`OPTION_IDS`].
    pub fn option(id: &str) -> Option<Part> {
        OPTION_IDS.iter().position(|o| *o == id).map(|index| Part::Option(index as u8))
    }

    /// Every option's part.
    pub fn options() -> impl Iterator<Item = Part> {
        PARTS.into_iter().filter(|part| matches!(part, Part::Option(_)))
    }

    pub fn bit(self) -> u32 {
        1 << PARTS.iter().position(|part| *part == self).unwrap_or(0)
    }
}

impl Bundle {
    /// Whether a part's texts are in place.
    pub fn has(&self, part: Part) -> bool {
        self.parts & part.bit() != 0
    }
}

/// The parts taken out of a bundle, each ready to be written to its own file (`options` in product order).
pub struct Split {
    pub options: Vec<OptionText>,
    pub stories: StoryTexts,
    pub articles: ArticleTexts,
    pub about: AboutText,
    pub workers: WorkerTexts,
    pub tools: ToolTexts,
    pub sources: SourceTexts,
    pub pages: PageTexts,
}

/// Takes the parts out of a bundle, leaving empty strings and lists in their place.
pub fn split(bundle: &mut Bundle) -> Split {
    bundle.parts = 0;
    Split {
        options: {
            let glance_questions = take(&mut bundle.glance);
            let (questions, outcomes) = (take(&mut bundle.questions), take(&mut bundle.outcomes));
            bundle
                .options
                .iter_mut()
                .map(|o| OptionText {
                    id: o.id.clone(),
                    glance_questions: glance_questions.clone(),
                    questions: questions.clone(),
                    outcomes: outcomes.clone(),
                    answers: take(&mut o.answers),
                    figures: take(&mut o.figures),
                    glance: take(&mut o.glance),
                    starting: take(&mut o.starting),
                })
                .collect()
        },
        stories: StoryTexts {
            stories: bundle
                .stories
                .iter_mut()
                .map(|s| StoryText {
                    body: take(&mut s.body),
                    helped: take(&mut s.helped),
                    hard: take(&mut s.hard),
                    safety: take(&mut s.safety),
                })
                .collect(),
            experiences: take(&mut bundle.experiences),
        },
        about: AboutText { about: without_title(&mut bundle.pages.about) },
        articles: ArticleTexts {
            articles: article_pages(&mut bundle.pages).map(without_title).collect(),
            contacts: take(&mut bundle.contacts),
        },
        workers: WorkerTexts {
            professionals: {
                let mut page = take(&mut bundle.pages.professionals);
                bundle.pages.professionals.title = take(&mut page.title);
                page
            },
            prompts: take(&mut bundle.prompts),
        },
        tools: ToolTexts {
            statements: take(&mut bundle.matters.statement),
            check: take(&mut bundle.check.question),
            sure_items: take(&mut bundle.sure.item),
            suggestions: take(&mut bundle.sure.suggestion),
            steps: take(&mut bundle.steps.step),
        },
        sources: SourceTexts {
            references: bundle
                .references
                .iter_mut()
                .map(|r| ReferenceText {
                    authors: take(&mut r.authors),
                    title: take(&mut r.title),
                    published_in: take(&mut r.published_in),
                    finding: take(&mut r.finding),
                })
                .collect(),
        },
        pages: PageTexts {
            words: bundle.ui.take_later(),
            options: bundle
                .options
                .iter_mut()
                .map(|o| OptionCard {
                    tagline: take(&mut o.tagline),
                    summary: take(&mut o.summary),
                    questions: take(&mut o.questions),
                })
                .collect(),
            stories: bundle
                .stories
                .iter_mut()
                .map(|s| StoryCard { name: take(&mut s.name), summary: take(&mut s.summary) })
                .collect(),
        },
    }
}

/// Reads a part's file and puts its texts back. False, with the bundle unchanged, when the file is damaged or does
/// not fit the bundle (another version's file).
pub fn merge(bundle: &mut Bundle, part: Part, bytes: &[u8]) -> bool {
    let merged = match part {
        Part::Option(index) => read(bytes).is_some_and(|text| merge_option(bundle, index, text)),
        Part::Stories => read(bytes).is_some_and(|texts| merge_stories(bundle, texts)),
        Part::Articles => read(bytes).is_some_and(|texts| merge_articles(bundle, texts)),
        Part::About => read(bytes).is_some_and(|text: AboutText| {
            let mut page = text.about;
            page.title = take(&mut bundle.pages.about.title);
            bundle.pages.about = page;
            true
        }),
        Part::Workers => read(bytes).is_some_and(|texts| merge_workers(bundle, texts)),
        Part::Tools => read(bytes).is_some_and(|texts| merge_tools(bundle, texts)),
        Part::Sources => read(bytes).is_some_and(|texts| merge_sources(bundle, texts)),
        Part::Pages => read(bytes).is_some_and(|texts| merge_pages(bundle, texts)),
    };
    if merged {
        bundle.parts |= part.bit();
    }
    merged
}

fn read<T: Decode>(bytes: &[u8]) -> Option<T> {
    decode::from_bytes(bytes)
}

fn merge_option(bundle: &mut Bundle, index: u8, text: OptionText) -> bool {
    let Some(option) = bundle.options.get_mut(usize::from(index)).filter(|o| o.id == text.id) else {
        return false;
    };
    option.answers = text.answers;
    option.figures = text.figures;
    option.glance = text.glance;
    option.starting = text.starting;
    bundle.glance = text.glance_questions;
    bundle.questions = text.questions;
    bundle.outcomes = text.outcomes;
    true
}

fn merge_stories(bundle: &mut Bundle, texts: StoryTexts) -> bool {
    if texts.stories.len() != bundle.stories.len() {
        return false;
    }
    for (story, text) in bundle.stories.iter_mut().zip(texts.stories) {
        story.body = text.body;
        story.helped = text.helped;
        story.hard = text.hard;
        story.safety = text.safety;
    }
    bundle.experiences = texts.experiences;
    true
}

fn merge_articles(bundle: &mut Bundle, texts: ArticleTexts) -> bool {
    if texts.articles.len() != article_pages(&mut bundle.pages).count() {
        return false;
    }
    for (slot, mut page) in article_pages(&mut bundle.pages).zip(texts.articles) {
        page.title = take(&mut slot.title);
        *slot = page;
    }
    bundle.contacts = texts.contacts;
    true
}

fn merge_workers(bundle: &mut Bundle, texts: WorkerTexts) -> bool {
    let mut professionals = texts.professionals;
    professionals.title = take(&mut bundle.pages.professionals.title);
    bundle.pages.professionals = professionals;
    bundle.prompts = texts.prompts;
    true
}

fn merge_tools(bundle: &mut Bundle, texts: ToolTexts) -> bool {
    bundle.matters.statement = texts.statements;
    bundle.check.question = texts.check;
    bundle.sure.item = texts.sure_items;
    bundle.sure.suggestion = texts.suggestions;
    bundle.steps.step = texts.steps;
    true
}

fn merge_sources(bundle: &mut Bundle, texts: SourceTexts) -> bool {
    if texts.references.len() != bundle.references.len() {
        return false;
    }
    for (reference, text) in bundle.references.iter_mut().zip(texts.references) {
        reference.authors = text.authors;
        reference.title = text.title;
        reference.published_in = text.published_in;
        reference.finding = text.finding;
    }
    true
}

fn merge_pages(bundle: &mut Bundle, texts: PageTexts) -> bool {
    if texts.options.len() != bundle.options.len() || texts.stories.len() != bundle.stories.len() {
        return false;
    }
    if !bundle.ui.put_later(texts.words) {
        return false;
    }
    for (option, card) in bundle.options.iter_mut().zip(texts.options) {
        option.tagline = card.tagline;
        option.summary = card.summary;
        option.questions = card.questions;
    }
    for (story, card) in bundle.stories.iter_mut().zip(texts.stories) {
        story.name = card.name;
        story.summary = card.summary;
    }
    true
}

fn article_pages(pages: &mut Pages) -> impl Iterator<Item = &mut ArticlePage> {
    [&mut pages.safety, &mut pages.privacy].into_iter()
}

/// Takes a page's texts out, leaving its title.
fn without_title(page: &mut ArticlePage) -> ArticlePage {
    let mut texts = take(page);
    page.title = take(&mut texts.title);
    texts
}
