// The reader's language: UI text, legend and finding messages in en, nl and vi, kept
// as data in ../i18n/*.json. The element follows the draft's language (report.lang)
// unless its `ui-lang` attribute says otherwise.

import en from '../i18n/en.json' with { type: 'json' };
import nl from '../i18n/nl.json' with { type: 'json' };
import vi from '../i18n/vi.json' with { type: 'json' };

export const CATALOGS = { en, nl, vi };
export const UI_LANGS = Object.keys(CATALOGS);

function lookup(catalog, key) {
  let value = catalog;
  for (const part of key.split('.')) value = value?.[part];
  return value;
}

const fill = (template, params) =>
  template.replace(/\{(\w+)\}/g, (m, name) => (params && name in params ? String(params[name]) : m));

/** A translator for one language: t(key, params), t.plural(key, n, params), t.lang. */
export function translator(lang) {
  const catalog = CATALOGS[lang] ?? en;
  const t = (key, params) => {
    const value = lookup(catalog, key) ?? lookup(en, key);
    return typeof value === 'string' ? fill(value, params) : key;
  };
  t.plural = (key, n, params = {}) => {
    const forms = lookup(catalog, key) ?? lookup(en, key);
    const rule = new Intl.PluralRules(catalog.lang).select(n);
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
