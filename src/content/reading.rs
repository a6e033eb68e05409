//! A language's content comes in six files: what every page needs, and five parts that only some pages show:
//! the options' answers and figures, the stories' texts, the articles (all but their titles) with the page for
//! workers, the items of the decision tools with the session prompts, and the references' details. At build
//! time [`split`] takes the parts out of a bundle; in the browser [`merge`] puts each back once its file has
//! arrived. Both walk the same fields in the same order; a native test checks that splitting and merging gives
//! back the bundle the build checked. Shared with `build.rs`.

use super::decode::{self, Decode};
use super::model::*;
use std::mem::take;

/// A part of a language's content that comes in a file of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Options,
    Stories,
    Articles,
    Tools,
    Sources,
}

pub const PARTS: [Part; 5] = [Part::Options, Part::Stories, Part::Articles, Part::Tools, Part::Sources];

/// Every part's bit: a bundle with `parts == ALL_PARTS` is complete.
pub const ALL_PARTS: u8 = 0b1_1111;

impl Part {
    /// The name used in file names and in the prerendered pages' `data-content` attribute.
    pub fn name(self) -> &'static str {
        match self {
            Part::Options => "options",
            Part::Stories => "stories",
            Part::Articles => "articles",
            Part::Tools => "tools",
            Part::Sources => "sources",
        }
    }

    pub fn from_name(name: &str) -> Option<Part> {
        PARTS.into_iter().find(|part| part.name() == name)
    }

    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

impl Bundle {
    /// Whether a part's texts are in place.
    pub fn has(&self, part: Part) -> bool {
        self.parts & part.bit() != 0
    }
}

/// The five parts taken out of a bundle, each ready to be written to its own file.
pub struct Split {
    pub options: OptionTexts,
    pub stories: StoryTexts,
    pub articles: ArticleTexts,
    pub tools: ToolTexts,
    pub sources: SourceTexts,
}

/// Takes the five parts out of a bundle, leaving empty strings and lists in their place.
pub fn split(bundle: &mut Bundle) -> Split {
    bundle.parts = 0;
    Split {
        options: OptionTexts {
            answers: bundle.options.iter_mut().map(|o| take(&mut o.answers)).collect(),
            figures: bundle.options.iter_mut().map(|o| take(&mut o.figures)).collect(),
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
        },
        articles: ArticleTexts {
            articles: article_pages(&mut bundle.pages).map(without_title).collect(),
            professionals: {
                let mut page = take(&mut bundle.pages.professionals);
                bundle.pages.professionals.title = take(&mut page.title);
                page
            },
        },
        tools: ToolTexts {
            statements: take(&mut bundle.matters.statement),
            check: take(&mut bundle.check.question),
            sure_items: take(&mut bundle.sure.item),
            suggestions: take(&mut bundle.sure.suggestion),
            steps: take(&mut bundle.steps.step),
            prompts: take(&mut bundle.prompts),
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
    }
}

/// Reads a part's file and puts its texts back. False, with the bundle unchanged, when the file is damaged or does
/// not fit the bundle (another version's file).
pub fn merge(bundle: &mut Bundle, part: Part, bytes: &[u8]) -> bool {
    let merged = match part {
        Part::Options => read(bytes).is_some_and(|texts| merge_options(bundle, texts)),
        Part::Stories => read(bytes).is_some_and(|texts| merge_stories(bundle, texts)),
        Part::Articles => read(bytes).is_some_and(|texts| merge_articles(bundle, texts)),
        Part::Tools => read(bytes).is_some_and(|texts| merge_tools(bundle, texts)),
        Part::Sources => read(bytes).is_some_and(|texts| merge_sources(bundle, texts)),
    };
    if merged {
        bundle.parts |= part.bit();
    }
    merged
}

fn read<T: Decode>(bytes: &[u8]) -> Option<T> {
    decode::from_bytes(bytes)
}

fn merge_options(bundle: &mut Bundle, texts: OptionTexts) -> bool {
    if texts.answers.len() != bundle.options.len() || texts.figures.len() != bundle.options.len() {
        return false;
    }
    for ((option, answers), figures) in bundle.options.iter_mut().zip(texts.answers).zip(texts.figures) {
        option.answers = answers;
        option.figures = figures;
    }
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
    let mut professionals = texts.professionals;
    professionals.title = take(&mut bundle.pages.professionals.title);
    bundle.pages.professionals = professionals;
    true
}

fn merge_tools(bundle: &mut Bundle, texts: ToolTexts) -> bool {
    bundle.matters.statement = texts.statements;
    bundle.check.question = texts.check;
    bundle.sure.item = texts.sure_items;
    bundle.sure.suggestion = texts.suggestions;
    bundle.steps.step = texts.steps;
    bundle.prompts = texts.prompts;
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

fn article_pages(pages: &mut Pages) -> impl Iterator<Item = &mut ArticlePage> {
    [&mut pages.safety, &mut pages.privacy, &mut pages.about].into_iter()
}

/// Takes a page's texts out, leaving its title.
fn without_title(page: &mut ArticlePage) -> ArticlePage {
    let mut texts = take(page);
    page.title = take(&mut texts.title);
    texts
}
