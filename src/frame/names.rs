//! The names a draft gives entities: table subjects and gazetteer places, compiled
//! once per language, and the readings that make one name stand for another entity (a
//! capital or a demonym for its state, in a pair: `Hanoi and Tokyo`, `Vietnamese and
//! Japanese provinces`).

use super::*;

/// Table subjects and gazetteer entities by name, with what each resolves to.
#[derive(Debug)]
pub(super) struct Names {
    /// Table subjects and gazetteer entities by name.
    pub(super) entities: PhraseTable<Entity>,
    /// One-word names that change when folded, by their folded word (`Nhật` as
    /// `nhat`, which is also `nhất`): see `mentions`.
    loose: Vec<String>,
    /// Display names of gazetteer entities.
    place_names: Vec<&'static str>,
    /// What each gazetteer entity resolves to: itself, or the table subject it is.
    resolve: Vec<Entity>,
    /// The country each gazetteer entity lies in (an index), if any.
    within: Vec<Option<usize>>,
    /// The gazetteer entity each table subject is, if any.
    subject_place: Vec<Option<usize>>,
    /// Whether each gazetteer entity is its country's capital.
    capital: Vec<bool>,
    /// Whether each gazetteer entity is a country.
    country: Vec<bool>,
    /// Demonyms (`Vietnamese`, `Japanse`, `Việt`) and the state each names.
    demonyms: PhraseTable<Entity>,
    /// The language's coordinators (`and`, `en`, `và`).
    coordinators: &'static [&'static str],
}

/// Each demonym of `lang` with the state it names: the country whose gazetteer name
/// it is listed with.
#[cfg_attr(claimcheck_small, optimize(size))]
fn demonyms(lang: Lang, names: &[(Phrase, Entity)], resolve: &[Entity]) -> PhraseTable<Entity> {
    let vocab = lang.vocabulary();
    let rows = FrameCues::of(lang)
        .demonyms
        .iter()
        .filter_map(|(d, country)| {
            let c = Phrase::new(country, vocab);
            let (_, e) = names.iter().find(|(p, _)| *p == c)?;
            let Entity::Place(i) = e else { return None };
            Some((Phrase::new(d, vocab), resolve[*i]))
        });
    PhraseTable::new(rows.collect::<Vec<_>>(), &[])
}

/// The country each place lies in, as an index.
#[cfg_attr(claimcheck_small, optimize(size))]
fn within(places: &[gazetteer::Place]) -> Vec<Option<usize>> {
    let mut index_of: FnvMap<&str, usize> = FnvMap::default();
    for (i, p) in places.iter().enumerate() {
        index_of.entry(p.id).or_insert(i);
    }
    places
        .iter()
        .map(|p| index_of.get(p.within?).copied())
        .collect()
}

impl Names {
    /// Compiles the gazetteer's names in `lang` and the table's `subjects` (alias,
    /// subject index): a table alias wins over a gazetteer name written the same.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub(super) fn new<'a>(
        lang: Lang,
        subjects: impl IntoIterator<Item = (&'a str, usize)>,
    ) -> Names {
        let vocab = lang.vocabulary();
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
        // The first subject of each name, by its words (a map: a scan per name made
        // compiling the tables quadratic).
        let mut subject_of: FnvMap<&[String], usize> = FnvMap::default();
        for (q, s) in &subjects {
            subject_of.entry(q.words(false)).or_insert(*s);
        }
        for (p, e) in &names {
            if let (Entity::Place(i), Some(s)) = (e, subject_of.get(p.words(false))) {
                resolve[*i] = Entity::Subject(*s);
                if subject_place.len() <= *s {
                    subject_place.resize(*s + 1, None);
                }
                subject_place[*s].get_or_insert(*i);
            }
        }
        let within = within(&places);
        let demonyms = demonyms(lang, &names, &resolve);
        // Later entries win ties between phrases of one length: the table's own names.
        names.extend(subjects.into_iter().map(|(p, s)| (p, Entity::Subject(s))));
        let loose = Phrase::folded_only(&names.iter().map(|(p, _)| p).collect::<Vec<_>>());
        Names {
            loose,
            entities: PhraseTable::new(names, vocab.plural_suffixes),
            place_names: places.iter().map(|p| p.display()).collect(),
            resolve,
            within,
            subject_place,
            capital: places.iter().map(|p| p.capital).collect(),
            country: places
                .iter()
                .map(|p| p.id.starts_with("country:"))
                .collect(),
            demonyms,
            coordinators: vocab.coordinators,
        }
    }

    /// What an entity found by name is: a gazetteer place the table names as a
    /// subject is that subject.
    #[inline(never)]
    pub(super) fn resolved(&self, e: Entity) -> Entity {
        match e {
            Entity::Place(i) => self.resolve.get(i).copied().unwrap_or(e),
            e => e,
        }
    }

    /// The country a table subject lies in (`Japan` for Kansai), as mentions resolve it.
    #[inline(never)]
    pub(super) fn country_of(&self, subject: usize) -> Option<Entity> {
        let place = (*self.subject_place.get(subject)?)?;
        let country = (*self.within.get(place)?)?;
        self.resolve.get(country).copied()
    }

    /// The name of a gazetteer entity, for reasons.
    #[inline(never)]
    pub(super) fn place_name(&self, i: usize) -> &'static str {
        self.place_names.get(i).copied().unwrap_or("another entity")
    }

    /// The state a demonym starting at token `i` names (`Vietnamese` → Vietnam).
    #[inline(never)]
    pub(super) fn demonym_at(&self, tokens: &Tokens, i: usize) -> Option<Entity> {
        self.demonyms.longest_at(tokens, i).map(|(_, e)| *e)
    }

    /// The state a capital stands for (`Tokyo` → Japan), as mentions resolve it.
    #[inline(never)]
    pub(super) fn capital_state(&self, e: Entity) -> Option<Entity> {
        let Entity::Place(i) = e else { return None };
        if !self.capital.get(i).copied().unwrap_or(false) {
            return None;
        }
        let country = (*self.within.get(i)?)?;
        self.resolve.get(country).copied()
    }

    /// The state a name stands for in a pair: itself when it is a country (or the
    /// table subject a country is), its country when it is a capital.
    #[inline(never)]
    pub(super) fn state(&self, e: Entity) -> Option<Entity> {
        let place = match e {
            Entity::Place(i) => Some(i),
            Entity::Subject(s) => self.subject_place.get(s).copied().flatten(),
        }?;
        if self.country.get(place).copied().unwrap_or(false) {
            return Some(e);
        }
        self.capital_state(e)
    }

    /// The entities named in `range` (longest names first, not overlapping). A
    /// gazetteer name counts only when capitalised, as names are in running text. A
    /// pair of states named by capital or demonym names the two states.
    pub(super) fn mentions(&self, tokens: &Tokens, range: Range<usize>) -> Vec<Mention> {
        let mut found: Vec<Mention> = self
            .entities
            .scan(tokens, range.clone())
            .into_iter()
            .filter(|&(start, end, e)| {
                let t = &tokens.list[start];
                // One syllable typed without diacritics is many words (`nhat` is `nhất`,
                // most, as often as `Nhật`; `Chuoi` opening a sentence is `Chuỗi`, a
                // chain): it names someone only capitalised inside its sentence.
                let opens = start == 0 || tokens.list[start - 1].sentence != t.sentence;
                let loose = t.folded
                    && end == start + 1
                    && self.loose.iter().any(|w| w == tokens.norm(start))
                    && (opens || !t.capitalised);
                !loose && (matches!(e, Entity::Subject(_)) || t.capitalised)
            })
            .map(|(start, end, entity)| Mention {
                start,
                end,
                entity: self.resolved(entity),
            })
            .collect();
        self.pairs(tokens, range, &mut found);
        found
    }

    /// A pair of states joined by a coordinator or a dash, each side a country, a
    /// capital or a demonym (`Hanoi and Tokyo`, `Vietnamese and Japanese provinces`,
    /// `Việt - Nhật`): each side names its state, so that the pair names a relation
    /// between them. A capital alone stays a city (`Tokyo has 80,000 Vietnamese
    /// residents`), and so does a demonym (`Vietnamese residents`).
    fn pairs(&self, tokens: &Tokens, range: Range<usize>, found: &mut Vec<Mention>) {
        // Only a coordinator or a dash between two capitalised words joins a pair: found
        // in one pass, so that sentences without one cost no lookup.
        let joins = |k: usize| {
            let w = tokens.norm(k);
            self.coordinators.contains(&w) || matches!(w, "-" | "–" | "—")
        };
        let cap = |k: usize| tokens.list[k].capitalised;
        let (lo, hi) = (range.start + 1, range.end.saturating_sub(1));
        let mut added = Vec::new();
        for j in (lo..hi).filter(|&j| cap(j - 1) && cap(j + 1) && joins(j)) {
            let (Some(x), Some(y)) = (
                self.side_ending(tokens, j, lo - 1, found),
                self.side_at(tokens, j + 1, found),
            ) else {
                continue;
            };
            if x.2 == y.2 {
                continue;
            }
            for (s, e, state, k) in [x, y] {
                match k {
                    Some(k) => found[k].entity = state,
                    None => added.push(Mention {
                        start: s,
                        end: e,
                        entity: state,
                    }),
                }
            }
        }
        if !added.is_empty() {
            found.extend(added);
            crate::sort::by_key(found, |m| m.start);
        }
    }

    /// The side of a pair ending at token `end`: a mention of a state or capital, or a
    /// demonym (its tokens, the state, the mention's index if it is one).
    fn side_ending(
        &self,
        tokens: &Tokens,
        end: usize,
        floor: usize,
        found: &[Mention],
    ) -> Option<Side> {
        if let Some(k) = found.iter().position(|m| m.end == end) {
            return Some((found[k].start, end, self.state(found[k].entity)?, Some(k)));
        }
        let (start, state) = self.demonyms.ending_at(tokens, end, floor)?;
        Some((start, end, *state, None))
    }

    /// The side of a pair starting at token `start` (see [`Names::side_ending`]).
    fn side_at(&self, tokens: &Tokens, start: usize, found: &[Mention]) -> Option<Side> {
        if let Some(k) = found.iter().position(|m| m.start == start) {
            return Some((start, found[k].end, self.state(found[k].entity)?, Some(k)));
        }
        let (end, state) = self.demonyms.longest_at(tokens, start)?;
        Some((start, end, *state, None))
    }
}

/// One side of a pair: its tokens, the state it names, the mention it is (if any).
type Side = (usize, usize, Entity, Option<usize>);
