#!/usr/bin/env bash
# The shipped module with its function names kept, for twiggy (top, monos, diff): runs
# wasm-bindgen and then the same wasm-opt passes as Cargo.toml's wasm-pack profile, plus
# -g, on the nightly build's output (run scripts/build-wasm.sh first). The names section
# adds bytes, so read sizes of functions from it, not the module's total.
# Usage: bench/size-names.sh OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/www/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=${1:?usage: bench/size-names.sh OUT_DIR}
mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name claimcheck \
  target/wasm-nightly/wasm32-unknown-unknown/release/claimcheck.wasm
flags=$(sed -n 's/^wasm-opt = \[\(.*\)\]$/\1/p' Cargo.toml | tr -d '",')
# shellcheck disable=SC2086
wasm-opt -g $flags "$out/claimcheck_bg.wasm" -o "$out/claimcheck_bg.wasm"
