// Short names for the imports and exports of the page's WebAssembly module
// (build-single.mjs).
//
// wasm-bindgen names each import after its JS function plus a hash
// (`__wbg_getFullYear_94114da14f235fca`): 26 of them, spelt in the module's import
// section and again in the glue's import object. The hashes are incompressible: the
// names cost 0.5 KB gzip in the module and 0.4 KB in the page's script. The exports the
// glue calls (`__wbindgen_malloc`, `checker_check`, …) are spelt twice too (0.2 KB
// together). The page
// ships both halves together, so it renames them (a, b, c, …) in both; nothing else in
// the module changes. pkg/ (the npm package) keeps wasm-bindgen's names.

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

/** Section `id` of the module: its byte range (from its id byte) and where its contents start; null when absent. */
function findSection(wasm, id) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('not a WebAssembly module');
  let pos = 8;
  while (pos < wasm.length) {
    const start = pos;
    const sectionId = wasm[pos++];
    let size;
    [size, pos] = readLeb(wasm, pos);
    if (sectionId === id) return { start, contents: pos, end: pos + size };
    pos += size;
  }
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A name (length-prefixed UTF-8) at `pos`: [name, position after it]. */
function readName(wasm, pos) {
  let length;
  [length, pos] = readLeb(wasm, pos);
  return [utf8.decode(wasm.subarray(pos, pos + length)), pos + length];
}

/** The import section: its byte range (from its id byte) and each import's names and descriptor bytes. */
function importSection(wasm) {
  const section = findSection(wasm, 2);
  if (!section) return { start: wasm.length, end: wasm.length, imports: [] };
  const { start, end } = section;
  let count;
  let p = section.contents;
  [count, p] = readLeb(wasm, p);
  const imports = [];
  const name = () => {
    let read;
    [read, p] = readName(wasm, p);
    return read;
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

const shortName = (i) => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  do {
    out += letters[i % letters.length];
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return out;
};

/** The export section's byte range (from its id byte) and its exports. */
function exportSection(wasm) {
  const section = findSection(wasm, 7);
  if (!section) throw new Error('the module has no export section');
  const { start, end } = section;
  let count;
  let p = section.contents;
  [count, p] = readLeb(wasm, p);
  const exports = [];
  for (let i = 0; i < count; i++) {
    let name;
    [name, p] = readName(wasm, p);
    const descriptor = p;
    p++; // kind
    [, p] = readLeb(wasm, p); // index
    exports.push({ name, descriptor: wasm.subarray(descriptor, p) });
  }
  if (p !== end) throw new Error('the export section did not parse to its end');
  return { start, end, exports };
}

const nameBytes = (name) => {
  const bytes = new TextEncoder().encode(name);
  return [...leb(bytes.length), ...bytes];
};

/**
 * The module with the glue's imports renamed, and with the exports the glue calls
 * (`wanted`, from glueExports) renamed, and both renamings (old name -> new) to apply
 * to the glue. Deterministic: the same module gives the same names. Exports the glue
 * does not call keep their names.
 */
export function shortenNames(wasm, wanted) {
  const { start, end, imports } = importSection(wasm);
  const renamed = new Map();
  const body = [...leb(imports.length)];
  for (const { module, field, descriptor } of imports) {
    let name = field;
    if (module === GLUE_MODULE) {
      if (renamed.has(field)) throw new Error(`the module imports ${field} twice`);
      name = shortName(renamed.size);
      renamed.set(field, name);
    }
    body.push(...nameBytes(module), ...nameBytes(name), ...descriptor);
  }
  let out = Buffer.concat([wasm.subarray(0, start), Buffer.from([2, ...leb(body.length), ...body]), wasm.subarray(end)]);

  const section = exportSection(out);
  const exported = new Map();
  const names = new Set(section.exports.map((e) => e.name));
  for (const name of wanted) if (!names.has(name)) throw new Error(`the glue calls ${name}, which the module does not export`);
  const taken = new Set(section.exports.map((e) => e.name).filter((name) => !wanted.has(name)));
  const exportBody = [...leb(section.exports.length)];
  let next = 0;
  for (const { name, descriptor } of section.exports) {
    let short = name;
    if (wanted.has(name)) {
      do short = shortName(next++); while (taken.has(short));
      exported.set(name, short);
    }
    exportBody.push(...nameBytes(short), ...descriptor);
  }
  out = Buffer.concat([out.subarray(0, section.start), Buffer.from([7, ...leb(exportBody.length), ...exportBody]), out.subarray(section.end)]);
  return { wasm: out, renamed, exported };
}

/** The module's exports the glue calls (`wasm.name`). */
export const glueExports = (source) => new Set([...source.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]));

/**
 * The glue (pkg/claimcheck.js) with the same renamings: each import is a key of its
 * import object (`__wbg_…: function(`), found exactly once, or the build stops; each
 * export it calls is `wasm.name`.
 */
export function renameInGlue(source, { renamed, exported }) {
  let out = source;
  for (const [from, to] of renamed) {
    const key = new RegExp(`(?<=^\\s*)${from}(?=: function\\()`, 'gm');
    const found = out.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`the glue defines the import ${from} ${found} times, not once`);
    if (out.split(from).length !== 2) throw new Error(`the glue names ${from} outside its import object`);
    out = out.replace(key, () => to);
  }
  out = out.replace(/\bwasm\.(\w+)/g, (whole, name) => `wasm.${exported.get(name)}`);
  // An export reached by a string (exports['name']) would now miss it.
  for (const name of exported.keys()) if (new RegExp(`\\[\\s*["'\`]${name}["'\`]\\s*\\]`).test(out)) throw new Error(`the glue names the export ${name} in a string`);
  return out;
}
