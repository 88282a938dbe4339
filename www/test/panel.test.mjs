// The findings panel shows what the report says when the report says it: the
// linker's evidence ("Japan · foreign investors · now"), the reason a figure is
// unverified, and the figure's shape, without requiring any of them; and a long list
// is windowed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser } from '../test-lib/harness.mjs';

let page;
let log;
const env = useBrowser({}, async () => {
  ({ page, log } = await openPage(await env.browser.newContext()));
  await page.goto(new URL('test-lib/fixtures/panel.html', env.server.url).href);
  await page.waitForFunction(() => window.__render);
});

const source = { publication: 'Vietnam News Agency (VNA)', title: null, date: '2025-11-03', url: null };
const claim = (over) => ({
  start: 0, end: 14, text: 'second largest', kind: 'rank', value: 2, unit: null, hedge: 'exact',
  verdict: 'outdated', subject: 'Japan', metric: 'investor rank',
  fact: { id: 'japan.investor_rank', value: 3, unit: null, qualifier: 'exact', display: 'third largest', as_of: '2025-11-03', source },
  message: 'Out of date: the record says third largest for investor rank (Japan) (as of 2025-11-03, Vietnam News Agency (VNA)).',
  suggestion: 'third largest', ...over,
});
const report = (claims) => ({
  as_of: '2025-11-25', lang: 'en', claims,
  summary: { total: claims.length, consistent: 0, discrepancy: 0, outdated: claims.filter((c) => c.verdict === 'outdated').length, unverified: claims.filter((c) => c.verdict === 'unverified').length },
});

test('evidence, reason and shape are shown when the report has them', async () => {
  const withEvidence = claim({
    evidence: { subject: { text: 'Japan', start: 0, end: 5 }, metric: { text: 'foreign investors', start: 20, end: 37 }, time: { text: 'now', start: 40, end: 43, label: 'now' } },
  });
  const unverified = claim({
    start: 20, end: 26, text: '1.4 billion', verdict: 'unverified', fact: null, subject: null, metric: null, suggestion: null,
    message: 'No fact in the table covers "1.4 billion"; check this figure by hand.',
    reason: 'The sentence names no subject the table knows.',
    shape: { type: 'range', low: 1.2, high: 1.4 },
  });
  await page.evaluate((r) => window.__render(r), report([withEvidence, unverified]));
  const items = page.locator('li.finding');
  assert.equal(await items.count(), 2);
  assert.equal(await items.nth(0).locator('.evidence').innerText(), 'Japan · foreign investors · now');
  assert.equal(await items.nth(1).locator('.reason').innerText(), 'The sentence names no subject the table knows.');
  assert.equal(await items.nth(1).locator('.shape').innerText(), 'range 1.2–1.4');
  // In Dutch, the labels and the message are Dutch; the reason is the core's words.
  await page.evaluate((r) => window.__render(r, 'nl'), report([withEvidence, unverified]));
  assert.match(await page.locator('li.finding').nth(1).innerText(), /Waarom[\s\S]*names no subject/);
  assert.match(await page.locator('li.finding').nth(1).locator('.message').innerText(), /^Geen feit in de tabel dekt/);
});

test('without them, nothing is made up', async () => {
  await page.evaluate((r) => window.__render(r), report([claim({})]));
  const item = page.locator('li.finding').first();
  assert.equal(await item.locator('.evidence, .reason, .shape').count(), 0);
  assert.match(await item.innerText(), /third largest/);
});

test('a long list is windowed: a few hundred nodes for 5,000 findings, each reachable', async () => {
  const many = Array.from({ length: 5000 }, (_, i) => claim({ start: i * 20, end: i * 20 + 14, text: `figure ${i}` }));
  await page.evaluate((r) => window.__render(r), report(many));
  const rendered = await page.locator('li.finding').count();
  assert.ok(rendered > 0 && rendered <= 200, `${rendered} rendered`);
  assert.equal(await page.locator('li.finding').first().getAttribute('aria-setsize'), '5000');
  // Scrolling far down renders the findings there.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight * 0.8));
  await page.waitForFunction(() => Number(document.querySelector('li.finding').dataset.index) > 3000);
  assert.deepEqual(log.errors, []);
});
