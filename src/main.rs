//! The browser entry point: installs the crash screen, fetches the site file and the content of the language the
//! app opens in (with the parts the page shows) side by side, then renders the app into `#app` with its setting
//! settled.

// Talc instead of the default dlmalloc: the same job in fewer bytes of wasm (README, Performance).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use ownpath::content;
    ownpath::crash::install();
    let root = gloo::utils::document()
        .get_element_by_id(ownpath::crash::APP_ID)
        .expect("index.html has an element with id=app");
    // The prerender step names the parts of the content the page shows.
    let wanted = root
        .get_attribute(ownpath::i18n::part_loading::PARTS_ATTRIBUTE)
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(content::parts::Part::from_name)
        .fold(0u32, |bits, part| bits | part.bit());
    // The site file is fetched alongside the content: the setting is settled before the app starts.
    let mut site = Some(ownpath::config::start_loading());
    wasm_bindgen_futures::spawn_local(async move {
        let mut lang = ownpath::i18n::start_language();
        // At most three tries, each language once: the one asked for, the one the site offers, the default.
        let mut tried = Vec::new();
        for _ in 0..3 {
            let loaded = content::load(&lang, wanted).await;
            tried.push(lang.clone());
            if let Some(fetch) = site.take() {
                let (config, problem) = ownpath::config::finish_loading(fetch).await;
                ownpath::config::set_at_start(config, problem);
            }
            // A site that does not offer the default language opens in one it offers.
            let (offered, default) = (ownpath::i18n::start_language(), content::default_language().to_string());
            let next = if !tried.contains(&offered) {
                offered
            } else if !content::is_loaded(&lang) && !tried.contains(&default) {
                default
            } else {
                if let Err(problem) = loaded {
                    web_sys::console::error_1(
                        &format!("OwnPath: the content could not be loaded: {}.", problem.describe()).into(),
                    );
                }
                break;
            };
            lang = next;
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
