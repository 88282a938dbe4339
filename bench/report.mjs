// Writes docs/BENCHMARKS.md (and docs/bench-scaling.svg) from what scripts/bench.sh just
// measured: criterion's samples in target/criterion, the WebAssembly/Recognizers-Text
// timings in target/bench/wasm.json, the compiler command lines in target/bench/*.log,
// the load average at start (target/bench/load-start.txt) and now, and the gzip size
// of what the page ships. Every figure on the page comes from that run; the only fixed
// text is the method notes. A figure the run did not produce is printed as "not
// measured", never filled in.
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { gzipSync, constants } from 'node:zlib';
import { ROOT } from './corpus.mjs';

const read = (p) => readFileSync(`${ROOT}${p}`, 'utf8');
const sh = (c) => { try { return execSync(c, { encoding: 'utf8', cwd: ROOT }).trim(); } catch { return 'unknown'; } };
const gz = (p) => gzipSync(readFileSync(p), { level: constants.Z_BEST_COMPRESSION }).length;
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (v) => (v == null ? 'not measured' : v < 1 ? `${(v * 1000).toFixed(0)} µs` : `${v.toFixed(v < 10 ? 2 : v < 100 ? 1 : 0)} ms`);
const pct = (v) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(0)} %`;
const spread = (t) => `${ms(t.min_ms)} / ${ms(t.median_ms)} / ${ms(t.p95_ms)}`;

// Per-iteration times of criterion's samples (each sample is the mean of its iterations).
function crit(id) {
  const dir = `${ROOT}target/criterion/${id}/new`;
  const sample = JSON.parse(readFileSync(`${dir}/sample.json`, 'utf8'));
  const bench = JSON.parse(readFileSync(`${dir}/benchmark.json`, 'utf8'));
  const per = sample.times.map((t, i) => t / sample.iters[i] / 1e6).sort((a, b) => a - b);
  const q = (p) => per[Math.min(per.length - 1, Math.ceil(p * per.length) - 1)];
  const bytes = bench.throughput?.Bytes ?? null;
  const elements = bench.throughput?.Elements ?? null;
  const t = { min_ms: per[0], median_ms: q(0.5), p95_ms: q(0.95), samples: per.length, bytes, elements };
  // MB/s at each point of the spread: the p95 time gives the slow-end throughput.
  if (bytes) Object.assign(t, { mbps: bytes / (t.median_ms / 1e3) / 1e6, mbps_p95: bytes / (t.p95_ms / 1e3) / 1e6, mbps_best: bytes / (t.min_ms / 1e3) / 1e6 });
  return t;
}

// The flags a build actually ran with: the rustc command line cargo printed for `crate`.
function rustcFlags(log, crate, extra = () => true) {
  if (!existsSync(`${ROOT}${log}`)) return null;
  const lines = read(log).split('\n').filter((l) => l.includes('Running `') && l.includes(`--crate-name ${crate} `) && extra(l));
  const line = lines[lines.length - 1];
  if (!line) return null;
  const flag = (re) => re.exec(line)?.[1];
  return {
    opt_level: flag(/-C opt-level=(\S+)/) ?? 'not on the command line (rustc default 0)',
    lto: /-C lto(?:=(\S+))?(\s|$)/.test(line) ? (flag(/-C lto=(\S+)/) ?? 'fat (-C lto)') : 'not requested (no -C lto on the command line)',
    codegen_units: flag(/-C codegen-units=(\d+)/) ?? 'not on the command line (rustc default)',
    // The last one wins: build-wasm.sh adds -Cpanic=immediate-abort after the profile's.
    panic: [...line.matchAll(/-C ?panic=(\S+)/g)].pop()?.[1] ?? 'unwind (no -C panic flag)',
    target: flag(/--target (\S+)/) ?? 'host',
  };
}
const flagText = (f) => (f ? `opt-level ${f.opt_level}, LTO ${f.lto}, codegen-units ${f.codegen_units}, panic ${f.panic}` : 'not found in this run\'s build log');
const meta = JSON.parse(sh('cargo metadata --no-deps --format-version 1') || '{}');
const wasmOpt = meta.packages?.find((p) => p.name === 'claimcheck')?.metadata?.['wasm-pack']?.profile?.release?.['wasm-opt'];
const wasmOptRan = (log) => existsSync(`${ROOT}${log}`) && /wasm-opt/.test(read(log));
const nativeFlags = rustcFlags('target/bench/build-native.log', 'check', (l) => l.includes('--test') || l.includes('bench'));
const wasmFlags = rustcFlags('target/bench/build-wasm.log', 'claimcheck', (l) => l.includes('wasm32'));
const wasmZFlags = rustcFlags('target/bench/build-wasm-z.log', 'claimcheck', (l) => l.includes('wasm32'));

const wasm = JSON.parse(read('target/bench/wasm.json'));
const native = { extract: crit('native/extract_1MB'), check: crit('native/check_1MB'), draft: crit('native/check_50k') };
const sizes = [1 << 10, 10 << 10, 100 << 10, 1 << 20, 10 << 20];
const scaling = sizes.map((s) => ({ size: s, ...crit(`scaling/check/${s}`) }));
const oneSizes = [10000, 20000, 40000];
const oneNative = oneSizes.map((n) => ({ n, ...crit(`one_sentence/check/${n}`) }));

// What the page ships: every file it loads (its HTML, CSS, service worker, its one
// script, and the wasm, which holds the bundled fact table). The script is the
// esbuild bundle of the page, the element, the drafting panel, the UI wording and the
// wasm-bindgen glue (www/dist/page.js, written by www/build-single.mjs; also the
// checking worker); the page loads the wasm gzipped as a file of its own
// (www/dist/claimcheck_bg.wasm.gz, Zopfli) and inflates it itself. Each file is
// counted gzipped on its own, as a server sends it (the .gz file gains nothing).
const shipped = ['www/index.html', 'www/style.css', 'www/sw.js', 'www/dist/page.js', 'www/dist/claimcheck_bg.wasm.gz'];
const missing = shipped.filter((f) => !existsSync(`${ROOT}${f}`));
if (missing.length) throw new Error(`not built: ${missing.join(', ')} (run scripts/bench.sh, which builds them)`);
const shippedRows = shipped.map((f) => ({ f, raw: statSync(`${ROOT}${f}`).size, gz: gz(`${ROOT}${f}`) }));
const shippedTotal = shippedRows.reduce((a, r) => a + r.gz, 0);
const single = `${ROOT}www/dist/claimcheck.html`;
const singleGz = existsSync(single) ? gz(single) : null;
const zWasm = `${ROOT}target/bench/pkg-z/claimcheck_bg.wasm`;
const o3Wasm = `${ROOT}pkg/claimcheck_bg.wasm`;
const size = (p) => (existsSync(p) ? { raw: statSync(p).size, gz: gz(p) } : null);
const wasmO3Size = size(o3Wasm), wasmZSize = size(zWasm);

// Time against input size, log-log.
const W = 560, H = 320, P = 50;
const xs = scaling.map((r) => Math.log10(r.bytes)), ys = scaling.map((r) => Math.log10(r.median_ms));
const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys) - 0.2, Math.max(...ys) + 0.2];
const px = (x) => P + ((x - x0) / (x1 - x0)) * (W - 2 * P);
const py = (y) => H - P - ((y - y0) / (y1 - y0)) * (H - 2 * P);
const lin = scaling.map((r) => [px(Math.log10(r.bytes)), py(Math.log10(scaling[0].median_ms * (r.bytes / scaling[0].bytes)))]);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<line x1="${P}" y1="${H - P}" x2="${W - P}" y2="${H - P}" stroke="black"/><line x1="${P}" y1="${P}" x2="${P}" y2="${H - P}" stroke="black"/>
<text x="${W / 2}" y="${H - 12}" text-anchor="middle">input size (bytes, log scale)</text>
<text x="14" y="${H / 2}" transform="rotate(-90 14 ${H / 2})" text-anchor="middle">median check time (ms, log scale)</text>
<polyline fill="none" stroke="#bbb" stroke-dasharray="4 3" points="${lin.map((p) => p.join(',')).join(' ')}"/>
<polyline fill="none" stroke="#1565c0" stroke-width="2" points="${scaling.map((r) => `${px(Math.log10(r.bytes))},${py(Math.log10(r.median_ms))}`).join(' ')}"/>
${scaling.map((r) => `<circle cx="${px(Math.log10(r.bytes))}" cy="${py(Math.log10(r.median_ms))}" r="3" fill="#1565c0"/><text x="${px(Math.log10(r.bytes))}" y="${py(Math.log10(r.median_ms)) - 8}" text-anchor="middle">${ms(r.median_ms)}</text><text x="${px(Math.log10(r.bytes))}" y="${H - P + 16}" text-anchor="middle">${kb(r.bytes)}</text>`).join('\n')}
<text x="${W - P}" y="${P}" text-anchor="end" fill="#888">dashed: linear from 1 KB</text>
</svg>
`;
writeFileSync(`${ROOT}docs/bench-scaling.svg`, svg);

const n = wasm.node, c = wasm.chromium, r = wasm.recognizers, z = wasm.node_opt_z, M = wasm.method;
const loadAvg = (line) => (line ? line.split(' ').slice(0, 3).join(', ') : 'not recorded');
const loadStart = existsSync(`${ROOT}target/bench/load-start.txt`) ? read('target/bench/load-start.txt').trim() : null;
// Both read by bench.sh from the run: the load when the measuring ended and the commit
// (and whether the tree had changes) when it started.
const loadEnd = existsSync(`${ROOT}target/bench/load-end.txt`) ? read('target/bench/load-end.txt').trim() : null;
const started = existsSync(`${ROOT}target/bench/started.txt`) ? read('target/bench/started.txt').trim() : 'not recorded';
const rtPkg = `${ROOT}bench/node_modules/@microsoft/recognizers-text-suite/package.json`;
const rtVersion = existsSync(rtPkg) ? JSON.parse(readFileSync(rtPkg, 'utf8')).version : '(version not found)';
const cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").trim();
const commit = existsSync(`${ROOT}target/bench/commit.txt`) ? read('target/bench/commit.txt').trim() : 'not recorded';
const memFlat = (m) => m.wasm_bytes_after_2000 === m.wasm_bytes_after_1000;
const memRow = (m) => `${kb(m.wasm_bytes_before)} → ${kb(m.wasm_bytes_after_1000)} → ${kb(m.wasm_bytes_after_2000)}`;

// Targets and margins. A target is met when the slow end of the spread (p95) meets it.
const T_MBPS = 50, T_P95 = 5, T_RATIO = 20, T_GZ = 250 * 1024;
const verdict = (atP95, atMedian) => (atP95 ? '**met** (at p95)' : atMedian ? '**met at the median only**' : '**not met**');
const mbpsMargin = (t) => `median ${t.mbps.toFixed(1)} MB/s (${pct(t.mbps / T_MBPS - 1)}), p95 ${t.mbps_p95.toFixed(1)} MB/s (${pct(t.mbps_p95 / T_MBPS - 1)})`;
const p95Margin = (t) => `p95 ${ms(t.p95_ms)} (${t.p95_ms <= T_P95 ? `${ms(T_P95 - t.p95_ms)} under` : `${ms(t.p95_ms - T_P95)} over`}, ${pct(1 - t.p95_ms / T_P95)}); median ${ms(t.median_ms)} (${pct(1 - t.median_ms / T_P95)})`;
const side = Object.keys(r.side).map((k) => ({ k, ours: n.side[k], rt: r.side[k] }));
const ratio = (s) => s.rt.median_ms / s.ours.median_ms;
const lowRatio = (s) => s.rt.min_ms / s.ours.p95_ms; // their fastest run against our p95
const lead = side.find((s) => s.k === 'draft_50k');
const sideLabel = { text_10k: '10 KB text', draft_50k: '50,000-character draft', text_200k: '200 KB text' };
const runsOf = (t) => `${t.warmup} warm-up + ${t.runs} runs`;

const perNumber = (o) => `${((o.median_ms / o.n) * 1000).toFixed(2)} µs`;
const linear = (rows, get) => rows.map((row) => (get(row) / get(rows[0])) / (row.n / rows[0].n));
const oneWasm = oneSizes.map((k) => ({ n: k, ...n.one_sentence[k] }));
const linNative = linear(oneNative, (x) => x.median_ms);
const linWasm = linear(oneWasm, (x) => x.median_ms);
const growth = Object.keys(r.currency_growth).map(Number).sort((a, b) => a - b)
  .map((k) => ({ k, rt: r.currency_growth[k], ours: n.growth[k] }));


// The page in Chromium (www/bench-typing.mjs, run by bench.sh) and the archive re-check
// (scripts/bench-recheck.sh, run apart: an hour on a 1 GB archive), each as its run wrote it.
const typing = existsSync(`${ROOT}target/bench/typing.json`) ? JSON.parse(read('target/bench/typing.json')) : null;
const recheck = existsSync(`${ROOT}bench/results/recheck.json`) ? JSON.parse(read('bench/results/recheck.json')) : null;
const typingSection = typing ? `## Typing in the page (Chromium)

Measured by \`www/bench-typing.mjs\` in this run (${typing.keys} keystrokes a size, debounce ${typing.debounce_ms} ms;
load average ${typing.load_average.before.join(', ')} before, ${typing.load_average.after.join(', ')} after).
Goals (issue 13): first findings under 1 s at 1 MB, keystroke to findings under 16 ms plus the
debounce, no main-thread task over 50 ms.

| draft | claims | paste → first findings | keystroke → findings, minus debounce (median / p95) | longest task: paste / typing | bare textarea: paste task / keystroke median |
|---|---|---|---|---|---|
${typing.results.map((t) => `| ${kb(t.size)} | ${t.claims} | ${ms(t.paste_to_first_findings_ms)} | ${ms(t.keystroke_to_findings_minus_debounce_ms.median)} / ${ms(t.keystroke_to_findings_minus_debounce_ms.p95)} | ${ms(t.paste_longest_task_ms)} / ${ms(t.typing_longest_task_ms)} | ${ms(t.browser_floor.paste_longest_task_ms)} / ${ms(t.browser_floor.keystroke_to_painted_ms.median)} |`).join('\n')}
${typing.results.some((t) => t.main_thread_cpu_ms) ? `
The bare textarea is the page's own (its computed style), served from the same origin: what
Chromium itself costs. Wall times on a shared machine grow with its load; the main thread's
CPU time (from a Chromium trace of the same paste and keystrokes, in a run of their own)
does much less, and tells what is ours: ours minus the bare textarea's, labelled as such.
The goals above are on the timed figures, not on these.

| draft | main-thread CPU per keystroke: ours / bare textarea / ours minus bare | longest task's CPU, paste: ours / bare | longest task's CPU, typing: ours / bare |
|---|---|---|---|
${typing.results.filter((t) => t.main_thread_cpu_ms).map((t) => { const c = t.main_thread_cpu_ms; return `| ${kb(t.size)} | ${ms(c.ours.keystroke_cpu_ms)} / ${ms(c.bare_textarea.keystroke_cpu_ms)} / ${ms(c.our_overhead_per_keystroke)} | ${ms(c.ours.paste_longest_task_cpu_ms)} / ${ms(c.bare_textarea.paste_longest_task_cpu_ms)} | ${ms(c.ours.typing_longest_task_cpu_ms)} / ${ms(c.bare_textarea.typing_longest_task_cpu_ms)} |`; }).join('\n')}
` : ''}` : '';
const recheckSection = recheck ? `## Re-checking an archive (\`claimcheck recheck\`)

Not measured by this run: \`scripts/bench-recheck.sh\` wrote \`bench/results/recheck.json\` on
${recheck.date} (${recheck.machine}). ${recheck.what}; ${recheck.stories} stories, ${recheck.archive_mb} MB.

| threads | wall | CPU | MB per CPU-second | peak RSS |
|---|---|---|---|---|
${recheck.runs.map((x) => `| ${x.threads} | ${x.seconds} s | ${x.cpu_seconds} s | ${x.mb_per_cpu_s} | ${(x.peak_rss_kb / 1024).toFixed(1)} MB |`).join('\n')}

Memory stays flat over the archive. With the machine this loaded, the second thread's
gain cannot be seen in wall time; equal CPU time at 1 and 2 threads shows the parallel
overhead is small.
` : '';
const md = `# Benchmarks

Written by \`./scripts/bench.sh\`, started ${started}, at commit ${commit}. Every figure
below is what that run measured; re-run it to refresh this page. Speed and size are
measured here, never asserted as timed tests.

## Machine and load

- ${sh('nproc')} cores (${cpu}), ${sh("free -g | awk '/Mem:/{print $2}'")} GiB; ${sh('rustc --version')}; Node ${process.version}; ${sh('chromium --version')}.
- Load average (1, 5, 15 min, from \`/proc/loadavg\`) at the start: ${loadAvg(loadStart)}; at the end: ${loadAvg(loadEnd)}.
  Other work on the machine slows every timing below and widens its spread.

## Method

- Texts: the four English seed articles repeated and cut at white space to each size
  (\`bench/corpus.mjs\`, \`benches/check.rs\`: the same construction), checked as of 2025-11-25
  against the bundled table. The 50,000-character draft holds ${n.draft_claims} claims.
- Every timing is given as min / median / p95. Native timings are criterion's samples
  (each the mean time of its iterations); WebAssembly and Recognizers-Text timings are
  single runs after a warm-up, the counts given with each.
- A target counts as met when the p95 meets it; the margin is given at the median and at p95.
- Native build (\`cargo bench\`, flags from this run's rustc command line): ${flagText(nativeFlags)}.
- WebAssembly build (\`scripts/build-wasm.sh\`, flags from this run's rustc command line): ${flagText(wasmFlags)};
  then wasm-opt ${wasmOpt ? `\`${wasmOpt.join(' ')}\`` : 'flags not found'} (from \`[package.metadata.wasm-pack.profile.release]\`, which wasm-pack reads)${wasmOptRan('target/bench/build-wasm.log') ? '' : ' — wasm-opt not seen in the build log'}.
  Timed through \`Checker.check\` (tables compiled once, as the page does on every keystroke).
- Recognizers-Text: \`@microsoft/recognizers-text-suite\` ${rtVersion} in the same Node process, on the
  same texts, its English number and percentage models (and its currency model on texts up to
  10 KB), built once outside the timings: a smaller job than ours, which also links and judges
  every figure. Both tools get the same warm-up and runs on each text.

## Targets

| target | measured | |
|---|---|---|
| 50,000-character draft checked with p95 under ${T_P95} ms in Chromium | ${p95Margin(c.check_50k)} | ${verdict(c.check_50k.p95_ms < T_P95, c.check_50k.median_ms < T_P95)} |
| at least ${T_MBPS} MB/s native on one core (full check, 1 MB) | ${mbpsMargin(native.check)} | ${verdict(native.check.mbps_p95 >= T_MBPS, native.check.mbps >= T_MBPS)} |
| at least ${T_RATIO}× faster than Recognizers-Text on the same text | ${ratio(lead).toFixed(0)}× on the 50,000-character draft (medians; its number and percentage models; ${lowRatio(lead).toFixed(0)}× comparing its fastest run with our p95); other texts below | ${lowRatio(lead) >= T_RATIO ? '**met** (also its fastest run against our p95)' : ratio(lead) >= T_RATIO ? '**met at the medians only**' : '**not met**'} |
| the page at most 250 KB gzip: as served (every file it loads) and as the single offline file | served ${kb(shippedTotal)} (${shippedTotal <= T_GZ ? `${kb(T_GZ - shippedTotal)} under` : `${kb(shippedTotal - T_GZ)} over`}); single file ${singleGz ? `${kb(singleGz)} (${singleGz <= T_GZ ? `${kb(T_GZ - singleGz)} under` : `${kb(singleGz - T_GZ)} over`})` : 'not built'} | ${shippedTotal <= T_GZ && singleGz && singleGz <= T_GZ ? '**met**' : '**not met**'} |
| memory flat over 1,000 consecutive checks (after the first 1,000) | Node ${memFlat(n.memory) ? 'flat' : 'grew'}, Chromium ${memFlat(c.memory) ? 'flat' : 'grew'} | ${memFlat(n.memory) && memFlat(c.memory) ? '**met**' : '**not met**'} |

## Native (one core)

| benchmark | input | min / median / p95 | throughput (median; p95) |
|---|---|---|---|
| extraction alone | 1 MB | ${spread(native.extract)} | ${native.extract.mbps.toFixed(1)}; ${native.extract.mbps_p95.toFixed(1)} MB/s |
| full check | 1 MB | ${spread(native.check)} | ${native.check.mbps.toFixed(1)}; ${native.check.mbps_p95.toFixed(1)} MB/s |
| full check | 50,000-character draft | ${spread(native.draft)} | ${native.draft.mbps.toFixed(1)}; ${native.draft.mbps_p95.toFixed(1)} MB/s |

### Cost against input size

| input | min / median / p95 | throughput (median) |
|---|---|---|
${scaling.map((s) => `| ${kb(s.bytes)} | ${spread(s)} | ${s.mbps.toFixed(1)} MB/s |`).join('\n')}

![median check time against input size](bench-scaling.svg)

### One sentence of many numbers

\`The figures were 37, 74, 111, …\`: one sentence listing N numbers (issue 9). The last
column divides each time by the 10,000-number time scaled to its size: 1.0 is linear.

| numbers | where | min / median / p95 | per number (median) | against linear |
|---|---|---|---|---|
${oneNative.map((o, i) => `| ${o.n.toLocaleString('en')} | native | ${spread(o)} | ${perNumber(o)} | ${linNative[i].toFixed(2)} |`).join('\n')}
${oneWasm.map((o, i) => `| ${o.n.toLocaleString('en')} | wasm, Node (${runsOf(o)}; ${o.claims} claims) | ${spread(o)} | ${perNumber(o)} | ${linWasm[i].toFixed(2)} |`).join('\n')}

## WebAssembly

| | Node | Chromium |
|---|---|---|
| module ready (instantiate + compile the tables) | ${ms(n.ready_ms)} | ${ms(c.import_and_init_ms)} (page load to ready: ${ms(c.page_load_to_ready_ms)}) |
| check, 50,000-character draft (${runsOf(n.check_50k)}) | ${spread(n.check_50k)} | ${spread(c.check_50k)} |
| check, 1 MB (${runsOf(n.check_1MB)}) | ${spread(n.check_1MB)} | ${spread(c.check_1MB)} |
| wasm memory before any check → after 1,000 → after 2,000 checks of the 50k draft | ${memRow(n.memory)} | ${memRow(c.memory)} |

The memory baseline is taken right after the module is instantiated, before any check; the
first 1,000 checks include the heap's first growth, so flatness is judged between 1,000 and
2,000.

### opt-level 3 against opt-level "z" (the browser build)

${z && wasmZSize && wasmO3Size ? `Both builds from this run, the same wasm-opt flags; the "z" build with ${flagText(wasmZFlags)}.

| build | check, 50k draft in Node (${runsOf(n.check_50k)}): min / median / p95 | wasm size raw / gzip |
|---|---|---|
| release (as shipped) | ${spread(n.check_50k)} | ${kb(wasmO3Size.raw)} / ${kb(wasmO3Size.gz)} |
| opt-level "z" | ${spread(z.check_50k)} | ${kb(wasmZSize.raw)} / ${kb(wasmZSize.gz)} |

The shipped build checks the draft ${(z.check_50k.median_ms / n.check_50k.median_ms).toFixed(2)}× as fast as "z" (medians) for ${kb(wasmO3Size.gz - wasmZSize.gz)} more gzip.` : 'Not measured in this run (no opt-level "z" build was found in target/bench/pkg-z).'}

## Side by side with Microsoft Recognizers-Text (Node)

Both counts on the same text: our claims (found, linked and judged) and its entities.

| text | Claimcheck: claims; min / median / p95 | Recognizers-Text: models; entities; min / median / p95 | runs (each tool) | ratio of medians |
|---|---|---|---|---|
| models ready | ${ms(n.ready_ms)} | ${ms(r.ready_ms)} | 1 | |
${side.map((s) => `| ${sideLabel[s.k] ?? s.k} (${s.ours.chars} chars) | ${s.ours.claims}; ${spread(s.ours)} | ${s.rt.models}; ${s.rt.entities}; ${spread(s.rt)} | ${runsOf(s.ours)} | ${ratio(s).toFixed(0)}× |`).join('\n')}

### How the cost grows with the text

Its currency model and our full check on the same texts (${growth.length ? runsOf(growth[0].rt) : ''} each), medians, and
the time as a multiple of the smallest text's:

| text | Recognizers-Text currency model | × | Claimcheck full check | × |
|---|---|---|---|---|
${growth.map((g) => `| ${g.rt.chars} chars | ${ms(g.rt.median_ms)} | ${(g.rt.median_ms / growth[0].rt.median_ms).toFixed(1)} | ${ms(g.ours.median_ms)} | ${(g.ours.median_ms / growth[0].ours.median_ms).toFixed(1)} |`).join('\n')}

${typingSection}
${recheckSection}
## Size (gzip -9)

| file | raw | gzip |
|---|---|---|
${shippedRows.map((row) => `| \`${row.f}\` | ${kb(row.raw)} | ${kb(row.gz)} |`).join('\n')}
| **the page as served** | | **${kb(shippedTotal)}** |
${singleGz ? `| \`www/dist/claimcheck.html\` (single file, wasm inlined as base64) | ${kb(statSync(single).size)} | ${kb(singleGz)} |` : ''}

The embed demo adds Quill (self-hosted from npm), which is the host editor, not part of the widget.
`;
writeFileSync(`${ROOT}docs/BENCHMARKS.md`, md);
console.log('wrote docs/BENCHMARKS.md');
