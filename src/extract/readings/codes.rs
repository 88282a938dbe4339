//! Readings of a number as part of a code or an identifier: a unit's name, a code
//! glued to letters, a phone number, a label with a leading zero, a counter, a
//! postcode, a long identifier, a software version.

use super::*;

/// `km2` written alone (a column's label): the digit ends a unit's name.
pub(super) fn in_unit(at: &mut At) -> Option<usize> {
    let (s, _) = at
        .lex
        .units
        .ending_at(at.tokens, at.end, at.i.saturating_sub(3))?;
    (s < at.i).then_some(at.end)
}

/// `5G`, `3D`: a short word glued after digits. A glued scale, unit, hedge or ordinal
/// ending (`2m`, `1.6GW`, `175,000ha`, `3rd`) is not a code, and a long word glued on
/// is a lost space in scraped copy (`26Kanagawa`). A capitalised word hyphened on
/// names something (`7-Eleven`), unless it is a unit (`a 3-Day Visit`).
pub(super) fn code_after(at: &mut At) -> Option<usize> {
    let (tokens, lex, end) = (at.tokens, at.lex, at.end);
    let list = &tokens.list;
    let glued = list.get(end).is_some_and(|n| {
        n.kind == TokenKind::Word && !n.space_before && tokens.norm(end).chars().count() <= 3
    });
    // `7-Eleven`: a capitalised word glued on by a hyphen names something.
    let named = end + 1 < list.len()
        && tokens.is_hyphen(end)
        && !list[end].space_before
        && !list[end + 1].space_before
        && list[end + 1].kind == TokenKind::Word
        && list[end + 1].capitalised;
    if !at.digits || !(glued || named) {
        return None;
    }
    let end = if glued { end } else { end + 1 };
    let known = lex.scales.at(tokens, end).is_some()
        || lex.units.at(tokens, end).is_some()
        || lex.hedges_after.at(tokens, end).is_some()
        || lex[W::OrdinalSuffixes].at(tokens, end).is_some()
        || lex.vocab.decade_suffixes.contains(&at.norm(end))
        || lex[W::TimeWords].at(tokens, end).is_some();
    (!known).then_some(end + 1)
}

/// `G7`, `COVID-19`, `A350-900`, `ASEAN+3`, `Frigate015`: glued to a name, a code or a
/// short word before it. A
/// lower-case word glued on is a lost space in scraped copy (`in2015`).
pub(super) fn code_before(at: &mut At) -> Option<usize> {
    let p = at.prev()?;
    let list = &at.tokens.list;
    let name_like = list[p].capitalised || at.norm(p).chars().count() < 2;
    // `USD48bn`: a currency glued on is no code.
    let currency = at
        .lex
        .units
        .ending_at(at.tokens, at.i, p.saturating_sub(1))
        .is_some_and(|(_, u)| u.position != Position::After);
    let glued_word = list[p].kind == TokenKind::Word && at.joined(p) && name_like && !currency;
    // `COVID-19`, and after a code (`A350-900`, `P5+1`) or a name in capitals (`ASEAN+3`).
    let joiner = at.tokens.is_hyphen(p) || at.is(p, "+");
    let code_or_name = |k: usize| match list[k].kind {
        TokenKind::Word => at.tokens.is_hyphen(p) || list[k].inner_capital,
        TokenKind::Number => {
            joiner && k > 0 && list[k - 1].kind == TokenKind::Word && at.joined(k - 1)
        }
        TokenKind::Symbol => false,
    };
    let glued_hyphen =
        joiner && at.joined(p) && p > 0 && code_or_name(p - 1) && !list[p].space_before;
    (at.digits && (glued_word || glued_hyphen)).then_some(at.end)
}

/// Three or more digit groups in a row, or two after a leading `+`.
pub(super) fn phone(at: &mut At) -> Option<usize> {
    let list = &at.tokens.list;
    let plus_before = at.prev().is_some_and(|p| at.is(p, "+") && at.joined(p));
    let mut groups = 1;
    let mut k = at.end;
    while list.get(k).is_some_and(|n| n.kind == TokenKind::Number) && k > 0 {
        groups += 1;
        k += 1;
        if list
            .get(k)
            .is_some_and(|s| matches!(at.norm(k), "-" | ".") && !s.space_before)
        {
            k += 1;
        }
    }
    // `1900 1566`: two plain groups of four digits are a hotline, not a year and a
    // count.
    let plain4 = |j: usize| {
        list[j]
            .number
            .is_some_and(|d| d.decimals == 0 && !d.grouped)
            && at.norm(j).len() == 4
    };
    let hotline = groups == 2 && plain4(at.i) && plain4(at.i + 1);
    let phone_like = groups >= 3 || (groups >= 2 && plus_before) || hotline;
    (at.digits && phone_like).then_some(k.max(at.end))
}

/// `Frigate 015`: a leading zero makes a label.
pub(super) fn leading_zero(at: &mut At) -> Option<usize> {
    let d = at.tokens.list[at.i].number?;
    if !d.leading_zero {
        return None;
    }
    let list = &at.tokens.list;
    let mut next = at.end;
    // `020 555 0192`, `020-5550192`: the groups after it belong to the label too.
    loop {
        if list.get(next).is_some_and(|n| n.kind == TokenKind::Number) {
            next += 1;
        } else if at.joined_number_after(next) {
            next += 2;
        } else {
            return Some(next);
        }
    }
}

/// `(1)`, `Reactie (0)`: a bare number alone in parentheses is a counter.
pub(super) fn parenthesised(at: &mut At) -> Option<usize> {
    let open = at.prev().is_some_and(|p| at.is(p, "("));
    (at.digits && open && at.is(at.end, ")")).then_some(at.end + 1)
}

/// `1012 LM Amsterdam`: four digits, two capitals, then a name.
pub(super) fn postcode(at: &mut At) -> Option<usize> {
    let (tokens, end) = (at.tokens, at.end);
    let list = &tokens.list;
    let letters = list
        .get(end)
        .is_some_and(|t| t.kind == TokenKind::Word && t.space_before && at.norm(end).len() == 2)
        && tokens.list[end].capitalised
        && !at.measured();
    let name_after = list
        .get(end + 1)
        .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised);
    (four_digit(tokens, at.i) && letters && name_after).then_some(end + 1)
}

/// `9321483`: seven or more digits written with no grouping and no unit, scale or
/// currency are an identifier (a quantity that large is grouped: `9,321,483`).
pub(super) fn long_code(at: &mut At) -> Option<usize> {
    let d = at.tokens.list[at.i].number?;
    let currency = at
        .lex
        .units
        .ending_at(at.tokens, at.i, at.i.saturating_sub(2));
    // Seven digits or more (an IMO or a phone number); invisible characters inside
    // group the digits (`630\u{200B}000`).
    let t = &at.tokens.list[at.i];
    let plain = t.span.len() == at.norm(at.i).len();
    let long = at.norm(at.i).len() >= 7 && d.decimals == 0 && !d.grouped && plain;
    (at.digits && long && currency.is_none() && !at.measured()).then_some(at.end)
}

/// `Python 3.12`, `Django 4.2`: a decimal after a name that opens its sentence, with
/// no unit or scale, is a version. (Names inside a sentence are the label reading's;
/// a hedge, unit, month, change or function word that opens a sentence is no name.)
pub(super) fn version(at: &mut At) -> Option<usize> {
    let (tokens, lex, i) = (at.tokens, at.lex, at.i);
    let list = &tokens.list;
    // Most numbers have no decimals or are not a sentence's second token.
    let d = list[i].number.filter(|d| d.decimals > 0)?;
    let p = at.prev()?;
    if tokens.sentence_starts[list[p].sentence as usize] != p {
        return None;
    }
    let name = list[p].kind == TokenKind::Word && list[p].capitalised && !list[p].possessive;
    if !(at.digits && name && !d.grouped && d.value < 100.0) || at.measured() {
        return None;
    }
    let word = at.norm(p);
    let known = lex.starters.contains(word)
        || lex.vocab.function_words.contains(&word)
        || lex.hedges_before.ending_at(tokens, i, p).is_some()
        || lex.units.ending_at(tokens, i, p).is_some()
        || lex.changes.ending_at(tokens, i, p).is_some()
        || lex[W::Months].at(tokens, p).is_some()
        || lex[W::RangeOpeners].at(tokens, p).is_some();
    (!known).then_some(at.end)
}
