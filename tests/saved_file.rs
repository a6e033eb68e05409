//! Property tests for reopening saved files: random and mutated input is refused cleanly (never a panic, never a
//! half-read state), and every state survives a save and reopen.
#![cfg(not(target_arch = "wasm32"))]

use ownpath::session::file::{read_saved_file, saved_file, FileError};
use ownpath::session::{CheckAnswer, Leaning, SessionState};
use proptest::prelude::*;

fn id() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{0,20}"
}

fn own_text() -> impl Strategy<Value = String> {
    // Any printable text, including spaces, symbols and non-ASCII letters; tidied as the app tidies it.
    "[\\PC]{1,80}".prop_filter_map("needs words", |t| ownpath::session::clean_own_text(&t))
}

fn state() -> impl Strategy<Value = SessionState> {
    let leaning = prop::sample::select(Leaning::ALL.to_vec());
    let answer = prop::sample::select(CheckAnswer::ALL.to_vec());
    (
        prop::collection::btree_map(id(), leaning, 0..6),
        prop::collection::btree_map(id(), 0u8..4, 0..12),
        prop::collection::btree_map(id(), answer, 0..8),
        prop::collection::btree_map(id(), any::<bool>(), 0..4),
        prop::collection::btree_set(id(), 0..10),
        prop::collection::vec(own_text(), 0..5),
        prop::collection::btree_set("[a-z-]{1,12}:[0-9]", 0..6),
        prop::collection::vec(own_text(), 0..5),
    )
        .prop_map(|(leanings, matters, check, sure, steps, own_steps, questions, own_questions)| {
            let mut state = SessionState {
                leanings: leanings.into_iter().collect(),
                matters: matters.into_iter().collect(),
                check: check.into_iter().collect(),
                sure: sure.into_iter().collect(),
                steps: steps.into_iter().collect(),
                questions: questions.into_iter().collect(),
                ..Default::default()
            };
            for text in own_steps {
                if !state.own_steps.contains(&text) {
                    state.own_steps.push(text);
                }
            }
            for text in own_questions {
                if !state.own_questions.contains(&text) {
                    state.own_questions.push(text);
                }
            }
            state
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn every_state_survives_save_and_reopen(state in state()) {
        prop_assume!(!state.is_empty());
        let file = saved_file("My summary", "en", "<h1>My summary</h1>", &state);
        prop_assert_eq!(read_saved_file(file.as_bytes(), |_| true), Ok(state));
    }

    #[test]
    fn random_bytes_are_refused_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        prop_assert!(read_saved_file(&bytes, |_| true).is_err());
    }

    #[test]
    fn a_changed_byte_is_refused_or_harmless(state in state(), position in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let file = saved_file("My summary", "en", "<h1>My summary</h1>", &state).into_bytes();
        let mut changed = file.clone();
        let at = position.index(changed.len());
        prop_assume!(changed[at] != byte);
        changed[at] = byte;
        // Either refused, or the change was outside the answers and the same answers come back.
        if let Ok(read) = read_saved_file(&changed, |_| true) { prop_assert_eq!(read, state) }
    }

    #[test]
    fn a_file_cut_before_the_end_of_its_answers_is_refused(state in state(), keep in 0.0f64..1.0) {
        let file = saved_file("My summary", "en", "<h1>My summary</h1>", &state);
        // Cut anywhere before the end of the answers block.
        let block_end = file.rfind("</script>").unwrap();
        let cut = (block_end as f64 * keep) as usize;
        let cut = (0..=cut).rev().find(|i| file.is_char_boundary(*i)).unwrap();
        prop_assert!(read_saved_file(&file.as_bytes()[..cut], |_| true).is_err());
    }
}

#[test]
fn an_oversized_file_is_refused_before_reading() {
    let big = vec![b'a'; 1024 * 1024 + 1];
    assert_eq!(read_saved_file(&big, |_| true), Err(FileError::TooLarge));
}
