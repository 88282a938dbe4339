//! Who speaks, and who a sentence sets apart: first-person pronouns in a quote read as
//! the speaker's state (named with the quote, or introduced by an interview's lede),
//! and the names of a comparison fronted before its clause, which are no subject.

use super::*;

impl Reader {
    /// Drops the names of a comparison fronted before its clause (`Unlike Oz, Atlantis
    /// has 12 provinces`, `Anders dan Oz heeft …`): up to its comma, or without one the
    /// name right after its opening words. Not when a figure stands in it (`Compared
    /// with Japan's 3%, …`): that figure is the name's.
    #[inline(never)]
    pub(super) fn set_apart(
        &self,
        tokens: &Tokens,
        start: usize,
        hits: &[(usize, usize, Cue)],
        breaks: &[usize],
        mentions: &mut Vec<Mention>,
    ) {
        let coordinators = self.lang.vocabulary().coordinators;
        for h in hits.iter().filter(|h| h.2 == Cue::Fronted) {
            let opens = breaks
                .iter()
                .rev()
                .find(|&&b| b <= h.0)
                .map_or(start, |&b| b);
            let fronted = (opens..h.0).all(|k| {
                tokens.list[k].kind != TokenKind::Word || coordinators.contains(&tokens.norm(k))
            });
            let end = tokens.len().min(h.1 + FRONTED_REACH);
            let comma = (h.1..end).find(|&k| tokens.norm(k) == ",");
            let end = comma.unwrap_or_else(|| {
                let named = mentions
                    .iter()
                    .find(|m| m.start >= h.1 && m.start <= h.1 + 1);
                named.map_or(h.1, |m| m.end)
            });
            let figure = (h.1..end).any(|k| tokens.list[k].kind == TokenKind::Number);
            if fronted && !figure {
                mentions.retain(|m| !(m.start >= h.1 && m.end <= end));
            }
        }
    }

    /// `we`, `our` in a quote name the speaker's country: the first state the
    /// sentence names outside the quote (by name or demonym), or else the sentence
    /// before in the paragraph (`An Indonesian delegate … "For us, …," she said.`).
    /// Added to `mentions` as that state.
    #[inline(never)]
    pub(super) fn first_person(
        &self,
        tokens: &Tokens,
        range: Range<usize>,
        hits: &[(usize, usize, Cue)],
        mentions: &mut Vec<Mention>,
    ) {
        let cue = |c: Cue| hits.iter().any(|h| h.2 == c);
        if !cue(Cue::FirstPerson) {
            return;
        }
        let quotes: Vec<usize> = range.clone().filter(|&k| is_quote(tokens, k)).collect();
        let inside = |k: usize| quotes.iter().filter(|&&q| q <= k).count() % 2 == 1;
        // Without a speech verb, only inside a quote the paragraph opens (an
        // interview's answer), spoken by the one state its lede introduces.
        let opened = paragraph_quotes_before(tokens, range.start) % 2 == 1;
        let quoted = |k: usize| opened != inside(k);
        let speaker = if cue(Cue::Speech) {
            self.speaker_in(tokens, range.clone(), mentions, &|k| !inside(k))
                .or_else(|| {
                    let prev = tokens.sentence_range(s_before(tokens, range.start)?);
                    let names = self.mentions(tokens, prev.clone());
                    self.speaker_in(tokens, prev, &names, &|_| true)
                })
        } else if hits.iter().any(|h| h.2 == Cue::FirstPerson && quoted(h.0)) {
            self.interviewee(tokens, range.start)
        } else {
            None
        };
        let Some(state) = speaker else { return };
        let speech = cue(Cue::Speech);
        for h in hits.iter().filter(|h| h.2 == Cue::FirstPerson) {
            let named = mentions.iter().any(|m| m.start <= h.0 && h.0 < m.end);
            let within = if speech {
                quotes.is_empty() || inside(h.0)
            } else {
                quoted(h.0)
            };
            if within && !named {
                mentions.push(Mention {
                    start: h.0,
                    end: h.1,
                    entity: state,
                });
            }
        }
        crate::sort::by_key(mentions, |m| m.start);
    }

    /// The one state the lede of an interview introduces as its speaker (`Japan's
    /// ambassador to Vietnam, Ito Naoki, answered questions …`, `De Japanse
    /// ambassadeur in Vietnam …`, `Đại sứ Nhật Bản tại Việt Nam …`): the paragraph of
    /// the last sentence before `start` that is told, not asked or quoted; none when it
    /// names two (`a South Korean attaché and a Japanese economist`).
    fn interviewee(&self, tokens: &Tokens, start: usize) -> Option<Entity> {
        let s = tokens.list[start].sentence as usize;
        let told = (s.saturating_sub(LEDE_SENTENCES)..s).rev().find(|&k| {
            let r = tokens.sentence_range(k);
            let last = r.clone().rev().find(|&i| !is_quote(tokens, i));
            let quoted = r.clone().any(|i| is_quote(tokens, i))
                || paragraph_quotes_before(tokens, r.start) % 2 == 1;
            !quoted && last.is_some_and(|i| tokens.norm(i) == ".")
        })?;
        let paragraph = tokens.list[tokens.sentence_range(told).start].paragraph;
        let mut lo = tokens.sentence_range(told).start;
        while lo > 0 && tokens.list[lo - 1].paragraph == paragraph {
            lo -= 1;
        }
        self.sole_state(tokens, lo..tokens.sentence_range(told).end)
    }

    /// The one entity tokens `r` name directly, by name or demonym, a capital as its
    /// state (not after a preposition, not a dateline): `None` when they name none or
    /// several.
    fn sole_state(&self, tokens: &Tokens, r: Range<usize>) -> Option<Entity> {
        // `and` joins two speakers (`a Korean attaché and a Japanese economist`).
        let coordinators = self.lang.vocabulary().coordinators;
        let hits = self.cues.scan_all(tokens, r.clone());
        let oblique = |k: usize| {
            hits.iter().any(|h| {
                h.2 == Cue::Oblique
                    && h.1 <= k
                    && k - h.1 <= 1
                    && !coordinators.contains(&tokens.norm(h.0))
            })
        };
        let mentions = self.mentions(tokens, r.clone());
        let named = mentions
            .iter()
            .filter(|m| !dateline(tokens, m) && !oblique(m.start))
            .map(|m| self.state(m.entity).unwrap_or(m.entity));
        let called = r
            .filter(|&k| !mentions.iter().any(|m| m.start <= k && k < m.end) && !oblique(k))
            .filter_map(|k| self.names.demonym_at(tokens, k));
        let mut states = named.chain(called);
        let first = states.next()?;
        states.all(|e| e == first).then_some(first)
    }

    /// The first state named in `range` where `keep` holds, by name or demonym (a
    /// dateline is where the story was filed, not who speaks).
    fn speaker_in(
        &self,
        tokens: &Tokens,
        range: Range<usize>,
        mentions: &[Mention],
        keep: &dyn Fn(usize) -> bool,
    ) -> Option<Entity> {
        range.filter(|&k| keep(k)).find_map(|k| {
            let named = mentions
                .iter()
                .find(|m| m.start == k && (!dateline(tokens, m) || self.is_country(m.entity)))
                .map(|m| m.entity);
            named.or_else(|| self.names.demonym_at(tokens, k))
        })
    }
}

/// The sentence before the one starting at token `start`, in the same paragraph.
fn s_before(tokens: &Tokens, start: usize) -> Option<usize> {
    let prev = (tokens.list[start].sentence as usize).checked_sub(1)?;
    let first = tokens.sentence_range(prev).start;
    (tokens.list[first].paragraph == tokens.list[start].paragraph).then_some(prev)
}

/// Whether token `k` is a quotation mark.
fn is_quote(tokens: &Tokens, k: usize) -> bool {
    tokens.norm(k) == "\""
}

/// How many quotation marks stand in the paragraph of token `start` before it.
fn paragraph_quotes_before(tokens: &Tokens, start: usize) -> usize {
    let paragraph = tokens.list[start].paragraph;
    (0..start)
        .rev()
        .take_while(|&k| tokens.list[k].paragraph == paragraph)
        .filter(|&k| is_quote(tokens, k))
        .count()
}

/// How many sentences back an interview's answer looks for its lede.
const LEDE_SENTENCES: usize = 40;

/// The most tokens from a fronted comparison's opening words to its comma.
const FRONTED_REACH: usize = 10;
