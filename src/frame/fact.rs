//! What a fact's own words say about it: the entities its subject, metric and cues
//! name, whether it is a target or a running total, its years and restrictors.

use super::*;

impl Reader {
    /// What a fact's own words say about it: the entities its metric (English) and cues
    /// (this language) name, whether it is a target, the years it is for, and which of
    /// this language's restricting modifiers it carries.
    #[cfg_attr(claimcheck_small, optimize(size))]
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
        let named: Vec<Entity> = english
            .mentions(&m, 0..m.len())
            .into_iter()
            .map(|x| x.entity)
            .collect();
        // Names in its metric and in its subject's own name (`Vietnam` in "Vietnam
        // banana sector"), and the country its subject lies in.
        let name = crate::token::tokenize(subject.1, en_vocab);
        let mut scope: Vec<Entity> = named.clone();
        scope.extend(
            english
                .names
                .entities
                .scan_all(&name, 0..name.len())
                .into_iter()
                .map(|x| english.resolved(x.2)),
        );
        // The counterparts the fact itself names, before adding where its subject lies.
        let named_in_fact = scope.len();
        let me = Entity::Subject(subject.0);
        let others: Vec<Entity> = named.iter().copied().filter(|e| *e != me).collect();
        let pair = pair_of(english, subject, &named, &others);
        scope.extend(self.country_of(subject.0));
        let periods = (0..m.len()).filter_map(|i| year_of(&m, i)).collect();
        let mut covered: Vec<String> = Vec::new();
        if self.lang == Lang::En {
            self.cover(&m, &mut covered);
        }
        for cue in cues {
            let t = crate::token::tokenize(cue, vocab);
            self.cover(&t, &mut covered);
            scope.extend(self.mentions(&t, 0..t.len()).into_iter().map(|x| x.entity));
        }
        let counterparts = self.counterparts(&scope, named_in_fact, subject.0);
        let en = FrameCues::of(Lang::En);
        FactFrame {
            counterparts,
            relates: pair.is_some() || !others.is_empty(),
            pair,
            scope,
            prospective: says(&m, en.prospective_metric),
            cumulative: says(&m, en.cumulative_metric),
            periods,
            covered,
        }
    }

    /// The entities of `scope` the fact's own words name: the first `named_in_fact`,
    /// and those its cues add after where its subject lies.
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn counterparts(&self, scope: &[Entity], named_in_fact: usize, subject: usize) -> Vec<Entity> {
        let lies_in = usize::from(self.country_of(subject).is_some());
        let mut out: Vec<Entity> = scope[..named_in_fact].to_vec();
        out.extend(scope.iter().skip(named_in_fact + lies_in).copied());
        out
    }

    /// Adds the restricting modifiers tokens `t` carry to `covered`.
    #[inline(never)]
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn cover(&self, t: &Tokens, covered: &mut Vec<String>) {
        for (s, e, cue) in self.cues.scan_all(t, 0..t.len()) {
            if matches!(cue, Cue::Restrictor | Cue::PeriodRestrictor) {
                covered.push(words(t, s..e));
            }
        }
    }
}

/// The two entities a relation relates: the two its subject's name joins (`Vietnam` –
/// `Japan relations`, read part by part so that the whole name, itself the subject's,
/// does not hide them), or the subject and the one other entity its metric names
/// (`two-way trade between Japan and Vietnam`).
#[cfg_attr(claimcheck_small, optimize(size))]
fn pair_of(
    english: &Reader,
    subject: (usize, &str),
    named: &[Entity],
    others: &[Entity],
) -> Option<(Entity, Entity)> {
    let en_vocab = Lang::En.vocabulary();
    let me = Entity::Subject(subject.0);
    let mut own: Vec<Entity> = Vec::new();
    for part in subject.1.split(['–', '—', '-']) {
        let t = crate::token::tokenize(part, en_vocab);
        for x in english.names.entities.scan_all(&t, 0..t.len()) {
            let e = english.resolved(x.2);
            if e != me && !own.contains(&e) {
                own.push(e);
            }
        }
    }
    match (&own[..], others) {
        ([a, b], _) if a != b => Some((*a, *b)),
        ([], [o]) if named.contains(&me) && others.iter().all(|e| e == o) => Some((me, *o)),
        _ => None,
    }
}

/// Whether English metric tokens `m` hold one of `words` (`target`, `cumulative`).
#[cfg_attr(claimcheck_small, optimize(size))]
fn says(m: &Tokens, words: &[&str]) -> bool {
    let table = PhraseTable::from_words(words.iter().map(|w| (*w, ())), Lang::En.vocabulary());
    !table.scan(m, 0..m.len()).is_empty()
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
