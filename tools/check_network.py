#!/usr/bin/env python3
"""Checks that what OwnPath ships can reach nothing but its own files.

  python3 tools/check_network.py dist

Reads every JavaScript file, wasm file and page in the built folder. It fails, naming the file and what it found,
when one of them mentions a browser API that can send data other than `fetch` (sendBeacon, WebSocket,
XMLHttpRequest, EventSource, RTCPeerConnection, and a few more), or holds a full address (http:, https:, ws:, wss:,
or a scheme-relative //host) that a request could go to. The app's own requests are relative paths, so any full
address in code is a mistake. Pages may show full addresses as text (sources, a deployer's exit address); this looks
only at attributes that load something (src, href of link tags, action).
"""
import re
import sys
from pathlib import Path

SENDING_APIS = ["sendBeacon", "WebSocket", "XMLHttpRequest", "EventSource", "RTCPeerConnection", "WebTransport",
                "importScripts", "RTCDataChannel", "PushManager", "BackgroundFetch"]
# A host is a name with a dot, localhost or an IPv4 address. (The wasm keeps its strings side by side with no
# separator, so the bare "http://" the site-file reader strips can run into a one-letter string after it: "http://d".)
FULL_ADDRESS = re.compile(rb"(?:https?|wss?)://(?:[A-Za-z0-9-]+\.[A-Za-z0-9.-]+|localhost)"
                          rb"|(?<![A-Za-z0-9:/])//[A-Za-z0-9-]+\.[A-Za-z]{2,}")
# Addresses that name a standard, never a place a request goes: the SVG and XHTML namespaces.
NAMESPACES = {b"http://www.w3.org"}
LOADING_ATTRIBUTE = re.compile(
    rb"<(?:script|img|iframe|source|audio|video|embed|object)\b[^>]*\bsrc\s*=\s*[\"']?([^\"'\s>]+)"
    rb"|<link\b[^>]*\bhref\s*=\s*[\"']?([^\"'\s>]+)|\baction\s*=\s*[\"']?([^\"'\s>]+)", re.I)


def problems_in(path: Path) -> list[str]:
    data = path.read_bytes()
    found = []
    if path.suffix in (".js", ".wasm", ".mjs"):
        for api in SENDING_APIS:
            if api.encode() in data:
                found.append(f"{path}: mentions {api}")
        for match in FULL_ADDRESS.finditer(data):
            if match.group(0) not in NAMESPACES:
                found.append(f"{path}: holds the address {match.group(0).decode(errors='replace')}")
    elif path.suffix == ".html":
        for match in LOADING_ATTRIBUTE.finditer(data):
            target = next(group for group in match.groups() if group)
            if re.match(rb"(?:[a-z][a-z0-9+.-]*:|//)", target, re.I) and not target.startswith(b"data:"):
                found.append(f"{path}: loads {target.decode(errors='replace')}")
    return found


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(sys.argv[1])
    files = sorted(p for p in root.rglob("*") if p.suffix in (".js", ".mjs", ".wasm", ".html"))
    if not files:
        print(f"check_network: no files to check in {root}", file=sys.stderr)
        return 2
    problems = [problem for path in files for problem in problems_in(path)]
    if problems:
        print("The built app could send data somewhere other than its own files:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    kinds = {p.suffix for p in files}
    print(f"check_network: {len(files)} files ({', '.join(sorted(kinds))}) use no network API but fetch and name no "
          "other address")
    return 0


if __name__ == "__main__":
    sys.exit(main())
