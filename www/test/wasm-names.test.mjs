// The page's module and glue with short import and export names (wasm-imports.mjs,
// used by build-single.mjs): the renamed pair still links and checks a draft the same
// as pkg/'s, and no long name is left in either.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glueExports, renameInGlue, shortenNames } from '../wasm-imports.mjs';
import { WWW, alteredSeed } from '../test-lib/harness.mjs';

test('renamed imports and exports link, and check a draft as the original module does', async () => {
  const wasm = await readFile(join(WWW, 'pkg', 'claimcheck_bg.wasm'));
  const glue = await readFile(join(WWW, 'pkg', 'claimcheck.js'), 'utf8');
  const names = shortenNames(wasm, glueExports(glue));
  assert.ok(names.renamed.size > 10 && names.exported.size > 10);

  const module = new WebAssembly.Module(names.wasm);
  for (const { name } of WebAssembly.Module.imports(module)) assert.match(name, /^[a-zA-Z]{1,2}$/);
  const exported = WebAssembly.Module.exports(module).map((e) => e.name);
  for (const name of names.exported.keys()) assert.ok(!exported.includes(name), name);
  // The same code: only the two name sections differ in length.
  assert.ok(names.wasm.length < wasm.length);

  const renamedGlue = renameInGlue(glue, names);
  for (const name of [...names.renamed.keys(), ...[...names.exported.keys()].map((n) => `wasm.${n}`)]) {
    assert.ok(!renamedGlue.includes(name), name);
  }

  const dir = await mkdtemp(join(tmpdir(), 'claimcheck-names-'));
  try {
    await writeFile(join(dir, 'renamed.js'), renamedGlue);
    await writeFile(join(dir, 'original.js'), glue);
    const renamed = await import(pathToFileURL(join(dir, 'renamed.js')).href);
    const original = await import(pathToFileURL(join(dir, 'original.js')).href);
    renamed.initSync({ module: names.wasm });
    original.initSync({ module: wasm });
    const { altered } = alteredSeed();
    const options = { asOf: '2025-11-25' };
    const a = new renamed.Checker({}).check(altered, options);
    const b = new original.Checker({}).check(altered, options);
    assert.ok(a.claims.length > 0);
    assert.deepEqual(a, b);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
