//! The typed content model. Every client-facing word lives in `assets/content/` and is read into these types.
//!
//! The interface words are in `ui.rs`, and the texts of each part of a language's content (the files only some
//! pages fetch) in `part_texts.rs`.
//!
//! This file is shared with `build.rs` (through `#[path]`), so it must depend on nothing but `serde` and
//! its siblings `decode.rs`, `sorted.rs` and `ui.rs`.

use super::decode::{content_struct, Decode, Reader};
use super::sorted::SortedMap;
pub use super::ui::Ui;
use serde::{Deserialize, Serialize};

/// Declares a set of answers, one text per question: the struct (a missing answer is a missing field, caught when
/// the file is read), the questions' ids in order, and a lookup by id. The field list is the one home of the ids.
macro_rules! answer_set {
    ($(#[$($meta:tt)*])* pub struct $name:ident, ids $ids:ident { $( $field:ident ),* $(,)? }) => {
        /// The ids of the questions every option answers in [`
        #[doc = stringify!($name)]
        /// `], in order.
        pub const $ids: &[&str] = &[ $( stringify!($field) ),* ];

        content_struct! {
        $(#[$($meta)*])*
        #[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
        #[serde(deny_unknown_fields)]
        pub struct $name { $( pub $field: String ),* }
        }

        impl $name {
            /// The answer to the question with this id.
            pub fn get(&self, id: &str) -> Option<&str> {
                match id {
                    $( stringify!($field) => Some(&self.$field), )*
                    _ => None,
                }
            }

            /// Every answer with its question's id, in order.
            pub fn entries(&self) -> impl Iterator<Item = (&'static str, &str)> {
                [$( (stringify!($field), self.$field.as_str()) ),*].into_iter()
            }
        }
    };
}

/// The language shown when nothing else is asked for, first in every list of languages, and the one every other
/// language is checked against (`check_parity`). The app reads it as `content::default_language()`.
pub const DEFAULT_LANGUAGE: &str = "en";

/// What kind of path an option is: the stories' endings are balanced between the paths with medication and those
/// without it (`checks/bundle.rs`), and every medication has a "Starting" box about its first days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathKind {
    /// A medication for opioid dependence.
    Medication,
    /// A path off opioids without medication.
    WithoutMedication,
    /// Staying safer while using: neither.
    SaferUse,
}

/// Declares the options, each once: from this one list come [`OPTIONS`], [`OPTION_IDS`] and the names of their
/// content files (`parts.rs`). An option added here needs its content files (`assets/content/<lang>/options/`);
/// the build says which.
macro_rules! options {
    ($( $id:literal: $kind:ident ),* $(,)?) => {
        /// The options of product.md, in the order they are shown everywhere, with their kind of path.
        pub const OPTIONS: [(&str, PathKind); [$($id),*].len()] = [$( ($id, PathKind::$kind) ),*];
        /// The options' ids, in the order of [`OPTIONS`].
        pub const OPTION_IDS: [&str; OPTIONS.len()] = [$($id),*];
        /// The names of the options' content files, in the order of [`OPTIONS`].
        pub const OPTION_PART_NAMES: [&str; OPTIONS.len()] = [$( concat!("option-", $id) ),*];
    };
}

options! {
    "methadone": Medication,
    "buprenorphine": Medication,
    "naltrexone": Medication,
    "taper": WithoutMedication,
    "abstinence": WithoutMedication,
    "harm-reduction": SaferUse,
}

/// The ids of the options of one kind, in the order of [`OPTIONS`].
pub fn options_of(kind: PathKind) -> Vec<&'static str> {
    OPTIONS.iter().filter(|(_, k)| *k == kind).map(|(id, _)| *id).collect()
}

/// The first section of "How to start": who to call (the page draws the contacts in it).
pub const HOW_TO_START_CONTACTS: &str = "who-to-call";

/// A language's `language.toml`: what is true of the language, in its own folder. The build checks it, uses its
/// words to avoid and SURE wording, and compiles its name, direction and number and date style into the app
/// (`content::LanguageFacts`).
#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    /// The language's name in itself ("Español").
    pub name: String,
    /// "ltr" or "rtl".
    pub direction: String,
    pub numbers: NumberStyle,
    pub dates: DateStyle,
    /// The published wording of the SURE test in this language, where one exists.
    #[serde(default)]
    pub sure: Option<SureWording>,
    /// Words and phrases the build refuses in this language's texts, in groups, each with why.
    pub avoid: Vec<AvoidGroup>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct NumberStyle {
    /// The mark between groups of three digits.
    pub group_separator: String,
    /// The fewest digits a number needs before it is grouped.
    pub group_from_digits: usize,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DateStyle {
    /// With `{day}`, `{month}` (a name from `months`) and `{year}`.
    pub pattern: String,
    /// The twelve months' names, January first.
    pub months: Vec<String>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SureWording {
    /// The four questions, in order.
    pub published: Vec<String>,
}

#[derive(Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct AvoidGroup {
    /// Words or phrases, each matched whole, in any case (and, for accented letters, with or without the accent).
    pub words: Vec<String>,
    /// Why they hurt, and what to say instead.
    pub why: String,
}

content_struct! {
/// Everything the app shows, for every language, plus the shared reference list.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Library {
    pub references: Vec<Reference>,
    pub bundles: Vec<Bundle>,
}
}

content_struct! {
/// One language's content.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Bundle {
    /// BCP 47 tag, e.g. "en". Also the folder name under `assets/content/`.
    pub lang: String,
    pub ui: Ui,
    pub questions: Vec<Question>,
    /// The short questions every option answers first ("In short", the grid on /compare): in each option's part.
    pub glance: GlanceContent,
    /// In the order of [`OPTION_IDS`].
    pub options: Vec<OptionPage>,
    pub pages: Pages,
    pub contacts: Contacts,
    pub experiences: Vec<Experience>,
    pub stories: Vec<Story>,
    pub outcomes: Vec<Outcome>,
    pub matters: MattersContent,
    pub prompts: Prompts,
    pub check: CheckContent,
    pub sure: SureContent,
    pub steps: StepsContent,
    /// The shared reference list, the same in every language. Its details (authors, title, where published,
    /// finding) come in the "sources" part, its finding in the "about" part (only About shows it); the first file has each key and short citation.
    pub references: Vec<Reference>,
    /// The review pack (/review): every claim with a figure, page by page, built from the content when it is read
    /// (`review.rs`) as a page of sections; it comes in the "review" part.
    pub review: ArticlePage,
    /// Which parts (see `parts.rs`) are in place, one bit each; pages that show a part wait for it.
    pub parts: u32,
}
}

/// The kinds of source a reference can be (`design` in references.toml), from the firmest to the softest; each
/// has its plain label in ui.ftl (`review_design_…`).
pub const SOURCE_DESIGNS: [&str; 10] = [
    "trials-review",
    "trial",
    "observational-review",
    "observational",
    "survey",
    "qualitative",
    "guideline",
    "law",
    "label",
    "method",
];

/// Labels on the "what matters to me" scale (not important … very important).
pub const IMPORTANCE_SCALE: u8 = 4;

/// The levels a statement's own answers (no, not sure, yes) are kept as: "not sure" and "yes" show how each option
/// relates, as "quite" and "very important" do.
pub const ANSWER_LEVELS: [u8; 3] = [0, 2, 3];

impl Statement {
    /// The choices offered for this statement, each with the level it is kept as: its own answers, or the scale.
    pub fn choices<'a>(&'a self, scale: &'a [String]) -> Vec<(u8, &'a String)> {
        if self.answers.is_empty() {
            scale.iter().enumerate().map(|(level, label)| (level as u8, label)).collect()
        } else {
            ANSWER_LEVELS.into_iter().zip(&self.answers).collect()
        }
    }
}

content_struct! {
/// `/matters`: statements rated by importance, and how each option relates to them.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MattersContent {
    pub title: String,
    pub lead: String,
    /// Labels for importance 0..=3.
    pub scale: Vec<String>,
    pub relate_heading: String,
    pub relate_intro: String,
    pub relate_none: String,
    pub supports_label: String,
    pub against_label: String,
    pub depends_label: String,
    pub statement: Vec<Statement>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
    pub text: String,
    /// A fact rather than a value (pregnancy) has its own three answers, no / not sure / yes, in place of the
    /// importance scale; they are kept as the levels of [`ANSWER_LEVELS`].
    #[serde(default)]
    pub answers: Vec<String>,
    /// Option id → how that option relates to this statement.
    pub relations: SortedMap<Relation>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    pub effect: Effect,
    pub reason: String,
}
}

#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    Supports,
    Against,
    Depends,
}

impl Decode for Effect {
    fn decode(r: &mut Reader) -> Self {
        match r.varint() {
            0 => Effect::Supports,
            1 => Effect::Against,
            2 => Effect::Depends,
            _ => {
                r.fail();
                Effect::Depends
            }
        }
    }
}

content_struct! {
/// Short prompts for the worker in session mode, per page.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Prompts {
    pub heading: String,
    pub intro: String,
    /// Page key (start, options, option, compare, …) → prompts. `option` is only a fallback: every option has
    /// its own prompts in `by_option` (a content rule).
    pub pages: SortedMap<Vec<String>>,
    /// Option id → prompts about the beliefs that option meets, each linking to its belief on /professionals
    /// (`/professionals#<belief id>`). Text markup.
    pub by_option: SortedMap<Vec<String>>,
    /// A suggested route for a short session, shown on the start page in session mode: its heading and its
    /// stops (text markup, with links to the pages).
    pub route_heading: String,
    pub route: Vec<String>,
}
}

content_struct! {
/// `/check`: true-or-false statements with feedback.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CheckContent {
    pub title: String,
    pub lead: String,
    pub question: Vec<CheckQuestion>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CheckQuestion {
    pub id: String,
    pub statement: String,
    /// "true" or "false".
    pub answer: String,
    pub explanation: String,
    pub link: String,
    pub link_text: String,
    pub options: Vec<String>,
    /// Paths a common myth unfairly counts against, which this statement corrects (the balance test in
    /// tests/quality.rs wants every path here at least once).
    #[serde(default)]
    pub myth_against: Vec<String>,
    /// Paths a common myth flatters, which this statement corrects (a warning about the path).
    #[serde(default)]
    pub myth_for: Vec<String>,
}
}

content_struct! {
/// `/sure`: the SURE test and what might help next.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SureContent {
    pub title: String,
    pub lead: String,
    pub item: Vec<SureItem>,
    pub unsure_heading: String,
    pub unsure_body: String,
    pub suggestion: Vec<Suggestion>,
    pub all_sure_heading: String,
    pub all_sure_body: String,
    pub source_note: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SureItem {
    pub id: String,
    pub label: String,
    pub question: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    /// The SURE item whose "no" this helps with, or "any".
    #[serde(rename = "for")]
    pub for_item: String,
    pub text: String,
}
}

content_struct! {
/// `/steps`: small next steps.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StepsContent {
    pub title: String,
    pub lead: String,
    pub own_label: String,
    pub own_hint: String,
    pub affirm: String,
    pub next_label: String,
    pub step: Vec<Step>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub text: String,
    pub next: String,
    pub options: Vec<String>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub key: String,
    /// How the citation reads inline, e.g. "Sordo 2017".
    pub short: String,
    pub authors: String,
    #[serde(default)]
    pub title: Option<String>,
    pub published_in: String,
    /// Our own plain summary of what the app takes from this source.
    pub finding: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub heading: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OptionPage {
    pub id: String,
    pub name: String,
    /// The name as it reads inside a sentence ("Read about methadone"; in Spanish "Leer sobre la metadona"):
    /// written out, because lower-casing a name is not right in every language.
    pub in_sentence: String,
    pub tagline: String,
    /// The names people use for it ("subs", Suboxone), shown beside its name wherever options are listed or picked.
    pub also_called: String,
    pub summary: String,
    #[serde(default)]
    pub related_stories: Vec<String>,
    pub answers: Answers,
    /// Questions the person might take to a worker, doctor or group.
    pub questions: Vec<String>,
    /// Key research numbers, drawn as icon arrays under "What does the research say?".
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// Where no good number exists, an honest sentence or two saying so.
    #[serde(default)]
    pub research_gaps: Option<String>,
    /// Whether tolerance can drop on this path (taper, detox, naltrexone): shows the lost-tolerance safety note.
    #[serde(default)]
    pub tolerance_drops: bool,
    /// Short answers to the questions of [`GLANCE_IDS`].
    pub glance: Glance,
    /// For a medication: what starting is like, near the top of its page.
    #[serde(default)]
    pub starting: Option<Starting>,
}
}

content_struct! {
/// The short questions (`glance.toml`): what they are called, and where each one's long answer is.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct GlanceContent {
    pub heading: String,
    pub intro: String,
    pub question: Vec<GlanceQuestion>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GlanceQuestion {
    pub id: String,
    pub heading: String,
    /// The long answer (one of [`QUESTION_IDS`]) that gives the detail.
    pub section: String,
}
}

answer_set! {
/// The short questions every option answers first, in order: plain text with at most a citation.
pub struct Glance, ids GLANCE_IDS {
    withdrawal, visits, cravings, overdose, life, hard, stop, pregnancy, where_to_go,
}
}

content_struct! {
/// The "Starting" box of a medication: the first days, whether withdrawal comes first, and what fentanyl changes.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Starting {
    pub first_days: String,
    pub withdrawal: String,
    pub fentanyl: String,
}
}

content_struct! {
/// One research outcome, shared by every option that reports it, so the denominator is the same everywhere.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub id: String,
    /// 100 or 1000.
    pub denominator: u32,
    /// What is counted, e.g. "Deaths from any cause".
    pub label: String,
    /// Who the denominator counts, e.g. "people in one year".
    pub per: String,
    /// Legend words for filled and empty icons.
    pub affected: String,
    pub unaffected: String,
}
}

content_struct! {
/// Icon arrays for one outcome from one source, one array per group compared.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub outcome: String,
    pub source: String,
    pub groups: Vec<FigureGroup>,
    /// Who was studied and for how long, shown under the picture: what a reader needs to read the numbers right
    /// (cites the figure's source).
    pub context: String,
    /// A plain sentence on how certain this evidence is.
    pub certainty: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FigureGroup {
    pub label: String,
    pub count: u32,
}
}

answer_set! {
/// The ten questions every option answers at length, in order (product.md, "balance by construction").
pub struct Answers, ids QUESTION_IDS {
    what, day, helps, downsides, research, safety, start, stop, who, ask,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Pages {
    pub start: StartPage,
    pub safety: ArticlePage,
    pub privacy: ArticlePage,
    pub about: ArticlePage,
    pub professionals: ProfessionalsPage,
    /// `/how-to-start`: where and how to start each path, with who to call (one section per option, by its id).
    pub how_to_start: ArticlePage,
}
}

content_struct! {
/// `/professionals`: beliefs vs research, a self-check, a language guide, using OwnPath in session.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct ProfessionalsPage {
    pub title: String,
    pub lead: String,
    pub beliefs: ItemsSection<Belief>,
    pub self_check: ItemsSection<SelfCheckItem>,
    pub language: ItemsSection<LanguageItem>,
    pub in_session: Note,
}
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct ItemsSection<T> {
    pub heading: String,
    pub intro: String,
    pub item: Vec<T>,
}

impl<T: Decode> Decode for ItemsSection<T> {
    fn decode(r: &mut Reader) -> Self {
        Self { heading: Decode::decode(r), intro: Decode::decode(r), item: Decode::decode(r) }
    }
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Belief {
    /// The belief's anchor on /professionals (`#<id>`), which the worker's prompts link to.
    pub id: String,
    pub belief: String,
    pub short_answer: String,
    pub evidence: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct SelfCheckItem {
    pub question: String,
    pub why: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct LanguageItem {
    /// A word to avoid. The only field where stigmatizing words may appear, as examples of what not to say.
    pub avoid: String,
    #[serde(rename = "use")]
    pub use_instead: String,
    pub why: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StartPage {
    pub title: String,
    pub lead: String,
    /// The first action, a link shown as the page's main button (above the fold on a phone).
    pub first_step: String,
    pub promise: String,
    pub hope: String,
    pub ways: Vec<Way>,
    pub notes: Vec<Note>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Way {
    pub title: String,
    pub body: String,
    pub link_text: String,
    pub path: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub heading: String,
    pub body: String,
}
}

content_struct! {
/// A page made of a lead and titled sections, each with an anchor id.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct ArticlePage {
    pub title: String,
    pub lead: String,
    pub sections: Vec<Section>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub heading: String,
    pub body: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    /// Shown with the shipped contacts only: says whose numbers they are.
    pub intro: String,
    /// Always shown, under any list (shipped or a service's own): what to do when no contact fits.
    pub fallback: String,
    pub contact: Vec<Contact>,
    /// The heading over a service's own contacts (from site.json) on /how-to-start.
    pub own_heading: String,
    /// The national finders on /how-to-start, after a service's own contacts: their heading and whose they are.
    pub finders_heading: String,
    pub finders_intro: String,
    pub finder: Vec<Finder>,
}
}

content_struct! {
/// A national finder (treatment locator, helpline, meeting finder): a web address, and a phone number if it has one.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Finder {
    pub name: String,
    /// A full `https://` address of another site: followed where the setting allows, else shown as text.
    pub address: String,
    #[serde(default)]
    pub phone: Option<String>,
    pub description: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    pub phone: String,
    #[serde(default)]
    pub text_number: Option<String>,
    pub hours: String,
    pub description: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Experience {
    pub id: String,
    pub label: String,
    /// A story with this experience must be about one of these options (empty: any).
    #[serde(default)]
    pub options: Vec<String>,
    /// A story with this experience must end on one of these options (empty: any).
    #[serde(default)]
    pub endings: Vec<String>,
}
}

content_struct! {
/// A composite recovery story.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub id: String,
    pub title: String,
    pub name: String,
    pub summary: String,
    pub options: Vec<String>,
    /// The option the person is on when the story ends; one of `options`.
    pub ending: String,
    /// Options the person tried in the story that did not fit them (never the ending); the build wants every
    /// option in at least one story's list, so no path is shown only working.
    #[serde(default)]
    pub did_not_fit: Vec<String>,
    pub experiences: Vec<String>,
    pub body: String,
    pub helped: Vec<String>,
    pub hard: Vec<String>,
    pub safety: String,
}
}
