#!/usr/bin/env bash
# One trial build of the browser module as scripts/build-wasm.sh makes it (nightly,
# build-std, the same RUSTFLAGS and wasm-opt list), with extra rustc flags and its own
# target directory, printing the module's zlib -9 size. For measuring build options
# before taking them into scripts/build-wasm.sh; the page's real size is measured by the
# real build. Usage: bench/size-try.sh NAME [EXTRA_RUSTFLAGS...]
# Output: target/size-try/NAME/ (a wasm-pack-like dir: claimcheck.js, claimcheck_bg.wasm;
# with TRY_NAMES=1 also named.wasm, names kept, for twiggy). The target directory is
# target/size-try/target-NAME, or target-$TRY_TARGET (trials of the same flags share
# one), or $TRY_TDIR (target/wasm-nightly: the shipped build's own, no rebuild).
# TRY_BASE replaces the shipped flags (to measure the build without one of them).
# One target directory shared by two worktrees (another commit's checkout) can reuse the
# other's build.rs output, the embedded fact table: cargo checks its inputs by relative
# path and time. Give each commit its own TRY_TARGET, or touch data/facts.csv first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/www/node_modules/.bin:$HOME/.cargo/bin:$PATH"
name=${1:?usage: bench/size-try.sh NAME [EXTRA_RUSTFLAGS...]}; shift
base="${TRY_BASE:--Zunstable-options -Cpanic=immediate-abort -Cllvm-args=-inline-threshold=150 -Cllvm-args=-inlinehint-threshold=150 --cfg claimcheck_small}"
tdir="${TRY_TDIR:-$PWD/target/size-try/target-${TRY_TARGET:-$name}}"
out="$PWD/target/size-try/$name"
RUSTUP_TOOLCHAIN=nightly CARGO_TARGET_DIR="$tdir" \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$base $*" \
  cargo build --lib --release --target wasm32-unknown-unknown \
  -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name claimcheck \
  "$tdir/wasm32-unknown-unknown/release/claimcheck.wasm"
flags=$(sed -n 's/^wasm-opt = \[\(.*\)\]$/\1/p' Cargo.toml | tr -d '",')
cp "$out/claimcheck_bg.wasm" "$out/pre-opt.wasm"
# shellcheck disable=SC2086
wasm-opt $flags "$out/pre-opt.wasm" -o "$out/claimcheck_bg.wasm"
if [ -n "${TRY_NAMES:-}" ]; then
  # shellcheck disable=SC2086
  wasm-opt -g $flags "$out/pre-opt.wasm" -o "$out/named.wasm"
fi
node -e "const z=require('zlib'),f=require('fs');const b=f.readFileSync('$out/claimcheck_bg.wasm');console.log('$name', 'raw', b.length, 'zlib9', z.gzipSync(b,{level:9}).length)"
