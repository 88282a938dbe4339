// Pure helpers of the overlay (no browser): the changed region of two texts (block
// compare, checked against the plain character loop) and span grouping.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedRegion, spansOf } from '../element/geometry.js';

function plain(before, after) {
  let p = 0;
  const m = Math.min(before.length, after.length);
  while (p < m && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < m - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  return [p, before.length - s, after.length - s];
}

test('changedRegion equals the character-by-character answer, across block boundaries', () => {
  let x = 7;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 2000; i++) {
    let base = '';
    const n = Math.floor(rnd() * 20000);
    for (let k = 0; k < n; k++) base += 'ab'[Math.floor(rnd() * 2)]; // repetitive: worst case for block compares
    const at = Math.floor(rnd() * (base.length + 1));
    const del = Math.floor(rnd() * rnd() * 9000);
    const ins = 'ab'.repeat(Math.floor(rnd() * 3));
    const after = base.slice(0, at) + ins + base.slice(at + del);
    assert.deepEqual(changedRegion(base, after), plain(base, after), `case ${i}`);
  }
  assert.deepEqual(changedRegion('', ''), [0, 0, 0]);
  assert.deepEqual(changedRegion('abc', 'abc'), [3, 3, 3]);
});

test('spansOf groups claims sharing a span, worst verdict first, in text order', () => {
  const groups = spansOf([
    { start: 10, end: 20, verdict: 'consistent' },
    { start: 0, end: 5, verdict: 'unverified' },
    { start: 10, end: 20, verdict: 'discrepancy' },
    { start: 7, end: 7, verdict: 'discrepancy' }, // empty: no highlight
  ]);
  assert.deepEqual(groups.map((g) => [g.key, g.verdict, g.indices]), [['0:5', 'unverified', [1]], ['10:20', 'discrepancy', [0, 2]]]);
});
