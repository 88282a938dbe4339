//! A fact's figure written as an editor reads it, in a language's style: the display
//! beside a finding and the words a suggestion reuses.

use crate::claim::{Hedge, Kind};
use crate::facts::Fact;
use crate::lang::Vocabulary;
use crate::number;

/// Writes a fact's figure as an editor reads it (`more than 630,000`, `third`,
/// `48.18 billion USD`; `48,18 miljard dollar`; `48,18 tỷ USD`) in the vocabulary's
/// style.
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn display(f: &Fact, vocab: &Vocabulary) -> String {
    let figure = match f.kind {
        Kind::Rank if f.qualifier == Hedge::UpTo => {
            return format!(
                "{} {}",
                vocab.rank_within.first().copied().unwrap_or("top"),
                number::shortest(f.value)
            );
        }
        Kind::Rank => ordinal_word(f.value, vocab),
        Kind::Year => number::shortest(f.value),
        Kind::Percent => vocab.percent_format.replace("{}", &plain(f.value, vocab)),
        Kind::Multiple => vocab.multiple_format.replace("{}", &plain(f.value, vocab)),
        Kind::Duration => vocab.duration_format.replace("{}", &plain(f.value, vocab)),
        Kind::Amount | Kind::Count => {
            let scaled = vocab
                .scale_wording
                .iter()
                .find(|(_, s)| f.value >= *s && is_short(f.value / s))
                .filter(|_| f.kind == Kind::Count || is_currency(f.unit) || f.value >= 1e9);
            let mut out = match scaled {
                Some((word, s)) => format!("{} {}", plain(f.value / s, vocab), word),
                None => plain(f.value, vocab),
            };
            if let Some(u) = f.unit {
                out.push(' ');
                out.push_str(vocab.unit_word(u));
            }
            out
        }
    };
    match vocab.hedge_phrase(f.qualifier) {
        "" => figure,
        hedge => format!("{hedge} {figure}"),
    }
}

fn is_currency(unit: Option<&str>) -> bool {
    matches!(unit, Some("USD" | "VND" | "JPY" | "EUR"))
}

/// Whether `v` writes with at most two decimals.
fn is_short(v: f64) -> bool {
    ((v * 100.0).round() - v * 100.0).abs() < 1e-6
}

fn plain(v: f64, vocab: &Vocabulary) -> String {
    let group = vocab.group_separators.first().copied().unwrap_or(',');
    number::format(v, 3, vocab.decimal_separator, group)
}

/// `n` as the `n`th of `words` (index = n − 1), or as `beyond` writes it past them.
pub(super) fn word_for(n: f64, words: &[&str], beyond: impl Fn(u64) -> String) -> String {
    let n = n as usize;
    match words.get(n.wrapping_sub(1)) {
        Some(w) => (*w).to_string(),
        None => beyond(n as u64),
    }
}

pub(super) fn ordinal_word(v: f64, vocab: &Vocabulary) -> String {
    word_for(v, vocab.ordinal_wording, vocab.ordinal_digits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::verdict::tests::fact;

    #[test]
    fn facts_display_in_each_language() {
        let rows: &[(&str, Lang, &str)] = &[
            ("japan.two_way_trade", Lang::En, "48.18 billion USD"),
            ("japan.two_way_trade", Lang::Nl, "48,18 miljard dollar"),
            ("japan.two_way_trade", Lang::Vi, "48,18 tỷ USD"),
            ("japan.vietnamese_community", Lang::Nl, "meer dan 630.000"),
            ("japan.vietnamese_community", Lang::Vi, "hơn 630.000"),
            ("japan.investor_rank", Lang::Nl, "derde"),
            ("japan.investor_rank", Lang::Vi, "thứ ba"),
            ("kansai.population", Lang::Vi, "gần 23 triệu"),
            ("kansai_friendship_association.years", Lang::Nl, "30 jaar"),
            ("vietnam.gdp_per_capita_multiple", Lang::Vi, "gấp 50 lần"),
            (
                "aia.premium_revenue_2024.vnd",
                Lang::Vi,
                "gần 14,83 nghìn tỷ đồng",
            ),
            ("vietnam.economy_rank", Lang::Vi, "top 35"),
        ];
        for (id, lang, want) in rows {
            assert_eq!(
                display(&fact(id), lang.vocabulary()),
                *want,
                "{id} {lang:?}"
            );
        }
    }
}
