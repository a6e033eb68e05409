#!/usr/bin/env python3
"""Gives the wasm's imports and exports one- or two-letter names, and the loader script the same names.

  python3 tools/minify_wasm_names.py <app_bg.wasm> <app.js>

wasm-bindgen names each import after the browser function it wraps plus a 16-digit hash
(`__wbg_setAttribute_3c1b8a...`), and both files carry every name: about 200 names that gzip cannot shrink. What
that costs the first load is printed by each build (the two files gzipped, before and after). Binaryen's `--minify-imports-and-exports-and-modules` renames them in the wasm. This script
reads both import and export sections before and after (the order does not change), and makes the same renames in
wasm-bindgen's loader script, which names the imports as keys of one object and the exports as `wasm.<name>`.
It stops the build if the script does not have the shape it expects, rather than write a broken pair.
"""
import gzip
import os
from pathlib import Path
import re
import subprocess
import sys


def leb(data: bytes, at: int) -> tuple[int, int]:
    value, shift = 0, 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def name(data: bytes, at: int) -> tuple[str, int]:
    length, at = leb(data, at)
    return data[at:at + length].decode("utf-8"), at + length


def limits(data: bytes, at: int) -> int:
    flags, at = data[at], at + 1
    _, at = leb(data, at)
    if flags & 1:
        _, at = leb(data, at)
    return at


def names(path: str) -> tuple[list[tuple[str, str, int]], list[tuple[str, int]]]:
    """The (module, field, kind) of every import and the (name, kind) of every export, in order."""
    data = Path(path).read_bytes()
    if data[:4] != b"\0asm":
        raise SystemExit(f"{path} is not a wasm file")
    imports, exports = [], []
    at = 8
    while at < len(data):
        section, at = data[at], at + 1
        size, at = leb(data, at)
        end = at + size
        if section == 2:
            count, p = leb(data, at)
            for _ in range(count):
                module, p = name(data, p)
                field, p = name(data, p)
                kind, p = data[p], p + 1
                if kind == 0:  # function: type index
                    _, p = leb(data, p)
                elif kind == 1:  # table: reference type, limits
                    p = limits(data, p + 1)
                elif kind == 2:  # memory: limits
                    p = limits(data, p)
                elif kind == 3:  # global: value type, mutability
                    p += 2
                elif kind == 4:  # tag: attribute, type index
                    _, p = leb(data, p + 1)
                else:
                    raise SystemExit(f"{path}: import kind {kind} not understood")
                imports.append((module, field, kind))
        elif section == 7:
            count, p = leb(data, at)
            for _ in range(count):
                export, p = name(data, p)
                kind, p = data[p], p + 1
                _, p = leb(data, p)
                exports.append((export, kind))
        at = end
    return imports, exports


def replace_once(text: str, pattern: str, new: str, what: str) -> str:
    result, count = re.subn(pattern, lambda _: new, text)
    if count != 1:
        raise SystemExit(f"minify_wasm_names: expected {what} once in the loader script, found it {count} times")
    return result


WORD = r"(?<![\w$]){}(?![\w$])"
EXPORT_USE = re.compile(r"(?<![\w$])wasm\.([\w$]+)")


def rename(js: str, old: tuple[list, list], new: tuple[list, list]) -> tuple[str, int]:
    """The loader script with the wasm's new names, and how many exports it uses. Stops on any surprise."""
    (old_imports, old_exports), (new_imports, new_exports) = old, new
    if len(old_imports) != len(new_imports) or len(old_exports) != len(new_exports):
        raise SystemExit("minify_wasm_names: wasm-opt changed the number of imports or exports")
    if "__wbg_get_imports" not in js:
        raise SystemExit("minify_wasm_names: the loader script has no __wbg_get_imports: wasm-bindgen's loader changed "
                         "shape; check this script against it (or build with OWNPATH_PLAIN=1)")
    old_export_names = {name for name, _ in old_exports}
    used_before = set(EXPORT_USE.findall(js))
    if not used_before or not used_before <= old_export_names:
        raise SystemExit(f"minify_wasm_names: the loader uses wasm.{sorted(used_before - old_export_names)} that the "
                         "wasm does not export: wasm-bindgen's loader changed shape")

    modules = {}
    for (module, field, kind), (new_module, new_field, new_kind) in zip(old_imports, new_imports):
        if kind != new_kind:
            raise SystemExit("minify_wasm_names: wasm-opt reordered the imports")
        modules.setdefault(module, new_module)
        if modules[module] != new_module:
            raise SystemExit("minify_wasm_names: one module became two")
        js = replace_once(js, WORD.format(re.escape(field)), new_field, f"the import {field}")
    for module, new_module in modules.items():
        js = replace_once(js, re.escape(f'"{module}":'), f'"{new_module}":', f"the import module {module}")
    renamed = {}
    for (export, kind), (new_export, new_kind) in zip(old_exports, new_exports):
        if kind != new_kind:
            raise SystemExit("minify_wasm_names: wasm-opt reordered the exports")
        renamed[export] = new_export
    # One pass, so a new short name is never taken for an old one.
    js = EXPORT_USE.sub(lambda m: f"wasm.{renamed.get(m.group(1), m.group(1))}", js)

    # The loader must now name only the new exports, and none of wasm-bindgen's long names may be left.
    used_after = set(EXPORT_USE.findall(js))
    if used_after != {renamed[name] for name in used_before}:
        raise SystemExit("minify_wasm_names: the loader's uses of the exports did not all change")
    long_names = [field for _, field, _ in old_imports] + [name for name, _ in old_exports]
    left = [name for name in long_names if name.startswith("__wb") and re.search(WORD.format(re.escape(name)), js)]
    if left:
        raise SystemExit(f"minify_wasm_names: the loader still names {left[:3]}: wasm-bindgen's loader changed shape")
    return js, len(used_before)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    wasm_path, js_path = sys.argv[1], sys.argv[2]
    minified_path = wasm_path + ".min"
    subprocess.run(
        ["wasm-opt", wasm_path, "--minify-imports-and-exports-and-modules", "-o", minified_path],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    old, new = names(wasm_path), names(minified_path)
    before_js = open(js_path, encoding="utf-8").read()
    before = gz(open(wasm_path, "rb").read()) + gz(before_js.encode())
    js, used = rename(before_js, old, new)
    open(js_path, "w", encoding="utf-8").write(js)
    os.replace(minified_path, wasm_path)
    after = gz(open(wasm_path, "rb").read()) + gz(js.encode())
    print(f"minify_wasm_names: {len(old[0])} imports and {len(old[1])} exports renamed "
          f"({used} of the exports are used by the loader); wasm and loader {(before - after) / 1024:.1f} KB "
          f"smaller gzipped (before the loader is minified)")


if __name__ == "__main__":
    main()
