#!/usr/bin/env node
// Builds the four editor demo pages' scripts from npm (no CDN): esbuild bundles each
// page's main.js with its editor into <editor>/dist/, and TinyMCE's self-hosted tree
// (it loads its theme, model, icons and skins by URL) is copied to tinymce/dist/tinymce/.
//
//   node build.mjs [--force]     (run `npm ci` here first; scripts/setup.sh does both)
//
// Idempotent and quick when nothing changed: a stamp records what the last build was
// made from (the lock file, this script and the pages' sources), and the build is
// skipped when it still matches.

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const MODULES = join(HERE, 'node_modules');
const BUNDLED = ['ckeditor', 'tiptap', 'quill', 'tinymce'];

/** A hash of everything the outputs are made from. */
function fingerprint() {
  const hash = createHash('sha256');
  const files = ['package-lock.json', 'build.mjs'];
  for (const page of [...BUNDLED, 'shared']) {
    for (const name of readdirSync(join(HERE, page))) {
      if (/\.(m?js|css)$/.test(name)) files.push(join(page, name));
    }
  }
  for (const file of files.sort()) hash.update(file).update('\0').update(readFileSync(join(HERE, file))).update('\0');
  return hash.digest('hex');
}

const stampFile = join(HERE, 'dist-stamp.txt');
const force = process.argv.includes('--force');
if (!existsSync(join(MODULES, '.package-lock.json'))) {
  console.error('www/editors/build.mjs: node_modules is missing: run `npm ci` in www/editors (scripts/setup.sh does)');
  process.exit(1);
}
const stamp = fingerprint();
const outputs = BUNDLED.map((page) => join(HERE, page, 'dist', 'main.js'));
if (!force && outputs.every(existsSync) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp) {
  console.log('www/editors: bundles are up to date');
  process.exit(0);
}

const started = Date.now();
for (const page of BUNDLED) rmSync(join(HERE, page, 'dist'), { recursive: true, force: true });

// One ES module per page, with the editor and its CSS (CSS imports become dist/main.css).
// The <claim-check> element is not bundled: each page loads it from www/ as a module of
// its own, as an embedding site would.
await build({
  entryPoints: BUNDLED.map((page) => ({ in: join(HERE, page, 'main.js'), out: join(page, 'dist', 'main') })),
  outdir: HERE,
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: ['chrome120', 'firefox120', 'safari17'],
  legalComments: 'linked',
  logLevel: 'warning',
  loader: { '.svg': 'text', '.woff': 'file', '.woff2': 'file' },
});

// TinyMCE self-hosted: the core loads these by URL from `base_url` (script and <link>
// elements on the same origin, which the page's CSP allows).
const tinymce = join(MODULES, 'tinymce');
const tinyOut = join(HERE, 'tinymce', 'dist', 'tinymce');
const keep = (path) => !/\.(ts|map)$/.test(path) && !/(^|\/)(tinymce|theme|model|icons|plugin)\.js$/.test(path) &&
  !/skin(\.shadowdom)?\.js$|content(\.inline)?\.js$/.test(path);
mkdirSync(tinyOut, { recursive: true });
for (const part of ['tinymce.min.js', 'license.md', 'models/dom', 'themes/silver', 'icons/default',
  'skins/ui/oxide', 'skins/content/default', 'plugins/lists', 'plugins/link']) {
  cpSync(join(tinymce, part), join(tinyOut, part), {
    recursive: true,
    filter: (src) => statSync(src).isDirectory() || keep(src.slice(tinymce.length + 1)),
  });
}

writeFileSync(stampFile, `${stamp}\n`);
console.log(`www/editors: built ${BUNDLED.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
