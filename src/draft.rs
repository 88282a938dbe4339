//! Drafting fact rows from a trusted source: every figure the reader finds (the same
//! reader as `check`) becomes a candidate row for an editor to review.
//!
//! A figure the table already links and agrees with is left out; one it links and
//! contradicts becomes a new version of that fact (same id, the source's date). A
//! figure no fact covers becomes a new fact: its subject is a name the table knows in
//! the sentence (or the nearest run of capitalised words before the figure), its cue
//! the content words next to the figure (after a rank or count, `third largest
//! investor`, `2,000 Japanese companies`; before anything else, `two-way trade …
//! reached 48.18 billion USD`), its id `subject.metric`. Changes (`up 10%`) and ranges
//! are not levels a fact could hold, so they are not drafted; nor is a figure whose
//! sentence gives no subject, or a second figure of the same kind, subject and cue in
//! one sentence (the linker could not tell them apart). Each is reported as skipped,
//! with why, so nothing is dropped silently.
//!
//! The work is split by what it reads: `rows` drafts each figure, `frame` reads a
//! sentence for its subject and cue, `lexicon` holds the words per language, `text`
//! the words and sentences of plain text, `verify` re-checks the source with the rows,
//! `write` writes them as CSV.

mod frame;
mod lexicon;
mod rows;
mod text;
mod verify;
mod write;

pub use rows::draft;
pub use write::to_csv;

use crate::claim::{Hedge, Kind};
use crate::date::Date;
use serde::Serialize;

/// Where the source comes from; written into every row.
#[derive(Clone, Debug, Default)]
pub struct SourceInfo {
    /// Who published it.
    pub publication: String,
    /// Its headline.
    pub title: String,
    /// Where it can be read.
    pub url: Option<String>,
}

/// One candidate row, in the fact-table columns.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DraftRow {
    /// `subject.metric`, or the id of the fact it is a new version of.
    pub id: String,
    /// The source's date.
    pub as_of: Date,
    /// Who or what it is about.
    pub subject: String,
    /// What is measured.
    pub metric: String,
    /// The kind of figure.
    pub kind: Kind,
    /// The value as the table writes it (`48.18 billion`).
    pub value: String,
    /// The canonical unit.
    pub unit: Option<&'static str>,
    /// The source's hedge.
    pub qualifier: Hedge,
    /// The language of the sentence (the column the cue and alias go in).
    pub lang: &'static str,
    /// Cue words from the sentence (empty for a new version: the fact has its cues).
    pub cues: Vec<String>,
    /// The name the sentence uses for the subject, when not the subject itself.
    pub aliases: Vec<String>,
    /// True when this is a new version of a fact the table has.
    pub new_version: bool,
    /// The source sentence.
    pub note: String,
    /// The figure's start in the source, in UTF-16 code units.
    pub start: usize,
    /// Its end (exclusive), in UTF-16 code units.
    pub end: usize,
    /// Byte span of the figure in the source.
    #[serde(skip)]
    pub byte_span: std::ops::Range<usize>,
}

/// A figure that was not drafted, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Skipped {
    /// The figure's text.
    pub text: String,
    /// Why it is not a row.
    pub reason: String,
    /// The figure's start in the source, in UTF-16 code units.
    pub start: usize,
    /// Its end (exclusive), in UTF-16 code units.
    pub end: usize,
    /// Byte span in the source.
    #[serde(skip)]
    pub byte_span: std::ops::Range<usize>,
}

/// Rows and skipped figures.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Draft {
    /// Candidate rows, in source order.
    pub rows: Vec<DraftRow>,
    /// Figures that are not rows, in source order.
    pub skipped: Vec<Skipped>,
}
