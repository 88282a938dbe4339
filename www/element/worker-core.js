// The checking worker's message loop: the WebAssembly module is instantiated here, off
// the page's main thread, and drafts are checked paragraph by paragraph (./paragraphs.js).
//
// The draft arrives as edits, not whole: { type: 'edit', at, remove, insert } (no id, no
// answer) replaces `remove` UTF-16 units at `at` with `insert` in the worker's copy, so
// a keystroke in a 1 MB draft sends one character, not a megabyte. In a worker, the
// findings are brought up to date SPECULATE_MS after the last edit, while the element
// still waits out its debounce, so that its check is answered at once.
//
// Requests (each with an id, answered in order):
//   { type: 'init', module?: BufferSource | WebAssembly.Module }   → { ok }
//   { type: 'tables', sources, noDefaultFacts }                     → { ok } | { error }
//   { type: 'check', options: { asOf?, lang? } }                     → { ok, result: { lang, asOf, splice } }
//   { type: 'facts' }                                               → { ok, result: FactRow[] }
//   { type: 'draft', text, options: { asOf?, lang?, source? } }      → { ok, result: { rows, skipped, csv } }
// A check whose splice holds more than PART paragraphs sends them first as
// { id, part: [...] } messages, then its answer with an empty splice.insert.
// An error answers { error: { name, message }, trap } — trap: the instance is dead
// (WebAssembly.RuntimeError) and the page must start a new worker.

import { Incremental } from './paragraphs.js';

/** Quiet time after an edit before the worker checks it unasked (ms): a burst of typing is checked once. */
export const SPECULATE_MS = 50;
/** Paragraphs of findings per message when a check sends many (see serve()). */
const PART = 400;

/**
 * The request handler over the package namespace `ns`: handle(request) → result.
 * `init(ns, module)` instantiates the module (default: initSync with the bytes given,
 * else the package's own loader).
 */
export function createHandler(ns, { init } = {}) {
  let checker = null;
  let incremental = null;
  let sources = [];
  let noDefaultFacts = false;
  let text = '';
  let lastOptions = null; // the options of the last check, for checking ahead
  let trapped = null; // a trap while checking ahead: the next check reports it

  const make = () => {
    const next = new ns.Checker({ facts: sources, noDefaultFacts });
    try { checker?.free(); } catch { /* already gone */ }
    checker = next;
    incremental = new Incremental(checker);
  };

  const handlers = {
    async init({ module }) {
      if (init) await init(ns, module);
      else if (module) ns.initSync({ module });
      else await ns.default();
      make();
      return true;
    },
    tables(request) {
      for (const source of request.sources) ns.parseFacts(source);
      const before = [sources, noDefaultFacts];
      [sources, noDefaultFacts] = [request.sources, request.noDefaultFacts];
      try {
        make();
      } catch (error) {
        [sources, noDefaultFacts] = before;
        throw error;
      }
      return true;
    },
    edit({ at, remove, insert }) {
      text = text.slice(0, at) + insert + text.slice(at + remove);
    },
    check({ options }) {
      if (trapped) throw trapped;
      lastOptions = options;
      return incremental.check(text, options);
    },
    /** Checks the current text ahead of the element's request (answered by the next check). */
    ahead() {
      if (!lastOptions || trapped) return;
      try {
        incremental.update(text, lastOptions);
      } catch (error) {
        // A trap kills the instance: the next check says so. Another error, the next
        // check (which runs the same update) meets again and reports.
        if (error instanceof WebAssembly.RuntimeError) trapped = error;
      }
    },
    facts() {
      return checker.facts();
    },
    draft({ text, options }) {
      return ns.draftFacts(text, { ...options, facts: sources, noDefaultFacts });
    },
  };

  return (request) => handlers[request.type](request);
}

/** Serves requests on `scope` (the worker's global) with the package namespace `ns`. */
export function serve(ns, scope = self) {
  const handle = createHandler(ns);
  let ahead = 0;
  scope.addEventListener('message', async (event) => {
    const request = event.data;
    if (request.id === undefined) {
      // An edit: no answer; check it once the edits pause.
      handle(request);
      clearTimeout(ahead);
      ahead = setTimeout(() => handle({ type: 'ahead' }), SPECULATE_MS);
      return;
    }
    try {
      const result = await handle(request);
      // (A check's result; facts() answers an array, whose .splice is Array's.)
      const splice = result?.splice?.starts ? result.splice : null;
      if (splice && splice.insert.length > PART) {
        // A first check of a long draft: its findings go in parts, each read (structured
        // clone) by the page in a task of its own rather than all in one long task.
        for (let i = 0; i < splice.insert.length; i += PART) scope.postMessage({ id: request.id, part: splice.insert.slice(i, i + PART) });
        splice.insert = [];
      }
      scope.postMessage({ id: request.id, ok: true, result }, splice ? [splice.starts.buffer] : []);
    } catch (error) {
      const trap = error instanceof WebAssembly.RuntimeError;
      scope.postMessage({ id: request.id, ok: false, trap, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
    }
  });
}
