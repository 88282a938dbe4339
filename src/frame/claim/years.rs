//! The years of a claim's clause, and the forecast a modal or a later year carries
//! across the figures coordinated with it.

use super::*;

impl Around<'_> {
    /// Whether a new predicate after a coordinator in `lo..from` is dated too (`… by
    /// 2030 and reached 48.18 billion last year`): then neither a modal nor a later
    /// year before the coordinator governs the figure. Dated, not only finite, as a
    /// bare verb may look past (`could double and exceed …`).
    pub(super) fn dated_predicate(&self, lo: usize) -> bool {
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

    /// The first coordinator in `lo..hi`.
    pub(super) fn coordinator(&self, lo: usize, hi: usize) -> Option<usize> {
        let coordinators = self.lang.vocabulary().coordinators;
        (lo..hi).find(|&k| coordinators.contains(&self.tokens.norm(k)))
    }

    /// Whether tokens `r` hold a finite verb (by the list or a past ending), a past or
    /// present cue, a relative year or a name.
    pub(super) fn stops(&self, r: Range<usize>) -> bool {
        let verb = |k: usize| {
            self.tokens.list[k].kind == TokenKind::Word && past_form(self.tokens.norm(k), self.lang)
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
    pub(super) fn coordinated_modal(&self, m: usize) -> bool {
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
    pub(super) fn gapped_forecast(&self, year: i32) -> Option<Range<usize>> {
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
        let ended = (sep..self.from).any(|k| past_form(self.tokens.norm(k), self.lang));
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
}

/// Years in the clause: a later one makes a forecast, an earlier one a past.
pub(super) fn read_years(a: &Around, f: &mut ClaimFrame, year: i32) {
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
            // A year figure too (`relations in 1973, upgraded ties to a … Partnership in
            // 2023`): the cue after `, <verb>` is not the year's either (`link::general`).
            let theirs = comma(to..i)
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
