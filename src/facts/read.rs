//! Reading a table's text: CSV records or JSON rows into [`Row`]s with their cell
//! locations, and one row into a [`Fact`], each bad cell named by line and column.

use super::{
    Fact, JsonCell, JsonRow, Location, Problem, Row, Source, TableError, MAX_ROWS, OPTIONAL,
    REQUIRED,
};
use crate::claim::{Hedge, Kind};
use crate::date::Date;
use crate::lang::Lang;
use crate::number;

/// Reads a CSV table's rows, with each cell's line and field number.
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn csv_rows(name: &str, text: &str) -> Result<Vec<Row>, TableError> {
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
        let (location, problem) = csv_syntax(text, &e);
        err(location, problem)
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
    let mut lines = Lines::new(text);
    for record in reader.records() {
        let record = record.map_err(syntax)?;
        let line = record.position().map_or(1, |p| lines.of_record(p.byte()));
        if record.iter().all(|f| f.trim().is_empty()) {
            continue; // A blank line in a spreadsheet export is not a row.
        }
        if rows.len() == MAX_ROWS {
            return Err(err(
                Location::Cell { line, column: 1 },
                Problem::TooLarge(MAX_ROWS),
            ));
        }
        rows.push(csv_row(&header, &record, line).map_err(|(l, p)| err(l, p))?);
    }
    Ok(rows)
}

/// Line numbers of CSV records from their byte offsets, counted forward as the reader goes
/// (shared by the table reader and `facts validate`). The CSV reader's
/// own line number for a record that follows an empty line is the empty line's
/// (BurntSushi/rust-csv#208), which would send an editor one line too high.
pub struct Lines<'a> {
    text: &'a [u8],
    byte: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    /// Counts lines of `text`, the table as the CSV reader reads it (no BOM).
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn new(text: &'a str) -> Self {
        Lines {
            text: text.as_bytes(),
            byte: 0,
            line: 1,
        }
    }

    /// The line a record starting at `byte` is on, past any line breaks before it.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn of_record(&mut self, byte: u64) -> usize {
        let mut at = usize::try_from(byte).map_or(self.text.len(), |b| b.min(self.text.len()));
        while matches!(self.text.get(at), Some(b'\n' | b'\r')) {
            at += 1;
        }
        if at >= self.byte {
            self.line += self.text[self.byte..at]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            self.byte = at;
        }
        self.line
    }
}

/// Where a CSV reading error is, and what it means for an editor. The text is a `str`,
/// so the reader's UTF-8 error cannot arise (callers report undecodable bytes first).
#[cfg_attr(claimcheck_small, optimize(size))]
fn csv_syntax(text: &str, e: &csv::Error) -> (Location, Problem) {
    let line = e
        .position()
        .map_or(1, |p| Lines::new(text).of_record(p.byte()));
    let message = format!(
        "not valid CSV ({}); check the quoting on this line",
        csv_detail(e)
    );
    (Location::Cell { line, column: 1 }, Problem::Syntax(message))
}

/// What the CSV reader says went wrong.
#[cfg(not(target_arch = "wasm32"))]
fn csv_detail(e: &csv::Error) -> String {
    e.to_string()
}

/// What the CSV reader says went wrong, without its `Display`, which would bring std's
/// I/O error messages into the browser's module. A reader over a `str` in memory with
/// flexible records cannot fail at all (no I/O, no UTF-8 or record-length error), so
/// this is a safety net: it names the kind of error.
#[cfg(target_arch = "wasm32")]
fn csv_detail(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => "invalid UTF-8",
        csv::ErrorKind::UnequalLengths { .. } => "records of different lengths",
        _ => "the reader stopped",
    }
    .to_string()
}

/// One CSV record as a row: each cell under its header, with its field number.
#[cfg_attr(claimcheck_small, optimize(size))]
fn csv_row(
    header: &[String],
    record: &csv::StringRecord,
    line: usize,
) -> Result<Row, (Location, Problem)> {
    if record.len() != header.len() {
        return Err((
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
    let cells = super::cells(
        header
            .iter()
            .zip(record.iter())
            .enumerate()
            .map(|(i, (h, v))| (h.clone(), (i + 1, v.to_string()))),
    );
    Ok(Row {
        location: Location::Cell { line, column: 1 },
        cells,
    })
}

/// Reads JSON rows, with each row's number.
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn json_rows(name: &str, rows: Vec<JsonRow>) -> Result<Vec<Row>, TableError> {
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
        let cells = super::cells(row.into_iter().map(|(k, v)| {
            let text = match v {
                JsonCell::Text(s) => s,
                JsonCell::Number(n) => crate::number::shortest(n),
                JsonCell::List(l) => l.join("|"),
                JsonCell::Null => String::new(),
            };
            (k, (0, text))
        }));
        raw.push(Row {
            location: Location::Row {
                row: i + 1,
                key: None,
            },
            cells,
        });
    }
    Ok(raw)
}

/// Where a quoted CSV field opens without closing (the CSV reader would silently take
/// the rest of the file as one value): 1-based line and field number.
#[cfg_attr(claimcheck_small, optimize(size))]
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

#[cfg_attr(claimcheck_small, optimize(size))]
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
#[cfg_attr(claimcheck_small, optimize(size))]
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
#[cfg_attr(claimcheck_small, optimize(size))]
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
#[cfg_attr(claimcheck_small, optimize(size))]
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

/// One row as a fact version, or the first problem of the row, located at its column.
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn parse_row(name: &str, row: &Row) -> Result<Fact, TableError> {
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
    let (kind, value, unit, qualifier) = figure(row, &err)?;
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
        note: opt("note"),
        table: name.to_string(),
        origin: match row.location {
            Location::Cell { line, .. } => Location::Cell { line, column: 1 },
            Location::Row { row, .. } => Location::Row { row, key: None },
        },
    })
}

/// A row's figure: its kind, value, canonical unit and qualifier (`exact` when empty).
/// `err` locates a problem at a column.
#[cfg_attr(claimcheck_small, optimize(size))]
fn figure(
    row: &Row,
    err: &impl Fn(&str, Problem) -> TableError,
) -> Result<(Kind, f64, Option<&'static str>, Hedge), TableError> {
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
    Ok((kind, value, unit, qualifier))
}
