//! Telling which language a draft is written in, paragraph by paragraph.
//!
//! This module owns detection only. Each language's vocabulary lists its frequent
//! function words (`the`, `de`, `của`); a paragraph is read in the language whose words
//! it uses most, and a paragraph too short to tell (a caption, a dateline, a link) is
//! read in the language of the draft as a whole. It is one pass over the text with one
//! hash lookup per word, cheap enough for every keystroke.

use super::Lang;
use crate::fnv::FnvMap;
use crate::token;
use std::ops::Range;

mod incremental;
pub use incremental::{decide_evidence, Evidence, Incremental};

/// A paragraph is read in its best language only with at least this many hits, more
/// than any other language has; otherwise it takes the draft's language.
const MIN_HITS: u32 = 2;

/// A paragraph whose best language leads the others by this many hits is decided: the
/// rest of it is not looked up (long paragraphs cost a scan for the line end only).
const DECIDED_LEAD: u32 = 6;

/// Where a folded word's language bits start in [`Detector`]'s map.
const FOLDED: u32 = 4;
const _: () = assert!(Lang::ALL.len() <= FOLDED as usize);

/// Hit counts per language, in the order of [`Lang::ALL`].
type Hits = [u32; Lang::ALL.len()];

/// A run of paragraphs read in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Byte range in the draft: whole lines, the line break included.
    pub bytes: Range<usize>,
    /// The language the run is read in.
    pub lang: Lang,
}

/// The languages found in a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detected {
    /// Runs of paragraphs, in text order, covering the whole draft.
    pub segments: Vec<Segment>,
    /// The language of most of the draft (by bytes): the one a report names.
    pub lang: Lang,
}

/// The function words of every language, compiled for lookup.
#[derive(Debug)]
pub struct Detector {
    /// Normalised word → one bit per language that lists it (the low [`FOLDED`] bits),
    /// or, for a function word folded without diacritics (`cua`), one bit per language
    /// whose word it folds (shifted by [`FOLDED`]): a folded one counts only in running
    /// text, not inside a slug or file name (`hop-tac-dia-phuong.jpg`). One map, so a
    /// word that is neither costs one lookup, not two.
    words: FnvMap<String, u8>,
    /// The longest word in `words`, in bytes: longer words are not looked up.
    longest: usize,
}

impl Default for Detector {
    fn default() -> Detector {
        Detector::new()
    }
}

impl Detector {
    /// Compiles the function words of [`Lang::ALL`].
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn new() -> Detector {
        let mut words: FnvMap<String, u8> = FnvMap::default();
        for (bit, lang) in Lang::ALL.into_iter().enumerate() {
            for w in lang.vocabulary().function_words {
                let mut norm = String::new();
                token::push_word(w, &mut norm);
                *words.entry(norm).or_default() |= 1 << bit;
            }
        }
        // A paragraph typed without diacritics (`cua`, `duoc`, `nguoi`) is still told by
        // its function words folded, unless a folded form is another language's word
        // (`de`, `den`).
        let mut folded: FnvMap<String, u8> = FnvMap::default();
        for (w, &bits) in &words {
            let f = fold(w);
            if f != *w && f.chars().count() > 2 && !words.contains_key(&f) {
                *folded.entry(f).or_default() |= bits << FOLDED;
            }
        }
        // Taken before the folded forms join: they are never longer than what they fold.
        let longest = words.keys().map(String::len).max().unwrap_or(0);
        for (f, bits) in folded {
            *words.entry(f).or_default() |= bits;
        }
        Detector { words, longest }
    }

    /// Splits `text` into runs of paragraphs (lines) by language.
    pub fn detect(&self, text: &str) -> Detected {
        // Line by line, as an editor that keeps each line's evidence does (incremental.rs).
        decide_evidence(&self.evidence(text))
    }

    /// The function-word hits of one line (a paragraph, its break included).
    fn line_hits(&self, line: &str, norm: &mut String) -> Hits {
        let mut hits: Hits = [0; Lang::ALL.len()];
        let mut word_start: Option<usize> = None;
        // Once a line is decided, the rest of it is not read: pasted wire copy has
        // long paragraphs, and this runs on every keystroke.
        for (i, c) in line.char_indices() {
            if token::is_word_char(c) || (word_start.is_some() && token::is_ignorable(c)) {
                word_start.get_or_insert(i);
                continue;
            }
            if let Some(w) = word_start.take() {
                let running = line[..w]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
                    && !matches!(c, '-' | '_' | '/' | '.' if line[i..].chars().nth(1).is_some_and(char::is_alphanumeric));
                self.count(&line[w..i], running, norm, &mut hits);
                if lead(&hits) >= DECIDED_LEAD {
                    break;
                }
            }
        }
        if let Some(w) = word_start {
            let running = line[..w]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace);
            self.count(&line[w..], running, norm, &mut hits);
        }
        hits
    }

    fn count(&self, word: &str, running: bool, norm: &mut String, hits: &mut Hits) {
        if word.len() > self.longest * 2 {
            return;
        }
        // Plain lower-case ASCII (most words) is its own normal form: looked up as it is.
        let key = if word.bytes().all(|b| b.is_ascii_lowercase()) {
            word
        } else {
            norm.clear();
            token::push_word(word, norm);
            norm.as_str()
        };
        let found = match self.words.get(key) {
            Some(&bits) if bits < 1 << FOLDED => Some(bits),
            Some(&bits) if running => Some(bits >> FOLDED),
            _ => None,
        };
        if let Some(bits) = found {
            for (i, h) in hits.iter_mut().enumerate() {
                if bits & (1 << i) != 0 {
                    *h += 1;
                }
            }
        }
    }
}

/// Vietnamese letters with their diacritics, by base letter.
const DIACRITICS: &[(char, &str)] = &[
    ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
    ('e', "èéẻẽẹêềếểễệ"),
    ('i', "ìíỉĩị"),
    ('o', "òóỏõọôồốổỗộơờớởỡợ"),
    ('u', "ùúủũụưừứửữự"),
    ('y', "ỳýỷỹỵ"),
    ('d', "đ"),
];

/// A lower-case word without Vietnamese diacritics (`người` → `nguoi`).
pub fn fold(word: &str) -> String {
    // Most words (and every English and most Dutch ones) have nothing to fold.
    if word.is_ascii() {
        return word.to_string();
    }
    word.chars()
        .filter(|&c| !crate::nfc::is_combining(c))
        .map(|c| {
            DIACRITICS
                .iter()
                .find(|(_, marked)| marked.contains(c))
                .map_or(c, |(base, _)| *base)
        })
        .collect()
}

/// How far the best language leads the second (counted once per word read: no sort).
fn lead(hits: &Hits) -> u32 {
    let (mut first, mut second) = (0, 0);
    for &h in hits {
        if h > first {
            second = first;
            first = h;
        } else if h > second {
            second = h;
        }
    }
    first - second
}

/// The language with the most hits, if it has at least `min` and strictly more than
/// any other.
fn best(hits: &Hits, min: u32) -> Option<Lang> {
    let (i, &top) = hits
        .iter()
        .enumerate()
        .max_by_key(|(i, h)| (**h, usize::MAX - i))?;
    let unique = hits.iter().filter(|&&h| h == top).count() == 1;
    (top >= min && unique).then_some(Lang::ALL[i])
}

/// The one language a line has any hit for. A short sentence with a single function
/// word (`Japan is now the number two investor.` in a Vietnamese draft) is read in it,
/// not in the draft's language; a line with no hit at all (a caption) still is.
fn sole(hits: &Hits) -> Option<Lang> {
    let mut found = hits.iter().enumerate().filter(|(_, h)| **h > 0);
    let (i, _) = found.next()?;
    found.next().is_none().then_some(Lang::ALL[i])
}

/// The decision over the lines' evidence, in text order (see [`decide_evidence`]).
fn decide(lines: &[Evidence]) -> Detected {
    let mut total: Hits = [0; Lang::ALL.len()];
    for Evidence { hits, .. } in lines {
        for (t, h) in total.iter_mut().zip(hits) {
            *t += h;
        }
    }
    // Ties go to the first language in `Lang::ALL`; a draft with no hit is English.
    let draft = best(&total, 1).unwrap_or(Lang::ALL[0]);
    let mut segments: Vec<Segment> = Vec::new();
    let mut end = 0;
    // (A line of no bytes, after a final break to an editor, is no line.)
    for Evidence { bytes, hits } in lines.iter().filter(|e| e.bytes > 0) {
        let lang = best(hits, MIN_HITS).or_else(|| sole(hits)).unwrap_or(draft);
        let bytes = end..end + bytes;
        end = bytes.end;
        match segments.last_mut() {
            Some(last) if last.lang == lang => last.bytes.end = bytes.end,
            _ => segments.push(Segment { bytes, lang }),
        }
    }
    let mut bytes: Hits = [0; Lang::ALL.len()];
    for s in &segments {
        if let Some(i) = Lang::ALL.iter().position(|l| *l == s.lang) {
            bytes[i] += s.bytes.len() as u32;
        }
    }
    let lang = best(&bytes, 1).unwrap_or(draft);
    Detected { segments, lang }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(text: &str) -> (Vec<(&str, Lang)>, Lang) {
        let d = Detector::new().detect(text);
        let runs = d
            .segments
            .iter()
            .map(|s| (text[s.bytes.clone()].trim(), s.lang))
            .collect();
        (runs, d.lang)
    }

    #[test]
    fn detects_each_language() {
        let rows: &[(&str, Lang)] = &[
            ("Japan remains the largest partner of Vietnam in ODA.", Lang::En),
            ("Japan blijft de grootste partner van Vietnam op het gebied van ODA.", Lang::Nl),
            ("Nhật Bản là đối tác hàng đầu của Việt Nam về ODA.", Lang::Vi),
            // Decomposed Vietnamese reads the same.
            ("Nha\u{323}\u{302}t Ba\u{309}n la\u{300} đo\u{302}\u{301}i ta\u{301}c cu\u{309}a Vie\u{323}\u{302}t Nam.", Lang::Vi),
        ];
        for (text, lang) in rows {
            assert_eq!(langs(text).1, *lang, "{text}");
        }
    }

    #[test]
    fn mixed_drafts_are_read_per_paragraph_and_named_by_their_majority() {
        let text = "Thủ tướng tiếp Chủ tịch và các thành viên Hội hữu nghị của vùng Kansai.\n\
                    De premier ontving de voorzitter van de vereniging in de regio Kansai.\n\
                    Foto: VGP\n\
                    Hij zei dat de handel tussen Kansai en Vietnam goed is voor 25% van de omzet.\n";
        let (runs, lang) = langs(text);
        assert_eq!(lang, Lang::Nl);
        assert_eq!(runs.len(), 2, "{runs:?}");
        assert_eq!(runs[0].1, Lang::Vi);
        // The caption, too short to tell, is read with the Dutch around it.
        assert_eq!(runs[1].1, Lang::Nl);
        assert!(runs[1].0.contains("Foto: VGP"));
    }

    #[test]
    fn a_short_sentence_is_read_in_the_one_language_it_has_words_of() {
        let text = "Cong dong nguoi Viet tai Nhat Ban hien co hon 630.000 nguoi.\n\n\
                    Japan is now the number two investor.\n\n\
                    Nhật Bản là nhà đầu tư lớn thứ ba của Việt Nam.\n\
                    Ảnh: TTXVN\n";
        let (runs, lang) = langs(text);
        assert_eq!(lang, Lang::Vi);
        let got: Vec<Lang> = runs.iter().map(|r| r.1).collect();
        assert_eq!(got, [Lang::Vi, Lang::En, Lang::Vi], "{runs:?}");
        // A line with words of two languages and too few to tell takes the draft's.
        let (runs, _) = langs("De handel groeit snel en de export ook.\nJapan is in.\n");
        assert_eq!(runs.len(), 1, "{runs:?}");
    }

    #[test]
    fn vietnamese_typed_without_diacritics_is_vietnamese() {
        let text = "Cong dong nguoi Viet tai Nhat Ban hien co khoang 630.000 nguoi, phan lon la thuc tap sinh va du hoc sinh.";
        assert_eq!(langs(text).1, Lang::Vi);
        assert_eq!(fold("người việt"), "nguoi viet");
        // A one-line paste whose only words are a figure's own phrase.
        assert_eq!(
            langs("Kim ngach thuong mai Viet Nam - Nhat Ban dat 48,18 ty USD.").1,
            Lang::Vi
        );
        assert_eq!(langs("Tong von dau tu khoang 1,4 ty USD.").1, Lang::Vi);
        // Folded forms that are other languages' words do not count.
        assert_eq!(
            langs("De handel van Japan met Vietnam is groot en de investeringen ook.").1,
            Lang::Nl
        );
    }

    #[test]
    fn an_empty_or_wordless_draft_is_english() {
        assert_eq!(langs(""), (vec![], Lang::En));
        assert_eq!(langs("48,18 — 630.000").1, Lang::En);
    }
}
