//! The server settings for this release, written by the build beside the files they serve (DEPLOY.md): the same
//! headers for nginx, Apache, Caddy and static hosts that read a `_headers` file. The Content-Security-Policy is
//! the pages' own (with the hash of every inline script they carry) plus what only a header can say.
//! Native only: run at the end of `prerender.rs`.

use std::path::Path;

/// Where the build writes the nginx and Caddy snippets (they are not served, so they stay out of `dist/`);
/// `./x release` puts them in the archive's `server/` folder.
pub const SNIPPETS_DIR: &str = "target/server";

/// Headers every response gets: the page's policy, plus framing, which a `<meta>` policy cannot set.
pub fn security_headers(csp: &str) -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", format!("{csp}; frame-ancestors 'none'")),
        ("X-Content-Type-Options", "nosniff".into()),
        ("Referrer-Policy", "no-referrer".into()),
        ("X-Frame-Options", "DENY".into()),
        ("Cross-Origin-Opener-Policy", "same-origin".into()),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()".into(),
        ),
    ]
}

/// Files whose name carries a hash of their content: kept for a year, never checked again.
pub const FOREVER: &str = "public, max-age=31536000, immutable";
/// Everything else (pages, the worker, site.json, version.json, the manifest): asked again every time, so a new
/// release and a changed site.json are seen at once.
pub const ALWAYS_CHECK: &str = "no-cache";
/// The same, as one regular expression over the path (nginx, Apache, Caddy).
pub const HASHED_PATTERN: &str = r"-[0-9a-f]{8,}(_bg)?\.(js|wasm|css|bin)$";

fn is_hashed(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else { return false };
    if !["js", "wasm", "css", "bin"].contains(&ext) {
        return false;
    }
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() >= 8 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn hashed_files(dir: &Path, under: &str, out: &mut Vec<String>) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        if path.is_dir() {
            hashed_files(&path, &format!("{under}{name}/"), out)?;
        } else if is_hashed(&name) {
            out.push(format!("{under}{name}"));
        }
    }
    Ok(())
}

/// nginx: included inside the `location` that serves the app (at `/` or a sub-path). nginx drops a block's
/// `add_header` lines when an inner block has its own, so the inner block repeats them.
pub fn nginx(csp: &str) -> String {
    let headers = |cache: &str, indent: &str| {
        let mut lines: Vec<String> = security_headers(csp)
            .into_iter()
            .map(|(name, value)| format!("{indent}add_header {name} \"{value}\" always;"))
            .collect();
        lines.push(format!("{indent}add_header Cache-Control \"{cache}\" always;"));
        lines.join("\n")
    };
    format!(
        "# OwnPath {version}: headers and cache rules, written by the build for this release (DEPLOY.md).\n\
         # Include it inside the location that serves OwnPath; replace it with each new release's copy.\n\
         {always}\n\
         # Files with a hash in their name never change: kept for a year.\n\
         location ~ \"{HASHED_PATTERN}\" {{\n{forever}\n}}\n",
        version = crate::version::VERSION,
        always = headers(ALWAYS_CHECK, ""),
        forever = headers(FOREVER, "    "),
    )
}

/// Apache: `.htaccess` in the app's folder (needs `AllowOverride FileInfo Indexes` and mod_headers; mod_mime
/// and mod_expires are not needed).
pub fn htaccess(csp: &str) -> String {
    let mut out = format!(
        "# OwnPath {}: headers, types and cache rules, written by the build for this release (DEPLOY.md).\n\
         # Needs mod_headers and AllowOverride FileInfo Indexes. ErrorDocument needs the full path under a sub-path:\n\
         # change /404.html to /ownpath/404.html when OwnPath lives at /ownpath/.\n\
         ErrorDocument 404 /404.html\nDirectoryIndex index.html\nOptions -Indexes\n\
         AddType application/wasm .wasm\nAddType application/manifest+json .webmanifest\n\
         AddType text/javascript .js\n<IfModule mod_headers.c>\n",
        crate::version::VERSION
    );
    for (name, value) in security_headers(csp) {
        out.push_str(&format!("  Header always set {name} \"{value}\"\n"));
    }
    out.push_str(&format!("  Header always set Cache-Control \"{ALWAYS_CHECK}\"\n"));
    out.push_str(&format!(
        "  <FilesMatch \"{HASHED_PATTERN}\">\n    Header always set Cache-Control \"{FOREVER}\"\n  </FilesMatch>\n"
    ));
    out.push_str("</IfModule>\n");
    // Precompressed files (`./x release` writes a .br and a .gz beside each text and wasm file).
    out.push_str(
        "<IfModule mod_rewrite.c>\n  RewriteEngine On\n\
         \x20 RewriteCond %{HTTP:Accept-Encoding} br\n  RewriteCond %{REQUEST_FILENAME}.br -f\n  RewriteRule ^(.+)$ $1.br [L]\n\
         \x20 RewriteCond %{HTTP:Accept-Encoding} gzip\n  RewriteCond %{REQUEST_FILENAME}.gz -f\n  RewriteRule ^(.+)$ $1.gz [L]\n\
         \x20 RewriteRule \\.html\\.(br|gz)$ - [T=text/html,E=no-gzip:1]\n\
         \x20 RewriteRule \\.js\\.(br|gz)$ - [T=text/javascript,E=no-gzip:1]\n\
         \x20 RewriteRule \\.css\\.(br|gz)$ - [T=text/css,E=no-gzip:1]\n\
         \x20 RewriteRule \\.wasm\\.(br|gz)$ - [T=application/wasm,E=no-gzip:1]\n\
         \x20 RewriteRule \\.json\\.(br|gz)$ - [T=application/json,E=no-gzip:1]\n\
         \x20 RewriteRule \\.svg\\.(br|gz)$ - [T=image/svg+xml,E=no-gzip:1]\n\
         \x20 RewriteRule \\.webmanifest\\.(br|gz)$ - [T=application/manifest+json,E=no-gzip:1]\n\
         \x20 RewriteRule \\.bin\\.(br|gz)$ - [T=application/octet-stream,E=no-gzip:1]\n</IfModule>\n\
         <IfModule mod_headers.c>\n  <FilesMatch \"\\.br$\">\n    Header append Content-Encoding br\n    Header append Vary Accept-Encoding\n  </FilesMatch>\n\
         \x20 <FilesMatch \"\\.gz$\">\n    Header append Content-Encoding gzip\n    Header append Vary Accept-Encoding\n  </FilesMatch>\n</IfModule>\n",
    );
    out
}

/// Caddy: `import` it inside the site block (or a `handle_path`-free `handle /ownpath/*` block) with `root` and
/// `file_server { precompressed br gzip }`.
pub fn caddy(csp: &str) -> String {
    let mut out = format!(
        "# OwnPath {}: headers and cache rules, written by the build for this release (DEPLOY.md).\n\
         # Use it inside the site block: `import /etc/caddy/ownpath-headers.caddy`.\n\
         @ownpath_hashed path_regexp \"{HASHED_PATTERN}\"\nheader {{\n",
        crate::version::VERSION
    );
    for (name, value) in security_headers(csp) {
        out.push_str(&format!("    {name} \"{value}\"\n"));
    }
    out.push_str(&format!(
        "    Cache-Control \"{ALWAYS_CHECK}\"\n}}\nheader @ownpath_hashed Cache-Control \"{FOREVER}\"\n"
    ));
    out
}

/// `_headers` (Netlify, Cloudflare Pages and others): paths from the site root; each hashed file by its name.
pub fn static_host(csp: &str, hashed: &[String]) -> String {
    let mut out = format!(
        "# OwnPath {}: headers and cache rules for hosts that read _headers (DEPLOY.md). Paths are from the site's\n\
         # root: under a sub-path, put it in front of each one.\n/*\n",
        crate::version::VERSION
    );
    for (name, value) in security_headers(csp) {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    out.push_str(&format!(
        "  Cache-Control: {ALWAYS_CHECK}\n/manifest.webmanifest\n  Content-Type: application/manifest+json\n"
    ));
    for file in hashed {
        out.push_str(&format!("/{file}\n  ! Cache-Control\n  Cache-Control: {FOREVER}\n"));
    }
    out
}

/// Writes `_headers` and `.htaccess` into the release (they must sit beside the files) and the nginx and Caddy
/// snippets into `snippets` ([`SNIPPETS_DIR`]; a pseudo-language build writes its own, see `prerender::run`).
pub fn write_headers(dir: &Path, csp: &str, snippets: &str) -> Result<(), String> {
    let mut hashed = Vec::new();
    hashed_files(dir, "", &mut hashed)?;
    hashed.sort();
    let write = |path: &Path, text: String| {
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write(&dir.join("_headers"), static_host(csp, &hashed))?;
    write(&dir.join(".htaccess"), htaccess(csp))?;
    std::fs::create_dir_all(snippets).map_err(|e| format!("cannot create {snippets}: {e}"))?;
    write(&Path::new(snippets).join("ownpath-headers.nginx.conf"), nginx(csp))?;
    write(&Path::new(snippets).join("ownpath-headers.caddy"), caddy(csp))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_those_trunk_and_the_content_step_write() {
        assert!(is_hashed("ownpath-3f2a9c1b0d4e5f67_bg.wasm"));
        assert!(is_hashed("ownpath-3f2a9c1b0d4e5f67.js"));
        assert!(is_hashed("style-0123456789abcdef.css"));
        assert!(is_hashed("en-pages-89abcdef.bin"));
        assert!(!is_hashed("sw.js"));
        assert!(!is_hashed("site.json"));
        assert!(!is_hashed("neutral.html"));
        assert!(!is_hashed("ownpath-notahash.js"));
    }
}
