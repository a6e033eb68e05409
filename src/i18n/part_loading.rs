//! How the parts of the language in use are coming (`content/parts.rs`): one small state, its reducer and the
//! hook that fetches what the state asks for. Pages that show a part wait for it; after a failure they offer
//! "Try again".
//!
//! The bytes and the decoded copies of each language are kept by `content::load`; only the *state* of loading
//! lives here. The start page's own parts are fetched before the app starts (`main.rs`); then, in order:
//! the "pages" part on its own (every page but the start page waits for it, and no slow part should hold it
//! back), then every other part at once. Whatever arrived is shown, even when one part failed; a fetch that ends
//! after the person switched language is ignored.

use super::{Language, LanguageHandle};
use crate::content::parts::{Part, ALL_PARTS};
use std::rc::Rc;
use yew::prelude::*;

/// The attribute on the app's element in a prerendered page that names the parts of the content the page shows,
/// such as `data-parts="pages tools"`: written by `prerender.rs`, read by `main.rs` to fetch them before start.
pub const PARTS_ATTRIBUTE: &str = "data-parts";

/// Where the loading of the language's parts stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// These parts (bits of [`Part`]) are being fetched.
    Requested(u32),
    /// Every part is in.
    Loaded,
    /// The last fetch failed; nothing more is fetched until the person asks to try again.
    Failed,
}

/// The parts of one language: which are in, and where their loading stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartsLoading {
    /// The language in use.
    pub lang: &'static str,
    /// The parts that are in (bits of [`Part`]).
    pub have: u32,
    pub stage: Stage,
}

pub enum PartsAction {
    /// The language in use is now `lang`, with the parts `have` (at start, or after a switch of language).
    Requested { lang: &'static str, have: u32 },
    /// A fetch ended with everything it asked for; `have` is every part of `lang` now in.
    Loaded { lang: &'static str, have: u32 },
    /// A fetch ended with a part missing; `have` is every part of `lang` that did arrive.
    Failed { lang: &'static str, have: u32 },
    /// "Try again" after a failure.
    Retry,
}

impl PartsLoading {
    /// A language with the parts `have`, and what to fetch next: the "pages" part on its own, then the rest.
    pub fn new(lang: &'static str, have: u32) -> Self {
        let pages = Part::Pages.bit();
        let stage = match have {
            ALL_PARTS => Stage::Loaded,
            _ if have & pages == 0 => Stage::Requested(have | pages),
            _ => Stage::Requested(ALL_PARTS),
        };
        Self { lang, have, stage }
    }

    /// Whether the page should say its text could not come (for the language it is in).
    pub fn failed(&self, lang: &str) -> bool {
        self.stage == Stage::Failed && self.lang == lang
    }
}

impl Reducible for PartsLoading {
    type Action = PartsAction;

    fn reduce(self: Rc<Self>, action: PartsAction) -> Rc<Self> {
        Rc::new(match action {
            PartsAction::Requested { lang, have } => Self::new(lang, have),
            // A fetch for a language no longer in use is ignored.
            PartsAction::Loaded { lang, have } if lang == self.lang => Self::new(lang, have),
            PartsAction::Failed { lang, have } if lang == self.lang => Self { lang, have, stage: Stage::Failed },
            PartsAction::Retry if self.stage == Stage::Failed => Self::new(self.lang, self.have),
            _ => return self,
        })
    }
}

/// The loading of the language in use, shared with every page through a context.
pub type PartsHandle = UseReducerHandle<PartsLoading>;

/// Follows the language in use: fetches the parts the state asks for, and shows whatever arrived. (One effect:
/// each costs the wasm.)
#[hook]
pub fn use_parts(language: &LanguageHandle) -> PartsHandle {
    let bundle = language.bundle;
    let parts = use_reducer(|| PartsLoading::new(&bundle.lang, bundle.parts));
    let (handle, language) = (parts.clone(), language.clone());
    use_effect_with((bundle.lang.as_str(), *parts), move |(lang, state)| {
        if state.lang != *lang {
            // A switch of language starts afresh with the parts that language has.
            handle.dispatch(PartsAction::Requested { lang, have: language.bundle.parts });
            return;
        }
        if language.bundle.parts != state.have {
            // Whatever arrived is shown, even when one part failed.
            language.set(Language::of(lang));
        }
        #[cfg(target_arch = "wasm32")]
        if let Stage::Requested(wanted) = state.stage {
            let lang = state.lang;
            // From the next task: at start this effect runs in the same task as the one that marks the app ready,
            // and asking for a dozen files there kept the page from answering a tap for longer.
            gloo::timers::callback::Timeout::new(0, move || {
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = crate::content::load(lang, wanted).await;
                    let have = crate::content::bundle(lang).parts;
                    handle.dispatch(match loaded {
                        Ok(_) => PartsAction::Loaded { lang, have },
                        Err(_) => PartsAction::Failed { lang, have },
                    });
                });
            })
            .forget();
        }
    });
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: PartsLoading, action: PartsAction) -> PartsLoading {
        *Rc::new(state).reduce(action)
    }

    fn pages() -> u32 {
        Part::Pages.bit()
    }

    fn part(name: &str) -> u32 {
        Part::from_name(name).expect("a part of this build").bit()
    }

    #[test]
    fn the_pages_part_comes_first_then_the_rest() {
        let stories = part("stories");
        let start = PartsLoading::new("en", 0);
        assert_eq!(start.stage, Stage::Requested(pages()));
        // A deep link to a page whose part came before start-up: "pages" is added on its own.
        assert_eq!(PartsLoading::new("en", stories).stage, Stage::Requested(stories | pages()));
        let next = reduce(start, PartsAction::Loaded { lang: "en", have: pages() });
        assert_eq!((next.have, next.stage), (pages(), Stage::Requested(ALL_PARTS)));
        let done = reduce(next, PartsAction::Loaded { lang: "en", have: ALL_PARTS });
        assert_eq!((done.have, done.stage), (ALL_PARTS, Stage::Loaded));
        assert!(!done.failed("en"));
        assert_eq!(PartsLoading::new("es", ALL_PARTS).stage, Stage::Loaded);
    }

    #[test]
    fn a_failure_keeps_what_arrived_and_try_again_asks_only_for_the_rest() {
        let taper = part("option-taper");
        let asked = PartsLoading::new("en", pages());
        let failed = reduce(asked, PartsAction::Failed { lang: "en", have: ALL_PARTS & !taper });
        assert_eq!((failed.have, failed.stage), (ALL_PARTS & !taper, Stage::Failed));
        assert!(failed.failed("en"));
        assert!(!failed.failed("es"), "the failure is the language's, not the next one's");
        // Try again asks again (the store fetches only the part that is missing), then the page shows.
        let again = reduce(failed, PartsAction::Retry);
        assert_eq!((again.have, again.stage), (ALL_PARTS & !taper, Stage::Requested(ALL_PARTS)));
        assert!(!again.failed("en"), "the page says it is loading again");
        let failed_again = reduce(again, PartsAction::Failed { lang: "en", have: ALL_PARTS & !taper });
        assert_eq!(failed_again.stage, Stage::Failed, "a second failure offers to try again again");
        let again = reduce(failed_again, PartsAction::Retry);
        let done = reduce(again, PartsAction::Loaded { lang: "en", have: ALL_PARTS });
        assert_eq!(done.stage, Stage::Loaded);
        // A failure when "pages" was missing asks for "pages" on its own again.
        let failed = reduce(PartsLoading::new("en", 0), PartsAction::Failed { lang: "en", have: 0 });
        assert_eq!(reduce(failed, PartsAction::Retry).stage, Stage::Requested(pages()));
    }

    #[test]
    fn try_again_does_nothing_unless_the_last_fetch_failed() {
        let asked = PartsLoading::new("en", pages());
        assert_eq!(reduce(asked, PartsAction::Retry), asked);
        let done = PartsLoading::new("en", ALL_PARTS);
        assert_eq!(reduce(done, PartsAction::Retry), done);
    }

    #[test]
    fn a_fetch_that_ends_after_a_switch_of_language_is_ignored() {
        let en = PartsLoading::new("en", pages());
        let es = reduce(en, PartsAction::Requested { lang: "es", have: 0 });
        assert_eq!((es.lang, es.have, es.stage), ("es", 0, Stage::Requested(pages())));
        let late = reduce(es, PartsAction::Loaded { lang: "en", have: ALL_PARTS });
        assert_eq!(late, es, "English arriving late changes nothing for Spanish");
        let late = reduce(es, PartsAction::Failed { lang: "en", have: pages() });
        assert_eq!(late, es, "nor does an English failure");
        // Switching back to a language that is complete asks for nothing.
        let en = reduce(es, PartsAction::Requested { lang: "en", have: ALL_PARTS });
        assert_eq!(en.stage, Stage::Loaded);
    }
}
