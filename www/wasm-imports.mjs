// Short names for the imports of the page's WebAssembly module (build-single.mjs).
//
// wasm-bindgen names each import after its JS function plus a hash
// (`__wbg_getFullYear_94114da14f235fca`): 26 of them, spelt in the module's import
// section and again in the glue's import object. The hashes are incompressible, so the
// names cost 0.6 KB gzip in the module and 0.4 KB in the page's script. The page ships
// both halves together, so it renames them (a, b, c, …) in both; nothing else in the
// module changes. pkg/ (the npm package) keeps wasm-bindgen's names.

const GLUE_MODULE = './claimcheck_bg.js';

function readLeb(bytes, pos) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

/** The import section: its byte range (from its id byte) and each import's names and descriptor bytes. */
function importSection(wasm) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a WebAssembly module');
  const text = new TextDecoder('utf-8', { fatal: true });
  let pos = 8;
  while (pos < wasm.length) {
    const start = pos;
    const id = wasm[pos++];
    let size;
    [size, pos] = readLeb(wasm, pos);
    const end = pos + size;
    if (id === 2) {
      let count;
      let p = pos;
      [count, p] = readLeb(wasm, p);
      const imports = [];
      const name = () => {
        let length;
        [length, p] = readLeb(wasm, p);
        p += length;
        return text.decode(wasm.subarray(p - length, p));
      };
      const limits = () => {
        const flags = wasm[p++];
        [, p] = readLeb(wasm, p);
        if (flags & 1) [, p] = readLeb(wasm, p);
      };
      for (let i = 0; i < count; i++) {
        const module = name();
        const field = name();
        const descriptor = p;
        const kind = wasm[p++];
        if (kind === 0) [, p] = readLeb(wasm, p); // function: type index
        else if (kind === 1) { p++; limits(); } // table: element type, limits
        else if (kind === 2) limits(); // memory
        else if (kind === 3) p += 2; // global: value type, mutability
        else if (kind === 4) { p++; [, p] = readLeb(wasm, p); } // tag
        else throw new Error(`unknown import kind ${kind}`);
        imports.push({ module, field, descriptor: wasm.subarray(descriptor, p) });
      }
      if (p !== end) throw new Error('the import section did not parse to its end');
      return { start, end, imports };
    }
    pos = end;
  }
  return { start: pos, end: pos, imports: [] };
}

const shortName = (i) => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  do {
    out += letters[i % letters.length];
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return out;
};

/**
 * The module with the glue's imports renamed, and the renaming (old name -> new) to
 * apply to the glue. Deterministic: the same module gives the same names.
 */
export function shortenImports(wasm) {
  const { start, end, imports } = importSection(wasm);
  const renamed = new Map();
  const encoder = new TextEncoder();
  const body = [...leb(imports.length)];
  for (const { module, field, descriptor } of imports) {
    let name = field;
    if (module === GLUE_MODULE) {
      if (renamed.has(field)) throw new Error(`the module imports ${field} twice`);
      name = shortName(renamed.size);
      renamed.set(field, name);
    }
    const m = encoder.encode(module);
    const n = encoder.encode(name);
    body.push(...leb(m.length), ...m, ...leb(n.length), ...n, ...descriptor);
  }
  const section = Buffer.from([2, ...leb(body.length), ...body]);
  return { wasm: Buffer.concat([wasm.subarray(0, start), section, wasm.subarray(end)]), renamed };
}

/**
 * The glue (pkg/claimcheck.js) with the same renaming: each import is a key of its
 * import object (`__wbg_…: function(`), found exactly once, or the build stops.
 */
export function renameInGlue(source, renamed) {
  let out = source;
  for (const [from, to] of renamed) {
    const key = new RegExp(`(?<=^\\s*)${from}(?=: function\\()`, 'gm');
    const found = out.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`the glue defines the import ${from} ${found} times, not once`);
    if (out.split(from).length !== 2) throw new Error(`the glue names ${from} outside its import object`);
    out = out.replace(key, () => to);
  }
  return out;
}
