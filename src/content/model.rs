//! The typed content model. Every client-facing word lives in `assets/content/` and is read into these types.
//!
//! This file is shared with `build.rs` (through `#[path]`), so it must depend on nothing but `serde` and
//! its siblings `decode.rs` and `sorted.rs`.

use super::decode::{Decode, Reader};
use super::sorted::SortedMap;
use serde::{Deserialize, Serialize};

/// Declares a content struct and its reader, which reads the fields in declaration order (the order serde writes
/// them). Declaring both in one place means the reader cannot fall out of step with the fields.
macro_rules! content_struct {
    ($(#[$meta:meta])* pub struct $name:ident { $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty ),* $(,)? }) => {
        $(#[$meta])*
        pub struct $name { $( $(#[$field_meta])* pub $field: $ty ),* }

        impl Decode for $name {
            fn decode(r: &mut Reader) -> Self {
                Self { $( $field: Decode::decode(r) ),* }
            }
        }
    };
}

/// The six options of product.md, in the order they are shown everywhere.
pub const OPTION_IDS: [&str; 6] = [
    "methadone",
    "buprenorphine",
    "naltrexone",
    "taper",
    "abstinence",
    "harm-reduction",
];

/// The ten questions every option answers, in order (product.md, "balance by construction").
pub const QUESTION_IDS: [&str; 10] = [
    "what", "day", "helps", "downsides", "research", "safety", "start", "stop", "who", "ask",
];

/// The app's pages (product.md's page table). Paths with `<id>` take an option or story id.
pub const STATIC_PATHS: [&str; 13] = [
    "/",
    "/options",
    "/compare",
    "/matters",
    "/check",
    "/sure",
    "/steps",
    "/summary",
    "/stories",
    "/safety",
    "/professionals",
    "/about",
    "/privacy",
];

content_struct! {
/// One language's file, as the app fetches it: that language's bundle and the shared reference list.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct LanguageFile {
    pub references: Vec<Reference>,
    pub bundle: Bundle,
}
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
    /// Which parts (see `reading.rs`) are in place, one bit each; pages that show a part wait for it.
    pub parts: u8,
}
}

/// Labels on the "what matters to me" scale (not important … very important).
pub const IMPORTANCE_SCALE: u8 = 4;

/// The published SURE items (Légaré et al. 2010). Their English wording must not be altered.
pub const SURE_ITEMS_EN: [&str; 4] = [
    "Do you feel SURE about the best choice for you?",
    "Do you know the benefits and risks of each option?",
    "Are you clear about which benefits and risks matter most to you?",
    "Do you have enough support and advice to make a choice?",
];

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
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Prompts {
    pub heading: String,
    pub intro: String,
    /// Page key (start, options, option, compare, …) → prompts.
    pub pages: SortedMap<Vec<String>>,
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

content_struct! {
/// One field per question of [`QUESTION_IDS`]: a missing answer is a missing field, caught when the file is read.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    pub what: String,
    pub day: String,
    pub helps: String,
    pub downsides: String,
    pub research: String,
    pub safety: String,
    pub start: String,
    pub stop: String,
    pub who: String,
    pub ask: String,
}
}

impl Answers {
    /// The answer to the question with this id (one of [`QUESTION_IDS`]).
    pub fn get(&self, question_id: &str) -> Option<&str> {
        Some(match question_id {
            "what" => &self.what,
            "day" => &self.day,
            "helps" => &self.helps,
            "downsides" => &self.downsides,
            "research" => &self.research,
            "safety" => &self.safety,
            "start" => &self.start,
            "stop" => &self.stop,
            "who" => &self.who,
            "ask" => &self.ask,
            _ => return None,
        })
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
}
}

content_struct! {
/// `/professionals`: beliefs vs research, a self-check, a language guide, using OwnPath in session.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
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

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
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
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Belief {
    pub belief: String,
    pub short_answer: String,
    pub evidence: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SelfCheckItem {
    pub question: String,
    pub why: String,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
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
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub heading: String,
    pub body: String,
}
}

content_struct! {
/// A page made of a lead and titled sections, each with an anchor id.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ArticlePage {
    pub title: String,
    pub lead: String,
    pub sections: Vec<Section>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub heading: String,
    pub body: String,
}
}


content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    pub intro: String,
    pub contact: Vec<Contact>,
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
    pub experiences: Vec<String>,
    pub body: String,
    pub helped: Vec<String>,
    pub hard: Vec<String>,
    pub safety: String,
}
}

content_struct! {
/// Short interface words. One field per string, so a missing string fails the build by name.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    pub site_name: String,
    pub title_separator: String,
    pub skip_link: String,
    pub nav_label: String,
    pub menu_button: String,
    pub nav_start: String,
    pub nav_options: String,
    pub nav_compare: String,
    pub nav_matters: String,
    pub nav_stories: String,
    pub nav_safety: String,
    pub nav_summary: String,
    pub nav_check: String,
    pub nav_sure: String,
    pub nav_steps: String,
    pub nav_professionals: String,
    pub footer_label: String,
    pub footer_tools_heading: String,
    pub footer_about_heading: String,
    pub footer_privacy: String,
    pub footer_about: String,
    pub footer_safety: String,
    pub footer_note: String,
    pub breadcrumb_label: String,
    pub options_title: String,
    pub options_lead: String,
    pub options_combine: String,
    pub options_read_more: String,
    pub option_on_this_page: String,
    pub option_questions_heading: String,
    pub option_sources_heading: String,
    pub option_sources_intro: String,
    pub option_other_options: String,
    pub option_previous: String,
    pub option_next: String,
    pub option_not_found_title: String,
    pub option_stories_heading: String,
    pub stories_title: String,
    pub stories_lead: String,
    pub story_composite_label: String,
    pub stories_filter_heading: String,
    pub stories_filter_option: String,
    pub stories_filter_experience: String,
    pub stories_filter_any_option: String,
    pub stories_filter_any_experience: String,
    pub stories_count: String,
    pub stories_none: String,
    pub stories_clear: String,
    pub story_paths_label: String,
    pub story_paths_heading: String,
    pub story_helped_heading: String,
    pub story_hard_heading: String,
    pub story_safety_heading: String,
    pub story_not_found_title: String,
    pub story_not_found_body: String,
    pub option_not_found_body: String,
    pub safety_contacts_heading: String,
    pub contact_call: String,
    pub contact_text: String,
    pub contact_hours: String,
    pub about_references_heading: String,
    pub about_references_intro: String,
    pub not_found_title: String,
    pub not_found_body: String,
    pub not_found_link_start: String,
    pub not_found_link_options: String,
    pub crash_title: String,
    pub crash_body: String,
    pub crash_link: String,
    pub noscript: String,
    pub back_to_top: String,
    pub cite_label: String,
    pub leaning_legend: String,
    pub leaning_not_for_me: String,
    pub leaning_not_sure: String,
    pub leaning_maybe: String,
    pub leaning_towards: String,
    pub leaning_hint: String,
    pub question_pick_hint: String,
    pub compare_title: String,
    pub compare_lead: String,
    pub compare_pick_legend: String,
    pub compare_picked: String,
    pub compare_need_two: String,
    pub compare_your_leaning: String,
    pub check_true: String,
    pub check_false: String,
    pub check_not_sure: String,
    pub check_right: String,
    pub check_not_quite: String,
    pub check_unsure: String,
    pub check_answer_true: String,
    pub check_answer_false: String,
    pub check_progress: String,
    pub sure_yes: String,
    pub sure_no: String,
    pub sure_answer_all: String,
    pub steps_add: String,
    pub steps_remove: String,
    pub steps_yours_heading: String,
    pub summary_title: String,
    pub summary_lead: String,
    pub summary_made_on: String,
    pub summary_empty: String,
    pub summary_leanings_heading: String,
    pub summary_no_leanings: String,
    pub summary_matters_heading: String,
    pub summary_no_matters: String,
    pub summary_sure_heading: String,
    pub summary_sure_result: String,
    pub summary_sure_unsure: String,
    pub summary_sure_sure: String,
    pub summary_no_sure: String,
    pub summary_check_heading: String,
    pub summary_check_result: String,
    pub summary_questions_heading: String,
    pub summary_no_questions: String,
    pub summary_own_question_label: String,
    pub summary_add_question: String,
    pub summary_steps_heading: String,
    pub summary_no_steps: String,
    pub summary_actions_heading: String,
    pub summary_print: String,
    pub summary_save: String,
    pub summary_saved: String,
    pub summary_qr_show: String,
    pub summary_qr_hide: String,
    pub summary_qr_intro: String,
    pub summary_qr_label: String,
    pub summary_qr_shortened: String,
    pub summary_reopen_label: String,
    pub summary_reopened: String,
    pub summary_kept: String,
    pub summary_clear: String,
    pub summary_clear_title: String,
    pub summary_clear_body: String,
    pub summary_clear_yes: String,
    pub summary_clear_no: String,
    pub summary_cleared: String,
    pub summary_file_name: String,
    pub summary_file_note: String,
    pub file_too_large: String,
    pub file_not_ours: String,
    pub file_unknown_version: String,
    pub file_truncated: String,
    pub file_tampered: String,
    pub file_read_failed: String,
    pub exit_button: String,
    pub exit_link: String,
    pub exit_shift_two: String,
    pub exit_shift_one: String,
    pub remember_heading: String,
    pub remember_body: String,
    pub remember_on: String,
    pub remember_off: String,
    pub remember_is_on: String,
    pub remember_is_off: String,
    pub forget_button: String,
    pub forgotten: String,
    pub storage_set_aside: String,
    pub storage_blocked: String,
    pub storage_full: String,
    pub language_unavailable: String,
    pub notice_ok: String,
    pub loading_page: String,
    pub reading_unavailable: String,
    pub try_again: String,
    pub restored: String,
    pub session_badge: String,
    pub session_start: String,
    pub session_end: String,
    pub session_about: String,
    pub kiosk_title: String,
    pub kiosk_lead: String,
    pub kiosk_nothing_saved: String,
    pub kiosk_language: String,
    pub kiosk_touch: String,
    pub kiosk_idle_title: String,
    pub kiosk_idle_body: String,
    pub kiosk_still_here: String,
    pub kiosk_start_over: String,
    pub kiosk_link_note: String,
    pub kiosk_no_download: String,
    pub kiosk_no_print: String,
    pub read_aloud: String,
    pub read_aloud_stop: String,
    pub site_problem: String,
    pub service_prefix: String,
    pub language_label: String,
    pub text_size_label: String,
    pub text_size_standard: String,
    pub text_size_large: String,
    pub text_size_larger: String,
    pub high_contrast: String,
    pub pro_belief_label: String,
    pub pro_research_label: String,
    pub pro_instead_of: String,
    pub pro_say: String,
    pub figure_count: String,
    pub figure_per: String,
    pub figure_source: String,
    pub figure_how_sure: String,
    pub figure_key: String,
    pub research_gaps_heading: String,
    pub tolerance_note_heading: String,
    pub tolerance_note: String,
}
}

content_struct! {
/// The options' answers: the "options" part (see `reading.rs`).
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct OptionTexts {
    pub answers: Vec<Answers>,
}
}

content_struct! {
/// The stories' own texts: the "stories" part.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct StoryTexts {
    pub stories: Vec<StoryText>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct StoryText {
    pub body: String,
    pub helped: Vec<String>,
    pub hard: Vec<String>,
    pub safety: String,
}
}

content_struct! {
/// The article sections (safety, privacy, about) and the evidence for workers: the "articles" part.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ArticleTexts {
    pub sections: Vec<String>,
    pub professionals: Vec<String>,
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
