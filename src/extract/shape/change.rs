//! Changes: a figure marked a change by a change word before it (`fell 2.4%`, `steeg
//! met 5%`, `In oktober steeg de export 5%`), after it (`3% lower`) or its sign
//! (`-2.4%`); `rose to 48 billion` stays a level.

use super::*;

/// Marks `claim` a change when a change word stands right before it (`fell 2.4%`,
/// `rose by 3 billion`, `steeg met 5%`, `tăng 7%`) or it carries a sign and is a
/// percentage (`-2.4%`); a fall is negative. `rose to 48 billion` stays a level.
pub(in crate::extract) fn mark_change(
    tokens: &Tokens,
    lex: &Lexicon,
    claim: &mut Claim,
    sign: Option<f64>,
    floor: usize,
) {
    if claim.kind == Kind::Year || level_after_to(tokens, lex, claim, floor) {
        return;
    }
    let Some(direction) = direction(tokens, lex, claim, sign, floor) else {
        return;
    };
    claim.shape = Shape::Change { direction };
    if direction < 0 && claim.value > 0.0 {
        claim.value = -claim.value;
    }
}

/// `steeg tot 48 miljard`: `tot` after a change says where the level went, not a
/// hedge. Drops the hedge read from it and says whether it did.
fn level_after_to(tokens: &Tokens, lex: &Lexicon, claim: &mut Claim, floor: usize) -> bool {
    if claim.hedge == Hedge::Exact {
        return false;
    }
    let to_end = lex[W::ChangeTo].at(tokens, claim.first_token);
    // After a change word, or right after the change's own figure (`steeg 1,1 procent
    // tot 912 punten`).
    let after_change = lex
        .changes
        .ending_at(tokens, claim.first_token, floor)
        .is_some()
        || (floor > 0 && floor == claim.first_token);
    let Some(e) = to_end.filter(|&e| after_change && e < claim.end_token) else {
        return false;
    };
    claim.hedge = Hedge::Exact;
    claim.hedge_span = None;
    claim.span.start = tokens.list[e].span.start;
    claim.first_token = e;
    true
}

/// The direction of the change `claim` is, if it is one: from a change word before it
/// (past `by`), its sign when it is a percentage, or a change word right after it.
fn direction(
    tokens: &Tokens,
    lex: &Lexicon,
    claim: &Claim,
    sign: Option<f64>,
    floor: usize,
) -> Option<i8> {
    let mut k = claim.first_token;
    let mut by = false;
    if let Some((s, _)) = lex[W::ChangeBy].ending_at(tokens, k, floor) {
        // `daalde van €12 naar €9`: `van` opens where the level came from, and both
        // ends are levels.
        let from = lex[W::RangeOpeners].at(tokens, s) == Some(k);
        if from && lex[W::ChangeTo].at(tokens, claim.end_token).is_some() {
            return None;
        }
        k = s;
        by = true;
    }
    // `cut rates by 0.5 points`, `verlaagde de rente met 0,25 procentpunt`: the change
    // word before what changed, up to three plain words before `by`. Without `by`, in a
    // language that puts the verb second, a percentage or an amount after a subject
    // opened by a word of its own, up to seven words (`In oktober steeg de export 5%`,
    // `steeg het aantal Japanse bezoekers aan Vietnam 12%`).
    let mut gap = false;
    let inverted = !by && matches!(claim.kind, Kind::Percent | Kind::Amount);
    if (by || inverted) && lex.changes.ending_at(tokens, k, floor).is_none() {
        let plain = |g: usize| {
            tokens.list[g].kind == TokenKind::Word && lex[W::Coordinators].at(tokens, g).is_none()
        };
        let mut g = k;
        // An inverted subject may carry an adverb (`stijgt de omzet naar verwachting 4%`).
        // Only a language that inverts (data: its subject openers) looks that far.
        let long = inverted && !lex.vocab.inverted_subjects.is_empty();
        let reach = if long { 8 } else { 3 + usize::from(inverted) };
        while g > floor && k - g < reach && plain(g - 1) {
            g -= 1;
            let subject = by || lex[W::InvertedSubjects].at(tokens, g).is_some();
            if subject && lex.changes.ending_at(tokens, g, floor).is_some() {
                (k, gap) = (g, true);
                break;
            }
        }
    }
    let word = lex
        .changes
        .ending_at(tokens, k, floor.max(k.saturating_sub(3)))
        .map(|(s, c)| (s, lex.change(c)))
        .filter(|(_, c)| c.multiple.is_none())
        // `raised $3 million` is no change; `raised rates by 25 basis points` is.
        .filter(|_| {
            gap || lex[W::NotChanges]
                .ending_at(tokens, k, k.saturating_sub(3))
                .is_none()
        });
    // `a 5% drop`, `3% lower`, `met 20 procent gestegen`: a change word right after.
    let after = || {
        lex.changes
            .longest_at(tokens, claim.end_token)
            .map(|(_, c)| lex.change(c))
            .filter(|c| c.after && c.multiple.is_none())
    };
    match (word, sign) {
        (Some((_, c)), _) => Some(c.direction),
        (None, Some(s)) if claim.unit == Some("%") => Some(s as i8),
        _ => after().map(|c| c.direction),
    }
}
