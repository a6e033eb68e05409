#!/usr/bin/env python3
"""Gives the wasm's imports and exports one- or two-letter names, and the loader script the same names.

  python3 tools/minify_wasm_names.py <app_bg.wasm> <app.js>

wasm-bindgen names each import after the browser function it wraps plus a 16-digit hash
(`__wbg_setAttribute_3c1b8a...`), and both files carry every name: about 200 names that gzip cannot shrink, some
4 KB of the first load. Binaryen's `--minify-imports-and-exports-and-modules` renames them in the wasm. This script
reads both import and export sections before and after (the order does not change), and makes the same renames in
wasm-bindgen's loader script, which names the imports as keys of one object and the exports as `wasm.<name>`.
It stops the build if the script does not have the shape it expects, rather than write a broken pair.
"""
import os
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
    data = open(path, "rb").read()
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
    old_imports, old_exports = names(wasm_path)
    new_imports, new_exports = names(minified_path)
    if len(old_imports) != len(new_imports) or len(old_exports) != len(new_exports):
        raise SystemExit("minify_wasm_names: wasm-opt changed the number of imports or exports")

    js = open(js_path, encoding="utf-8").read()
    word = r"(?<![\w$]){}(?![\w$])"
    modules = {}
    for (module, field, kind), (new_module, new_field, new_kind) in zip(old_imports, new_imports):
        if kind != new_kind:
            raise SystemExit("minify_wasm_names: wasm-opt reordered the imports")
        modules.setdefault(module, new_module)
        if modules[module] != new_module:
            raise SystemExit("minify_wasm_names: one module became two")
        js = replace_once(js, word.format(re.escape(field)), new_field, f"the import {field}")
    for module, new_module in modules.items():
        js = replace_once(js, re.escape(f'"{module}":'), f'"{new_module}":', f"the import module {module}")
    for (export, kind), (new_export, new_kind) in zip(old_exports, new_exports):
        if kind != new_kind:
            raise SystemExit("minify_wasm_names: wasm-opt reordered the exports")
        # Exports the loader does not use (such as `main`) are simply renamed in the wasm.
        js = re.sub(r"(?<![\w$])wasm\." + re.escape(export) + r"(?![\w$])", lambda _: f"wasm.{new_export}", js)

    open(js_path, "w", encoding="utf-8").write(js)
    os.replace(minified_path, wasm_path)
    print(f"minify_wasm_names: {len(old_imports)} imports and {len(old_exports)} exports renamed")


if __name__ == "__main__":
    main()
