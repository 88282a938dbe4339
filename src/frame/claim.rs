//! The fact-independent frame of a claim: its clause, and what the clause says about
//! its time, modality, polarity and what narrows it.

use super::*;

/// What reading a claim's clause needs: the figure's tokens, its clause, and the
/// sentence's other figures (with the times among them).
struct Around<'a> {
    tokens: &'a Tokens,
    sent: &'a Sentence,
    claim: &'a Claim,
    from: usize,
    to: usize,
    clause: Range<usize>,
    others: &'a [Range<usize>],
    times: &'a [Range<usize>],
    lang: Lang,
}

impl Around<'_> {
    fn own(&self, i: usize) -> bool {
        i >= self.from && i < self.to
    }

    fn inside(&self, h: &(usize, usize, Cue)) -> bool {
        h.0 >= self.clause.start && h.1 <= self.clause.end
    }

    /// The other end of a range (`2.6–3 million`) is part of the same figure.
    fn partner(&self, o: &Range<usize>) -> bool {
        o.end + 1 >= self.from && o.start <= self.to + 1
    }

    /// No figure of `figures` (but the claim's partner) stands between `a` and `b`.
    fn clear_of<'f>(
        &self,
        a: usize,
        b: usize,
        figures: impl Iterator<Item = &'f Range<usize>>,
    ) -> bool {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        !figures
            .filter(|o| !self.partner(o))
            .any(|o| o.start >= lo && o.end <= hi)
    }

    /// A cue governs the nearest figure: none of the sentence's other figures may
    /// stand between the two (`With 1,624 MW, the plants are expected to supply …`).
    fn clear(&self, a: usize, b: usize) -> bool {
        self.clear_of(a, b, self.others.iter())
    }

    /// A modal governs its clause's verb: a time between it and the figure (`kan Japan
    /// binnen vijf jaar weer de tweede plaats …`) does not shield the figure.
    fn clear_of_claims(&self, a: usize, b: usize) -> bool {
        let untimed = self.others.iter().filter(|o| !self.times.contains(o));
        self.clear_of(a, b, untimed)
    }

    /// A `;` or `:` soon after `a` turns to the figure the text asserts.
    fn turns(&self, a: usize, b: usize) -> bool {
        (a..b.min(a + 40)).any(|k| matches!(self.tokens.norm(k), ";" | ":"))
    }

    fn comma(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.tokens.norm(k) == ",")
    }

    /// A restrictor nearer another figure of the clause narrows that one (`met 190
    /// landen en is lid van 63 organisaties`); a period narrows the whole clause
    /// (`rose 20% this year to 3 billion USD`).
    fn nearer_figure(&self, h: &(usize, usize, Cue)) -> bool {
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
    fn conditional(&self, after: usize) -> bool {
        self.sent
            .hits
            .iter()
            .any(|h| h.2 == Cue::ConditionalVerb && h.0 >= after && self.inside(h))
    }

    /// Whether restrictor hit `h` narrows the figure: close before it, or after it
    /// before a comma (`numbering some 2,100, employ … workers` is the next phrase's),
    /// and nearer it than any other figure.
    fn restricts(&self, h: &(usize, usize, Cue), before: bool, after: bool) -> bool {
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
    fn heads_subject(&self, h: &(usize, usize, Cue)) -> bool {
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
    fn fronted(&self, h: &(usize, usize, Cue)) -> bool {
        let start = self.clause.start;
        h.1 <= self.from
            && h.0 <= start + FRONTED_WITHIN
            && self.comma(h.1, (h.1 + 2).min(self.from))
            && !self.comma(start, h.0)
    }

    /// Whether a new predicate after a coordinator in `lo..from` is dated too (`… by
    /// 2030 and reached 48.18 billion last year`): then neither a modal nor a later
    /// year before the coordinator governs the figure. Dated, not only finite, as a
    /// bare verb may look past (`could double and exceed …`).
    fn dated_predicate(&self, lo: usize) -> bool {
        let Some(k) = self.coordinator(lo, self.from) else {
            return false;
        };
        let tail = k + 1..(self.to + YEAR_AFTER).min(self.clause.end);
        let dated = self
            .hits_in(tail)
            .iter()
            .any(|h| matches!(h.2, Cue::Past | Cue::RelativeYear(_)));
        dated && self.stops(k + 1..self.from)
    }

    /// Whether a finite verb starts at token `i`.
    fn finite_at(&self, i: usize) -> bool {
        self.hits_in(i..i + 1).iter().any(|h| h.2 == Cue::Finite)
    }

    /// The sentence's cues starting in `r` (they are in text order).
    fn hits_in(&self, r: Range<usize>) -> &[(usize, usize, Cue)] {
        let hits = &self.sent.hits;
        let lo = hits.partition_point(|h| h.0 < r.start);
        let hi = hits.partition_point(|h| h.0 < r.end).max(lo);
        &hits[lo..hi]
    }

    /// The first coordinator in `lo..hi`.
    fn coordinator(&self, lo: usize, hi: usize) -> Option<usize> {
        let coordinators = self.lang.vocabulary().coordinators;
        (lo..hi).find(|&k| coordinators.contains(&self.tokens.norm(k)))
    }

    /// Whether tokens `r` hold a finite verb (by the list or a past ending), a past or
    /// present cue, a relative year or a name.
    fn stops(&self, r: Range<usize>) -> bool {
        let endings = FrameCues::of(self.lang).past_endings;
        let verb = |k: usize| {
            let w = self.tokens.norm(k);
            self.tokens.list[k].kind == TokenKind::Word
                && endings
                    .iter()
                    .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        };
        let hit = self.hits_in(r.clone()).iter().any(|h| {
            matches!(
                h.2,
                Cue::Finite | Cue::Past | Cue::Present | Cue::RelativeYear(_)
            )
        });
        hit || r.clone().any(verb) || self.sent.mentions.iter().any(|m| r.contains(&m.start))
    }

    /// Whether a modal ending at `m` governs the figure across the figures between,
    /// each joined to the next by a coordinator that opens no new predicate (no finite
    /// verb, past or present cue, relative year or name after it: `will add 1,624 MW to
    /// the grid and deliver 12 billion kWh`, not `… and reached 48.18 billion`), and no
    /// finite verb right after the figure (verb-final: `… en vorig jaar 48 miljard
    /// bedroeg`).
    fn coordinated_modal(&self, m: usize) -> bool {
        let joined = |lo: usize, hi: usize| {
            self.coordinator(lo, hi)
                .is_some_and(|k| !self.stops(k + 1..hi))
        };
        let mut prev = None;
        for o in self.others.iter().filter(|o| {
            !self.times.contains(o) && !self.partner(o) && o.start >= m && o.end <= self.from
        }) {
            if prev.is_some_and(|p| !joined(p, o.start)) {
                return false;
            }
            prev = Some(o.end);
        }
        let after = self.to..(self.to + PAST_AFTER).min(self.clause.end);
        prev.is_some_and(|p| joined(p, self.from)) && !self.stops(after)
    }

    /// The forecast a figure in a clause whose verb is left out inherits from the
    /// figure before it (`moet tegen 2030 groeien tot 1 miljard dollar, het areaal tot
    /// 220.000 hectare`; `to reach 60 billion USD by 2030, and investment 9 billion`): a
    /// modal before that figure or a later year, with only a comma or a coordinator and
    /// no verb, tense or modal of its own between the two figures.
    fn gapped_forecast(&self, year: i32) -> Option<Range<usize>> {
        // A rank so placed describes (`…, which puts it among the top five`).
        if self.claim.kind == Kind::Rank {
            return None;
        }
        let prev = self
            .others
            .iter()
            .filter(|o| !self.times.contains(o) && !self.partner(o) && o.end <= self.from)
            .filter(|o| o.start >= self.clause.start)
            .max_by_key(|o| o.end)?;
        let coordinators = self.lang.vocabulary().coordinators;
        let sep = (prev.end..self.from).find(|&k| {
            let w = self.tokens.norm(k);
            w == "," || coordinators.contains(&w)
        })?;
        let verb = self.hits_in(sep..self.from).iter().any(|h| {
            matches!(
                h.2,
                Cue::Finite | Cue::Past | Cue::Present | Cue::Forecast | Cue::RelativeYear(_)
            )
        });
        let endings = FrameCues::of(self.lang).past_endings;
        let ended = (sep..self.from).any(|k| {
            let w = self.tokens.norm(k);
            endings
                .iter()
                .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
        });
        // The figure's phrase mirrors the first one's: the same word before it (`tot A,
        // het areaal tot B`), or a noun it follows (`and acreage B`), not a determiner
        // or preposition of another kind of phrase (`which puts it among the top five`).
        let (a, b) = (prev.start.saturating_sub(1), self.from - 1);
        let function = self
            .hits_in(b..b + 1)
            .iter()
            .any(|h| h.0 == b && matches!(h.2, Cue::Determiner | Cue::Oblique | Cue::LocationPrep));
        let mirrors = self.tokens.norm(a) == self.tokens.norm(b)
            || (self.tokens.list[b].kind == TokenKind::Word && !function);
        if verb || ended || !mirrors {
            return None;
        }
        let modal = self
            .hits_in(self.clause.start..prev.start)
            .iter()
            .rfind(|h| h.2 == Cue::Forecast && self.inside(h))
            .map(|h| h.0..h.1);
        let later =
            (self.clause.start..sep).find(|&i| year_of(self.tokens, i).is_some_and(|y| y > year));
        modal.or(later.map(|i| i..i + 1))
    }

    /// The open parenthesis token `i` is in, within the clause.
    #[inline(never)]
    fn paren(&self, i: usize) -> Option<usize> {
        self.sent
            .open_paren
            .get(i.min(self.clause.end).wrapping_sub(self.sent.range.start))
            .copied()
            .flatten()
            .filter(|&k| k >= self.clause.start)
    }
}

impl Reader {
    /// The fact-independent frame of `claim` in its sentence: its clause, and what the
    /// clause says about its time, modality and polarity.
    pub fn claim_frame(
        &self,
        tokens: &Tokens,
        sent: &Sentence,
        claim: &Claim,
        (others, times): (&[Range<usize>], &[Range<usize>]),
        year: i32,
    ) -> ClaimFrame {
        let from = claim.first_token;
        let to = claim.end_token.max(from + 1);
        let a = Around {
            tokens,
            sent,
            claim,
            from,
            to,
            clause: sent.clause(from),
            others,
            times,
            lang: self.lang,
        };
        let mut f = ClaimFrame {
            clause: a.clause.clone(),
            // A question mark after the figure, even inside a quote that the sentence
            // goes on after (`'Is Japan the largest?' asks a reader`).
            question: sent.question || sent.question_marks.last().is_some_and(|&q| q >= to),
            ..ClaimFrame::default()
        };
        let present = read_cues(&a, &mut f, year);
        // `Some say Japan is the largest investor; they are wrong`, `… gave it as 84
        // billion; the correct number is 48 billion`: a falsity or correction cue after
        // a `;` later in the sentence, with no other figure between, retracts it too.
        let semicolon = |b: usize| (to..b).any(|k| tokens.norm(k) == ";");
        f.retracted |= sent.hits.iter().any(|h| {
            matches!(h.2, Cue::Falsity | Cue::Correction)
                && h.0 >= a.clause.end
                && semicolon(h.0)
                && a.clear(to, h.0)
        });
        // `Japan, which was the largest, is now third`: a present cue nearer the figure
        // than the past one wins.
        if let Some(p) = &f.past {
            let between = |i: usize| (p.end <= i && i <= from) || (to <= i && i < p.start);
            // `have had`: a present phrase that holds the past word.
            let holds = |&(s, e): &(usize, usize)| s <= p.start && p.end <= e;
            if present.iter().any(|h| between(h.0) || holds(h)) {
                f.past = None;
            }
        }
        read_years(&a, &mut f, year);
        // `will add 1,624 MW and deliver 12 billion kWh`: the modal governs the second
        // verb too, unless the second predicate is dated or finite.
        if f.forecast.is_none() && f.year.is_none() && f.past.is_none() {
            f.forecast = a
                .hits_in(a.clause.start..from)
                .iter()
                .rfind(|h| h.2 == Cue::Forecast && a.inside(h) && h.1 <= from)
                .filter(|h| a.coordinated_modal(h.1))
                .map(|h| h.0..h.1)
                .or_else(|| a.gapped_forecast(year));
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
        // `make up 30%`: a level phrase that contains the change word (`up`).
        let within_level = |h: &(usize, usize, Cue)| {
            sent.hits
                .iter()
                .any(|l| l.2 == Cue::LevelAfterChange && l.0 <= h.0 && l.1 >= h.1 && l != h)
        };
        sent.hits.iter().any(|h| match h.2 {
            Cue::ChangeBefore => {
                h.1 <= from && from - h.1 <= 2 && !level(h.1, from) && !within_level(h)
            }
            Cue::ChangeAfter => h.0 >= to && h.0 - to <= 1,
            _ => false,
        })
    }
}

/// Reads the cues of the claim's clause into `f`; returns where present-tense cues
/// stand.
fn read_cues(a: &Around, f: &mut ClaimFrame, year: i32) -> Vec<(usize, usize)> {
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
        Cue::Negation if before && from - h.1 <= NEGATION_REACH && !a.turns(h.1, from) => {
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

/// Years in the clause: a later one makes a forecast, an earlier one a past.
fn read_years(a: &Around, f: &mut ClaimFrame, year: i32) {
    let (from, to, clause) = (a.from, a.to, &a.clause);
    let window = (clause.start..(clause.start + 3).min(clause.end)).chain(
        from.saturating_sub(YEAR_BEFORE).max(clause.start + 3)..(to + YEAR_AFTER).min(clause.end),
    );
    for i in window.filter(|&i| !a.own(i)) {
        // A year before the figure reaches it from close by (`In 2019, Japan was …`),
        // not out of a parenthesis the figure is not in. A year opening the clause
        // (`In 2019, …`) dates all of it.
        let opening = i < clause.start + 3;
        let reaches = if i < from {
            (opening || (a.clear(i + 1, from) && from - i <= YEAR_BEFORE))
                && a.paren(i) == a.paren(from)
        } else {
            // Nor out of an apposition the figure stands in (`AIA, sinds 15 jaar actief
            // in het land, haalde in 2024 …`): 2024 dates the main clause.
            let comma = |r: Range<usize>| r.into_iter().any(|k| a.tokens.norm(k) == ",");
            let set_off = comma(clause.start..from) && comma(to..i);
            // Nor past a comma into a phrase with a figure or verb of its own (`the third
            // largest investor, and in 2019 it was second`): 2019 dates that phrase.
            let own_predicate = a
                .hits_in(i + 1..clause.end)
                .iter()
                .any(|h| matches!(h.2, Cue::Finite | Cue::Past));
            // (A year figure keeps the old reading: `relations in 1973, upgraded ties to a
            // … Partnership in 2023` is held back by 2023, not judged on the cue after.)
            let theirs = a.claim.kind != Kind::Year
                && comma(to..i)
                && (own_predicate
                    || a.others.iter().any(|o| {
                        o.start > i && o.start < clause.end && !a.times.contains(o) && !a.partner(o)
                    }));
            a.clear(to, i)
                && !set_off
                && !theirs
                && (a.paren(i).is_none() || a.paren(i) == a.paren(from))
        };
        if !reaches {
            continue;
        }
        if let Some(y) = year_of(a.tokens, i) {
            // A later year before a new predicate is that predicate's (`… by 2030 and
            // reached 48.18 billion last year`).
            if y > year && i < from && a.dated_predicate(i + 1) {
                continue;
            }
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
    if a.claim.kind == Kind::Year && a.claim.value > year as f64 {
        f.forecast.get_or_insert(from..to);
    }
}

/// How far before a figure a negation still governs it, in tokens (`is no longer
/// Vietnam's second largest`).
const NEGATION_REACH: usize = 6;

/// How far before a figure a restricting modifier still applies, in tokens (`in the
/// first ten months, trade reached …`).
const RESTRICTOR_BEFORE: usize = 4;
/// A restrictor opening the clause (`At the trade fair,`) starts within this many tokens
/// of it, and a comma closes its phrase right after it.
const FRONTED_WITHIN: usize = 3;

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
    /// A word ranking the figure in another place (`there`, `in the province`).
    pub rank_scope: Option<Range<usize>>,
    /// Those of `restrictors` that name a period (`this year`).
    pub periods: Vec<Range<usize>>,
    /// Whether words right before make the figure a span of time a statement covers
    /// (`in the first ten months`).
    pub time_span: bool,
    /// An anaphor before the figure (`it`, `the country`): the words that name a
    /// subject carried from an earlier sentence.
    pub anaphor: Option<Range<usize>>,
    /// Where `the two countries` (or the like) stands in the figure's clause: before
    /// it, or after it with no other figure between.
    pub pair_anaphor: Option<usize>,
    /// A word right after the figure that makes it a point in time (`ten years ago`).
    pub point_in_time: Option<Range<usize>>,
    /// Tokens after the figure that locate what it counts (`in` of `12 provinces in
    /// Vietnam`).
    pub located: Vec<usize>,
    /// A partitive before the figure in its clause or right after it (`of which nine`,
    /// `nine of them`): the figure shares an earlier figure's cue.
    pub partitive: bool,
}
