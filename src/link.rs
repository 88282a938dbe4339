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

use crate::claim::{Claim, Hedge, Kind, Shape};
use crate::date::Date;
use crate::facts::{Fact, FactTable};
use crate::frame::{self, ClaimFrame, Entity, FactFrame, Mention, Reader, Sentence};
use crate::lang::Lang;
use crate::lang::Vocabulary;
use crate::phrase::{Phrase, PhraseTable};
use crate::token::{TokenKind, Tokens};
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
    /// The groups of the range this fact is one end of, low end first
    /// (docs/fact-table.md: a range is two rows, `at_least` and `up_to`, of one subject
    /// sharing their cues): a range in the draft is judged against both ends.
    pub range: Option<(usize, usize)>,
}

/// The table's subjects and cues compiled for one language.
#[derive(Debug)]
pub struct Index {
    /// Fact groups.
    pub groups: Vec<Group>,
    /// Cue phrase → the groups it cues (shared, not copied, per occurrence found).
    cue_phrases: PhraseTable<Arc<[usize]>>,
    /// One-word cues that change when folded, by their folded word (`dân` as `dan`):
    /// one syllable typed without diacritics is many words (`Dien dan` is `diễn
    /// đàn`, a forum), so such a word alone cues nothing.
    loose: Vec<String>,
    /// The same cues matched by stem and with gaps (`frame::gapped`).
    gapped: frame::gapped::GappedCues<Arc<[usize]>>,
    /// The same cues read word by word, for a count named by its noun (`noun`).
    nouns: noun::NounCues,
    /// Frame cues, the gazetteer and the table's subjects in this language.
    reader: Reader,
    /// Subject names, by index.
    subjects: Vec<String>,
    /// The words of a subject's name before its number (`Nhon Trach` of `Nhon Trach 3
    /// and 4`): with another number after them they name a sibling.
    stems: PhraseTable<usize>,
    /// Units and scales a table label gives a bare cell (`Vốn (triệu USD)`).
    labels: LabelWords,
    /// The language.
    lang: Lang,
}

/// The unit words (of factor 1) and scale words a table's label may give its cells,
/// compiled once per language.
#[derive(Debug)]
struct LabelWords {
    units: PhraseTable<(&'static str, Kind)>,
    scales: PhraseTable<f64>,
}

impl LabelWords {
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn new(vocab: &Vocabulary) -> LabelWords {
        let units = vocab
            .units
            .iter()
            .filter(|u| u.factor == 1.0)
            .map(|u| (u.phrase, (u.unit, u.kind)));
        LabelWords {
            units: PhraseTable::from_words(units, vocab),
            scales: PhraseTable::from_words(vocab.scales.iter().copied(), vocab),
        }
    }
}

impl Index {
    /// The cues found in tokens `range` (`scan_all`), less a folded syllable alone
    /// unless it is the noun a figure ending at one of `counted` counts (`9 tinh`).
    fn cue_hits(&self, tokens: &Tokens, range: Range<usize>, counted: &[usize]) -> Vec<CueHit> {
        let mut found = self.cue_phrases.scan_all(tokens, range);
        found.retain(|&(s, e, _)| {
            let loose = e == s + 1
                && tokens.list[s].folded
                && self.loose.iter().any(|w| w == tokens.norm(s));
            !loose || counted.contains(&s)
        });
        drop_crossed(&mut found);
        found
    }

    /// Compiles `table`'s aliases and cues in `lang`.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn new(table: &FactTable, lang: Lang) -> Index {
        let vocab = lang.vocabulary();
        let (mut groups, subjects) = groups_of(table);
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
        let facts = table.facts();
        for g in &mut groups {
            let latest = &facts[*g.versions.last().unwrap_or(&0)];
            g.frame = reader.fact_frame(
                english.as_ref().unwrap_or(&reader),
                (g.subject, &latest.subject),
                &latest.metric,
                &table.cues(&g.id, lang),
            );
            g.heads = table
                .cues(&g.id, lang)
                .iter()
                .flat_map(|cue| Phrase::new(cue, vocab).words(false).to_vec())
                .collect();
        }
        pair_range_ends(&mut groups, facts);
        let cues = cue_phrases(&groups, table, (lang, &reader), &subjects);
        let loose = Phrase::folded_only(&cues.iter().map(|(p, _)| p).collect::<Vec<_>>());
        Index {
            groups,
            loose,
            gapped: frame::gapped::GappedCues::new(cues.iter().cloned(), lang),
            nouns: noun::NounCues::new(&cues, &reader, lang),
            cue_phrases: PhraseTable::new(cues, vocab.plural_suffixes),
            reader,
            subjects,
            stems,
            labels: LabelWords::new(vocab),
            lang,
        }
    }
}

/// The table's facts grouped by id (versions oldest first), and its subjects in order
/// of first appearance.
#[cfg_attr(claimcheck_small, optimize(size))]
fn groups_of(table: &FactTable) -> (Vec<Group>, Vec<String>) {
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
        // A scan, not a map: run once per table, and a map type of its own costs the
        // browser's module more bytes than the scan costs time.
        let g = groups.iter().position(|g| g.id == f.id).unwrap_or_else(|| {
            groups.push(Group {
                id: f.id.clone(),
                subject,
                kind: f.kind,
                unit: f.unit,
                versions: Vec::new(),
                frame: FactFrame::default(),
                heads: Vec::new(),
                range: None,
            });
            groups.len() - 1
        });
        groups[g].versions.push(i);
    }
    let facts = table.facts();
    for g in &mut groups {
        crate::sort::by_key(&mut g.versions, |&v| facts[v].as_of);
    }
    (groups, subjects)
}

/// Pairs the two ends of each range: groups of one subject, kind and unit whose
/// newest versions are `at_least` and `up_to` and whose cues are the same words.
#[inline(never)]
#[cfg_attr(claimcheck_small, optimize(size))]
fn pair_range_ends(groups: &mut [Group], facts: &[Fact]) {
    let end = |g: &Group| facts[*g.versions.last().unwrap_or(&0)].qualifier;
    for a in 0..groups.len() {
        if end(&groups[a]) != Hedge::AtLeast || groups[a].heads.is_empty() {
            continue;
        }
        let (ga, heads) = (&groups[a], &groups[a].heads);
        let b = groups.iter().position(|g| {
            end(g) == Hedge::UpTo
                && (g.subject, g.kind, g.unit) == (ga.subject, ga.kind, ga.unit)
                && g.heads == *heads
        });
        if let Some(b) = b {
            groups[a].range = Some((a, b));
            groups[b].range = Some((a, b));
        }
    }
}

/// Each cue phrase of `lang` once, with the groups it cues (`Vietnamese community`
/// cues Japan's, Kansai's and Gunma's). A cue naming its subject (`in Gunma wonen`)
/// also stands with each other name of the subject and each title the language writes
/// before a name (`in de prefectuur Gunma wonen`, `người Việt tại tỉnh Gunma`).
#[cfg_attr(claimcheck_small, optimize(size))]
fn cue_phrases(
    groups: &[Group],
    table: &FactTable,
    (lang, reader): (Lang, &Reader),
    subjects: &[String],
) -> Vec<(Phrase, Arc<[usize]>)> {
    let vocab = lang.vocabulary();
    let heads = frame::cues::FrameCues::of(lang).name_heads;
    let mut cues: Vec<(Phrase, Vec<usize>)> = Vec::new();
    for (g, group) in groups.iter().enumerate() {
        let names = table.aliases(&subjects[group.subject], lang);
        // Only a place within a country takes a title (`the prefecture of`).
        let place = reader.country_of(group.subject).is_some();
        for cue in table.cues(&group.id, lang) {
            let variants = if place {
                name_variants(cue, &names, heads)
            } else {
                Vec::new()
            };
            for text in std::iter::once(cue.to_string()).chain(variants) {
                let p = Phrase::new(&text, vocab);
                match cues.iter_mut().find(|(q, _)| *q == p) {
                    Some((_, gs)) => {
                        if gs.last() != Some(&g) {
                            gs.push(g)
                        }
                    }
                    None => cues.push((p, vec![g])),
                }
            }
        }
    }
    cues.into_iter().map(|(p, gs)| (p, Arc::from(gs))).collect()
}

/// Cue `cue` with the subject's own name (`names[0]`, a whole word) written as each
/// longer name of the subject that holds it (`Gunma prefecture`) and after each title
/// of `heads` (`de prefectuur Gunma`).
#[inline(never)]
#[cfg_attr(claimcheck_small, optimize(size))]
fn name_variants(cue: &str, names: &[&str], heads: &[&str]) -> Vec<String> {
    let Some(&name) = names.first() else {
        return Vec::new();
    };
    let word = |t: &str, i: usize| {
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        edge(t[..i].chars().next_back()) && edge(t[i + name.len()..].chars().next())
    };
    let Some((at, _)) = cue.match_indices(name).find(|(i, _)| word(cue, *i)) else {
        return Vec::new();
    };
    let longer = names[1..]
        .iter()
        .filter(|n| n.match_indices(name).any(|(i, _)| word(n, i)))
        .map(|n| n.to_string());
    let titled = heads.iter().map(|h| [h, " ", name].concat());
    longer
        .chain(titled)
        .map(|r| [&cue[..at], r.as_str(), &cue[at + name.len()..]].concat())
        .collect()
}

/// A claim and the fact group it is linked to, if any.
#[derive(Clone, Debug)]
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
    let current = current_versions(index, table, as_of);
    let mut reading = Reading {
        text,
        tokens,
        index,
        current: &current,
        year: year_of(as_of),
        figures: figures_by_sentence(&claims),
        sentences: BTreeMap::new(),
        cue_cache: None,
        gapped: Default::default(),
        lines: frame::table::Lines::default(),
    };
    let mut out = Vec::with_capacity(claims.len());
    for claim in claims {
        reading.link_one(claim, &mut out);
    }
    // A year that no year-fact's cue names is when something happened (`in 2019`,
    // `by 2030`), not a claim of its own: it is read as time, not reported.
    out.retain(|l| l.claim.kind != Kind::Year || l.group.is_some());
    by_ends(out, index, text)
}

/// A draft range judged against a range on record is judged bound by bound: each
/// bound a finding of its own against its own end, so the editor sees which bound the
/// record contradicts ("between 165,000 and 195,000 ha" against a plan of 165,000 to
/// 175,000). Each half keeps the range's shape; agreement picks its bound by the end
/// it is judged against (`verdict::agrees`). A range in words stays one finding.
#[inline(never)]
#[cfg_attr(claimcheck_small, optimize(size))]
fn by_ends(linked: Vec<Linked>, index: &Index, text: &str) -> Vec<Linked> {
    if index.groups.iter().all(|g| g.range.is_none()) {
        return linked;
    }
    let mut out = Vec::with_capacity(linked.len());
    for l in linked {
        split_range(l, index, text, &mut out);
    }
    out
}

/// One linked claim, split at its bounds when it is a range against a range on record.
fn split_range(l: Linked, index: &Index, text: &str, out: &mut Vec<Linked>) {
    let range = l.group.and_then(|g| index.groups[g].range);
    let (Some((lo_g, hi_g)), None, Shape::Range { .. }) = (range, &l.reason, l.claim.shape) else {
        return out.push(l);
    };
    let n = l.claim.number_span.clone();
    let vocab = index.lang.vocabulary();
    let Some((low_end, high_start)) = text.as_bytes().get(n.clone()).and_then(|b| {
        crate::number::range_bounds(b).or_else(|| word_bounds(text.get(n.clone())?, vocab))
    }) else {
        return out.push(l);
    };
    let (low_end, high_start) = (n.start + low_end, n.start + high_start);
    let mut low = l.clone();
    low.group = Some(lo_g);
    low.claim.span.end = crate::number::past_suffix(text.as_bytes(), low_end);
    low.claim.number_span.end = low_end;
    let mut high = l;
    high.group = Some(hi_g);
    high.claim.span.start = high_start;
    high.claim.number_span.start = high_start;
    high.claim.hedge_span = None;
    out.extend([low, high]);
}

/// The ends of a range written in words (`two to four million`, `twee tot drie`, `hai
/// đến ba`): the low bound ends before the joining word, the high one starts after it
/// (byte offsets into `text`). A joining word proper (`to`) wins over `and`, which may
/// stand inside a number (`one hundred and fifty thousand to …`); of several `and`s
/// the last joins (`between one hundred and fifty and two hundred`).
fn word_bounds(text: &str, vocab: &crate::lang::Vocabulary) -> Option<(usize, usize)> {
    let (mut at, mut joiner, mut and) = (0, None, None);
    for w in text.split(' ') {
        let end = at + w.len();
        if at > 0 && vocab.range_joiners.contains(&w) {
            joiner = joiner.or(Some((at, end)));
        } else if at > 0 && vocab.range_ands.contains(&w) {
            and = Some((at, end));
        }
        at = end + 1;
    }
    let (at, end) = joiner.or(and)?;
    (end + 1 < text.len()).then_some((at - 1, end + 1))
}

/// The figures of a claim's sentence near it (a sentence may hold thousands).
struct Nearby {
    /// All of them.
    others: Vec<Range<usize>>,
    /// The times among them (`binnen vijf jaar`, `in 2019`): when, not what.
    times: Vec<Range<usize>>,
    /// Those that can own a cue the claim might take: the same kind and unit, not
    /// coordinated with it (`premium revenue ranks among the top five …, reaching 14.83
    /// trillion VND`: the rank between does not own the amount's cue).
    rivals: Vec<Range<usize>>,
    /// Those of the same kind, coordinated or not, in the same unit unless amounts (`20
    /// million EUR in exports and 10 billion USD in ODA`: the euros own `exports`).
    kin: Vec<Range<usize>>,
    /// First tokens of the ranks among them.
    ranks: Vec<usize>,
}

impl Nearby {
    fn of(in_sentence: &[Measure], claim: &Claim, tokens: &Tokens, lang: Lang) -> Nearby {
        let near = |r: &Range<usize>| {
            r.end + NEAR_TOKENS >= claim.first_token && r.start <= claim.end_token + NEAR_TOKENS
        };
        let lo = in_sentence.partition_point(|(r, _, _)| r.end + NEAR_TOKENS < claim.first_token);
        let nearby: Vec<&Measure> = in_sentence[lo..]
            .iter()
            .take_while(|(r, _, _)| near(r))
            .collect();
        let ranges = |keep: &dyn Fn(&Measure) -> bool| -> Vec<Range<usize>> {
            nearby
                .iter()
                .filter(|m| keep(m))
                .map(|(r, _, _)| r.clone())
                .collect()
        };
        Nearby {
            others: ranges(&|_| true),
            times: ranges(&|(_, k, _)| matches!(k, Kind::Year | Kind::Duration)),
            // A fraction is a share like a percentage (`30 percent of investment, and
            // a quarter of trade`): it owns its cue against a percentage too.
            rivals: ranges(&|(r, k, u)| {
                *k == claim.kind
                    && (*u == claim.unit || *k == Kind::Percent)
                    && !coordinated(tokens, lang, r, claim.first_token)
            }),
            kin: ranges(&|(_, k, u)| {
                *k == claim.kind && (*u == claim.unit || matches!(k, Kind::Percent | Kind::Amount))
            }),
            ranks: ranges(&|(_, k, _)| *k == Kind::Rank)
                .into_iter()
                .map(|r| r.start)
                .collect(),
        }
    }
}

/// A rank that names nothing it ranks: a bare ordinal (`3rd`, no superlative), read
/// only in a table. (`Atlantis is the third largest.` ranks through its clause's cues.)
fn bare_rank(claim: &Claim) -> bool {
    claim.kind == Kind::Rank
        && claim.segments.is_empty()
        && claim.hedge == Hedge::Exact
        && claim.span == claim.number_span
}

/// The cue of a rank fact right after a bare ordinal, when it ends the noun phrase (a
/// preposition, a coordinator or punctuation follows): `de tweede investeerder van ons
/// land` ranks investors, `the second investor conference` ranks conferences.
fn ranked_cue(index: &Index, tokens: &Tokens, claim: &Claim) -> Option<Range<usize>> {
    let at = claim.end_token;
    let end = tokens.sentence_range(claim.sentence).end;
    let (_, cue_end) = index
        .cue_hits(tokens, at..end, &[at])
        .into_iter()
        .filter(|(s, _, gs)| *s == at && gs.iter().any(|&g| index.groups[g].kind == Kind::Rank))
        .map(|(s, e, _)| (s, e))
        .max_by_key(|&(_, e)| e)?;
    let vocab = index.lang.vocabulary();
    let obliques = frame::cues::FrameCues::of(index.lang).obliques;
    let ends_phrase = cue_end >= end
        || tokens.list[cue_end].kind != crate::token::TokenKind::Word
        || vocab.coordinators.contains(&tokens.norm(cue_end))
        || obliques.contains(&tokens.norm(cue_end));
    ends_phrase.then_some(at..cue_end)
}

/// A cue occurrence: first token, end, the groups it cues.
type CueHit = (usize, usize, Arc<[usize]>);

/// Drops each cue that an earlier, longer cue runs into (`thỏa thuận hợp tác
/// giữa các địa phương | hai nước`: the agreements' cue has the words `địa phương`, so
/// the forum's `địa phương hai nước` is no cue there). Words are read once, leftmost
/// longest first, as a reader does; a cue inside another is kept (the longer wins on
/// its score). `hits` are in order of their start.
fn drop_crossed(hits: &mut Vec<CueHit>) {
    let mut reach: Option<(usize, usize)> = None; // (end, length) of the furthest-reaching cue so far
    hits.retain(|&(s, e, _)| {
        let crossed = reach.is_some_and(|(end, len)| end > s && end < e && len > e - s);
        if !crossed && reach.is_none_or(|(end, _)| e > end) {
            reach = Some((e, e - s));
        }
        !crossed
    });
}

/// The cues of one sentence (by its first token) matched with gaps, once read.
type GappedCache = std::cell::RefCell<Option<(usize, Arc<Vec<CueHit>>)>>;

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
/// (`Oppervlakte (km2) | 13.000`, `Two-way trade (USD) | 48.18 bn`), or is a rank
/// under a rank's label (`Plaats onder handelspartners | 4`).
fn label_unit(claim: &mut Claim, tokens: &Tokens, cell: &frame::table::Cell, index: &Index) {
    if claim.unit.is_some() || claim.kind != Kind::Count {
        return;
    }
    let rank_words = frame::cues::FrameCues::of(index.lang).rank_labels;
    let labels = [cell.row_label.clone(), cell.header.clone()];
    let bare = claim.hedge == Hedge::Exact && claim.span == claim.number_span;
    if bare
        && labels
            .iter()
            .flat_map(|r| r.clone())
            .any(|i| rank_words.contains(&tokens.norm(i)))
    {
        claim.kind = Kind::Rank;
        return;
    }
    if cell.first_column {
        return;
    }
    let words = &index.labels;
    // A unit right after a number is that figure's own (`(capacity 1,624 MW)` in a row
    // label), not the label's.
    for r in labels.clone() {
        let hit = words
            .units
            .scan(tokens, r.clone())
            .into_iter()
            .find(|(start, _, _)| !after_number(tokens, *start));
        if let Some((_, _, (unit, kind))) = hit {
            claim.unit = Some(unit);
            claim.kind = kind;
            label_scale(claim, tokens, r, &words.scales);
            return;
        }
    }
    // A count under `Population (million)`.
    for r in labels {
        if label_scale(claim, tokens, r, &words.scales) {
            return;
        }
    }
}

/// A scale word in the label that gave a cell its unit applies to the cell's figure
/// (`Capital (USD million) | 1,400` is 1.4 billion USD), unless it follows a number.
fn label_scale(
    claim: &mut Claim,
    tokens: &Tokens,
    label: Range<usize>,
    scales: &PhraseTable<f64>,
) -> bool {
    let hit = scales
        .scan(tokens, label)
        .into_iter()
        .find(|(start, _, _)| !after_number(tokens, *start));
    if let Some((_, _, factor)) = hit {
        claim.value *= factor;
        claim.tolerance *= factor;
    }
    hit.is_some()
}

/// Whether token `start` follows a number (a unit or scale word that is that number's).
fn after_number(tokens: &Tokens, start: usize) -> bool {
    start > 0 && tokens.list[start - 1].kind == TokenKind::Number
}

/// Whether a claim may be judged by a fact of `kind` and `unit`: the same kind and
/// unit, or a fraction (`a quarter of trade`) against a share, which the verdict
/// compares as a percentage.
#[inline(never)]
fn fits(claim: &Claim, kind: Kind, unit: Option<&str>) -> bool {
    claim.kind == kind
        && (claim.unit == unit || (claim.shape == Shape::Fraction && unit == Some("%")))
}

/// The claim's value in a fact's unit: a fraction (ratio 0.25) as a percentage.
#[inline(never)]
fn value_in(claim: &Claim, unit: Option<&str>) -> f64 {
    if claim.shape == Shape::Fraction && unit == Some("%") {
        claim.value * 100.0
    } else {
        claim.value
    }
}

#[inline(never)]
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
    /// Its cues matched with gaps, read once per sentence when a claim needs them.
    gapped: &'a GappedCache,
    /// Whether candidates are looked for among them too.
    with_gapped: std::cell::Cell<bool>,
    /// The labels of the table cell the claim stands in, if any.
    cell: Option<frame::table::Cell>,
    /// The figures near the claim in its sentence.
    near: &'a Nearby,
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
mod general;
mod judge;
mod noun;
mod pair;
mod reading;
mod reason;
mod who;

pub use judge::judge;
use reading::{current_versions, figures_by_sentence, Reading};
pub use reason::{Evidence, Reason, When};

#[cfg(test)]
mod tests;
