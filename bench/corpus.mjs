// The benchmark texts: the English seed articles repeated to a size and cut at white
// space, built exactly as benches/check.rs builds them, so every engine sees one text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = ['000_50070c2073b1c375', '001_ebb5d910bc918b15', '002_dfa0a0fd2de725a2', '004_e36e2714c04eb8a0']
  .map((s) => readFileSync(`${root}tests/fixtures/seeds/${s}.txt`, 'utf8'));

/** The seeds repeated to `bytes` bytes of UTF-8, cut at the last white space. */
export function corpus(bytes) {
  const enc = new TextEncoder();
  let text = '';
  while (enc.encode(text).length < bytes) text += SEEDS.map((s) => s + '\n').join('');
  const buf = enc.encode(text).slice(0, bytes);
  let cut = new TextDecoder('utf-8', { fatal: false }).decode(buf).replace(/\uFFFD$/, '');
  const ws = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  return ws > 0 ? cut.slice(0, ws) : cut;
}

export const ROOT = root;

/** One sentence listing `n` numbers, built exactly as `one_sentence` in benches/check.rs. */
export function oneSentence(n) {
  const parts = [];
  for (let i = 1; i < n; i++) parts.push(`${(i * 37) % 100000}, `);
  return `The figures were ${parts.join('')}and ${(n * 37) % 100000}.`;
}
