//! The word trie behind a phrase table (see [`Trie`]).

use super::{Bucket, MAX_PLURAL_SUFFIXES};
use crate::token::Tokens;

/// Phrases as paths of words from a root, as Aho-Corasick matchers build their trie
/// (by word here, not by byte): the ~50 English cues that start with `of` are told
/// apart by their next word in one lookup, not tried one by one.
#[derive(Debug)]
pub(super) struct Trie {
    /// The nodes a word leads to, ordered by the node it leads from (one map for the
    /// whole trie: one hash table type in the WebAssembly, not one per node).
    edges: Bucket,
    /// Each node's parent; node 0 is the root.
    parent: Vec<u32>,
    /// The phrases ending at each node, ascending.
    pub(super) ends: Vec<Vec<u32>>,
    /// Whether a word leads on from each node.
    inner: Vec<bool>,
    /// A bit per [`start_bit`] of each word that leads from the root: most tokens of a
    /// draft start no phrase of a table, and this tells most of them so without
    /// hashing the word (the root lookup was a tenth of a check).
    starts: Vec<u64>,
}

/// Bits in [`Trie::starts`].
const START_BITS: usize = 4096;

/// The bit of [`Trie::starts`] for `word`: from its length and its first, second and
/// last bytes.
fn start_bit(word: &str) -> usize {
    let b = word.as_bytes();
    let at = |i: usize| u32::from(b.get(i).copied().unwrap_or(0));
    let key = [at(1), b.last().map_or(0, |&l| u32::from(l)), b.len() as u32]
        .into_iter()
        .fold(at(0), |h, x| h.wrapping_mul(31).wrapping_add(x));
    (key.wrapping_mul(0x9E37_79B1) >> (32 - START_BITS.trailing_zeros())) as usize
}

/// The node every phrase starts from.
pub(super) const ROOT: u32 = 0;

impl Trie {
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub(super) fn new() -> Trie {
        Trie {
            edges: Bucket::default(),
            parent: vec![ROOT],
            ends: vec![Vec::new()],
            inner: vec![false],
            starts: vec![0; START_BITS / 64],
        }
    }

    /// The node `word` leads to from `node`. (Not inlined: one copy of the hash lookup
    /// in the WebAssembly.)
    #[inline(never)]
    pub(super) fn child(&self, node: u32, word: &str) -> Option<u32> {
        if node == ROOT {
            let bit = start_bit(word);
            if self.starts[bit / 64] & (1 << (bit % 64)) == 0 {
                return None;
            }
        }
        let list = self.edges.get(word)?;
        let at = list
            .binary_search_by_key(&node, |&c| self.parent[c as usize])
            .ok()?;
        Some(list[at])
    }

    /// Files phrase `k` under its `words`.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub(super) fn insert(&mut self, words: &[String], k: u32) {
        let mut node = ROOT;
        for w in words {
            node = match self.child(node, w) {
                Some(c) => c,
                None => {
                    let c = self.parent.len() as u32;
                    if node == ROOT {
                        let bit = start_bit(w);
                        self.starts[bit / 64] |= 1 << (bit % 64);
                    }
                    self.parent.push(node);
                    self.ends.push(Vec::new());
                    self.inner.push(false);
                    self.inner[node as usize] = true;
                    let parent = &self.parent;
                    let list = self.edges.entry(w.clone()).or_default();
                    let at = list.partition_point(|&d| parent[d as usize] < node);
                    list.insert(at, c);
                    c
                }
            };
        }
        self.ends[node as usize].push(k);
    }

    /// Calls `f(lookup, child)` for each node token `word` leads to from `node`:
    /// itself (lookup 0), or its stem less plural ending `n` (lookup `n + 1`).
    pub(super) fn each_child(
        &self,
        node: u32,
        word: &str,
        plural: &[&str],
        f: &mut dyn FnMut(usize, u32),
    ) {
        if !self.inner[node as usize] {
            return;
        }
        if let Some(c) = self.child(node, word) {
            f(0, c);
        }
        for (n, suffix) in plural.iter().take(MAX_PLURAL_SUFFIXES).enumerate() {
            let stem = word.strip_suffix(suffix).filter(|_| !suffix.is_empty());
            if let Some(c) = stem.and_then(|stem| self.child(node, stem)) {
                f(n + 1, c);
            }
        }
    }

    /// Calls `f(end, node)` for `node`, reached with the tokens before `j`, and each
    /// node below it the next tokens of `sentence` lead to (hyphens skipped).
    pub(super) fn descend(
        &self,
        tokens: &Tokens,
        (mut j, node): (usize, u32),
        sentence: u32,
        plural: &[&str],
        f: &mut dyn FnMut(usize, u32),
    ) {
        f(j, node);
        if !self.inner[node as usize] {
            return;
        }
        while j < tokens.len() && tokens.is_hyphen(j) {
            j += 1;
        }
        if tokens.list.get(j).is_none_or(|t| t.sentence != sentence) {
            return;
        }
        self.each_child(node, tokens.norm(j), plural, &mut |_, c| {
            self.descend(tokens, (j + 1, c), sentence, plural, f)
        });
    }
}
