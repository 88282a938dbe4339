// The findings panel: the summary (announced politely), the legend, and the list of
// findings. The list is keyed and windowed: a finding whose content did not change
// keeps its node, and a long list renders only the findings near the visible part
// (the rest stand in as padding of the estimated height), so a draft with thousands
// of figures costs the same per keystroke as one with fifty.

import { h, quote, safeUrl } from './dom.js';
import { dismissalControls, handleDismissalEvent, isDismissed } from './dismissals.js';
import { VERDICTS } from './geometry.js';
import { ICON, evidenceLine, message, summaryLine } from './text.js';

/** Sets an attribute unless it already has that value (a write invalidates style). */
const set = (el, name, value) => {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
};

/** Findings rendered at once; a longer list is windowed. */
export const WINDOW = 80;
/** A windowed list (the top finding a quarter of the way down it) is rebuilt when the
 *  top finding comes within EDGE of its start or within half a window of its end. */
const EDGE = WINDOW / 8;

/** The content of a finding, without its position: findings equal in this render the same. */
// (The evidence as its line: its words' offsets move with every edit before them.)
// Kept per claim object: a paragraph the edit did not reach keeps its claim objects, so
// a keystroke serialises only the claims it moved or changed, not the whole window.
const signatures = new WeakMap();
const signature = (c) => {
  let sig = signatures.get(c);
  if (sig === undefined) {
    sig = JSON.stringify([c.text, c.verdict, c.message, c.suggestion, c.fact, c.subject, c.metric, evidenceLine(c), c.reason ?? null, c.shape ?? null, c.dismissal ?? null]);
    signatures.set(c, sig);
  }
  return sig;
};

function shapeLabel(shape, t) {
  if (!shape || typeof shape !== 'object') return null;
  if (shape.type === 'range') return t('shape.range', { low: shape.low, high: shape.high });
  if (shape.type === 'change') return t(shape.direction > 0 ? 'shape.rise' : shape.direction < 0 ? 'shape.fall' : 'shape.change');
  if (shape.type === 'fraction') return t('shape.fraction');
  return null;
}

export class FindingsPanel {
  /** `ui`: { summary, live, alert, legend, findings }; `actions`: { show(i), apply(i) }. */
  constructor(ui, actions) {
    this.ui = ui;
    this.actions = actions;
    this.t = null;
    this.claims = [];
    this.window = [0, 0];
    this.nodes = new Map(); // signature → [li, …] currently rendered
    this.current = -1;
    this.avg = 96; // estimated height of a finding, px; refined from rendered ones
    this.first = 0; // the finding at the top of the viewport, as last measured (on scroll)
    this.frame = 0;
    this.measureFrame = 0;
    ui.findings.addEventListener('click', (event) => this.#onClick(event));
    for (const type of ['submit', 'keydown']) ui.findings.addEventListener(type, (event) => handleDismissalEvent(event, actions));
    this.onScroll = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.#follow());
    };
    window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  destroy() {
    window.removeEventListener('scroll', this.onScroll, { capture: true });
  }

  setLanguage(t) {
    if (this.t?.lang === t.lang) return;
    this.t = t;
    const ui = this.ui;
    ui.legend.setAttribute('aria-label', t('legend'));
    ui.legend.replaceChildren(...VERDICTS.map((v) => h('li', {},
      h('span', { class: `swatch v-${v}`, 'aria-hidden': 'true' }),
      h('span', { text: t('legendItem', { verdict: t(`verdict.${v}`), line: t(`line.${v}`) }) }))));
    ui.findings.setAttribute('aria-label', t('findings'));
    ui.shortcuts.textContent = t('shortcuts');
    // Every finding's words change: render them again.
    for (const li of ui.findings.querySelectorAll('li.finding')) li.remove();
    this.nodes = new Map();
    if (this.report) this.render(this.report);
  }

  setSummary(text) {
    this.ui.summary.textContent = text;
  }

  /** Renders a report: the summary, the announcement, and the findings that changed. */
  render(report) {
    const t = this.t;
    this.report = report;
    const line = summaryLine(report, t);
    if (this.ui.summary.textContent !== line) this.ui.summary.textContent = line;
    // Announced politely, and only when the counts change (not on every keystroke).
    if (this.ui.live.textContent !== line) this.ui.live.textContent = line;
    this.claims = report.claims;
    // Where the list is scrolled was measured on scroll: reading it here would lay out
    // the page (the draft's textarea too, after a keystroke) in the middle of this task.
    const [a, b] = this.#windowAround(this.current >= 0 ? this.current : Math.min(this.first, Math.max(0, this.claims.length - 1)));
    this.#renderWindow(a, b);
  }

  #windowAround(index) {
    const n = this.claims.length;
    if (n <= WINDOW) return [0, n];
    const a = Math.max(0, Math.min(n - WINDOW, index - Math.floor(WINDOW / 4)));
    return [a, a + WINDOW];
  }

  /** The finding index at the top of the viewport, estimated from the list's position. */
  #firstVisibleIndex(top) {
    const n = this.claims.length;
    if (n <= WINDOW) return 0;
    return Math.max(0, Math.min(n - 1, Math.floor(-top / this.avg)));
  }

  #follow() {
    const n = this.claims.length;
    if (n <= WINDOW) return;
    // Only a scroll that moved the list counts (not the editor's, as a finding is shown).
    const top = this.ui.findings.getBoundingClientRect().top;
    if (top === this.listTop) return;
    this.listTop = top;
    const i = this.#firstVisibleIndex(top);
    this.first = i;
    const [a, b] = this.window;
    if ((i - a < EDGE && a > 0) || (b - i < WINDOW / 2 && b < n)) {
      const [na, nb] = this.#windowAround(i);
      if (na !== a) this.#renderWindow(na, nb);
    }
  }

  #renderWindow(a, b) {
    const list = this.ui.findings;
    const active = list.getRootNode().activeElement;
    const focus = active && list.contains(active)
      ? { index: active.closest('li')?.dataset.index, role: active.dataset.role }
      : null;
    const pool = this.nodes;
    const next = new Map();
    const items = [];
    for (let i = a; i < b; i++) {
      const claim = this.claims[i];
      const sig = signature(claim);
      let li = pool.get(sig)?.shift();
      if (!li) li = this.#finding(claim);
      // Written only when they change: a kept node after an edit usually keeps them all.
      set(li, 'data-index', String(i));
      set(li, 'data-start', String(claim.start));
      set(li, 'aria-posinset', String(i + 1));
      set(li, 'aria-setsize', String(this.claims.length));
      if (li.classList.contains('current') !== (i === this.current)) li.classList.toggle('current');
      if (!next.has(sig)) next.set(sig, []);
      next.get(sig).push(li);
      items.push(li);
    }
    for (const rest of pool.values()) for (const li of rest) li.remove();
    this.nodes = next;
    // Move only what is out of place.
    let cursor = list.firstElementChild;
    for (const li of items) {
      if (li === cursor) cursor = cursor.nextElementSibling;
      else list.insertBefore(li, cursor);
    }
    while (cursor) {
      const after = cursor.nextElementSibling;
      cursor.remove();
      cursor = after;
    }
    this.window = [a, b];
    this.#pad();
    if (this.claims.length > WINDOW && items.length) {
      // The height estimate is refined from the rendered findings in the next frame,
      // when the browser lays out anyway (reading it now would force a layout here).
      cancelAnimationFrame(this.measureFrame);
      this.measureFrame = requestAnimationFrame(() => this.#measure());
    }
    if (focus) {
      const li = list.querySelector(`li[data-index="${focus.index}"]`);
      (li?.querySelector(`[data-role="${focus.role}"]`) ?? li?.querySelector('.show'))?.focus();
    }
  }

  /** Stands the findings outside the window in as padding of their estimated height. */
  #pad() {
    const list = this.ui.findings;
    const n = this.claims.length;
    const [a, b] = this.window;
    const top = n > WINDOW ? `${a * this.avg}px` : '';
    const bottom = n > WINDOW ? `${(n - b) * this.avg}px` : '';
    if (list.style.paddingTop !== top) list.style.paddingTop = top;
    if (list.style.paddingBottom !== bottom) list.style.paddingBottom = bottom;
  }

  /** Refines the height of a finding from the rendered ones (one read), then pads again. */
  #measure() {
    const list = this.ui.findings;
    const rendered = this.window[1] - this.window[0];
    if (this.claims.length <= WINDOW || !rendered) return;
    const height = list.scrollHeight - (parseFloat(list.style.paddingTop) || 0) - (parseFloat(list.style.paddingBottom) || 0);
    if (height > 0) this.avg = height / rendered;
    this.#pad();
  }

  #finding(claim) {
    const t = this.t;
    const fact = claim.fact;
    const rows = [];
    const about = evidenceLine(claim, t);
    if (about) rows.push(h('dt', { text: t('about') }), h('dd', { class: 'evidence', text: about }));
    const shape = shapeLabel(claim.shape, t);
    if (shape) rows.push(h('dt', { text: t('shapeLabel') }), h('dd', { class: 'shape', text: shape }));
    if (fact) {
      const source = fact.source;
      const url = safeUrl(source.url);
      const name = source.title ? `${source.publication}: ${source.title}` : source.publication;
      rows.push(
        h('dt', { text: t('table') }), h('dd', { class: 'table-figure', text: fact.display }),
        h('dt', { text: t('asOf') }), h('dd', { class: 'as-of', text: fact.as_of }),
        h('dt', { text: t('source') }),
        h('dd', { class: 'source' },
          url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: name, 'data-role': 'source' }) : name,
          source.date ? `, ${source.date}` : ''),
      );
    }
    if (claim.reason) rows.push(h('dt', { text: t('why') }), h('dd', { class: 'reason', text: claim.reason }));
    const subject = [claim.subject, claim.metric].filter(Boolean).join(' · ');
    const canApply = claim.suggestion != null && claim.suggestion !== claim.text && claim.verdict !== 'consistent' && !isDismissed(claim);
    const label = t(`verdict.${claim.verdict}`);
    const dismissed = isDismissed(claim);
    return h('li', { class: `finding v-${dismissed ? 'dismissed' : claim.verdict}${dismissed ? ' dismissed' : ''}`, 'data-verdict': claim.verdict, 'data-dismissed': dismissed ? 'true' : null },
      h('div', { class: 'head' },
        h('span', { class: 'badge' }, h('span', { class: 'icon', 'aria-hidden': 'true', text: ICON[claim.verdict] }), label),
        dismissed ? h('span', { class: 'dismissed-badge', text: t('dismiss.badge') }) : null,
        h('button', {
          type: 'button', class: 'show', part: 'show', 'data-role': 'show',
          'aria-label': t('show', { verdict: label, text: quote(claim.text) }),
          text: quote(claim.text),
        })),
      subject ? h('p', { class: 'subject', text: subject }) : null,
      h('p', { class: 'message', text: message(claim, t) }),
      rows.length ? h('dl', {}, rows) : null,
      canApply ? h('button', {
        type: 'button', class: 'apply', part: 'apply', 'data-role': 'apply',
        'aria-label': t('applyLabel', { text: quote(claim.text), suggestion: quote(claim.suggestion) }),
        text: t('apply', { suggestion: quote(claim.suggestion) }),
      }) : null,
      dismissalControls(claim, t));
  }

  #onClick(event) {
    const li = event.target.closest('li.finding');
    if (!li || event.target.closest('a') || handleDismissalEvent(event, this.actions)) return;
    const index = Number(li.dataset.index);
    if (event.target.closest('.apply')) this.actions.apply(index);
    else this.actions.show(index);
  }

  /** Marks finding i as the current one, rendering it if the list is windowed. */
  markCurrent(index) {
    this.current = index;
    const [a, b] = this.window;
    if (index < a || index >= b) {
      const [na, nb] = this.#windowAround(index);
      this.#renderWindow(na, nb);
    }
    this.ui.findings.querySelector('.current')?.classList.remove('current');
    const li = this.item(index);
    li?.classList.add('current');
    return li;
  }

  item(index) {
    return this.ui.findings.querySelector(`li[data-index="${index}"]`);
  }
}
