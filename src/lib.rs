//! OwnPath: a private decision aid that runs entirely in the browser.
//!
//! Data flows one way: `assets/content/` → [`content`] (typed, checked at build) → [`pages`].

pub mod config;
pub mod content;
pub mod html;
pub mod i18n;
pub mod platform;
pub mod router;
pub mod routes;
pub mod session;
pub mod version;

#[cfg(not(target_arch = "wasm32"))]
pub mod deploy;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

pub mod app;
pub mod components;
pub mod crash;
pub mod pages;
