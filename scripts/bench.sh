#!/usr/bin/env bash
# Runs every benchmark and writes docs/BENCHMARKS.md: criterion (native), the
# WebAssembly build in Node and headless Chromium, the same build at opt-level "z" (to
# weigh the choice of opt-level 3), Microsoft Recognizers-Text on the same texts, and the
# gzip size of the widget. Takes ten minutes or more; run it on a quiet machine (the
# page records the load average at start and end).
#
# The build flags on the page are read from this run's own compiler command lines
# (cargo's verbose output, kept in target/bench/*.log), not typed.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
cat /proc/loadavg > target/bench/load-start.txt
echo "$(git rev-parse --short HEAD)$([ -n "$(git status --porcelain --untracked-files=no)" ] && echo ' (with uncommitted changes)')" \
  > target/bench/commit.txt
date -u +%Y-%m-%dT%H:%M:%SZ > target/bench/started.txt
./scripts/setup.sh
export PATH="$PWD/www/node_modules/.bin:$HOME/.cargo/bin:$PATH"
(cd bench && npm ci --no-audit --no-fund)

# Touch the crate root so that cargo compiles it again and its command line (with the
# profile's flags) is in the log; dependencies stay cached.
touch src/lib.rs
CARGO_TERM_VERBOSE=true ./scripts/build-wasm.sh 2>&1 | tee target/bench/build-wasm.log
(cd www && node build-single.mjs)

# The same package at opt-level "z", in its own target directory so that neither build
# evicts the other's cache.
CARGO_TARGET_DIR="$PWD/target/opt-z" CARGO_PROFILE_RELEASE_OPT_LEVEL=z CARGO_TERM_VERBOSE=true \
  wasm-pack build --target web --release --out-dir target/bench/pkg-z --out-name claimcheck \
  2>&1 | tee target/bench/build-wasm-z.log

# A benchmark is always built with panic=unwind; with the release profile's
# panic=abort cargo would build the library twice under one file name (cargo issue
# 6313) and the CLI binary can fail to link. So the whole native benchmark build
# unwinds, which is what the benchmark binary runs with anyway.
export CARGO_PROFILE_RELEASE_PANIC=unwind
touch benches/check.rs
CARGO_TERM_VERBOSE=true cargo bench --bench check --no-run 2>&1 | tee target/bench/build-native.log
cargo bench --bench check -- --noplot
unset CARGO_PROFILE_RELEASE_PANIC
node bench/wasm-bench.mjs > target/bench/wasm.json
# The page in Chromium: paste, keystroke and long tasks at 50 KB, 200 KB and 1 MB.
(cd www && node bench-typing.mjs ../target/bench/typing.json)
cat /proc/loadavg > target/bench/load-end.txt
node bench/report.mjs
