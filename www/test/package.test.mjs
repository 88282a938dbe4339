// The npm package: `npm pack pkg`, installed from the tarball into a scratch project
// (offline), and used only from there: in Node (initSync with the wasm bytes, a check,
// a lone surrogate through the real JS glue), through a bundler (esbuild, resolving the
// .wasm by its export) and in Chromium (a page importing only
// from the installed package: the element in its worker, and the API).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WWW, alteredSeed, claimNamed, openPage, useBrowser } from '../test-lib/harness.mjs';

const PKG = join(WWW, '..', 'pkg');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let scratch;
let tarball;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'claimcheck-pkg-'));
  const out = execFileSync(NPM, ['pack', PKG, '--pack-destination', scratch, '--json'], { encoding: 'utf8' });
  const [info] = JSON.parse(out);
  tarball = { path: join(scratch, info.filename), files: info.files.map((f) => f.path) };
  const app = join(scratch, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball.path], { cwd: app, stdio: 'pipe' });
  scratch = app;
});

after(() => {
  if (scratch) rmSync(join(scratch, '..'), { recursive: true, force: true });
});

/** Runs an ES module in the scratch project and returns what it prints as JSON. */
function runInScratch(source) {
  const file = join(scratch, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  const r = spawnSync(process.execPath, [file], { cwd: scratch, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('npm pack pkg', () => {
  test('the tarball holds the module, the API, the element, the worker, types, README and licences', () => {
    for (const file of ['claimcheck.js', 'claimcheck_bg.wasm', 'claimcheck.d.ts', 'element.js', 'element.d.ts', 'worker.js', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'package.json']) {
      assert.ok(tarball.files.includes(file), `${file} in ${tarball.files.join(', ')}`);
    }
    const installed = join(scratch, 'node_modules', 'claimcheck');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.equal(manifest.license, 'MIT OR Apache-2.0');
    assert.equal(manifest.exports['.'].default, './claimcheck.js');
    assert.equal(manifest.exports['./element'].default, './element.js');
    assert.ok(manifest.exports['./claimcheck_bg.wasm']);
    const cargo = readFileSync(join(WWW, '..', 'Cargo.toml'), 'utf8');
    assert.equal(manifest.version, /^version = "([^"]+)"/m.exec(cargo)[1]);
    // The element imports the package's own glue, never a path outside it.
    const element = readFileSync(join(installed, 'element.js'), 'utf8');
    assert.doesNotMatch(element, /\.\.\/pkg\//);
    assert.match(element, /new URL\("\.\/worker\.js", import\.meta\.url\)/);
  });

  test('the shipped report types are the ones generated from the Rust types', () => {
    const shipped = readFileSync(join(scratch, 'node_modules', 'claimcheck', 'claimcheck.d.ts'), 'utf8');
    const generated = readFileSync(join(WWW, 'types', 'report.d.ts'), 'utf8');
    assert.ok(shipped.endsWith(generated), 'claimcheck.d.ts ends with www/types/report.d.ts');
    assert.match(shipped, /export function check\(text: string, options\?: CheckOptions\): Report;/);
    assert.doesNotMatch(shipped.slice(0, shipped.length - generated.length), /export (interface|type) (Report|Claim|Finding) /,
      'no hand-written report types besides the generated ones');
  });

  test('in Node: initSync with the wasm bytes, then check a draft, through the package exports', () => {
    const { altered } = alteredSeed();
    const out = runInScratch(`
      import { readFileSync } from 'node:fs';
      import { fileURLToPath } from 'node:url';
      import { initSync, check, Checker, defaultFacts } from 'claimcheck';
      initSync({ module: readFileSync(fileURLToPath(import.meta.resolve('claimcheck/claimcheck_bg.wasm'))) });
      const draft = ${JSON.stringify(altered)};
      const report = check(draft, { asOf: '2025-11-25' });
      const checker = new Checker({});
      const again = checker.check(draft, { asOf: '2025-11-25' });
      const readme = check('Two-way trade between Japan and Vietnam reached 52.5 billion USD.', { asOf: '2025-11-25' });
      console.log(JSON.stringify({ report, same: JSON.stringify(again) === JSON.stringify(report), rows: defaultFacts().length, readme }));
    `);
    const trade = claimNamed(out.report, '52.5 billion USD');
    assert.equal(trade.verdict, 'discrepancy');
    assert.equal(altered.slice(trade.start, trade.end), trade.text);
    assert.equal(claimNamed(out.report, 'second largest').verdict, 'outdated');
    assert.equal(out.same, true);
    assert.ok(out.rows > 10);
    // The README's example says what it gives.
    assert.equal(out.readme.claims[0].verdict, 'discrepancy');
    assert.equal(out.readme.claims[0].suggestion, '48.18 billion USD');
  });

  test('a bundler (esbuild) reaches the API and the .wasm through the exports: its bundle checks a draft without node_modules', async () => {
    const { build } = await import('esbuild');
    const { altered } = alteredSeed();
    const entry = join(scratch, 'bundled-app.mjs');
    writeFileSync(entry, `
      import { initSync, check } from 'claimcheck';
      import wasm from 'claimcheck/claimcheck_bg.wasm';
      initSync({ module: wasm });
      const report = check(${JSON.stringify(altered)}, { asOf: '2025-11-25' });
      console.log(JSON.stringify(report.claims.map((c) => [c.text, c.verdict])));
    `);
    // The wasm is resolved by its export, as bundlers that inline or emit assets do.
    const out = join(mkdtempSync(join(tmpdir(), 'claimcheck-bundle-')), 'bundle.mjs');
    await build({ entryPoints: [entry], absWorkingDir: scratch, bundle: true, platform: 'node', target: 'node20', format: 'esm', loader: { '.wasm': 'binary' }, outfile: out, logLevel: 'silent' });
    const r = spawnSync(process.execPath, [out], { cwd: join(out, '..'), encoding: 'utf8' });
    rmSync(join(out, '..'), { recursive: true, force: true });
    assert.equal(r.status, 0, r.stderr);
    const claims = new Map(JSON.parse(r.stdout));
    assert.equal(claims.get('52.5 billion USD'), 'discrepancy');
    assert.equal(claims.get('second largest'), 'outdated');
  });

  test('in Node: lone surrogates pass through the real JS glue without a trap, with sane offsets', () => {
    const out = runInScratch(`
      import { readFileSync } from 'node:fs';
      import { fileURLToPath } from 'node:url';
      import { initSync, check, Checker } from 'claimcheck';
      initSync({ module: readFileSync(fileURLToPath(import.meta.resolve('claimcheck/claimcheck_bg.wasm'))) });
      const drafts = [
        '\\uD800Two-way trade between Japan and Vietnam reached 52.5 billion USD\\uDC00.\\nJapan is the \\uDBFF second largest investor.',
        'Trade: 52.5 billion USD \\uD83D and \\uDE00 30% \\uD83D\\uDE00 of 1,624 MW\\uD800',
        '\\uDC00\\uD800\\uDC00\\uD800',
      ];
      const results = [];
      for (const text of drafts) {
        try {
          const report = check(text, { asOf: '2025-11-25' });
          const languages = new Checker({}).languages(text);
          results.push({ text, report, languages });
        } catch (error) {
          results.push({ text, error: error.name + ': ' + error.message });
        }
      }
      // The module still works after them.
      const after = check('Two-way trade between Japan and Vietnam reached 52.5 billion USD.', { asOf: '2025-11-25' });
      console.log(JSON.stringify({ results, after: after.claims[0].verdict }));
    `);
    for (const { text, report, languages, error } of out.results) {
      assert.equal(error, undefined, `no error or trap on ${JSON.stringify(text)}`);
      assert.ok(report.claims.length >= 1 || text.length < 5, JSON.stringify(text));
      for (const c of report.claims) {
        assert.ok(c.start >= 0 && c.start < c.end && c.end <= text.length, `${c.start}-${c.end} in ${text.length}`);
        // A lone surrogate reaches the core as U+FFFD (one UTF-16 unit too), so the
        // offsets still index the JS string: the claim's text is the slice.
        assert.equal(text.slice(c.start, c.end).replace(/[\uD800-\uDFFF]/g, '\uFFFD'), c.text);
      }
      assert.equal(languages.segments.at(-1).end, text.length, 'language runs end at the text end');
    }
    assert.ok(out.results[0].report.claims.some((c) => c.text === '52.5 billion USD' && c.verdict === 'discrepancy'));
    assert.equal(out.after, 'discrepancy');
  });

  test('TypeScript resolves both exports and their types (tsc --strict, from the installed package)', () => {
    writeFileSync(join(scratch, 'main.ts'), `
import init, { check, Checker, type Report, type Finding, type Verdict, type FactRow } from 'claimcheck';
import { ClaimCheckElement, configure } from 'claimcheck/element';
export async function run(): Promise<Verdict[]> {
  await init();
  const report: Report = check('x', { asOf: '2025-11-25', lang: 'auto' });
  const first: Finding | undefined = report.claims[0];
  const rows: FactRow[] = new Checker({}).facts();
  const el = document.querySelector('claim-check');
  if (el instanceof ClaimCheckElement) {
    el.addEventListener('claimcheck:report', (e) => console.log(e.detail.summary.discrepancy));
    await el.setFacts([{ name: 'mine.csv', csv: '' }]);
  }
  configure({ worker: true });
  // @ts-expect-error: a verdict the core never gives
  const wrong: Verdict = 'maybe';
  return [first?.verdict ?? 'unverified', wrong, rows.length ? 'consistent' : 'unverified'];
}
`);
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], skipLibCheck: false },
      files: ['main.ts'],
    }));
    const tsc = join(WWW, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', scratch], { cwd: scratch, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  describe('in Chromium', () => {
    before(async () => {
      writeFileSync(join(scratch, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>claimcheck from npm</title>
<link rel="icon" href="data:,"><script type="module" src="page.js"></script></head>
<body><textarea id="draft" rows="12" cols="90" aria-label="Draft"></textarea>
<claim-check for="#draft" as-of="2025-11-25"></claim-check></body></html>`);
      // Only the installed package: no file from the repository is served.
      writeFileSync(join(scratch, 'page.js'), `
import './node_modules/claimcheck/element.js';
import init, { check } from './node_modules/claimcheck/claimcheck.js';
await init();
window.__api = check('Two-way trade between Japan and Vietnam reached 52.5 billion USD.', { asOf: '2025-11-25' });
`);
    });
    // Serving only the scratch project the package is installed in (written just above).
    const env = useBrowser({ server: () => ({ root: scratch, modules: true }) });

    test('a page importing only from the installed package checks a draft in a worker', async () => {
      const context = await env.browser.newContext();
      const { page, log } = await openPage(context);
      await page.goto(env.server.url);
      const { altered } = alteredSeed();
      await page.fill('#draft', altered);
      const report = await page.waitForFunction((text) => {
        const el = document.querySelector('claim-check');
        return el.report && el.checkedText === text ? el.report : null;
      }, altered, { timeout: 15_000 }).then((h) => h.jsonValue());
      assert.equal(claimNamed(report, '52.5 billion USD').verdict, 'discrepancy');
      assert.equal(await page.evaluate(() => document.querySelector('claim-check').inWorker), true);
      assert.ok(await page.locator('claim-check .hl.v-discrepancy').count() >= 1);
      assert.equal(await page.locator('claim-check li.finding').count(), report.claims.length);
      const api = await page.waitForFunction(() => window.__api).then((h) => h.jsonValue());
      assert.equal(api.claims[0].verdict, 'discrepancy');
      const paths = log.requests.map((u) => new URL(u)).filter((u) => u.protocol === 'http:').map((u) => u.pathname);
      assert.ok(paths.includes('/node_modules/claimcheck/worker.js'), paths.join(', '));
      assert.ok(paths.includes('/node_modules/claimcheck/claimcheck_bg.wasm'), paths.join(', '));
      assert.deepEqual(paths.filter((p) => p !== '/' && p !== '/page.js' && !p.startsWith('/node_modules/claimcheck/')), []);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  });
});
