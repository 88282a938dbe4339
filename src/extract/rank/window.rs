//! The words a rank ranks: a window after it (`third largest trading partner`), or,
//! where the head comes first, before it and from a complement on after it (`đối tác
//! thương mại lớn thứ tư … về ODA`).

use super::*;

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
pub(super) fn window(tokens: &Tokens, lex: &Lexicon, from: usize, strict: bool) -> Range<usize> {
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
        let breaker = lex[W::ClauseBreakers].at(tokens, k).is_some()
            && (strict || lex[W::LooseBreakers].at(tokens, k).is_none());
        // Another rank within (`… and among the 20 nations`) starts here.
        let next_rank = lex[W::RankWithin]
            .at(tokens, k)
            .is_some_and(|e| number_at(tokens, lex, e).is_some());
        let soft = breaker
            || next_rank
            || lex.hedges_before.at(tokens, k).is_some()
            || tokens.list[k].kind == TokenKind::Number
            || (strict
                && (lex.ordinals.at(tokens, k).is_some()
                    || lex[W::RankOne].at(tokens, k).is_some()));
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
pub(super) fn head_window(
    tokens: &Tokens,
    lex: &Lexicon,
    start: usize,
    floor: usize,
) -> Range<usize> {
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
            || lex[W::ClauseBreakers]
                .ending_at(tokens, j + 1, lowest)
                .is_some()
            || lex.hedges_before.ending_at(tokens, j + 1, lowest).is_some()
            || lex[W::RankOne].ending_at(tokens, j + 1, lowest).is_some()
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
pub(super) fn complement_window(tokens: &Tokens, lex: &Lexicon, end: usize) -> Range<usize> {
    let mut at = end;
    if let Some(e) = lex[W::RankPossessors].at(tokens, end) {
        let limit = tokens.len().min(e + 5);
        if let Some(c) = (e..limit)
            .take_while(|&k| tokens.list[k].kind == TokenKind::Word)
            .find(|&k| lex[W::RankComplements].at(tokens, k).is_some())
        {
            at = c;
        }
    }
    match lex[W::RankComplements].at(tokens, at) {
        Some(from) => window(tokens, lex, from, true),
        None => end..end,
    }
}
