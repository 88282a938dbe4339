//! Agreement: the values a claim and a fact each allow (written precision widened by
//! hedges, ranges, fractions) and whether they meet. This module owns the hedge rules of
//! docs/fact-table.md; the verdict and its wording live beside it.

use crate::claim::{Claim, Hedge, Kind, Shape};
use crate::facts::Fact;

/// An interval of values, each end open or closed.
#[derive(Clone, Copy, Debug)]
struct Interval {
    lo: f64,
    lo_open: bool,
    hi: f64,
    hi_open: bool,
}

impl Interval {
    fn closed(lo: f64, hi: f64) -> Interval {
        Interval {
            lo,
            lo_open: false,
            hi,
            hi_open: false,
        }
    }

    /// `(lo, hi]`: "more than lo".
    fn open_lo(lo: f64, hi: f64) -> Interval {
        Interval {
            lo_open: true,
            ..Interval::closed(lo, hi)
        }
    }

    /// `[lo, hi)`: "less than hi".
    fn open_hi(lo: f64, hi: f64) -> Interval {
        Interval {
            hi_open: true,
            ..Interval::closed(lo, hi)
        }
    }

    fn overlaps(&self, other: &Interval) -> bool {
        let magnitude = [self.lo, self.hi, other.lo, other.hi]
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(1.0, |m: f64, v| m.max(v.abs()));
        let eps = 1e-9 * magnitude;
        // On a tie the bound is open if either is: "more than 60" excludes 60.
        let (lo, lo_open) = if self.lo > other.lo {
            (self.lo, self.lo_open)
        } else if self.lo < other.lo {
            (other.lo, other.lo_open)
        } else {
            (self.lo, self.lo_open || other.lo_open)
        };
        let (hi, hi_open) = if self.hi < other.hi {
            (self.hi, self.hi_open)
        } else if self.hi > other.hi {
            (other.hi, other.hi_open)
        } else {
            (self.hi, self.hi_open || other.hi_open)
        };
        if lo_open || hi_open {
            lo < hi - eps
        } else {
            lo <= hi + eps
        }
    }
}

/// The values a claim allows: its written precision widened by its hedge. A range
/// allows everything between its bounds, each at the draft's precision.
fn claim_interval(c: &Claim) -> Interval {
    let (v, t) = (c.value, c.tolerance);
    if let Shape::Range { low, high } = c.shape {
        return match c.hedge {
            Hedge::About => {
                Interval::closed((low * 0.95).min(low - t), (high * 1.05).max(high + t))
            }
            _ => Interval::closed(low - t, high + t),
        };
    }
    let floor = floor(c.kind);
    match c.hedge {
        Hedge::Exact => Interval::closed(v - t, v + t),
        Hedge::About => about(v, t),
        Hedge::MoreThan => Interval::open_lo(v, f64::INFINITY),
        Hedge::AtLeast => Interval::closed(v, f64::INFINITY),
        Hedge::Nearly => nearly(v),
        Hedge::UpTo => Interval::closed(floor, v),
        Hedge::LessThan => Interval::open_hi(floor, v),
    }
}

/// The values a fact allows: a source's "more than 630,000" is taken as up to 10 % more.
fn fact_interval(f: &Fact) -> Interval {
    let v = f.value;
    let floor = floor(f.kind);
    match f.qualifier {
        Hedge::Exact => Interval::closed(v, v),
        Hedge::About => Interval::closed(v * 0.95, v * 1.05),
        Hedge::MoreThan => Interval::open_lo(v, v * 1.1),
        Hedge::AtLeast => Interval::closed(v, v * 1.1),
        Hedge::Nearly => Interval::closed(v * 0.9, v),
        Hedge::UpTo => Interval::closed(floor, v),
        Hedge::LessThan => Interval::open_hi(floor, v),
    }
}

/// The least value a figure of `kind` can have: a rank starts at 1 ("less than fifth"
/// is first to fourth).
fn floor(kind: Kind) -> f64 {
    if kind == Kind::Rank {
        1.0
    } else {
        f64::NEG_INFINITY
    }
}

// Hedge rules (docs/fact-table.md, "Hedge rules"): how an editor reads a hedged figure.

/// "about 30": the record must lie within ±5 % of the stated figure, or within its
/// written precision when that is wider (`about 5` holds 4.5–5.5).
fn about(v: f64, t: f64) -> Interval {
    let (a, b) = (v * (1.0 - ABOUT), v * (1.0 + ABOUT));
    Interval::closed(a.min(b).min(v - t), a.max(b).max(v + t))
}

/// "nearly 600,000": at most the figure and at most 10 % under it.
fn nearly(v: f64) -> Interval {
    Interval::closed(v * (1.0 - NEARLY), v)
}

/// How far an "about" figure may be from the record, as a share of the figure.
const ABOUT: f64 = 0.05;

/// How far under a "nearly" figure the record may be, as a share of the figure.
const NEARLY: f64 = 0.10;

/// A bound against a bound of the same direction: the claim must follow from the
/// record. "Among the top 20" claims more than a record of "top 35" shows; "top 50"
/// follows from it. `None` when the rule does not apply.
fn bound_follows(claim: &Claim, fact: &Fact) -> Option<bool> {
    match (claim.hedge, fact.qualifier) {
        (Hedge::UpTo, Hedge::UpTo) => Some(claim.value >= fact.value),
        _ => None,
    }
}

/// A draft range against one end of a range on record (`at_least` the low end,
/// `up_to` the high end, docs/fact-table.md): the draft's bound for that end, as a
/// figure of its own, against the end's value as stated. "Between 165,000 and
/// 195,000 ha" contradicts a plan of 165,000 to 175,000 at its high end, though it
/// holds both. `None` when the rule does not apply.
fn range_end(claim: &Claim, fact: &Fact) -> Option<Interval> {
    let Shape::Range { low, high } = claim.shape else {
        return None;
    };
    let (bound, t) = match fact.qualifier {
        Hedge::AtLeast => (low, claim.tolerance),
        Hedge::UpTo => (high, claim.tolerance),
        _ => return None,
    };
    // The end is stated as exactly this (the qualifier marks the end, not a hedge):
    // an unhedged bound matches it at the draft's precision, an "about" one within 5 %.
    Some(if claim.hedge == Hedge::About {
        about(bound, t)
    } else {
        Interval::closed(bound - t, bound + t)
    })
}

/// Whether the claim agrees with one fact version.
pub fn agrees(claim: &Claim, fact: &Fact) -> bool {
    // A fraction (`a third`, ratio 1/3) is compared as a percentage with a percent fact.
    if claim.shape == Shape::Fraction && fact.unit == Some("%") {
        let mut pct = claim.clone();
        pct.value *= 100.0;
        // A fraction holds what is nearer it than any other simple fraction: `a fifth`
        // is 19–21%, not 16% (`about a sixth`); `a quarter` 23.6–26.4%.
        pct.tolerance = (claim.tolerance * 100.0).min(fraction_reach(claim.value) * 100.0);
        pct.shape = Shape::Level;
        return agrees(&pct, fact);
    }
    if let Some(end) = range_end(claim, fact) {
        return end.overlaps(&Interval::closed(fact.value, fact.value));
    }
    if let Some(follows) = bound_follows(claim, fact) {
        return follows;
    }
    // "About" widens once: "some 25 billion" is not within 5 % of "around 23 billion",
    // though each is within 5 % of 24; nor is "about 20 million" within 5 % of "nearly
    // 23 million", though 20.7 million would be.
    let fact_range =
        if claim.hedge == Hedge::About && matches!(fact.qualifier, Hedge::About | Hedge::Nearly) {
            Interval::closed(fact.value, fact.value)
        } else {
            fact_interval(fact)
        };
    claim_interval(claim).overlaps(&fact_range)
}

/// Half the distance from ratio `v` to the nearest other simple fraction (denominator
/// up to [`FRACTION_DENOMINATORS`]): how far a written fraction reaches.
fn fraction_reach(v: f64) -> f64 {
    let mut nearest = f64::INFINITY;
    for d in 2..=FRACTION_DENOMINATORS {
        for n in 1..d {
            let gap = (f64::from(n) / f64::from(d) - v).abs();
            if gap > 1e-9 {
                nearest = nearest.min(gap);
            }
        }
    }
    nearest / 2.0
}

/// The largest denominator of the simple fractions a writer rounds a share to.
const FRACTION_DENOMINATORS: u32 = 10;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Lexicon};
    use crate::lang::Lang;
    use crate::token::tokenize;
    use crate::verdict::tests::fact;

    /// The examples of docs/fact-table.md, "Hedge rules".
    #[test]
    fn hedge_rules_in_the_docs_hold() {
        let doc = include_str!("../../docs/fact-table.md");
        let section = doc.split("## Hedge rules").nth(1).unwrap_or("");
        let vocab = Lang::En.vocabulary();
        let lexicon = Lexicon::new(vocab);
        let mut rows = 0;
        for line in section
            .lines()
            .filter(|l| l.starts_with("| ") && !l.contains("draft says"))
        {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            let [draft, record, qualifier, want] = cells[..] else {
                panic!("bad row {line}");
            };
            let claims = extract(&tokenize(draft, vocab), &lexicon);
            let claim = claims
                .first()
                .unwrap_or_else(|| panic!("no claim in {draft}"));
            let mut f = fact("japan.two_way_trade");
            let record = record.trim_start_matches("rank ");
            let (number, unit) = match record.split_once(' ') {
                Some((n, u)) => (format!("{n} {}", u.trim_end_matches(" USD")), Some("USD")),
                None if record.ends_with('%') => {
                    (record.trim_end_matches('%').to_string(), Some("%"))
                }
                None => (record.to_string(), None),
            };
            f.kind = claim.kind;
            // A fraction has no unit of its own and is compared with a percentage.
            f.unit = unit.filter(|_| claim.unit.is_some() || claim.shape == Shape::Fraction);
            f.value =
                crate::facts::parse_value(number.trim()).unwrap_or_else(|| panic!("{record}"));
            f.qualifier = Hedge::from_name(qualifier).unwrap_or_else(|| panic!("{qualifier}"));
            let got = if agrees(claim, &f) {
                "consistent"
            } else {
                "discrepancy"
            };
            assert_eq!(got, want, "{draft} against {record} ({qualifier})");
            rows += 1;
        }
        assert!(rows >= 15, "{rows} rows");
    }

    /// Ranges agree when the record lies inside them (at the draft's precision), and
    /// fractions are compared as percentages with a percent fact.
    #[test]
    fn ranges_and_fractions_agree_as_written() {
        let rows: &[(&str, &str, bool)] = &[
            ("trade of 45–50 billion USD", "japan.two_way_trade", true),
            (
                "trade of between 48 and 49 billion USD",
                "japan.two_way_trade",
                true,
            ),
            ("trade of 40-45 billion USD", "japan.two_way_trade", false),
            (
                "trade of from 48.3 to 50 billion USD",
                "japan.two_way_trade",
                false,
            ),
            ("a tenth of the market", "aia.market_share", true),
            ("a third of the market", "aia.market_share", false),
            ("one in ten policies", "aia.market_share", true),
        ];
        let vocab = Lang::En.vocabulary();
        let lex = Lexicon::new(vocab);
        for (text, id, want) in rows {
            let tokens = tokenize(text, vocab);
            let claims = extract(&tokens, &lex);
            assert_eq!(claims.len(), 1, "{text}: {claims:?}");
            assert_eq!(agrees(&claims[0], &fact(id)), *want, "{text}");
        }
    }
}
