//! Per-language vocabulary: the words that make a number a claim.
//!
//! This module owns *data only*: scale words, currencies and units, hedges, ordinals,
//! rank words, spelled-out numbers, month names and the other cue words the extractor
//! reads. Adding a language is adding one file of tables like `en.rs`; no control
//! flow elsewhere changes. Phrases are written as plain text and are tokenised by the
//! extractor with the same tokenizer as the draft, so `per cent` or `US$` need no
//! special casing.

mod en;

use crate::claim::{Hedge, Kind};

/// A language the checker reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
}

impl Lang {
    /// Every supported language, in the order auto-detection prefers them.
    pub const ALL: [Lang; 1] = [Lang::En];

    /// The ISO 639-1 code used on the public surface (`en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// Parses a code given by a user (`en`).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// This language's vocabulary.
    pub fn vocabulary(self) -> &'static Vocabulary {
        match self {
            Lang::En => &en::VOCABULARY,
        }
    }
}

/// Where a unit or currency word stands relative to the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// Before the number: `US$23`, `USD 23 billion`.
    Before,
    /// After the number (and its scale word): `23 billion USD`, `30%`.
    After,
    /// Either side.
    Either,
}

/// A word or symbol that gives a number its unit, and so its kind.
#[derive(Clone, Copy, Debug)]
pub struct UnitWord {
    /// The phrase as written in text (`US$`, `per cent`, `kWh`).
    pub phrase: &'static str,
    /// The canonical unit (`USD`, `%`, `kWh`, `years`, `x`).
    pub unit: &'static str,
    /// What kind of claim a number with this unit is.
    pub kind: Kind,
    /// Where it may stand.
    pub position: Position,
    /// Multiplies the number into the canonical unit (`decades` → 10 years).
    pub factor: f64,
}

/// A hedge phrase: how the draft qualifies the figure.
#[derive(Clone, Copy, Debug)]
pub struct HedgeWord {
    /// The phrase as written (`more than`, `-plus`).
    pub phrase: &'static str,
    /// What it means for agreement.
    pub hedge: Hedge,
    /// Before the number (`about 30`) or after it (`100,000-plus`).
    pub position: Position,
}

/// Everything the extractor needs to know about one language.
#[derive(Debug)]
pub struct Vocabulary {
    /// The language.
    pub lang: Lang,
    /// The decimal separator of this language's number style.
    pub decimal_separator: char,
    /// Characters that separate groups of three digits.
    pub group_separators: &'static [char],
    /// Scale words and their factors (`billion` → 1e9, `bn`, `k`).
    pub scales: &'static [(&'static str, f64)],
    /// Currencies and physical units.
    pub units: &'static [UnitWord],
    /// Hedges, before and after the number.
    pub hedges: &'static [HedgeWord],
    /// Spelled-out numbers that make a claim (`three`, `nine`): small numbers too common
    /// as determiners (`the two sides`) are deliberately left out.
    pub number_words: &'static [(&'static str, f64)],
    /// Ordinal words (`third` → 3).
    pub ordinals: &'static [(&'static str, u32)],
    /// Suffixes written after digits to make an ordinal (`3rd`).
    pub ordinal_suffixes: &'static [&'static str],
    /// Superlatives that turn an ordinal into a rank (`third largest`).
    pub superlatives: &'static [&'static str],
    /// Words that alone mean rank 1 (`largest`, `top`, `leading`).
    pub rank_one_words: &'static [&'static str],
    /// Phrases before a number that make it a rank "within the first N" (`top 35`).
    pub rank_within: &'static [&'static str],
    /// Phrases before a number that make it rank N (`No. 3`).
    pub rank_number: &'static [&'static str],
    /// Phrases that make a following superlative vague, not a rank (`one of the largest`).
    pub rank_vague: &'static [&'static str],
    /// Nouns a bare superlative must lead to for it to be a rank claim (`top partner`,
    /// not `top legislator`).
    pub rank_heads: &'static [&'static str],
    /// Words that split a coordinated rank into several claims (`trade and tourism`).
    pub coordinators: &'static [&'static str],
    /// Words that end the phrase a rank describes (`third largest investor, with …`).
    pub clause_breakers: &'static [&'static str],
    /// Month names and abbreviations: a number next to one is a date.
    pub months: &'static [&'static str],
    /// Words after which a number is a label, not a claim (`page 5`, `Decree 15`).
    pub label_words: &'static [&'static str],
    /// Words after which a four-digit year is a date, not a claim (`fiscal year 2024`).
    pub period_words: &'static [&'static str],
    /// Words right after a number that make it a time (`10 am`).
    pub time_words: &'static [&'static str],
    /// Words that end a street name after a house number (`12 Ly Thai To Street`).
    pub street_words: &'static [&'static str],
    /// Ordinal scale words that make a number an event, not a quantity (`2 millionth`).
    pub ordinal_scales: &'static [&'static str],
    /// Abbreviations whose full stop does not end a sentence (`No.`, `Mr.`).
    pub abbreviations: &'static [&'static str],
    /// Duration units that need a context word to count as a duration (`years`).
    pub duration_context: &'static [&'static str],
    /// Canonical hedge wording for suggestions, per hedge.
    pub hedge_wording: &'static [(Hedge, &'static str)],
    /// Ordinal wording for suggestions (index = rank − 1).
    pub ordinal_wording: &'static [&'static str],
    /// Scale wording for suggestions and display, largest first.
    pub scale_wording: &'static [(&'static str, f64)],
}

impl Vocabulary {
    /// The canonical way to write a hedge in this language (`more than`).
    pub fn hedge_phrase(&self, hedge: Hedge) -> &'static str {
        self.hedge_wording
            .iter()
            .find(|(h, _)| *h == hedge)
            .map(|(_, w)| *w)
            .unwrap_or("")
    }
}
