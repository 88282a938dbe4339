#!/usr/bin/env node
// Writes dist/claimcheck.html: the page as one self-contained file (CSS, JS and the
// WebAssembly inlined) that works opened from disk (file://), for offline use.
//
//   node build-single.mjs            (needs pkg/ from scripts/build-wasm.sh)
//
// The three modules (pkg/claimcheck.js, claim-check.js, app.js) are joined into one
// inline module script: each becomes a function scope returning its exports, and
// the imports between them become reads of those objects. The wasm is base64 in the
// script and instantiated with initSync. The CSP allows exactly that script and that
// stylesheet by their sha256 hashes; nothing else may run or load.

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WWW = dirname(fileURLToPath(import.meta.url));

/** `export function f`, `export class C`, `export const x`, `export { a, b as c }`. */
function moduleBody(source, file) {
  const names = [];
  const body = source.split('\n').map((line) => {
    let m = /^export (async function\*?|function\*?|class|const|let|var) ([\w$]+)/.exec(line);
    if (m) {
      names.push([m[2], m[2]]);
      return line.slice('export '.length);
    }
    m = /^export \{([^}]*)\};?\s*$/.exec(line);
    if (m) {
      for (const part of m[1].split(',').map((s) => s.trim()).filter(Boolean)) {
        const [local, exported = local] = part.split(/\s+as\s+/);
        names.push([local, exported]);
      }
      return '';
    }
    m = /^export default ([\w$]+);?\s*$/.exec(line);
    if (m) {
      names.push([m[1], 'default']);
      return '';
    }
    if (/^\s*export\b/.test(line) || /^\s*import(\s+[\w$*{]|\s*['"])/.test(line)) {
      throw new Error(`${file}: cannot inline this line (unsupported import/export form): ${line.trim()}`);
    }
    return line;
  }).join('\n');
  const exports = names.map(([local, exported]) => (local === exported ? local : `${JSON.stringify(exported)}: ${local}`));
  return `${body}\nreturn { ${exports.join(', ')} };`;
}

/** Rewrites `import { a, b as c } from './x.js';` lines into reads of `bindings['./x.js']`. */
function rewriteImports(source, file, bindings) {
  return source.split('\n').map((line) => {
    const m = /^import\s+(?:\{([^}]*)\}\s+from\s+)?'([^']+)';\s*$/.exec(line);
    if (!m) return line;
    const name = bindings[m[2]];
    if (!name) throw new Error(`${file}: cannot inline an import of ${m[2]}`);
    if (!m[1]) return '';
    const parts = m[1].split(',').map((s) => s.trim()).filter(Boolean)
      .map((p) => p.split(/\s+as\s+/)).map(([a, b]) => (b ? `${a}: ${b}` : a));
    return `const { ${parts.join(', ')} } = ${name};`;
  }).join('\n');
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export async function buildSingle({ out = join(WWW, 'dist', 'claimcheck.html') } = {}) {
  const read = (path) => readFile(join(WWW, path), 'utf8');
  const [html, css, pkg, element, app, wasm] = await Promise.all([
    read('index.html'), read('style.css'), read('pkg/claimcheck.js'),
    read('claim-check.js'), read('app.js'), readFile(join(WWW, 'pkg', 'claimcheck_bg.wasm')),
  ]);

  const script = [
    '// Claimcheck, single-file build. Sources: pkg/claimcheck.js, claim-check.js, app.js.',
    `const __wasm = Uint8Array.from(atob("${wasm.toString('base64')}"), (c) => c.charCodeAt(0));`,
    `const __claimcheckPackage = () => {\n${moduleBody(pkg, 'pkg/claimcheck.js')}\n};`,
    `const __claimCheck = (() => {\n${moduleBody(element, 'claim-check.js')}\n})();`,
    // Each generation (a restart after a trap) gets fresh glue state and a new instance.
    '__claimCheck.configure({ importPackage: async () => __claimcheckPackage(), init: (ns) => { ns.initSync({ module: __wasm }); } });',
    `(() => {\n${rewriteImports(app, 'app.js', { './claim-check.js': '__claimCheck' })}\n})();`,
  ].join('\n');
  if (/<\/script/i.test(script)) throw new Error('the inlined code contains "</script": cannot inline it');
  if (/<\/style/i.test(css)) throw new Error('style.css contains "</style": cannot inline it');

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
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
  page = replaceOnce(page, /<script type="module" src="app\.js"><\/script>/, `<script type="module">${script}</script>`, 'app.js script tag');

  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, page);
  return { out, bytes: Buffer.byteLength(page) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildSingle().then(({ out, bytes }) => {
    console.log(`Wrote ${out} (${(bytes / 1024).toFixed(0)} KiB): open it from disk, no server needed.`);
  }, (error) => {
    console.error(`build-single: ${error.message}`);
    process.exit(1);
  });
}
