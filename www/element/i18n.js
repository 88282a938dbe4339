// The reader's language: UI text, legend and finding messages in en, nl and vi, kept
// as data in ../i18n/*.json. The element follows the draft's language (report.lang)
// unless its `ui-lang` attribute says otherwise.

import en from '../i18n/en.json' with { type: 'json' };
import nl from '../i18n/nl.json' with { type: 'json' };
import vi from '../i18n/vi.json' with { type: 'json' };
// Words of the dismissals and the fact-drafting panel, kept apart and merged in.
import enWorkflow from '../i18n/workflow/en.json' with { type: 'json' };
import nlWorkflow from '../i18n/workflow/nl.json' with { type: 'json' };
import viWorkflow from '../i18n/workflow/vi.json' with { type: 'json' };

const merge = (base, extra) => {
  const out = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    out[k] = v && typeof v === 'object' && out[k] && typeof out[k] === 'object' && !('other' in v) ? merge(out[k], v) : v;
  }
  return out;
};

export const CATALOGS = { en: merge(en, enWorkflow), nl: merge(nl, nlWorkflow), vi: merge(vi, viWorkflow) };
export const UI_LANGS = Object.keys(CATALOGS);

/**
 * Gives the catalog of `lang` the words it lacks, from [key, text] pairs; words it has
 * are kept. The page's own script leaves out the English words its HTML already spells
 * (build-single.mjs) and takes them from the HTML here; elsewhere this changes nothing.
 */
export function fillCatalog(lang, entries) {
  for (const [key, text] of entries) {
    const parts = key.split('.');
    const last = parts.pop();
    let node = CATALOGS[lang];
    for (const part of parts) node = node[part] ??= {};
    node[last] ??= text;
  }
}

function lookup(catalog, key) {
  let value = catalog;
  for (const part of key.split('.')) value = value?.[part];
  return value;
}

const fill = (template, params) =>
  template.replace(/\{(\w+)\}/g, (m, name) => (params && name in params ? String(params[name]) : m));

/** Plural rules per language, made once (an Intl object costs a millisecond to make). */
const rules = {};
const pluralRule = (lang, n) => (rules[lang] ??= new Intl.PluralRules(lang)).select(n);

/** A translator for one language: t(key, params), t.plural(key, n, params), t.lang. */
export function translator(lang) {
  const catalog = CATALOGS[lang] ?? CATALOGS.en;
  const t = (key, params) => {
    const value = lookup(catalog, key) ?? lookup(CATALOGS.en, key);
    return typeof value === 'string' ? fill(value, params) : key;
  };
  t.plural = (key, n, params = {}) => {
    const forms = lookup(catalog, key) ?? lookup(CATALOGS.en, key);
    const rule = pluralRule(catalog.lang, n);
    return fill(forms[rule] ?? forms.other, { n, ...params });
  };
  t.lang = catalog.lang;
  return t;
}

/** The UI language: the setting if it is one we have, else the draft's, else English. */
export function uiLang(setting, reportLang) {
  if (setting && setting !== 'auto' && CATALOGS[setting]) return setting;
  if (reportLang && CATALOGS[reportLang]) return reportLang;
  return 'en';
}
