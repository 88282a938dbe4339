// Times the WebAssembly build in Node and in headless Chromium, the same build at
// opt-level "z" (when scripts/bench.sh built one), and Microsoft Recognizers-Text on the
// same texts; prints one JSON object. Run by scripts/bench.sh after scripts/build-wasm.sh.
//
// Every timing keeps all its samples' spread (min, median, p95). Where two tools are
// compared, both get the same warm-up and the same number of runs.
import { readFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { corpus, oneSentence, ROOT } from './corpus.mjs';

const require = createRequire(import.meta.url);
const AS_OF = '2025-11-25';
const draft = corpus(50_000);
const mb = corpus(1 << 20);
// Our own timings: enough runs for a p95.
const OWN = { warmup: 20, runs: 200 };
// Side by side with Recognizers-Text, the same for both tools. Its currency model grows
// faster than linearly (measured below), so all three of its models run only on texts
// up to 10 KB, and the larger texts use its number and percentage models alone.
const SIDE = { warmup: 2, runs: 10 };
const SIDE_SLOW = { warmup: 1, runs: 3 }; // the 10 KB text with the currency model
const GROWTH_SIZES = [1_000, 2_000, 5_000, 10_000];
const SIDE_TEXTS = { text_10k: corpus(10_000), draft_50k: draft, text_200k: corpus(200_000) };
const ONE_SENTENCE = [10_000, 20_000, 40_000];

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { min_ms: s[0], median_ms: q(0.5), p95_ms: q(0.95), max_ms: s[s.length - 1], runs: s.length };
}

function time(fn, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) fn();
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return { ...stats(out), warmup };
}

/** wasm memory before any check, after 1,000 and after 2,000 checks of the 50k draft. */
function memory(buffer, check) {
  const before = buffer().byteLength;
  for (let i = 0; i < 1000; i++) check(draft);
  const mid = buffer().byteLength;
  for (let i = 0; i < 1000; i++) check(draft);
  return { wasm_bytes_before: before, wasm_bytes_after_1000: mid, wasm_bytes_after_2000: buffer().byteLength };
}

async function loadNode(dir) {
  const pkg = await import(`${dir}/claimcheck.js`);
  const t0 = performance.now();
  const exports = pkg.initSync({ module: readFileSync(`${dir}/claimcheck_bg.wasm`) });
  const checker = new pkg.Checker();
  const ready_ms = performance.now() - t0;
  const check = (t) => checker.check(t, { asOf: AS_OF });
  return { exports, check, ready_ms };
}

async function node() {
  const { exports, check, ready_ms } = await loadNode(`${ROOT}pkg`);
  // The baseline comes first, before any large check has grown the heap.
  const mem = memory(() => exports.memory.buffer, check);
  const r = {
    ready_ms,
    memory: mem,
    draft_chars: draft.length,
    draft_claims: check(draft).summary.total,
    check_50k: time(() => check(draft), OWN),
    check_1MB: time(() => check(mb), { warmup: 2, runs: 10 }),
    side: {},
    growth: {},
    one_sentence: {},
  };
  for (const [name, text] of Object.entries(SIDE_TEXTS)) {
    r.side[name] = { chars: text.length, claims: check(text).summary.total, ...time(() => check(text), name === 'text_10k' ? SIDE_SLOW : SIDE) };
  }
  for (const n of GROWTH_SIZES) {
    const text = corpus(n);
    r.growth[n] = { chars: text.length, ...time(() => check(text), SIDE_SLOW) };
  }
  for (const n of ONE_SENTENCE) {
    const text = oneSentence(n);
    r.one_sentence[n] = { chars: text.length, claims: check(text).summary.total, ...time(() => check(text), { warmup: 1, runs: 5 }) };
  }
  return r;
}

/** The opt-level "z" build, timed exactly as the release build on the 50k draft. */
async function nodeOptZ() {
  const dir = `${ROOT}target/bench/pkg-z`;
  if (!existsSync(`${dir}/claimcheck_bg.wasm`)) return null;
  const { check } = await loadNode(dir);
  return { check_50k: time(() => check(draft), OWN) };
}

function recognizers() {
  const { Culture } = require('@microsoft/recognizers-text-suite');
  const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
  const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
  const t0 = performance.now();
  const numbers = new NumberRecognizer(Culture.English).getNumberModel();
  const percents = new NumberRecognizer(Culture.English).getPercentageModel();
  const currency = new NumberWithUnitRecognizer(Culture.English).getCurrencyModel();
  const ready_ms = performance.now() - t0;
  // Only number, percentage (and currency) recognition: a smaller job than ours.
  const all = (t) => numbers.parse(t).length + percents.parse(t).length + currency.parse(t).length;
  const numPct = (t) => numbers.parse(t).length + percents.parse(t).length;
  const side = {};
  for (const [name, text] of Object.entries(SIDE_TEXTS)) {
    const slow = name === 'text_10k';
    const fn = slow ? all : numPct;
    side[name] = { chars: text.length, models: slow ? 'number, percentage, currency' : 'number, percentage', entities: fn(text), ...time(() => fn(text), slow ? SIDE_SLOW : SIDE) };
  }
  const growth = {};
  for (const n of GROWTH_SIZES) {
    const text = corpus(n);
    growth[n] = { chars: text.length, ...time(() => currency.parse(text), SIDE_SLOW) };
  }
  return { ready_ms, side, currency_growth: growth };
}

async function chromiumBench() {
  const server = spawn(process.execPath, [`${ROOT}www/serve.mjs`, '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    server.stdout.on('data', (d) => {
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(d));
      if (m) resolve(m[0]);
    });
    server.on('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    // A blank page on the same origin; the module is imported by the benchmark itself.
    await page.route('**/__bench.html', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
    await page.goto(`${url}__bench.html`);
    return await page.evaluate(async ({ draft, mb, asOf, own }) => {
      const t0 = performance.now();
      const pkg = await import('/pkg/claimcheck.js');
      const exports = await pkg.default();
      const checker = new pkg.Checker();
      const ready = performance.now();
      const stats = (samples) => {
        const s = [...samples].sort((a, b) => a - b);
        const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
        return { min_ms: s[0], median_ms: q(0.5), p95_ms: q(0.95), max_ms: s[s.length - 1], runs: s.length };
      };
      const time = (fn, { warmup, runs }) => {
        for (let i = 0; i < warmup; i++) fn();
        const o = [];
        for (let i = 0; i < runs; i++) { const a = performance.now(); fn(); o.push(performance.now() - a); }
        return { ...stats(o), warmup };
      };
      const check = (t) => checker.check(t, { asOf });
      // Baseline first, before any large check.
      const before = exports.memory.buffer.byteLength;
      for (let i = 0; i < 1000; i++) check(draft);
      const mid = exports.memory.buffer.byteLength;
      for (let i = 0; i < 1000; i++) check(draft);
      const memory = { wasm_bytes_before: before, wasm_bytes_after_1000: mid, wasm_bytes_after_2000: exports.memory.buffer.byteLength };
      return {
        page_load_to_ready_ms: ready, import_and_init_ms: ready - t0, memory,
        check_50k: time(() => check(draft), own), check_1MB: time(() => check(mb), { warmup: 2, runs: 10 }),
      };
    }, { draft, mb, asOf: AS_OF, own: OWN });
  } finally {
    await browser.close();
    server.kill();
  }
}

const log = (m) => process.stderr.write(`${m}\n`);
log('node…');
const nodeResult = await node();
log('node, opt-level z build…');
const optZ = await nodeOptZ();
log('chromium…');
const chromiumResult = await chromiumBench();
log('recognizers-text…');
const result = {
  method: { own: OWN, side: SIDE, side_slow: SIDE_SLOW },
  node: nodeResult, node_opt_z: optZ, chromium: chromiumResult, recognizers: recognizers(),
};
console.log(JSON.stringify(result, null, 2));
