#!/usr/bin/env bash
# Runs every test: format and lint (native and wasm32, all targets), native unit /
# golden / CLI / property / doc tests, the WebAssembly API in Node and in headless
# Chromium, a short fuzz run, and the page and embed end to end through Playwright.
# Installs what is missing first (scripts/setup.sh), so it works on a fresh machine.
#
# It cannot go green by skipping: every step must run and report the tests it ran;
# the WebAssembly runs must each run at least as many tests as the test sources declare
# (`#[wasm_bindgen_test]`, counted through the macros that hold them); a fuzz run that
# cannot run fails unless CLAIMCHECK_ALLOW_SKIP_FUZZ=1 says a skip is acceptable, and
# the summary then shows it as skipped. It ends with a summary of every step (ran,
# skipped or failed; tests run; seconds), also when a step failed, and exits non-zero
# if any step failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/www/node_modules/.bin:$HOME/.cargo/bin:$PATH"

LOGS=$(mktemp -d)
trap 'rm -rf "$LOGS"' EXIT
ROWS=()
FAILED=0
START=$SECONDS

summary() {
  printf '\n== Summary (%s s in all)\n' "$((SECONDS - START))"
  printf '%-64s  %-8s  %6s  %s\n' step result secs tests
  local row
  for row in "${ROWS[@]}"; do
    IFS=$'\t' read -r name result secs tests <<<"$row"
    printf '%-64s  %-8s  %6s  %s\n' "$name" "$result" "$secs" "$tests"
  done
  if [ "$FAILED" -ne 0 ]; then
    printf '\n%s step(s) FAILED\n' "$FAILED"
  else
    printf '\nall steps passed\n'
  fi
}

# step NAME COUNTER COMMAND...: runs COMMAND with its output shown and logged, then
# COUNTER LOG, which prints what the step ran and returns 0 (ran), 1 (failed: too few
# tests, or none) or 2 (skipped, as explicitly allowed).
step() {
  local name=$1 counter=$2
  shift 2
  local log="$LOGS/step${#ROWS[@]}.log" t0=$SECONDS rc result tests
  printf '\n== %s\n' "$name"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  tests=$("$counter" "$log")
  case $? in
    0) result=ran ;;
    2) result=skipped ;;
    *) result=failed ;;
  esac
  if [ "$rc" -ne 0 ]; then
    result=failed
    tests="exit status $rc${tests:+; $tests}"
  fi
  [ "$result" = failed ] && FAILED=$((FAILED + 1))
  ROWS+=("$name"$'\t'"$result"$'\t'"$((SECONDS - t0))"$'\t'"$tests")
  [ "$result" != failed ]
}

# A step skipped because one it needs failed (counts as failed: it did not run).
not_run() {
  ROWS+=("$1"$'\t'"failed"$'\t'"0"$'\t'"not run: $2")
  FAILED=$((FAILED + 1))
}

no_tests() { echo "-"; }

# cargo test: the sum over the test binaries (checked against the `#[test]` functions in
# the sources, property tests included) and the doc-tests, counted apart.
cargo_tests() {
  local sums declared passed failed ignored doc
  sums=$(awk '
    /Doc-tests/ { doc = 1 }
    /^test result:/ {
      for (i = 1; i < NF; i++) {
        if ($(i + 1) ~ /^passed/) { if (doc) d += $i; else p += $i }
        if ($(i + 1) ~ /^failed/) f += $i
        if ($(i + 1) ~ /^ignored/) g += $i
      }
    }
    END { print p + 0, f + 0, g + 0, d + 0 }' "$1")
  read -r passed failed ignored doc <<<"$sums"
  declared=$(grep -rhE '^\s*#\[test\]' src tests | wc -l)
  echo "$passed passed, $failed failed, $ignored ignored of $declared #[test] in the sources; $doc doc-tests passed"
  [ "$failed" -eq 0 ] && [ $((passed + ignored)) -ge "$declared" ] && [ "$passed" -gt 0 ] && [ "$doc" -gt 0 ]
}

# How many tests a wasm test file declares: its own #[wasm_bindgen_test] plus those of
# each tests/ macro it invokes (`wasm_api_tests!()`).
wasm_declared() {
  local file=$1 n m
  n=$(grep -cE '^\s*#\[wasm_bindgen_test\]' "$file")
  for m in $(grep -oE '^[a-z_]+!\(\);' "$file" | sed 's/!();//'); do
    n=$((n + $(awk -v m="$m" '
      $0 ~ "macro_rules! " m "[ {]" { on = 1 }
      on && /#\[wasm_bindgen_test\]/ { c++ }
      on && /^}/ { on = 0 }
      END { print c + 0 }' $(grep -rlE "macro_rules! $m\b" tests))))
  done
  echo "$n"
}

# wasm-pack test: each wasm test file of this mode (browser files carry
# run_in_browser, node files do not) must pass at least the tests it declares.
wasm_tests() {
  local log=$1 mode=$2 file base browser want got out="" ok=0
  for file in tests/*.rs; do
    grep -q 'cfg(target_arch = "wasm32")' "$file" || continue
    grep -q 'wasm_bindgen_test_configure!(run_in_browser)' "$file" && browser=1 || browser=0
    [ "$mode" = browser ] && [ "$browser" -eq 0 ] && continue
    [ "$mode" = node ] && [ "$browser" -eq 1 ] && continue
    base=$(basename "$file")
    want=$(wasm_declared "$file")
    got=$(awk -v f="Running tests/$base" '
      index($0, f) { on = 1; next }
      on && (/^[ \t]+Running / || /Doc-tests/) { exit }
      on && /test result:/ { for (i = 1; i <= NF; i++) if ($(i + 1) ~ /^passed/) { print $i; exit } }' "$log")
    out+="${out:+, }$base ${got:-0}/$want"
    if [ -z "$got" ] || [ "$got" -lt "$want" ] || [ "$want" -eq 0 ]; then ok=1; fi
  done
  echo "${out:-no wasm test file for $mode} (passed/declared)"
  [ -n "$out" ] && return $ok
  return 1
}
wasm_node_tests() { wasm_tests "$1" node; }
wasm_browser_tests() { wasm_tests "$1" browser; }

# fuzz.sh: libFuzzer's "Done N runs" for every target in fuzz/fuzz_targets/, or the
# skip that CLAIMCHECK_ALLOW_SKIP_FUZZ=1 allowed.
fuzz_runs() {
  if grep -q '^SKIPPED fuzzing' "$1"; then
    grep -m1 '^SKIPPED fuzzing' "$1"
    return 2
  fi
  local targets done
  targets=$(find fuzz/fuzz_targets -name '*.rs' | wc -l)
  done=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$1" | sed -E 's/Done ([0-9]+) runs in ([0-9]+) second/\1 runs in \2 s/' | paste -sd ';' -)
  echo "${done:-no libFuzzer run finished} ($targets targets)"
  [ "$(grep -cE 'Done [0-9]+ runs' "$1")" -ge "$targets" ] && [ "$targets" -gt 0 ]
}

# node --test (TAP or spec reporter): all pass; none failed, cancelled, skipped or todo.
node_tests() {
  local tests pass fail cancelled skipped todo
  field() { sed -nE "s/^(# |ℹ )$1 ([0-9]+)$/\2/p" "$2" | tail -1; }
  tests=$(field tests "$1"); pass=$(field pass "$1"); fail=$(field fail "$1")
  cancelled=$(field cancelled "$1"); skipped=$(field skipped "$1"); todo=$(field todo "$1")
  echo "${pass:-0} passed, ${fail:-?} failed, ${cancelled:-?} cancelled, ${skipped:-?} skipped, ${todo:-?} todo of ${tests:-0}"
  [ "${tests:-0}" -gt 0 ] && [ "${fail:-1}" -eq 0 ] && [ "${cancelled:-1}" -eq 0 ] \
    && [ "${skipped:-1}" -eq 0 ] && [ "${todo:-1}" -eq 0 ] && [ "${pass:-0}" -eq "${tests:-0}" ]
}

if ! step "set-up (scripts/setup.sh)" no_tests ./scripts/setup.sh; then
  summary
  exit 1
fi
step "cargo fmt --check" no_tests cargo fmt --all -- --check
step "cargo clippy, native, all targets" no_tests cargo clippy --all-targets --features ts --quiet -- -D warnings
step "cargo clippy, wasm32, all targets" no_tests \
  cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
step "cargo test (unit, golden, CLI, property, doc, generated TS types)" cargo_tests cargo test --features ts
step "lint the bundled fact table (claimcheck facts lint)" no_tests cargo run --quiet -- facts lint
step "WebAssembly API in Node" wasm_node_tests wasm-pack test --node
step "WebAssembly API in headless Chromium" wasm_browser_tests wasm-pack test --headless --chrome
step "fuzz the check and fact-table parsing (20 s each)" fuzz_runs ./scripts/fuzz.sh 20
if step "build the widget" no_tests bash -c './scripts/build-wasm.sh && cd www && node build-single.mjs'; then
  step "page and embed in headless Chromium (Playwright)" node_tests \
    bash -c 'cd www && node --test --test-concurrency=1 --test-reporter=tap test/'
else
  not_run "page and embed in headless Chromium (Playwright)" "the widget build failed"
fi

summary
[ "$FAILED" -eq 0 ]
