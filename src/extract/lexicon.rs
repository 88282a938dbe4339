//! A language's vocabulary compiled for the extractor: phrase tables per word class,
//! the number grammar, and the set of words a claim may start with.

use super::numeral::Numerals;
use super::shape::{is_sign, vulgar};
use super::skip_hyphens;
use crate::claim::Hedge;
use crate::fnv::FnvSet;
use crate::lang::{ChangeWord, Position, UnitWord, Vocabulary};
use crate::phrase::PhraseTable;
use crate::token::{TokenKind, Tokens};

/// The classes of words the extractor looks up, each a list in the [`Vocabulary`]:
/// the lexicon is indexed by class instead of one field per list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum W {
    /// suffixes written after digits to make an ordinal (`3rd`).
    OrdinalSuffixes,
    /// superlatives that make an ordinal a rank.
    Superlatives,
    /// words that alone mean rank 1.
    RankOne,
    /// `top 35`.
    RankWithin,
    /// `No. 3`.
    RankNumber,
    /// `ranks` of `ranks third`.
    RankLeads,
    /// `among` of `third among`.
    RankTails,
    /// `in` of `ranks second in`.
    RankEnds,
    /// `one of the largest`.
    RankVague,
    /// `and`.
    Coordinators,
    /// words that end a rank's phrase.
    ClauseBreakers,
    /// month names.
    Months,
    /// `page 5`.
    LabelWords,
    /// `fiscal year 2024`.
    PeriodWords,
    /// `10 am`.
    TimeWords,
    /// `sáng` of `7 giờ 30 sáng`.
    DayParts,
    /// `Street`.
    StreetWords,
    /// `2 millionth`.
    OrdinalScales,
    /// `thứ 3`.
    OrdinalPrefixes,
    /// `về ODA`.
    RankComplements,
    /// `của`.
    RankPossessors,
    /// breakers a `top 35` reads past.
    LooseBreakers,
    /// `phần` in `một phần ba`.
    FractionJoiners,
    /// `in` of `one in five`.
    OneIn,
    /// `of` in `a quarter of a million`.
    FractionOf,
    /// `between`, `from`.
    RangeOpeners,
    /// `and`, `to` closing an opened range.
    RangeAnds,
    /// `minus`.
    MinusWords,
    /// `rose to`: a level.
    ChangeTo,
    /// `rose by`.
    ChangeBy,
    /// `make up`: no change.
    NotChanges,
    /// `de` of `steeg de export 5%`.
    InvertedSubjects,
    /// `een paar` of `een paar honderd`.
    Vague,
    /// `jaren` in `jaren negentig`.
    DecadeWords,
    /// `year-old`, `jarige`.
    AgeWords,
    /// `hurdles` of `the 400m hurdles`.
    RaceWords,
    /// `high` of `2m high`.
    DimensionWords,
    /// `năm nay`: a weak number word as the noun it doubles as.
    NounPhrases,
    /// `dat` of `dat Japan 47 prefecturen telt`.
    CountOpeners,
}

impl W {
    const ALL: [W; 39] = [
        W::OrdinalSuffixes,
        W::Superlatives,
        W::RankOne,
        W::RankWithin,
        W::RankNumber,
        W::RankLeads,
        W::RankTails,
        W::RankEnds,
        W::RankVague,
        W::Coordinators,
        W::ClauseBreakers,
        W::Months,
        W::LabelWords,
        W::PeriodWords,
        W::TimeWords,
        W::DayParts,
        W::StreetWords,
        W::OrdinalScales,
        W::OrdinalPrefixes,
        W::RankComplements,
        W::RankPossessors,
        W::LooseBreakers,
        W::FractionJoiners,
        W::OneIn,
        W::FractionOf,
        W::RangeOpeners,
        W::RangeAnds,
        W::MinusWords,
        W::ChangeTo,
        W::ChangeBy,
        W::NotChanges,
        W::InvertedSubjects,
        W::Vague,
        W::DecadeWords,
        W::AgeWords,
        W::RaceWords,
        W::DimensionWords,
        W::NounPhrases,
        W::CountOpeners,
    ];

    fn words(self, v: &Vocabulary) -> &'static [&'static str] {
        match self {
            W::OrdinalSuffixes => v.ordinal_suffixes,
            W::Superlatives => v.superlatives,
            W::RankOne => v.rank_one_words,
            W::RankWithin => v.rank_within,
            W::RankNumber => v.rank_number,
            W::RankLeads => v.rank_leads,
            W::RankTails => v.rank_tails,
            W::RankEnds => v.rank_ends,
            W::RankVague => v.rank_vague,
            W::Coordinators => v.coordinators,
            W::ClauseBreakers => v.clause_breakers,
            W::Months => v.months,
            W::LabelWords => v.label_words,
            W::PeriodWords => v.period_words,
            W::TimeWords => v.time_words,
            W::DayParts => v.day_parts,
            W::StreetWords => v.street_words,
            W::OrdinalScales => v.ordinal_scales,
            W::OrdinalPrefixes => v.ordinal_prefixes,
            W::RankComplements => v.rank_complements,
            W::RankPossessors => v.rank_possessors,
            W::LooseBreakers => v.loose_breakers,
            W::FractionJoiners => v.fraction_joiners,
            W::OneIn => v.one_in,
            W::FractionOf => v.fraction_of,
            W::RangeOpeners => v.range_openers,
            W::RangeAnds => v.range_ands,
            W::MinusWords => v.minus_words,
            W::ChangeTo => v.change_to,
            W::ChangeBy => v.change_by,
            W::NotChanges => v.not_changes,
            W::InvertedSubjects => v.inverted_subjects,
            W::Vague => v.vague,
            W::DecadeWords => v.decade_words,
            W::AgeWords => v.age_words,
            W::RaceWords => v.race_words,
            W::DimensionWords => v.dimension_words,
            W::NounPhrases => v.noun_phrases,
            W::CountOpeners => v.count_openers,
        }
    }
}

/// A language's vocabulary compiled into phrase tables.
#[derive(Debug)]
pub struct Lexicon {
    pub(super) vocab: &'static Vocabulary,
    pub(super) scales: PhraseTable<f64>,
    pub(super) units: PhraseTable<&'static UnitWord>,
    pub(super) hedges_before: PhraseTable<Hedge>,
    pub(super) hedges_after: PhraseTable<Hedge>,
    pub(super) ordinals: PhraseTable<u32>,
    pub(super) rank_heads: PhraseTable<()>,
    pub(super) proportions: PhraseTable<f64>,
    /// Change words, as indices into [`Vocabulary::changes`] (a table of `u32`, as
    /// for ordinals, adds no code to the WebAssembly).
    pub(super) changes: PhraseTable<u32>,
    /// The number grammar.
    pub(super) numerals: Numerals,
    /// One table per word class, in [`W::ALL`] order.
    pub(super) sets: Vec<PhraseTable<()>>,
    /// First words of every phrase that can start a claim (ordinals, rank words,
    /// change words): any other word is skipped with one lookup (number words are
    /// asked of [`Numerals::may_start`]).
    pub(super) starters: FnvSet<String>,
}

impl std::ops::Index<W> for Lexicon {
    type Output = PhraseTable<()>;
    fn index(&self, w: W) -> &PhraseTable<()> {
        &self.sets[w as usize]
    }
}

impl Lexicon {
    /// The change word a `changes` entry stands for.
    pub(super) fn change(&self, k: &u32) -> &'static ChangeWord {
        &self.vocab.changes[*k as usize]
    }

    /// Compiles a vocabulary.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn new(vocab: &'static Vocabulary) -> Lexicon {
        let hedges = |pos: Position| {
            PhraseTable::from_words(
                vocab
                    .hedges
                    .iter()
                    .filter(|h| h.position == pos)
                    .map(|h| (h.phrase, h.hedge)),
                vocab,
            )
        };
        let mut lex = Lexicon {
            starters: FnvSet::default(),
            vocab,
            scales: PhraseTable::from_words(vocab.scales.iter().copied(), vocab),
            units: PhraseTable::from_words(
                vocab
                    .units
                    .iter()
                    .chain(crate::lang::SHARED_UNITS)
                    .map(|u| (u.phrase, u)),
                vocab,
            ),
            hedges_before: hedges(Position::Before),
            hedges_after: hedges(Position::After),
            ordinals: PhraseTable::from_words(vocab.ordinals.iter().copied(), vocab),
            rank_heads: PhraseTable::new(
                vocab
                    .rank_heads
                    .iter()
                    .map(|w| (crate::phrase::Phrase::new(w, vocab), ())),
                vocab.plural_suffixes,
            ),
            proportions: PhraseTable::from_words(vocab.proportions.iter().copied(), vocab),
            changes: PhraseTable::from_words(
                vocab.changes.iter().zip(0u32..).map(|(c, k)| (c.phrase, k)),
                vocab,
            ),
            numerals: Numerals::new(vocab),
            sets: word_sets(vocab),
        };
        lex.starters = lex.starters();
        lex
    }

    /// First words of every phrase that can start a claim, and their folded forms.
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn starters(&self) -> FnvSet<String> {
        let vocab = self.vocab;
        [
            W::RankWithin,
            W::Superlatives,
            W::RankNumber,
            W::RankOne,
            W::OrdinalPrefixes,
            W::MinusWords,
        ]
        .into_iter()
        .flat_map(|w| self[w].first_words())
        .chain(self.ordinals.first_words())
        .chain(self.proportions.first_words())
        .map(str::to_string)
        // Range openers, decade words and most change words are found looking back
        // from a number; only a change that is a figure (`doubled`) starts one.
        .chain(
            vocab
                .changes
                .iter()
                .filter(|c| c.multiple.is_some())
                .filter_map(|c| {
                    crate::phrase::Phrase::new(c.phrase, vocab)
                        .first()
                        .map(str::to_string)
                }),
        )
        .chain(self.numerals.starters())
        // A paragraph typed without diacritics is matched folded (`lon thu ba`).
        .flat_map(|w| {
            let folded = crate::lang::detect::fold(&w);
            [Some(w), Some(folded)]
        })
        .flatten()
        .collect()
    }

    /// Whether token `i` is `a`/`an` with no number or fraction after it (`a new
    /// plant`): the commonest starter word, skipped at the cost of one lookup.
    pub(super) fn idle_article(&self, tokens: &Tokens, i: usize) -> bool {
        if tokens.list[i].kind != TokenKind::Word
            || self.numerals.class(tokens.norm(i)) != Some(crate::lang::NumClass::Article)
        {
            return false;
        }
        let next = skip_hyphens(tokens, i + 1);
        next >= tokens.len()
            || !(self.starters.contains(tokens.norm(next))
                || self.numerals.denominator(tokens.norm(next)).is_some())
    }

    /// Whether a claim may start at token `i`: a number, or a word that begins one of
    /// the phrases above. (Those tables match exact words, without plurals.)
    pub(super) fn may_start(&self, tokens: &Tokens, i: usize) -> bool {
        let t = &tokens.list[i];
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Word => {
                let w = tokens.norm(i);
                self.starters.contains(w)
                    || self.numerals.may_start_closed(w, tokens.lost_invisible(i))
                    || self
                        .numerals
                        .multiple(w, self.vocab.multiple_affixes)
                        .is_some()
            }
            // `#3`: a rank number's sign starts a claim too.
            TokenKind::Symbol => {
                let s = tokens.norm(i);
                is_sign(s) || vulgar(s).is_some() || self.starters.contains(s)
            }
        }
    }
}

/// One phrase table per word class, in [`W::ALL`] order.
#[cfg_attr(claimcheck_small, optimize(size))]
fn word_sets(vocab: &'static Vocabulary) -> Vec<PhraseTable<()>> {
    W::ALL
        .iter()
        .map(|&w| {
            let shared: &[&str] = if w == W::LabelWords {
                crate::lang::SHARED_LABELS
            } else {
                &[]
            };
            let words = w.words(vocab).iter().chain(shared);
            PhraseTable::from_words(words.map(|w| (*w, ())), vocab)
        })
        .collect()
}
