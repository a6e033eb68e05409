//! The release's server side (issue 22): what the offline worker keeps, and the headers files the build writes.

use ownpath::deploy::{htaccess, nginx, security_headers, static_host};
use ownpath::prerender::{offline_plan, precache_list, OfflinePlan};

fn scratch() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ownpath-deploy-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("options/taper")).unwrap();
    for name in [
        "index.html",
        "index.html.gz",
        "index.html.br",
        "options/taper/index.html",
        "site.json",
        "sw.js",
        "_headers",
        ".htaccess",
        "version.json",
        "neutral.html",
    ] {
        std::fs::write(dir.join(name), name).unwrap();
    }
    dir
}

#[test]
fn the_worker_keeps_the_release_but_never_the_sites_settings_or_the_server_files() {
    let dir = scratch();
    let urls: Vec<String> = precache_list(&dir).unwrap().into_iter().map(|(url, _)| url).collect();
    // site.json is the site's own and is absent from a release: listing it would fail the worker's install.
    assert_eq!(urls, ["./", "neutral.html", "options/taper/", "version.json"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_offline_copy_keeps_the_app_for_everyone_and_each_languages_content_for_its_readers() {
    let files: Vec<String> = [
        "./",
        "404.html",
        "content/en-0123456789abcdef.bin",
        "content/en-pages-0123456789abcdef.bin",
        "content/es-0123456789abcdef.bin",
        "es/",
        "es/options/taper/",
        "neutral.html",
        "options/taper/",
        "ownpath-0123456789abcdef_bg.wasm",
    ]
    .map(String::from)
    .to_vec();
    let language_files = [
        ("en", vec!["content/en-0123456789abcdef.bin", "content/en-pages-0123456789abcdef.bin"]),
        ("es", vec!["content/es-0123456789abcdef.bin"]),
    ];
    let plan = offline_plan(&files, &language_files);
    let strings = |items: &[&str]| items.iter().map(|item| item.to_string()).collect::<Vec<_>>();
    assert_eq!(
        plan,
        OfflinePlan {
            shared: strings(&["404.html", "neutral.html", "ownpath-0123456789abcdef_bg.wasm"]),
            languages: vec![
                (
                    "en".into(),
                    String::new(),
                    strings(&["./", "content/en-0123456789abcdef.bin", "content/en-pages-0123456789abcdef.bin"])
                ),
                ("es".into(), "es".into(), strings(&["content/es-0123456789abcdef.bin", "es/"])),
            ],
            // Other pages are kept once read; offline, the shell (404.html, shared) renders them.
            pages: strings(&["", "es/", "es/options/taper/", "options/taper/"]),
        }
    );
}

#[test]
fn every_headers_file_carries_the_pages_whole_policy_and_the_cache_rules() {
    let csp = "default-src 'none'; script-src 'self' 'sha256-AAA=' 'sha256-BBB=' 'sha256-CCC='";
    let header = format!("{csp}; frame-ancestors 'none'");
    assert_eq!(security_headers(csp)[0], ("Content-Security-Policy", header.clone()));
    let nginx = nginx(csp);
    assert!(nginx.contains(&format!("add_header Content-Security-Policy \"{header}\" always;")), "{nginx}");
    // nginx drops outer add_header lines in a block with its own: the hashed files' block repeats the policy.
    assert_eq!(nginx.matches("Content-Security-Policy").count(), 2, "{nginx}");
    assert!(nginx.contains("public, max-age=31536000, immutable") && nginx.contains("\"no-cache\""));
    let apache = htaccess(csp);
    assert!(apache.contains(&format!("Header always set Content-Security-Policy \"{header}\"")), "{apache}");
    assert!(apache.contains("AddType application/manifest+json .webmanifest"));
    let hosts = static_host(csp, &["ownpath-0123456789abcdef_bg.wasm".to_string()]);
    assert!(hosts.contains(&format!("  Content-Security-Policy: {header}\n")), "{hosts}");
    assert!(hosts.contains(
        "/ownpath-0123456789abcdef_bg.wasm\n  ! Cache-Control\n  Cache-Control: public, max-age=31536000, immutable"
    ));
}
