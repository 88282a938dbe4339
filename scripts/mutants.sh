#!/usr/bin/env bash
# Mutation testing with cargo-mutants: changes the core's code one small edit at a time
# (a comparison flipped, a function returning a default, a `&&` made `||`) and runs the
# tests after each; a mutant that no test notices is a gap in the tests. Slow (minutes per
# file on two cores), so it is not part of ./scripts/test.sh: run it by hand and record
# the figures in docs/testing.md.
#
#   ./scripts/mutants.sh                      # judging, linking (link, frame), number reading, the
#                                             # fact table and the report
#   ./scripts/mutants.sh src/verdict.rs       # only these files (or directories)
#   MUTANTS_DIFF=main ./scripts/mutants.sh    # only the lines changed since that commit
#                                             # (in those files): the habit for each change
#   MUTANTS_DIFF=ff28d70..c4fb732 MUTANTS_NEW_ONLY=1 ./scripts/mutants.sh src/frame
#                                             # only the lines a range of commits added,
#                                             # less the lines it moved (a module split)
#
# MUTANTS_JOBS (default 1) and MUTANTS_TIMEOUT (seconds per test run, default 300) tune
# it; other cargo-mutants options pass through MUTANTS_ARGS, e.g. the test targets that
# exercise the file and a sample of its mutants when a whole file does not fit the time:
#   MUTANTS_ARGS="--cargo-arg=--lib --cargo-arg=--test=golden --shard 0/3 --sharding round-robin"
# Name the test targets with --cargo-arg, not --cargo-test-arg: cargo-mutants 27 passes
# --cargo-test-arg to the test run only, so each mutant's build would still compile every
# test target of the crate (some forty), most of a mutant's time.
# Results: target/mutants/mutants.out/ (missed.txt lists the survivors); the figures
# print at the end. It runs under `nice`: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

if ! command -v cargo-mutants >/dev/null; then
  cargo install cargo-mutants --locked || cargo install cargo-mutants
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  # Directories are modules split into files (`src/facts/`, `src/extract/`); their
  # `#[cfg(test)]` files are not mutated.
  targets=(src/verdict.rs src/link.rs src/link src/frame src/number.rs src/extract src/facts src/report.rs)
fi
args=()
for t in "${targets[@]}"; do
  if [ -d "$t" ]; then
    args+=(--file "$t/**/*.rs")
  elif [ -f "$t" ]; then
    args+=(--file "$t")
  fi
done
if [ ${#args[@]} -eq 0 ]; then
  echo "none of ${targets[*]} exists" >&2
  exit 1
fi

mkdir -p target/mutants
if [ -n "${MUTANTS_DIFF:-}" ]; then
  # cargo-mutants reads a unified diff and mutates only the lines it adds or changes.
  git diff "$MUTANTS_DIFF" -- src >target/mutants/changes.diff
  if [ ! -s target/mutants/changes.diff ]; then
    echo "no change to src/ since $MUTANTS_DIFF: nothing to mutate"
    exit 0
  fi
  args+=(--in-diff target/mutants/changes.diff)
  if [ -n "${MUTANTS_NEW_ONLY:-}" ]; then
    # A line the diff adds whose text (trimmed, over 3 characters) it also removes
    # elsewhere was moved, not written: a split module's code, tested where it was. Keep
    # the mutants of the other added lines (their names start `file:line:`). cargo-mutants
    # 27.1 applies --re to no struct-field deletion, so those are all kept.
    re=$(awk '
      function trim(s) { sub(/^[ \t]+/, "", s); sub(/[ \t]+$/, "", s); return s }
      NR == FNR { if ($0 ~ /^-/ && $0 !~ /^--- /) removed[trim(substr($0, 2))] = 1; next }
      /^\+\+\+ / { file = ($0 ~ /^\+\+\+ b\//) ? substr($0, 7) : ""; next }
      /^--- / { next }
      /^@@ / { split($3, a, ","); line = substr(a[1], 2) + 0; next }
      file == "" { next }
      /^\+/ {
        t = trim(substr($0, 2))
        if (!(t in removed) || length(t) <= 3) lines[file] = lines[file] (lines[file] == "" ? "" : "|") line
        line++; next
      }
      /^-/ { next }
      { line++ }
      END {
        for (f in lines) { g = f; gsub(/\./, "\\.", g); out = out (out == "" ? "" : "|") g ":(" lines[f] "):" }
        if (out != "") print "^(" out ")"
      }' target/mutants/changes.diff target/mutants/changes.diff)
    if [ -z "$re" ]; then
      echo "$MUTANTS_DIFF only moves lines of src/: nothing new to mutate"
      exit 0
    fi
    args+=(--re "$re")
  fi
fi
status=0
# shellcheck disable=SC2086 # MUTANTS_ARGS is a list of options
nice -n 10 cargo mutants --no-shuffle --copy-target true --jobs "${MUTANTS_JOBS:-1}" --timeout "${MUTANTS_TIMEOUT:-300}" \
  --output target/mutants "${args[@]}" ${MUTANTS_ARGS:-} || status=$?
# cargo-mutants exits 2 when some mutants were missed, 3 on timeouts: report, then pass it on.
out=target/mutants/mutants.out
if [ -f "$out/outcomes.json" ]; then
  node -e '
    const o = require(process.argv[1]);
    const n = (k) => o[k] ?? 0;
    console.log(`mutants ${n("total_mutants")}: caught ${n("caught")}, missed ${n("missed")}, timeouts ${n("timeout")}, unviable ${n("unviable")}`);
  ' "$PWD/$out/outcomes.json"
  if [ -s "$out/missed.txt" ]; then
    echo "survivors ($out/missed.txt):"
    cat "$out/missed.txt"
  fi
fi
exit "$status"
