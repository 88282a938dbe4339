//! Linking each claim to the fact it is about.
//!
//! This module owns the choice of fact: among facts of the claim's kind and unit whose
//! subject is named in the claim's sentence (or, failing that, in the last sentence
//! that named one), the one whose cue is nearest the number wins. A rank is linked
//! through the words it ranks (`third largest **investor**`), one claim per
//! coordinated phrase (`fourth largest **trade** and **tourism partner**`). It does not
//! judge whether the claim agrees (see `verdict`).

use crate::claim::{Claim, Kind};
use crate::date::Date;
use crate::facts::{Fact, FactTable};
use crate::lang::Lang;
use crate::phrase::{Phrase, PhraseTable};
use crate::token::Tokens;
use crate::verdict::agrees;
use std::collections::BTreeMap;
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
}

/// The table's subjects and cues compiled for one language.
#[derive(Debug)]
pub struct Index {
    /// Fact groups.
    pub groups: Vec<Group>,
    subject_phrases: PhraseTable<usize>,
    /// Cue phrase → the groups it cues (shared, not copied, per occurrence found).
    cue_phrases: PhraseTable<Arc<[usize]>>,
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
                });
                groups.len() - 1
            });
            groups[g].versions.push(i);
        }
        let facts = table.facts();
        for g in &mut groups {
            g.versions.sort_by_key(|&v| facts[v].as_of);
        }
        let subject_phrases = PhraseTable::new(
            subjects.iter().enumerate().flat_map(|(s, name)| {
                table
                    .aliases(name, lang)
                    .into_iter()
                    .map(move |a| (Phrase::new(a, vocab), s))
            }),
            vocab.plural_suffixes,
        );
        // One phrase may cue several facts (`Vietnamese community` in Japan, Kansai, Gunma).
        let mut cues: Vec<(Phrase, Vec<usize>)> = Vec::new();
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
            subject_phrases,
            cue_phrases: PhraseTable::new(
                cues.into_iter().map(|(p, gs)| (p, Arc::from(gs))),
                vocab.plural_suffixes,
            ),
        }
    }
}

/// A claim and the fact group it is linked to, if any.
#[derive(Debug)]
pub struct Linked {
    /// The claim (a coordinated rank yields one per phrase).
    pub claim: Claim,
    /// Index into [`Index::groups`].
    pub group: Option<usize>,
}

/// Links every claim. `as_of` keeps out facts with no version yet.
pub fn link(
    tokens: &Tokens,
    claims: Vec<Claim>,
    index: &Index,
    table: &FactTable,
    as_of: Date,
) -> Vec<Linked> {
    let facts = table.facts();
    let mut out = Vec::with_capacity(claims.len());
    let mut context = Context::default();
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
    for claim in claims {
        context.advance_to(tokens, index, claim.sentence);
        // Among equally good links, prefer the fact the claim agrees with, then the
        // closest: the two ends of `165,000–175,000 ha` share their cues.
        let fit = |g: usize| match current[g] {
            Some(f) => {
                let off = (f.value - claim.value).abs() / claim.value.abs().max(1.0);
                let fit = (agrees(&claim, f), -((off * 1e6).min(1e15) as i64));
                (plausible(claim.value, f.value), fit)
            }
            None => (false, (false, i64::MIN)),
        };
        // A fact with no version yet on the check date cannot be linked.
        let eligible = |g: usize| {
            let group = &index.groups[g];
            group.kind == claim.kind && group.unit == claim.unit && current[g].is_some()
        };
        if claim.kind == Kind::Rank && !claim.segments.is_empty() {
            let mut linked_any = false;
            let mut seen = Vec::new();
            for seg in &claim.segments {
                let best = best_group(
                    &context,
                    index,
                    seg.clone(),
                    |g, start, end| {
                        (eligible(g) && start >= seg.start && end <= seg.end)
                            .then(|| start - seg.start)
                    },
                    &fit,
                );
                if let Some(g) = best {
                    if !seen.contains(&g) {
                        seen.push(g);
                        out.push(Linked {
                            claim: claim.clone(),
                            group: Some(g),
                        });
                        linked_any = true;
                    }
                }
            }
            if !linked_any {
                out.push(Linked { claim, group: None });
            }
            continue;
        }
        let (from, to) = (claim.first_token, claim.end_token);
        let best = best_group(
            &context,
            index,
            from.saturating_sub(CUE_REACH)..to + CUE_REACH,
            |g, start, end| {
                let distance = if end <= from {
                    from - end
                } else if start >= to {
                    start - to
                } else if start >= from && end <= to {
                    return None; // The cue is the claim's own words.
                } else {
                    0 // The cue runs on from the claim: `40 years of Doi Moi`.
                };
                eligible(g).then_some(distance)
            },
            &fit,
        );
        out.push(Linked { claim, group: best });
    }
    out
}

/// The subjects and cues of the current sentence, and the subjects carried over.
#[derive(Default)]
struct Context {
    sentence: Option<usize>,
    /// (first token, subject) in this sentence.
    mentions: Vec<(usize, usize)>,
    /// Subjects named in the last few sentences.
    carried: Vec<usize>,
    /// (start, end, groups) cue occurrences in this sentence.
    cues: Vec<(usize, usize, Arc<[usize]>)>,
    /// Subject mentions of recently scanned sentences, so that a run of sentences with
    /// claims scans each one once rather than once per following sentence.
    recent: Vec<(usize, Vec<(usize, usize)>)>,
}

impl Context {
    /// The (first token, subject) mentions of sentence `s`, scanned once.
    fn mentions_of(&mut self, tokens: &Tokens, index: &Index, s: usize) -> Vec<(usize, usize)> {
        if let Some((_, m)) = self.recent.iter().find(|(k, _)| *k == s) {
            return m.clone();
        }
        let m: Vec<(usize, usize)> = index
            .subject_phrases
            .scan(tokens, tokens.sentence_range(s))
            .into_iter()
            .map(|(start, _, subj)| (start, subj))
            .collect();
        if self.recent.len() > CARRY_SENTENCES {
            self.recent.remove(0);
        }
        self.recent.push((s, m.clone()));
        m
    }

    fn advance_to(&mut self, tokens: &Tokens, index: &Index, sentence: usize) {
        if self.sentence == Some(sentence) {
            return;
        }
        // Subjects named in the last few sentences carry over to one that names none
        // ("It has signed 17 FTAs"), and across a headline into its story.
        self.carried.clear();
        for s in sentence.saturating_sub(CARRY_SENTENCES)..sentence {
            for (_, subject) in self.mentions_of(tokens, index, s) {
                if !self.carried.contains(&subject) {
                    self.carried.push(subject);
                }
            }
        }
        self.mentions = self.mentions_of(tokens, index, sentence);
        // Cues may overlap: `largest investor` and `investor`, `ODA donor` and `ODA`
        // all count.
        self.cues = index
            .cue_phrases
            .scan_all(tokens, tokens.sentence_range(sentence));
        self.sentence = Some(sentence);
    }
}

/// Whether a claimed value could be a (wrong) figure for a fact's value: within a factor
/// of 100. "nearly 23 million people" is not the Kansai region's 9 prefectures, however
/// near the word `prefectures` stands; "48.18 million USD" may still be a slip for the
/// 48.18 billion of two-way trade when nothing else fits.
fn plausible(claimed: f64, fact: f64) -> bool {
    let (a, b) = (
        claimed.abs().max(f64::MIN_POSITIVE),
        fact.abs().max(f64::MIN_POSITIVE),
    );
    a.max(b) / a.min(b) <= 100.0
}

/// How far (in tokens) from a claim a cue is looked for: far beyond any sentence of
/// news copy, and it keeps a pathological sentence of thousands of figures linear
/// (each claim weighs the cues near it, not every cue of the sentence).
const CUE_REACH: usize = 400;

/// How many earlier sentences lend their subjects to a sentence.
const CARRY_SENTENCES: usize = 3;

/// How good a link is: whether the figure is of the fact's order of magnitude, nearness
/// and cue length, where the subject is named, how well the value fits, and table order;
/// compared lexicographically, higher is better.
type Score = (bool, i64, i64, (bool, i64), i64);

/// The best group among cue occurrences that `distance` accepts (returning the distance
/// from the claim), weighing cue length, distance and where the subject is named.
fn best_group(
    context: &Context,
    index: &Index,
    within: std::ops::Range<usize>,
    distance: impl Fn(usize, usize, usize) -> Option<usize>,
    fit: &dyn Fn(usize) -> (bool, (bool, i64)),
) -> Option<usize> {
    let mut best: Option<(Score, usize)> = None;
    // Cues are in text order: only those starting within `within` are weighed.
    let first = context.cues.partition_point(|c| c.0 < within.start);
    let near = context.cues[first..]
        .iter()
        .take_while(|c| c.0 < within.end);
    for (start, end, groups) in near {
        for &g in groups.iter() {
            let Some(d) = distance(g, *start, *end) else {
                continue;
            };
            let subject = index.groups[g].subject;
            // Named in the sentence: earlier (the grammatical subject) is better.
            let named = context
                .mentions
                .iter()
                .find(|m| m.1 == subject)
                .map(|m| m.0 as i64);
            let subject_rank = match named {
                Some(pos) => 2_000_000 - pos,
                None if context.carried.contains(&subject) => 1_000_000,
                None => continue,
            };
            // Nearness first; a longer (more specific) cue breaks near-ties.
            let words = (end - start) as i64;
            let (plausible, fit) = fit(g);
            let score = (
                plausible,
                words - 3 * d as i64,
                subject_rank,
                fit,
                -(g as i64),
            );
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, g));
            }
        }
    }
    best.map(|(_, g)| g)
}
