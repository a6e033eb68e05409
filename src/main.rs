//! The browser entry point: installs the crash screen, then renders the app into `#app`.

#[cfg(target_arch = "wasm32")]
fn main() {
    ownpath::crash::install();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an element with id=app");
    yew::Renderer::<ownpath::app::App>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("OwnPath runs in the browser. Build it with `./x run` (see README.md).");
}
