//! The release's server side (issue 22): what the offline worker keeps, and the headers files the build writes.

use ownpath::deploy::{htaccess, nginx, security_headers, static_host};
use ownpath::prerender::precache_list;

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
