//! Per-language cue words for reading a claim's frame (who, what, when, polarity),
//! kept apart from the number vocabulary in `lang/{en,nl,vi}.rs`.
//!
//! Data only: the frame reader (`crate::frame`) compiles these lists with the draft's
//! tokenizer and applies them the same way in every language. Adding a language is
//! adding one file like `en.rs`.

mod en;
mod nl;
mod vi;

use crate::lang::{Lang, Words};

/// The frame cues of one language. Phrases are plain text, matched like fact cues
/// (word by word, case-insensitive, NFC; plural endings of the language allowed).
#[derive(Debug)]
pub struct FrameCues {
    /// Forecasts, targets, plans and conditionals: a figure after one is not a level
    /// as of now (`expected to`, `will`, `could`, `aims to`).
    pub forecast: &'static Words,
    /// Modals that report what others say (Dutch `zou`: "Japan zou de tweede
    /// investeerder zijn", reportedly) unless a `conditional_verbs` word follows in their
    /// clause, which makes them a conditional (`zou … kunnen worden`): then a forecast.
    pub reported: &'static Words,
    /// Words that make a `reported` modal conditional (`kunnen`, `worden`, `zonder`).
    pub conditional_verbs: &'static Words,
    /// Words that put a figure in the past without a date (`was`, `previously`).
    pub past: &'static Words,
    /// Finite verbs (`reached`'s irregular kin: `rose`, `hit`, `stood`, `is`): after a
    /// coordinator one starts a new predicate, out of reach of a modal or a later year
    /// before it (`will top 60 billion by 2030 and **hit** 48.18 billion last year`);
    /// without one the modal governs the next verb too (`will add 1,624 MW and deliver
    /// 12 billion kWh`).
    pub finite_verbs: &'static Words,
    /// Endings of a finite past verb (`-ed`, Dutch `-de`, `-te`), read the same way.
    pub past_endings: &'static Words,
    /// Phrases naming a year relative to the check date (`last year` → -1).
    pub relative_years: &'static [(&'static str, i32)],
    /// Negations that flip a rank claim (`no longer`, `not`, `never`).
    pub negation: &'static Words,
    /// Phrases that contain a negation, forecast or restrictor word but are none:
    /// `not only`, `hàng không` (aviation), `chia sẻ` (to share, typed `chia se` like
    /// `sẽ`, will), `no secret` (asserts what follows), `mới có` ("only has"), `new
    /// figures` (the report is new, not what it counts).
    pub not_cues: &'static Words,
    /// Words right before a figure that make it a change (`rose`, `fell by`).
    pub change_before: &'static Words,
    /// Words right after a figure that make it a change (`increase`, `year-on-year`).
    pub change_after: &'static Words,
    /// Words between a change verb and a figure that make the figure a level again
    /// (`rose to 48 billion`).
    pub level_after_change: &'static Words,
    /// Words that refer back to an entity named earlier (`it`, `the country`).
    pub anaphora: &'static Words,
    /// Those of `anaphora` that name a region, never a country (`the region`).
    pub region_anaphora: &'static Words,
    /// First-person pronouns (`we`, `our`, `onze`, `chúng tôi`): in a quote whose
    /// speaker the sentence names with a `speech_verbs` verb (`said Somchai, a Thai
    /// official`; `Vietnam's minister said`), they name the speaker's country.
    pub first_person: &'static Words,
    /// Those of `first_person` that own a rank right after them as `'s` does (`our
    /// third source of tourists`, `onze grootste handelspartner`).
    pub first_person_possessive: &'static Words,
    /// Verbs and phrases that attribute a quote (`said`, `zei`, `cho biết`).
    pub speech_verbs: &'static Words,
    /// Title nouns written before a name that make one longer name with it (`the
    /// prefecture of Gunma`, `de prefectuur Gunma`, `tỉnh Gunma`): the name's mention
    /// takes them in (so `the prefecture` there is no anaphor), and a fact cue naming
    /// its subject (`in Gunma wonen`) matches the longer name too.
    pub name_heads: &'static Words,
    /// Words that refer back to the last two entities named (`the two countries`,
    /// `beide landen`, `hai nước`).
    pub pair_anaphora: &'static Words,
    /// Words that mark a figure as quoted in order to reject it (`an earlier version`,
    /// `are false`).
    pub retraction: &'static Words,
    /// Words right before a figure that reject it (`rather than`, `instead of`).
    pub rejected_before: &'static Words,
    /// Words that, right after a rank's cue and before a superlative, say what else
    /// the ranked set is ranked by (`the 20 economies with the largest trade`: a
    /// ranking by trade, not by the size of the economies).
    pub rank_criteria: &'static Words,
    /// Words that scope a rank to a place other than the record's (`there`, `in the
    /// province`, `ở đó`): `Japan is the fifth investor there` ranks it in a province.
    pub rank_scopes: &'static Words,
    /// Adverbs that open a sentence capitalised and are no brand before a state's name
    /// (`Today Japan is …`, `Toch is Japan …`), unlike `Toyota Japan`.
    pub sentence_adverbs: &'static Words,
    /// A correction giving the right figure (`the correct figure is`, `con số đúng là`):
    /// the figure before it, in the sentence before or across a `;`, was the wrong one.
    pub corrections: &'static Words,
    /// Superlatives that close such a criterion (`fastest`, `snelste`, `nhất`).
    pub criterion_superlatives: &'static Words,
    /// Words that judge a statement false (`is wrong`, `onjuist`, `không đúng`): they
    /// retract the figures of their clause, except those after a `;` or `:` that follows
    /// them, which give the correct figure (`Dat is onjuist; het juiste cijfer is …`).
    pub falsity: &'static Words,
    /// Modifiers that restrict what is counted or when (`new`, `this year`, `at the
    /// fair`, `students`): a fact whose metric and cues lack the modifier is not the
    /// figure's fact.
    pub restrictors: &'static Words,
    /// Restrictors that name a period (`this year`, `first half`, `months`): they narrow
    /// an amount or a count, but a length of time is not narrowed by when it is told
    /// (`celebrates 30 years this year`).
    pub period_restrictors: &'static Words,
    /// Words that end a clause: what lies beyond is another statement.
    pub clause_breakers: &'static Words,
    /// Words that make a figure a part of what an earlier figure counts (`of which`,
    /// `nine of them`, `waarvan`, `trong đó`): it shares that figure's cue.
    pub partitives: &'static Words,
    /// Endings that make a name right before a rank its owner, as `'s` does in English
    /// (Dutch `Japans grootste handelspartner`: Japan's partners, not who ranks).
    pub genitive_suffixes: &'static Words,
    /// Words of a pasted table's row or column label that make a bare number in its
    /// cell a rank (`Rank among investors | 3`, `Plaats onder handelspartners | 4`).
    pub rank_labels: &'static Words,
    /// Counted nouns too general to name a metric (`people`, `countries`): a figure
    /// counting one may still be linked through a cue elsewhere in its clause.
    pub generic_heads: &'static Words,
    /// Words that put a figure in the present, overriding a past tense farther away
    /// (`Japan, which was …, is **now** third`).
    pub present: &'static Words,
    /// Words right after a length of time that make it a point in time (`ten years
    /// **ago**`): not a quantity to check.
    pub not_a_quantity: &'static Words,
    /// Words right before a length of time that make it the span a statement covers
    /// (`in the first ten months`, `within five years`): when, not a claim, unless a
    /// fact's cue names it.
    pub time_spans: &'static Words,
    /// Words that open a sentence rejecting the one before (`That is not true`, `Nee`):
    /// the figures of the sentence before are quoted to be rejected.
    pub rebuttal_openers: &'static Words,
    /// Articles and possessive determiners, skipped before a counted noun.
    pub determiners: &'static Words,
    /// Words before a name that compare with it in the same ranking (`**behind** South
    /// Korea`): the name is a rival, not another counterpart of the figure.
    pub comparisons: &'static Words,
    /// Prepositions before a name that make it whose ranking a rank is, wherever the
    /// name stands in the clause (`**For** Thailand, Japan is the largest investor`,
    /// `de tweede investeringsbron **voor** Indonesië`): not the fact's ranking unless
    /// the fact ranks among that name's.
    pub beneficiaries: &'static Words,
    /// Prepositions before a name that make it an oblique, not who a figure is about
    /// (`trade **with** Vietnam`, `**ahead of** South Korea`).
    pub obliques: &'static Words,
    /// Words opening a comparison or adverbial fronted before its clause (`**Unlike**
    /// Oz, Atlantis has …`, `**Anders dan** Oz heeft …`): the names in it, up to its
    /// comma, are no one a figure of the sentence is about.
    pub fronted: &'static Words,
    /// Verbs of extent after which a bound word is a preposition, not a hedge
    /// (`spread **over** nine prefectures`, `trải **trên** 9 tỉnh`).
    pub extent_verbs: &'static Words,
    /// Names of the days of the week: capitalised, but no entity a figure is about
    /// (`in Hanoi on Tuesday, bringing the total to …`).
    pub day_names: &'static Words,
    /// Prepositions that locate what a figure counts (`12 provinces **in** Vietnam`).
    pub location_preps: &'static Words,
    /// Words between an amount and what it is worth (`5 trillion VND **in** claims`).
    pub amount_connectors: &'static Words,
    /// Words in a fact's English metric that make it a target or projection
    /// (`target`, `projected`); used with the English cues only.
    pub prospective_metric: &'static Words,
    /// Restrictors that say `to date` (`so far`, `tot nu toe`, `đến nay`): a running
    /// total is narrowed by them no more than it is by its own word `cumulative`.
    pub to_date: &'static Words,
    /// Single words that open an interview's turn before a colon (`Q:`, `A:`, `Vraag:`,
    /// `Đáp:`): who speaks, not a label naming what the figure after it counts.
    pub turn_prefixes: &'static Words,
    /// Words that open a subordinate clause after a verb or noun (`that`, `dat`,
    /// `rằng`): a negation before one denies the main clause (`Er is geen bewijs dat
    /// …`), and asserts nothing about the figure after it.
    pub complementizers: &'static Words,
    /// Words in a fact's English metric that make it a running total (`cumulative`): a
    /// figure for one period is not compared with it.
    pub cumulative_metric: &'static Words,
    /// Demonyms and the country each names, as the gazetteer writes it in this
    /// language: in a pair (`Vietnamese and Japanese provinces`, `Việt - Nhật`) a
    /// demonym names its state; alone (`Vietnamese residents`) it names no one.
    pub demonyms: &'static [(&'static str, &'static str)],
    /// Endings of one stem (`""` is the stem itself): a cue word matches the same stem
    /// with another of them (`invest`, `investing`, `invested`), see `frame::gapped`.
    pub inflections: &'static Words,
    /// Nouns a reporter uses for one another when counting (`36 companies` counts what
    /// a fact of `enterprises` counts), each form written out (singular and plural).
    pub count_synonyms: &'static [&'static [&'static str]],
}

impl FrameCues {
    /// The cues of `lang`.
    pub fn of(lang: Lang) -> &'static FrameCues {
        match lang {
            Lang::En => &en::CUES,
            Lang::Nl => &nl::CUES,
            Lang::Vi => &vi::CUES,
        }
    }

    /// Every phrase list, for tests.
    #[cfg(test)]
    pub fn lists(&self) -> Vec<&'static [&'static str]> {
        vec![
            self.forecast,
            self.reported,
            self.conditional_verbs,
            self.past,
            self.finite_verbs,
            self.past_endings,
            self.negation,
            self.not_cues,
            self.change_before,
            self.change_after,
            self.level_after_change,
            self.anaphora,
            self.region_anaphora,
            self.pair_anaphora,
            self.name_heads,
            self.first_person,
            self.first_person_possessive,
            self.speech_verbs,
            self.retraction,
            self.rejected_before,
            self.rank_criteria,
            self.criterion_superlatives,
            self.corrections,
            self.sentence_adverbs,
            self.rank_scopes,
            self.falsity,
            self.restrictors,
            self.period_restrictors,
            self.clause_breakers,
            self.generic_heads,
            self.rank_labels,
            self.genitive_suffixes,
            self.partitives,
            self.amount_connectors,
            self.location_preps,
            self.obliques,
            self.fronted,
            self.extent_verbs,
            self.comparisons,
            self.beneficiaries,
            self.determiners,
            self.present,
            self.rebuttal_openers,
            self.not_a_quantity,
            self.time_spans,
            self.prospective_metric,
            self.cumulative_metric,
            self.to_date,
            self.turn_prefixes,
            self.complementizers,
        ]
    }
}
