//! Finding the numeric claims in a draft.
//!
//! This module owns the rules that make a number a claim (and not a date, a time, a
//! label or a phone number), and reads each claim's hedge, scale, unit and kind from the
//! language's vocabulary. For ranks it also finds the words that say what is ranked,
//! after the rank (`third largest investor`) or before it (`nhà đầu tư lớn thứ ba`), as
//! the vocabulary's [`RankSyntax`] says. It does not link claims to facts.

use crate::claim::{Claim, Hedge, Kind, OrdinalStyle, Shape};
use crate::fnv::FnvSet;
use crate::lang::{ChangeWord, Position, RankSyntax, UnitWord, Vocabulary};

use crate::phrase::PhraseTable;
use crate::token::{TokenKind, Tokens};
use std::ops::Range;

mod numeral;
mod rank;
mod readings;
mod shape;

use numeral::Numerals;
use shape::{is_sign, vulgar};

use rank::rank_at;
use readings::not_a_claim;

#[cfg(test)]
mod tests;

/// The classes of words the extractor looks up, each a list in the [`Vocabulary`]:
/// the lexicon is indexed by class instead of one field per list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum W {
    /// suffixes written after digits to make an ordinal (`3rd`).
    OrdinalSuffixes,
    /// superlatives that make an ordinal a rank.
    Superlatives,
    /// words that alone mean rank 1.
    RankOne,
    /// `top 35`.
    RankWithin,
    /// `No. 3`.
    RankNumber,
    /// `ranks` of `ranks third`.
    RankLeads,
    /// `among` of `third among`.
    RankTails,
    /// `in` of `ranks second in`.
    RankEnds,
    /// `one of the largest`.
    RankVague,
    /// `and`.
    Coordinators,
    /// words that end a rank's phrase.
    ClauseBreakers,
    /// month names.
    Months,
    /// `page 5`.
    LabelWords,
    /// `fiscal year 2024`.
    PeriodWords,
    /// `10 am`.
    TimeWords,
    /// `Street`.
    StreetWords,
    /// `2 millionth`.
    OrdinalScales,
    /// `thứ 3`.
    OrdinalPrefixes,
    /// `về ODA`.
    RankComplements,
    /// `của`.
    RankPossessors,
    /// breakers a `top 35` reads past.
    LooseBreakers,
    /// `phần` in `một phần ba`.
    FractionJoiners,
    /// `in` of `one in five`.
    OneIn,
    /// `of` in `a quarter of a million`.
    FractionOf,
    /// `between`, `from`.
    RangeOpeners,
    /// `and`, `to` closing an opened range.
    RangeAnds,
    /// `minus`.
    MinusWords,
    /// `rose to`: a level.
    ChangeTo,
    /// `rose by`.
    ChangeBy,
    /// `make up`: no change.
    NotChanges,
    /// `een paar` of `een paar honderd`.
    Vague,
    /// `jaren` in `jaren negentig`.
    DecadeWords,
}

impl W {
    const ALL: [W; 32] = [
        W::OrdinalSuffixes,
        W::Superlatives,
        W::RankOne,
        W::RankWithin,
        W::RankNumber,
        W::RankLeads,
        W::RankTails,
        W::RankEnds,
        W::RankVague,
        W::Coordinators,
        W::ClauseBreakers,
        W::Months,
        W::LabelWords,
        W::PeriodWords,
        W::TimeWords,
        W::StreetWords,
        W::OrdinalScales,
        W::OrdinalPrefixes,
        W::RankComplements,
        W::RankPossessors,
        W::LooseBreakers,
        W::FractionJoiners,
        W::OneIn,
        W::FractionOf,
        W::RangeOpeners,
        W::RangeAnds,
        W::MinusWords,
        W::ChangeTo,
        W::ChangeBy,
        W::NotChanges,
        W::Vague,
        W::DecadeWords,
    ];

    fn words(self, v: &Vocabulary) -> &'static [&'static str] {
        match self {
            W::OrdinalSuffixes => v.ordinal_suffixes,
            W::Superlatives => v.superlatives,
            W::RankOne => v.rank_one_words,
            W::RankWithin => v.rank_within,
            W::RankNumber => v.rank_number,
            W::RankLeads => v.rank_leads,
            W::RankTails => v.rank_tails,
            W::RankEnds => v.rank_ends,
            W::RankVague => v.rank_vague,
            W::Coordinators => v.coordinators,
            W::ClauseBreakers => v.clause_breakers,
            W::Months => v.months,
            W::LabelWords => v.label_words,
            W::PeriodWords => v.period_words,
            W::TimeWords => v.time_words,
            W::StreetWords => v.street_words,
            W::OrdinalScales => v.ordinal_scales,
            W::OrdinalPrefixes => v.ordinal_prefixes,
            W::RankComplements => v.rank_complements,
            W::RankPossessors => v.rank_possessors,
            W::LooseBreakers => v.loose_breakers,
            W::FractionJoiners => v.fraction_joiners,
            W::OneIn => v.one_in,
            W::FractionOf => v.fraction_of,
            W::RangeOpeners => v.range_openers,
            W::RangeAnds => v.range_ands,
            W::MinusWords => v.minus_words,
            W::ChangeTo => v.change_to,
            W::ChangeBy => v.change_by,
            W::NotChanges => v.not_changes,
            W::Vague => v.vague,
            W::DecadeWords => v.decade_words,
        }
    }
}

/// A language's vocabulary compiled into phrase tables.
#[derive(Debug)]
pub struct Lexicon {
    vocab: &'static Vocabulary,
    scales: PhraseTable<f64>,
    units: PhraseTable<&'static UnitWord>,
    hedges_before: PhraseTable<Hedge>,
    hedges_after: PhraseTable<Hedge>,
    ordinals: PhraseTable<u32>,
    rank_heads: PhraseTable<()>,
    proportions: PhraseTable<f64>,
    /// Change words, as indices into [`Vocabulary::changes`] (a table of `u32`, as
    /// for ordinals, adds no code to the WebAssembly).
    changes: PhraseTable<u32>,
    /// The number grammar.
    numerals: Numerals,
    /// One table per word class, in [`W::ALL`] order.
    sets: Vec<PhraseTable<()>>,
    /// First words of every phrase that can start a claim (ordinals, rank words,
    /// change words): any other word is skipped with one lookup (number words are
    /// asked of [`Numerals::may_start`]).
    starters: FnvSet<String>,
}

impl std::ops::Index<W> for Lexicon {
    type Output = PhraseTable<()>;
    fn index(&self, w: W) -> &PhraseTable<()> {
        &self.sets[w as usize]
    }
}

impl Lexicon {
    /// The change word a `changes` entry stands for.
    fn change(&self, k: &u32) -> &'static ChangeWord {
        &self.vocab.changes[*k as usize]
    }

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
            units: PhraseTable::from_words(
                vocab
                    .units
                    .iter()
                    .chain(crate::lang::SHARED_UNITS)
                    .map(|u| (u.phrase, u)),
                vocab,
            ),
            hedges_before: hedges(Position::Before),
            hedges_after: hedges(Position::After),
            ordinals: PhraseTable::from_words(vocab.ordinals.iter().copied(), vocab),
            rank_heads: PhraseTable::new(
                vocab
                    .rank_heads
                    .iter()
                    .map(|w| (crate::phrase::Phrase::new(w, vocab), ())),
                vocab.plural_suffixes,
            ),
            proportions: PhraseTable::from_words(vocab.proportions.iter().copied(), vocab),
            changes: PhraseTable::from_words(
                vocab.changes.iter().zip(0u32..).map(|(c, k)| (c.phrase, k)),
                vocab,
            ),
            numerals: Numerals::new(vocab),
            sets: W::ALL
                .iter()
                .map(|&w| {
                    let shared: &[&str] = if w == W::LabelWords {
                        crate::lang::SHARED_LABELS
                    } else {
                        &[]
                    };
                    let words = w.words(vocab).iter().chain(shared);
                    PhraseTable::from_words(words.map(|w| (*w, ())), vocab)
                })
                .collect(),
        };
        let starters: FnvSet<String> = [
            W::RankWithin,
            W::Superlatives,
            W::RankNumber,
            W::RankOne,
            W::OrdinalPrefixes,
            W::MinusWords,
        ]
        .into_iter()
        .flat_map(|w| lex[w].first_words())
        .chain(lex.ordinals.first_words())
        .chain(lex.proportions.first_words())
        .map(str::to_string)
        // Range openers, decade words and most change words are found looking back
        // from a number; only a change that is a figure (`doubled`) starts one.
        .chain(
            vocab
                .changes
                .iter()
                .filter(|c| c.multiple.is_some())
                .filter_map(|c| {
                    crate::phrase::Phrase::new(c.phrase, vocab)
                        .first()
                        .map(str::to_string)
                }),
        )
        .chain(lex.numerals.starters())
        // A paragraph typed without diacritics is matched folded (`lon thu ba`).
        .flat_map(|w| {
            let folded = crate::lang::detect::fold(&w);
            [Some(w), Some(folded)]
        })
        .flatten()
        .collect();
        lex.starters = starters;
        lex
    }

    /// Whether token `i` is `a`/`an` with no number or fraction after it (`a new
    /// plant`): the commonest starter word, skipped at the cost of one lookup.
    fn idle_article(&self, tokens: &Tokens, i: usize) -> bool {
        if tokens.list[i].kind != TokenKind::Word
            || self.numerals.class(tokens.norm(i)) != Some(crate::lang::NumClass::Article)
        {
            return false;
        }
        let next = skip_hyphens(tokens, i + 1);
        next >= tokens.len()
            || !(self.starters.contains(tokens.norm(next))
                || self.numerals.denominator(tokens.norm(next)).is_some())
    }

    /// Whether a claim may start at token `i`: a number, or a word that begins one of
    /// the phrases above. (Those tables match exact words, without plurals.)
    fn may_start(&self, tokens: &Tokens, i: usize) -> bool {
        let t = &tokens.list[i];
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Word => {
                let w = tokens.norm(i);
                self.starters.contains(w)
                    || self.numerals.may_start_closed(w)
                    || self
                        .numerals
                        .multiple(w, self.vocab.multiple_affixes)
                        .is_some()
            }
            // `#3`: a rank number's sign starts a claim too.
            TokenKind::Symbol => {
                let s = tokens.norm(i);
                is_sign(s) || vulgar(s).is_some() || self.starters.contains(s)
            }
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
    /// A sign or minus word before the number (`-2.4%`, `minus 3`): its first token
    /// and the sign.
    sign: Option<(usize, f64)>,
}

/// Finds every claim in `tokens`, in text order. Each reading is tried at a token in
/// turn (rank, change word, fraction, ordinal or decade, number), and the first that
/// reads takes its tokens; the scan never goes back, so the cost is linear.
pub fn extract(tokens: &Tokens, lex: &Lexicon) -> Vec<Claim> {
    let mut claims = Vec::new();
    let mut i = 0;
    // Tokens before `floor` belong to an earlier claim (or a date) and cannot start or
    // hedge another.
    let mut floor = 0;
    // Numbers that are part of a date, so that `16-18` or `3, 2025` after one are too.
    let mut date_end: Option<usize> = None;
    while i < tokens.len() {
        if !lex.may_start(tokens, i) || lex.idle_article(tokens, i) {
            i += 1;
            continue;
        }
        if let Some((claim, next)) = rank_at(tokens, lex, i, floor) {
            claims.push(claim);
            floor = next;
            i = next;
            continue;
        }
        if let Some((claim, next)) = shape::multiple_change_at(tokens, lex, i) {
            claims.push(claim);
            floor = next;
            i = next;
            continue;
        }
        if let Some((claim, next)) = shape::fraction_at(tokens, lex, i, floor) {
            claims.push(claim);
            floor = next;
            i = next;
            continue;
        }
        if let Some(next) = shape::not_a_count(tokens, lex, i) {
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
                let (found, next) = quantity_claim(tokens, lex, q, floor);
                claims.push(found);
                floor = next.max(end);
                i = floor;
            }
            None => i += 1,
        }
    }
    claims
}

/// Reads a number at token `i`: digits (`48.18`, `2½`), a sign and digits (`-2.4`,
/// `minus 3`), or number words (`forty-eight`, `vijfenveertig`, `hai mươi lăm`).
fn number_at(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<Quantity> {
    let t = tokens.list.get(i)?;
    if let Some((next, sign)) = shape::sign_at(tokens, lex, i) {
        let mut q = number_at(tokens, lex, next)?;
        q.sign = Some((i, sign));
        return Some(q);
    }
    if let Some(d) = t.number {
        let step = 10f64.powi(-(d.decimals as i32));
        let mut q = Quantity {
            tokens: i..i + 1,
            value: d.value,
            tolerance: step / 2.0,
            style: OrdinalStyle::Digits,
            sign: None,
        };
        // `2½`.
        if let Some(f) = tokens
            .list
            .get(i + 1)
            .filter(|n| !n.space_before)
            .and_then(|_| vulgar(tokens.norm(i + 1)))
        {
            if d.decimals == 0 {
                q.value += f;
                q.tokens.end += 1;
                q.tolerance = 0.05;
            }
        }
        return Some(q);
    }
    if t.kind == TokenKind::Word {
        if let Some(q) = half_percent(tokens, lex, i) {
            return Some(q);
        }
        let r = lex.numerals.read(tokens, i)?;
        if r.ordinal {
            return None;
        }
        // A spelled-out number with a capital after other words of its sentence is
        // a name (`Ba Lan`, `the Seven Seas`): only the sentence's first words are
        // looked at, so this stays constant time.
        let start = tokens.sentence_starts[t.sentence as usize];
        if t.capitalised && (start..i).any(|k| tokens.list[k].kind == TokenKind::Word) {
            return None;
        }
        if r.weak && !strong_unit_follows(tokens, lex, r.end, r.value) {
            return None;
        }
        let (end, value) = match r.tail {
            Some((tok, m)) if lex.scales.longest_at(tokens, tok).map(|s| s.0) == Some(r.end) => {
                (tok, m)
            }
            _ => (r.end, r.value),
        };
        return Some(Quantity {
            tokens: i..end,
            value,
            tolerance: if value.fract() == 0.0 { 0.5 } else { 0.05 },
            style: OrdinalStyle::Word,
            sign: None,
        });
    }
    None
}

/// `een half procent`, `half a percent`, `a quarter percent`: a half (or quarter) of a
/// percentage point, which the number grammar leaves open for a scale.
fn half_percent(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<Quantity> {
    use crate::lang::NumClass::{Article, Digit, Half};
    let word = |k: usize| (k < tokens.len()).then(|| lex.numerals.word(tokens.norm(k)))?;
    // `a`, or a one that doubles as the article (`een`).
    let article = |k: usize| {
        word(k).is_some_and(|n| n.class == Article || (n.class == Digit && n.value == 1.0))
    };
    let h = i + usize::from(article(i));
    let value = word(h).filter(|n| n.class == Half)?.value;
    let at = h + 1 + usize::from(article(h + 1));
    let percent = lex
        .units
        .longest_at(tokens, at)
        .is_some_and(|(_, u)| u.kind == Kind::Percent);
    percent.then_some(Quantity {
        tokens: i..at,
        value,
        tolerance: 0.05,
        style: OrdinalStyle::Word,
        sign: None,
    })
}

/// Whether a unit that makes a lone `two` or `een` a claim follows token `end`
/// (`two percent`, `hai tỷ`), not a count noun; a duration only from two on (`two
/// years`, not `een jaar`, "a year").
fn strong_unit_follows(tokens: &Tokens, lex: &Lexicon, end: usize, value: f64) -> bool {
    let at = skip_hyphens(tokens, end);
    lex.scales.at(tokens, at).is_some()
        || lex.units.longest_at(tokens, at).is_some_and(|(_, u)| {
            matches!(u.kind, Kind::Percent | Kind::Amount)
                || (matches!(u.kind, Kind::Duration | Kind::Multiple) && value >= 2.0)
        })
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

/// Reads the claim around quantity `q` (hedge, currency, scale, unit); a range
/// (`15–18 billion USD`, `between 15 and 18`, `từ 15 đến 18`) is one claim with both
/// bounds, the unit and scale of the second applying to the first. Returns the claim
/// and the index after it.
fn quantity_claim(tokens: &Tokens, lex: &Lexicon, q: Quantity, floor: usize) -> (Claim, usize) {
    let first = read_claim(tokens, lex, &q, floor);
    let next = first.end_token;
    match shape::range_after(tokens, lex, &first, floor) {
        Some((q2, opener)) => {
            let second = read_claim(tokens, lex, &q2, next + 1);
            match shape::merge_range(tokens, lex, floor, first.clone(), second, opener) {
                Some(range) => {
                    let end = range.end_token;
                    (range, end)
                }
                None => (first, next),
            }
        }
        None => (first, next),
    }
}

/// Reads one claim around quantity `q`.
fn read_claim(tokens: &Tokens, lex: &Lexicon, q: &Quantity, floor: usize) -> Claim {
    let list = &tokens.list;
    let start_tok = q.tokens.start;
    let mut span_start = q.sign.map_or(start_tok, |(s, _)| s);
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
    // A scale word is on the number's line (`9` ending a table row, then `Tỷ trọng`,
    // "share", opening the next, is not 9 billion).
    let same_line = |k: usize| list[k].paragraph == list[q.tokens.end - 1].paragraph;
    if let Some((end, s)) = lex.scales.longest_at(tokens, at).filter(|_| same_line(at)) {
        let glued = !list[at].space_before;
        if glued || tokens.norm(at).chars().count() > 1 {
            scale = *s;
            j = end;
        }
    }
    // `3 mrd. euro`: an abbreviated scale's full stop before the unit.
    if scale != 1.0
        && norm_is(tokens, j, ".")
        && !list[j].space_before
        && lex.units.longest_at(tokens, j + 1).is_some()
    {
        j += 1;
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
    // A year is a date, not an amount: `tot 2023`, `until 2030` bound a period.
    if kind == Kind::Year && hedge != Hedge::Exact {
        hedge = Hedge::Exact;
        hedge_span = None;
        span_start = start_tok;
    }
    let sign = q.sign.map_or(1.0, |(_, s)| s);
    let mut claim = Claim {
        span: list[span_start].span.start..list[j - 1].span.end,
        number_span: list[start_tok].span.start..list[q.tokens.end - 1].span.end,
        hedge_span,
        kind,
        value: sign * q.value * scale * factor,
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
        shape: Shape::Level,
    };
    shape::mark_change(tokens, lex, &mut claim, q.sign.map(|(_, s)| s), floor);
    claim
}
