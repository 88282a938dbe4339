//! The suggested replacement: the draft's text for a claim rewritten to agree with the
//! record, in the draft's own style (currency spelling, scale word, ordinal form, hedge).

use super::display::{display, ordinal_word, word_for};
use crate::claim::{Claim, Hedge, Kind, OrdinalStyle, Shape};
use crate::facts::Fact;
use crate::lang::Vocabulary;
use crate::number;
use std::ops::Range;

/// The draft's text for `claim` rewritten to agree with `fact`, keeping the draft's
/// style (its currency spelling, scale word, ordinal style). `claim_text` is the slice
/// of the draft the claim spans.
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn suggest(claim: &Claim, claim_text: &str, fact: &Fact, vocab: &Vocabulary) -> String {
    let out = if claim.kind == Kind::Rank {
        suggest_rank(claim, claim_text, fact, vocab)
    } else {
        suggest_figure(claim, claim_text, fact, vocab)
    };
    in_drafts_spelling(out, claim)
}

/// [`suggest`] for a figure other than a rank.
fn suggest_figure(claim: &Claim, claim_text: &str, fact: &Fact, vocab: &Vocabulary) -> String {
    let mantissa = fact.value / claim.scale;
    // The draft's scale cannot write the fact (9 in "nearly 23 million" would read
    // "0 million"): suggest the fact as the table writes it instead.
    let rounded = (mantissa * 1000.0).round() / 1000.0;
    // Nor does a scale that is no power of ten write a part of itself ("0.5 dozen").
    let tens = crate::number::decimal_place(claim.scale) == claim.scale;
    let whole = mantissa.fract() == 0.0;
    if claim.kind != Kind::Year
        && ((rounded - mantissa).abs() > mantissa.abs() * 1e-6 || !(tens || whole))
    {
        return display(fact, vocab);
    }
    let group = vocab.group_separators.first().copied().unwrap_or(',');
    let decimals = if claim.kind == Kind::Year { 0 } else { 3 };
    let mut number_text = if claim.kind == Kind::Year {
        number::shortest(fact.value)
    } else {
        number::format(mantissa, decimals, vocab.decimal_separator, group)
    };
    let numbers = local(claim, &claim.number_span);
    let bound = range_end(claim, &claim_text[numbers.clone()], vocab);
    if bound == Some(false) {
        return display(fact, vocab);
    }
    // A bound in words (`four million` of `two to four million tonnes`) is written in
    // digits before the draft's own scale word (`3 million`).
    let words = &claim_text[numbers.clone()];
    // Only the draft's scale word is kept: in `three hundred` (of `… to three hundred
    // thousand hectares`) the scale stands after the bound and `hundred` is its number.
    let scale_word = |w: &str| {
        vocab
            .scales
            .iter()
            .any(|(s, f)| s.eq_ignore_ascii_case(w) && *f == claim.scale)
    };
    if let Some(k) = words
        .rfind(' ')
        .filter(|&k| bound == Some(true) && claim.scale != 1.0 && scale_word(&words[k + 1..]))
    {
        number_text += &words[k..];
    }
    let mut edits = vec![(numbers, number_text)];
    // One bound of a range: the range's hedge is not the end's.
    if bound.is_none() {
        hedge_edit(claim, claim_text, fact, vocab, &mut edits);
    }
    crate::sort::by_key(&mut edits, |(r, _)| std::cmp::Reverse(r.start));
    let mut out = claim_text.to_string();
    for (r, text) in edits {
        out.replace_range(r, &text);
    }
    out
}

/// A suggestion for a claim typed without diacritics (`20 trieu`, in a Vietnamese
/// paragraph typed so) is typed so too (`gan 23 trieu`, not `gần 23 trieu`).
fn in_drafts_spelling(out: String, claim: &Claim) -> String {
    if claim.typed_folded && !out.is_ascii() {
        return crate::lang::detect::fold(&out);
    }
    out
}

/// A rank rewritten in the draft's ordinal style: `tweede` → `derde`, `2e` → `3e`,
/// `number two` → `number three`; a bare superlative gains the ordinal.
fn suggest_rank(claim: &Claim, claim_text: &str, fact: &Fact, vocab: &Vocabulary) -> String {
    if fact.qualifier == Hedge::UpTo {
        return display(fact, vocab);
    }
    let n = fact.value;
    let number = match claim.ordinal_style {
        OrdinalStyle::Word => ordinal_word(n, vocab),
        OrdinalStyle::Digits => number::shortest(n),
        OrdinalStyle::Cardinal => {
            word_for(n, vocab.cardinal_wording, |k| number::shortest(k as f64))
        }
        OrdinalStyle::Suffix => (vocab.ordinal_digits)(n as u64),
        OrdinalStyle::None if n == 1.0 => return claim_text.to_string(),
        // A bare number read as a rank (`Rank among investors: 4`) stays one.
        OrdinalStyle::None
            if number::in_digits(claim_text[local(claim, &claim.number_span)].as_bytes()) =>
        {
            number::shortest(n)
        }
        OrdinalStyle::None => return vocab.rank_format.replace("{}", &ordinal_word(n, vocab)),
    };
    let mut out = claim_text.to_string();
    out.replace_range(local(claim, &claim.number_span), &number);
    out
}

/// The edits to the draft's hedge: none when it means what the source's does;
/// otherwise the source's wording in its place, or before the number when the draft
/// has none or writes its own after the number (`195,000+ ha` → `up to 175,000 ha`).
fn hedge_edit(
    claim: &Claim,
    claim_text: &str,
    fact: &Fact,
    vocab: &Vocabulary,
    edits: &mut Vec<(Range<usize>, String)>,
) {
    let same = claim.hedge == fact.qualifier
        || (claim.hedge == Hedge::About && fact.qualifier == Hedge::Exact);
    if same {
        return;
    }
    let wording = vocab.hedge_phrase(fact.qualifier);
    let number_end = claim.number_span.end - claim.span.start;
    match claim.hedge_span.as_ref().map(|h| local(claim, h)) {
        // After the number (`+`, `-plus`): dropped, with what joins it to the number.
        Some(r) if r.start >= number_end => edits.push((number_end..r.end, String::new())),
        Some(mut r) => {
            if wording.is_empty() && r.start == 0 {
                // Dropping a hedge before the number: drop the space after it too.
                r.end += claim_text[r.end..].len() - claim_text[r.end..].trim_start().len();
            }
            return edits.push((r, wording.to_string()));
        }
        None => {}
    }
    if !wording.is_empty() {
        edits.push((0..0, format!("{wording} ")));
    }
}

/// For a range: `Some(true)` when its number text `numbers` is one bound (the linker
/// splits a range judged against a range on record, bound by bound: `195`, `four
/// million`), rewritten in place; `Some(false)` for a whole range (`165-195`, `two to
/// four million`), which the record's own wording replaces.
fn range_end(claim: &Claim, numbers: &str, vocab: &Vocabulary) -> Option<bool> {
    let whole = || {
        number::range_bounds(numbers.as_bytes()).is_some()
            || numbers.split(' ').any(|w| vocab.range_ands.contains(&w))
    };
    matches!(claim.shape, Shape::Range { .. }).then(|| !whole())
}

/// A draft range as a range of the claim's own text.
fn local(claim: &Claim, r: &Range<usize>) -> Range<usize> {
    r.start - claim.span.start..r.end - claim.span.start
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Lexicon};
    use crate::lang::Lang;
    use crate::token::tokenize;
    use crate::verdict::tests::fact;

    /// The suggestion for the first claim of `text` against fact `id`.
    fn suggestion(lang: Lang, text: &str, id: &str) -> String {
        let vocab = lang.vocabulary();
        let tokens = tokenize(text, vocab);
        let claims = extract(&tokens, &Lexicon::new(vocab));
        let claim = claims
            .first()
            .unwrap_or_else(|| panic!("no claim in {text}"));
        suggest(claim, &text[claim.span.clone()], &fact(id), vocab)
    }

    /// The rows of suggestions.tsv: language, draft text, fact id, suggestion.
    #[test]
    fn suggestions_keep_the_drafts_style() {
        let table = include_str!("suggestions.tsv");
        let mut rows = 0;
        for line in table
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let cells: Vec<&str> = line.split('\t').collect();
            let [lang, text, id, want] = cells[..] else {
                panic!("bad row {line}");
            };
            let lang = Lang::from_code(lang).unwrap_or_else(|| panic!("no language {lang}"));
            assert_eq!(suggestion(lang, text, id), want, "{lang:?} {text}");
            rows += 1;
        }
        assert!(rows >= 18, "{rows} rows");
    }
}
