//! Finding the numeric claims in a draft.
//!
//! This module owns the rules that make a number a claim (and not a date, a time, a
//! label or a phone number), and reads each claim's hedge, scale, unit and kind from the
//! language's vocabulary. For ranks it also finds the words that say what is ranked,
//! after the rank (`third largest investor`) or before it (`nhà đầu tư lớn thứ ba`), as
//! the vocabulary's [`RankSyntax`] says. It does not link claims to facts.

use crate::claim::{Claim, Hedge, Kind, OrdinalStyle};
use crate::fnv::FnvSet;
use crate::lang::{Position, RankSyntax, UnitWord, Vocabulary};
use crate::phrase::PhraseTable;
use crate::token::{TokenKind, Tokens};
use std::ops::Range;

/// A language's vocabulary compiled into phrase tables.
#[derive(Debug)]
pub struct Lexicon {
    vocab: &'static Vocabulary,
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
    ordinal_prefixes: PhraseTable<()>,
    rank_complements: PhraseTable<()>,
    rank_possessors: PhraseTable<()>,
    loose_breakers: PhraseTable<()>,
    /// First words of every phrase that can start a claim (number words, ordinals,
    /// rank words): any other word is skipped with one lookup.
    starters: FnvSet<String>,
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
        let mut lex = Lexicon {
            starters: FnvSet::default(),
            vocab,
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
                vocab.plural_suffixes,
            ),
            coordinators: set(vocab.coordinators, vocab),
            clause_breakers: set(vocab.clause_breakers, vocab),
            months: set(vocab.months, vocab),
            label_words: set(vocab.label_words, vocab),
            period_words: set(vocab.period_words, vocab),
            time_words: set(vocab.time_words, vocab),
            street_words: set(vocab.street_words, vocab),
            ordinal_scales: set(vocab.ordinal_scales, vocab),
            ordinal_prefixes: set(vocab.ordinal_prefixes, vocab),
            rank_complements: set(vocab.rank_complements, vocab),
            rank_possessors: set(vocab.rank_possessors, vocab),
            loose_breakers: set(vocab.loose_breakers, vocab),
        };
        let starters: FnvSet<String> = [
            &lex.rank_within,
            &lex.superlatives,
            &lex.rank_number,
            &lex.rank_one,
            &lex.ordinal_prefixes,
        ]
        .into_iter()
        .flat_map(PhraseTable::first_words)
        .chain(lex.ordinals.first_words())
        .chain(lex.number_words.first_words())
        .map(str::to_string)
        .collect();
        lex.starters = starters;
        lex
    }

    /// Whether a claim may start at token `i`: a number, or a word that begins one of
    /// the phrases above. (Those tables match exact words, without plurals.)
    fn may_start(&self, tokens: &Tokens, i: usize) -> bool {
        tokens.list[i].kind == TokenKind::Number || self.starters.contains(tokens.norm(i))
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
        if !lex.may_start(tokens, i) {
            i += 1;
            continue;
        }
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
            // A spelled-out number with a capital after other words of its sentence is
            // a name (`Ba Lan`, `the Seven Seas`).
            let start = tokens.sentence_starts[t.sentence as usize];
            if t.capitalised && (start..i).any(|k| tokens.list[k].kind == TokenKind::Word) {
                return None;
            }
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
    // A leading zero is a label (`Frigate 015`), and so are the groups after it.
    if is_digits && t.number.is_some_and(|d| d.leading_zero) {
        return Some(end);
    }
    // A bare number alone in parentheses is a label or a counter (`(1)`, `Reactie (0)`).
    if is_digits && prev.is_some_and(|p| norm(p) == "(") && norm_is(tokens, end, ")") {
        return Some(end + 1);
    }
    // Dates: next to a month name, or continuing a date (`16-18`, `3, 2025`, `04/11/2025`).
    let month_before = prev.is_some_and(|p| {
        lex.months
            .ending_at(tokens, p + 1, p.saturating_sub(1))
            .is_some()
    });
    // `16th November`.
    let suffixed_month = lex.ordinal_suffixes.at(tokens, end).is_some()
        && !list[end].space_before
        && lex.months.at(tokens, end + 1).is_some();
    // `16-18 November`.
    let range_to_month = end < tokens.len()
        && lex.vocab.date_joiners.contains(&norm(end))
        && list
            .get(end + 1)
            .is_some_and(|n| n.kind == TokenKind::Number)
        && lex.months.at(tokens, end + 2).is_some();
    let month_after = lex.months.at(tokens, end).is_some() || suffixed_month || range_to_month;
    let continues_date = date_end.is_some_and(|d| {
        (i == d + 1 || i == d + 2) && (d + 1..i).all(|k| lex.vocab.date_joiners.contains(&norm(k)))
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
            && tokens.sentence_starts[list[p].sentence as usize] != p
            && lex.units.ending_at(tokens, i, p).is_none()
            && lex.hedges_before.ending_at(tokens, i, p).is_none()
            && lex.months.at(tokens, p).is_none();
        if labelled || (is_digits && after_name) {
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
    let joined = next < tokens.len() && lex.vocab.range_joiners.contains(&tokens.norm(next));
    let bare = first.unit.is_none() && first.scale == 1.0;
    if joined {
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
        sentence: list[start_tok].sentence as usize,
        shape: crate::claim::Shape::Level,
    }
}

/// A rank as read: its phrase, its number and how it was written.
struct Rank {
    /// Token range of the rank phrase (`fourth largest`, `lớn thứ tư`): the claim's span.
    phrase: Range<usize>,
    /// Token range of the number inside it, which a suggestion replaces.
    number: Range<usize>,
    value: f64,
    hedge: Hedge,
    style: OrdinalStyle,
}

/// A rank at token `i`: `third largest`, `3rd-biggest`, `No. 3`, `top 35`, `among the
/// 20`, `lớn thứ ba`, `đứng thứ 3`, or a bare `largest` / `lớn nhất` that goes with a
/// rank noun (`top labour partner`, `nhà đầu tư lớn nhất`). Returns the claim and the
/// token index to go on from.
fn rank_at(tokens: &Tokens, lex: &Lexicon, i: usize, floor: usize) -> Option<(Claim, usize)> {
    let list = &tokens.list;
    let head_before = lex.vocab.rank_syntax == RankSyntax::HeadBefore;
    // `top 35`, `among the 20`, `one of the five`: what is ranked follows, in every
    // language (`top 35 nền kinh tế`).
    if let Some(end) = lex.rank_within.at(tokens, i) {
        if let Some(q) = number_at(tokens, lex, end) {
            let after = q.tokens.end;
            let unit_follows = lex.units.at(tokens, skip_hyphens(tokens, after)).is_some()
                || lex.scales.at(tokens, after).is_some();
            if !unit_follows && q.value >= 1.0 && q.value.fract() == 0.0 {
                let window = window(tokens, lex, after, false);
                let next = window.end;
                let rank = Rank {
                    phrase: i..after,
                    number: q.tokens.clone(),
                    value: q.value,
                    hedge: Hedge::UpTo,
                    style: q.style,
                };
                return Some((rank_claim(tokens, lex, rank, &[window]), next));
            }
        }
    }
    // `third largest`, `3rd-largest`: ordinal, then superlative; `lớn thứ ba`, `đứng
    // thứ 3`: superlative, then ordinal.
    let ordinal_rank = if head_before {
        lex.superlatives.at(tokens, i).and_then(|sup_end| {
            let (number, n, style) = ordinal_at(tokens, lex, skip_hyphens(tokens, sup_end))?;
            Some((i..number.end, number, n, style))
        })
    } else {
        ordinal_at(tokens, lex, i).and_then(|(number, n, style)| {
            let sup_end = lex
                .superlatives
                .at(tokens, skip_hyphens(tokens, number.end))?;
            Some((i..sup_end, number, n, style))
        })
    };
    if let Some((phrase, number, n, style)) = ordinal_rank {
        let windows = ranked_words(tokens, lex, &phrase, floor);
        let next = phrase.end;
        let rank = Rank {
            phrase,
            number,
            value: f64::from(n),
            hedge: Hedge::Exact,
            style,
        };
        return Some((rank_claim(tokens, lex, rank, &windows), next));
    }
    // `No. 3 investor`, `nhà đầu tư số 1`.
    if let Some(end) = lex.rank_number.at(tokens, i) {
        if let Some(d) = list.get(end).and_then(|t| t.number) {
            let whole = d.decimals == 0 && !d.grouped;
            let number = end..end + 1;
            if whole && head_before {
                let phrase = i..end + 1;
                let windows = ranked_words(tokens, lex, &phrase, floor);
                if has_head(tokens, lex, &windows) {
                    let rank = Rank {
                        phrase,
                        number,
                        value: d.value,
                        hedge: Hedge::Exact,
                        style: OrdinalStyle::Digits,
                    };
                    return Some((rank_claim(tokens, lex, rank, &windows), end + 1));
                }
            } else if whole {
                let after = skip_hyphens(tokens, end + 1);
                let sup = lex.superlatives.at(tokens, after);
                let head_at = sup.unwrap_or(after);
                if sup.is_some() || is_rank_head(tokens, lex, head_at) {
                    let w = window(tokens, lex, head_at, true);
                    let rank = Rank {
                        phrase: i..head_at.max(end + 1),
                        number,
                        value: d.value,
                        hedge: Hedge::Exact,
                        style: OrdinalStyle::Digits,
                    };
                    return Some((rank_claim(tokens, lex, rank, &[w]), head_at));
                }
            }
        }
    }
    // A bare `largest` / `top` / `lớn nhất`: rank 1, when it goes with a rank noun and is
    // not `one of the largest` / `một trong những nhà đầu tư lớn nhất`.
    if let Some(end) = lex.rank_one.at(tokens, i) {
        let phrase = i..end;
        let windows = ranked_words(tokens, lex, &phrase, floor);
        let head_start = windows.first().map_or(i, |w| w.start.min(i));
        let vague = (head_start.saturating_sub(4).max(floor)..i).any(|s| {
            lex.rank_vague.at(tokens, s).is_some_and(|e| {
                (e..i).all(|k| {
                    list[k].kind == TokenKind::Word && lex.clause_breakers.at(tokens, k).is_none()
                })
            })
        });
        if !vague && has_head(tokens, lex, &windows) {
            let rank = Rank {
                phrase,
                number: i..end,
                value: 1.0,
                hedge: Hedge::Exact,
                style: OrdinalStyle::None,
            };
            return Some((rank_claim(tokens, lex, rank, &windows), end));
        }
    }
    None
}

/// An ordinal at token `i`: a word (`third`, `thứ ba`), digits with a suffix (`3rd`,
/// `3e`), or digits after a prefix (`thứ 3`): the number's tokens, value and style.
fn ordinal_at(
    tokens: &Tokens,
    lex: &Lexicon,
    i: usize,
) -> Option<(Range<usize>, u32, OrdinalStyle)> {
    let list = &tokens.list;
    if let Some((end, n)) = lex.ordinals.longest_at(tokens, i) {
        return Some((i..end, *n, OrdinalStyle::Word));
    }
    let whole = |d: &crate::number::Digits| d.decimals == 0 && !d.grouped && d.value >= 1.0;
    if let Some(d) = list.get(i)?.number {
        let suffix = i + 1 < tokens.len()
            && !list[i + 1].space_before
            && lex.ordinal_suffixes.at(tokens, i + 1).is_some();
        return (suffix && whole(&d)).then_some((i..i + 2, d.value as u32, OrdinalStyle::Suffix));
    }
    let end = lex.ordinal_prefixes.at(tokens, i)?;
    let d = list.get(end)?.number?;
    whole(&d).then_some((end..end + 1, d.value as u32, OrdinalStyle::Digits))
}

/// The token ranges that say what the rank `phrase` ranks: after it (`third largest
/// investor`), or before it and from a complement on after it (`đối tác thương mại lớn
/// thứ tư`, `hàng đầu của Việt Nam về ODA`), as the language writes ranks.
fn ranked_words(
    tokens: &Tokens,
    lex: &Lexicon,
    phrase: &Range<usize>,
    floor: usize,
) -> Vec<Range<usize>> {
    match lex.vocab.rank_syntax {
        RankSyntax::HeadAfter => vec![window(tokens, lex, phrase.end, true)],
        RankSyntax::HeadBefore => vec![
            head_window(tokens, lex, phrase.start, floor),
            complement_window(tokens, lex, phrase.end),
        ],
    }
}

/// Whether the words a rank ranks include a rank noun (`partner`, `investor`), or, in a
/// language that names the head first, a complement (`đứng đầu về ODA`).
fn has_head(tokens: &Tokens, lex: &Lexicon, windows: &[Range<usize>]) -> bool {
    let noun = windows
        .iter()
        .any(|w| w.clone().any(|k| is_rank_head(tokens, lex, k)));
    let complement = lex.vocab.rank_syntax == RankSyntax::HeadBefore
        && windows.get(1).is_some_and(|w| !w.is_empty());
    noun || complement
}

/// Whether token `k` starts a rank noun; in a language of closed compounds, also a word
/// that ends in one (`toerismepartner`, `handelspartners`).
fn is_rank_head(tokens: &Tokens, lex: &Lexicon, k: usize) -> bool {
    if lex.rank_heads.at(tokens, k).is_some() {
        return true;
    }
    if !lex.vocab.compounds || tokens.list.get(k).is_none_or(|t| t.kind != TokenKind::Word) {
        return false;
    }
    let word = tokens.norm(k);
    let endings = std::iter::once("").chain(lex.vocab.plural_suffixes.iter().copied());
    endings
        .filter_map(|e| word.strip_suffix(e))
        .any(|stem| lex.vocab.rank_heads.iter().any(|h| stem.ends_with(h)))
}

/// The index of the `)` that closes the `(` at token `open`, in the same sentence and
/// not far off.
fn closing_paren(tokens: &Tokens, open: usize) -> Option<usize> {
    let sentence = tokens.list[open].sentence;
    let mut depth = 0;
    for k in open..tokens.len().min(open + 40) {
        if tokens.list[k].sentence != sentence {
            return None;
        }
        match tokens.norm(k) {
            "(" => depth += 1,
            ")" if depth == 1 => return Some(k),
            ")" => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The index of the `(` that opens the `)` at token `close`, at or after `lowest`.
fn opening_paren(tokens: &Tokens, close: usize, lowest: usize) -> Option<usize> {
    let mut depth = 0;
    for k in (lowest.max(close.saturating_sub(40))..=close).rev() {
        match tokens.norm(k) {
            ")" => depth += 1,
            "(" if depth == 1 => return Some(k),
            "(" => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The most words a rank's window takes (a parenthesis inside it aside).
const WINDOW_WORDS: usize = 12;

/// The tokens after a rank that say what it ranks: up to a clause break, another rank
/// or number, or the end of the sentence. A parenthesis is read past (`partner in ODA
/// (23 billion USD) and labour`). With `strict`, words like `with` also end it.
fn window(tokens: &Tokens, lex: &Lexicon, from: usize, strict: bool) -> Range<usize> {
    let Some(first) = tokens.list.get(from) else {
        return from..from;
    };
    let sentence = first.sentence;
    let mut k = from;
    let mut taken = 0;
    while k < tokens.len() && taken < WINDOW_WORDS && tokens.list[k].sentence == sentence {
        let t = tokens.norm(k);
        if t == "(" {
            if let Some(close) = closing_paren(tokens, k) {
                k = close + 1;
                continue;
            }
        }
        let hard = matches!(t, "," | ";" | ":" | "." | "!" | "?" | "–" | "—");
        // A `top 35` / `among the 20` phrase reads on past `with` (`nations with the
        // largest trade scale`), but stops at another figure.
        let breaker = lex.clause_breakers.at(tokens, k).is_some()
            && (strict || lex.loose_breakers.at(tokens, k).is_none());
        // Another rank within (`… and among the 20 nations`) starts here.
        let next_rank = lex
            .rank_within
            .at(tokens, k)
            .is_some_and(|e| number_at(tokens, lex, e).is_some());
        let soft = breaker
            || next_rank
            || lex.hedges_before.at(tokens, k).is_some()
            || tokens.list[k].kind == TokenKind::Number
            || (strict
                && (lex.ordinals.at(tokens, k).is_some() || lex.rank_one.at(tokens, k).is_some()));
        if hard || (soft && k > from) {
            break;
        }
        k += 1;
        taken += 1;
    }
    from..k
}

/// For [`RankSyntax::HeadBefore`]: the tokens before a rank phrase at `start` that say
/// what it ranks (`đối tác thương mại và du lịch` in `đối tác thương mại và du lịch lớn
/// thứ tư`): back to a clause break (`là`, `,`), another figure or rank, the start of the
/// sentence, or `floor`.
fn head_window(tokens: &Tokens, lex: &Lexicon, start: usize, floor: usize) -> Range<usize> {
    let Some(first) = tokens.list.get(start) else {
        return start..start;
    };
    let lowest = floor.max(tokens.sentence_starts[first.sentence as usize]);
    let mut k = start;
    let mut taken = 0;
    while k > lowest && taken < WINDOW_WORDS {
        let j = k - 1;
        let t = tokens.norm(j);
        if t == ")" {
            if let Some(open) = opening_paren(tokens, j, lowest) {
                k = open;
                continue;
            }
        }
        let hard = matches!(t, "," | ";" | ":" | "." | "!" | "?" | "–" | "—" | "(" | ")");
        let stop = hard
            || tokens.list[j].kind == TokenKind::Number
            || lex
                .clause_breakers
                .ending_at(tokens, j + 1, lowest)
                .is_some()
            || lex.hedges_before.ending_at(tokens, j + 1, lowest).is_some()
            || lex.rank_one.ending_at(tokens, j + 1, lowest).is_some()
            || lex.ordinals.ending_at(tokens, j + 1, lowest).is_some();
        if stop {
            break;
        }
        k = j;
        taken += 1;
    }
    k..start
}

/// For [`RankSyntax::HeadBefore`]: what a rank phrase ending at `end` ranks when a
/// complement follows it (`hàng đầu của Việt Nam về ODA và hợp tác lao động`): after an
/// optional possessor (`của Việt Nam`), from the complement word on. Empty when none.
fn complement_window(tokens: &Tokens, lex: &Lexicon, end: usize) -> Range<usize> {
    let mut at = end;
    if let Some(e) = lex.rank_possessors.at(tokens, end) {
        let limit = tokens.len().min(e + 5);
        if let Some(c) = (e..limit)
            .take_while(|&k| tokens.list[k].kind == TokenKind::Word)
            .find(|&k| lex.rank_complements.at(tokens, k).is_some())
        {
            at = c;
        }
    }
    match lex.rank_complements.at(tokens, at) {
        Some(from) => window(tokens, lex, from, true),
        None => end..end,
    }
}

/// The claim for `rank`, with one segment per coordinated phrase in `windows`
/// (`trade` and `tourism partner`).
fn rank_claim(tokens: &Tokens, lex: &Lexicon, rank: Rank, windows: &[Range<usize>]) -> Claim {
    let list = &tokens.list;
    let mut segments = Vec::new();
    // In a head-first language the second window is the complement of the first's noun
    // (`đối tác hàng đầu … về ODA và hợp tác lao động`): every part of it is ranked.
    let mut head_seen = false;
    for window in windows {
        let mut parts = Vec::new();
        let mut seg_start = window.start;
        for k in window.clone() {
            if lex.coordinators.at(tokens, k).is_some() {
                if k > seg_start {
                    parts.push(seg_start..k);
                }
                seg_start = k + 1;
            }
        }
        if window.end > seg_start {
            parts.push(seg_start..window.end);
        }
        // A coordinated phrase is ranked too only when it has a rank noun of its own
        // or shares one: a later noun (`trade and tourism partner`), or an earlier one
        // whose complement it continues (`partner in ODA and labour`, `đối tác thương
        // mại và du lịch`). `investor and its two-way trade reached …` is another clause.
        let heads: Vec<bool> = parts
            .iter()
            .map(|p| p.clone().any(|k| is_rank_head(tokens, lex, k)))
            .collect();
        let complemented: Vec<bool> = parts
            .iter()
            .map(|p| {
                p.clone()
                    .any(|k| k + 1 < p.end && is_rank_head(tokens, lex, k))
            })
            .collect();
        let head_before = lex.vocab.rank_syntax == RankSyntax::HeadBefore;
        for (i, part) in parts.into_iter().enumerate() {
            let shared = if head_before {
                head_seen || heads[..i].contains(&true)
            } else {
                heads[i + 1..].contains(&true) || complemented[..i].contains(&true)
            };
            if i == 0 || heads[i] || shared {
                segments.push(part);
            }
        }
        head_seen |= heads.contains(&true);
    }
    let phrase = rank.phrase;
    Claim {
        // The claim's span is the rank phrase itself (`fourth largest`), not what it ranks.
        span: list[phrase.start].span.start..list[phrase.end - 1].span.end,
        number_span: list[rank.number.start].span.start..list[rank.number.end - 1].span.end,
        hedge_span: None,
        kind: Kind::Rank,
        value: rank.value,
        tolerance: 0.0,
        scale: 1.0,
        unit: None,
        hedge: rank.hedge,
        ordinal_style: rank.style,
        segments,
        first_token: phrase.start,
        end_token: phrase.end,
        sentence: list[phrase.start].sentence as usize,
        shape: crate::claim::Shape::Level,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::token::tokenize;

    fn claims(text: &str) -> Vec<(String, Kind, f64, Option<&'static str>, Hedge)> {
        claims_in(Lang::En, text)
    }

    fn claims_in(lang: Lang, text: &str) -> Vec<(String, Kind, f64, Option<&'static str>, Hedge)> {
        let vocab = lang.vocabulary();
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
        // (draft, the phrases the first rank ranks)
        let rows: &[(&str, &[&[&str]])] = &[
            (
                "the fourth largest trade and tourism partner, with a trade",
                &[&["trade"], &["tourism", "partner"]],
            ),
            (
                "its top provider of ODA and partner in labour cooperation",
                &[
                    &["provider", "of", "oda"],
                    &["partner", "in", "labour", "cooperation"],
                ],
            ),
            (
                "the largest partner in ODA and labour, with",
                &[&["partner", "in", "oda"], &["labour"]],
            ),
            // Another clause after `and` is not ranked: no rank noun of its own or shared.
            (
                "the second largest investor and its two-way trade reached 52.5 billion USD",
                &[&["investor"]],
            ),
        ];
        for (text, want) in rows {
            let tokens = tokenize(text, vocab);
            let found = extract(&tokens, &lex);
            let rank = found.iter().find(|c| c.kind == Kind::Rank);
            let segs: Vec<Vec<&str>> = rank
                .map(|c| {
                    c.segments
                        .iter()
                        .map(|r| r.clone().map(|k| tokens.norm(k)).collect())
                        .collect()
                })
                .unwrap_or_default();
            let want: Vec<Vec<&str>> = want.iter().map(|w| w.to_vec()).collect();
            assert_eq!(segs, want, "{text}");
        }
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

    /// (language, draft text, claim text, kind, value, unit, hedge): one row per
    /// spelling of the issue, in Dutch and Vietnamese.
    type LangRow = (
        Lang,
        &'static str,
        &'static str,
        Kind,
        f64,
        Option<&'static str>,
        Hedge,
    );

    fn check_rows(rows: &[LangRow]) {
        for (lang, text, span, kind, value, unit, hedge) in rows {
            let found = claims_in(*lang, text);
            assert_eq!(found.len(), 1, "{lang:?} {text}: {found:?}");
            let (got_span, got_kind, got_value, got_unit, got_hedge) = &found[0];
            assert_eq!(
                (got_span.as_str(), *got_kind, *got_unit, *got_hedge),
                (*span, *kind, *unit, *hedge),
                "{lang:?} {text}"
            );
            assert!(
                (got_value - value).abs() <= value.abs() * 1e-12,
                "{lang:?} {text}: {got_value} != {value}"
            );
        }
    }

    #[test]
    fn every_dutch_spelling() {
        use Lang::Nl;
        let usd = Some("USD");
        check_rows(&[
            (
                Nl,
                "met ongeveer 23 miljard dollar tegen",
                "ongeveer 23 miljard dollar",
                Amount,
                23e9,
                usd,
                About,
            ),
            (
                Nl,
                "een handel van 48,18 miljard dollar.",
                "48,18 miljard dollar",
                Amount,
                48.18e9,
                usd,
                Exact,
            ),
            (
                Nl,
                "een BBP van circa 800 miljard USD",
                "circa 800 miljard USD",
                Amount,
                800e9,
                usd,
                About,
            ),
            (
                Nl,
                "goed voor US$ 23 miljard.",
                "US$ 23 miljard",
                Amount,
                23e9,
                usd,
                Exact,
            ),
            (
                Nl,
                "kost 1,4 miljard euro",
                "1,4 miljard euro",
                Amount,
                1.4e9,
                Some("EUR"),
                Exact,
            ),
            (
                Nl,
                "een biljoen: 14,83 biljoen dong",
                "14,83 biljoen dong",
                Amount,
                14.83e12,
                Some("VND"),
                Exact,
            ),
            (
                Nl,
                "ruim 23.000 miljoen dollar",
                "ruim 23.000 miljoen dollar",
                Amount,
                23e9,
                usd,
                MoreThan,
            ),
            (
                Nl,
                "een vermogen van 1.624 MW",
                "1.624 MW",
                Amount,
                1624.0,
                Some("MW"),
                Exact,
            ),
            (
                Nl,
                "een oppervlakte van 31.000 km2",
                "31.000 km2",
                Amount,
                31000.0,
                Some("km2"),
                Exact,
            ),
            (
                Nl,
                "heeft meer dan 630.000 mensen bereikt",
                "meer dan 630.000",
                Count,
                630000.0,
                None,
                MoreThan,
            ),
            (
                Nl,
                "heeft meer dan 630\u{00A0}000 mensen",
                "meer dan 630\u{00A0}000",
                Count,
                630000.0,
                None,
                MoreThan,
            ),
            (
                Nl,
                "heeft zo'n 630\u{202F}000 mensen",
                "zo'n 630\u{202F}000",
                Count,
                630000.0,
                None,
                About,
            ),
            (
                Nl,
                "heeft zo’n 630\u{2009}000 mensen",
                "zo’n 630\u{2009}000",
                Count,
                630000.0,
                None,
                About,
            ),
            (
                Nl,
                "een bevolking van bijna 23 miljoen",
                "bijna 23 miljoen",
                Count,
                23e6,
                None,
                Nearly,
            ),
            (
                Nl,
                "ruim 2.000 Japanse bedrijven",
                "ruim 2.000",
                Count,
                2000.0,
                None,
                MoreThan,
            ),
            (
                Nl,
                "zo'n 16 duizend Vietnamezen",
                "zo'n 16 duizend",
                Count,
                16000.0,
                None,
                About,
            ),
            (Nl, "tot 5 dagen", "tot 5", Count, 5.0, None, UpTo),
            (
                Nl,
                "bestaat uit negen provincies",
                "negen",
                Count,
                9.0,
                None,
                Exact,
            ),
            (
                Nl,
                "goed voor 30% van het totaal",
                "30%",
                Percent,
                30.0,
                Some("%"),
                Exact,
            ),
            (
                Nl,
                "goed voor 30 procent van het totaal",
                "30 procent",
                Percent,
                30.0,
                Some("%"),
                Exact,
            ),
            (
                Nl,
                "het 30-jarig jubileum",
                "30-jarig",
                Duration,
                30.0,
                Some("years"),
                Exact,
            ),
            (
                Nl,
                "in de afgelopen 30 jaar",
                "30 jaar",
                Duration,
                30.0,
                Some("years"),
                Exact,
            ),
            (
                Nl,
                "al drie decennia",
                "drie decennia",
                Duration,
                30.0,
                Some("years"),
                Exact,
            ),
            (
                Nl,
                "is 50-voudig gestegen",
                "50-voudig",
                Multiple,
                50.0,
                Some("x"),
                Exact,
            ),
            (
                Nl,
                "is 50 keer zo groot",
                "50 keer",
                Multiple,
                50.0,
                Some("x"),
                Exact,
            ),
            (
                Nl,
                "werd in 2023 opgewaardeerd",
                "2023",
                Year,
                2023.0,
                None,
                Exact,
            ),
        ]);
    }

    #[test]
    fn every_vietnamese_spelling() {
        use Lang::Vi;
        let usd = Some("USD");
        check_rows(&[
            (
                Vi,
                "khoảng 23 tỷ USD tính đến",
                "khoảng 23 tỷ USD",
                Amount,
                23e9,
                usd,
                About,
            ),
            (
                Vi,
                "khoảng 23 tỉ USD tính đến",
                "khoảng 23 tỉ USD",
                Amount,
                23e9,
                usd,
                About,
            ),
            (
                Vi,
                "kim ngạch đạt 48,18 tỷ USD.",
                "48,18 tỷ USD",
                Amount,
                48.18e9,
                usd,
                Exact,
            ),
            (
                Vi,
                "đạt 48,18 tỷ đô la Mỹ.",
                "48,18 tỷ đô la Mỹ",
                Amount,
                48.18e9,
                usd,
                Exact,
            ),
            (
                Vi,
                "đạt US$48,18 tỷ.",
                "US$48,18 tỷ",
                Amount,
                48.18e9,
                usd,
                Exact,
            ),
            (
                Vi,
                "gần 14,83 nghìn tỷ đồng",
                "gần 14,83 nghìn tỷ đồng",
                Amount,
                14.83e12,
                Some("VND"),
                Nearly,
            ),
            (
                Vi,
                "gần 14.830 tỷ đồng",
                "gần 14.830 tỷ đồng",
                Amount,
                14.83e12,
                Some("VND"),
                Nearly,
            ),
            (
                Vi,
                "khoảng 15.730 tỷ VND",
                "khoảng 15.730 tỷ VND",
                Amount,
                15.73e12,
                Some("VND"),
                About,
            ),
            (
                Vi,
                "563,71 triệu USD",
                "563,71 triệu USD",
                Amount,
                563.71e6,
                usd,
                Exact,
            ),
            (
                Vi,
                "khoảng 2 ngàn tỷ yên",
                "khoảng 2 ngàn tỷ yên",
                Amount,
                2e12,
                Some("JPY"),
                About,
            ),
            (
                Vi,
                "tổng công suất 1.624 MW",
                "1.624 MW",
                Amount,
                1624.0,
                Some("MW"),
                Exact,
            ),
            (
                Vi,
                "hơn 9 tỷ kWh mỗi năm",
                "hơn 9 tỷ kWh",
                Amount,
                9e9,
                Some("kWh"),
                MoreThan,
            ),
            (
                Vi,
                "diện tích 31.000 km2",
                "31.000 km2",
                Amount,
                31000.0,
                Some("km2"),
                Exact,
            ),
            (
                Vi,
                "đã vượt 630.000 người",
                "vượt 630.000",
                Count,
                630000.0,
                None,
                MoreThan,
            ),
            (
                Vi,
                "đã vượt 630\u{00A0}000 người",
                "vượt 630\u{00A0}000",
                Count,
                630000.0,
                None,
                MoreThan,
            ),
            (
                Vi,
                "trên 630\u{202F}000 người",
                "trên 630\u{202F}000",
                Count,
                630000.0,
                None,
                MoreThan,
            ),
            (
                Vi,
                "hơn 2.000 doanh nghiệp",
                "hơn 2.000",
                Count,
                2000.0,
                None,
                MoreThan,
            ),
            (
                Vi,
                "ít nhất 20 doanh nghiệp",
                "ít nhất 20",
                Count,
                20.0,
                None,
                AtLeast,
            ),
            (Vi, "lên tới 5 ngày", "lên tới 5", Count, 5.0, None, UpTo),
            (
                Vi,
                "tới 16 nghìn người",
                "tới 16 nghìn",
                Count,
                16000.0,
                None,
                UpTo,
            ),
            (Vi, "gần 50 địa phương", "gần 50", Count, 50.0, None, Nearly),
            (
                Vi,
                "dân số gần 23 triệu người",
                "gần 23 triệu",
                Count,
                23e6,
                None,
                Nearly,
            ),
            (Vi, "gồm chín tỉnh", "chín", Count, 9.0, None, Exact),
            (
                Vi,
                "chiếm khoảng 30% tổng vốn",
                "khoảng 30%",
                Percent,
                30.0,
                Some("%"),
                About,
            ),
            (
                Vi,
                "chiếm 30 phần trăm tổng vốn",
                "30 phần trăm",
                Percent,
                30.0,
                Some("%"),
                Exact,
            ),
            (
                Vi,
                "trong ba thập kỷ qua",
                "ba thập kỷ",
                Duration,
                30.0,
                Some("years"),
                Exact,
            ),
            (
                Vi,
                "cách đây 50 năm",
                "50 năm",
                Duration,
                50.0,
                Some("years"),
                Exact,
            ),
            (
                Vi,
                "tăng 50 lần",
                "50 lần",
                Multiple,
                50.0,
                Some("x"),
                Exact,
            ),
            (
                Vi,
                "nâng cấp vào năm 2023.",
                "2023",
                Year,
                2023.0,
                None,
                Exact,
            ),
        ]);
    }

    /// (language, draft, rank phrase, rank, hedge, what each claim ranks).
    type RankRow = (
        Lang,
        &'static str,
        &'static str,
        f64,
        Hedge,
        &'static [&'static str],
    );

    #[test]
    fn ranks_in_dutch_and_vietnamese() {
        use Lang::{Nl, Vi};
        let rows: &[RankRow] = &[
            (
                Nl,
                "de op een na grootste investeerder",
                "op een na grootste",
                2.0,
                Exact,
                &["investeerder"],
            ),
            (
                Nl,
                "de derde grootste investeerder van Vietnam",
                "derde grootste",
                3.0,
                Exact,
                &["investeerder van vietnam"],
            ),
            (
                Nl,
                "de 3e grootste investeerder",
                "3e grootste",
                3.0,
                Exact,
                &["investeerder"],
            ),
            (
                Nl,
                "de tweede grootste investeerder",
                "tweede grootste",
                2.0,
                Exact,
                &["investeerder"],
            ),
            (
                Nl,
                "is de grootste investeerder",
                "grootste",
                1.0,
                Exact,
                &["investeerder"],
            ),
            (
                Nl,
                "de grootste handelspartner",
                "grootste",
                1.0,
                Exact,
                &["handelspartner"],
            ),
            (
                Nl,
                "de vierde grootste handels- en toerismepartner van Vietnam, met",
                "vierde grootste",
                4.0,
                Exact,
                &["handels -", "toerismepartner van vietnam"],
            ),
            (
                Nl,
                "belangrijkste partner op het gebied van ODA (met 23 miljard dollar) en arbeid, de",
                "belangrijkste",
                1.0,
                Exact,
                &[
                    "partner op het gebied van oda ( met 23 miljard dollar )",
                    "arbeid",
                ],
            ),
            (
                Nl,
                "een van de 35 grootste economieën",
                "een van de 35",
                35.0,
                UpTo,
                &["grootste economieën"],
            ),
            (
                Vi,
                "là nhà đầu tư lớn thứ ba của Việt Nam",
                "lớn thứ ba",
                3.0,
                Exact,
                &["nhà đầu tư"],
            ),
            (
                Vi,
                "là nhà đầu tư lớn thứ 3 của Việt Nam",
                "lớn thứ 3",
                3.0,
                Exact,
                &["nhà đầu tư"],
            ),
            (
                Vi,
                "là nhà đầu tư lớn thứ hai",
                "lớn thứ hai",
                2.0,
                Exact,
                &["nhà đầu tư"],
            ),
            (
                Vi,
                "là nhà đầu tư lớn nhất",
                "lớn nhất",
                1.0,
                Exact,
                &["nhà đầu tư"],
            ),
            (
                Vi,
                "Nhật Bản đứng thứ 3 trong số các nhà đầu tư",
                "đứng thứ 3",
                3.0,
                Exact,
                &["nhật bản", "nhà đầu tư"],
            ),
            (
                Vi,
                "là đối tác thương mại và du lịch lớn thứ tư, với",
                "lớn thứ tư",
                4.0,
                Exact,
                &["đối tác thương mại", "du lịch"],
            ),
            (
                Vi,
                "là đối tác hàng đầu của Việt Nam về ODA và hợp tác lao động, là",
                "hàng đầu",
                1.0,
                Exact,
                &["đối tác", "oda", "hợp tác lao động"],
            ),
            (
                Vi,
                "là một trong 35 nền kinh tế lớn nhất thế giới",
                "một trong 35",
                35.0,
                UpTo,
                &["nền kinh tế lớn nhất thế giới"],
            ),
            (
                Vi,
                "nằm trong top 20 quốc gia có quy mô thương mại lớn nhất",
                "nằm trong top 20",
                20.0,
                UpTo,
                &["quốc gia có quy mô thương mại lớn nhất"],
            ),
        ];
        for (lang, text, span, value, hedge, segments) in rows {
            let vocab = lang.vocabulary();
            let tokens = tokenize(text, vocab);
            let found = extract(&tokens, &Lexicon::new(vocab));
            let ranks: Vec<&Claim> = found.iter().filter(|c| c.kind == Rank).collect();
            assert_eq!(ranks.len(), 1, "{text}: {found:?}");
            let c = ranks[0];
            assert_eq!(
                (&text[c.span.clone()], c.value, c.hedge),
                (*span, *value, *hedge),
                "{text}"
            );
            let segs: Vec<String> = c
                .segments
                .iter()
                .map(|r| {
                    r.clone()
                        .map(|k| tokens.norm(k))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            assert_eq!(segs, *segments, "{text}");
        }
    }

    #[test]
    fn vague_superlatives_and_weekdays_are_not_ranks() {
        for (lang, text) in [
            (Lang::Nl, "een van de grootste investeerders"),
            (Lang::Vi, "là một trong những nhà đầu tư lớn nhất"),
            (
                Lang::Vi,
                "là một trong những đối tác kinh tế quan trọng nhất của Việt Nam",
            ),
            (Lang::Vi, "họp vào thứ Ba và thứ 5"),
            (Lang::Vi, "các trường đại học hàng đầu"),
            (Lang::Vi, "lần thứ nhất"),
        ] {
            let found = claims_in(lang, text);
            assert_eq!(found, [], "{text}");
        }
    }

    #[test]
    fn dates_times_and_labels_in_dutch_and_vietnamese_are_not_claims() {
        for (lang, text) in [
            (Lang::Nl, "Bijgewerkt op 3 november 2025"),
            (Lang::Nl, "van 16-18 november in Hanoi"),
            (Lang::Nl, "om 10.30 uur begon"),
            (Lang::Nl, "tegen het einde van begrotingsjaar 2024)"),
            (Lang::Nl, "zie pagina 12 voor"),
            (Lang::Nl, "Reactie (0)"),
            (Lang::Vi, "Chiều 3/11, tại Hà Nội"),
            (Lang::Vi, "ngày 25 tháng 11 năm 2025"),
            (Lang::Vi, "tính đến hết năm tài khóa 2024"),
            (Lang::Vi, "lúc 10 giờ sáng"),
            (Lang::Vi, "theo Nghị định số 15"),
            (Lang::Vi, "Ảnh 1."),
            (Lang::Vi, "Nhà máy điện Nhơn Trạch 3 và 4"),
            (Lang::Vi, "hợp tác với Ba Lan"),
        ] {
            assert_eq!(claims_in(lang, text), [], "{lang:?} {text}");
        }
    }

    /// `1.624` is 1.624 in English and 1624 in Dutch and Vietnamese.
    #[test]
    fn the_same_digits_read_per_language() {
        for (lang, value) in [(Lang::En, 1.624), (Lang::Nl, 1624.0), (Lang::Vi, 1624.0)] {
            let found = claims_in(lang, "1.624 MW");
            assert_eq!(found.len(), 1, "{lang:?}");
            assert_eq!(found[0].2, value, "{lang:?}");
        }
    }
}
