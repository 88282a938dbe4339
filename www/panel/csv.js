// RFC 4180 CSV, read and written, for the user table the drafting panel keeps: the core
// writes the drafted rows as fact-table CSV (draftFacts().csv); the panel edits only the
// subject, metric and cue columns of a row and writes every other column back unchanged.

/** Parses CSV text into rows of fields (quoted fields may hold commas, quotes, newlines). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const src = text.replace(/^\uFEFF/, '');
  while (i < src.length) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') { quoted = true; i++; continue; }
    if (c === ',') { row.push(field); field = ''; i++; continue; }
    if (c === '\r' && src[i + 1] === '\n') i++;
    if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
      continue;
    }
    field += c;
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

const cell = (value) => {
  const s = String(value ?? '');
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Writes a header and records (objects keyed by the header's names) as CSV. */
export function writeCsv(header, records) {
  return `${[header, ...records.map((r) => header.map((k) => r[k] ?? ''))].map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

/** CSV text → { header, records } (records: objects keyed by column name). */
export function readTable(text) {
  const [header = [], ...rows] = parseCsv(text);
  return { header, records: rows.map((r) => Object.fromEntries(header.map((k, i) => [k, r[i] ?? '']))) };
}
