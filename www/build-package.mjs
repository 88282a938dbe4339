#!/usr/bin/env node
// Completes pkg/ (wasm-pack's output) into the npm package `claimcheck`:
//   element.js   the <claim-check> element, bundled by esbuild from www/element/ (the
//                i18n data inlined), importing the glue as ./claimcheck.js;
//   worker.js    the checking worker, the same way;
//   claimcheck.d.ts  wasm-bindgen's declarations plus the report types generated
//                from the Rust types (www/types/report.d.ts, tests/ts_types.rs);
//   element.d.ts, package.json, README.md, LICENSE-*  from pkg-template/.
// Run by scripts/build-wasm.sh after wasm-pack.
//
//   node build-package.mjs [pkg dir]

import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const WWW = dirname(fileURLToPath(import.meta.url));
const ROOT = join(WWW, '..');
const TEMPLATE = join(ROOT, 'pkg-template');

/** Points the element's imports of ../pkg/claimcheck.js at the package's own glue. */
const ownGlue = {
  name: 'own-glue',
  setup(b) {
    b.onResolve({ filter: /pkg\/claimcheck\.js$/ }, () => ({ path: './claimcheck.js', external: true }));
    b.onLoad({ filter: /element[\\/]engine\.js$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replace("'../pkg/claimcheck.js'", "'./claimcheck.js'"),
      loader: 'js',
    }));
  },
};

async function bundle(entry, outfile) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [ownGlue],
  });
}

export async function buildPackage(pkg = join(ROOT, 'pkg')) {
  const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  const version = /^version = "([^"]+)"/m.exec(cargo)[1];
  await bundle(join(WWW, 'claim-check.js'), join(pkg, 'element.js'));
  await bundle(join(WWW, 'element', 'worker.js'), join(pkg, 'worker.js'));
  const manifest = JSON.parse(await readFile(join(TEMPLATE, 'package.json'), 'utf8'));
  manifest.version = version;
  await writeFile(join(pkg, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const file of ['README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'element.d.ts']) {
    await copyFile(join(TEMPLATE, file), join(pkg, file));
  }
  // The report types come from Rust (generated); wasm-bindgen's file names them.
  const dts = await readFile(join(pkg, 'claimcheck.d.ts'), 'utf8');
  const types = await readFile(join(WWW, 'types', 'report.d.ts'), 'utf8');
  if (!dts.includes('// Generated from the Rust types')) {
    await writeFile(join(pkg, 'claimcheck.d.ts'), `${dts.trimEnd()}\n\n${types}`);
  }
  // wasm-pack writes a .gitignore of '*', which would hide files from npm pack.
  await rm(join(pkg, '.gitignore'), { force: true });
  return { pkg, version };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildPackage(process.argv[2] ? resolve(process.argv[2]) : undefined).then(({ pkg, version }) => {
    console.log(`Completed the npm package claimcheck ${version} in ${pkg}`);
  }, (error) => {
    console.error(`build-package: ${error.message}`);
    process.exit(1);
  });
}
