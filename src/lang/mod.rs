//! Per-language vocabulary: the words that make a number a claim.
//!
//! This module owns *data only*: number style, scale words, currencies and units,
//! hedges, ordinals, rank words and their word order, spelled-out numbers, month names,
//! the function words that tell the languages apart, and the wording of suggestions.
//! Adding a language is adding one file of tables like `en.rs` and one line in [`Lang`];
//! no control flow elsewhere changes. Phrases are written as plain text and are
//! tokenised by the extractor with the same tokenizer as the draft, so `per cent`,
//! `US$` or `nghìn tỷ` need no special casing, and they may be written precomposed or
//! not (words are compared in NFC).

pub mod detect;
mod en;
mod nl;
mod vi;
pub(crate) mod words;

use crate::claim::{Hedge, Kind};
use words::{rows, words};
pub use words::{Row, Rows, Words};

/// A language the checker reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Dutch.
    Nl,
    /// Vietnamese.
    Vi,
}

impl Lang {
    /// Every supported language, in the order auto-detection prefers them.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nl, Lang::Vi];

    /// The ISO 639-1 code used on the public surface (`en`, `nl`, `vi`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::Vi => "vi",
        }
    }

    /// Parses a code given by a user (`en`, `nl`, `vi`).
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// This language's vocabulary.
    pub fn vocabulary(self) -> &'static Vocabulary {
        match self {
            Lang::En => &en::VOCABULARY,
            Lang::Nl => &nl::VOCABULARY,
            Lang::Vi => &vi::VOCABULARY,
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

impl Row for UnitWord {
    fn with_phrase(self, phrase: &'static str) -> UnitWord {
        UnitWord { phrase, ..self }
    }
}

/// A unit word with no conversion factor, for the vocabulary tables.
const fn unit(
    phrase: &'static str,
    unit: &'static str,
    kind: Kind,
    position: Position,
) -> UnitWord {
    UnitWord {
        phrase,
        unit,
        kind,
        position,
        factor: 1.0,
    }
}

/// A unit that converts into a canonical unit (`GW` is 1,000 `MW`).
const fn scaled(phrase: &'static str, unit: &'static str, factor: f64) -> UnitWord {
    UnitWord {
        phrase,
        unit,
        kind: Kind::Amount,
        position: Position::After,
        factor,
    }
}

/// A unit of any kind that converts into a canonical unit, after the number (`basis
/// points` are 0.01 `pp`, `decades` 10 `years`).
const fn converts(phrase: &'static str, unit: &'static str, kind: Kind, factor: f64) -> UnitWord {
    UnitWord {
        phrase,
        unit,
        kind,
        position: Position::After,
        factor,
    }
}

/// Units every language writes the same way (symbols, codes, SI units), read in
/// addition to each language's own unit words. Scaled units convert to the unit the
/// fact table uses, so `1.6 GW` is compared with `1,624 MW`.
pub static SHARED_UNITS: &Rows<UnitWord> = rows![UnitWord;
    scaled("GW", "MW", 1e3),
    scaled("gigawatt", "MW", 1e3),
    scaled("gigawatts", "MW", 1e3),
    scaled("kW", "MW", 1e-3),
    scaled("MWh", "kWh", 1e3),
    scaled("GWh", "kWh", 1e6),
    scaled("TWh", "kWh", 1e9),
    unit("₫", "VND", Kind::Amount, Position::Either),
    unit("US$", "USD", Kind::Amount, Position::Before),
    unit("€", "EUR", Kind::Amount, Position::Either),
    unit("¥", "JPY", Kind::Amount, Position::Before),
    unit("£", "GBP", Kind::Amount, Position::Before),
    unit("GBP", "GBP", Kind::Amount, Position::Either),
    // Lengths and temperatures: glued on (`1,200mm`), they would otherwise read as a
    // code.
    unit("mm", "mm", Kind::Amount, Position::After),
    unit("cm", "cm", Kind::Amount, Position::After),
    unit("km", "km", Kind::Amount, Position::After),
    unit("m3", "m3", Kind::Amount, Position::After),
    unit("m³", "m3", Kind::Amount, Position::After),
    unit("°C", "°C", Kind::Amount, Position::After),
    unit("°F", "°F", Kind::Amount, Position::After),
    // Other currencies by code: read as amounts (no fact is in them), so that `CHF
    // 1'250'000` is not a designation after a name.
    unit("CHF", "CHF", Kind::Amount, Position::Either),
    unit("CNY", "CNY", Kind::Amount, Position::Either),
    unit("yuan", "CNY", Kind::Amount, Position::After),
    unit("KRW", "KRW", Kind::Amount, Position::Either),
    unit("AUD", "AUD", Kind::Amount, Position::Either),
    unit("CAD", "CAD", Kind::Amount, Position::Either),
    unit("SGD", "SGD", Kind::Amount, Position::Either),
    unit("THB", "THB", Kind::Amount, Position::Either),
    unit("INR", "INR", Kind::Amount, Position::Either),
    unit("HKD", "HKD", Kind::Amount, Position::Either),
];

/// Names of product and series lines that every language writes the same way: a number
/// after one is a designation (`Windows 11`, `Apollo 11`, `Formula 1`), even where a
/// sentence starts, and read with each language's own label words.
pub static SHARED_LABELS: &Words = words![
    "windows",
    "android",
    "ios",
    "macos",
    "iphone",
    "ipad",
    "galaxy",
    "pixel",
    "playstation",
    "xbox",
    "apollo",
    "artemis",
    "formula",
    "boeing",
    "airbus",
    "covid",
];

/// A hedge word, for the vocabulary tables.
const fn hedge(phrase: &'static str, hedge: Hedge, position: Position) -> HedgeWord {
    HedgeWord {
        phrase,
        hedge,
        position,
    }
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

impl Row for HedgeWord {
    fn with_phrase(self, phrase: &'static str) -> HedgeWord {
        HedgeWord { phrase, ..self }
    }
}

/// What a number word does in the number grammar (see `extract::numeral`). One engine
/// composes every language's rows; a class says how a word combines with the words
/// before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumClass {
    /// A digit word, 0–9 (`five`, `vijf`, `năm`); also `anderhalf` (1.5).
    Digit,
    /// A digit only after a tens word (`lăm`, `mốt`, `tư` in `hai mươi lăm`) or `linh`
    /// (`một trăm linh tư`).
    DigitAfterTen,
    /// A digit never right after a tens word (`năm`: `hai mươi năm` is twenty years).
    DigitNotAfterTen,
    /// 10–19, complete in itself (`ten`, `eleven`, `dertien`).
    Teen,
    /// A multiple of ten (`forty`, `veertig`, `mười`): a digit may follow.
    Ten,
    /// Multiplies the digit before it by ten (`mươi` in `hai mươi`).
    TenTimes,
    /// Multiplies the group before it by a hundred (`hundred`, `honderd`, `trăm`).
    Hundred,
    /// A scale (`thousand`, `miljoen`, `tỷ`, `dozen`): multiplies what is before it.
    Scale,
    /// `a`/`an`: one, but only before a hundred, a scale or a half.
    Article,
    /// Joins a hundred or a scale to a smaller number (`one hundred and six`, `một
    /// trăm linh năm`).
    And,
    /// Joins ones before tens in closed compounds (`vijf-en-veertig`, `drie-ën-twintig`).
    OnesTens,
    /// Half: `half a million`, `one and a half`, `hai triệu rưỡi`, `een half miljoen`.
    Half,
    /// A decimal point read out: digit words after it are decimals (`one point four
    /// billion`, `een komma vijf miljoen`, `một phẩy năm tỷ`).
    Point,
}

/// A number word and its value, for the vocabulary tables.
#[derive(Clone, Copy, Debug)]
pub struct Numeral {
    /// The word, lower case.
    pub word: &'static str,
    /// Its value (for a scale, the factor; for an ordinal, the cardinal value).
    pub value: f64,
    /// How it combines.
    pub class: NumClass,
    /// A word too common to be a claim on its own (`one`, `two`, `een`, `hai`): read
    /// alone it is a claim only with a unit (`two percent`).
    pub weak: bool,
    /// An ordinal (`third`, `twentieth`, `hundredth`): it ends the number.
    pub ordinal: bool,
    /// May start a number without a count before it (`honderd`, `duizend`).
    pub bare: bool,
}

impl Row for Numeral {
    fn with_phrase(self, word: &'static str) -> Numeral {
        Numeral { word, ..self }
    }
}

/// A number word row.
pub const fn num(word: &'static str, value: f64, class: NumClass) -> Numeral {
    Numeral {
        word,
        value,
        class,
        weak: false,
        ordinal: false,
        bare: false,
    }
}

/// A number word row too common alone to be a claim (`one`, `two`).
pub const fn weak(word: &'static str, value: f64, class: NumClass) -> Numeral {
    Numeral {
        weak: true,
        ..num(word, value, class)
    }
}

/// An ordinal word row (`third`).
pub const fn ord(word: &'static str, value: f64, class: NumClass) -> Numeral {
    Numeral {
        ordinal: true,
        ..num(word, value, class)
    }
}

/// A row that may start a number alone (`honderd` is 100).
pub const fn bare(word: &'static str, value: f64, class: NumClass) -> Numeral {
    Numeral {
        bare: true,
        ..num(word, value, class)
    }
}

/// A change word: a verb or noun that makes the figure after it a change
/// (`fell 2.4%`), or a change that is a figure itself (`doubled`).
#[derive(Clone, Copy, Debug)]
pub struct ChangeWord {
    /// The phrase (`fell`, `rose by`, `daalde`, `tăng`).
    pub phrase: &'static str,
    /// +1 up, -1 down, 0 no direction.
    pub direction: i8,
    /// For a change that is a figure (`doubled` → 2, `halved` → 0.5): the multiple.
    pub multiple: Option<f64>,
    /// Whether it also marks the figure right before it (`a 5% drop`, `3% lower`,
    /// `met 20 procent gestegen`): nouns, comparatives and participles, never a finite
    /// verb (`48 billion rose` is a level and its subject's verb).
    pub after: bool,
}

impl Row for ChangeWord {
    fn with_phrase(self, phrase: &'static str) -> ChangeWord {
        ChangeWord { phrase, ..self }
    }
}

/// A change word row.
pub const fn change(phrase: &'static str, direction: i8) -> ChangeWord {
    ChangeWord {
        phrase,
        direction,
        multiple: None,
        after: false,
    }
}

/// A change word row that may also follow its figure (`drop`, `lower`, `gestegen`).
pub const fn either(phrase: &'static str, direction: i8) -> ChangeWord {
    ChangeWord {
        after: true,
        ..change(phrase, direction)
    }
}

/// A change word that is a multiple (`doubled`).
pub const fn times(phrase: &'static str, direction: i8, multiple: f64) -> ChangeWord {
    ChangeWord {
        phrase,
        direction,
        multiple: Some(multiple),
        after: false,
    }
}

/// Where a rank phrase stands relative to what it ranks, and the order of its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RankSyntax {
    /// Ordinal, superlative, then the ranked noun: `third largest investor`,
    /// `derde grootste investeerder`.
    HeadAfter,
    /// The ranked noun, then superlative, then ordinal: `nhà đầu tư lớn thứ ba`. What
    /// is ranked is read *before* the rank phrase, and after it only from a complement
    /// word on (`đối tác hàng đầu của Việt Nam về ODA`).
    HeadBefore,
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
    pub scales: &'static Rows<(&'static str, f64)>,
    /// Currencies and physical units.
    pub units: &'static Rows<UnitWord>,
    /// Hedges, before and after the number.
    pub hedges: &'static Rows<HedgeWord>,
    /// The number grammar's words: digits, teens, tens, hundreds, scales, connectors
    /// and ordinals, composed by one engine (`forty-eight`, `vijfenveertig`, `hai mươi
    /// lăm`).
    pub numerals: &'static Rows<Numeral>,
    /// Whether number words are written together (`vijfenveertigduizend`): a word is
    /// then read as a sequence of number words.
    pub closed_numerals: bool,
    /// Endings that make a closed number word an ordinal (`twintig-ste`, `vier-de`).
    pub ordinal_endings: &'static Words,
    /// Fraction denominators (`third` → 3, `kwart` → 4): after a count they make a
    /// fraction (`two-thirds`, `een derde`, `driekwart`).
    pub denominators: &'static Rows<(&'static str, f64)>,
    /// A word between numerator and denominator (`phần` in `một phần ba`).
    pub fraction_joiners: &'static Words,
    /// Phrases that are a proportion by themselves (`half`, `de helft`, `một nửa`).
    pub proportions: &'static Rows<(&'static str, f64)>,
    /// Phrases between the two numbers of `one in five` (`in`, `out of`, `op de`).
    pub one_in: &'static Words,
    /// Words that take a fraction to a scale (`of` in `a quarter of a million`).
    pub fraction_of: &'static Words,
    /// Words before a number that open a range closed by a [`Vocabulary::range_ands`]
    /// word (`between`, `from`, `tussen`, `van`, `từ`).
    pub range_openers: &'static Words,
    /// Words that close an opened range (`and`, `to`, `en`, `tot`, `đến`).
    pub range_ands: &'static Words,
    /// Words for a minus sign (`minus`, `âm`).
    pub minus_words: &'static Words,
    /// Change words (`fell`, `rose by`, `doubled`, `steeg`, `tăng`, `gấp đôi`).
    pub changes: &'static Rows<ChangeWord>,
    /// A multiple written as one word around a number word (`five-fold` as `fivefold`,
    /// `vijftig-voudig`, `ver-vier-voudigde`): (prefix, suffix). A rise by that factor.
    pub multiple_affixes: &'static [(&'static str, &'static str)],
    /// Words before a number that make it vague, no claim (`een paar honderd`, `vài
    /// nghìn`).
    pub vague: &'static Words,
    /// Phrases that end in a change word and are no change (`make up 30%`, `set up`).
    pub not_changes: &'static Words,
    /// Words after a change word that make the figure a level, not a change (`rose
    /// to 48 billion`, `steeg tot`, `tăng lên`).
    pub change_to: &'static Words,
    /// Words between a change word and its figure (`rose by 3`, `steeg met`).
    pub change_by: &'static Words,
    /// Words that open a subject standing between a change verb and its figure, in a
    /// language that puts the verb second (`In oktober steeg de export 5%`).
    pub inverted_subjects: &'static Words,
    /// Words before a number that make it a decade (`jaren` in `de jaren negentig`).
    pub decade_words: &'static Words,
    /// Words after which a number is a decade written with `s` (`1990s`).
    pub decade_suffixes: &'static Words,
    /// Ordinal words (`third` → 3).
    pub ordinals: &'static Rows<(&'static str, u32)>,
    /// Suffixes written after digits to make an ordinal (`3rd`).
    pub ordinal_suffixes: &'static Words,
    /// Superlatives that turn an ordinal into a rank (`third largest`).
    pub superlatives: &'static Words,
    /// Words that alone mean rank 1 (`largest`, `top`, `leading`).
    pub rank_one_words: &'static Words,
    /// Phrases before a number that make it a rank "within the first N" (`top 35`).
    pub rank_within: &'static Words,
    /// Of those, the phrases that rank only before a superlative (`bij de 20 grootste
    /// handelsnaties`, but `bij de 3 wedstrijden` counts).
    pub rank_within_superlative: &'static Words,
    /// Phrases before a number that make it rank N (`No. 3`).
    pub rank_number: &'static Words,
    /// Phrases right before a bare ordinal that make it a rank (`ranks third`,
    /// `slipped to third`).
    pub rank_leads: &'static Words,
    /// Phrases right after a bare ordinal (or `number two`) that make it a rank, before
    /// what it ranks (`third among …`, `second-ranked investor`, `vierde plaats onder …`).
    pub rank_tails: &'static Words,
    /// Words after a bare ordinal that close its rank phrase when a lead word stands
    /// before it (`ranks second in the world`, `finished 12th.`, `werd vijfde in`): the
    /// ordinal then ranks without a rank noun. (`ranks second`, not `op de tweede dag`.)
    pub rank_ends: &'static Words,
    /// Determiners before a bare superlative that make it rank 1 without a rank noun
    /// (`the largest wind farm`, `de grootste haven`; a possessive does too).
    pub determiners: &'static Words,
    /// Phrases that make a following superlative vague, not a rank (`one of the largest`).
    pub rank_vague: &'static Words,
    /// Nouns a bare superlative must lead to for it to be a rank claim (`top partner`,
    /// not `top legislator`).
    pub rank_heads: &'static Words,
    /// Words that split a coordinated rank into several claims (`trade and tourism`).
    pub coordinators: &'static Words,
    /// Words that end the phrase a rank describes (`third largest investor, with …`).
    pub clause_breakers: &'static Words,
    /// Month names and abbreviations: a number next to one is a date.
    pub months: &'static Words,
    /// Words after which a number is a label, not a claim (`page 5`, `Decree 15`).
    pub label_words: &'static Words,
    /// Words after which a four-digit year is a date, not a claim (`fiscal year 2024`).
    pub period_words: &'static Words,
    /// Words right after a number that make it a time (`10 am`).
    pub time_words: &'static Words,
    /// Parts of the day that close a time after its minutes (`7 giờ 30 sáng`).
    pub day_parts: &'static Words,
    /// Words that end a street name after a house number (`12 Ly Thai To Street`).
    pub street_words: &'static Words,
    /// Ordinal scale words that make a number an event, not a quantity (`2 millionth`).
    pub ordinal_scales: &'static Words,
    /// Words glued on after a number and a hyphen that make it a person's age, no claim
    /// (`45-year-old man`, `34-jarige`). (`het 30-jarig jubileum` is a duration.)
    pub age_words: &'static Words,
    /// Phrases in which a weak number word is the noun it doubles as, Vietnamese `năm`
    /// (five, and year): `năm nay`, `mỗi năm`. Elsewhere, right before a word, it is
    /// the number (`năm doanh nghiệp`, five firms).
    pub noun_phrases: &'static Words,
    /// Words right before a name that make a number after the name a count, not the
    /// name's designation (`Nhon Trach 3`): Dutch puts the subject before its count
    /// after a subordinator or an inverted verb (`dat Japan 47 prefecturen telt`,
    /// `Vorig jaar telde Kansai 9 prefecturen`).
    pub count_openers: &'static Words,
    /// Words after a distance in metres glued on (`400m`) that make it a race, no claim
    /// (`the 400m hurdles`, `the 400m at the championships`): event nouns and the
    /// prepositions that close the race's name.
    pub race_words: &'static Words,
    /// Words after a number and a letter that is both a scale and a unit (`m`: million
    /// or metres) that make it the unit: `2m high`, `2m hoog`, `1,5m afstand`; else the
    /// letter is the scale (`2m views`).
    pub dimension_words: &'static Words,
    /// Abbreviations whose full stop does not end a sentence (`No.`, `Mr.`).
    pub abbreviations: &'static Words,
    /// Canonical hedge wording for suggestions, per hedge.
    pub hedge_wording: &'static [(Hedge, &'static str)],
    /// Ordinal wording for suggestions (index = rank − 1).
    pub ordinal_wording: &'static Words,
    /// Number words for suggestions of a rank written as `number two` (index = rank − 1).
    pub cardinal_wording: &'static Words,
    /// Scale wording for suggestions and display, largest first.
    pub scale_wording: &'static Rows<(&'static str, f64)>,
    /// Endings a noun takes in the plural, so that a cue or rank noun also matches its
    /// plural (`partner` → `partners`). Empty for a language without inflection.
    pub plural_suffixes: &'static Words,
    /// Whether nouns form closed compounds (`toerismepartner`), so that a rank noun
    /// (`partner`) also counts at the end of a longer word.
    pub compounds: bool,
    /// Whether a paragraph written without any diacritics (Vietnamese typed on a plain
    /// keyboard: `nguoi Viet`) matches phrases with their diacritics folded away
    /// (`người Việt`). Only such paragraphs fold: in text with diacritics `Nam` and
    /// `năm` stay apart.
    pub fold_unmarked: bool,
    /// Words never matched folded, because their folded form is mostly another word:
    /// `vạn` (ten thousand) folds to `van`, which is `văn` in `van kien` (`văn kiện`,
    /// documents) far more often.
    pub never_folded: &'static Words,
    /// Frequent words (articles, prepositions, conjunctions) that tell this language
    /// from the others: language detection counts them per paragraph. Lower case;
    /// avoid words the other languages share (`in`, `is`).
    pub function_words: &'static Words,
    /// Where a rank phrase stands relative to what it ranks.
    pub rank_syntax: RankSyntax,
    /// Words before digits that make them an ordinal (`thứ 3`).
    pub ordinal_prefixes: &'static Words,
    /// For [`RankSyntax::HeadBefore`]: words after a rank phrase that introduce more of
    /// what it ranks (`về ODA`, `trong số các nhà đầu tư`).
    pub rank_complements: &'static Words,
    /// Words that name who ranks, skipped between a rank phrase and its complement
    /// (`của` in `hàng đầu của Việt Nam về ODA`).
    pub rank_possessors: &'static Words,
    /// Single words and signs between two numbers of one date (`November 16-18`,
    /// `3, 2025`), compared with the token as it is (lower case).
    pub date_joiners: &'static Words,
    /// Single words and signs between the two ends of a range (`2.6–3 million`, `2.6 to
    /// 3`), compared like `date_joiners`.
    pub range_joiners: &'static Words,
    /// Clause breakers that a `top 35` phrase reads past (`nations with the largest
    /// trade scale`).
    pub loose_breakers: &'static Words,
    /// How a rank is written from its ordinal word when the draft wrote only a
    /// superlative (`{} largest` → `third largest`; `lớn {}` → `lớn thứ ba`).
    pub rank_format: &'static str,
    /// How a percentage, a multiple and a duration are displayed (`{}%`, `{}-fold`,
    /// `{} years`).
    pub percent_format: &'static str,
    /// See `percent_format`.
    pub multiple_format: &'static str,
    /// See `percent_format`.
    pub duration_format: &'static str,
    /// How canonical units are written in this language's display (`USD` → `dollar`);
    /// units not listed are written as they are.
    pub unit_wording: &'static [(&'static str, &'static str)],
    /// An ordinal written with digits (`3rd`, `3e`, `thứ 3`).
    pub ordinal_digits: fn(u64) -> String,
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

    /// How a canonical unit is written in this language (`USD` → `dollar` in Dutch).
    pub fn unit_word<'a>(&self, unit: &'a str) -> &'a str {
        self.unit_wording
            .iter()
            .find(|(u, _)| *u == unit)
            .map_or(unit, |(_, w)| *w)
    }
}

#[cfg(test)]
mod tests;
