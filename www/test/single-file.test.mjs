// The single-file build (dist/claimcheck.html): built here, opened from file:// with
// no server, it checks a draft with the inlined WebAssembly under its hash-based CSP.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { buildSingle } from '../build-single.mjs';
import { alteredSeed, claimNamed, openPage, reportFor, useBrowser } from '../test-lib/harness.mjs';

let built;
const env = useBrowser({ server: false }, async () => {
  built = await buildSingle();
});

test('the single file has everything inlined and a hash-only CSP', async () => {
  const html = await readFile(built.out, 'utf8');
  assert.doesNotMatch(html, /<script[^>]*\ssrc=/);
  assert.doesNotMatch(html, /<link[^>]*rel="stylesheet"/);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)[1];
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.match(csp, /default-src 'none'/);
});

test('opened from file://, the single file checks a draft and requests nothing', async () => {
  const context = await env.browser.newContext();
  const { page, log } = await openPage(context);
  const url = pathToFileURL(built.out).href;
  await page.goto(url);
  await page.fill('#as-of', '2025-11-25');
  await page.locator('#as-of').dispatchEvent('change');
  const { altered } = alteredSeed();
  await page.fill('#draft', altered);
  const report = await reportFor(page, altered, { asOf: '2025-11-25' });
  assert.equal(claimNamed(report, '52.5 billion USD').verdict, 'discrepancy');
  assert.equal(claimNamed(report, 'second largest').verdict, 'outdated');
  assert.equal(await page.locator('claim-check li.finding').count(), report.claims.length);
  assert.ok(await page.locator('claim-check .hl.v-discrepancy').count() >= 1);
  // Apply works here too.
  const trade = claimNamed(report, '52.5 billion USD');
  await page.locator(`claim-check li.finding[data-index="${report.claims.indexOf(trade)}"] .apply`).click();
  assert.match(await page.inputValue('#draft'), /48\.18 billion USD/);
  // Checks ran in a worker made from the inlined code (a blob: of the page itself).
  assert.equal(await page.evaluate(() => document.querySelector('#checker').inWorker), true);
  // Only the file itself was loaded (data: is the inline favicon, blob: the worker).
  assert.deepEqual(log.requests.filter((u) => u !== url && !u.startsWith('data:') && !u.startsWith('blob:null/')), []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console.filter((m) => /Content Security Policy|Refused/.test(m)), []);
  assert.equal(await page.locator('a[href="embed-demo.html"]').isHidden(), true);
  await context.close();
});
