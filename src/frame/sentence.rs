//! One sentence as the frame reader reads it once for all its claims: its clauses,
//! names, cues and questions, and what they say at a token.

use super::*;

/// A year (with the words that gave it) and a past tense's words.
pub type AskedTime = (Option<(i32, Option<Range<usize>>)>, Option<Range<usize>>);

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
    /// Commas that open a new predicate (`, and upgraded …`), in order.
    pub(super) predicates: Vec<usize>,
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

    /// Whether a comma in tokens `r` opens a new predicate ([`opens_predicate`]).
    pub fn new_predicate_in(&self, r: Range<usize>) -> bool {
        let i = self.predicates.partition_point(|&p| p < r.start);
        self.predicates.get(i).is_some_and(|&p| p < r.end)
    }

    /// Whether it is a plain question an answer after it may take its metric from
    /// (`How many Vietnamese live in Kansai?`): no figure but a year, and no modality,
    /// negation, restrictor or change of its own. Its year or past tense (`Where did
    /// Japan rank in 2019?`) is the answer's time ([`Sentence::asked_time`]).
    pub fn plain_question(&self, tokens: &Tokens) -> bool {
        let marked = self.hits.iter().any(|h| {
            matches!(
                h.2,
                Cue::Forecast
                    | Cue::Reported
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
            .any(|i| tokens.list[i].kind == TokenKind::Number && year_of(tokens, i).is_none());
        self.question && !marked && !figure
    }

    /// The time a plain question asks about, which an answer taking its metric from it
    /// takes too: its year (a written one, or `last year` against `year`), else its
    /// past tense.
    #[inline(never)]
    pub fn asked_time(&self, tokens: &Tokens, year: i32) -> AskedTime {
        let written = self
            .range
            .clone()
            .find_map(|i| year_of(tokens, i).map(|y| (y, Some(i..i + 1))));
        let relative = || {
            self.hits.iter().find_map(|h| match h.2 {
                Cue::RelativeYear(d) => Some((year + d, Some(h.0..h.1))),
                _ => None,
            })
        };
        let past = self
            .hits
            .iter()
            .find(|h| h.2 == Cue::Past)
            .map(|h| h.0..h.1);
        (written.or_else(relative), past)
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

/// Whether the comma at token `k` opens a new predicate (`established relations in
/// 1973, and upgraded ties to a … Partnership`): a finite or past verb right after it,
/// or after a coordinator. `hits` are the sentence's cues, in text order.
pub(super) fn opens_predicate(
    lang: Lang,
    tokens: &Tokens,
    hits: &[(usize, usize, Cue)],
    k: usize,
    end: usize,
) -> bool {
    let mut v = k + 1;
    if v < end && lang.vocabulary().coordinators.contains(&tokens.norm(v)) {
        v += 1;
    }
    let at = &hits[hits.partition_point(|h| h.0 < v)..];
    v < end
        && (at
            .iter()
            .take_while(|h| h.0 == v)
            .any(|h| matches!(h.2, Cue::Finite | Cue::Past))
            || (tokens.list[v].kind == TokenKind::Word && past_form(tokens.norm(v), lang)))
}

/// Whether normalised word `w` ends like a finite past verb of `lang` (`-ed`, `-de`),
/// with a stem of more than two letters.
#[inline(never)]
pub(super) fn past_form(w: &str, lang: Lang) -> bool {
    FrameCues::of(lang)
        .past_endings
        .iter()
        .any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}
