#!/usr/bin/env python3
"""The tool versions OwnPath pins, read from the files that pin them, and checked against each other.

  python3 tools/versions.py     prints shell assignments for ./x (TOOLCHAIN=1.95.0 ...), or exits 1 naming the
                                files that disagree

Each version has one home; where two tools must agree, both files are read and compared here:
  Rust compiler      rust-toolchain.toml  [toolchain] channel
  Trunk              Trunk.toml           trunk-version = "=X" (exact)
  wasm-bindgen       Cargo.lock (what is built) = Cargo.toml "=X" = Trunk.toml [tools] wasm_bindgen = CLI ./x installs
  binaryen/wasm-opt  package-lock.json (what npm installs) = package.json = Trunk.toml [tools] wasm_opt "version_N"
  Node               package.json engines.node ">=N"
"""
import json
import sys
import tomllib
from pathlib import Path


def read_toml(path: str) -> dict:
    return tomllib.loads(Path(path).read_text(encoding="utf-8"))


def collect(root: Path) -> tuple[dict[str, str], list[str]]:
    problems: list[str] = []
    toolchain = read_toml(root / "rust-toolchain.toml")["toolchain"]["channel"]
    trunk_toml = read_toml(root / "Trunk.toml")
    trunk_req = trunk_toml.get("trunk-version", "")
    if not trunk_req.startswith("="):
        problems.append(f'Trunk.toml: trunk-version is "{trunk_req}"; pin one version, like "=0.21.14"')
    trunk = trunk_req.lstrip("=")

    locked = [p["version"] for p in read_toml(root / "Cargo.lock")["package"] if p["name"] == "wasm-bindgen"]
    if len(locked) != 1:
        problems.append(f"Cargo.lock: expected one wasm-bindgen, found {len(locked)}")
    bindgen = locked[0] if locked else "?"
    cargo_req = read_toml(root / "Cargo.toml")["dependencies"]["wasm-bindgen"]
    if cargo_req != f"={bindgen}":
        problems.append(f'Cargo.toml asks for wasm-bindgen "{cargo_req}" but Cargo.lock has {bindgen}; write "={bindgen}"')
    trunk_bindgen = trunk_toml.get("tools", {}).get("wasm_bindgen")
    if trunk_bindgen != bindgen:
        problems.append(f"Trunk.toml [tools] wasm_bindgen is {trunk_bindgen} but Cargo.lock has {bindgen}")

    package = json.loads((root / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((root / "package-lock.json").read_text(encoding="utf-8"))
    binaryen = lock["packages"].get("node_modules/binaryen", {}).get("version", "?")
    if package["devDependencies"].get("binaryen") != binaryen:
        problems.append(f"package.json asks for binaryen {package['devDependencies'].get('binaryen')} but "
                        f"package-lock.json has {binaryen}; run npm install")
    binaryen_major = binaryen.split(".")[0]
    trunk_opt = trunk_toml.get("tools", {}).get("wasm_opt")
    if trunk_opt != f"version_{binaryen_major}":
        problems.append(f"Trunk.toml [tools] wasm_opt is {trunk_opt} but npm installs binaryen {binaryen} "
                        f'(write "version_{binaryen_major}")')
    node_req = package.get("engines", {}).get("node", "")
    if not node_req.startswith(">="):
        problems.append(f'package.json: engines.node is "{node_req}"; write ">=N"')
    node_min = node_req.lstrip(">=").split(".")[0]

    versions = {"TOOLCHAIN": toolchain, "TRUNK_VERSION": trunk, "WASM_BINDGEN_VERSION": bindgen,
                "BINARYEN_VERSION": binaryen, "NODE_MIN_MAJOR": node_min}
    return versions, problems


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    versions, problems = collect(root)
    if problems:
        print("Pinned versions disagree:", file=sys.stderr)
        for problem in problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    for key, value in versions.items():
        print(f"{key}={value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
