#!/usr/bin/env bash
# Measures `claimcheck recheck` throughput on a generated archive of stories, at 1 and 2
# threads (RAYON_NUM_THREADS), and writes bench/results/recheck.json.
#
#   scripts/bench-recheck.sh [SIZE_MB]      # default 1024 (1 GB)
#
# The archive is built in a temp dir from the seed articles (tests/fixtures/seeds): a
# third .txt, a third .md, a third .html (each seed wrapped in markup, with a script
# block the stripper must skip), 1,000 files per folder. Each run re-checks it with the
# bundled table against a copy whose two-way trade figure changed (--since), so every
# story is checked twice, as a real table update would. Peak memory is the largest
# resident set /usr/bin/time saw: it should not grow with SIZE_MB.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
export PATH="$HOME/.cargo/bin:$PATH"
cargo build --release --quiet
bin=$PWD/target/release/claimcheck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work/archive" "$size_mb" <<'PY'
import os, sys, glob, html
out, size = sys.argv[1], int(sys.argv[2]) * 1_000_000
seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("tests/fixtures/seeds/*.txt"))]
written = n = 0
while written < size:
    seed = seeds[n % len(seeds)]
    kind = n % 3
    folder = os.path.join(out, f"{n // 1000:05d}")
    if n % 1000 == 0:
        os.makedirs(folder, exist_ok=True)
    if kind == 0:
        name, body = f"{n:07d}.txt", seed
    elif kind == 1:
        name, body = f"{n:07d}.md", f"# Story {n}\n\n" + seed
    else:
        paras = "".join(f"<p>{html.escape(p)}</p>\n" for p in seed.split("\n") if p.strip())
        name = f"{n:07d}.html"
        body = (f"<!doctype html><html><head><title>Story {n}</title>"
                f"<script>var figures = [52.5, 630000];</script></head>\n<body>\n{paras}</body></html>\n")
    data = body.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)
    written += len(data)
    n += 1
print(f"archive: {n} stories, {written / 1e6:.1f} MB", file=sys.stderr)
PY

sed 's/,48.18 billion,USD,/,49 billion,USD,/' data/facts.csv > "$work/new.csv"
bytes=$(find "$work/archive" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
files=$(find "$work/archive" -type f | wc -l)
results=()
for threads in 1 2; do
  start=$(date +%s.%N)
  RAYON_NUM_THREADS=$threads /usr/bin/time -f '%M %U %S' -o "$work/rss" \
    "$bin" recheck --facts "$work/new.csv" --since data/facts.csv --as-of 2025-11-03 \
    --format jsonl "$work/archive" > "$work/out.jsonl" 2> "$work/summary" || [ $? -eq 1 ]
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc -l)
  read -r rss_kb user_s sys_s < <(tail -1 "$work/rss")
  cpu=$(echo "$user_s + $sys_s" | bc -l)
  listed=$(wc -l < "$work/out.jsonl")
  echo "threads=$threads: $(cat "$work/summary") CPU ${cpu} s, peak RSS ${rss_kb} KB" >&2
  results+=("{\"threads\": $threads, \"seconds\": $(printf '%.2f' "$seconds"), \"mb_per_s\": $(echo "$bytes / 1000000 / $seconds" | bc -l | xargs printf '%.2f'), \"stories_per_s\": $(echo "$files / $seconds" | bc -l | xargs printf '%.0f'), \"cpu_seconds\": $(printf '%.2f' "$cpu"), \"mb_per_cpu_s\": $(echo "$bytes / 1000000 / $cpu" | bc -l | xargs printf '%.2f'), \"peak_rss_kb\": $rss_kb, \"stories_listed\": $listed}")
done
mkdir -p bench/results
{
  echo "{"
  echo "  \"what\": \"claimcheck recheck --since (two tables) over a generated archive of .txt/.md/.html stories, release build\","
  echo "  \"date\": \"$(date -u +%Y-%m-%dT%H:%M:%SZ)\","
  echo "  \"machine\": \"$(nproc) cores, load average at start $(cut -d' ' -f1 /proc/loadavg)\","
  echo "  \"archive_mb\": $(echo "$bytes / 1000000" | bc -l | xargs printf '%.1f'),"
  echo "  \"stories\": $files,"
  echo "  \"runs\": [$(IFS=,; echo "${results[*]}")]"
  echo "}"
} > bench/results/recheck.json
cat bench/results/recheck.json
