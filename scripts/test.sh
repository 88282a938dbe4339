#!/usr/bin/env bash
# Runs every test: format and lint, native unit/golden/CLI tests, the WebAssembly API in
# Node and in headless Chromium, and the page and embed end to end through Playwright.
# Installs what is missing first (scripts/setup.sh), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/www/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*"; }

# wasm-bindgen-test exits 0 when it ran nothing (a browser file under --node, or a
# missing run_in_browser): insist that each run reports some tests passed.
require_tests() {
  local log=$1 what=$2
  if ! grep -Eq 'test result: ok\. [1-9][0-9]* passed' "$log"; then
    echo "$what ran no test" >&2
    exit 1
  fi
}

step "cargo fmt --check"
cargo fmt --all -- --check
step "cargo clippy (native and wasm32)"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --quiet -- -D warnings
step "cargo test (unit, golden, CLI, doc)"
cargo test
log=$(mktemp)
step "WebAssembly API in Node"
wasm-pack test --node 2>&1 | tee "$log"
require_tests "$log" "wasm-pack test --node"
step "WebAssembly API in headless Chromium"
wasm-pack test --headless --chrome 2>&1 | tee "$log"
require_tests "$log" "wasm-pack test --headless --chrome"
rm -f "$log"
step "Fuzz the check and fact-table parsing (short run)"
./scripts/fuzz.sh 20
step "Build the widget"
./scripts/build-wasm.sh
(cd www && node build-single.mjs)
step "Page and embed in headless Chromium (Playwright)"
(cd www && node --test --test-concurrency=1 test/)
