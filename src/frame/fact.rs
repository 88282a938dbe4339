//! What a fact's own words say about it: the entities its subject, metric and cues
//! name, whether it is a target or a running total, its years and restrictors.

use super::*;

impl Reader {
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
                    .names
                    .entities
                    .scan_all(&name, 0..name.len())
                    .into_iter()
                    .map(|x| english.resolved(x.2)),
            )
            .collect();
        // The counterparts the fact itself names, before adding where its subject lies.
        let named_in_fact = scope.len();
        // Read part by part (`Vietnam` – `Japan relations`), so that the whole name,
        // itself the subject's, does not hide the two it relates.
        let mut own: Vec<Entity> = Vec::new();
        for part in subject.1.split(['–', '—', '-']) {
            let t = crate::token::tokenize(part, en_vocab);
            for x in english.names.entities.scan_all(&t, 0..t.len()) {
                let e = english.resolved(x.2);
                if e != Entity::Subject(subject.0) && !own.contains(&e) {
                    own.push(e);
                }
            }
        }
        // A metric naming the subject and one other entity relates the two (`two-way
        // trade between Japan and Vietnam`): `the two countries` names them too.
        let named: Vec<Entity> = english
            .mentions(&m, 0..m.len())
            .into_iter()
            .map(|x| x.entity)
            .collect();
        let me = Entity::Subject(subject.0);
        let others: Vec<Entity> = named.iter().copied().filter(|e| *e != me).collect();
        let pair = match (&own[..], &others[..]) {
            ([a, b], _) if a != b => Some((*a, *b)),
            ([], [o]) if named.contains(&me) && others.iter().all(|e| e == o) => Some((me, *o)),
            _ => None,
        };
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
                if matches!(cue, Cue::Restrictor | Cue::PeriodRestrictor) {
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
            relates: pair.is_some() || !others.is_empty(),
            pair,
            scope,
            prospective,
            cumulative,
            periods,
            covered,
        }
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
    /// Whether its metric relates its subject to another entity (`ODA provided to
    /// Vietnam`, `rank among Vietnam's foreign investors`): a state's act, which its
    /// capital may stand for.
    pub relates: bool,
    /// The two entities a relation's subject names (`Vietnam–Japan relations`): a clause
    /// naming both, or `the two countries` after both, names the subject.
    pub pair: Option<(Entity, Entity)>,
    /// Whether it is a target or projection.
    pub prospective: bool,
    /// Whether it is a running total (`cumulative ODA`).
    pub cumulative: bool,
    /// The years its metric names (`premium revenue in 2024`).
    pub periods: Vec<i32>,
    /// The restricting modifiers its metric and cues carry (normalised words).
    pub covered: Vec<String>,
}
