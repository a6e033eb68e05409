//! The session state and the actions that change it (a reducer, as in Yew's function_todomvc example).

use crate::content::{SortedMap, SortedSet};
use std::rc::Rc;
use yew::Reducible;

/// How the person feels about an option, marked on its page or in compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Leaning {
    NotForMe,
    NotSure,
    Maybe,
    Towards,
}

impl Leaning {
    pub const ALL: [Leaning; 4] = [Leaning::NotForMe, Leaning::NotSure, Leaning::Maybe, Leaning::Towards];

    /// The word used in saved files.
    pub fn code(self) -> &'static str {
        match self {
            Leaning::NotForMe => "not-for-me",
            Leaning::NotSure => "not-sure",
            Leaning::Maybe => "maybe",
            Leaning::Towards => "towards",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// An answer in the knowledge check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckAnswer {
    True,
    False,
    NotSure,
}

impl CheckAnswer {
    pub const ALL: [CheckAnswer; 3] = [CheckAnswer::True, CheckAnswer::False, CheckAnswer::NotSure];

    pub fn code(self) -> &'static str {
        match self {
            CheckAnswer::True => "true",
            CheckAnswer::False => "false",
            CheckAnswer::NotSure => "not-sure",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// Importance on the "what matters to me" scale: 0 (not important) to 3 (very important).
pub use crate::content::IMPORTANCE_SCALE as IMPORTANCE_LEVELS;
/// Ratings at or above this count as "matters most".
pub const MATTERS_MOST: u8 = 2;
/// Longest text the person may type in one field.
pub const MAX_OWN_TEXT: usize = 300;
/// How many of their own steps or questions a person may add.
pub const MAX_OWN_ITEMS: usize = 20;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionState {
    pub leanings: SortedMap<Leaning>,
    pub matters: SortedMap<u8>,
    pub check: SortedMap<CheckAnswer>,
    /// SURE item id → yes (true) or no (false).
    pub sure: SortedMap<bool>,
    pub steps: SortedSet,
    pub own_steps: Vec<String>,
    /// Questions chosen from options' lists, as "option-id:index".
    pub questions: SortedSet,
    pub own_questions: Vec<String>,
    /// Options picked for comparing, in the order picked.
    pub compare: Vec<String>,
}

impl SessionState {
    pub fn is_empty(&self) -> bool {
        *self == SessionState::default()
    }

    /// The SURE total (yes = 1) once all four items are answered.
    pub fn sure_total(&self, item_count: usize) -> Option<usize> {
        (self.sure.len() == item_count).then(|| self.sure.values().filter(|v| **v).count())
    }
}

pub enum Action {
    SetLeaning(String, Leaning),
    SetMatter(String, u8),
    AnswerCheck(String, CheckAnswer),
    SetSure(String, bool),
    ToggleStep(String),
    AddOwnStep(String),
    RemoveOwnStep(usize),
    ToggleQuestion(String),
    AddOwnQuestion(String),
    RemoveOwnQuestion(usize),
    ToggleCompare(String),
    /// Replace everything, e.g. with a reopened saved file.
    Replace(SessionState),
    Clear,
}

/// Tidies text the person typed: trimmed, single-line, not too long.
pub fn clean_own_text(text: &str) -> Option<String> {
    let cleaned: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cleaned: String = cleaned.chars().take(MAX_OWN_TEXT).collect();
    (!cleaned.is_empty()).then_some(cleaned)
}

/// At most four options can be compared at once.
pub const MAX_COMPARE: usize = 4;

/// How a toggle is read: a click flips it; a saved file's line says the item is chosen (never "choose, then
/// unchoose"), so a repeated line is read once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toggle {
    Flip,
    Choose,
}

impl SessionState {
    /// Every change to the answers, in one place: the app's reducer and the saved-file reader both come here, so a
    /// file can never hold what the app could not (more than four options to compare, too many of one's own steps,
    /// the same own words twice).
    pub fn apply(&mut self, action: Action, toggle: Toggle) {
        match action {
            Action::SetLeaning(option, leaning) => {
                self.leanings.insert(option, leaning);
            }
            Action::SetMatter(statement, level) => {
                self.matters.insert(statement, level.min(IMPORTANCE_LEVELS - 1));
            }
            Action::AnswerCheck(question, answer) => {
                self.check.insert(question, answer);
            }
            Action::SetSure(item, yes) => {
                self.sure.insert(item, yes);
            }
            Action::ToggleStep(step) => toggle_in(&mut self.steps, step, toggle),
            Action::ToggleQuestion(key) => toggle_in(&mut self.questions, key, toggle),
            Action::AddOwnStep(text) => add_own(&mut self.own_steps, &text),
            Action::AddOwnQuestion(text) => add_own(&mut self.own_questions, &text),
            Action::RemoveOwnStep(index) => remove_own(&mut self.own_steps, index),
            Action::RemoveOwnQuestion(index) => remove_own(&mut self.own_questions, index),
            Action::ToggleCompare(option) => {
                if let Some(at) = self.compare.iter().position(|o| *o == option) {
                    if toggle == Toggle::Flip {
                        self.compare.remove(at);
                    }
                } else if self.compare.len() < MAX_COMPARE {
                    self.compare.push(option);
                }
            }
            Action::Replace(state) => *self = state,
            Action::Clear => *self = SessionState::default(),
        }
    }
}

/// A chosen step or question: on, or off again when flipped.
fn toggle_in(set: &mut SortedSet, key: String, toggle: Toggle) {
    if !(set.remove(&key) && toggle == Toggle::Flip) {
        set.insert(key);
    }
}

/// The person's own words, tidied, each once, at most [`MAX_OWN_ITEMS`].
fn add_own(list: &mut Vec<String>, text: &str) {
    if let Some(text) = clean_own_text(text) {
        if list.len() < MAX_OWN_ITEMS && !list.contains(&text) {
            list.push(text);
        }
    }
}

fn remove_own(list: &mut Vec<String>, index: usize) {
    if index < list.len() {
        list.remove(index);
    }
}

impl Reducible for SessionState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action, Toggle::Flip);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(state: SessionState, action: Action) -> SessionState {
        (*Rc::new(state).reduce(action)).clone()
    }

    #[test]
    fn leanings_change_any_time() {
        let s = apply(SessionState::default(), Action::SetLeaning("taper".into(), Leaning::Maybe));
        let s = apply(s, Action::SetLeaning("taper".into(), Leaning::Towards));
        assert_eq!(s.leanings.get("taper"), Some(&Leaning::Towards));
    }

    #[test]
    fn compare_holds_at_most_four_and_toggles() {
        let mut s = SessionState::default();
        for id in ["methadone", "taper", "abstinence", "naltrexone", "harm-reduction"] {
            s = apply(s, Action::ToggleCompare(id.into()));
        }
        assert_eq!(s.compare, vec!["methadone", "taper", "abstinence", "naltrexone"]);
        s = apply(s, Action::ToggleCompare("taper".into()));
        assert_eq!(s.compare, vec!["methadone", "abstinence", "naltrexone"]);
    }

    #[test]
    fn own_text_is_tidied_deduplicated_and_capped() {
        let mut s = apply(SessionState::default(), Action::AddOwnStep("  call   my sister\n on Sunday ".into()));
        assert_eq!(s.own_steps, vec!["call my sister on Sunday"]);
        s = apply(s, Action::AddOwnStep("call my sister on Sunday".into()));
        s = apply(s, Action::AddOwnStep("   ".into()));
        assert_eq!(s.own_steps.len(), 1);
        s = apply(s, Action::AddOwnQuestion("x".repeat(1000)));
        assert_eq!(s.own_questions[0].chars().count(), MAX_OWN_TEXT);
    }

    #[test]
    fn steps_and_questions_toggle_and_own_items_come_and_go_alike() {
        let mut s = SessionState::default();
        for action in [Action::ToggleStep("a".into()), Action::ToggleQuestion("m:1".into())] {
            s = apply(s, action);
        }
        assert!(s.steps.contains("a") && s.questions.contains("m:1"));
        s = apply(s, Action::ToggleStep("a".into()));
        s = apply(s, Action::ToggleQuestion("m:1".into()));
        assert!(s.steps.is_empty() && s.questions.is_empty());
        // A saved file's line chooses: read twice, still chosen.
        let mut chosen = SessionState::default();
        for _ in 0..2 {
            chosen.apply(Action::ToggleQuestion("m:1".into()), Toggle::Choose);
            chosen.apply(Action::ToggleCompare("taper".into()), Toggle::Choose);
        }
        assert!(chosen.questions.contains("m:1") && chosen.compare == vec!["taper"]);
        s = apply(s, Action::AddOwnQuestion("one".into()));
        s = apply(s, Action::AddOwnQuestion("two".into()));
        s = apply(s, Action::RemoveOwnQuestion(0));
        s = apply(s, Action::RemoveOwnQuestion(5));
        assert_eq!(s.own_questions, vec!["two"]);
    }

    #[test]
    fn sure_total_needs_all_four_answers() {
        let mut s = SessionState::default();
        for (id, yes) in [("sure", true), ("understand", false), ("risk-benefit", true)] {
            s = apply(s, Action::SetSure(id.into(), yes));
        }
        assert_eq!(s.sure_total(4), None);
        s = apply(s, Action::SetSure("encouragement".into(), true));
        assert_eq!(s.sure_total(4), Some(3));
    }

    #[test]
    fn clear_empties_everything() {
        let s = apply(SessionState::default(), Action::ToggleStep("get-naloxone".into()));
        assert!(!s.is_empty());
        assert!(apply(s, Action::Clear).is_empty());
    }
}
