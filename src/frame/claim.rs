//! The fact-independent frame of a claim: its clause, and what the clause says about
//! its time, modality, polarity and what narrows it.

use super::*;

mod hits;
mod years;

use hits::read_cues;
use years::read_years;

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

    fn comma(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.tokens.norm(k) == ",")
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
    /// That negation stands before a complementizer (`Er is geen bewijs dat …`): it
    /// denies the main clause, so the figure is not asserted at all.
    pub negated_above: bool,
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
