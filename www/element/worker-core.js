// The checking worker's message loop: the WebAssembly module is instantiated here, off
// the page's main thread, and drafts are checked paragraph by paragraph (./paragraphs.js).
//
// Requests (each with an id, answered in order):
//   { type: 'init', module?: BufferSource | WebAssembly.Module }   → { ok }
//   { type: 'tables', sources, noDefaultFacts }                     → { ok } | { error }
//   { type: 'check', text, options: { asOf?, lang? } }               → { ok, result: { lang, asOf, splice } }
//   { type: 'facts' }                                               → { ok, result: FactRow[] }
// An error answers { error: { name, message }, trap } — trap: the instance is dead
// (WebAssembly.RuntimeError) and the page must start a new worker.

import { Incremental } from './paragraphs.js';

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
    check({ text, options }) {
      const result = incremental.check(text, options);
      return result;
    },
    facts() {
      return checker.facts();
    },
  };

  return (request) => handlers[request.type](request);
}

/** Serves requests on `scope` (the worker's global) with the package namespace `ns`. */
export function serve(ns, scope = self) {
  const handle = createHandler(ns);
  scope.addEventListener('message', async (event) => {
    const request = event.data;
    try {
      const result = await handle(request);
      const transfer = result?.splice?.starts ? [result.splice.starts.buffer] : [];
      scope.postMessage({ id: request.id, ok: true, result }, transfer);
    } catch (error) {
      const trap = error instanceof WebAssembly.RuntimeError;
      scope.postMessage({ id: request.id, ok: false, trap, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
    }
  });
}
