// node bench/wasm-instr.mjs DIR N: builds a Checker from a wasm-pack output DIR, checks
// the 50k benchmark draft once (the compile), then N more times. Run under
// `valgrind --tool=callgrind` with two N (bench/wasm-instr.sh) and take the difference:
// instructions per check of the module as V8 compiled it, steady on a loaded machine
// where timings are not.
import { readFileSync } from 'node:fs';
import { corpus } from '../bench/corpus.mjs';
const [dir, n] = [process.argv[2], Number(process.argv[3])];
const text = process.env.INSTR_TEXT === '1mb' ? corpus(1 << 20) : corpus(50000);
const m = await import(`${dir}/claimcheck.js`);
m.initSync({ module: readFileSync(`${dir}/claimcheck_bg.wasm`) });
const c = new m.Checker({});
let len = c.check(text, { asOf: '2025-12-01' }).length;
for (let i = 0; i < n; i++) len += c.check(text, { asOf: '2025-12-01' }).length;
console.log(dir, n, len);
