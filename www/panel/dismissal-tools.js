// The page's side of dismissals: the element's dismissals are kept with the draft in
// local storage, exported as the file the CLI reads (`claimcheck check --dismissals
// FILE`) and imported from it. The element applies them (./../element/dismissals.js).

import { dismissalsFile, parseDismissalsFile, withDismissal } from '../element/dismissals.js';

export const KEY_DISMISSALS = 'claimcheck.dismissals';

/**
 * Wires the dismissal tools (#dismissal-tools: #dismissals-count, #export-dismissals,
 * #import-dismissals) to the <claim-check> `checker`. `page`: { t(), say(...), download(name,
 * type, text), store }. Returns { clear(), restore(list) } for discarding the draft.
 */
export function setupDismissalTools(checker, page) {
  const $ = (s) => document.querySelector(s);
  const count = $('#dismissals-count');
  const exportButton = $('#export-dismissals');
  const input = $('#import-dismissals');

  const save = (list) => {
    if (list.length) page.store.set(KEY_DISMISSALS, JSON.stringify(list));
    else page.store.remove(KEY_DISMISSALS);
  };
  // After every report (every keystroke's): written only when they change, as a write
  // of the same text or state still invalidates style (and the count is a live region).
  const render = () => {
    const n = checker.dismissals.length;
    const text = n ? page.t().plural('workflow.dismissalsCount', n) : '';
    if (count.textContent !== text) count.textContent = text;
    if (exportButton.disabled !== (n === 0)) exportButton.disabled = n === 0;
  };

  try {
    const stored = JSON.parse(page.store.get(KEY_DISMISSALS) ?? '[]');
    if (stored.length) checker.dismissals = stored;
  } catch (error) {
    console.warn('Claimcheck: stored dismissals ignored:', error.message);
    page.store.remove(KEY_DISMISSALS);
  }

  checker.addEventListener('claimcheck:dismissals', (event) => {
    save(event.detail.dismissals);
    render();
  });
  checker.addEventListener('claimcheck:report', render);
  document.addEventListener('claimcheck:page-language', render);

  exportButton.addEventListener('click', () => {
    page.download('claimcheck-dismissals.json', 'application/json', dismissalsFile(checker.dismissals));
  });
  input.addEventListener('change', async () => {
    for (const file of input.files) {
      try {
        const incoming = parseDismissalsFile(await file.text());
        let list = checker.dismissals;
        for (const d of incoming) list = withDismissal(list, d);
        checker.dismissals = list;
        save(list);
        page.say(page.t()('workflow.imported', { n: incoming.length, name: file.name }));
      } catch (error) {
        page.say(page.t()('workflow.importFailed', { name: file.name, error: error.message }));
      }
    }
    input.value = '';
    render();
  });
  render();

  return {
    /** Drops the dismissals (with the draft); returns them for restore(). */
    clear() {
      const before = checker.dismissals;
      checker.dismissals = [];
      save([]);
      render();
      return before;
    },
    restore(list) {
      checker.dismissals = list;
      save(list);
      render();
    },
  };
}
