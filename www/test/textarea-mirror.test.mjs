// The textarea adapter's mirror (lines in groups, updated per edit) always holds
// exactly the textarea's text, line for line, after hundreds of random edits. (That
// highlights sit on their words is page.test.mjs's.)

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, openPage, startServer } from '../test-lib/harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('after 400 random edits the mirror holds the text, line for line', async () => {
  const { page } = await openPage(await browser.newContext());
  await page.goto(new URL('test-lib/fixtures/trap.html', server.url).href);
  await page.waitForFunction(() => document.querySelector('claim-check').adapter);
  const bad = await page.evaluate(() => {
    const a = document.querySelector('claim-check').adapter;
    let x = 3;
    const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let text = '';
    for (let i = 0; i < 400; i++) {
      const at = Math.floor(rnd() * (text.length + 1));
      const del = Math.floor(rnd() * rnd() * 400);
      let ins = '';
      const n = Math.floor(rnd() * 300);
      for (let k = 0; k < n; k++) ins += rnd() < 0.1 ? '\n' : 'ab '[Math.floor(rnd() * 3)];
      text = text.slice(0, at) + ins + text.slice(at + del);
      a.setText(text);
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
