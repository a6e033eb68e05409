//! Native checks that every page of product.md has a route and a prerendered file, with a title and a CSP.
#![cfg(not(target_arch = "wasm32"))]

use ownpath::content::library;
use ownpath::content::route_texts::all_routes;
use ownpath::platform::address::{language_prefix, split_language};
use ownpath::prerender::{
    content_security_policy, drop_component_names, inline_scripts, page_html, render_route, without_comments,
};
use ownpath::routes::{journey, pages_in, static_paths, Place, Route};

/// product.md's page table, written out here so that a page dropped from the route table is noticed.
const PRODUCT_PAGES: [&str; 14] = [
    "/",
    "/options",
    "/compare",
    "/matters",
    "/check",
    "/sure",
    "/steps",
    "/summary",
    "/stories",
    "/safety",
    // Issue 25: where and how to start each path.
    "/how-to-start",
    "/professionals",
    "/about",
    "/privacy",
];

#[test]
fn every_page_in_product_md_has_a_route() {
    for path in PRODUCT_PAGES {
        assert!(static_paths().any(|known| known == path), "{path} is not in the page table");
    }
    for path in static_paths() {
        let route = Route::from_path(path);
        assert_ne!(route, Route::NotFound, "{path} has no page");
        assert_eq!(route.to_path(), path);
    }
    let bundle = library().bundle("en");
    for option in &bundle.options {
        let path = format!("/options/{}", option.id);
        assert_eq!(Route::from_path(&path), Route::Option { id: option.id.clone() });
    }
}

#[test]
fn an_address_names_its_language_by_a_prefix() {
    assert_eq!(split_language("/es/options/taper"), ("es", "/options/taper"));
    assert_eq!(split_language("/es/"), ("es", "/"));
    assert_eq!(split_language("/es"), ("es", "/"));
    assert_eq!(split_language("/options/taper"), ("en", "/options/taper"));
    assert_eq!(split_language("/"), ("en", "/"));
    // The default language has no prefix, and a language this build lacks is just an unknown path.
    assert_eq!(split_language("/en/options"), ("en", "/en/options"));
    assert_eq!(split_language("/fr/options"), ("en", "/fr/options"));
    assert_eq!(Route::from_path(split_language("/fr/options").1), Route::NotFound);
    assert_eq!(language_prefix("es"), "/es");
    assert_eq!(language_prefix("en"), "");
}

#[test]
fn the_menus_and_the_path_come_from_the_page_table() {
    let steps: Vec<String> = journey().map(|route| route.to_path()).collect();
    assert_eq!(steps, ["/options", "/compare", "/matters", "/check", "/sure", "/steps", "/summary"]);
    let about: Vec<&str> = pages_in(Place::About).map(|page| page.path).collect();
    assert_eq!(about, ["/stories", "/safety", "/how-to-start", "/privacy", "/about", "/professionals"]);
    let ui = &library().bundle("es").ui;
    assert_eq!(Route::Option { id: "taper".into() }.label(ui), ui.nav_options());
    assert_eq!(Route::NotFound.label(ui), ui.nav_start());
}

#[test]
fn trailing_slashes_open_the_same_page() {
    assert_eq!(Route::from_path("/options/"), Route::Options);
    assert_eq!(Route::from_path("/options/taper/"), Route::Option { id: "taper".into() });
    assert_eq!(Route::from_path("/"), Route::Start);
    assert_eq!(Route::from_path(""), Route::Start);
    assert_eq!(Route::from_path("/no/such/page"), Route::NotFound);
}

#[test]
fn a_folder_s_index_html_opens_its_page() {
    assert_eq!(Route::from_path("/index.html"), Route::Start);
    assert_eq!(Route::from_path("index.html"), Route::Start);
    assert_eq!(Route::from_path("/summary/index.html"), Route::Summary);
    assert_eq!(Route::from_path("/options/taper/index.html"), Route::Option { id: "taper".into() });
    assert_eq!(Route::from_path("/options/index.html"), Route::Options);
    assert_eq!(Route::from_path("/notindex.html"), Route::NotFound);
}

#[test]
fn all_routes_cover_pages_options_and_stories_once_each() {
    let bundle = library().bundle("en");
    let routes = all_routes(bundle);
    let mut paths: Vec<String> = routes.iter().map(|r| r.to_path()).collect();
    assert_eq!(paths.len(), static_paths().count() + bundle.options.len() + bundle.stories.len());
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), routes.len(), "a path is listed twice");
}

#[test]
fn titles_name_the_page_and_the_product() {
    let bundle = library().bundle("en");
    assert_eq!(Route::Option { id: "methadone".into() }.document_title(bundle), "Methadone — OwnPath");
    assert_eq!(Route::Start.document_title(bundle), "OwnPath");
    for route in all_routes(bundle) {
        let title = route.document_title(bundle);
        assert!(title.ends_with("OwnPath"), "{route:?}: {title}");
    }
    assert_eq!(Route::Option { id: "no-such".into() }.title(bundle), *bundle.ui.option_not_found_title());
}

const TEMPLATE: &str = r#"<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>OwnPath</title>
    <base href="./">
<script type="module">
import init from './ownpath.js';
await init({ module_or_path: './ownpath_bg.wasm' });
</script>
<script src="./other.js"></script>
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>"#;

#[test]
fn the_csp_hashes_inline_scripts_and_allows_nothing_unsafe() {
    let scripts = inline_scripts(TEMPLATE);
    assert_eq!(scripts.len(), 1, "only the inline loader is hashed");
    let csp = content_security_policy(TEMPLATE);
    assert!(csp.contains("'sha256-"), "{csp}");
    assert!(csp.contains("'wasm-unsafe-eval'"));
    assert!(!csp.contains("'unsafe-inline'") && !csp.contains("'unsafe-eval'"), "{csp}");
    assert!(csp.starts_with("default-src 'none'"));

    // A different script gets a different hash.
    let changed = TEMPLATE.replace("init from", "init  from");
    assert_ne!(content_security_policy(&changed), csp);
}

#[test]
fn each_page_file_gets_its_base_title_csp_and_crash_screen() {
    let bundle = library().bundle("en");
    let route = Route::Option { id: "taper".into() };
    let html = page_html(TEMPLATE, bundle, &route, "../../", "default-src 'none'").unwrap();
    assert!(html.contains("<base href=\"../../\">"));
    assert!(html.contains(&format!("<title>{}</title>", route.document_title(bundle))));
    assert!(html.contains("http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\""));
    assert!(html.contains("id=\"op-crash\""));
    assert!(html.contains(bundle.ui.crash_title()));
    assert!(html.contains("<noscript>"));
    // The quick exit is a real link outside the app (it works before the wasm, without JavaScript and on the
    // crash screen), handled by the page's exit script, never by an inline handler.
    let app = html.find("<div id=\"app\"></div>").unwrap();
    let exit = html.find("<a id=\"op-exit\" class=\"quick-exit__button\" href=\"neutral.html\" data-exit>").unwrap();
    assert!(exit > app, "the red control is not inside the app");
    assert!(html.contains(bundle.ui.exit_button()) && html.contains(bundle.ui.exit_shift_two()));
    assert!(!html.contains(" onclick=") && !html.contains(" onkeydown="));
    assert!(page_html("<html>", bundle, &route, "./", "").is_err(), "a template without the hooks is refused");
    // Its other languages, relative to the base, and its own language and direction.
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"es/options/taper/\">"));
    assert!(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"options/taper/\">"));
    let spanish = library().bundle("es");
    let html = page_html(TEMPLATE, spanish, &route, "../../../", "").unwrap();
    assert!(html.contains("<html lang=\"es\" dir=\"ltr\">"));
    assert!(html.contains(&format!("<title>{}</title>", route.document_title(spanish))));
    assert!(html.contains("href=\"es/safety/#help-now\""), "In danger now? leads to the Spanish help lines");
}

#[test]
fn the_exit_script_is_hashed_into_the_policy() {
    // The quick exit's behaviour (Shift three times, a click, other tabs) is tested in the browser (e2e); here,
    // that the page's policy lets the script run: its hash joins the policy's script sources.
    let script = ownpath::components::exit::exit_script();
    let page = TEMPLATE.replace("</title>", &format!("</title><script>{script}</script>"));
    assert_eq!(inline_scripts(&page).len(), 2);
    assert_ne!(content_security_policy(&page), content_security_policy(TEMPLATE), "its hash is in the policy");
}

#[test]
fn pages_that_show_a_part_wait_for_it() {
    use ownpath::content::parts::{split, Part};
    let bundle = library().bundle("en");
    let mut first_file = bundle.clone();
    let _ = split(&mut first_file);
    for route in all_routes(bundle) {
        assert!(route.is_ready(bundle, &[]), "{route:?}");
        // With only the first file, exactly the pages that show a part must wait.
        assert_eq!(route.is_ready(&first_file, &[]), route.parts().is_empty(), "{route:?}");
    }
    let merged = |bundle: &mut ownpath::content::Bundle, part: Part| {
        let index = ownpath::content::parts::PARTS.iter().position(|p| *p == part).unwrap();
        assert!(ownpath::content::parts::merge(bundle, part, ownpath::content::LANGUAGE_BYTES[1 + index]));
    };
    // Every page but the start page waits for the "pages" part; an option's page, for its own texts too.
    assert_eq!(Route::Option { id: "taper".into() }.parts(), &[Part::Pages, Part::Option(3), Part::Sources]);
    let mut taper_only = first_file.clone();
    for part in [Part::Pages, Part::Option(3), Part::Sources] {
        merged(&mut taper_only, part);
    }
    assert!(Route::Option { id: "taper".into() }.is_ready(&taper_only, &[]));
    assert!(!Route::Option { id: "methadone".into() }.is_ready(&taper_only, &[]));
    // Compare opens with nothing picked; once options are picked, it waits for theirs.
    assert_eq!(Route::Compare.parts(), &[Part::Pages]);
    let picked = |ids: &[&str]| ids.iter().map(|id| id.to_string()).collect::<Vec<_>>();
    assert!(Route::Compare.is_ready(&taper_only, &[]));
    assert!(Route::Compare.is_ready(&taper_only, &picked(&["taper"])), "one pick shows no answers yet");
    assert!(!Route::Compare.is_ready(&taper_only, &picked(&["taper", "methadone"])));
    assert_eq!(
        Route::Compare.waits_for(&picked(&["taper", "methadone"])),
        &[Part::Pages, Part::Option(3), Part::Option(0), Part::Sources]
    );
    assert_eq!(Route::Option { id: "no-such-option".into() }.parts(), &[Part::Pages]);
    assert_eq!(Route::About.parts(), &[Part::Pages, Part::About, Part::Sources]);
    assert_eq!(Route::Summary.parts(), &[Part::Pages, Part::Tools]);
    assert_eq!(Route::Professionals.parts(), &[Part::Pages, Part::Workers]);
    assert!(Route::Start.parts().is_empty() && Route::NotFound.parts().is_empty());
}

#[test]
fn prerendered_pages_carry_yew_s_marks_without_component_names() {
    let marks = "<!--<[ownpath::A<x::B>]>--><a>1</a><!--</[ownpath::A<x::B>]>--><!--<#>--><!-- note -->";
    assert_eq!(drop_component_names(marks), "<!--<[]>--><a>1</a><!--</[]>--><!--<#>--><!-- note -->");
    let page = render_route("/options/taper", "es");
    assert!(page.contains("<!--<[]>-->") && page.contains("<!--</[]>-->"));
    assert!(!page.contains("ownpath::"), "a component's name is left in the page");
    assert!(page.contains("<h1>"));
}

#[test]
fn the_pages_carry_no_comments_from_the_template() {
    let html = "<head>\n    <!-- a note for us -->\n    <base href=\"./\">\n<p>a<!-- inline -->b</p>\n<!-- unclosed";
    assert_eq!(without_comments(html), "<head>\n    <base href=\"./\">\n<p>ab</p>\n<!-- unclosed");
    // The real template has comments for us; what the pages are written from has none.
    let template = include_str!("../index.html");
    assert!(template.contains("<!--"));
    assert!(!without_comments(template).contains("<!--"));
}

#[test]
fn the_wasm_is_compiled_from_the_preload_and_the_loader_takes_it() {
    let mut html = TEMPLATE.replace(
        "<script type=\"module\">",
        "<link rel=\"preload\" href=\"./ownpath_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">\n<script type=\"module\">",
    );
    ownpath::prerender::compile_wasm_early(&mut html).unwrap();
    // The loader takes the module compiled early, and falls back to the address where that was not possible.
    assert!(html.contains("init({ module_or_path: window.ownpathWasm || './ownpath_bg.wasm' })"), "{html}");
    // The compiling script comes right after the preload, so the browser has already asked for those bytes.
    let preload_end = html.find("type=\"application/wasm\">").unwrap() + "type=\"application/wasm\">".len();
    assert!(
        html[preload_end..].starts_with("<script>(function(){var W=window.WebAssembly,u=\"./ownpath_bg.wasm\""),
        "{html}"
    );
    assert!(html.contains("window.ownpathWasm=W.compileStreaming(fetch(u)).catch(function(){return fetch(u)})"));
    // Both inline scripts are in the page's policy.
    assert_eq!(inline_scripts(&html).len(), 2);
    // Without Trunk's loader or its preload link the build stops, rather than ship a page that never starts.
    let mut no_loader = html.replace("init({", "start({");
    assert!(ownpath::prerender::compile_wasm_early(&mut no_loader).unwrap_err().contains("no Trunk loader"));
    let mut no_preload = TEMPLATE.to_string();
    assert!(ownpath::prerender::compile_wasm_early(&mut no_preload).unwrap_err().contains("no preload link"));
}
