// Checking a draft paragraph by paragraph with the same findings as checking it whole.
//
// The core reads a draft in runs of paragraphs of one language (Checker.languages
// says which), and within a run a sentence borrows the subjects of at most the three
// sentences before it (link.rs, CARRY_SENTENCES); a sentence never spans paragraphs.
// So a paragraph's findings depend only on its text, its language and the three
// non-empty paragraphs before it in its run, with one exception: the lines of a block
// the core reads with the line above the block. A pasted table's row takes its column
// header from the table's first row (frame/table.rs) and its subject from the line
// above the table, up to 40 rows up (link/who.rs, TABLE_LINES); a list's item takes
// its subject from the heading above the list, up to 12 items up (LIST_LINES). So
// block lines (blockLine(), a superset of both) do not count as context: the context
// is the three non-empty paragraphs that are no block line, with every block line
// and blank in between. After an edit, the changed paragraphs and the paragraphs up
// to that context after them are checked again, each run with that context before
// it, in the run's language; every other paragraph keeps its findings.
// test/incremental.test.mjs checks this gives the whole draft's findings.
//
// This holds no checking logic: it decides only which text to hand to the core again.

import { changedRegion } from './diff.js';

/** Paragraphs of context (non-empty) before a re-checked run, and re-checked after a change. */
export const CONTEXT = 3;

const BREAK = /\n|\u2029/g;
const nonEmpty = (p) => /\S/.test(p.text);

/** The most words of a list's item (the core's: 24 tokens, a word being one or more). */
const ITEM_WORDS = 40;

/**
 * Whether paragraph `p` may be a line of a block the core reads with the line above the
 * block: a pasted table's row (a tab, an opening pipe or two pipes: frame/table.rs,
 * link/who.rs is_row) or a list's item (a short line opening with a bullet or holding a
 * label's colon: link/who.rs list_item, short_line). A superset: more context never
 * changes a paragraph's findings, too little does.
 */
function blockLine(p) {
  const t = p.text;
  if (t.includes('\t') || /^\s*\|/.test(t) || t.indexOf('|') !== t.lastIndexOf('|')) return true;
  if (!/^\s*[-\u2013\u2014*\u2022]|:/.test(t)) return false;
  return t.split(/\s+/, ITEM_WORDS + 2).filter(Boolean).length <= ITEM_WORDS;
}

/** Whether paragraph `p` counts as context: non-empty and no block line. */
const counts = (p) => nonEmpty(p) && !blockLine(p);

/** The paragraphs of `text`: { text, start } each, separators excluded. */
export function split(text) {
  const out = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + 1;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

/**
 * The paragraphs of `text`, an edit of `before` whose paragraphs are `old`: only the
 * paragraphs the edit touched are split again; the others keep their text (the same
 * string, so that comparing them costs nothing) at their moved start.
 */
function splitEdited(old, before, text) {
  const [from, oldEnd, newEnd] = changedRegion(before, text);
  const delta = newEnd - oldEnd;
  const at = (offset) => {
    let lo = 0;
    let hi = old.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (old[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const a = at(from);
  const b = at(oldEnd);
  const from2 = old[a].start;
  const to2 = old[b].start + old[b].text.length + delta;
  const out = [];
  for (let i = 0; i < a; i++) out.push({ text: old[i].text, start: old[i].start });
  for (const q of split(text.slice(from2, to2))) out.push({ text: q.text, start: q.start + from2 });
  for (let i = b + 1; i < old.length; i++) out.push({ text: old[i].text, start: old[i].start + delta });
  return out;
}

/** Gives each paragraph its language from the core's runs (UTF-16 offsets). */
function assignLanguages(paras, runs) {
  let r = 0;
  for (const p of paras) {
    while (r < runs.length - 1 && runs[r].end <= p.start) r++;
    p.lang = runs[r]?.lang ?? 'en';
  }
}


/**
 * A claim with every UTF-16 offset moved by `by`: its own span and the spans of the
 * words its evidence names (subject, metric, time), which the core gives in the same unit.
 * (Copied, then moved: a spread with the offsets overridden in the same literal was ten
 * times slower on claims that were themselves such copies, as every keystroke in a long
 * draft makes them.)
 */
function shifted(claim, by) {
  const out = { ...claim };
  out.start += by;
  out.end += by;
  const evidence = claim.evidence;
  if (evidence) {
    const moved = { ...evidence };
    for (const key of EVIDENCE_SPANS) {
      const w = evidence[key];
      if (w && w.start !== undefined) {
        const m = { ...w };
        m.start += by;
        m.end += by;
        moved[key] = m;
      }
    }
    out.evidence = moved;
  }
  return out;
}

const EVIDENCE_SPANS = ['subject', 'metric', 'time'];

/**
 * The incremental checker. `checker` is the package's Checker. update() brings the
 * paragraphs' findings up to date with a text; take() returns what changed since the
 * last take() as a splice of paragraphs, so that a caller mirroring the paragraphs
 * (the element, across a worker boundary) moves only those. check() does both. The
 * worker updates as soon as an edit arrives and takes when the element asks.
 */
export class Incremental {
  constructor(checker) {
    this.checker = checker;
    this.key = null;
    this.text = null;
    this.paras = []; // { text, start, lang, claims (offsets relative to the paragraph) }
    this.delivered = []; // the claims of each paragraph as the caller mirrors them
    this.lang = null;
    this.asOf = null;
    this.checkedParagraphs = 0; // for the benchmark: paragraphs handed to the core
  }

  reset() {
    this.key = null;
    this.text = null;
    this.paras = [];
    this.delivered = [];
  }

  /** Checks `text` with options { asOf, lang }; returns { lang, asOf, splice }. */
  check(text, options = {}) {
    this.update(text, options);
    return this.take();
  }

  /** Brings the findings up to date with `text` and options { asOf, lang, dismissals }. */
  update(text, options = {}) {
    const fixed = options.lang && options.lang !== 'auto' ? options.lang : null;
    const key = JSON.stringify([options.asOf ?? null, fixed, options.dismissals ?? null]);
    if (key === this.key && text === this.text) return;
    const paras = key === this.key && this.text !== null ? splitEdited(this.paras, this.text, text) : split(text);
    let lang;
    if (fixed) {
      for (const p of paras) p.lang = fixed;
      lang = fixed;
    } else {
      const detected = this.checker.languages(text);
      assignLanguages(paras, detected.segments);
      lang = detected.lang;
    }
    const old = key === this.key ? this.paras : [];
    const n = paras.length;
    // Unchanged paragraphs at both ends (same text, same language).
    let p = 0;
    while (p < old.length && p < n && old[p].text === paras[p].text && old[p].lang === paras[p].lang) p++;
    let s = 0;
    while (s < old.length - p && s < n - p && old[old.length - 1 - s].text === paras[n - 1 - s].text && old[old.length - 1 - s].lang === paras[n - 1 - s].lang) s++;
    // Reuse what is kept; the changed block and the paragraphs up to the CONTEXT that
    // counts after it (every block line and blank on the way) are dirty.
    const dirty = new Uint8Array(n);
    for (let i = 0; i < p; i++) paras[i].claims = old[i].claims;
    for (let i = 0; i < s; i++) paras[n - 1 - i].claims = old[old.length - 1 - i].claims;
    const end = n - s;
    for (let i = p; i < end; i++) dirty[i] = 1;
    if (old.length === 0) dirty.fill(1);
    else {
      let after = 0;
      for (let i = end; i < n && after < CONTEXT; i++) {
        dirty[i] = 1;
        if (counts(paras[i])) after++;
      }
    }
    let asOf = this.asOf;
    // Check each maximal run of dirty paragraphs of one language, with its context.
    for (let a = 0; a < n;) {
      if (!dirty[a]) { a++; continue; }
      let b = a + 1;
      while (b < n && dirty[b] && paras[b].lang === paras[a].lang) b++;
      let c = a;
      for (let seen = 0; c > 0 && seen < CONTEXT && paras[c - 1].lang === paras[a].lang;) {
        c--;
        if (counts(paras[c])) seen++;
      }
      const from = paras[c].start;
      const to = paras[b - 1].start + paras[b - 1].text.length;
      // draftLang: number styles are judged against the whole draft's language.
      const report = this.checker.check(text.slice(from, to), { ...options, lang: paras[a].lang, draftLang: lang });
      asOf = report.as_of;
      this.checkedParagraphs += b - a;
      for (let i = a; i < b; i++) paras[i].claims = [];
      let k = a;
      for (const claim of report.claims) {
        const at = from + claim.start;
        if (at < paras[a].start) continue; // context: its findings are kept from before
        while (k + 1 < b && paras[k + 1].start <= at) k++;
        const base = paras[k].start;
        paras[k].claims.push(shifted(claim, from - base));
      }
      a = b;
    }
    if (asOf === null) asOf = this.checker.check('', options).as_of;
    this.key = key;
    this.text = text;
    this.paras = paras;
    this.lang = lang;
    this.asOf = asOf;
  }

  /**
   * What changed since the last take(): { lang, asOf, splice }. The splice replaces the
   * caller's paragraphs between those whose findings are the very same (the same
   * array: reused, not re-checked) at both ends, and gives every paragraph's start.
   */
  take() {
    const old = this.delivered;
    const paras = this.paras;
    const n = paras.length;
    const m = old.length;
    let p = 0;
    while (p < m && p < n && old[p] === paras[p].claims) p++;
    let s = 0;
    while (s < m - p && s < n - p && old[m - 1 - s] === paras[n - 1 - s].claims) s++;
    const starts = new Int32Array(n);
    for (let i = 0; i < n; i++) starts[i] = paras[i].start;
    // Sent with absolute offsets: the copies are made here, off the page's main thread.
    const insert = paras.slice(p, n - s).map((q) => q.claims.map((c) => shifted(c, q.start)));
    const splice = { at: p, remove: m - p - s, reset: m === 0, insert, starts };
    this.delivered = paras.map((q) => q.claims);
    return { lang: this.lang, asOf: this.asOf, splice };
  }
}

/**
 * The caller's side: mirrors the paragraphs' findings, applies splices, and builds the
 * report, reusing claim objects whose paragraph did not move (a paragraph's findings
 * arrive with absolute offsets, and are moved when an edit before it moves it).
 */
export class ParagraphMirror {
  constructor() {
    this.paras = []; // { abs: claims (absolute offsets), absStart: the start they are for }
  }

  reset() {
    this.paras = [];
  }

  apply({ lang, asOf, splice }) {
    if (splice.reset) this.paras = [];
    const fresh = splice.insert.map((abs, k) => ({ abs, absStart: splice.starts[splice.at + k] }));
    this.paras.splice(splice.at, splice.remove, ...fresh);
    if (this.paras.length !== splice.starts.length) {
      throw new Error(`paragraph mirror out of step: ${this.paras.length} ≠ ${splice.starts.length}`);
    }
    const claims = [];
    // Counted as the core's Summary::of counts (test/incremental.test.mjs compares).
    const summary = { total: 0, consistent: 0, discrepancy: 0, outdated: 0, unverified: 0, dismissed: 0 };
    for (let i = 0; i < this.paras.length; i++) {
      const p = this.paras[i];
      const start = splice.starts[i];
      if (p.absStart !== start) {
        p.abs = p.abs.map((c) => shifted(c, start - p.absStart));
        p.absStart = start;
      }
      for (const c of p.abs) {
        claims.push(c);
        if (c.dismissal?.holds) summary.dismissed++;
        else summary[c.verdict]++;
      }
    }
    summary.total = claims.length;
    return { as_of: asOf, lang, claims, summary };
  }
}
