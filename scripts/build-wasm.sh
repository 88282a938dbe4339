#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (wasm-pack, release, wasm-opt -Oz), completes
# it into the npm package `claimcheck` (element, worker, types, README, licences:
# www/build-package.mjs, templates in pkg-template/), and copies the module to www/pkg/
# for the page. Run scripts/setup.sh first (and npm ci in www/).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/www/node_modules/.bin:$HOME/.cargo/bin:$PATH"
wasm-pack build --target web --release --out-dir pkg --out-name claimcheck
node www/build-package.mjs pkg
rm -rf www/pkg
mkdir -p www/pkg
cp pkg/claimcheck.js pkg/claimcheck_bg.wasm pkg/claimcheck.d.ts pkg/claimcheck_bg.wasm.d.ts www/pkg/
