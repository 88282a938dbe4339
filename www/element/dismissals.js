// Dismissals: an editor marks a flagged figure "correct as written", with a reason. The
// dismissal names the claim's text, the fact id and the fact version (as_of) it was judged
// against; the core decides whether it still holds (claim.dismissal.holds) and counts a
// holding one under summary.dismissed. This module only builds dismissals from claims,
// reads and writes the file the CLI takes (`--dismissals FILE`), and draws the controls.

import { h, localDate, quote } from './dom.js';

export const FILE_VERSION = 1;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FIELDS = ['text', 'fact_id', 'fact_as_of', 'reason', 'created'];

const squash = (s) => String(s).trim().replace(/\s+/g, ' ');

/** Whether the editor may dismiss this claim: a flagged figure judged against a fact. */
export const dismissible = (claim) =>
  !!claim?.fact && (claim.verdict === 'discrepancy' || claim.verdict === 'outdated') && !claim.dismissal?.holds;

/** A claim whose dismissal holds: shown greyed, not blocking. */
export const isDismissed = (claim) => claim?.dismissal?.holds === true;

/** The dismissal of `claim` for `reason`, against the fact version the claim was judged against. */
export function dismissalOf(claim, reason) {
  return { text: claim.text, fact_id: claim.fact.id, fact_as_of: claim.fact.as_of, reason: squash(reason), created: localDate() };
}

/** Same claim (text, white space runs as one) and fact: at most one dismissal each. */
const sameTarget = (a, b) => squash(a.text) === squash(b.text) && a.fact_id === b.fact_id;

/** `list` with `d` added, replacing an earlier dismissal of the same claim and fact. */
export const withDismissal = (list, d) => [...list.filter((x) => !sameTarget(x, d)), d];

/** `list` without the dismissal that matched `claim`. */
export const withoutDismissalOf = (list, claim) =>
  list.filter((x) => !(claim.fact && sameTarget(x, { text: claim.text, fact_id: claim.fact.id })));

/**
 * Checks one dismissal's shape (the core checks it again) and returns a clean copy;
 * throws an Error naming the entry and the field.
 */
export function cleanDismissal(d, where = 'dismissal') {
  if (!d || typeof d !== 'object' || Array.isArray(d)) throw new Error(`${where}: expected an object`);
  for (const key of Object.keys(d)) if (!FIELDS.includes(key)) throw new Error(`${where}: unknown field "${key}"`);
  for (const key of ['text', 'fact_id', 'fact_as_of', 'reason']) {
    if (typeof d[key] !== 'string' || !d[key].trim()) throw new Error(`${where}: "${key}" must be a non-empty string`);
  }
  if (!DATE.test(d.fact_as_of)) throw new Error(`${where}: "fact_as_of" must be YYYY-MM-DD, not "${d.fact_as_of}"`);
  if (d.created != null && (typeof d.created !== 'string' || !DATE.test(d.created))) {
    throw new Error(`${where}: "created" must be YYYY-MM-DD or null`);
  }
  return { text: d.text, fact_id: d.fact_id, fact_as_of: d.fact_as_of, reason: d.reason, created: d.created ?? null };
}

export const cleanDismissals = (list) => {
  if (!Array.isArray(list)) throw new Error('dismissals: expected an array');
  return list.map((d, i) => cleanDismissal(d, `dismissal ${i + 1}`));
};

/** The file the CLI reads with `--dismissals FILE`. */
export const dismissalsFile = (list) => `${JSON.stringify({ version: FILE_VERSION, dismissals: list }, null, 2)}\n`;

/** Reads that file (or a bare array); throws an Error that says what is wrong. */
export function parseDismissalsFile(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON: ${error.message}`);
  }
  if (Array.isArray(data)) return cleanDismissals(data);
  if (!data || data.version !== FILE_VERSION || !Array.isArray(data.dismissals)) {
    throw new Error(`expected {"version": ${FILE_VERSION}, "dismissals": […]}`);
  }
  return cleanDismissals(data.dismissals);
}

// --- the controls in a finding ------------------------------------------------------------

let formIds = 0;

/**
 * The dismissal part of a finding: for a holding dismissal, its reason and Undo; for a
 * flagged figure, "Correct as written…" that opens a reason field. Every control has a
 * `data-role` for handleDismissalEvent.
 */
export function dismissalControls(claim, t) {
  const d = claim.dismissal;
  const parts = [];
  if (d?.holds) {
    parts.push(
      h('p', { class: 'dismissed-note', text: t('dismiss.note', { reason: quote(d.reason), asOf: d.fact_as_of }) }),
      h('button', {
        type: 'button', class: 'undismiss', 'data-role': 'undismiss',
        'aria-label': t('dismiss.undoLabel', { text: quote(claim.text) }), text: t('dismiss.undo'),
      }),
    );
  } else if (d && !d.holds && t.lang !== 'en') {
    // In English the core's message already says so.
    parts.push(h('p', { class: 'changed-note', text: t('dismiss.changed', { reason: quote(d.reason), asOf: d.fact_as_of }) }));
  }
  if (dismissible(claim)) {
    const id = `reason-${++formIds}`;
    parts.push(
      h('button', {
        type: 'button', class: 'dismiss', 'data-role': 'dismiss', 'aria-expanded': 'false',
        'aria-label': t('dismiss.openLabel', { text: quote(claim.text) }), text: t('dismiss.open'),
      }),
      h('form', { class: 'dismiss-form', 'data-role': 'dismiss-form', hidden: true },
        h('label', { for: id, text: t('dismiss.reasonLabel') }),
        h('input', { id, type: 'text', 'data-role': 'reason', required: true, autocomplete: 'off' }),
        h('button', { type: 'submit', class: 'confirm', 'data-role': 'confirm', text: t('dismiss.confirm') }),
        h('button', { type: 'button', class: 'cancel', 'data-role': 'cancel', text: t('dismiss.cancel') })),
    );
  }
  return parts.length ? h('div', { class: 'dismissal' }, parts) : null;
}

function toggleForm(li, open) {
  const form = li.querySelector('[data-role="dismiss-form"]');
  const button = li.querySelector('[data-role="dismiss"]');
  if (!form || !button) return;
  form.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  if (open) form.querySelector('[data-role="reason"]').focus();
  else button.focus();
}

/**
 * Handles a click, submit or keydown inside a finding's dismissal controls; returns true
 * when it was one (so the finding's own click action is skipped). `actions`:
 * { dismiss(index, reason), undismiss(index) }.
 */
export function handleDismissalEvent(event, actions) {
  const box = event.target.closest?.('.dismissal');
  if (!box) return false;
  const li = box.closest('li.finding');
  const index = Number(li.dataset.index);
  const role = event.target.closest('[data-role]')?.dataset.role;
  if (event.type === 'submit') {
    event.preventDefault();
    const input = li.querySelector('[data-role="reason"]');
    const reason = input.value.trim();
    if (!reason) {
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return true;
    }
    actions.dismiss(index, reason);
  } else if (event.type === 'keydown') {
    if (event.key === 'Escape' && li.querySelector('[data-role="dismiss-form"]:not([hidden])')) {
      event.preventDefault();
      event.stopPropagation();
      toggleForm(li, false);
    }
  } else if (event.type === 'click') {
    if (role === 'dismiss') toggleForm(li, li.querySelector('[data-role="dismiss-form"]').hidden);
    else if (role === 'cancel') toggleForm(li, false);
    else if (role === 'undismiss') actions.undismiss(index);
  }
  return true;
}

/** Styles for the element's shadow root: a dismissed finding and highlight are greyed. */
export const DISMISSAL_CSS = `
.v-dismissed { --c: #6e7781; --tc: #c9d1d9; --bg: rgba(110, 119, 129, .10); }
.hl.v-dismissed, .swatch.v-dismissed { border-bottom: 2px dashed var(--c); }
.finding.dismissed { background: #f6f8fa; color: #57606a; }
.finding.dismissed .badge { text-decoration: line-through; color: #57606a; }
.dismissal { margin-top: .4rem; display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; }
.dismissed-note, .changed-note { margin: 0; flex-basis: 100%; font-size: 13px; }
.dismiss, .undismiss, .dismiss-form button { font: inherit; font-size: 13px; padding: .2rem .6rem; border-radius: 4px; border: 1px solid #57606a; background: #fff; color: #1b1f24; cursor: pointer; }
.dismiss-form { display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; flex-basis: 100%; }
.dismiss-form[hidden] { display: none; }
.dismiss-form label { flex-basis: 100%; font-size: 13px; }
.dismiss-form input { flex: 1 1 12rem; font: inherit; padding: .2rem .4rem; border: 1px solid #57606a; border-radius: 4px; }
.dismiss-form input[aria-invalid="true"] { border-color: #c62828; }
.dismiss-form button.confirm { background: #24292f; color: #fff; }
input:focus-visible { outline: 3px solid #1a73e8; outline-offset: 1px; }
`;
