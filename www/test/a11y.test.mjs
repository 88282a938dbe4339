// Accessibility of the page with findings shown: axe-core finds no WCAG 2.1 A/AA
// violation (with the tooltip open too), the counts per verdict are announced
// politely, every verdict's underline differs in shape and meets AA contrast.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alteredSeed, openPage, reportFor, useBrowser } from '../test-lib/harness.mjs';
import { axeViolations, formatViolations } from '../test-lib/axe.mjs';

const AS_OF = '2025-11-25';

const env = useBrowser();

async function pageWithFindings(lang) {
  const context = await env.browser.newContext({ viewport: { width: 1360, height: 900 } });
  const { page } = await openPage(context);
  await page.goto(env.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  if (lang) await page.locator('#checker').evaluate((el, l) => el.setAttribute('ui-lang', l), lang);
  await page.fill('#as-of', AS_OF);
  await page.locator('#as-of').dispatchEvent('change');
  const { altered } = alteredSeed();
  await page.fill('#draft', altered);
  const report = await reportFor(page, altered, { asOf: AS_OF });
  await page.locator('claim-check li.finding').first().waitFor();
  return { page, context, report };
}

for (const lang of [null, 'nl', 'vi']) {
  test(`axe: no WCAG 2.1 A/AA violations with findings shown${lang ? ` (ui-lang ${lang})` : ''}`, async () => {
    const { page, context, report } = await pageWithFindings(lang);
    assert.ok(report.summary.discrepancy >= 1 && report.summary.outdated >= 1);
    let violations = await axeViolations(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    // With a highlight focused and its tooltip open.
    await page.locator('#draft').focus();
    await page.keyboard.press('Tab');
    await page.locator('claim-check .tip').waitFor({ state: 'visible' });
    violations = await axeViolations(page);
    assert.deepEqual(violations, [], formatViolations(violations));
    await context.close();
  });
}

test('the counts per verdict are announced politely, once per change', async () => {
  const { page, context, report } = await pageWithFindings();
  const live = page.locator('claim-check [role="status"][aria-live="polite"]');
  assert.equal(await live.count(), 1);
  const said = await live.textContent();
  assert.match(said, new RegExp(`${report.summary.total} figures checked`));
  assert.match(said, new RegExp(`${report.summary.discrepancy} discrepanc`));
  assert.match(said, new RegExp(`${report.summary.outdated} outdated`));
  assert.match(said, new RegExp(`${report.summary.consistent} consistent`));
  assert.match(said, new RegExp(`${report.summary.unverified} unverified`));
  await context.close();
});

test('underlines differ in shape per verdict, and their colours meet AA contrast on white', async () => {
  const { page, context } = await pageWithFindings();
  const styles = await page.locator('claim-check').evaluate((el) => {
    const out = {};
    for (const v of ['discrepancy', 'outdated', 'unverified', 'consistent']) {
      const swatch = el.shadowRoot.querySelector(`.swatch.v-${v}`);
      const s = getComputedStyle(swatch);
      out[v] = { style: s.borderBottomStyle, width: s.borderBottomWidth, color: s.borderBottomColor };
    }
    return out;
  });
  const shapes = Object.values(styles).map((s) => `${s.style} ${s.width}`);
  assert.equal(new Set(shapes).size, 4, `four different underlines: ${shapes.join(', ')}`);
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).slice(0, 3).map(Number).map((c) => {
      const x = c / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  for (const [verdict, s] of Object.entries(styles)) {
    const ratio = (1 + 0.05) / (luminance(s.color) + 0.05);
    // Non-text contrast (1.4.11) needs 3:1; the underline colours also serve as text (badges): 4.5:1.
    assert.ok(ratio >= 4.5, `${verdict} underline ${s.color}: contrast ${ratio.toFixed(2)} on white`);
  }
  await context.close();
});
