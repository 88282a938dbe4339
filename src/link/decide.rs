//! Choosing among a claim's candidate facts: which cues count, and whether the claim's
//! frame lets a candidate judge it.

use super::*;

impl Ctx<'_> {
    /// The cue occurrences of the claim's sentence whose group fits the claim's kind
    /// and unit and has a version on the check date, and that `distance` accepts.
    pub(super) fn candidates(
        &self,
        claim: &Claim,
        distance: &dyn Fn(usize, usize) -> Option<usize>,
    ) -> Vec<Candidate> {
        let range = self.sent.range.clone();
        let mut out = Vec::new();
        let _ = range;
        let mut found: Vec<CueHit> = Vec::new();
        let labels: Vec<Range<usize>> = self
            .cell
            .iter()
            .flat_map(|c| [c.row_label.clone(), c.header.clone()])
            .collect();
        for r in &labels {
            found.extend(self.index.cue_hits(self.tokens, r.clone(), &[]));
        }
        let gapped = if self.with_gapped.get() {
            self.gapped_hits()
        } else {
            Arc::default()
        };
        let split = if self.with_gapped.get() {
            self.split_hits(claim)
        } else {
            Vec::new()
        };
        let all = self.cues.iter().chain(gapped.iter()).cloned().chain(split);
        for (start, end, groups) in all.chain(found) {
            // A cue in the cell's row or column label names the cell's metric.
            let label = labels.iter().any(|r| start >= r.start && end <= r.end);
            let Some(d) = (if label { Some(1) } else { distance(start, end) }) else {
                continue;
            };
            self.fitting(claim, (start, end, groups), d, &mut out);
        }
        out
    }

    /// Adds to `out` a candidate at `distance` for each group of cue hit `hit` that
    /// fits the claim's kind and unit and has a version on the check date.
    #[inline(never)]
    pub(super) fn fitting(
        &self,
        claim: &Claim,
        (start, end, groups): CueHit,
        distance: usize,
        out: &mut Vec<Candidate>,
    ) {
        for &g in groups.iter() {
            let group = &self.index.groups[g];
            if fits(claim, group.kind, group.unit) && self.current[g].is_some() {
                out.push(Candidate {
                    start,
                    end,
                    group: g,
                    distance,
                    veto: None,
                });
            }
        }
    }

    /// The cues written around the claim's figure (`frame::gapped`), less those a
    /// restricting modifier narrows.
    fn split_hits(&self, claim: &Claim) -> Vec<CueHit> {
        let hole = claim.first_token..claim.end_token;
        let (from, to) = (hole.start, hole.end);
        let mut out = self
            .index
            .gapped
            .around(self.tokens, self.sent.range.clone(), hole);
        // The cue's first word is its own (`Japanese` of `Japanese firms in Vietnam`),
        // not a generic noun in a gap.
        out.retain(|h| !self.sent.narrowed_in(h.0 + 1..from) && !self.sent.narrowed_in(to..h.1));
        out
    }

    /// The sentence's cues matched with gaps, read once per sentence.
    fn gapped_hits(&self) -> Arc<Vec<CueHit>> {
        let s = self.sent.range.start;
        let mut cache = self.gapped.borrow_mut();
        if let Some((_, hits)) = cache.as_ref().filter(|(k, _)| *k == s) {
            return hits.clone();
        }
        let hits = Arc::new(reading::gapped_cues(
            self.index,
            self.tokens,
            self.sent,
            &self.cues,
        ));
        *cache = Some((s, hits.clone()));
        hits
    }

    /// The best accepted candidate, or else the best held back with its reason.
    pub(super) fn decide(&self, claim: &Claim, cands: Vec<Candidate>) -> Linked {
        type Score = (i64, i64, (bool, i64), i64);
        let mut best: Option<(Score, &Candidate, Accepted)> = None;
        let mut held: Option<(Score, &Candidate, Reason)> = None;
        for c in &cands {
            let verdict = match &c.veto {
                Some(r) => Err(r.clone()),
                None => self.accept(claim, c),
            };
            let words = (c.end - c.start) as i64;
            let fit = match self.current[c.group] {
                Some(f) => {
                    let v = value_in(claim, f.unit);
                    let off = (f.value - v).abs() / v.abs().max(1.0);
                    (agrees(claim, f), -((off * 1e6).min(1e15) as i64))
                }
                None => (false, i64::MIN),
            };
            match verdict {
                Ok(a) => {
                    let named = match a.subject {
                        Some(m) if self.sent.range.contains(&m.start) => 2,
                        _ => 1,
                    };
                    let score = (words - 3 * c.distance as i64, named, fit, -(c.group as i64));
                    if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                        best = Some((score, c, a));
                    }
                }
                Err(r) => {
                    let score = (words - 3 * c.distance as i64, 0, fit, -(c.group as i64));
                    if held.as_ref().is_none_or(|(s, _, _)| score > *s) {
                        held = Some((score, c, r));
                    }
                }
            }
        }
        match (best, held) {
            (Some((_, c, a)), _) => self.judged(claim, c, a),
            (None, Some((_, c, r))) => Linked {
                claim: copied(claim),
                group: Some(c.group),
                reason: Some(r),
                evidence: Evidence {
                    metric: Some(self.bytes(c.start..c.end)),
                    ..Evidence::default()
                },
                when: When::Now,
                negated: false,
            },
            (None, None) => unlinked(copied(claim)),
        }
    }

    /// Token range `r` as bytes of the draft.
    #[inline(never)]
    fn bytes(&self, r: Range<usize>) -> Range<usize> {
        self.tokens.list[r.start].span.start..self.tokens.list[r.end - 1].span.end
    }

    /// The claim judged by candidate `c`, with the evidence the frame accepted.
    fn judged(&self, claim: &Claim, c: &Candidate, a: Accepted) -> Linked {
        let time_label = match a.when {
            When::Now => "now".to_string(),
            When::Year(y) => y.to_string(),
            When::Earlier => "earlier".to_string(),
            When::Since(y) => format!("since {y}"),
        };
        Linked {
            claim: copied(claim),
            group: Some(c.group),
            reason: None,
            evidence: Evidence {
                subject: a.subject.map(|m| self.bytes(m.start..m.end)),
                metric: Some(self.bytes(c.start..c.end)),
                time: a.time.map(|t| self.bytes(t)),
                time_label,
            },
            when: a.when,
            negated: a.negated,
        }
    }

    /// Whether the frame lets candidate `c` judge the claim, and on what evidence.
    pub(super) fn accept(&self, claim: &Claim, c: &Candidate) -> Result<Accepted, Reason> {
        let group = &self.index.groups[c.group];
        let f = &self.frame;
        let ff = &group.frame;
        let words = |r: &Range<usize>| frame::words(self.tokens, r.clone());
        if f.question {
            return Err(Reason::Question);
        }
        if f.retracted {
            return Err(Reason::Retracted);
        }
        match (&f.forecast, ff.prospective) {
            (Some(cue), false) => return Err(Reason::Forecast(words(cue))),
            (None, true) => return Err(Reason::Target),
            _ => {}
        }
        // `ten years ago` is a moment, unless the event it dates names the fact right
        // before it (`diplomatic relations 50 years ago`) or right after the moment's
        // word (`25 jaar geleden opgericht`, founded 25 years ago: its age).
        if let Some(p) = &f.point_in_time {
            let dated = (c.end <= claim.first_token && claim.first_token - c.end <= 3)
                || (c.start >= p.end && c.start - p.end <= 3);
            if !dated {
                return Err(Reason::PointInTime(words(p)));
            }
        }
        if f.change && group.kind != Kind::Multiple {
            return Err(Reason::Change);
        }
        let negated = match &f.negated {
            Some(n) if claim.kind != Kind::Rank || f.negated_above => {
                return Err(Reason::Negated(words(n)))
            }
            n => n.is_some(),
        };
        let subject = self.who(claim, c, group)?;
        if claim.kind == Kind::Rank {
            if let Some(by) = self.sent.ranked_by(c.end).or_else(|| f.rank_scope.clone()) {
                return Err(Reason::Restricted(words(&by)));
            }
        }
        if let Some(r) = self.restricted(claim, c, group) {
            return Err(r);
        }
        if !matches!(claim.kind, Kind::Rank | Kind::Year) {
            if let Some(fact) = self.current[c.group] {
                let (a, b) = (value_in(claim, fact.unit).abs(), fact.value.abs());
                // Only against a false alarm: a figure the fact backs stays linked.
                if a.max(b) > MAGNITUDE * a.min(b).max(f64::MIN_POSITIVE) && !agrees(claim, fact) {
                    return Err(Reason::Magnitude);
                }
            }
        }
        let (when, time) = self.when(group, c)?;
        Ok(Accepted {
            subject,
            when,
            time,
            negated,
        })
    }

    /// A modifier that narrows the figure where the fact is not narrowed (`new`, `at
    /// the fair`).
    fn restricted(&self, claim: &Claim, c: &Candidate, group: &Group) -> Option<Reason> {
        // A length of time is narrowed like a quantity: `5 năm đổi mới sáng tạo` is five
        // years of innovation, not of Doi Moi.
        let narrowable = matches!(
            claim.kind,
            Kind::Amount | Kind::Count | Kind::Percent | Kind::Duration
        );
        if !narrowable {
            return None;
        }
        let (f, ff) = (&self.frame, &group.frame);
        // A length of time is narrowed only by a modifier of the phrase that names its
        // metric, right next to the cue (`5 năm đổi mới sáng tạo`), not by a delegation
        // or a period elsewhere in the clause.
        let timed = claim.kind == Kind::Duration;
        let adjoins = |r: &Range<usize>| {
            (r.start >= c.end && r.start - c.end <= 1) || (r.end <= c.start && c.start - r.end <= 1)
        };
        f.restrictors
            .iter()
            .filter(|r| !(timed && (f.periods.contains(r) || !adjoins(r))))
            .find_map(|r| {
                let inside_cue = r.start >= c.start && r.end <= c.end;
                let in_name = self
                    .sent
                    .mentions
                    .iter()
                    .any(|m| r.start < m.end && m.start < r.end);
                let w = frame::words(self.tokens, r.clone());
                // A restrictor typed without diacritics is covered by the fact's own.
                let folded = self.tokens.list[r.start].folded;
                let to_date = ff.cumulative && self.index.reader.is_to_date(&w);
                let covered = to_date
                    || ff
                        .covered
                        .iter()
                        .any(|c| *c == w || (folded && crate::lang::detect::fold(c) == w));
                (!inside_cue && !in_name && !covered).then_some(Reason::Restricted(w))
            })
    }

    /// When the figure holds, and the words that say so: now, a past year the fact's
    /// periods allow, or earlier (a past tense with no date).
    fn when(&self, group: &Group, c: &Candidate) -> Result<(When, Option<Range<usize>>), Reason> {
        let (f, ff) = (&self.frame, &group.frame);
        // An answer whose metric the question right before names (a cue before the
        // claim's sentence) takes its time too, having none of its own (`Q: Where did
        // Japan rank in 2019? A: Third.`).
        let asked = self.asked_time(c);
        let (year, past) = match &asked {
            Some((y, p)) => (y, p),
            None => (&f.year, &f.past),
        };
        if let Some((y, span)) = year {
            if ff.periods.contains(y) {
                return Ok((When::Now, span.clone()));
            }
            if ff.cumulative {
                // A running total counted from a year (`since 1992`, `sinds 1992`,
                // `từ năm 1992`, `since aid resumed in 1992`) is the total now: a
                // `to_date` word opens the words before the year, in its clause.
                let reader = &self.index.reader;
                let opens = |k: usize, n: usize| {
                    k + n <= self.tokens.list.len()
                        && reader.is_to_date(&frame::words(self.tokens, k..k + n))
                };
                let from = |s: &Range<usize>| {
                    (1..=TO_DATE_REACH).take_while(|&n| s.start >= n).any(|n| {
                        let k = s.start - n;
                        let clause = (k..s.start)
                            .all(|i| self.tokens.list[i].kind == crate::token::TokenKind::Word);
                        clause && (opens(k, 1) || opens(k, 2))
                    })
                };
                if span.as_ref().is_some_and(from) {
                    return Ok((When::Since(*y), span.clone()));
                }
                return Err(Reason::Cumulative);
            }
            if !ff.periods.is_empty() {
                let years: Vec<String> = ff.periods.iter().map(|p| p.to_string()).collect();
                return Err(Reason::Period(years.join(", ")));
            }
            let when = if *y < self.year {
                When::Year(*y)
            } else {
                When::Now
            };
            return Ok((when, span.clone()));
        }
        Ok(match past {
            Some(p) => (When::Earlier, Some(p.clone())),
            None => (When::Now, None),
        })
    }
}

impl Ctx<'_> {
    /// The time of the question right before the claim's sentence, when candidate `c`
    /// is a cue of it and the claim's own words give none.
    #[inline(never)]
    fn asked_time(&self, c: &Candidate) -> Option<frame::AskedTime> {
        let f = &self.frame;
        if c.end > self.sent.range.start || f.year.is_some() || f.past.is_some() {
            return None;
        }
        let s = self.tokens.list[self.sent.range.start].sentence as usize;
        let q = self.sentences.get(&s.checked_sub(1)?)?;
        Some(q.asked_time(self.tokens, self.year))
    }
}

/// A copy of `claim`, out of line: `Claim::clone` inlined at each of the three calls
/// in `decide` and `judged` was a copy each in the wasm.
#[inline(never)]
fn copied(claim: &Claim) -> Claim {
    claim.clone()
}

/// How many words before a year a `to_date` word may open its clause (`since aid
/// resumed in 1992`).
const TO_DATE_REACH: usize = 4;
