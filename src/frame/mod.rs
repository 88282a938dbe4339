//! Reading a claim's frame from the clause around its figure: who it is about, what it
//! counts, when it holds, and whether the text asserts it at all.
//!
//! A discrepancy needs proof: the linker (`crate::link`) judges a figure against a fact
//! only when the frame read here says the figure is about the fact's subject, metric
//! and time. This module reads; it does not choose facts or judge. Every cue it uses is
//! per-language data (`lang/frame/*.rs`, `data/gazetteer.tsv`); the reading is the same
//! for every language.

mod claim;
#[path = "../lang/frame/mod.rs"]
pub mod cues;
mod fact;
pub mod gapped;
pub mod gazetteer;
mod names;
mod sentence;
mod speaker;
pub mod table;

pub use claim::ClaimFrame;
pub use fact::FactFrame;
use sentence::past_form;
pub use sentence::{AskedTime, Sentence};

use crate::claim::{Claim, Kind, Shape};
use crate::fnv::FnvMap;
use crate::lang::words::Words;
use crate::lang::Lang;
use crate::phrase::{Phrase, PhraseTable};
use crate::token::{TokenKind, Tokens};
use cues::FrameCues;
use std::ops::Range;

/// Who a mention names: a subject of the fact table, or a place or organisation of the
/// gazetteer (by index into [`gazetteer::places`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entity {
    /// A table subject, by index in order of first appearance.
    Subject(usize),
    /// A gazetteer entity.
    Place(usize),
}

/// An entity named in the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Who it names.
    pub entity: Entity,
}

/// What a cue found in a sentence says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    Forecast,
    Reported,
    ConditionalVerb,
    Partitive,
    Past,
    Finite,
    RelativeYear(i32),
    Negation,
    Compound,
    ChangeBefore,
    ChangeAfter,
    LevelAfterChange,
    Retraction,
    Falsity,
    RejectedBefore,
    RankCriterion,
    RankScope,
    Correction,
    Superlative,
    Restrictor,
    PeriodRestrictor,
    TimeSpan,
    Anaphor,
    PairAnaphor,
    NameHead,
    FirstPerson,
    Speech,
    AmountConnector,
    LocationPrep,
    Oblique,
    Fronted,
    Extent,
    Comparison,
    Beneficiary,
    Determiner,
    Present,
    NotAQuantity,
    RebuttalOpener,
    Breaker,
    GenericHead,
}

/// The frame cues and entity names of one language, compiled.
#[derive(Debug)]
pub struct Reader {
    cues: PhraseTable<Cue>,
    /// Table subjects and gazetteer entities by name.
    names: names::Names,
    /// Anaphors that count only when capitalised.
    proper: Vec<Phrase>,
    /// The `to_date`, `region_anaphora` and `turn_prefixes` phrases as normalised
    /// words, compiled once (tokenising them on each call cost 0.7% of a check).
    to_date: Vec<String>,
    region_anaphora: Vec<String>,
    turn_prefixes: Vec<String>,
    lang: Lang,
}

impl Reader {
    /// Compiles `lang`'s frame cues, the gazetteer, and `subjects` (alias, subject
    /// index): a table alias wins over a gazetteer name written the same.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn new<'a>(lang: Lang, subjects: impl IntoIterator<Item = (&'a str, usize)>) -> Reader {
        let vocab = lang.vocabulary();
        let c = FrameCues::of(lang);
        let lists: [(&[&str], Cue); 39] = [
            (c.partitives, Cue::Partitive),
            (c.reported, Cue::Reported),
            (c.conditional_verbs, Cue::ConditionalVerb),
            (c.pair_anaphora, Cue::PairAnaphor),
            (c.name_heads, Cue::NameHead),
            (c.first_person, Cue::FirstPerson),
            (c.speech_verbs, Cue::Speech),
            (c.falsity, Cue::Falsity),
            (c.time_spans, Cue::TimeSpan),
            (c.comparisons, Cue::Comparison),
            (c.beneficiaries, Cue::Beneficiary),
            (c.rebuttal_openers, Cue::RebuttalOpener),
            (c.present, Cue::Present),
            (c.not_a_quantity, Cue::NotAQuantity),
            (c.determiners, Cue::Determiner),
            (c.obliques, Cue::Oblique),
            (c.fronted, Cue::Fronted),
            (c.extent_verbs, Cue::Extent),
            (c.location_preps, Cue::LocationPrep),
            (c.amount_connectors, Cue::AmountConnector),
            (c.anaphora, Cue::Anaphor),
            (c.forecast, Cue::Forecast),
            (c.past, Cue::Past),
            (c.finite_verbs, Cue::Finite),
            (c.negation, Cue::Negation),
            (c.not_cues, Cue::Compound),
            (c.change_before, Cue::ChangeBefore),
            (c.change_after, Cue::ChangeAfter),
            (c.level_after_change, Cue::LevelAfterChange),
            (c.retraction, Cue::Retraction),
            (c.rejected_before, Cue::RejectedBefore),
            (c.rank_criteria, Cue::RankCriterion),
            (c.rank_scopes, Cue::RankScope),
            (c.corrections, Cue::Correction),
            (c.criterion_superlatives, Cue::Superlative),
            (c.restrictors, Cue::Restrictor),
            (c.period_restrictors, Cue::PeriodRestrictor),
            (c.clause_breakers, Cue::Breaker),
            (c.generic_heads, Cue::GenericHead),
        ];
        let mut phrases: Vec<(Phrase, Cue)> = lists
            .iter()
            .flat_map(|(words, cue)| words.iter().map(|w| (Phrase::new(w, vocab), *cue)))
            .collect();
        // An anaphor written with a capital in the data is one only when capitalised in
        // the text (`Hội`, the association, not `hội nghị`).
        let proper: Vec<Phrase> = c
            .anaphora
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(|w| Phrase::new(w, vocab))
            .collect();
        phrases.extend(
            c.relative_years
                .iter()
                .map(|(w, d)| (Phrase::new(w, vocab), Cue::RelativeYear(*d))),
        );
        let joined = |list: &Words| -> Vec<String> {
            list.iter()
                .map(|t| Phrase::new(t, vocab).words(false).join(" "))
                .collect()
        };
        Reader {
            cues: PhraseTable::new(phrases, vocab.plural_suffixes),
            names: names::Names::new(lang, subjects),
            proper,
            to_date: joined(c.to_date),
            region_anaphora: joined(c.region_anaphora),
            turn_prefixes: joined(c.turn_prefixes),
            lang,
        }
    }

    /// What an entity found by name is: a gazetteer place the table names as a
    /// subject is that subject.
    fn resolved(&self, e: Entity) -> Entity {
        self.names.resolved(e)
    }

    /// The country a table subject lies in (`Japan` for Kansai), as mentions resolve it.
    pub fn country_of(&self, subject: usize) -> Option<Entity> {
        self.names.country_of(subject)
    }

    /// The name of a gazetteer entity, for reasons.
    pub fn place_name(&self, i: usize) -> &'static str {
        self.names.place_name(i)
    }

    /// The state a name stands for: itself when a country, its country when a capital.
    pub fn state(&self, e: Entity) -> Option<Entity> {
        self.names.state(e)
    }

    /// Whether `e` is a country (or the table subject one is): a country opening a
    /// line before a dash is a heading's pair (`Nhật Bản - Việt Nam: số liệu`), not a
    /// dateline, which names a city.
    pub fn is_country(&self, e: Entity) -> bool {
        self.names.state(e) == Some(e)
    }

    /// The state a demonym at token `i` names (`Japanese` → Japan).
    pub fn demonym_at(&self, tokens: &Tokens, i: usize) -> Option<Entity> {
        self.names.demonym_at(tokens, i)
    }

    /// The state a capital stands for (`Tokyo` → Japan).
    pub fn capital_state(&self, e: Entity) -> Option<Entity> {
        self.names.capital_state(e)
    }

    /// The entities named in `range` (see [`names::Names::mentions`]).
    pub fn mentions(&self, tokens: &Tokens, range: Range<usize>) -> Vec<Mention> {
        self.names.mentions(tokens, range)
    }

    /// Reads sentence `s` of `tokens` (`text` is what the tokens point into: a tab
    /// between two tokens is a cell boundary).
    pub fn sentence(&self, tokens: &Tokens, text: &str, s: usize) -> Sentence {
        let range = tokens.sentence_range(s);
        let mut hits: Vec<(usize, usize, Cue)> = self.cues.scan_all(tokens, range.clone());
        let mut mentions = self.mentions(tokens, range.clone());
        // `the prefecture of Gunma`: one longer name, and no anaphor in it.
        for h in hits.iter().filter(|h| h.2 == Cue::NameHead) {
            if let Some(m) = mentions.iter_mut().find(|m| m.start == h.1) {
                m.start = h.0;
            }
        }
        hits.retain(|h| {
            h.2 != Cue::Anaphor
                || !mentions.iter().any(|m| m.start <= h.0 && h.0 < m.end)
                    && (tokens.list[h.0].capitalised
                        || !self
                            .proper
                            .iter()
                            .any(|p| p.match_at(tokens, h.0, &[]) == Some(h.1)))
                    && !self.names_after(tokens, h.1, range.end, &mentions)
        });
        // `not only` is not a negation, `chia se` (to share) no `sẽ` (will), `mới có`
        // ("only has") no restrictor.
        let nots: Vec<(usize, usize)> = hits
            .iter()
            .filter(|h| h.2 == Cue::Compound)
            .map(|h| (h.0, h.1))
            .collect();
        hits.retain(|h| {
            !matches!(
                h.2,
                Cue::Negation | Cue::Forecast | Cue::Restrictor | Cue::PeriodRestrictor
            ) || !nots.iter().any(|n| n.0 <= h.0 && h.1 <= n.1)
        });
        // `…, and Kansai localities have signed …`: a coordinator after a comma opens a
        // clause; the name after it is that clause's subject, not an oblique.
        let coordinators = self.lang.vocabulary().coordinators;
        hits.retain(|h| {
            h.2 != Cue::Oblique
                || h.0 == range.start
                || tokens.norm(h.0 - 1) != ","
                || !coordinators.contains(&tokens.norm(h.0))
        });
        let mut breaks: Vec<usize> = hits
            .iter()
            .filter(|h| h.2 == Cue::Breaker)
            .map(|h| h.0)
            .collect();
        // `…, and Japan is third`: a coordinator after a comma, then a name and its
        // verb, opens a clause with a subject of its own; the figures before it are not
        // that name's.
        let finite_at = |i: usize| {
            hits.iter()
                .any(|h| h.0 == i && matches!(h.2, Cue::Finite | Cue::Past))
        };
        breaks.extend(mentions.iter().filter_map(|m| {
            let c = m.start.checked_sub(1)?;
            (c > range.start
                && tokens.norm(c - 1) == ","
                && coordinators.contains(&tokens.norm(c))
                && finite_at(m.end))
            .then_some(c)
        }));
        for i in range.clone().skip(1) {
            let gap = tokens.list[i - 1].span.end..tokens.list[i].span.start;
            if text.get(gap).is_some_and(|g| g.contains('\t')) {
                breaks.push(i);
            }
        }
        crate::sort::by_key(&mut breaks, |&b| b);
        let question = range
            .clone()
            .rev()
            .find(|&i| tokens.list[i].kind != TokenKind::Symbol || tokens.norm(i) != "\"")
            .is_some_and(|i| tokens.norm(i) == "?");
        crate::sort::by_key(&mut hits, |h| h.0);
        // Question marks, and the commas where a new predicate opens (`, and upgraded
        // ties to …`): a cue after one is that predicate's.
        let (mut question_marks, mut predicates) = (Vec::new(), Vec::new());
        for i in range.clone() {
            match tokens.norm(i) {
                "?" => question_marks.push(i),
                "," if sentence::opens_predicate(self.lang, tokens, &hits, i, range.end) => {
                    predicates.push(i)
                }
                _ => {}
            }
        }
        self.set_apart(tokens, range.start, &hits, &breaks, &mut mentions);
        self.first_person(tokens, range.clone(), &hits, &mut mentions);
        Sentence {
            list_heads: self.list_heads(tokens, &mentions, &hits),
            mentions,
            open_paren: open_parentheses(tokens, range.clone()),
            range,
            breaks,
            hits,
            question,
            question_marks,
            predicates,
        }
    }

    /// Whether a name no table or gazetteer knows follows an anaphor's words ending at
    /// `k` (`de centrale Long Phu 1`, `the plant Long Phu 1`): they head that name, and
    /// refer back to no one.
    #[inline(never)]
    fn names_after(&self, tokens: &Tokens, k: usize, end: usize, mentions: &[Mention]) -> bool {
        k < end
            && tokens.list[k].kind == TokenKind::Word
            && tokens.list[k].capitalised
            && !mentions.iter().any(|m| m.start == k)
            && self.demonym_at(tokens, k).is_none()
    }

    /// For each name that continues a list of names (`behind China, the United States
    /// and Taiwan`), its start and the start of the list's first name: the word before
    /// the list governs every name in it.
    fn list_heads(
        &self,
        tokens: &Tokens,
        mentions: &[Mention],
        hits: &[(usize, usize, Cue)],
    ) -> Vec<(usize, usize)> {
        let coordinators = self.lang.vocabulary().coordinators;
        let joins = |k: usize| {
            tokens.norm(k) == ","
                || coordinators.contains(&tokens.norm(k))
                || hits
                    .iter()
                    .any(|h| h.2 == Cue::Determiner && h.0 == k && h.1 == k + 1)
        };
        let mut out: Vec<(usize, usize)> = Vec::new();
        for pair in mentions.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let gap = a.end..b.start;
            if gap.is_empty() || gap.len() > LIST_GAP || !gap.clone().all(joins) {
                continue;
            }
            let head = out
                .iter()
                .find(|(s, _)| *s == a.start)
                .map_or(a.start, |x| x.1);
            out.push((b.start, head));
        }
        out
    }

    /// Whether the name starting at token `i` follows a preposition (`with Vietnam`,
    /// `in the Kansai region`), itself or as part of a list of names.
    #[inline(never)]
    pub fn is_oblique(&self, sent: &Sentence, i: usize) -> bool {
        after_cue(sent, i, Cue::Oblique, true)
    }

    /// Whether sentence `s` opens by rejecting what the sentence before it said (`That
    /// is not true.`, `Nee.`, `The correct figure is 17.`).
    pub fn opens_with_rebuttal(&self, tokens: &Tokens, s: usize) -> bool {
        if s >= tokens.sentence_starts.len() {
            return false;
        }
        // Only the cues at its first token: reading the whole sentence for them cost 2%
        // of a check.
        let range = tokens.sentence_range(s);
        self.cues
            .starting_at(tokens, range.start, range.end)
            .any(|c| matches!(c, Cue::RebuttalOpener | Cue::Correction))
    }

    /// Whether restrictor words `w` (normalised) say `to date` (`so far`, `tot nu toe`).
    pub fn is_to_date(&self, w: &str) -> bool {
        self.to_date.iter().any(|t| t == w)
    }

    /// Whether label words `w` (normalised) open an interview's turn (`Q`, `Đáp`).
    #[inline(never)]
    pub fn is_turn(&self, w: &str) -> bool {
        self.turn_prefixes.iter().any(|t| t == w)
    }

    /// Whether anaphor words `w` (normalised) name a region (`the region`, `de regio`,
    /// `khu vực này`): never a country.
    pub fn is_region_anaphor(&self, w: &str) -> bool {
        self.region_anaphora.iter().any(|t| t == w)
    }

    /// Whether token `i` is an article or possessive determiner (`the`, `de`).
    fn is_determiner(&self, sent: &Sentence, i: usize) -> bool {
        sent.hits
            .iter()
            .any(|h| h.2 == Cue::Determiner && h.0 == i && h.1 == i + 1)
    }

    /// Whether token `i` is compared in an aside set off by commas right after a verb
    /// (`Japan is, na Zuid-Korea, de tweede bestemming`): what follows the aside
    /// completes the verb, so it describes the clause's subject, not the compared name.
    pub fn compared_aside(&self, tokens: &Tokens, sent: &Sentence, i: usize) -> bool {
        sent.heads_of(i).any(|i| {
            sent.hits.iter().any(|h| {
                h.2 == Cue::Comparison
                    && h.1 <= i
                    && i - h.1 <= 1
                    && h.0 >= sent.range.start + 2
                    && tokens.norm(h.0 - 1) == ","
                    && sent
                        .hits
                        .iter()
                        .any(|v| v.2 == Cue::Finite && v.1 == h.0 - 1)
            })
        })
    }

    /// Whether token `k` is a brand's name right before the state's name at `k + 1`
    /// (`Toyota Japan`, `Acme Japan`): a capitalised word (not all capitals) that names
    /// no known entity and is no function word, month, day, adverb or demonym.
    pub fn brand_at(&self, tokens: &Tokens, k: usize) -> bool {
        let (list, lang) = (&tokens.list, self.lang);
        let Some(t) = list.get(k) else { return false };
        let w = tokens.norm(k);
        let vocab = lang.vocabulary();
        let c = FrameCues::of(lang);
        t.kind == TokenKind::Word
            && t.capitalised
            && !t.inner_capital
            && !t.possessive
            && list.get(k + 1).is_some_and(|n| n.sentence == t.sentence)
            && self.mentions(tokens, k..k + 1).is_empty()
            && ![
                vocab.function_words,
                vocab.determiners,
                vocab.coordinators,
                vocab.months,
                c.obliques,
                c.day_names,
                c.sentence_adverbs,
                c.finite_verbs,
            ]
            .iter()
            .any(|l| l.contains(&w))
            && self.demonym_at(tokens, k).is_none()
    }

    /// The place a clause opens with after a location preposition (`In Thailand,
    /// Japan is …`, `Tại Quảng Nam, …`, `In Quang Nam is Japan …`), before token `from`.
    pub fn fronted_place(
        &self,
        sent: &Sentence,
        clause: Range<usize>,
        from: usize,
    ) -> Option<Mention> {
        sent.mentions.iter().copied().find(|m| {
            m.start > clause.start
                && m.start <= clause.start + 2
                && m.end <= from
                && sent
                    .hits
                    .iter()
                    .any(|h| h.2 == Cue::LocationPrep && h.1 == m.start && h.0 >= clause.start)
        })
    }

    /// Whether the name starting at token `i` opens a clause of its own after a clause
    /// breaker (`but South Korea invests more`, `maar Zuid-Korea`, `nhưng Hàn Quốc`):
    /// the subject of that clause.
    pub fn opens_clause(&self, sent: &Sentence, i: usize) -> bool {
        after_cue(sent, i, Cue::Breaker, false)
    }

    /// Whether the name starting at token `i` follows a location preposition (`in Dong
    /// Nai`): where something is, not who acts.
    pub fn is_located(&self, sent: &Sentence, i: usize) -> bool {
        after_cue(sent, i, Cue::LocationPrep, true)
    }

    /// Whether the name starting at token `i` follows a comparison (`behind South
    /// Korea`).
    #[inline(never)]
    pub fn is_compared(&self, sent: &Sentence, i: usize) -> bool {
        after_cue(sent, i, Cue::Comparison, true)
    }

    /// The first name of `clause` that follows a beneficiary (`for Thailand`, `voor de
    /// Filipijnen`): whose ranking a rank there is.
    #[inline(never)]
    pub fn beneficiary(&self, sent: &Sentence, clause: Range<usize>) -> Option<Mention> {
        // Not inside a comparison (`ruim voor Frankrijk`, `, voor Zuid-Korea`).
        let compared = |h: &(usize, usize, Cue)| {
            sent.hits
                .iter()
                .any(|c| c.2 == Cue::Comparison && c.0 <= h.0 && h.1 <= c.1)
        };
        sent.mentions.iter().copied().find(|m| {
            m.start >= clause.start
                && m.end <= clause.end
                && sent.hits.iter().any(|h| {
                    h.2 == Cue::Beneficiary
                        && h.1 <= m.start
                        && (h.1 == m.start || (m.start - h.1 == 1 && self.is_determiner(sent, h.1)))
                        && !compared(h)
                })
        })
    }

    /// Whether token `i` is a counted noun too general to name a metric (`people`).
    #[inline(never)]
    pub fn is_generic(&self, sent: &Sentence, i: usize) -> bool {
        sent.hits
            .iter()
            .any(|h| h.2 == Cue::GenericHead && h.0 == i)
    }

    /// The counted noun right after a count, when it is a word that is not generic
    /// (`students` in `20,000 Vietnamese students`): its token.
    pub fn head_noun(
        &self,
        tokens: &Tokens,
        sent: &Sentence,
        claim: &Claim,
        others: &[Range<usize>],
    ) -> Option<usize> {
        let mut i = claim.end_token;
        // An amount names what it is worth after a connector: `5 trillion VND in claims`.
        let connector = |i: usize| {
            sent.hits
                .iter()
                .any(|h| h.2 == Cue::AmountConnector && h.0 == i && h.1 == i + 1)
        };
        match claim.kind {
            Kind::Count => {}
            Kind::Amount if i + 1 < sent.range.end && connector(i) => {
                i += 1;
                if i + 1 < sent.range.end && self.is_determiner(sent, i) {
                    i += 1;
                }
            }
            _ => return None,
        }
        if i >= sent.range.end {
            return None;
        }
        // `8,000 Japanese nationals`: the noun after the name is what is counted; an
        // amount `in HCM City` names a place, not what it is worth.
        if let Some(m) = sent.mentions.iter().find(|m| m.start == i) {
            if claim.kind != Kind::Count {
                return None;
            }
            if m.end < sent.range.end {
                i = m.end;
            }
        }
        // A word in the next cell of a pasted row (`top 30<TAB>IMF / MOFA`) is that
        // cell's, not what the figure counts.
        if sent.breaks.iter().any(|&b| b > claim.first_token && b <= i) {
            return None;
        }
        let t = &tokens.list[i];
        if t.kind != TokenKind::Word || others.iter().any(|o| o.contains(&i)) {
            return None;
        }
        let generic = self.is_generic(sent, i);
        // `nine of them`, `negen in de regio`: a preposition, no counted noun.
        let function = sent
            .hits
            .iter()
            .any(|h| matches!(h.2, Cue::Oblique | Cue::LocationPrep | Cue::Determiner) && h.0 == i);
        if function {
            return None;
        }
        let restrictor = sent.hits.iter().any(|h| h.2 == Cue::Restrictor && h.0 == i);
        let named = sent.mentions.iter().any(|m| m.start == i);
        (!generic && !restrictor && !named).then_some(i)
    }
}

/// For each token of `range` (and one past it), the index of the `(` of the innermost
/// parenthesis open before it, in one pass.
fn open_parentheses(tokens: &Tokens, range: Range<usize>) -> Vec<Option<usize>> {
    let mut open: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(range.len() + 1);
    for k in range.clone() {
        out.push(open.last().copied());
        match tokens.norm(k) {
            "(" => open.push(k),
            ")" => {
                open.pop();
            }
            _ => {}
        }
    }
    out.push(open.last().copied());
    out
}

/// A four-digit year at token `i` (1900–2100, no decimals, no group separator).
pub fn year_of(tokens: &Tokens, i: usize) -> Option<i32> {
    let t = tokens.list.get(i)?;
    let n = tokens.norm(i);
    if t.kind != TokenKind::Number || n.len() != 4 || !n.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = n.parse().ok()?;
    (1900..=2100).contains(&y).then_some(y)
}

/// The normalised words of tokens `r`, space-separated.
pub fn words(tokens: &Tokens, r: Range<usize>) -> String {
    r.map(|i| tokens.norm(i)).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod readings_tests;
#[cfg(test)]
mod tests;

/// Whether mention `m` opens its line like a dateline (`HANOI —`, `HÀ NỘI -`, `TOKYO,
/// Dec. 15 —`): where the story was filed, not whom it is about, when it names a city.
pub fn dateline(tokens: &Tokens, m: &Mention) -> bool {
    let list = &tokens.list;
    // Only a typographic bullet before it in its paragraph (`▪ OSAKA –`, `• HANOI –`);
    // not a list's `-` or `*` (`- Osaka – 40,000 residents` is a list line).
    let para = list[m.start].paragraph;
    let opens = (0..m.start)
        .rev()
        .take_while(|&k| list[k].paragraph == para)
        .all(|k| list[k].kind == TokenKind::Symbol && !matches!(tokens.norm(k), "-" | "*" | "+"));
    if !opens {
        return false;
    }
    // A dash joining two words (`Japan-Vietnam: key figures`) makes a compound.
    let joined =
        |k: usize| !list[k].space_before && list.get(k + 1).is_some_and(|t| !t.space_before);
    let dash = |k: usize| matches!(tokens.norm(k), "-" | "–" | "—") && !joined(k);
    // Up to a short date between the name and the dash (`, Dec. 15`).
    (m.end..tokens.len().min(m.end + 6))
        .take_while(|&k| {
            list[k].paragraph == list[m.start].paragraph
                && (dash(k)
                    || list[k].kind != TokenKind::Word
                    || (list[k].capitalised && tokens.norm(k).chars().count() <= 5))
        })
        .any(dash)
}

/// The most tokens between two names of one list (`, and the`).
const LIST_GAP: usize = 3;

/// Whether a `cue` of sentence `sent` ends at most one token before token `i`, or, when
/// `listed`, before the first name of the list `i` stands in (`behind South Korea and
/// Singapore`).
#[inline(never)]
fn after_cue(sent: &Sentence, i: usize, cue: Cue, listed: bool) -> bool {
    let at = |i: usize| {
        sent.hits
            .iter()
            .any(|h| h.2 == cue && h.1 <= i && i - h.1 <= 1 && h.0 >= sent.range.start)
    };
    if listed {
        sent.heads_of(i).any(at)
    } else {
        at(i)
    }
}
