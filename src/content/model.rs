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

/// Declares a set of answers, one text per question: the struct (a missing answer is a missing field, caught when
/// the file is read), the questions' ids in order, and a lookup by id. The field list is the one home of the ids.
macro_rules! answer_set {
    ($(#[$meta:meta])* pub struct $name:ident, ids $ids:ident { $( $field:ident ),* $(,)? }) => {
        /// The ids of the questions every option answers in [`
        #[doc = stringify!($name)]
        /// `], in order.
        pub const $ids: &[&str] = &[ $( stringify!($field) ),* ];

        content_struct! {
        $(#[$meta])*
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

/// Declares the interface words: one accessor per text, so code names each text and a missing text fails the
/// build by name. They are kept as one list rather than ~200 fields: reading and dropping that many fields one by
/// one cost the wasm about 15 KB.
macro_rules! ui_texts {
    (first: [$( $first:ident ),* $(,)?], later: [$( $later:ident ),* $(,)?] $(,)?) => {
        ui_texts!(@all [$( $first ),*] [$( $first, )* $( $later ),*]);
    };
    (@all [$( $first:ident ),*] [$( $name:ident ),*]) => {
        /// Short interface words (`ui.ftl`), in the order of [`Ui::KEYS`].
        #[derive(Debug, Clone, PartialEq)]
        pub struct Ui {
            texts: Vec<String>,
        }

        #[allow(non_camel_case_types)]
        enum UiKey { $( $name ),* }

        impl Ui {
            /// Every text's name, as written in `ui.ftl`.
            pub const KEYS: &'static [&'static str] = &[ $( stringify!($name) ),* ];
            /// How many of [`Ui::KEYS`], from the first, come in every page's first file; the rest come with the
            /// "pages" part (`reading.rs`).
            pub const FIRST: usize = [$( stringify!($first) ),*].len();
            $( pub fn $name(&self) -> &String { self.text(UiKey::$name as usize) } )*
        }
    };
}

impl Ui {
    // Not inlined: one shared copy instead of one per text used.
    #[inline(never)]
    fn text(&self, index: usize) -> &String {
        // A text of the "pages" part before it has arrived reads as empty (pages that show them wait for it).
        static NOT_YET: String = String::new();
        self.texts.get(index).unwrap_or(&NOT_YET)
    }

    /// Takes out the texts that come with the "pages" part.
    pub fn take_later(&mut self) -> Vec<String> {
        self.texts.split_off(Self::FIRST.min(self.texts.len()))
    }

    /// Puts back the texts of the "pages" part; false when they do not fit.
    pub fn put_later(&mut self, later: Vec<String>) -> bool {
        let fits = self.texts.len() == Self::FIRST && later.len() == Self::KEYS.len() - Self::FIRST;
        if fits {
            self.texts.extend(later);
        }
        fits
    }

    /// Each text with its name, in the order of [`Ui::KEYS`].
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, &String)> {
        Self::KEYS.iter().copied().zip(&self.texts)
    }
}

/// Written as the plain list of texts, in key order.
impl Serialize for Ui {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.texts.serialize(serializer)
    }
}

/// Read from `ui.ftl`'s messages by name: every key must be there, and no other.
impl<'de> Deserialize<'de> for Ui {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let mut messages = std::collections::BTreeMap::<String, String>::deserialize(deserializer)?;
        if let Some(unknown) = messages.keys().find(|key| !Self::KEYS.contains(&key.as_str())) {
            return Err(D::Error::unknown_field(unknown, Self::KEYS));
        }
        let texts = Self::KEYS
            .iter()
            .map(|key| messages.remove(*key).ok_or_else(|| D::Error::missing_field(key)))
            .collect::<Result<_, _>>()?;
        Ok(Self { texts })
    }
}

impl Decode for Ui {
    fn decode(r: &mut Reader) -> Self {
        let texts = Vec::<String>::decode(r);
        // A first file has the first texts only; a whole bundle (compiled in) has them all.
        if texts.len() != Self::FIRST && texts.len() != Self::KEYS.len() {
            r.fail();
        }
        Self { texts }
    }
}

/// The six options of product.md, in the order they are shown everywhere.
pub const OPTION_IDS: [&str; 6] = ["methadone", "buprenorphine", "naltrexone", "taper", "abstinence", "harm-reduction"];

/// The options that are medications: each has a "Starting" box about its first days.
pub const MEDICATION_IDS: [&str; 3] = ["methadone", "buprenorphine", "naltrexone"];

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
    /// The short questions every option answers first ("In short", the grid on /compare): in the "options" part.
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
    /// finding) come in the "sources" part; the first file has each key and short citation.
    pub references: Vec<Reference>,
    /// Which parts (see `reading.rs`) are in place, one bit each; pages that show a part wait for it.
    pub parts: u32,
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
    pub experiences: Vec<String>,
    pub body: String,
    pub helped: Vec<String>,
    pub hard: Vec<String>,
    pub safety: String,
}
}

ui_texts! {
    // What the start page (and the frame of every page: header, exit, menus, notices, kiosk, session) uses: in
    // every page's first file.
    first: [
        site_name, title_separator, skip_link, nav_label, menu_button, nav_start, nav_options, nav_compare,
        nav_matters, nav_stories, nav_safety, nav_summary, nav_check, nav_sure, nav_steps, nav_professionals,
        footer_label, footer_tools_heading, footer_about_heading, footer_privacy, footer_about, footer_safety,
        footer_note, options_title, option_not_found_title, stories_title, story_not_found_title, not_found_title,
        not_found_body, not_found_link_start, not_found_link_options, crash_title, crash_body, crash_link, noscript,
        cite_label, compare_title, summary_title, exit_button, exit_link, exit_shift_two, exit_shift_one,
        remember_heading, remember_body, remember_on, remember_off, remember_is_on, remember_is_off, no_history_label,
        no_history_hint, forget_button, forgotten, storage_set_aside, storage_blocked, storage_full,
        language_unavailable, notice_ok, loading_page, reading_unavailable, try_again, restored, session_badge,
        session_start, session_end, session_end_title, session_end_body, session_end_clear, session_end_keep,
        session_end_cancel, session_about, kiosk_title, kiosk_lead, kiosk_nothing_saved, kiosk_language, kiosk_touch,
        kiosk_idle_title, kiosk_idle_body, kiosk_idle_body_one, kiosk_still_here, kiosk_start_over, kiosk_finish,
        read_aloud, read_aloud_stop, site_problem, service_prefix, language_label, text_size_label,
        text_size_standard, text_size_large, text_size_larger, high_contrast, display_button, contrast_label,
        danger_link, journey_label, journey_step, journey_back, journey_next,
    ],
    // What only the other pages use: in the "pages" part.
    later: [
        leaning_not_for_me, leaning_not_sure, leaning_maybe, leaning_towards, summary_made_on,
        summary_leanings_heading, summary_no_leanings, summary_matters_heading, summary_no_matters,
        summary_sure_heading, summary_sure_result, summary_sure_unsure, summary_sure_sure, summary_no_sure,
        summary_check_heading, summary_check_result, summary_questions_heading, summary_no_questions,
        summary_steps_heading, summary_no_steps, summary_file_note, breadcrumb_label, options_lead, options_combine,
        options_read_more, option_on_this_page, option_questions_heading, option_sources_heading,
        option_sources_intro, option_other_options, option_previous, option_next, option_stories_heading,
        stories_lead, story_composite_label, stories_filter_heading, stories_filter_option, stories_filter_experience,
        stories_filter_any_option, stories_filter_any_experience, stories_count, stories_none, stories_clear,
        story_paths_label, story_paths_heading, story_helped_heading, story_hard_heading, story_safety_heading,
        story_not_found_body, option_not_found_body, safety_contacts_heading, contact_call, contact_text,
        contact_hours, about_references_heading, about_references_intro, about_service_heading, about_service_intro,
        back_to_top, leaning_legend, leaning_hint, question_pick_hint, compare_lead, compare_pick_legend,
        compare_picked, compare_need_two, compare_your_leaning, compare_figures_elsewhere, compare_full_summary,
        glance_full_answer, starting_heading, starting_first_days, starting_withdrawal, starting_fentanyl,
        starting_more, check_true, check_false, check_not_sure, check_right, check_not_quite, check_unsure,
        check_answer_true, check_answer_false, check_progress, sure_yes, sure_no, sure_answer_all, steps_add,
        steps_remove, steps_yours_heading, summary_lead, summary_empty, summary_own_question_label,
        summary_add_question, summary_actions_heading, summary_print, summary_save, summary_save_note, summary_saved,
        summary_qr_show, summary_qr_hide, summary_qr_intro, summary_qr_label, summary_qr_shortened,
        summary_reopen_label, summary_reopened, summary_kept, summary_clear, summary_clear_title, summary_clear_body,
        summary_clear_yes, summary_clear_no, summary_cleared, summary_file_name, file_too_large, file_not_ours,
        file_unknown_version, file_truncated, file_tampered, file_read_failed, file_empty, file_replace_title,
        file_replace_body, file_replace_yes, file_replace_no, kiosk_link_note, kiosk_no_download, kiosk_no_print,
        pro_belief_label, pro_research_label, pro_instead_of, pro_say, figure_count, figure_per, figure_source,
        figure_how_sure, figure_key, research_gaps_heading, tolerance_note_heading, tolerance_note,
        summary_reopen_none, summary_reopen_chosen, summary_save_failed,
    ],
}

content_struct! {
/// One option's long answers, research figures, short answers and Starting box: that option's part (see
/// `reading.rs`), so an option's page fetches its own texts and not every option's.
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
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct OptionCard {
    pub tagline: String,
    pub summary: String,
    pub questions: Vec<String>,
}
}

content_struct! {
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct StoryCard {
    pub name: String,
    pub summary: String,
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
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct ReferenceText {
    pub authors: String,
    pub title: Option<String>,
    pub published_in: String,
    pub finding: String,
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
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct StoryText {
    pub body: String,
    pub helped: Vec<String>,
    pub hard: Vec<String>,
    pub safety: String,
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
