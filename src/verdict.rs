//! Judging a linked claim: does the record back it, contradict it, or back it once?
//!
//! This module owns the verdict; beside it, agreement (precision and hedges), the figure
//! as an editor reads it, the editor's message and the suggested replacement written in
//! the draft's own style.

mod agree;
mod display;
mod message;
mod suggest;

pub use agree::agrees;
pub use display::display;
pub use message::{held_back_message, message, style_note};
pub use suggest::suggest;

use crate::claim::{Claim, Kind, Shape};
use crate::facts::Fact;
use serde::Serialize;

/// What the record says about a claim.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The newest fact version on or before the check date agrees.
    Consistent,
    /// The newest version disagrees and no older version agrees.
    Discrepancy,
    /// The newest version disagrees but an older one agrees: a stale figure.
    Outdated,
    /// No fact covers the claim.
    Unverified,
}

impl Verdict {
    /// The name used in JSON and text output.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Discrepancy => "discrepancy",
            Verdict::Outdated => "outdated",
            Verdict::Unverified => "unverified",
        }
    }
}

/// Whether two values differ by more than a factor of 10,000.
fn of_another_order(a: f64, b: f64) -> bool {
    let (a, b) = (a.abs(), b.abs());
    a > 0.0 && b > 0.0 && a.max(b) / a.min(b) > 1e4
}

/// The verdict on a claim against a fact's versions (oldest first, all on or before the
/// check date), and the version it rests on: the newest, or for `outdated` the newest
/// older one that agreed.
pub fn judge<'f>(claim: &Claim, versions: &[&'f Fact]) -> (Verdict, Option<&'f Fact>) {
    let Some((current, older)) = versions.split_last() else {
        return (Verdict::Unverified, None);
    };
    // A change (`rose by 3 billion`, `fell 2.4%`) is never judged against a level: the
    // table records levels. A multiple (`50-fold`, `doubled`) is itself a change
    // measure and is compared.
    if matches!(claim.shape, Shape::Change { .. }) && claim.kind != Kind::Multiple {
        return (Verdict::Unverified, None);
    }
    // A figure ten thousand times off the record (`nearly 23 million` against 9
    // prefectures) is about something else, not a wrong figure for this fact: no
    // proof of a discrepancy. A million-for-billion slip (×1,000) is still judged.
    if of_another_order(claim.value, current.value) {
        return (Verdict::Unverified, None);
    }
    if agrees(claim, current) {
        return (Verdict::Consistent, None);
    }
    match older.iter().rev().find(|f| agrees(claim, f)) {
        Some(old) => (Verdict::Outdated, Some(old)),
        None => (Verdict::Discrepancy, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{extract, Lexicon};
    use crate::facts::FactTable;
    use crate::lang::Lang;
    use crate::token::tokenize;

    /// The newest version of bundled fact `id`.
    pub(super) fn fact(id: &str) -> Fact {
        let table = FactTable::bundled();
        let found = table.facts().iter().rev().find(|f| f.id == id).cloned();
        found.unwrap_or_else(|| panic!("no fact {id}"))
    }

    /// A change is not judged against a level, nor a figure of another order of
    /// magnitude: no proof of a discrepancy, so unverified.
    #[test]
    fn changes_and_figures_of_another_order_are_not_judged() {
        let vocab = Lang::En.vocabulary();
        let lex = Lexicon::new(vocab);
        let rows: &[(&str, &str, Verdict)] = &[
            (
                "imports rose by 3 billion USD",
                "japan.two_way_trade",
                Verdict::Unverified,
            ),
            ("trade fell 2.4%", "kansai.trade_share", Verdict::Unverified),
            (
                "nearly 23 million",
                "kansai.prefectures",
                Verdict::Unverified,
            ),
            (
                "48.18 million USD",
                "japan.two_way_trade",
                Verdict::Discrepancy,
            ),
            ("7", "kansai.prefectures", Verdict::Discrepancy),
            (
                "50-fold",
                "vietnam.gdp_per_capita_multiple",
                Verdict::Consistent,
            ),
        ];
        for (text, id, want) in rows {
            let tokens = tokenize(text, vocab);
            let claims = extract(&tokens, &lex);
            let f = fact(id);
            assert_eq!(judge(&claims[0], &[&f]).0, *want, "{text}");
        }
    }
}
