"""Tests of the build's own scripts: run by ./x test (python3 -m unittest discover -s tools -p 'test_*.py')."""
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
sys.path.insert(0, str(TOOLS))

import check_network  # noqa: E402
import minify_wasm_names  # noqa: E402
import versions  # noqa: E402


class Versions(unittest.TestCase):
    def scratch(self) -> Path:
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        for name in ["rust-toolchain.toml", "Trunk.toml", "Cargo.toml", "Cargo.lock", "package.json",
                     "package-lock.json"]:
            shutil.copy(ROOT / name, folder / name)
        return folder

    def test_the_real_files_agree(self):
        found, problems = versions.collect(ROOT)
        self.assertEqual(problems, [])
        self.assertRegex(found["TOOLCHAIN"], r"^\d+\.\d+\.\d+$")

    def problems_after(self, file: str, change) -> list[str]:
        """The problems versions.py finds in a copy of the pinning files with one file changed."""
        folder = self.scratch()
        (folder / file).write_text(change((folder / file).read_text()))
        return versions.collect(folder)[1]

    def test_a_wasm_bindgen_drift_is_named(self):
        problems = self.problems_after(
            "Trunk.toml", lambda text: re.sub(r'wasm_bindgen = "[^"]+"', 'wasm_bindgen = "0.2.1"', text))
        self.assertTrue(any("Trunk.toml [tools] wasm_bindgen is 0.2.1" in p for p in problems), problems)

    def test_a_binaryen_drift_is_named(self):
        def older_binaryen(text: str) -> str:
            package = json.loads(text)
            package["devDependencies"]["binaryen"] = "1.0.0"
            return json.dumps(package)
        problems = self.problems_after("package.json", older_binaryen)
        self.assertTrue(any("package.json asks for binaryen 1.0.0" in p for p in problems), problems)

    def test_a_loose_trunk_version_is_named(self):
        problems = self.problems_after(
            "Trunk.toml", lambda text: re.sub(r'trunk-version = "[^"]+"', 'trunk-version = "^0.21"', text))
        self.assertTrue(any("pin one version" in p for p in problems), problems)


class NetworkCheck(unittest.TestCase):
    def folder_with(self, files: dict) -> Path:
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        for name, data in files.items():
            (folder / name).write_bytes(data)
        return folder

    def test_same_origin_fetch_passes(self):
        folder = self.folder_with({"app.js": b"fetch(new URL('content/en.bin', document.baseURI))",
                                   "index.html": b'<script src="app.js"></script><a href="https://example.org">x</a>',
                                   "icon.js": b"document.createElementNS('http://www.w3.org/2000/svg', 'svg')"})
        self.assertEqual([p for f in folder.iterdir() for p in check_network.problems_in(f)], [])

    def test_each_sending_api_is_found_in_js_and_wasm(self):
        for api in check_network.SENDING_APIS:
            folder = self.folder_with({"app.js": f"navigator.{api}(x)".encode(),
                                       "app_bg.wasm": b"\0asm\x01\0\0\0" + api.encode()})
            problems = [p for f in sorted(folder.iterdir()) for p in check_network.problems_in(f)]
            self.assertEqual(len(problems), 2, (api, problems))

    def test_full_addresses_in_code_and_loading_tags_are_found(self):
        folder = self.folder_with({"a.js": b"fetch('https://collector.example/x')",
                                   "b.js": b"fetch('//cdn.example.com/lib.js')",
                                   "c.html": b'<link rel="stylesheet" href="https://fonts.example/css">',
                                   "d.wasm": b"\0ws://localhost:9000\0http://10.0.0.2/x\0",
                                   # The bare prefix the site-file reader strips, next to a one-letter string.
                                   "e.wasm": b"\0https://http://d\0rect\0"})
        problems = [p for f in sorted(folder.iterdir()) for p in check_network.problems_in(f)]
        self.assertEqual(len(problems), 5, problems)
        self.assertFalse([p for p in problems if "e.wasm" in p], problems)


def wasm_module(imports: list[str], exports: list[str]) -> bytes:
    """A small valid wasm module: each import a function () -> (), each export a function or the memory."""
    def leb(n: int) -> bytes:
        out = bytearray()
        while True:
            byte, n = n & 0x7F, n >> 7
            out.append(byte | (0x80 if n else 0))
            if not n:
                return bytes(out)

    def text(s: str) -> bytes:
        return leb(len(s.encode())) + s.encode()

    def section(kind: int, body: bytes) -> bytes:
        return bytes([kind]) + leb(len(body)) + body

    functions = [e for e in exports if e != "memory"]
    types = section(1, leb(1) + b"\x60\x00\x00")
    import_section = section(2, leb(len(imports)) + b"".join(
        text("./ownpath_bg.js") + text(name) + b"\x00" + leb(0) for name in imports))
    function_section = section(3, leb(len(functions)) + b"\x00" * len(functions))
    memory = section(5, leb(1) + b"\x00\x01")
    export_section = section(7, leb(len(exports)) + b"".join(
        text(name) + (b"\x02" + leb(0) if name == "memory" else b"\x00" + leb(len(imports) + functions.index(name)))
        for name in exports))
    code = section(10, leb(len(functions)) + b"".join(leb(2) + b"\x00\x0b" for _ in functions))
    return b"\0asm\x01\0\0\0" + types + import_section + function_section + memory + export_section + code


class NameRewriting(unittest.TestCase):
    """The loader fixture is the shape that the pinned wasm-bindgen writes (tools/fixtures/README.md)."""

    def setUp(self):
        self.fixture = TOOLS / "fixtures" / "loader.js"
        self.loader = self.fixture.read_text()
        self.imports = re.findall(r"^\s+(__wbg_\w+|__wbindgen_\w+)\s*[:(]", self.loader, re.M)
        self.exports = sorted(set(re.findall(r"wasm\.(\w+)", self.loader)) | {"main"})

    def test_the_fixture_is_for_the_pinned_wasm_bindgen(self):
        version = re.search(r"wasm-bindgen (\d+\.\d+\.\d+)", self.loader).group(1)
        pinned, _ = versions.collect(ROOT)
        self.assertEqual(version, pinned["WASM_BINDGEN_VERSION"],
                         "wasm-bindgen moved: make a new tools/fixtures/loader.js from a build (see "
                         "tools/fixtures/README.md) and check that minify_wasm_names.py still fits its shape")

    def run_script(self, loader: str) -> subprocess.CompletedProcess:
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        (folder / "app_bg.wasm").write_bytes(wasm_module(self.imports, self.exports))
        (folder / "app.js").write_text(loader)
        result = subprocess.run([sys.executable, str(TOOLS / "minify_wasm_names.py"), str(folder / "app_bg.wasm"),
                                 str(folder / "app.js")], capture_output=True, text=True,
                                env={"PATH": f"{ROOT / 'node_modules' / '.bin'}:/usr/bin:/bin"})
        result.renamed = (folder / "app.js").read_text()
        result.wasm = folder / "app_bg.wasm"
        return result

    def test_every_import_and_export_is_renamed_in_both_files(self):
        self.assertGreaterEqual(len(self.imports), 3)
        result = self.run_script(self.loader)
        self.assertEqual(result.returncode, 0, result.stderr)
        used = len(set(re.findall(r"wasm\.(\w+)", self.loader)))
        self.assertIn(f"{len(self.imports)} imports and {len(self.exports)} exports renamed ({used} of the exports "
                      "are used by the loader)", result.stdout)
        new_imports, new_exports = minify_wasm_names.names(str(result.wasm))
        for name in self.imports + [e for e in self.exports if e.startswith("__wb")]:
            self.assertNotIn(name, result.renamed)
        for _, field, _ in new_imports:
            self.assertRegex(result.renamed, r"(?<![\w$])" + re.escape(field) + r"\s*[:(]")
        new_names = {name for name, _ in new_exports}
        self.assertLessEqual(set(re.findall(r"wasm\.([\w$]+)", result.renamed)), new_names)

    def test_a_loader_of_another_shape_stops_the_build(self):
        changes = {
            "the import object built by another function": self.loader.replace("__wbg_get_imports", "getImports"),
            "an import named twice": self.loader + f"\n// {self.imports[0]}\n",
            "an export read by its name in brackets": self.loader.replace("wasm.__wbindgen_start()",
                                                                          'wasm["__wbindgen_start"]()'),
        }
        for what, changed in changes.items():
            self.assertNotEqual(changed, self.loader, what)
            result = self.run_script(changed)
            self.assertNotEqual(result.returncode, 0, what)
            self.assertIn("minify_wasm_names:", result.stderr + result.stdout, what)


class FirstLoadSize(unittest.TestCase):
    """tools/size.py measures a language's page at that language's own address."""

    def dist(self) -> Path:
        folder = Path(tempfile.mkdtemp())
        self.addCleanup(shutil.rmtree, folder)
        page = '<html lang="{lang}"><head><link rel="stylesheet" href="./style.css"></head><body>{body}' \
               '<div id="app" data-parts="pages"></div></body></html>'
        (folder / "index.html").write_text(page.format(lang="en", body="Hello"))
        (folder / "es").mkdir()
        (folder / "es" / "index.html").write_text(page.format(lang="es", body="Hola " * 400))
        (folder / "style.css").write_text("body{}")
        (folder / "content").mkdir()
        for name in ["en", "en-pages", "es", "es-pages"]:
            (folder / "content" / f"{name}-0123456789abcdef.bin").write_bytes(name.encode() * 10)
        return folder

    def size(self, dist: Path, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(TOOLS / "size.py"), str(dist), *args],
                              capture_output=True, text=True)

    def test_each_language_is_measured_at_its_own_address(self):
        dist = self.dist()
        english, spanish = self.size(dist, "--lang", "en"), self.size(dist, "--lang", "es")
        self.assertEqual((english.returncode, spanish.returncode), (0, 0), english.stderr + spanish.stderr)
        self.assertIn("es/index.html", spanish.stdout)
        self.assertIn("content/es-0123456789abcdef.bin", spanish.stdout)
        self.assertNotIn("content/en-0123456789abcdef.bin", spanish.stdout.split("(not in first load)")[0])
        total = lambda out: int(re.search(r"^total\s+[\d,]+\s+([\d,]+)", out, re.M).group(1).replace(",", ""))
        self.assertGreater(total(spanish.stdout), total(english.stdout))

    def test_the_served_gz_copy_counts_where_the_build_wrote_one(self):
        dist = self.dist()
        total = lambda out: int(re.search(r"^total\s+[\d,]+\s+([\d,]+)", out, re.M).group(1).replace(",", ""))
        before = self.size(dist, "--lang", "es")
        # A precompressed copy 7 bytes long stands for what gzip_static would send for the Spanish page.
        (dist / "es" / "index.html.gz").write_bytes(b"x" * 7)
        after = self.size(dist, "--lang", "es")
        self.assertEqual((before.returncode, after.returncode), (0, 0), before.stderr + after.stderr)
        page_row = lambda out: int(re.search(r"^es/index\.html\s+[\d,]+\s+([\d,]+)", out, re.M).group(1).replace(",", ""))
        self.assertEqual(page_row(after.stdout), 7)
        self.assertEqual(total(before.stdout) - total(after.stdout), page_row(before.stdout) - 7)
        # The level-9 figure is still given, for a server that compresses on the fly.
        level9 = lambda out: float(re.search(r"([\d.]+) KB if compressed on the fly", out).group(1))
        self.assertEqual(level9(before.stdout), level9(after.stdout))

    def test_a_missing_or_wrong_language_page_is_refused(self):
        dist = self.dist()
        (dist / "es" / "index.html").write_text((dist / "index.html").read_text())
        self.assertEqual(self.size(dist, "--lang", "es").returncode, 2, "an English page at the Spanish address")
        (dist / "es" / "index.html").unlink()
        result = self.size(dist, "--lang", "es")
        self.assertEqual(result.returncode, 2)
        self.assertIn("no 'es' address", result.stderr)


if __name__ == "__main__":
    unittest.main()
