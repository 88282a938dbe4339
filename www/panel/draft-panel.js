// The drafting panel: paste a trusted article with its source, get the rows the core
// proposes (draftFacts, the same reader as the check and as `claimcheck facts draft`),
// review each next to its figure in the source (accept, edit subject, metric and cues, or
// reject), and keep the accepted rows as a user table in the browser, used by every
// check and exportable as CSV and JSON. No row is invented here: the panel only edits
// the three columns the editor may change and writes the core's other columns back.

import { h, localDate } from '../element/dom.js';
import { readTable, writeCsv } from './csv.js';

/** The user table's name (shown in the page's table list and in errors). */
export const TABLE_NAME = 'drafted-facts.csv';

const splitCues = (s) => s.split('|').map((c) => c.trim()).filter(Boolean);

/**
 * Wires the panel (#draft-facts) to the <claim-check> `checker`. `page`: { t(), say(...),
 * download(name, type, text), table: { get() → CSV text | null, set(csv | null) → Promise } }:
 * the page keeps the user table with its other tables (set() rejects with the table's error).
 */
export function setupDraftPanel(checker, page) {
  const $ = (s) => document.querySelector(s);
  const form = $('#draft-form');
  const results = $('#draft-results');
  const preview = $('#draft-source');
  const userBody = $('#user-facts tbody');
  const userEmpty = $('#user-facts-empty');
  const exportCsv = $('#export-user-csv');
  const exportJson = $('#export-user-json');
  const t = () => page.t();
  let proposals = []; // { row, record, figure, key, edits }
  let shown = null; // the user table's CSV as last drawn
  let lastSkipped = []; // figures the core would not draft, with its reasons
  let header = null;
  let sourceText = '';

  const current = () => {
    const csv = page.table.get();
    return csv ? readTable(csv) : { header: header ?? [], records: [] };
  };

  // --- proposing ------------------------------------------------------------------------

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $('#draft-text').value;
    const date = $('#draft-date').value;
    // Only the fields given: the core reads an absent field as none, not an undefined one.
    const source = {};
    for (const key of ['title', 'publication', 'url']) {
      const value = $(`#draft-${key}`).value.trim();
      if (value) source[key] = value;
    }
    if (!text.trim() || !date || !(source.title || source.publication)) {
      page.say(t()('workflow.needSource'));
      return;
    }
    let drafted;
    let paired;
    try {
      drafted = await checker.draftFacts(text, { asOf: date, source });
      const table = readTable(drafted.csv);
      header = table.header;
      // The core writes one CSV record per row, in order; pair them and check that they agree.
      paired = drafted.rows.map((row, i) => {
        const record = table.records[i];
        if (!record || record.id !== row.id || record.as_of !== row.as_of) throw new Error(`row ${i + 1} and its CSV record differ`);
        return { row, record, figure: text.slice(row.start, row.end), key: i, edits: {} };
      });
    } catch (error) {
      results.replaceChildren(h('p', { class: 'draft-error', role: 'alert', text: t()('workflow.failed', { error: error.message }) }));
      return;
    }
    proposals = paired;
    lastSkipped = drafted.skipped;
    sourceText = text;
    render();
  });

  function render() {
    const tr = t();
    const skipped = lastSkipped;
    preview.replaceChildren(...marked(sourceText, proposals));
    preview.hidden = !sourceText;
    results.replaceChildren(
      h('p', { class: 'draft-count', role: 'status', text: proposals.length ? tr.plural('workflow.proposed', proposals.length) : tr('workflow.none') }),
      h('ol', { class: 'proposals' }, proposals.map((p) => card(p, tr))),
      ...(skipped.length ? [h('details', { class: 'skipped' },
        h('summary', { text: `${tr('workflow.skipped')} (${skipped.length})` }),
        h('ul', {}, skipped.map((s) => h('li', {}, h('q', { text: s.text }), ` ${s.reason}`))))] : []),
    );
  }

  /** The source with each proposed figure marked and numbered, linked to its row. */
  function marked(text, list) {
    const out = [];
    let at = 0;
    for (const p of [...list].sort((a, b) => a.row.start - b.row.start)) {
      if (p.row.start < at) continue;
      out.push(text.slice(at, p.row.start));
      out.push(h('mark', { id: `figure-${p.key}`, 'data-row': String(p.key) },
        h('sup', { text: String(p.key + 1) }), text.slice(p.row.start, p.row.end)));
      at = p.row.end;
    }
    out.push(text.slice(at));
    return out;
  }

  function card(p, tr) {
    const { row } = p;
    const field = (name, label, value) => {
      const id = `row-${p.key}-${name}`;
      return h('div', { class: 'field' },
        h('label', { for: id, text: label }),
        // Edits live on the proposal, so drawing again (another language) keeps them.
        h('input', { id, type: 'text', 'data-field': name, value: p.edits[name] ?? value, oninput: (e) => { p.edits[name] = e.target.value; } }));
    };
    const before = sourceText.slice(Math.max(0, row.start - 60), row.start);
    const after = sourceText.slice(row.end, row.end + 60);
    return h('li', {
      class: 'proposal', 'data-row': String(p.key), 'aria-labelledby': `row-${p.key}-title`,
      onmouseenter: () => document.getElementById(`figure-${p.key}`)?.classList.add('active'),
      onmouseleave: () => document.getElementById(`figure-${p.key}`)?.classList.remove('active'),
    },
      h('h4', { id: `row-${p.key}-title` }, `${p.key + 1}. `, h('span', { class: 'figure', text: `“${p.figure}”` }),
        ` → ${row.value}${row.unit ? ` ${row.unit}` : ''}`),
      h('p', { class: 'context' }, h('span', { class: 'visually-hidden', text: `${tr('workflow.inSource')}: ` }),
        `…${before}`, h('mark', { text: p.figure }), `${after}…`),
      h('p', { class: 'meta', text: `${row.id} · ${row.as_of} · ${row.kind} · ${row.qualifier} · ${row.new_version ? tr('workflow.newVersion', { id: row.id }) : tr('workflow.newFact')}` }),
      field('subject', tr('workflow.subject'), row.subject),
      field('metric', tr('workflow.metric'), row.metric),
      field('cues', tr('workflow.cues'), row.cues.join(' | ')),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'accept', 'aria-label': tr('workflow.acceptLabel', { figure: p.figure }), text: tr('workflow.accept'), onclick: (e) => accept(p, e.target.closest('li')) }),
        h('button', { type: 'button', class: 'reject', 'aria-label': tr('workflow.rejectLabel', { figure: p.figure }), text: tr('workflow.reject'), onclick: () => reject(p) })));
  }

  function removeProposal(p) {
    const next = results.querySelector(`li.proposal[data-row="${p.key}"]`)?.nextElementSibling;
    proposals = proposals.filter((x) => x !== p);
    render();
    (results.querySelector(`li.proposal[data-row="${next?.dataset.row}"] input`) ?? results.querySelector('.accept') ?? $('#draft-text')).focus();
  }

  async function accept(p, li) {
    const value = (name) => li.querySelector(`[data-field="${name}"]`).value.trim();
    const record = { ...p.record, subject: value('subject'), metric: value('metric'), [`cues_${p.row.lang}`]: splitCues(value('cues')).join('|') };
    const table = current();
    const cols = table.header.length ? table.header : header;
    const records = [...table.records.filter((r) => !(r.id === record.id && r.as_of === record.as_of)), record];
    try {
      await page.table.set(writeCsv(cols, records));
    } catch (error) {
      page.say(error.message);
      return;
    }
    page.say(t()('workflow.accepted', { id: record.id, asOf: record.as_of }));
    removeProposal(p);
    renderUserTable();
  }

  function reject(p) {
    page.say(t()('workflow.rejected', { figure: p.figure }));
    removeProposal(p);
  }

  // --- the user table --------------------------------------------------------------------

  function renderUserTable() {
    const csv = page.table.get();
    if (csv === shown) return;
    shown = csv;
    const { header: cols, records } = current();
    const tr = t();
    userEmpty.hidden = records.length > 0;
    userBody.closest('table').hidden = records.length === 0;
    exportCsv.disabled = exportJson.disabled = records.length === 0;
    userBody.replaceChildren(...records.map((r) => h('tr', { 'data-id': r.id, 'data-as-of': r.as_of },
      h('td', { text: r.id }), h('td', { text: r.as_of }), h('td', { text: r.subject }), h('td', { text: r.metric }),
      h('td', { text: [r.value, r.unit].filter(Boolean).join(' ') }),
      h('td', {}, h('button', {
        type: 'button', class: 'link', text: tr('workflow.removeRow'), 'aria-label': tr('workflow.removeRowLabel', { id: r.id, asOf: r.as_of }),
        onclick: async () => {
          const rest = records.filter((x) => x !== r);
          try {
            await page.table.set(rest.length ? writeCsv(cols, rest) : null);
            page.say(tr('workflow.rowRemoved', { id: r.id, asOf: r.as_of }));
          } catch (error) {
            page.say(error.message);
          }
          renderUserTable();
          $('#user-facts-title').focus();
        },
      })))));
  }

  exportCsv.addEventListener('click', () => {
    const csv = page.table.get();
    if (csv) page.download(TABLE_NAME, 'text/csv', csv);
  });
  exportJson.addEventListener('click', () => {
    const { records } = current();
    // The fact table's JSON form: an array of objects keyed by column name (docs/fact-table.md).
    page.download('drafted-facts.json', 'application/json', `${JSON.stringify(records, null, 2)}\n`);
  });

  preview.addEventListener('click', (event) => {
    const mark = event.target.closest('mark[data-row]');
    results.querySelector(`li.proposal[data-row="${mark?.dataset.row}"] input`)?.focus();
  });

  const date = $('#draft-date');
  if (!date.value) date.value = localDate();
  document.addEventListener('claimcheck:page-language', () => {
    shown = null;
    renderUserTable();
    if (sourceText) render();
  });

  // The page may drop the table (its own Remove button): follow it after every check.
  checker.addEventListener('claimcheck:report', () => renderUserTable());
  renderUserTable();
}
