//! One sentence as the frame reader reads it once for all its claims: its clauses,
//! names, cues and questions, and what they say at a token.

use super::*;

/// One sentence, read once for all its claims.
#[derive(Debug)]
pub struct Sentence {
    /// Its tokens.
    pub range: Range<usize>,
    /// Tokens where a new clause starts (a breaker word, a cell).
    pub(super) breaks: Vec<usize>,
    /// Entities named in it.
    pub mentions: Vec<Mention>,
    pub(super) hits: Vec<(usize, usize, Cue)>,
    /// Whether it ends with a question mark.
    pub(super) question: bool,
    /// Its question marks (token indices, in order): one after a figure, even inside a
    /// quote, makes it a question.
    pub(super) question_marks: Vec<usize>,
    /// For each token (from `range.start`, and one past the end), the `(` it is in.
    pub(super) open_paren: Vec<Option<usize>>,
    /// Names continuing a list: (start, start of the list's first name).
    pub(super) list_heads: Vec<(usize, usize)>,
}

impl Sentence {
    /// Token `i` and, when a name there continues a list, the list's first name.
    pub(super) fn heads_of(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(i).chain(
            self.list_heads
                .iter()
                .find(|(s, _)| *s == i)
                .map(|(_, h)| *h),
        )
    }

    /// Whether a first-person pronoun before token `i` stands in a quote the sentence
    /// attributes (`"We have been here for 30 years," said …`).
    pub fn first_person_before(&self, i: usize) -> bool {
        let has = |c: Cue| {
            self.hits
                .iter()
                .any(|h| h.2 == c && (c == Cue::Speech || h.0 < i))
        };
        has(Cue::FirstPerson) && has(Cue::Speech)
    }

    /// Whether it is a plain question an answer after it may take its metric from
    /// (`How many Vietnamese live in Kansai?`): no figure, and no tense, modality,
    /// negation, restrictor or change of its own.
    pub fn plain_question(&self, tokens: &Tokens) -> bool {
        let marked = self.hits.iter().any(|h| {
            matches!(
                h.2,
                Cue::Forecast
                    | Cue::Reported
                    | Cue::Past
                    | Cue::RelativeYear(_)
                    | Cue::Negation
                    | Cue::Restrictor
                    | Cue::PeriodRestrictor
                    | Cue::Retraction
                    | Cue::Falsity
                    | Cue::ChangeBefore
                    | Cue::ChangeAfter
                    | Cue::Partitive
            )
        });
        let figure = self
            .range
            .clone()
            .any(|i| tokens.list[i].kind == TokenKind::Number);
        self.question && !marked && !figure
    }

    /// Whether it holds an anaphor (`it`, `the country`).
    pub fn has_anaphor(&self) -> bool {
        self.hits.iter().any(|h| h.2 == Cue::Anaphor)
    }

    /// Whether a verb of extent ends right before token `i` (`spread` of `spread over
    /// nine prefectures`): the bound word at `i` is a preposition there.
    pub fn extent_before(&self, i: usize) -> bool {
        self.hits.iter().any(|h| h.2 == Cue::Extent && h.1 == i)
    }

    /// What a rank's cue ending at token `end` is ranked by instead, when a criterion
    /// opens right after it and a superlative follows in its clause (`economies | with
    /// the largest trade`, `nền kinh tế | có quy mô thương mại lớn nhất`).
    pub fn ranked_by(&self, end: usize) -> Option<Range<usize>> {
        let by = self
            .hits
            .iter()
            .find(|h| h.2 == Cue::RankCriterion && h.0 == end)?;
        let clause = self.clause(end);
        let sup = self
            .hits
            .iter()
            .find(|h| h.2 == Cue::Superlative && h.0 >= by.1 && h.1 <= clause.end)?;
        Some(by.0..sup.1)
    }

    /// Whether a restricting modifier (`new`, `at the fair`) or a generic counted noun
    /// (`people`) stands in tokens `r`: either changes what a phrase around it counts.
    pub fn narrowed_in(&self, r: Range<usize>) -> bool {
        self.hits.iter().any(|h| {
            matches!(
                h.2,
                Cue::Restrictor | Cue::PeriodRestrictor | Cue::GenericHead
            ) && h.0 < r.end
                && r.start < h.1
        })
    }

    /// The clause containing token `i`.
    pub fn clause(&self, i: usize) -> Range<usize> {
        // `breaks` is sorted: the last break at or before `i`, the first after it.
        let k = self.breaks.partition_point(|&b| b <= i);
        let start = k
            .checked_sub(1)
            .map_or(self.range.start, |k| self.breaks[k]);
        let end = self.breaks.get(k).copied().unwrap_or(self.range.end);
        start.max(self.range.start)..end.min(self.range.end)
    }
}
