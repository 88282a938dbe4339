//! What a figure's sentence says it is about: the subject (a name the table knows, else
//! the first run of capitalised words) and the cue (the content words next to the
//! figure), read for a figure no fact covers.

use super::lexicon::{is_stop, max_cue_words, MULTIWORD_NAMES};
use super::text::words;
use crate::claim::Kind;
use crate::lang::Lang;
use crate::report::Finding;
use crate::Checker;

/// What the sentence says the figure is about.
pub(super) struct Frame {
    pub(super) subject: String,
    pub(super) alias: Option<String>,
    pub(super) cue: String,
    /// What an amount measures, after its unit and a connector (`coffee` in `2.4
    /// million tonnes of coffee`): the linker reads it as the counted noun, so the row
    /// must name it too.
    pub(super) head: Option<String>,
}

/// A word's byte span in its sentence.
type Word = (usize, usize);

/// Finds the subject (a name the table knows, else capitalised words before the figure)
/// and the cue (content words next to the figure) in the sentence `s` (at `base`).
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn frame(
    checker: &Checker,
    lang: Lang,
    s: &str,
    base: usize,
    f: &Finding,
) -> Option<Frame> {
    let ws = words(s);
    let known = known_names(checker, lang, s, &ws);
    let subject_words: Vec<Word> = known
        .iter()
        .flat_map(|(at, _, said)| {
            ws.iter()
                .filter(move |w| w.0 >= *at && w.1 <= at + said.len() + 3)
                .copied()
        })
        .collect();
    let sentence = Sentence {
        text: s,
        lang,
        words: ws,
        figure: (f.byte_span.start - base, f.byte_span.end - base),
        subject_words,
    };
    let max_cue = max_cue_words(lang);
    let after = sentence.cue_after(max_cue);
    let before = sentence.cue_before(max_cue);
    let head = sentence.head();
    let prefer_after = matches!(f.kind, Kind::Rank | Kind::Count);
    let cue_words = match (prefer_after, after.is_empty(), before.is_empty()) {
        (true, false, _) | (false, false, true) => after,
        _ => before,
    };
    let cue = match (cue_words.first(), cue_words.last()) {
        (Some(a), Some(b)) => s[a.0..b.1].to_string(),
        _ => return None,
    };
    // The subject: the first name in the sentence (what the sentence is about, not
    // "Vietnam's" in "Korea is Vietnam's largest investor"): a capitalised name of a
    // subject the table knows, or a run of capitalised words. Lower-case aliases (`the
    // country`) refer back; they are not names.
    let mut names: Vec<(usize, String, Option<String>)> = known
        .iter()
        .filter(|k| k.2.starts_with(char::is_uppercase))
        .map(|(at, subject, said)| {
            let alias = (said.to_lowercase() != subject.to_lowercase()).then(|| said.clone());
            (*at, subject.clone(), alias)
        })
        .collect();
    names.extend(sentence.capitalised_names());
    // A known subject wins over a capitalised run starting at the same word.
    crate::sort::by_key(&mut names, |n| n.0);
    let (_, subject, alias) = names.into_iter().next()?;
    Some(Frame {
        subject,
        alias,
        cue,
        head,
    })
}

/// Known subjects, by their names in this language, found in the sentence `s` (words
/// `ws`): where each starts, the subject, and the name as the sentence says it.
#[cfg_attr(claimcheck_small, optimize(size))]
fn known_names(
    checker: &Checker,
    lang: Lang,
    s: &str,
    ws: &[Word],
) -> Vec<(usize, String, String)> {
    let mut known: Vec<(usize, String, String)> = Vec::new();
    let mut subjects: Vec<&str> = checker
        .table()
        .facts()
        .iter()
        .map(|f| f.subject.as_str())
        .collect();
    crate::sort::by(&mut subjects, |a, b| a.cmp(b));
    subjects.dedup();
    for subject in subjects {
        for name in checker.table().aliases(subject, lang) {
            let name_words = words(name).len();
            for (i, w) in ws.iter().enumerate() {
                let Some(last) = ws.get(i + name_words.max(1) - 1) else {
                    continue;
                };
                let said = &s[w.0..last.1];
                let said = said.trim_end_matches("'s").trim_end_matches("’s");
                if said.to_lowercase() == name.to_lowercase() {
                    known.push((w.0, subject.to_string(), said.to_string()));
                }
            }
        }
    }
    known
}

/// A sentence read around one figure.
struct Sentence<'a> {
    text: &'a str,
    lang: Lang,
    words: Vec<Word>,
    /// The figure's byte span in `text`.
    figure: (usize, usize),
    /// The words of the known names in the sentence: never cue words.
    subject_words: Vec<Word>,
}

impl Sentence<'_> {
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn in_figure(&self, w: &Word) -> bool {
        w.1 > self.figure.0 && w.0 < self.figure.1
    }

    /// Whether `w` can be a cue word: not a stop word, a known name or a number, and
    /// not capitalised (a name) unless `first` or all in capitals (`ODA`).
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn is_content(&self, w: &Word, first: bool) -> bool {
        let word = &self.text[w.0..w.1];
        !is_stop(word, self.lang)
            && !self.subject_words.contains(w)
            && !word
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && (first
                || !word.starts_with(char::is_uppercase)
                || word.chars().all(char::is_uppercase))
    }

    /// The content words right after the figure, up to `max_cue` and no punctuation
    /// between (`investor` in `third largest investor`).
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn cue_after(&self, max_cue: usize) -> Vec<Word> {
        let (s, fe) = (self.text, self.figure.1);
        self.words
            .iter()
            .filter(|w| w.0 >= fe)
            .take_while(|w| !s[fe..w.0].contains([',', ';', ':', '(', ')']))
            .take(max_cue)
            .take_while(|w| self.is_content(w, true) || s[w.0..w.1].starts_with(char::is_uppercase))
            .copied()
            .collect()
    }

    /// The run of content words nearest before the figure, up to `max_cue` and not
    /// across punctuation (`two-way trade` in `two-way trade reached 48 billion`).
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn cue_before(&self, max_cue: usize) -> Vec<Word> {
        let s = self.text;
        let before_all: Vec<Word> = self
            .words
            .iter()
            .filter(|w| w.1 <= self.figure.0 && !self.in_figure(w))
            .copied()
            .collect();
        let mut before: Vec<Word> = Vec::new();
        for w in before_all.iter().rev() {
            let first_of_sentence = Some(w) == before_all.first();
            let across_punctuation = before.last().is_some_and(|next| {
                s[w.1..next.0].contains([',', ';', ':', '(', ')', '"', '“', '”'])
            });
            if across_punctuation {
                break;
            }
            if self.is_content(w, first_of_sentence) {
                before.push(*w);
                if before.len() == max_cue {
                    break;
                }
            } else if !before.is_empty() {
                break;
            }
        }
        before.reverse();
        before
    }

    /// After a connector (`of`), the first content word is what the figure measures.
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn head(&self) -> Option<String> {
        let (s, ws, fe) = (self.text, &self.words, self.figure.1);
        ws.iter()
            .filter(|w| w.0 >= fe)
            .take_while(|w| !s[fe..w.0].contains([',', ';', ':', '(', ')']))
            .take(2)
            .skip_while(|w| !self.is_content(w, true))
            .find(|w| self.is_content(w, true))
            .filter(|w| {
                ws.iter()
                    .any(|v| v.0 >= fe && v.1 <= w.0 && is_stop(&s[v.0..v.1], self.lang))
            })
            .map(|w| s[w.0..w.1].to_string())
    }

    /// Runs of capitalised words outside the figure, each with where it starts. A
    /// sentence's first word is a name only when it is not a common word (`The`,
    /// `Two-way`).
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn capitalised_names(&self) -> Vec<(usize, String, Option<String>)> {
        let (s, ws, lang) = (self.text, &self.words, self.lang);
        let mut names = Vec::new();
        let mut i = 0;
        while i < ws.len() {
            let w = ws[i];
            let word = &s[w.0..w.1];
            let is_name = |i: usize, word: &str| {
                word.starts_with(char::is_uppercase)
                    && !is_stop(word, lang)
                    && !self.in_figure(&ws[i])
                    && (i > 0 || !word.contains('-'))
            };
            if !is_name(i, word) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j + 1 < ws.len()
                && is_name(j + 1, &s[ws[j + 1].0..ws[j + 1].1])
                && s[ws[j].1..ws[j + 1].0].trim().is_empty()
            {
                j += 1;
            }
            if i == j && MULTIWORD_NAMES.contains(&lang) {
                // `Thủ tướng`, `Chủ tịch`: a title's capitalised first syllable, not a name.
                i += 1;
                continue;
            }
            let name = s[w.0..ws[j].1]
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            names.push((w.0, name.to_string(), None));
            i = j + 1;
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words `ws` of `s` as one stretch of its text ("" for none).
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn stretch(s: &Sentence, ws: &[Word]) -> String {
        match (ws.first(), ws.last()) {
            (Some(a), Some(b)) => s.text[a.0..b.1].to_string(),
            _ => String::new(),
        }
    }

    /// The rows of readings.tsv: each sentence read around its figure (no known names):
    /// the cue after it, the cue before it, what it measures after a connector, and the
    /// capitalised names.
    #[test]
    fn a_sentence_is_read_around_its_figure() {
        let table = include_str!("readings.tsv");
        let mut wrong = Vec::new();
        let mut rows = 0;
        for line in table
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
        {
            let cells: Vec<&str> = line.split('\t').collect();
            let [lang, text, figure, ref want @ ..] = cells[..] else {
                panic!("bad row {line}");
            };
            let lang = Lang::from_code(lang).unwrap_or_else(|| panic!("no language {lang}"));
            let at = text.find(figure).unwrap_or_else(|| panic!("{figure}"));
            let s = Sentence {
                text,
                lang,
                words: words(text),
                figure: (at, at + figure.len()),
                subject_words: Vec::new(),
            };
            let max = max_cue_words(lang);
            let names: Vec<String> = s.capitalised_names().into_iter().map(|n| n.1).collect();
            let got = [
                stretch(&s, &s.cue_after(max)),
                stretch(&s, &s.cue_before(max)),
                s.head().unwrap_or_default(),
                names.join("|"),
            ]
            .map(|g| if g.is_empty() { "-".to_string() } else { g });
            if got[..] != *want {
                wrong.push(format!("{text}: got {got:?}, want {want:?}"));
            }
            rows += 1;
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        assert!(rows >= 8, "{rows} rows");
    }
}
