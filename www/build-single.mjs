#!/usr/bin/env node
// Writes dist/claimcheck.html: the page as one self-contained file (CSS, JS and the
// WebAssembly inlined, gzipped) that works opened from disk (file://), for offline use.
//
//   node build-single.mjs            (needs pkg/ from scripts/build-wasm.sh)
//
// esbuild bundles the page's modules (app.js, the element in element/, the i18n data)
// into one inline module script, so splitting the element into files costs nothing at
// run time. The wasm-bindgen glue is bundled as a factory: each call gives a fresh
// copy with its own state, which is how the element recovers from a trap. The wasm is
// base64 of its gzip in a data block at the end of the file (never run), inflated and
// instantiated with initSync. The module's import and export names are shortened with
// the glue's (wasm-imports.mjs). The CSP allows exactly the script and the stylesheet
// by their sha256 hashes; nothing else may run or load.

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipAsync } from '@gfx/zopfli';
import { build, transform } from 'esbuild';
import { minify as terser } from 'terser';
import { glueExports, renameInGlue, shortenNames } from './wasm-imports.mjs';

const WWW = dirname(fileURLToPath(import.meta.url));

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's module (pkg/'s, imports and exports renamed: wasm-imports.mjs) and the renamings. */
const pageWasm = async () => shortenNames(
  await readFile(join(WWW, 'pkg', 'claimcheck_bg.wasm')),
  glueExports(await readFile(join(WWW, 'pkg', 'claimcheck.js'), 'utf8')),
);

/** The wasm-bindgen glue as the body of a function that returns its exports. */
async function glueFactory() {
  const names = await pageWasm();
  const result = await build({
    // Only what the page calls (element/worker-core.js; initSync, as the wasm is handed
    // over): the glue's one-shot check(), defaultFacts() and its fetching loader
    // (default()) are left out by tree shaking.
    stdin: { contents: "export { Checker, draftFacts, initSync, parseFacts } from './pkg/claimcheck.js';", resolveDir: WWW, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    minify: true,
    logLevel: 'silent',
    // init() with a URL is never called here: initSync gets the inlined bytes.
    define: { 'import.meta.url': '"about:blank"' },
    plugins: [{
      // The glue calls the module's imports and exports by the short names packedWasm() gives them.
      name: 'short-imports',
      setup(b) {
        b.onLoad({ filter: /[\\/]pkg[\\/]claimcheck\.js$/ }, async (args) => ({
          contents: renameInGlue(await readFile(args.path, 'utf8'), names),
          loader: 'js',
        }));
      },
    }],
  });
  // ESM rather than CommonJS: esbuild's CommonJS wrapper adds its export helpers
  // (0.2 KB gzip); the one `export { … }` at the end becomes the function's `return`.
  const code = result.outputFiles[0].text;
  const tail = /export\s*\{([^}]*)\};?\s*$/.exec(code);
  if (!tail || /\bexport\b/.test(code.slice(0, tail.index))) throw new Error('the glue did not bundle to one trailing export list');
  const entries = tail[1].split(',').map((item) => {
    const [local, name = local] = item.trim().split(/\s+as\s+/);
    return `${name}:${local}`;
  });
  return `${code.slice(0, tail.index)}return{${entries.join(',')}};`;
}

/**
 * Bundles app.js and everything it imports, minified, as one script. The same script is
 * the checking worker: started as a worker, it finds no document and serves checks
 * (element/worker-core.js) instead of running the page, so the worker's code and the
 * glue are not shipped twice. The worker evaluates the page's modules too, so none of
 * them touches the DOM when imported: app.js waits for startPage(), the element is
 * defined only where customElements exist.
 *
 * `loader` is the page's code that defines `wasm()` (the module's bytes or a compiled
 * WebAssembly.Module, the same on every call) and `createWorker()`.
 */
async function bundlePage({ loader, format, define }) {
  const glue = await glueFactory();
  const entry = `
// Imported statically, evaluated in both (no module touches the DOM when imported), so
// that esbuild hoists them into one scope: dynamic imports would wrap every module in a
// lazy initialiser (0.8 KB gzip of code).
import { serve } from './element/worker-core.js';
import { configure } from './claim-check.js';
import { startPage } from './app.js';
// Each generation (a restart after a trap) gets fresh glue state and a new instance.
const freshPackage = () => { ${glue} };
if (typeof document === 'undefined') {
  // The checking worker: the page sends the module with its first request.
  serve(freshPackage());
} else {
  ${loader}
  configure({
    // On the main thread only where a worker cannot start.
    importPackage: async () => freshPackage(),
    init: async (ns) => { ns.initSync({ module: await wasm() }); },
    worker: true,
    createWorker,
    module: wasm,
  });
  startPage();
}
`;
  const result = await build({
    stdin: { contents: entry, resolveDir: WWW, sourcefile: 'page-entry.js', loader: 'js' },
    bundle: true,
    format,
    platform: 'browser',
    target: 'es2022',
    minify: !process.env.CLAIMCHECK_NO_MINIFY, // unminified for profiling (function names)
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    define,
    metafile: !!process.env.CLAIMCHECK_META, // bytes per source file: CLAIMCHECK_META=out.json
    plugins: [minifiedCss, compactCatalogs, {
      // The element's default loader imports ../pkg/claimcheck.js at run time; here
      // configure() replaces it, so those imports stay out of the bundle.
      name: 'external-package',
      setup(b) {
        b.onResolve({ filter: /pkg\/claimcheck\.js/ }, (args) => ({ path: args.path, external: true }));
      },
    }, {
      // The page checks its <textarea> only: the other editors' adapters stay out.
      name: 'page-adapters',
      setup(b) {
        b.onResolve({ filter: /^\.\/adapters\/index\.js$/ }, (args) => ({ path: join(args.resolveDir, 'adapters', 'textarea-only.js') }));
      },
    }],
  });
  if (result.metafile) await writeFile(process.env.CLAIMCHECK_META, JSON.stringify(result.metafile));
  const code = result.outputFiles[0].text;
  // esbuild's output before Terser, for size analysis: CLAIMCHECK_RAW=out.js
  if (process.env.CLAIMCHECK_RAW) await writeFile(process.env.CLAIMCHECK_RAW, code);
  return process.env.CLAIMCHECK_NO_MINIFY ? code : squeeze(code);
}

/**
 * esbuild's minified bundle through Terser's compressor, which finds what esbuild's
 * single pass does not (values inlined across functions, merged declarations, shorter
 * conditionals): 3% less gzip on the page's script (1.1 KB), for about 2 s of build
 * time. Only its safe transforms; the code stays an ES2022 module.
 */
async function squeeze(code) {
  const out = await terser(code, {
    module: true,
    ecma: 2022,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  return out.code;
}

const CATALOG_IMPORT = /^import (\w+) from '\.\.\/i18n\/((?:workflow\/)?)(\w+)\.json' with \{ type: 'json' \};$/gm;
/**
 * The words index.html spells for its data-i18n keys (an element's text, its
 * placeholder, its aria-label), as app.js reads them: key -> text. Only plain ones
 * (no markup or character reference inside), which the DOM gives back unchanged.
 */
export function htmlWords(html) {
  const words = new Map();
  const attr = (attributes, name) => new RegExp(`\\s${name}="([^"&]*)"`).exec(attributes)?.[1];
  for (const [, tag, attributes, text] of html.matchAll(/<(\w+)(\s[^>]*)>([^<&]*)<\/\1>/g)) {
    const key = attr(attributes, 'data-i18n');
    if (key) words.set(key, text);
  }
  for (const [, attributes] of html.matchAll(/<\w+(\s[^>]*)>/g)) {
    for (const name of ['placeholder', 'aria-label']) {
      const key = attr(attributes, `data-i18n-${name}`);
      const text = attr(attributes, name);
      if (key && text !== undefined) words.set(key, text);
    }
  }
  return words;
}

/**
 * The UI words (i18n/*.json, and i18n/workflow/*.json) as one key list per kind and one
 * array of strings per language, made back into the same objects when the script starts:
 * the three languages have the same keys, and spelling them out three times, as JSON
 * objects do, cost 0.3 KB gzip of page.js. The English words index.html spells exactly
 * (htmlWords) are left out: app.js takes them from the page (fillCatalog), 0.2 KB.
 * element/i18n.js reads the same objects either way.
 */
export const compactCatalogs = {
  name: 'compact-catalogs',
  setup(b) {
    b.onLoad({ filter: /[\\/]element[\\/]i18n\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const imports = [...source.matchAll(CATALOG_IMPORT)];
      if (imports.length < 2) throw new Error(`${args.path}: expected the catalogs' JSON imports`);
      const leaves = (o, path = '', out = new Map()) => {
        for (const [k, v] of Object.entries(o)) {
          if (/[. ]/.test(k)) throw new Error(`i18n: key "${path}${k}" has a dot or a space`);
          if (typeof v === 'string') out.set(path + k, v);
          else if (v && typeof v === 'object' && !Array.isArray(v)) leaves(v, `${path}${k}.`, out);
          else throw new Error(`i18n: "${path}${k}" is not a string or an object`);
        }
        return out;
      };
      const kinds = new Map(); // 'workflow/' or '' -> { keys, catalogs: [[name, leaves]] }
      for (const [, name, kind, lang] of imports) {
        const catalog = leaves(JSON.parse(await readFile(join(WWW, 'i18n', kind, `${lang}.json`), 'utf8')));
        if (!kinds.has(kind)) kinds.set(kind, { keys: new Set(), catalogs: [] });
        const entry = kinds.get(kind);
        for (const key of catalog.keys()) entry.keys.add(key);
        entry.catalogs.push([name, catalog]);
      }
      // English words index.html spells exactly: app.js reads them from the page.
      const inHtml = htmlWords(await readFile(join(WWW, 'index.html'), 'utf8'));
      for (const { catalogs } of kinds.values()) {
        for (const [name, catalog] of catalogs) {
          if (name !== 'en' && name !== 'enWorkflow') continue;
          for (const [key, text] of catalog) if (inHtml.get(key) === text) catalog.delete(key);
        }
      }
      let code = `const unpack = (keys, values) => {
  const out = {};
  keys.split(' ').forEach((path, i) => {
    if (values[i] == null) return;
    const parts = path.split('.');
    const last = parts.pop();
    let node = out;
    for (const part of parts) node = node[part] ??= {};
    node[last] = values[i];
  });
  return out;
};
`;
      [...kinds.values()].forEach(({ keys, catalogs }, k) => {
        const list = [...keys];
        code += `const keys${k} = ${JSON.stringify(list.join(' '))};\n`;
        for (const [name, catalog] of catalogs) code += `const ${name} = unpack(keys${k}, ${JSON.stringify(list.map((key) => catalog.get(key) ?? null))});\n`;
      });
      return { contents: source.replace(CATALOG_IMPORT, '').replace(/^/, code), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * The element's and the panels' stylesheets are CSS in template literals (adopted as
 * constructed stylesheets): minified here like the page's own style.css, each static
 * part between `${…}` on its own (each is a whole list of rules).
 */
const CSS_MODULES = /[\\/](element[\\/](styles|dismissals)|panel[\\/]style)\.js$/;
const minifiedCss = {
  name: 'minified-css',
  setup(b) {
    b.onLoad({ filter: CSS_MODULES }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const parts = [];
      for (const m of source.matchAll(/(const (?:CSS|DISMISSAL_CSS) = `)([^`]*)`/g)) parts.push(m);
      if (!parts.length) throw new Error(`${args.path}: no CSS template literal found`);
      let out = source;
      for (const [whole, head, body] of parts) {
        const chunks = await Promise.all(body.split(/(\$\{[^}]*\})/).map(async (chunk) => (
          chunk.startsWith('${') || !chunk.trim() ? chunk : (await transform(chunk, { loader: 'css', minify: true })).code.trim())));
        out = out.replace(whole, () => `${head}${chunks.join('')}\``);
      }
      return { contents: out, loader: 'js' };
    });
  },
};

/**
 * The inlined page's script. The wasm is not in it: it is base64 of its gzip in a data
 * block at the end of the document (WASM_BLOCK), read once when the first check asks.
 */
async function singleScript() {
  // The module is gzipped before base64 (base64 hides its redundancy from the page's
  // own compression): 30% fewer bytes over the wire; the browser inflates it natively.
  // Kept out of the script, last in the file: in the middle of the script, its 300 KB
  // of base64 cut the page's code in two halves that the file's gzip could not match
  // against each other (32 KB window) and mixed two of its Huffman blocks: the file was
  // 2.9 KB more gzip than its parts alone, now 1.2 KB (the one block where the base64
  // starts). It also keeps the worker's blob: below small.
  // A classic worker from a blob: of this very script: a module worker from a blob:
  // did not start in a file:// page (Chromium 156); a classic one does, and this
  // script has no import or export left.
  const loader = `
  let inflated = null;
  const wasm = () => (inflated ??= new Response(new Blob([Uint8Array.from(atob(document.getElementById(${JSON.stringify(WASM_BLOCK_ID)}).textContent), (c) => c.charCodeAt(0))]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  let workerUrl = null;
  const workerSource = () => document.querySelector('script[type=module]').textContent;
  const createWorker = () => new Worker(workerUrl ??= URL.createObjectURL(new Blob([workerSource()], { type: 'text/javascript' })));`;
  // A classic script has no import.meta; the page's modules resolve URLs against it.
  const code = await bundlePage({ loader, format: 'esm', define: { 'import.meta.url': 'location.href' } });
  if (/^\s*import[\s{*"']|\bexport\s*[{*]/m.test(code)) throw new Error('the bundle kept an import or export: it cannot run as a classic worker');
  return code;
}

/** The id of the single file's data block (never run: not a script type) holding the wasm. */
const WASM_BLOCK_ID = 'claimcheck-wasm';

/**
 * The wasm as the pages load it: imports and exports renamed as the page's glue calls them,
 * gzipped by Zopfli, 7% smaller than zlib -9 (any gzip reader inflates it).
 */
async function packedWasm() {
  return Buffer.from(await gzipAsync((await pageWasm()).wasm, { numiterations: 15 }));
}

/** Whether dist/'s gzipped wasm is not the module the page's glue expects (or missing). */
async function staleWasm(gz) {
  try {
    return !gunzipSync(await readFile(gz)).equals((await pageWasm()).wasm);
  } catch {
    return true;
  }
}

/**
 * The served page's script (dist/page.js, loaded by index.html) and its wasm
 * (dist/claimcheck_bg.wasm.gz): the same bundle; the wasm is fetched gzipped as a file
 * of its own, so that every server sends it as small (none needs to compress it, and
 * gzip on the fly would not make it smaller), inflated by the browser
 * (DecompressionStream) and compiled while it arrives (compileStreaming), once; the
 * compiled module is handed to each checking worker, a module worker running this file.
 * The gzipped wasm is written again only when it is not the module this script's glue
 * expects (or `packed` is given), so the browser tests rebuild the script cheaply
 * before they start.
 */
export async function buildServed({ dir = join(WWW, 'dist'), packed } = {}) {
  const loader = `
  let compiled = null;
  const compile = async () => {
    const response = await fetch(new URL('claimcheck_bg.wasm.gz', import.meta.url));
    if (!response.ok) throw new Error(\`cannot load the checker: \${response.status} \${response.statusText}\`);
    const wasm = new Response(response.body.pipeThrough(new DecompressionStream('gzip')), { headers: { 'Content-Type': 'application/wasm' } });
    return WebAssembly.compileStreaming(wasm);
  };
  // A failed load is tried again next time (the element restarts its engine).
  const wasm = () => (compiled ??= compile().catch((error) => { compiled = null; throw error; }));
  const createWorker = () => new Worker(import.meta.url, { type: 'module' });`;
  const code = await bundlePage({ loader, format: 'esm', define: {} });
  await mkdir(dir, { recursive: true });
  const script = join(dir, 'page.js');
  await writeFile(script, code);
  const gz = join(dir, 'claimcheck_bg.wasm.gz');
  if (packed || await staleWasm(gz)) await writeFile(gz, packed ?? await packedWasm());
  return { out: script, bytes: Buffer.byteLength(code) };
}

export async function buildSingle({ out = join(WWW, 'dist', 'claimcheck.html'), packed } = {}) {
  const read = (path) => readFile(join(WWW, path), 'utf8');
  const [html, source] = await Promise.all([read('index.html'), read('style.css')]);
  // Minified inline (the CSP hashes this very text): 0.15 KB less gzip.
  const css = (await transform(source, { loader: 'css', minify: true })).code;
  // Zopfli's gzip is 7% smaller than zlib's level 9 (16 KB on this module); it costs a
  // few seconds of build time.
  packed ??= await packedWasm();
  const script = await singleScript();
  if (/<\/script/i.test(script)) throw new Error('the bundled code contains "</script": cannot inline it');
  if (/<\/style/i.test(css)) throw new Error('style.css contains "</style": cannot inline it');

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    // The checking worker is started from a blob: URL made from the inlined code.
    'worker-src blob:',
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  const replaceOnce = (text, pattern, replacement, what) => {
    const matches = text.match(new RegExp(pattern.source, 'g')) ?? [];
    if (matches.length !== 1) throw new Error(`index.html: expected one ${what}, found ${matches.length}`);
    return text.replace(pattern, () => replacement);
  };
  let page = html;
  page = replaceOnce(page, /<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`, 'CSP meta tag');
  page = replaceOnce(page, /<link rel="stylesheet" href="style\.css">/, `<style>${css}</style>`, 'stylesheet link');
  page = replaceOnce(page, /<script type="module" src="dist\/page\.js"><\/script>/, `<script type="module">${script}</script>`, 'page script tag');
  // The module script runs after the document is parsed, so the block below is there.
  page = replaceOnce(page, /<\/body>/, `<script type="application/octet-stream" id="${WASM_BLOCK_ID}">${packed.toString('base64')}</script>\n</body>`, 'end of body');

  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, page);
  return { out, bytes: Buffer.byteLength(page) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  packedWasm().then(async (packed) => {
    const served = await buildServed({ packed });
    console.log(`Wrote ${served.out} (${(served.bytes / 1024).toFixed(0)} KiB) and its gzipped wasm: the served page's script.`);
    const { out, bytes } = await buildSingle({ packed });
    console.log(`Wrote ${out} (${(bytes / 1024).toFixed(0)} KiB): open it from disk, no server needed.`);
  }, (error) => {
    console.error(`build-single: ${error.message}`);
    process.exit(1);
  });
}
