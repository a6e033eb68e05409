#!/usr/bin/env python3
"""Serves a build with Debian's nginx, using the configurations DEPLOY.md gives (tools/nginx/), for the tests:
OwnPath at the root of one port and under /ownpath/ on another.

  serve_nginx.py DIR --port 8093 --sub-port 8094 [--headers target/server/ownpath-headers.nginx.conf]

It writes a configuration into a temporary folder: the two server blocks as DEPLOY.md gives them, with only the
listening address (loopback), the folders and the headers file's path changed, and runs nginx in the foreground
(no daemon, no files outside the temporary folder). Ctrl-C or the test runner stops it.
"""
import argparse
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# Debian's brotli module (libnginx-mod-http-brotli-static), loaded by path: the prefix here is the temporary folder.
BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"


def server_block(template: str, port: int, root: str, headers: str, brotli: bool) -> str:
    with open(os.path.join(HERE, "nginx", template)) as f:
        text = f.read()
    text = text.replace("listen 80;", f"listen 127.0.0.1:{port};")
    text = text.replace("root /var/www/ownpath;", f"root {root};").replace("root /var/www/html;", f"root {root};")
    text = text.replace("/etc/nginx/snippets/ownpath-headers.conf", headers)
    if not brotli:
        text = "\n".join(line for line in text.splitlines() if "brotli_static on;" not in line)
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--sub-port", type=int, required=True)
    parser.add_argument("--headers", default="target/server/ownpath-headers.nginx.conf")
    args = parser.parse_args()
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx):
        sys.exit("serve_nginx.py: nginx is missing: run ./x setup (it installs Debian's nginx)")
    dist, headers = os.path.abspath(args.dir), os.path.abspath(args.headers)
    for path in (os.path.join(dist, "index.html"), headers):
        if not os.path.isfile(path):
            sys.exit(f"serve_nginx.py: {path} is missing; build first (./x build)")
    work = tempfile.mkdtemp(prefix="ownpath-nginx-")
    # Under a sub-path the folder's name is the sub-path: www/ownpath is the build.
    www = os.path.join(work, "www")
    os.makedirs(www)
    os.symlink(dist, os.path.join(www, "ownpath"))
    brotli = os.path.exists(BROTLI)
    temp = "\n".join(f"    {kind}_temp_path {work}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    config = f"""# Written by tools/serve_nginx.py for the end-to-end tests.
daemon off;
worker_processes 1;
pid {work}/nginx.pid;
error_log stderr warn;
{"user root;" if os.geteuid() == 0 else ""}
{f"load_module {BROTLI};" if brotli else ""}
events {{ worker_connections 256; }}
http {{
    access_log off;
{temp}
    sendfile on;
{server_block("ownpath.conf", args.port, dist, headers, brotli)}
{server_block("ownpath-subpath.conf", args.sub_port, www, headers, brotli)}
}}
"""
    path = os.path.join(work, "nginx.conf")
    with open(path, "w") as f:
        f.write(config)
    print(f"nginx: {dist} at http://127.0.0.1:{args.port}/ and http://127.0.0.1:{args.sub_port}/ownpath/ ({path})", flush=True)
    os.execv(nginx, [nginx, "-p", work, "-c", path, "-e", "stderr"])


if __name__ == "__main__":
    main()
