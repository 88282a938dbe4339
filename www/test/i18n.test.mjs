// The reader's language: the element's words, legend and messages, and the page's
// text, in en, nl and vi, from the data in i18n/*.json. They follow the draft's
// language by default; the Language setting (the element's `ui-lang`) overrides it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WWW, claimNamed, openPage, reportFor, seed, useBrowser } from '../test-lib/harness.mjs';

const AS_OF = '2025-11-25';
const catalog = (lang) => JSON.parse(readFileSync(join(WWW, 'i18n', `${lang}.json`), 'utf8'));

/** Every key path of a catalog, with the {placeholders} of its string. */
function keys(object, prefix = '') {
  return Object.entries(object).flatMap(([k, v]) => (typeof v === 'object'
    ? keys(v, `${prefix}${k}.`)
    : [`${prefix}${k} ${[...String(v).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',')}`]));
}

test('the three catalogs have the same keys and placeholders', () => {
  const en = keys(catalog('en')).filter((k) => !/^(lang|name) /.test(k));
  for (const lang of ['nl', 'vi']) {
    const other = keys(catalog(lang)).filter((k) => !/^(lang|name) /.test(k));
    assert.deepEqual(other.sort(), en.sort(), lang);
  }
});

test("the page's script carries the same catalogs, packed, its HTML's English words read from the HTML (build-single.mjs)", async () => {
  const { compactCatalogs, htmlWords } = await import('../build-single.mjs');
  const { build } = await import('esbuild');
  const { CATALOGS } = await import('../element/i18n.js');
  const bundled = await build({
    stdin: { contents: "export { CATALOGS, fillCatalog } from './element/i18n.js';", resolveDir: WWW, loader: 'js' },
    bundle: true, format: 'esm', write: false, logLevel: 'silent', plugins: [compactCatalogs],
  });
  const code = bundled.outputFiles[0].text;
  assert.equal(code.match(/summaryNone/g).length, 1, 'each key spelt once, not once per language');
  assert.doesNotMatch(code, /Export Markdown/, "index.html's English words are not in the script");
  assert.match(code, /Exporteer Markdown/, 'the other languages still are');
  const packed = await import(`data:text/javascript,${encodeURIComponent(code)}`);
  // What app.js does first: the English words from the page's HTML.
  packed.fillCatalog('en', htmlWords(readFileSync(join(WWW, 'index.html'), 'utf8')));
  assert.deepStrictEqual(packed.CATALOGS, CATALOGS);
});

const env = useBrowser();

async function fresh() {
  const context = await env.browser.newContext({ viewport: { width: 1360, height: 900 } });
  const { page, log } = await openPage(context);
  await page.goto(env.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.fill('#as-of', AS_OF);
  await page.locator('#as-of').dispatchEvent('change');
  return { page, context, log };
}

test('a Dutch draft gets Dutch words: summary, legend, findings, messages and the page', async () => {
  const { page, context, log } = await fresh();
  const nl = catalog('nl');
  const text = seed('seed-003-nl.txt');
  await page.fill('#draft', text);
  const report = await reportFor(page, text, { asOf: AS_OF });
  assert.equal(report.lang, 'nl');
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  assert.equal(await page.locator('#findings-title').innerText(), nl.page.findings);
  assert.equal(await page.locator('#discard').innerText(), nl.page.discard);
  assert.equal(await page.evaluate(() => document.querySelector('#checker').uiLang), 'nl');
  const summary = await page.locator('claim-check .summary').innerText();
  assert.match(summary, /getallen gecontroleerd/);
  assert.match(await page.locator('claim-check .legend').innerText(), new RegExp(nl.verdict.discrepancy));
  // A finding's message is composed in Dutch from the report's fields.
  const consistent = report.claims.find((c) => c.verdict === 'consistent' && c.fact);
  const item = page.locator(`claim-check li.finding[data-index="${report.claims.indexOf(consistent)}"]`);
  const words = await item.innerText();
  assert.match(words, new RegExp(nl.verdict.consistent, 'i'));
  assert.match(words, /Gedekt door de gegevens/);
  assert.ok(words.includes(consistent.fact.display), words);
  assert.doesNotMatch(words, /Backed by the record/);
  // What the figure is about: the draft's words, and the time in Dutch ("nu", not "now").
  const now = report.claims.find((c) => c.evidence?.time?.label === 'now');
  assert.ok(now, 'a finding whose evidence holds now');
  const about = await page.locator(`claim-check li.finding[data-index="${report.claims.indexOf(now)}"] .evidence`).innerText();
  assert.match(about, new RegExp(` · ${nl.now}$`));
  assert.doesNotMatch(about, /\bnow\b/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the Language setting overrides the draft: an English draft in Vietnamese, then back to auto', async () => {
  const { page, context } = await fresh();
  const vi = catalog('vi');
  const text = seed('seed-000-en.txt').replace('48.18 billion USD', '52.5 billion USD');
  await page.fill('#draft', text);
  const report = await reportFor(page, text, { asOf: AS_OF });
  assert.equal(report.lang, 'en');
  await page.selectOption('#ui-lang', 'vi');
  await page.waitForFunction(() => document.querySelector('#checker').uiLang === 'vi');
  assert.equal(await page.locator('#findings-title').innerText(), vi.page.findings);
  const trade = claimNamed(report, '52.5 billion USD');
  const item = page.locator(`claim-check li.finding[data-index="${report.claims.indexOf(trade)}"]`);
  const words = await item.innerText();
  assert.match(words, new RegExp(vi.verdict.discrepancy, 'i'));
  assert.match(words, /Theo dữ liệu/);
  assert.match(await item.locator('.apply').innerText(), /^Áp dụng/);
  // Kept across a reload, as a setting.
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#checker').uiLang === 'vi');
  assert.equal(await page.inputValue('#ui-lang'), 'vi');
  await page.selectOption('#ui-lang', 'auto');
  await page.waitForFunction(() => document.querySelector('#checker').uiLang === 'en');
  assert.equal(await page.locator('#findings-title').innerText(), 'Findings');
  await context.close();
});

test('in a host page in another language, the element marks its words with their own language', async () => {
  // The embed demo is an English page (html lang="en") with Quill; a Dutch draft turns the
  // element's words Dutch, which a screen reader must read with a Dutch voice (WCAG 3.1.2).
  const context = await env.browser.newContext({ viewport: { width: 1360, height: 900 } });
  const { page, log } = await openPage(context);
  await page.goto(new URL('embed-demo.html', env.server.url).href);
  await page.waitForFunction(() => window.quill && document.querySelector('claim-check').target);
  const langs = () => page.locator('claim-check').evaluate((el) => {
    const root = el.shadowRoot;
    return ['.overlay', '.panel', '.tip'].map((sel) => root.querySelector(sel).lang);
  });
  const text = seed('seed-003-nl.txt');
  await page.evaluate((t) => window.quill.setText(t), text);
  await page.waitForFunction(() => document.querySelector('claim-check').report?.lang === 'nl', null, { timeout: 15_000 });
  await page.waitForFunction(() => document.querySelector('claim-check').uiLang === 'nl');
  assert.deepEqual(await langs(), ['nl', 'nl', 'nl']);
  assert.match(await page.locator('claim-check .summary').innerText(), /getallen gecontroleerd/);
  // The host page's own language is the host's.
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('claim-check').getAttribute('lang'), null);
  // The setting overrides the draft's language, and the marks follow.
  await page.locator('claim-check').evaluate((el) => el.setAttribute('ui-lang', 'vi'));
  await page.waitForFunction(() => document.querySelector('claim-check').uiLang === 'vi');
  assert.deepEqual(await langs(), ['vi', 'vi', 'vi']);
  assert.deepEqual(log.errors, []);
  await context.close();
});
