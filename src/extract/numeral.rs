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

use crate::fnv::FnvMap;
use crate::lang::{NumClass, Numeral, Vocabulary};
use crate::token::{push_word, TokenKind, Tokens};

/// A language's number words, compiled.
#[derive(Debug)]
pub struct Numerals {
    words: FnvMap<String, Numeral>,
    /// Morphemes of closed number words (`vijf`, `en`, `veertig`), longest first.
    morphemes: Vec<(String, Numeral)>,
    endings: Vec<String>,
    denominators: FnvMap<String, f64>,
    closed: bool,
    /// In a language typed without diacritics at times (Vietnamese), the number words
    /// folded (`mot` for `một`), read only in a paragraph marked folded. A folded form
    /// two words share is left out unless they differ only in where they stand (`mốt`
    /// and `một` both fold to `mot`, one), so that no folded word is read wrongly; each
    /// is weak (`sau`, six, is also "after"): alone it is a figure only with a unit.
    folded: FnvMap<String, Numeral>,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
enum Pending {
    #[default]
    None,
    /// After `and` / `linh`: a smaller number follows.
    And,
    /// After `one and`: only `a half` may follow.
    AndHalf,
    /// After `a`: a hundred, a scale or a half follows.
    Article,
    /// After `and a`: only `half` may follow.
    ArticleHalf,
    /// After Dutch `en` in a closed word: a tens word follows.
    OnesTens,
    /// After `point`: a decimal digit follows.
    Point,
}

/// The state of one number being composed.
#[derive(Clone, Copy, Debug, Default)]
struct Acc {
    total: f64,
    group: f64,
    /// The last scale applied (0 before any).
    last_scale: f64,
    hundred: bool,
    ten: bool,
    unit: bool,
    teen: bool,
    last_digit: f64,
    pending: Pending,
    atoms: u32,
    weak: bool,
    ordinal: bool,
    /// `half` at the start: a scale must follow (`half a million`).
    half_lead: bool,
    after_scale: bool,
    tail: Option<(usize, f64)>,
    /// The place of the next decimal digit after `point` (0.1, 0.01, …); 0 before.
    decimal: f64,
}

impl Acc {
    fn accepting(&self) -> bool {
        self.atoms > 0 && self.pending == Pending::None && !self.half_lead
    }

    fn value(&self) -> f64 {
        self.total + self.group
    }

    /// Adds one number word read at token `tok`; false when it cannot continue.
    fn feed(&mut self, n: &Numeral, tok: usize) -> bool {
        if self.ordinal {
            return false;
        }
        let p = self.pending;
        if !self.combine(n, tok, p) {
            return false;
        }
        self.settle(n, p);
        true
    }

    /// Combines word `n` with the number so far, by its class; `p` is what was pending.
    fn combine(&mut self, n: &Numeral, tok: usize, p: Pending) -> bool {
        use NumClass::*;
        let v = n.value;
        match n.class {
            Digit | DigitAfterTen | DigitNotAfterTen => self.digit(n, v, p),
            Teen | Ten | TenTimes | Hundred | And | OnesTens | Half if self.decimal > 0.0 => false,
            Teen => self.teen(v, p),
            Ten if p == Pending::OnesTens => {
                let ok = self.unit && !self.ten;
                if ok {
                    self.group += v;
                    self.ten = true;
                }
                ok
            }
            Ten => self.ten(v, p),
            TenTimes => {
                let ok = p == Pending::None && self.unit && !self.ten && self.last_digit >= 2.0;
                if ok {
                    self.group += self.last_digit * (v - 1.0);
                    (self.ten, self.unit) = (true, false);
                }
                ok
            }
            Hundred => self.hundred(n, v, p),
            Scale => self.scale(n, v, p, tok),
            Article => self.article(p),
            And => self.and(p),
            OnesTens => self.ones_tens(p),
            Half => self.half(v, p),
            Point => self.point(p),
        }
    }

    /// The bookkeeping after word `n` was taken, `p` pending before it.
    fn settle(&mut self, n: &Numeral, p: Pending) {
        use NumClass::*;
        if !matches!(n.class, Scale | Half | And | Article) {
            self.after_scale = false;
            if !matches!(n.class, And | Article | OnesTens) {
                self.tail = None;
            }
        }
        if !matches!(n.class, And | Article | OnesTens | Point) && self.pending == p {
            self.pending = Pending::None;
        }
        self.weak = self.atoms == 0 && n.weak;
        self.atoms += 1;
        if n.ordinal {
            self.ordinal = true;
            self.tail = None;
        }
    }

    fn teen(&mut self, v: f64, p: Pending) -> bool {
        let ok =
            !(self.ten || self.unit || self.half_lead) && matches!(p, Pending::None | Pending::And);
        if ok {
            self.group += v;
            (self.ten, self.unit, self.teen) = (true, true, true);
        }
        ok
    }

    fn ten(&mut self, v: f64, p: Pending) -> bool {
        let ok =
            !(self.ten || self.unit || self.half_lead) && matches!(p, Pending::None | Pending::And);
        if ok {
            self.group += v;
            self.ten = true;
        }
        ok
    }

    fn article(&mut self, p: Pending) -> bool {
        match p {
            Pending::None if self.atoms == 0 => {
                self.pending = Pending::Article;
                true
            }
            Pending::None if self.half_lead => true,
            Pending::And | Pending::AndHalf => {
                self.pending = Pending::ArticleHalf;
                true
            }
            _ => false,
        }
    }

    fn and(&mut self, p: Pending) -> bool {
        let after_hundred = self.hundred && !self.ten && !self.unit;
        let after_scale = self.after_scale && self.group == 0.0;
        if p != Pending::None || self.half_lead || self.atoms == 0 {
            false
        } else if after_hundred || after_scale {
            self.pending = Pending::And;
            true
        } else if self.unit || self.ten {
            self.pending = Pending::AndHalf;
            true
        } else {
            false
        }
    }

    /// Dutch `en` joins ones before tens (`vijf-en-veertig`) and, like `and`, a hundred
    /// or a scale to what follows (`honderd-en-drie`).
    fn ones_tens(&mut self, p: Pending) -> bool {
        let after_hundred = self.hundred && !self.ten && !self.unit;
        let after_scale = self.after_scale && self.group == 0.0;
        if p != Pending::None {
            false
        } else if self.unit && !self.ten && !self.teen {
            self.pending = Pending::OnesTens;
            true
        } else if after_hundred || after_scale {
            self.pending = Pending::And;
            true
        } else {
            false
        }
    }

    /// `one point four`: only after a whole number below a thousand, before any scale.
    fn point(&mut self, p: Pending) -> bool {
        let ok = p == Pending::None
            && self.decimal == 0.0
            && (self.unit || self.ten)
            && !self.after_scale
            && self.total == 0.0;
        if ok {
            self.pending = Pending::Point;
            self.decimal = 0.1;
        }
        ok
    }

    fn digit(&mut self, n: &Numeral, v: f64, p: Pending) -> bool {
        // A decimal digit after `point`.
        if self.decimal > 0.0 {
            let ok = matches!(p, Pending::Point | Pending::None) && v.fract() == 0.0 && v < 10.0;
            if ok {
                self.group += v * self.decimal;
                self.decimal /= 10.0;
            }
            return ok;
        }
        let class_ok = match n.class {
            NumClass::DigitAfterTen => self.ten && !self.unit,
            NumClass::DigitNotAfterTen => !self.ten,
            _ => true,
        };
        let fractional = v.fract() != 0.0;
        let ok = class_ok
            && !(self.unit || self.teen || self.half_lead)
            && matches!(p, Pending::None | Pending::And)
            && (!fractional || self.atoms == 0);
        if ok {
            self.group += v;
            self.unit = true;
            self.last_digit = v;
        }
        ok
    }

    fn hundred(&mut self, n: &Numeral, v: f64, p: Pending) -> bool {
        let zero = self.unit && self.last_digit == 0.0 && self.group == 0.0;
        let count = if p == Pending::Article || (n.bare && self.group == 0.0 && !self.unit) {
            1.0
        } else if (self.group > 0.0 && self.group < 100.0) || zero {
            self.group
        } else {
            return false;
        };
        if self.hundred || self.half_lead || !matches!(p, Pending::None | Pending::Article) {
            return false;
        }
        self.group = count * v;
        self.hundred = true;
        (self.ten, self.unit, self.teen) = (false, false, false);
        true
    }

    fn scale(&mut self, n: &Numeral, s: f64, p: Pending, tok: usize) -> bool {
        if !matches!(p, Pending::None | Pending::Article) {
            return false;
        }
        let g = if p == Pending::Article || (n.bare && self.group == 0.0 && !self.unit) {
            1.0
        } else {
            self.group
        };
        if self.last_scale == 0.0 || s < self.last_scale {
            if g == 0.0 {
                return false;
            }
            self.tail = (self.total == 0.0).then_some((tok, g));
            self.total += g * s;
        } else if s > self.last_scale {
            if !self.after_scale || self.group != 0.0 {
                self.tail = None;
            }
            self.total = (self.total + g) * s;
        } else {
            return false;
        }
        self.last_scale = s;
        self.group = 0.0;
        self.decimal = 0.0;
        self.hundred = false;
        (self.ten, self.unit, self.teen) = (false, false, false);
        self.half_lead = false;
        self.after_scale = true;
        true
    }

    fn half(&mut self, v: f64, p: Pending) -> bool {
        match p {
            // `half a million`, `een half miljoen`: a scale must follow.
            Pending::None if self.atoms == 0 => {
                self.group = v;
                self.half_lead = true;
                true
            }
            Pending::Article if self.atoms == 1 => {
                self.group = v;
                self.half_lead = true;
                self.pending = Pending::None;
                true
            }
            Pending::None if self.atoms == 1 && self.unit && self.group == 1.0 => {
                self.group = v;
                self.half_lead = true;
                true
            }
            // `tweeënhalf`: ones and a half, written together.
            Pending::OnesTens if self.unit && !self.ten => {
                self.group += v;
                self.pending = Pending::None;
                true
            }
            // `a million and a half`, `one and a half`, `hai triệu rưỡi`, `hai trăm rưỡi`.
            Pending::ArticleHalf | Pending::None => {
                if p == Pending::None && !(self.after_scale || self.hundred) {
                    return false;
                }
                if self.after_scale && self.group == 0.0 {
                    self.total += v * self.last_scale;
                    self.tail = self.tail.map(|(t, m)| (t, m + v));
                } else if self.hundred && !self.ten && !self.unit {
                    self.group += v * 100.0;
                } else if p == Pending::ArticleHalf {
                    self.group += v;
                } else {
                    return false;
                }
                self.pending = Pending::None;
                true
            }
            _ => false,
        }
    }
}

/// The folded forms of a vocabulary's number words (see [`Numerals::folded`]). Two
/// words of one value that fold alike stand for both as the general digit (`một` for
/// `mốt`), or else as the word that cannot start a number (`mươi` for `mười`: `hai
/// muoi` is twenty, and `muoi` alone is not read); words of different values are
/// left out.
fn folded_words(vocab: &Vocabulary) -> FnvMap<String, Numeral> {
    let mut folded: FnvMap<String, Option<Numeral>> = FnvMap::default();
    for n in vocab.numerals {
        let w = norm(n.word);
        let f = crate::lang::detect::fold(&w);
        if f == w {
            continue;
        }
        let n = Numeral { weak: true, ..*n };
        let entry = folded.entry(f).or_insert(Some(n));
        *entry = match *entry {
            Some(o) if o.word == n.word => Some(o),
            Some(o) if o.value == n.value => [o, n]
                .into_iter()
                .find(|m| m.class == NumClass::Digit)
                .or_else(|| [o, n].into_iter().find(|m| !starts(m.class))),
            _ => None,
        };
    }
    folded
        .into_iter()
        .filter_map(|(w, n)| Some((w, n?)))
        .collect()
}

/// Fraction denominators by word; in a language typed without diacritics at times,
/// also folded (`phan tu`), where no other denominator folds alike.
fn denominators(vocab: &Vocabulary) -> FnvMap<String, f64> {
    let mut map: FnvMap<String, f64> = vocab
        .denominators
        .iter()
        .map(|(w, d)| (norm(w), *d))
        .collect();
    if vocab.fold_unmarked {
        for (w, d) in vocab.denominators {
            let f = crate::lang::detect::fold(&norm(w));
            map.entry(f).or_insert(*d);
        }
    }
    map
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
            denominators: denominators(vocab),
            closed: vocab.closed_numerals,
            folded: if vocab.fold_unmarked {
                folded_words(vocab)
            } else {
                FnvMap::default()
            },
        }
    }

    /// Whether a word of a closed-numeral language may start a number by its first
    /// part (`vijfenveertig`), for the extractor's quick skip; single number words are
    /// in the extractor's starter set.
    pub fn may_start_closed(&self, word: &str) -> bool {
        self.closed
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
            let atoms = self.atoms_of(stem)?;
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
        let ordinal = self.atoms_of(word).is_some_and(|atoms| {
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
    /// last (`twintig-ste`).
    fn atoms_of(&self, word: &str) -> Option<Vec<Numeral>> {
        if let Some(n) = self.words.get(word) {
            return Some(vec![*n]);
        }
        if !self.closed || word.len() > 80 {
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
                    .then(|| self.folded.get(tokens.norm(k)))
                    .flatten()
                    .map(|n| vec![*n])
            };
            let Some(atoms) = self.atoms_of(tokens.norm(k)).or_else(folded) else {
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

    /// Text, value, ordinal, tokens read.
    #[test]
    fn composes_number_words() {
        use Lang::*;
        let rows: &[(Lang, &str, f64, bool, usize)] = &[
            (En, "forty-eight billion dollars", 48e9, false, 4),
            (En, "one hundred and six", 106.0, false, 4),
            (
                En,
                "twenty-one trillion three hundred",
                21e12 + 300.0,
                false,
                6,
            ),
            (En, "a hundred", 100.0, false, 2),
            (En, "a dozen", 12.0, false, 2),
            (En, "three dozen", 36.0, false, 2),
            (En, "half a million", 5e5, false, 3),
            (En, "one and a half million", 1.5e6, false, 5),
            (En, "a million and a half", 1.5e6, false, 5),
            (En, "twenty-first", 21.0, true, 3),
            (En, "five six", 5.0, false, 1),
            (En, "two thousand and five", 2005.0, false, 4),
            (En, "nineteen hundred", 1900.0, false, 2),
            (En, "seven hundred thousand", 7e5, false, 3),
            (Nl, "vijfenveertig", 45.0, false, 1),
            (Nl, "drieëntwintig", 23.0, false, 1),
            (Nl, "honderdzes", 106.0, false, 1),
            (Nl, "tweeduizendvijf", 2005.0, false, 1),
            (Nl, "vijfenveertig miljard", 45e9, false, 2),
            (Nl, "twee miljoen", 2e6, false, 2),
            (Nl, "anderhalf miljoen", 1.5e6, false, 2),
            (Nl, "een half miljoen", 5e5, false, 3),
            (Nl, "eenentwintigste", 21.0, true, 1),
            (Nl, "vijfde", 5.0, true, 1),
            (Nl, "tweehonderdduizend", 2e5, false, 1),
            (Nl, "tweeënhalf miljoen", 2.5e6, false, 2),
            (Nl, "twee miljoen duizend", 2_001_000.0, false, 3),
            (Nl, "honderdendrie", 103.0, false, 1),
            (Nl, "tweeenvijftig", 52.0, false, 1),
            (Nl, "tweeëntwintighonderd", 2200.0, false, 1),
            (Nl, "tweeduizend tweehonderd", 2200.0, false, 2),
            (Nl, "drie dozijnen", 36.0, false, 2),
            (Nl, "zevenduizendhonderd", 7100.0, false, 1),
            (Vi, "một nghìn không trăm linh năm", 1005.0, false, 6),
            (Vi, "hai mươi lăm", 25.0, false, 3),
            (Vi, "một trăm linh năm", 105.0, false, 4),
            (Vi, "một trăm lẻ năm", 105.0, false, 4),
            (Vi, "hai mươi mốt", 21.0, false, 3),
            (Vi, "hai mươi tư", 24.0, false, 3),
            (Vi, "mười lăm", 15.0, false, 2),
            (Vi, "hai nghìn tỷ", 2e12, false, 3),
            (Vi, "hai triệu rưỡi", 2.5e6, false, 3),
            (Vi, "hai mươi năm", 20.0, false, 2),
            (En, "one point four billion", 1.4e9, false, 4),
            (En, "two point five", 2.5, false, 3),
            (Nl, "een komma vijf miljoen", 1.5e6, false, 4),
            (Vi, "một phẩy năm tỷ", 1.5e9, false, 4),
            (Vi, "ba trăm nghìn", 3e5, false, 3),
        ];
        for (lang, text, value, ordinal, end) in rows {
            assert_eq!(
                read(*lang, text),
                Some((*value, *ordinal, *end)),
                "{lang:?} {text}"
            );
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
