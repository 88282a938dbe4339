//! The number grammar: one engine that composes number words into a value.
//!
//! Each language lists its number words as rows ([`Numeral`]: digits, teens, tens,
//! hundreds, scales, connectors, ordinals) and this engine composes them with the same
//! small set of rules for every language: `forty-eight billion`, `one hundred and six`,
//! `twenty-one trillion three hundred`, `half a million`, `vijfenveertig` (ones before
//! tens, written together), `tweeduizendvijf`, `hai mươi lăm`, `một trăm linh năm`,
//! `hai nghìn tỷ`, `hai triệu rưỡi`. It reads the longest run of tokens that forms one
//! well-formed number and never a fragment: `forty` before `eight billion` is not a
//! number of its own, and `five six` stops after `five`.

mod compose;

use crate::fnv::FnvMap;
use crate::lang::{NumClass, Numeral, Vocabulary};
use crate::token::{push_word, TokenKind, Tokens};
use compose::{Acc, Pending};

/// A language's number words, compiled.
#[derive(Debug)]
pub struct Numerals {
    words: FnvMap<String, Numeral>,
    /// Morphemes of closed number words (`vijf`, `en`, `veertig`), longest first.
    morphemes: Vec<(String, Numeral)>,
    endings: Vec<String>,
    denominators: FnvMap<String, f64>,
    closed: bool,
    /// Whether a paragraph typed without diacritics is read folded (Vietnamese): see
    /// [`Numerals::folded`].
    fold_unmarked: bool,
    /// Words never read folded ([`crate::lang::Vocabulary::never_folded`]).
    unfolded: &'static crate::lang::words::Words,
}

/// A number read from words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    /// Token index one past the number.
    pub end: usize,
    /// Its value.
    pub value: f64,
    /// Whether it is an ordinal (`twenty-first`, `vijfde`).
    pub ordinal: bool,
    /// Whether it is one weak word alone (`two`, `een`): no claim without a unit.
    pub weak: bool,
    /// When the number ends in scale words alone (`forty-eight | billion`, `hai | nghìn
    /// tỷ`): the token where they start and the count before them, so that the scale
    /// is read (and suggested) like the scale after digits.
    pub tail: Option<(usize, f64)>,
    /// How many words it has.
    pub atoms: u32,
}

/// Whether a word of this class may start a number.
fn starts(class: NumClass) -> bool {
    !matches!(
        class,
        NumClass::And
            | NumClass::OnesTens
            | NumClass::TenTimes
            | NumClass::DigitAfterTen
            | NumClass::Point
    )
}

fn norm(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    push_word(word, &mut s);
    s
}

impl Numerals {
    /// Compiles a vocabulary's number words.
    pub fn new(vocab: &Vocabulary) -> Numerals {
        let mut words = FnvMap::default();
        let mut morphemes = Vec::new();
        for n in vocab.numerals {
            let w = norm(n.word);
            words.insert(w.clone(), *n);
            morphemes.push((w, *n));
        }
        crate::sort::by_key(&mut morphemes, |(w, _)| std::cmp::Reverse(w.len()));
        Numerals {
            words,
            morphemes,
            endings: vocab.ordinal_endings.iter().map(|e| norm(e)).collect(),
            denominators: vocab
                .denominators
                .iter()
                .map(|(w, d)| (norm(w), *d))
                .collect(),
            closed: vocab.closed_numerals,
            fold_unmarked: vocab.fold_unmarked,
            unfolded: vocab.never_folded,
        }
    }

    /// Whether a word of a closed-numeral language may start a number by its first
    /// part (`vijfenveertig`), or any word that lost an invisible character
    /// (`Twenty\u{AD}five`), for the extractor's quick skip; single number words are
    /// in the extractor's starter set.
    pub fn may_start_closed(&self, word: &str, invisible: bool) -> bool {
        (self.closed || invisible)
            && self
                .morphemes
                .iter()
                .any(|(m, _)| word.starts_with(m.as_str()))
    }

    /// The words a number may start with (`and`, `mươi`, `lăm` may not).
    pub fn starters(&self) -> impl Iterator<Item = String> + '_ {
        self.words
            .iter()
            .filter(|(_, n)| starts(n.class))
            .map(|(w, _)| w.clone())
    }

    /// A multiple written as one word (`fivefold`, `vijftigvoudig`, `verviervoudigde`):
    /// its factor. The stem is a whole number word, 2 or more.
    pub fn multiple(&self, word: &str, affixes: &[(&str, &str)]) -> Option<f64> {
        affixes.iter().find_map(|(pre, suf)| {
            let stem = word.strip_prefix(pre)?.strip_suffix(suf)?;
            let mut acc = Acc::default();
            let atoms = self.atoms_of(stem, false)?;
            (atoms.iter().all(|n| acc.feed(n, 0)) && acc.accepting() && !acc.ordinal)
                .then(|| acc.value())
                .filter(|v| *v >= 2.0 && v.fract() == 0.0)
        })
    }

    /// The class of a single number word.
    pub fn class(&self, word: &str) -> Option<NumClass> {
        self.word(word).map(|n| n.class)
    }

    /// A single number word's row (one lookup, shared by its callers).
    #[inline(never)]
    pub fn word(&self, word: &str) -> Option<&Numeral> {
        self.words.get(word)
    }

    /// The denominator a word names (`third` → 3, `kwart` → 4).
    pub fn denominator(&self, word: &str) -> Option<f64> {
        self.denominators.get(word).copied()
    }

    /// A closed fraction word (`driekwart`, `tweederde`): its value.
    pub fn closed_fraction(&self, word: &str) -> Option<f64> {
        if !self.closed {
            return None;
        }
        // `achttiende` is the eighteenth, not eight tenths.
        let ordinal = self.atoms_of(word, false).is_some_and(|atoms| {
            let mut acc = Acc::default();
            atoms.iter().all(|n| acc.feed(n, 0)) && acc.accepting() && acc.ordinal
        });
        if ordinal {
            return None;
        }
        self.denominators.iter().find_map(|(d, den)| {
            let stem = word.strip_suffix(d.as_str())?;
            let atoms = self.segment(stem)?;
            let mut acc = Acc::default();
            (atoms.iter().all(|n| acc.feed(n, 0)) && acc.accepting() && !acc.ordinal)
                .then(|| acc.value() / den)
        })
    }

    /// The number words one token stands for: itself, or in a language of closed
    /// number words its parts (`vijf` `en` `veertig`), an ordinal ending marking the
    /// last (`twintig-ste`). A word that lost an invisible character is read by its
    /// parts in any language: a soft hyphen marks where `Twenty\u{AD}five` may break.
    fn atoms_of(&self, word: &str, invisible: bool) -> Option<Vec<Numeral>> {
        if let Some(n) = self.words.get(word) {
            return Some(vec![*n]);
        }
        if !(self.closed || invisible) || word.len() > 80 {
            return None;
        }
        if let Some(atoms) = self.segment(word) {
            return Some(atoms);
        }
        self.endings.iter().find_map(|e| {
            let mut atoms = self.segment(word.strip_suffix(e.as_str())?)?;
            let last = atoms.last_mut()?;
            last.ordinal = true;
            Some(atoms)
        })
    }

    /// Splits a closed number word into number words, longest parts first.
    fn segment(&self, word: &str) -> Option<Vec<Numeral>> {
        fn go(ms: &[(String, Numeral)], rest: &str, out: &mut Vec<Numeral>) -> bool {
            if rest.is_empty() {
                return !out.is_empty();
            }
            if out.len() > 16 {
                return false;
            }
            for (m, n) in ms {
                if let Some(r) = rest.strip_prefix(m.as_str()) {
                    out.push(*n);
                    if go(ms, r, out) {
                        return true;
                    }
                    out.pop();
                }
            }
            false
        }
        let mut out = Vec::new();
        go(&self.morphemes, word, &mut out).then_some(out)
    }

    /// A number word typed without its diacritics (`mot` for `một`), read only in a
    /// paragraph marked folded, and weak (`sau`, six, is also "after"): alone it is a
    /// figure only with a unit. Where two words fold alike, the general digit stands for
    /// both (`một` for `mốt`), or else the word that cannot start a number (`mươi` for
    /// `mười`: `hai muoi` is twenty, `muoi` alone is not read); words of different
    /// values fold to nothing, so that no folded word is read wrongly.
    fn folded(&self, word: &str) -> Option<Numeral> {
        if !self.fold_unmarked {
            return None;
        }
        let mut found: Option<Numeral> = None;
        for (m, n) in &self.morphemes {
            if crate::lang::detect::fold(m) != word
                || m == word
                || self.unfolded.contains(&m.as_str())
            {
                continue;
            }
            found = Some(match found {
                None => *n,
                Some(o) if o.value != n.value => return None,
                Some(o)
                    if o.class == NumClass::Digit
                        || (!starts(o.class) && n.class != NumClass::Digit) =>
                {
                    o
                }
                Some(_) => *n,
            });
        }
        found.map(|n| Numeral { weak: true, ..n })
    }

    /// Reads the longest well-formed number in words starting at token `i`.
    pub fn read(&self, tokens: &Tokens, i: usize) -> Option<Reading> {
        let sentence = tokens.list.get(i)?.sentence;
        let mut acc = Acc::default();
        let mut best = None;
        let mut k = i;
        while k < tokens.len() && tokens.list[k].sentence == sentence {
            let tok = &tokens.list[k];
            if tok.kind != TokenKind::Word {
                // `forty-eight`: a hyphen inside the number, glued on both sides.
                let glued_next = tokens
                    .list
                    .get(k + 1)
                    .is_some_and(|n| !n.space_before && n.kind == TokenKind::Word);
                if acc.atoms > 0 && tokens.is_hyphen(k) && !tok.space_before && glued_next {
                    k += 1;
                    continue;
                }
                break;
            }
            let folded = || {
                tok.folded
                    .then(|| self.folded(tokens.norm(k)))
                    .flatten()
                    .map(|n| vec![n])
            };
            let atoms = self.atoms_of(tokens.norm(k), tokens.lost_invisible(k));
            let Some(atoms) = atoms.or_else(folded) else {
                break;
            };
            let mut next = acc;
            if !atoms.iter().all(|n| next.feed(n, k)) {
                break;
            }
            // A closed word ends whole: `vieren` (vier-en) or `honderden` (honderd-en)
            // waits for nothing in the next word.
            if atoms.len() > 1 && next.pending != Pending::None {
                break;
            }
            acc = next;
            k += 1;
            if acc.accepting() {
                best = Some(Reading {
                    end: k,
                    value: acc.value(),
                    ordinal: acc.ordinal,
                    weak: acc.weak && acc.atoms == 1,
                    tail: acc.tail,
                    atoms: acc.atoms,
                });
            }
            if acc.ordinal {
                break;
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::token::tokenize;

    fn read(lang: Lang, text: &str) -> Option<(f64, bool, usize)> {
        let vocab = lang.vocabulary();
        let t = tokenize(text, vocab);
        let r = Numerals::new(vocab).read(&t, 0)?;
        Some((r.value, r.ordinal, r.end))
    }

    /// Every row of `testdata/numerals.tsv` (language, text, value, ordinal, tokens
    /// read) is read as written.
    #[test]
    fn composes_number_words() {
        let table = include_str!("testdata/numerals.tsv");
        let rows = table
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty());
        for (n, row) in rows.enumerate() {
            let f: Vec<&str> = row.split('\t').collect();
            let [lang, text, value, ordinal, end] = f[..] else {
                panic!("row {n}: {row:?}");
            };
            let lang = Lang::from_code(lang).unwrap_or_else(|| panic!("{row}"));
            let value: f64 = value.parse().unwrap_or_else(|e| panic!("{row}: {e}"));
            let end: usize = end.parse().unwrap_or_else(|e| panic!("{row}: {e}"));
            let want = Some((value, ordinal == "yes", end));
            assert_eq!(read(lang, text), want, "{lang:?} {text}");
        }
    }

    #[test]
    fn fragments_and_non_numbers_are_not_read() {
        for (lang, text) in [
            (Lang::En, "a man"),
            (Lang::En, "and five"),
            (Lang::En, "half"),
            (Lang::Nl, "eenheid"),
            (Lang::Vi, "mươi"),
        ] {
            assert_eq!(read(lang, text), None, "{text}");
        }
    }
}
