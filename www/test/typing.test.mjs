// Typing in a long draft (issue 13, "never block typing"): what the element sends to
// its worker, what it does with an answer that comes too late, what it redraws after
// an edit, and that the windowed findings list still lets the keyboard reach every
// finding. (How fast this is, is measured by bench-typing.mjs, not asserted here.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WWW, alteredSeed, claimNamed, deskSheetRows, openPage, reportFor, useBrowser } from '../test-lib/harness.mjs';

const ns = await import('../pkg/claimcheck.js');
ns.initSync({ module: readFileSync(join(WWW, 'pkg', 'claimcheck_bg.wasm')) });

const AS_OF = '2025-11-25';

const env = useBrowser();

/** The page with `draft` pasted and checked; records what goes to and comes from the worker. */
async function pageWith(draft) {
  const context = await env.browser.newContext({ viewport: { width: 1360, height: 900 } });
  await context.addInitScript(() => {
    window.__posted = [];
    window.__answers = [];
    window.__parts = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, transfer) {
      window.__posted.push({ type: message?.type, chars: (message?.insert ?? message?.text ?? '').length });
      if (!this.__heard) {
        this.__heard = true;
        this.addEventListener('message', (event) => {
          if (event.data?.part) window.__parts++;
          // (A check's answer; the facts' answer is an array, whose .splice is Array's.)
          const splice = event.data?.result?.splice;
          if (splice?.starts) window.__answers.push({ insert: splice.insert.length, paragraphs: splice.starts.length });
        });
      }
      return post.call(this, message, transfer);
    };
  });
  const { page, log } = await openPage(context);
  await page.goto(env.server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.fill('#as-of', AS_OF);
  await page.locator('#as-of').dispatchEvent('change');
  await page.fill('#draft', draft);
  const report = await reportFor(page, draft, { asOf: AS_OF });
  await settled(page);
  return { page, context, log, report };
}

/** Two animation frames: the highlights and the list are drawn. */
const settled = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

test('a keystroke sends the worker the character typed, not the draft, and gets back the paragraphs that changed', async () => {
  const { altered } = alteredSeed();
  const draft = Array(12).fill(altered).join('\n');
  const { page, context, report } = await pageWith(draft);
  // The first check's findings came in parts (many paragraphs), put back together in order.
  assert.ok(await page.evaluate(() => window.__parts) >= 2);
  const brief = (r) => r.claims.map((c) => `${c.start}-${c.end} ${c.text} ${c.verdict} ${c.fact?.id ?? ''}`);
  assert.deepEqual(brief(report), brief(new ns.Checker({}).check(draft, { asOf: AS_OF })));
  const at = draft.indexOf('52.5 billion USD', draft.length / 2);
  await page.evaluate(() => { window.__posted.length = 0; window.__answers.length = 0; });
  await page.locator('#draft').focus();
  await page.evaluate((i) => document.querySelector('#draft').setSelectionRange(i, i), at);
  await page.keyboard.type('9');
  const edited = `${draft.slice(0, at)}9${draft.slice(at)}`;
  const after = await reportFor(page, edited, { asOf: AS_OF });
  assert.equal(claimNamed(after, '952.5 billion USD', at - 10).start, at);
  const posted = await page.evaluate(() => window.__posted);
  assert.ok(posted.some((m) => m.type === 'edit'), JSON.stringify(posted));
  assert.ok(posted.every((m) => m.chars <= 1), `only the typed character travels: ${JSON.stringify(posted)}`);
  const answers = await page.evaluate(() => window.__answers);
  assert.equal(answers.length, 1, JSON.stringify(answers));
  // The typed paragraph and the few after it whose findings were checked again, of all of them.
  assert.ok(answers[0].insert >= 1 && answers[0].insert <= 1 + 3 * 2, JSON.stringify(answers));
  assert.ok(answers[0].paragraphs > 50, JSON.stringify(answers));
  assert.equal(after.claims.length, report.claims.length);
  await context.close();
});

test('an answer that comes after the draft changed is dropped: the element reports only the text it shows', async () => {
  const context = await env.browser.newContext();
  const { page, log } = await openPage(context);
  await page.goto(new URL('test-lib/fixtures/slow-worker.html', env.server.url).href);
  await page.waitForFunction(() => document.querySelector('claim-check').report);
  const { altered } = alteredSeed();
  const fixed = altered.replace('52.5 billion USD', '48.18 billion USD');
  const setDraft = (text) => page.evaluate((t) => {
    const ta = document.querySelector('#draft');
    ta.value = t;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  await page.evaluate(() => { window.__reported.length = 0; });
  await setDraft(altered);
  // Past the debounce: the check of `altered` is on its way, its answer held back 600 ms.
  await page.waitForTimeout(350);
  await setDraft(fixed);
  const report = await reportFor(page, fixed);
  assert.equal(claimNamed(report, '48.18 billion USD').verdict, 'consistent');
  await page.waitForTimeout(800);
  const reported = await page.evaluate(() => window.__reported);
  assert.ok(reported.length >= 1);
  assert.deepEqual(reported.filter((r) => r.text !== fixed).map((r) => r.text.length), [], 'no report on the text replaced while it was checked');
  assert.ok(!reported.some((r) => r.claims.includes('52.5 billion USD')));
  const shown = await page.locator('claim-check li.finding button.show').allInnerTexts();
  assert.ok(shown.some((s) => s.includes('48.18 billion USD')) && !shown.some((s) => s.includes('52.5 billion USD')), shown.join(', '));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an edit before them keeps the highlights and findings it did not change: moved, not redrawn', async () => {
  const { altered } = alteredSeed();
  const draft = Array(3).fill(altered).join('\n');
  const { page, context } = await pageWith(draft);
  const tag = () => page.locator('claim-check').evaluate((el) => {
    const root = el.shadowRoot;
    const boxes = [...root.querySelectorAll('.layer .hl')];
    const items = [...root.querySelectorAll('li.finding')];
    const fresh = { boxes: boxes.filter((b) => !b.__seen).map((b) => b.dataset.key), items: items.filter((li) => !li.__seen).length };
    for (const node of [...boxes, ...items]) node.__seen = true;
    return { boxes: boxes.length, items: items.length, fresh, tabStops: root.querySelectorAll('.layer .hl[tabindex]').length };
  });
  const first = await tag();
  assert.ok(first.boxes >= 10 && first.items >= 10, JSON.stringify(first));
  // A space at the end of the title line: every figure after it moves by one character,
  // none moves on screen, and the findings stay the same.
  const at = draft.indexOf('\n');
  await page.locator('#draft').focus();
  await page.evaluate((i) => {
    const ta = document.querySelector('#draft');
    ta.setSelectionRange(i, i);
    ta.scrollTop = 0;
  }, at);
  await settled(page);
  await tag();
  await page.keyboard.type(' ');
  await settled(page);
  const whileStale = await tag();
  assert.deepEqual(whileStale.fresh, { boxes: [], items: 0 }, 'typing redrew highlights before the check');
  // Until the check, the shifted spans are not offered to the keyboard.
  assert.equal(whileStale.tabStops, 0);
  const edited = `${draft.slice(0, at)} ${draft.slice(at)}`;
  await reportFor(page, edited, { asOf: AS_OF });
  await settled(page);
  const checked = await tag();
  assert.deepEqual(checked.fresh, { boxes: [], items: 0 }, 'the new report redrew what it did not change');
  assert.equal(checked.boxes, first.boxes);
  assert.ok(checked.tabStops >= 1);
  // The boxes carry the moved offsets (a box's span is found by its key).
  const keys = await page.locator('claim-check').evaluate((el) => [...el.shadowRoot.querySelectorAll('.layer .hl[role=button]')].map((b) => b.dataset.key));
  const spans = new Set(await page.locator('claim-check').evaluate((el) => el.report.claims.map((c) => `${c.start}:${c.end}`)));
  assert.deepEqual(keys.filter((k) => !spans.has(k)), []);
  await context.close();
});

test('a long findings list is windowed, and Alt+Shift+N still reaches every finding, in order', async () => {
  const { altered } = alteredSeed();
  const draft = Array(7).fill(altered).join('\n');
  const { page, context, report } = await pageWith(draft);
  const spans = [...new Map(report.claims.filter((c) => c.end > c.start).map((c) => [`${c.start}:${c.end}`, c])).values()]
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const rendered = await page.locator('claim-check li.finding').count();
  assert.ok(rendered < report.claims.length, `${rendered} of ${report.claims.length} findings rendered`);
  await page.locator('#draft').focus();
  await page.evaluate(() => document.querySelector('#draft').setSelectionRange(0, 0));
  const visited = [];
  for (let i = 0; i < spans.length; i++) {
    await page.keyboard.press('Alt+Shift+KeyN');
    const state = await page.locator('claim-check').evaluate((el) => {
      const root = el.shadowRoot;
      const current = root.querySelector('li.finding.current');
      return {
        key: root.activeElement?.dataset.key ?? null,
        current: current ? el.report.claims[Number(current.dataset.index)] : null,
        items: root.querySelectorAll('li.finding').length,
      };
    });
    visited.push(state.key);
    const span = spans[i];
    assert.equal(state.key, `${span.start}:${span.end}`, `press ${i + 1}`);
    // Its finding is rendered in the list and marked, however far down the list it is.
    assert.equal(state.current?.start, span.start, `press ${i + 1}: the list shows the finding`);
    assert.ok(state.items < report.claims.length, `press ${i + 1}: ${state.items} rendered`);
  }
  assert.equal(new Set(visited).size, spans.length);
  await context.close();
});

test('each animation frame measures before it draws: no layout read after a write to the highlights or the list', async () => {
  // Records, per requestAnimationFrame callback, the layout reads (rects, offsets,
  // client and scroll sizes) and the DOM writes to the element's overlay and findings
  // list (the textarea's measuring mirror is written before it is measured: that is
  // its job). A read after a write in one callback makes the browser lay out twice.
  const { altered } = alteredSeed();
  const draft = Array(7).fill(altered).join('\n');
  const { page, context } = await pageWith(draft);
  await page.evaluate(() => {
    const frames = [];
    let current = null;
    window.__frames = frames;
    const inUi = (node) => {
      const el = node?.nodeType === 1 ? node : node?.parentElement;
      return !!el?.isConnected && !!el.closest('.overlay, .panel') && el.getRootNode() !== document;
    };
    const wrap = (proto, name, kind, test = () => true) => {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      const key = d.value ? 'value' : kind === 'read' ? 'get' : 'set';
      const fn = d[key];
      Object.defineProperty(proto, name, {
        ...d,
        [key](...args) {
          if (current && test(this)) current.push(kind === 'read' ? { kind, name, stack: new Error().stack.split('\n').slice(2, 5).join(' | ') } : { kind, name });
          return fn.apply(this, args);
        },
      });
    };
    for (const name of ['getBoundingClientRect', 'getClientRects']) wrap(Element.prototype, name, 'read');
    for (const name of ['getBoundingClientRect', 'getClientRects']) wrap(Range.prototype, name, 'read');
    for (const name of ['offsetTop', 'offsetLeft', 'offsetWidth', 'offsetHeight']) wrap(HTMLElement.prototype, name, 'read');
    for (const name of ['clientWidth', 'clientHeight', 'scrollTop', 'scrollHeight']) wrap(Element.prototype, name, 'read');
    for (const name of ['appendChild', 'insertBefore', 'removeChild']) wrap(Node.prototype, name, 'write', inUi);
    for (const name of ['append', 'prepend', 'before', 'after', 'remove', 'replaceChildren', 'setAttribute', 'removeAttribute']) wrap(Element.prototype, name, 'write', inUi);
    wrap(HTMLElement.prototype, 'tabIndex', 'write', inUi);
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => raf((t) => {
      const outer = current;
      current = [];
      try {
        callback(t);
      } finally {
        if (current.length) frames.push(current);
        current = outer;
      }
    });
  });
  // A keystroke in the middle, its report, and a scroll: each draws.
  const at = draft.indexOf('52.5 billion USD', draft.length / 2);
  await page.locator('#draft').focus();
  await page.evaluate((i) => document.querySelector('#draft').setSelectionRange(i, i), at);
  await page.keyboard.type('9');
  await reportFor(page, `${draft.slice(0, at)}9${draft.slice(at)}`, { asOf: AS_OF });
  await settled(page);
  await page.evaluate(() => { document.querySelector('#draft').scrollTop += 400; });
  await settled(page);
  await settled(page);
  const frames = await page.evaluate(() => window.__frames);
  const drew = frames.filter((f) => f.some((e) => e.kind === 'write'));
  assert.ok(drew.length >= 2, `${drew.length} frames wrote to the highlights or the list`);
  for (const f of frames) {
    const firstWrite = f.findIndex((e) => e.kind === 'write');
    const late = firstWrite < 0 ? undefined : f.slice(firstWrite).find((e) => e.kind === 'read');
    assert.equal(late, undefined, `a ${late?.name} read after ${f[firstWrite]?.name}: ${late?.stack}`);
  }
  await context.close();
});

/**
 * A desk sheet pasted from a spreadsheet: a heading, then a table of ten rows (tab- or
 * pipe-separated) whose lower rows take their subject from the heading, more than
 * three paragraphs up.
 */
function deskSheet(pipes) {
  const rows = deskSheetRows(pipes);
  return ['Desk notes for the state visit.', '', 'Vietnam at a glance', '', ...rows, '', 'The sheet was compiled by the desk.'].join('\n');
}

const briefOf = (r) => r.claims.map((c) => `${c.start}-${c.end} ${c.text} ${c.verdict} ${c.fact?.id ?? ''}`);

for (const pipes of [false, true]) {
  test(`an edit in a tall ${pipes ? 'pipe' : 'tab'}-separated table: its findings equal a whole check, the rows far below the heading included`, async () => {
    const draft = deskSheet(pipes);
    const { page, context, log, report } = await pageWith(draft);
    const checker = new ns.Checker({});
    assert.deepEqual(briefOf(report), briefOf(checker.check(draft, { asOf: AS_OF })));
    // The heading names whose figures the rows give, down to the seventh row.
    assert.equal(claimNamed(report, '55').verdict, 'discrepancy');
    await page.locator('#draft').focus();
    // Types `keys` over the text from `at` to `end`, as an editor does.
    const type = async (text, at, keys, end = at) => {
      await page.evaluate(([i, j]) => document.querySelector('#draft').setSelectionRange(i, j), [at, end]);
      await page.keyboard.type(keys);
      return `${text.slice(0, at)}${keys}${text.slice(end)}`;
    };
    // A figure typed into an upper row: the rows below it are checked with their heading.
    let text = await type(draft, draft.indexOf('22') + 2, '3');
    let got = await reportFor(page, text, { asOf: AS_OF });
    let want = checker.check(text, { asOf: AS_OF });
    assert.equal(claimNamed(want, '55').verdict, 'discrepancy');
    assert.deepEqual(briefOf(got), briefOf(want), 'after a row was edited');
    // The heading edited: every row below it follows, however far down.
    const heading = text.indexOf('Vietnam at');
    text = await type(text, heading, 'Thailand', heading + 'Vietnam'.length);
    got = await reportFor(page, text, { asOf: AS_OF });
    want = checker.check(text, { asOf: AS_OF });
    assert.notEqual(claimNamed(want, '190').verdict, 'discrepancy');
    assert.deepEqual(briefOf(got), briefOf(want), 'after the heading was edited');
    assert.deepEqual(log.errors, []);
    checker.free();
    await context.close();
  });
}
