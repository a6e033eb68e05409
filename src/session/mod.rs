//! The person's answers: one state in memory that every tool reads and writes, and that the summary, print,
//! save-file and QR code all read from. Nothing here touches storage; the storage policy decides that.

pub mod file;
pub mod keeping;
pub mod setting;
pub mod state;
pub mod storage;
pub mod summary;

pub use state::*;

use yew::prelude::*;

/// The shared handle to the person's answers.
pub type Session = UseReducerHandle<SessionState>;

/// The person's answers, for any component under the app.
#[hook]
pub fn use_session() -> Session {
    use_context::<Session>().expect("the app provides the session")
}
