#!/usr/bin/env python3
"""First-load size of the release build: every file a browser fetches before the app is interactive, gzipped.

  python3 tools/size.py [dist] [--budget-kb 200] [--page options/methadone/index.html] [--lang es]

The page is opened at its address in the language: `--page options/methadone/index.html --lang es` measures
dist/es/options/methadone/index.html, the Spanish page (the default language, the one at the site root, has no
prefix).

The app fetches the content file of the language it opens in before it is interactive, so that file counts, with
the parts of the content the page shows (named in its data-parts attribute). Files not in the first load are listed below the total (fetched
just after start-up, when the person switches language, or by the offline worker).

"gzipped" is the .gz copy the build writes beside the file (tools/precompress.py, zopfli), which is what a server
with gzip_static sends (DEPLOY.md's nginx); for a file without one, gzip at level 9. A server that compresses on the
fly sends more: the total at gzip level 9 is printed beside it.

Prints a table of per-file sizes and the total, and exits 1 when the total is over the budget.
"""
import argparse
import glob
import gzip
import os
import re
import sys


def gz9(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def gz(path: str, data: bytes) -> int:
    """The gzipped bytes a precompressing server sends: the build's .gz copy, or gzip -9 where it wrote none."""
    if os.path.isfile(path + ".gz"):
        return os.path.getsize(path + ".gz")
    return gz9(data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist", nargs="?", default="dist")
    parser.add_argument("--budget-kb", type=float, default=200.0)
    parser.add_argument("--page", default="index.html", help="the page loaded first (its HTML counts)")
    parser.add_argument("--lang", default="en", help="the language the app opens in (its content file counts)")
    args = parser.parse_args()

    # The default language is the one whose pages are at the root (the start page's <html lang>).
    root_page = open(os.path.join(args.dist, "index.html"), encoding="utf-8").read()
    default = re.search(r'<html lang="([^"]+)"', root_page).group(1)
    prefix = "" if args.lang == default else args.lang + "/"
    page_path = os.path.join(args.dist, prefix + args.page)
    if not os.path.isfile(page_path):
        print(f"no page {prefix + args.page} in {args.dist}: the build has no {args.lang!r} address for it", file=sys.stderr)
        return 2
    html = open(page_path, "rb").read()
    if f'<html lang="{args.lang}"'.encode() not in html:
        print(f"{prefix + args.page} is not in {args.lang!r}", file=sys.stderr)
        return 2
    text = html.decode("utf-8")
    # What the page asks for before it is interactive: stylesheet, icon, manifest, loader script, wasm, site.json.
    # (Relative to the page's <base href>, which is the app's root.)
    refs = set(re.findall(r'(?:href|src)="\./([^"]+)"', text))
    refs |= set(re.findall(r"'\./([^']+\.(?:js|wasm))'", text))
    refs |= {r for r in re.findall(r'href="([^"#:]+)"', text) if r.endswith((".webmanifest", ".css", ".svg"))}
    refs.add("site.json")
    refs = {r[2:] if r.startswith("./") else r for r in refs}

    content = sorted(os.path.relpath(p, args.dist) for p in glob.glob(os.path.join(args.dist, "content", "*.bin")))
    # A first file per language (what every page needs), then one file per part. A page names the parts it shows in
    # data-parts="..."; the app fetches those before it is interactive, and the others just after.
    core = re.compile(r"(^|/)" + re.escape(args.lang) + r"-[0-9a-f]{16}\.bin$")
    marker = re.search(r'data-parts="([^"]*)"', text)
    parts = marker.group(1).split() if marker else []
    wanted = [re.compile(r"(^|/)" + re.escape(args.lang) + "-" + re.escape(p) + r"-[0-9a-f]{16}\.bin$") for p in parts]
    first_content = [c for c in content if core.search(c) or any(w.search(c) for w in wanted)]
    if len(first_content) != 1 + len(parts):
        print(f"content files for {args.lang!r} and parts {parts} not all found in {args.dist}/content", file=sys.stderr)
        return 2
    refs |= set(first_content)

    rows = [(prefix + args.page, len(html), gz(page_path, html), gz9(html))]
    for ref in sorted(refs):
        path = os.path.join(args.dist, ref)
        if os.path.isfile(path):
            data = open(path, "rb").read()
            rows.append((ref, len(data), gz(path, data), gz9(data)))

    width = max([len(r[0]) for r in rows] + [len("(not in first load) " + c) for c in content])
    print(f"{'file':<{width}}  {'bytes':>10}  {'gzipped':>10}")
    for name, raw, packed, _ in sorted(rows, key=lambda r: -r[2]):
        print(f"{name:<{width}}  {raw:>10,}  {packed:>10,}")
    total_raw = sum(r[1] for r in rows)
    total = sum(r[2] for r in rows)
    level9 = sum(r[3] for r in rows)
    print(f"{'total':<{width}}  {total_raw:>10,}  {total:>10,}  ({total / 1024:.1f} KB gzipped; budget {args.budget_kb:g} KB;"
          f" {level9 / 1024:.1f} KB if compressed on the fly at gzip -9)")
    for other in content:
        if other not in refs:
            path = os.path.join(args.dist, other)
            data = open(path, "rb").read()
            print(f"{'(not in first load) ' + other:<{width}}  {len(data):>10,}  {gz(path, data):>10,}")
    if total > args.budget_kb * 1024:
        print(f"OVER BUDGET by {(total - args.budget_kb * 1024) / 1024:.1f} KB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
