#!/usr/bin/env python3
"""A plain static file server for tests: no rewrites, like any simple host.

  serve.py DIR --port 8090 [--prefix /sub] [--not-found-page]

--prefix serves DIR under a sub-path (to prove the app works there); other paths answer 404.
--not-found-page answers unknown paths with DIR/404.html and status 404, as many static hosts do.
"""
import argparse
import functools
import http.server
import os
import sys


def make_handler(root, prefix, not_found_page):
    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                          ".wasm": "application/wasm", ".js": "text/javascript",
                          ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml"}

        def translate_path(self, path):
            if prefix:
                clean = path.split("?", 1)[0]
                if clean == prefix:
                    clean = prefix + "/"
                if not clean.startswith(prefix + "/"):
                    return os.path.join(root, "__outside_prefix__")
                path = path[len(prefix):]
            return super().translate_path(path)

        def send_error(self, code, message=None, explain=None):
            page = os.path.join(root, "404.html")
            if code == 404 and not_found_page and os.path.isfile(page):
                with open(page, "rb") as f:
                    body = f.read()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
                return
            super().send_error(code, message, explain)

        def log_message(self, fmt, *args):
            if os.environ.get("SERVE_LOG"):
                super().log_message(fmt, *args)

    return functools.partial(Handler, directory=root)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--prefix", default="")
    parser.add_argument("--not-found-page", action="store_true")
    args = parser.parse_args()
    root = os.path.abspath(args.dir)
    if not os.path.isfile(os.path.join(root, "index.html")):
        sys.exit(f"serve.py: {root} has no index.html; build first")
    handler = make_handler(root, args.prefix.rstrip("/"), args.not_found_page)
    server = http.server.ThreadingHTTPServer((args.bind, args.port), handler)
    print(f"serving {root} at http://{args.bind}:{args.port}{args.prefix or '/'}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
