//! Judging a linked claim: does the record back it, contradict it, or back it once?
//!
//! This module owns agreement (precision and hedges), the verdict, the editor's message
//! and the suggested replacement written in the draft's own style.

use crate::claim::{Claim, Hedge, Kind, OrdinalStyle, Shape};
use crate::facts::Fact;
use crate::lang::Vocabulary;
use crate::number;
use serde::Serialize;

/// What the record says about a claim.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The newest fact version on or before the check date agrees.
    Consistent,
    /// The newest version disagrees and no older version agrees.
    Discrepancy,
    /// The newest version disagrees but an older one agrees: a stale figure.
    Outdated,
    /// No fact covers the claim.
    Unverified,
}

impl Verdict {
    /// The name used in JSON and text output.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Discrepancy => "discrepancy",
            Verdict::Outdated => "outdated",
            Verdict::Unverified => "unverified",
        }
    }
}

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
    let floor = if c.kind == Kind::Rank {
        1.0
    } else {
        f64::NEG_INFINITY
    };
    match c.hedge {
        Hedge::Exact => Interval::closed(v - t, v + t),
        Hedge::About => about(v, t),
        Hedge::MoreThan => Interval {
            lo: v,
            lo_open: true,
            hi: f64::INFINITY,
            hi_open: false,
        },
        Hedge::AtLeast => Interval::closed(v, f64::INFINITY),
        Hedge::Nearly => nearly(v),
        Hedge::UpTo => Interval::closed(floor, v),
        Hedge::LessThan => Interval {
            lo: floor,
            lo_open: false,
            hi: v,
            hi_open: true,
        },
    }
}

/// The values a fact allows: a source's "more than 630,000" is taken as up to 10 % more.
fn fact_interval(f: &Fact) -> Interval {
    let v = f.value;
    let floor = if f.kind == Kind::Rank {
        1.0
    } else {
        f64::NEG_INFINITY
    };
    match f.qualifier {
        Hedge::Exact => Interval::closed(v, v),
        Hedge::About => Interval::closed(v * 0.95, v * 1.05),
        Hedge::MoreThan => Interval {
            lo: v,
            lo_open: true,
            hi: v * 1.1,
            hi_open: false,
        },
        Hedge::AtLeast => Interval::closed(v, v * 1.1),
        Hedge::Nearly => Interval::closed(v * 0.9, v),
        Hedge::UpTo => Interval::closed(floor, v),
        Hedge::LessThan => Interval {
            lo: floor,
            lo_open: false,
            hi: v,
            hi_open: true,
        },
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
    if let Some(follows) = bound_follows(claim, fact) {
        return follows;
    }
    // "About" widens once: "some 25 billion" is not within 5 % of "around 23 billion",
    // though each is within 5 % of 24.
    let fact_range = if claim.hedge == Hedge::About && fact.qualifier == Hedge::About {
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

/// Whether two values differ by more than a factor of 10,000.
fn of_another_order(a: f64, b: f64) -> bool {
    let (a, b) = (a.abs(), b.abs());
    a > 0.0 && b > 0.0 && a.max(b) / a.min(b) > 1e4
}

/// The verdict on a claim against a fact's versions (oldest first, all on or before the
/// check date), and the version it rests on: the newest, or for `outdated` the newest
/// older one that agreed.
pub fn judge<'f>(claim: &Claim, versions: &[&'f Fact]) -> (Verdict, Option<&'f Fact>) {
    let Some((current, older)) = versions.split_last() else {
        return (Verdict::Unverified, None);
    };
    // A change (`rose by 3 billion`, `fell 2.4%`) is never judged against a level: the
    // table records levels. A multiple (`50-fold`, `doubled`) is itself a change
    // measure and is compared.
    if matches!(claim.shape, Shape::Change { .. }) && claim.kind != Kind::Multiple {
        return (Verdict::Unverified, None);
    }
    // A figure ten thousand times off the record (`nearly 23 million` against 9
    // prefectures) is about something else, not a wrong figure for this fact: no
    // proof of a discrepancy. A million-for-billion slip (×1,000) is still judged.
    if of_another_order(claim.value, current.value) {
        return (Verdict::Unverified, None);
    }
    if agrees(claim, current) {
        return (Verdict::Consistent, None);
    }
    match older.iter().rev().find(|f| agrees(claim, f)) {
        Some(old) => (Verdict::Outdated, Some(old)),
        None => (Verdict::Discrepancy, None),
    }
}

/// Writes a fact's figure as an editor reads it (`more than 630,000`, `third`,
/// `48.18 billion USD`; `48,18 miljard dollar`; `48,18 tỷ USD`) in the vocabulary's
/// style.
pub fn display(f: &Fact, vocab: &Vocabulary) -> String {
    let figure = match f.kind {
        Kind::Rank if f.qualifier == Hedge::UpTo => {
            return format!(
                "{} {}",
                vocab.rank_within.first().copied().unwrap_or("top"),
                number::shortest(f.value)
            );
        }
        Kind::Rank => ordinal_word(f.value, vocab),
        Kind::Year => number::shortest(f.value),
        Kind::Percent => vocab.percent_format.replace("{}", &plain(f.value, vocab)),
        Kind::Multiple => vocab.multiple_format.replace("{}", &plain(f.value, vocab)),
        Kind::Duration => vocab.duration_format.replace("{}", &plain(f.value, vocab)),
        Kind::Amount | Kind::Count => {
            let scaled = vocab
                .scale_wording
                .iter()
                .find(|(_, s)| f.value >= *s && is_short(f.value / s))
                .filter(|_| f.kind == Kind::Count || is_currency(f.unit) || f.value >= 1e9);
            let mut out = match scaled {
                Some((word, s)) => format!("{} {}", plain(f.value / s, vocab), word),
                None => plain(f.value, vocab),
            };
            if let Some(u) = f.unit {
                out.push(' ');
                out.push_str(vocab.unit_word(u));
            }
            out
        }
    };
    match vocab.hedge_phrase(f.qualifier) {
        "" => figure,
        hedge => format!("{hedge} {figure}"),
    }
}

fn is_currency(unit: Option<&str>) -> bool {
    matches!(unit, Some("USD" | "VND" | "JPY" | "EUR"))
}

/// Whether `v` writes with at most two decimals.
fn is_short(v: f64) -> bool {
    ((v * 100.0).round() - v * 100.0).abs() < 1e-6
}

fn plain(v: f64, vocab: &Vocabulary) -> String {
    let group = vocab.group_separators.first().copied().unwrap_or(',');
    number::format(v, 3, vocab.decimal_separator, group)
}

/// `n` as the `n`th of `words` (index = n − 1), or as `beyond` writes it past them.
fn word_for(n: f64, words: &[&str], beyond: impl Fn(u64) -> String) -> String {
    let n = n as usize;
    match words.get(n.wrapping_sub(1)) {
        Some(w) => (*w).to_string(),
        None => beyond(n as u64),
    }
}

fn ordinal_word(v: f64, vocab: &Vocabulary) -> String {
    word_for(v, vocab.ordinal_wording, vocab.ordinal_digits)
}

/// The draft's text for `claim` rewritten to agree with `fact`, keeping the draft's
/// style (its currency spelling, scale word, ordinal style). `claim_text` is the slice
/// of the draft the claim spans.
pub fn suggest(claim: &Claim, claim_text: &str, fact: &Fact, vocab: &Vocabulary) -> String {
    let base = claim.span.start;
    let local = |r: &std::ops::Range<usize>| r.start - base..r.end - base;
    if claim.kind == Kind::Rank {
        if fact.qualifier == Hedge::UpTo {
            return display(fact, vocab);
        }
        let n = fact.value;
        return match claim.ordinal_style {
            OrdinalStyle::Word => replace(
                claim_text,
                local(&claim.number_span),
                &ordinal_word(n, vocab),
            ),
            OrdinalStyle::Digits => {
                replace(claim_text, local(&claim.number_span), &number::shortest(n))
            }
            OrdinalStyle::Cardinal => replace(
                claim_text,
                local(&claim.number_span),
                &word_for(n, vocab.cardinal_wording, |k| number::shortest(k as f64)),
            ),
            OrdinalStyle::Suffix => replace(
                claim_text,
                local(&claim.number_span),
                &(vocab.ordinal_digits)(n as u64),
            ),
            OrdinalStyle::None if n == 1.0 => claim_text.to_string(),
            OrdinalStyle::None => vocab.rank_format.replace("{}", &ordinal_word(n, vocab)),
        };
    }
    let mantissa = fact.value / claim.scale;
    // The draft's scale cannot write the fact (9 in "nearly 23 million" would read
    // "0 million"): suggest the fact as the table writes it instead.
    let rounded = (mantissa * 1000.0).round() / 1000.0;
    if claim.kind != Kind::Year && (rounded - mantissa).abs() > mantissa.abs() * 1e-6 {
        return display(fact, vocab);
    }
    let group = vocab.group_separators.first().copied().unwrap_or(',');
    let decimals = if claim.kind == Kind::Year { 0 } else { 3 };
    let number_text = if claim.kind == Kind::Year {
        number::shortest(fact.value)
    } else {
        number::format(mantissa, decimals, vocab.decimal_separator, group)
    };
    let mut edits = vec![(local(&claim.number_span), number_text)];
    // The hedge: keep the draft's when it means the same; otherwise say the source's.
    if claim.hedge != fact.qualifier {
        let keep = claim.hedge == Hedge::About && fact.qualifier == Hedge::Exact;
        if !keep {
            let wording = vocab.hedge_phrase(fact.qualifier);
            match &claim.hedge_span {
                Some(h) => {
                    let mut r = local(h);
                    if wording.is_empty() && r.start == 0 {
                        // Dropping a hedge before the number: drop the space after it too.
                        r.end += claim_text[r.end..].len() - claim_text[r.end..].trim_start().len();
                    }
                    edits.push((r, wording.to_string()));
                }
                None if !wording.is_empty() => edits.push((0..0, format!("{wording} "))),
                None => {}
            }
        }
    }
    crate::sort::by_key(&mut edits, |(r, _)| std::cmp::Reverse(r.start));
    let mut out = claim_text.to_string();
    for (r, text) in edits {
        out.replace_range(r, &text);
    }
    out
}

fn replace(text: &str, r: std::ops::Range<usize>, with: &str) -> String {
    let mut out = text.to_string();
    out.replace_range(r, with);
    out
}

/// The note for a figure whose digits read differently in the draft's main language
/// (`1.624` read as 1624 in a Dutch paragraph of an English draft).
pub fn style_note(claim_text: &str, vocab: &Vocabulary, draft: crate::Lang) -> String {
    format!(
        " Note: the digits in \"{claim_text}\" were read in {} style (decimal '{}') because this paragraph reads as {}, but most of the draft is in {} (decimal '{}'); check which is meant.",
        vocab.lang.code(),
        vocab.decimal_separator,
        vocab.lang.code(),
        draft.code(),
        draft.vocabulary().decimal_separator
    )
}

/// The message an editor reads for a verdict.
pub fn message(
    claim_text: &str,
    verdict: Verdict,
    fact: Option<&Fact>,
    older: Option<&Fact>,
    vocab: &Vocabulary,
) -> String {
    let Some(f) = fact else {
        return format!("No fact in the table covers \"{claim_text}\"; check this figure by hand.");
    };
    // "two-way trade between Japan and Vietnam" needs no "(Japan)" after it.
    let about = if f.metric.contains(f.subject.as_str()) {
        f.metric.clone()
    } else {
        format!("{} ({})", f.metric, f.subject)
    };
    let cite = cite(f);
    match verdict {
        Verdict::Consistent => format!("Backed by the record: {about} is {} ({cite}).", display(f, vocab)),
        Verdict::Discrepancy => format!(
            "The record says {} for {about} ({cite}), not \"{claim_text}\".",
            display(f, vocab)
        ),
        Verdict::Outdated => match older {
            Some(o) => format!(
                "Out of date: \"{claim_text}\" matches the record as of {} ({}), but the latest record says {} for {about} ({cite}).",
                o.as_of,
                o.source.publication,
                display(f, vocab)
            ),
            None => format!("Out of date: the record says {} for {about} ({cite}).", display(f, vocab)),
        },
        Verdict::Unverified => format!("No fact in the table covers \"{claim_text}\"; check this figure by hand."),
    }
}

/// The message for a claim held back from a fact: names the fact and the reason.
pub fn held_back_message(claim_text: &str, f: &Fact, reason: &str) -> String {
    let about = if f.metric.contains(f.subject.as_str()) {
        f.metric.clone()
    } else {
        format!("{} ({})", f.metric, f.subject)
    };
    format!("\"{claim_text}\" was not checked against {about}: {reason}.")
}

fn cite(f: &Fact) -> String {
    format!("as of {}, {}", f.as_of, f.source.publication)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Lexicon};
    use crate::facts::FactTable;
    use crate::lang::Lang;
    use crate::token::tokenize;

    fn fact(id: &str) -> Fact {
        let table = FactTable::bundled();
        let found = table.facts().iter().rev().find(|f| f.id == id).cloned();
        found.unwrap_or_else(|| panic!("no fact {id}"))
    }

    /// The suggestion for the first claim of `text` against fact `id`.
    fn suggestion(lang: Lang, text: &str, id: &str) -> String {
        let vocab = lang.vocabulary();
        let tokens = tokenize(text, vocab);
        let claims = extract(&tokens, &Lexicon::new(vocab));
        let claim = claims
            .first()
            .unwrap_or_else(|| panic!("no claim in {text}"));
        suggest(claim, &text[claim.span.clone()], &fact(id), vocab)
    }

    /// The examples of docs/fact-table.md, "Hedge rules".
    #[test]
    fn hedge_rules_in_the_docs_hold() {
        let doc = include_str!("../docs/fact-table.md");
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

    /// A change is not judged against a level, nor a figure of another order of
    /// magnitude: no proof of a discrepancy, so unverified.
    #[test]
    fn changes_and_figures_of_another_order_are_not_judged() {
        let vocab = Lang::En.vocabulary();
        let lex = Lexicon::new(vocab);
        let rows: &[(&str, &str, Verdict)] = &[
            (
                "imports rose by 3 billion USD",
                "japan.two_way_trade",
                Verdict::Unverified,
            ),
            ("trade fell 2.4%", "kansai.trade_share", Verdict::Unverified),
            (
                "nearly 23 million",
                "kansai.prefectures",
                Verdict::Unverified,
            ),
            (
                "48.18 million USD",
                "japan.two_way_trade",
                Verdict::Discrepancy,
            ),
            ("7", "kansai.prefectures", Verdict::Discrepancy),
            (
                "50-fold",
                "vietnam.gdp_per_capita_multiple",
                Verdict::Consistent,
            ),
        ];
        for (text, id, want) in rows {
            let tokens = tokenize(text, vocab);
            let claims = extract(&tokens, &lex);
            let f = fact(id);
            assert_eq!(judge(&claims[0], &[&f]).0, *want, "{text}");
        }
    }

    #[test]
    fn facts_display_in_each_language() {
        let rows: &[(&str, Lang, &str)] = &[
            ("japan.two_way_trade", Lang::En, "48.18 billion USD"),
            ("japan.two_way_trade", Lang::Nl, "48,18 miljard dollar"),
            ("japan.two_way_trade", Lang::Vi, "48,18 tỷ USD"),
            ("japan.vietnamese_community", Lang::Nl, "meer dan 630.000"),
            ("japan.vietnamese_community", Lang::Vi, "hơn 630.000"),
            ("japan.investor_rank", Lang::Nl, "derde"),
            ("japan.investor_rank", Lang::Vi, "thứ ba"),
            ("kansai.population", Lang::Vi, "gần 23 triệu"),
            ("kansai_friendship_association.years", Lang::Nl, "30 jaar"),
            ("vietnam.gdp_per_capita_multiple", Lang::Vi, "gấp 50 lần"),
            (
                "aia.premium_revenue_2024.vnd",
                Lang::Vi,
                "gần 14,83 nghìn tỷ đồng",
            ),
            ("vietnam.economy_rank", Lang::Vi, "top 35"),
        ];
        for (id, lang, want) in rows {
            assert_eq!(
                display(&fact(id), lang.vocabulary()),
                *want,
                "{id} {lang:?}"
            );
        }
    }

    #[test]
    fn suggestions_keep_the_drafts_style() {
        let rows: &[(Lang, &str, &str, &str)] = &[
            (Lang::En, "some $25bn", "japan.oda_total", "some $23bn"),
            (
                Lang::En,
                "exceeds 700,000",
                "japan.vietnamese_community",
                "exceeds 630,000",
            ),
            // A scale that cannot write the fact: the fact as the table writes it.
            (Lang::En, "nearly 23 million", "kansai.prefectures", "9"),
            (
                Lang::Nl,
                "van 52,5 miljard dollar",
                "japan.two_way_trade",
                "48,18 miljard dollar",
            ),
            (
                Lang::Nl,
                "van 52,5 miljard USD",
                "japan.two_way_trade",
                "48,18 miljard USD",
            ),
            (
                Lang::Vi,
                "đạt 52,5 tỷ USD",
                "japan.two_way_trade",
                "48,18 tỷ USD",
            ),
            (
                Lang::Nl,
                "de tweede grootste investeerder",
                "japan.investor_rank",
                "derde grootste",
            ),
            (
                Lang::Nl,
                "de 2e grootste investeerder",
                "japan.investor_rank",
                "3e grootste",
            ),
            (
                Lang::Nl,
                "de grootste investeerder",
                "japan.investor_rank",
                "derde grootste",
            ),
            (
                Lang::Vi,
                "nhà đầu tư lớn thứ hai",
                "japan.investor_rank",
                "lớn thứ ba",
            ),
            (
                Lang::Vi,
                "nhà đầu tư lớn thứ 2",
                "japan.investor_rank",
                "lớn thứ 3",
            ),
            (
                Lang::Vi,
                "nhà đầu tư lớn nhất",
                "japan.investor_rank",
                "lớn thứ ba",
            ),
            (
                Lang::Nl,
                "bijna 700.000 mensen",
                "japan.vietnamese_community",
                "meer dan 630.000",
            ),
            (
                Lang::Vi,
                "gần 700.000 người",
                "japan.vietnamese_community",
                "hơn 630.000",
            ),
            (
                Lang::Vi,
                "700.000 người",
                "japan.vietnamese_community",
                "hơn 630.000",
            ),
            // A rank written as a number word after its prefix keeps that form.
            (
                Lang::En,
                "Japan is the number two investor",
                "japan.investor_rank",
                "number three",
            ),
            (
                Lang::Nl,
                "Japan is de nummer twee investeerder",
                "japan.investor_rank",
                "nummer drie",
            ),
            (
                Lang::Vi,
                "Nhật Bản là nhà đầu tư số hai",
                "japan.investor_rank",
                "số ba",
            ),
        ];
        for (lang, text, id, want) in rows {
            assert_eq!(suggestion(*lang, text, id), *want, "{lang:?} {text}");
        }
    }
}
