// The browser test every editor page runs (www/test/editors-*.test.mjs call
// `editorSuite`): <claim-check> on a real editor, driven as an editor would drive it.
//
// - A draft is pasted with Ctrl+V from the system clipboard (a real, trusted paste
//   event carrying the clipboard's text/plain).
// - Findings must lie on their words: every highlight box is compared with the client
//   rects of a DOM Range over the claim's words, found in the editor's DOM by this
//   file (not by the element's adapter), within TOLERANCE px.
// - Apply changes the editor's text through the editor, and the editor's own undo
//   (Ctrl+Z) brings the exact text and markup back; nothing else in the host DOM moves.
// - The same geometry check runs after scrolling, at 150% browser zoom, under a CSS
//   transform on a common ancestor, and after the window is resized.
// - axe-core finds no WCAG 2.1 A/AA violation with the findings shown; no request
//   leaves the origin; no error, no CSP violation.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { alteredSeed, claimNamed, frames, openPage, useBrowser } from '../test-lib/harness.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { axeViolations, formatViolations } from '../test-lib/axe.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const TOLERANCE = 2;
const AS_OF = '2025-11-25';

/**
 * name: the folder under www/editors/; title: for messages; editable: selector of the
 * editing root (in the page, or inside `frame`, the selector of the editor's iframe);
 * chrome: selectors of the editor's own UI that follows its state (toolbars, tooltips),
 * left out of the host-DOM comparison; beforeApply(page): what the editor needs to close an undo
 * step (Quill merges edits less than a second apart); allowedCsp(message): a CSP report
 * the editor itself causes and documents (see the editor's test for why).
 */
export function editorSuite({ name, title, editable, frame = null, chrome = [], beforeApply = async () => {}, allowedCsp = () => false }) {
  describe(`<claim-check> on ${title}`, () => {
    let context;
    let page;
    let log;
    let snapshotBefore;
    let htmlBefore;
    const { altered } = alteredSeed();

    const env = useBrowser({}, async () => {
      context = await env.browser.newContext({ viewport: { width: 1280, height: 760 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
      ({ page, log } = await openPage(context));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/.test(message.text())) {
          log.csp = log.csp ?? [];
          log.csp.push({ text: message.text(), url: message.location().url });
        }
      });
      await page.goto(new URL(`editors/${name}/`, env.server.url).href);
      await page.waitForFunction(() => window.editor && document.querySelector('claim-check')?.target, null, { timeout: 20_000 });
      await page.evaluate((asOf) => {
        const checker = document.querySelector('claim-check');
        checker.setAttribute('as-of', asOf);
        // Every node added to the light DOM from now on, to show that the checker adds none.
        window.__added = [];
        new MutationObserver((records) => {
          for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) window.__added.push(n);
        }).observe(document, { childList: true, subtree: true });
      }, AS_OF);
    });

    const ctx = { editable, frame };
    const editorText = () => page.evaluate(() => window.editorText());
    const report = () => page.evaluate(() => document.querySelector('claim-check').report);
    const editableHtml = () => page.evaluate(({ editable: sel, frame: f }) => {
      const doc = f ? document.querySelector(f).contentDocument : document;
      return doc.querySelector(sel).outerHTML;
    }, ctx);

    /**
     * The page's light DOM as markup, with the editing root's content and the editor's
     * own chrome (toolbars whose undo/redo buttons follow the history, tooltips) left
     * out: what the host owns and Claimcheck must never change.
     */
    const hostSnapshot = () => page.evaluate(({ editable: sel, frame: f, chrome: masks }) => {
      const clone = document.documentElement.cloneNode(true);
      const editing = f ? clone.querySelector(f) : clone.querySelector(sel);
      editing?.replaceChildren();
      for (const mask of masks) for (const el of clone.querySelectorAll(mask)) el.replaceWith(document.createComment(mask));
      // Form state is not in the markup: add the values.
      const values = [...document.querySelectorAll('input, textarea, select')].map((el) => `${el.id}=${el.value}`);
      return `${clone.outerHTML}\n${values.join('\n')}`;
    }, { ...ctx, chrome });

    /** The report once it describes the editor's current text and holds `needle`. */
    const settledReport = (needle) => page.waitForFunction(({ needle: n, editable: sel, frame: f }) => {
      const el = document.querySelector('claim-check');
      const r = el.report;
      if (!r || !r.claims.some((c) => c.text.includes(n))) return null;
      // The report is current when its text is the editor's text as the DOM holds it
      // (independent of the adapter): compare with blanks and line breaks squeezed.
      const doc = f ? document.querySelector(f).contentDocument : document;
      const squeeze = (s) => s.replace(/\s+/g, '');
      return squeeze(el.checkedText) === squeeze(doc.querySelector(sel).textContent) ? r : null;
    }, { needle, ...ctx }, { timeout: 20_000 }).then((h) => h.jsonValue());

    /**
     * Brings the claim whose text holds `needle` to the middle of the editing area, and
     * that into the middle of the window, as a reader scrolling to it would.
     */
    const reveal = async (needle) => {
      await page.evaluate(defineClaimRange);
      await page.evaluate(({ needle: n, editable: sel, frame: f }) => {
        const el = document.querySelector('claim-check');
        const claim = el.report.claims.find((c) => c.text.includes(n));
        const frameEl = f ? document.querySelector(f) : null;
        const doc = frameEl ? frameEl.contentDocument : document;
        const root = doc.querySelector(sel);
        const range = window.__claimRange(doc, root, el.checkedText, claim);
        if (frameEl) {
          const win = frameEl.contentWindow;
          win.scrollBy(0, range.getBoundingClientRect().top - win.innerHeight / 2);
        } else {
          // Client px over CSS px: CSS zoom or a transform scales the first, not scrollTop.
          const box = root.getBoundingClientRect();
          const scale = box.height / root.offsetHeight;
          root.scrollTop += (range.getBoundingClientRect().top - box.top) / scale - root.clientHeight / 2;
        }
        let top = range.getBoundingClientRect().top;
        if (frameEl) top += frameEl.getBoundingClientRect().top;
        window.scrollBy(0, top - window.innerHeight / 2);
      }, { needle, ...ctx });
    };

    /**
     * Compares every highlight box with the rects of its words. Claims whose words are
     * outside the visible editing area are skipped (the overlay clips them); returns
     * the number of claims compared.
     */
    async function assertOnWords(label, { mustInclude = [] } = {}) {
      await page.evaluate(defineClaimRange);
      // Wait until the overlay has been laid out against the current geometry.
      let result;
      // The element follows moves without an event (a transform removed) by polling
      // every 250 ms, compared with the box it last placed the highlights for (see
      // test/moves.test.mjs for the race that once made this flaky): wait for the state
      // every assertion below needs, for a few polls on a loaded machine, then judge
      // what is drawn.
      const done = (r) => r.mismatches.length === 0 && r.compared.length >= 2 &&
        mustInclude.every((t) => r.compared.some((c) => c.text.includes(t)));
      const until = Date.now() + 5000;
      while (Date.now() < until) {
        await frames(page, 2);
        result = await page.evaluate(measure, ctx);
        if (done(result)) break;
      }
      const summary = JSON.stringify({ compared: result.compared.map((c) => c.text), mismatches: result.mismatches }, null, 1);
      assert.deepEqual(result.mismatches, [], `${label}: highlights off their words: ${summary}`);
      assert.ok(result.compared.length >= 2, `${label}: only ${result.compared.length} claims visible to compare: ${summary}`);
      for (const t of mustInclude) {
        assert.ok(result.compared.some((c) => c.text.includes(t)), `${label}: "${t}" was not compared: ${summary}`);
      }
      return result.compared.length;
    }

    test('a pasted draft (Ctrl+V) is checked, and every finding lies on its words', async () => {
      await (frame ? page.frameLocator(frame).locator(editable) : page.locator(editable)).click();
      await page.evaluate((text) => navigator.clipboard.writeText(text), altered);
      await page.keyboard.press('Control+V');
      const r = await settledReport('52.5 billion USD');
      assert.equal(claimNamed(r, '52.5 billion USD').verdict, 'discrepancy');
      assert.equal(claimNamed(r, 'second largest').verdict, 'outdated');
      assert.ok((await editorText()).includes('52.5 billion USD'), 'the draft is in the editor');
      await page.waitForFunction(() => document.querySelector('.publish').disabled);
      // The paste leaves the caret, and the view, at the end: go back to the top.
      await page.evaluate(({ editable: sel, frame: f }) => {
        if (f) document.querySelector(f).contentWindow.scrollTo(0, 0);
        else document.querySelector(sel).scrollTop = 0;
        window.scrollTo(0, 0);
      }, ctx);
      await assertOnWords('after the paste');
    });

    test('after scrolling the editor and the page, the highlights stay on their words', async () => {
      await reveal('52.5 billion USD');
      await assertOnWords('after scrolling the editor', { mustInclude: ['52.5 billion USD'] });
      const scrolled = await page.evaluate(() => {
        window.scrollBy(0, -40);
        return window.scrollY;
      });
      assert.ok(scrolled > 0, 'the page scrolls');
      await assertOnWords('after scrolling the page', { mustInclude: ['52.5 billion USD'] });
    });

    test("hovering a figure's words shows its details", async () => {
      await reveal('52.5 billion USD');
      await assertOnWords('before hovering', { mustInclude: ['52.5 billion USD'] });
      const point = await page.evaluate(({ editable: sel, frame: f }) => {
        const el = document.querySelector('claim-check');
        const claim = el.report.claims.find((c) => c.text.includes('52.5 billion USD'));
        const frameEl = f ? document.querySelector(f) : null;
        const doc = frameEl ? frameEl.contentDocument : document;
        const r = window.__claimRange(doc, doc.querySelector(sel), el.checkedText, claim).getClientRects()[0];
        const origin = frameEl ? frameEl.getBoundingClientRect() : { left: 0, top: 0 };
        const border = frameEl ? { x: frameEl.clientLeft, y: frameEl.clientTop } : { x: 0, y: 0 };
        return { x: origin.left + border.x + r.left + r.width / 2, y: origin.top + border.y + r.top + r.height / 2 };
      }, ctx);
      await page.mouse.move(point.x, point.y);
      const tip = await page.waitForFunction(() => {
        const t = document.querySelector('claim-check').shadowRoot.querySelector('[role="tooltip"]');
        return t && !t.hidden && t.textContent.includes('52.5 billion USD') ? t.textContent : null;
      }, null, { timeout: 5000 }).then((h) => h.jsonValue());
      assert.match(tip, /48\.18 billion USD/, 'the details show the table figure');
      await page.mouse.move(1, 1);
    });

    test("Apply edits through the editor; its own undo (Ctrl+Z) restores the text; the host DOM is otherwise untouched", async () => {
      const r = await report();
      const trade = claimNamed(r, '52.5 billion USD');
      const textBefore = await editorText();
      htmlBefore = await editableHtml();
      snapshotBefore = await hostSnapshot();
      await beforeApply(page);
      await page.locator(`claim-check li.finding[data-index="${r.claims.indexOf(trade)}"] .apply`).click();
      await page.waitForFunction(() => window.editorText().includes('48.18 billion USD'));
      const textApplied = await editorText();
      assert.equal(textApplied, textBefore.replace('52.5 billion USD', '48.18 billion USD'));
      // The editing root changed only by the edit itself: same markup with the figure replaced.
      assert.equal(await editableHtml(), htmlBefore.replace('52.5 billion USD', '48.18 billion USD'));
      const fixed = await settledReport('48.18 billion USD');
      assert.equal(claimNamed(fixed, '48.18 billion USD').verdict, 'consistent');
      await page.waitForFunction(() => !document.querySelector('.publish').disabled);

      // Focus is back in the editor; the editor's own undo takes the edit back.
      const focused = await page.evaluate(({ editable: sel, frame: f }) => {
        const doc = f ? document.querySelector(f).contentDocument : document;
        return (f ? document.activeElement === document.querySelector(f) : true) && doc.querySelector(sel).contains(doc.activeElement);
      }, ctx);
      assert.ok(focused, 'the editor has the focus after Apply');
      await page.keyboard.press('Control+z');
      await page.waitForFunction((t) => window.editorText() === t, textBefore, { timeout: 5000 })
        .catch(async () => assert.equal(await editorText(), textBefore, 'Ctrl+Z restores the text'));
      assert.equal(await editableHtml(), htmlBefore, 'Ctrl+Z restores the markup');
      await settledReport('52.5 billion USD');
      await page.waitForFunction(() => document.querySelector('.publish').disabled);

      // Nothing of Claimcheck's entered the host's DOM.
      const added = await page.evaluate(() => window.__added
        .filter((n) => n.isConnected && !n.closest('claim-check') && /(^|\s)(hl|claimcheck)/i.test(`${n.className} ${n.id}`))
        .map((n) => n.outerHTML.slice(0, 120)));
      assert.deepEqual(added, []);
      assert.equal(await page.evaluate(() => document.querySelector('claim-check').children.length), 0);
      // The rest of the host page, editor chrome aside, is exactly as before.
      const snapshotAfter = await hostSnapshot();
      assert.deepEqual(tagDiff(snapshotBefore, snapshotAfter), [], 'the host DOM outside the editing area is unchanged');
    });

    test('keyboard: Alt+Shift+N from the caret reaches the figure; Escape puts the caret back after it; Enter applies', async () => {
      await settledReport('52.5 billion USD');
      await reveal('52.5 billion USD');
      await assertOnWords('before the keyboard test', { mustInclude: ['52.5 billion USD'] });
      // The caret a few characters before the figure, put there as a click would.
      const key = await page.evaluate(({ editable: sel, frame: f }) => {
        const el = document.querySelector('claim-check');
        const claim = el.report.claims.find((c) => c.text.includes('52.5 billion USD'));
        const frameEl = f ? document.querySelector(f) : null;
        const doc = frameEl ? frameEl.contentDocument : document;
        const root = doc.querySelector(sel);
        const range = window.__claimRange(doc, root, el.checkedText, claim);
        root.focus();
        const caret = doc.createRange();
        caret.setStart(range.startContainer, Math.max(0, range.startOffset - 3));
        doc.getSelection().removeAllRanges();
        doc.getSelection().addRange(caret);
        return `${claim.start}:${claim.end}`;
      }, ctx);
      await frames(page, 2);
      await page.keyboard.press('Alt+Shift+N');
      await page.waitForFunction((k) => document.querySelector('claim-check').shadowRoot.activeElement?.dataset.key === k, key, { timeout: 5000 });
      await page.keyboard.press('Escape');
      // Focus is back in the editor, and what is typed lands right after the figure.
      await page.keyboard.type('!');
      await page.waitForFunction(() => window.editorText().includes('52.5 billion USD!'), null, { timeout: 5000 });
      await page.keyboard.press('Backspace');
      await page.waitForFunction(() => !window.editorText().includes('52.5 billion USD!'));
      await settledReport('52.5 billion USD');

      // Back on the figure (the caret is after it: the previous finding), Enter applies its
      // suggestion through the editor, whose undo takes it back.
      const textBefore = await editorText();
      await beforeApply(page);
      await page.keyboard.press('Alt+Shift+P');
      await page.waitForFunction((k) => document.querySelector('claim-check').shadowRoot.activeElement?.dataset.key === k, key, { timeout: 5000 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.editorText().includes('48.18 billion USD'), null, { timeout: 5000 });
      assert.equal(await editorText(), textBefore.replace('52.5 billion USD', '48.18 billion USD'));
      await page.keyboard.press('Control+z');
      await page.waitForFunction((t) => window.editorText() === t, textBefore, { timeout: 5000 })
        .catch(async () => assert.equal(await editorText(), textBefore, 'Ctrl+Z after Enter restores the text'));
      await settledReport('52.5 billion USD');
    });

    test('after the window is resized, the highlights follow the rewrapped text', async () => {
      await reveal('52.5 billion USD');
      await assertOnWords('before resizing', { mustInclude: ['52.5 billion USD'] });
      await page.setViewportSize({ width: 1000, height: 700 });
      await assertOnWords('after resizing to 1000x700');
      await reveal('52.5 billion USD');
      await assertOnWords('after resizing to 1000x700, scrolled', { mustInclude: ['52.5 billion USD'] });
      await page.setViewportSize({ width: 1280, height: 760 });
      await assertOnWords('after resizing back');
    });

    test('at 150% browser zoom the highlights stay on their words', async () => {
      // Browser zoom: 1.5 device pixels per CSS pixel and a viewport 1.5 times smaller
      // in CSS pixels, as Ctrl+Plus to 150% gives on a 1280x760 window.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 853, height: 507, deviceScaleFactor: 1.5, mobile: false });
      try {
        assert.equal(await page.evaluate(() => window.devicePixelRatio), 1.5);
        await reveal('52.5 billion USD');
        await assertOnWords('at 150% zoom', { mustInclude: ['52.5 billion USD'] });
      } finally {
        await cdp.send('Emulation.clearDeviceMetricsOverride');
        await page.setViewportSize({ width: 1280, height: 760 });
      }
      // CSS zoom on the story and the checker (what a CMS's own "zoom" control sets).
      await page.evaluate(() => { document.querySelector('main').style.zoom = '1.5'; });
      try {
        await reveal('52.5 billion USD');
        await assertOnWords('under CSS zoom 1.5', { mustInclude: ['52.5 billion USD'] });
      } finally {
        await page.evaluate(() => { document.querySelector('main').style.zoom = ''; });
      }
    });

    test('under a CSS transform on an ancestor the highlights stay on their words', async () => {
      await page.evaluate(() => { document.querySelector('main').style.transform = 'translate(24px, 16px) scale(0.9)'; });
      try {
        await reveal('52.5 billion USD');
        await assertOnWords('under transform: translate(24px, 16px) scale(0.9)', { mustInclude: ['52.5 billion USD'] });
      } finally {
        await page.evaluate(() => { document.querySelector('main').style.transform = ''; });
      }
      await assertOnWords('with the transform removed');
    });

    test('axe-core: no WCAG 2.1 A/AA violation with the findings shown', async () => {
      const r = await report();
      assert.ok(r.claims.length > 0);
      assert.ok(await page.locator('claim-check li.finding').count() > 0, 'findings are shown');
      // axe checks a frame's content only when it runs in that frame too (TinyMCE's).
      for (const f of page.frames()) if (f !== page.mainFrame()) await f.evaluate(`${AXE}\n;0`);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], formatViolations(violations));
    });

    test('no request left the origin; no error; no CSP violation', () => {
      assert.ok(log.requests.length > 0);
      const outside = log.requests.filter((u) => !u.startsWith(`${env.server.origin}/`) && !u.startsWith('data:'));
      assert.deepEqual(outside, []);
      assert.deepEqual(log.errors, []);
      const csp = (log.csp ?? []).filter((m) => !allowedCsp(m));
      assert.deepEqual(csp, []);
      assert.deepEqual(log.console.filter((m) => !/Content Security Policy/.test(m)), []);
    });
  });
}

/** The tags that differ between two markups (a short, readable diff for assertions). */
function tagDiff(a, b) {
  const split = (s) => s.split(/(?=<)/);
  const x = split(a);
  const y = split(b);
  const out = [];
  for (let i = 0; i < Math.max(x.length, y.length) && out.length < 6; i++) {
    if (x[i] !== y[i]) out.push({ before: x[i]?.slice(0, 200), after: y[i]?.slice(0, 200) });
  }
  return out;
}

// --- in the page ---------------------------------------------------------------------

/**
 * Defines window.__claimRange(doc, root, checkedText, claim): a DOM Range over the
 * claim's words, found by this test on its own: the claim's text, at the same
 * occurrence (counted in the checked text) among the root's text nodes.
 */
export function defineClaimRange() {
  window.__claimRange = (doc, root, checkedText, claim) => {
    let k = 0;
    for (let i = checkedText.indexOf(claim.text); i >= 0 && i < claim.start; i = checkedText.indexOf(claim.text, i + 1)) k++;
    const nodes = [];
    let all = '';
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ n, at: all.length });
      all += n.data;
    }
    let at = -1;
    for (let j = 0; j < k; j++) at = all.indexOf(claim.text, at + 1);
    at = all.indexOf(claim.text, at + 1);
    if (at < 0) return null;
    const locate = (offset, end) => {
      let best = nodes[0];
      for (const e of nodes) if (e.at < offset || (!end && e.at === offset)) best = e;
      return [best.n, offset - best.at];
    };
    const range = doc.createRange();
    range.setStart(...locate(at, false));
    range.setEnd(...locate(at + claim.text.length, true));
    return range;
  };
}

/** In the page: compares the highlight boxes with the words' rects (see assertOnWords). */
export function measure({ editable: sel, frame: f }) {
  const TOL = 2;
  const el = document.querySelector('claim-check');
  const report = el.report;
  const text = el.checkedText;
  const frameEl = f ? document.querySelector(f) : null;
  const doc = frameEl ? frameEl.contentDocument : document;
  const root = doc.querySelector(sel);
  // From the iframe's viewport to the page's: its content box, scaled by any transform
  // and zoom between the two (content width in page px / the frame's own CSS px).
  let map = (r) => ({ left: r.left, top: r.top, width: r.width, height: r.height });
  let visible;
  if (frameEl) {
    const box = frameEl.getBoundingClientRect();
    const cs = getComputedStyle(frameEl);
    const sx = box.width / frameEl.offsetWidth;
    const left = box.left + (frameEl.clientLeft + parseFloat(cs.paddingLeft)) * sx;
    const top = box.top + (frameEl.clientTop + parseFloat(cs.paddingTop)) * sx;
    const k = (frameEl.clientWidth * sx - (parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight)) * sx) / frameEl.contentWindow.innerWidth;
    map = (r) => ({ left: left + r.left * k, top: top + r.top * k, width: r.width * k, height: r.height * k });
    visible = { left, top, right: left + frameEl.contentWindow.innerWidth * k, bottom: top + frameEl.contentWindow.innerHeight * k };
  } else {
    const b = root.getBoundingClientRect();
    visible = { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  }
  visible = {
    left: Math.max(visible.left, 0), top: Math.max(visible.top, 0),
    right: Math.min(visible.right, window.innerWidth), bottom: Math.min(visible.bottom, window.innerHeight),
  };
  const compared = [];
  const mismatches = [];
  const seen = new Set();
  for (const claim of report.claims) {
    const key = `${claim.start}:${claim.end}`;
    if (seen.has(key) || claim.end <= claim.start) continue;
    seen.add(key);
    const range = window.__claimRange(doc, root, text, claim);
    if (!range) {
      mismatches.push({ text: claim.text, problem: 'words not found in the editor DOM' });
      continue;
    }
    const words = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5).map(map);
    const inside = words.length > 0 && words.every((r) => r.left >= visible.left - 1 && r.left + r.width <= visible.right + 1 &&
      r.top >= visible.top - 1 && r.top + r.height <= visible.bottom + 1);
    if (!inside) continue;
    const boxes = [...el.shadowRoot.querySelectorAll(`.hl[data-key="${key}"]`)].map((b) => b.getBoundingClientRect());
    const round = (r) => ({ left: +r.left.toFixed(1), top: +r.top.toFixed(1), width: +r.width.toFixed(1), height: +r.height.toFixed(1) });
    const same = boxes.length === words.length && boxes.every((b, i) => {
      const w = words[i];
      return Math.abs(b.left - w.left) <= TOL && Math.abs(b.top - w.top) <= TOL &&
        Math.abs(b.width - w.width) <= TOL && Math.abs(b.height - w.height) <= TOL;
    });
    compared.push({ text: claim.text });
    if (!same) mismatches.push({ text: claim.text, words: words.map(round), boxes: boxes.map(round) });
  }
  return { compared, mismatches };
}
