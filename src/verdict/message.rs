//! The messages an editor reads: the verdict with the record and its source, why a
//! figure was held back, and a note when digits may have been read in the wrong style.

use super::{display, Verdict};
use crate::facts::Fact;
use crate::lang::Vocabulary;

/// The note for a figure whose digits read differently in the draft's main language
/// (`1.624` read as 1624 in a Dutch paragraph of an English draft).
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn style_note(claim_text: &str, vocab: &Vocabulary, draft: crate::Lang) -> String {
    format!(
        " Note: the digits in \"{claim_text}\" were read in {} style (decimal '{}') because this paragraph reads as {}, but most of the draft is in {} (decimal '{}'); check which is meant.",
        vocab.lang.code(),
        vocab.decimal_separator,
        vocab.lang.code(),
        draft.code(),
        draft.vocabulary().decimal_separator
    )
}

/// The message an editor reads for a verdict.
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn message(
    claim_text: &str,
    verdict: Verdict,
    fact: Option<&Fact>,
    older: Option<&Fact>,
    vocab: &Vocabulary,
) -> String {
    let Some(f) = fact else {
        return format!("No fact in the table covers \"{claim_text}\"; check this figure by hand.");
    };
    let about = topic(f);
    let cite = cite(f);
    match verdict {
        Verdict::Consistent => format!("Backed by the record: {about} is {} ({cite}).", display(f, vocab)),
        Verdict::Discrepancy => format!(
            "The record says {} for {about} ({cite}), not \"{claim_text}\".",
            display(f, vocab)
        ),
        Verdict::Outdated => match older {
            Some(o) => format!(
                "Out of date: \"{claim_text}\" matches the record as of {} ({}), but the latest record says {} for {about} ({cite}).",
                o.as_of,
                o.source.publication,
                display(f, vocab)
            ),
            None => format!("Out of date: the record says {} for {about} ({cite}).", display(f, vocab)),
        },
        Verdict::Unverified => format!("No fact in the table covers \"{claim_text}\"; check this figure by hand."),
    }
}

/// The message for a claim held back from a fact: names the fact and the reason.
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn held_back_message(claim_text: &str, f: &Fact, reason: &str) -> String {
    let about = topic(f);
    format!("\"{claim_text}\" was not checked against {about}: {reason}.")
}

/// What a fact is about, as a message names it: its metric, with its subject unless the
/// metric names it ("two-way trade between Japan and Vietnam" needs no "(Japan)").
fn topic(f: &Fact) -> String {
    if f.metric.contains(f.subject.as_str()) {
        f.metric.clone()
    } else {
        format!("{} ({})", f.metric, f.subject)
    }
}

fn cite(f: &Fact) -> String {
    format!("as of {}, {}", f.as_of, f.source.publication)
}
