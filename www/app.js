// The Claimcheck page: a draft textarea with <claim-check> attached, plus the page's
// own controls (as-of date, user tables, fact-table panel, export, draft storage).
// Checking and highlighting live in claim-check.js; this file only wires controls.

import { summarize } from './claim-check.js';
import { h as el, localDate, safeUrl } from './element/dom.js';
import { fillCatalog, translator, uiLang } from './element/i18n.js';
import { setupDismissalTools } from './panel/dismissal-tools.js';
import { TABLE_NAME, setupDraftPanel } from './panel/draft-panel.js';
import { adoptPanelStyles } from './panel/style.js';

/**
 * Wires the page's controls. Called once by the page's script (build-single.mjs), after
 * the element is configured; nothing here runs on import, because the same script is
 * also the checking worker, which has no document.
 */
export function startPage() {
  adoptPanelStyles();
  const $ = (selector) => document.querySelector(selector);
  const draft = $('#draft');
  const checker = $('#checker');
  const asOf = $('#as-of');
  const status = $('#status');
  const tableError = $('#table-error');
  const tablesList = $('#tables');
  const factBody = $('#fact-table tbody');
  const factsSummary = $('#facts-summary');
  const exportButtons = [$('#export-md'), $('#export-json')];

  const KEY_DRAFT = 'claimcheck.draft';
  const KEY_TABLES = 'claimcheck.tables';
  const KEY_LANG = 'claimcheck.uiLang';

  const store = {
    get(key) {
      try { return localStorage.getItem(key); } catch { return null; }
    },
    set(key, value) {
      try { localStorage.setItem(key, value); } catch { /* storage full or disabled */ }
    },
    remove(key) {
      try { localStorage.removeItem(key); } catch { /* disabled */ }
    },
  };

  function say(message, ...extra) {
    status.replaceChildren(message, ...extra);
  }

  // --- the reader's language -----------------------------------------------------------------
  // The page's words follow the draft's language (the report's `lang`) unless the reader
  // picks one; the element gets the same setting (its `ui-lang`).

  const langSelect = $('#ui-lang');
  // The page's English words are those of its HTML (the script does not carry them
  // twice): read before anything is translated.
  const marked = (attribute) => [...document.querySelectorAll(`[data-i18n${attribute ? `-${attribute}` : ''}]`)];
  fillCatalog('en', [
    ...marked('').map((node) => [node.dataset.i18n, node.textContent]),
    ...marked('placeholder').map((node) => [node.dataset.i18nPlaceholder, node.placeholder]),
    ...marked('aria-label').map((node) => [node.dataset.i18nAriaLabel, node.getAttribute('aria-label')]),
  ]);
  let t = translator('en');
  let draftLang = null;

  function applyLanguage() {
    const setting = langSelect.value;
    t = translator(uiLang(setting, draftLang));
    document.documentElement.lang = t.lang;
    document.title = t('page.docTitle');
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
    for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
    for (const node of document.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
    checker.setAttribute('ui-lang', setting);
    document.dispatchEvent(new Event('claimcheck:page-language'));
  }

  langSelect.value = store.get(KEY_LANG) ?? 'auto';
  if (![...langSelect.options].some((o) => o.value === langSelect.value)) langSelect.value = 'auto';
  langSelect.addEventListener('change', () => {
    store.set(KEY_LANG, langSelect.value);
    applyLanguage();
    renderTables();
    refreshFacts();
  });
  applyLanguage();

  // --- the draft, kept in local storage ----------------------------------------------------

  const saved = store.get(KEY_DRAFT);
  if (saved) {
    draft.value = saved;
    checker.refresh();
  }

  let savedDraft = saved ?? '';
  function saveDraft() {
    clearTimeout(saveTimer);
    cancelIdle(saveIdle);
    const value = draft.value;
    if (value === savedDraft) return;
    if (value) store.set(KEY_DRAFT, value);
    else store.remove(KEY_DRAFT);
    savedDraft = value;
  }
  // Stored when typing pauses, in idle time (writing a 1 MB draft to local storage takes
  // 10-20 ms: not in the way of the next keystroke or the findings' drawing), and at once
  // when the page is hidden or left, so that nothing typed is lost.
  const idle = window.requestIdleCallback ?? ((fn) => setTimeout(fn, 0));
  const cancelIdle = window.cancelIdleCallback ?? clearTimeout;
  let saveTimer = 0;
  let saveIdle = 0;
  draft.addEventListener('input', () => {
    clearTimeout(saveTimer);
    cancelIdle(saveIdle);
    saveTimer = setTimeout(() => { saveIdle = idle(saveDraft, { timeout: 2000 }); }, 400);
  });
  window.addEventListener('pagehide', saveDraft);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveDraft();
  });

  $('#discard').addEventListener('click', () => {
    const before = draft.value;
    if (!before) {
      say(t('page.noDraft'));
      return;
    }
    draft.focus();
    draft.select();
    // An editing command, so Ctrl+Z in the textarea also brings the text back.
    if (!document.execCommand('delete')) {
      draft.value = '';
      checker.refresh();
    }
    store.remove(KEY_DRAFT);
    savedDraft = '';
    const dismissed = dismissalTools.clear(); // the draft's dismissals go (and come back) with it
    say(t('page.discarded'), el('button', {
      type: 'button',
      class: 'link',
      text: t('page.undo'),
      onclick: () => {
        draft.focus();
        draft.select();
        if (!document.execCommand('insertText', false, before)) {
          draft.value = before;
          checker.refresh();
        }
        saveDraft();
        dismissalTools.restore(dismissed);
        say(t('page.restored'));
      },
    }));
  });

  // --- as-of date ----------------------------------------------------------------------------

  asOf.value = localDate();
  checker.asOf = asOf.value;
  asOf.addEventListener('change', () => {
    checker.asOf = asOf.value || localDate();
    refreshFacts();
  });

  // --- user fact tables ------------------------------------------------------------------------

  let tables = [];
  try {
    const stored = JSON.parse(store.get(KEY_TABLES) ?? '[]');
    if (Array.isArray(stored)) tables = stored.filter((t) => t && typeof t.name === 'string');
  } catch { /* ignore a damaged entry */ }

  /** "my.csv:7:8: value …" → "line 7, column 8: value …" for the error box. */
  function plainError(name, error) {
    const message = String(error?.message ?? error);
    const prefix = `${name}:`;
    const m = message.startsWith(prefix) ? /^(\d+):(\d+):\s*/.exec(message.slice(prefix.length)) : null;
    return m
      ? t('page.lineColumn', { line: m[1], column: m[2], message: message.slice(prefix.length + m[0].length) })
      : message;
  }

  function showTableError(name, error) {
    tableError.replaceChildren(
      el('strong', { text: t('page.notLoaded', { name }) }),
      plainError(name, error),
      el('span', { class: 'raw', text: ` (${String(error?.message ?? error)})` }),
    );
    tableError.hidden = false;
  }

  function renderTables() {
    tablesList.replaceChildren(...tables.map((table) => el('li', {},
      el('span', { text: `${table.name} (${table.json != null ? 'JSON' : 'CSV'})` }),
      ' ',
      el('button', {
        type: 'button',
        class: 'link',
        text: t('page.remove'),
        'aria-label': t('page.removeTable', { name: table.name }),
        onclick: () => useTables(tables.filter((t) => t !== table)).catch((e) => showTableError(table.name, e)),
      }))));
  }

  async function useTables(next) {
    await checker.setFacts(next);
    tables = next;
    store.set(KEY_TABLES, JSON.stringify(next));
    renderTables();
    refreshFacts();
  }

  async function loadFiles(files) {
    for (const file of files) {
      const text = await file.text();
      const source = { name: file.name };
      if (/\.json$/i.test(file.name) || (!/\.csv$/i.test(file.name) && /^\s*[[{]/.test(text))) source.json = text;
      else source.csv = text;
      try {
        await useTables([...tables.filter((t) => t.name !== file.name), source]);
        tableError.hidden = true;
        say(t('page.loaded', { name: file.name }));
      } catch (error) {
        showTableError(file.name, error);
      }
    }
  }

  const fileInput = $('#file');
  fileInput.addEventListener('change', async () => {
    await loadFiles([...fileInput.files]);
    fileInput.value = '';
  });

  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    document.body.classList.add('dragging');
  }, true);
  window.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) document.body.classList.remove('dragging');
  });
  window.addEventListener('drop', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.stopPropagation();
    document.body.classList.remove('dragging');
    loadFiles([...event.dataTransfer.files]);
  }, true);

  if (tables.length) {
    renderTables();
    checker.setFacts(tables).catch((error) => {
      showTableError(tables.map((t) => t.name).join(', '), error);
      tables = [];
      store.remove(KEY_TABLES);
      renderTables();
    });
  }

  // --- the fact-table panel ---------------------------------------------------------------------

  async function refreshFacts() {
    let rows;
    try {
      rows = await checker.effectiveFacts(asOf.value || undefined);
    } catch (error) {
      factsSummary.textContent = t('page.factsFailed', { error: error.message });
      return;
    }
    const ids = new Set(rows.map((r) => r.id));
    factsSummary.textContent = t.lang === 'en'
      ? `${rows.length} version${rows.length === 1 ? '' : 's'} of ${ids.size} fact${ids.size === 1 ? '' : 's'}` +
        (tables.length ? `, from the bundled table and ${tables.map((x) => `“${x.name}”`).join(', ')}.` : ', from the bundled table.')
      : t('page.factsSummary', {
        versions: rows.length,
        facts: ids.size,
        tables: tables.length ? t('page.factsAnd', { names: tables.map((x) => `“${x.name}”`).join(', ') }) : '',
      });
    factBody.replaceChildren(...rows.map((row) => {
      const source = row.source ?? {};
      const url = safeUrl(source.url); // anything but http(s) is shown as text
      const name = source.title ? `${source.publication}: ${source.title}` : source.publication;
      return el('tr', { 'data-id': row.id, 'data-table': row.table },
        el('td', { text: row.subject }),
        el('td', { text: row.metric }),
        el('td', { text: row.display }),
        el('td', { text: row.as_of }),
        el('td', {}, url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: name }) : name),
        el('td', { text: row.table }));
    }));
  }

  // --- reports and export -----------------------------------------------------------------------

  let lastReport = null;
  checker.addEventListener('claimcheck:report', (event) => {
    const first = !lastReport;
    lastReport = event.detail;
    if (event.detail.lang !== draftLang) {
      draftLang = event.detail.lang;
      if (langSelect.value === 'auto') {
        applyLanguage();
        renderTables();
        if (!first) refreshFacts();
      }
    }
    for (const button of exportButtons) button.disabled = false;
    if (first) refreshFacts();
  });

  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = el('a', { href: url, download: name, hidden: '' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  const cell = (value) => String(value ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const english = translator('en'); // the Markdown export is in English, as the core's messages

  function markdown(report) {
    const lines = [
      '# Claimcheck findings',
      '',
      `Checked as of ${report.as_of} (language: ${report.lang}). ${summarize(report)}`,
      '',
    ];
    if (report.claims.length) {
      lines.push(
        '| # | Verdict | In the draft | Table says | As of | Source | Suggestion | Note |',
        '|---|---|---|---|---|---|---|---|',
      );
      report.claims.forEach((c, i) => {
        const f = c.fact;
        const source = f ? (f.source.url ? `[${cell(f.source.publication)}](${cell(f.source.url)})` : cell(f.source.publication)) : '';
        lines.push(`| ${i + 1} | ${english(`verdict.${c.verdict}`)} | ${cell(c.text)} | ${cell(f?.display)} | ${cell(f?.as_of)} | ${source} | ${cell(c.suggestion)} | ${cell(c.message)} |`);
      });
    }
    return `${lines.join('\n')}\n`;
  }

  $('#export-md').addEventListener('click', () => {
    if (lastReport) download(`claimcheck-${lastReport.as_of}.md`, 'text/markdown', markdown(lastReport));
  });
  $('#export-json').addEventListener('click', () => {
    if (lastReport) download(`claimcheck-${lastReport.as_of}.json`, 'application/json', `${JSON.stringify(lastReport, null, 2)}\n`);
  });

  // --- dismissals and drafting facts from a trusted source (www/panel/) ------------------------

  const pageApi = { t: () => t, say, download, store };
  const dismissalTools = setupDismissalTools(checker, pageApi);
  setupDraftPanel(checker, {
    ...pageApi,
    table: {
      get: () => tables.find((x) => x.name === TABLE_NAME)?.csv ?? null,
      set: (csv) => useTables([...tables.filter((x) => x.name !== TABLE_NAME), ...(csv ? [{ name: TABLE_NAME, csv }] : [])]),
    },
  });

  // --- offline ---------------------------------------------------------------------------------------

  const served = location.protocol === 'http:' || location.protocol === 'https:';
  for (const node of document.querySelectorAll('[data-served-only]')) node.hidden = !served;
  if (served && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch((error) => {
      console.warn('Claimcheck: offline mode is unavailable:', error);
    });
  }
}
