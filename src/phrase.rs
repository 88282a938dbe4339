//! Matching written phrases (`more than`, `two-way trade`, `Nhật Bản`) against tokens.
//!
//! Phrases are tokenised like drafts, so matching is token by token on normalised text
//! (lower case, NFC). Hyphens are skipped inside a phrase (`two-way` matches `two way`),
//! and a phrase never crosses a sentence boundary. Tokens of a paragraph typed without
//! diacritics (marked folded by the tokenizer) match the phrase folded (`người Việt`
//! as `nguoi viet`). This module owns matching only; what a phrase means is
//! the caller's business.

use crate::fnv::FnvMap;
use crate::lang::detect::fold;
use crate::lang::Vocabulary;
use crate::token::{tokenize, Tokens};
use trie::{Trie, ROOT};

mod trie;

/// A phrase as a list of normalised tokens, hyphens removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    words: Vec<String>,
    /// The words without diacritics, when that differs from `words`.
    folded: Option<Vec<String>>,
}

impl Phrase {
    /// Tokenises `text` in `vocab`'s style.
    pub fn new(text: &str, vocab: &Vocabulary) -> Phrase {
        let t = tokenize(text, vocab);
        let words = (0..t.len())
            .filter(|&i| !t.is_hyphen(i))
            .map(|i| t.norm(i).to_string())
            .collect::<Vec<_>>();
        // Folding changes only non-ASCII words (most phrases have none).
        let folded = words
            .iter()
            .any(|w| !w.is_ascii())
            .then(|| words.iter().map(|w| fold(w)).collect::<Vec<_>>())
            .filter(|folded| *folded != words && !vocab.never_folded.contains(&text));
        Phrase { words, folded }
    }

    /// The words matched against tokens folded or not.
    pub fn words(&self, folded: bool) -> &[String] {
        match &self.folded {
            Some(f) if folded => f,
            _ => &self.words,
        }
    }

    /// The one-word phrases of `phrases` that match a word only once it is folded
    /// (`Nhật` as `nhat`, `dân` as `dan`): their folded words that no phrase has
    /// unfolded, which typed without diacritics may be an ordinary word (`lon nhat`,
    /// `dien dan`).
    pub fn folded_only(phrases: &[&Phrase]) -> Vec<String> {
        let one = |folded| phrases.iter().map(move |p| p.words(folded));
        let mut plain: Vec<&[String]> = one(false).filter(|w| w.len() == 1).collect();
        crate::sort::by(&mut plain, |a, b| a.cmp(b));
        one(true)
            .filter(|w| w.len() == 1 && plain.binary_search(w).is_err())
            .map(|w| w[0].clone())
            .collect()
    }

    /// How many tokens (hyphens aside) the phrase has.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the phrase has no tokens (written as only spaces or hyphens).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The first token.
    pub fn first(&self) -> Option<&str> {
        self.words.first().map(String::as_str)
    }

    /// Whether the first word changes when folded (`người`).
    fn first_folds(&self) -> bool {
        self.folded
            .as_ref()
            .is_some_and(|f| f.first() != self.words.first())
    }

    /// The last token, the key phrases are looked up by when read backwards.
    pub fn last(&self) -> Option<&str> {
        self.words.last().map(String::as_str)
    }

    /// Matches the phrase at token `i`; returns the index one past its last token.
    /// A word also matches itself with one of the `plural` endings (`partner` +
    /// `s`).
    pub fn match_at(&self, tokens: &Tokens, i: usize, plural: &[&str]) -> Option<usize> {
        let first = tokens.list.get(i)?;
        let sentence = first.sentence;
        let mut j = i;
        for (k, word) in self.words(first.folded).iter().enumerate() {
            if k > 0 {
                while j < tokens.len() && tokens.is_hyphen(j) {
                    j += 1;
                }
            }
            let tok = tokens.list.get(j)?;
            if tok.sentence != sentence || !word_matches(tokens.norm(j), word, plural) {
                return None;
            }
            j += 1;
        }
        (!self.words.is_empty()).then_some(j)
    }
}

fn word_matches(token: &str, word: &str, plural: &[&str]) -> bool {
    token == word
        || (token.len() > word.len()
            && token.starts_with(word)
            && plural.contains(&&token[word.len()..]))
}

/// The most plural endings a language may list.
pub const MAX_PLURAL_SUFFIXES: usize = 4;

/// Phrases with a value each, looked up by their words.
///
/// The lookup lives in [`Index`], which is not generic: the matching code exists once
/// in the WebAssembly, not once per value type, and each phrase is stored once.
#[derive(Debug)]
pub struct PhraseTable<T> {
    index: Index,
    /// The value of phrase `k` of the index.
    values: Vec<T>,
}

/// Phrases by their words, as positions in `phrases`.
#[derive(Debug)]
struct Index {
    /// Longest first, so `more than` wins over `more`.
    phrases: Vec<Phrase>,
    /// Every phrase by its words.
    plain: Trie,
    /// The phrases that change when folded, by their folded words: folded tokens look
    /// phrases up here and in `plain` (skipping those that fold there).
    folded: Trie,
    /// The phrases by their last token, for [`PhraseTable::ending_at`].
    by_last: Bucket,
    /// The same by their folded last word, for phrases whose last word changes when
    /// folded (a folded token is plain ASCII, so it never finds the same phrase twice).
    folded_last: Bucket,
    plural: &'static [&'static str],
}

/// Phrase ids by a word.
type Bucket = FnvMap<String, Vec<u32>>;

/// Where a match stands in the order the phrases were once tried in, one by one: by
/// the first word's lookup (plain, then each plural ending; folded ones after), then
/// by phrase. Of equally long matches, the last one tried wins; `scan_all` lists
/// them in this order.
type Tried = (usize, u32);

impl Index {
    /// Files `phrases` (longest first already, none empty) by their words.
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn new(phrases: Vec<Phrase>, plural: &'static [&'static str]) -> Index {
        let mut index = Index {
            phrases: Vec::new(),
            plain: Trie::new(),
            folded: Trie::new(),
            by_last: Bucket::default(),
            folded_last: Bucket::default(),
            plural,
        };
        for (k, p) in (0u32..).zip(&phrases) {
            index.plain.insert(&p.words, k);
            if let Some(f) = &p.folded {
                index.folded.insert(f, k);
            }
            let file =
                |map: &mut Bucket, word: &str| map.entry(word.to_string()).or_default().push(k);
            if let (Some(last), Some(f_last)) = (p.last(), p.words(true).last()) {
                if last != f_last {
                    file(&mut index.folded_last, f_last);
                }
                file(&mut index.by_last, last);
            }
        }
        index.phrases = phrases;
        index
    }

    /// Calls `f(end, (lookup, phrase))` for each phrase matching at token `i` (see
    /// [`Phrase::match_at`] and [`Tried`]). Callbacks are behind `dyn`: one copy of
    /// the matching code in the WebAssembly.
    #[inline(never)]
    fn each_match(&self, tokens: &Tokens, i: usize, f: &mut dyn FnMut(usize, Tried)) {
        let Some(first) = tokens.list.get(i) else {
            return;
        };
        let folded = first.folded;
        let word = tokens.norm(i);
        let tries: &[&Trie] = if folded {
            &[&self.plain, &self.folded]
        } else {
            &[&self.plain]
        };
        for &trie in tries {
            let in_folded = std::ptr::eq(trie, &self.folded);
            trie.each_child(ROOT, word, self.plural, &mut |lookup, c| {
                let mut report = |end: usize, node: u32| {
                    for &k in &trie.ends[node as usize] {
                        let p = &self.phrases[k as usize];
                        // A folded token matches a phrase by its folded words, found in
                        // the folded trie.
                        if folded && !in_folded && p.folded.is_some() {
                            continue;
                        }
                        // Phrases whose first word folds were once tried after the rest.
                        let late = in_folded && p.first_folds();
                        let group = lookup + usize::from(late) * (1 + MAX_PLURAL_SUFFIXES);
                        f(end, (group, k));
                    }
                };
                trie.descend(tokens, (i + 1, c), first.sentence, self.plural, &mut report);
            });
        }
    }

    /// Calls `f` with each phrase `map` files under `word`, then under `word` less
    /// each plural ending. (A loop with a callback: the nested iterator adapters this
    /// replaced were a tenth of a whole check.)
    fn each_filed(&self, map: &Bucket, word: &str, f: &mut impl FnMut(u32)) {
        if map.is_empty() {
            return;
        }
        if let Some(list) = map.get(word) {
            list.iter().for_each(|&k| f(k));
        }
        for suffix in self.plural.iter().take(MAX_PLURAL_SUFFIXES) {
            if let Some(list) = word.strip_suffix(suffix).and_then(|stem| map.get(stem)) {
                list.iter().for_each(|&k| f(k));
            }
        }
    }

    /// Calls `f` with each phrase `plain` files under token `i` (or its singular), and,
    /// when the token is folded, each `folded` files under it.
    fn each_filed_at(
        &self,
        (plain, folded): (&Bucket, &Bucket),
        tokens: &Tokens,
        i: usize,
        f: &mut impl FnMut(u32),
    ) {
        let word = tokens.norm(i);
        self.each_filed(plain, word, f);
        if tokens.list[i].folded {
            self.each_filed(folded, word, f);
        }
    }

    fn match_at(&self, k: u32, tokens: &Tokens, i: usize) -> Option<usize> {
        self.phrases[k as usize].match_at(tokens, i, self.plural)
    }

    /// The longest phrase starting at token `i`: (end, phrase). Of equally long
    /// matches, the last one tried.
    fn longest_at(&self, tokens: &Tokens, i: usize) -> Option<(usize, u32)> {
        let mut best: Option<(usize, Tried)> = None;
        self.each_match(tokens, i, &mut |end, tried| {
            if best.is_none_or(|b| (end, tried) > b) {
                best = Some((end, tried));
            }
        });
        best.map(|(end, (_, k))| (end, k))
    }

    /// The longest phrase ending exactly at `end` and starting at or after `floor`.
    fn ending_at(&self, tokens: &Tokens, end: usize, floor: usize) -> Option<(usize, u32)> {
        if end == 0 || end > tokens.len() {
            return None;
        }
        let mut best: Option<(usize, u32)> = None;
        let last = end - 1;
        let mut consider = |k: u32| {
            let reach = self.phrases[k as usize].len() * 2;
            let lowest = end.saturating_sub(reach).max(floor);
            for start in lowest..end {
                if self.match_at(k, tokens, start) == Some(end)
                    && best.is_none_or(|(s, _)| start < s)
                {
                    best = Some((start, k));
                    break;
                }
            }
        };
        self.each_filed_at(
            (&self.by_last, &self.folded_last),
            tokens,
            last,
            &mut consider,
        );
        best
    }

    /// Every occurrence of every phrase starting in tokens `starts` and ending by
    /// `limit`: (start, end, phrase), at each start in the order tried.
    fn scan_all(
        &self,
        tokens: &Tokens,
        starts: std::ops::Range<usize>,
        limit: usize,
    ) -> Vec<(usize, usize, u32)> {
        let mut found = Vec::new();
        let mut here: Vec<(Tried, usize)> = Vec::new();
        for i in starts {
            self.each_match(tokens, i, &mut |end, tried| {
                if end <= limit {
                    let at = here.partition_point(|&(t, _)| t < tried);
                    here.insert(at, (tried, end));
                }
            });
            found.extend(here.drain(..).map(|((_, k), end)| (i, end, k)));
        }
        found
    }

    /// The longest non-overlapping occurrences in tokens `range`.
    fn scan(&self, tokens: &Tokens, range: std::ops::Range<usize>) -> Vec<(usize, usize, u32)> {
        let mut found = Vec::new();
        let mut i = range.start;
        while i < range.end {
            match self.longest_at(tokens, i) {
                Some((end, k)) if end <= range.end => {
                    found.push((i, end, k));
                    i = end;
                }
                _ => i += 1,
            }
        }
        found
    }
}

impl<T: Clone> PhraseTable<T> {
    /// Builds a table; words also match themselves with one of the `plural` endings
    /// (a language's [`Vocabulary::plural_suffixes`], or none).
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn new(
        entries: impl IntoIterator<Item = (Phrase, T)>,
        plural: &'static [&'static str],
    ) -> PhraseTable<T> {
        let mut all: Vec<(Phrase, T)> =
            entries.into_iter().filter(|(p, _)| !p.is_empty()).collect();
        // Longest first, so `more than` wins over `more`.
        crate::sort::by_key(&mut all, |(p, _)| std::cmp::Reverse(p.len()));
        let (phrases, values) = all.into_iter().unzip();
        PhraseTable {
            index: Index::new(phrases, plural),
            values,
        }
    }

    /// Builds a table from a vocabulary list of `(phrase, value)`.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn from_words<'a>(
        words: impl IntoIterator<Item = (&'a str, T)>,
        vocab: &Vocabulary,
    ) -> PhraseTable<T> {
        PhraseTable::new(
            words.into_iter().map(|(w, v)| (Phrase::new(w, vocab), v)),
            &[],
        )
    }

    /// The first words of the table's phrases (one per phrase, repeats included).
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.index.phrases.iter().filter_map(Phrase::first)
    }

    fn value(&self, k: u32) -> &T {
        &self.values[k as usize]
    }

    /// The longest phrase starting at token `i`: (end, value).
    pub fn longest_at(&self, tokens: &Tokens, i: usize) -> Option<(usize, &T)> {
        let (end, k) = self.index.longest_at(tokens, i)?;
        Some((end, self.value(k)))
    }

    /// Whether some phrase starts at token `i`; returns its end.
    pub fn at(&self, tokens: &Tokens, i: usize) -> Option<usize> {
        self.index.longest_at(tokens, i).map(|(end, _)| end)
    }

    /// The longest phrase that ends exactly at token index `end` (exclusive) and starts
    /// at or after `floor`: (start, value).
    pub fn ending_at(&self, tokens: &Tokens, end: usize, floor: usize) -> Option<(usize, &T)> {
        let (start, k) = self.index.ending_at(tokens, end, floor)?;
        Some((start, self.value(k)))
    }

    /// The values of the phrases starting at token `i` and ending by `end`, shorter
    /// ones included, in the order [`PhraseTable::scan_all`] lists them.
    pub fn starting_at(
        &self,
        tokens: &Tokens,
        i: usize,
        end: usize,
    ) -> impl Iterator<Item = T> + '_ {
        let found = self.index.scan_all(tokens, i..i + 1, end);
        found.into_iter().map(|(_, _, k)| self.value(k).clone())
    }

    /// Every occurrence of every phrase in tokens `range`, shorter ones inside longer
    /// ones included (`ODA` inside `ODA donor`): (start, end, value).
    pub fn scan_all(
        &self,
        tokens: &Tokens,
        range: std::ops::Range<usize>,
    ) -> Vec<(usize, usize, T)> {
        let end = range.end;
        self.with_values(self.index.scan_all(tokens, range, end))
    }

    /// Every phrase occurrence in tokens `range`, the longest at each position, not
    /// overlapping: (start, end, value).
    pub fn scan(&self, tokens: &Tokens, range: std::ops::Range<usize>) -> Vec<(usize, usize, T)> {
        self.with_values(self.index.scan(tokens, range))
    }

    fn with_values(&self, found: Vec<(usize, usize, u32)>) -> Vec<(usize, usize, T)> {
        found
            .into_iter()
            .map(|(s, e, k)| (s, e, self.value(k).clone()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn matches_across_hyphens_and_plurals() {
        let v = Lang::En.vocabulary();
        let t = tokenize("a two way trade of partners", v);
        let table = PhraseTable::new(
            [
                (Phrase::new("two-way trade", v), 1),
                (Phrase::new("partner", v), 2),
            ],
            v.plural_suffixes,
        );
        let found = table.scan(&t, 0..t.len());
        assert_eq!(found, [(1, 4, 1), (5, 6, 2)]);
    }

    #[test]
    fn a_paragraph_without_diacritics_matches_phrases_folded() {
        let v = Lang::Vi.vocabulary();
        let table = PhraseTable::from_words([("người Việt", 1), ("năm", 2), ("hơn", 3)], v);
        let found = |text: &str| {
            let t = tokenize(text, v);
            table.scan(&t, 0..t.len())
        };
        // Typed on a plain keyboard: the phrases match folded, forwards and backwards.
        assert_eq!(found("hon 630.000 nguoi Viet"), [(0, 1, 3), (2, 4, 1)]);
        let t = tokenize("co hon 630.000 nguoi Viet", v);
        assert_eq!(table.ending_at(&t, 5, 0), Some((3, &1)));
        // With diacritics, `Nam` stays apart from `năm`, and a word typed without them
        // is not read folded.
        assert_eq!(found("người Việt Nam"), [(0, 2, 1)]);
        assert_eq!(found("nguoi Việt Nam hơn"), [(3, 4, 3)]);
        // The next paragraph is folded on its own.
        assert_eq!(found("người Việt\nnguoi Viet"), [(0, 2, 1), (2, 4, 1)]);
        // Other languages never fold (`één` is not `een`).
        let nl = Lang::Nl.vocabulary();
        let t = tokenize("een", nl);
        assert_eq!(PhraseTable::from_words([("één", 1)], nl).at(&t, 0), None);
    }

    #[test]
    fn finds_phrases_ending_at_a_token() {
        let v = Lang::En.vocabulary();
        let t = tokenize("it has more than 30", v);
        let table = PhraseTable::from_words([("more than", 1), ("than", 2)], v);
        assert_eq!(table.ending_at(&t, 4, 0), Some((2, &1)));
        assert_eq!(table.ending_at(&t, 4, 3), Some((3, &2)));
    }

    #[test]
    fn the_trie_finds_what_trying_every_phrase_finds() {
        let v = Lang::En.vocabulary();
        let words = [
            "of",
            "of the",
            "of the total",
            "of which",
            "of trade",
            "of two-way trade",
            "trade",
            "trade partner",
            "partner",
            "of partner",
            "the",
            "the total",
        ];
        let phrases: Vec<Phrase> = words.iter().map(|w| Phrase::new(w, v)).collect();
        let table = PhraseTable::new(phrases.iter().cloned().zip(0..), v.plural_suffixes);
        let text = "Of the total, of which of two way trades. Of partners of-the totals of";
        let t = tokenize(text, v);
        for i in 0..t.len() {
            let every: Vec<(usize, usize)> = (0..phrases.len())
                .filter_map(|k| Some((phrases[k].match_at(&t, i, v.plural_suffixes)?, k)))
                .collect();
            let mut found: Vec<(usize, usize)> = table
                .scan_all(&t, i..t.len())
                .into_iter()
                .filter(|&(s, _, _)| s == i)
                .map(|(_, e, k)| (e, k))
                .collect();
            found.sort();
            let mut expected = every.clone();
            expected.retain(|&(e, _)| e <= t.len());
            expected.sort();
            assert_eq!(found, expected, "at token {i}");
            let longest = every.iter().map(|&(e, _)| e).max();
            assert_eq!(table.at(&t, i), longest, "at token {i}");
        }
    }
}
