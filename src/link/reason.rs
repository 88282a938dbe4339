//! Why a figure was linked or held back, and when it holds.

use crate::claim::ByteSpan;
use std::fmt;

/// When a linked figure holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Now (the check date): the default.
    Now,
    /// An explicit past year: judged by the version in force at its end.
    Year(i32),
    /// A past tense with no date (`was`): backed by any version, never outdated.
    Earlier,
    /// A running total counted from a year (`since 2016`): the record's total if it
    /// agrees; more than the record contradicts it (a total since any year is at most
    /// the whole), but less does only when the fact's metric counts from that year too
    /// (another start year is another total).
    Since(i32),
}

/// Why a candidate fact was not used to judge a figure.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// The figure is about another entity.
    OtherSubject(String),
    /// A rank in another entity's ranking (`Japan's largest trading partner`).
    RankedAmong(String),
    /// No subject, or more than one, is named in the sentence or just before it.
    NoSubject,
    /// The figure counts something the fact does not (`students`).
    Counts(String),
    /// A modifier narrows the figure where the fact is not narrowed (`new`, `at the fair`).
    Restricted(String),
    /// A forecast, target or conditional, against a level.
    Forecast(String),
    /// A level, against a target or projection.
    Target,
    /// A change, against a level.
    Change,
    /// The text negates the figure and it is not a rank.
    Negated(String),
    /// The text quotes the figure to reject it.
    Retracted,
    /// The sentence asks rather than asserts.
    Question,
    /// A length of time that names a moment (`ten years ago`).
    PointInTime(String),
    /// The figure is thousands of times off the fact: another quantity.
    Magnitude,
    /// The fact is for other years than the figure.
    Period(String),
    /// A one-period figure against a running total.
    Cumulative,
    /// A running total from a year the record does not say it counts from.
    CountedFrom(i32),
    /// The record has no version for the figure's year, and the figure disagrees with
    /// the later one.
    NoVersionThen(i32),
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::OtherSubject(who) => write!(f, "this sentence is about {who}"),
            Reason::RankedAmong(who) => {
                write!(
                    f,
                    "the figure ranks {who}'s partners, not the record's ranking"
                )
            }
            Reason::NoSubject => f.write_str("the sentence does not say whose figure this is"),
            Reason::Counts(what) => write!(f, "the figure counts \"{what}\""),
            Reason::Restricted(what) => {
                write!(
                    f,
                    "the figure is narrowed by \"{what}\", which the record is not"
                )
            }
            Reason::Forecast(cue) => {
                write!(
                    f,
                    "a forecast, target or condition (\"{cue}\") is not a current level"
                )
            }
            Reason::Target => {
                f.write_str("the record is a target or projection, the figure is not")
            }
            Reason::Change => f.write_str("the figure is a change, the record a level"),
            Reason::Negated(cue) => write!(f, "the text negates the figure (\"{cue}\")"),
            Reason::Retracted => f.write_str("the text quotes this figure in order to reject it"),
            Reason::Question => f.write_str("the sentence asks a question"),
            Reason::PointInTime(w) => write!(f, "\"{w}\" makes it a moment, not a length of time"),
            Reason::Magnitude => {
                f.write_str("the figure is far from the record's order of magnitude")
            }
            Reason::Period(years) => write!(f, "the record's figure is for {years}"),
            Reason::Cumulative => f.write_str("a figure for one period is not a running total"),
            Reason::CountedFrom(y) => write!(
                f,
                "the figure is a total since {y}, less than the record's, which does not say it counts from then"
            ),
            Reason::NoVersionThen(y) => write!(f, "the record has no figure for {y}"),
        }
    }
}

/// The words that made a link, as byte spans into the draft segment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Evidence {
    /// The words naming the subject (possibly in an earlier sentence).
    pub subject: Option<ByteSpan>,
    /// The cue naming the metric.
    pub metric: Option<ByteSpan>,
    /// The words naming the time, if any.
    pub time: Option<ByteSpan>,
    /// The time as shown: `now`, `2019`, `earlier`.
    pub time_label: String,
}
