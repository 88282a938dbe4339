//! Ranks: `third largest investor`, `No. 3`, `top 35`, `lớn thứ ba`, and what each ranks.

use super::*;

mod window;

use window::{complement_window, head_window, window};

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
/// rank noun (`top labour partner`, `nhà đầu tư lớn nhất`). Each way a rank is written
/// is a reading of its own, tried in turn. Returns the claim and the token index to go
/// on from.
pub(super) fn rank_at(
    tokens: &Tokens,
    lex: &Lexicon,
    i: usize,
    floor: usize,
) -> Option<(Claim, usize)> {
    rank_within(tokens, lex, i)
        .or_else(|| ordinal_rank(tokens, lex, i, floor))
        // `third among Vietnam's foreign investors`, or a bare `3rd` in a table's cell.
        .or_else(|| ordinal_at(tokens, lex, i).and_then(|o| bare_ordinal(tokens, lex, i, o, floor)))
        .or_else(|| numbered_rank(tokens, lex, i, floor))
        .or_else(|| rank_one(tokens, lex, i, floor))
}

/// `top 35`, `top-10`, `among the 20`, `one of the five`: what is ranked follows, in
/// every language (`top 35 nền kinh tế`).
fn rank_within(tokens: &Tokens, lex: &Lexicon, i: usize) -> Option<(Claim, usize)> {
    let end = lex[W::RankWithin].at(tokens, i)?;
    let q = number_at(tokens, lex, skip_hyphens(tokens, end))?;
    let after = q.tokens.end;
    let unit_follows = lex.units.at(tokens, skip_hyphens(tokens, after)).is_some()
        || lex.scales.at(tokens, after).is_some();
    if unit_follows || q.value < 1.0 || q.value.fract() != 0.0 {
        return None;
    }
    // `bij de 3 wedstrijden` counts; `bij de 20 grootste handelsnaties` ranks.
    let is_phrase = |p: &&str| p.split(' ').eq((i..end).map(|k| tokens.norm(k)));
    if lex.vocab.rank_within_superlative.iter().any(is_phrase)
        && lex[W::Superlatives]
            .at(tokens, skip_hyphens(tokens, after))
            .is_none()
    {
        return None;
    }
    let window = window(tokens, lex, after, false);
    let next = window.end;
    let rank = Rank {
        phrase: i..after,
        number: q.tokens.clone(),
        value: q.value,
        hedge: Hedge::UpTo,
        style: q.style,
    };
    Some((rank_claim(tokens, lex, rank, &[window]), next))
}

/// `third largest`, `3rd-largest`: ordinal, then superlative; `lớn thứ ba`, `đứng thứ
/// 3`: superlative, then ordinal, as the language writes ranks.
fn ordinal_rank(tokens: &Tokens, lex: &Lexicon, i: usize, floor: usize) -> Option<(Claim, usize)> {
    let (phrase, number, n, style) = if lex.vocab.rank_syntax == RankSyntax::HeadBefore {
        let sup_end = lex[W::Superlatives].at(tokens, i)?;
        let (number, n, style) = ordinal_at(tokens, lex, skip_hyphens(tokens, sup_end))?;
        (i..number.end, number, n, style)
    } else {
        let (number, n, style) = ordinal_at(tokens, lex, i)?;
        let sup_end = lex[W::Superlatives].at(tokens, skip_hyphens(tokens, number.end))?;
        (i..sup_end, number, n, style)
    };
    let windows = ranked_words(tokens, lex, &phrase, floor);
    let next = phrase.end;
    let rank = Rank {
        phrase,
        number,
        value: f64::from(n),
        hedge: Hedge::Exact,
        style,
    };
    Some((rank_claim(tokens, lex, rank, &windows), next))
}

/// `No. 3 investor`, `number two investor`, `nhà đầu tư số 1`.
fn numbered_rank(tokens: &Tokens, lex: &Lexicon, i: usize, floor: usize) -> Option<(Claim, usize)> {
    let end = lex[W::RankNumber].at(tokens, i)?;
    let (number, value, whole) = rank_number(tokens, lex, end)?;
    if !whole {
        return None;
    }
    let style = if tokens.list[end].number.is_some() {
        OrdinalStyle::Digits
    } else {
        OrdinalStyle::Cardinal
    };
    let rank = Rank {
        phrase: i..number.end,
        number,
        value,
        hedge: Hedge::Exact,
        style,
    };
    if lex.vocab.rank_syntax == RankSyntax::HeadBefore {
        let phrase_end = rank.phrase.end;
        let windows = ranked_words(tokens, lex, &rank.phrase, floor);
        return has_head(tokens, lex, &windows)
            .then(|| (rank_claim(tokens, lex, rank, &windows), phrase_end));
    }
    numbered_rank_head_after(tokens, lex, i, rank)
}

/// `No. 3 investor`, `nummer twee onder de investeerders`, `the world's No. 1`, `#3 in
/// the charts`, where what is ranked follows the number or is unsaid.
fn numbered_rank_head_after(
    tokens: &Tokens,
    lex: &Lexicon,
    i: usize,
    mut rank: Rank,
) -> Option<(Claim, usize)> {
    let list = &tokens.list;
    let after = skip_hyphens(tokens, rank.number.end);
    let sup = lex[W::Superlatives].at(tokens, after);
    // `nummer twee onder de investeerders`: what it ranks follows a tail word.
    let tail = lex[W::RankTails].at(tokens, after);
    let head_at = sup.or(tail).unwrap_or(after);
    let w = window(tokens, lex, head_at, true);
    let ranked = match (sup, tail) {
        (Some(_), _) => true,
        (None, Some(_)) => has_head(tokens, lex, std::slice::from_ref(&w)),
        // `No. 4 trading partner`: the rank noun may follow a modifier.
        (None, None) => {
            is_rank_head(tokens, lex, head_at)
                || (head_at + 1 < tokens.len()
                    && list[head_at].kind == TokenKind::Word
                    && is_rank_head(tokens, lex, head_at + 1))
        }
    };
    // What it ranks is unsaid: the phrase must close after it (`No. 1 in the ranking`),
    // or a possessive name the ranking (`the world's No. 1`).
    let closed = after >= tokens.len()
        || list[after].kind != TokenKind::Word
        || lex[W::RankEnds].at(tokens, after).is_some()
        || lex[W::ClauseBreakers].at(tokens, after).is_some()
        || i.checked_sub(1).is_some_and(|p| list[p].possessive);
    let alone = || closed && rank.value <= 1000.0 && !designation(tokens, lex, i);
    if !(ranked || alone()) {
        return None;
    }
    rank.phrase.end = sup.unwrap_or(rank.number.end).max(rank.number.end);
    Some((rank_claim(tokens, lex, rank, &[w]), head_at))
}

/// Whether a rank number at `i` numbers a designation (`Decree No. 15`, `Resolution
/// No. 36`): a label word or a capitalised name (not a possessive, not the sentence's
/// first word) right before it. (`remain No. 1` ranks on its own.)
fn designation(tokens: &Tokens, lex: &Lexicon, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        let t = &tokens.list[p];
        lex[W::LabelWords]
            .ending_at(tokens, i, p.saturating_sub(2))
            .is_some()
            || (t.kind == TokenKind::Word
                && t.capitalised
                && !t.possessive
                && tokens.sentence_starts[t.sentence as usize] != p)
    })
}

/// A bare `largest` / `top` / `lớn nhất`: rank 1, when it goes with a rank noun and is
/// not `one of the largest` / `một trong những nhà đầu tư lớn nhất`.
fn rank_one(tokens: &Tokens, lex: &Lexicon, i: usize, floor: usize) -> Option<(Claim, usize)> {
    let list = &tokens.list;
    let end = lex[W::RankOne].at(tokens, i)?;
    let phrase = i..end;
    let windows = ranked_words(tokens, lex, &phrase, floor);
    let head_start = windows.first().map_or(i, |w| w.start.min(i));
    let vague = (head_start.saturating_sub(4).max(floor)..i).any(|s| {
        lex[W::RankVague].at(tokens, s).is_some_and(|e| {
            (e..i).all(|k| {
                list[k].kind == TokenKind::Word && lex[W::ClauseBreakers].at(tokens, k).is_none()
            })
        })
    });
    // `the largest wind farm`, `the country's largest`: a determiner or possessive
    // before it (not `top`, which also opens `top 35` and `top officials`).
    let determined = i
        .checked_sub(1)
        .filter(|&p| p >= floor)
        .is_some_and(|p| list[p].possessive || lex.vocab.determiners.contains(&tokens.norm(p)))
        && lex[W::RankWithin].at(tokens, i).is_none();
    if vague || !(determined || has_head(tokens, lex, &windows)) {
        return None;
    }
    // `the country's largest.`: nothing after it says what it ranks, so the phrase
    // takes its determiner (`the largest`), naming a rank of its own.
    let bare = windows.iter().all(|w| w.is_empty());
    let phrase = if determined && bare {
        i - 1..end
    } else {
        phrase
    };
    let rank = Rank {
        phrase,
        number: i..end,
        value: 1.0,
        hedge: Hedge::Exact,
        style: OrdinalStyle::None,
    };
    Some((rank_claim(tokens, lex, rank, &windows), end))
}

/// The number after a `No.` / `number` word at `at`: digits (`No. 3`) or a number word
/// (`number two`): its tokens, value, and whether it is a whole number.
fn rank_number(tokens: &Tokens, lex: &Lexicon, at: usize) -> Option<(Range<usize>, f64, bool)> {
    if let Some(d) = tokens.list.get(at).and_then(|t| t.number) {
        return Some((at..at + 1, d.value, d.decimals == 0 && !d.grouped));
    }
    let r = lex.numerals.read(tokens, at).filter(|r| !r.ordinal)?;
    let whole = r.value >= 1.0 && r.value.fract() == 0.0;
    Some((at..r.end, r.value, whole))
}

/// A rank written as a bare ordinal: `ranks third among Vietnam's foreign investors`,
/// `slipped to third among …`, `second-ranked investor`, `op de vierde plaats onder de
/// handelspartners`. A lead or tail word (per-language data) and a rank noun in what
/// follows make it rank something. Without them, an ordinal in words (`for the second
/// time`, `thứ Ba`) is no rank; one in digits with a suffix (`3rd` alone in a pasted
/// table's cell) ranks what only a table's labels can say (the linker reads them, and
/// leaves such an ordinal outside a table alone).
fn bare_ordinal(
    tokens: &Tokens,
    lex: &Lexicon,
    i: usize,
    (number, n, style): (Range<usize>, u32, OrdinalStyle),
    floor: usize,
) -> Option<(Claim, usize)> {
    let lead = lex[W::RankLeads].ending_at(tokens, i, floor);
    let after = skip_hyphens(tokens, number.end);
    let tail = lex[W::RankTails].at(tokens, after);
    let mut windows = Vec::new();
    // `6th place`, `12e plaats`: a rank noun right after the ordinal.
    if lead.is_some() || tail.is_some() || is_rank_head(tokens, lex, after) {
        let w = window(tokens, lex, tail.unwrap_or(number.end), true);
        if has_head(tokens, lex, std::slice::from_ref(&w)) {
            windows.push(w);
        }
    }
    if windows.is_empty() {
        if let Some(found) = led_ordinal(tokens, lex, i, (&number, n, style), lead.map(|l| l.0)) {
            return Some(found);
        }
    }
    // `de derde (buitenlandse) investeerder van Vietnam`: a rank noun right after it,
    // or after one word; the linker decides whether it ranks that noun (`the second
    // investor conference` does not). In a language that names the head first, one
    // just before it, its modifier between (`nhà đầu tư thứ 2`, `thị trường xuất
    // khẩu thứ 3`), and no unit right before it (`lần thứ 2` counts times).
    let before = lex.vocab.rank_syntax == RankSyntax::HeadBefore;
    let near = if before {
        i.saturating_sub(4).max(floor)..i
    } else {
        number.end..tokens.len().min(number.end + 2)
    };
    let headed = near.clone().any(|k| is_rank_head(tokens, lex, k))
        && !(before && lex.units.at(tokens, i - 1).is_some());
    if headed && before {
        windows = ranked_words(tokens, lex, &(i..number.end), floor);
    }
    // Otherwise an ordinal ranks only what a table's labels say (`| 3rd |`, `Japan\t3rd`,
    // `Rank: 3rd`), in digits as in words: `the 50th anniversary`, `the 12th floor`,
    // `de 3e keer` rank nothing.
    if windows.is_empty() && !headed && !in_cell(tokens, i, number.end) {
        return None;
    }
    let next = number.end;
    let rank = Rank {
        phrase: i..number.end,
        number,
        value: f64::from(n),
        hedge: Hedge::Exact,
        style,
    };
    Some((rank_claim(tokens, lex, rank, &windows), next))
}

/// Whether the ordinal at `i..end` stands in a pasted table's cell (a pipe or a tab
/// next to it) or after a label's colon (`Rank: 3rd`), where only the table's labels
/// can say what it ranks (the linker reads them).
fn in_cell(tokens: &Tokens, i: usize, end: usize) -> bool {
    let list = &tokens.list;
    list[i].tab_before
        || (i > 0 && matches!(tokens.norm(i - 1), "|" | ":"))
        || list
            .get(end)
            .is_some_and(|t| t.tab_before || tokens.norm(end) == "|")
}

/// `ranks second in the world`, `finished 12th.`: a lead word (starting at `lead`) and
/// the phrase closed right after the ordinal make a rank of its own; its phrase takes
/// the lead word.
fn led_ordinal(
    tokens: &Tokens,
    lex: &Lexicon,
    i: usize,
    (number, n, style): (&Range<usize>, u32, OrdinalStyle),
    lead: Option<usize>,
) -> Option<(Claim, usize)> {
    let s = lead?;
    // A lead that ends in a determiner (`op de`) wants a rank noun (`op de tweede dag`).
    if lex.vocab.determiners.contains(&tokens.norm(i - 1)) {
        return None;
    }
    let list = &tokens.list;
    let after = skip_hyphens(tokens, number.end);
    let closed = after >= tokens.len()
        || list[after].sentence != list[i].sentence
        || list[after].kind != TokenKind::Word
        || lex[W::RankEnds].at(tokens, after).is_some()
        || lex[W::ClauseBreakers].at(tokens, after).is_some();
    if !closed {
        return None;
    }
    let rank = Rank {
        phrase: s..number.end,
        number: number.clone(),
        value: f64::from(n),
        hedge: Hedge::Exact,
        style,
    };
    Some((rank_claim(tokens, lex, rank, &[]), number.end))
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
        // `thứ hai mươi mốt`: after a prefix (a table row of more than one word), the
        // number grammar reads on past the table's words (`thứ hai mươi`, 20).
        let cardinal = (end > i + 1)
            .then(|| lex.numerals.read(tokens, i + 1))
            .flatten()
            .filter(|r| r.end > end && !r.ordinal && r.value.fract() == 0.0 && r.value < 1e6);
        return Some(match cardinal {
            Some(r) => (i..r.end, r.value as u32, OrdinalStyle::Word),
            None => (i..end, *n, OrdinalStyle::Word),
        });
    }
    // `twenty-first`, `eenentwintigste`: the number grammar's ordinals.
    if let Some(r) = lex.numerals.read(tokens, i).filter(|r| r.ordinal) {
        return Some((i..r.end, r.value as u32, OrdinalStyle::Word));
    }
    let whole = |d: &crate::number::Digits| d.decimals == 0 && !d.grouped && d.value >= 1.0;
    if let Some(d) = list.get(i)?.number {
        let suffix = i + 1 < tokens.len()
            && !list[i + 1].space_before
            && lex[W::OrdinalSuffixes].at(tokens, i + 1).is_some();
        return (suffix && whole(&d)).then_some((i..i + 2, d.value as u32, OrdinalStyle::Suffix));
    }
    let end = lex[W::OrdinalPrefixes].at(tokens, i)?;
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

/// The claim for `rank`, with one segment per coordinated phrase in `windows`
/// (`trade` and `tourism partner`).
fn rank_claim(tokens: &Tokens, lex: &Lexicon, rank: Rank, windows: &[Range<usize>]) -> Claim {
    let list = &tokens.list;
    let segments = segments(tokens, lex, windows);
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
        typed_folded: list[phrase.start].folded,
    }
}

/// The ranked phrases in `windows`, one per coordinated part that is ranked.
fn segments(tokens: &Tokens, lex: &Lexicon, windows: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut segments = Vec::new();
    // In a head-first language the second window is the complement of the first's noun
    // (`đối tác hàng đầu … về ODA và hợp tác lao động`): every part of it is ranked.
    let mut head_seen = false;
    let head_before = lex.vocab.rank_syntax == RankSyntax::HeadBefore;
    for window in windows {
        let parts = coordinated_parts(tokens, lex, window);
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
    segments
}

/// `window` cut at its coordinators (`trade` `and` `tourism partner`).
fn coordinated_parts(tokens: &Tokens, lex: &Lexicon, window: &Range<usize>) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut seg_start = window.start;
    for k in window.clone() {
        if lex[W::Coordinators].at(tokens, k).is_some() {
            if k > seg_start {
                parts.push(seg_start..k);
            }
            seg_start = k + 1;
        }
    }
    if window.end > seg_start {
        parts.push(seg_start..window.end);
    }
    parts
}
