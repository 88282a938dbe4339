//! The fact table: dated, sourced facts, parsed from CSV or JSON rows and merged.
//!
//! This module owns the table format (documented in `docs/fact-table.md`), its
//! validation and its error messages. It reads text handed to it; it never opens files.

mod read;
#[cfg(test)]
mod tests;

pub use read::parse_value;
pub use read::Lines;
use read::{csv_rows, json_rows, parse_row};

use crate::claim::{Hedge, Kind};
use crate::date::Date;
use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
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
    /// The editors' note, if any; the checker ignores it.
    pub note: Option<String>,
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
    #[cfg_attr(claimcheck_small, optimize(size))]
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
    #[cfg_attr(claimcheck_small, optimize(size))]
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

/// Lists of words by (subject or id, language code). One map keyed by the pair, not a map
/// of maps: the same order and lookups, with one tree's code in the browser's module
/// instead of two.
type Lists = BTreeMap<(String, String), Vec<String>>;

/// A set of facts with their subjects' aliases and their metrics' cues, per language.
#[derive(Clone, Debug, Default)]
pub struct FactTable {
    facts: Vec<Fact>,
    /// (subject, language code) → aliases.
    aliases: Lists,
    /// (id, language code) → cues.
    cues: Lists,
}

/// One row as written, before validation: where it is and where each cell is, for tools
/// that point at cells (the table linter, `lint`).
#[derive(Clone, Debug)]
pub struct Row {
    location: Location,
    /// Column name → (field number, text), one entry per name (a repeated column: the
    /// last one). A list, not a hash map: a row has a score of columns, and the map's code
    /// was only used here in the browser's module.
    cells: Vec<(String, (usize, String))>,
}

/// A row's cells from (column, cell) pairs; a repeated column's last cell wins.
#[cfg_attr(claimcheck_small, optimize(size))]
fn cells(pairs: impl Iterator<Item = (String, (usize, String))>) -> Vec<(String, (usize, String))> {
    let mut out: Vec<(String, (usize, String))> = Vec::new();
    for (name, cell) in pairs {
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c = cell,
            None => out.push((name, cell)),
        }
    }
    out
}

impl Row {
    /// Where `column`'s cell is (its field number in CSV, its key in JSON).
    pub fn at(&self, column: &str) -> Location {
        match &self.location {
            Location::Cell { line, .. } => Location::Cell {
                line: *line,
                column: self.cell(column).map_or(1, |c| c.0),
            },
            Location::Row { row, .. } => Location::Row {
                row: *row,
                key: Some(column.to_string()),
            },
        }
    }

    /// The trimmed text of `column`'s cell; empty when the row has no such column.
    pub fn get(&self, column: &str) -> &str {
        self.cell(column).map_or("", |c| c.1.trim())
    }

    fn cell(&self, column: &str) -> Option<&(usize, String)> {
        self.cells.iter().find(|(n, _)| n == column).map(|(_, c)| c)
    }

    /// The row's columns, in no particular order.
    pub fn columns(&self) -> impl Iterator<Item = &str> {
        self.cells.iter().map(|(n, _)| n.as_str())
    }

    /// The CSV line or JSON row number.
    pub fn line(&self) -> usize {
        match self.location {
            Location::Cell { line, .. } => line,
            Location::Row { row, .. } => row,
        }
    }
}

/// The fact-table CSV header for tables in `langs`: the fixed columns, then aliases and
/// cues per language, then the source and the note (docs/fact-table.md).
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn csv_header<S: AsRef<str>>(langs: &[S]) -> Vec<String> {
    let fixed = [
        "id",
        "as_of",
        "subject",
        "metric",
        "kind",
        "value",
        "unit",
        "qualifier",
    ];
    let source = [
        "source_publication",
        "source_title",
        "source_date",
        "source_url",
        "note",
    ];
    let per_lang = |column: &str| -> Vec<String> {
        langs
            .iter()
            .map(|l| format!("{column}_{}", l.as_ref()))
            .collect()
    };
    let mut header: Vec<String> = fixed.map(String::from).to_vec();
    header.extend(per_lang("aliases"));
    header.extend(per_lang("cues"));
    header.extend(source.map(String::from));
    header
}

impl FactTable {
    /// The table compiled into the binary, built from the seed articles.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn bundled() -> FactTable {
        // The bundled table is checked by the test suite; an error here is a build bug,
        // reported as an empty table rather than a panic in a user's browser.
        // data/facts.csv as build.rs writes it for this target (without notes in the
        // browser).
        FactTable::from_csv(
            "default",
            include_str!(concat!(env!("OUT_DIR"), "/facts.csv")),
        )
        .unwrap_or_default()
    }

    /// Parses a CSV table. `name` is used in error messages and in `Fact::table`.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn from_csv(name: &str, text: &str) -> Result<FactTable, TableError> {
        FactTable::from_raw(name, &csv_rows(name, text)?)
    }

    /// Parses a CSV table and also returns its rows as written, one per fact in order.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn from_csv_with_rows(name: &str, text: &str) -> Result<(FactTable, Vec<Row>), TableError> {
        let rows = csv_rows(name, text)?;
        Ok((FactTable::from_raw(name, &rows)?, rows))
    }

    /// Builds a table from JSON rows and also returns the rows as written, one per fact.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn from_json_with_rows(
        name: &str,
        rows: Vec<JsonRow>,
    ) -> Result<(FactTable, Vec<Row>), TableError> {
        let rows = json_rows(name, rows)?;
        Ok((FactTable::from_raw(name, &rows)?, rows))
    }

    /// Builds a table from JSON rows (already parsed by the caller's JSON reader).
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn from_json_rows(name: &str, rows: Vec<JsonRow>) -> Result<FactTable, TableError> {
        FactTable::from_raw(name, &json_rows(name, rows)?)
    }

    #[cfg_attr(claimcheck_small, optimize(size))]
    fn from_raw(name: &str, rows: &[Row]) -> Result<FactTable, TableError> {
        let mut table = FactTable::default();
        for row in rows {
            let fact = parse_row(name, row)?;
            // A scan, not a map: run once per table, and a map type of its own costs the
            // browser's module more bytes than the scan costs time.
            if let Some(first) = table
                .facts
                .iter()
                .find(|f| f.id == fact.id && f.as_of == fact.as_of)
            {
                let first_line = first.line();
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
            for (column, (_, text)) in &row.cells {
                let (target, key, lang) = if let Some(lang) = column.strip_prefix("aliases_") {
                    (&mut table.aliases, &fact.subject, lang)
                } else if let Some(lang) = column.strip_prefix("cues_") {
                    (&mut table.cues, &fact.id, lang)
                } else {
                    continue;
                };
                let list = target.entry((key.clone(), lang.to_string())).or_default();
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
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn check_consistency(&self) -> Result<(), TableError> {
        for f in &self.facts {
            // The first version of the fact: a scan, as in `from_raw`.
            match self.facts.iter().find(|p| p.id == f.id) {
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
                _ => {}
            }
        }
        Ok(())
    }

    /// Checks that every fact has a cue in some language. Run on the effective table,
    /// after merging: a user's table may add a version of a bundled fact without
    /// repeating its cues.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn check_cues(&self) -> Result<(), TableError> {
        for f in &self.facts {
            let has_cue = self
                .cues
                .range((f.id.clone(), String::new())..)
                .take_while(|((id, _), _)| *id == f.id)
                .any(|(_, v)| !v.is_empty());
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
    #[cfg_attr(claimcheck_small, optimize(size))]
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
            for (key, items) in theirs {
                let list = outer.entry(key).or_default();
                for item in items {
                    if !list.contains(&item) {
                        list.push(item);
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
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn aliases<'a>(&'a self, subject: &'a str, lang: Lang) -> Vec<&'a str> {
        let mut out = vec![subject];
        out.extend(self.aliases_in(subject, lang.code()));
        out
    }

    /// The cues of fact `id` in `lang`.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn cues(&self, id: &str, lang: Lang) -> Vec<&str> {
        self.cues_in(id, lang.code())
    }

    /// The aliases given for `subject` in the `aliases_<code>` column.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn aliases_in(&self, subject: &str, code: &str) -> Vec<&str> {
        lookup(&self.aliases, subject, code)
    }

    /// The cues given for `id` in the `cues_<code>` column.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn cues_in(&self, id: &str, code: &str) -> Vec<&str> {
        lookup(&self.cues, id, code)
    }

    /// The language codes that have alias or cue columns, sorted.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn languages(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .aliases
            .keys()
            .chain(self.cues.keys())
            .map(|(_, lang)| lang.as_str())
            .collect();
        crate::sort::by(&mut out, |a, b| a.cmp(b));
        out.dedup();
        out
    }
}

#[cfg_attr(claimcheck_small, optimize(size))]
fn lookup<'a>(map: &'a Lists, key: &str, code: &str) -> Vec<&'a str> {
    map.get(&(key.to_string(), code.to_string()))
        .map(|l| l.iter().map(String::as_str).collect())
        .unwrap_or_default()
}
