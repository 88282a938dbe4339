//! Whose figure a relation's fact judges: the pair of entities it relates, named in
//! the claim's clause or referred back to (`the two countries`).

use super::*;

impl Ctx<'_> {
    /// For a relation's `subject` (`Vietnam–Japan relations`) between `a` and `b`: a
    /// mention in the claim's clause before it when the clause names both (`Vietnam and
    /// Japan marked 50 years …`), or anywhere in a sentence naming no one else (`52
    /// years of diplomatic ties between Vietnam and Japan`), or when `the two
    /// countries` stands before it and the last two entities named in the paragraph are
    /// the pair (not `Vietnam and Brazil … the two countries`).
    pub(super) fn pair_named(
        &self,
        (a, b): (Entity, Entity),
        subject: Entity,
        claim: &Claim,
    ) -> Option<Mention> {
        let clause = &self.frame.clause;
        let from = claim.first_token;
        let before: Vec<&Mention> = self
            .sent
            .mentions
            .iter()
            .filter(|m| m.start >= clause.start && m.end <= from)
            .collect();
        let ours = |m: &Mention| m.entity == a || m.entity == b || m.entity == subject;
        // Up to a comma after the figure: `When Vietnam and Japan lifted ties to a
        // partnership in 2023, Tokyo joined …` names the pair for the year.
        let stop = (claim.end_token..clause.end)
            .find(|&i| self.tokens.norm(i) == ",")
            .unwrap_or(clause.end);
        let alone = self
            .sent
            .mentions
            .iter()
            .filter(|m| m.start >= clause.start && m.end <= stop && !self.dateline(m))
            .all(ours);
        let names = |e: Entity| before.iter().find(|m| m.entity == e).copied();
        if let (true, Some(m), Some(_)) = (alone, names(a), names(b)) {
            return Some(*m);
        }
        // Both named elsewhere in the sentence (`52 years of diplomatic ties between
        // Vietnam and Japan`), when it names no one else.
        let all = &self.sent.mentions;
        let only_pair = all.iter().filter(|m| !self.dateline(m)).all(ours);
        let named = |e: Entity| all.iter().find(|m| m.entity == e);
        if let (true, Some(m), Some(_)) = (only_pair, named(a), named(b)) {
            return Some(*m);
        }
        // The relation itself named in a sentence naming no one else (`… bilateral ties
        // … in 2023, Vietnam–Japan relations have been thriving`).
        if let (true, Some(m)) = (only_pair, named(subject)) {
            return Some(*m);
        }
        let anaphor = self.frame.pair_anaphor?;
        self.pair_before((a, b), subject, claim.sentence, anaphor)
    }

    /// For `the two countries` (or `the ties`) in the figure's clause: the relation or
    /// its pair named last before the anaphor, in its sentence and then in the earlier
    /// sentences of the paragraph and the one before it.
    fn pair_before(
        &self,
        (a, b): (Entity, Entity),
        subject: Entity,
        sentence: usize,
        from: usize,
    ) -> Option<Mention> {
        // The last two distinct entities named, in this sentence before the figure and
        // then in the earlier sentences of the paragraph and the one before it (`… Japan
        // is Vietnam's third investor.` / `Trade between the two countries …`).
        let paragraph = self.tokens.list[self.sent.range.start].paragraph;
        let earlier = self
            .sentences
            .range(..sentence)
            .rev()
            .take_while(|(_, s)| self.tokens.list[s.range.start].paragraph + 1 >= paragraph)
            .flat_map(|(_, s)| s.mentions.iter().rev());
        let mut last: Vec<Mention> = Vec::new();
        for m in self
            .sent
            .mentions
            .iter()
            .filter(|m| m.end <= from)
            .rev()
            .chain(earlier)
        {
            // The relation itself named last (`quan hệ Việt Nam - Nhật Bản … hai nước`).
            if last.is_empty() && m.entity == subject {
                return Some(*m);
            }
            // A place that is no state and not one of the pair is not what `the two
            // countries` counts (`… Vietnamese and Japanese localities met in Quang
            // Ninh. The two countries' provinces …`); another state is.
            // A capital stands for its state (`… officials in Hanoi said`).
            let entity = if m.entity == a || m.entity == b {
                m.entity
            } else {
                match self.index.reader.state(m.entity) {
                    Some(state) => state,
                    None => continue,
                }
            };
            if !last.iter().any(|l| l.entity == entity) {
                last.push(Mention { entity, ..*m });
            }
            if last.len() == 2 {
                break;
            }
        }
        match last[..] {
            [x, y] if (x.entity == a && y.entity == b) || (x.entity == b && y.entity == a) => {
                Some(x)
            }
            _ => None,
        }
    }
}
