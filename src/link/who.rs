//! Whose figure it is: the subject a claim's words name, carry or refer back to.

use super::*;

mod carry;

/// The words before the number in each numbered name (`Nhon Trach` of `Nhon Trach 3
/// and 4 power plants`), with the subject they begin.
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn name_stems(
    aliases: &[(&str, usize)],
    vocab: &'static crate::lang::Vocabulary,
) -> PhraseTable<usize> {
    let mut stems: Vec<(Phrase, usize)> = Vec::new();
    for &(alias, s) in aliases {
        let phrase = Phrase::new(alias, vocab);
        let words = phrase.words(false);
        let numbered = words
            .iter()
            .position(|w| w.chars().all(|c| c.is_ascii_digit()));
        if let Some(n) = numbered.filter(|&n| n > 0) {
            let stem = Phrase::new(&words[..n].join(" "), vocab);
            if !stems.iter().any(|(p, t)| *p == stem && *t == s) {
                stems.push((stem, s));
            }
        }
    }
    PhraseTable::new(stems, &[])
}

impl Ctx<'_> {
    /// Whether mention `m` is a dateline (`HANOI —`, `HÀ NỘI -`, `TOKYO, Dec. 15 —`):
    /// where the story was filed, not whom it is about.
    pub(super) fn dateline(&self, m: &Mention) -> bool {
        frame::dateline(self.tokens, m) && !self.index.reader.is_country(m.entity)
    }

    /// A name in the claim's clause, near it, that begins like the subject's but goes on
    /// with another number (`Nhon Trach 2` against `Nhon Trach 3 and 4`): a sibling of
    /// the subject, named so that the subject cannot be carried from an earlier sentence.
    pub(super) fn sibling(&self, subject: usize, from: usize, to: usize) -> Option<String> {
        const REACH: usize = 30;
        let clause = &self.frame.clause;
        let range = clause.start.max(from.saturating_sub(REACH))..clause.end.min(to + REACH);
        let own = Entity::Subject(subject);
        self.index
            .stems
            .scan(self.tokens, range)
            .into_iter()
            .filter(|&(_, _, s)| s == subject)
            .find(|&(start, end, _)| {
                let numbered = self.tokens.list.get(end).is_some_and(|t| {
                    t.kind == crate::token::TokenKind::Number && !(end >= from && end < to)
                });
                let in_name = self
                    .sent
                    .mentions
                    .iter()
                    .any(|m| m.entity == own && m.start <= start && m.end > end);
                numbered && !in_name
            })
            .map(|(start, end, _)| {
                let list = &self.tokens.list;
                self.text[list[start].span.start..list[end].span.end].to_string()
            })
    }

    /// Who the figure is about, for a fact with `group`'s subject: the nearest entity
    /// named before it in its clause (or else after it), skipping names that are part
    /// of the fact's own metric (`Vietnam` in "Vietnam's foreign investors"); with none,
    /// the last entity named earlier in the sentence or in the paragraph's previous
    /// sentences, when no other entity competes there.
    pub(super) fn who(
        &self,
        claim: &Claim,
        c: &Candidate,
        group: &Group,
    ) -> Result<Option<Mention>, Reason> {
        if let Some(found) = self.in_table(group) {
            return found;
        }
        if let Some(r) = self.other_ranking(claim, group) {
            return Err(r);
        }
        let subject = Entity::Subject(group.subject);
        if let Some(p) = group.frame.pair {
            match self.pair_named(p, subject, claim) {
                Some(m) => return Ok(Some(m)),
                // `the two countries` naming another pair (`Japan and South Korea held
                // talks. Trade between the two countries …`), or none in reach.
                // One after the figure that resolves to no pair leaves the clause's
                // other names to say whose figure it is.
                None if self
                    .frame
                    .pair_anaphor
                    .is_some_and(|k| k < claim.first_token) =>
                {
                    return Err(Reason::NoSubject)
                }
                None => {}
            }
        }
        if let Some(r) = self.numbered_subject(claim, group) {
            return Err(r);
        }
        if let Some(found) = self.in_clause(claim, c, group) {
            return found;
        }
        if let Some(name) = self.sibling(group.subject, claim.first_token, claim.end_token) {
            return Err(Reason::OtherSubject(name));
        }
        self.carried(claim, group)
    }

    /// A rank owned by a name right before it that the fact does not rank among
    /// (`Japan's largest trading partner is China`: Japan's partners, not Vietnam's).
    fn other_ranking(&self, claim: &Claim, group: &Group) -> Option<Reason> {
        if claim.kind != Kind::Rank {
            return None;
        }
        let from = claim.first_token;
        let suffixes = frame::cues::FrameCues::of(self.index.lang).genitive_suffixes;
        let possessives = frame::cues::FrameCues::of(self.index.lang).first_person_possessive;
        let genitive = |m: &Mention| {
            let last = m.end - 1;
            self.tokens.list[last].possessive
                || possessives.contains(&self.tokens.norm(m.start))
                || (m.end == from && suffixes.iter().any(|s| self.tokens.norm(last).ends_with(s)))
        };
        let reader = &self.index.reader;
        let owner = self
            .sent
            .mentions
            .iter()
            .copied()
            .find(|m| m.end <= from && from - m.end <= 1 && genitive(m))
            .or_else(|| reader.beneficiary(self.sent, self.frame.clause.clone()))
            .or_else(|| reader.fronted_place(self.sent, self.frame.clause.clone(), from))?;
        // The subject's own name is in its scope, but it never owns its own rank; a
        // fact that names whose ranking it is (`Vietnam's foreign investors`) is not
        // another's. A fact naming none (a drafted `rank as foreign investor`) may be
        // anyone's.
        let subject = Entity::Subject(group.subject);
        // A capital owning a state's ranking is its state (`Hanoi's largest donor`).
        let owner_is = match reader.capital_state(owner.entity) {
            Some(state) if group.frame.relates => state,
            _ => owner.entity,
        };
        let own = owner_is == subject;
        let names_owner = group.frame.counterparts.iter().any(|e| *e != subject);
        let another = names_owner && !group.frame.scope.contains(&owner_is);
        (own || another).then(|| Reason::RankedAmong(self.name(owner.entity)))
    }

    /// Whether mention `m` may say whose figure a fact of `group` judges: not a
    /// dateline, and not a name the fact's own metric carries unless it is the subject.
    #[inline(never)]
    fn kept(&self, m: &Mention, group: &Group) -> bool {
        let subject = Entity::Subject(group.subject);
        !self.dateline(m)
            && (self.ent(m, group) == subject || !group.frame.scope.contains(&self.ent(m, group)))
    }

    /// Who mention `m` names for a fact of `group`: a capital stands for its state in a
    /// fact relating that state to another (`Tokyo has lent Vietnam …`: Japan's ODA),
    /// and only in what a state does, ranks and amounts: not in a fact of the state
    /// alone (`Tokyo has 80,000 Vietnamese residents`), not in a count (`Tokyo has 800
    /// companies operating in Vietnam`: the city's firms), not as a possessor (`Tokyo's
    /// trade with Vietnam`: the city's) except of a ranking (`Hanoi's third-biggest
    /// trading partner`: Vietnam's).
    #[inline(never)]
    fn ent(&self, m: &Mention, group: &Group) -> Entity {
        let acts = group.frame.relates
            && matches!(group.kind, Kind::Rank | Kind::Amount)
            && (group.kind == Kind::Rank || !self.tokens.list[m.end - 1].possessive);
        match self.index.reader.capital_state(m.entity) {
            Some(state) if acts => state,
            _ => m.entity,
        }
    }

    /// `m` names the subject, or another entity the figure is then about.
    fn judged_by(&self, m: &Mention, group: &Group) -> Result<Option<Mention>, Reason> {
        if self.ent(m, group) == Entity::Subject(group.subject) {
            Ok(Some(*m))
        } else {
            Err(Reason::OtherSubject(self.name(m.entity)))
        }
    }

    /// In a table, the column header (or else the row label) says whose figure it is.
    /// A header naming the country the subject lies in (`Japan total` beside `Kansai`)
    /// heads that country's column: only names the fact's own words carry are skipped,
    /// and not when the header opens with the name (`Japan total` is Japan's column even
    /// for Kansai's share of Japan's population; `Share of Japan` is the share's whole).
    fn in_table(&self, group: &Group) -> Option<Result<Option<Mention>, Reason>> {
        let cell = self.cell.as_ref()?;
        let subject = Entity::Subject(group.subject);
        let reader = &self.index.reader;
        let header = reader
            .mentions(self.tokens, cell.header.clone())
            .into_iter()
            .find(|m| {
                m.entity == subject
                    || m.start == cell.header.start
                    || !group.frame.counterparts.contains(&m.entity)
            });
        let named = header.or_else(|| {
            reader
                .mentions(self.tokens, cell.row_label.clone())
                .into_iter()
                .find(|m| self.kept(m, group))
        })?;
        Some(self.judged_by(&named, group))
    }

    /// A name of the subject run on by a number that is no figure (`Nhon Trach 2`,
    /// against a subject `Nhon Trach 3 and 4`) names something else.
    fn numbered_subject(&self, claim: &Claim, group: &Group) -> Option<Reason> {
        let subject = Entity::Subject(group.subject);
        let (from, to) = (claim.first_token, claim.end_token);
        let numbered = |m: &Mention| {
            self.tokens.list.get(m.end).is_some_and(|t| {
                t.kind == crate::token::TokenKind::Number
                    && t.sentence == self.tokens.list[m.start].sentence
                    && !(m.end >= from && m.end < to)
            })
        };
        let m =
            self.sent.mentions.iter().find(|m| {
                m.entity == subject && numbered(m) && m.start >= self.frame.clause.start
            })?;
        let name = frame::words(self.tokens, m.start..m.end + 1);
        Some(Reason::OtherSubject(name))
    }

    /// Whether mention `m` is not who the figure is about though its clause names it: a
    /// name after a preposition (`trade with Vietnam`, `ahead of South Korea`), the
    /// possessor of a rank (`Vietnam's largest investor`: what it ranks among), one
    /// compared with, or one set off by commas after another (`The plants, Vietnam's
    /// first to …, were inaugurated`).
    fn oblique(&self, m: &Mention, in_clause: &[&Mention], from: usize) -> bool {
        let ranked_among = self.tokens.list[m.end - 1].possessive
            && self
                .near
                .ranks
                .iter()
                .any(|&r| r >= m.end && r <= m.end + 1);
        self.index.reader.is_oblique(self.sent, m.start)
            || ranked_among
            || self.index.reader.is_compared(self.sent, m.start)
            || self.parenthetical(m, in_clause, from)
    }

    /// Whether mention `m` stands in a phrase set off by commas or brackets right after
    /// another name (`Japan, which borders Oz, has …`, `Japan, not Atlantis, is …`,
    /// `Bình Dương (nay thuộc TP.HCM) có …`): it describes that name.
    fn parenthetical(&self, m: &Mention, in_clause: &[&Mention], from: usize) -> bool {
        self.set_off(m, self.frame.clause.start..from, |a| {
            in_clause.iter().any(|p| p.end == a)
        })
    }

    /// [`Ctx::parenthetical`] within tokens `within`, where `name_ends_at(a)` says a
    /// name ends right before the opening comma or bracket `a`.
    pub(super) fn set_off(
        &self,
        m: &Mention,
        within: Range<usize>,
        name_ends_at: impl Fn(usize) -> bool,
    ) -> bool {
        let norm = |i: usize| self.tokens.norm(i);
        let Some(a) = (within.start..m.start)
            .rev()
            .find(|&i| matches!(norm(i), "," | "("))
        else {
            return false;
        };
        let close = if norm(a) == "(" { ")" } else { "," };
        name_ends_at(a) && (m.end..within.end).any(|i| norm(i) == close)
    }

    /// Who the claim's own clause names: another counterpart in the figure's phrase,
    /// an apposition, a place locating what it counts, or the nearest direct name.
    fn in_clause(
        &self,
        claim: &Claim,
        c: &Candidate,
        group: &Group,
    ) -> Option<Result<Option<Mention>, Reason>> {
        let subject = Entity::Subject(group.subject);
        let clause = &self.frame.clause;
        let (from, to) = (claim.first_token, claim.end_token);
        let in_clause: Vec<&Mention> = self
            .sent
            .mentions
            .iter()
            .filter(|m| m.start >= clause.start && m.end <= clause.end)
            .filter(|m| !(m.start >= from && m.end <= to))
            // A name inside the cue is the fact's own wording unless it is the subject.
            .filter(|m| self.ent(m, group) == subject || !(m.start >= c.start && m.end <= c.end))
            .filter(|m| self.kept(m, group))
            .collect();
        if let Some(m) = self.other_counterpart(claim, c, group, &in_clause) {
            return Some(Err(Reason::OtherSubject(self.name(m.entity))));
        }
        let oblique = |m: &Mention| self.oblique(m, &in_clause, from);
        let apposition = self.apposition(&in_clause, from);
        let located = self.located(claim, c, &in_clause);
        let before = in_clause
            .iter()
            .copied()
            .filter(|m| m.end <= from && !oblique(m))
            .max_by_key(|m| m.end)
            .or_else(|| {
                in_clause
                    .iter()
                    .copied()
                    .filter(|m| m.end <= from && self.ent(m, group) == subject)
                    .max_by_key(|m| m.end)
            });
        let after = || {
            in_clause
                .iter()
                .copied()
                .filter(|m| m.start >= to && (self.ent(m, group) == subject || !oblique(m)))
                .min_by_key(|m| m.start)
        };
        // The country the subject lies in, named as the clause's own subject nearer the
        // figure (`Kansai has 9 prefectures, Japan has 47`), owns the figure.
        if apposition.or(located).is_none() {
            if let Some(country) = self.country_before(claim, c, group, &in_clause) {
                if before.is_none_or(|b| country.end > b.end) {
                    return Some(Err(Reason::OtherSubject(self.name(country.entity))));
                }
            }
        }
        // `Hanoi wants …, and in 2040, …, Vietnam should be …`: a comma and a
        // coordinator after the name before open a clause of its own, whose subject
        // follows the figure.
        let coordinators = self.index.lang.vocabulary().coordinators;
        let reopened = |b: &Mention| {
            (b.end..from.saturating_sub(1)).any(|i| {
                self.tokens.norm(i) == "," && coordinators.contains(&self.tokens.norm(i + 1))
            })
        };
        let before = match before {
            Some(b) if reopened(b) => after().or(Some(b)),
            b => b,
        };
        let m = apposition.or(located).or(before).or_else(after)?;
        if let Some(owner) = self.owner(m, group) {
            return Some(Err(Reason::OtherSubject(self.name(owner.entity))));
        }
        if let Some(brand) = self.brand_before(m) {
            return Some(Err(Reason::OtherSubject(brand)));
        }
        Some(self.judged_by(m, group))
    }

    /// A state that owns the subject's name from right before it and that the fact
    /// does not name (`Ecuador's banana exports`: Ecuador's, not the Vietnamese banana
    /// sector's; `Japan's Kansai region` is Kansai's).
    fn owner(&self, m: &Mention, group: &Group) -> Option<&Mention> {
        let subject = Entity::Subject(group.subject);
        let reader = &self.index.reader;
        self.sent.mentions.iter().find(|o| {
            o.end == m.start
                && self.tokens.list[o.end - 1].possessive
                && self.ent(m, group) == subject
                && self.ent(o, group) != subject
                && reader.is_country(o.entity)
                && !group.frame.scope.contains(&o.entity)
        })
    }

    /// A brand right before a state's name (`Toyota Japan`, `Acme Japan has …`; not its
    /// demonym) is the brand's local arm, not the state: its name, when the word before
    /// is a capitalised name of no known entity, cue or function word.
    pub(super) fn brand_before(&self, m: &Mention) -> Option<String> {
        let reader = &self.index.reader;
        let k = m.start.checked_sub(1)?;
        let brand = reader.state(m.entity) == Some(m.entity)
            && reader.brand_at(self.tokens, k)
            && !self.cues.iter().any(|c| c.0 <= k && k < c.1)
            // A demonym modifies a noun (`Hoeveel Japanse bedrijven …?`): no brand's arm.
            && reader.demonym_at(self.tokens, m.start).is_none();
        let text = self
            .text
            .get(self.tokens.list[k].span.clone())
            .unwrap_or("");
        brand.then(|| format!("{text} {}", self.name(m.entity)))
    }

    /// Another counterpart than the fact's own is another figure (`trade with
    /// Singapore`), only in the figure's own phrase: from its cue to just after it.
    fn other_counterpart<'m>(
        &self,
        claim: &Claim,
        c: &Candidate,
        group: &Group,
        in_clause: &[&'m Mention],
    ) -> Option<&'m Mention> {
        let subject = Entity::Subject(group.subject);
        if !group.frame.counterparts.iter().any(|e| *e != subject) {
            return None;
        }
        let (from, to) = (claim.first_token, claim.end_token);
        let (lo, hi) = (from.min(c.start).saturating_sub(3), to.max(c.end) + 3);
        let reader = &self.index.reader;
        in_clause.iter().copied().find(|m| {
            self.ent(m, group) != subject
                && self.oblique(m, in_clause, from)
                && !reader.is_compared(self.sent, m.start)
                && m.start >= lo
                && m.start <= hi
        })
    }

    /// An apposition names who: `Singapore, Lemuria's largest investor`.
    fn apposition<'m>(&self, in_clause: &[&'m Mention], from: usize) -> Option<&'m Mention> {
        let reader = &self.index.reader;
        in_clause.iter().copied().find(|m| {
            // Not the object of a preposition (`ties with Vietnam, maintaining …`),
            // though a rival may be (`behind Singapore, Lemuria's largest investor`).
            (!reader.is_oblique(self.sent, m.start) || reader.is_compared(self.sent, m.start))
                && !reader.compared_aside(self.tokens, self.sent, m.start)
                && !self.parenthetical(m, in_clause, from)
                && m.end < from
                && self.tokens.norm(m.end) == ","
                && from - (m.end + 1) <= APPOSITION_REACH
                && !(m.end + 1..from).any(|i| matches!(self.tokens.norm(i), "," | "(" | ")"))
        })
    }

    /// A place right after the figure or its cue locates what it counts: `12 provinces
    /// in Vietnam` are not Kansai's prefectures, and `100,000 Vietnamese living and
    /// studying in Kansai` are Kansai's. After a rank, a place names whose ranking it
    /// is (`lớn nhất của Nhật Bản`), not who ranks.
    fn located<'m>(
        &self,
        claim: &Claim,
        c: &Candidate,
        in_clause: &[&'m Mention],
    ) -> Option<&'m Mention> {
        if claim.kind == Kind::Rank {
            return None;
        }
        let tail = claim.end_token.max(c.end);
        in_clause.iter().copied().find(|m| {
            self.frame
                .located
                .iter()
                .any(|&p| p >= tail && p <= tail + 1 && m.start > p && m.start <= p + 2)
        })
    }

    /// The nearest name before the figure in its clause, said directly (no preposition,
    /// no `'s` unless it owns the cue: `Japan's population is 124 million`), of an
    /// entity the fact's scope holds only as where its subject lies.
    fn country_before(
        &self,
        claim: &Claim,
        c: &Candidate,
        group: &Group,
        in_clause: &[&Mention],
    ) -> Option<Mention> {
        let (clause, from) = (&self.frame.clause, claim.first_token);
        let subject = Entity::Subject(group.subject);
        let owns_cue = |m: &Mention| m.end <= c.start && c.start - m.end <= 1;
        let m = self
            .sent
            .mentions
            .iter()
            .filter(|m| m.start >= clause.start && m.end <= from)
            .filter(|m| !self.dateline(m))
            .filter(|m| !self.tokens.list[m.end - 1].possessive || owns_cue(m))
            .max_by_key(|m| m.end)?;
        // Said in the figure's own stretch: no comma between (`… nhất Nhật Bản, với cộng
        // đồng người Việt khoảng 6.000` locates a superlative).
        let stretch = !(m.end..from).any(|i| matches!(self.tokens.norm(i), "," | "(" | ")"));
        let container = self.ent(m, group) != subject
            && stretch
            && group.frame.scope.contains(&m.entity)
            && !group.frame.counterparts.contains(&m.entity);
        // Directly: the clause's subject and its verb (`Japan has 47`), not a modifier
        // further off (`Japanese localities accommodating … more than 16,000`).
        // With the subject named in the clause too, only a name right before it does.
        let subject_named = in_clause.iter().any(|n| self.ent(n, group) == subject);
        let near = from - m.end <= DIRECT_REACH || !subject_named;
        let direct = near && !self.oblique(m, in_clause, from);
        (container && (owns_cue(m) || direct)).then_some(*m)
    }

    #[inline(never)]
    pub(super) fn name(&self, e: Entity) -> String {
        match e {
            Entity::Subject(s) => self.index.subjects.get(s).cloned().unwrap_or_default(),
            Entity::Place(p) => self.index.reader.place_name(p).to_string(),
        }
    }
}

/// How far before its figure a name says it directly (`Japan has 47`), in tokens.
const DIRECT_REACH: usize = 2;

/// How far after `Name,` an apposition's figure may stand, in tokens.
const APPOSITION_REACH: usize = 4;
