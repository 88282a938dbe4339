#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (wasm-pack, release, wasm-opt -Oz) and copies
# it to www/pkg/ for the page. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/www/node_modules/.bin:$HOME/.cargo/bin:$PATH"
wasm-pack build --target web --release --out-dir pkg --out-name claimcheck
rm -rf www/pkg
mkdir -p www/pkg
cp pkg/claimcheck.js pkg/claimcheck_bg.wasm pkg/claimcheck.d.ts pkg/claimcheck_bg.wasm.d.ts www/pkg/
