//! The shape of a quantity besides its value: a range with two bounds (`15–18 billion
//! USD`, `between 15 and 18`, `từ 15 đến 18`), a change (`fell 2.4%`, `-2.4%`,
//! `doubled`), a fraction or proportion (`a third`, `two-thirds`, `one in five`,
//! `1/3`, `½`, `driekwart`, `một phần ba`), and the readings that are no count at all:
//! ordinals that rank nothing (`50th anniversary`, `twenty-first`) and decades (`the
//! 1990s`, `de jaren negentig`).

use super::*;
use crate::lang::{Lang, NumClass};

mod change;
mod range;

pub(super) use change::mark_change;
pub(super) use range::{merge_range, past_cut, range_after, share_unit};

/// Whether a symbol token is a sign (`-`, `−` U+2212, `+`).
pub(super) fn is_sign(s: &str) -> bool {
    matches!(s, "-" | "\u{2212}" | "+")
}

/// The value of a vulgar fraction character (`½` → 0.5).
pub(super) fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// A sign before a number at token `i` (`-2.4`, `−2.4`, `+5`, `minus 3`): the number's
/// token and the sign. A dash between two numbers is a range, not a sign.
pub(super) fn sign_at(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<(usize, f64)> {
    let list = &tokens.list;
    let next = list.get(i + 1)?;
    if list[i].kind == TokenKind::Symbol {
        let sign = match tokens.norm(i) {
            "-" | "\u{2212}" => -1.0,
            "+" => 1.0,
            _ => return None,
        };
        let opens =
            i == 0 || list[i].space_before || matches!(tokens.norm(i - 1), "(" | ":" | "\"");
        let after_number = i > 0 && list[i - 1].kind == TokenKind::Number;
        // `-$3.2 million`: a currency between the sign and the number, glued on.
        let at = match next.kind {
            TokenKind::Number => i + 1,
            _ => match lex.units.longest_at(tokens, i + 1) {
                Some((e, u)) if u.position != Position::After && !next.space_before => e,
                _ => i + 1,
            },
        };
        let number = list
            .get(at)
            .is_some_and(|n| n.kind == TokenKind::Number && !n.space_before);
        return (number && opens && !after_number).then_some((at, sign));
    }
    let end = lex[W::MinusWords].at(tokens, i)?;
    (list.get(end)?.kind == TokenKind::Number).then_some((end, -1.0))
}

/// A change that is a figure itself (`doubled` → 2, `halved` → 0.5, `gấp đôi`) at
/// token `i`: a multiple with a direction.
pub(super) fn multiple_change_at(
    tokens: &Tokens,
    lex: &Lexicon,
    i: usize,
) -> Option<(Claim, usize)> {
    let list = &tokens.list;
    let (end, direction, m) = match lex.changes.longest_at(tokens, i) {
        Some((end, c)) => {
            let c = lex.change(c);
            (end, c.direction, c.multiple?)
        }
        None if list[i].kind == TokenKind::Word => {
            let m = lex
                .numerals
                .multiple(tokens.norm(i), lex.vocab.multiple_affixes)?;
            (i + 1, 1, m)
        }
        None => return None,
    };
    let mut claim = bare_claim(tokens, i..end, Kind::Multiple, m, 0.0);
    claim.unit = Some("x");
    claim.shape = Shape::Change { direction };
    add_hedge(tokens, lex, &mut claim, i.saturating_sub(4));
    claim.number_span = list[i].span.start..list[end - 1].span.end;
    Some((claim, end))
}

/// A claim over tokens `r` with no unit, hedge or scale.
fn bare_claim(tokens: &Tokens, r: Range<usize>, kind: Kind, value: f64, tolerance: f64) -> Claim {
    let list = &tokens.list;
    let span = list[r.start].span.start..list[r.end - 1].span.end;
    Claim {
        span: span.clone(),
        number_span: span,
        hedge_span: None,
        kind,
        value,
        tolerance,
        scale: 1.0,
        unit: None,
        hedge: Hedge::Exact,
        ordinal_style: OrdinalStyle::None,
        segments: Vec::new(),
        first_token: r.start,
        end_token: r.end,
        sentence: list[r.start].sentence as usize,
        shape: Shape::Level,
        typed_folded: list[r.start].folded,
    }
}

/// Widens `claim` to a hedge written before it (`nearly half`, `more than a third`).
fn add_hedge(tokens: &Tokens, lex: &Lexicon, claim: &mut Claim, floor: usize) {
    let start = claim.first_token;
    if let Some((s, h)) = lex.hedges_before.ending_at(tokens, start, floor) {
        let list = &tokens.list;
        claim.hedge = *h;
        claim.hedge_span = Some(list[s].span.start..list[start - 1].span.end);
        claim.span.start = list[s].span.start;
        claim.first_token = s;
    }
}

/// A whole count read at token `i`, from digits or words: (end, value).
fn count_at(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<(usize, f64)> {
    let t = tokens.list.get(i)?;
    if let Some(d) = t.number {
        return (d.decimals == 0 && !d.grouped && d.value >= 1.0).then_some((i + 1, d.value));
    }
    let r = lex.numerals.read(tokens, i)?;
    (!r.ordinal && r.value >= 1.0 && r.value.fract() == 0.0).then_some((r.end, r.value))
}

fn is_article(tokens: &Tokens, lex: &Lexicon, i: usize) -> bool {
    i < tokens.len() && lex.numerals.class(tokens.norm(i)) == Some(NumClass::Article)
}

/// A fraction or proportion at token `i`, as a claim of kind percent with its value
/// as a ratio and [`Shape::Fraction`] (a verdict compares it as a percentage); or, for
/// `a quarter of a million`, the count it scales.
pub(super) fn fraction_at(
    tokens: &Tokens,
    lex: &Lexicon,
    i: usize,
    floor: usize,
) -> Option<(Claim, usize)> {
    let list = &tokens.list;
    let t = &list[i];
    // Digits start a fraction only before `/` or `in` (`1/3`, `1 in 5`): one lookup
    // keeps the common case cheap.
    if t.kind == TokenKind::Number
        && !norm_is(tokens, i + 1, "/")
        && lex[W::OneIn].at(tokens, i + 1).is_none()
    {
        return None;
    }
    // `half a percent` is a level in percent, not a proportion.
    if t.kind == TokenKind::Word && super::half_percent(tokens, lex, i).is_some() {
        return None;
    }
    let (end, num, den) = match t.kind {
        TokenKind::Symbol => (i + 1, vulgar(tokens.norm(i))?, 1.0),
        TokenKind::Number => match slash_fraction(tokens, lex, i) {
            Some(f) => f,
            None => written_fraction(tokens, lex, i)?,
        },
        TokenKind::Word => written_fraction(tokens, lex, i)?,
    };
    let ratio = num / den;
    // `a quarter of a million`: a count; `a quarter-century`, `half a century`, `a
    // quarter of a century`: a length of time in that unit, not a proportion.
    if let Some(of_end) = fraction_of_quantity(tokens, lex, end) {
        let q = Quantity {
            tokens: i..of_end,
            value: ratio,
            tolerance: 0.01,
            style: OrdinalStyle::Word,
            sign: None,
        };
        let claim = read_claim(tokens, lex, &q, floor);
        let next = claim.end_token;
        return Some((claim, next));
    }
    let tolerance = if den > 1.0 {
        (0.25 / den).min(0.05)
    } else {
        0.05
    };
    let mut claim = bare_claim(tokens, i..end, Kind::Percent, ratio, tolerance);
    claim.shape = Shape::Fraction;
    add_hedge(tokens, lex, &mut claim, floor);
    // `cut by a third`: a change by that proportion.
    mark_change(tokens, lex, &mut claim, None, floor);
    Some((claim, end))
}

/// Where a fraction ending before token `end` is part of a quantity: followed by a
/// scale, after `of a` or not (`a quarter of a million`, `driekwart miljoen`), or by a
/// unit written after numbers, after `of a`, an article, a hyphen or directly (`a
/// quarter of a century`, `half a century`, `a half-century`). Returns where the scale
/// or unit starts.
fn fraction_of_quantity(tokens: &Tokens, lex: &Lexicon, end: usize) -> Option<usize> {
    // `driekwart miljoen`, `a quarter million`: a scale right after counts too.
    let of = lex[W::FractionOf].at(tokens, end);
    if let Some(at) = of
        .or(Some(end))
        .filter(|&k| lex.scales.at(tokens, k).is_some())
    {
        return Some(at);
    }
    let article = (end < tokens.len()
        && lex.numerals.class(tokens.norm(end)) == Some(NumClass::Article))
    .then_some(end + 1);
    let at = of.or(article).unwrap_or(end);
    lex.units
        .longest_at(tokens, skip_hyphens(tokens, at))
        .is_some_and(|(_, u)| u.position != Position::Before)
        .then_some(at)
}

/// `1/3`, `3/4`: small denominators only, and not where a slash writes dates
/// (Vietnamese `3/11` is the 3rd of November).
fn slash_fraction(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<(usize, f64, f64)> {
    let list = &tokens.list;
    let a = list[i].number?;
    let glued = |k: usize| list.get(k).is_some_and(|t| !t.space_before);
    // Where a slash writes dates (`3/11`), only a hedge makes it a fraction (`khoảng
    // 1/3`).
    if lex.vocab.lang == Lang::Vi && lex.hedges_before.ending_at(tokens, i, 0).is_none() {
        return None;
    }
    if !(glued(i + 1) && tokens.norm(i + 1) == "/" && glued(i + 2)) {
        return None;
    }
    let b = list[i + 2].number?;
    let slash_before = i > 0 && tokens.norm(i - 1) == "/";
    let slash_after = glued(i + 3) && tokens.norm(i + 3) == "/";
    let whole = a.decimals == 0 && b.decimals == 0;
    let small = (2.0..=10.0).contains(&b.value) && a.value >= 1.0 && a.value < b.value;
    let date_before = i > 0 && lex[W::Months].at(tokens, i - 1).is_some();
    let post = opens_a_post(tokens, i);
    (whole && small && !slash_before && !slash_after && !date_before && !post).then_some((
        i + 3,
        a.value,
        b.value,
    ))
}

/// Whether `n/m` at token `i` opens its paragraph and a capitalised word follows
/// (`1/10 Back from the ministry`): a post's place in a thread, not a fraction.
pub(super) fn opens_a_post(tokens: &Tokens, i: usize) -> bool {
    let list = &tokens.list;
    let opens = i == 0 || list[i - 1].paragraph != list[i].paragraph;
    opens
        && list.get(i + 3).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.space_before
                && t.capitalised
                && t.paragraph == list[i].paragraph
        })
}

/// A fraction in words or `one in five`: (end, numerator, denominator).
fn written_fraction(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<(usize, f64, f64)> {
    let list = &tokens.list;
    // `driekwart`, `tweederde`.
    if let Some(v) = lex.numerals.closed_fraction(tokens.norm(i)) {
        return Some((i + 1, v, 1.0));
    }
    let article = is_article(tokens, lex, i);
    let counted = if article {
        None
    } else {
        count_at(tokens, lex, i)
    };
    if let Some((end, num)) = counted {
        // `one in five`, `1 in 5`, `een op de vijf`.
        if let Some(in_end) = lex[W::OneIn].at(tokens, end) {
            if let Some((den_end, den)) = count_at(tokens, lex, in_end) {
                let unit_follows = lex.units.at(tokens, den_end).is_some()
                    || lex.scales.at(tokens, den_end).is_some();
                if num < den && den <= 1000.0 && !unit_follows {
                    return Some((den_end, num, den));
                }
            }
        }
    }
    let (num_end, num) = match counted {
        Some((end, n)) if n < 100.0 => (end, n),
        _ if article => (i + 1, 1.0),
        _ => return proportion(tokens, lex, i),
    };
    let mut k = skip_hyphens(tokens, num_end);
    if let Some(e) = lex[W::FractionJoiners].at(tokens, k) {
        k = e;
    } else if !lex.vocab.fraction_joiners.is_empty() {
        return proportion(tokens, lex, i);
    }
    let den = list
        .get(k)
        .and_then(|_| lex.numerals.denominator(tokens.norm(k)));
    let Some(den) = den else {
        return proportion(tokens, lex, i);
    };
    // `a third straight year` is an ordinal; `a third of`, `a third.`, `by a third` a
    // fraction.
    let by = lex[W::ChangeBy].ending_at(tokens, i, 0).is_some();
    // `a quarter century`, `a quarter-century`, `một phần tư thế kỷ`: a length of time
    // (read by [`fraction_at`] as a quantity in that unit), not a proportion.
    let time_after = lex
        .units
        .longest_at(tokens, skip_hyphens(tokens, k + 1))
        .is_some_and(|(_, u)| u.kind == Kind::Duration);
    if article && !by && !time_after {
        let next_ok = list.get(k + 1).is_none_or(|n| {
            n.kind != TokenKind::Word || lex[W::FractionOf].at(tokens, k + 1).is_some()
        });
        if !next_ok {
            return None;
        }
    }
    (num < den).then_some((k + 1, num, den))
}

/// A word that is a proportion by itself (`half`, `de helft`, `một nửa`), not a half
/// year or the first half, and not the start of a count (`half a million`).
fn proportion(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<(usize, f64, f64)> {
    let (end, v) = lex.proportions.longest_at(tokens, i)?;
    let list = &tokens.list;
    let hyphen_after = end < tokens.len() && tokens.is_hyphen(end) && !list[end].space_before;
    // `the first half`, `de 1e helft`: a half of a year, in words or digits.
    let ordinal_before = i > 0
        && (lex
            .ordinals
            .ending_at(tokens, i, i.saturating_sub(2))
            .is_some()
            || lex.numerals.read(tokens, i - 1).is_some_and(|r| r.ordinal)
            // (digits with a word glued on: an ordinal's suffix)
            || (i > 1
                && list[i - 2].number.is_some()
                && list[i - 1].kind == TokenKind::Word
                && !list[i - 1].space_before));
    let counts = lex.numerals.read(tokens, i).is_some_and(|r| r.end > end);
    (!hyphen_after && !ordinal_before && !counts).then_some((end, *v, 1.0))
}

/// A reading of a number, tried before it is read as a count, that makes it no claim.
#[cfg_attr(not(test), allow(dead_code))]
pub(super) struct NotCount {
    /// What the number is read as.
    pub name: &'static str,
    /// Drafts this reading takes (at their first number); the readings' test runs them.
    pub examples: &'static [(Lang, &'static str)],
    /// The token index to go on from when the reading applies at a token.
    pub read: fn(&Tokens, &Lexicon, usize) -> Option<usize>,
}

use Lang::{En, Nl, Vi};

/// Every reading that makes a number no count, in the order [`not_a_count`] tries them
/// (it calls them directly: through this table's function pointers the page's module
/// was 570 bytes larger; the readings' test checks the two agree). An ordinal
/// is a rank only when a rank phrase follows it (read before these: `3rd largest`,
/// `lớn thứ ba`) or it stands in a table's cell; otherwise it is none of these
/// readings' claims, in digits as in words, and never a count.
#[cfg_attr(not(test), allow(dead_code))]
pub(super) const NOT_COUNTS: &[NotCount] = &[
    NotCount {
        name: "ordinal in digits",
        examples: &[
            (En, "The city marked its 50th anniversary."),
            (En, "Her office is on the 12th floor."),
            (En, "Exports slowed in the 2nd quarter."),
            (En, "The summit opens on the 3rd."),
            (En, "It is a 21st century problem."),
            (En, "The store served its 1,000th customer."),
            (Nl, "Het bedrijf viert zijn 50ste verjaardag."),
            (Nl, "Dit is de 3e keer."),
            (Nl, "De winkel verwelkomde de 1.000ste klant."),
        ],
        read: ordinal_digits,
    },
    NotCount {
        name: "ordinal in words or after a prefix",
        examples: &[
            (En, "It was the twenty-first round of talks."),
            (En, "The museum welcomed its one millionth visitor."),
            (En, "The port handled its two-millionth container."),
            (Nl, "Het was de vijftigste verjaardag."),
            (Nl, "De haven verwerkte de twee miljoenste container."),
            (Vi, "Đây là lần thứ 5 hai bên gặp nhau."),
            (Vi, "Văn phòng ở tầng thứ mười hai."),
            (Vi, "Cảng đón container thứ 3 triệu."),
            (Vi, "Bảo tàng đón vị khách thứ một triệu."),
        ],
        read: ordinal_words,
    },
    NotCount {
        name: "decade",
        examples: &[
            (En, "The 1990s boom faded."),
            (En, "a '90s hit"),
            (En, "the 1990's boom"),
            (Nl, "In de jaren negentig groeide de handel."),
            (Nl, "de jaren '90"),
            (Vi, "Thập niên 1990 là thời kỳ khó khăn."),
        ],
        read: decade,
    },
];

/// Whether a reading of [`NOT_COUNTS`] takes the number at token `i`; if so, the token
/// index to go on from.
pub(super) fn not_a_count(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<usize> {
    let list = &tokens.list;
    let glued = |k: usize| list.get(k).is_some_and(|n| !n.space_before);
    // Most numbers have a space or a sign after them and a word or none before: none of
    // these readings apply, at the cost of no lookup.
    let before_word = i > 0 && (list[i - 1].kind == TokenKind::Word || tokens.norm(i - 1) == "'");
    if list[i].number.is_some() && !glued(i + 1) && !before_word {
        return None;
    }
    ordinal_digits(tokens, lex, i)
        .or_else(|| ordinal_words(tokens, lex, i))
        .or_else(|| decade(tokens, lex, i))
}

/// `50th`, `3e`, `21ste`: digits with an ordinal ending glued on.
fn ordinal_digits(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<usize> {
    let glued = tokens.list.get(i + 1).is_some_and(|n| !n.space_before);
    (tokens.list[i].number.is_some()
        && glued
        && lex[W::OrdinalSuffixes].at(tokens, i + 1).is_some())
    .then_some(i + 2)
}

/// An ordinal in words (`twenty-first`, `vijfde`, `one millionth`), or after an
/// ordinal prefix (`thứ hai mươi`, `thứ 3`, `thứ 3 triệu`), that ranks nothing.
fn ordinal_words(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<usize> {
    if tokens.list[i].kind != TokenKind::Word {
        return None;
    }
    if let Some(r) = lex.numerals.read(tokens, i).filter(|r| r.ordinal) {
        return Some(r.end);
    }
    let e = lex[W::OrdinalPrefixes].at(tokens, i)?;
    if tokens
        .list
        .get(e)
        .is_some_and(|n| n.kind == TokenKind::Number)
    {
        return Some(e + 1);
    }
    lex.numerals.read(tokens, e).map(|r| r.end)
}

/// `1990s`, `1990's`, `jaren negentig`, `jaren '90`, `thập niên 1990`: digits with a
/// decade ending glued on, or a number after a decade word.
fn decade(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<usize> {
    let glued = |k: usize| tokens.list.get(k).is_some_and(|n| !n.space_before);
    if tokens.list[i].number.is_some() && glued(i + 1) {
        let n = tokens.norm(i + 1);
        if lex.vocab.decade_suffixes.contains(&n) {
            return Some(i + 2);
        }
        if n == "'" && glued(i + 2) && tokens.norm(i + 2) == "s" {
            return Some(i + 3);
        }
    }
    if lex.vocab.decade_words.is_empty() {
        return None;
    }
    let mut s = i;
    if s > 0 && tokens.norm(s - 1) == "'" {
        s -= 1;
    }
    lex[W::DecadeWords].ending_at(tokens, s, s.saturating_sub(3))?;
    if tokens.list[i].number.is_some() {
        return Some(i + 1);
    }
    lex.numerals.read(tokens, i).map(|r| r.end)
}
