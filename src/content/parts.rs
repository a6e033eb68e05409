//! A language's content comes in several files: the first holds what the start page shows and every page's frame
//! needs; then one file per part that only some pages show: each option's texts (one part per option), the stories' texts, the
//! safety and privacy articles, About, the page for workers with the session prompts, the items of the decision
//! tools, the references' details, the review pack (/review), and "pages" (what every page but the start page
//! shows). At build
//! time [`split`] takes the parts out of a bundle; in the browser [`merge`] puts each back once its file has
//! arrived. Both walk the same fields in the same order; a native test checks that splitting and merging gives
//! back the bundle the build checked. Shared with `build.rs`.

use super::decode::{self, Decode};
use super::model::*;
use super::part_texts::*;
use std::mem::take;

/// Declares the parts, each once: its name (in file names and in the prerendered pages' `data-parts`
/// attribute), the field of [`Split`] and the type that hold its texts, and the functions that take those texts
/// out of a bundle and put them back. From this one list come the [`Part`] enum, [`PARTS`] (the file order),
/// [`Part::name`], [`Split`], [`split`], [`merge`] and [`Split::write_each`] (the files `build.rs` writes).
/// The options come first, one part each, in the order of [`OPTION_IDS`].
macro_rules! parts {
    (
        $(#[$option_doc:meta])* Option => options: $option_texts:ty, $split_options:ident, $merge_option:ident;
        $( $(#[$doc:meta])* $part:ident = $name:literal => $field:ident: $texts:ty, $split:ident, $merge:ident; )*
    ) => {
        /// A part of a language's content that comes in a file of its own.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Part {
            $(#[$option_doc])*
            Option(u8),
            $( $(#[$doc])* $part, )*
        }

        /// The parts after the options', in file order.
        const OTHER_PARTS: &[Part] = &[$( Part::$part ),*];

        /// Every part, in file order: the options in product order, then the rest.
        pub const PARTS: [Part; OPTION_IDS.len() + OTHER_PARTS.len()] = {
            let mut parts = [Part::Option(0); OPTION_IDS.len() + OTHER_PARTS.len()];
            let mut i = 0;
            while i < parts.len() {
                parts[i] = if i < OPTION_IDS.len() { Part::Option(i as u8) } else { OTHER_PARTS[i - OPTION_IDS.len()] };
                i += 1;
            }
            parts
        };

        impl Part {
            /// The name used in file names and in the prerendered pages' `data-parts` attribute.
            pub fn name(self) -> &'static str {
                match self {
                    Part::Option(index) => OPTION_PART_NAMES[usize::from(index)],
                    $( Part::$part => $name, )*
                }
            }
        }

        /// The parts taken out of a bundle, each ready to be written to its own file (`options` in product order).
        pub struct Split {
            pub options: Vec<$option_texts>,
            $( pub $field: $texts, )*
        }

        /// Takes the parts out of a bundle, leaving empty strings and lists in their place.
        pub fn split(bundle: &mut Bundle) -> Split {
            bundle.parts = 0;
            Split { options: $split_options(bundle), $( $field: $split(bundle), )* }
        }

        /// Reads a part's file and puts its texts back. False, with the bundle unchanged, when the file is damaged
        /// or does not fit the bundle (another version's file).
        pub fn merge(bundle: &mut Bundle, part: Part, bytes: &[u8]) -> bool {
            let merged = match part {
                Part::Option(index) => read(bytes).is_some_and(|texts| $merge_option(bundle, index, texts)),
                $( Part::$part => read(bytes).is_some_and(|texts| $merge(bundle, texts)), )*
            };
            if merged {
                bundle.parts |= part.bit();
            }
            merged
        }

        impl Split {
            /// Hands each part's texts to `out`, in the order of [`PARTS`].
            pub fn write_each(&self, out: &mut impl WritePart) {
                for (index, texts) in self.options.iter().enumerate() {
                    out.write(Part::Option(index as u8), texts);
                }
                $( out.write(Part::$part, &self.$field); )*
            }
        }
    };
}

parts! {
    /// The texts of the option at this index of [`OPTION_IDS`].
    Option => options: OptionText, split_options, merge_option;
    Stories = "stories" => stories: StoryTexts, split_stories, merge_stories;
    Articles = "articles" => articles: ArticleTexts, split_articles, merge_articles;
    About = "about" => about: AboutText, split_about, merge_about;
    Workers = "workers" => workers: WorkerTexts, split_workers, merge_workers;
    Tools = "tools" => tools: ToolTexts, split_tools, merge_tools;
    Sources = "sources" => sources: SourceTexts, split_sources, merge_sources;
    /// "How to start" (all but its title), fetched only by its own page.
    Starting = "starting" => starting: ArticlePage, split_starting, merge_starting;
    /// The review pack for a service's panel (/review), built from the other texts.
    Review = "review" => review: ArticlePage, split_review, merge_review;
    /// What only the pages other than the start page show, and no other part brings (`PageTexts`).
    Pages = "pages" => pages: PageTexts, split_pages, merge_pages;
}

/// What receives each part's texts from [`Split::write_each`] (`build.rs`, which writes each to its file).
pub trait WritePart {
    fn write<T: serde::Serialize>(&mut self, part: Part, texts: &T);
}

/// Every part's bit: a bundle with `parts == ALL_PARTS` is complete.
pub const ALL_PARTS: u32 = (1 << PARTS.len()) - 1;

impl Part {
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

fn split_options(bundle: &mut Bundle) -> Vec<OptionText> {
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
}

fn split_stories(bundle: &mut Bundle) -> StoryTexts {
    StoryTexts { stories: take_each(&mut bundle.stories), experiences: take(&mut bundle.experiences) }
}

fn split_articles(bundle: &mut Bundle) -> ArticleTexts {
    ArticleTexts {
        articles: article_pages(&mut bundle.pages).map(without_title).collect(),
        contacts: take(&mut bundle.contacts),
    }
}

fn split_about(bundle: &mut Bundle) -> AboutText {
    AboutText {
        about: without_title(&mut bundle.pages.about),
        findings: bundle.references.iter_mut().map(|r| take(&mut r.finding)).collect(),
    }
}

fn split_workers(bundle: &mut Bundle) -> WorkerTexts {
    let mut professionals = take(&mut bundle.pages.professionals);
    bundle.pages.professionals.title = take(&mut professionals.title);
    WorkerTexts { professionals, prompts: take(&mut bundle.prompts) }
}

fn split_tools(bundle: &mut Bundle) -> ToolTexts {
    ToolTexts {
        statements: take(&mut bundle.matters.statement),
        check: take(&mut bundle.check.question),
        sure_items: take(&mut bundle.sure.item),
        suggestions: take(&mut bundle.sure.suggestion),
        steps: take(&mut bundle.steps.step),
    }
}

fn split_sources(bundle: &mut Bundle) -> SourceTexts {
    SourceTexts { references: take_each(&mut bundle.references) }
}

fn split_starting(bundle: &mut Bundle) -> ArticlePage {
    without_title(&mut bundle.pages.how_to_start)
}

fn merge_starting(bundle: &mut Bundle, mut page: ArticlePage) -> bool {
    page.title = take(&mut bundle.pages.how_to_start.title);
    bundle.pages.how_to_start = page;
    true
}

fn split_review(bundle: &mut Bundle) -> ArticlePage {
    without_title(&mut bundle.review)
}

fn split_pages(bundle: &mut Bundle) -> PageTexts {
    PageTexts {
        words: bundle.ui.take_later(),
        options: take_each(&mut bundle.options),
        stories: take_each(&mut bundle.stories),
    }
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
    let fits = put_each(&mut bundle.stories, texts.stories);
    if fits {
        bundle.experiences = texts.experiences;
    }
    fits
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

fn merge_about(bundle: &mut Bundle, text: AboutText) -> bool {
    if text.findings.len() != bundle.references.len() {
        return false;
    }
    for (reference, finding) in bundle.references.iter_mut().zip(text.findings) {
        reference.finding = finding;
    }
    let mut page = text.about;
    page.title = take(&mut bundle.pages.about.title);
    bundle.pages.about = page;
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
    put_each(&mut bundle.references, texts.references)
}

fn merge_review(bundle: &mut Bundle, pack: ArticlePage) -> bool {
    let mut page = pack;
    page.title = take(&mut bundle.review.title);
    bundle.review = page;
    true
}

fn merge_pages(bundle: &mut Bundle, texts: PageTexts) -> bool {
    // Checked before anything changes, so a file that does not fit leaves the bundle as it was.
    let fits = texts.options.len() == bundle.options.len() && texts.stories.len() == bundle.stories.len();
    fits && bundle.ui.put_later(texts.words)
        && put_each(&mut bundle.options, texts.options)
        && put_each(&mut bundle.stories, texts.stories)
}

/// Takes each item's texts out, in order.
fn take_each<Item, T: ItemTexts<Item>>(items: &mut [Item]) -> Vec<T> {
    items.iter_mut().map(T::take_from).collect()
}

/// Puts each item's texts back; false, with the items unchanged, when the file has another number of items.
fn put_each<Item, T: ItemTexts<Item>>(items: &mut [Item], texts: Vec<T>) -> bool {
    if texts.len() != items.len() {
        return false;
    }
    for (item, texts) in items.iter_mut().zip(texts) {
        texts.put_into(item);
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
