//! The build step after Trunk: one HTML file per route, with base path, title, CSP, crash screen and quick exit.
//! Run by `src/bin/prerender.rs` (a Trunk `post_build` hook). Native only.

use crate::components::exit::{DANGER_FRAGMENT, DANGER_ID, EXIT_BOX_ID, EXIT_ID, EXIT_STATUS_ID};
use crate::content::route_texts::all_routes;
use crate::content::{library, options_of, Bundle, PathKind, LANGUAGE_BYTES, LANGUAGE_FILES};
use crate::crash::{APP_ID, CRASH_ID};
use crate::html::escape;
use crate::i18n::part_loading::PARTS_ATTRIBUTE;
use crate::platform::address::language_prefix;
use crate::routes::Route;
use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::path::Path;

pub fn run(dir: &Path) -> Result<(), String> {
    // A build with the pseudo-languages (`./x pseudo`) is for the tests only: it never goes into dist/ (what
    // `./x release` packs), and its lists go beside the real build's, not over them.
    let pseudo = is_pseudo_build();
    let into_dist = |path: &str| Path::new(path).file_name().is_some_and(|name| name == "dist");
    if pseudo && std::env::var("TRUNK_DIST_DIR").is_ok_and(|d| into_dist(&d)) {
        return Err("this build has the pseudo-languages (OWNPATH_PSEUDO_LOCALES=1), which are never shipped: \
                    build them into dist-pseudo/ with ./x pseudo"
            .into());
    }
    let (page_list, snippets) = if pseudo {
        ("target/e2e-pages-pseudo.json", "target/server-pseudo")
    } else {
        ("target/e2e-pages.json", crate::deploy::SNIPPETS_DIR)
    };
    let template_path = dir.join("index.html");
    let template =
        std::fs::read_to_string(&template_path).map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    // The template's comments are for us, not for every page a phone downloads.
    let mut template = without_comments(&template);
    compile_wasm_early(&mut template)?;
    // Right after `<base>` and before any link, so every file, link and the exit address resolve from the app root
    // at any address (see `base_script`). The crash and quick-exit scripts come after it: the exit script asks for
    // site.json at once, and must ask the app root's, not the one beside a deep link (`/options/taper/site.json`
    // would answer 404, "no settings", on a kiosk). Before the CSP is made, so the policy names their hashes too.
    replace_once(
        &mut template,
        "<base href=\"./\">",
        &format!(
            "<base href=\"./\">\n    <script>{}</script>\n    <script>{}</script>\n    <script>{}</script>",
            base_script(),
            crate::crash::trap_script(),
            crate::components::exit::exit_script()
        ),
    )?;
    let csp = content_security_policy(&template);

    let mut written = 0;
    let languages = crate::content::languages();
    for lang in &languages {
        let bundle = library().bundle(lang);
        for route in all_routes(bundle) {
            // The page's address: its path after its language's prefix ("/es/options/taper").
            let address = format!("{}{}", language_prefix(lang), route.to_path());
            let depth = address.split('/').filter(|s| !s.is_empty()).count();
            let base = if depth == 0 { "./".to_string() } else { "../".repeat(depth) };
            let mut html = page_html(&template, bundle, &route, &base, &csp)?;
            replace_once(&mut html, "<base href=", &format!("<base {PAGE_ATTRIBUTE}=\"{address}\" href="))?;
            // The page's content, rendered by the app itself, so it shows before the wasm loads (and without it).
            let body = render_route(&route.to_path(), lang);
            let empty_app = format!("<div id=\"{APP_ID}\"></div>");
            let at = html.find(&empty_app).ok_or("the page has no app root")?;
            // Pages name the parts of the content they show, so the app fetches those before it takes the page over.
            let parts: Vec<&str> = route.parts().iter().map(|part| part.name()).collect();
            let marker =
                if parts.is_empty() { String::new() } else { format!(" {PARTS_ATTRIBUTE}=\"{}\"", parts.join(" ")) };
            html.replace_range(at..at + empty_app.len(), &format!("<div id=\"{APP_ID}\"{marker}>{body}</div>"));
            replace_once(&mut html, "</head>", &format!("{}</head>", preload_links(lang, &route.parts())))?;
            let out_dir = dir.join(address.trim_start_matches('/'));
            std::fs::create_dir_all(&out_dir).map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
            std::fs::write(out_dir.join("index.html"), html).map_err(|e| e.to_string())?;
            written += 1;
        }
    }
    // For hosts that serve 404.html for unknown paths, at any address: its base script finds the app's root
    // (`base_script`); "/" stands when scripts are off.
    let bundle = library().bundle(crate::content::default_language());
    let mut not_found = page_html(&template, bundle, &Route::NotFound, "/", &csp)?;
    replace_once(&mut not_found, "<base href=", &format!("<base {PAGE_ATTRIBUTE}=\"{NOT_FOUND_PAGE}\" href="))?;
    std::fs::write(dir.join("404.html"), not_found).map_err(|e| e.to_string())?;
    write_page_list(bundle, page_list)?;
    write_language_files(dir)?;
    write_version(dir)?;
    let (cache, files) = write_service_worker(dir)?;
    crate::deploy::write_headers(dir, &csp, snippets)?;
    eprintln!(
        "prerender: wrote {written} pages ({} languages), 404.html and sw.js ({cache}, {files} files) to {}",
        languages.len(),
        dir.display()
    );
    Ok(())
}

/// The name under which the page keeps the wasm it is compiling (a promise of a `WebAssembly.Module`).
pub const EARLY_WASM: &str = "ownpathWasm";

/// Starts compiling the wasm while the page is still being read, not once the loader runs.
///
/// Trunk's loader is a module script, which waits for the whole page to be parsed and drawn: on a slow phone the
/// wasm had long arrived and sat there (`./x bench`: 300 ms at 4x throttling on the start page). A small script
/// right after the wasm's preload link hands its bytes to `WebAssembly.compileStreaming`, which compiles them off
/// the main thread as they arrive, and the loader takes the compiled module. Where that cannot be used (no
/// `compileStreaming`, or a server that sends the wasm with another type) the loader gets a plain response and
/// does what it always did.
pub fn compile_wasm_early(html: &mut String) -> Result<(), String> {
    let call = "init({ module_or_path: '";
    let at = html.find(call).ok_or("index.html has no Trunk loader (init({ module_or_path: ...}))")? + call.len();
    let wasm = html[at..].split('\'').next().unwrap_or_default().to_string();
    if !wasm.ends_with(".wasm") || wasm.contains(['"', '<', '\\']) {
        return Err(format!("the Trunk loader names {wasm:?}, not a .wasm file"));
    }
    html.replace_range(at - 1..at + wasm.len() + 1, &format!("window.{EARLY_WASM} || '{wasm}'"));
    let preload = format!("<link rel=\"preload\" href=\"{wasm}\"");
    let link_at = html.find(&preload).ok_or_else(|| format!("index.html has no preload link for {wasm}"))?;
    let link_end = link_at + html[link_at..].find('>').ok_or("the wasm's preload link is not closed")? + 1;
    let script = format!(
        "<script>(function(){{var W=window.WebAssembly,u=\"{wasm}\";if(W&&W.compileStreaming)window.{EARLY_WASM}=\
         W.compileStreaming(fetch(u)).catch(function(){{return fetch(u)}})}})();</script>"
    );
    html.insert_str(link_end, &script);
    Ok(())
}

/// What the app fetches before it takes the page over, declared in the page so the browser fetches it alongside
/// the wasm rather than after it has started: the language's first content file and the parts the page shows.
/// (The site file needs no preload: the page's exit script asks for it first thing.) `crossorigin` makes each
/// preload match the app's own same-origin `fetch`, so the browser reuses it.
pub fn preload_links(lang: &str, parts: &[crate::content::parts::Part]) -> String {
    let Some((_, core, part_files)) = LANGUAGE_FILES.iter().find(|(l, _, _)| *l == lang) else {
        return String::new();
    };
    let wanted = crate::content::parts::PARTS.into_iter().zip(part_files).filter(|(part, _)| parts.contains(part));
    std::iter::once(*core)
        .chain(wanted.map(|(_, file)| *file))
        .map(|file| format!("<link rel=\"preload\" href=\"./{file}\" as=\"fetch\" crossorigin>"))
        .collect()
}

/// The content files of each language (the app fetches those of the language in use). Written before the worker's list is made,
/// so every language is kept for offline use.
pub fn write_language_files(dir: &Path) -> Result<(), String> {
    let names = LANGUAGE_FILES.iter().flat_map(|(_, core, parts)| std::iter::once(core).chain(parts));
    for (name, bytes) in names.zip(LANGUAGE_BYTES) {
        let path = dir.join(name);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// Whether this build has the generated pseudo-languages (`content/pseudo.rs`) compiled in.
pub fn is_pseudo_build() -> bool {
    let pseudo = crate::content::pseudo::PSEUDO_LANGUAGES;
    crate::content::languages().iter().any(|lang| pseudo.iter().any(|(tag, _, _)| tag == lang))
}

/// The end-to-end tests' list of pages, from the page table (`routes/table.rs`): `target/e2e-pages.json` (or
/// `target/e2e-pages-pseudo.json` for the pseudo-language build), read by `e2e/helpers.ts`.
fn write_page_list(bundle: &Bundle, path: &str) -> Result<(), String> {
    let list = |items: Vec<String>| items.iter().map(|item| format!("{item:?}")).collect::<Vec<_>>().join(", ");
    let languages = crate::content::languages();
    let pseudo = crate::content::pseudo::PSEUDO_LANGUAGES.map(|(tag, _, _)| tag);
    let json = format!(
        "{{\"languages\": [{}], \"pseudo\": [{}], \"rtl\": [{}], \"pages\": [{}], \"options\": [{}], \
         \"medications\": [{}], \"stories\": [{}]}}\n",
        list(languages.iter().map(|lang| lang.to_string()).collect()),
        list(pseudo.iter().filter(|tag| languages.contains(tag)).map(|tag| tag.to_string()).collect()),
        list(
            languages
                .iter()
                .filter(|lang| crate::content::language_facts(lang).is_some_and(|facts| facts.rtl))
                .map(|lang| lang.to_string())
                .collect()
        ),
        list(crate::routes::static_paths().map(str::to_string).collect()),
        list(bundle.options.iter().map(|o| o.id.clone()).collect()),
        list(options_of(PathKind::Medication).into_iter().map(str::to_string).collect()),
        list(bundle.stories.iter().map(|s| s.id.clone()).collect()),
    );
    std::fs::create_dir_all("target").map_err(|e| format!("cannot create target: {e}"))?;
    std::fs::write(path, json).map_err(|e| format!("cannot write {path}: {e}"))
}

/// The app's markup for one page in one language, in the default setting, ready for the browser to hydrate.
pub fn render_route(path: &str, lang: &str) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime for rendering");
    let local = tokio::task::LocalSet::new();
    let props = crate::app::ServerAppProps { path: path.to_string().into(), lang: lang.to_string().into() };
    let html = local.block_on(&runtime, async move {
        yew::LocalServerRenderer::<crate::app::ServerApp>::with_props(props).hydratable(true).render().await
    });
    drop_component_names(&html)
}

/// Yew marks where each component starts and ends with a comment; a debug build (this tool is one) writes the
/// component's type name in it (`<!--<[ownpath::components::link::AppLink]>-->`). The release wasm checks only
/// the marks around it, so the names are dropped (`<!--<[]>-->`): about 0.3 KB less on the start page and 0.6 KB
/// on an option page, gzipped.
pub fn drop_component_names(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!--<") {
        let after = &rest[at + 5..];
        let mark = if after.starts_with('[') {
            1
        } else if after.starts_with("/[") {
            2
        } else {
            0
        };
        match (mark, after.find("]>-->")) {
            (1 | 2, Some(end)) if !after[..end].contains("-->") => {
                out.push_str(&rest[..at + 5 + mark]);
                rest = &after[end..];
            }
            _ => {
                out.push_str(&rest[..at + 5]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The attribute on each page's `<base>` that names the page's address ("/es/options/taper"; "" for the start page).
pub const PAGE_ATTRIBUTE: &str = "data-page";
/// Its value on the 404 page, which can be served at any address.
pub const NOT_FOUND_PAGE: &str = "404";

/// The script right after every page's `<base>` (one text, one hash). The relative `<base>` is right only at the
/// page's own folder address; a server or the offline worker can serve the page at another one (no trailing slash,
/// doubled slashes, `index.html`), and then styles, wasm, links and the exit address would resolve elsewhere. It
/// makes the base the app's root as an absolute path: the address with the page's own address taken off the end,
/// after doubled slashes are made single (and the address bar says so). The 404 page, served at any address,
/// takes the root from the offline worker when one controls the page (it sits at the root), else from the
/// address: the part before the last name of a page or language the app has, or, when there is none, the folder
/// above the unknown name.
pub fn base_script() -> String {
    let mut known: Vec<String> = Vec::new();
    let languages = crate::content::languages();
    let prefixes: Vec<String> = languages
        .iter()
        .map(|lang| language_prefix(lang).trim_start_matches('/').to_string())
        .filter(|p| !p.is_empty())
        .collect();
    for lang in &languages {
        for route in all_routes(library().bundle(lang)) {
            if let Some(first) = route.to_path().split('/').find(|s| !s.is_empty()) {
                if !known.iter().any(|k| k == first) {
                    known.push(first.to_string());
                }
            }
        }
    }
    let quoted = |names: &[String]| names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(",");
    format!(
        "(function(){{var d=document,l=location,b=d.querySelector(\"base[{PAGE_ATTRIBUTE}]\");if(!b)return;\
         var p=l.pathname.replace(/\\/{{2,}}/g,\"/\").replace(/\\/index\\.html$/,\"/\"),a=b.getAttribute(\"{PAGE_ATTRIBUTE}\"),\
         t=p.replace(/\\/$/,\"\"),r,c,s,i,g=[{langs}],k=[{known}].concat(g);\
         if(a!=\"{NOT_FOUND_PAGE}\"){{if(t.slice(t.length-a.length)==a)r=t.slice(0,t.length-a.length)+\"/\"}}\
         else{{c=navigator.serviceWorker&&navigator.serviceWorker.controller;if(c)r=new URL(\".\",c.scriptURL).pathname;\
         else{{s=t.split(\"/\");i=s.length-1;while(i>0&&k.indexOf(s[i])<0)i--;\
         if(i>0){{if(i>1&&g.indexOf(s[i])<0&&g.indexOf(s[i-1])>=0)i--}}else i=s.length-1;r=s.slice(0,i).join(\"/\")+\"/\"}}}}\
         if(r){{b.href=r;if(p!=l.pathname)history.replaceState(history.state,\"\",p+l.search+l.hash)}}}})();",
        langs = quoted(&prefixes),
        known = quoted(&known),
    )
}

/// This release's version and the date of its content, shown on /about and written to `version.json` (for the
/// people who run the site, and for the update check after copying a new release over).
fn write_version(dir: &Path) -> Result<(), String> {
    use crate::version::{CONTENT_DATE, VERSION};
    let json = format!("{{\"app\": \"ownpath\", \"version\": {VERSION:?}, \"content_date\": {CONTENT_DATE:?}}}\n");
    std::fs::write(dir.join("version.json"), json).map_err(|e| format!("cannot write version.json: {e}"))
}

/// One page's HTML from Trunk's index.html.
pub fn page_html(template: &str, bundle: &Bundle, route: &Route, base: &str, csp: &str) -> Result<String, String> {
    let ui = &bundle.ui;
    let mut html = template.to_string();
    replace_once(
        &mut html,
        "<html lang=\"en\">",
        &format!("<html lang=\"{}\" dir=\"{}\">", bundle.lang, crate::i18n::text_direction(&bundle.lang)),
    )?;
    replace_between(&mut html, "<base href=\"", "\"", base)?;
    replace_between(&mut html, "<title>", "</title>", &escape(&route.document_title(bundle)))?;
    // The same page in each language, for search engines and browsers (relative to the page's base). The app takes
    // out those of languages a site does not offer (`site.json`), once it has read the site file.
    let alternates: String = crate::content::languages()
        .into_iter()
        .map(|lang| {
            let href = format!("{}{}", language_prefix(lang), route.to_path());
            format!("\n    <link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\">", relative(&href))
        })
        .collect();
    replace_once(&mut html, "</title>", &format!("</title>{alternates}"))?;
    replace_once(
        &mut html,
        "<meta charset=\"utf-8\">",
        &format!("<meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">"),
    )?;
    // The crash screen's link and "In danger now?" lead into the page's language, relative to its base ("es/",
    // "es/safety/#help-now"), as the app's own links are.
    let danger = format!(
        "{}#{DANGER_FRAGMENT}",
        relative(&format!("{}{}", language_prefix(&bundle.lang), Route::Safety.to_path()))
    );
    // The quick exit lives outside the app, so it works from the first paint, with JavaScript off, and on the
    // crash screen (see `components/exit.rs`).
    let body = format!(
        "<div id=\"{APP_ID}\"></div>\n    <noscript><p class=\"noscript\">{}</p></noscript>\n    \
         <div id=\"{CRASH_ID}\" class=\"crash\" role=\"alert\" hidden><h1 tabindex=\"-1\">{}</h1><p>{}</p>\
         <p><a class=\"button\" href=\"{}\">{}</a></p></div>\n    \
         <div id=\"{EXIT_BOX_ID}\" class=\"quick-exit no-print\"><a id=\"{DANGER_ID}\" class=\"quick-exit__danger\" \
         href=\"{}\">{}</a><a id=\"{EXIT_ID}\" class=\"quick-exit__button\" \
         href=\"{}\" data-exit>{}</a><p id=\"{EXIT_STATUS_ID}\" class=\"visually-hidden\" role=\"status\" \
         aria-live=\"polite\" data-1=\"{}\" data-2=\"{}\"></p></div>",
        escape(ui.noscript()),
        escape(ui.crash_title()),
        escape(ui.crash_body()),
        relative(&language_prefix(&bundle.lang)),
        escape(ui.crash_link()),
        danger,
        escape(ui.danger_link()),
        escape(&crate::config::SiteConfig::default().exit_url),
        escape(ui.exit_button()),
        escape(ui.exit_shift_two()),
        escape(ui.exit_shift_one()),
    );
    replace_once(&mut html, &format!("<div id=\"{APP_ID}\"></div>"), &body)?;
    if *route == Route::Start {
        defer_page_styles(&mut html)?;
    }
    Ok(html)
}

/// The start page's first paint needs only the base stylesheet: its link to the styles of the other pages becomes a
/// note the app reads to fetch them just after it is up ([`crate::app::LATER_STYLES`]), so the first load is smaller.
fn defer_page_styles(html: &mut String) -> Result<(), String> {
    let start = html.find("<link rel=\"stylesheet\" href=\"./pages-").ok_or("the page has no link to pages.css")?;
    let end = start + html[start..].find('>').ok_or("an unclosed link")? + 1;
    let href = html[start..end].split('"').nth(3).ok_or("a link without an address")?.to_string();
    html.replace_range(start..end, &format!("<meta name=\"{}\" content=\"{href}\">", crate::app::LATER_STYLES));
    Ok(())
}

/// The files the service worker keeps for offline use: every file in dist, with each page's folder address
/// (`options/taper/`) in place of its `index.html`. Sorted, so the list and the cache name are stable.
pub fn precache_list(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
        for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
                continue;
            }
            let relative = path.strip_prefix(root).map_err(|e| e.to_string())?.to_string_lossy().replace('\\', "/");
            // Not the worker itself, the site's own settings (never part of a release), the server settings or
            // the precompressed copies.
            let server_file = ["sw.js", "site.json", "_headers", ".htaccess"].contains(&relative.as_str());
            if server_file || relative.ends_with(".gz") || relative.ends_with(".br") {
                continue;
            }
            let bytes = std::fs::read(&path).map_err(|e| e.to_string())?;
            let url = match relative.strip_suffix("index.html") {
                Some("") => "./".to_string(),
                Some(folder) => folder.to_string(),
                None => relative,
            };
            out.push((url, bytes));
        }
        Ok(())
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files)?;
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

/// What the offline worker keeps, and for whom (issue 26: a first visit should not pay for a language the reader
/// does not read, nor for every page's HTML). Pages of one language share one app and one set of content files.
#[derive(Debug, PartialEq)]
pub struct OfflinePlan {
    /// The app itself, for every reader: wasm, scripts, styles, icons, the exit page and the app shell (404.html).
    pub shared: Vec<String>,
    /// Each language with the folder its pages live in ("" for the default, at the root) and the files kept once
    /// it is read on the device: its content files and its start page.
    pub languages: Vec<(String, String, Vec<String>)>,
    /// Every page's folder address ("" for the start page): a page not kept opens offline from the app shell,
    /// which renders it from the kept content.
    pub pages: Vec<String>,
}

/// Sorts the release's files into [`OfflinePlan`]: a language's content files are those the build named for it
/// (`LANGUAGE_FILES`); a page belongs to the language whose folder it is in.
pub fn offline_plan(files: &[String], language_files: &[(&str, Vec<&str>)]) -> OfflinePlan {
    let prefix = |lang: &str| language_prefix(lang).trim_start_matches('/').to_string();
    let folder = |lang: &str| if prefix(lang).is_empty() { "./".to_string() } else { format!("{}/", prefix(lang)) };
    let mut languages: Vec<(String, String, Vec<String>)> =
        language_files.iter().map(|(lang, _)| (lang.to_string(), prefix(lang), Vec::new())).collect();
    let (mut shared, mut pages) = (Vec::new(), Vec::new());
    for file in files {
        if let Some(at) = language_files.iter().position(|(_, names)| names.contains(&file.as_str())) {
            languages[at].2.push(file.clone());
        } else if file == "./" || file.ends_with('/') {
            pages.push(if file == "./" { String::new() } else { file.clone() });
            if let Some(at) = language_files.iter().position(|(lang, _)| folder(lang) == *file) {
                languages[at].2.push(file.clone());
            }
        } else {
            shared.push(file.clone());
        }
    }
    OfflinePlan { shared, languages, pages }
}

/// Writes `sw.js` (see [`SERVICE_WORKER`]): the cache is named from the whole release's contents, and the lists come
/// from [`offline_plan`].
pub fn write_service_worker(dir: &Path) -> Result<(String, usize), String> {
    let files = precache_list(dir)?;
    let mut hasher = Sha256::new();
    for (url, bytes) in &files {
        hasher.update(url.as_bytes());
        hasher.update(bytes);
    }
    let digest = hasher.finalize();
    let cache = format!("ownpath-static-{}", digest.iter().take(6).map(|b| format!("{b:02x}")).collect::<String>());
    let urls: Vec<String> = files.into_iter().map(|(url, _)| url).collect();
    let language_files: Vec<(&str, Vec<&str>)> = LANGUAGE_FILES
        .iter()
        .map(|(lang, core, parts)| (*lang, std::iter::once(*core).chain(parts.iter().copied()).collect()))
        .collect();
    let plan = offline_plan(&urls, &language_files);
    let list = |items: &[String]| items.iter().map(|item| format!("{item:?}")).collect::<Vec<_>>().join(",\n  ");
    let languages = plan
        .languages
        .iter()
        .map(|(lang, prefix, files)| {
            format!(
                "  {lang:?}: {{ folder: {prefix:?}, files: [\n    {}\n  ] }}",
                list(files).replace("\n  ", "\n    ")
            )
        })
        .collect::<Vec<_>>()
        .join(",\n");
    let script = SERVICE_WORKER
        .replace("__CACHE__", &cache)
        .replace("__SHARED__", &list(&plan.shared))
        .replace("__LANGUAGES__", &languages)
        .replace("__DEFAULT_LANGUAGE__", crate::content::default_language())
        .replace("__PAGES__", &list(&plan.pages))
        .replace("__TAKE_UPDATE__", crate::platform::offline::TAKE_UPDATE);
    std::fs::write(dir.join("sw.js"), script).map_err(|e| e.to_string())?;
    Ok((cache, urls.len()))
}

/// The policy: only our own files; scripts only from our origin, plus the hashed inline loader and wasm.
pub fn content_security_policy(html: &str) -> String {
    let hashes: Vec<String> = inline_scripts(html)
        .iter()
        .map(|script| {
            let digest = Sha256::digest(script.as_bytes());
            format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
        })
        .collect();
    format!(
        "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'self'; form-action 'none'; \
         object-src 'none'",
        hashes.join(" ")
    )
}

/// The text of every `<script>` element without a `src`.
pub fn inline_scripts(html: &str) -> Vec<String> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else { break };
        let open_tag = &after[..open_end];
        let body_start = &after[open_end + 1..];
        let Some(close) = body_start.find("</script>") else { break };
        if !open_tag.contains(" src=") {
            scripts.push(body_start[..close].to_string());
        }
        rest = &body_start[close + "</script>".len()..];
    }
    scripts
}

/// An address path relative to the pages' `<base href>` (the app's root), as a folder: "/es/safety" is "es/safety/",
/// "/" is "./".
fn relative(path: &str) -> String {
    match path.trim_matches('/') {
        "" => "./".to_string(),
        inner => format!("{inner}/"),
    }
}

fn replace_once(html: &mut String, from: &str, to: &str) -> Result<(), String> {
    let at = html.find(from).ok_or_else(|| format!("index.html has no {from}"))?;
    html.replace_range(at..at + from.len(), to);
    Ok(())
}

fn replace_between(html: &mut String, start: &str, end: &str, value: &str) -> Result<(), String> {
    let from = html.find(start).ok_or_else(|| format!("index.html has no {start}"))? + start.len();
    let to = from + html[from..].find(end).ok_or_else(|| format!("index.html has no {end} after {start}"))?;
    html.replace_range(from..to, value);
    Ok(())
}

/// The offline worker. It only ever serves this app's own files; it never sends anything anywhere.
///
/// It keeps the app itself and the content of the languages read on the device: the default one (or the one of
/// the page that installed it) at first, another once the reader switches to it (`offline.js` tells it), and those
/// the last release kept. Files with a hash in their name come from the browser's HTTP cache when the page has
/// just fetched them, so a first visit does not pay twice. A page's HTML is kept once it is read online; a page not
/// kept opens offline from the app shell (404.html), which renders it from the kept content.
///
/// Pages are kept by their folder address (`options/taper/`); a page asked for at another address (no trailing
/// slash, doubled slashes, `index.html`) is answered with a redirect to it, so the page's relative `<base>` holds.
/// A new release's worker installs beside the old one and waits: the page offers a reload at home, a kiosk takes
/// it at its next idle reset, and a session is never interrupted (`components/offline.rs`), by sending it
/// `offline::TAKE_UPDATE`. The site's own `site.json` is never part of a release: it is fetched fresh when online and
/// kept in a cache of its own, which updates leave alone.
const SERVICE_WORKER: &str = r#"// OwnPath offline worker, written at build time. Keeps the app's own files; holds no answers.
const CACHE = "__CACHE__";
const SITE_CACHE = "ownpath-site";
// The app itself, kept for every reader.
const SHARED = [
  __SHARED__
];
// Each language's folder and the files kept once it is read on this device: its content and its start page.
const LANGUAGES = {
__LANGUAGES__
};
const DEFAULT_LANGUAGE = "__DEFAULT_LANGUAGE__";
// Every page's folder address. A page not kept opens offline from the app shell (404.html), which renders it from
// the kept content.
const PAGES = new Set([
  __PAGES__
]);
const KNOWN = new Set(SHARED.concat(...Object.values(LANGUAGES).map((language) => language.files)));

// A file with a hash in its name never changes, so it may come from the browser's HTTP cache, where the page has
// just put it (a first visit pays for it once). Any other file is checked with the server: a release copied over
// the last one must not mix with it.
function fresh(file) {
  return new Request(file, { cache: /-[0-9a-f]{12,}[._]/.test(file) ? "force-cache" : "no-cache" });
}

function languageOf(path) {
  const inApp = path.slice(new URL(self.registration.scope).pathname.length);
  for (const [lang, language] of Object.entries(LANGUAGES)) {
    if (language.folder && (inApp + "/").startsWith(language.folder + "/")) return lang;
  }
  return DEFAULT_LANGUAGE;
}

async function missing(cache, files) {
  const out = [];
  for (const file of files) if (!(await cache.match(new URL(file, self.registration.scope)))) out.push(file);
  return out;
}

// The languages to keep: those the last release kept (its caches hold their start pages) and those of the open
// pages; the default one when there is none. The page tells the worker of any other it switches to.
async function languagesToKeep() {
  const keep = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith("ownpath-static-") || key === CACHE) continue;
    const old = await caches.open(key);
    for (const [lang, language] of Object.entries(LANGUAGES)) {
      if (await old.match(new URL(language.folder ? language.folder + "/" : "./", self.registration.scope))) keep.add(lang);
    }
  }
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: "window" })) {
    keep.add(languageOf(new URL(client.url).pathname));
  }
  if (!keep.size) keep.add(DEFAULT_LANGUAGE);
  return [...keep];
}

// A language the reader switched to is kept from then on. Not once the copy was removed: caches.open would make
// it anew.
async function keepLanguage(lang) {
  if (!(await caches.has(CACHE))) return;
  const cache = await caches.open(CACHE);
  await cache.addAll((await missing(cache, LANGUAGES[lang].files)).map(fresh));
}

self.addEventListener("install", (event) => {
  // The deployer's settings are asked for too (issue 23), so a copy opened offline later knows its answer.
  const site = new URL("site.json", self.registration.scope);
  event.waitUntil((async () => {
    const languages = await languagesToKeep();
    const cache = await caches.open(CACHE);
    await cache.addAll(SHARED.concat(...languages.map((lang) => LANGUAGES[lang].files)).map(fresh));
    await siteFile(new Request(site), site, true).catch(() => {});
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === "__TAKE_UPDATE__") self.skipWaiting();
  else if (event.data && LANGUAGES[event.data.keep]) event.waitUntil(keepLanguage(event.data.keep).catch(() => {}));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("ownpath-static-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

// The deployer's settings: fresh when online; offline, the last answer kept, a 404 ("no settings") included.
// Offline with no answer kept, a network error: the app then runs in its most private mode (issue 23), never in
// home mode on a kiosk that could not ask.
// `keep`: whether to keep the answer (not once the offline copy was removed: caches.open would make a cache anew).
async function siteFile(request, address, keep) {
  try {
    const response = await fetch(request, { cache: "no-cache" });
    if (keep && (response.ok || response.status === 404)) await (await caches.open(SITE_CACHE)).put(address, response.clone());
    return response;
  } catch (error) {
    return (await caches.match(address, { cacheName: SITE_CACHE })) || Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const root = new URL(self.registration.scope).pathname;
  const path = url.pathname.replace(/\/{2,}/g, "/");
  if (path === root + "site.json") {
    event.respondWith(caches.has(CACHE).then((kept) => siteFile(request, new URL(path, url), kept)));
    return;
  }
  event.respondWith((async () => {
    // A copy removed on request (or by the quick exit) is not opened again here: caches.open would make it anew.
    if (!(await caches.has(CACHE))) return fetch(request);
    const cache = await caches.open(CACHE);
    // The file itself (neutral.html), else the page's folder address.
    const folder = path.replace(/\/index\.html$/, "/").replace(/([^/])$/, "$1/");
    const page = request.mode === "navigate" && PAGES.has(folder.slice(root.length)) ? folder : null;
    if (request.mode === "navigate") {
      for (const address of [path, folder]) {
        if (address.endsWith("/index.html")) continue;
        const kept = await cache.match(new URL(address, url));
        if (kept) return address === url.pathname ? kept : Response.redirect(new URL(address + url.search, url).href, 302);
      }
    } else {
      const hit = await cache.match(new URL(path, url));
      if (hit) return hit;
    }
    try {
      const response = await fetch(request);
      // A page read online is kept at its folder address; a file of the release (another language's content, once
      // switched to) is kept too.
      const keepAs = page && url.pathname === folder ? folder : !page && KNOWN.has(path.slice(root.length)) ? path : null;
      if (keepAs && response.ok && !response.redirected) await cache.put(new URL(keepAs, url), response.clone());
      return response;
    } catch (error) {
      if (request.mode === "navigate") {
        const shell = await cache.match(new URL("404.html", self.registration.scope));
        // A page of the app not kept: the shell renders it. Any other address: the 404 page, as a 404.
        if (shell && page) return new Response(shell.body, { status: 200, headers: shell.headers });
        if (shell) return new Response(shell.body, { status: 404, statusText: "Not Found", headers: shell.headers });
      }
      throw error;
    }
  })());
});
"#;

/// HTML without its comments (`<!-- … -->`); an unclosed one is kept as it is.
pub fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        let Some(end) = rest[start..].find("-->") else { break };
        // The comment's line goes with it when the comment is all the line holds.
        let before = rest[..start].trim_end_matches([' ', '\t']);
        let line_start = before.is_empty() || before.ends_with('\n');
        out.push_str(if line_start { before } else { &rest[..start] });
        rest = &rest[start + end + 3..];
        if line_start {
            rest = rest.strip_prefix('\n').unwrap_or(rest);
        }
    }
    out.push_str(rest);
    out
}
