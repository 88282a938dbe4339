#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (wasm-pack, release, wasm-opt -Oz), completes
# it into the npm package `claimcheck` (element, worker, types, README, licences:
# www/build-package.mjs, templates in pkg-template/), and copies the module to www/pkg/
# for the page. Run scripts/setup.sh first (and npm ci in www/).
#
# The module is built with the nightly toolchain, the standard library rebuilt with it
# at panic=immediate-abort (cargo -Zbuild-std): a panic, which the core never means to
# reach, traps at once instead of formatting a message nobody reads (the module has no
# panic hook; the element restarts a trapped module either way). That drops the panic
# machinery, its messages and the source locations of every bounds check: 22 KB of the
# gzipped module (docs/design.md, "The size budget"). The checking code is the same
# and as fast. LLVM's inline threshold is 150 instead of opt-level 3's 250: 4 KB less,
# 1-6% slower as measured (docs/design.md; 100 was 6-14% slower), taken to fit the
# 250 KB page budget. Functions marked `#[inline]` (most of std's small generics) get
# the same threshold, not LLVM's 325 for them: 1.5 KB gzip less, 1.7% more instructions
# per check (session 8, docs/design.md). The rebuilt std is built with its `optimize_for_size` feature
# (smaller sort, integer formatting and string-search code): 2.9 KB gzip less, the same
# output on 421 calls and the same speed in Node (50k min 3.85 -> 3.87 ms and 3.79 ->
# 3.81 ms, 1 MB min 67.9 -> 68.9 and 68.9 -> 67.7 ms, in both orders).
# `--cfg claimcheck_small` turns on `#[optimize(size)]` for the code that runs once per
# table or language (compiling the table, grammars and indexes; the drafting panel): the
# page 3.9 KB gzip smaller, the checking path untouched (src/lib.rs). Installed here idempotently (the fuzz run uses the same nightly); if it
# cannot be, or its build fails, the stable build is made instead, with a warning.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/www/node_modules/.bin:$HOME/.cargo/bin:$PATH"

NIGHTLY=nightly
small_toolchain() {
  rustup toolchain list | grep -q "^$NIGHTLY" || rustup toolchain install "$NIGHTLY" --profile minimal || return 1
  rustup component list --toolchain "$NIGHTLY" --installed | grep -qx 'rust-src' \
    || rustup component add rust-src --toolchain "$NIGHTLY" || return 1
  rustup target list --toolchain "$NIGHTLY" --installed | grep -qx wasm32-unknown-unknown \
    || rustup target add wasm32-unknown-unknown --toolchain "$NIGHTLY" || return 1
}

small_build() {
  # Its own target directory: the stable builds (tests, clippy) keep theirs.
  RUSTUP_TOOLCHAIN="$NIGHTLY" CARGO_TARGET_DIR="$PWD/target/wasm-nightly" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Cllvm-args=-inline-threshold=150 -Cllvm-args=-inlinehint-threshold=150 --cfg claimcheck_small" \
    wasm-pack build --target web --release --out-dir pkg --out-name claimcheck \
    . -- -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
}

# A nightly that cannot be installed, or that no longer takes these unstable flags,
# must not stop the page from building: the stable build, with a loud warning.
if ! { small_toolchain && small_build; }; then
  echo "build-wasm.sh: WARNING: the $NIGHTLY build with std at panic=immediate-abort failed;" \
    "building with stable (the module is ~21 KB gzip larger: over the page's size aim)" >&2
  wasm-pack build --target web --release --out-dir pkg --out-name claimcheck
fi
node www/build-package.mjs pkg
rm -rf www/pkg
mkdir -p www/pkg
cp pkg/claimcheck.js pkg/claimcheck_bg.wasm pkg/claimcheck.d.ts pkg/claimcheck_bg.wasm.d.ts www/pkg/
