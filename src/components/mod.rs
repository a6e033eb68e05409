//! Pieces shared by several pages.

pub mod breadcrumb;
pub mod callback;
pub mod choice;
pub mod comfort;
pub mod exit;
pub mod glance;
pub mod icon_array;
pub mod journey;
pub mod kiosk;
pub mod layout;
pub mod leaning;
pub mod link;
pub mod notice_bar;
pub mod offline;
pub mod page;
pub mod read_aloud;
pub mod reference;
pub mod remember;
pub mod rich_text;
pub mod section_nav;
pub mod worker_prompts;

pub use link::AppLink;
pub use rich_text::rich_text;
pub use section_nav::section_nav;
