//! Pieces shared by several pages.

pub mod choice;
pub mod icon_array;
pub mod layout;
pub mod leaning;
pub mod link;
pub mod rich_text;
pub mod section_nav;

pub use link::AppLink;
pub use rich_text::RichText;
pub use section_nav::SectionNav;
