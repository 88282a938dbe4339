//! Readings of a number as part of the calendar or the clock: dates, periods, times.

use super::*;

/// `2025-11-25`, `14-07-1989`, `03.12.2025`: three numbers glued by one separator,
/// the first or the last a four-digit year.
pub(super) fn numeric_date(at: &mut At) -> Option<usize> {
    let (tokens, end) = (at.tokens, at.end);
    let three = at.digits
        && at.joined_number_after(end)
        && at.joined_number_after(end + 2)
        && at.norm(end) == at.norm(end + 2)
        && matches!(at.norm(end), "-" | ".");
    (three && (four_digit(tokens, at.i) || four_digit(tokens, end + 3))).then_some(end + 4)
}

/// Next to a month name (`November 3`, `3 november`, `16th November`, `16-18
/// November`), continuing a date (`3, 2025`), or around a slash (`04/11/2025`).
pub(super) fn date(at: &mut At) -> Option<usize> {
    let (tokens, lex, i, end) = (at.tokens, at.lex, at.i, at.end);
    let list = &tokens.list;
    // A day or a year: a whole number with no unit (`in oktober 2,8 procent` is a
    // percentage after a month, not the 2nd of October).
    let whole = list[i].number.is_some_and(|d| d.decimals == 0);
    let amount = lex
        .units
        .longest_at(tokens, skip_hyphens(tokens, end))
        .is_some_and(|(_, u)| matches!(u.kind, Kind::Percent | Kind::Amount));
    if !at.digits || !whole || amount {
        return None;
    }
    let months = &lex[W::Months];
    // `Nov. 27`: an abbreviated month's period stands between.
    let month_before = at.prev().is_some_and(|p| {
        let abbreviated = at.is(p, ".") && p > 0 && !list[p].space_before;
        let m = if abbreviated { p - 1 } else { p };
        months
            .ending_at(tokens, m + 1, m.saturating_sub(1))
            .is_some()
    });
    let suffixed_month = lex[W::OrdinalSuffixes].at(tokens, end).is_some()
        && !list[end].space_before
        && months.at(tokens, end + 1).is_some();
    let joiners = lex.vocab.date_joiners;
    let range_to_month = end < tokens.len()
        && joiners.contains(&at.norm(end))
        && list
            .get(end + 1)
            .is_some_and(|n| n.kind == TokenKind::Number)
        && months.at(tokens, end + 2).is_some();
    let month_after = months.at(tokens, end).is_some() || suffixed_month || range_to_month;
    let continues_date = at.date_end.is_some_and(|d| {
        (i == d + 1 || i == d + 2) && (d + 1..i).all(|k| joiners.contains(&tokens.norm(k)))
    });
    let slashed = at.is(end, "/") || at.prev().is_some_and(|p| at.is(p, "/") && at.joined(p));
    if month_before || month_after || continues_date || slashed {
        *at.date_end = Some(i);
        return Some(end);
    }
    None
}

/// `fiscal year 2024`: a year that names a period.
pub(super) fn period(at: &mut At) -> Option<usize> {
    let period = at.lex[W::PeriodWords]
        .ending_at(at.tokens, at.i, at.i.saturating_sub(3))
        .is_some();
    (four_digit(at.tokens, at.i) && period).then_some(at.end)
}

/// `10:30`, `10.30 uur`, `3 pm`, `10 giờ`.
pub(super) fn time(at: &mut At) -> Option<usize> {
    let end = at.end;
    let clock = (at.is(end, ":") || at.is(end, "."))
        && at
            .tokens
            .list
            .get(end + 1)
            .is_some_and(|n| n.kind == TokenKind::Number && !n.space_before);
    // `om 20.45` in Dutch: two decimals after the other style's point that read as a
    // clock, with no unit.
    let d = at.tokens.list[at.i].number;
    let foreign = at.lex.vocab.decimal_separator != '.' && at.norm(at.i).contains('.');
    let hhmm = d.is_some_and(|d| {
        d.decimals == 2 && d.value < 24.0 && (d.value.fract() * 100.0).round() < 60.0
    });
    if at.digits && foreign && hhmm && !at.measured() {
        return Some(end);
    }
    if at.digits && clock {
        // `3:05:12`: seconds too.
        let mut next = end + 2;
        while at.is(next, ":") && at.joined_number_after(next) {
            next += 2;
        }
        return Some(next);
    }
    // `7 giờ 30`, `7 giờ 30 phút`, `7 giờ 30 sáng`: minutes after the hour word,
    // closing the phrase or with their own time word or a part of the day, are the
    // time's too (`at 3 pm 40 people came` are not).
    let list = &at.tokens.list;
    let after = at.lex[W::TimeWords].at(at.tokens, end)?;
    // `2½ uur`, `2,5 giờ`, `anderhalf uur`: a fraction of an hour, in words or the
    // language's own style, is a length of time (the time word is its unit).
    let own_style =
        !at.digits || at.end > at.i + 1 || at.norm(at.i).contains(at.lex.vocab.decimal_separator);
    if own_style && at.value.fract() != 0.0 && at.lex.units.at(at.tokens, end).is_some() {
        return None;
    }
    let minutes = list
        .get(after)
        .and_then(|n| n.number)
        .is_some_and(|m| m.decimals == 0 && m.value < 60.0);
    if !minutes {
        return Some(end);
    }
    let closing = list
        .get(after + 1)
        .is_none_or(|n| n.kind == TokenKind::Symbol || n.paragraph != list[after].paragraph)
        || at.lex[W::DayParts].at(at.tokens, after + 1).is_some();
    match at.lex[W::TimeWords].at(at.tokens, after + 1) {
        Some(e) => Some(e),
        None if closing => Some(after + 1),
        None => Some(end),
    }
}
