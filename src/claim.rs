//! What a claim is: a figure found in a draft, with its kind, value, unit and hedge.
//!
//! This module owns the plain types shared by extraction, linking and verdicts. It does
//! not find claims (see `extract`) and does not judge them (see `verdict`).

use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// What kind of figure a claim or fact is.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A quantity with a currency or physical unit: `23 billion USD`, `1,624 MW`.
    Amount,
    /// A number of things: `630,000`, `more than 2,000 Japanese companies`.
    Count,
    /// A share: `30%`.
    Percent,
    /// A position in a ranking: `third largest investor` (value 3).
    Rank,
    /// A factor: `50-fold`.
    Multiple,
    /// A calendar year of an event: `elevated in 2023`.
    Year,
    /// A length of time in years: `50 years of diplomatic relations`.
    Duration,
}

impl Kind {
    /// Every kind, for parsing and docs.
    pub const ALL: [Kind; 7] = [
        Kind::Amount,
        Kind::Count,
        Kind::Percent,
        Kind::Rank,
        Kind::Multiple,
        Kind::Year,
        Kind::Duration,
    ];

    /// The name used in fact tables and JSON (`amount`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Amount => "amount",
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::Rank => "rank",
            Kind::Multiple => "multiple",
            Kind::Year => "year",
            Kind::Duration => "duration",
        }
    }

    /// Parses a kind name from a fact table.
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How a figure is qualified, in a draft (`about 30%`) or in a source ("more than 630,000").
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// As written, to the precision written.
    Exact,
    /// about / around / roughly: within ±5 %.
    About,
    /// more than / over / exceeds / X-plus.
    MoreThan,
    /// at least.
    AtLeast,
    /// nearly / almost / close to: at or just under.
    Nearly,
    /// up to / as many as; for ranks, "top N": within the first N.
    UpTo,
    /// less than / under.
    LessThan,
}

impl Hedge {
    /// Every hedge, for parsing and docs.
    pub const ALL: [Hedge; 7] = [
        Hedge::Exact,
        Hedge::About,
        Hedge::MoreThan,
        Hedge::AtLeast,
        Hedge::Nearly,
        Hedge::UpTo,
        Hedge::LessThan,
    ];

    /// The name used in fact tables and JSON (`more_than`).
    pub fn name(self) -> &'static str {
        match self {
            Hedge::Exact => "exact",
            Hedge::About => "about",
            Hedge::MoreThan => "more_than",
            Hedge::AtLeast => "at_least",
            Hedge::Nearly => "nearly",
            Hedge::UpTo => "up_to",
            Hedge::LessThan => "less_than",
        }
    }

    /// Parses a hedge name from a fact table's `qualifier` column.
    pub fn from_name(name: &str) -> Option<Hedge> {
        Hedge::ALL.into_iter().find(|h| h.name() == name)
    }
}

/// A half-open byte range into the draft. Internal: the public surface converts spans to
/// UTF-16 code units once, in `report`.
pub type ByteSpan = Range<usize>;

/// A figure found in a draft.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The whole claim as written, hedge and unit included (`around 23 billion USD`).
    pub span: ByteSpan,
    /// The digits or number word alone (`23`), which a suggestion replaces.
    pub number_span: ByteSpan,
    /// The hedge as written, if any (`around`).
    pub hedge_span: Option<ByteSpan>,
    /// What kind of figure it is.
    pub kind: Kind,
    /// The value in canonical units (`23 billion USD` → 23e9).
    pub value: f64,
    /// Half the width of the interval the written figure stands for, in canonical units:
    /// `48.2 billion` stands for 48.15–48.25 billion, so 0.05e9.
    pub tolerance: f64,
    /// What one unit of the written number is worth in canonical units (`billion` →
    /// 1e9, `decades` → 10 years), for suggestions.
    pub scale: f64,
    /// The canonical unit (`USD`, `%`, `years`), if any.
    pub unit: Option<&'static str>,
    /// The hedge.
    pub hedge: Hedge,
    /// How a rank's ordinal was written, for suggestions in the same style.
    pub ordinal_style: OrdinalStyle,
    /// Token ranges naming what a rank is about (`trade`, `tourism partner`): one per
    /// coordinated phrase. Empty for other kinds.
    pub segments: Vec<Range<usize>>,
    /// Index of the claim's first token (for distances).
    pub first_token: usize,
    /// Index one past the claim's last token.
    pub end_token: usize,
    /// The sentence the claim is in.
    pub sentence: usize,
    /// How the figure is shaped: a level, a range, a change, a fraction or an ordinal.
    pub shape: Shape,
    /// Whether its paragraph was typed without diacritics (Vietnamese `20 trieu`), so
    /// that a suggestion is typed so too.
    pub typed_folded: bool,
}

/// The shape of a figure: what the number measures besides its value. Linking uses it
/// so that a change is never compared with a level.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Shape {
    /// A level or amount as of some time: `48 billion USD`, `third largest`.
    Level,
    /// Two bounds in canonical units, low first: `15–18 billion USD`.
    Range {
        /// The lower bound.
        low: f64,
        /// The upper bound.
        high: f64,
    },
    /// A change of a level, signed in canonical units (`fell 2.4%` → -2.4; `doubled` is
    /// a multiple 2 with direction up).
    Change {
        /// +1 for a rise, -1 for a fall, 0 when the text gives no direction.
        direction: i8,
    },
    /// A fraction or proportion written as such (`a third`, `one in five`), with its
    /// value as a ratio (1/3); compared as a percentage against a percent fact.
    Fraction,
    /// An ordinal that is not a rank (`50th anniversary`): never a claim of its own.
    Ordinal,
}

/// How a rank's number was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrdinalStyle {
    /// Not a rank, or a rank with no ordinal (`largest`).
    None,
    /// A word (`third largest`).
    Word,
    /// Digits with a suffix (`3rd largest`).
    Suffix,
    /// Digits after a prefix (`No. 3`, `top 35`).
    Digits,
    /// A number word after a prefix (`number two`, `nummer twee`, `số hai`).
    Cardinal,
}
