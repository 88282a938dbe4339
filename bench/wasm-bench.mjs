// Times the WebAssembly build in Node and in headless Chromium, and Microsoft
// Recognizers-Text on the same texts; prints one JSON object. Run by scripts/bench.sh
// after scripts/build-wasm.sh. Timings are medians over repeated runs.
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { corpus, ROOT } from './corpus.mjs';

const require = createRequire(import.meta.url);
const AS_OF = '2025-11-25';
const draft = corpus(50_000);
const mb = corpus(1 << 20);
// Recognizers-Text's currency model grows about quadratically with input (10 KB: 7 s,
// 20 KB: 23 s here), so all three models run on a 10 KB text, and the number and
// percentage models alone on the 50,000-character draft and on 1 MB.
const small = corpus(10_000);

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median_ms: q(0.5), p95_ms: q(0.95), min_ms: s[0], runs: s.length };
}

function time(fn, runs, warmup = 3) {
  for (let i = 0; i < warmup; i++) fn();
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return stats(out);
}

async function node() {
  const pkg = await import(`${ROOT}pkg/claimcheck.js`);
  const t0 = performance.now();
  const exports = pkg.initSync({ module: readFileSync(`${ROOT}pkg/claimcheck_bg.wasm`) });
  const checker = new pkg.Checker();
  const ready_ms = performance.now() - t0;
  const check = (t) => checker.check(t, { asOf: AS_OF });
  const claims = check(draft).summary.total;
  const r = {
    ready_ms,
    draft_chars: draft.length,
    draft_claims: claims,
    check_50k: time(() => check(draft), 200, 20),
    check_1MB: time(() => check(mb), 10, 2),
    check_10k: time(() => check(small), 200, 20),
  };
  const before = exports.memory.buffer.byteLength;
  for (let i = 0; i < 1000; i++) check(draft);
  const mid = exports.memory.buffer.byteLength;
  for (let i = 0; i < 1000; i++) check(draft);
  r.memory = { wasm_bytes_before: before, wasm_bytes_after_1000: mid, wasm_bytes_after_2000: exports.memory.buffer.byteLength };
  return r;
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
  // Only number, currency and percentage recognition: a smaller job than ours.
  const all = (t) => numbers.parse(t).length + percents.parse(t).length + currency.parse(t).length;
  const numPct = (t) => numbers.parse(t).length + percents.parse(t).length;
  return {
    ready_ms,
    small_chars: small.length,
    small_entities: all(small),
    all_models_10k: time(() => all(small), 3, 0),
    draft_entities_number_percent: numPct(draft),
    number_percent_50k: time(() => numPct(draft), 3, 0),
    number_percent_1MB: time(() => numPct(mb), 1, 0),
  };
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
    return await page.evaluate(async ({ draft, mb, asOf }) => {
      const t0 = performance.now();
      const pkg = await import('/pkg/claimcheck.js');
      const exports = await pkg.default();
      const checker = new pkg.Checker();
      const ready = performance.now();
      const stats = (s) => { s.sort((a, b) => a - b); return { median_ms: s[s.length >> 1], p95_ms: s[Math.floor(s.length * 0.95)], min_ms: s[0], runs: s.length }; };
      const time = (fn, runs, warm) => { for (let i = 0; i < warm; i++) fn(); const o = []; for (let i = 0; i < runs; i++) { const a = performance.now(); fn(); o.push(performance.now() - a); } return stats(o); };
      const check = (t) => checker.check(t, { asOf });
      const r = {
        page_load_to_ready_ms: ready, import_and_init_ms: ready - t0,
        check_50k: time(() => check(draft), 200, 20), check_1MB: time(() => check(mb), 10, 2),
      };
      const before = exports.memory.buffer.byteLength;
      for (let i = 0; i < 1000; i++) check(draft);
      const mid = exports.memory.buffer.byteLength;
      for (let i = 0; i < 1000; i++) check(draft);
      r.memory = { wasm_bytes_before: before, wasm_bytes_after_1000: mid, wasm_bytes_after_2000: exports.memory.buffer.byteLength };
      return r;
    }, { draft, mb, asOf: AS_OF });
  } finally {
    await browser.close();
    server.kill();
  }
}

const log = (m) => process.stderr.write(`${m}\n`);
log('node…');
const nodeResult = await node();
log('chromium…');
const chromiumResult = await chromiumBench();
log('recognizers-text…');
const result = { node: nodeResult, chromium: chromiumResult, recognizers: recognizers() };
const rt = result.recognizers, ours = result.node;
result.ratios = {
  all_models_10k: rt.all_models_10k.median_ms / ours.check_10k.median_ms,
  number_percent_50k: rt.number_percent_50k.median_ms / ours.check_50k.median_ms,
  number_percent_1MB: rt.number_percent_1MB.median_ms / ours.check_1MB.median_ms,
};
console.log(JSON.stringify(result, null, 2));
