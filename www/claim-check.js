// <claim-check for="#selector" as-of="YYYY-MM-DD">: checks the figures in an existing
// <textarea> or contenteditable and draws the findings over it.
//
// This module renders; it never decides. Every verdict, message and suggestion comes
// from the WebAssembly core (./pkg/claimcheck.js); this file only calls `Checker.check`
// and turns the report into highlights, a findings list and a `claimcheck:report` event.
//
// It never rewrites the host's DOM or text (Harper-style overlay): highlights are
// positioned boxes in this element's shadow root, laid over the editor, so the host's
// undo stack, selection and IME keep working. The only writes to the host are the
// ones a user asks for (Apply), done through the editing commands a keystroke would use.

const VERDICTS = ['discrepancy', 'outdated', 'unverified', 'consistent'];
const SEVERITY = { discrepancy: 3, outdated: 2, unverified: 1, consistent: 0 };
const LABEL = { discrepancy: 'Discrepancy', outdated: 'Outdated', unverified: 'Unverified', consistent: 'Consistent' };
const PLURAL = { discrepancy: 'discrepancies', outdated: 'outdated', unverified: 'unverified', consistent: 'consistent' };
const ICON = { discrepancy: '✕', outdated: '↻', unverified: '?', consistent: '✓' };
const LINE = {
  discrepancy: 'double underline',
  outdated: 'dashed underline',
  unverified: 'dotted underline',
  consistent: 'thin underline',
};

// ---------------------------------------------------------------------------------
// The engine: one WebAssembly instance shared by every <claim-check> on the page.
// A trap (WebAssembly.RuntimeError) poisons an instance, so recovery loads a fresh
// copy of the glue module (its own `wasm` state) and instantiates it again.

const config = {
  importPackage: (generation) =>
    import(generation === 0 ? './pkg/claimcheck.js' : `./pkg/claimcheck.js?instance=${generation}`),
  init: (ns) => ns.default(),
};
let generation = 0;
let engine = null;

/**
 * Changes how the WebAssembly package is loaded (before the first check).
 * `importPackage(generation)` returns a fresh module namespace for each generation
 * (generation > 0 after a trap); `init(namespace, generation)` instantiates it.
 * The single-file build uses this to load an inlined module with `initSync`.
 */
export function configure({ importPackage, init } = {}) {
  if (importPackage) config.importPackage = importPackage;
  if (init) config.init = init;
}

function loadEngine() {
  if (!engine) {
    const current = { generation, ns: null, ready: null };
    current.ready = (async () => {
      const ns = await config.importPackage(current.generation);
      await config.init(ns, current.generation);
      current.ns = ns;
      return current;
    })();
    current.ready.catch(() => {
      if (engine === current) engine = null; // let the next check try again
    });
    engine = current;
  }
  return engine.ready;
}

function restartEngine(failedGeneration) {
  if (engine && engine.generation === failedGeneration) {
    generation = failedGeneration + 1;
    engine = null;
  }
  return loadEngine();
}

const isTrap = (error) => error instanceof WebAssembly.RuntimeError;

// ---------------------------------------------------------------------------------
// Small DOM helpers. Text from drafts and tables only ever goes through textContent.

function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const quote = (s) => `“${s}”`;

/** The link for a source, only for http(s) URLs; anything else is shown as text. */
function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A one-line description of a claim, used as accessible name and tooltip title. */
export function describeClaim(claim) {
  const about = claim.metric ? ` (${claim.metric})` : '';
  const parts = [`${LABEL[claim.verdict] ?? claim.verdict}: ${quote(claim.text)}${about}`];
  if (claim.fact) {
    parts.push(`table: ${claim.fact.display} (as of ${claim.fact.as_of}, ${claim.fact.source.publication})`);
  }
  return parts.join('; ');
}

/** The summary line of a report: "1 discrepancy · 1 outdated · 9 consistent · 3 unverified". */
export function summarize(report) {
  const s = report.summary;
  if (!s.total) return 'No figures found in the draft.';
  const count = (v) => `${s[v]} ${s[v] === 1 ? v : PLURAL[v]}`;
  return `${s.total} figure${s.total === 1 ? '' : 's'} checked: ${VERDICTS.map(count).join(' · ')}`;
}

/** Groups claims sharing a span; each group shows the worst verdict. */
function spansOf(claims) {
  const groups = new Map();
  claims.forEach((claim, index) => {
    if (claim.end <= claim.start) return;
    const key = `${claim.start}:${claim.end}`;
    let group = groups.get(key);
    if (!group) {
      group = { start: claim.start, end: claim.end, verdict: claim.verdict, indices: [] };
      groups.set(key, group);
    }
    group.indices.push(index);
    if (SEVERITY[claim.verdict] > SEVERITY[group.verdict]) group.verdict = claim.verdict;
  });
  return [...groups.values()];
}

/** Where two versions of a text differ: [prefix length, old end, new end]. */
function changedRegion(before, after) {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (
    s < max - p &&
    before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)
  ) s++;
  return [p, before.length - s, after.length - s];
}

// ---------------------------------------------------------------------------------
// Adapters: the text of the host's editor and the geometry of its characters.
// Offsets are UTF-16 code units, the same as the report's and the DOM's.

const MIRRORED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant',
  'fontStretch', 'fontFeatureSettings', 'fontKerning', 'letterSpacing', 'lineHeight',
  'textTransform', 'textIndent', 'textAlign', 'wordSpacing', 'tabSize', 'whiteSpace',
  'wordBreak', 'overflowWrap', 'direction', 'paddingTop', 'paddingRight',
  'paddingBottom', 'paddingLeft',
];

/** A <textarea>: its characters are measured on an invisible copy of its text. */
class TextareaAdapter {
  constructor(el, mirror) {
    this.el = el;
    this.mirror = mirror;
    this.node = document.createTextNode('');
    // A trailing character keeps a final empty line measurable, as the textarea shows it.
    mirror.replaceChildren(this.node, document.createTextNode('\u200b'));
  }
  text() {
    return this.el.value;
  }
  sync() {
    const style = getComputedStyle(this.el);
    for (const prop of MIRRORED) this.mirror.style[prop] = style[prop];
    this.mirror.style.boxSizing = 'border-box';
    // clientWidth is rounded; a textarea 0.5px narrower wraps a line differently.
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = this.el.offsetWidth - this.el.clientWidth - Math.round(borders);
    this.mirror.style.width = `${this.el.getBoundingClientRect().width - borders - Math.max(0, scrollbar)}px`;
    if (this.node.data !== this.el.value) this.node.data = this.el.value;
  }
  /** Rectangles of [start, end) in content coordinates (as if scrolled to 0, 0). */
  rects(start, end) {
    const range = document.createRange();
    range.setStart(this.node, Math.min(start, this.node.length));
    range.setEnd(this.node, Math.min(end, this.node.length));
    const origin = this.mirror.getBoundingClientRect();
    return [...range.getClientRects()].map((r) => ({
      left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height,
    }));
  }
  select(start, end) {
    this.el.focus({ preventScroll: true });
    this.el.setSelectionRange(start, end);
  }
  replace(start, end, text) {
    this.select(start, end);
    // execCommand keeps the textarea's own undo stack; setRangeText is the fallback.
    if (!document.execCommand('insertText', false, text)) {
      this.el.setRangeText(text, start, end, 'end');
      this.el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
  }
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/**
 * A contenteditable: its text is read from the DOM (blocks separated by line breaks),
 * with a map from offsets back to text nodes so ranges can be measured and selected.
 */
class EditableAdapter {
  constructor(el) {
    this.el = el;
    this.segments = []; // { node, start } for each text node, in order
    this.value = '';
  }
  text() {
    let value = '';
    const segments = [];
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          segments.push({ node: child, start: value.length });
          value += child.data;
        } else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(child.tagName)) {
          if (child.tagName === 'BR') {
            value += '\n';
            continue;
          }
          const block = BLOCKS.has(child.tagName);
          if (block && value && !value.endsWith('\n')) value += '\n';
          walk(child);
          if (block && value && !value.endsWith('\n')) value += '\n';
        }
      }
    };
    walk(this.el);
    this.segments = segments;
    this.value = value;
    return value;
  }
  sync() {}
  /** The DOM position of an offset; `end` prefers the end of the segment before it. */
  position(offset, end) {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid].start < offset || (!end && segs[mid].start === offset)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return segs.length ? { node: segs[0].node, offset: 0 } : { node: this.el, offset: 0 };
    const { node, start } = segs[found];
    return { node, offset: Math.min(offset - start, node.length) };
  }
  range(start, end) {
    const range = document.createRange();
    const a = this.position(start, false);
    const b = this.position(end, true);
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }
  rects(start, end) {
    const box = this.el.getBoundingClientRect();
    const left = box.left + this.el.clientLeft - this.el.scrollLeft;
    const top = box.top + this.el.clientTop - this.el.scrollTop;
    return [...this.range(start, end).getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left - left, top: r.top - top, width: r.width, height: r.height }));
  }
  select(start, end) {
    this.el.focus({ preventScroll: true });
    const selection = this.el.ownerDocument.getSelection();
    selection.removeAllRanges();
    selection.addRange(this.range(start, end));
  }
  replace(start, end, text) {
    this.text();
    this.select(start, end);
    // As typing would: the editor (Quill, ProseMirror, …) sees a native edit and
    // records it in its own undo history.
    if (!document.execCommand('insertText', false, text)) {
      const range = this.range(start, end);
      range.deleteContents();
      range.insertNode(document.createTextNode(text));
      this.el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
  }
}

// ---------------------------------------------------------------------------------
// The element's own styles (a constructed stylesheet: allowed under style-src 'self').

const CSS = `
:host { display: block; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; }
[hidden] { display: none !important; }
.top { position: sticky; top: 0; z-index: 1; background: var(--claimcheck-background, #fff); padding-bottom: .1rem; }
.summary { margin: 0 0 .5rem; font-weight: 600; }
.alert { margin: 0 0 .5rem; padding: .5rem .65rem; border: 1px solid #b3261e; border-left-width: 4px; background: #fdecea; color: #5f1410; border-radius: 4px; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem .9rem; margin: 0 0 .75rem; padding: 0; list-style: none; font-size: 12.5px; color: #444c56; }
.legend li { display: inline-flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: 1.8em; height: 1.05em; position: relative; }
.findings { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
.finding { border: 1px solid #d0d7de; border-left: 5px solid var(--c); border-radius: 6px; padding: .5rem .65rem; background: #fff; cursor: pointer; }
.finding:hover { border-color: var(--c); }
.finding.current { box-shadow: 0 0 0 2px var(--c); }
.head { display: flex; align-items: baseline; gap: .5rem; flex-wrap: wrap; }
.badge { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: var(--c); white-space: nowrap; }
.badge .icon { display: inline-block; width: 1.25em; text-align: center; }
.show { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; color: #0b3d91; cursor: pointer; text-align: left; text-decoration: underline; text-underline-offset: 2px; }
.subject { color: #57606a; font-size: 12.5px; margin: .1rem 0 0; }
.message { margin: .3rem 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; margin: .3rem 0 0; font-size: 13px; }
dt { color: #57606a; }
dd { margin: 0; overflow-wrap: anywhere; }
a { color: #0b3d91; }
.apply { margin-top: .45rem; font: inherit; font-size: 13px; padding: .25rem .65rem; border-radius: 4px; border: 1px solid #1f6f3a; background: #1f7a40; color: #fff; cursor: pointer; }
.apply:hover { background: #17602f; }
button:focus-visible, a:focus-visible, .hl:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.overlay { position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: hidden; pointer-events: none; z-index: 2147482000; }
.layer { position: absolute; left: 0; top: 0; }
.hl { position: absolute; box-sizing: border-box; border-radius: 2px; mix-blend-mode: multiply; }
.hl:focus { outline: 3px solid #1a73e8; }
.mirror { position: fixed; left: 0; top: 0; visibility: hidden; pointer-events: none; margin: 0; border: 0; overflow: hidden; }
.tip { position: fixed; z-index: 2147483000; max-width: 24rem; padding: .5rem .65rem; background: #1b1f24; color: #fff; border-radius: 6px; font-size: 13px; line-height: 1.4; pointer-events: none; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.tip p { margin: 0; }
.tip p + p { margin-top: .35rem; padding-top: .35rem; border-top: 1px solid #444c56; }
.tip b { color: var(--tc); }
.v-discrepancy { --c: #c62828; --tc: #ff8a80; --bg: rgba(229, 57, 53, .22); }
.v-outdated { --c: #a15c00; --tc: #ffc66d; --bg: rgba(255, 160, 0, .25); }
.v-unverified { --c: #5b6673; --tc: #c9d1d9; --bg: rgba(120, 134, 150, .14); }
.v-consistent { --c: #2e7d32; --tc: #8ee59a; --bg: rgba(67, 160, 71, .14); }
.hl, .swatch { background: var(--bg); }
.hl.v-discrepancy, .swatch.v-discrepancy { border-bottom: 4px double var(--c); }
.hl.v-outdated, .swatch.v-outdated { border-bottom: 3px dashed var(--c); }
.hl.v-unverified, .swatch.v-unverified { border-bottom: 2px dotted var(--c); }
.hl.v-consistent, .swatch.v-consistent { border-bottom: 1px solid var(--c); }
@media (forced-colors: active) { .hl { border-bottom-color: Highlight; } }
`;

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

// ---------------------------------------------------------------------------------

/**
 * The <claim-check> element.
 *
 * Attributes: `for` (a selector for the textarea/contenteditable, looked up in the
 * element's root), `as-of` (YYYY-MM-DD; default today), `language` (auto|en|nl|vi),
 * `debounce` (ms, default 150). CSS: `--claimcheck-background` (behind the sticky
 * summary), parts `panel`, `top`, `summary`, `alert`, `legend`, `findings`, `show`, `apply`, `overlay`.
 * Properties and methods: `report`, `checkedText`, `target`, `applySuggestion(i)`, `selectClaim(i)`,
 * `setFacts(sources, { noDefaultFacts })`, `factSources`, `effectiveFacts(asOf)`,
 * `refresh()`.
 * Events (bubbling, composed): `claimcheck:report` (detail: the report) after every
 * check; `claimcheck:error` (detail: { error, recovered }) when the engine fails.
 */
export class ClaimCheckElement extends HTMLElement {
  static observedAttributes = ['for', 'as-of', 'language', 'debounce'];

  #root;
  #ui;
  #target = null;
  #adapter = null;
  #targetListeners = null;
  #lookup = null;
  #resize = null;
  #mutations = null;
  #checker = null;
  #checkerGeneration = -1;
  #sources = [];
  #noDefaultFacts = false;
  #report = null;
  #checkedText = '';
  #checkedKey = '';
  #shown = []; // span groups in current text coordinates
  #boxes = []; // { el, group, rect }
  #timer = 0;
  #frame = 0;
  #running = false;
  #again = false;
  #trapText = null;
  #tipFor = null;
  #onWindow = () => this.#position();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styleSheet()];
    const ui = {
      overlay: h('div', {
        class: 'overlay', part: 'overlay', role: 'toolbar', 'aria-orientation': 'horizontal',
        'aria-label': 'Figures in the draft (arrow keys move between them, Enter selects one)',
      }),
      layer: h('div', { class: 'layer' }),
      mirror: h('div', { class: 'mirror', 'aria-hidden': 'true' }),
      tip: h('div', { class: 'tip', role: 'tooltip', id: 'tip', hidden: true }),
      summary: h('p', { class: 'summary', part: 'summary', role: 'status', 'aria-live': 'polite', text: 'Loading the checker…' }),
      alert: h('div', { class: 'alert', part: 'alert', role: 'alert', hidden: true }),
      legend: h('ul', { class: 'legend', part: 'legend', 'aria-label': 'Legend' },
        VERDICTS.map((v) => h('li', {},
          h('span', { class: `swatch v-${v}`, 'aria-hidden': 'true' }),
          h('span', { text: `${LABEL[v]} (${LINE[v]})` })))),
      findings: h('ol', { class: 'findings', part: 'findings', 'aria-label': 'Findings' }),
    };
    ui.overlay.append(ui.layer);
    this.#root.append(
      ui.overlay,
      h('div', { class: 'panel', part: 'panel' },
        h('div', { class: 'top', part: 'top' }, ui.summary, ui.alert, ui.legend),
        ui.findings),
      ui.mirror,
      ui.tip,
    );
    this.#ui = ui;
    ui.findings.addEventListener('click', (event) => this.#onFindingsClick(event));
  }

  connectedCallback() {
    this.#attach();
    window.addEventListener('scroll', this.#onWindow, { capture: true, passive: true });
    window.addEventListener('resize', this.#onWindow, { passive: true });
    document.fonts?.ready.then(() => this.#layout());
  }

  disconnectedCallback() {
    this.#detach();
    window.removeEventListener('scroll', this.#onWindow, { capture: true });
    window.removeEventListener('resize', this.#onWindow);
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === 'for') this.#attach();
    else if (name === 'as-of' || name === 'language') this.#schedule(0);
  }

  /** The last report (null before the first check). */
  get report() {
    return this.#report;
  }

  /** The text the current report describes (the editor's text when it was checked). */
  get checkedText() {
    return this.#report ? this.#checkedText : null;
  }

  /** The element the checker is attached to. */
  get target() {
    return this.#target;
  }

  /** The user tables in use (FactSource[]). */
  get factSources() {
    return this.#sources.slice();
  }

  get asOf() {
    return this.getAttribute('as-of') || null;
  }

  set asOf(value) {
    if (value) this.setAttribute('as-of', value);
    else this.removeAttribute('as-of');
  }

  /** Checks now instead of after the debounce (e.g. after setting a textarea's value). */
  refresh() {
    this.#checkedKey = '';
    this.#schedule(0);
  }

  /**
   * Uses these user tables (after the bundled one unless noDefaultFacts). Rejects with
   * the table's Error (its message names table, line and column) and keeps the
   * tables in use when one is malformed.
   */
  async setFacts(sources, { noDefaultFacts = false } = {}) {
    const list = sources.map((s) => ({ ...s }));
    const current = await this.#engine();
    for (const source of list) this.#call(() => current.ns.parseFacts(source));
    const checker = this.#call(() => new current.ns.Checker({ facts: list, noDefaultFacts }));
    this.#replaceChecker(checker, current.generation);
    this.#sources = list;
    this.#noDefaultFacts = noDefaultFacts;
    this.refresh();
  }

  /** The effective fact table (every version) as FactRow[]. */
  async effectiveFacts(asOf = this.asOf) {
    const checker = await this.#ensureChecker();
    return this.#call(() => (asOf ? checker.facts(asOf) : checker.facts()));
  }

  /** Selects the span of claim i in the editor and scrolls it into view. */
  selectClaim(index) {
    const claim = this.#report?.claims[index];
    if (!claim || !this.#adapter) return;
    if (this.#adapter.text() !== this.#checkedText) return;
    this.#scrollIntoView(claim.start, claim.end);
    this.#adapter.select(claim.start, claim.end);
    this.#markCurrent(index);
  }

  /** Replaces claim i's span with its suggestion, as an edit the host can undo. */
  applySuggestion(index) {
    const claim = this.#report?.claims[index];
    if (!claim || claim.suggestion == null || !this.#adapter) return false;
    if (this.#adapter.text() !== this.#checkedText) return false; // stale: re-check first
    this.#adapter.replace(claim.start, claim.end, claim.suggestion);
    this.#schedule(0);
    return true;
  }

  // --- attaching to the host's editor ---------------------------------------------

  #attach() {
    this.#detach();
    const selector = this.getAttribute('for');
    if (!selector) return;
    const root = this.getRootNode();
    let target = null;
    try {
      target = root.querySelector(selector);
    } catch {
      this.#showAlert(`The “for” attribute is not a valid selector: ${selector}`);
      return;
    }
    if (!target) {
      // The host may create its editor later (Quill does in a script): wait for it.
      this.#lookup = new MutationObserver(() => {
        if (root.querySelector(selector)) this.#attach();
      });
      this.#lookup.observe(root, { childList: true, subtree: true });
      return;
    }
    this.#target = target;
    this.#adapter = target instanceof HTMLTextAreaElement
      ? new TextareaAdapter(target, this.#ui.mirror)
      : new EditableAdapter(target);
    const listeners = {
      input: () => this.#onEdit(),
      scroll: () => this.#position(),
      mousemove: (event) => this.#hover(event),
      mouseleave: () => this.#hideTip(),
    };
    for (const [type, fn] of Object.entries(listeners)) target.addEventListener(type, fn, { passive: true });
    this.#targetListeners = listeners;
    this.#resize = new ResizeObserver(() => this.#layout());
    this.#resize.observe(target);
    if (!(target instanceof HTMLTextAreaElement)) {
      // Editors change their DOM without input events (setContents, formatting).
      this.#mutations = new MutationObserver(() => this.#onEdit());
      this.#mutations.observe(target, { childList: true, characterData: true, subtree: true });
    }
    this.#schedule(0);
  }

  #detach() {
    this.#lookup?.disconnect();
    this.#lookup = null;
    this.#resize?.disconnect();
    this.#mutations?.disconnect();
    if (this.#target && this.#targetListeners) {
      for (const [type, fn] of Object.entries(this.#targetListeners)) this.#target.removeEventListener(type, fn);
    }
    this.#target = null;
    this.#adapter = null;
    this.#targetListeners = null;
    this.#ui.layer.replaceChildren();
    this.#boxes = [];
  }

  // --- checking ---------------------------------------------------------------------

  #onEdit() {
    if (!this.#adapter) return;
    // Until the re-check, keep the highlights on their figures: shift the ones after
    // the edit and hide the ones it touched.
    const text = this.#adapter.text();
    if (this.#report && text !== this.#checkedText) {
      const [from, oldEnd, newEnd] = changedRegion(this.#checkedText, text);
      const delta = newEnd - oldEnd;
      this.#shown = spansOf(this.#report.claims)
        .filter((g) => g.end <= from || g.start >= oldEnd)
        .map((g) => (g.start >= oldEnd ? { ...g, start: g.start + delta, end: g.end + delta, stale: true } : { ...g, stale: true }));
      this.#layout();
    }
    this.#schedule();
  }

  #schedule(delay) {
    const ms = delay ?? (Number(this.getAttribute('debounce')) || 150);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), ms);
  }

  async #engine() {
    try {
      return await loadEngine();
    } catch (error) {
      this.#showAlert(`The checker could not be loaded: ${error.message}`);
      this.#ui.summary.textContent = 'The checker is not available.';
      throw error;
    }
  }

  #replaceChecker(checker, gen) {
    try {
      if (this.#checkerGeneration === engine?.generation) this.#checker?.free?.();
    } catch { /* an instance that trapped cannot free */ }
    this.#checker = checker;
    this.#checkerGeneration = gen;
  }

  async #ensureChecker() {
    const current = await this.#engine();
    if (!this.#checker || this.#checkerGeneration !== current.generation) {
      const checker = this.#call(() =>
        new current.ns.Checker({ facts: this.#sources, noDefaultFacts: this.#noDefaultFacts }));
      this.#replaceChecker(checker, current.generation);
    }
    return this.#checker;
  }

  /** Calls into the engine; a trap schedules recovery and is rethrown. */
  #call(fn) {
    try {
      return fn();
    } catch (error) {
      if (isTrap(error)) this.#recover(error);
      throw error;
    }
  }

  async #run() {
    if (!this.#adapter) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = true;
    try {
      const checker = await this.#ensureChecker();
      if (!this.#adapter) return;
      this.#adapter.sync();
      const text = this.#adapter.text();
      const options = {};
      if (this.asOf) options.asOf = this.asOf;
      const language = this.getAttribute('language');
      if (language) options.lang = language;
      const key = `${JSON.stringify(options)}\u0000${text}`;
      if (key === this.#checkedKey && this.#report) {
        this.#layout();
        return;
      }
      if (this.#trapText === text) return; // this very draft trapped twice: wait for an edit
      const report = this.#call(() => checker.check(text, options));
      this.#trapText = null;
      this.#recovering = null;
      this.#checkedKey = key;
      this.#checkedText = text;
      this.#report = report;
      // A restart notice stays until the editor has seen a check of an edited draft.
      if (!this.#ui.alert.dataset.sticky || this.#alertText !== text) this.#hideAlert();
      this.#render();
      this.dispatchEvent(new CustomEvent('claimcheck:report', { detail: report, bubbles: true, composed: true }));
    } catch (error) {
      if (!isTrap(error)) {
        this.#showAlert(error.message || String(error));
        this.dispatchEvent(new CustomEvent('claimcheck:error', { detail: { error, recovered: false }, bubbles: true, composed: true }));
      }
    } finally {
      this.#running = false;
      if (this.#again) {
        this.#again = false;
        this.#schedule(0);
      }
    }
  }

  async #recover(error) {
    const failed = this.#checkerGeneration;
    const text = this.#adapter?.text() ?? '';
    const second = this.#trapText === null && this.#recovering === text;
    this.#checker = null;
    this.#checkedKey = '';
    if (second) this.#trapText = text;
    this.#recovering = text;
    this.#alertText = text;
    this.#showAlert(
      `The checker stopped unexpectedly (${error.name}: ${error.message}). ` +
      (second
        ? 'It failed again on this draft; it will try again when you edit. Your draft is unchanged.'
        : 'It has been restarted; your draft is unchanged.'),
      true,
    );
    this.dispatchEvent(new CustomEvent('claimcheck:error', { detail: { error, recovered: !second }, bubbles: true, composed: true }));
    try {
      await restartEngine(failed);
      if (!second) this.#schedule(0);
    } catch (loadError) {
      this.#showAlert(`The checker could not be restarted: ${loadError.message}`, true);
    }
  }

  #recovering = null;
  #rovingKey = null;
  #alertText = null;

  #showAlert(message, sticky = false) {
    this.#ui.alert.textContent = message;
    this.#ui.alert.hidden = false;
    if (sticky) this.#ui.alert.dataset.sticky = '1';
  }

  #hideAlert() {
    this.#ui.alert.hidden = true;
    this.#ui.alert.textContent = '';
    delete this.#ui.alert.dataset.sticky;
  }

  // --- rendering ----------------------------------------------------------------------

  #render() {
    const report = this.#report;
    this.#ui.summary.textContent = summarize(report);
    this.#shown = spansOf(report.claims);
    this.#renderFindings(report);
    this.#layout();
  }

  #renderFindings(report) {
    const list = this.#ui.findings;
    const active = this.#root.activeElement;
    const focus = active && list.contains(active)
      ? { index: active.closest('li')?.dataset.index, role: active.dataset.role }
      : null;
    list.replaceChildren(...report.claims.map((claim, index) => this.#finding(claim, index)));
    if (focus) {
      const li = list.querySelector(`li[data-index="${focus.index}"]`);
      (li?.querySelector(`[data-role="${focus.role}"]`) ?? li?.querySelector('.show'))?.focus();
    }
  }

  #finding(claim, index) {
    const fact = claim.fact;
    const rows = [];
    if (fact) {
      const source = fact.source;
      const url = safeUrl(source.url);
      const name = source.title ? `${source.publication}: ${source.title}` : source.publication;
      rows.push(
        h('dt', { text: 'Table' }), h('dd', { class: 'table-figure', text: fact.display }),
        h('dt', { text: 'As of' }), h('dd', { class: 'as-of', text: fact.as_of }),
        h('dt', { text: 'Source' }),
        h('dd', { class: 'source' },
          url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: name, 'data-role': 'source' }) : name,
          source.date ? `, ${source.date}` : ''),
      );
    }
    const about = [claim.subject, claim.metric].filter(Boolean).join(' · ');
    const canApply = claim.suggestion != null && claim.suggestion !== claim.text && claim.verdict !== 'consistent';
    return h('li', { class: `finding v-${claim.verdict}`, 'data-index': index, 'data-verdict': claim.verdict },
      h('div', { class: 'head' },
        h('span', { class: 'badge' }, h('span', { class: 'icon', 'aria-hidden': 'true', text: ICON[claim.verdict] }), LABEL[claim.verdict]),
        h('button', {
          type: 'button', class: 'show', part: 'show', 'data-role': 'show',
          'aria-label': `${LABEL[claim.verdict]}: ${quote(claim.text)}. Show in the draft`,
          text: quote(claim.text),
        })),
      about ? h('p', { class: 'subject', text: about }) : null,
      h('p', { class: 'message', text: claim.message }),
      rows.length ? h('dl', {}, rows) : null,
      canApply ? h('button', {
        type: 'button', class: 'apply', part: 'apply', 'data-role': 'apply',
        'aria-label': `Apply: replace ${quote(claim.text)} with ${quote(claim.suggestion)}`,
        text: `Apply ${quote(claim.suggestion)}`,
      }) : null);
  }

  #onFindingsClick(event) {
    const li = event.target.closest('li.finding');
    if (!li || event.target.closest('a')) return;
    const index = Number(li.dataset.index);
    if (event.target.closest('.apply')) this.applySuggestion(index);
    else this.selectClaim(index);
  }

  #markCurrent(index) {
    this.#ui.findings.querySelector('.current')?.classList.remove('current');
    this.#ui.findings.querySelector(`li[data-index="${index}"]`)?.classList.add('current');
  }

  /** Measures every shown span and (re)builds the highlight boxes. */
  #layout() {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      const adapter = this.#adapter;
      const layer = this.#ui.layer;
      if (!adapter || !this.isConnected) return;
      adapter.sync();
      const length = adapter.text().length;
      const focused = this.#root.activeElement?.classList.contains('hl') ? this.#root.activeElement.dataset.key : null;
      const boxes = [];
      const claims = this.#report?.claims ?? [];
      for (const group of this.#shown) {
        if (group.end > length) continue;
        const rects = adapter.rects(group.start, group.end);
        const key = `${group.start}:${group.end}`;
        rects.forEach((rect, i) => {
          const first = i === 0;
          const el = h('span', {
            class: `hl v-${group.verdict}`,
            'data-key': key,
            'data-verdict': group.verdict,
            role: first ? 'button' : null,
            tabindex: first && !group.stale ? '-1' : null,
            'aria-label': first ? group.indices.map((k) => describeClaim(claims[k])).join('. ') : null,
            'aria-describedby': first ? 'tip' : null,
            'aria-hidden': first ? null : 'true',
          });
          el.style.left = `${rect.left}px`;
          el.style.top = `${rect.top}px`;
          el.style.width = `${rect.width}px`;
          el.style.height = `${rect.height}px`;
          if (first) {
            el.addEventListener('focus', () => {
              this.#rove(key);
              this.#focusBox(el, group);
            });
            el.addEventListener('blur', () => this.#hideTip());
            el.addEventListener('keydown', (event) => this.#onBoxKey(event, el, group));
          }
          boxes.push({ el, group, rect });
        });
      }
      layer.replaceChildren(...boxes.map((b) => b.el));
      this.#boxes = boxes;
      this.#rove(this.#rovingKey);
      if (this.#tipFor) {
        // Keep the details open on the new box of the same span, if it is still there.
        const key = this.#tipFor.el.dataset.key;
        const box = boxes.find((b) => b.el.dataset.key === key && b.el.hasAttribute('tabindex'));
        if (box && !box.group.stale) this.#showTip(box.el, box.group, this.#tipFor.mouse);
        else this.#hideTip();
      }
      if (focused) layer.querySelector(`.hl[data-key="${focused}"][tabindex]`)?.focus({ preventScroll: true });
      this.#position();
    });
  }

  /**
   * One Tab stop for all highlights (roving tabindex): the last one focused, or the
   * first; arrow keys, Home and End move between them in text order.
   */
  #rove(key) {
    const all = [...this.#ui.layer.querySelectorAll('.hl[tabindex]')];
    const current = all.find((el) => el.dataset.key === key) ?? all[0];
    for (const el of all) el.tabIndex = el === current ? 0 : -1;
    this.#rovingKey = current?.dataset.key ?? null;
  }

  #onBoxKey(event, el, group) {
    const all = [...this.#ui.layer.querySelectorAll('.hl[tabindex]')];
    const i = all.indexOf(el);
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      all[Math.max(0, Math.min(all.length - 1, next))]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selectClaim(group.indices[0]);
    } else if (event.key === 'Escape') this.#hideTip();
  }

  /** Places the overlay on the editor's visible client area and follows its scroll. */
  #position() {
    const target = this.#target;
    const overlay = this.#ui.overlay;
    if (!target) return;
    const box = target.getBoundingClientRect();
    overlay.style.left = `${box.left + target.clientLeft}px`;
    overlay.style.top = `${box.top + target.clientTop}px`;
    overlay.style.width = `${target.clientWidth}px`;
    overlay.style.height = `${target.clientHeight}px`;
    this.#ui.layer.style.transform = `translate(${-target.scrollLeft}px, ${-target.scrollTop}px)`;
    if (this.#tipFor) {
      // The details follow their highlight, and go when it scrolls out of view.
      const r = this.#tipFor.el.getBoundingClientRect();
      const visible = r.bottom > box.top + target.clientTop && r.top < box.top + target.clientTop + target.clientHeight;
      if (visible) this.#placeTip(this.#tipFor.el);
      else this.#hideTip();
    }
  }

  /** Scrolls the editor (and the page) so that [start, end) is visible. */
  #scrollIntoView(start, end) {
    const target = this.#target;
    this.#adapter.sync();
    const rect = this.#adapter.rects(start, end)[0];
    if (!rect) return;
    const top = rect.top;
    if (top < target.scrollTop || top + rect.height > target.scrollTop + target.clientHeight) {
      target.scrollTop = Math.max(0, top - target.clientHeight / 3);
    }
    const box = target.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) target.scrollIntoView({ block: 'nearest' });
    this.#position();
  }

  // --- details on hover and focus -------------------------------------------------------

  #hover(event) {
    const x = event.clientX;
    const y = event.clientY;
    const hit = this.#boxes.find(({ el }) => {
      const r = el.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    });
    if (!hit) {
      if (this.#tipFor?.mouse) this.#hideTip();
      return;
    }
    if (this.#tipFor?.group === hit.group) return;
    this.#showTip(hit.el, hit.group, true);
  }

  #focusBox(el, group) {
    const target = this.#target;
    const top = parseFloat(el.style.top);
    if (top < target.scrollTop || top + parseFloat(el.style.height) > target.scrollTop + target.clientHeight) {
      target.scrollTop = Math.max(0, top - target.clientHeight / 3);
      this.#position();
    }
    this.#showTip(el, group, false);
  }

  #showTip(el, group, mouse) {
    const claims = this.#report?.claims ?? [];
    const tip = this.#ui.tip;
    tip.className = `tip v-${group.verdict}`;
    tip.replaceChildren(...group.indices.map((k) => {
      const c = claims[k];
      if (!c) return '';
      const lines = [h('b', { text: `${ICON[c.verdict]} ${LABEL[c.verdict]}` }), ` ${quote(c.text)}`];
      if (c.fact) lines.push(h('br'), `Table: ${c.fact.display} (as of ${c.fact.as_of})`, h('br'), `Source: ${c.fact.source.publication}${c.fact.source.date ? `, ${c.fact.source.date}` : ''}`);
      lines.push(h('br'), c.message);
      if (c.suggestion != null && c.verdict !== 'consistent') lines.push(h('br'), `Suggestion: ${c.suggestion}`);
      return h('p', {}, lines);
    }));
    tip.hidden = false;
    this.#tipFor = { el, group, mouse };
    this.#placeTip(el);
  }

  #placeTip(el) {
    const tip = this.#ui.tip;
    const r = el.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(4, Math.min(r.left, window.innerWidth - width - 4));
    const below = r.bottom + 6;
    const top = below + height > window.innerHeight && r.top - height - 6 > 0 ? r.top - height - 6 : below;
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  #hideTip() {
    this.#ui.tip.hidden = true;
    this.#tipFor = null;
  }
}

if (!customElements.get('claim-check')) customElements.define('claim-check', ClaimCheckElement);
