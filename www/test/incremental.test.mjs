// Checking paragraph by paragraph (element/paragraphs.js, what the worker does after
// each edit) must give exactly the findings of checking the whole draft: on the seeds,
// the hand-written drafts, a draft mixing three languages, and after a run of edits
// (typing, deleting, changing a figure, adding and removing paragraphs). Runs the real
// WebAssembly package in Node.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Incremental, ParagraphMirror, split } from '../element/paragraphs.js';
import { WWW, deskSheetRows } from '../test-lib/harness.mjs';

const ns = await import('../pkg/claimcheck.js');
ns.initSync({ module: readFileSync(join(WWW, 'pkg', 'claimcheck_bg.wasm')) });

const REPO = join(WWW, '..');
function texts(dir) {
  const out = [];
  let entries = [];
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...texts(path));
    else if (name.endsWith('.txt')) out.push({ name: path.slice(REPO.length + 1), text: readFileSync(path, 'utf8') });
  }
  return out;
}
const DRAFTS = [
  ...texts(join(REPO, 'tests', 'fixtures')),
  ...texts(join(REPO, 'tests', 'drafts')),
];
const seed = (prefix) => DRAFTS.find((d) => d.name.includes(`seeds/${prefix}`)).text;
DRAFTS.push({ name: 'mixed en+nl+vi', text: `${seed('000')}\n${seed('003')}\n${seed('002')}` });

const DATES = ['2019-11-16', '2025-11-25'];

function whole(checker, text, asOf) {
  return checker.check(text, { asOf });
}

function incremental(inc, mirror, text, asOf) {
  return mirror.apply(inc.check(text, { asOf }));
}

const brief = (r) => r.claims.map((c) => `${c.start}-${c.end} ${c.text} ${c.verdict} ${c.fact?.id ?? ''}`);

test('the drafts to compare are there', () => {
  assert.ok(DRAFTS.length >= 8, DRAFTS.map((d) => d.name).join(', '));
});

test('split() finds the paragraphs the core reads', () => {
  assert.deepEqual(split('a\nb\u2029\nc'), [
    { text: 'a', start: 0 }, { text: 'b', start: 2 }, { text: '', start: 4 }, { text: 'c', start: 5 },
  ]);
  assert.deepEqual(split(''), [{ text: '', start: 0 }]);
});

test('a first check paragraph by paragraph equals the whole draft check', () => {
  const checker = new ns.Checker({});
  for (const { name, text } of DRAFTS) {
    for (const asOf of DATES) {
      const inc = new Incremental(checker);
      const got = incremental(inc, new ParagraphMirror(), text, asOf);
      const want = whole(checker, text, asOf);
      assert.deepEqual(brief(got), brief(want), `${name} as of ${asOf}`);
      assert.deepEqual(got, want, `${name} as of ${asOf}`);
    }
  }
});

/** A small deterministic random source, so a failure can be replayed. */
function random(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >> 17; x ^= x << 5; x >>>= 0;
    return x / 2 ** 32;
  };
}

/** Edits an editor makes: type, delete, change a figure, split, join, move and drop paragraphs. */
function edit(text, rnd) {
  const at = Math.floor(rnd() * (text.length + 1));
  const pick = Math.floor(rnd() * 8);
  const paras = text.split('\n');
  const i = Math.floor(rnd() * paras.length);
  switch (pick) {
    case 0: return text.slice(0, at) + 'x' + text.slice(at); // a keystroke
    case 1: return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 30)); // a deletion
    case 2: return text.replace(/\d/, String(Math.floor(rnd() * 10))); // a figure changed
    case 3: return text.slice(0, at) + '\n' + text.slice(at); // a paragraph split
    case 4: return text.replace('\n', ' '); // paragraphs joined
    case 5: paras.splice(i, 1); return paras.join('\n'); // a paragraph dropped
    case 6: paras.splice(i, 0, paras[Math.floor(rnd() * paras.length)]); return paras.join('\n'); // a paragraph copied
    default: paras.splice(i, 0, 'De handel bereikte 52,5 miljard dollar in 2024.'); return paras.join('\n'); // another language
  }
}

test('after each of many edits, the incremental findings equal the whole draft check', () => {
  const checker = new ns.Checker({});
  const rnd = random(13);
  let checked = 0;
  let paragraphs = 0;
  for (const { name, text: start } of DRAFTS.slice(0, 12)) {
    const asOf = DATES[checked % 2];
    const inc = new Incremental(checker);
    const mirror = new ParagraphMirror();
    let text = start;
    incremental(inc, mirror, text, asOf);
    for (let step = 0; step < 25; step++) {
      text = edit(text, rnd);
      const got = incremental(inc, mirror, text, asOf);
      const want = whole(checker, text, asOf);
      assert.deepEqual(brief(got), brief(want), `${name}, edit ${step}`);
      assert.deepEqual(got, want, `${name}, edit ${step}`);
      checked++;
    }
    paragraphs += inc.checkedParagraphs;
  }
  assert.ok(checked >= 200);
  console.log(`# ${checked} edits compared; ${paragraphs} paragraphs re-checked in all`);
});

/**
 * Blocks the core reads with the line above them, taller than the three paragraphs of
 * context: a desk sheet's table (tab- and pipe-separated) under its heading, and a fact
 * box's list under its heading, each with rows far below the heading that it names.
 */
function tallBlocks() {
  const rows = deskSheetRows();
  const pipes = deskSheetRows(true);
  pipes.splice(1, 0, '|---|---|---|');
  const items = ['- Prefectures: 9', '- Population: nearly 23 million', '- Area: 27,000 km2', '- Ports: 12',
    '- Airports: 4', '- Universities: 140', "- Share of Japan's GDP: 16%", '- Vietnamese residents: more than 100,000'];
  return [
    { name: 'tab table', text: ['Desk notes for the state visit.', '', 'Vietnam at a glance', '', ...rows, '', 'Compiled by the desk.'].join('\n'), far: '190' },
    { name: 'pipe table', text: ['Desk notes for the state visit.', 'Vietnam at a glance', ...pipes, 'Compiled by the desk.'].join('\n'), far: '190' },
    { name: 'list', text: ['Notes for the visit.', '', 'Kansai at a glance', ...items, '', 'Compiled by the desk.'].join('\n'), far: '16%' },
  ];
}

test('an edit in a table or list taller than the context: the incremental findings equal the whole draft check', () => {
  const checker = new ns.Checker({});
  const asOf = '2025-11-25';
  let compared = 0;
  for (const { name, text, far } of tallBlocks()) {
    // The heading reaches the block's last rows: a whole check judges them.
    const far0 = whole(checker, text, asOf).claims.find((c) => c.text === far);
    assert.ok(far0 && far0.verdict !== 'unverified', `${name}: ${far0?.verdict}`);
    const lines = text.split('\n');
    const heading = lines.findIndex((l) => / at a glance$/.test(l));
    // Each line edited in turn (a figure typed, a word changed, a row broken into prose),
    // then the heading renamed, a blank line opened in the block, and a row dropped.
    const edits = [];
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const changed = [/\d/.test(l) ? l.replace(/\d/, '7') : `${l} typed`, l.replace(/[\t|]/g, ' '), ''];
      for (const c of changed) edits.push(lines.map((x, j) => (j === i ? c : x)).join('\n'));
    }
    edits.push(lines.map((x, j) => (j === heading ? x.replace(/^\w+/, 'Thailand') : x)).join('\n'));
    edits.push([...lines.slice(0, heading + 4), '', ...lines.slice(heading + 4)].join('\n'));
    edits.push([...lines.slice(0, heading + 3), ...lines.slice(heading + 4)].join('\n'));
    for (const [k, edited] of edits.entries()) {
      // From the draft as pasted, then from the edit before (edits in a row).
      for (const from of [text, edits[k - 1] ?? text]) {
        const inc = new Incremental(checker);
        const mirror = new ParagraphMirror();
        incremental(inc, mirror, from, asOf);
        const got = incremental(inc, mirror, edited, asOf);
        const want = whole(checker, edited, asOf);
        assert.deepEqual(brief(got), brief(want), `${name}, edit ${k}: ${JSON.stringify(edited)}`);
        assert.deepEqual(got, want, `${name}, edit ${k}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 150, `${compared}`);
});

test('an edit re-checks the changed paragraph and the few after it, not the draft', () => {
  const checker = new ns.Checker({});
  const text = seed('000');
  const inc = new Incremental(checker);
  const mirror = new ParagraphMirror();
  incremental(inc, mirror, text, '2025-11-25');
  const n = split(text).length;
  const before = inc.checkedParagraphs;
  const at = text.indexOf('48.18');
  const result = inc.check(`${text.slice(0, at)}52.5${text.slice(at + 5)}`, { asOf: '2025-11-25' });
  const rechecked = inc.checkedParagraphs - before;
  assert.ok(rechecked >= 1 && rechecked <= 1 + 3 * 2 + 3, `${rechecked} of ${n} paragraphs re-checked`);
  assert.ok(result.splice.insert.length <= rechecked, 'only re-checked paragraphs are sent');
  assert.equal(result.splice.reset, false);
});

test('typing into a mixed-language draft: each keystroke gives the languages and findings of a check from scratch', () => {
  const checker = new ns.Checker({});
  const head = (s) => s.slice(0, s.indexOf('\n', 1200) + 1);
  let text = `${head(seed('000'))}${head(seed('003'))}\u2029${head(seed('002'))}Foto: VGP`;
  const inc = new Incremental(checker);
  const mirror = new ParagraphMirror();
  const scratch = new ns.Checker({});
  const asOf = '2025-11-25';
  const same = (what) => {
    const got = incremental(inc, mirror, text, asOf);
    // The languages the checker re-reads only the changed lines for (it has read the
    // text before the key) equal those of a checker reading the whole text afresh.
    const fresh = (scratch.languages(''), scratch.languages(text));
    assert.deepEqual(checker.languages(text), fresh, what);
    assert.deepEqual(got, whole(scratch, text, asOf), what);
  };
  same('first check');
  let keys = 0;
  const type = (at, typed) => {
    for (const ch of typed) {
      text = text.slice(0, at) + ch + text.slice(at);
      at += ch.length;
      same(`key ${++keys} (${JSON.stringify(ch)} at ${at})`);
    }
    return at;
  };
  const backspace = (at, n) => {
    for (let i = 0; i < n; i++, at--) {
      text = text.slice(0, at - 1) + text.slice(at);
      same(`backspace ${i + 1} at ${at}`);
    }
    return at;
  };
  // Dutch typed into the English paragraphs, until a paragraph of its own flips to Dutch;
  // Vietnamese (an IME's whole syllables) after the Dutch; a paragraph break typed and
  // taken back; the caption joined to the Vietnamese above it.
  let at = text.indexOf('\n', 200);
  at = type(at, '\nDe handel tussen Japan en Vietnam bereikte 52,5 miljard dollar in 2024.');
  at = type(text.indexOf('\u2029') , ['\n', 'Nhật ', 'Bản ', 'là ', 'nhà ', 'đầu ', 'tư ', 'lớn ', 'thứ ', 'ba ', 'của ', 'Việt ', 'Nam.']);
  backspace(at, 8);
  const caption = text.lastIndexOf('Foto');
  backspace(caption, 1);
  type(caption - 1, ['\u2029']);
  assert.ok(keys > 80, `${keys} keystrokes`);
});
