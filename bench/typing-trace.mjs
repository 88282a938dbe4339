#!/usr/bin/env node
// Where a keystroke's main-thread time goes in the page (www/index.html) in headless
// Chromium: a diagnostic for www/bench-typing.mjs, not a benchmark of record. It pastes a
// draft of the seed articles repeated to size, types KEYS characters in the middle (each
// waited for until its findings are painted), traces them (Chromium's timeline), and
// prints per keystroke the main thread's CPU time (each task's thread time, which a busy
// machine inflates much less than wall time) split into:
//   - ours: the element's and the page's script entry points (animation-frame callbacks,
//     the worker's answers, timers, idle callbacks, the input handler);
//   - rendering: style, layout, pre-paint and paint (the browser's, mostly for what we
//     changed, and the textarea's own);
//   - browser-only: the two tasks a textarea on an http page runs on every keystroke with
//     no script at all (form-control change, selectionchange): the same in every tree,
//     so `ratio` (all tasks over these) compares runs at different load.
// With --www=DIR it serves another checkout's www/ (its test-lib/harness.mjs), so two
// trees can be compared back to back under the same load:
//
//   node bench/typing-trace.mjs [--size=1000000] [--keys=16] [--www=/path/to/www]

import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const WWW = option('www', join(dirname(fileURLToPath(import.meta.url)), '..', 'www'));
const SIZE = Number(option('size', '1000000'));
const KEYS = Number(option('keys', '16'));
const { launchBrowser, startServer } = await import(join(WWW, 'test-lib', 'harness.mjs'));

const seedDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'seeds');
const seeds = await Promise.all((await readdir(seedDir)).sort().map((f) => readFile(join(seedDir, f), 'utf8')));
let text = '';
while (text.length < SIZE) text += `${seeds.join('\n')}\n`;
text = text.slice(0, text.lastIndexOf('\n', SIZE) + 1);

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  await page.goto(server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.fill('#as-of', '2025-11-25');
  await page.locator('#as-of').dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('#checker').report);
  await page.evaluate(async (draft) => {
    window.__done = new Set();
    const checker = document.querySelector('#checker');
    checker.addEventListener('claimcheck:report', () => {
      const n = checker.checkedText.length;
      requestAnimationFrame(() => setTimeout(() => window.__done.add(n)));
    });
    const ta = document.querySelector('#draft');
    ta.focus();
    ta.value = draft;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    await new Promise((resolve) => {
      const poll = () => (window.__done.has(draft.length) ? setTimeout(resolve, 500) : setTimeout(poll, 10));
      poll();
    });
    ta.setSelectionRange(draft.length >> 1, draft.length >> 1);
    ta.scrollTop = 0;
  }, text);
  // The mirror of a long paste is laid in over many frames: traced only once it is all in.
  await page.waitForFunction(() => !document.querySelector('#checker').adapter.pending?.(), null, { polling: 50, timeout: 60_000 });
  await page.waitForTimeout(300);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  let length = text.length;
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(i % 2 ? ' ' : '7');
    length += 1;
    // Polled by timer, not by animation frame: a frame of its own would be counted.
    await page.waitForFunction((n) => window.__done.has(n), length, { polling: 20, timeout: 60_000 });
  }
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const names = new Map();
  for (const e of traceEvents) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const byPid = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || names.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain') continue;
    if (!byPid.has(e.pid)) byPid.set(e.pid, []);
    byPid.get(e.pid).push(e);
  }
  const main = [...byPid.values()].reduce((a, b) => (b.length > a.length ? b : a), []);
  const cpu = (e) => (e.tdur ?? 0) / 1000;
  const sum = { all: 0, browserOnly: 0, ours: 0, rendering: 0 };
  for (const e of main) {
    if (e.name === 'ThreadControllerImpl::RunTask') {
      sum.all += cpu(e);
      if (['FormControlDidChange', 'EnqueueEvent'].includes(e.args?.src_func)) sum.browserOnly += cpu(e);
    }
    if (['FireAnimationFrame', 'HandlePostMessage', 'TimerFire', 'FireIdleCallback'].includes(e.name) ||
      (e.name === 'EventDispatch' && e.args?.data?.type === 'input')) sum.ours += cpu(e);
    // Top-level lifecycle phases only (a forced layout inside our script is counted as ours).
    if (['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'].includes(e.name) &&
      !main.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && ['FireAnimationFrame', 'HandlePostMessage', 'TimerFire', 'Paint', 'Layout'].includes(o.name))) sum.rendering += cpu(e);
  }
  const per = (x) => Math.round((x / KEYS) * 10) / 10;
  console.log(JSON.stringify({
    www: WWW, size: text.length, keys: KEYS, load: (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' '),
    cpu_ms_per_keystroke: { all: per(sum.all), ours: per(sum.ours), rendering: per(sum.rendering), browser_only: per(sum.browserOnly) },
    ratio: Math.round((sum.all / sum.browserOnly) * 100) / 100,
  }));
} finally {
  await browser.close();
  await server.stop();
}
