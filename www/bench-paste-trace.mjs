#!/usr/bin/env node
// Where a paste's long main-thread tasks go in the page (index.html) in headless
// Chromium: a diagnostic for the paste half of issue 13's goals (no task over 50 ms,
// first findings under 1 s at 1 MB), the paste counterpart of bench/typing-trace.mjs.
// Not a benchmark of record (bench-typing.mjs is): it pastes a draft of the seed
// articles repeated to size, traces until the mirror of the paste is laid in, and prints
// each task longer than 50 ms (wall or CPU) with its CPU time split into
//   - ours: script entry points (animation-frame callbacks, the worker's answers,
//     timers, the input event), with any layout they force;
//   - browser: style, layout, pre-paint, paint and commit outside our script (laying out
//     the textarea's own text, and what we changed).
// CPU (thread) time is what a busy machine inflates least; wall time is printed too.
//
//   node www/bench-paste-trace.mjs [--size=1000000]

import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startServer } from './test-lib/harness.mjs';

const WWW = dirname(fileURLToPath(import.meta.url));
const SIZE = Number(process.argv.find((a) => a.startsWith('--size='))?.split('=')[1] ?? 1_000_000);

const seedDir = join(WWW, '..', 'tests', 'fixtures', 'seeds');
const seeds = await Promise.all((await readdir(seedDir)).sort().map((f) => readFile(join(seedDir, f), 'utf8')));
let text = '';
while (text.length < SIZE) text += `${seeds.join('\n')}\n`;
text = text.slice(0, text.lastIndexOf('\n', SIZE) + 1);

const SCRIPT = ['FireAnimationFrame', 'HandlePostMessage', 'TimerFire', 'FireIdleCallback', 'EventDispatch', 'FunctionCall'];
const RENDER = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'Layerize'];
const load = async () => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');

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
  const loadBefore = await load();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] });
  const first = await page.evaluate(async (draft) => {
    const checker = document.querySelector('#checker');
    const painted = new Promise((resolve) => checker.addEventListener('claimcheck:report', function done() {
      if (checker.checkedText.length !== draft.length) return;
      checker.removeEventListener('claimcheck:report', done);
      requestAnimationFrame(() => setTimeout(resolve));
    }));
    const ta = document.querySelector('#draft');
    ta.focus();
    const t0 = performance.now();
    ta.value = draft;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    await painted;
    return performance.now() - t0;
  }, text);
  await page.waitForFunction(() => !document.querySelector('#checker').adapter.pending?.(), null, { polling: 50, timeout: 120_000 });
  await page.waitForTimeout(300);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());

  const names = new Map();
  for (const e of traceEvents) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const byPid = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || names.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain') continue;
    if (!byPid.has(e.pid)) byPid.set(e.pid, []);
    byPid.get(e.pid).push(e);
  }
  const main = [...byPid.values()].reduce((a, b) => (b.length > a.length ? b : a), []).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const cpu = (e) => (e.tdur ?? 0) / 1000;
  const inside = (outer, e) => e !== outer && e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur;
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur > 50_000 || (e.tdur ?? 0) > 50_000));
  const rows = tasks.map((task) => {
    const events = main.filter((e) => inside(task, e));
    const scripts = events.filter((e) => SCRIPT.includes(e.name));
    const top = scripts.filter((e) => !scripts.some((o) => inside(o, e)));
    const ours = top.reduce((sum, e) => sum + cpu(e), 0);
    const browserOnly = events.filter((e) => RENDER.includes(e.name) && !scripts.some((o) => inside(o, e)) && !events.some((o) => o !== e && RENDER.includes(o.name) && inside(o, e)))
      .reduce((sum, e) => sum + cpu(e), 0);
    return { wall_ms: +(task.dur / 1000).toFixed(1), cpu_ms: +cpu(task).toFixed(1), ours_ms: +ours.toFixed(1), browser_ms: +browserOnly.toFixed(1), src: task.args?.src_func ?? '' };
  }).sort((a, b) => b.cpu_ms - a.cpu_ms);
  console.log(JSON.stringify({
    size: text.length,
    load: `${loadBefore} before, ${await load()} after`,
    paste_to_first_findings_ms: Math.round(first),
    long_tasks: rows,
  }, null, 1));
} finally {
  await browser.close();
  await server.stop();
}
