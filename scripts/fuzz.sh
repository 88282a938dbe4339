#!/usr/bin/env bash
# Fuzzes the check and fact-table parsing with cargo fuzz (libFuzzer, nightly), each
# target for SECONDS (default 20; the test command uses the default, longer runs are
# e.g. `./scripts/fuzz.sh 3600`). The corpus starts from the seed articles and the
# bundled table; crashes land in fuzz/artifacts/ and fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${1:-20}
if ! rustup toolchain list | grep -q '^nightly' && ! rustup toolchain install nightly --profile minimal; then
  # The machine images carry nightly; should one not, say so loudly rather than fail
  # the whole suite (the property tests still cover the same invariants).
  echo "SKIPPED fuzzing: no nightly toolchain could be installed" >&2
  exit 0
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2
mkdir -p fuzz/corpus/check fuzz/corpus/facts
cp tests/fixtures/seeds/*.txt fuzz/corpus/check/
cp data/facts.csv fuzz/corpus/facts/
for target in check facts; do
  cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- -max_total_time="$seconds" -max_len=20000
done
