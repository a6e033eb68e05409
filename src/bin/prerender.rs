//! Runs after Trunk's build (a `post_build` hook; Trunk passes the staging folder in `TRUNK_STAGING_DIR`).
//!
//! For every route it writes `<route>/index.html`, so deep links open on any plain static file server with no
//! rewrite rules, under any sub-path. Each file gets:
//! - a relative `<base href>` (so scripts, styles and the router resolve from the app root),
//! - the page's own title,
//! - a Content-Security-Policy meta tag with the hashes of Trunk's inline loader and of the crash and quick-exit
//!   scripts,
//! - the hidden crash screen, the no-JavaScript message and the quick exit (a real link), in the page's language.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .expect("usage: prerender <dist folder> (or set TRUNK_STAGING_DIR)");
    if let Err(err) = native::run(std::path::Path::new(&dir)) {
        eprintln!("prerender: {err}");
        std::process::exit(1);
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    pub use ownpath::prerender::run;
}
