//! One module per page of product.md's page table.

pub mod article;
pub mod not_found;
pub mod option;
pub mod options;
pub mod placeholder;
pub mod professionals;
pub mod start;
pub mod stories;
