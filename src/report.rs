//! The report: every claim with its verdict, in the shape the CLI prints as JSON and the
//! browser receives.
//!
//! This module owns the public offset unit. Inside, spans are byte ranges; here, once,
//! they become UTF-16 code units (half-open), which is what `String.prototype.slice`
//! and the DOM use.

use crate::claim::{ByteSpan, Hedge, Kind, Shape};
use crate::date::Date;
use crate::facts::{Fact, Source};
use crate::verdict::Verdict;
use serde::Serialize;

/// The result of checking one draft.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The check date used.
    pub as_of: Date,
    /// The language the draft was read in (`en`).
    pub lang: &'static str,
    /// Every claim, in text order.
    pub claims: Vec<Finding>,
    /// Counts per verdict.
    pub summary: Summary,
}

/// Counts per verdict.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// All claims.
    pub total: usize,
    /// Backed by the record.
    pub consistent: usize,
    /// Contradicted by the record.
    pub discrepancy: usize,
    /// Backed only by an older version.
    pub outdated: usize,
    /// Not covered by any fact.
    pub unverified: usize,
    /// Discrepancies and outdated figures an editor dismissed against the version they
    /// are still judged against: counted here instead of under their verdict.
    pub dismissed: usize,
}

/// One claim and what the record says about it.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct Finding {
    /// Start, in UTF-16 code units.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// Exactly the draft's text between `start` and `end`.
    pub text: String,
    /// The kind of figure.
    pub kind: Kind,
    /// The value in canonical units.
    pub value: f64,
    /// The canonical unit.
    pub unit: Option<&'static str>,
    /// The draft's hedge.
    pub hedge: Hedge,
    /// How the figure is shaped: a level, a range with its bounds, a change with its
    /// direction, a fraction (value as a ratio) or an ordinal.
    pub shape: Shape,
    /// The verdict.
    pub verdict: Verdict,
    /// The linked fact's subject.
    pub subject: Option<String>,
    /// The linked fact's metric.
    pub metric: Option<String>,
    /// The fact version the verdict rests on (the newest on or before the check date).
    pub fact: Option<FactRef>,
    /// For an unverified claim: the fact it was nearly linked to, held back for
    /// `reason`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub candidate: Option<FactRef>,
    /// Why the claim was not judged against `candidate` ("this sentence is about
    /// Singapore").
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub reason: Option<String>,
    /// For a judged claim: the words that named its subject, metric and time.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub evidence: Option<Evidence>,
    /// What an editor reads.
    pub message: String,
    /// The replacement for `text` that agrees with the record, in the draft's style.
    pub suggestion: Option<String>,
    /// The editor's dismissal that matches this finding, if any (see `dismiss`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub dismissal: Option<crate::dismiss::Applied>,
    /// Byte span, for native callers (line and column in the CLI).
    #[serde(skip)]
    pub byte_span: ByteSpan,
}

/// The words of the draft that tied a claim to its fact.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Evidence {
    /// The words naming whose figure it is (`Japan`, `it`; possibly in an earlier
    /// sentence).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub subject: Option<Words>,
    /// The words naming what is measured (`foreign investor`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub metric: Option<Words>,
    /// When the figure holds.
    // ts-rs cannot flatten an optional struct: the one shape it would generate, spelled out.
    #[cfg_attr(
        feature = "ts",
        ts(type = "{ label: string, text?: string, start?: number, end?: number }")
    )]
    pub time: Time,
}

/// A run of the draft's words.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Words {
    /// Exactly the draft's text between `start` and `end`.
    pub text: String,
    /// Start, in UTF-16 code units.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// Byte span, for native callers.
    #[serde(skip)]
    pub byte_span: ByteSpan,
}

/// When a figure holds, and the words that said so (none for the default, now).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Time {
    /// `now`, a year (`2019`), or `earlier` (a past tense with no date).
    pub label: String,
    /// The words, if the text named the time.
    #[serde(skip_serializing_if = "Option::is_none", flatten)]
    pub words: Option<Words>,
}

impl Evidence {
    /// Evidence from byte spans into `part`, a segment of the draft starting at byte
    /// `base` (UTF-16 offsets are filled in by [`fill_offsets`]).
    pub fn from_bytes(part: &str, base: usize, e: &crate::link::Evidence) -> Evidence {
        let words = |r: &Option<ByteSpan>| {
            r.as_ref().and_then(|r| {
                Some(Words {
                    text: part.get(r.clone())?.to_string(),
                    start: 0,
                    end: 0,
                    byte_span: base + r.start..base + r.end,
                })
            })
        };
        Evidence {
            subject: words(&e.subject),
            metric: words(&e.metric),
            time: Time {
                label: e.time_label.clone(),
                words: words(&e.time),
            },
        }
    }

    fn words_mut(&mut self) -> impl Iterator<Item = &mut Words> {
        [
            self.subject.as_mut(),
            self.metric.as_mut(),
            self.time.words.as_mut(),
        ]
        .into_iter()
        .flatten()
    }
}

/// Fills in the UTF-16 offsets of every finding and its evidence from their byte
/// spans into `text`, in one pass.
pub fn fill_offsets(text: &str, findings: &mut [Finding]) {
    let mut bytes: Vec<usize> = Vec::new();
    for f in findings.iter_mut() {
        bytes.extend([f.byte_span.start, f.byte_span.end]);
        if let Some(e) = f.evidence.as_mut() {
            for w in e.words_mut() {
                bytes.extend([w.byte_span.start, w.byte_span.end]);
            }
        }
    }
    let units = utf16_offsets(text, &bytes);
    let mut pairs = units.chunks(2);
    for f in findings.iter_mut() {
        if let Some(p) = pairs.next() {
            (f.start, f.end) = (p[0], p[1]);
        }
        if let Some(e) = f.evidence.as_mut() {
            for w in e.words_mut() {
                if let Some(p) = pairs.next() {
                    (w.start, w.end) = (p[0], p[1]);
                }
            }
        }
    }
}

/// A fact version as shown with a finding.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct FactRef {
    /// Stable fact id.
    pub id: String,
    /// Value in canonical units.
    pub value: f64,
    /// Canonical unit.
    pub unit: Option<&'static str>,
    /// How the source qualifies the value.
    pub qualifier: Hedge,
    /// The figure as an editor reads it.
    pub display: String,
    /// The date the version holds from.
    pub as_of: Date,
    /// Where it comes from.
    pub source: Source,
}

impl FactRef {
    /// Describes `fact` with its display text.
    pub fn new(fact: &Fact, display: String) -> FactRef {
        FactRef {
            id: fact.id.clone(),
            value: fact.value,
            unit: fact.unit,
            qualifier: fact.qualifier,
            display,
            as_of: fact.as_of,
            source: fact.source.clone(),
        }
    }
}

/// A fact row for display (`claimcheck facts --format json`, `checker.facts()`).
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Debug, Serialize)]
pub struct FactRow {
    /// Stable fact id.
    pub id: String,
    /// The date the version holds from.
    pub as_of: Date,
    /// Who or what it is about.
    pub subject: String,
    /// What is measured.
    pub metric: String,
    /// The kind of figure.
    pub kind: Kind,
    /// Value in canonical units.
    pub value: f64,
    /// Canonical unit.
    pub unit: Option<&'static str>,
    /// How the source qualifies the value.
    pub qualifier: Hedge,
    /// The figure as an editor reads it.
    pub display: String,
    /// Where it comes from.
    pub source: Source,
    /// The table it came from.
    pub table: String,
}

/// Converts byte offsets, in any order, into UTF-16 offsets: a count every 256 bytes,
/// then each offset counted from the checkpoint below it (no sort of the offsets). A
/// character counts when its first byte lies before the offset.
pub fn utf16_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    const STEP: usize = 256;
    let bytes = text.as_bytes();
    let mut checkpoints = Vec::with_capacity(bytes.len() / STEP + 1);
    let mut total = 0;
    for chunk in bytes.chunks(STEP) {
        checkpoints.push(total);
        total += utf16_units(chunk);
    }
    byte_offsets
        .iter()
        .map(|&b| {
            let b = b.min(bytes.len());
            let k = b / STEP;
            let below = checkpoints.get(k).copied().unwrap_or(total);
            below + utf16_units(&bytes[(k * STEP).min(b)..b])
        })
        .collect()
}

/// The UTF-16 units of the characters whose first byte is in `bytes`: 1 for a
/// character's first byte, 1 more for a four-byte character's (a surrogate pair), 0 for
/// continuation bytes. Eight bytes at a time (the whole draft is counted on every
/// check: a byte at a time, it was 5% of one).
fn utf16_units(bytes: &[u8]) -> usize {
    // Each byte's bit 7 with bits 6, 5, 4 shifted under it: a continuation byte is
    // 10xxxxxx, a four-byte lead 11110xxx (>= 0xF0).
    let count = |a: [u8; 8]| {
        const TOP: u64 = 0x8080_8080_8080_8080;
        let x = u64::from_le_bytes(a);
        let continuation = x & !(x << 1) & TOP;
        let four = x & (x << 1) & (x << 2) & (x << 3) & TOP;
        8 - continuation.count_ones() as usize + four.count_ones() as usize
    };
    let mut words = bytes.chunks_exact(8);
    let mut n = 0;
    for w in &mut words {
        let mut a = [0; 8];
        a.copy_from_slice(w);
        n += count(a);
    }
    // The last bytes padded with continuation bytes, which count nothing.
    let mut last = [0x80; 8];
    let rest = words.remainder();
    last[..rest.len()].copy_from_slice(rest);
    n + count(last)
}

#[cfg(test)]
mod utf16_tests {
    #[test]
    fn counts_utf16_units_at_each_offset_in_any_order() {
        // ASCII, two- and three-byte letters, a four-byte emoji (two units), long
        // enough to cross several checkpoints.
        let text = "Việt Nam 🇻🇳 ".repeat(60);
        let mut offsets: Vec<usize> = (0..=text.len()).rev().collect();
        offsets.push(text.len() + 5);
        let want = |b: usize| -> usize {
            text.char_indices()
                .take_while(|(i, _)| *i < b)
                .map(|(_, c)| c.len_utf16())
                .sum()
        };
        let got = super::utf16_offsets(&text, &offsets);
        for (b, u) in offsets.iter().zip(got) {
            assert_eq!(u, want(*b), "byte {b}");
        }
    }
}

impl Summary {
    /// Counts the verdicts of `findings`.
    pub fn of(findings: &[Finding]) -> Summary {
        let mut s = Summary {
            total: findings.len(),
            ..Summary::default()
        };
        for f in findings {
            if f.dismissal.as_ref().is_some_and(|d| d.holds) {
                s.dismissed += 1;
                continue;
            }
            match f.verdict {
                Verdict::Consistent => s.consistent += 1,
                Verdict::Discrepancy => s.discrepancy += 1,
                Verdict::Outdated => s.outdated += 1,
                Verdict::Unverified => s.unverified += 1,
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_bytes_to_utf16_units() {
        let text = "é 😀 30%";
        // bytes: é=2, space, 😀=4, space, "30%"
        assert_eq!(
            utf16_offsets(text, &[0, 2, 3, 7, 8, 11]),
            [0, 1, 2, 4, 5, 8]
        );
        assert_eq!(utf16_offsets(text, &[8, 0]), [5, 0]);
    }
}
