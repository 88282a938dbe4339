//! The words drafting reads by language: stop words that never make a cue or a subject,
//! the words that make a figure a change or a forecast, how long a cue may be and which
//! languages write names in several words. Data, not code: a language is a list.

use super::text::words;
use crate::lang::words::{words, Words};
use crate::lang::Lang;

/// Words that never make a cue or a subject: function words, reporting verbs, hedges
/// and scale words, per language. Data, not code: a language is a list.
const STOP_WORDS: [(Lang, &Words); 3] = [
    (
        Lang::En,
        words![
            "a",
            "about",
            "above",
            "according",
            "after",
            "against",
            "almost",
            "along",
            "also",
            "among",
            "an",
            "and",
            "approximately",
            "around",
            "as",
            "at",
            "be",
            "been",
            "before",
            "below",
            "between",
            "billion",
            "both",
            "but",
            "by",
            "came",
            "climbed",
            "come",
            "compared",
            "down",
            "during",
            "each",
            "estimated",
            "exceeded",
            "exceeding",
            "exceeds",
            "fell",
            "for",
            "from",
            "had",
            "has",
            "have",
            "hit",
            "in",
            "increased",
            "into",
            "is",
            "it",
            "its",
            "it's",
            "last",
            "least",
            "less",
            "made",
            "million",
            "more",
            "most",
            "nearly",
            "now",
            "of",
            "on",
            "or",
            "over",
            "per",
            "percent",
            "reached",
            "reaching",
            "reaches",
            "rose",
            "roughly",
            "said",
            "since",
            "some",
            "stands",
            "stood",
            "than",
            "that",
            "the",
            "their",
            "there",
            "these",
            "this",
            "those",
            "thousand",
            "through",
            "to",
            "total",
            "totalled",
            "totaled",
            "trillion",
            "under",
            "up",
            "was",
            "were",
            "which",
            "while",
            "who",
            "with",
            "within",
            "year",
            "years",
            "nearly",
            "almost",
            "amounting",
            "amounted",
            "worth",
            "valued",
            "other",
            "such",
            "than",
            "one",
            "two",
            "three",
            "four",
            "five",
            "ten",
            "hundred",
            "usd",
            "vnd",
            "jpy",
            "eur",
            "dollar",
            "dollars",
            "yen",
            "dong",
            "us",
            "we",
            "he",
            "she",
            "they",
            "our",
            "his",
            "her",
        ],
    ),
    (
        Lang::Nl,
        words![
            "aan",
            "al",
            "als",
            "bedraagt",
            "bedroeg",
            "bereikte",
            "bij",
            "bijna",
            "dan",
            "dat",
            "de",
            "den",
            "der",
            "die",
            "dit",
            "door",
            "een",
            "en",
            "er",
            "haar",
            "heeft",
            "het",
            "hij",
            "in",
            "is",
            "jaar",
            "kwam",
            "meer",
            "met",
            "miljard",
            "miljoen",
            "minder",
            "na",
            "naar",
            "niet",
            "nog",
            "nu",
            "of",
            "om",
            "omstreeks",
            "ongeveer",
            "onder",
            "ook",
            "op",
            "over",
            "per",
            "procent",
            "rond",
            "ruim",
            "sinds",
            "te",
            "tot",
            "tussen",
            "uit",
            "van",
            "voor",
            "was",
            "waren",
            "werd",
            "wordt",
            "zijn",
            "zo",
            "duizend",
            "circa",
            "steeg",
            "daalde",
            "usd",
            "vnd",
            "jpy",
            "eur",
            "dollar",
            "euro",
            "yen",
            "dong",
            "wij",
            "zij",
            "ze",
        ],
    ),
    (
        Lang::Vi,
        words![
            "các", "cho", "có", "của", "đã", "đạt", "đến", "được", "gần", "hơn", "khoảng", "là",
            "một", "năm", "nay", "này", "nghìn", "những", "ngàn", "theo", "tại", "từ", "trong",
            "triệu", "tỷ", "và", "với", "vào", "trên", "dưới", "lên", "khi", "đó", "thứ", "lớn",
            "nhất", "trở", "thành", "sẽ", "vẫn", "cũng", "về", "usd", "vnd", "jpy", "eur", "đồng",
            "yên", "đô", "la",
        ],
    ),
];

/// Words that make a figure a change (`rose 12%`) or a forecast or target (`expects 20
/// million`) rather than a level of record: such a figure is not drafted.
const NOT_A_LEVEL: [(Lang, &Words); 3] = [
    (
        Lang::En,
        words![
            "rose",
            "rise",
            "rising",
            "risen",
            "fell",
            "fall",
            "falling",
            "fallen",
            "grew",
            "grow",
            "growing",
            "grown",
            "growth",
            "increase",
            "increased",
            "increasing",
            "decrease",
            "decreased",
            "declined",
            "decline",
            "dropped",
            "drop",
            "jumped",
            "climbed",
            "surged",
            "slipped",
            "up",
            "down",
            "expects",
            "expected",
            "expect",
            "forecast",
            "forecasts",
            "projected",
            "projects",
            "target",
            "targets",
            "targeted",
            "aims",
            "aim",
            "aiming",
            "plans",
            "planned",
            "will",
            "would",
            "could",
            "may",
            "might",
            "hopes",
            "goal",
            "by",
            "not",
            "no",
            "never",
        ],
    ),
    (
        Lang::Nl,
        words![
            "steeg",
            "stijgt",
            "gestegen",
            "daalde",
            "daalt",
            "gedaald",
            "groeide",
            "groeit",
            "gegroeid",
            "groei",
            "toename",
            "afname",
            "verwacht",
            "verwachte",
            "prognose",
            "doel",
            "streeft",
            "streven",
            "wil",
            "zal",
            "zullen",
            "zou",
            "kan",
            "niet",
            "geen",
            "nooit",
        ],
    ),
    (
        Lang::Vi,
        words![
            "tăng", "giảm", "dự", "kiến", "mục", "tiêu", "sẽ", "phấn", "đấu", "kỳ", "vọng",
            "không", "chưa",
        ],
    ),
];

/// The word of `NOT_A_LEVEL` among the three words before the figure, if any.
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn not_a_level(sentence: &str, figure_start: usize, lang: Lang) -> Option<&str> {
    let list = NOT_A_LEVEL.iter().find(|(l, _)| *l == lang)?.1;
    words(&sentence[..figure_start])
        .iter()
        .rev()
        .take(3)
        .map(|w| &sentence[w.0..w.1])
        .find(|w| list.contains(&w.to_lowercase().as_str()))
}

/// The most words a cue takes from a sentence: Vietnamese words are syllables, so its
/// phrases are longer (`kim ngạch thương mại hai chiều`).
const CUE_WORDS: [(Lang, usize); 3] = [(Lang::En, 3), (Lang::Nl, 3), (Lang::Vi, 6)];

/// The most words a cue takes in `lang` (3 for a language [`CUE_WORDS`] does not list).
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn max_cue_words(lang: Lang) -> usize {
    CUE_WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(3, |(_, n)| *n)
}

/// Languages whose names are several capitalised words (`Nhật Bản`), so that one
/// capitalised word opening a sentence is not taken for a name.
pub(super) const MULTIWORD_NAMES: [Lang; 1] = [Lang::Vi];

#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn is_stop(word: &str, lang: Lang) -> bool {
    let lower = word.to_lowercase();
    STOP_WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .is_some_and(|(_, words)| words.contains(&lower.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A change, forecast or negation word among the three words before the figure.
    #[test]
    fn words_before_a_figure_make_it_no_level() {
        let rows: &[(Lang, &str, &str, Option<&str>)] = &[
            (
                Lang::En,
                "Korea's exports to Vietnam rose 12% last year.",
                "12%",
                Some("rose"),
            ),
            (
                Lang::En,
                "Vietnam expects 20 million arrivals.",
                "20",
                Some("expects"),
            ),
            (Lang::En, "Trade reached 48 billion USD.", "48", None),
            (
                Lang::En,
                "Exports rose in the first half to 12%.",
                "12%",
                None,
            ),
            (Lang::Nl, "De export steeg met 12%.", "12%", Some("steeg")),
            (Lang::Vi, "Xuất khẩu tăng 12%.", "12%", Some("tăng")),
        ];
        for &(lang, sentence, figure, want) in rows {
            let at = sentence.find(figure).unwrap_or_else(|| panic!("{figure}"));
            assert_eq!(not_a_level(sentence, at, lang), want, "{sentence}");
        }
    }
}
