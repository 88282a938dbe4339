// The textarea adapter's mirror (lines in groups, updated per edit) always holds
// exactly the textarea's text, line for line, after hundreds of random edits. (That
// highlights sit on their words is page.test.mjs's.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser } from '../test-lib/harness.mjs';

const env = useBrowser();

test('after 400 random edits, large pastes among them, the mirror holds the text, line for line', async () => {
  const { page } = await openPage(await env.browser.newContext());
  await page.goto(new URL('test-lib/fixtures/trap.html', env.server.url).href);
  await page.waitForFunction(() => document.querySelector('claim-check').adapter);
  const bad = await page.evaluate(() => {
    const a = document.querySelector('claim-check').adapter;
    let x = 3;
    const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let text = '';
    for (let i = 0; i < 400; i++) {
      const at = Math.floor(rnd() * (text.length + 1));
      // (Long texts are cut back so the run stays quick.)
      const del = text.length > 200000 ? 100000 : Math.floor(rnd() * rnd() * 400);
      let ins = '';
      // Now and then a paste larger than a frame's chunk, laid in over several builds.
      const n = rnd() < 0.05 ? 70000 + Math.floor(rnd() * 90000) : Math.floor(rnd() * 300);
      for (let k = 0; k < n; k++) ins += rnd() < 0.1 ? '\n' : 'ab '[Math.floor(rnd() * 3)];
      text = text.slice(0, at) + ins + text.slice(at + del);
      a.setText(text);
      if (rnd() < 0.5) a.build(Infinity); // else: check a half-built mirror's model, then finish it
      else {
        const ok = a.lines.every((line, k) => (k < a.groups.slice(0, a.built).reduce((s, g) => s + g.count, 0)) === !!line.node);
        if (!ok) return { i, prefix: false };
        a.build(Infinity);
      }
      const got = [...a.mirror.querySelectorAll(':scope > div > div')].map((d) => d.textContent.replace(/\u200b$/, '')).join('\n');
      if (got !== text) return { i, got, text };
      for (const [k, line] of a.lines.entries()) {
        const next = a.lines[k + 1];
        if (line.node.data !== text.slice(line.start, next ? next.start - 1 : text.length)) return { i, k };
      }
      if (a.groups.reduce((sum, g) => sum + g.count, 0) !== a.lines.length) return { i, groups: a.groups.length };
    }
    return null;
  });
  assert.equal(bad, null, JSON.stringify(bad));
});

test('visibleRange() covers exactly the lines the textarea shows, wherever it is scrolled', async () => {
  const { page } = await openPage(await env.browser.newContext());
  await page.goto(new URL('test-lib/fixtures/trap.html', env.server.url).href);
  await page.waitForFunction(() => document.querySelector('claim-check').adapter);
  const bad = await page.evaluate(async () => {
    const ta = document.querySelector('#draft');
    const a = document.querySelector('claim-check').adapter;
    // Long wrapped paragraphs, short lines and empty lines.
    const lines = [];
    for (let i = 0; i < 3000; i++) lines.push(i % 7 === 0 ? '' : i % 5 === 0 ? `line ${i} `.repeat(60) : `line ${i}`);
    const text = lines.join('\n');
    ta.value = text;
    a.measure();
    a.build(Infinity);
    // The textarea's own answer (hit-testing it) at its top-left and bottom-right corners.
    const offsetAt = (x, y) => {
      const pos = document.caretPositionFromPoint(x, y);
      return pos?.offsetNode === ta ? pos.offset : null;
    };
    const lineStart = (k) => (k > 0 ? text.lastIndexOf('\n', k - 1) + 1 : 0);
    const lineEnd = (k) => (text.indexOf('\n', k) + 1 || text.length + 1) - 1;
    const out = [];
    for (const top of [0, 1234, 20000, ta.scrollHeight / 2, ta.scrollHeight]) {
      ta.scrollTop = top;
      const r = ta.getBoundingClientRect();
      const first = offsetAt(r.left + ta.clientLeft + 1, r.top + ta.clientTop + 1);
      const last = offsetAt(r.left + ta.clientLeft + ta.clientWidth - 2, r.top + ta.clientTop + ta.clientHeight - 2);
      const [from, to] = a.visibleRange();
      // Everything shown is inside; nothing more than whole lines around it.
      if (!(from <= first && to >= last && from >= lineStart(first) && to <= lineEnd(last))) out.push({ top: ta.scrollTop, first, last, from, to });
    }
    return out;
  });
  assert.deepEqual(bad, []);
});
