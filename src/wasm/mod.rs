//! WebAssembly bindings: converts JS values to core types and back, and core errors to
//! JS `Error`s. No checking logic lives here. The API is documented in docs/js-api.md.

use crate::facts::FactTable;
use crate::{CheckOptions, Date, LangChoice};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export interface FactSource { name: string; csv?: string; json?: string }
export interface CheckOptions { asOf?: string; lang?: 'auto' | 'en' | 'nl' | 'vi'; facts?: FactSource[]; noDefaultFacts?: boolean; maxBytes?: number; dismissals?: Dismissal[]; draftLang?: 'en' | 'nl' | 'vi' }
export interface Languages { lang: 'en' | 'nl' | 'vi'; segments: { start: number; end: number; lang: 'en' | 'nl' | 'vi' }[] }
"#;

mod js;
mod json;

use js::At;

/// The options object of `check`, `new Checker` and `draftFacts`.
#[derive(Default)]
struct JsOptions {
    as_of: Option<String>,
    lang: Option<String>,
    facts: Vec<JsSource>,
    no_default_facts: bool,
    max_bytes: Option<usize>,
    dismissals: Vec<crate::dismiss::Dismissal>,
    draft_lang: Option<String>,
}

/// A fact source: `{ name, csv }` or `{ name, json }`.
struct JsSource {
    name: String,
    csv: Option<String>,
    json: Option<String>,
}

#[cfg_attr(claimcheck_small, optimize(size))]
fn source(at: &At) -> Result<JsSource, JsError> {
    at.object()?;
    Ok(JsSource {
        name: at.required("name")?,
        csv: at.string("csv")?,
        json: at.string("json")?,
    })
}

#[cfg_attr(claimcheck_small, optimize(size))]
fn options(value: &JsValue) -> Result<JsOptions, JsError> {
    let at = At {
        value,
        path: "options",
    };
    at.object()?;
    // The lists first: their errors came first before, and still do.
    let facts = at.each("facts", source)?;
    let dismissals = at.each("dismissals", js::dismissal)?;
    Ok(JsOptions {
        as_of: at.string("asOf")?,
        lang: at.string("lang")?,
        facts,
        no_default_facts: at.flag("noDefaultFacts")?,
        max_bytes: at.count("maxBytes")?,
        dismissals,
        draft_lang: at.string("draftLang")?,
    })
}

/// A result as a JS value: written as JSON in the module, parsed by the engine's
/// `JSON.parse` (one string across the boundary; see json.rs).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("cannot convert the result"))
}

#[cfg_attr(claimcheck_small, optimize(size))]
fn parse_source(source: JsSource) -> Result<FactTable, JsError> {
    let table = match (source.csv, source.json) {
        (Some(csv), None) => FactTable::from_csv(&source.name, &csv),
        (None, Some(json)) => {
            let value = js_sys::JSON::parse(&json).map_err(|e| {
                let detail = e
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_default();
                JsError::new(&format!(
                    "{}: not a valid JSON fact table: {detail}",
                    source.name
                ))
            })?;
            let rows = js::json_rows(&value, &source.name)?;
            FactTable::from_json_rows(&source.name, rows)
        }
        _ => {
            return Err(JsError::new(&format!(
                "{}: give the table as exactly one of csv or json text",
                source.name
            )))
        }
    };
    table.map_err(|e| JsError::new(&e.to_string()))
}

#[cfg_attr(claimcheck_small, optimize(size))]
fn build(opts: &mut JsOptions) -> Result<crate::Checker, JsError> {
    let tables = std::mem::take(&mut opts.facts)
        .into_iter()
        .map(parse_source)
        .collect::<Result<Vec<_>, _>>()?;
    crate::Checker::with_tables(!opts.no_default_facts, tables)
        .map_err(|e| JsError::new(&e.to_string()))
}

#[cfg_attr(claimcheck_small, optimize(size))]
fn check_options(opts: &JsOptions) -> Result<CheckOptions, JsError> {
    let as_of = match &opts.as_of {
        Some(s) => Date::parse(s).ok_or_else(|| {
            JsError::new(&format!("asOf \"{s}\" is not a date; write YYYY-MM-DD"))
        })?,
        None => today(),
    };
    let mut o = CheckOptions::new(as_of);
    if let Some(l) = &opts.lang {
        o.lang = LangChoice::parse(l).ok_or_else(|| {
            let codes: Vec<&str> = crate::Lang::ALL.iter().map(|l| l.code()).collect();
            JsError::new(&format!(
                "lang \"{l}\" is not supported; use auto or one of {}",
                codes.join(", ")
            ))
        })?;
    }
    if let Some(m) = opts.max_bytes {
        o.max_bytes = m;
    }
    o.dismissals = opts.dismissals.clone();
    if let Some(l) = &opts.draft_lang {
        o.draft_lang = Some(crate::Lang::from_code(l).ok_or_else(|| {
            JsError::new(&format!(
                "draftLang \"{l}\" is not supported; use en, nl or vi"
            ))
        })?);
    }
    Ok(o)
}

/// The browser's local date.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let s = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    Date::parse(&s).unwrap_or_else(|| Date::from_unix_days((now.get_time() / 86_400_000.0) as i64))
}

/// Checks one draft: `check(text, { asOf, lang, facts, noDefaultFacts })`.
#[wasm_bindgen(skip_typescript)]
pub fn check(text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let mut opts = options(&options_value)?;
    let checker = build(&mut opts)?;
    let report = checker
        .check(text, &check_options(&opts)?)
        .map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&report)
}

/// Parses one user table and returns its rows, or throws an `Error` naming the line
/// and column that is wrong.
#[wasm_bindgen(js_name = parseFacts, skip_typescript)]
#[cfg_attr(claimcheck_small, optimize(size))]
#[inline(never)]
pub fn parse_facts(source: JsValue) -> Result<JsValue, JsError> {
    let source = self::source(&At {
        value: &source,
        path: "source",
    })?;
    let table = parse_source(source)?;
    let checker = crate::Checker::with_tables(false, vec![table])
        .map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&checker.fact_rows())
}

/// The bundled fact table's rows.
#[wasm_bindgen(js_name = defaultFacts, skip_typescript)]
#[cfg_attr(claimcheck_small, optimize(size))]
#[inline(never)]
pub fn default_facts() -> Result<JsValue, JsError> {
    let checker =
        crate::Checker::with_tables(true, Vec::new()).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&checker.fact_rows())
}

/// Drafts fact rows from a trusted source (the page's drafting panel):
/// `draftFacts(text, { asOf, lang, facts, noDefaultFacts, source: { title, publication, url } })`
/// → `{ rows, skipped, csv }`.
#[wasm_bindgen(js_name = draftFacts, skip_typescript)]
#[cfg_attr(claimcheck_small, optimize(size))]
#[inline(never)]
pub fn draft_facts(text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
    let mut opts = options(&options_value)?;
    let source_value = At {
        value: &options_value,
        path: "options",
    }
    .field("source");
    let source = At {
        value: &source_value,
        path: "options.source",
    };
    source.object()?;
    let title = source.string("title")?.unwrap_or_default();
    let info = crate::draft::SourceInfo {
        publication: source
            .string("publication")?
            .unwrap_or_else(|| title.clone()),
        url: source.string("url")?,
        title,
    };
    let checker = build(&mut opts)?;
    let o = check_options(&opts)?;
    let draft = crate::draft::draft(&checker, text, o.as_of, o.lang)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let csv = crate::draft::to_csv(&draft.rows, &info);
    #[derive(Serialize)]
    struct Out<'a> {
        rows: &'a [crate::draft::DraftRow],
        skipped: &'a [crate::draft::Skipped],
        csv: String,
    }
    to_js(&Out {
        rows: &draft.rows,
        skipped: &draft.skipped,
        csv,
    })
}

/// Holds compiled fact tables for repeated checks.
#[wasm_bindgen(js_name = Checker, skip_typescript)]
pub struct JsChecker {
    inner: crate::Checker,
    detector: crate::lang::detect::Detector,
    /// The last text `languages` read, with its lines' evidence.
    languages: crate::lang::detect::Incremental,
}

/// The languages of a draft, as `check` with `lang: 'auto'` reads it.
#[derive(Serialize)]
struct Languages {
    /// The language of most of the draft (the report's `lang`).
    lang: &'static str,
    /// Runs of whole paragraphs read in one language, UTF-16 offsets, in text order.
    segments: Vec<LanguageRun>,
}

#[derive(Serialize)]
struct LanguageRun {
    start: usize,
    end: usize,
    lang: &'static str,
}

fn languages(detected: crate::lang::detect::Detected, text: &str) -> Languages {
    let bytes: Vec<usize> = detected
        .segments
        .iter()
        .flat_map(|s| [s.bytes.start, s.bytes.end])
        .collect();
    let units = crate::report::utf16_offsets(text, &bytes);
    Languages {
        lang: detected.lang.code(),
        segments: detected
            .segments
            .iter()
            .zip(units.chunks(2))
            .map(|(s, u)| LanguageRun {
                start: u[0],
                end: u[1],
                lang: s.lang.code(),
            })
            .collect(),
    }
}

#[wasm_bindgen(js_class = Checker)]
impl JsChecker {
    /// `new Checker({ facts, noDefaultFacts })`.
    #[wasm_bindgen(constructor)]
    pub fn new(options_value: JsValue) -> Result<JsChecker, JsError> {
        let mut opts = options(&options_value)?;
        Ok(JsChecker {
            inner: build(&mut opts)?,
            detector: crate::lang::detect::Detector::new(),
            languages: Default::default(),
        })
    }

    /// `checker.languages(text)`: the language runs `check` would read the draft in
    /// (with `lang: 'auto'`), so a caller can check paragraphs separately and get the
    /// same findings as for the whole draft.
    /// The checker keeps the last text it was given here and re-reads only the lines
    /// an edit changed (the worker asks on every pause in typing).
    pub fn languages(&mut self, text: &str) -> Result<JsValue, JsError> {
        let detected = self.languages.detect(&self.detector, text);
        to_js(&languages(detected, text))
    }

    /// `checker.check(text, { asOf, lang })`.
    pub fn check(&self, text: &str, options_value: JsValue) -> Result<JsValue, JsError> {
        let opts = options(&options_value)?;
        let report = self
            .inner
            .check(text, &check_options(&opts)?)
            .map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&report)
    }

    /// `checker.facts()`: the effective table's rows.
    pub fn facts(&self) -> Result<JsValue, JsError> {
        to_js(&self.inner.fact_rows())
    }
}

#[wasm_bindgen(typescript_custom_section)]
const FUNCTIONS: &str = r#"
export function check(text: string, options?: CheckOptions): Report;
export function parseFacts(source: FactSource): FactRow[];
export function defaultFacts(): FactRow[];
export interface DraftRow {
  id: string; as_of: string; subject: string; metric: string; kind: string; value: string;
  unit: string | null; qualifier: string; lang: 'en' | 'nl' | 'vi'; cues: string[]; aliases: string[];
  new_version: boolean; note: string; start: number; end: number;
}
export interface DraftSkipped { text: string; reason: string; start: number; end: number }
export function draftFacts(text: string, options?: CheckOptions & { source?: { title?: string; publication?: string; url?: string } }): { rows: DraftRow[]; skipped: DraftSkipped[]; csv: string };
export class Checker {
  constructor(options?: { facts?: FactSource[]; noDefaultFacts?: boolean });
  check(text: string, options?: { asOf?: string; lang?: 'auto' | 'en' | 'nl' | 'vi'; maxBytes?: number; dismissals?: Dismissal[] }): Report;
  languages(text: string): Languages;
  facts(): FactRow[];
  free(): void;
}
"#;
