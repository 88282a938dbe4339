// node bench/same-output.mjs DIR_A DIR_B: the two wasm-pack outputs give byte-identical
// results (JSON) on every seed and every draft of tests/drafts (check in four language
// settings, draftFacts, languages), the 50k and 1 MB benchmark corpora, the default
// and a user table (parseFacts, a Checker over it) and each error. For build and
// refactor changes meant to keep the output; prints the calls compared and any that
// differ.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from './corpus.mjs';
const root = new URL('..', import.meta.url).pathname;
const load = async (dir) => {
  const m = await import(`${dir}/claimcheck.js?${dir}`);
  m.initSync({ module: readFileSync(`${dir}/claimcheck_bg.wasm`) });
  return m;
};
const files = (d) => readdirSync(d).flatMap((f) => {
  const p = join(d, f);
  return statSync(p).isDirectory() ? files(p) : /\.(txt|md)$/.test(f) ? [p] : [];
});
const seeds = '/work/shared/seeds';
const texts = [...readdirSync(seeds).map((f) => join(seeds, f)), ...files(join(root, 'tests/drafts'))]
  .map((p) => readFileSync(p, 'utf8'));
texts.push(corpus(50000), corpus(1 << 20), '', 'x', 'Japan is Vietnam\'s second largest investor.');
const table = readFileSync(join(root, 'data/facts.csv'), 'utf8').split('\n').slice(0, 40).join('\n');
const run = (m) => {
  const out = [];
  const safe = (f) => { try { out.push(JSON.stringify(f())); } catch (e) { out.push('error ' + String(e && e.message || e)); } };
  const c = new m.Checker({});
  const user = new m.Checker({ facts: [{ name: 'user.csv', csv: table }], noDefaultFacts: true });
  for (const t of texts) {
    for (const lang of ['auto', 'en', 'nl', 'vi']) safe(() => c.check(t, { asOf: '2025-12-01', lang }));
    safe(() => user.check(t, { asOf: '2025-12-01' }));
    if (t.length < 200000) safe(() => m.draftFacts(t, { source: { title: 'T', publication: 'P', url: 'https://x' } }));
    safe(() => c.languages(t));
  }
  safe(() => m.defaultFacts());
  safe(() => c.facts());
  safe(() => m.parseFacts({ name: 'user.csv', csv: table }));
  safe(() => m.parseFacts({ name: 'bad.csv', csv: 'id,as_of\n"x' }));
  safe(() => m.parseFacts({ name: 'bad.json', json: '[{"id": 1}' }));
  safe(() => c.check('x', { asOf: '2025-13-01' }));
  safe(() => c.check('x', { asOf: '2025-12-01', lang: 'fr' }));
  safe(() => c.check('xxxxx', { asOf: '2025-12-01', maxBytes: 3 }));
  return out;
};
const [a, b] = [run(await load(process.argv[2])), run(await load(process.argv[3]))];
const diff = a.map((x, i) => (x === b[i] ? -1 : i)).filter((i) => i >= 0);
console.log(`${a.length} calls compared, ${diff.length} differ${diff.length ? ': ' + diff.slice(0, 10).join(' ') : ''}`);
process.exit(diff.length ? 1 : 0);
