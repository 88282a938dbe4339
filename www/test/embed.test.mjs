// End-to-end tests of the embed (embed-demo.html): <claim-check for=".ql-editor">
// on a real Quill 2 editor. Typing, undo and selection must keep working, the host
// gets the report as an event, and its Publish button follows the discrepancies.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WWW, alteredSeed, claimNamed, openPage, settledBox, useBrowser } from '../test-lib/harness.mjs';

const ns = await import('../pkg/claimcheck.js');
ns.initSync({ module: readFileSync(join(WWW, 'pkg', 'claimcheck_bg.wasm')) });

let page;
let log;

// The paragraph of seed 000 with the figures, the trade figure altered.
const { original } = alteredSeed();
const paragraph = original.split('\n').find((line) => line.includes('48.18 billion USD'));
const wrong = paragraph.replace('48.18 billion USD', '52.5 billion USD');

const env = useBrowser({}, async () => {
  const context = await env.browser.newContext({ viewport: { width: 1300, height: 900 } });
  ({ page, log } = await openPage(context));
  await page.goto(new URL('embed-demo.html', env.server.url).href);
  await page.waitForFunction(() => window.quill && document.querySelector('claim-check').target);
  await page.evaluate((asOf) => {
    document.querySelector('claim-check').setAttribute('as-of', asOf);
    window.__reports = [];
    document.querySelector('claim-check').addEventListener('claimcheck:report', (e) => window.__reports.push(e.detail));
  }, '2025-11-25');
});

const quillText = () => page.evaluate(() => window.quill.getText());
/** The report once the element has checked Quill's current text. */
const current = () => page.waitForFunction(() => {
  const el = document.querySelector('claim-check');
  return el.report && el.checkedText === window.quill.getText() ? el.report : null;
}, null, { timeout: 15_000 }).then((h) => h.jsonValue());
const editorHtml = () => page.evaluate(() => document.querySelector('.ql-editor').innerHTML);

describe('the embed demo (Quill)', () => {
  test('typing in Quill is checked: highlights, findings and the event; Publish is disabled', async () => {
    await page.click('.ql-editor');
    await page.keyboard.insertText(wrong);
    await page.keyboard.type(' Thanks.'); // real keystrokes still land in Quill
    assert.equal(await quillText(), `${wrong} Thanks.\n`);
    const report = await current();
    const latest = await page.evaluate(() => window.__reports.at(-1));
    assert.deepEqual(latest, report, 'the last event carried the current report');
    const trade = claimNamed(latest, '52.5 billion USD');
    assert.equal(trade.verdict, 'discrepancy');
    assert.ok(report.claims.length > 0);

    // Highlights drawn over the editor, none inside its DOM.
    const box = page.locator(`claim-check .hl.v-discrepancy[data-key="${trade.start}:${trade.end}"]`).first();
    await box.waitFor();
    const [b, editor] = await Promise.all([settledBox(box), page.locator('.ql-editor').boundingBox()]);
    assert.ok(b.x >= editor.x && b.x + b.width <= editor.x + editor.width + 1 && b.y >= editor.y && b.y + b.height <= editor.y + editor.height + 1, `highlight ${JSON.stringify(b)} in editor ${JSON.stringify(editor)}`);
    const under = await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const pos = document.caretPositionFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return pos ? pos.offsetNode.textContent.slice(Math.max(0, pos.offset - 6), pos.offset + 6) : '';
    });
    assert.ok(/52\.5|billion|USD/.test(under), `text under the highlight: ${under}`);
    assert.equal(await page.locator('.ql-editor .hl, .ql-editor claim-check, .ql-editor mark').count(), 0);
    assert.ok(!(await editorHtml()).includes('hl'), 'the editor DOM was not touched');

    assert.equal(await page.locator('claim-check li.finding[data-verdict="discrepancy"]').count(), latest.summary.discrepancy);
    assert.equal(await page.isDisabled('#publish'), true);
    assert.match(await page.locator('#publish-status').innerText(), /blocked/);
  });

  test('Apply edits Quill like typing: Publish enables, and Quill undo brings the figure back', async () => {
    const report = await page.evaluate(() => document.querySelector('claim-check').report);
    const trade = claimNamed(report, '52.5 billion USD');
    // Quill merges edits less than a second apart into one undo step: end the typing's.
    await page.evaluate(() => window.quill.history.cutoff());
    await page.locator(`claim-check li.finding[data-index="${report.claims.indexOf(trade)}"] .apply`).click();
    await page.waitForFunction(() => window.quill.getText().includes('48.18 billion USD'));
    assert.equal(await quillText(), `${paragraph} Thanks.\n`);
    await page.waitForFunction(() => !document.querySelector('#publish').disabled);
    const fixed = await current();
    assert.equal(claimNamed(fixed, '48.18 billion USD').verdict, 'consistent');
    assert.equal(fixed.summary.discrepancy, 0);

    // Quill's own history recorded the edit: Ctrl+Z in the editor takes it back.
    assert.equal(await page.evaluate(() => document.activeElement === window.quill.root), true);
    await page.keyboard.press('Control+z');
    assert.equal(await quillText(), `${wrong} Thanks.\n`);
    await page.waitForFunction(() => document.querySelector('#publish').disabled);
  });

  test('selecting a finding selects its span in Quill; typing replaces it', async () => {
    const report = await current();
    const trade = claimNamed(report, '52.5 billion USD');
    await page.locator(`claim-check li.finding[data-index="${report.claims.indexOf(trade)}"] .show`).click();
    const selection = await page.evaluate(() => window.quill.getSelection());
    assert.deepEqual(selection, { index: trade.start, length: trade.end - trade.start });
    await page.keyboard.type('48.18 billion USD');
    assert.equal(await quillText(), `${paragraph} Thanks.\n`);
    await page.waitForFunction(() => !document.querySelector('#publish').disabled);
  });

  test('pasted markup stays text in the editor and runs nothing', async () => {
    await page.evaluate(() => window.quill.setText(''));
    await page.click('.ql-editor');
    const hostile = '<img src=x onerror=alert(1)> <script>window.__x=1</script> Japan and Vietnam: two-way trade of 52.5 billion USD';
    await page.keyboard.insertText(hostile);
    // The checker saw the markup as text and still found the figure in it.
    const report = await current();
    assert.equal(await quillText(), `${hostile}\n`);
    assert.equal(claimNamed(report, '52.5 billion USD').verdict, 'discrepancy');
    await page.locator('claim-check li.finding[data-verdict="discrepancy"]').first().waitFor();
    assert.match(await editorHtml(), /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.equal(await page.evaluate(() => window.__x), undefined);
    assert.equal(await page.locator('.ql-editor img, claim-check img').count(), 0);
    assert.deepEqual(log.dialogs, []);
  });

  test('Alt+Shift+N from a caret in an empty line goes to the next finding after it, not the first', async () => {
    // Its own draft: two paragraphs with findings, an empty line between them.
    const second = "Japan is now Vietnam's second largest investor.";
    await page.evaluate((t) => window.quill.setText(t), `${wrong}\n\n${second}\n`);
    const report = await current();
    const spans = report.claims.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start);
    const empty = wrong.length + 1;
    assert.ok(spans.some((c) => c.start < empty) && spans.some((c) => c.start > empty), 'findings on both sides of the empty line');
    const next = spans.find((c) => c.start >= empty);
    // The caret in the empty line: Chromium puts it between the paragraph's children,
    // not in a text node.
    await page.evaluate((i) => window.quill.setSelection(i, 0), empty);
    assert.equal(await page.evaluate(() => document.getSelection().getRangeAt(0).startContainer.nodeType), 1);
    await page.keyboard.press('Alt+Shift+KeyN');
    const key = () => page.locator('claim-check').evaluate((el) => el.shadowRoot.activeElement?.dataset.key ?? null);
    assert.equal(await key(), `${next.start}:${next.end}`);
    // And Alt+Shift+P from there, back in the editor at the empty line, the last one before it.
    await page.keyboard.press('Escape');
    await page.evaluate((i) => window.quill.setSelection(i, 0), empty);
    await page.keyboard.press('Alt+Shift+KeyP');
    const previous = spans.filter((c) => c.start < empty).at(-1);
    assert.equal(await key(), `${previous.start}:${previous.end}`);
  });

  test('a tab-separated table pasted into Quill: after a row is typed in, the findings equal a whole check', async () => {
    // Its own draft: a heading, then ten rows whose lower ones take their subject from it.
    const rows = ['Indicator\tValue\tSource', 'Countries with diplomatic relations\t194\tMOFA',
      'Free trade agreements signed\t17\tMOIT', 'Seaports\t34\tGSO', 'Airports\t22\tGSO', 'Provinces\t34\tGSO',
      'Partner economies under FTAs\t55\tMOIT', 'Free trade agreements signed\t16\tMOIT',
      'Countries with diplomatic relations\t190\tMOFA', 'Universities\t240\tGSO'];
    await page.evaluate((t) => window.quill.setText(t), ['Vietnam at a glance', ...rows, 'Compiled by the desk.'].join('\n'));
    const first = await current();
    assert.equal(claimNamed(first, '55').verdict, 'discrepancy');
    const at = (await quillText()).indexOf('22') + 2;
    await page.evaluate((i) => { window.quill.setSelection(i, 0); }, at);
    await page.keyboard.type('3');
    const text = await quillText();
    assert.ok(text.includes('Airports\t223\tGSO'), JSON.stringify(text));
    const got = await current();
    const checker = new ns.Checker({});
    const want = checker.check(text, { asOf: '2025-11-25' });
    checker.free();
    const brief = (r) => r.claims.map((c) => `${c.start}-${c.end} ${c.text} ${c.verdict} ${c.fact?.id ?? ''}`);
    assert.equal(claimNamed(want, '55').verdict, 'discrepancy');
    assert.deepEqual(brief(got), brief(want));
  });

  test('no request left the origin and Quill ran under the CSP without errors', () => {
    assert.ok(log.requests.some((u) => u.endsWith('/vendor/quill/quill.js')));
    const outside = log.requests.filter((u) => !u.startsWith(`${env.server.origin}/`) && !u.startsWith('data:'));
    assert.deepEqual(outside, []);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console.filter((m) => /Content Security Policy|Refused/.test(m)), []);
  });
});
