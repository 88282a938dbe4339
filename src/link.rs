//! Linking each claim to the fact it is about, on positive evidence only.
//!
//! This module owns the choice of fact. Candidates are the facts of the claim's kind and
//! unit whose cue stands in the claim's clause (for a count, the cue that names what
//! is counted when there is one). A candidate is linked only when the claim's frame
//! (`crate::frame`) says the figure is about the fact's subject, metric and time and is
//! asserted as a level; otherwise the best candidate is kept with the reason it was
//! held back, and the claim stays unverified. A rank is linked through the words it
//! ranks (`third largest **investor**`), one claim per coordinated phrase. It does not
//! judge whether a claim agrees (see `verdict`), only which versions it is judged by.

use crate::claim::{Claim, Hedge, Kind};
use crate::date::Date;
use crate::facts::{Fact, FactTable};
use crate::frame::{self, ClaimFrame, Entity, FactFrame, Mention, Reader, Sentence};
use crate::lang::Lang;
use crate::phrase::{Phrase, PhraseTable};
use crate::token::Tokens;
use crate::verdict::{agrees, Verdict};
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::Arc;

/// All versions of one fact, oldest first.
#[derive(Debug)]
pub struct Group {
    /// The fact id.
    pub id: String,
    /// Index of the subject, in order of first appearance in the table.
    subject: usize,
    kind: Kind,
    unit: Option<&'static str>,
    /// Indices into the table's facts, oldest `as_of` first.
    pub versions: Vec<usize>,
    /// What the fact's own words say about it.
    frame: FactFrame,
    /// The words of its cues in this language (`projects` of `Japanese investment
    /// projects`, `coffee` of `coffee exports`): a figure counting one of these counts
    /// what the fact does.
    heads: Vec<String>,
}

/// The table's subjects and cues compiled for one language.
#[derive(Debug)]
pub struct Index {
    /// Fact groups.
    pub groups: Vec<Group>,
    /// Cue phrase → the groups it cues (shared, not copied, per occurrence found).
    cue_phrases: PhraseTable<Arc<[usize]>>,
    /// Frame cues, the gazetteer and the table's subjects in this language.
    reader: Reader,
    /// Subject names, by index.
    subjects: Vec<String>,
    /// The words of a subject's name before its number (`Nhon Trach` of `Nhon Trach 3
    /// and 4`): with another number after them they name a sibling.
    stems: PhraseTable<usize>,
    /// The language.
    lang: Lang,
}

impl Index {
    /// Compiles `table`'s aliases and cues in `lang`.
    pub fn new(table: &FactTable, lang: Lang) -> Index {
        let vocab = lang.vocabulary();
        let mut by_id: BTreeMap<&str, usize> = BTreeMap::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut subjects: Vec<String> = Vec::new();
        for (i, f) in table.facts().iter().enumerate() {
            let subject = match subjects.iter().position(|s| *s == f.subject) {
                Some(s) => s,
                None => {
                    subjects.push(f.subject.clone());
                    subjects.len() - 1
                }
            };
            let g = *by_id.entry(&f.id).or_insert_with(|| {
                groups.push(Group {
                    id: f.id.clone(),
                    subject,
                    kind: f.kind,
                    unit: f.unit,
                    versions: Vec::new(),
                    frame: FactFrame::default(),
                    heads: Vec::new(),
                });
                groups.len() - 1
            });
            groups[g].versions.push(i);
        }
        let facts = table.facts();
        for g in &mut groups {
            crate::sort::by_key(&mut g.versions, |&v| facts[v].as_of);
        }
        let aliases = |lang: Lang| -> Vec<(&str, usize)> {
            subjects
                .iter()
                .enumerate()
                .flat_map(|(s, name)| table.aliases(name, lang).into_iter().map(move |a| (a, s)))
                .collect()
        };
        let stems = who::name_stems(&aliases(lang), vocab);
        let reader = Reader::new(lang, aliases(lang));
        let english = (lang != Lang::En).then(|| Reader::new(Lang::En, aliases(Lang::En)));
        for g in &mut groups {
            let latest = &facts[*g.versions.last().unwrap_or(&0)];
            g.frame = reader.fact_frame(
                english.as_ref().unwrap_or(&reader),
                (g.subject, &latest.subject),
                &latest.metric,
                &table.cues(&g.id, lang),
            );
        }
        // One phrase may cue several facts (`Vietnamese community` in Japan, Kansai, Gunma).
        let mut cues: Vec<(Phrase, Vec<usize>)> = Vec::new();
        for group in &mut groups {
            group.heads = table
                .cues(&group.id, lang)
                .iter()
                .flat_map(|cue| Phrase::new(cue, vocab).words(false).to_vec())
                .collect();
        }
        for (g, group) in groups.iter().enumerate() {
            for cue in table.cues(&group.id, lang) {
                let p = Phrase::new(cue, vocab);
                match cues.iter_mut().find(|(q, _)| *q == p) {
                    Some((_, gs)) => gs.push(g),
                    None => cues.push((p, vec![g])),
                }
            }
        }
        Index {
            groups,
            cue_phrases: PhraseTable::new(
                cues.into_iter().map(|(p, gs)| (p, Arc::from(gs))),
                vocab.plural_suffixes,
            ),
            reader,
            subjects,
            stems,
            lang,
        }
    }
}

/// A claim and the fact group it is linked to, if any.
#[derive(Debug)]
pub struct Linked {
    /// The claim (a coordinated rank yields one per phrase).
    pub claim: Claim,
    /// Index into [`Index::groups`]: the fact the claim is judged by, or, with a
    /// `reason`, the best candidate that was held back.
    pub group: Option<usize>,
    /// Why the candidate was held back; `None` when the claim is judged.
    pub reason: Option<Reason>,
    /// The words that named subject, metric and time.
    pub evidence: Evidence,
    /// When the figure holds.
    pub when: When,
    /// Whether a negation flips the (rank) claim: `no longer second`.
    pub negated: bool,
}

/// A candidate accepted for judging.
struct Accepted {
    subject: Option<Mention>,
    when: When,
    time: Option<Range<usize>>,
    negated: bool,
}

/// A figure's token range, kind and unit, for the cues only a like figure owns.
type Measure<'a> = (Range<usize>, Kind, Option<&'a str>);

/// Links every claim. `as_of` keeps out facts with no version yet. `text` is what
/// `tokens` point into (cells of pasted tables are told apart by their tabs).
pub fn link(
    text: &str,
    tokens: &Tokens,
    claims: Vec<Claim>,
    index: &Index,
    table: &FactTable,
    as_of: Date,
) -> Vec<Linked> {
    let facts = table.facts();
    // Each fact's version in force on the check date.
    let current: Vec<Option<&Fact>> = index
        .groups
        .iter()
        .map(|g| {
            g.versions
                .iter()
                .rev()
                .map(|&v| &facts[v])
                .find(|f| f.as_of <= as_of)
        })
        .collect();
    let mut sentences: BTreeMap<usize, Sentence> = BTreeMap::new();
    let mut out = Vec::with_capacity(claims.len());
    // The figures of each sentence (claims come in text order), with kind and unit: a
    // cue governs only the nearest figure, and only one of the same kind and unit.
    let mut figures: BTreeMap<usize, Vec<Measure>> = BTreeMap::new();
    for c in claims.iter().filter(|c| !bare_rank(c)) {
        figures
            .entry(c.sentence)
            .or_default()
            .push((c.first_token..c.end_token, c.kind, c.unit));
    }
    // Per sentence, read once: its cue occurrences, and whether the next one rebuts it.
    let mut cue_cache: Option<(usize, Arc<Vec<CueHit>>, bool)> = None;
    let mut lines = frame::table::Lines::default();
    for mut claim in claims {
        let s = claim.sentence;
        // A figure in a pasted table's cell reads its row and column labels.
        let cell = tokens
            .list
            .get(claim.first_token)
            .and_then(|t| lines.cell_at(text, tokens, t.span.start));
        if let Some(c) = &cell {
            label_unit(&mut claim, tokens, c, index.lang);
        }
        // A bare ordinal ranks only what a table's labels name (`Rank among foreign
        // investors | 3rd`); elsewhere (`the third quarter`) it is not a claim.
        let bare = bare_rank(&claim);
        if bare && cell.is_none() {
            continue;
        }
        // The sentence and up to CARRY_SENTENCES before it, read once each.
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
        let Some(sent) = sentences.get(&s) else {
            continue;
        };
        // Only the figures near this one matter (a sentence may hold thousands).
        let near = |r: &Range<usize>| {
            r.end + NEAR_TOKENS >= claim.first_token && r.start <= claim.end_token + NEAR_TOKENS
        };
        let in_sentence = figures.get(&s).map(Vec::as_slice).unwrap_or_default();
        let lo = in_sentence.partition_point(|(r, _, _)| r.end + NEAR_TOKENS < claim.first_token);
        let nearby = in_sentence[lo..].iter().take_while(|(r, _, _)| near(r));
        let others: Vec<Range<usize>> = nearby.clone().map(|(r, _, _)| r.clone()).collect();
        // The times among them (`binnen vijf jaar`, `in 2019`): when, not what.
        let times: Vec<Range<usize>> = nearby
            .clone()
            .filter(|(_, k, _)| matches!(k, Kind::Year | Kind::Duration))
            .map(|(r, _, _)| r.clone())
            .collect();
        // Figures that can own a cue this claim might take: the same kind and unit
        // (`premium revenue ranks among the top five …, reaching 14.83 trillion VND`:
        // the rank between does not own the amount's cue).
        let rivals: Vec<Range<usize>> = nearby
            .clone()
            .filter(|(_, k, u)| *k == claim.kind && *u == claim.unit)
            .filter(|(r, _, _)| !coordinated(tokens, index.lang, r, claim.first_token))
            .map(|(r, _, _)| r.clone())
            .collect();
        let ranks: Vec<usize> = nearby
            .filter(|(_, kind, _)| *kind == Kind::Rank)
            .map(|(r, _, _)| r.start)
            .collect();
        let mut frame =
            index
                .reader
                .claim_frame(tokens, sent, &claim, (&others, &times), year_of(as_of));
        if cue_cache.as_ref().is_none_or(|(k, _, _)| *k != s) {
            let found = index.cue_phrases.scan_all(tokens, sent.range.clone());
            let next_same_paragraph = tokens.sentence_starts.get(s + 1).is_some_and(|&i| {
                tokens.list[i].paragraph == tokens.list[sent.range.start].paragraph
            });
            let rebutted =
                next_same_paragraph && index.reader.opens_with_rebuttal(tokens, text, s + 1);
            cue_cache = Some((s, Arc::new(found), rebutted));
        }
        let Some((_, cues, rebutted)) = cue_cache.clone() else {
            continue;
        };
        if rebutted {
            frame.retracted = true;
        }
        let ctx = Ctx {
            cues,
            cell,
            ranks: &ranks,
            text,
            tokens,
            index,
            sentences: &sentences,
            sent,
            frame,
            current: &current,
            year: year_of(as_of),
        };
        if bare {
            let cands = ctx.candidates(&claim, |_, _| None);
            out.push(ctx.decide(&claim, cands));
            continue;
        }
        if claim.kind == Kind::Rank && !claim.segments.is_empty() {
            let mut seen = Vec::new();
            let mut fallback = None;
            for seg in &claim.segments {
                let cands = ctx.candidates(&claim, |start, end| {
                    (start >= seg.start && end <= seg.end).then(|| start - seg.start)
                });
                match ctx.decide(&claim, cands) {
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
                out.push(fallback.unwrap_or_else(|| unlinked(claim)));
            }
            continue;
        }
        let (from, to) = (claim.first_token, claim.end_token);
        let clause = ctx.frame.clause.clone();
        // The nearest figure owns a cue: one beyond another figure is that figure's
        // (`30 procent van … investeringen en 25 procent van de handelsomzet`).
        let beyond = |start: usize, end: usize| {
            // The other end of a range (`2.6–3 million`) is the same figure.
            let partner = |o: &Range<usize>| o.end + 1 >= from && o.start <= to + 1;
            rivals.iter().any(|o| {
                !partner(o)
                    && ((o.start >= end && o.end <= from) || (o.start >= to && o.end <= start))
            })
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
        let mut cands = ctx.candidates(&claim, |start, end| {
            if start < clause.start || end > clause.end || beyond(start, end) {
                return None; // Another clause, or another figure, says something else.
            }
            measure(start, end)
        });
        // A clause with no cue of its own may take one from an earlier clause of the
        // sentence when no other figure stands between (`kỷ niệm 30 năm …; … trong ba
        // thập kỷ qua`); the frame still has to back it.
        if cands.is_empty() {
            cands = ctx.candidates(&claim, |start, end| {
                (end <= clause.start && !beyond(start, end))
                    .then(|| measure(start, end))
                    .flatten()
            });
        }
        // What a count counts decides: a cue naming the noun right after the number
        // wins over cues elsewhere in the clause, and a specific noun no cue names
        // means the figure counts something the table does not know.
        let head = |c: &Candidate| c.start >= to && c.start < to + 2;
        // A generic word (`Vietnamese`, `people`) does not decide alone, but a cue that
        // runs on past it does (`2,000 Japanese companies`).
        let generic = to < sent.range.end
            && index.reader.is_generic(sent, to)
            && !cands.iter().any(|c| head(c) && c.end > to + 1);
        let cands = if !generic && cands.iter().any(head) {
            cands.into_iter().filter(head).collect()
        } else if let Some(noun) = index.reader.head_noun(tokens, sent, &claim, &others) {
            let what = tokens.norm(noun).to_string();
            let plurals = index.lang.vocabulary().plural_suffixes;
            // The noun is one the fact's own cues end in (singular or plural): it counts
            // what the fact counts.
            let names = |head: &String| {
                *head == what
                    || plurals.iter().any(|p| {
                        what.strip_suffix(p) == Some(head.as_str())
                            || head.strip_suffix(p) == Some(what.as_str())
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
        } else {
            cands
        };
        // A year names the event its cue names only close by (`elevated … in 2023`,
        // not `held for the 10th time in 2024`).
        let cands = if claim.kind == Kind::Year {
            let between = |c: &Candidate| {
                let (lo, hi) = if c.end <= from {
                    (c.end, from)
                } else {
                    (to, c.start)
                };
                others.iter().any(|o| o.start >= lo && o.end <= hi)
            };
            cands
                .into_iter()
                .filter(|c| c.distance <= YEAR_REACH && !between(c))
                .collect()
        } else {
            cands
        };
        let linked = ctx.decide(&claim, cands);
        // A length of time no fact takes that dates or spans a statement (`ten years
        // ago`, `in the first ten months`) is when, not a claim.
        let when = ctx.frame.point_in_time.is_some() || ctx.frame.time_span;
        if claim.kind == Kind::Duration && linked.group.is_none() && when {
            continue;
        }
        out.push(linked);
    }
    // A year that no year-fact's cue names is when something happened (`in 2019`,
    // `by 2030`), not a claim of its own: it is read as time, not reported.
    out.retain(|l| l.claim.kind != Kind::Year || l.group.is_some());
    out
}

/// A rank that names nothing it ranks: a bare ordinal (`3rd`), read only in a table.
fn bare_rank(claim: &Claim) -> bool {
    claim.kind == Kind::Rank && claim.segments.is_empty() && claim.hedge == Hedge::Exact
}

/// A cue occurrence: first token, end, the groups it cues.
type CueHit = (usize, usize, Arc<[usize]>);

/// Whether the figure at `rival` is coordinated with one starting at `from` (`14.83
/// trillion VND in 2024 and an estimated 15.73 trillion VND in 2025`): the second shares
/// the first's metric by ellipsis, so the first does not own the cue before it.
fn coordinated(tokens: &Tokens, lang: Lang, rival: &Range<usize>, from: usize) -> bool {
    // The coordinator stands just before the second figure; between the two there may
    // be the first's own words (a conversion in brackets, a year).
    const GAP: usize = 12;
    if rival.end > from || from - rival.end > GAP {
        return false;
    }
    let coordinators = lang.vocabulary().coordinators;
    (from.saturating_sub(2).max(rival.end)..from).any(|i| coordinators.contains(&tokens.norm(i)))
}

/// How far away another figure of the sentence can matter to a figure's frame, in
/// tokens.
const NEAR_TOKENS: usize = 60;

/// How far from its cue a year may stand, in tokens.
const YEAR_REACH: usize = 10;

/// A bare number in a table cell takes its unit from the row or column label
/// (`Oppervlakte (km2) | 13.000`, `Two-way trade (USD) | 48.18 bn`).
fn label_unit(claim: &mut Claim, tokens: &Tokens, cell: &frame::table::Cell, lang: Lang) {
    if claim.unit.is_some() || claim.kind != Kind::Count {
        return;
    }
    let vocab = lang.vocabulary();
    let units = PhraseTable::from_words(
        vocab
            .units
            .iter()
            .filter(|u| u.factor == 1.0)
            .map(|u| (u.phrase, (u.unit, u.kind))),
        vocab,
    );
    for r in [cell.row_label.clone(), cell.header.clone()] {
        if let Some((_, _, (unit, kind))) = units.scan(tokens, r).into_iter().next() {
            claim.unit = Some(unit);
            claim.kind = kind;
            return;
        }
    }
}

fn unlinked(claim: Claim) -> Linked {
    Linked {
        claim,
        group: None,
        reason: None,
        evidence: Evidence::default(),
        when: When::Now,
        negated: false,
    }
}

/// A cue occurrence that could link a claim to a group.
struct Candidate {
    start: usize,
    end: usize,
    group: usize,
    distance: usize,
    /// A reason found before the frame was read.
    veto: Option<Reason>,
}

/// What linking one claim needs to see.
struct Ctx<'a> {
    /// The cue occurrences of the sentence.
    cues: Arc<Vec<CueHit>>,
    /// The labels of the table cell the claim stands in, if any.
    cell: Option<frame::table::Cell>,
    /// First tokens of the rank claims of the sentence.
    ranks: &'a [usize],
    text: &'a str,
    tokens: &'a Tokens,
    index: &'a Index,
    sentences: &'a BTreeMap<usize, Sentence>,
    sent: &'a Sentence,
    frame: ClaimFrame,
    current: &'a [Option<&'a Fact>],
    /// The check date's year.
    year: i32,
}

impl Ctx<'_> {}

/// The year of a date.
fn year_of(d: Date) -> i32 {
    d.to_string()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(0)
}

/// How many earlier sentences of a paragraph lend their subject to a sentence.
const CARRY_SENTENCES: usize = 3;

/// A figure more than this many times larger or smaller than the fact is another
/// quantity, never a wrong figure for it: "nearly 23 million people" is not the Kansai
/// region's 9 prefectures, and "14 million residents" not its 2,000 companies.
const MAGNITUDE: f64 = 10.0;

mod decide;
mod judge;
mod reason;
mod who;

pub use judge::judge;
pub use reason::{Evidence, Reason, When};

#[cfg(test)]
mod tests;
