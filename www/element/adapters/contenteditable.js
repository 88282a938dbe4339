// A contenteditable element (Quill's .ql-editor, ProseMirror, CKEditor's editable):
// its text is read from the DOM, blocks separated by line breaks, with a map from
// offsets back to text nodes so that ranges can be measured and selected. Nothing is
// added to the host's DOM. See ./index.js for the adapter interface.

import { watchBox } from './moves.js';
import { scaleOf } from './scale.js';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

export class EditableAdapter {
  /** `host`: the <claim-check> element; its `editor` property is the host-editor hook (see replace). */
  constructor(el, { host = null } = {}) {
    this.el = el;
    this.doc = el.ownerDocument;
    this.host = host;
    this.segments = []; // { node, start } for each text node, in order
    this.value = '';
    // text() walks the whole editor; it is asked for several times per keystroke
    // (check, layout, measure), so it is kept until the editor's DOM changes. The
    // observer's records are taken synchronously, so a change made a moment ago (by
    // Apply, by the editor) is never missed.
    this.dirty = true;
    this.changes = new MutationObserver(() => { this.dirty = true; });
    this.changes.observe(el, { childList: true, characterData: true, subtree: true });
  }

  text() {
    if (this.changes.takeRecords().length) this.dirty = true;
    if (!this.dirty) return this.value;
    this.dirty = false;
    // Pieces joined once at the end, and the last character tracked: appending to one
    // string and asking it endsWith() flattens it every block (quadratic: ~1 s for a
    // 200 KB draft).
    const parts = [];
    let length = 0;
    let atLineStart = true; // empty so far, or ends with '\n'
    const push = (piece) => {
      parts.push(piece);
      length += piece.length;
      if (piece.length) atLineStart = piece.charCodeAt(piece.length - 1) === 10;
    };
    const segments = [];
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          segments.push({ node: child, start: length });
          push(child.data);
        } else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED.has(child.tagName)) {
          if (child.tagName === 'BR') {
            push('\n');
            continue;
          }
          const block = BLOCKS.has(child.tagName);
          if (block && !atLineStart) push('\n');
          walk(child);
          if (block && !atLineStart) push('\n');
        }
      }
    };
    walk(this.el);
    this.segments = segments;
    this.value = parts.join('');
    return this.value;
  }

  measure() {
    this.text();
  }

  /** The element whose box moving means the highlights must move (see ./moves.js). */
  movingBox() {
    return this.el;
  }

  /** The element whose client box is the visible editing area, and its scroll offsets. */
  scroller() {
    return this.el;
  }

  frame() {
    const el = this.el;
    const r = el.getBoundingClientRect();
    const sx = scaleOf(r.width, el.offsetWidth);
    const sy = scaleOf(r.height, el.offsetHeight);
    return {
      left: r.left + el.clientLeft * sx,
      top: r.top + el.clientTop * sy,
      width: el.clientWidth * sx,
      height: el.clientHeight * sy,
      scrollX: el.scrollLeft,
      scrollY: el.scrollTop,
      scaleX: sx,
      scaleY: sy,
    };
  }

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
    const range = this.doc.createRange();
    const a = this.position(start, false);
    const b = this.position(end, true);
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /** Client rects of a range in this adapter's own coordinates → content coordinates. */
  rects(start, end) {
    const f = this.frame();
    return [...this.range(start, end).getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({
        left: (r.left - f.left) / f.scaleX + f.scrollX,
        top: (r.top - f.top) / f.scaleY + f.scrollY,
        width: r.width / f.scaleX,
        height: r.height / f.scaleY,
      }));
  }

  /**
   * The text offset of a DOM position (a selection's end): in a text node, its offset
   * there; between an element's children (a caret in an empty paragraph, which editors
   * put at the paragraph), the start of the first text after it (the segments are in
   * document order, so a binary search over where they lie against the position).
   */
  offsetOf(node, offset) {
    const segs = this.segments;
    const seg = node.nodeType === Node.TEXT_NODE ? segs.find((s) => s.node === node) : null;
    if (seg) return seg.start + Math.min(offset, seg.node.length);
    if (!this.el.contains(node)) return null;
    const at = this.doc.createRange();
    at.setStart(node, offset);
    let lo = 0;
    let hi = segs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at.comparePoint(segs[mid].node, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < segs.length ? segs[lo].start : this.value.length;
  }

  /** Text offset under a client point (in this document's coordinates), or null. */
  offsetAt(x, y) {
    const pos = this.doc.caretPositionFromPoint?.(x, y);
    if (!pos || !this.el.contains(pos.offsetNode)) return null;
    const seg = this.segments.find((s) => s.node === pos.offsetNode);
    if (seg) return seg.start + pos.offset;
    return null;
  }

  visibleRange() {
    const f = this.frame();
    const first = this.offsetAt(f.left + 1, f.top + 1);
    const last = this.offsetAt(f.left + f.width - 2, f.top + f.height - 2);
    return first === null || last === null ? null : [first, last];
  }

  select(start, end) {
    this.el.focus({ preventScroll: true });
    const selection = this.doc.getSelection();
    selection.removeAllRanges();
    selection.addRange(this.range(start, end));
  }

  /**
   * Replaces [start, end) with `text` through the editor's own editing path, so that
   * its undo (Ctrl+Z) takes the change back. In order, the first that edits:
   *
   * 1. The host-editor hook, when the page set one: `checker.editor = { replace(range,
   *    text, { start, end }) }`, with `range` a DOM Range over the span in the editor's
   *    document. It applies the change through the editor's API and returns true (or
   *    false to let the next path try).
   * 2. A `beforeinput` of type insertReplacementText with the span as its target range
   *    and the text as its data, as a spelling checker's replacement arrives. Editors
   *    with a model of their own (CKEditor 5, Quill 2, Lexical, Slate) apply it through
   *    their model and history and cancel the event.
   * 3. `execCommand('insertText')` on the selected span, as typing would: editors that
   *    read the DOM back (ProseMirror/Tiptap, plain contenteditable) record it.
   * 4. A direct DOM edit with an `input` event, when the browser has no execCommand.
   */
  replace(start, end, text) {
    const before = this.text();
    const range = this.range(start, end);
    const hook = this.host?.editor;
    if (typeof hook?.replace === 'function' && hook.replace(range, text, { start, end }) !== false) return true;
    this.select(start, end);
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const target = new StaticRange({
      startContainer: range.startContainer, startOffset: range.startOffset,
      endContainer: range.endContainer, endOffset: range.endOffset,
    });
    const event = new InputEvent('beforeinput', {
      inputType: 'insertReplacementText', data: text, dataTransfer: data, targetRanges: [target],
      bubbles: true, cancelable: true, composed: true,
    });
    this.el.dispatchEvent(event);
    // Handled: the editor cancelled the event, or changed the text without saying so
    // (then a second edit would apply the suggestion twice).
    if (event.defaultPrevented || this.text() !== before) return true;
    this.select(start, end);
    if (this.doc.execCommand('insertText', false, text)) return true;
    const live = this.range(start, end);
    live.deleteContents();
    live.insertNode(this.doc.createTextNode(text));
    this.el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    return true;
  }

  scrollTo(start, end) {
    this.text();
    const rect = this.range(start, end).getBoundingClientRect();
    const f = this.frame();
    const el = this.scroller();
    if (rect.top < f.top || rect.bottom > f.top + f.height) {
      el.scrollTop += (rect.top - f.top) / f.scaleY - el.clientHeight / 3;
    }
    const view = this.doc.defaultView;
    const box = this.el.getBoundingClientRect();
    if (box.top < 0 || box.bottom > view.innerHeight) this.el.scrollIntoView({ block: 'nearest' });
  }

  observe({ change, scroll }) {
    const onInput = () => change();
    const onScroll = () => scroll();
    this.el.addEventListener('input', onInput, { passive: true });
    this.el.addEventListener('scroll', onScroll, { passive: true });
    // Editors change their DOM without input events (setContents, formatting).
    const mutations = new MutationObserver(() => change());
    mutations.observe(this.el, { childList: true, characterData: true, subtree: true });
    const unwatch = watchBox(this.movingBox(), scroll);
    this.syncBox = unwatch.sync;
    return () => {
      unwatch();
      this.syncBox = null;
      mutations.disconnect();
      this.el.removeEventListener('input', onInput);
      this.el.removeEventListener('scroll', onScroll);
    };
  }

  destroy() {
    this.changes.disconnect();
  }
}
