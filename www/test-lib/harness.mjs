// Shared set-up for the browser tests: a serve.mjs on a free port, Debian's Chromium
// through playwright-core, and the seed article (000, English, 2025) with its figures
// altered. Lives outside test/ so `node --test test/` does not run it as a test file.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildServed } from '../build-single.mjs';

export const WWW = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(WWW, 'test-lib', 'fixtures');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Starts `node serve.mjs 0` (optionally from another root); resolves to { url, stop }.
 * Serving www/, it first builds the page's script from the current sources
 * (dist/page.js, build-single.mjs), so that no test runs a stale bundle.
 */
export async function startServer({ root, modules = false } = {}) {
  if (!root) await buildServed();
  const args = root
    ? ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(WWW, 'serve.mjs'))}); const { url } = await m.serve({ port: 0, root: ${JSON.stringify(root)}, modules: ${modules} }); console.log('Serving Claimcheck at ' + url);`]
    : [join(WWW, 'serve.mjs'), '0'];
  const child = spawn(process.execPath, args, { cwd: WWW, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve.mjs did not start: ${out}`)), 10_000);
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /Serving Claimcheck at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          origin: new URL(m[1]).origin,
          stop: () => new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
        });
      }
    });
  });
}

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * The set-up every browser test file shares, as hooks of the enclosing suite (or file):
 * before its tests, a server (startServer) and Chromium, then `setUp(env)` if given;
 * after them, both stopped, also when a test failed. Returns an object whose `server`
 * and `browser` are set once they are up. `server`: false for none, or the startServer
 * options (or a function giving them, for a root made by an earlier hook); `browser`:
 * false for none. A file's own set-up that needs them goes in `setUp`, not in a
 * before() of its own: Node 20 runs a file's top-level before() hooks concurrently.
 * Each test still opens its own context and sets up its own state: what the hooks
 * share is the two processes (and what `setUp` makes).
 */
export function useBrowser({ server = {}, browser = true } = {}, setUp = null) {
  const env = { server: null, browser: null };
  before(async () => {
    if (server) env.server = await startServer(typeof server === 'function' ? server() : server);
    if (browser) env.browser = await launchBrowser();
    await setUp?.(env);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/**
 * A page that records every request and every uncaught error or dialog, so a test can
 * assert that nothing left the origin and nothing ran that should not have.
 */
export async function openPage(context) {
  const page = await context.newPage();
  const log = { requests: [], errors: [], dialogs: [], console: [] };
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('console', (message) => {
    if (message.type() === 'error') log.console.push(message.text());
  });
  return { page, log };
}

/**
 * A desk sheet's rows as pasted from a spreadsheet: a header and ten rows, tab-separated
 * or, with `pipes`, in a pipe table's cells (no separator line). Its lower rows take
 * their subject from a heading more than three paragraphs up.
 */
export function deskSheetRows(pipes = false) {
  return [
    'Indicator\tValue\tSource',
    'Countries with diplomatic relations\t194\tMOFA',
    'Free trade agreements signed\t17\tMOIT',
    'Seaports\t34\tGSO',
    'Airports\t22\tGSO',
    'Provinces\t34\tGSO',
    'Partner economies under FTAs\t55\tMOIT',
    'Free trade agreements signed\t16\tMOIT',
    'Countries with diplomatic relations\t190\tMOFA',
    'Universities\t240\tGSO',
  ].map((row) => (pipes ? `| ${row.split('\t').join(' | ')} |` : row));
}

export const seed = (name) => readFileSync(join(FIXTURES, name), 'utf8');

/** Seed 000 with two figures altered: a wrong trade figure and a stale investor rank. */
export function alteredSeed() {
  const original = seed('seed-000-en.txt');
  const altered = original
    .replace('48.18 billion USD', '52.5 billion USD')
    .replace('third largest investor', 'second largest investor');
  if (altered.split('52.5 billion USD').length !== 2 || !altered.includes('second largest investor')) {
    throw new Error('the seed article no longer contains the figures this test alters');
  }
  return { original, altered };
}

/** Waits for the <claim-check> to report on exactly `text` (null: any text); returns the report. */
export async function reportFor(page, text, { selector = 'claim-check', asOf } = {}) {
  const handle = await page.waitForFunction(([sel, expected, date]) => {
    const element = document.querySelector(sel);
    const report = element?.report;
    if (!report || (expected !== null && element.checkedText !== expected)) return null;
    if (date && report.as_of !== date) return null;
    return report;
  }, [selector, text, asOf], { timeout: 15_000 });
  return handle.jsonValue();
}

/** A claim of the report whose text is `text` (and, if given, whose start is `after` or later). */
export function claimNamed(report, text, after = 0) {
  const claim = report.claims.find((c) => c.text.includes(text) && c.start >= after);
  if (!claim) throw new Error(`no claim "${text}" in the report: ${report.claims.map((c) => `${c.text} (${c.verdict})`).join(', ')}`);
  return claim;
}

/** Resolves after the page has rendered `n` more frames. */
export function frames(page, n = 2) {
  return page.evaluate((count) => new Promise((resolve) => {
    const step = (left) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  }), n);
}

/**
 * The bounding box of a highlight once it has stopped moving (highlights are laid out
 * in the frame after a change: an edit, a resize or a scroll).
 */
export async function settledBox(locator) {
  let last = null;
  for (let i = 0; i < 60; i++) {
    const box = await locator.boundingBox({ timeout: 1000 }).catch(() => null);
    if (box && last && box.x === last.x && box.y === last.y && box.width === last.width && box.height === last.height) return box;
    last = box;
    await frames(locator.page(), 1);
  }
  throw new Error(`${locator} did not settle: ${JSON.stringify(last)}`);
}
