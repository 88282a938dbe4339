// The words of a finding: summary line, one-line description, message and the
// evidence line, in the reader's language, from the report's structured fields.

import { quote } from './dom.js';
import { VERDICTS } from './geometry.js';

/** Each verdict's icon, beside its name (the name says it: the icon is hidden from screen readers in the list). */
export const ICON = { discrepancy: '✕', outdated: '↻', unverified: '?', consistent: '✓' };

/** The summary line: "14 figures checked: 1 discrepancy · 1 outdated · 9 consistent · 3 unverified". */
export function summaryLine(report, t) {
  const s = report.summary;
  if (!s.total) return t('summaryNone');
  const parts = VERDICTS.map((v) => t.plural(`count.${v}`, s[v]));
  // Findings an editor dismissed (counted apart by the core) are named only when there are some.
  if (s.dismissed) parts.push(t.plural('count.dismissed', s.dismissed));
  const counts = parts.join(' · ');
  return t.plural('summary', s.total, { counts });
}

/** A one-line description of a claim, used as accessible name and tooltip title. */
export function describe(claim, t) {
  const about = claim.metric ? ` (${claim.metric})` : '';
  const parts = [`${t(`verdict.${claim.verdict}`)}${claim.dismissal?.holds ? ` (${t('dismiss.badge')})` : ''}: ${quote(claim.text)}${about}`];
  if (claim.fact) {
    parts.push(t('tableSaysShort', { display: claim.fact.display, asOf: claim.fact.as_of, publication: claim.fact.source.publication }));
  }
  return parts.join('; ');
}

/**
 * The finding's message. The core writes it in English; in another language it is
 * composed from the structured fields (verdict, fact, text), never by parsing the
 * English sentence.
 */
export function message(claim, t) {
  if (t.lang === 'en' && claim.message) return claim.message;
  const f = claim.fact;
  if (!f || claim.verdict === 'unverified') {
    return t('message.unverified', { text: quote(claim.text) });
  }
  const about = f && claim.metric && claim.subject && !claim.metric.includes(claim.subject)
    ? `${claim.metric} (${claim.subject})` : (claim.metric ?? claim.subject ?? '');
  return t(`message.${claim.verdict}`, {
    about, display: f.display, asOf: f.as_of, publication: f.source.publication, text: quote(claim.text),
  });
}

/**
 * What the sentence says the figure is about, from the linker's evidence when the
 * report has it: "Japan · foreign investors · now". Null when there is none. With a
 * translator `t`, the time's label (the core's `now`, `earlier`, `since 2019` or a
 * year) is in the reader's language; the subject and metric are the draft's words.
 */
export function evidenceLine(claim, t = null) {
  const e = claim.evidence;
  if (!e) return null;
  let time = e.time?.label ?? e.time?.text;
  if (t && time) {
    const since = /^since (\d+)$/.exec(time);
    if (since) time = t('since', { year: since[1] });
    else if (time === 'now' || time === 'earlier') time = t(time);
  }
  const parts = [e.subject?.text, e.metric?.text, time].filter(Boolean);
  return parts.length ? parts.join(' · ') : null;
}
