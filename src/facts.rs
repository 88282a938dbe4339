//! The fact table: dated, sourced facts, parsed from CSV or JSON rows and merged.
//!
//! This module owns the table format (documented in `docs/fact-table.md`), its
//! validation and its error messages. It reads text handed to it; it never opens files.

use crate::claim::{Hedge, Kind};
use crate::date::Date;
use crate::lang::Lang;
use crate::number;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// Where a source of a fact can be read.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    /// Who published it.
    pub publication: String,
    /// Its headline.
    pub title: Option<String>,
    /// When it was published.
    pub date: Option<Date>,
    /// Where it can be read.
    pub url: Option<String>,
}

/// One version of one fact.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Stable id shared by all versions (`japan.investor_rank`).
    pub id: String,
    /// The date from which this version holds.
    pub as_of: Date,
    /// Who or what it is about (`Japan`).
    pub subject: String,
    /// What is measured (`rank among Vietnam's foreign investors`).
    pub metric: String,
    /// The kind of figure.
    pub kind: Kind,
    /// The value in canonical units.
    pub value: f64,
    /// The canonical unit, if any.
    pub unit: Option<&'static str>,
    /// How the source states the value.
    pub qualifier: Hedge,
    /// The source.
    pub source: Source,
    /// The table the row came from (`default`, or the name the user gave).
    pub table: String,
    /// Where in that table (line for CSV, row for JSON).
    pub origin: Location,
}

impl Fact {
    /// The CSV line or JSON row the fact came from.
    pub fn line(&self) -> usize {
        match self.origin {
            Location::Cell { line, .. } => line,
            Location::Row { row, .. } => row,
        }
    }
}

/// Where a problem in a table is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A CSV cell: 1-based line and field number.
    Cell {
        /// Line (1-based).
        line: usize,
        /// Field number (1-based).
        column: usize,
    },
    /// A JSON row (1-based) and the key concerned.
    Row {
        /// Row number (1-based).
        row: usize,
        /// The key, if one.
        key: Option<String>,
    },
}

/// What is wrong with a table.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The text is not CSV or JSON as documented.
    Syntax(String),
    /// A required column is missing from the header.
    MissingColumn(&'static str),
    /// A header names a column the format does not have.
    UnknownColumn(String),
    /// A row has more or fewer fields than the header.
    FieldCount {
        /// Fields in the header.
        expected: usize,
        /// Fields in the row.
        found: usize,
    },
    /// A required field is empty.
    Empty(&'static str),
    /// A value that should be a number is not.
    BadNumber(String),
    /// A value that should be a date is not.
    BadDate(&'static str, String),
    /// An id with characters other than lower-case letters, digits, `.`, `_`, `-`.
    BadId(String),
    /// A kind that does not exist.
    UnknownKind(String),
    /// A unit that does not exist, or does not fit the kind.
    BadUnit {
        /// The unit written.
        unit: String,
        /// The row's kind.
        kind: Kind,
    },
    /// A qualifier that does not exist.
    UnknownQualifier(String),
    /// Two rows with the same id and as_of in one table.
    Duplicate {
        /// The id.
        id: String,
        /// The as_of date.
        as_of: Date,
        /// Where the first one is.
        first_line: usize,
    },
    /// Versions of one id disagree on kind or unit.
    Inconsistent {
        /// The id.
        id: String,
        /// Where the earlier version is.
        first_line: usize,
    },
    /// A fact with no cue in any language can never be linked.
    NoCue(String),
    /// The table has more rows than allowed.
    TooLarge(usize),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Syntax(m) => write!(f, "{m}"),
            Problem::MissingColumn(c) => write!(f, "the header has no column \"{c}\"; add it (see docs/fact-table.md)"),
            Problem::UnknownColumn(c) => write!(
                f,
                "unknown column \"{c}\"; the columns are id, as_of, subject, metric, kind, value, unit, qualifier, aliases_<lang>, cues_<lang>, source_publication, source_title, source_date, source_url, note"
            ),
            Problem::FieldCount { expected, found } => write!(
                f,
                "this row has {found} fields but the header has {expected}; check for a missing or extra comma, or quote a value that contains a comma"
            ),
            Problem::Empty(c) => write!(f, "\"{c}\" is empty; every row needs one"),
            Problem::BadNumber(v) => write!(
                f,
                "value \"{v}\" is not a number; write digits with an optional decimal point and scale word, e.g. \"48.18 billion\" or \"630,000\""
            ),
            Problem::BadDate(c, v) => write!(f, "{c} \"{v}\" is not a date; write YYYY-MM-DD, e.g. 2025-11-03"),
            Problem::BadId(v) => write!(
                f,
                "id \"{v}\" may only use lower-case letters, digits, '.', '_' and '-', e.g. japan.investor_rank"
            ),
            Problem::UnknownKind(v) => write!(
                f,
                "kind \"{v}\" is unknown; use one of amount, count, percent, rank, multiple, year, duration"
            ),
            Problem::BadUnit { unit, kind } => match kind {
                Kind::Amount => write!(
                    f,
                    "unit \"{unit}\" is unknown for an amount; use a currency (USD, VND, JPY, EUR) or MW, GW, kWh, km2, ha, tonnes, TEU"
                ),
                Kind::Percent => write!(f, "unit \"{unit}\" does not fit a percent; use % or leave it empty"),
                Kind::Duration => write!(f, "unit \"{unit}\" does not fit a duration; use years or leave it empty"),
                Kind::Multiple => write!(f, "unit \"{unit}\" does not fit a multiple; use x or leave it empty"),
                _ => write!(f, "a {kind} takes no unit, but \"{unit}\" is given; leave unit empty"),
            },
            Problem::UnknownQualifier(v) => write!(
                f,
                "qualifier \"{v}\" is unknown; use exact, about, more_than, at_least, nearly, up_to or less_than"
            ),
            Problem::Duplicate { id, as_of, first_line } => write!(
                f,
                "fact {id} as of {as_of} is already given on line {first_line}; change as_of to add a version, or delete one row"
            ),
            Problem::Inconsistent { id, first_line } => write!(
                f,
                "this version of {id} has another kind or unit than the one on line {first_line}; all versions of a fact share kind and unit"
            ),
            Problem::NoCue(id) => write!(
                f,
                "fact {id} has no cue words in any language, so no claim could ever be linked to it; fill cues_en (or another cues_ column)"
            ),
            Problem::TooLarge(max) => write!(f, "the table has more than {max} rows; split it or raise the limit"),
        }
    }
}

/// A problem in a fact table, with where it is.
#[derive(Clone, Debug, PartialEq)]
pub struct TableError {
    /// The table's name (a file name, or `default`).
    pub table: String,
    /// Where the problem is.
    pub location: Location,
    /// What is wrong.
    pub problem: Problem,
}

impl fmt::Display for TableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Location::Cell { line, column } => {
                write!(f, "{}:{}:{}: {}", self.table, line, column, self.problem)
            }
            Location::Row { row, key: Some(k) } => write!(
                f,
                "{}: row {}, \"{}\": {}",
                self.table, row, k, self.problem
            ),
            Location::Row { row, key: None } => {
                write!(f, "{}: row {}: {}", self.table, row, self.problem)
            }
        }
    }
}

impl std::error::Error for TableError {}

/// A JSON cell: a string, a number or a list of strings.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum JsonCell {
    /// A string.
    Text(String),
    /// A number.
    Number(f64),
    /// A list of strings (aliases, cues).
    List(Vec<String>),
    /// null: the same as empty.
    Null,
}

/// A row of a JSON table: column name → cell.
pub type JsonRow = BTreeMap<String, JsonCell>;

/// The most rows one table may have: a guard against a pasted file that is not a table.
pub const MAX_ROWS: usize = 100_000;

const REQUIRED: [&str; 7] = [
    "id",
    "as_of",
    "subject",
    "metric",
    "kind",
    "value",
    "source_publication",
];
const OPTIONAL: [&str; 6] = [
    "unit",
    "qualifier",
    "source_title",
    "source_date",
    "source_url",
    "note",
];

/// A set of facts with their subjects' aliases and their metrics' cues, per language.
#[derive(Clone, Debug, Default)]
pub struct FactTable {
    facts: Vec<Fact>,
    /// subject → language code → aliases.
    aliases: BTreeMap<String, BTreeMap<String, Vec<String>>>,
    /// id → language code → cues.
    cues: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

/// One row, before validation: its location and (column, cell text) pairs.
struct RawRow {
    location: Location,
    /// Column name → (field number, text).
    cells: HashMap<String, (usize, String)>,
}

impl RawRow {
    fn at(&self, column: &str) -> Location {
        match &self.location {
            Location::Cell { line, .. } => Location::Cell {
                line: *line,
                column: self.cells.get(column).map_or(1, |c| c.0),
            },
            Location::Row { row, .. } => Location::Row {
                row: *row,
                key: Some(column.to_string()),
            },
        }
    }

    fn get(&self, column: &str) -> &str {
        self.cells.get(column).map_or("", |c| c.1.trim())
    }

    fn line(&self) -> usize {
        match self.location {
            Location::Cell { line, .. } => line,
            Location::Row { row, .. } => row,
        }
    }
}

impl FactTable {
    /// The table compiled into the binary, built from the seed articles.
    pub fn bundled() -> FactTable {
        // The bundled table is checked by the test suite; an error here is a build bug,
        // reported as an empty table rather than a panic in a user's browser.
        FactTable::from_csv("default", include_str!("../data/facts.csv")).unwrap_or_default()
    }

    /// Parses a CSV table. `name` is used in error messages and in `Fact::table`.
    pub fn from_csv(name: &str, text: &str) -> Result<FactTable, TableError> {
        let err = |location, problem| TableError {
            table: name.to_string(),
            location,
            problem,
        };
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        if let Some((line, column)) = unclosed_quote(text) {
            return Err(err(
                Location::Cell { line, column },
                Problem::Syntax(
                    "a quoted value opens here and is never closed; add the closing \"".to_string(),
                ),
            ));
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(true)
            .from_reader(text.as_bytes());
        let syntax = |e: csv::Error| {
            let line = e.position().map_or(1, |p| p.line() as usize);
            let message = match e.kind() {
                csv::ErrorKind::Utf8 { .. } => {
                    "the file is not valid UTF-8; save it as UTF-8".to_string()
                }
                _ => format!("not valid CSV ({e}); check the quoting on this line"),
            };
            err(Location::Cell { line, column: 1 }, Problem::Syntax(message))
        };
        let header: Vec<String> = reader
            .headers()
            .map_err(syntax)?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        check_columns(&header, |index, problem| {
            let column = index.map_or(1, |i| i + 1);
            err(Location::Cell { line: 1, column }, problem)
        })?;
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(syntax)?;
            let line = record.position().map_or(1, |p| p.line() as usize);
            if record.iter().all(|f| f.trim().is_empty()) {
                continue; // A blank line in a spreadsheet export is not a row.
            }
            if record.len() != header.len() {
                return Err(err(
                    Location::Cell {
                        line,
                        column: record.len().min(header.len()) + 1,
                    },
                    Problem::FieldCount {
                        expected: header.len(),
                        found: record.len(),
                    },
                ));
            }
            if rows.len() == MAX_ROWS {
                return Err(err(
                    Location::Cell { line, column: 1 },
                    Problem::TooLarge(MAX_ROWS),
                ));
            }
            let cells = header
                .iter()
                .zip(record.iter())
                .enumerate()
                .map(|(i, (h, v))| (h.clone(), (i + 1, v.to_string())))
                .collect();
            rows.push(RawRow {
                location: Location::Cell { line, column: 1 },
                cells,
            });
        }
        FactTable::from_raw(name, rows)
    }

    /// Builds a table from JSON rows (already parsed by the caller's JSON reader).
    pub fn from_json_rows(name: &str, rows: Vec<JsonRow>) -> Result<FactTable, TableError> {
        if rows.len() > MAX_ROWS {
            return Err(TableError {
                table: name.to_string(),
                location: Location::Row {
                    row: MAX_ROWS + 1,
                    key: None,
                },
                problem: Problem::TooLarge(MAX_ROWS),
            });
        }
        let mut raw = Vec::with_capacity(rows.len());
        for (i, row) in rows.into_iter().enumerate() {
            let keys: Vec<String> = row.keys().cloned().collect();
            check_columns(&keys, |index, problem| TableError {
                table: name.to_string(),
                location: Location::Row {
                    row: i + 1,
                    key: index.map(|k| keys[k].clone()),
                },
                problem,
            })?;
            let cells = row
                .into_iter()
                .map(|(k, v)| {
                    let text = match v {
                        JsonCell::Text(s) => s,
                        JsonCell::Number(n) => n.to_string(),
                        JsonCell::List(l) => l.join("|"),
                        JsonCell::Null => String::new(),
                    };
                    (k, (0, text))
                })
                .collect();
            raw.push(RawRow {
                location: Location::Row {
                    row: i + 1,
                    key: None,
                },
                cells,
            });
        }
        FactTable::from_raw(name, raw)
    }

    fn from_raw(name: &str, rows: Vec<RawRow>) -> Result<FactTable, TableError> {
        let mut table = FactTable::default();
        let mut seen: HashMap<(String, Date), usize> = HashMap::new();
        for row in &rows {
            let fact = parse_row(name, row)?;
            if let Some(&first_line) = seen.get(&(fact.id.clone(), fact.as_of)) {
                return Err(TableError {
                    table: name.to_string(),
                    location: row.at("as_of"),
                    problem: Problem::Duplicate {
                        id: fact.id,
                        as_of: fact.as_of,
                        first_line,
                    },
                });
            }
            seen.insert((fact.id.clone(), fact.as_of), row.line());
            for (column, (_, text)) in &row.cells {
                let (target, lang) = if let Some(lang) = column.strip_prefix("aliases_") {
                    (table.aliases.entry(fact.subject.clone()).or_default(), lang)
                } else if let Some(lang) = column.strip_prefix("cues_") {
                    (table.cues.entry(fact.id.clone()).or_default(), lang)
                } else {
                    continue;
                };
                let list = target.entry(lang.to_string()).or_default();
                for item in text.split('|').map(str::trim).filter(|s| !s.is_empty()) {
                    if !list.iter().any(|x| x == item) {
                        list.push(item.to_string());
                    }
                }
            }
            table.facts.push(fact);
        }
        table.check_consistency()?;
        Ok(table)
    }

    /// Checks that the versions of each fact agree on kind and unit.
    fn check_consistency(&self) -> Result<(), TableError> {
        let mut first: HashMap<&str, &Fact> = HashMap::new();
        for f in &self.facts {
            match first.get(f.id.as_str()) {
                Some(prev) if prev.kind != f.kind || prev.unit != f.unit => {
                    return Err(TableError {
                        table: f.table.clone(),
                        location: f.origin.clone(),
                        problem: Problem::Inconsistent {
                            id: f.id.clone(),
                            first_line: prev.line(),
                        },
                    })
                }
                Some(_) => {}
                None => {
                    first.insert(&f.id, f);
                }
            }
        }
        Ok(())
    }

    /// Checks that every fact has a cue in some language. Run on the effective table,
    /// after merging: a user's table may add a version of a bundled fact without
    /// repeating its cues.
    pub fn check_cues(&self) -> Result<(), TableError> {
        for f in &self.facts {
            let has_cue = self
                .cues
                .get(&f.id)
                .is_some_and(|m| m.values().any(|v| !v.is_empty()));
            if !has_cue {
                return Err(TableError {
                    table: f.table.clone(),
                    location: f.origin.clone(),
                    problem: Problem::NoCue(f.id.clone()),
                });
            }
        }
        Ok(())
    }

    /// Applies `later` over this table: a row with the same id and as_of replaces the
    /// earlier one; aliases and cues are added.
    pub fn merge(&mut self, later: FactTable) -> Result<(), TableError> {
        for f in later.facts {
            match self
                .facts
                .iter_mut()
                .find(|g| g.id == f.id && g.as_of == f.as_of)
            {
                Some(g) => *g = f,
                None => self.facts.push(f),
            }
        }
        for (outer, theirs) in [
            (&mut self.aliases, later.aliases),
            (&mut self.cues, later.cues),
        ] {
            for (key, langs) in theirs {
                let mine = outer.entry(key).or_default();
                for (lang, items) in langs {
                    let list = mine.entry(lang).or_default();
                    for item in items {
                        if !list.contains(&item) {
                            list.push(item);
                        }
                    }
                }
            }
        }
        self.check_consistency()
    }

    /// Every fact version, in table order.
    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    /// The aliases of `subject` in `lang`, its own name first.
    pub fn aliases<'a>(&'a self, subject: &'a str, lang: Lang) -> Vec<&'a str> {
        let mut out = vec![subject];
        out.extend(self.aliases_in(subject, lang.code()));
        out
    }

    /// The cues of fact `id` in `lang`.
    pub fn cues(&self, id: &str, lang: Lang) -> Vec<&str> {
        self.cues_in(id, lang.code())
    }

    /// The aliases given for `subject` in the `aliases_<code>` column.
    pub fn aliases_in(&self, subject: &str, code: &str) -> Vec<&str> {
        lookup(&self.aliases, subject, code)
    }

    /// The cues given for `id` in the `cues_<code>` column.
    pub fn cues_in(&self, id: &str, code: &str) -> Vec<&str> {
        lookup(&self.cues, id, code)
    }

    /// The language codes that have alias or cue columns, sorted.
    pub fn languages(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .aliases
            .values()
            .chain(self.cues.values())
            .flat_map(|m| m.keys().map(String::as_str))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

fn lookup<'a>(
    map: &'a BTreeMap<String, BTreeMap<String, Vec<String>>>,
    key: &str,
    code: &str,
) -> Vec<&'a str> {
    map.get(key)
        .and_then(|m| m.get(code))
        .map(|l| l.iter().map(String::as_str).collect())
        .unwrap_or_default()
}

/// Where a quoted CSV field opens without closing (the CSV reader would silently take
/// the rest of the file as one value): 1-based line and field number.
fn unclosed_quote(text: &str) -> Option<(usize, usize)> {
    let (mut line, mut field) = (1, 1);
    let mut open: Option<(usize, usize)> = None;
    for c in text.chars() {
        match (c, open.is_some()) {
            ('"', true) => open = None,
            ('"', false) => open = Some((line, field)),
            (',', false) => field += 1,
            ('\n', false) => {
                line += 1;
                field = 1;
            }
            ('\n', true) => line += 1,
            _ => {}
        }
    }
    open
}

fn is_known_column(c: &str) -> bool {
    REQUIRED.contains(&c)
        || OPTIONAL.contains(&c)
        || c.strip_prefix("aliases_")
            .or_else(|| c.strip_prefix("cues_"))
            .is_some_and(|l| {
                !l.is_empty()
                    && l.len() <= 8
                    && l.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            })
}

/// Checks a header (CSV) or a row's keys (JSON): every name known, every required
/// column present. `err` gets the index of the unknown name, or `None` for a missing one.
fn check_columns(
    names: &[String],
    err: impl Fn(Option<usize>, Problem) -> TableError,
) -> Result<(), TableError> {
    if let Some(i) = names.iter().position(|n| !is_known_column(n)) {
        return Err(err(Some(i), Problem::UnknownColumn(names[i].clone())));
    }
    match REQUIRED.into_iter().find(|r| !names.iter().any(|n| n == r)) {
        Some(r) => Err(err(None, Problem::MissingColumn(r))),
        None => Ok(()),
    }
}

/// Parses `23 billion`, `630,000`, `48.18` (plain English notation, optional scale word).
pub fn parse_value(s: &str) -> Option<f64> {
    let s = s.trim();
    let (num, scale) = match s.split_once(char::is_whitespace) {
        Some((n, word)) => {
            let factor = match word.trim().to_ascii_lowercase().as_str() {
                "thousand" => 1e3,
                "million" => 1e6,
                "billion" => 1e9,
                "trillion" => 1e12,
                _ => return None,
            };
            (n, factor)
        }
        None => (s, 1.0),
    };
    number::parse_plain(num)
        .map(|v| v * scale)
        .filter(|v| v.is_finite())
}

/// The canonical unit for a fact's `unit` cell, checked against its kind.
fn canonical_unit(unit: &str, kind: Kind) -> Result<Option<&'static str>, ()> {
    let known = Lang::ALL
        .iter()
        .flat_map(|l| l.vocabulary().units.iter())
        .find(|u| u.unit.eq_ignore_ascii_case(unit) || (u.phrase == unit && !unit.is_empty()));
    match (kind, unit.is_empty()) {
        (Kind::Percent, true) => Ok(Some("%")),
        (Kind::Duration, true) => Ok(Some("years")),
        (Kind::Multiple, true) => Ok(Some("x")),
        (Kind::Count | Kind::Rank | Kind::Year, true) => Ok(None),
        (_, true) => Err(()),
        (_, false) => match known {
            Some(u) if u.kind == kind => Ok(Some(u.unit)),
            _ => Err(()),
        },
    }
}

fn parse_row(name: &str, row: &RawRow) -> Result<Fact, TableError> {
    let err = |column: &str, problem| TableError {
        table: name.to_string(),
        location: row.at(column),
        problem,
    };
    for r in REQUIRED {
        if row.get(r).is_empty() {
            return Err(err(r, Problem::Empty(r)));
        }
    }
    let id = row.get("id");
    if !id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
    {
        return Err(err("id", Problem::BadId(id.to_string())));
    }
    let date = |column: &'static str| -> Result<Option<Date>, TableError> {
        let v = row.get(column);
        if v.is_empty() {
            return Ok(None);
        }
        Date::parse(v)
            .map(Some)
            .ok_or_else(|| err(column, Problem::BadDate(column, v.to_string())))
    };
    let as_of = date("as_of")?.ok_or_else(|| err("as_of", Problem::Empty("as_of")))?;
    let kind_text = row.get("kind");
    let kind = Kind::from_name(kind_text)
        .ok_or_else(|| err("kind", Problem::UnknownKind(kind_text.to_string())))?;
    let value_text = row.get("value");
    let value = parse_value(value_text)
        .ok_or_else(|| err("value", Problem::BadNumber(value_text.to_string())))?;
    let unit_text = row.get("unit");
    let unit = canonical_unit(unit_text, kind).map_err(|()| {
        err(
            "unit",
            Problem::BadUnit {
                unit: unit_text.to_string(),
                kind,
            },
        )
    })?;
    let qualifier_text = row.get("qualifier");
    let qualifier = if qualifier_text.is_empty() {
        Hedge::Exact
    } else {
        Hedge::from_name(qualifier_text).ok_or_else(|| {
            err(
                "qualifier",
                Problem::UnknownQualifier(qualifier_text.to_string()),
            )
        })?
    };
    let opt = |c: &str| Some(row.get(c).to_string()).filter(|s| !s.is_empty());
    Ok(Fact {
        id: id.to_string(),
        as_of,
        subject: row.get("subject").to_string(),
        metric: row.get("metric").to_string(),
        kind,
        value,
        unit,
        qualifier,
        source: Source {
            publication: row.get("source_publication").to_string(),
            title: opt("source_title"),
            date: date("source_date")?,
            url: opt("source_url"),
        },
        table: name.to_string(),
        origin: match row.location {
            Location::Cell { line, .. } => Location::Cell { line, column: 1 },
            Location::Row { row, .. } => Location::Row { row, key: None },
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication\n";

    fn table(rows: &str) -> Result<FactTable, TableError> {
        FactTable::from_csv("t.csv", &format!("{HEADER}{rows}"))
    }

    fn error(rows: &str) -> String {
        table(rows).map(|_| ()).unwrap_err().to_string()
    }

    #[test]
    fn the_bundled_table_parses() {
        let t = FactTable::from_csv("default", include_str!("../data/facts.csv"));
        let t = t.unwrap_or_else(|e| panic!("{e}"));
        assert!(t.facts().len() >= 40, "{}", t.facts().len());
    }

    #[test]
    fn parses_versions_aliases_and_cues() {
        let t = table(
            "japan.investor_rank,2019-11-16,Japan,investor rank,rank,2,,,Japanese,investor,VNA\n\
             japan.investor_rank,2025-11-03,Japan,investor rank,rank,3,,,Tokyo,,VNA\n\
             japan.trade,2025-11-03,Japan,two-way trade,amount,48.18 billion,USD,,,two-way trade,VNA\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.facts().len(), 3);
        assert_eq!(t.facts()[2].value, 48.18e9);
        assert_eq!(t.aliases("Japan", Lang::En), ["Japan", "Japanese", "Tokyo"]);
        assert_eq!(t.cues("japan.investor_rank", Lang::En), ["investor"]);
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let text = format!("\u{FEFF}{}", HEADER.replace('\n', "\r\n"))
            + "a.b,2025-01-01,A,m,count,5,,,,thing,VNA\r\n\r\n";
        let t = FactTable::from_csv("t.csv", &text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(t.facts().len(), 1);
    }

    #[test]
    fn every_bad_cell_names_line_and_column() {
        let rows: &[(&str, &str)] = &[
            (
                "a,2025-01-01,A,m,count,5,,,,c\n",
                "t.csv:2:11: this row has 10 fields but the header has 11",
            ),
            (
                "a,2025-01-01,A,m,count,\"1,2,3\",,,,c,VNA\n",
                "t.csv:2:6: value \"1,2,3\" is not a number",
            ),
            (
                "a,2025-13-01,A,m,count,5,,,,c,VNA\n",
                "t.csv:2:2: as_of \"2025-13-01\" is not a date",
            ),
            (
                "a,2025-01-01,A,m,weight,5,,,,c,VNA\n",
                "t.csv:2:5: kind \"weight\" is unknown",
            ),
            (
                "a,2025-01-01,A,m,amount,5,furlongs,,,c,VNA\n",
                "t.csv:2:7: unit \"furlongs\" is unknown",
            ),
            (
                "a,2025-01-01,A,m,count,5,,roughly,,c,VNA\n",
                "t.csv:2:8: qualifier \"roughly\" is unknown",
            ),
            (
                "A B,2025-01-01,A,m,count,5,,,,c,VNA\n",
                "t.csv:2:1: id \"A B\" may only use",
            ),
            (
                "a,2025-01-01,,m,count,5,,,,c,VNA\n",
                "t.csv:2:3: \"subject\" is empty",
            ),
            (
                "a,2025-01-01,A,m,count,5,,,,c,VNA\na,2025-01-01,A,m,count,6,,,,c,VNA\n",
                "t.csv:3:2: fact a as of 2025-01-01 is already given on line 2",
            ),
            (
                "a,2025-01-01,A,m,count,5,,,,c,\"VNA\n",
                "t.csv:2:11: a quoted value opens here",
            ),
        ];
        for (row, expected) in rows {
            let got = error(row);
            assert!(
                got.starts_with(expected),
                "{row}\n got: {got}\nwant: {expected}"
            );
        }
    }

    #[test]
    fn unknown_and_missing_columns_are_errors() {
        let e = FactTable::from_csv("t.csv", "id,as_of,valeu\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("t.csv:1:3: unknown column \"valeu\""), "{e}");
        let e = FactTable::from_csv("t.csv", "id,as_of\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("t.csv:1:1: the header has no column \"subject\""),
            "{e}"
        );
    }

    #[test]
    fn later_tables_override_same_id_and_date() {
        let mut base =
            table("a,2025-01-01,A,m,count,5,,,,c,VNA\n").unwrap_or_else(|e| panic!("{e}"));
        // A user table may add versions without repeating cues: they come from the base.
        let later = FactTable::from_csv(
            "u.csv",
            &format!(
                "{HEADER}a,2025-01-01,A,m,count,7,,,,,Mine\na,2026-01-01,A,m,count,8,,,,,Mine\n"
            ),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            later.check_cues().is_err(),
            "alone, a table with no cue for its id is refused"
        );
        base.merge(later).unwrap_or_else(|e| panic!("{e}"));
        base.check_cues().unwrap_or_else(|e| panic!("{e}"));
        let values: Vec<f64> = base.facts().iter().map(|f| f.value).collect();
        assert_eq!(values, [7.0, 8.0]);
    }

    #[test]
    fn versions_must_share_kind() {
        let mut base =
            table("a,2025-01-01,A,m,count,5,,,,c,VNA\n").unwrap_or_else(|e| panic!("{e}"));
        let later = FactTable::from_csv(
            "u.csv",
            &format!("{HEADER}a,2026-01-01,A,m,rank,2,,,,,Mine\n"),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let e = base.merge(later).unwrap_err().to_string();
        assert!(
            e.starts_with("u.csv:2:1: this version of a has another kind"),
            "{e}"
        );
    }

    #[test]
    fn json_rows_parse_with_row_locations() {
        let rows: Vec<JsonRow> = vec![BTreeMap::from([
            ("id".to_string(), JsonCell::Text("a".into())),
            ("as_of".to_string(), JsonCell::Text("2025-01-01".into())),
            ("subject".to_string(), JsonCell::Text("A".into())),
            ("metric".to_string(), JsonCell::Text("m".into())),
            ("kind".to_string(), JsonCell::Text("count".into())),
            ("value".to_string(), JsonCell::Text("x".into())),
            ("cues_en".to_string(), JsonCell::List(vec!["c".into()])),
            (
                "source_publication".to_string(),
                JsonCell::Text("VNA".into()),
            ),
        ])];
        let e = FactTable::from_json_rows("t.json", rows)
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("t.json: row 1, \"value\": value \"x\" is not a number"),
            "{e}"
        );
    }
}
