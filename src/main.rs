//! The browser entry point: installs the crash screen, fetches the content of the language the app opens in (with
//! the parts the page shows), then renders the app into `#app`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use ownpath::content;
    ownpath::crash::install();
    let root = gloo::utils::document()
        .get_element_by_id(ownpath::crash::APP_ID)
        .expect("index.html has an element with id=app");
    // The prerender step names the parts of the content the page shows.
    let wanted = root
        .get_attribute(ownpath::crash::PARTS_ATTRIBUTE)
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(content::reading::Part::from_name)
        .fold(0, |bits, part| bits | part.bit());
    wasm_bindgen_futures::spawn_local(async move {
        let lang = ownpath::app::start_language();
        let mut loaded = content::load(&lang, wanted).await;
        if !content::is_loaded(&lang) && lang != content::default_language() {
            loaded = content::load(content::default_language(), wanted).await;
        }
        if let Err(problem) = loaded {
            web_sys::console::error_1(
                &format!("OwnPath: the content could not be loaded: {}.", problem.describe()).into(),
            );
        }
        if content::languages().iter().any(|l| content::is_loaded(l)) {
            // Without the parts it shows the page cannot match the prerendered one: render it afresh (it says the
            // text is on its way) rather than hydrate.
            let ready = content::bundle(&lang).parts & wanted == wanted;
            start(root, ready);
        } else {
            ownpath::crash::show_crash_screen();
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn start(root: web_sys::Element, may_hydrate: bool) {
    // Each page's HTML was prerendered at build time, so its content shows before this code loads. Take it over
    // in place (hydrate) when it was rendered for this address; otherwise render afresh.
    if may_hydrate && root.child_element_count() > 0 && ownpath::app::prerender_matches_address() {
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
