#!/usr/bin/env bash
# Fuzzes the check and fact-table parsing with cargo fuzz (libFuzzer, nightly), each
# target in fuzz/fuzz_targets/ for SECONDS (default 20; the test command uses the
# default, longer runs are e.g. `./scripts/fuzz.sh 3600`). The corpus starts from the
# seed articles and the bundled table; crashes land in fuzz/artifacts/ and fail the run.
#
# A fuzz run that cannot run (no nightly toolchain, no cargo-fuzz) FAILS, unless
# CLAIMCHECK_ALLOW_SKIP_FUZZ=1 says that is acceptable; the skip is then printed as
# "SKIPPED fuzzing: …" on stdout, which scripts/test.sh shows in its summary.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds=${1:-20}

cannot_run() {
  if [ "${CLAIMCHECK_ALLOW_SKIP_FUZZ:-}" = 1 ]; then
    echo "SKIPPED fuzzing: $1 (allowed by CLAIMCHECK_ALLOW_SKIP_FUZZ=1)"
    exit 0
  fi
  echo "fuzzing cannot run: $1; set CLAIMCHECK_ALLOW_SKIP_FUZZ=1 to accept a test run without it" >&2
  exit 1
}

if ! rustup toolchain list | grep -q '^nightly' && ! rustup toolchain install nightly --profile minimal; then
  cannot_run "no nightly toolchain could be installed"
fi
if ! command -v cargo-fuzz >/dev/null && ! cargo install cargo-fuzz --version 0.13.2; then
  cannot_run "cargo-fuzz could not be installed"
fi
mkdir -p fuzz/corpus/check fuzz/corpus/facts
cp tests/fixtures/seeds/*.txt fuzz/corpus/check/
cp data/facts.csv fuzz/corpus/facts/
for file in fuzz/fuzz_targets/*.rs; do
  target=$(basename "$file" .rs)
  mkdir -p "fuzz/corpus/$target"
  echo "fuzz target $target for $seconds s"
  # libFuzzer ends with "Done N runs in S second(s)", which scripts/test.sh counts.
  cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- -max_total_time="$seconds" -max_len=20000
done
