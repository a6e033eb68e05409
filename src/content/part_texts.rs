//! The texts of each part of a language's content: what each file after the first one holds. `parts.rs`
//! declares the parts, takes these texts out of a bundle at build time and puts them back in the browser. Shared
//! with `build.rs` (through `#[path]`).

use super::decode::{content_struct, Decode, Reader};
use super::model::*;
use serde::{Deserialize, Serialize};

/// Texts a part takes out of each item of a list (each option, story or reference) for its file, and puts back.
pub trait ItemTexts<Item>: Sized {
    fn take_from(item: &mut Item) -> Self;
    fn put_into(self, item: &mut Item);
}

/// Declares the texts a part takes from each item of a list: the struct, and [`ItemTexts`] (moving them out of
/// the item at build time and back in the browser), from one list of fields named as in the item.
macro_rules! item_texts {
    ($( $(#[$($meta:tt)*])* pub struct $name:ident from $item:ty { $( pub $field:ident: $ty:ty ),* $(,)? } )*) => {
        $(
            content_struct! {
            $(#[$($meta)*])*
            #[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
            pub struct $name { $( pub $field: $ty ),* }
            }

            impl ItemTexts<$item> for $name {
                fn take_from(item: &mut $item) -> Self {
                    Self { $( $field: std::mem::take(&mut item.$field) ),* }
                }

                fn put_into(self, item: &mut $item) {
                    $( item.$field = self.$field; )*
                }
            }
        )*
    };
}

item_texts! {
    /// An option's card texts and questions to ask (the "pages" part).
    pub struct OptionCard from OptionPage {
        pub tagline: String,
        pub also_called: String,
        pub summary: String,
        pub questions: Vec<String>,
    }

    /// A story's card texts (the "pages" part).
    pub struct StoryCard from Story {
        pub name: String,
        pub summary: String,
    }

    /// A story's own texts (the "stories" part).
    pub struct StoryText from Story {
        pub did_not_fit: Vec<String>,
        pub body: String,
        pub helped: Vec<String>,
        pub hard: Vec<String>,
        pub safety: String,
    }

    /// A reference's details (the "sources" part).
    pub struct ReferenceText from Reference {
        pub authors: String,
        pub title: Option<String>,
        pub published_in: String,
    }
}

content_struct! {
/// One option's long answers, research figures, short answers and Starting box: that option's part (see
/// `parts.rs`), so an option's page fetches its own texts and not every option's.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct OptionText {
    /// The option the texts belong to: a file offered for another option is refused.
    pub id: String,
    /// The short questions, shown only beside options' answers: each option's file carries them (half a KB).
    pub glance_questions: GlanceContent,
    /// The ten long questions' headings and the research outcomes: shown only beside options' answers, so each
    /// option's file carries them rather than every page's first file.
    pub questions: Vec<Question>,
    pub outcomes: Vec<Outcome>,
    pub answers: Answers,
    pub figures: Vec<Figure>,
    pub glance: Glance,
    pub starting: Option<Starting>,
}
}

content_struct! {
/// What only the pages other than the start page show, and no other part brings: the interface words only they use,
/// each option's card texts and questions to ask, each story's card texts: the "pages" part. With it the start
/// page's first file holds what the start page shows, and little else.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct PageTexts {
    pub words: Vec<String>,
    pub options: Vec<OptionCard>,
    pub stories: Vec<StoryCard>,
}
}

content_struct! {
/// The references' details: the "sources" part, for the pages that list sources (option pages, About).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct SourceTexts {
    pub references: Vec<ReferenceText>,
}
}

content_struct! {
/// The stories' own texts: the "stories" part.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct StoryTexts {
    pub stories: Vec<StoryText>,
    /// The experiences the stories are filtered by: only the stories' pages show them.
    pub experiences: Vec<Experience>,
}
}

content_struct! {
/// The articles (safety, privacy, about): the "articles" part. The pages' titles stay in the first file, for tab
/// titles and the "getting ready" heading.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ArticleTexts {
    pub articles: Vec<ArticlePage>,
    /// The help lines, shown on the safety page only.
    pub contacts: Contacts,
}
}

content_struct! {
/// The About page's text (all but its title): the "about" part, apart from the other articles, since About also
/// lists every reference in full.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct AboutText {
    pub about: ArticlePage,
    /// Each reference's finding, in the order of the references: only About shows them, so the option pages,
    /// which fetch the references' details for their sources, do not fetch these too.
    pub findings: Vec<String>,
}
}

content_struct! {
/// What is for the worker: the page for workers (all but its title) and the prompts in session mode: the
/// "workers" part.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct WorkerTexts {
    pub professionals: ProfessionalsPage,
    pub prompts: Prompts,
}
}

content_struct! {
/// The items of the decision tools (matters, check, SURE, steps): the "tools" part. Their titles and leads stay
/// with the rest, so every page's title is known at once.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ToolTexts {
    pub statements: Vec<Statement>,
    pub check: Vec<CheckQuestion>,
    pub sure_items: Vec<SureItem>,
    pub suggestions: Vec<Suggestion>,
    pub steps: Vec<Step>,
}
}
