// An <iframe> whose body is the editable (TinyMCE's classic mode). The text and the
// ranges live in the frame's document; the frame's box is the visible editing area
// and its window's scroll is the content's. Rects are converted from the frame's
// viewport to the top-level window. See ./index.js for the adapter interface.

import { EditableAdapter } from './contenteditable.js';
import { scaleOf } from './scale.js';

export class IframeAdapter extends EditableAdapter {
  constructor(iframe, options) {
    const body = iframe.contentDocument?.body;
    if (!body) throw new Error('the iframe has no document (is it cross-origin or not loaded yet?)');
    super(body, options);
    this.iframe = iframe;
    this.win = iframe.contentWindow; // the WindowProxy: the same object across loads
  }

  /**
   * Follows the frame's current document: an editor may fill the frame (srcdoc, src,
   * document.write) after the element attached, which replaces its document and body.
   * Returns true when they changed.
   */
  rebind() {
    const body = this.iframe.contentDocument?.body;
    if (!body || body === this.el) return false;
    this.el = body;
    this.doc = body.ownerDocument;
    this.segments = [];
    this.value = '';
    this.changes.disconnect();
    this.changes.observe(body, { childList: true, characterData: true, subtree: true });
    this.dirty = true;
    return true;
  }

  /** The frame itself moving (a transform or zoom on an ancestor, a layout shift). */
  movingBox() {
    return this.iframe;
  }

  scroller() {
    return this.doc.scrollingElement ?? this.doc.documentElement;
  }

  /** The frame's content box in top-level client coordinates, and the frame window's scroll. */
  frame() {
    const el = this.iframe;
    const r = el.getBoundingClientRect();
    const sx = scaleOf(r.width, el.offsetWidth);
    const sy = scaleOf(r.height, el.offsetHeight);
    const cs = getComputedStyle(el);
    const padLeft = parseFloat(cs.paddingLeft) || 0;
    const padTop = parseFloat(cs.paddingTop) || 0;
    return {
      left: r.left + (el.clientLeft + padLeft) * sx,
      top: r.top + (el.clientTop + padTop) * sy,
      width: this.win.innerWidth * sx,
      height: this.win.innerHeight * sy,
      scrollX: this.win.scrollX,
      scrollY: this.win.scrollY,
      scaleX: sx,
      scaleY: sy,
    };
  }

  rects(start, end) {
    // Ranges in the frame report rects in the frame's viewport (already scaled by
    // nothing the outer page does), so only its scroll is added.
    const sx = this.win.scrollX;
    const sy = this.win.scrollY;
    return [...this.range(start, end).getClientRects()]
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left + sx, top: r.top + sy, width: r.width, height: r.height }));
  }

  visibleRange() {
    const w = this.win.innerWidth;
    const h = this.win.innerHeight;
    const first = this.offsetAt(1, 1);
    const last = this.offsetAt(w - 2, h - 2);
    return first === null || last === null ? null : [first, last];
  }

  scrollTo(start, end) {
    this.text();
    const rect = this.range(start, end).getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > this.win.innerHeight) {
      this.win.scrollBy(0, rect.top - this.win.innerHeight / 3);
    }
    const box = this.iframe.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) this.iframe.scrollIntoView({ block: 'nearest' });
  }

  observe({ change, scroll }) {
    // Listeners on the frame's document and window go with them when the frame loads
    // a new document: bind them again then, and read the new text.
    let stop = () => {};
    const bind = () => {
      stop();
      // (The body's own scroll listener never fires; the frame's box is watched there.)
      const stopEditable = super.observe({ change, scroll });
      const win = this.doc.defaultView;
      const onScroll = () => scroll();
      win?.addEventListener('scroll', onScroll, { passive: true });
      stop = () => {
        stopEditable();
        win?.removeEventListener('scroll', onScroll);
      };
    };
    bind();
    const onLoad = () => {
      this.rebind();
      bind();
      change();
      scroll();
    };
    this.iframe.addEventListener('load', onLoad);
    return () => {
      this.iframe.removeEventListener('load', onLoad);
      stop();
    };
  }
}
