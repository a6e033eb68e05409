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

impl Reducible for SessionState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetLeaning(option, leaning) => {
                next.leanings.insert(option, leaning);
            }
            Action::SetMatter(statement, level) => {
                next.matters.insert(statement, level.min(IMPORTANCE_LEVELS - 1));
            }
            Action::AnswerCheck(question, answer) => {
                next.check.insert(question, answer);
            }
            Action::SetSure(item, yes) => {
                next.sure.insert(item, yes);
            }
            Action::ToggleStep(step) => {
                if !next.steps.remove(&step) {
                    next.steps.insert(step);
                }
            }
            Action::AddOwnStep(text) => {
                if let Some(text) = clean_own_text(&text) {
                    if next.own_steps.len() < MAX_OWN_ITEMS && !next.own_steps.contains(&text) {
                        next.own_steps.push(text);
                    }
                }
            }
            Action::RemoveOwnStep(index) => {
                if index < next.own_steps.len() {
                    next.own_steps.remove(index);
                }
            }
            Action::ToggleQuestion(key) => {
                if !next.questions.remove(&key) {
                    next.questions.insert(key);
                }
            }
            Action::AddOwnQuestion(text) => {
                if let Some(text) = clean_own_text(&text) {
                    if next.own_questions.len() < MAX_OWN_ITEMS && !next.own_questions.contains(&text) {
                        next.own_questions.push(text);
                    }
                }
            }
            Action::RemoveOwnQuestion(index) => {
                if index < next.own_questions.len() {
                    next.own_questions.remove(index);
                }
            }
            Action::ToggleCompare(option) => {
                if let Some(at) = next.compare.iter().position(|o| *o == option) {
                    next.compare.remove(at);
                } else if next.compare.len() < MAX_COMPARE {
                    next.compare.push(option);
                }
            }
            Action::Replace(state) => next = state,
            Action::Clear => next = SessionState::default(),
        }
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
