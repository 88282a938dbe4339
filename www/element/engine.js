// Engine loading and trap recovery. Each <claim-check> has a Session: its fact tables
// and a checker, in a Web Worker (./worker.js) so that checking never blocks typing,
// or on the main thread where workers are unavailable or the host loads the package
// itself (configure({ importPackage })).
//
// A trap (WebAssembly.RuntimeError) poisons an instance: the worker is terminated
// and a new one started (on the main thread: a fresh copy of the glue module, with
// its own `wasm` state, instantiated again), the tables are loaded again, and the
// element is told so that it can say so and check again.

import { changedRegion } from './diff.js';
import { ParagraphMirror } from './paragraphs.js';
import { createHandler } from './worker-core.js';

/**
 * The wasm-bindgen glue (the npm package's build rewrites this path to ./claimcheck.js).
 * Resolved when first used, not on import: the page's script is also its checking worker,
 * whose blob: URL (the single file) is no base for a relative URL.
 */
const glue = () => new URL('../pkg/claimcheck.js', import.meta.url).href;

const config = {
  // A fresh copy of the glue (its own `wasm` state) for each generation.
  importPackage: (generation) => import(/* @vite-ignore */ generation === 0 ? glue() : `${glue()}?instance=${generation}`),
  init: (ns) => ns.default(),
  createWorker: () => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }),
  module: null,
  worker: typeof Worker !== 'undefined',
};

/**
 * Changes how the WebAssembly package is loaded (before the first check).
 * - `importPackage(generation)` returns a fresh module namespace for each generation
 *   (generation > 0 after a trap) and `init(namespace, generation)` instantiates it:
 *   checks then run on the main thread, with that package.
 * - `createWorker()` returns the checking worker (a module worker running
 *   ./worker.js) and `module()` the wasm bytes or Module to send it (default: the
 *   worker loads pkg/claimcheck_bg.wasm itself). The single-file build uses these.
 * - `worker: false` checks on the main thread.
 */
export function configure({ importPackage, init, createWorker, module, worker } = {}) {
  if (importPackage) {
    config.importPackage = importPackage;
    config.worker = false;
  }
  if (init) config.init = init;
  if (createWorker) config.createWorker = createWorker;
  if (module) config.module = module;
  if (worker !== undefined) config.worker = worker;
}

export const isTrap = (error) => error instanceof WebAssembly.RuntimeError || error?.name === 'RuntimeError';

let generation = 0;

/** Requests to a worker, answered in order by id. */
class WorkerBackend {
  constructor() {
    this.worker = config.createWorker(generation);
    this.pending = new Map();
    this.next = 1;
    this.worker.addEventListener('message', (event) => {
      const { id, ok, result, error, trap, part } = event.data;
      const request = this.pending.get(id);
      if (!request) return;
      if (part) {
        (request.parts ??= []).push(...part);
        return;
      }
      this.pending.delete(id);
      if (ok && request.parts) result.splice.insert = request.parts;
      if (ok) request.resolve(result);
      else {
        const e = trap ? new WebAssembly.RuntimeError(error.message) : new Error(error.message);
        if (!trap && error.name && error.name !== 'Error') e.name = error.name;
        request.reject(e);
      }
    });
    this.worker.addEventListener('error', (event) => {
      event.preventDefault?.();
      const e = new Error(`the checking worker failed: ${event.message ?? 'could not start'}`);
      for (const request of this.pending.values()) request.reject(e);
      this.pending.clear();
      this.failed = e;
    });
  }

  /** A message that gets no answer (an edit). */
  post(message) {
    if (!this.failed) this.worker.postMessage(message);
  }

  request(message, transfer = []) {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id }, transfer);
    });
  }

  async start() {
    const module = config.module ? await config.module() : undefined;
    await this.request({ type: 'init', module });
  }

  stop() {
    this.worker.terminate();
    for (const request of this.pending.values()) request.reject(new Error('the checking worker was stopped'));
    this.pending.clear();
  }
}

/** The same requests, served on the main thread. */
class InlineBackend {
  async start() {
    const gen = generation;
    const ns = await config.importPackage(gen);
    this.handle = createHandler(ns, { init: (n) => config.init(n, gen) });
    await this.handle({ type: 'init' });
  }

  async request(message) {
    return this.handle(message);
  }

  post(message) {
    this.handle(message);
  }

  stop() {}
}

/**
 * Brings the backend's copy of the draft up to `text` with one edit message: the
 * region that differs from what it has (the whole text the first time). `region`, if
 * given, is where `text` differs from the backend's copy, already computed by the caller.
 */
function send(backend, text, region = null) {
  if (backend.text === text) return;
  const [at, oldEnd, newEnd] = backend.text == null ? [0, 0, text.length] : region ?? changedRegion(backend.text, text);
  backend.post({ type: 'edit', at, remove: oldEnd - at, insert: text.slice(at, newEnd) });
  backend.text = text;
}

/**
 * One element's engine: its fact tables and checker, and the findings of its draft's
 * paragraphs (so that a check after an edit sends back only what changed).
 * `onTrap(error, { again })` is called after a trap, once the engine has been
 * restarted (again: this very text trapped twice in a row).
 */
export class Session {
  #backend = null;
  #ready = null;
  #sources = [];
  #noDefaultFacts = false;
  #trappedText = null;
  #mirror = new ParagraphMirror();

  constructor({ onTrap } = {}) {
    this.onTrap = onTrap ?? (() => {});
  }

  get sources() {
    return this.#sources.slice();
  }

  /** Whether checks run in a worker. */
  get inWorker() {
    return this.#backend instanceof WorkerBackend;
  }

  load() {
    if (!this.#ready) {
      const ready = (async () => {
        let backend = config.worker ? new WorkerBackend() : new InlineBackend();
        try {
          await backend.start();
        } catch (error) {
          if (!(backend instanceof WorkerBackend)) throw error;
          // No worker here (a CSP without worker-src, an old browser): check in the page.
          console.warn('Claimcheck: checking on the main thread:', error.message);
          backend.stop();
          backend = new InlineBackend();
          await backend.start();
        }
        if (this.#sources.length || this.#noDefaultFacts) {
          await backend.request({ type: 'tables', sources: this.#sources, noDefaultFacts: this.#noDefaultFacts });
        }
        this.#backend = backend;
        return backend;
      })();
      ready.catch(() => {
        if (this.#ready === ready) this.#ready = null; // let the next call try again
      });
      this.#ready = ready;
    }
    return this.#ready;
  }

  /**
   * Sends a request (with `text`: after bringing the backend's draft up to it); after a
   * trap, restarts the engine, reports it, and rethrows.
   */
  async #call(message, text = null) {
    const backend = await this.load();
    try {
      if (text !== null) send(backend, text);
      return await backend.request(message);
    } catch (error) {
      if (!isTrap(error)) throw error;
      const again = text !== null && this.#trappedText === text;
      this.#trappedText = text;
      error.again = again;
      backend.stop();
      this.#mirror.reset();
      if (this.#backend === backend) {
        generation++;
        this.#backend = null;
        this.#ready = null;
      }
      try {
        await this.load();
      } catch (loadError) {
        error.restartError = loadError;
      }
      this.onTrap(error, { again });
      throw error;
    }
  }

  /**
   * Validates and uses these user tables (after the bundled one unless
   * noDefaultFacts). Rejects with the table's Error and keeps the tables in use.
   */
  async setFacts(sources, { noDefaultFacts = false } = {}) {
    const list = sources.map((s) => ({ ...s }));
    await this.#call({ type: 'tables', sources: list, noDefaultFacts });
    this.#sources = list;
    this.#noDefaultFacts = noDefaultFacts;
    this.#mirror.reset();
  }

  /**
   * Tells the worker about an edit as it happens (cheap: the changed characters only),
   * so that it can check ahead while the element waits out its debounce. A no-op
   * before the engine is up, or when checks run on the main thread.
   */
  edit(text, before = null, region = null) {
    const backend = this.#backend;
    // `region`: where `text` differs from `before` (the element's diff of this edit),
    // used when the worker's copy is `before`, so the draft is not compared twice.
    if (backend instanceof WorkerBackend && !backend.failed) send(backend, text, region && backend.text === before ? region : null);
  }

  /** Checks a draft: options { asOf, lang }. Resolves to the report. */
  async check(text, options) {
    const result = await this.#call({ type: 'check', options }, text);
    this.#trappedText = null;
    return this.#mirror.apply(result);
  }

  /** Drafts fact rows from a trusted source against these tables: { rows, skipped, csv }. */
  async draft(text, options) {
    return this.#call({ type: 'draft', text, options });
  }

  /** The effective fact table (every version) as FactRow[]. */
  async facts() {
    return this.#call({ type: 'facts' });
  }
}
