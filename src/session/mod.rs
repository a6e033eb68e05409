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

use yew::prelude::*;

/// The shared handle to the person's answers.
pub type Session = UseReducerHandle<SessionState>;

/// The person's answers, for any component under the app.
#[hook]
pub fn use_session() -> Session {
    use_context::<Session>().expect("the app provides the session")
}
