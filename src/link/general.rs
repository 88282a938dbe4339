//! The general reading of a claim: which cues of its clause may name its metric (the
//! nearest figure owns a cue; a count is decided by what it counts; a year by the event
//! named next to it), and a rank through each phrase it ranks.

use super::*;

impl Ctx<'_> {
    /// Links `claim` and appends what it yields to `out` (a coordinated rank yields one
    /// link per phrase; a time no fact takes, none).
    pub(super) fn link_claim(&self, claim: Claim, out: &mut Vec<Linked>) {
        if bare_rank(&claim) {
            let mut cands = self.candidates(&claim, &|_, _| None);
            if cands.is_empty() {
                cands = self.asked(&claim);
            }
            out.push(self.decide(&claim, cands));
            return;
        }
        if claim.kind == Kind::Rank && !claim.segments.is_empty() {
            self.link_rank(claim, out);
            return;
        }
        let mut cands = self.clause_candidates(&claim);
        // Cues matched by stem or with gaps only where no written cue names the figure,
        // and not for a count of a generic noun (`20,000 Vietnamese people live in the
        // Kansai region`): only a written cue says what such a figure counts.
        if cands.is_empty() {
            self.with_gapped.set(true);
            cands = self.clause_candidates(&claim);
            // A count of a generic word is named by a cue that runs on from it past
            // the word (`over 3,000 Japanese firms now in Vietnam`).
            if self.counts_generic(&claim) {
                let to = claim.end_token;
                cands.retain(|c| c.start == to && c.end > to + 1);
            }
        }
        if cands.is_empty() {
            cands = self.asked(&claim);
        }
        let cands = self.by_what_it_counts(&claim, cands);
        let mut cands = self.by_its_label(&claim, cands);
        if cands.iter().all(|c| c.veto.is_some()) {
            cands.extend(self.named_by_its_noun(&claim));
        }
        let cands = if claim.kind == Kind::Year {
            self.near_its_event(&claim, cands)
        } else {
            cands
        };
        let linked = self.decide(&claim, cands);
        // A length of time no fact takes that dates or spans a statement (`ten years
        // ago`, `in the first ten months`) is when, not a claim.
        let when = self.frame.point_in_time.is_some() || self.frame.time_span;
        if claim.kind == Kind::Duration && linked.group.is_none() && when {
            return;
        }
        out.push(linked);
    }

    /// The cues of a plain question right before the claim's sentence (`How many
    /// Vietnamese live in Kansai? About 60,000, …`), for the answer's first figure when
    /// no words of its own name a metric: what the answer counts.
    fn asked(&self, claim: &Claim) -> Vec<Candidate> {
        let first = !self
            .near
            .others
            .iter()
            .any(|o| o.end <= claim.first_token && !self.near.times.contains(o));
        let question = claim
            .sentence
            .checked_sub(1)
            .and_then(|q| self.sentences.get(&q))
            .filter(|q| first && q.plain_question(self.tokens));
        let Some(q) = question else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for hit in self.index.cue_hits(self.tokens, q.range.clone(), &[]) {
            self.fitting(claim, hit, ASKED_DISTANCE, &mut out);
        }
        out
    }

    /// A rank, linked through each coordinated phrase it ranks (`trade and tourism
    /// partner`): one link per fact, or else the best held-back candidate.
    fn link_rank(&self, claim: Claim, out: &mut Vec<Linked>) {
        let mut seen = Vec::new();
        let mut fallback = None;
        for seg in &claim.segments {
            let cands = self.candidates(&claim, &|start, end| {
                (start >= seg.start && end <= seg.end && self.heads(&claim, seg, start, end))
                    .then(|| start - seg.start)
            });
            match self.decide(&claim, cands) {
                l @ Linked { reason: None, .. } => {
                    if let Some(g) = l.group.filter(|g| !seen.contains(g)) {
                        seen.push(g);
                        out.push(l);
                    }
                }
                l => {
                    if fallback.is_none() || l.group.is_some() {
                        fallback = Some(l);
                    }
                }
            }
        }
        if seen.is_empty() {
            // `Nhật Bản đứng thứ mấy …? Hiện đứng thứ hai`: the question names the ranking.
            let asked = fallback.is_none().then(|| self.asked(&claim));
            let fallback = match asked.filter(|a| !a.is_empty()) {
                Some(cands) => Some(self.decide(&claim, cands)),
                None => fallback,
            };
            out.push(fallback.unwrap_or_else(|| unlinked(claim)));
        }
    }

    /// Whether a cue at `start..end` heads what a bare ordinal right before it ranks,
    /// not a modifier of another noun (`the second investor conference` ranks
    /// conferences): the cue ends the noun phrase (a preposition, a coordinator or
    /// punctuation follows). Other rank phrases say where what they rank ends.
    fn heads(&self, claim: &Claim, seg: &Range<usize>, start: usize, end: usize) -> bool {
        let bare_ordinal = claim.ordinal_style != crate::claim::OrdinalStyle::None
            && claim.span == claim.number_span
            && seg.start == claim.end_token;
        if !bare_ordinal || start != seg.start {
            return true;
        }
        let lang = self.index.lang;
        let obliques = frame::cues::FrameCues::of(lang).obliques;
        let coordinators = lang.vocabulary().coordinators;
        end >= self.sent.range.end
            || self.tokens.list[end].kind != crate::token::TokenKind::Word
            || obliques.contains(&self.tokens.norm(end))
            || coordinators.contains(&self.tokens.norm(end))
    }

    /// Whether a coordinator (`and`, `en`, `và`) stands in `r`.
    fn coordinator_in(&self, r: Range<usize>) -> bool {
        let coordinators = self.index.lang.vocabulary().coordinators;
        r.into_iter()
            .any(|i| coordinators.contains(&self.tokens.norm(i)))
    }

    /// The cues of the claim's clause that no other figure owns, with their distance
    /// from it; with none, those of an earlier clause of the sentence when no other
    /// figure stands between (`kỷ niệm 30 năm …; … trong ba thập kỷ qua`).
    fn clause_candidates(&self, claim: &Claim) -> Vec<Candidate> {
        let (from, to) = (claim.first_token, claim.end_token);
        let clause = self.frame.clause.clone();
        // The nearest figure owns a cue: one beyond another figure is that figure's
        // (`30 procent van … investeringen en 25 procent van de handelsomzet`).
        let beyond = |start: usize, end: usize, own_clause: bool| {
            // The other end of a range (`2.6–3 million`) is the same figure.
            let partner = |o: &Range<usize>| o.end + 1 >= from && o.start <= to + 1;
            let gap = |lo: usize, hi: usize| {
                if hi <= start {
                    start - hi
                } else {
                    lo.saturating_sub(end)
                }
            };
            // A cue right after another figure is that figure's (`AIA chiếm 10% thị
            // phần, Prudential chiếm 15%`).
            let nearer = |o: &Range<usize>| {
                own_clause
                    && !self.frame.partitive
                    && o.end <= start
                    && gap(o.start, o.end) <= 1
                    && gap(o.start, o.end) < gap(from, to)
            };
            // A cue after the figure and a coordinator, nearer another figure after it,
            // is that one's (`a developing country … by 2030, and a developed,
            // high-income country by 2045`).
            let later = |o: &Range<usize>| {
                own_clause
                    && start >= to
                    && o.start >= end
                    && o.start - end < start - to
                    && self.coordinator_in(to..start)
            };
            // A cue after the figure across `, <verb>` is the next predicate's
            // (`relations in 1973, and upgraded ties to a … Partnership`).
            let next_predicate = || start >= to && self.sent.new_predicate_in(to..start);
            self.near.rivals.iter().any(|o| {
                !partner(o)
                    && ((o.start >= end && o.end <= from)
                        || (o.start >= to && o.end <= start)
                        || nearer(o)
                        || later(o))
            }) || next_predicate()
        };
        let measure = |start: usize, end: usize| {
            if end <= from {
                Some(from - end)
            } else if start >= to {
                Some(start - to)
            } else if start >= from && end <= to {
                None // The cue is the claim's own words.
            } else {
                Some(0) // The cue runs on from the claim: `40 years of Doi Moi`.
            }
        };
        let cands = self.candidates(claim, &|start, end| {
            if start < clause.start || end > clause.end || beyond(start, end, true) {
                return None; // Another clause, or another figure, says something else.
            }
            measure(start, end)
        });
        // A cue between a figure of the claim's kind and a coordinator before the claim
        // is that figure's own, even when the two figures are coordinated, if the claim
        // names its own metric after it (`30% of all Japanese investment and around a
        // quarter of the trade …`, `Vanaf 2026 … dubbelcijferige groei halen, en in
        // 2045, … een ontwikkeld land`); otherwise the second shares the first's by
        // ellipsis (`is not the largest source of tourists, and ranks fourth`).
        let vocab = self.index.lang.vocabulary();
        let own_metric = cands.iter().any(|c| c.start >= to)
            || (to < self.sent.range.end && vocab.fraction_of.contains(&self.tokens.norm(to)));
        let owned = |c: &Candidate| {
            own_metric
                && c.end <= from
                && self
                    .near
                    .kin
                    .iter()
                    .any(|o| o.end <= c.start && o.end + 1 < from)
                && self.coordinator_in(c.end..from)
        };
        let cands: Vec<Candidate> = cands.into_iter().filter(|c| !owned(c)).collect();
        if !cands.is_empty() {
            return cands;
        }
        self.candidates(claim, &|start, end| {
            (end <= clause.start && !beyond(start, end, false))
                .then(|| measure(start, end))
                .flatten()
        })
        .into_iter()
        .filter(|c| !owned(c))
        .collect()
    }

    /// What a count counts decides: a cue naming the noun right after the number wins
    /// over cues elsewhere in the clause, and a specific noun no cue names means the
    /// figure counts something the table does not know.
    fn by_what_it_counts(&self, claim: &Claim, cands: Vec<Candidate>) -> Vec<Candidate> {
        let (index, sent, to) = (self.index, self.sent, claim.end_token);
        // A noun after a coordinator is not what the figure counts (`from 2026 and
        // high-income status by 2045`).
        let coordinated = to < sent.range.end
            && (index.lang.vocabulary().coordinators).contains(&self.tokens.norm(to));
        let head = |c: &Candidate| c.start >= to && c.start < to + 2 && !coordinated;
        // A generic word (`Vietnamese`, `people`) does not decide alone, but a cue that
        // runs on past it does (`2,000 Japanese companies`).
        let generic = to < sent.range.end
            && index.reader.is_generic(sent, to)
            && !cands.iter().any(|c| head(c) && c.end > to + 1);
        if !generic && cands.iter().any(head) {
            return cands.into_iter().filter(head).collect();
        }
        // A generic word right after the figure (`9 million people`) is a cue that
        // names less than a longer one close by (`working population tops …`): it
        // counts as further away.
        let cands: Vec<Candidate> = cands
            .into_iter()
            .map(|mut c| {
                if generic && c.start == to && c.end == to + 1 {
                    c.distance += GENERIC_PENALTY;
                }
                c
            })
            .collect();
        let Some(noun) = index
            .reader
            .head_noun(self.tokens, sent, claim, &self.near.others)
            .filter(|&n| !index.reader.is_generic(sent, n))
        else {
            return cands;
        };
        let what = self.tokens.norm(noun).to_string();
        let plurals = index.lang.vocabulary().plural_suffixes;
        // The noun is one the fact's own cues end in (singular or plural): it counts
        // what the fact counts.
        let same = |a: &str, b: &str| {
            a == b
                || plurals
                    .iter()
                    .any(|p| a.strip_suffix(p) == Some(b) || b.strip_suffix(p) == Some(a))
        };
        let synonyms = frame::cues::FrameCues::of(index.lang).count_synonyms;
        let names = |head: &String| {
            same(head, &what)
                || synonyms.iter().any(|set| {
                    set.iter().any(|w| same(w, &what)) && set.iter().any(|w| same(w, head))
                })
        };
        cands
            .into_iter()
            .map(|mut c| {
                if !index.groups[c.group].heads.iter().any(names) {
                    c.veto = Some(Reason::Counts(what.clone()));
                }
                c
            })
            .collect()
    }

    /// A count given after a label (`vriendschapsbanden met Vietnamese provincies: meer
    /// dan 10`) counts what the label's words before any preposition name: a cue of
    /// the label whose fact heads none of them (`provincies`, after `met`) is not its.
    fn by_its_label(&self, claim: &Claim, cands: Vec<Candidate>) -> Vec<Candidate> {
        let (tokens, sent, from) = (self.tokens, self.sent, claim.first_token);
        let Some(colon) = (sent.range.start..from)
            .rev()
            .find(|&k| tokens.norm(k) == ":")
        else {
            return cands;
        };
        if claim.kind != Kind::Count {
            return cands;
        }
        // `A: About 630,000.`: an interview's turn, not a label.
        if colon == sent.range.start + 1 && self.index.reader.is_turn(tokens.norm(sent.range.start))
        {
            return cands;
        }
        let obliques = frame::cues::FrameCues::of(self.index.lang).obliques;
        let label: Vec<&str> = (sent.range.start..colon)
            .map(|k| tokens.norm(k))
            .take_while(|w| !obliques.contains(w))
            .collect();
        let infl = frame::cues::FrameCues::of(self.index.lang).inflections;
        let names = |g: usize| {
            let heads = &self.index.groups[g].heads;
            label.iter().any(|w| {
                heads
                    .iter()
                    .any(|h| frame::gapped::same_word(w, h, infl, false))
            })
        };
        cands
            .into_iter()
            .map(|mut c| {
                if c.end <= colon && c.veto.is_none() && !names(c.group) {
                    c.veto = Some(Reason::Counts(label.join(" ")));
                }
                c
            })
            .collect()
    }

    /// Whether the count's noun phrase is headed by a generic noun (`people`, `Vietnamese
    /// people`).
    #[inline(never)]
    pub(super) fn counts_generic(&self, claim: &Claim) -> bool {
        let (sent, to) = (self.sent, claim.end_token);
        let generic = |i: usize| i < sent.range.end && self.index.reader.is_generic(sent, i);
        claim.kind == Kind::Count && (generic(to) || generic(to + 1))
    }

    /// A year names the event its cue names only close by (`elevated … in 2023`, not
    /// `held for the 10th time in 2024`), with no other figure between.
    fn near_its_event(&self, claim: &Claim, cands: Vec<Candidate>) -> Vec<Candidate> {
        let (from, to) = (claim.first_token, claim.end_token);
        let between = |c: &Candidate| {
            let (lo, hi) = if c.end <= from {
                (c.end, from)
            } else {
                (to, c.start)
            };
            self.near
                .others
                .iter()
                .any(|o| o.start >= lo && o.end <= hi)
        };
        // A short aside set off by commas does not hold the year off its event (`in
        // 2040, the government says, Vietnam should be a high-income country`).
        let aside = |c: &Candidate| {
            let (lo, hi) = if c.end <= from {
                (c.end, from)
            } else {
                (to, c.start)
            };
            let commas: Vec<usize> = (lo..hi).filter(|&i| self.tokens.norm(i) == ",").collect();
            commas
                .windows(2)
                .filter(|w| w[1] - w[0] <= ASIDE_TOKENS)
                .map(|w| w[1] - w[0])
                .max()
                .unwrap_or(0)
        };
        cands
            .into_iter()
            .filter(|c| c.distance.saturating_sub(aside(c)) <= YEAR_REACH && !between(c))
            .collect()
    }
}

/// The most tokens of an aside set off by commas (`, the government says,`).
const ASIDE_TOKENS: usize = 6;

/// How much further a cue that is only a generic word (`people`) counts, in tokens.
const GENERIC_PENALTY: usize = 2;

/// How far a question's cue stands from the answer's figure, for ranking candidates.
const ASKED_DISTANCE: usize = 2;
