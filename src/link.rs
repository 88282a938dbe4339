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

use crate::claim::{ByteSpan, Claim, Kind};
use crate::date::Date;
use crate::facts::{Fact, FactTable};
use crate::frame::{self, ClaimFrame, Entity, FactFrame, Mention, Reader, Sentence};
use crate::lang::Lang;
use crate::phrase::{Phrase, PhraseTable};
use crate::token::Tokens;
use crate::verdict::{agrees, Verdict};
use std::collections::BTreeMap;
use std::fmt;
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
            lang,
        }
    }
}

/// When a linked figure holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Now (the check date): the default.
    Now,
    /// An explicit past year: judged by the version in force at its end.
    Year(i32),
    /// A past tense with no date (`was`): backed by any version, never outdated.
    Earlier,
}

/// Why a candidate fact was not used to judge a figure.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// The figure is about another entity.
    OtherSubject(String),
    /// No subject, or more than one, is named in the sentence or just before it.
    NoSubject,
    /// The figure counts something the fact does not (`students`).
    Counts(String),
    /// A modifier narrows the figure where the fact is not narrowed (`new`, `at the fair`).
    Restricted(String),
    /// A forecast, target or conditional, against a level.
    Forecast(String),
    /// A level, against a target or projection.
    Target,
    /// A change, against a level.
    Change,
    /// The text negates the figure and it is not a rank.
    Negated(String),
    /// The text quotes the figure to reject it.
    Retracted,
    /// The sentence asks rather than asserts.
    Question,
    /// A length of time that names a moment (`ten years ago`).
    PointInTime(String),
    /// The figure is thousands of times off the fact: another quantity.
    Magnitude,
    /// The fact is for other years than the figure.
    Period(String),
    /// A one-period figure against a running total.
    Cumulative,
    /// The record has no version for the figure's year, and the figure disagrees with
    /// the later one.
    NoVersionThen(i32),
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::OtherSubject(who) => write!(f, "this sentence is about {who}"),
            Reason::NoSubject => f.write_str("the sentence does not say whose figure this is"),
            Reason::Counts(what) => write!(f, "the figure counts \"{what}\""),
            Reason::Restricted(what) => {
                write!(
                    f,
                    "the figure is narrowed by \"{what}\", which the record is not"
                )
            }
            Reason::Forecast(cue) => {
                write!(
                    f,
                    "a forecast, target or condition (\"{cue}\") is not a current level"
                )
            }
            Reason::Target => {
                f.write_str("the record is a target or projection, the figure is not")
            }
            Reason::Change => f.write_str("the figure is a change, the record a level"),
            Reason::Negated(cue) => write!(f, "the text negates the figure (\"{cue}\")"),
            Reason::Retracted => f.write_str("the text quotes this figure in order to reject it"),
            Reason::Question => f.write_str("the sentence asks a question"),
            Reason::PointInTime(w) => write!(f, "\"{w}\" makes it a moment, not a length of time"),
            Reason::Magnitude => {
                f.write_str("the figure is far from the record's order of magnitude")
            }
            Reason::Period(years) => write!(f, "the record's figure is for {years}"),
            Reason::Cumulative => f.write_str("a figure for one period is not a running total"),
            Reason::NoVersionThen(y) => write!(f, "the record has no figure for {y}"),
        }
    }
}

/// The words that made a link, as byte spans into the draft segment.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Evidence {
    /// The words naming the subject (possibly in an earlier sentence).
    pub subject: Option<ByteSpan>,
    /// The cue naming the metric.
    pub metric: Option<ByteSpan>,
    /// The words naming the time, if any.
    pub time: Option<ByteSpan>,
    /// The time as shown: `now`, `2019`, `earlier`.
    pub time_label: String,
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
    for c in &claims {
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
        let mut frame = index
            .reader
            .claim_frame(tokens, sent, &claim, &others, year_of(as_of));
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
        out.push(ctx.decide(&claim, cands));
    }
    out
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

impl Ctx<'_> {
    /// The cue occurrences of the claim's sentence whose group fits the claim's kind
    /// and unit and has a version on the check date, and that `distance` accepts.
    fn candidates(
        &self,
        claim: &Claim,
        distance: impl Fn(usize, usize) -> Option<usize>,
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
            found.extend(self.index.cue_phrases.scan_all(self.tokens, r.clone()));
        }
        for (start, end, groups) in self.cues.iter().cloned().chain(found) {
            // A cue in the cell's row or column label names the cell's metric.
            let label = labels.iter().any(|r| start >= r.start && end <= r.end);
            let Some(d) = (if label { Some(1) } else { distance(start, end) }) else {
                continue;
            };
            for &g in groups.iter() {
                let group = &self.index.groups[g];
                if group.kind == claim.kind && group.unit == claim.unit && self.current[g].is_some()
                {
                    out.push(Candidate {
                        start,
                        end,
                        group: g,
                        distance: d,
                        veto: None,
                    });
                }
            }
        }
        out
    }

    /// The best accepted candidate, or else the best held back with its reason.
    fn decide(&self, claim: &Claim, cands: Vec<Candidate>) -> Linked {
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
                    let off = (f.value - claim.value).abs() / claim.value.abs().max(1.0);
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
        let tokens = self.tokens;
        let bytes =
            |r: Range<usize>| tokens.list[r.start].span.start..tokens.list[r.end - 1].span.end;
        if let Some((_, c, a)) = best {
            let time_label = match a.when {
                When::Now => "now".to_string(),
                When::Year(y) => y.to_string(),
                When::Earlier => "earlier".to_string(),
            };
            return Linked {
                claim: claim.clone(),
                group: Some(c.group),
                reason: None,
                evidence: Evidence {
                    subject: a.subject.map(|m| bytes(m.start..m.end)),
                    metric: Some(bytes(c.start..c.end)),
                    time: a.time.map(bytes),
                    time_label,
                },
                when: a.when,
                negated: a.negated,
            };
        }
        match held {
            Some((_, c, r)) => Linked {
                claim: claim.clone(),
                group: Some(c.group),
                reason: Some(r),
                evidence: Evidence {
                    metric: Some(bytes(c.start..c.end)),
                    ..Evidence::default()
                },
                when: When::Now,
                negated: false,
            },
            None => unlinked(claim.clone()),
        }
    }

    /// Whether the frame lets candidate `c` judge the claim, and on what evidence.
    fn accept(&self, claim: &Claim, c: &Candidate) -> Result<Accepted, Reason> {
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
        // before it (`diplomatic relations 50 years ago`).
        if let Some(p) = &f.point_in_time {
            let dated = c.end <= claim.first_token && claim.first_token - c.end <= 3;
            if !dated {
                return Err(Reason::PointInTime(words(p)));
            }
        }
        if f.change && group.kind != Kind::Multiple {
            return Err(Reason::Change);
        }
        let negated = match &f.negated {
            Some(n) if claim.kind != Kind::Rank => return Err(Reason::Negated(words(n))),
            n => n.is_some(),
        };
        let subject = self.who(claim, c, group)?;
        if matches!(claim.kind, Kind::Amount | Kind::Count | Kind::Percent) {
            for r in &f.restrictors {
                let inside_cue = r.start >= c.start && r.end <= c.end;
                let in_name = self
                    .sent
                    .mentions
                    .iter()
                    .any(|m| r.start < m.end && m.start < r.end);
                let w = words(r);
                // A restrictor typed without diacritics is covered by the fact's own.
                let folded = self.tokens.list[r.start].folded;
                let covered = ff
                    .covered
                    .iter()
                    .any(|c| *c == w || (folded && crate::lang::detect::fold(c) == w));
                if !inside_cue && !in_name && !covered {
                    return Err(Reason::Restricted(w));
                }
            }
        }
        if !matches!(claim.kind, Kind::Rank | Kind::Year) {
            if let Some(fact) = self.current[c.group] {
                let (a, b) = (claim.value.abs(), fact.value.abs());
                // Only against a false alarm: a figure the fact backs stays linked.
                if a.max(b) > MAGNITUDE * a.min(b).max(f64::MIN_POSITIVE) && !agrees(claim, fact) {
                    return Err(Reason::Magnitude);
                }
            }
        }
        let (mut when, mut time) = (When::Now, None);
        if let Some((y, span)) = &f.year {
            if ff.periods.contains(y) {
                time = span.clone();
            } else if ff.cumulative {
                return Err(Reason::Cumulative);
            } else if !ff.periods.is_empty() {
                let years: Vec<String> = ff.periods.iter().map(|p| p.to_string()).collect();
                return Err(Reason::Period(years.join(", ")));
            } else {
                if *y < self.year {
                    when = When::Year(*y);
                }
                time = span.clone();
            }
        } else if let Some(p) = &f.past {
            when = When::Earlier;
            time = Some(p.clone());
        }
        Ok(Accepted {
            subject,
            when,
            time,
            negated,
        })
    }

    /// Who the figure is about, for a fact with `group`'s subject: the nearest entity
    /// named before it in its clause (or else after it), skipping names that are part
    /// of the fact's own metric (`Vietnam` in "Vietnam's foreign investors"); with none,
    /// the last entity named earlier in the sentence or in the paragraph's previous
    /// sentences, when no other entity competes there.
    fn who(&self, claim: &Claim, c: &Candidate, group: &Group) -> Result<Option<Mention>, Reason> {
        let subject = Entity::Subject(group.subject);
        let keep = |m: &&Mention| m.entity == subject || !group.frame.scope.contains(&m.entity);
        let clause = &self.frame.clause;
        let (from, to) = (claim.first_token, claim.end_token);
        // In a table, the column header (or else the row label) says whose figure it is.
        if let Some(cell) = &self.cell {
            let named: Vec<Mention> = [cell.header.clone(), cell.row_label.clone()]
                .into_iter()
                .flat_map(|r| self.index.reader.mentions(self.tokens, r))
                .filter(|m| keep(&m))
                .collect();
            if let Some(m) = named.first() {
                return if m.entity == subject {
                    Ok(Some(*m))
                } else {
                    Err(Reason::OtherSubject(self.name(m.entity)))
                };
            }
        }
        // A name run on by a number that is no figure (`Nhon Trach 2`, against a subject
        // `Nhon Trach 3 and 4`) names something else.
        let numbered = |m: &Mention| {
            self.tokens.list.get(m.end).is_some_and(|t| {
                t.kind == crate::token::TokenKind::Number
                    && t.sentence == self.tokens.list[m.start].sentence
                    && !(m.end >= from && m.end < to)
            })
        };
        if let Some(m) = self
            .sent
            .mentions
            .iter()
            .find(|m| m.entity == subject && numbered(m) && m.start >= clause.start)
        {
            let name = frame::words(self.tokens, m.start..m.end + 1);
            return Err(Reason::OtherSubject(name));
        }
        let in_clause: Vec<&Mention> = self
            .sent
            .mentions
            .iter()
            .filter(|m| m.start >= clause.start && m.end <= clause.end)
            .filter(|m| !(m.start >= from && m.end <= to))
            // A name inside the cue is the fact's own wording unless it is the subject.
            .filter(|m| m.entity == subject || !(m.start >= c.start && m.end <= c.end))
            .filter(keep)
            .collect();
        // A name after a preposition (`trade with Vietnam`, `ahead of South Korea`) is
        // not who the figure is about; another counterpart than the fact's own is
        // another figure, though (`trade with Singapore`).
        // So is the possessor of a rank (`Vietnam's largest investor`): what it ranks
        // among, not who ranks.
        let ranked_among = |m: &Mention| {
            self.tokens.list[m.end - 1].possessive
                && self.ranks.iter().any(|&r| r >= m.end && r <= m.end + 1)
        };
        // A name set off by commas after another (`The plants, Vietnam's first to …,
        // were inaugurated`) describes that one; it is not who.
        let parenthetical = |m: &Mention| {
            let comma = |i: usize| self.tokens.norm(i) == ",";
            let open = (clause.start..m.start).rev().find(|&i| comma(i));
            let close = (m.end..from).find(|&i| comma(i));
            matches!((open, close), (Some(a), Some(_)) if in_clause.iter().any(|p| p.end == a))
        };
        let compared = |m: &Mention| self.index.reader.is_compared(self.sent, m.start);
        let oblique = |m: &&&Mention| {
            self.index.reader.is_oblique(self.sent, m.start)
                || ranked_among(m)
                || compared(m)
                || parenthetical(m)
        };
        let counterpart = group.frame.counterparts.iter().any(|e| *e != subject);
        if counterpart {
            // Only in the figure's own phrase: from its cue to just after it.
            let (lo, hi) = (from.min(c.start).saturating_sub(3), to.max(c.end) + 3);
            if let Some(m) = in_clause.iter().find(|m| {
                m.entity != subject && oblique(m) && !compared(m) && m.start >= lo && m.start <= hi
            }) {
                return Err(Reason::OtherSubject(self.name(m.entity)));
            }
        }
        // An apposition names who: `Singapore, Lemuria's largest investor`.
        let apposition = in_clause.iter().find(|m| {
            // Not the object of a preposition (`ties with Vietnam, maintaining …`),
            // though a rival may be (`behind Singapore, Lemuria's largest investor`).
            (!self.index.reader.is_oblique(self.sent, m.start) || compared(m))
                && m.end < from
                && self.tokens.norm(m.end) == ","
                && from - (m.end + 1) <= APPOSITION_REACH
                && !(m.end + 1..from).any(|i| matches!(self.tokens.norm(i), "," | "(" | ")"))
        });
        if let Some(m) = apposition {
            return if m.entity == subject {
                Ok(Some(**m))
            } else {
                Err(Reason::OtherSubject(self.name(m.entity)))
            };
        }
        let direct = |m: &&&Mention| !oblique(m);
        let before = in_clause
            .iter()
            .filter(|m| m.end <= from)
            .filter(direct)
            .max_by_key(|m| m.end)
            .or_else(|| {
                in_clause
                    .iter()
                    .filter(|m| m.end <= from && m.entity == subject)
                    .max_by_key(|m| m.end)
            });
        let after = in_clause
            .iter()
            .filter(|m| m.start >= to && (m.entity == subject || !oblique(m)))
            .min_by_key(|m| m.start);
        // A place right after the figure or its cue locates what it counts: `12
        // provinces in Vietnam` are not Kansai's prefectures, and `100,000 Vietnamese
        // living and studying in Kansai` are Kansai's.
        let tail = to.max(c.end);
        let located = in_clause.iter().find(|m| {
            self.frame
                .located
                .iter()
                .any(|&p| p >= tail && p <= tail + 1 && m.start > p && m.start <= p + 2)
        });
        if let Some(m) = located {
            return if m.entity == subject {
                Ok(Some(**m))
            } else {
                Err(Reason::OtherSubject(self.name(m.entity)))
            };
        }
        if let Some(m) = before.or(after) {
            return if m.entity == subject {
                Ok(Some(**m))
            } else {
                Err(Reason::OtherSubject(self.name(m.entity)))
            };
        }
        // Carried: earlier in the sentence, then the previous sentences of the paragraph.
        let paragraph = self.tokens.list[self.sent.range.start].paragraph;
        let earlier: Vec<&Mention> = self
            .sent
            .mentions
            .iter()
            .filter(|m| m.end <= clause.start)
            .filter(keep)
            .collect();
        let mut windows: Vec<Vec<&Mention>> = vec![earlier];
        for (_, s) in self.sentences.range(..claim.sentence).rev() {
            // Only an anaphor (`it`, `the association`) reaches into earlier paragraphs.
            if self.tokens.list[s.range.start].paragraph != paragraph
                && self.frame.anaphor.is_none()
            {
                break;
            }
            windows.push(s.mentions.iter().filter(keep).collect());
        }
        // A headline right above the paragraph names the story's subject.
        let first = self.tokens.list[self.paragraph_start()].sentence as usize;
        let headline = first
            .checked_sub(1)
            .filter(|&h| is_headline(self.tokens, h))
            .map(|h| self.index.reader.sentence(self.tokens, self.text, h));
        if let Some(h) = &headline {
            windows.push(h.mentions.iter().filter(keep).collect());
        }
        for w in windows {
            let (Some(first), Some(last)) = (w.first(), w.last()) else {
                continue;
            };
            // The sentence's subject or the entity named last, when the other names
            // in between are not that entity's rivals for the figure.
            let last = if first.entity == subject { first } else { last };
            return if last.entity == subject {
                // The anaphor, when there is one, is what names the subject here.
                Ok(Some(match &self.frame.anaphor {
                    Some(a) => Mention {
                        start: a.start,
                        end: a.end,
                        entity: subject,
                    },
                    None => **last,
                }))
            } else {
                Err(Reason::OtherSubject(self.name(last.entity)))
            };
        }
        Err(Reason::NoSubject)
    }

    /// The first token of the claim's paragraph.
    fn paragraph_start(&self) -> usize {
        let p = self.tokens.list[self.sent.range.start].paragraph;
        let mut i = self.sent.range.start;
        while i > 0 && self.tokens.list[i - 1].paragraph == p {
            i -= 1;
        }
        i
    }

    fn name(&self, e: Entity) -> String {
        match e {
            Entity::Subject(s) => self.index.subjects.get(s).cloned().unwrap_or_default(),
            Entity::Place(p) => self.index.reader.place_name(p).to_string(),
        }
    }
}

/// The year of a date.
fn year_of(d: Date) -> i32 {
    d.to_string()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(0)
}

/// Whether sentence `s` is a headline: a paragraph of its own, short, with no final
/// punctuation.
fn is_headline(tokens: &Tokens, s: usize) -> bool {
    let r = tokens.sentence_range(s);
    let (Some(first), Some(last)) = (r.clone().next(), r.clone().last()) else {
        return false;
    };
    let alone = tokens.list[first].paragraph == tokens.list[last].paragraph
        && (first == 0 || tokens.list[first - 1].paragraph != tokens.list[first].paragraph)
        && tokens
            .list
            .get(last + 1)
            .is_none_or(|t| t.paragraph != tokens.list[last].paragraph);
    alone && r.len() <= HEADLINE_TOKENS && !matches!(tokens.norm(last), "." | "!" | "?" | ":")
}

/// The longest headline, in tokens.
const HEADLINE_TOKENS: usize = 24;

/// How far after `Name,` an apposition's figure may stand, in tokens.
const APPOSITION_REACH: usize = 4;

/// How many earlier sentences of a paragraph lend their subject to a sentence.
const CARRY_SENTENCES: usize = 3;

/// A figure more than this many times larger or smaller than the fact is another
/// quantity, never a wrong figure for it: "nearly 23 million people" is not the Kansai
/// region's 9 prefectures, and "14 million residents" not its 2,000 companies.
const MAGNITUDE: f64 = 10.0;

/// The verdict on a linked claim, the version shown with it, the older version an
/// `outdated` verdict rests on, and why it was not judged. `versions` are the group's
/// versions on or before the check date, oldest first.
pub fn judge<'f>(
    l: &Linked,
    versions: &[&'f Fact],
) -> (Verdict, Option<&'f Fact>, Option<&'f Fact>, Option<String>) {
    let current = versions.last().copied();
    if let Some(r) = &l.reason {
        return (Verdict::Unverified, current, None, Some(r.to_string()));
    }
    let Some(now) = current else {
        return (Verdict::Unverified, None, None, None);
    };
    if l.negated {
        // "No longer second": contradicted only while the record still says second.
        let v = if agrees(&l.claim, now) {
            Verdict::Discrepancy
        } else {
            Verdict::Consistent
        };
        return (v, current, None, None);
    }
    match l.when {
        When::Now => {
            let (v, older) = crate::verdict::judge(&l.claim, versions);
            (v, current, older, None)
        }
        When::Earlier => match crate::verdict::judge(&l.claim, versions) {
            // A past tense backed by an older version is true of that time; one no
            // version backs may be true of a time the record does not cover.
            (Verdict::Outdated, older) => (Verdict::Consistent, older, None, None),
            (Verdict::Consistent, older) => (Verdict::Consistent, current, older, None),
            _ => (
                Verdict::Unverified,
                current,
                None,
                Some("the figure is in the past tense with no date, and no version of the record backs it".to_string()),
            ),
        },
        When::Year(y) => {
            let then: Vec<&Fact> = versions
                .iter()
                .copied()
                .filter(|f| year_of(f.as_of) <= y)
                .collect();
            // With no version by the end of that year, the first one recorded the
            // next year reports it (a source of 2025 gives the figures of 2024).
            let next = versions
                .iter()
                .copied()
                .find(|f| year_of(f.as_of) == y + 1)
                .filter(|_| then.is_empty());
            let then = match next {
                Some(f) => vec![f],
                None => then,
            };
            match then.last() {
                Some(&at) => {
                    let (v, older) = crate::verdict::judge(&l.claim, &then);
                    (v, Some(at), older, None)
                }
                // Reported later: the later record backs it, but cannot contradict it.
                None if agrees(&l.claim, now) => (Verdict::Consistent, current, None, None),
                None => (
                    Verdict::Unverified,
                    current,
                    None,
                    Some(Reason::NoVersionThen(y).to_string()),
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests;
