//! The cues of a claim's clause: what its words say about the figure's modality,
//! polarity, tense and what narrows it.

use super::*;

impl Around<'_> {
    /// A `;` or `:` soon after `a` turns to the figure the text asserts.
    pub(super) fn turns(&self, a: usize, b: usize) -> bool {
        (a..b.min(a + 40)).any(|k| matches!(self.tokens.norm(k), ";" | ":"))
    }

    /// A restrictor nearer another figure of the clause narrows that one (`met 190
    /// landen en is lid van 63 organisaties`); a period narrows the whole clause
    /// (`rose 20% this year to 3 billion USD`).
    pub(super) fn nearer_figure(&self, h: &(usize, usize, Cue)) -> bool {
        if h.2 == Cue::PeriodRestrictor {
            return false;
        }
        let (from, to) = (self.from, self.to);
        let gap = if h.0 >= to {
            h.0 - to
        } else {
            from - h.1.min(from)
        };
        self.others
            .iter()
            .filter(|o| !self.partner(o))
            .any(|o| (h.1 <= o.start && o.start - h.1 < gap) || (o.end <= h.0 && h.0 - o.end < gap))
    }

    /// A conditional verb after `after` in the clause (`zou … kunnen worden`).
    pub(super) fn conditional(&self, after: usize) -> bool {
        self.sent
            .hits
            .iter()
            .any(|h| h.2 == Cue::ConditionalVerb && h.0 >= after && self.inside(h))
    }

    /// Whether restrictor hit `h` narrows the figure: close before it, or after it
    /// before a comma (`numbering some 2,100, employ … workers` is the next phrase's),
    /// and nearer it than any other figure.
    pub(super) fn restricts(&self, h: &(usize, usize, Cue), before: bool, after: bool) -> bool {
        let (from, to) = (self.from, self.to);
        self.fronted(h)
            || self.heads_subject(h)
            || ((before && from - h.1 <= RESTRICTOR_BEFORE)
                || (after && h.0 - to <= RESTRICTOR_REACH && !self.comma(to, h.0)))
                && !self.nearer_figure(h)
    }

    /// A restrictor heading the clause's subject and placed by a location phrase
    /// (`The festival in Kansai drew 25 million people`, `Het festival in Kansai trok`):
    /// the figure is what that thing counts, however far it stands. Without the place
    /// it may refer back to the fact's own event (`The event brought together … nearly
    /// 50 localities`).
    pub(super) fn heads_subject(&self, h: &(usize, usize, Cue)) -> bool {
        let start = self.clause.start;
        let hit = |c: Cue, a: usize, b: usize| {
            self.sent
                .hits
                .iter()
                .any(|d| d.2 == c && d.0 == a && d.1 == b)
        };
        let opens = h.0 == start || (h.0 == start + 1 && hit(Cue::Determiner, start, h.0));
        let placed = self
            .sent
            .hits
            .iter()
            .any(|d| d.2 == Cue::LocationPrep && d.0 == h.1);
        h.1 <= self.from && opens && placed
    }

    /// A restrictor in the phrase that opens the clause, set off by a comma before the
    /// figure (`At the fair, Vietnam signed 12 …`, `Tại hội chợ, Việt Nam đã ký 12 …`),
    /// narrows every figure of the clause, as an opening year dates it.
    pub(super) fn fronted(&self, h: &(usize, usize, Cue)) -> bool {
        let start = self.clause.start;
        h.1 <= self.from
            && h.0 <= start + FRONTED_WITHIN
            && self.comma(h.1, (h.1 + 2).min(self.from))
            && !self.comma(start, h.0)
    }
}

/// Reads the cues of the claim's clause into `f`; returns where present-tense cues
/// stand.
pub(super) fn read_cues(a: &Around, f: &mut ClaimFrame, year: i32) -> Vec<(usize, usize)> {
    let mut present: Vec<(usize, usize)> = Vec::new();
    // Hits are in text order: only the clause's are read (linear on a sentence of
    // thousands of figures).
    let hits = &a.sent.hits;
    let first = hits.partition_point(|h| h.0 < a.clause.start);
    for h in hits[first..]
        .iter()
        .take_while(|h| h.0 < a.clause.end)
        .filter(|h| a.inside(h))
    {
        read_hit(a, f, h, year, &mut present);
    }
    present
}

/// Reads one cue of the claim's clause into the frame (a `Present` cue's start into
/// `present`).
fn read_hit(
    a: &Around,
    f: &mut ClaimFrame,
    h: &(usize, usize, Cue),
    year: i32,
    present: &mut Vec<(usize, usize)>,
) {
    let (from, to) = (a.from, a.to);
    let span = h.0..h.1;
    let before = h.1 <= from && a.clear(h.1, from);
    let after = h.0 >= to && a.clear(to, h.0);
    let modal_before = || h.1 <= from && a.clear_of_claims(h.1, from) && !a.dated_predicate(h.1);
    match h.2 {
        Cue::Forecast if modal_before() => {
            f.forecast.get_or_insert(span);
        }
        // `zou … kunnen worden` predicts; `zou … 450.000 mensen tellen` reports.
        Cue::Reported if modal_before() && a.conditional(h.1) => {
            f.forecast.get_or_insert(span);
        }
        // A past cue opening the clause (`Previously, …`, `Vroeger …`) dates all of
        // it, like a year opening it.
        Cue::Past
            if (before && (from - h.1 <= PAST_BEFORE || h.0 == a.clause.start))
                || (after && h.0 - to <= PAST_AFTER) =>
        {
            f.past = Some(span)
        }
        Cue::Present if before || after => present.push((h.0, h.1)),
        Cue::NotAQuantity if h.0 >= to && h.0 - to <= 1 => f.point_in_time = Some(span),
        // `Japan is the fifth investor there`, `tại đây Nhật Bản là …`: ranked in a
        // place; not an existential `There is …`, `Daar komt bij …` (a verb right after).
        Cue::RankScope
            if (before
                && (from - h.1 <= RESTRICTOR_BEFORE
                    || (h.0 < a.clause.start + FRONTED_WITHIN && !a.finite_at(h.1))))
                || (after && h.0 - to <= RESTRICTOR_REACH) =>
        {
            f.rank_scope = Some(span)
        }
        Cue::TimeSpan if h.1 == from => f.time_span = true,
        Cue::RelativeYear(d) if before || after => f.year = Some((year + d, Some(span))),
        // A negation shortly before the figure (or its rank phrase), not one a `:` or `;`
        // turns from (`It is not: Japan ranks third`).
        // One before a complementizer denies the main clause (`Er is geen bewijs dat
        // Japan de derde …`): the figure is not asserted, and a rank does not flip.
        Cue::Negation if before && from - h.1 <= NEGATION_REACH && !a.turns(h.1, from) => {
            let that = FrameCues::of(a.lang).complementizers;
            f.negated_above = (h.1..from).any(|k| that.contains(&a.tokens.norm(k)));
            f.negated = Some(span)
        }
        // `Dat is onjuist; het juiste cijfer is 48,18 miljard`, `That is not true:
        // Japan is third`: a `;` or `:` after the cue turns to the figure the text
        // asserts.
        Cue::Retraction => f.retracted = true,
        Cue::Falsity if !(h.1 <= from && a.turns(h.1, from)) => f.retracted = true,
        // `25 billion, not 23`; a rank after `not` is negated, and flips (`is not
        // Vietnam's largest trading partner`).
        Cue::RejectedBefore if h.1 <= from && from - h.1 <= 1 && a.claim.kind != Kind::Rank => {
            f.retracted = true
        }
        Cue::Restrictor | Cue::PeriodRestrictor if a.own(h.0) => {}
        Cue::Restrictor | Cue::PeriodRestrictor if a.restricts(h, before, after) => {
            if h.2 == Cue::PeriodRestrictor {
                f.periods.push(span.clone());
            }
            f.restrictors.push(span)
        }
        Cue::Anaphor if !a.own(h.0) => {
            f.anaphor.get_or_insert(span);
        }
        // `The two countries … in 2023`, and after the figure in its clause: `Since
        // 2023 the two have been …`, `sinds 2023 spreken beide landen …`.
        Cue::PairAnaphor if h.1 <= from || after => {
            f.pair_anaphor.get_or_insert(h.0);
        }
        Cue::LocationPrep if h.0 >= to => f.located.push(h.0),
        Cue::Partitive if h.1 <= from || h.0 <= to + 1 => f.partitive = true,
        _ => {}
    }
}
