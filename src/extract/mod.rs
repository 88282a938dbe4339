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

mod rank;
mod readings;

use rank::rank_at;
use readings::not_a_claim;

#[cfg(test)]
mod tests;

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
