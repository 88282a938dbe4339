#!/usr/bin/env bash
# Instructions per check of the 50k benchmark draft, for each wasm-pack output DIR:
# valgrind (cachegrind, no cache simulation) counts node's instructions for a run of
# LO and of HI checks (V8 with TurboFan only, one thread, so the code is compiled the
# same way each run); the difference over HI-LO is one check's cost. Timings on this
# shared machine swing by 2x; these counts repeat to within ~1%.
# Usage: bench/wasm-instr.sh DIR... (LO=2 HI=22 by default; INSTR_TEXT=1mb for 1 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
lo=${LO:-2}; hi=${HI:-22}
count() {
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    node --single-threaded --no-liftoff --no-wasm-tier-up bench/wasm-instr.mjs "$1" "$2" 2>&1 \
    | sed -n 's/.*I *refs: *//p' | tr -d ,
}
for dir in "$@"; do
  a=$(count "$dir" "$lo"); b=$(count "$dir" "$hi")
  echo "$dir: $(( (b - a) / (hi - lo) )) instructions per check ($lo: $a, $hi: $b)"
done
