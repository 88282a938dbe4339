// <claim-check for="#selector" as-of="YYYY-MM-DD">: checks the figures in an existing
// textarea, contenteditable or editor iframe and draws the findings over it.
//
// This module renders; it never decides. Every verdict, message and suggestion comes
// from the WebAssembly core; this element asks the engine (./engine.js) for reports
// and turns them into highlights (./geometry.js), a findings list (./panel.js), a
// tooltip (./tooltip.js) and a `claimcheck:report` event. Editors are reached only
// through an adapter (./adapters/).
//
// It never rewrites the host's DOM or text (Harper-style overlay): highlights are
// positioned boxes in this element's shadow root, laid over the editor, so the host's
// undo stack, selection and IME keep working. The only writes to the host are the
// ones a user asks for (Apply), done through the editing commands a keystroke would use.

import { adapterFor } from './adapters/index.js';
import { cleanDismissals, dismissalOf, dismissible, withDismissal, withoutDismissalOf } from './dismissals.js';
import { h } from './dom.js';
import { Session, isTrap } from './engine.js';
import { Highlights, changedRegion, overlayBox, placeOverlay, shiftSpans, spansOf } from './geometry.js';
import { translator, uiLang } from './i18n.js';
import { FindingsPanel } from './panel.js';
import { styleSheet } from './styles.js';
import { describe } from './text.js';
import { Tooltip } from './tooltip.js';

/** Keyboard shortcuts, from the editor or the element: next and previous finding. */
const isNext = (e) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN';
/** An edit this large (UTF-16 units in or out: a paste) is measured a frame later (see #onEdit). */
const LARGE_EDIT = 32 * 1024;
const isPrevious = (e) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP';

/** Whether an iframe shows the document its srcdoc/src asks for (not the initial about:blank). */
function frameLoaded(iframe) {
  const doc = iframe.contentDocument;
  if (!doc?.body || doc.readyState !== 'complete') return false;
  if (iframe.hasAttribute('srcdoc')) return doc.URL === 'about:srcdoc';
  const src = iframe.getAttribute('src');
  return !src || src === 'about:blank' || doc.URL !== 'about:blank';
}

/**
 * The <claim-check> element.
 *
 * Attributes: `for` (a selector for the textarea/contenteditable/iframe, looked up in
 * the element's root), `as-of` (YYYY-MM-DD; default today), `language` (auto|en|nl|vi:
 * how the draft is read), `ui-lang` (auto|en|nl|vi: the language of the element's own
 * text; auto follows the draft), `debounce` (ms, default 150). CSS:
 * `--claimcheck-background` (behind the sticky summary), parts `panel`, `top`,
 * `summary`, `alert`, `legend`, `findings`, `show`, `apply`, `overlay`.
 * Properties and methods: `report`, `checkedText`, `target`, `applySuggestion(i)`,
 * `selectClaim(i)`, `focusFinding(i)`, `setFacts(sources, { noDefaultFacts })`,
 * `factSources`, `effectiveFacts()`, `refresh()`.
 * Events (bubbling, composed): `claimcheck:report` (detail: the report) after every
 * check; `claimcheck:error` (detail: { error, recovered }) when the engine fails.
 */
// The page's script is also its checking worker (build-single.mjs), which evaluates this
// module but has no DOM: there the class is defined on a stand-in and never used.
export class ClaimCheckElement extends (globalThis.HTMLElement ?? Object) {
  static observedAttributes = ['for', 'as-of', 'language', 'ui-lang', 'debounce'];

  #root;
  #ui;
  #session;
  #panel;
  #highlights;
  #tip;
  #t = translator('en');
  #target = null;
  #adapter = null;
  #unobserve = null;
  #lookup = null;
  #resize = null;
  #report = null;
  #checkedText = '';
  #checkedOptions = null; // the options of the report (JSON), compared with the text apart
  #editedText = ''; // the editor's text at the last edit: what #groups' offsets are in
  #groups = []; // span groups in current text coordinates
  #reportGroups = []; // span groups of the last report, in its text's coordinates
  #stale = false; // the text changed since the report: #groups are shifted, not checked
  #timer = 0;
  #frame = 0;
  #positionFrame = 0;
  #running = false;
  #again = false;
  #rovingKey = null;
  #alertText = null;
  #onWindow = () => this.#schedulePosition();
  #onKey = (event) => this.#shortcut(event);
  #dismissals = [];

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styleSheet()];
    const ui = {
      overlay: h('div', { class: 'overlay', part: 'overlay', role: 'toolbar', 'aria-orientation': 'horizontal' }),
      layer: h('div', { class: 'layer' }),
      mirrors: h('div', { class: 'mirrors', 'aria-hidden': 'true' }),
      tip: h('div', { class: 'tip', role: 'tooltip', id: 'tip', hidden: true }),
      summary: h('p', { class: 'summary', part: 'summary' }),
      live: h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }),
      alert: h('div', { class: 'alert', part: 'alert', role: 'alert', hidden: true }),
      legend: h('ul', { class: 'legend', part: 'legend' }),
      shortcuts: h('p', { class: 'shortcuts', part: 'shortcuts' }),
      findings: h('ol', { class: 'findings', part: 'findings' }),
    };
    ui.overlay.append(ui.layer);
    ui.panel = h('div', { class: 'panel', part: 'panel' },
      h('div', { class: 'top', part: 'top' }, ui.summary, ui.live, ui.alert, ui.legend, ui.shortcuts),
      ui.findings);
    this.#root.append(
      ui.overlay,
      ui.panel,
      ui.mirrors,
      ui.tip,
    );
    this.#ui = ui;
    this.#session = new Session({ onTrap: (error, info) => this.#onTrap(error, info) });
    this.#panel = new FindingsPanel(ui, {
      show: (i) => this.selectClaim(i),
      apply: (i) => this.applySuggestion(i),
      dismiss: (i, reason) => this.dismiss(i, reason),
      undismiss: (i) => this.undismiss(i),
    });
    this.#highlights = new Highlights(ui.layer, (el) => this.#decorate(el), (group) => this.#label(group));
    this.#tip = new Tooltip(ui.tip);
    this.#setLanguage();
    ui.summary.textContent = this.#t('loading');
    this.#root.addEventListener('keydown', this.#onKey);
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
    else if (name === 'ui-lang') {
      this.#setLanguage();
      this.#layout();
    }
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

  /** The adapter in use (see ./adapters/index.js), for tests and hosts. */
  get adapter() {
    return this.#adapter;
  }

  /** The user tables in use (FactSource[]). */
  get factSources() {
    return this.#session.sources;
  }

  get asOf() {
    return this.getAttribute('as-of') || null;
  }

  set asOf(value) {
    if (value) this.setAttribute('as-of', value);
    else this.removeAttribute('as-of');
  }

  /** Whether checks run in a Web Worker (false: on the main thread, where no worker could start). */
  get inWorker() {
    return this.#session.inWorker;
  }

  /** The language the element's own text is in now (en, nl or vi). */
  get uiLang() {
    return this.#t.lang;
  }

  /** Checks now instead of after the debounce (e.g. after setting a textarea's value). */
  refresh() {
    this.#checkedOptions = null;
    this.#schedule(0);
  }

  /**
   * Uses these user tables (after the bundled one unless noDefaultFacts). Rejects with
   * the table's Error (its message names table, line and column) and keeps the
   * tables in use when one is malformed.
   */
  async setFacts(sources, { noDefaultFacts = false } = {}) {
    await this.#loaded();
    await this.#session.setFacts(sources, { noDefaultFacts });
    this.refresh();
  }

  /** The effective fact table (every version) as FactRow[]. */
  async effectiveFacts() {
    await this.#loaded();
    return this.#session.facts();
  }

  /**
   * The dismissals sent with every check ("correct as written", see ./dismissals.js and
   * docs/js-api.md). Setting them validates each (throws an Error naming the bad one)
   * and checks again; the element never stores them: save them on `claimcheck:dismissals`.
   */
  get dismissals() {
    return this.#dismissals.map((d) => ({ ...d }));
  }

  set dismissals(list) {
    this.#dismissals = cleanDismissals(list ?? []);
    this.refresh();
  }

  /** Dismisses claim i (a discrepancy or outdated figure) as correct as written, for `reason`. */
  dismiss(index, reason) {
    const claim = this.#report?.claims[index];
    if (!dismissible(claim) || !String(reason ?? '').trim()) return false;
    this.#setDismissals(withDismissal(this.#dismissals, dismissalOf(claim, reason)));
    return true;
  }

  /** Takes back the dismissal of claim i. */
  undismiss(index) {
    const claim = this.#report?.claims[index];
    if (!claim?.dismissal) return false;
    this.#setDismissals(withoutDismissalOf(this.#dismissals, claim));
    return true;
  }

  #setDismissals(list) {
    this.#dismissals = list;
    this.dispatchEvent(new CustomEvent('claimcheck:dismissals', { detail: { dismissals: this.dismissals }, bubbles: true, composed: true }));
    this.refresh();
  }

  /**
   * Proposes fact-table rows from a trusted source (the core's draftFacts, against the
   * bundled table and this element's user tables): { rows, skipped, csv }.
   */
  async draftFacts(text, options = {}) {
    await this.#loaded();
    return this.#session.draft(text, options);
  }

  /** Selects the span of claim i in the editor and scrolls it into view. */
  selectClaim(index) {
    const claim = this.#report?.claims[index];
    if (!claim || !this.#adapter) return;
    if (this.#adapter.text() !== this.#checkedText) return;
    this.#adapter.scrollTo(claim.start, claim.end);
    this.#adapter.select(claim.start, claim.end);
    this.#panel.markCurrent(index);
    this.#layoutNow();
  }

  /** Replaces claim i's span with its suggestion, as an edit the host can undo. */
  applySuggestion(index) {
    const claim = this.#report?.claims[index];
    if (!claim || claim.suggestion == null || !this.#adapter) return false;
    if (this.#adapter.text() !== this.#checkedText) return false; // stale: re-check first
    this.#adapter.replace(claim.start, claim.end, claim.suggestion);
    this.#onEdit();
    this.#schedule(0);
    return true;
  }

  /**
   * Moves keyboard focus to finding i's highlight in the draft (scrolling to it), so
   * that Enter applies it and Escape returns to the editor.
   */
  focusFinding(index) {
    const claim = this.#report?.claims[index];
    if (!claim || !this.#adapter) return false;
    const key = `${claim.start}:${claim.end}`;
    this.#adapter.scrollTo(claim.start, claim.end);
    this.#panel.markCurrent(index);
    this.#rovingKey = key;
    this.#layoutNow(key);
    const box = this.#highlights.box(key);
    box?.focus({ preventScroll: true });
    return !!box;
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
      this.#showAlert(this.#t('badSelector', { selector }));
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
    if (target.localName === 'iframe' && !frameLoaded(target)) {
      // An editor that fills its frame by srcdoc/src (TinyMCE) replaces the frame's
      // first, empty document: attach to the one it loads.
      target.addEventListener('load', () => this.#attach(), { once: true });
      return;
    }
    this.#target = target;
    this.#adapter = adapterFor(target, { mirrorParent: this.#ui.mirrors, host: this });
    this.#unobserve = this.#adapter.observe({
      change: () => this.#onEdit(),
      scroll: () => this.#schedulePosition(),
    });
    const listeners = {
      mousemove: (event) => this.#hover(event),
      mouseleave: () => { if (this.#tip.for?.mouse) this.#tip.hide(); },
      keydown: this.#onKey,
    };
    const hoverTarget = target.localName === 'iframe' ? target.contentDocument : target;
    for (const [type, fn] of Object.entries(listeners)) hoverTarget.addEventListener(type, fn);
    this.#targetListeners = { node: hoverTarget, listeners };
    this.#resize = new ResizeObserver(() => this.#layout());
    this.#resize.observe(target);
    this.#schedule(0);
  }

  #targetListeners = null;

  #detach() {
    this.#lookup?.disconnect();
    this.#lookup = null;
    this.#resize?.disconnect();
    this.#unobserve?.();
    this.#unobserve = null;
    if (this.#targetListeners) {
      const { node, listeners } = this.#targetListeners;
      for (const [type, fn] of Object.entries(listeners)) node.removeEventListener(type, fn);
    }
    this.#targetListeners = null;
    this.#adapter?.destroy();
    this.#target = null;
    this.#adapter = null;
    this.#highlights.clear();
  }

  // --- checking ---------------------------------------------------------------------

  #onEdit() {
    if (!this.#adapter) return;
    // One read of the text and one diff per input event (a 1 MB draft is a 1 MB string):
    // the region is shared by the worker's copy of the draft, the adapter's measuring
    // mirror and the highlights, which until the re-check stay on their figures (the
    // ones after the edit shifted, the ones it touched hidden).
    const text = this.#adapter.text();
    const before = this.#editedText;
    if (text !== before) {
      const region = changedRegion(before, text);
      this.#editedText = text;
      // The worker gets the edit now (a few characters) and checks it ahead of the debounce.
      this.#session.edit(text, before, region);
      this.#adapter.edited?.(before, text, region);
      if (this.#report) {
        if (text === this.#checkedText) {
          // Back to the checked text (a character typed and deleted): its spans hold again.
          this.#groups = this.#reportGroups;
          this.#stale = false;
        } else {
          this.#groups = shiftSpans(this.#groups, region);
          this.#stale = true;
        }
        // A paste costs the browser a long frame to lay the editor out: our measuring
        // (the mirror of the new text) waits for the frame after it, a task of its own.
        if (Math.max(region[1], region[2]) - region[0] > LARGE_EDIT) this.#layoutAfterFrame();
        else this.#layout();
      }
    }
    this.#schedule();
  }

  #schedule(delay) {
    const ms = delay ?? (Number(this.getAttribute('debounce')) || 150);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#run(), ms);
  }

  async #loaded() {
    try {
      return await this.#session.load();
    } catch (error) {
      this.#showAlert(this.#t('loadFailed', { error: error.message }));
      this.#panel.setSummary(this.#t('unavailable'));
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
      await this.#loaded();
      if (!this.#adapter) return;
      const text = this.#adapter.text();
      const options = {};
      if (this.asOf) options.asOf = this.asOf;
      const language = this.getAttribute('language');
      if (language) options.lang = language;
      if (this.#dismissals.length) options.dismissals = this.#dismissals;
      // (The options and the text are compared apart: one key string of both would copy the draft.)
      const optionsKey = JSON.stringify(options);
      if (this.#report && optionsKey === this.#checkedOptions && text === this.#checkedText) {
        // Back to the checked text (an edit undone, a character typed and deleted):
        // its report's spans hold again, not the ones shifted for the edit.
        this.#groups = this.#reportGroups;
        this.#editedText = text;
        this.#stale = false;
        this.#layout();
        return;
      }
      const report = await this.#session.check(text, options);
      if (this.#adapter?.text() !== text) {
        // Stale: the draft changed while this check ran; the next one is scheduled.
        this.#again = true;
        return;
      }
      this.#checkedOptions = optionsKey;
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

  #onTrap(error, { again }) {
    this.#checkedOptions = null;
    const text = this.#adapter?.text() ?? '';
    this.#alertText = text;
    const name = `${error.name}: ${error.message}`;
    if (error.restartError) this.#showAlert(this.#t('restartFailed', { error: error.restartError.message }), true);
    else this.#showAlert(this.#t(again ? 'trappedAgain' : 'trapped', { error: name }), true);
    this.dispatchEvent(new CustomEvent('claimcheck:error', { detail: { error, recovered: !again && !error.restartError }, bubbles: true, composed: true }));
    if (!again && !error.restartError) this.#again = true;
  }

  #showAlert(message, sticky = false) {
    this.#ui.alert.textContent = message;
    this.#ui.alert.hidden = false;
    if (sticky) this.#ui.alert.dataset.sticky = '1';
  }

  #hideAlert() {
    // After every report: touching the live region when nothing changes costs a
    // style pass (and may be announced).
    if (this.#ui.alert.hidden && !this.#ui.alert.textContent) return;
    this.#ui.alert.hidden = true;
    this.#ui.alert.textContent = '';
    delete this.#ui.alert.dataset.sticky;
  }

  // --- rendering ----------------------------------------------------------------------

  #setLanguage() {
    const t = translator(uiLang(this.getAttribute('ui-lang'), this.#report?.lang));
    if (t.lang === this.#t.lang && this.#panel.t) return;
    this.#t = t;
    // Its words are in their own language, whatever the host page's (WCAG 3.1.2): a
    // screen reader reads a Dutch summary in an English page with a Dutch voice.
    for (const part of [this.#ui.overlay, this.#ui.panel, this.#ui.tip]) part.lang = t.lang;
    this.#ui.overlay.setAttribute('aria-label', t('overlay'));
    this.#panel.setLanguage(t);
  }

  #render() {
    this.#setLanguage();
    this.#groups = spansOf(this.#report.claims);
    this.#reportGroups = this.#groups;
    this.#editedText = this.#checkedText; // the groups' offsets are the checked text's
    this.#stale = false;
    this.#panel.render(this.#report);
    this.#layout();
  }

  /** The accessible name of a span's box: what each of its findings says. */
  #label(group) {
    const claims = this.#report?.claims ?? [];
    return group.indices.map((k) => (claims[k] ? describe(claims[k], this.#t) : '')).join('. ');
  }

  #decorate(el) {
    el.setAttribute('role', 'button');
    el.setAttribute('aria-describedby', 'tip');
    // The span is looked up when the event comes: a box is re-keyed when its span moves.
    el.addEventListener('focus', () => {
      const group = this.#highlights.group(el);
      if (!group) return;
      this.#rove(group.key);
      this.#focusBox(el, group);
    });
    el.addEventListener('blur', () => this.#tip.hide());
    el.addEventListener('keydown', (event) => {
      const group = this.#highlights.group(el);
      if (group) this.#onBoxKey(event, group);
    });
  }

  #layout() {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#layoutNow());
  }

  #layoutAfterFrame() {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#layout());
  }

  /** Measures the visible spans and draws their highlights (see Highlights.draw). */
  #layoutNow(always = null) {
    cancelAnimationFrame(this.#frame);
    const adapter = this.#adapter;
    if (!adapter || !this.isConnected) return;
    const focusedKey = this.#root.activeElement?.classList.contains('hl') ? this.#root.activeElement.dataset.key : null;
    // Every layout read of the frame (the spans' rects, then where the editor and the
    // overlay are) before any write, so the browser lays out once (test/typing.test.mjs).
    let placement = null;
    const beforeWrites = () => {
      placement = { frame: adapter.frame(), box: overlayBox(this.#ui.overlay) };
      adapter.syncBox?.(); // the editor's box these highlights are placed for (./adapters/moves.js)
    };
    this.#highlights.draw(adapter, this.#groups, { always: always ?? focusedKey ?? this.#rovingKey, stale: this.#stale, beforeWrites });
    this.#rove(this.#rovingKey);
    if (this.#tip.for) {
      // Keep the details open on the new box of the same span, if it is still there.
      const key = this.#tip.for.group.key;
      const box = this.#highlights.box(key);
      const group = this.#groups.find((g) => g.key === key);
      if (box && group && !this.#stale) this.#tip.show(box, group, this.#report.claims, this.#t, this.#tip.for.mouse);
      else this.#tip.hide();
    }
    if (focusedKey && this.#root.activeElement?.dataset.key !== focusedKey) this.#highlights.box(focusedKey)?.focus({ preventScroll: true });
    this.#position(placement);
    // An adapter still laying a long paste into its mirror measures more next frame.
    if (adapter.pending?.()) this.#layout();
  }

  /**
   * One Tab stop for all highlights (roving tabindex): the last one focused, or the
   * first drawn; arrow keys, Home and End move between all spans in text order.
   */
  #rove(key) {
    let current = key ? this.#highlights.box(key) : null;
    const boxes = [...this.#ui.layer.querySelectorAll('.hl[tabindex]')];
    if (!current) {
      // The first live span on screen.
      current = boxes.sort((a, b) => parseInt(a.dataset.key, 10) - parseInt(b.dataset.key, 10))[0] ?? null;
    }
    // Written only when it changes: every write is an attribute change (style invalidation,
    // mutation records), and this runs in every frame that draws.
    for (const el of boxes) {
      const tabIndex = el === current ? 0 : -1;
      if (el.tabIndex !== tabIndex) el.tabIndex = tabIndex;
    }
    this.#rovingKey = current?.dataset.key ?? key;
  }

  #liveGroups() {
    return this.#stale ? [] : this.#groups;
  }

  #focusGroup(group) {
    if (!group) return;
    const index = group.indices[0];
    this.focusFinding(index);
  }

  #onBoxKey(event, group) {
    const groups = this.#liveGroups();
    const i = groups.findIndex((g) => g.key === group.key);
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: groups.length - 1 }[event.key];
    if (next !== undefined && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.#focusGroup(groups[Math.max(0, Math.min(groups.length - 1, next))]);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter applies the suggestion, if there is one; otherwise it selects the span.
      const index = group.indices.find((k) => {
        const c = this.#report?.claims[k];
        // A dismissed figure is correct as written: Enter selects it instead.
        return c && c.suggestion != null && c.verdict !== 'consistent' && c.suggestion !== c.text && !c.dismissal?.holds;
      });
      if (index !== undefined) this.applySuggestion(index);
      else this.selectClaim(group.indices[0]);
    } else if (event.key === ' ') {
      event.preventDefault();
      this.selectClaim(group.indices[0]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#tip.hide();
      // Back to the editor, with the caret just after the figure.
      this.#adapter?.select(group.end, group.end);
    }
  }

  /** Alt+Shift+N / Alt+Shift+P: the next / previous finding after the caret or the focused one. */
  #shortcut(event) {
    if (event.key === 'Escape') {
      this.#escapeList(event);
      return;
    }
    if (!isNext(event) && !isPrevious(event)) return;
    const groups = this.#liveGroups();
    if (!groups.length || !this.#adapter) return;
    event.preventDefault();
    event.stopPropagation();
    const focused = this.#root.activeElement;
    let from;
    if (focused?.classList.contains('hl')) from = parseInt(focused.dataset.key, 10) + (isNext(event) ? 1 : -1);
    else if (focused?.closest?.('li.finding')) from = Number(focused.closest('li.finding').dataset.start) + (isNext(event) ? 1 : -1);
    else from = this.#caret();
    let group;
    if (isNext(event)) group = groups.find((g) => g.start >= from) ?? groups[0];
    else group = groups.findLast((g) => g.start < from) ?? groups.at(-1);
    this.#focusGroup(group);
  }

  /** Escape on a finding in the list: back to the editor, after that finding's figure. */
  #escapeList(event) {
    const li = this.#root.activeElement?.closest?.('li.finding');
    if (!li || !this.#adapter || event.defaultPrevented) return;
    event.preventDefault();
    const index = Number(li.dataset.index);
    // Its span as the editor's text is now (none while an edit awaits its check).
    const group = this.#liveGroups().find((g) => g.indices.includes(index));
    const at = group ? group.end : this.#caret();
    this.#adapter.select(at, at);
  }

  /** The caret offset in the editor (0 if unknown). */
  #caret() {
    const target = this.#target;
    if (target instanceof HTMLTextAreaElement) return target.selectionStart;
    const adapter = this.#adapter;
    const selection = adapter?.doc?.getSelection?.();
    if (!selection?.rangeCount || !adapter.segments) return 0;
    adapter.text();
    const { startContainer, startOffset } = selection.getRangeAt(0);
    return adapter.offsetOf(startContainer, startOffset) ?? 0;
  }

  #schedulePosition() {
    cancelAnimationFrame(this.#positionFrame);
    this.#positionFrame = requestAnimationFrame(() => {
      this.#position();
      // Scrolling may bring spans into view that are not drawn yet.
      this.#layout();
    });
  }

  /** Places the overlay on the editor's visible client area and follows its scroll. */
  #position(placement = null) {
    if (!this.#adapter) return;
    const frame = placement?.frame ?? this.#adapter.frame();
    const box = placement?.box ?? overlayBox(this.#ui.overlay);
    // (#layoutNow has synced the editor's box with its own reads.)
    if (!placement) this.#adapter.syncBox?.();
    placeOverlay(this.#ui.overlay, this.#ui.layer, frame, box);
    this.#tip.follow(frame);
  }

  // --- details on hover and focus -------------------------------------------------------

  #hover(event) {
    let x = event.clientX;
    let y = event.clientY;
    if (this.#target?.localName === 'iframe') {
      const f = this.#adapter.frame();
      x = f.left + x * f.scaleX;
      y = f.top + y * f.scaleY;
    }
    let hit = null;
    for (const box of this.#highlights.boxes()) {
      const r = box.el.getBoundingClientRect();
      if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
        hit = box;
        break;
      }
    }
    if (!hit) {
      if (this.#tip.for?.mouse) this.#tip.hide();
      return;
    }
    if (this.#tip.for?.group.key === hit.group.key) return;
    const first = this.#highlights.box(hit.group.key) ?? hit.el;
    this.#tip.show(first, hit.group, this.#report?.claims ?? [], this.#t, true);
  }

  #focusBox(el, group) {
    const claims = this.#report?.claims ?? [];
    const frame = this.#adapter?.frame();
    const r = el.getBoundingClientRect();
    if (frame && (r.top < frame.top || r.bottom > frame.top + frame.height)) {
      this.#adapter.scrollTo(group.start, group.end);
      this.#position();
    }
    this.#tip.show(el, group, claims, this.#t, false);
  }
}

if (globalThis.customElements && !customElements.get('claim-check')) customElements.define('claim-check', ClaimCheckElement);
