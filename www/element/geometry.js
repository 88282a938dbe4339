// Overlay geometry: which spans to draw, where the overlay sits over the editor, and
// the highlight boxes, measured in one batch (all reads, then all writes) so the
// browser lays out once per frame however many highlights change.

import { h } from './dom.js';

export { changedRegion } from './diff.js';

export const VERDICTS = ['discrepancy', 'outdated', 'unverified', 'consistent'];
export const SEVERITY = { discrepancy: 3, outdated: 2, unverified: 1, dismissed: 0.5, consistent: 0 };
/** What a highlight shows: a dismissal that holds greys the figure (./dismissals.js). */
const shown = (claim) => (claim.dismissal?.holds ? 'dismissed' : claim.verdict);

/** Groups claims sharing a span, in text order; each group shows the worst verdict. */
export function spansOf(claims) {
  // Indices in text order (the core's order already: sorting it is one pass), so that
  // equal spans are neighbours and each claim is looked at once.
  const order = claims.map((_, i) => i).sort((x, y) => claims[x].start - claims[y].start || claims[x].end - claims[y].end || x - y);
  const groups = [];
  let last = null;
  for (const index of order) {
    const claim = claims[index];
    if (claim.end <= claim.start) continue;
    const verdict = shown(claim);
    if (last?.start === claim.start && last.end === claim.end) {
      last.indices.push(index);
      if (SEVERITY[verdict] > SEVERITY[last.verdict]) last.verdict = verdict;
    } else groups.push(last = { key: `${claim.start}:${claim.end}`, start: claim.start, end: claim.end, verdict, indices: [index] });
  }
  return groups;
}

/**
 * `groups` after an edit that replaced [from, oldEnd) with text ending at newEnd (see
 * changedRegion): the spans before it kept (the same objects), the ones it touched
 * dropped, the ones after it moved.
 */
export function shiftSpans(groups, [from, oldEnd, newEnd]) {
  const d = newEnd - oldEnd;
  const out = [];
  for (const g of groups) {
    if (g.end <= from) out.push(g);
    else if (g.start >= oldEnd) out.push(d ? { ...g, key: `${g.start + d}:${g.end + d}`, start: g.start + d, end: g.end + d } : g);
  }
  return out;
}

/** Index of the first group whose end is after `offset` (groups sorted by start). */
export function firstGroupAfter(groups, offset) {
  let lo = 0;
  let hi = groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (groups[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the overlay's CSS origin is in client px and its own scale (client px per CSS
 * px): the reads placeOverlay needs, taken before a frame's writes (see draw()).
 */
export function overlayBox(overlay) {
  const r = overlay.getBoundingClientRect();
  const cssLeft = parseFloat(overlay.style.left) || 0;
  const cssTop = parseFloat(overlay.style.top) || 0;
  // Its own scale, from a size that rounding cannot blur.
  const sx = overlay.offsetWidth > 20 && Math.abs(r.width - overlay.offsetWidth) > 0.5 ? r.width / overlay.offsetWidth : 1;
  const sy = overlay.offsetHeight > 20 && Math.abs(r.height - overlay.offsetHeight) > 0.5 ? r.height / overlay.offsetHeight : 1;
  return { originX: r.left - cssLeft * sx, originY: r.top - cssTop * sy, sx, sy };
}

/**
 * Places the overlay on the editor's visible area and the layer on its scrolled
 * content. The overlay is `position: fixed`; an ancestor with a transform makes it
 * relative to that ancestor instead, so its real origin and scale are measured.
 */
export function placeOverlay(overlay, layer, frame, box = overlayBox(overlay)) {
  const { originX, originY, sx, sy } = box;
  overlay.style.left = `${(frame.left - originX) / sx}px`;
  overlay.style.top = `${(frame.top - originY) / sy}px`;
  overlay.style.width = `${frame.width / sx}px`;
  overlay.style.height = `${frame.height / sy}px`;
  const kx = frame.scaleX / sx;
  const ky = frame.scaleY / sy;
  const scale = Math.abs(kx - 1) > 1e-3 || Math.abs(ky - 1) > 1e-3 ? `scale(${kx}, ${ky}) ` : '';
  layer.style.transform = `${scale}translate(${-frame.scrollX}px, ${-frame.scrollY}px)`;
}

/** How far outside the visible text highlights are still drawn, in UTF-16 units. */
const MARGIN = 3000;
/** Up to this many spans are all drawn; more are drawn near the visible text only. */
export const DRAW_ALL = 300;

/**
 * The highlight boxes over the editor. Only spans in (or near) the visible part of
 * the editor are measured and drawn, so the cost of a frame follows the screen, not
 * the draft. A box is touched only when what it shows changed: a span with the same
 * label, verdict and rectangles keeps its box, also when an edit before it moved its
 * offsets (the box is re-keyed, not rebuilt), and an edit that only makes spans stale
 * or live again changes their tab stop, nothing else.
 */
export class Highlights {
  /**
   * `decorate(el)` gives a new first box of a span its role and listeners (which find
   * the span by the box's data-key: see group()); `label(group)` is its accessible name.
   */
  constructor(layer, decorate, label = () => '') {
    this.layer = layer;
    this.decorate = decorate;
    this.label = label;
    this.drawn = new Map(); // key → { id, group, els: [], rects: [] }
    this.created = 0; // boxes made, for tests: an edit should make few
  }

  /**
   * Draws `groups` (sorted by start) for the adapter's current layout. `always` is a
   * group key to draw even when off-screen (the focused one); `stale`: the text changed
   * since the report (the spans are shifted, not checked): no box is a tab stop.
   */
  draw(adapter, groups, { always = null, all = false, stale = false, beforeWrites = null } = {}) {
    const length = adapter.text().length;
    adapter.measure();
    let chosen = groups;
    if (!all && groups.length > DRAW_ALL) {
      const visible = adapter.visibleRange();
      if (visible) {
        const from = Math.max(0, visible[0] - MARGIN);
        const to = visible[1] + MARGIN;
        const a = firstGroupAfter(groups, from);
        let b = a;
        while (b < groups.length && groups[b].start <= to) b++;
        chosen = groups.slice(a, b);
        if (always && !chosen.some((g) => g.key === always)) {
          const extra = groups.find((g) => g.key === always);
          if (extra) chosen = [...chosen, extra];
        }
      }
    }
    // Read phase: every measurement before any write.
    const measured = [];
    for (const group of chosen) {
      if (group.end > length) continue;
      measured.push({ group, rects: adapter.rects(group.start, group.end) });
    }
    // The caller's own reads (where the overlay and the editor are), still before any write.
    beforeWrites?.();
    // Write phase. Old boxes not kept by their key may be taken by a span that moved
    // and looks the same (verdict, label, as many rectangles): those on the same
    // rectangles first (an edit on another line), else moved to its rectangles (the
    // words after the caret on its line): restyled, not removed and made again.
    const old = this.drawn;
    const pool = new Map();
    const wanted = new Set(measured.map((m) => m.group.key));
    for (const [key, entry] of old) {
      const like = `${entry.id}|${entry.els.length}`;
      if (!wanted.has(key)) (pool.get(like) ?? pool.set(like, []).get(like)).push(entry);
    }
    const next = new Map();
    const fragment = document.createDocumentFragment();
    for (const { group, rects } of measured) {
      const label = this.label(group);
      const id = `${group.verdict}|${label}`;
      let entry = old.get(group.key);
      if (entry?.id !== id || entry.els.length !== rects.length) {
        const list = pool.get(`${id}|${rects.length}`) ?? [];
        entry = list.splice(Math.max(0, list.findIndex((e) => sameRects(e.rects, rects))), 1)[0];
        for (const el of entry?.els ?? []) el.dataset.key = group.key;
      }
      if (entry && !sameRects(entry.rects, rects)) {
        entry.els.forEach((el, i) => place(el, rects[i]));
        entry.rects = rects;
      }
      if (entry) {
        old.delete(entry.group.key);
        if (entry.stale !== stale) {
          const el = entry.els[0];
          if (stale) el.removeAttribute('tabindex');
          else el.tabIndex = -1;
          entry.stale = stale;
        }
        entry.group = group;
        next.set(group.key, entry);
        continue;
      }
      const els = rects.map((rect, i) => {
        const el = h('span', { class: `hl v-${group.verdict}`, 'data-key': group.key, 'data-verdict': group.verdict, 'aria-hidden': i ? 'true' : null });
        place(el, rect);
        if (i === 0) {
          el.setAttribute('aria-label', label);
          if (!stale) el.tabIndex = -1;
          this.decorate(el);
        }
        fragment.append(el);
        return el;
      });
      this.created += els.length;
      next.set(group.key, { id, group, els, rects, stale });
    }
    for (const entry of old.values()) for (const el of entry.els) el.remove();
    this.drawn = next;
    this.layer.append(fragment);
  }

  clear() {
    this.layer.replaceChildren();
    this.drawn = new Map();
  }

  /** The span a box shows now (boxes are re-keyed when their span moves). */
  group(el) {
    return this.drawn.get(el.dataset.key)?.group ?? null;
  }

  /** The first box of a span, if drawn. */
  box(key) {
    return this.drawn.get(key)?.els[0] ?? null;
  }

  /** Every drawn first box, with its group. */
  *boxes() {
    for (const { els, group } of this.drawn.values()) for (const el of els) yield { el, group };
  }
}

/** Puts a box on its rectangle. */
function place(el, r) {
  Object.assign(el.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
}

function sameRects(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Math.abs(x.left - y.left) > 0.01 || Math.abs(x.top - y.top) > 0.01 || Math.abs(x.width - y.width) > 0.01 || Math.abs(x.height - y.height) > 0.01) return false;
  }
  return true;
}
