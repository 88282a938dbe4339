#!/usr/bin/env bash
# Runs every benchmark and writes docs/BENCHMARKS.md: criterion (native), the
# WebAssembly build in Node and headless Chromium, Microsoft Recognizers-Text on the
# same texts, and the gzip size of the widget. Takes a few minutes; run it on a quiet
# machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/www/node_modules/.bin:$HOME/.cargo/bin:$PATH"
(cd bench && npm ci --no-audit --no-fund)
./scripts/build-wasm.sh
(cd www && node build-single.mjs)
cargo bench --bench check -- --noplot
mkdir -p target/bench
node bench/wasm-bench.mjs > target/bench/wasm.json
node bench/report.mjs
