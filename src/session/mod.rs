//! The person's answers and what may happen to them.
//!
//! - `state.rs`: one state in memory that every tool reads and writes, changed only by its reducer (the saved-file
//!   reader goes through the same code).
//! - `summary.rs`: the answers put into words once, for the summary page, print, the saved file and the QR code.
//! - `file.rs`: the saved-file format, and why a file is refused.
//! - `setting.rs`: home, session or kiosk, and its `Policy`: the one place that says what each setting allows.
//! - `keeping.rs`: the storage rule, asking the policy; the only caller of `storage.rs`, which reads and writes
//!   this browser's storage. Nothing is kept unless the person opted in at home.

pub mod file;
pub mod keeping;
pub mod setting;
pub mod state;
pub mod storage;
pub mod summary;

pub use state::*;

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The shared handle to the person's answers.
pub type Session = UseReducerHandle<SessionState>;

/// The person's answers, for any component under the app: it is drawn again whenever an answer changes.
#[hook]
pub fn use_session() -> Session {
    use_context::<Session>().expect("the app provides the session")
}

/// The answers as they are when a callback runs, for what only acts on them or reads them at a click (quick exit,
/// a kiosk reset, "End session"): holding it does not redraw a component at each answer, as [`use_session`] does,
/// so the frame around the page stays as it is (issue 26) while the page in it is drawn again. The shell
/// keeps it current ([`use_session_state`]) and hands it on with the setting (`setting::SettingContext`); it
/// never changes (it equals only itself).
#[derive(Clone)]
pub struct SessionNow(Rc<RefCell<Session>>);

impl PartialEq for SessionNow {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl SessionNow {
    /// The answers now (a handle that also sends actions to them).
    pub fn get(&self) -> Session {
        self.0.borrow().clone()
    }
}

/// The answers without redrawing at each change (see [`SessionNow`]).
#[hook]
pub fn use_session_now() -> SessionNow {
    use_context::<setting::SettingContext>().expect("the app provides the setting").answers
}

/// For the app's shell: the answers, and the [`SessionNow`] kept in step with them. (The shell is drawn again at
/// each answer, before anything under it, so a click always finds the answers as they are.)
#[hook]
pub fn use_session_state() -> (Session, SessionNow) {
    let session = use_reducer(SessionState::default);
    let now = use_mut_ref(|| session.clone());
    *now.borrow_mut() = session.clone();
    (session, SessionNow(now))
}
