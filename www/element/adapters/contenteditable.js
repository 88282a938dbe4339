// A contenteditable element (Quill's .ql-editor, ProseMirror, CKEditor's editable):
// its text is read from the DOM, blocks separated by line breaks, with a map from
// offsets back to text nodes so that ranges can be measured and selected. Nothing is
// added to the host's DOM. See ./index.js for the adapter interface.

import { scaleOf } from './scale.js';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

export class EditableAdapter {
  constructor(el) {
    this.el = el;
    this.doc = el.ownerDocument;
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

  measure() {
    this.text();
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

  replace(start, end, text) {
    this.text();
    this.select(start, end);
    // As typing would: the editor (Quill, ProseMirror, …) sees a native edit and
    // records it in its own undo history.
    if (!this.doc.execCommand('insertText', false, text)) {
      const range = this.range(start, end);
      range.deleteContents();
      range.insertNode(this.doc.createTextNode(text));
      this.el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    }
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
    return () => {
      mutations.disconnect();
      this.el.removeEventListener('input', onInput);
      this.el.removeEventListener('scroll', onScroll);
    };
  }

  destroy() {}
}
