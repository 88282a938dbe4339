//! Readings of a number that make it no claim: a date, a time, a label, a phone
//! number, a code, a street number.

use super::*;

/// Whether the number `q` is not a claim (a date, time, label, phone number, street
/// number); if so, the token index to go on from.
pub(super) fn not_a_claim(
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
        lex[W::Months]
            .ending_at(tokens, p + 1, p.saturating_sub(1))
            .is_some()
    });
    // `16th November`.
    let suffixed_month = lex[W::OrdinalSuffixes].at(tokens, end).is_some()
        && !list[end].space_before
        && lex[W::Months].at(tokens, end + 1).is_some();
    // `16-18 November`.
    let range_to_month = end < tokens.len()
        && lex.vocab.date_joiners.contains(&norm(end))
        && list
            .get(end + 1)
            .is_some_and(|n| n.kind == TokenKind::Number)
        && lex[W::Months].at(tokens, end + 2).is_some();
    let month_after = lex[W::Months].at(tokens, end).is_some() || suffixed_month || range_to_month;
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
        && lex[W::PeriodWords]
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
    if lex[W::TimeWords].at(tokens, end).is_some() {
        return Some(end);
    }
    // Labels: `page 5`, `Decree 15`, `No. 15`, and designations after a proper noun
    // that is not the first word of its sentence (`Nhon Trach 3 and 4`, `BRICS 2024`).
    if let Some(p) = prev {
        let labelled = lex[W::LabelWords]
            .ending_at(tokens, i, p.saturating_sub(2))
            .is_some()
            || lex[W::RankNumber]
                .ending_at(tokens, i, p.saturating_sub(2))
                .is_some();
        let after_name = list[p].kind == TokenKind::Word
            && list[p].capitalised
            && !list[p].possessive
            && tokens.sentence_starts[list[p].sentence as usize] != p
            && lex.units.ending_at(tokens, i, p).is_none()
            && lex.hedges_before.ending_at(tokens, i, p).is_none()
            && lex[W::Months].at(tokens, p).is_none();
        if labelled || (is_digits && after_name) {
            // `3 and 4` after a name: the second number is a label too.
            let mut next = end;
            while lex[W::Coordinators].at(tokens, next).is_some() || norm_is(tokens, next, ",") {
                match list.get(next + 1) {
                    Some(n) if n.kind == TokenKind::Number => next += 2,
                    _ => break,
                }
            }
            return Some(next);
        }
    }
    // Events, not quantities: `the 2 millionth TEU`.
    if lex[W::OrdinalScales].at(tokens, end).is_some() {
        return Some(end + 1);
    }
    // House numbers: `12 Ly Thai To Street`.
    let mut k = end;
    while k < tokens.len() && k < end + 5 && list[k].capitalised && list[k].kind == TokenKind::Word
    {
        if lex[W::StreetWords].at(tokens, k).is_some() {
            return Some(k + 1);
        }
        k += 1;
    }
    if k > end && lex[W::StreetWords].at(tokens, k).is_some() {
        return Some(k + 1);
    }
    None
}
