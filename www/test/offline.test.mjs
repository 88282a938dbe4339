// Offline: after a first visit the service worker serves the page, its code and the
// WebAssembly with the network off, and even with the server stopped.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alteredSeed, claimNamed, openPage, reportFor, useBrowser } from '../test-lib/harness.mjs';

const env = useBrowser();

test('the page loads and checks with the network off and the server gone', async () => {
  const context = await env.browser.newContext();
  const { page, log } = await openPage(context);
  await page.goto(env.server.url);
  await page.evaluate(() => localStorage.clear());
  // Wait until the service worker has installed (precached) and controls the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cached = await page.evaluate(async () => (await (await caches.open('claimcheck-v3')).keys()).map((r) => new URL(r.url).pathname));
  // Every same-origin file the page loaded (its one script bundle, the gzipped wasm,
  // the stylesheet) is precached, so that none is missing offline.
  const loaded = new Set(log.requests.filter((u) => u.startsWith(env.server.origin)).map((u) => new URL(u).pathname));
  for (const path of ['/', '/dist/page.js', '/style.css', '/dist/claimcheck_bg.wasm.gz', ...loaded]) {
    if (path === '/sw.js') continue; // the service worker itself, which the browser keeps
    assert.ok(cached.includes(path), `${path} precached (${cached.join(', ')})`);
  }

  await context.setOffline(true);
  await env.server.stop();
  await page.reload();
  await page.fill('#as-of', '2025-11-25');
  await page.locator('#as-of').dispatchEvent('change');
  const { altered } = alteredSeed();
  await page.fill('#draft', altered);
  const report = await reportFor(page, altered, { asOf: '2025-11-25' });
  assert.equal(claimNamed(report, '52.5 billion USD').verdict, 'discrepancy');
  assert.ok(await page.locator('claim-check li.finding').count() > 0);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(env.server.origin) && !u.startsWith('data:')), []);
  await context.close();
});
