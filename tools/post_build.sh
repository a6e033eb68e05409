#!/bin/sh
# Trunk's post_build hook. Trunk passes the folder it is building in TRUNK_STAGING_DIR.
#  1. Give the wasm's imports and exports short names, in the wasm and in its loader script (it prints how much
#     smaller; not with OWNPATH_PLAIN=1).
#  2. Minify the loader script (terser) and the stylesheet (csso): about 3 KB less to fetch.
#  3. Write every page's HTML, the CSP, the content files, version.json, the offline worker and the server
#     headers (the native `prerender` tool; the nginx and Caddy snippets go to target/server/).
#  4. Write a .gz and a .br copy of every text and wasm file (tools/precompress.py), for the server to send as is.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk build}"

# The release wasm build's unstable compiler settings (see `release_wasm_env` in x) are for the wasm only,
# not for the native prerender tool built below.
unset RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS

for js in "$dir"/ownpath-*.js; do
  # Off with OWNPATH_PLAIN=1 (see x): then the names stay as wasm-bindgen wrote them.
  case "${OWNPATH_PLAIN:-}" in
    "" | 0) python3 tools/minify_wasm_names.py "${js%.js}_bg.wasm" "$js" ;;
  esac
  terser "$js" --module --compress passes=2 --mangle --output "$js.min"
  mv "$js.min" "$js"
done
for css in "$dir"/*.css; do
  csso "$css" --output "$css.min"
  mv "$css.min" "$css"
done

cargo run --quiet --bin prerender
exec python3 tools/precompress.py "$dir"
