//! Finding the numeric claims in a draft.
//!
//! This module owns the rules that make a number a claim (and not a date, a time, a
//! label or a phone number), and reads each claim's hedge, scale, unit and kind from the
//! language's vocabulary. For ranks it also finds the words that say what is ranked,
//! after the rank (`third largest investor`) or before it (`nhà đầu tư lớn thứ ba`), as
//! the vocabulary's [`RankSyntax`] says. It does not link claims to facts.

use crate::claim::{Claim, Hedge, Kind, OrdinalStyle, Shape};
use crate::lang::{Position, RankSyntax, UnitWord};

use crate::token::{TokenKind, Tokens};
use std::ops::Range;

mod lexicon;
mod numeral;
mod rank;
mod readings;
mod shape;

pub use lexicon::Lexicon;
pub(crate) use lexicon::W;
use shape::vulgar;

use rank::rank_at;
use readings::not_a_claim;

#[cfg(test)]
mod tests;

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
        let q = digits_at(tokens, i, d);
        return Some(point_read_out(tokens, lex, &q, d).unwrap_or(q));
    }
    if t.kind == TokenKind::Word {
        return half_percent(tokens, lex, i).or_else(|| words_at(tokens, lex, i));
    }
    None
}

/// The number written in digits `d` at token `i`, with a vulgar fraction glued on
/// (`2½`).
fn digits_at(tokens: &Tokens, i: usize, d: crate::number::Digits) -> Quantity {
    let step = 10f64.powi(-(d.decimals as i32));
    let mut q = Quantity {
        tokens: i..i + 1,
        value: d.value,
        tolerance: step / 2.0,
        style: OrdinalStyle::Digits,
        sign: None,
    };
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
    q
}

/// `2 phẩy 5 triệu`, `3 komma 5`: digits with their decimal point read out as a word
/// (a transcript's or a post's way), one number. Out of line: inlined, it slowed the
/// reading of every number (+1.5% instructions per check).
#[inline(never)]
fn point_read_out(
    tokens: &Tokens,
    lex: &Lexicon,
    q: &Quantity,
    d: crate::number::Digits,
) -> Option<Quantity> {
    let at = q.tokens.end;
    let frac = tokens.list.get(at + 1)?.number?;
    let point = lex.numerals.word(tokens.norm(at))?.class == crate::lang::NumClass::Point;
    let plain = |d: &crate::number::Digits| d.decimals == 0 && !d.grouped;
    // One to three decimals, each a tenth of the one before.
    let step = match tokens.norm(at + 1).len() {
        1 => 0.1,
        2 => 0.01,
        3 => 0.001,
        _ => return None,
    };
    (point && plain(&d) && plain(&frac)).then_some(Quantity {
        tokens: q.tokens.start..at + 2,
        value: d.value + frac.value * step,
        tolerance: step / 2.0,
        style: q.style,
        sign: q.sign,
    })
}

/// A cardinal in words at token `i` (`forty-eight`, `vijfenveertig`, `hai mươi lăm`);
/// not an ordinal, a name (`the Seven Seas`) or a weak word alone (`two`) without a
/// unit that makes it a figure.
fn words_at(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<Quantity> {
    let t = &tokens.list[i];
    let r = lex.numerals.read(tokens, i)?;
    if r.ordinal {
        return None;
    }
    // A spelled-out number with a capital after other words of its sentence is a name
    // (`Ba Lan`, `the Seven Seas`): only the sentence's first words are looked at, so
    // this stays constant time.
    let start = tokens.sentence_starts[t.sentence as usize];
    if t.capitalised && (start..i).any(|k| tokens.list[k].kind == TokenKind::Word) {
        return None;
    }
    if r.weak
        && !strong_unit_follows(tokens, lex, r.end, r.value)
        && !counts_noun(tokens, lex, i)
        && !opens_a_range(tokens, lex, r.end)
    {
        return None;
    }
    let (end, value) = match r.tail {
        // A scale word alone (`Duizend mensen`) is the number itself, not a number
        // before its scale: an empty number would read backwards.
        Some((tok, m))
            if tok > i && lex.scales.longest_at(tokens, tok).map(|s| s.0) == Some(r.end) =>
        {
            (tok, m)
        }
        _ => (r.end, r.value),
    };
    Some(Quantity {
        tokens: i..end,
        value,
        tolerance: if value.fract() == 0.0 { 0.5 } else { 0.05 },
        style: OrdinalStyle::Word,
        sign: None,
    })
}

/// Whether the weak number word at `i` that doubles as a noun (Vietnamese `năm`, five
/// and year) counts the word after it (`năm doanh nghiệp`): a lower-case word follows,
/// and no phrase makes it the noun (`năm nay`, `mỗi năm`). Typed without diacritics
/// it stays weak.
fn counts_noun(tokens: &Tokens, lex: &Lexicon, i: usize) -> bool {
    let phrases = &lex[W::NounPhrases];
    let list = &tokens.list;
    let noun = |k: usize| phrases.at(tokens, k).is_some_and(|e| e > i);
    // A capital after it names the year (`năm Giáp Thìn`).
    list.get(i + 1).is_some_and(|n| {
        n.kind == TokenKind::Word && n.sentence == list[i].sentence && !n.folded && !n.capitalised
    }) && lex.units.at(tokens, i).is_some()
        && !(i.saturating_sub(2)..=i).any(noun)
}

/// `een half procent`, `half a percent`, `a quarter percent`, `nửa thế kỷ`: a half (or
/// quarter) of a percentage point or of a length of time, which the number grammar
/// leaves open for a scale.
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
        .is_some_and(|(_, u)| matches!(u.kind, Kind::Percent | Kind::Duration));
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
/// years`, not `een jaar`, "a year", nor `een decennium`, "a decade"), or in a unit
/// word that carries its own number (`een kwarteeuw`, 25 years).
fn strong_unit_follows(tokens: &Tokens, lex: &Lexicon, end: usize, value: f64) -> bool {
    let at = skip_hyphens(tokens, end);
    lex.scales.at(tokens, at).is_some()
        || lex.units.longest_at(tokens, at).is_some_and(|(_, u)| {
            matches!(u.kind, Kind::Percent | Kind::Amount)
                || (matches!(u.kind, Kind::Duration | Kind::Multiple)
                    && (value >= 2.0 || crate::number::decimal_place(u.factor) != u.factor))
        })
}

/// `two to three million`, `tussen twee en drie miljoen`: a weak word is a range's
/// first bound when a second one in words, with its unit or scale (its own, as in
/// `three million`, or after it), follows at `end`.
fn opens_a_range(tokens: &Tokens, lex: &Lexicon, end: usize) -> bool {
    let joiner = || {
        (end < tokens.len() && lex.vocab.range_joiners.contains(&tokens.norm(end)))
            .then_some(end + 1)
    };
    let end = shape::past_cut(tokens, end);
    lex[W::RangeAnds]
        .at(tokens, end)
        .or_else(joiner)
        .and_then(|at| lex.numerals.read(tokens, at))
        .is_some_and(|r| !r.weak || strong_unit_follows(tokens, lex, r.end, r.value))
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
        // The second level is read on its own next. The first is where the change
        // started (`went from 3 to 5%`): a past level, never judged against the
        // record's level, so it is read as part of the change.
        Some((q2, _, true)) => {
            let second = read_claim(tokens, lex, &q2, next + 1);
            let mut first = shape::share_unit(first, &second);
            if first.shape == Shape::Level {
                first.shape = Shape::Change { direction: 0 };
            }
            (first, next)
        }
        Some((q2, opener, false)) => {
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

/// What stands before a number and belongs to its claim: a currency or unit written
/// before it (`US$23`, `USD 23 billion`) and a hedge (`about`), with where the claim
/// starts.
struct Lead {
    start: usize,
    unit: Option<&'static UnitWord>,
    hedge: Hedge,
    hedge_span: Option<Range<usize>>,
}

/// Reads the [`Lead`] of quantity `q`, not before token `floor`.
fn lead(tokens: &Tokens, lex: &Lexicon, q: &Quantity, floor: usize) -> Lead {
    let list = &tokens.list;
    let start_tok = q.tokens.start;
    let mut lead = Lead {
        start: q.sign.map_or(start_tok, |(s, _)| s),
        unit: None,
        hedge: Hedge::Exact,
        hedge_span: None,
    };
    if let Some((s, u)) = lex.units.ending_at(tokens, start_tok, floor) {
        if u.position != Position::After {
            lead.unit = Some(u);
            // `-$3.2 million`: the sign before the currency starts the claim.
            lead.start = lead.start.min(s);
        }
    }
    if let Some((s, h)) = lex.hedges_before.ending_at(tokens, lead.start, floor) {
        lead.hedge = *h;
        lead.hedge_span = Some(list[s].span.start..list[lead.start - 1].span.end);
        lead.start = s;
    }
    lead
}

/// The scale after quantity `q` (`billion`, or glued `bn`, `k`; single letters only
/// when glued: `23m`) and the token after it; 1 and the quantity's end without one. A
/// letter that is also a unit (`m`) is the unit before a dimension word (`2m high`).
fn scale_after(tokens: &Tokens, lex: &Lexicon, q: &Quantity) -> (f64, usize) {
    let list = &tokens.list;
    let mut j = q.tokens.end;
    let mut scale = 1.0;
    let at = skip_hyphens(tokens, j);
    // A scale word is on the number's line (`9` ending a table row, then `Tỷ trọng`,
    // "share", opening the next, is not 9 billion).
    let same_line = |k: usize| list[k].paragraph == list[q.tokens.end - 1].paragraph;
    if let Some((end, s)) = lex.scales.longest_at(tokens, at).filter(|_| same_line(at)) {
        let glued = !list[at].space_before;
        let letter = tokens.norm(at).chars().count() == 1;
        let unit = || {
            letter
                && lex.units.at(tokens, at).is_some()
                && lex[W::DimensionWords].at(tokens, at + 1).is_some()
        };
        if (glued || !letter) && !unit() {
            scale = *s;
            j = end;
        }
    }
    // `3 mrd. euro`, `3,5 mld. waard`: an abbreviated scale's full stop before the
    // unit or a lower-case word (no sentence ends there).
    let lower = |k: usize| {
        list.get(k).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.capitalised && t.sentence == list[j - 1].sentence
        })
    };
    if scale != 1.0
        && norm_is(tokens, j, ".")
        && !list[j].space_before
        && (lex.units.longest_at(tokens, j + 1).is_some() || lower(j + 1))
    {
        j += 1;
    }
    (scale, j)
}

/// Reads what follows the number and its scale from token `j`: a `-plus` hedge and a
/// unit, when the lead has none. Returns the token after them.
fn trail(tokens: &Tokens, lex: &Lexicon, lead: &mut Lead, mut j: usize) -> usize {
    let list = &tokens.list;
    let at = skip_hyphens(tokens, j);
    if let Some((end, h)) = lex.hedges_after.longest_at(tokens, at) {
        if lead.hedge == Hedge::Exact {
            lead.hedge = *h;
            lead.hedge_span = Some(list[at].span.start..list[end - 1].span.end);
            j = end;
        } else if lead.hedge == *h {
            // `an estimated 60-odd`: the same hedge twice; the first is the one edited.
            j = end;
        }
    }
    // A unit is on its figure's line: `more than 100,000` ending a line and `x …`
    // opening the next are no multiple.
    if lead.unit.is_none() {
        let at = skip_hyphens(tokens, j);
        let same_line = at < tokens.len() && list[at].paragraph == list[j - 1].paragraph;
        if let Some((end, u)) = lex.units.longest_at(tokens, at).filter(|_| same_line) {
            if u.position != Position::Before {
                lead.unit = Some(u);
                j = end;
            }
        }
    }
    j
}

/// After a scale (`tỷ` at `j`'s left), a smaller part of the same figure: digits and a
/// smaller scale (`3 tỷ 500 triệu`) or a half (`2 tỷ rưỡi`). Returns the part's value
/// and tolerance in units and the token after it.
fn sub_scale(tokens: &Tokens, lex: &Lexicon, scale: f64, j: usize) -> Option<(f64, f64, usize)> {
    let t = tokens
        .list
        .get(j)
        .filter(|t| scale > 1.0 && t.space_before)?;
    let same_line = |k: usize| tokens.list[k].paragraph == t.paragraph;
    if t.kind == TokenKind::Word {
        let half = lex.numerals.word(tokens.norm(j))?;
        let after_scale_only = half.class == crate::lang::NumClass::Half
            && lex.numerals.class(tokens.norm(j - 1)) == Some(crate::lang::NumClass::Scale);
        return (after_scale_only && half.value == 0.5).then_some((
            half.value * scale,
            0.05 * scale,
            j + 1,
        ));
    }
    let d = t
        .number
        .filter(|d| d.decimals == 0 && d.value >= 1.0 && d.value < 1000.0)?;
    let (end, part) = lex.scales.longest_at(tokens, j + 1)?;
    let word = tokens.norm(j + 1).chars().count() > 1 && tokens.list[j + 1].space_before;
    (word && *part < scale && *part >= 1000.0 && same_line(end - 1)).then_some((
        d.value * part,
        0.5 * part,
        end,
    ))
}

/// Whether token `j` is a half that can only close a figure (`rưỡi`), not one that
/// opens a proportion (`half the country`).
fn half_after(tokens: &Tokens, lex: &Lexicon, j: usize) -> bool {
    j < tokens.len()
        && tokens.list[j].space_before
        && lex
            .numerals
            .word(tokens.norm(j))
            .is_some_and(|n| n.class == crate::lang::NumClass::Half && n.value == 0.5)
        && lex.proportions.longest_at(tokens, j).is_none()
}

/// The kind of a claim: its unit's, or a calendar year (four plain digits from 1800
/// to 2100, no unit, no scale), or a count.
fn kind_of(tokens: &Tokens, start_tok: usize, unit: Option<&UnitWord>, scale: f64) -> Kind {
    let digits = tokens.list[start_tok].number;
    let is_year = unit.is_none()
        && scale == 1.0
        && digits
            .is_some_and(|d| d.decimals == 0 && !d.grouped && (1800.0..=2100.0).contains(&d.value))
        && tokens.norm(start_tok).len() == 4;
    match unit {
        Some(u) => u.kind,
        None if is_year => Kind::Year,
        None => Kind::Count,
    }
}

/// Reads one claim around quantity `q`.
fn read_claim(tokens: &Tokens, lex: &Lexicon, q: &Quantity, floor: usize) -> Claim {
    let list = &tokens.list;
    let start_tok = q.tokens.start;
    let mut lead = lead(tokens, lex, q, floor);
    let (mut scale, j) = scale_after(tokens, lex, q);
    let (mut value, mut tolerance, mut number_end) = (q.value, q.tolerance, q.tokens.end);
    // `3 tỷ 500 triệu`, `2 tỷ rưỡi`: the whole figure, in units (a suggestion rewrites
    // all of it).
    let j = match sub_scale(tokens, lex, scale, j) {
        Some((part, part_tolerance, end)) => {
            (value, tolerance, number_end) = (q.value * scale + part, part_tolerance, end);
            scale = 1.0;
            end
        }
        None => j,
    };
    let after_number = j;
    let mut j = trail(tokens, lex, &mut lead, j);
    // `ba năm rưỡi`: a half after the unit, three and a half years.
    if j > after_number && scale == 1.0 && half_after(tokens, lex, j) {
        (value, tolerance) = (value + 0.5, 0.05);
        j += 1;
    }
    let unit = lead.unit;
    let factor = unit.map_or(1.0, |u| u.factor);
    let kind = kind_of(tokens, start_tok, unit, scale);
    // A year is a date, not an amount: `tot 2023`, `until 2030` bound a period.
    if kind == Kind::Year && lead.hedge != Hedge::Exact {
        lead.hedge = Hedge::Exact;
        lead.hedge_span = None;
        lead.start = start_tok;
    }
    let sign = q.sign.map_or(1.0, |(_, s)| s);
    let mut claim = Claim {
        span: list[lead.start].span.start..list[j - 1].span.end,
        number_span: list[start_tok].span.start..list[number_end - 1].span.end,
        hedge_span: lead.hedge_span,
        kind,
        value: sign * value * scale * factor,
        // Half a unit of the last place written, scaled: `2 million` is 1.5–2.5
        // million. A scale that is no power of ten counts its places in tens (`a
        // dozen` is 12 ± 5, not 12 ± 6, which would take in 6).
        tolerance: if kind == Kind::Year {
            0.0
        } else {
            tolerance * crate::number::decimal_place(scale) * factor
        },
        scale: scale * factor,
        unit: unit.map(|u| u.unit),
        hedge: lead.hedge,
        ordinal_style: OrdinalStyle::None,
        segments: Vec::new(),
        first_token: lead.start,
        end_token: j,
        sentence: list[start_tok].sentence as usize,
        shape: Shape::Level,
        typed_folded: list[start_tok].folded,
    };
    shape::mark_change(tokens, lex, &mut claim, q.sign.map(|(_, s)| s), floor);
    claim
}
