//! Ranges: a second number that makes a first one a range (`15–18 billion USD`,
//! `between 15 and 18`, `từ 15 đến 18`), or a change's two levels (`rose from 2.1 to
//! 2.5 million`), and the one claim the two bounds make.

use super::*;

/// A second number that makes `first` a range: after a dash or `to` (`15–18`, `15 to
/// 18`), or after `and`/`to` when a range opener stands before it (`between 15 and
/// 18`, `van 15 tot 18`, `từ 15 đến 18`). Returns it, the opener's token, and whether
/// the two are a change's start and end instead, two levels (`rose from $1,000 to
/// $1,500`, `daalde van 12 naar 9 euro`; `rose between 15 and 18 per cent` stays a
/// range).
pub(in crate::extract) fn range_after(
    tokens: &Tokens,
    lex: &Lexicon,
    first: &Claim,
    floor: usize,
) -> Option<(Quantity, Option<usize>, bool)> {
    let next = past_cut(tokens, first.end_token);
    if next >= tokens.len() {
        return None;
    }
    let opener = || {
        lex[W::RangeOpeners]
            .ending_at(tokens, first.first_token, floor)
            .map(|(s, _)| s)
    };
    let change_to = || lex[W::ChangeTo].at(tokens, next);
    // The closing word is looked up first: most numbers are followed by neither.
    // A word that only says where a change went (`naar`) closes no range.
    let (after, opener, to_only) = if lex.vocab.range_joiners.contains(&tokens.norm(next)) {
        // `een groei van 5%–7%`: before a dash, `van` is "of", opening no range.
        let dash = tokens.list[next].kind != TokenKind::Word;
        let of = |&s: &usize| dash && lex[W::ChangeBy].at(tokens, s).is_some();
        (next + 1, opener().filter(|s| !of(s)), false)
    } else if let Some(after) = lex[W::RangeAnds].at(tokens, next) {
        (after, Some(opener()?), false)
    } else {
        (change_to()?, Some(opener()?), true)
    };
    let change_before = opener.is_some_and(|s| lex.changes.ending_at(tokens, s, floor).is_some());
    let levels = change_before && change_to().is_some();
    if to_only && !levels {
        return None;
    }
    // `$2bn–$3bn`: a currency before the second number.
    let at = match lex.units.longest_at(tokens, after) {
        Some((e, u)) if u.position != Position::After => e,
        _ => after,
    };
    let q = number_at(tokens, lex, at)?;
    Some((q, opener, levels))
}

/// `vijf- tot zesduizend`, `two- to three-fold`: the token after a bound cut short by a
/// hyphen before a joining word (`k` itself when none is).
pub(in crate::extract) fn past_cut(tokens: &Tokens, k: usize) -> usize {
    // (The joining word itself is checked where the range is read.)
    let cut = k + 1 < tokens.len()
        && tokens.is_hyphen(k)
        && !tokens.list[k].space_before
        && tokens.list[k + 1].space_before;
    k + usize::from(cut)
}

/// `vijf- tot zesduizend`: the hundred or power of a thousand the second bound's closed
/// compound ends in (`duizend`), which the first bound, cut short before it, leaves out.
fn compound_tail(second: &Claim) -> f64 {
    [1e9, 1e6, 1e3, 100.0]
        .into_iter()
        .find(|p| second.value > *p && (second.value / p).fract() == 0.0)
        .unwrap_or(1.0)
}

/// `rose from 2.1 to 2.5 million`, `daalde van 12 naar 9 euro`: the first of a change's
/// two levels, written bare, takes the second's unit and scale.
pub(in crate::extract) fn share_unit(mut first: Claim, second: &Claim) -> Claim {
    let bare = first.unit.is_none() && first.scale == 1.0 && first.kind == Kind::Count;
    let measured = second.unit.is_some() || second.scale != 1.0;
    if bare && measured && second.kind != Kind::Year {
        first.kind = second.kind;
        first.unit = second.unit;
        first.scale = second.scale;
        first.value *= second.scale;
        first.tolerance *= second.scale;
    }
    first
}

/// One claim for the range `first`–`second`, the second's unit and scale applying to
/// both; `None` when the two are not one range (years, different units, a high end
/// below the low end).
pub(in crate::extract) fn merge_range(
    tokens: &Tokens,
    lex: &Lexicon,
    floor: usize,
    mut first: Claim,
    mut second: Claim,
    opener: Option<usize>,
) -> Option<Claim> {
    if first.kind == Kind::Year || second.kind == Kind::Year {
        return None;
    }
    let cut = past_cut(tokens, first.end_token) > first.end_token;
    if lex.vocab.compounds && cut && second.scale == 1.0 {
        let tail = compound_tail(&second);
        first.value *= tail;
        first.tolerance *= tail;
    }
    // `€2–3bn`, `$15-18 billion`, `$1.5bn-2bn`: a currency before the first bound is
    // the second's too, and the second's scale then applies to a first without one.
    // Written before: a token between the hedge (or the claim's start) and the number.
    let list = &tokens.list;
    let number_tok = (first.first_token..first.end_token)
        .find(|&k| list[k].span.start == first.number_span.start)
        .unwrap_or(first.first_token);
    let unit_before = first.unit.is_some()
        && number_tok > first.first_token
        && first
            .hedge_span
            .as_ref()
            .is_none_or(|h| list[number_tok - 1].span.start >= h.end);
    let currency_first = unit_before && second.unit.is_none();
    if currency_first && second.kind == Kind::Count {
        second.kind = first.kind;
        second.unit = first.unit;
    }
    // `van € 2,1 tot € 2,4 miljard`: the same currency before both.
    let same_currency = unit_before && first.unit == second.unit;
    if first.scale == 1.0 && (first.unit.is_none() || currency_first || same_currency) {
        first.kind = second.kind;
        first.unit = second.unit;
        first.scale = second.scale;
        first.value *= second.scale;
        first.tolerance *= second.scale;
    } else if first.unit.is_none() && first.kind == Kind::Count && first.scale == second.scale {
        // `từ 2,1 tỷ đến 2,4 tỷ USD`: both scaled, the unit written once.
        first.kind = second.kind;
        first.unit = second.unit;
    }
    if first.unit != second.unit || first.kind != second.kind || first.value >= second.value {
        return None;
    }
    let start = opener.unwrap_or(first.first_token);
    let mut range = Claim {
        span: list[start].span.start..second.span.end,
        number_span: first.number_span.start..second.number_span.end,
        tolerance: first.tolerance.min(second.tolerance),
        shape: Shape::Range {
            low: first.value,
            high: second.value,
        },
        first_token: start,
        end_token: second.end_token,
        ..first
    };
    // `khoảng từ 20 đến 25 tỷ USD`: a hedge before the opener.
    if opener.is_some() {
        add_hedge(tokens, lex, &mut range, floor);
    }
    Some(range)
}
