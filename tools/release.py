#!/usr/bin/env python3
"""Packs a build into what a clinic downloads (DEPLOY.md): ownpath-<version>.tar.gz and .zip and SHA256SUMS.

  release.py DIST --out release [--server target/server]

Each archive holds one folder, ownpath-<version>/, with
  dist/      the files to put on the server: every page, the wasm, the worker, version.json, 404.html, the .gz and
             .br copies, .htaccess and _headers; never site.json (the site's own settings, which an update must not
             replace: site.example.json shows the format)
  server/    the nginx and Caddy headers files the build wrote for this release, and DEPLOY.md's nginx configurations
  DEPLOY.md
The same bytes for the same build: files in name order, one date (the last commit's, or SOURCE_DATE_EPOCH), no
owner names.
"""
import argparse
import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
# The site's own files: never in a release.
SITE_OWN = {"site.json", "site.json.gz", "site.json.br"}
# A pseudo-language's content file (src/content/pseudo.rs: en-XA, ar-XB; BCP 47 keeps the regions XA to XZ for
# private use): such a build is for the tests only (./x pseudo) and never ships.
PSEUDO_FILE = re.compile(r"^[a-z]{2,3}-X[A-Z]-")


def release_date() -> int:
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True, text=True, check=True)
        return int(out.stdout.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 315532800  # 1980-01-01, the earliest date a zip can hold


def members(dist: str, server: str) -> list[tuple[str, bytes, int]]:
    """(path inside the archive, bytes, mode) for every file, in name order."""
    out = []
    for folder, dirs, names in os.walk(dist):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, dist).replace(os.sep, "/")
            if relative in SITE_OWN:
                continue
            with open(path, "rb") as f:
                out.append((f"dist/{relative}", f.read(), 0o644))
    extra = [(os.path.join(server, name), f"server/{name}") for name in sorted(os.listdir(server))]
    extra += [(os.path.join(HERE, "nginx", name), f"server/{name}") for name in sorted(os.listdir(os.path.join(HERE, "nginx")))]
    extra.append((os.path.join(REPO, "DEPLOY.md"), "DEPLOY.md"))
    for source, target in extra:
        with open(source, "rb") as f:
            out.append((target, f.read(), 0o644))
    return sorted(out, key=lambda m: m[0])


def write_tar(path: str, top: str, files, date: int) -> None:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data, mode in files:
            info = tarfile.TarInfo(f"{top}/{name}")
            info.size, info.mtime, info.mode = len(data), date, mode
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))
    with open(path, "wb") as f:
        f.write(gzip.compress(raw.getvalue(), compresslevel=9, mtime=date))


def write_zip(path: str, top: str, files, date: int) -> None:
    import time
    stamp = time.gmtime(max(date, 315532800))[:6]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data, mode in files:
            info = zipfile.ZipInfo(f"{top}/{name}", date_time=stamp)
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dist")
    parser.add_argument("--out", default="release")
    parser.add_argument("--server", default=os.path.join("target", "server"))
    args = parser.parse_args()
    try:
        with open(os.path.join(args.dist, "version.json")) as f:
            version = json.load(f)["version"]
    except (OSError, ValueError, KeyError) as error:
        sys.exit(f"release.py: {args.dist}/version.json is missing or unreadable ({error}): build first (./x build)")
    if not os.path.isfile(os.path.join(args.dist, "index.html.br")):
        sys.exit(f"release.py: {args.dist} has no precompressed copies: build with ./x build")
    content = os.path.join(args.dist, "content")
    pseudo = sorted(name for name in os.listdir(content) if PSEUDO_FILE.match(name)) if os.path.isdir(content) else []
    if pseudo:
        sys.exit(f"release.py: {args.dist} has the pseudo-languages ({pseudo[0]}, …), which never ship: "
                 "build the release with ./x build")
    if not os.path.isdir(args.server):
        sys.exit(f"release.py: {args.server} (the build's nginx and Caddy headers) is missing: build with ./x build")
    files = members(args.dist, args.server)
    top = f"ownpath-{version}"
    os.makedirs(args.out, exist_ok=True)
    date = release_date()
    written = []
    for suffix, write in ((".tar.gz", write_tar), (".zip", write_zip)):
        path = os.path.join(args.out, top + suffix)
        write(path, top, files, date)
        with open(path, "rb") as f:
            written.append((hashlib.sha256(f.read()).hexdigest(), top + suffix, os.path.getsize(path)))
    with open(os.path.join(args.out, "SHA256SUMS"), "w") as f:
        f.writelines(f"{digest}  {name}\n" for digest, name, _ in written)
    for digest, name, size in written:
        print(f"release: {args.out}/{name} ({size / 1024 / 1024:.1f} MB, {len(files)} files) sha256 {digest}")
    print(f"release: {args.out}/SHA256SUMS (check with: sha256sum -c SHA256SUMS)")


if __name__ == "__main__":
    main()
