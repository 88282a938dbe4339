//! Linting fact tables: what makes a table pull unrelated figures onto a fact, cite the
//! wrong story, or state a hedged figure as exact (issue 11; `docs/fact-table.md`,
//! "Linting a table").
//!
//! Pure: parsed tables (with their rows as written, for cell locations) and the lint
//! data in, typed [`Warning`]s out. It reads no files and prints nothing; the CLI
//! (`claimcheck facts lint`) does. The words it judges by are data, per language
//! (`data`: `data/lint/topic-words.tsv`, `data/lint/hedge-words.tsv`, and the places
//! and entities of `data/lint/places.tsv` behind the [`Gazetteer`] trait, which the
//! linking gazetteer of issue 10 will implement); the rules are in `rules`.
//!
//! A row justifies a warning it must keep with `lint-ok: <code> <reason>` in its note;
//! a marker that justifies nothing, or gives no reason, is itself a warning.

mod data;
mod rules;

pub use data::{bundled_gazetteer, Gazetteer, PlaceList, Rules};

use crate::facts::{Fact, FactTable, Location, Row};
use std::fmt;

/// Which rule a warning comes from; its name is what `lint-ok:` markers cite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// One cue names two facts of the same subject, kind and unit.
    SharedCue,
    /// A cue or alias made only of topic or function words.
    TopicWord,
    /// An alias that names a place or entity other than the subject.
    OtherEntity,
    /// No `source_title`.
    EmptyTitle,
    /// One `source_title` on rows of different sources.
    RepeatedTitle,
    /// A `source_title` that is the page's furniture: the site's name, a date stamp.
    TitleNotHeadline,
    /// `as_of` later than the source's date.
    AsOfAfterSource,
    /// `as_of` earlier than the source's date.
    AsOfBeforeSource,
    /// `exact` although the note says estimated, a range or a hedge.
    ExactEstimate,
    /// A `lint-ok:` marker that justifies nothing or gives no reason.
    LintOk,
}

impl Code {
    /// Every code, in the order the documentation lists them.
    pub const ALL: [Code; 10] = [
        Code::SharedCue,
        Code::TopicWord,
        Code::OtherEntity,
        Code::EmptyTitle,
        Code::RepeatedTitle,
        Code::TitleNotHeadline,
        Code::AsOfAfterSource,
        Code::AsOfBeforeSource,
        Code::ExactEstimate,
        Code::LintOk,
    ];

    /// The code's name in output and in `lint-ok:` markers.
    pub fn name(self) -> &'static str {
        match self {
            Code::SharedCue => "shared-cue",
            Code::TopicWord => "topic-word",
            Code::OtherEntity => "other-entity",
            Code::EmptyTitle => "empty-title",
            Code::RepeatedTitle => "repeated-title",
            Code::TitleNotHeadline => "title-not-headline",
            Code::AsOfAfterSource => "as-of-after-source",
            Code::AsOfBeforeSource => "as-of-before-source",
            Code::ExactEstimate => "exact-estimate",
            Code::LintOk => "lint-ok",
        }
    }

    /// The code with this name.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.name() == name)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One warning: which table, which cell, which rule, and what to do.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// The table's name (its file name).
    pub table: String,
    /// The cell (CSV: line and field number; JSON: row and key).
    pub location: Location,
    /// The rule.
    pub code: Code,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Location::Cell { line, column } => write!(f, "{}:{line}:{column}", self.table)?,
            Location::Row { row, key: Some(k) } => write!(f, "{}: row {row}, \"{k}\"", self.table)?,
            Location::Row { row, key: None } => write!(f, "{}: row {row}", self.table)?,
        }
        write!(f, ": warning[{}]: {}", self.code, self.message)
    }
}

/// A table to lint: the parsed facts and the rows they came from, in the same order.
pub struct Input<'a> {
    /// The parsed table.
    pub table: &'a FactTable,
    /// Its rows as written, one per fact.
    pub rows: &'a [Row],
}

/// One row under lint: its fact, its cells, and its note's `lint-ok:` markers.
struct Entry<'a> {
    fact: &'a Fact,
    row: &'a Row,
    markers: Vec<Marker>,
}

/// A `lint-ok: <code> <reason>` marker.
struct Marker {
    code: Option<Code>,
    written: String,
    has_reason: bool,
    used: bool,
}

/// Lints tables as applied together: cues and titles are compared across all of them.
pub fn lint(inputs: &[Input], rules: &Rules, gazetteer: &dyn Gazetteer) -> Vec<Warning> {
    let mut entries: Vec<Entry> = Vec::new();
    for input in inputs {
        for (fact, row) in input.table.facts().iter().zip(input.rows) {
            entries.push(Entry {
                fact,
                row,
                markers: markers(row.get("note")),
            });
        }
    }
    let mut found: Vec<(usize, Code, String, String)> = Vec::new();
    let mut warn = |e: usize, code: Code, column: &str, message: String| {
        found.push((e, code, column.to_string(), message));
    };
    rules::shared_cues(&entries, &mut warn);
    for (i, e) in entries.iter().enumerate() {
        rules::topic_words(e, rules, &mut |c, col, m| warn(i, c, col, m));
        rules::other_entities(e, gazetteer, &mut |c, col, m| warn(i, c, col, m));
        rules::dates(e, &entries, &mut |c, col, m| warn(i, c, col, m));
        rules::exact_estimate(e, rules, &mut |c, col, m| warn(i, c, col, m));
    }
    rules::titles(&entries, &mut warn);
    let mut out = Vec::new();
    for (i, code, column, message) in found {
        let mut justified = false;
        for m in entries[i]
            .markers
            .iter_mut()
            .filter(|m| m.code == Some(code) && m.has_reason)
        {
            m.used = true;
            justified = true;
        }
        if !justified {
            out.push(warning(&entries[i], code, &column, message));
        }
    }
    out.extend(marker_warnings(&entries));
    out.sort_by_key(|w| (order(inputs, &w.table), position(&w.location), w.code));
    out
}

/// A warning for each marker with an unknown code, no reason, or nothing to justify.
fn marker_warnings(entries: &[Entry]) -> Vec<Warning> {
    let mut out = Vec::new();
    for e in entries {
        for m in &e.markers {
            let problem = match (m.code, m.has_reason, m.used) {
                (None, _, _) => format!(
                    "\"lint-ok: {}\" names no warning code; use one of {}",
                    m.written,
                    Code::ALL.map(Code::name).join(", ")
                ),
                (Some(_), false, _) => format!(
                    "\"lint-ok: {}\" gives no reason; say why the warning is right to keep",
                    m.written
                ),
                (Some(c), true, false) => {
                    format!("\"lint-ok: {c}\" justifies no warning on this row; remove it")
                }
                _ => continue,
            };
            out.push(warning(e, Code::LintOk, "note", problem));
        }
    }
    out
}

fn order(inputs: &[Input], table: &str) -> usize {
    inputs
        .iter()
        .position(|i| i.table.facts().first().is_some_and(|f| f.table == table))
        .unwrap_or(usize::MAX)
}

fn position(l: &Location) -> (usize, usize) {
    match l {
        Location::Cell { line, column } => (*line, *column),
        Location::Row { row, .. } => (*row, 0),
    }
}

fn warning(e: &Entry, code: Code, column: &str, message: String) -> Warning {
    Warning {
        table: e.fact.table.clone(),
        location: e.row.at(column),
        code,
        message,
    }
}

/// The `lint-ok:` markers of a note.
fn markers(note: &str) -> Vec<Marker> {
    let mut out = Vec::new();
    let mut rest = note;
    while let Some(at) = rest.find("lint-ok:") {
        rest = &rest[at + "lint-ok:".len()..];
        let end = rest.find("lint-ok:").unwrap_or(rest.len());
        let text = rest[..end].trim();
        let (written, reason) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
        out.push(Marker {
            code: Code::from_name(written),
            written: written.to_string(),
            has_reason: reason.chars().any(char::is_alphabetic),
            used: false,
        });
        rest = &rest[end..];
    }
    out
}

/// A note without its `lint-ok:` markers (whose reasons may quote any word).
fn note_text(note: &str) -> &str {
    note.find("lint-ok:").map_or(note, |at| &note[..at])
}

/// The `|`-separated items of every `<prefix><lang>` cell of a row: (column, lang, item).
fn items<'r>(row: &'r Row, prefix: &str) -> Vec<(&'r str, &'r str, &'r str)> {
    let mut columns: Vec<&str> = row.columns().filter(|c| c.starts_with(prefix)).collect();
    columns.sort_unstable();
    let mut out = Vec::new();
    for column in columns {
        let lang = &column[prefix.len()..];
        for item in row
            .get(column)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            out.push((column, lang, item));
        }
    }
    out
}

type Warn<'w> = dyn FnMut(Code, &str, String) + 'w;

/// Where a cue is written: the entry, its column and the cue as written.
type CueUse<'a> = (usize, &'a str, &'a str);
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_need_a_known_code_and_a_reason() {
        let m = markers("Source: x. lint-ok: shared-cue both ends of a range lint-ok: topic-word");
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].code, m[0].has_reason), (Some(Code::SharedCue), true));
        assert_eq!((m[1].code, m[1].has_reason), (Some(Code::TopicWord), false));
        assert_eq!(markers("lint-ok: nonsense because")[0].code, None);
    }
}
