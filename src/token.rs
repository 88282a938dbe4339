//! Splitting a draft into words, numbers and symbols, with sentences and paragraphs.
//!
//! This module owns the byte spans of every token and their normalised text: lower
//! case, canonically composed (NFC, so decomposed Vietnamese reads like precomposed),
//! without soft hyphens or joiners inside words, and with curly quotes and apostrophes
//! straightened. Spans always point into the draft as pasted. It knows a language's
//! number style (to keep `630,000` or `630.000` one token) and its abbreviations (so
//! `No. 3` does not end a sentence), but nothing about claims.

use crate::lang::Vocabulary;
use crate::nfc;
use crate::number;
use std::ops::Range;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters (and combining marks).
    Word,
    /// A number in the language's style.
    Number,
    /// Any other single character.
    Symbol,
}

/// One token of the draft.
#[derive(Clone, Debug)]
pub struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// Byte span in the draft.
    pub span: Range<usize>,
    /// Byte span of its normalised text in [`Tokens::norm`] (u32 keeps tokens small:
    /// a 10 MB draft has two million of them).
    norm: Range<u32>,
    /// Whether white space comes right before it.
    pub space_before: bool,
    /// Whether a tab comes right before it: a pasted table's cell starts here.
    pub tab_before: bool,
    /// Whether it starts with an upper-case letter, or has one inside (`iPhone`).
    pub capitalised: bool,
    /// Whether it has an upper-case letter after its first (`iPhone`, `iOS`, `GDP`):
    /// a name even where a sentence starts.
    pub inner_capital: bool,
    /// Whether its paragraph is matched folded (see [`Vocabulary::fold_unmarked`]).
    pub folded: bool,
    /// Whether a possessive `'s` (or a bare `'` after `s`) follows it, and was dropped.
    pub possessive: bool,
    /// The sentence it is in (0-based, over the whole draft).
    pub sentence: u32,
    /// The paragraph it is in (lines are paragraphs in pasted news copy).
    pub paragraph: u32,
    /// For numbers: the value as written.
    pub number: Option<number::Digits>,
}

/// A tokenised draft.
#[derive(Debug)]
pub struct Tokens {
    /// The tokens in text order.
    pub list: Vec<Token>,
    /// Every token's normalised text, concatenated (one allocation for the draft).
    norm: String,
    /// Token index where each sentence starts.
    pub sentence_starts: Vec<usize>,
}

impl Tokens {
    /// The normalised text of token `i` (lower case).
    pub fn norm(&self, i: usize) -> &str {
        let r = &self.list[i].norm;
        &self.norm[r.start as usize..r.end as usize]
    }

    /// Whether word `i` had invisible characters dropped from it (`Twenty\u{AD}five`):
    /// its normal form is shorter than its text (or it was composed to NFC: reading
    /// such a word by its parts finds nothing).
    pub fn lost_invisible(&self, i: usize) -> bool {
        let t = &self.list[i];
        t.norm.len() < t.span.len()
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether token `i` is a hyphen, which phrase matching skips.
    pub fn is_hyphen(&self, i: usize) -> bool {
        self.list[i].kind == TokenKind::Symbol && is_hyphen(self.norm(i))
    }

    /// The token range of sentence `s`.
    pub fn sentence_range(&self, s: usize) -> Range<usize> {
        let start = self.sentence_starts[s];
        let end = self
            .sentence_starts
            .get(s + 1)
            .copied()
            .unwrap_or(self.list.len());
        start..end
    }
}

/// Whether a normalised token is a hyphen (not a dash: `2.6–3` is a range).
pub fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

/// Whether `c` continues a word: letters, and combining marks (decomposed Vietnamese).
pub fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Invisible characters that pasted text carries inside words and numbers: soft
/// hyphen, zero-width space and (non-)joiners, word joiner, BiDi marks and isolates,
/// byte-order mark, NUL. They stay in the span and are left out of the word; between
/// tokens they are skipped as if absent (`third\u{200B} largest` is `third largest`).
pub fn is_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{0000}'
            | '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// The value of a decimal digit in any script (`7`, full-width `７`, mathematical
/// `𝟕`, Arabic-Indic `٧`).
pub fn decimal_digit(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    const ZEROS: [u32; 26] = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10, 0x1D7CE, 0x1D7D8,
        0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1090,
    ];
    let u = c as u32;
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .map(|&z| u - z)
}

/// Reads a number written with digits of any script and full-width separators by
/// folding it to ASCII first; `len` in the result is in bytes of `text`.
fn read_folded(text: &str, decimal: char, groups: &[char]) -> Option<number::Digits> {
    let mut folded = String::new();
    // Byte offset in `text` after each folded byte.
    let mut ends = Vec::new();
    for (at, c) in text.char_indices() {
        if is_ignorable(c) {
            continue;
        }
        let f = match decimal_digit(c) {
            Some(d) => char::from_digit(d, 10)?,
            None => match c {
                '\u{FF0C}' => ',',
                '\u{FF0E}' => '.',
                c if c == decimal || groups.contains(&c) => c,
                _ => break,
            },
        };
        folded.push(f);
        ends.resize(folded.len(), at + c.len_utf8());
    }
    let mut d = number::read(&folded, decimal, groups)?;
    d.len = *ends.get(d.len.checked_sub(1)?)?;
    Some(d)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// A symbol as compared: curly and typographic quotes and apostrophes straightened.
fn straighten(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`'
        | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        c => c,
    }
}

/// Appends the normalised form of a word to `norm`: lower case, ignorables dropped,
/// then NFC when it carries combining marks.
pub fn push_word(word: &str, norm: &mut String) {
    // NUL is ASCII but ignorable (`third\0 largest`): it takes the slow path.
    if word.is_ascii() && !word.as_bytes().contains(&0) {
        let start = norm.len();
        norm.push_str(word);
        norm[start..].make_ascii_lowercase();
        return;
    }
    let start = norm.len();
    let mut marked = false;
    for ch in word.chars().filter(|&c| !is_ignorable(c)) {
        marked |= nfc::is_combining(ch);
        norm.extend(ch.to_lowercase());
    }
    if marked {
        let lower = norm.split_off(start);
        nfc::compose_into(&lower, norm);
    }
}

/// Splits `text` into tokens using `vocab`'s number style and abbreviations.
pub fn tokenize(text: &str, vocab: &Vocabulary) -> Tokens {
    let mut t = Tokenizer {
        text,
        vocab,
        list: Vec::with_capacity(text.len() / 5 + 1),
        norm: String::with_capacity(text.len()),
        pos: 0,
        space_before: true,
        tab_before: false,
        paragraph: 0,
    };
    while let Some(c) = t.peek() {
        if !t.skip_gap(c) {
            t.token(c);
        }
    }
    let mut tokens = Tokens {
        list: t.list,
        norm: t.norm,
        sentence_starts: Vec::new(),
    };
    split_sentences(&mut tokens, vocab);
    if vocab.fold_unmarked {
        mark_folded(&mut tokens);
    }
    tokens
}

/// The state of one pass of [`tokenize`] over a draft.
struct Tokenizer<'a> {
    text: &'a str,
    vocab: &'a Vocabulary,
    list: Vec<Token>,
    norm: String,
    /// Where the next character starts.
    pos: usize,
    space_before: bool,
    tab_before: bool,
    paragraph: u32,
}

impl Tokenizer<'_> {
    /// The character at `pos`.
    fn peek(&self) -> Option<char> {
        match self.text.as_bytes().get(self.pos) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => self.text[self.pos..].chars().next(),
        }
    }

    /// Skips `c` if it lies between tokens: white space (noting tabs and paragraph
    /// breaks) or an invisible character.
    fn skip_gap(&mut self, c: char) -> bool {
        if (!c.is_ascii() || c == '\0') && is_ignorable(c) {
            self.pos += c.len_utf8();
            return true;
        }
        if !c.is_whitespace() {
            return false;
        }
        let new_line = c == '\n' || c == '\u{2029}';
        if new_line
            && self
                .list
                .last()
                .is_some_and(|t| t.paragraph == self.paragraph)
        {
            self.paragraph += 1;
        }
        self.space_before = true;
        self.tab_before |= c == '\t';
        self.pos += c.len_utf8();
        true
    }

    /// Reads the token starting with `c` (or drops a possessive `'s`).
    fn token(&mut self, c: char) {
        let start = self.pos;
        let norm_start = self.norm.len();
        let decimal = self.vocab.decimal_separator;
        // `.5`, `,5`: a decimal point opening a number after a space.
        let bare_fraction = c == decimal
            && self.space_before
            && self.text[start + 1..].starts_with(|n: char| n.is_ascii_digit());
        let mut inner_capital = false;
        let (kind, number) = if c.is_ascii_digit() {
            (TokenKind::Number, self.number())
        } else if bare_fraction {
            (TokenKind::Number, self.bare_fraction())
        } else if let Some(d) = self.other_digits(c) {
            (TokenKind::Number, Some(d))
        } else if is_word_char(c) {
            inner_capital = self.word();
            (TokenKind::Word, None)
        } else if self.possessive(c) {
            return;
        } else {
            self.norm.push(straighten(c));
            self.pos += c.len_utf8();
            (TokenKind::Symbol, None)
        };
        self.list.push(Token {
            kind,
            span: start..self.pos,
            norm: norm_start as u32..self.norm.len() as u32,
            space_before: self.space_before,
            tab_before: self.tab_before,
            // `iPhone`, `iOS`: a capital inside a word marks a name as one first does.
            capitalised: c.is_uppercase() || inner_capital,
            inner_capital,
            possessive: false,
            folded: false,
            sentence: 0,
            paragraph: self.paragraph,
            number,
        });
        self.space_before = false;
        self.tab_before = false;
    }

    /// A number starting with an ASCII digit.
    fn number(&mut self) -> Option<number::Digits> {
        let (text, pos) = (self.text, self.pos);
        let (decimal, groups) = (self.vocab.decimal_separator, self.vocab.group_separators);
        let mut d = number::read(&text[pos..], decimal, groups);
        // An invisible character inside the number (`3\u{200B}000`): read it folded.
        let after = d.map_or(pos + 1, |d| pos + d.len);
        // Also one character on, after a separator (`3,\u{200B}400`); the folded read
        // stops where the number does either way.
        let invisible_at = |k: usize| text.get(k..).is_some_and(|r| r.starts_with(is_ignorable));
        if invisible_at(after) || invisible_at(after + 1) {
            d = read_folded(&text[pos..], decimal, groups).or(d);
        }
        // `read` accepts any string starting with a digit.
        let len = d.map_or(1, |d| d.len);
        self.norm
            .extend(text[pos..pos + len].chars().filter(|&c| !is_ignorable(c)));
        self.pos += len;
        d
    }

    /// A number opened by its decimal point (`.5`).
    fn bare_fraction(&mut self) -> Option<number::Digits> {
        let (text, pos) = (self.text, self.pos);
        let digits = text[pos + 1..]
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        let len = 1 + digits;
        self.norm.push_str(&text[pos..pos + len]);
        self.pos += len;
        number::decimal_value(&format!("0.{}", &text[pos + 1..pos + len])).map(|value| {
            number::Digits {
                len,
                value,
                decimals: digits as u32,
                grouped: false,
                leading_zero: false,
            }
        })
    }

    /// A number written with digits of another script (`７`, `٧`), normalised to ASCII
    /// digits.
    fn other_digits(&mut self, c: char) -> Option<number::Digits> {
        if c.is_ascii() {
            return None;
        }
        decimal_digit(c)?;
        let (decimal, groups) = (self.vocab.decimal_separator, self.vocab.group_separators);
        let d = read_folded(&self.text[self.pos..], decimal, groups)?;
        for ch in self.text[self.pos..self.pos + d.len].chars() {
            match decimal_digit(ch) {
                Some(v) => self.norm.push(char::from_digit(v, 10).unwrap_or('0')),
                None if is_ignorable(ch) => {}
                None => self.norm.push(ch),
            }
        }
        self.pos += d.len;
        Some(d)
    }

    /// A word; returns whether it has a capital after its first letter (`iPhone`).
    fn word(&mut self) -> bool {
        let rest = &self.text[self.pos..];
        // Plain ASCII letters followed by no letter, mark or invisible character of
        // another script (most words of most drafts): one pass over the bytes.
        let ascii = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        if ascii > 0
            && rest
                .as_bytes()
                .get(ascii)
                .is_none_or(|&b| b.is_ascii() && b != 0)
        {
            let word = &rest[..ascii];
            let start = self.norm.len();
            self.norm.push_str(word);
            self.norm[start..].make_ascii_lowercase();
            self.pos += ascii;
            return word.bytes().skip(1).any(|b| b.is_ascii_uppercase());
        }
        let len: usize = rest
            .chars()
            .take_while(|&c| is_word_char(c) || is_ignorable(c))
            .map(char::len_utf8)
            .sum();
        let word = &rest[..len];
        push_word(word, &mut self.norm);
        self.pos += len;
        word.chars().skip(1).any(char::is_uppercase)
    }

    /// Drops a possessive `'s`, or a bare `'` after a plural, right after a word, and
    /// marks the word; returns whether it did.
    fn possessive(&mut self, c: char) -> bool {
        let text = self.text;
        let Some(last) = self.list.last_mut() else {
            return false;
        };
        if !is_apostrophe(c) || last.kind != TokenKind::Word || self.space_before {
            return false;
        }
        let mut chars = text[self.pos + c.len_utf8()..].chars();
        let s_follows =
            matches!(chars.next(), Some('s' | 'S')) && !chars.next().is_some_and(is_word_char);
        let prev_is_s = text[last.span.clone()].ends_with(['s', 'S']);
        if !s_follows && !prev_is_s {
            return false;
        }
        last.possessive = true;
        self.pos += c.len_utf8() + usize::from(s_follows);
        self.space_before = false;
        true
    }
}

/// Marks the tokens of every paragraph whose words are all plain ASCII as folded.
fn mark_folded(tokens: &mut Tokens) {
    let mut start = 0;
    while start < tokens.list.len() {
        let paragraph = tokens.list[start].paragraph;
        let end = start
            + tokens.list[start..]
                .iter()
                .take_while(|t| t.paragraph == paragraph)
                .count();
        let unmarked = (start..end)
            .all(|i| tokens.list[i].kind != TokenKind::Word || tokens.norm(i).is_ascii());
        for t in &mut tokens.list[start..end] {
            t.folded = unmarked;
        }
        start = end;
    }
}

/// Assigns sentence numbers: a sentence ends at `.`, `!`, `?` or `…` followed by a
/// space and a capital, digit or quote (unless the full stop ends an abbreviation or
/// an initial), and at every paragraph break.
fn split_sentences(tokens: &mut Tokens, vocab: &Vocabulary) {
    let n = tokens.list.len();
    let mut sentence = 0;
    let mut starts = vec![0];
    for i in 0..n {
        if i > 0 {
            let new_paragraph = tokens.list[i].paragraph != tokens.list[i - 1].paragraph;
            if new_paragraph || ends_sentence(tokens, i - 1, vocab) {
                sentence += 1;
                starts.push(i);
            }
        }
        tokens.list[i].sentence = sentence;
    }
    if n == 0 {
        starts.clear();
    }
    tokens.sentence_starts = starts;
}

fn ends_sentence(tokens: &Tokens, i: usize, vocab: &Vocabulary) -> bool {
    let t = tokens.norm(i);
    if !matches!(t, "." | "!" | "?" | "…") {
        return false;
    }
    let Some(next) = tokens.list.get(i + 1) else {
        return false;
    };
    let next_text = tokens.norm(i + 1);
    let opener =
        next.capitalised || next.kind == TokenKind::Number || matches!(next_text, "\"" | "(" | "'");
    if !next.space_before || !opener {
        return false;
    }
    if t == "." && i > 0 && !tokens.list[i].space_before {
        let prev = tokens.norm(i - 1);
        let initial = tokens.list[i - 1].kind == TokenKind::Word && prev.chars().count() == 1;
        if initial || vocab.abbreviations.contains(&prev) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn words(text: &str) -> Vec<String> {
        let t = tokenize(text, Lang::En.vocabulary());
        (0..t.len()).map(|i| t.norm(i).to_string()).collect()
    }

    #[test]
    fn keeps_numbers_whole_and_drops_possessives() {
        assert_eq!(
            words("Japan’s 48.18 billion USD, 630,000-plus"),
            ["japan", "48.18", "billion", "usd", ",", "630,000", "-", "plus"]
        );
        assert_eq!(words("Laos' leading"), ["laos", "leading"]);
    }

    #[test]
    fn drops_invisible_characters_from_words_nul_too() {
        for text in [
            "third\u{0} largest",
            "thi\u{0}rd largest",
            "third\u{200B} largest",
            "thi\u{AD}rd largest",
        ] {
            assert_eq!(words(text), ["third", "largest"], "{text:?}");
        }
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let t = tokenize(
            "He is No. 3 in Japan. It has 17 FTAs.\nNew line",
            Lang::En.vocabulary(),
        );
        let sentences: Vec<u32> = t.list.iter().map(|t| t.sentence).collect();
        assert_eq!(sentences, [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2]);
        assert_eq!(t.sentence_starts, [0, 8, 13]);
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Hà Nội: 30%";
        let t = tokenize(text, Lang::En.vocabulary());
        let pieces: Vec<&str> = t.list.iter().map(|tok| &text[tok.span.clone()]).collect();
        assert_eq!(pieces, ["Hà", "Nội", ":", "30", "%"]);
    }

    #[test]
    fn words_compare_in_nfc_lower_case_with_straight_quotes() {
        let vi = Lang::Vi.vocabulary();
        let norms = |text: &str, vocab| {
            let t = tokenize(text, vocab);
            (0..t.len())
                .map(|i| t.norm(i).to_string())
                .collect::<Vec<_>>()
        };
        let nfc = norms("Nhật Bản 48,18 tỷ", vi);
        let nfd = norms("Nha\u{323}\u{302}t Ba\u{309}n 48,18 ty\u{309}", vi);
        assert_eq!(nfc, ["nhật", "bản", "48,18", "tỷ"]);
        assert_eq!(nfd, nfc);
        let nl = Lang::Nl.vocabulary();
        assert_eq!(
            norms("zo’n „handels\u{00AD}omzet”", nl),
            ["zo", "'", "n", "\"", "handelsomzet", "\""]
        );
    }

    #[test]
    fn spans_of_decomposed_text_point_into_it() {
        let text = "Ty\u{309} 630\u{202F}000";
        let t = tokenize(text, Lang::Vi.vocabulary());
        let pieces: Vec<&str> = t.list.iter().map(|tok| &text[tok.span.clone()]).collect();
        assert_eq!(pieces, ["Ty\u{309}", "630\u{202F}000"]);
        assert_eq!(t.list[1].number.map(|d| d.value), Some(630_000.0));
    }
}
