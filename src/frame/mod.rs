//! Reading a claim's frame from the clause around its figure: who it is about, what it
//! counts, when it holds, and whether the text asserts it at all.
//!
//! A discrepancy needs proof: the linker (`crate::link`) judges a figure against a fact
//! only when the frame read here says the figure is about the fact's subject, metric
//! and time. This module reads; it does not choose facts or judge. Every cue it uses is
//! per-language data (`lang/frame/*.rs`, `data/gazetteer.tsv`); the reading is the same
//! for every language.

#[path = "../lang/frame/mod.rs"]
pub mod cues;
pub mod gazetteer;
pub mod table;

use crate::claim::{Claim, Kind, Shape};
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
    Past,
    RelativeYear(i32),
    Negation,
    NotNegation,
    ChangeBefore,
    ChangeAfter,
    LevelAfterChange,
    Retraction,
    RejectedBefore,
    Restrictor,
    Anaphor,
    AmountConnector,
    LocationPrep,
    Oblique,
    Comparison,
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
    entities: PhraseTable<Entity>,
    /// Display names of gazetteer entities.
    place_names: Vec<&'static str>,
    /// What each gazetteer entity resolves to: itself, or the table subject it is.
    resolve: Vec<Entity>,
    /// The country each gazetteer entity lies in (an index), if any.
    within: Vec<Option<usize>>,
    /// The gazetteer entity each table subject is, if any.
    subject_place: Vec<Option<usize>>,
    /// Anaphors that count only when capitalised.
    proper: Vec<Phrase>,
    lang: Lang,
}

impl Reader {
    /// Compiles `lang`'s frame cues, the gazetteer, and `subjects` (alias, subject
    /// index): a table alias wins over a gazetteer name written the same.
    pub fn new<'a>(lang: Lang, subjects: impl IntoIterator<Item = (&'a str, usize)>) -> Reader {
        let vocab = lang.vocabulary();
        let c = FrameCues::of(lang);
        let lists: [(&[&str], Cue); 21] = [
            (c.comparisons, Cue::Comparison),
            (c.rebuttal_openers, Cue::RebuttalOpener),
            (c.present, Cue::Present),
            (c.not_a_quantity, Cue::NotAQuantity),
            (c.determiners, Cue::Determiner),
            (c.obliques, Cue::Oblique),
            (c.location_preps, Cue::LocationPrep),
            (c.amount_connectors, Cue::AmountConnector),
            (c.anaphora, Cue::Anaphor),
            (c.forecast, Cue::Forecast),
            (c.past, Cue::Past),
            (c.negation, Cue::Negation),
            (c.not_negation, Cue::NotNegation),
            (c.change_before, Cue::ChangeBefore),
            (c.change_after, Cue::ChangeAfter),
            (c.level_after_change, Cue::LevelAfterChange),
            (c.retraction, Cue::Retraction),
            (c.rejected_before, Cue::RejectedBefore),
            (c.restrictors, Cue::Restrictor),
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
        let places = gazetteer::places();
        let mut names: Vec<(Phrase, Entity)> = Vec::new();
        for (i, p) in places.iter().enumerate() {
            for n in p.names(lang) {
                names.push((Phrase::new(n, vocab), Entity::Place(i)));
            }
        }
        let subjects: Vec<(Phrase, usize)> = subjects
            .into_iter()
            .map(|(a, s)| (Phrase::new(a, vocab), s))
            .collect();
        // A place the table names as a subject is that subject, under all its names.
        let mut resolve: Vec<Entity> = (0..places.len()).map(Entity::Place).collect();
        let mut subject_place: Vec<Option<usize>> = Vec::new();
        for (p, e) in &names {
            if let (Entity::Place(i), Some((_, s))) = (e, subjects.iter().find(|(q, _)| q == p)) {
                resolve[*i] = Entity::Subject(*s);
                if subject_place.len() <= *s {
                    subject_place.resize(*s + 1, None);
                }
                subject_place[*s].get_or_insert(*i);
            }
        }
        let within = places
            .iter()
            .map(|p| {
                let id = p.within?;
                places.iter().position(|q| q.id == id)
            })
            .collect();
        // Later entries win ties between phrases of one length: the table's own names.
        names.extend(subjects.into_iter().map(|(p, s)| (p, Entity::Subject(s))));
        Reader {
            cues: PhraseTable::new(phrases, vocab.plural_suffixes),
            entities: PhraseTable::new(names, vocab.plural_suffixes),
            place_names: places.iter().map(|p| p.display()).collect(),
            resolve,
            within,
            subject_place,
            proper,
            lang,
        }
    }

    /// What an entity found by name is: a gazetteer place the table names as a
    /// subject is that subject.
    fn resolved(&self, e: Entity) -> Entity {
        match e {
            Entity::Place(i) => self.resolve.get(i).copied().unwrap_or(e),
            e => e,
        }
    }

    /// The country a table subject lies in (`Japan` for Kansai), as mentions resolve it.
    pub fn country_of(&self, subject: usize) -> Option<Entity> {
        let place = (*self.subject_place.get(subject)?)?;
        let country = (*self.within.get(place)?)?;
        self.resolve.get(country).copied()
    }

    /// The name of a gazetteer entity, for reasons.
    pub fn place_name(&self, i: usize) -> &'static str {
        self.place_names.get(i).copied().unwrap_or("another entity")
    }

    /// The entities named in `range` (longest names first, not overlapping). A
    /// gazetteer name counts only when capitalised, as names are in running text.
    pub fn mentions(&self, tokens: &Tokens, range: Range<usize>) -> Vec<Mention> {
        self.entities
            .scan(tokens, range)
            .into_iter()
            .filter(|(start, _, e)| {
                matches!(e, Entity::Subject(_)) || tokens.list[*start].capitalised
            })
            .map(|(start, end, entity)| Mention {
                start,
                end,
                entity: self.resolved(entity),
            })
            .collect()
    }

    /// Reads sentence `s` of `tokens` (`text` is what the tokens point into: a tab
    /// between two tokens is a cell boundary).
    pub fn sentence(&self, tokens: &Tokens, text: &str, s: usize) -> Sentence {
        let range = tokens.sentence_range(s);
        let mut hits: Vec<(usize, usize, Cue)> = self.cues.scan_all(tokens, range.clone());
        hits.retain(|h| {
            h.2 != Cue::Anaphor
                || tokens.list[h.0].capitalised
                || !self
                    .proper
                    .iter()
                    .any(|p| p.match_at(tokens, h.0, &[]) == Some(h.1))
        });
        // `not only` is not a negation.
        let nots: Vec<(usize, usize)> = hits
            .iter()
            .filter(|h| h.2 == Cue::NotNegation)
            .map(|h| (h.0, h.1))
            .collect();
        hits.retain(|h| h.2 != Cue::Negation || !nots.iter().any(|n| n.0 <= h.0 && h.1 <= n.1));
        let mut breaks: Vec<usize> = hits
            .iter()
            .filter(|h| h.2 == Cue::Breaker)
            .map(|h| h.0)
            .collect();
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
        let question_marks = range.clone().filter(|&i| tokens.norm(i) == "?").collect();
        Sentence {
            mentions: self.mentions(tokens, range.clone()),
            open_paren: open_parentheses(tokens, range.clone()),
            range,
            breaks,
            hits,
            question,
            question_marks,
        }
    }

    /// What a fact's own words say about it: the entities its metric (English) and cues
    /// (this language) name, whether it is a target, the years it is for, and which of
    /// this language's restricting modifiers it carries.
    pub fn fact_frame(
        &self,
        english: &Reader,
        subject: (usize, &str),
        metric: &str,
        cues: &[&str],
    ) -> FactFrame {
        let en_vocab = Lang::En.vocabulary();
        let vocab = self.lang.vocabulary();
        let m = crate::token::tokenize(metric, en_vocab);
        let name = crate::token::tokenize(subject.1, en_vocab);
        // Names in its metric and in its subject's own name (`Vietnam` in "Vietnam
        // banana sector"), and the country its subject lies in.
        let mut scope: Vec<Entity> = english
            .mentions(&m, 0..m.len())
            .into_iter()
            .map(|x| x.entity)
            .chain(
                english
                    .entities
                    .scan_all(&name, 0..name.len())
                    .into_iter()
                    .map(|x| english.resolved(x.2)),
            )
            .collect();
        // The counterparts the fact itself names, before adding where its subject lies.
        let named_in_fact = scope.len();
        scope.extend(self.country_of(subject.0));
        let prospective_words = PhraseTable::from_words(
            FrameCues::of(Lang::En)
                .prospective_metric
                .iter()
                .map(|w| (*w, ())),
            en_vocab,
        );
        let prospective = !prospective_words.scan(&m, 0..m.len()).is_empty();
        let cumulative_words = PhraseTable::from_words(
            FrameCues::of(Lang::En)
                .cumulative_metric
                .iter()
                .map(|w| (*w, ())),
            en_vocab,
        );
        let cumulative = !cumulative_words.scan(&m, 0..m.len()).is_empty();
        let periods = (0..m.len()).filter_map(|i| year_of(&m, i)).collect();
        let mut covered: Vec<String> = Vec::new();
        let mut cover = |t: &Tokens, reader: &Reader| {
            for (s, e, cue) in reader.cues.scan_all(t, 0..t.len()) {
                if cue == Cue::Restrictor {
                    covered.push(words(t, s..e));
                }
            }
        };
        if self.lang == Lang::En {
            cover(&m, self);
        }
        for cue in cues {
            let t = crate::token::tokenize(cue, vocab);
            cover(&t, self);
            let found: Vec<Entity> = self
                .mentions(&t, 0..t.len())
                .into_iter()
                .map(|x| x.entity)
                .collect();
            scope.extend(found);
        }
        let mut counterparts: Vec<Entity> = scope[..named_in_fact].to_vec();
        counterparts.extend(
            scope
                .iter()
                .skip(named_in_fact + usize::from(self.country_of(subject.0).is_some()))
                .copied(),
        );
        FactFrame {
            counterparts,
            scope,
            prospective,
            cumulative,
            periods,
            covered,
        }
    }

    /// The fact-independent frame of `claim` in its sentence: its clause, and what the
    /// clause says about its time, modality and polarity.
    pub fn claim_frame(
        &self,
        tokens: &Tokens,
        sent: &Sentence,
        claim: &Claim,
        others: &[Range<usize>],
        year: i32,
    ) -> ClaimFrame {
        let (from, to) = (
            claim.first_token,
            claim.end_token.max(claim.first_token + 1),
        );
        let clause = sent.clause(from);
        let inside = |h: &(usize, usize, Cue)| h.0 >= clause.start && h.1 <= clause.end;
        let own = |i: usize| i >= from && i < to;
        // A cue governs the nearest figure: none of the sentence's other figures may
        // stand between the two (`With 1,624 MW, the plants are expected to supply …`).
        // The other end of a range (`2.6–3 million`) is part of the same figure.
        let partner = |o: &Range<usize>| o.end + 1 >= from && o.start <= to + 1;
        let clear = |a: usize, b: usize| {
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            !others
                .iter()
                .any(|o| o.start >= lo && o.end <= hi && !partner(o))
        };
        let mut f = ClaimFrame {
            clause: clause.clone(),
            // A question mark after the figure, even inside a quote that the sentence
            // goes on after (`'Is Japan the largest?' asks a reader`).
            question: sent.question || sent.question_marks.last().is_some_and(|&q| q >= to),
            ..ClaimFrame::default()
        };
        let mut present: Vec<usize> = Vec::new();
        // Hits are in text order: only the clause's are read (linear on a sentence of
        // thousands of figures).
        let first = sent.hits.partition_point(|h| h.0 < clause.start);
        let in_clause = sent.hits[first..].iter().take_while(|h| h.0 < clause.end);
        for h in in_clause.filter(|h| inside(h)) {
            let span = h.0..h.1;
            let before = h.1 <= from && clear(h.1, from);
            let after = h.0 >= to && clear(to, h.0);
            match h.2 {
                Cue::Forecast if before => {
                    f.forecast.get_or_insert(span);
                }
                Cue::Past
                    if (before && from - h.1 <= PAST_BEFORE)
                        || (after && h.0 - to <= PAST_AFTER) =>
                {
                    f.past = Some(span)
                }
                Cue::Present if before || after => present.push(h.0),
                Cue::NotAQuantity if h.0 >= to && h.0 - to <= 1 => f.point_in_time = Some(span),
                Cue::RelativeYear(d) if before || after => f.year = Some((year + d, Some(span))),
                // A negation shortly before the figure (or its rank phrase).
                Cue::Negation if before && from - h.1 <= NEGATION_REACH => f.negated = Some(span),
                Cue::Retraction => f.retracted = true,
                Cue::RejectedBefore if h.1 <= from && from - h.1 <= 1 => f.retracted = true,
                Cue::Restrictor if own(h.0) => {}
                Cue::Restrictor
                    if (before && from - h.1 <= RESTRICTOR_BEFORE)
                        || (after && h.0 - to <= RESTRICTOR_REACH) =>
                {
                    f.restrictors.push(span)
                }
                Cue::Anaphor if !own(h.0) => {
                    f.anaphor.get_or_insert(span);
                }
                Cue::LocationPrep if h.0 >= to => f.located.push(h.0),
                _ => {}
            }
        }
        // Years in the clause: a later one makes a forecast, an earlier one a past.
        // `Japan, which was the largest, is now third`: a present cue nearer the figure
        // than the past one wins.
        if let Some(p) = &f.past {
            let between = |i: usize| (p.end <= i && i <= from) || (to <= i && i < p.start);
            if present.iter().any(|&i| between(i)) {
                f.past = None;
            }
        }
        // The open parenthesis each token is in, within the clause (read once per
        // sentence: a sentence of thousands of figures stays linear).
        let parens = |i: usize| {
            sent.open_paren
                .get(i.min(clause.end).wrapping_sub(sent.range.start))
                .copied()
                .flatten()
                .filter(|&k| k >= clause.start)
        };
        let window = (clause.start..(clause.start + 3).min(clause.end)).chain(
            from.saturating_sub(YEAR_BEFORE).max(clause.start + 3)
                ..(to + YEAR_AFTER).min(clause.end),
        );
        for i in window.filter(|&i| !own(i)) {
            // A year before the figure reaches it from close by (`In 2019, Japan was
            // …`), not out of a parenthesis the figure is not in.
            // A year opening the clause (`In 2019, …`) dates all of it.
            let opening = i < clause.start + 3;
            let reaches = if i < from {
                (opening || (clear(i + 1, from) && from - i <= YEAR_BEFORE))
                    && parens(i) == parens(from)
            } else {
                clear(to, i) && (parens(i).is_none() || parens(i) == parens(from))
            };
            if !reaches {
                continue;
            }
            if let Some(y) = year_of(tokens, i) {
                if y > year {
                    f.forecast.get_or_insert(i..i + 1);
                } else if f
                    .year
                    .as_ref()
                    .is_none_or(|(_, s)| s.as_ref().is_some_and(|s| s.start < i))
                {
                    f.year = Some((y, Some(i..i + 1)));
                }
            }
        }
        if claim.kind == Kind::Year && claim.value > year as f64 {
            f.forecast.get_or_insert(from..to);
        }
        // The number grammar's reading, unless the words right before say a level
        // (`made up of 7 prefectures`, `rose to 48 billion`).
        let marked_level = sent
            .hits
            .iter()
            .any(|h| h.2 == Cue::LevelAfterChange && h.1 == from)
            && !sent
                .hits
                .iter()
                .any(|h| h.2 == Cue::ChangeBefore && h.1 == from);
        f.change = (matches!(claim.shape, Shape::Change { .. }) && !marked_level)
            || self.reads_change(sent, claim);
        f
    }

    /// Whether the words around a figure make it a change: `rose 3.5%`, `an increase
    /// of 5%`, `a 5% rise`, but not `rose to 48 billion`.
    fn reads_change(&self, sent: &Sentence, claim: &Claim) -> bool {
        if !matches!(claim.kind, Kind::Amount | Kind::Count | Kind::Percent) {
            return false;
        }
        let (from, to) = (claim.first_token, claim.end_token);
        let level = |a: usize, b: usize| {
            sent.hits
                .iter()
                .any(|h| h.2 == Cue::LevelAfterChange && h.0 >= a && h.1 <= b)
        };
        sent.hits.iter().any(|h| match h.2 {
            Cue::ChangeBefore => h.1 <= from && from - h.1 <= 2 && !level(h.1, from),
            Cue::ChangeAfter => h.0 >= to && h.0 - to <= 1,
            _ => false,
        })
    }

    /// Whether the name starting at token `i` follows a preposition (`with Vietnam`,
    /// `in the Kansai region`).
    pub fn is_oblique(&self, sent: &Sentence, i: usize) -> bool {
        sent.hits
            .iter()
            .any(|h| h.2 == Cue::Oblique && h.1 <= i && i - h.1 <= 1 && h.0 >= sent.range.start)
    }

    /// Whether sentence `s` opens by rejecting what the sentence before it said (`That
    /// is not true.`, `Nee.`).
    pub fn opens_with_rebuttal(&self, tokens: &Tokens, text: &str, s: usize) -> bool {
        if s >= tokens.sentence_starts.len() {
            return false;
        }
        let sent = self.sentence(tokens, text, s);
        let start = sent.range.start;
        sent.hits
            .iter()
            .any(|h| matches!(h.2, Cue::RebuttalOpener) && h.0 == start)
    }

    /// Whether token `i` is an article or possessive determiner (`the`, `de`).
    fn is_determiner(&self, sent: &Sentence, i: usize) -> bool {
        sent.hits
            .iter()
            .any(|h| h.2 == Cue::Determiner && h.0 == i && h.1 == i + 1)
    }

    /// Whether the name starting at token `i` follows a comparison (`behind South
    /// Korea`).
    pub fn is_compared(&self, sent: &Sentence, i: usize) -> bool {
        sent.hits
            .iter()
            .any(|h| h.2 == Cue::Comparison && h.1 <= i && i - h.1 <= 1 && h.0 >= sent.range.start)
    }

    /// Whether token `i` is a counted noun too general to name a metric (`people`).
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
        let t = &tokens.list[i];
        if t.kind != TokenKind::Word || others.iter().any(|o| o.contains(&i)) {
            return None;
        }
        let generic = self.is_generic(sent, i);
        let restrictor = sent.hits.iter().any(|h| h.2 == Cue::Restrictor && h.0 == i);
        let named = sent.mentions.iter().any(|m| m.start == i);
        (!generic && !restrictor && !named).then_some(i)
    }
}

/// How far before a figure a negation still governs it, in tokens (`is no longer
/// Vietnam's second largest`).
const NEGATION_REACH: usize = 6;

/// How far before a figure a restricting modifier still applies, in tokens (`in the
/// first ten months, trade reached …`).
const RESTRICTOR_BEFORE: usize = 4;

/// How far after a figure a restricting modifier still applies, in tokens (`80 Japanese
/// companies took part in the trade fair`).
const RESTRICTOR_REACH: usize = 8;

/// How far before a figure a past-tense verb still governs it, in tokens (`was
/// Vietnam's second largest`, not `were inaugurated on Friday, adding 1,264 MW`).
const PAST_BEFORE: usize = 5;

/// How far after a figure a past-tense verb still governs it (verb-final clauses:
/// `dat in de jaren negentig de belangrijkste investeerder was`), in tokens.
const PAST_AFTER: usize = 4;

/// How far after a figure a year still dates it, in tokens.
const YEAR_AFTER: usize = 12;

/// How far before a figure a year still dates it, in tokens.
const YEAR_BEFORE: usize = 8;

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

/// One sentence, read once for all its claims.
#[derive(Debug)]
pub struct Sentence {
    /// Its tokens.
    pub range: Range<usize>,
    /// Tokens where a new clause starts (a breaker word, a cell).
    breaks: Vec<usize>,
    /// Entities named in it.
    pub mentions: Vec<Mention>,
    hits: Vec<(usize, usize, Cue)>,
    /// Whether it ends with a question mark.
    question: bool,
    /// Its question marks (token indices, in order): one after a figure, even inside a
    /// quote, makes it a question.
    question_marks: Vec<usize>,
    /// For each token (from `range.start`, and one past the end), the `(` it is in.
    open_paren: Vec<Option<usize>>,
}

impl Sentence {
    /// The clause containing token `i`.
    pub fn clause(&self, i: usize) -> Range<usize> {
        // `breaks` is sorted: the last break at or before `i`, the first after it.
        let k = self.breaks.partition_point(|&b| b <= i);
        let start = k
            .checked_sub(1)
            .map_or(self.range.start, |k| self.breaks[k]);
        let end = self.breaks.get(k).copied().unwrap_or(self.range.end);
        start.max(self.range.start)..end.min(self.range.end)
    }
}

/// What a fact's own words say about it (see [`Reader::fact_frame`]).
#[derive(Clone, Debug, Default)]
pub struct FactFrame {
    /// Entities its metric or cues name besides its subject (`Vietnam` in "rank among
    /// Vietnam's foreign investors"): naming them does not change who a figure is about.
    pub scope: Vec<Entity>,
    /// The entities of `scope` the fact's own words name (not where its subject lies):
    /// a figure naming another one in their place is about another pair.
    pub counterparts: Vec<Entity>,
    /// Whether it is a target or projection.
    pub prospective: bool,
    /// Whether it is a running total (`cumulative ODA`).
    pub cumulative: bool,
    /// The years its metric names (`premium revenue in 2024`).
    pub periods: Vec<i32>,
    /// The restricting modifiers its metric and cues carry (normalised words).
    pub covered: Vec<String>,
}

/// What the clause around a figure says, whatever fact it is linked to.
#[derive(Clone, Debug, Default)]
pub struct ClaimFrame {
    /// The clause.
    pub clause: Range<usize>,
    /// A forecast, target or conditional cue (or a later year).
    pub forecast: Option<Range<usize>>,
    /// An explicit year (past or current), with the words that gave it.
    pub year: Option<(i32, Option<Range<usize>>)>,
    /// A past-tense cue without a date.
    pub past: Option<Range<usize>>,
    /// A negation governing the figure.
    pub negated: Option<Range<usize>>,
    /// The text quotes the figure in order to reject it.
    pub retracted: bool,
    /// The sentence is a question.
    pub question: bool,
    /// The figure is a change, not a level.
    pub change: bool,
    /// Restricting modifiers in the clause.
    pub restrictors: Vec<Range<usize>>,
    /// An anaphor before the figure (`it`, `the country`): the words that name a
    /// subject carried from an earlier sentence.
    pub anaphor: Option<Range<usize>>,
    /// A word right after the figure that makes it a point in time (`ten years ago`).
    pub point_in_time: Option<Range<usize>>,
    /// Tokens after the figure that locate what it counts (`in` of `12 provinces in
    /// Vietnam`).
    pub located: Vec<usize>,
}

#[cfg(test)]
mod tests;
