#!/usr/bin/env node
// Refreshes docs/screenshot.png: the page with seed article 000 pasted, two of its
// figures altered, the findings beside it and one highlight's details shown.
//
//   node screenshot.mjs [OUTPUT]      (default ../docs/screenshot.png; needs pkg/)

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const WWW = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(WWW, '..', 'docs', 'screenshot.png'));
const AS_OF = '2025-11-25';

const seed = readFileSync(join(WWW, 'test-lib', 'fixtures', 'seed-000-en.txt'), 'utf8');
// The article itself, without the site's "See more" links, with two figures altered.
const draft = seed.slice(0, seed.indexOf('\nVNA\n')).trim()
  .replace('48.18 billion USD', '52.5 billion USD')
  .replace('third largest investor', 'second largest investor');

const { server, url } = await serve({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.fill('#as-of', AS_OF);
  await page.locator('#as-of').dispatchEvent('change');
  await page.fill('#draft', draft);
  const report = await page.waitForFunction((text) => {
    const el = document.querySelector('#checker');
    return el.checkedText === text && el.report.as_of === '2025-11-25' ? el.report : null;
  }, draft, { timeout: 15_000 }).then((h) => h.jsonValue());
  const index = report.claims.findIndex((c) => c.verdict === 'discrepancy');
  if (index < 0) throw new Error('the altered draft has no discrepancy to show');
  const claim = report.claims[index];
  // Scroll the draft so the altered paragraph is in view, then show its details.
  await page.evaluate((i) => document.querySelector('#checker').selectClaim(i), index);
  await page.evaluate(([s]) => document.querySelector('#draft').setSelectionRange(s, s), [claim.start]);
  await page.locator(`claim-check li.finding[data-index="${index}"]`).scrollIntoViewIfNeeded();
  const box = page.locator(`claim-check .hl[data-key="${claim.start}:${claim.end}"][tabindex]`);
  const b = await box.boundingBox();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  await page.locator('claim-check .tip').waitFor({ state: 'visible' });
  await page.screenshot({ path: out });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
