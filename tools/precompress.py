#!/usr/bin/env python3
"""Writes a .gz and a .br copy beside every text and wasm file of a build, for servers that send precompressed
files as they are (nginx's gzip_static and brotli_static, Caddy's `precompressed`, Apache with the rewrite rules
in .htaccess). The server then never compresses on the fly, and stock nginx (which compresses only HTML) sends the
wasm at its compressed size.

  precompress.py DIR

gzip with Debian's `zopfli` command, a slower search that writes ordinary gzip about 4% smaller than level 9
(the wasm: 201.5 KB at level 9, 193.0 KB with zopfli), with no name or time inside (the same bytes on every build);
brotli at its best quality with Debian's `brotli` command. ./x installs both. A copy that is not at least 5% smaller
is not written.
"""
import os
import shutil
import subprocess
import sys

TEXT_AND_WASM = (".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest", ".bin", ".txt", ".xml")


def worth_it(original: int, packed: int) -> bool:
    return packed <= original * 0.95


def precompress(root: str) -> tuple[int, int]:
    brotli, zopfli = shutil.which("brotli"), shutil.which("zopfli")
    if not brotli or not zopfli:
        sys.exit("precompress.py: the brotli or zopfli command is missing (Debian packages brotli, zopfli): run ./x setup")
    written = skipped = 0
    for folder, _, names in os.walk(root):
        for name in sorted(names):
            # site.json is the site's own and is edited in place: a stale copy beside it would be sent instead.
            if not name.endswith(TEXT_AND_WASM) or name == "site.json":
                continue
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                data = f.read()
            copies = {
                ".gz": subprocess.run([zopfli, "-c", path], check=True, capture_output=True).stdout,
                ".br": subprocess.run([brotli, "--best", "--stdout", path], check=True, capture_output=True).stdout,
            }
            for suffix, packed in copies.items():
                if worth_it(len(data), len(packed)):
                    with open(path + suffix, "wb") as f:
                        f.write(packed)
                    written += 1
                else:
                    skipped += 1
    return written, skipped


def main() -> None:
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        sys.exit(__doc__)
    written, skipped = precompress(sys.argv[1])
    print(f"precompress: wrote {written} .gz and .br copies ({skipped} not smaller, left out)", file=sys.stderr)


if __name__ == "__main__":
    main()
