// A <textarea>: its characters are measured on an invisible copy of its text (the
// mirror), styled like it, one block per line so that an edit re-lays out its line
// only. See ./index.js for the adapter interface.

import { scaleOf } from './scale.js';

/** Lines per group of the mirror. */
const GROUP = 64;

const MIRRORED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant',
  'fontStretch', 'fontFeatureSettings', 'fontKerning', 'letterSpacing', 'lineHeight',
  'textTransform', 'textIndent', 'textAlign', 'wordSpacing', 'tabSize', 'whiteSpace',
  'wordBreak', 'overflowWrap', 'direction', 'paddingTop', 'paddingRight',
  'paddingBottom', 'paddingLeft',
];

/** Where two strings differ: [common prefix length, old end, new end]. Compares in
 *  blocks with native string equality first (a long draft costs a memcmp, not a loop). */
function changed(before, after) {
  const max = Math.min(before.length, after.length);
  const B = 4096;
  let p = 0;
  while (p + B <= max && before.slice(p, p + B) === after.slice(p, p + B)) p += B;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  const room = max - p;
  while (s + B <= room && before.slice(before.length - s - B, before.length - s) === after.slice(after.length - s - B, after.length - s)) s += B;
  while (s < room && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return [p, before.length - s, after.length - s];
}

export class TextareaAdapter {
  constructor(el, { mirrorParent } = {}) {
    this.el = el;
    this.doc = el.ownerDocument;
    this.mirror = this.doc.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    // Measured, never seen: fixed at the origin, hidden, out of the way of clicks.
    Object.assign(this.mirror.style, {
      position: 'fixed', left: '0', top: '0', visibility: 'hidden', pointerEvents: 'none',
      margin: '0', border: '0', overflow: 'hidden', contain: 'layout style',
    });
    (mirrorParent ?? this.doc.body).append(this.mirror);
    this.value = '';
    this.lines = []; // { node: Text, start } per line of the mirror, in order
    this.groups = []; // { el, count }: the mirror's children, GROUP lines each at most
    this.setText('');
  }

  text() {
    return this.el.value;
  }

  /**
   * Updates only the mirror lines an edit touched. Lines sit in groups of up to GROUP
   * lines, so that the browser re-lays out one group and steps over the others (a
   * flat list of thousands of lines costs a pass over all of them on every keystroke).
   */
  setText(value) {
    if (value === this.value && this.lines.length) return;
    const before = this.value;
    const [from, oldEnd, newEnd] = changed(before, value);
    // The lines [a, b] of the old text hold the change; rebuild them from the new text.
    const a = this.lineAt(from);
    const b = this.lines.length ? this.lineAt(oldEnd) : -1;
    const lineStart = this.lines.length ? this.lines[a].start : 0;
    let lineEnd = value.indexOf('\n', newEnd);
    if (lineEnd < 0) lineEnd = value.length;
    const fresh = [];
    for (let start = lineStart; ;) {
      const nl = value.indexOf('\n', start);
      const end = nl < 0 || nl > lineEnd ? lineEnd : nl;
      fresh.push({ node: null, start, text: value.slice(start, end) });
      if (end >= lineEnd) break;
      start = end + 1;
    }
    // The groups holding old lines a..b are rebuilt with their other lines kept.
    let gi = 0;
    let first = 0; // index of the first line of group gi
    while (gi < this.groups.length - 1 && first + this.groups[gi].count <= a) first += this.groups[gi++].count;
    let gj = gi;
    let last = first + (this.groups[gi]?.count ?? 0) - 1; // last line of group gj
    while (gj < this.groups.length - 1 && last < b) last += this.groups[++gj].count;
    const keptBefore = this.lines.slice(first, a).map((l) => ({ node: null, start: l.start, text: l.node.data }));
    const delta = value.length - before.length;
    const keptAfter = this.lines.slice(b + 1, last + 1).map((l) => ({ node: null, start: l.start + delta, text: l.node.data }));
    const rebuilt = [...keptBefore, ...fresh, ...keptAfter];
    const groups = [];
    for (let k = 0; k < rebuilt.length; k += GROUP) {
      const el = this.doc.createElement('div');
      const slice = rebuilt.slice(k, k + GROUP);
      for (const line of slice) {
        const block = this.doc.createElement('div');
        line.node = this.doc.createTextNode(line.text);
        // An empty line still takes a line's height, as in the textarea.
        block.append(line.node);
        if (!line.text) block.append('\u200b');
        delete line.text;
        el.append(block);
      }
      groups.push({ el, count: slice.length });
    }
    const after = this.groups[gj + 1]?.el ?? null;
    for (let g = gi; g <= gj && g < this.groups.length; g++) this.groups[g].el.remove();
    if (after) after.before(...groups.map((g) => g.el));
    else this.mirror.append(...groups.map((g) => g.el));
    this.groups.splice(gi, this.groups.length ? gj - gi + 1 : 0, ...groups);
    const tail = this.lines.slice(last + 1);
    for (const line of tail) line.start += delta;
    this.lines = [...this.lines.slice(0, first), ...rebuilt, ...tail];
    this.value = value;
  }

  /** The index of the line holding offset (the line whose start is the last ≤ offset). */
  lineAt(offset) {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  measure() {
    // Reads first, then only the writes that change something: restyling the mirror
    // would make the browser lay out all of its text again.
    const style = getComputedStyle(this.el);
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    // clientWidth is rounded; a textarea 0.5px narrower wraps a line differently.
    const scrollbar = this.el.offsetWidth - this.el.clientWidth - Math.round(borders);
    const scale = this.#scale();
    const width = `${this.el.getBoundingClientRect().width / scale.x - borders - Math.max(0, scrollbar)}px`;
    const mirror = this.mirror.style;
    for (const prop of MIRRORED) if (mirror[prop] !== style[prop]) mirror[prop] = style[prop];
    if (mirror.boxSizing !== 'border-box') mirror.boxSizing = 'border-box';
    if (mirror.width !== width) mirror.width = width;
    this.setText(this.el.value);
  }

  #scale() {
    const r = this.el.getBoundingClientRect();
    return { x: scaleOf(r.width, this.el.offsetWidth), y: scaleOf(r.height, this.el.offsetHeight) };
  }

  frame() {
    const r = this.el.getBoundingClientRect();
    const s = this.#scale();
    return {
      left: r.left + this.el.clientLeft * s.x,
      top: r.top + this.el.clientTop * s.y,
      width: this.el.clientWidth * s.x,
      height: this.el.clientHeight * s.y,
      scrollX: this.el.scrollLeft,
      scrollY: this.el.scrollTop,
      scaleX: s.x,
      scaleY: s.y,
    };
  }

  #position(offset) {
    const line = this.lines[this.lineAt(offset)];
    return { node: line.node, offset: Math.max(0, Math.min(offset - line.start, line.node.length)) };
  }

  rects(start, end) {
    if (!this.lines.length) return [];
    const range = this.doc.createRange();
    const a = this.#position(start);
    const b = this.#position(end);
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const origin = this.mirror.getBoundingClientRect();
    return [...range.getClientRects()]
      .filter((r) => r.width > 0 || r.height > 0)
      .map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height }));
  }

  visibleRange() {
    if (!this.doc.caretPositionFromPoint) return null;
    const f = this.frame();
    const at = (x, y) => {
      const pos = this.doc.caretPositionFromPoint(x, y);
      return pos && pos.offsetNode === this.el ? pos.offset : null;
    };
    const first = at(f.left + 1, f.top + 1);
    const last = at(f.left + f.width - 2, f.top + f.height - 2);
    if (first === null || last === null) return null;
    return [first, last];
  }

  select(start, end) {
    this.el.focus({ preventScroll: true });
    this.el.setSelectionRange(start, end);
  }

  replace(start, end, text) {
    this.select(start, end);
    // execCommand keeps the textarea's own undo stack; setRangeText is the fallback.
    if (!this.doc.execCommand('insertText', false, text)) {
      this.el.setRangeText(text, start, end, 'end');
      this.el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
    return true;
  }

  scrollTo(start, end) {
    this.measure();
    const rect = this.rects(start, end)[0];
    if (!rect) return;
    const el = this.el;
    if (rect.top < el.scrollTop || rect.top + rect.height > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, rect.top - el.clientHeight / 3);
    }
    const box = el.getBoundingClientRect();
    const view = this.doc.defaultView;
    if (box.top < 0 || box.bottom > view.innerHeight) el.scrollIntoView({ block: 'nearest' });
  }

  observe({ change, scroll }) {
    const onInput = () => change();
    const onScroll = () => scroll();
    this.el.addEventListener('input', onInput, { passive: true });
    this.el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      this.el.removeEventListener('input', onInput);
      this.el.removeEventListener('scroll', onScroll);
    };
  }

  destroy() {
    this.mirror.remove();
  }
}
