//! Finding the numeric claims in a draft.
//!
//! This module owns the rules that make a number a claim (and not a date, a time, a
//! label or a phone number), and reads each claim's hedge, scale, unit and kind from the
//! language's vocabulary. It does not link claims to facts.

use crate::claim::{Claim, Hedge, Kind, OrdinalStyle};
use crate::lang::{Position, UnitWord, Vocabulary};
use crate::phrase::PhraseTable;
use crate::token::{TokenKind, Tokens};
use std::ops::Range;

/// A language's vocabulary compiled into phrase tables.
#[derive(Debug)]
pub struct Lexicon {
    scales: PhraseTable<f64>,
    units: PhraseTable<&'static UnitWord>,
    hedges_before: PhraseTable<Hedge>,
    hedges_after: PhraseTable<Hedge>,
    number_words: PhraseTable<f64>,
    ordinals: PhraseTable<u32>,
    ordinal_suffixes: PhraseTable<()>,
    superlatives: PhraseTable<()>,
    rank_one: PhraseTable<()>,
    rank_within: PhraseTable<()>,
    rank_number: PhraseTable<()>,
    rank_vague: PhraseTable<()>,
    rank_heads: PhraseTable<()>,
    coordinators: PhraseTable<()>,
    clause_breakers: PhraseTable<()>,
    months: PhraseTable<()>,
    label_words: PhraseTable<()>,
    period_words: PhraseTable<()>,
    time_words: PhraseTable<()>,
    street_words: PhraseTable<()>,
    ordinal_scales: PhraseTable<()>,
}

fn set(words: &[&str], vocab: &Vocabulary) -> PhraseTable<()> {
    PhraseTable::from_words(words.iter().map(|w| (*w, ())), vocab)
}

impl Lexicon {
    /// Compiles a vocabulary.
    pub fn new(vocab: &'static Vocabulary) -> Lexicon {
        let hedges = |pos: Position| {
            PhraseTable::from_words(
                vocab
                    .hedges
                    .iter()
                    .filter(|h| h.position == pos)
                    .map(|h| (h.phrase, h.hedge)),
                vocab,
            )
        };
        Lexicon {
            scales: PhraseTable::from_words(vocab.scales.iter().copied(), vocab),
            units: PhraseTable::from_words(vocab.units.iter().map(|u| (u.phrase, u)), vocab),
            hedges_before: hedges(Position::Before),
            hedges_after: hedges(Position::After),
            number_words: PhraseTable::from_words(vocab.number_words.iter().copied(), vocab),
            ordinals: PhraseTable::from_words(vocab.ordinals.iter().copied(), vocab),
            ordinal_suffixes: set(vocab.ordinal_suffixes, vocab),
            superlatives: set(vocab.superlatives, vocab),
            rank_one: set(vocab.rank_one_words, vocab),
            rank_within: set(vocab.rank_within, vocab),
            rank_number: set(vocab.rank_number, vocab),
            rank_vague: set(vocab.rank_vague, vocab),
            rank_heads: PhraseTable::new(
                vocab
                    .rank_heads
                    .iter()
                    .map(|w| (crate::phrase::Phrase::new(w, vocab), ())),
                true,
            ),
            coordinators: set(vocab.coordinators, vocab),
            clause_breakers: set(vocab.clause_breakers, vocab),
            months: set(vocab.months, vocab),
            label_words: set(vocab.label_words, vocab),
            period_words: set(vocab.period_words, vocab),
            time_words: set(vocab.time_words, vocab),
            street_words: set(vocab.street_words, vocab),
            ordinal_scales: set(vocab.ordinal_scales, vocab),
        }
    }
}

/// A number as found before its unit is known.
struct Quantity {
    /// Token range of the mantissa (one number token, or a number-word phrase).
    tokens: Range<usize>,
    value: f64,
    /// Half the step of the last written digit, before scale.
    tolerance: f64,
    style: OrdinalStyle,
}

/// Finds every claim in `tokens`, in text order.
pub fn extract(tokens: &Tokens, lex: &Lexicon) -> Vec<Claim> {
    let mut claims = Vec::new();
    let mut i = 0;
    // Tokens before `floor` belong to an earlier claim (or a date) and cannot start or
    // hedge another.
    let mut floor = 0;
    // Numbers that are part of a date, so that `16-18` or `3, 2025` after one are too.
    let mut date_end: Option<usize> = None;
    while i < tokens.len() {
        if let Some((claim, next)) = rank_at(tokens, lex, i, floor) {
            claims.push(claim);
            floor = next;
            i = next;
            continue;
        }
        match number_at(tokens, lex, i) {
            Some(q) => {
                let end = q.tokens.end;
                if let Some(skip_to) = not_a_claim(tokens, lex, &q, &mut date_end) {
                    floor = skip_to;
                    i = skip_to;
                    continue;
                }
                let (mut found, next) = quantity_claims(tokens, lex, q, floor);
                claims.append(&mut found);
                floor = next.max(end);
                i = floor;
            }
            None => i += 1,
        }
    }
    claims
}

/// Reads a number (digits or a number word) at token `i`.
fn number_at(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<Quantity> {
    let t = tokens.list.get(i)?;
    if let Some(d) = t.number {
        let step = 10f64.powi(-(d.decimals as i32));
        return Some(Quantity {
            tokens: i..i + 1,
            value: d.value,
            tolerance: step / 2.0,
            style: OrdinalStyle::Digits,
        });
    }
    if t.kind == TokenKind::Word {
        if let Some((end, value)) = lex.number_words.longest_at(tokens, i) {
            return Some(Quantity {
                tokens: i..end,
                value: *value,
                tolerance: 0.5,
                style: OrdinalStyle::Word,
            });
        }
    }
    None
}

/// Whether the number `q` is not a claim (a date, time, label, phone number, street
/// number); if so, the token index to go on from.
fn not_a_claim(
    tokens: &Tokens,
    lex: &Lexicon,
    q: &Quantity,
    date_end: &mut Option<usize>,
) -> Option<usize> {
    let i = q.tokens.start;
    let end = q.tokens.end;
    let list = &tokens.list;
    let t = &list[i];
    let is_digits = t.kind == TokenKind::Number;
    let prev = i.checked_sub(1);
    let joined_prev = |k: usize| !list[k + 1].space_before;
    let norm = |k: usize| tokens.norm(k);

    // Glued to a word before it: `G7`, `COVID-19`, `Frigate015`.
    if let Some(p) = prev {
        // A lower-case word glued on is a lost space in scraped copy (`in2015`), not a
        // name like `G7`.
        let name_like = list[p].capitalised || tokens.norm(p).chars().count() < 2;
        let glued_word = list[p].kind == TokenKind::Word && joined_prev(p) && name_like;
        let glued_hyphen = tokens.is_hyphen(p)
            && joined_prev(p)
            && p > 0
            && list[p - 1].kind == TokenKind::Word
            && !list[p].space_before;
        if is_digits && (glued_word || glued_hyphen) {
            return Some(end);
        }
    }
    if is_digits && t.number.is_some_and(|d| d.leading_zero) {
        return Some(end);
    }
    // Dates: next to a month name, or continuing a date (`16-18`, `3, 2025`, `04/11/2025`).
    let month_before = prev.is_some_and(|p| {
        lex.months
            .ending_at(tokens, p + 1, p.saturating_sub(1))
            .is_some()
    });
    let month_after = lex.months.at(tokens, end).is_some()
        || (norm_is(tokens, end, "th") && lex.months.at(tokens, end + 1).is_some());
    let continues_date = date_end.is_some_and(|d| {
        (i == d + 1 || i == d + 2)
            && (d + 1..i).all(|k| matches!(norm(k), "," | "-" | "–" | "/" | "and" | "to"))
    });
    let slashed =
        norm_is(tokens, end, "/") || prev.is_some_and(|p| norm(p) == "/" && joined_prev(p));
    // ISO dates: `2025-11-25`.
    let glued_number = |k: usize| {
        list.get(k)
            .is_some_and(|n| n.kind == TokenKind::Number && !n.space_before)
    };
    let iso = four_digit(tokens, i)
        && norm_is(tokens, end, "-")
        && glued_number(end + 1)
        && norm_is(tokens, end + 2, "-")
        && glued_number(end + 3);
    if iso {
        return Some(end + 4);
    }
    if is_digits && (month_before || month_after || continues_date || slashed) {
        *date_end = Some(i);
        return Some(end);
    }
    // A period, not a claim: `fiscal year 2024`.
    if four_digit(tokens, i)
        && lex
            .period_words
            .ending_at(tokens, i, i.saturating_sub(3))
            .is_some()
    {
        return Some(end);
    }
    // Times: `10:30`, `3 pm`.
    if is_digits
        && ((norm_is(tokens, end, ":") || norm_is(tokens, end, "."))
            && list
                .get(end + 1)
                .is_some_and(|n| n.kind == TokenKind::Number && !n.space_before))
    {
        return Some(end + 2);
    }
    if lex.time_words.at(tokens, end).is_some() {
        return Some(end);
    }
    // Labels: `page 5`, `Decree 15`, `No. 15`, and designations after a proper noun
    // that is not the first word of its sentence (`Nhon Trach 3 and 4`, `BRICS 2024`).
    if let Some(p) = prev {
        let labelled = lex
            .label_words
            .ending_at(tokens, i, p.saturating_sub(2))
            .is_some()
            || lex
                .rank_number
                .ending_at(tokens, i, p.saturating_sub(2))
                .is_some();
        let after_name = list[p].kind == TokenKind::Word
            && list[p].capitalised
            && !list[p].possessive
            && tokens.sentence_starts[list[p].sentence] != p
            && lex.units.ending_at(tokens, i, p).is_none()
            && lex.hedges_before.ending_at(tokens, i, p).is_none()
            && lex.months.at(tokens, p).is_none();
        if is_digits && (labelled || after_name) {
            // `3 and 4` after a name: the second number is a label too.
            let mut next = end;
            while lex.coordinators.at(tokens, next).is_some() || norm_is(tokens, next, ",") {
                match list.get(next + 1) {
                    Some(n) if n.kind == TokenKind::Number => next += 2,
                    _ => break,
                }
            }
            return Some(next);
        }
    }
    // Events, not quantities: `the 2 millionth TEU`.
    if lex.ordinal_scales.at(tokens, end).is_some() {
        return Some(end + 1);
    }
    // Phone numbers: three or more digit groups in a row, or a leading `+`.
    let plus_before = prev.is_some_and(|p| norm(p) == "+" && joined_prev(p));
    let mut groups = 1;
    let mut k = end;
    while list.get(k).is_some_and(|n| n.kind == TokenKind::Number) && k > 0 {
        groups += 1;
        k += 1;
        if list
            .get(k)
            .is_some_and(|s| matches!(tokens.norm(k), "-" | ".") && !s.space_before)
        {
            k += 1;
        }
    }
    let phone_like = groups >= 3 || (groups >= 2 && plus_before);
    if is_digits && phone_like {
        return Some(k.max(end));
    }
    // House numbers: `12 Ly Thai To Street`.
    let mut k = end;
    while k < tokens.len() && k < end + 5 && list[k].capitalised && list[k].kind == TokenKind::Word
    {
        if lex.street_words.at(tokens, k).is_some() {
            return Some(k + 1);
        }
        k += 1;
    }
    if k > end && lex.street_words.at(tokens, k).is_some() {
        return Some(k + 1);
    }
    None
}

fn four_digit(tokens: &Tokens, i: usize) -> bool {
    tokens.list[i].kind == TokenKind::Number && tokens.norm(i).len() == 4
}

fn norm_is(tokens: &Tokens, i: usize, s: &str) -> bool {
    i < tokens.len() && tokens.norm(i) == s
}

/// Index after any hyphens at `i`.
fn skip_hyphens(tokens: &Tokens, mut i: usize) -> usize {
    while i < tokens.len() && tokens.is_hyphen(i) {
        i += 1;
    }
    i
}

/// Reads the claim around quantity `q` (hedge, currency, scale, unit) and, for a range
/// `2.6–3 million tonnes`, the claim after it. Returns the claims and the index after.
fn quantity_claims(
    tokens: &Tokens,
    lex: &Lexicon,
    q: Quantity,
    floor: usize,
) -> (Vec<Claim>, usize) {
    let first = read_claim(tokens, lex, &q, floor);
    let mut next = first.end_token;
    // A range: the first number takes the second's scale and unit.
    let dash = next < tokens.len() && matches!(tokens.norm(next), "–" | "—" | "-" | "to");
    let bare = first.unit.is_none() && first.scale == 1.0;
    if dash {
        if let Some(q2) = number_at(tokens, lex, next + 1) {
            let second = read_claim(tokens, lex, &q2, next + 1);
            next = second.end_token;
            let mut first = first;
            if bare && second.kind != Kind::Year {
                first.kind = second.kind;
                first.unit = second.unit;
                first.scale = second.scale;
                first.value *= second.scale;
                first.tolerance *= second.scale;
            }
            return (vec![first, second], next);
        }
    }
    (vec![first], next)
}

/// Reads one claim around quantity `q`.
fn read_claim(tokens: &Tokens, lex: &Lexicon, q: &Quantity, floor: usize) -> Claim {
    let list = &tokens.list;
    let start_tok = q.tokens.start;
    let mut span_start = start_tok;
    // A currency or unit written before the number: `US$23`, `USD 23 billion`.
    let mut unit: Option<&UnitWord> = None;
    if let Some((s, u)) = lex.units.ending_at(tokens, start_tok, floor) {
        if u.position != Position::After {
            unit = Some(u);
            span_start = s;
        }
    }
    let mut hedge = Hedge::Exact;
    let mut hedge_span = None;
    if let Some((s, h)) = lex.hedges_before.ending_at(tokens, span_start, floor) {
        hedge = *h;
        hedge_span = Some(list[s].span.start..list[span_start - 1].span.end);
        span_start = s;
    }
    let mut j = q.tokens.end;
    // Scale: `billion`, or glued `bn`, `k` (single letters only when glued: `23m`).
    let mut scale = 1.0;
    let at = skip_hyphens(tokens, j);
    if let Some((end, s)) = lex.scales.longest_at(tokens, at) {
        let glued = !list[at].space_before;
        if glued || tokens.norm(at).chars().count() > 1 {
            scale = *s;
            j = end;
        }
    }
    let at = skip_hyphens(tokens, j);
    if let Some((end, h)) = lex.hedges_after.longest_at(tokens, at) {
        if *h == Hedge::MoreThan && hedge == Hedge::Exact {
            hedge = *h;
            hedge_span = Some(list[at].span.start..list[end - 1].span.end);
            j = end;
        }
    }
    if unit.is_none() {
        let at = skip_hyphens(tokens, j);
        if let Some((end, u)) = lex.units.longest_at(tokens, at) {
            if u.position != Position::Before {
                unit = Some(u);
                j = end;
            }
        }
    }
    let factor = unit.map_or(1.0, |u| u.factor);
    let digits = list[start_tok].number;
    let is_year = unit.is_none()
        && scale == 1.0
        && digits
            .is_some_and(|d| d.decimals == 0 && !d.grouped && (1800.0..=2100.0).contains(&d.value))
        && tokens.norm(start_tok).len() == 4;
    let kind = match unit {
        Some(u) => u.kind,
        None if is_year => Kind::Year,
        None => Kind::Count,
    };
    Claim {
        span: list[span_start].span.start..list[j - 1].span.end,
        number_span: list[start_tok].span.start..list[q.tokens.end - 1].span.end,
        hedge_span,
        kind,
        value: q.value * scale * factor,
        tolerance: if kind == Kind::Year {
            0.0
        } else {
            q.tolerance * scale * factor
        },
        scale: scale * factor,
        unit: unit.map(|u| u.unit),
        hedge,
        ordinal_style: OrdinalStyle::None,
        segments: Vec::new(),
        first_token: span_start,
        end_token: j,
        sentence: list[start_tok].sentence,
    }
}

/// A rank at token `i`: `third largest`, `3rd-biggest`, `No. 3`, `top 35`, `among the
/// 20`, or a bare `largest` / `top` that leads to a rank noun (`top labour partner`).
/// Returns the claim and the token index to go on from.
fn rank_at(tokens: &Tokens, lex: &Lexicon, i: usize, floor: usize) -> Option<(Claim, usize)> {
    let list = &tokens.list;
    // `top 35`, `among the 20`, `one of the five`.
    if let Some(end) = lex.rank_within.at(tokens, i) {
        if let Some(q) = number_at(tokens, lex, end) {
            let after = q.tokens.end;
            let unit_follows = lex.units.at(tokens, skip_hyphens(tokens, after)).is_some()
                || lex.scales.at(tokens, after).is_some();
            if !unit_follows && q.value >= 1.0 && q.value.fract() == 0.0 {
                let window = window(tokens, lex, after, false);
                let next = window.end;
                let claim = rank_claim(
                    tokens,
                    i,
                    q.tokens.clone(),
                    q.value,
                    Hedge::UpTo,
                    q.style,
                    window,
                    lex,
                );
                return Some((claim, next));
            }
        }
    }
    // `third largest`, `3rd-largest`.
    let ordinal = if let Some((end, n)) = lex.ordinals.longest_at(tokens, i) {
        Some((end, *n, OrdinalStyle::Word))
    } else if let Some(d) = list[i].number {
        let suffix = i + 1 < tokens.len()
            && !list[i + 1].space_before
            && lex.ordinal_suffixes.at(tokens, i + 1).is_some();
        (suffix && d.decimals == 0 && !d.grouped && d.value >= 1.0).then_some((
            i + 2,
            d.value as u32,
            OrdinalStyle::Suffix,
        ))
    } else {
        None
    };
    if let Some((end, n, style)) = ordinal {
        let at = skip_hyphens(tokens, end);
        if let Some(sup_end) = lex.superlatives.at(tokens, at) {
            let w = window(tokens, lex, sup_end, true);
            let next = sup_end;
            let mut claim =
                rank_claim(tokens, i, i..end, f64::from(n), Hedge::Exact, style, w, lex);
            claim.span.end = tokens.list[sup_end - 1].span.end;
            claim.end_token = sup_end;
            return Some((claim, next));
        }
    }
    // `No. 3 investor`.
    if let Some(end) = lex.rank_number.at(tokens, i) {
        if let Some(d) = list.get(end).and_then(|t| t.number) {
            let after = skip_hyphens(tokens, end + 1);
            let sup = lex.superlatives.at(tokens, after);
            let head_at = sup.unwrap_or(after);
            if d.decimals == 0
                && !d.grouped
                && (sup.is_some() || lex.rank_heads.at(tokens, head_at).is_some())
            {
                let w = window(tokens, lex, head_at, true);
                let claim = rank_claim(
                    tokens,
                    i,
                    end..end + 1,
                    d.value,
                    Hedge::Exact,
                    OrdinalStyle::Digits,
                    w,
                    lex,
                );
                return Some((claim, head_at));
            }
        }
    }
    // A bare `largest` / `top` / `leading`: rank 1, when it leads to a rank noun and is
    // not `one of the largest`.
    if let Some(end) = lex.rank_one.at(tokens, i) {
        let vague = (i.saturating_sub(4).max(floor)..i).any(|s| {
            lex.rank_vague.at(tokens, s).is_some_and(|e| {
                (e..i).all(|k| {
                    list[k].kind == TokenKind::Word && lex.clause_breakers.at(tokens, k).is_none()
                })
            })
        });
        let w = window(tokens, lex, end, true);
        let has_head = w.clone().any(|k| lex.rank_heads.at(tokens, k).is_some());
        if !vague && has_head {
            let claim = rank_claim(
                tokens,
                i,
                i..end,
                1.0,
                Hedge::Exact,
                OrdinalStyle::None,
                w,
                lex,
            );
            return Some((claim, end));
        }
    }
    None
}

/// The tokens after a rank that say what it ranks: up to a clause break, another rank
/// or number, or the end of the sentence. With `strict`, words like `with` also end it.
fn window(tokens: &Tokens, lex: &Lexicon, from: usize, strict: bool) -> Range<usize> {
    let Some(first) = tokens.list.get(from) else {
        return from..from;
    };
    let sentence = first.sentence;
    let mut k = from;
    while k < tokens.len() && k < from + 12 && tokens.list[k].sentence == sentence {
        let t = tokens.norm(k);
        let hard = matches!(t, "," | ";" | ":" | "." | "!" | "?" | "–" | "—");
        // A `top 35` / `among the 20` phrase reads on past `with` (`nations with the
        // largest trade scale`), but stops at another figure.
        let breaker = lex.clause_breakers.at(tokens, k).is_some() && (strict || t != "with");
        let soft = breaker
            || lex.hedges_before.at(tokens, k).is_some()
            || tokens.list[k].kind == TokenKind::Number
            || (strict
                && (lex.ordinals.at(tokens, k).is_some() || lex.rank_one.at(tokens, k).is_some()));
        if hard || (soft && k > from) {
            break;
        }
        k += 1;
    }
    from..k
}

#[allow(clippy::too_many_arguments)]
fn rank_claim(
    tokens: &Tokens,
    start: usize,
    number: Range<usize>,
    value: f64,
    hedge: Hedge,
    style: OrdinalStyle,
    window: Range<usize>,
    lex: &Lexicon,
) -> Claim {
    let list = &tokens.list;
    // The claim's span is the rank phrase itself (`fourth largest`), not what it ranks.
    let span_end = number.end.max(window.start);
    let mut segments = Vec::new();
    let mut seg_start = window.start;
    for k in window.clone() {
        if lex.coordinators.at(tokens, k).is_some() {
            if k > seg_start {
                segments.push(seg_start..k);
            }
            seg_start = k + 1;
        }
    }
    if window.end > seg_start {
        segments.push(seg_start..window.end);
    }
    Claim {
        span: list[start].span.start..list[span_end - 1].span.end,
        number_span: list[number.start].span.start..list[number.end - 1].span.end,
        hedge_span: None,
        kind: Kind::Rank,
        value,
        tolerance: 0.0,
        scale: 1.0,
        unit: None,
        hedge,
        ordinal_style: style,
        segments,
        first_token: start,
        end_token: span_end,
        sentence: list[start].sentence,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::token::tokenize;

    fn claims(text: &str) -> Vec<(String, Kind, f64, Option<&'static str>, Hedge)> {
        let vocab = Lang::En.vocabulary();
        let lex = Lexicon::new(vocab);
        let tokens = tokenize(text, vocab);
        extract(&tokens, &lex)
            .into_iter()
            .map(|c| {
                (
                    text[c.span.clone()].to_string(),
                    c.kind,
                    c.value,
                    c.unit,
                    c.hedge,
                )
            })
            .collect()
    }

    fn one(text: &str) -> (String, Kind, f64, Option<&'static str>, Hedge) {
        let found = claims(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    use Hedge::*;
    use Kind::*;

    /// Draft text, claim text, kind, value, unit, hedge.
    type Row = (
        &'static str,
        &'static str,
        Kind,
        f64,
        Option<&'static str>,
        Hedge,
    );

    /// One row per spelling from the issue: text, claim text, kind, value, unit, hedge.
    #[test]
    fn every_spelling_of_an_amount() {
        let usd = Some("USD");
        let rows: &[Row] = &[
            (
                "it was 23 billion USD.",
                "23 billion USD",
                Amount,
                23e9,
                usd,
                Exact,
            ),
            (
                "it was USD 23 billion.",
                "USD 23 billion",
                Amount,
                23e9,
                usd,
                Exact,
            ),
            (
                "it was US$23 billion.",
                "US$23 billion",
                Amount,
                23e9,
                usd,
                Exact,
            ),
            ("it was $23bn.", "$23bn", Amount, 23e9, usd, Exact),
            (
                "it was 23 billion dollars.",
                "23 billion dollars",
                Amount,
                23e9,
                usd,
                Exact,
            ),
            (
                "it was 23,000 million USD.",
                "23,000 million USD",
                Amount,
                23e9,
                usd,
                Exact,
            ),
            (
                "trade of 48.18 billion USD",
                "48.18 billion USD",
                Amount,
                48.18e9,
                usd,
                Exact,
            ),
            (
                "a capacity of 1,624 MW",
                "1,624 MW",
                Amount,
                1624.0,
                Some("MW"),
                Exact,
            ),
            (
                "over 9 billion kWh",
                "over 9 billion kWh",
                Amount,
                9e9,
                Some("kWh"),
                MoreThan,
            ),
            (
                "an area of 31,000 km2",
                "31,000 km2",
                Amount,
                31000.0,
                Some("km2"),
                Exact,
            ),
            (
                "with around 23 billion USD",
                "around 23 billion USD",
                Amount,
                23e9,
                usd,
                About,
            ),
        ];
        for (text, span, kind, value, unit, hedge) in rows {
            let got = one(text);
            assert_eq!(
                got,
                (span.to_string(), *kind, *value, *unit, *hedge),
                "{text}"
            );
        }
    }

    #[test]
    fn counts_percentages_and_hedges() {
        let rows: &[Row] = &[
            (
                "now exceeds 630,000, while",
                "exceeds 630,000",
                Count,
                630000.0,
                None,
                MoreThan,
            ),
            (
                "some 630k people",
                "some 630k",
                Count,
                630000.0,
                None,
                About,
            ),
            (
                "more than 2,000 Japanese companies",
                "more than 2,000",
                Count,
                2000.0,
                None,
                MoreThan,
            ),
            (
                "the 100,000-plus Vietnamese",
                "100,000-plus",
                Count,
                100000.0,
                None,
                MoreThan,
            ),
            (
                "over 110 cooperation agreements",
                "over 110",
                Count,
                110.0,
                None,
                MoreThan,
            ),
            (
                "nearly 50 localities",
                "nearly 50",
                Count,
                50.0,
                None,
                Nearly,
            ),
            (
                "consists of nine prefectures",
                "nine",
                Count,
                9.0,
                None,
                Exact,
            ),
            (
                "for three decades",
                "three decades",
                Duration,
                30.0,
                Some("years"),
                Exact,
            ),
            (
                "the three-decade backing",
                "three-decade",
                Duration,
                30.0,
                Some("years"),
                Exact,
            ),
            ("account for 30% of", "30%", Percent, 30.0, Some("%"), Exact),
            (
                "account for 30 percent of",
                "30 percent",
                Percent,
                30.0,
                Some("%"),
                Exact,
            ),
            (
                "account for 30 per cent of",
                "30 per cent",
                Percent,
                30.0,
                Some("%"),
                Exact,
            ),
            (
                "roughly 25% of trade",
                "roughly 25%",
                Percent,
                25.0,
                Some("%"),
                About,
            ),
            (
                "has increased 50-fold;",
                "50-fold",
                Multiple,
                50.0,
                Some("x"),
                Exact,
            ),
            (
                "50 years of diplomatic relations",
                "50 years",
                Duration,
                50.0,
                Some("years"),
                Exact,
            ),
            (
                "ties were elevated in 2023.",
                "2023",
                Year,
                2023.0,
                None,
                Exact,
            ),
            (
                "at least 20 firms",
                "at least 20",
                Count,
                20.0,
                None,
                AtLeast,
            ),
            ("up to 5 days", "up to 5", Count, 5.0, None, UpTo),
            (
                "close to 80 years",
                "close to 80 years",
                Duration,
                80.0,
                Some("years"),
                Nearly,
            ),
        ];
        for (text, span, kind, value, unit, hedge) in rows {
            let got = one(text);
            assert_eq!(
                got,
                (span.to_string(), *kind, *value, *unit, *hedge),
                "{text}"
            );
        }
    }

    #[test]
    fn ranks_in_every_spelling() {
        let rows: &[(&str, &str, f64, Hedge)] = &[
            ("the third largest investor", "third largest", 3.0, Exact),
            ("the third-largest investor", "third-largest", 3.0, Exact),
            ("its third biggest investor", "third biggest", 3.0, Exact),
            ("its 3rd largest investor", "3rd largest", 3.0, Exact),
            ("the No. 3 investor", "No. 3", 3.0, Exact),
            ("Japan is the largest investor", "largest", 1.0, Exact),
            ("Japan is the biggest ODA supplier", "biggest", 1.0, Exact),
            ("the top labour partner", "top", 1.0, Exact),
            ("the leading economic partner", "leading", 1.0, Exact),
            ("one of the world's top 35 economies", "top 35", 35.0, UpTo),
        ];
        for (text, span, value, hedge) in rows {
            let got = one(text);
            assert_eq!(
                got,
                (span.to_string(), Rank, *value, None, *hedge),
                "{text}"
            );
        }
    }

    #[test]
    fn coordinated_ranks_keep_one_segment_each() {
        let vocab = Lang::En.vocabulary();
        let lex = Lexicon::new(vocab);
        let tokens = tokenize(
            "the fourth largest trade and tourism partner, with a trade",
            vocab,
        );
        let found = extract(&tokens, &lex);
        assert_eq!(found.len(), 1);
        let segs: Vec<Vec<&str>> = found[0]
            .segments
            .iter()
            .map(|r| r.clone().map(|k| tokens.norm(k)).collect())
            .collect();
        assert_eq!(segs, [vec!["trade"], vec!["tourism", "partner"]]);
    }

    #[test]
    fn dates_times_labels_and_names_are_not_claims() {
        for text in [
            "in Hanoi on November 3 for the",
            "on December 15, 2025. (Photo: VNA)",
            "from November 16-18 with",
            "updated 04/11/2025",
            "COVID-19 and the G7 summit",
            "Frigate 015 – Tran Hung Dao",
            "the Nhon Trach 3 and 4 power plants",
            "at 10:30 am on",
            "see page 12 for",
            "call +84 24 3825 1234 now",
            "at 12 Ly Thai To Street",
            "Chair of BRICS 2024.",
            "handling the 2 millionth TEU",
            "on October 23 evening",
            "one of the largest investors",
            "the top legislator said",
            "for the second time",
        ] {
            assert_eq!(claims(text), [], "{text}");
        }
    }

    #[test]
    fn ranges_share_their_unit() {
        let found = claims("output of 2.6–3 million tonnes by 2030");
        let texts: Vec<(&str, f64)> = found.iter().map(|c| (c.0.as_str(), c.2)).collect();
        assert_eq!(
            texts,
            [("2.6", 2.6e6), ("3 million tonnes", 3e6), ("2030", 2030.0)]
        );
    }
}
