#!/usr/bin/env bash
# Re-creates vendor/yew from the published Yew crate plus vendor/yew.patch, or checks that it matches.
#   vendor/yew.sh           rewrite vendor/yew (after editing the patch, or to move to a newer Yew)
#   vendor/yew.sh --check   exit 1, with the differences, when vendor/yew is not exactly crate + patch
#   vendor/yew.sh --diff    print the patch that vendor/yew holds now (to update vendor/yew.patch after an edit)
# The crate comes through cargo from crates.io, the same way every other dependency does.
set -euo pipefail
cd "$(dirname "$0")/.."
YEW_VERSION=0.23.0
mode="${1:-write}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A throwaway crate that depends on exactly this Yew, so cargo downloads (or reuses) the published .crate file.
mkdir -p "$work/fetch/src"
: > "$work/fetch/src/lib.rs"
printf '[package]\nname = "fetch-yew"\nversion = "0.0.0"\nedition = "2021"\n\n[dependencies]\nyew = "=%s"\n' \
  "$YEW_VERSION" > "$work/fetch/Cargo.toml"
cp Cargo.lock "$work/fetch/Cargo.lock"   # reuse the versions we already lock, so nothing new is downloaded
cargo fetch --quiet --manifest-path "$work/fetch/Cargo.toml"
crate="$(ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"yew-$YEW_VERSION.crate" | head -n 1)"

mkdir "$work/pristine"
tar -xzf "$crate" -C "$work/pristine"
made="$work/pristine/yew-$YEW_VERSION"
# Not vendored: Yew's own tests, its task file and cargo's packaging records.
rm -rf "$made/tests" "$made/Makefile.toml" "$made/Cargo.toml.orig" "$made/.cargo_vcs_info.json" "$made/Cargo.lock"

case "$mode" in
  --diff)
    (cd "$work/pristine" && cp -r "$OLDPWD/vendor/yew" b && mv "yew-$YEW_VERSION" a && diff -ruN a b) || true
    exit 0
    ;;
esac

(cd "$made" && patch --quiet -p1 --no-backup-if-mismatch < "$OLDPWD/vendor/yew.patch")

case "$mode" in
  --check)
    if ! diff -r "$made" vendor/yew > "$work/differences"; then
      echo "vendor/yew is not the published Yew $YEW_VERSION plus vendor/yew.patch:" >&2
      cat "$work/differences" >&2
      echo "Put every change in vendor/yew.patch (vendor/yew.sh --diff prints the current one), then run vendor/yew.sh." >&2
      exit 1
    fi
    echo "vendor/yew is Yew $YEW_VERSION plus vendor/yew.patch"
    ;;
  write)
    rm -rf vendor/yew
    cp -r "$made" vendor/yew
    echo "vendor/yew rewritten: Yew $YEW_VERSION plus vendor/yew.patch"
    ;;
  *)
    echo "usage: vendor/yew.sh [--check | --diff]" >&2
    exit 2
    ;;
esac
