//! One module per page of product.md's page table.

pub mod article;
pub mod check;
pub mod check_settings;
pub mod compare;
pub mod matters;
pub mod not_found;
pub mod option;
pub mod options;
pub mod professionals;
pub mod review;
pub mod start;
pub mod steps;
pub mod stories;
pub mod summary;
pub mod sure;
