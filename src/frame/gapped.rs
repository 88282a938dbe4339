//! Cue phrases matched by stem and with gaps: a named reading for the phrasings a
//! contiguous match misses (`65 Gunma businesses **now** invest in Vietnam` against a cue
//! `businesses investing in Vietnam`).
//!
//! A cue of two or more words matches when its words stand in order in one stretch of
//! words: each word the cue's word or an inflection of the same stem (the language's
//! `inflections`: `invest`, `invests`, `investing`, `invested`), or, in a language of
//! closed compounds, the cue's last word as a compound's head
//! (`investeringsprojecten` for `projecten`); between two of its words at most
//! [`GAP`] other words, never a number, a punctuation mark, a coordinator or a name's capital. What
//! the match names is still decided by the linker's rules: the cue must head the
//! figure's phrase, and a restricting modifier the fact lacks still blocks it.

use crate::fnv::FnvMap;
use crate::lang::Lang;
use crate::phrase::Phrase;
use crate::token::{TokenKind, Tokens};
use std::ops::Range;

/// The most words between two words of a cue.
pub const GAP: usize = 2;

/// The shortest stem two inflected words must share.
const MIN_STEM: usize = 4;

/// Cue phrases of two or more words with a value each, by the first [`MIN_STEM`]
/// letters of their first word (plain and folded).
#[derive(Debug)]
pub struct GappedCues<T> {
    phrases: Vec<(Phrase, T)>,
    /// `u32` indices: the same map type as `PhraseTable`'s, so the wasm holds one copy
    /// of its code.
    by_key: FnvMap<String, Vec<u32>>,
    inflections: &'static [&'static str],
    compounds: bool,
    /// The language's coordinators: a gap never holds one (`firms and investing`).
    coordinators: &'static [&'static str],
    /// The most tokens a match can span: its words, a gap after each, and a hyphen
    /// token beside each word.
    reach: usize,
}

/// The letters a word is looked up by: its first [`MIN_STEM`].
pub fn key(w: &str) -> &str {
    match w.char_indices().nth(MIN_STEM) {
        Some((i, _)) => &w[..i],
        None => w,
    }
}

impl<T: Clone> GappedCues<T> {
    /// Compiles `phrases` (their single words left out: a contiguous match finds them).
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn new(phrases: impl IntoIterator<Item = (Phrase, T)>, lang: Lang) -> GappedCues<T> {
        // A cue opening with a function word (`in 2024`, `van de regio`) is matched only
        // as written: with a gap it would reach across what it should be narrowed by.
        let c = super::cues::FrameCues::of(lang);
        let function = |w: &str| {
            [
                c.obliques,
                c.location_preps,
                c.determiners,
                c.amount_connectors,
            ]
            .iter()
            .any(|l| l.contains(&w))
        };
        let phrases: Vec<(Phrase, T)> = phrases
            .into_iter()
            .filter(|(p, _)| p.len() >= 2 && !function(&p.words(false)[0]))
            .collect();
        let mut by_key: FnvMap<String, Vec<u32>> = FnvMap::default();
        for (k, (p, _)) in phrases.iter().enumerate() {
            let k = k as u32;
            for folded in [false, true] {
                let first = key(&p.words(folded)[0]).to_string();
                let list = by_key.entry(first).or_default();
                if list.last() != Some(&k) {
                    list.push(k);
                }
            }
        }
        let reach = phrases.iter().map(|(p, _)| p.len()).max().unwrap_or(0) * (GAP + 2);
        GappedCues {
            reach,
            phrases,
            by_key,
            inflections: super::cues::FrameCues::of(lang).inflections,
            compounds: lang.vocabulary().compounds,
            coordinators: lang.vocabulary().coordinators,
        }
    }

    /// Every match in `range`: (first token, end, value).
    pub fn scan(&self, tokens: &Tokens, range: Range<usize>) -> Vec<(usize, usize, T)> {
        self.find(tokens, range, None)
    }

    /// Every match in `range` split by the figure at `hole` (`Japanese firms now number
    /// 1,500 in Vietnam` for the cue `Japanese firms in Vietnam`, `trade worth 52 billion
    /// USD flowed between Vietnam and Japan`): a cue written around its figure names
    /// the figure's metric as one written whole does. The figure takes no gap word.
    pub fn around(
        &self,
        tokens: &Tokens,
        range: Range<usize>,
        hole: Range<usize>,
    ) -> Vec<(usize, usize, T)> {
        // Only a match's reach around the figure is read: a sentence of thousands of
        // figures stays linear.
        let range = range.start.max(hole.start.saturating_sub(self.reach))
            ..range.end.min(hole.end + self.reach);
        let mut out = self.find(tokens, range, Some(&hole));
        out.retain(|h| h.0 < hole.start && h.1 > hole.end);
        out
    }

    fn find(
        &self,
        tokens: &Tokens,
        range: Range<usize>,
        hole: Option<&Range<usize>>,
    ) -> Vec<(usize, usize, T)> {
        let mut out = Vec::new();
        if self.phrases.is_empty() {
            return out;
        }
        let starts = range.start..hole.map_or(range.end, |h| h.start);
        for i in starts {
            if tokens.list[i].kind != TokenKind::Word {
                continue;
            }
            let Some(list) = self.by_key.get(key(tokens.norm(i))) else {
                continue;
            };
            // Phrases of one key often share their first word: one that failed at `i`
            // fails again (the first word takes no gap), so it is not retried.
            let folded = tokens.list[i].folded;
            let mut failed: Option<&str> = None;
            for &k in list {
                let (p, v) = &self.phrases[k as usize];
                let first = p.words(folded)[0].as_str();
                if failed == Some(first) {
                    continue;
                }
                if !self.same(tokens.norm(i), first, false) {
                    failed = Some(first);
                    continue;
                }
                if let Some(end) = self.match_at(tokens, (i, range.end), p, hole) {
                    out.push((i, end, v.clone()));
                }
            }
        }
        out
    }

    /// The end of `p` matched from token `i`, with gaps, before `end`.
    fn match_at(
        &self,
        tokens: &Tokens,
        (i, end): (usize, usize),
        p: &Phrase,
        hole: Option<&Range<usize>>,
    ) -> Option<usize> {
        let words = p.words(tokens.list[i].folded);
        let last = words.len() - 1;
        let mut j = i;
        for (n, w) in words.iter().enumerate() {
            let mut gap = 0;
            loop {
                if j >= end {
                    return None;
                }
                let t = &tokens.list[j];
                if tokens.is_hyphen(j) && n > 0 {
                    j += 1;
                    continue;
                }
                if let Some(h) = hole.filter(|h| n > 0 && h.start == j) {
                    j = h.end;
                    continue;
                }
                if self.same(tokens.norm(j), w, n == last) {
                    break;
                }
                // A gap holds only plain words: no number, mark or name (the first
                // word takes no gap: asked first, it spares the coordinator lookup).
                let plain = |t: &crate::token::Token| {
                    t.kind == TokenKind::Word
                        && !t.capitalised
                        && !self.coordinators.contains(&tokens.norm(j))
                };
                if n == 0 || gap == GAP || !plain(t) {
                    return None;
                }
                gap += 1;
                j += 1;
            }
            j += 1;
        }
        Some(j)
    }

    /// Whether token `t` is cue word `w` (see [`same_word`]).
    fn same(&self, t: &str, w: &str, last: bool) -> bool {
        same_word(t, w, self.inflections, self.compounds && last)
    }
}

/// Whether token `t` is cue word `w`: the same word, the same stem with another of
/// `inflections`, or (with `head`, in a language of closed compounds) a compound whose
/// head it is (`investeringsprojecten` for `projecten`).
pub fn same_word(t: &str, w: &str, inflections: &[&str], head: bool) -> bool {
    if t == w {
        return true;
    }
    let compound = head && w.chars().count() > MIN_STEM && t.len() >= w.len() + 3 && t.ends_with(w);
    compound || same_stem(t, w, inflections)
}

/// The letters a word is looked up by (see [`GappedCues`]); a compound is also looked
/// up by each head it may have.
pub fn lookup_keys(w: &str, compounds: bool) -> impl Iterator<Item = &str> {
    let heads = w
        .char_indices()
        .skip(1)
        .map(|(i, _)| &w[i..])
        .filter(move |h| compounds && h.chars().count() > MIN_STEM);
    std::iter::once(w).chain(heads).map(key)
}

/// Whether `a` and `b` are one stem with two of `inflections` (`""` is the bare stem):
/// `invest`/`investing`, `company`/`companies`.
pub fn same_stem(a: &str, b: &str, inflections: &[&str]) -> bool {
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    // Most words compared share no stem: answer them before the list lookups.
    if common < MIN_STEM {
        return false;
    }
    let ok = |rest: &str| rest.is_empty() || inflections.contains(&rest);
    if OPPOSITE_FORMS
        .iter()
        .any(|&(x, y)| (a == x && b == y) || (a == y && b == x))
    {
        return false;
    }
    (MIN_STEM..=common)
        .rev()
        .filter(|&k| a.is_char_boundary(k) && b.is_char_boundary(k))
        .any(|k| ok(&a[k..]) && ok(&b[k..]))
}

/// Forms of one stem that say opposite things (`a developed country`, `a developing
/// country`): never one word.
const OPPOSITE_FORMS: &[(&str, &str)] =
    &[("developed", "developing"), ("ontwikkeld", "ontwikkelend")];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem_per_language() {
        let en = super::super::cues::FrameCues::of(Lang::En).inflections;
        let nl = super::super::cues::FrameCues::of(Lang::Nl).inflections;
        let rows: &[(&[&str], &str, &str, bool)] = &[
            (en, "invest", "investing", true),
            (en, "invested", "investing", true),
            (en, "company", "companies", true),
            (en, "operate", "operating", true),
            (en, "investor", "investment", false),
            (en, "partner", "partnership", false),
            (en, "state", "statement", false),
            (en, "life", "lift", false),
            (en, "trade", "trader", false),
            (en, "developed", "developing", false),
            (nl, "Japanse", "Japans", true),
            (nl, "bedrijf", "bedrijven", false),
            (nl, "project", "projecten", true),
        ];
        for (infl, a, b, want) in rows {
            assert_eq!(
                same_stem(&a.to_lowercase(), &b.to_lowercase(), infl),
                *want,
                "{a} {b}"
            );
        }
    }
}
