//! The browser entry point: installs the crash screen, fetches the content of the language the app opens in, then
//! renders the app into `#app`.

#[cfg(target_arch = "wasm32")]
fn main() {
    ownpath::crash::install();
    wasm_bindgen_futures::spawn_local(async {
        let lang = ownpath::app::start_language();
        let mut loaded = ownpath::content::load(&lang).await;
        if loaded.is_err() && lang != ownpath::content::default_language() {
            loaded = ownpath::content::load(ownpath::content::default_language()).await;
        }
        match loaded {
            Ok(_) => start(),
            Err(problem) => {
                web_sys::console::error_1(&format!("OwnPath: the content could not be loaded ({problem:?}).").into());
                ownpath::crash::show_crash_screen();
            }
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn start() {
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an element with id=app");
    // Each page's HTML was prerendered at build time, so its content shows before this code loads. Take it over
    // in place (hydrate) when it was rendered for this address; otherwise render afresh.
    if root.child_element_count() > 0 && ownpath::app::prerender_matches_address() {
        yew::Renderer::<ownpath::app::App>::with_root(root).hydrate();
    } else {
        root.set_inner_html("");
        yew::Renderer::<ownpath::app::App>::with_root(root).render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("OwnPath runs in the browser. Build it with `./x run` (see README.md).");
}
