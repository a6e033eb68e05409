"""Tests of the release tools (./x test runs them with the other build-script tests): precompression, the release
archives, and DEPLOY.md's nginx configurations being the ones the end-to-end tests run."""
import gzip
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import unittest
import zipfile
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
sys.path.insert(0, str(TOOLS))

import precompress  # noqa: E402


def scratch(case: unittest.TestCase) -> Path:
    folder = Path(tempfile.mkdtemp())
    case.addCleanup(shutil.rmtree, folder)
    return folder


def fake_build(folder: Path) -> Path:
    """A small dist/ and target/server/ as the build writes them."""
    dist = folder / "dist"
    (dist / "options" / "taper").mkdir(parents=True)
    page = "<!DOCTYPE html><html><body>" + "<p>Some words that repeat. </p>" * 200 + "</body></html>"
    (dist / "index.html").write_text(page)
    (dist / "options" / "taper" / "index.html").write_text(page)
    (dist / "version.json").write_text(json.dumps({"app": "ownpath", "version": "9.8.7", "content_date": "2026-11-30"}))
    (dist / "site.json").write_text('{"service_name": "' + "Clinic " * 40 + '"}')
    # Bytes that do not compress (a hash chain: the same on every run).
    noise = b"".join(hashlib.sha256(str(i).encode()).digest() for i in range(256))
    (dist / "random-0123456789abcdef_bg.wasm").write_bytes(noise)
    (dist / ".htaccess").write_text("Header always set X-Test 1\n")
    server = folder / "server"
    server.mkdir()
    (server / "ownpath-headers.nginx.conf").write_text("add_header X-Test 1 always;\n")
    return dist


class Precompress(unittest.TestCase):
    def test_text_gets_gz_and_br_copies_that_unpack_to_the_same_bytes(self):
        dist = fake_build(scratch(self))
        precompress.precompress(str(dist))
        original = (dist / "options" / "taper" / "index.html").read_bytes()
        self.assertEqual(gzip.decompress((dist / "options" / "taper" / "index.html.gz").read_bytes()), original)
        unpacked = subprocess.run(["brotli", "--decompress", "--stdout", str(dist / "index.html.br")],
                                  check=True, capture_output=True).stdout
        self.assertEqual(unpacked, (dist / "index.html").read_bytes())

    def test_site_json_and_what_does_not_shrink_get_no_copy(self):
        dist = fake_build(scratch(self))
        precompress.precompress(str(dist))
        names = {p.name for p in dist.iterdir()}
        # A stale compressed copy beside the site's own settings would be sent in place of the edited file.
        self.assertNotIn("site.json.gz", names)
        self.assertNotIn("site.json.br", names)
        self.assertNotIn("random-0123456789abcdef_bg.wasm.br", names)
        self.assertNotIn(".htaccess.gz", names)

    def test_the_same_input_gives_the_same_bytes(self):
        dist = fake_build(scratch(self))
        precompress.precompress(str(dist))
        first = (dist / "index.html.gz").read_bytes()
        precompress.precompress(str(dist))
        self.assertEqual((dist / "index.html.gz").read_bytes(), first)


class Release(unittest.TestCase):
    def release(self) -> tuple[Path, Path]:
        folder = scratch(self)
        dist = fake_build(folder)
        precompress.precompress(str(dist))
        out = folder / "release"
        subprocess.run([sys.executable, str(TOOLS / "release.py"), str(dist), "--out", str(out),
                        "--server", str(folder / "server")], check=True, capture_output=True,
                       env={"SOURCE_DATE_EPOCH": "1764460800", "PATH": "/usr/bin:/bin"})
        return folder, out

    def test_archives_hold_dist_without_site_json_and_the_server_files(self):
        _, out = self.release()
        with tarfile.open(out / "ownpath-9.8.7.tar.gz") as tar:
            names = set(tar.getnames())
        with zipfile.ZipFile(out / "ownpath-9.8.7.zip") as archive:
            self.assertEqual(set(archive.namelist()), names)
        top = "ownpath-9.8.7"
        for name in ["dist/index.html", "dist/index.html.br", "dist/index.html.gz", "dist/options/taper/index.html",
                     "dist/version.json", "dist/.htaccess", "server/ownpath-headers.nginx.conf",
                     "server/ownpath.conf", "server/ownpath-subpath.conf", "DEPLOY.md"]:
            self.assertIn(f"{top}/{name}", names)
        self.assertFalse([n for n in names if "site.json" in n], "a release never carries site.json")

    def test_sha256sums_names_both_archives_with_their_digests(self):
        _, out = self.release()
        lines = (out / "SHA256SUMS").read_text().splitlines()
        self.assertEqual([line.split("  ")[1] for line in lines], ["ownpath-9.8.7.tar.gz", "ownpath-9.8.7.zip"])
        for line in lines:
            digest, name = line.split("  ")
            self.assertEqual(hashlib.sha256((out / name).read_bytes()).hexdigest(), digest)
        subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, check=True, capture_output=True)

    def test_the_same_build_gives_the_same_archives(self):
        _, first = self.release()
        _, second = self.release()
        self.assertEqual((first / "SHA256SUMS").read_text(), (second / "SHA256SUMS").read_text())

    def test_refuses_a_build_with_the_pseudo_languages(self):
        folder = scratch(self)
        dist = fake_build(folder)
        (dist / "content").mkdir()
        (dist / "content" / "en-0123456789abcdef.bin").write_bytes(b"en")
        (dist / "content" / "en-XA-pages-0123456789abcdef.bin").write_bytes(b"pseudo")
        precompress.precompress(str(dist))
        run = subprocess.run([sys.executable, str(TOOLS / "release.py"), str(dist), "--out", str(folder / "r"),
                              "--server", str(folder / "server")], capture_output=True, text=True)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("pseudo-languages (en-XA-pages-0123456789abcdef.bin", run.stderr)
        self.assertFalse((folder / "r").exists(), "nothing is written")

    def test_refuses_a_build_without_precompressed_copies(self):
        folder = scratch(self)
        dist = fake_build(folder)
        run = subprocess.run([sys.executable, str(TOOLS / "release.py"), str(dist), "--out", str(folder / "r"),
                              "--server", str(folder / "server")], capture_output=True, text=True)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("precompressed", run.stderr)


class DeployDoc(unittest.TestCase):
    def test_deploy_md_gives_the_nginx_configurations_the_tests_run(self):
        deploy = (ROOT / "DEPLOY.md").read_text()
        for name in ["ownpath.conf", "ownpath-subpath.conf"]:
            config = (TOOLS / "nginx" / name).read_text()
            self.assertIn(f"```nginx\n{config}```", deploy, f"DEPLOY.md must show tools/nginx/{name} as it is")


if __name__ == "__main__":
    unittest.main()
