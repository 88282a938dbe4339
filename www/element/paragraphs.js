// Checking a draft paragraph by paragraph with the same findings as checking it whole.
//
// The core reads a draft in runs of paragraphs of one language (Checker.languages
// says which), and within a run a sentence borrows the subjects of at most the three
// sentences before it (link.rs, CARRY_SENTENCES); a sentence never spans paragraphs.
// So a paragraph's findings depend only on its text, its language and the three
// non-empty paragraphs before it in its run. After an edit, the changed paragraphs
// and the three non-empty ones after them are checked again, each run with its three
// paragraphs of context before it, in the run's language; every other paragraph keeps
// its findings. test/incremental.test.mjs checks this gives the whole draft's findings.
//
// This holds no checking logic: it decides only which text to hand to the core again.

/** Paragraphs of context (non-empty) before a re-checked run, and re-checked after a change. */
export const CONTEXT = 3;

const BREAK = /\n|\u2029/g;
const nonEmpty = (p) => /\S/.test(p.text);

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

/** Gives each paragraph its language from the core's runs (UTF-16 offsets). */
function assignLanguages(paras, runs) {
  let r = 0;
  for (const p of paras) {
    while (r < runs.length - 1 && runs[r].end <= p.start) r++;
    p.lang = runs[r]?.lang ?? 'en';
  }
}

/**
 * The incremental checker. `checker` is the package's Checker. check() returns the
 * report and a splice describing which paragraphs' findings changed, so that a caller
 * mirroring the paragraphs (the element, across a worker boundary) moves only those.
 */

/**
 * A claim with every UTF-16 offset moved by `by`: its own span and the spans of the
 * words its evidence names (subject, metric, time), which the core gives in the same unit.
 */
function shifted(claim, by) {
  const move = (w) => (w && w.start !== undefined ? { ...w, start: w.start + by, end: w.end + by } : w);
  const out = { ...claim, start: claim.start + by, end: claim.end + by };
  if (claim.evidence) {
    out.evidence = { ...claim.evidence };
    for (const key of ['subject', 'metric', 'time']) {
      if (claim.evidence[key]) out.evidence[key] = move(claim.evidence[key]);
    }
  }
  return out;
}

export class Incremental {
  constructor(checker) {
    this.checker = checker;
    this.key = null;
    this.paras = []; // { text, start, lang, claims (offsets relative to the paragraph) }
    this.asOf = null;
    this.checkedParagraphs = 0; // for the benchmark: paragraphs handed to the core
  }

  reset() {
    this.key = null;
    this.paras = [];
  }

  /** Checks `text` with options { asOf, lang }; returns { report, splice }. */
  check(text, options = {}) {
    const fixed = options.lang && options.lang !== 'auto' ? options.lang : null;
    const paras = split(text);
    let lang;
    if (fixed) {
      for (const p of paras) p.lang = fixed;
      lang = fixed;
    } else {
      const detected = this.checker.languages(text);
      assignLanguages(paras, detected.segments);
      lang = detected.lang;
    }
    const key = JSON.stringify([options.asOf ?? null, fixed, options.dismissals ?? null]);
    const old = key === this.key ? this.paras : [];
    const n = paras.length;
    // Unchanged paragraphs at both ends (same text, same language).
    let p = 0;
    while (p < old.length && p < n && old[p].text === paras[p].text && old[p].lang === paras[p].lang) p++;
    let s = 0;
    while (s < old.length - p && s < n - p && old[old.length - 1 - s].text === paras[n - 1 - s].text && old[old.length - 1 - s].lang === paras[n - 1 - s].lang) s++;
    // Reuse what is kept; the changed block and the CONTEXT non-empty paragraphs after it are dirty.
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
        if (nonEmpty(paras[i])) after++;
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
        if (nonEmpty(paras[c])) seen++;
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
    const splice = { at: old.length ? p : 0, remove: 0, reset: old.length === 0, insert: [], starts: new Int32Array(n) };
    for (let i = 0; i < n; i++) splice.starts[i] = paras[i].start;
    // Paragraphs whose findings were recomputed are sent; the rest the caller keeps.
    const lastDirty = dirty.lastIndexOf(1);
    const sendTo = Math.max(end, lastDirty + 1);
    splice.remove = old.length ? sendTo - p + (old.length - n) : 0;
    splice.insert = paras.slice(splice.at, sendTo).map((q) => q.claims);
    this.key = key;
    this.paras = paras;
    this.asOf = asOf;
    return { lang, asOf, splice };
  }
}

/**
 * The caller's side: mirrors the paragraphs' findings, applies splices, and builds the
 * report (absolute offsets), reusing claim objects whose paragraph did not move.
 */
export class ParagraphMirror {
  constructor() {
    this.paras = []; // { claims (relative), start, abs: claims (absolute) | null, absStart }
  }

  reset() {
    this.paras = [];
  }

  apply({ lang, asOf, splice }) {
    if (splice.reset) this.paras = [];
    const fresh = splice.insert.map((claims) => ({ claims, abs: null, absStart: -1 }));
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
      if (p.absStart !== start || !p.abs) {
        p.abs = p.claims.map((c) => shifted(c, start));
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
