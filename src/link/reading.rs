//! Reading a draft's claims one by one: each in its sentence (read once, with the
//! sentences before it a subject may be carried from), its cell and its cues.

use super::*;

/// Each fact's version in force on the check date.
pub(super) fn current_versions<'t>(
    index: &Index,
    table: &'t FactTable,
    as_of: Date,
) -> Vec<Option<&'t Fact>> {
    let facts = table.facts();
    index
        .groups
        .iter()
        .map(|g| {
            g.versions
                .iter()
                .rev()
                .map(|&v| &facts[v])
                .find(|f| f.as_of <= as_of)
        })
        .collect()
}

/// The figures of each sentence (claims come in text order), with kind and unit: a
/// cue governs only the nearest figure, and only one of the same kind and unit.
pub(super) fn figures_by_sentence(claims: &[Claim]) -> BTreeMap<usize, Vec<Measure<'static>>> {
    let mut figures: BTreeMap<usize, Vec<Measure>> = BTreeMap::new();
    for c in claims.iter().filter(|c| !bare_rank(c)) {
        figures
            .entry(c.sentence)
            .or_default()
            .push((c.first_token..c.end_token, c.kind, c.unit));
    }
    figures
}

/// What linking the claims of one draft reads once and keeps from claim to claim.
pub(super) struct Reading<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a Tokens,
    pub(super) index: &'a Index,
    pub(super) current: &'a [Option<&'a Fact>],
    /// The check date's year.
    pub(super) year: i32,
    pub(super) figures: BTreeMap<usize, Vec<Measure<'static>>>,
    /// The sentences a claim may still reach.
    pub(super) sentences: BTreeMap<usize, Sentence>,
    /// Per sentence, read once: its cue occurrences, and whether the next one rebuts it.
    pub(super) cue_cache: Option<(usize, Arc<Vec<CueHit>>, bool)>,
    /// The sentence's cues matched with gaps, read when a claim first needs them.
    pub(super) gapped: GappedCache,
    pub(super) lines: frame::table::Lines,
}

impl Reading<'_> {
    /// Links one claim, read in its sentence, cell and paragraph, into `out`.
    pub(super) fn link_one(&mut self, mut claim: Claim, out: &mut Vec<Linked>) {
        let (index, tokens, text) = (self.index, self.tokens, self.text);
        let Some(cell) = self.cell_of(&mut claim) else {
            return;
        };
        let s = claim.sentence;
        read_sentences(&mut self.sentences, index, tokens, text, s);
        let Some(sent) = self.sentences.get(&s) else {
            return;
        };
        // `spread over nine prefectures`: no bound, a place.
        if claim.hedge == Hedge::MoreThan && sent.extent_before(claim.first_token) {
            claim.hedge = Hedge::Exact;
        }
        let in_sentence = self.figures.get(&s).map(Vec::as_slice).unwrap_or_default();
        let near = Nearby::of(in_sentence, &claim, tokens, index.lang);
        let mut frame =
            index
                .reader
                .claim_frame(tokens, sent, &claim, (&near.others, &near.times), self.year);
        if self.cue_cache.as_ref().is_none_or(|(k, _, _)| *k != s) {
            let counted: Vec<usize> = in_sentence.iter().map(|f| f.0.end).collect();
            self.cue_cache = Some(read_cues(index, tokens, sent, s, &counted));
        }
        let Some((_, cues, rebutted)) = self.cue_cache.clone() else {
            return;
        };
        frame.retracted |= rebutted;
        // A year labelling the cell's row or column (`| 2023 | 45 billion |`) dates it.
        if let Some(c) = cell.as_ref().filter(|_| frame.year.is_none()) {
            frame.year = [c.row_label.clone(), c.header.clone()]
                .into_iter()
                .flatten()
                .find_map(|i| frame::year_of(tokens, i).map(|y| (y, Some(i..i + 1))));
        }
        let ctx = Ctx {
            cues,
            gapped: &self.gapped,
            with_gapped: Default::default(),
            cell,
            near: &near,
            text,
            tokens,
            index,
            sentences: &self.sentences,
            sent,
            frame,
            current: self.current,
            year: self.year,
        };
        ctx.link_claim(claim, out);
    }

    /// The pasted table cell the claim stands in, if any, with the unit its labels
    /// give; `None` when the claim is no claim (a bare ordinal outside a table that no
    /// rank's cue follows: `the third quarter`).
    fn cell_of(&mut self, claim: &mut Claim) -> Option<Option<frame::table::Cell>> {
        let (index, tokens) = (self.index, self.tokens);
        // A figure in a pasted table's cell reads its row and column labels.
        let mut cell = tokens
            .list
            .get(claim.first_token)
            .and_then(|t| self.lines.cell_at(self.text, tokens, t.span.start));
        if let Some(c) = &cell {
            label_unit(claim, tokens, c, index);
            // A row's first cell is read only as a rank (`| 3 | Japan |` under `| Rank
            // | Investor |`).
            if c.first_column && claim.kind != Kind::Rank {
                cell = None;
            }
        }
        // A bare number closing a list line under a rank's label (`- Rank among
        // investors: 3`, `Xếp hạng nhà đầu tư: 2`) is a rank, as in a table's cell.
        let bare_count = claim.kind == Kind::Count
            && claim.unit.is_none()
            && claim.hedge == Hedge::Exact
            && claim.span == claim.number_span;
        let closes = tokens
            .list
            .get(claim.end_token)
            .is_none_or(|t| t.sentence as usize != claim.sentence);
        if cell.is_none() && bare_count && closes {
            if let Some(label) = rank_label(index, tokens, claim) {
                claim.kind = Kind::Rank;
                claim.segments.push(label);
            }
        }
        // A bare ordinal ranks only what a table's labels name (`Rank among foreign
        // investors | 3rd`) or a rank's cue right after it (`de derde investeerder van
        // Vietnam`); elsewhere (`the third quarter`) it is not a claim.
        if bare_rank(claim) && cell.is_none() {
            let cue = ranked_cue(index, tokens, claim)
                .or_else(|| rank_label(index, tokens, claim))
                .or_else(|| answered_rank(index, tokens, claim))?;
            claim.segments.push(cue);
        }
        Some(cell)
    }
}

/// Reads sentence `s` and up to [`CARRY_SENTENCES`] before it into `sentences`, once
/// each, and drops the ones no later claim can reach.
fn read_sentences(
    sentences: &mut BTreeMap<usize, Sentence>,
    index: &Index,
    tokens: &Tokens,
    text: &str,
    s: usize,
) {
    for k in s.saturating_sub(CARRY_SENTENCES)..=s {
        sentences
            .entry(k)
            .or_insert_with(|| index.reader.sentence(tokens, text, k));
    }
    while sentences
        .first_key_value()
        .is_some_and(|(&k, _)| k + CARRY_SENTENCES < s)
    {
        sentences.pop_first();
    }
}

/// The cue occurrences of sentence `s`, and whether the next sentence of its paragraph
/// opens by rebutting it.
fn read_cues(
    index: &Index,
    tokens: &Tokens,
    sent: &Sentence,
    s: usize,
    counted: &[usize],
) -> (usize, Arc<Vec<CueHit>>, bool) {
    let found = index.cue_hits(tokens, sent.range.clone(), counted);
    let next_same_paragraph = tokens
        .sentence_starts
        .get(s + 1)
        .is_some_and(|&i| tokens.list[i].paragraph == tokens.list[sent.range.start].paragraph);
    let rebutted = next_same_paragraph && index.reader.opens_with_rebuttal(tokens, s + 1);
    (s, Arc::new(found), rebutted)
}

/// The cue occurrences of `sent` matched by stem or with gaps (`frame::gapped`) and not
/// as written: read only for a claim that no written cue of its clause names.
pub(super) fn gapped_cues(
    index: &Index,
    tokens: &Tokens,
    sent: &Sentence,
    written: &[CueHit],
) -> Vec<CueHit> {
    let mut out = index.gapped.scan(tokens, sent.range.clone());
    // A gap never hides a restricting modifier (`5 trillion VND in claims in 2024`) or
    // a generic noun that changes what is counted (`Vietnamese people live` is not the
    // cue `Vietnamese live`).
    out.retain(|hit| {
        // The cue's first and last words are its own (`Japanese` of `Japanese firms in
        // Vietnam`, `festival` of `launched the festival`).
        !written.iter().any(|f| f.0 == hit.0 && f.1 == hit.1)
            && !sent.narrowed_in(hit.0 + 1..hit.1 - 1)
    });
    out
}

/// An answer opened by a bare ordinal (`Q: Where did Japan rank in 2019? A: Third.`)
/// ranks what the question right before asks about: no cue of its own (an empty one
/// after it), so that the linker takes the question's (`Ctx::asked`).
#[inline(never)]
fn answered_rank(index: &Index, tokens: &Tokens, claim: &Claim) -> Option<Range<usize>> {
    let range = tokens.sentence_range(claim.sentence);
    let question = tokens.sentence_range(claim.sentence.checked_sub(1)?);
    let lead = range.start..claim.first_token;
    let turn = lead.len() == 2
        && tokens.norm(lead.start + 1) == ":"
        && index.reader.is_turn(tokens.norm(lead.start));
    let asked = question
        .end
        .checked_sub(1)
        .is_some_and(|k| tokens.norm(k) == "?");
    (asked && (lead.is_empty() || turn)).then_some(claim.end_token..claim.end_token)
}

/// A list line's label that names a rank (`- Rank among foreign investors: second`,
/// `Plaats onder de investeerders: tweede`): what a bare ordinal right after its colon
/// ranks, as a table's row label does for its cell.
fn rank_label(index: &Index, tokens: &Tokens, claim: &Claim) -> Option<Range<usize>> {
    let range = tokens.sentence_range(claim.sentence);
    let colon = claim.first_token.checked_sub(1)?;
    if colon <= range.start || tokens.norm(colon) != ":" {
        return None;
    }
    let rank_words = frame::cues::FrameCues::of(index.lang).rank_labels;
    let label = range.start..colon;
    label
        .clone()
        .any(|i| rank_words.contains(&tokens.norm(i)))
        .then_some(label)
}
