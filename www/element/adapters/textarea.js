// A <textarea>: its characters are measured on an invisible copy of its text (the
// mirror), styled like it, one block per line so that an edit re-lays out its line
// only. See ./index.js for the adapter interface.

import { changedRegion } from '../diff.js';
import { scaleOf } from './scale.js';

/** Lines per group of the mirror. */
const GROUP = 64;
/** Characters laid into the mirror per frame while a large change is built, at first:
 *  then as many as the browser lays out in about LAYOUT_MS (measured each frame). */
const CHUNK = 32 * 1024;
const LAYOUT_MS = 8;
const MIN_CHUNK = 8 * 1024;
const MAX_CHUNK = 256 * 1024;

const MIRRORED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant',
  'fontStretch', 'fontFeatureSettings', 'fontKerning', 'letterSpacing', 'lineHeight',
  'textTransform', 'textIndent', 'textAlign', 'wordSpacing', 'tabSize', 'whiteSpace',
  'wordBreak', 'overflowWrap', 'direction', 'paddingTop', 'paddingRight',
  'paddingBottom', 'paddingLeft',
];

/** The first i in [0, n) for which pred(i) holds (pred monotone: false then true), or n. */
function firstIndex(n, pred) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export class TextareaAdapter {
  constructor(el, { mirrorParent } = {}) {
    this.el = el;
    this.doc = el.ownerDocument;
    this.mirror = this.doc.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    // Measured, never seen: fixed at the origin, hidden, out of the way of clicks, and
    // clipped to nothing (height 0, paint containment) so that Chromium neither walks
    // nor paints its text every frame; its lines are laid out and measured all the same.
    Object.assign(this.mirror.style, {
      position: 'fixed', left: '0', top: '0', visibility: 'hidden', pointerEvents: 'none',
      margin: '0', border: '0', overflow: 'hidden', height: '0', contain: 'layout paint style',
    });
    (mirrorParent ?? this.doc.body).append(this.mirror);
    this.value = '';
    this.lines = []; // { node: Text, start } per line of the mirror, in order
    this.groups = []; // { el, count }: the mirror's children, GROUP lines each at most
    this.built = 0; // groups [0, built) are in the mirror; lines of later ones have .text, no node
    this.chunk = CHUNK;
    this.setText('');
  }

  text() {
    return this.el.value;
  }

  /**
   * The element's diff of an edit (see changedRegion), kept for the next setText from
   * `before` to `text`, so that the mirror does not compare the draft again.
   */
  edited(before, text, region) {
    this.lastEdit = [before, text, region];
  }

  /**
   * Updates only the mirror lines an edit touched. Lines sit in groups of up to GROUP
   * lines, so that the browser re-lays out one group and steps over the others (a
   * flat list of thousands of lines costs a pass over all of them on every keystroke).
   * A large change (a paste) is laid into the mirror a few groups per frame (build()),
   * so that no single task lays out a whole long draft; until then its lines measure
   * as nothing and the element measures again next frame (pending()).
   */
  setText(value) {
    if (value === this.value && this.lines.length) return;
    const before = this.value;
    const [was, now, region] = this.lastEdit ?? [];
    this.lastEdit = null;
    const [from, oldEnd, newEnd] = now === value && was === before ? region : changedRegion(before, value);
    // The lines [a, b] of the old text hold the change; rebuild them from the new text.
    const a = this.lineAt(from);
    const b = this.lines.length ? this.lineAt(oldEnd) : -1;
    if (a === b && this.#editLine(a, value, from, newEnd, value.length - before.length)) return;
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
    const delta = value.length - before.length;
    const keep = (l, shift) => ({ node: null, start: l.start + shift, text: l.node ? l.node.data : l.text });
    const rebuilt = [
      ...this.lines.slice(first, a).map((l) => keep(l, 0)),
      ...fresh,
      ...this.lines.slice(b + 1, last + 1).map((l) => keep(l, delta)),
    ];
    const groups = [];
    for (let k = 0; k < rebuilt.length; k += GROUP) groups.push({ el: null, count: Math.min(GROUP, rebuilt.length - k) });
    const tail = this.lines.slice(last + 1);
    for (const line of tail) line.start += delta;
    const size = lineEnd - lineStart;
    const built = this.built;
    const old = this.groups.length ? this.groups.splice(gi, gj - gi + 1, ...groups) : (this.groups.push(...groups), []);
    for (const g of old) g.el?.remove();
    this.lines = [...this.lines.slice(0, first), ...rebuilt, ...tail];
    this.value = value;
    if (size <= CHUNK && gj < built) {
      // A small change among built groups: build its groups in place now.
      const after = this.groups[gi + groups.length]?.el ?? null;
      const els = groups.map((g, k) => this.#materialize(g, first + k * GROUP));
      if (after) after.before(...els);
      else this.mirror.append(...els);
      this.built = built + groups.length - old.length;
    } else {
      // Everything from the change on is laid in again, in order, a chunk per frame.
      for (let g = gi + groups.length, line = first + rebuilt.length; g < this.groups.length; line += this.groups[g++].count) {
        const group = this.groups[g];
        if (!group.el) continue;
        group.el.remove();
        group.el = null;
        for (let k = line; k < line + group.count; k++) {
          this.lines[k].text = this.lines[k].node.data;
          this.lines[k].node = null;
        }
      }
      this.built = Math.min(built, gi); // measure() lays them in, a timed chunk a frame
    }
  }

  /**
   * A keystroke: an edit inside line k that adds no line break is that line's text
   * changed and the starts after it moved; the browser lays out that one line again
   * (rebuilding its group would lay out GROUP lines). False when the edit is not one,
   * or the line is or becomes empty (its block holds a stand-in then).
   */
  #editLine(k, value, from, newEnd, delta) {
    const line = this.lines[k];
    let end = value.indexOf('\n', from);
    if (end < 0) end = value.length;
    const text = value.slice(line.start, end);
    if (end < newEnd || !text || !(line.node?.data ?? line.text)) return false;
    if (line.node) line.node.data = text;
    else line.text = text;
    for (let i = k + 1; i < this.lines.length; i++) this.lines[i].start += delta;
    this.value = value;
    return true;
  }

  /** Creates a group's element and its lines' text nodes (first: its first line's index). */
  #materialize(group, first) {
    const el = this.doc.createElement('div');
    for (let k = first; k < first + group.count; k++) {
      const line = this.lines[k];
      const block = this.doc.createElement('div');
      line.node = this.doc.createTextNode(line.text);
      // An empty line still takes a line's height, as in the textarea.
      block.append(line.node);
      if (!line.text) block.append('\u200b');
      delete line.text;
      el.append(block);
    }
    group.el = el;
    return el;
  }

  /** Lays up to `budget` more characters into the mirror; returns how many it laid. */
  build(budget) {
    let line = 0;
    for (let g = 0; g < this.built; g++) line += this.groups[g].count;
    const els = [];
    let spent = 0;
    while (this.built < this.groups.length && spent <= budget) {
      const group = this.groups[this.built];
      for (let k = line; k < line + group.count; k++) spent += this.lines[k].text.length + 1;
      els.push(this.#materialize(group, line));
      line += group.count;
      this.built++;
    }
    if (els.length) this.mirror.append(...els);
    return spent;
  }

  /** Whether part of the text is not in the mirror yet (the element measures again next frame). */
  pending() {
    return this.built < this.groups.length;
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
    if (!this.pending()) return;
    // A chunk of a long paste: laid out now (the reads that follow need it anyway) and
    // timed, so that the next chunk takes about LAYOUT_MS whatever the machine.
    const t0 = performance.now();
    const chars = this.build(this.chunk);
    void this.mirror.offsetHeight;
    const ms = performance.now() - t0;
    if (ms > 0.5) this.chunk = Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.round((chars / ms) * LAYOUT_MS)));
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
    if (!line.node) return null; // not in the mirror yet
    return { node: line.node, offset: Math.max(0, Math.min(offset - line.start, line.node.length)) };
  }

  rects(start, end) {
    if (!this.lines.length) return [];
    const a = this.#position(start);
    const b = this.#position(end);
    if (!a || !b) return [];
    const range = this.doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const origin = this.mirror.getBoundingClientRect();
    return [...range.getClientRects()]
      .filter((r) => r.width > 0 || r.height > 0)
      .map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height }));
  }

  /**
   * The lines shown in the textarea now, found in the mirror (whose lines sit where the
   * textarea's do): a binary search over the laid-out groups, then over their lines, by
   * offsetTop. Hit-testing the textarea itself (caretPositionFromPoint) walks its whole
   * text: tens of milliseconds per call on a 1 MB draft.
   */
  visibleRange() {
    if (!this.lines.length) return [0, 0];
    const top = this.el.scrollTop;
    const bottom = top + this.el.clientHeight;
    const firsts = [];
    for (let g = 0, line = 0; g <= this.built && g < this.groups.length; line += this.groups[g++].count) firsts.push(line);
    const built = this.built;
    const endOf = (k) => this.lines[k].start + (this.lines[k].node?.length ?? this.lines[k].text.length);
    if (!built) return [0, 0];
    // The first laid-out group (then line) whose bottom is below `top`, and the last whose top is above `bottom`.
    const below = (el) => el.offsetTop + el.offsetHeight > top;
    const above = (el) => el.offsetTop < bottom;
    const g = firstIndex(built, (i) => below(this.groups[i].el));
    if (g === built) {
      const k = firsts[built] ?? this.lines.length - 1;
      const at = this.lines[Math.min(k, this.lines.length - 1)].start;
      return [at, at];
    }
    const rows = this.groups[g].el.children;
    const a = firsts[g] + Math.min(rows.length - 1, firstIndex(rows.length, (i) => below(rows[i])));
    const h = Math.max(g, firstIndex(built, (i) => !above(this.groups[i].el)) - 1);
    const lastRows = this.groups[h].el.children;
    const b = firsts[h] + Math.max(0, firstIndex(lastRows.length, (i) => !above(lastRows[i])) - 1);
    return [this.lines[a].start, endOf(Math.max(a, b))];
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
    this.build(Infinity);
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
