// Engine loading and trap recovery: one WebAssembly instance shared by every
// <claim-check> on the page, and a per-element Session holding its fact tables.
//
// A trap (WebAssembly.RuntimeError) poisons an instance, so recovery loads a fresh
// copy of the glue module (its own `wasm` state) and instantiates it again.

const config = {
  importPackage: (generation) =>
    import(generation === 0 ? '../pkg/claimcheck.js' : `../pkg/claimcheck.js?instance=${generation}`),
  init: (ns) => ns.default(),
};
let generation = 0;
let engine = null;

/**
 * Changes how the WebAssembly package is loaded (before the first check).
 * `importPackage(generation)` returns a fresh module namespace for each generation
 * (generation > 0 after a trap); `init(namespace, generation)` instantiates it.
 * The single-file build uses this to load an inlined module with `initSync`.
 */
export function configure({ importPackage, init } = {}) {
  if (importPackage) config.importPackage = importPackage;
  if (init) config.init = init;
}

function loadEngine() {
  if (!engine) {
    const current = { generation, ns: null, ready: null };
    current.ready = (async () => {
      const ns = await config.importPackage(current.generation);
      await config.init(ns, current.generation);
      current.ns = ns;
      return current;
    })();
    current.ready.catch(() => {
      if (engine === current) engine = null; // let the next check try again
    });
    engine = current;
  }
  return engine.ready;
}

function restartEngine(failedGeneration) {
  if (engine && engine.generation === failedGeneration) {
    generation = failedGeneration + 1;
    engine = null;
  }
  return loadEngine();
}

export const isTrap = (error) => error instanceof WebAssembly.RuntimeError;

/**
 * One element's view of the engine: its fact tables and a Checker built from them.
 * `onTrap(error, { again })` is called after a trap, once the engine has been
 * restarted (again: this very text trapped twice in a row).
 */
export class Session {
  #checker = null;
  #checkerGeneration = -1;
  #sources = [];
  #noDefaultFacts = false;
  #trappedText = null;

  constructor({ onTrap } = {}) {
    this.onTrap = onTrap ?? (() => {});
  }

  get sources() {
    return this.#sources.slice();
  }

  load() {
    return loadEngine();
  }

  #replace(checker, gen) {
    try {
      if (this.#checkerGeneration === engine?.generation) this.#checker?.free?.();
    } catch { /* an instance that trapped cannot free */ }
    this.#checker = checker;
    this.#checkerGeneration = gen;
  }

  async #ensureChecker() {
    const current = await loadEngine();
    if (!this.#checker || this.#checkerGeneration !== current.generation) {
      const checker = await this.#call(() =>
        new current.ns.Checker({ facts: this.#sources, noDefaultFacts: this.#noDefaultFacts }));
      this.#replace(checker, current.generation);
    }
    return this.#checker;
  }

  /** Calls into the engine; after a trap, restarts it, reports it, and rethrows. */
  async #call(fn, text = null) {
    try {
      return fn();
    } catch (error) {
      if (!isTrap(error)) throw error;
      const again = text !== null && this.#trappedText === text;
      this.#trappedText = text;
      const failed = this.#checkerGeneration;
      this.#checker = null;
      error.again = again;
      try {
        await restartEngine(failed);
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
    const current = await loadEngine();
    for (const source of list) await this.#call(() => current.ns.parseFacts(source));
    const checker = await this.#call(() => new current.ns.Checker({ facts: list, noDefaultFacts }));
    this.#replace(checker, current.generation);
    this.#sources = list;
    this.#noDefaultFacts = noDefaultFacts;
  }

  /** Checks a draft: options { asOf, lang }. */
  async check(text, options) {
    const checker = await this.#ensureChecker();
    const report = await this.#call(() => checker.check(text, options), text);
    this.#trappedText = null;
    return report;
  }

  /** The effective fact table (every version) as FactRow[]. */
  async facts() {
    const checker = await this.#ensureChecker();
    return this.#call(() => checker.facts());
  }
}
