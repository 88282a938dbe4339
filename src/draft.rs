//! Drafting fact rows from a trusted source: every figure the reader finds (the same
//! reader as `check`) becomes a candidate row for an editor to review.
//!
//! A figure the table already links and agrees with is left out; one it links and
//! contradicts becomes a new version of that fact (same id, the source's date). A
//! figure no fact covers becomes a new fact: its subject is a name the table knows in
//! the sentence (or the nearest run of capitalised words before the figure), its cue
//! the content words next to the figure (after a rank or count, `third largest
//! investor`, `2,000 Japanese companies`; before anything else, `two-way trade …
//! reached 48.18 billion USD`), its id `subject.metric`. Changes (`up 10%`) and ranges
//! are not levels a fact could hold, so they are not drafted; nor is a figure whose
//! sentence gives no subject, or a second figure of the same kind, subject and cue in
//! one sentence (the linker could not tell them apart). Each is reported as skipped,
//! with why, so nothing is dropped silently.

use crate::claim::{Hedge, Kind, Shape};
use crate::date::Date;
use crate::facts::Fact;
use crate::lang::Lang;
use crate::report::Finding;
use crate::table_diff::table_value;
use crate::verdict::Verdict;
use crate::{CheckError, CheckOptions, Checker, LangChoice};
use serde::Serialize;

/// Where the source comes from; written into every row.
#[derive(Clone, Debug, Default)]
pub struct SourceInfo {
    /// Who published it.
    pub publication: String,
    /// Its headline.
    pub title: String,
    /// Where it can be read.
    pub url: Option<String>,
}

/// One candidate row, in the fact-table columns.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DraftRow {
    /// `subject.metric`, or the id of the fact it is a new version of.
    pub id: String,
    /// The source's date.
    pub as_of: Date,
    /// Who or what it is about.
    pub subject: String,
    /// What is measured.
    pub metric: String,
    /// The kind of figure.
    pub kind: Kind,
    /// The value as the table writes it (`48.18 billion`).
    pub value: String,
    /// The canonical unit.
    pub unit: Option<&'static str>,
    /// The source's hedge.
    pub qualifier: Hedge,
    /// The language of the sentence (the column the cue and alias go in).
    pub lang: &'static str,
    /// Cue words from the sentence (empty for a new version: the fact has its cues).
    pub cues: Vec<String>,
    /// The name the sentence uses for the subject, when not the subject itself.
    pub aliases: Vec<String>,
    /// True when this is a new version of a fact the table has.
    pub new_version: bool,
    /// The source sentence.
    pub note: String,
    /// The figure's start in the source, in UTF-16 code units.
    pub start: usize,
    /// Its end (exclusive), in UTF-16 code units.
    pub end: usize,
    /// Byte span of the figure in the source.
    #[serde(skip)]
    pub byte_span: std::ops::Range<usize>,
}

/// A figure that was not drafted, and why.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Skipped {
    /// The figure's text.
    pub text: String,
    /// Why it is not a row.
    pub reason: String,
    /// The figure's start in the source, in UTF-16 code units.
    pub start: usize,
    /// Its end (exclusive), in UTF-16 code units.
    pub end: usize,
    /// Byte span in the source.
    #[serde(skip)]
    pub byte_span: std::ops::Range<usize>,
}

/// Rows and skipped figures.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Draft {
    /// Candidate rows, in source order.
    pub rows: Vec<DraftRow>,
    /// Figures that are not rows, in source order.
    pub skipped: Vec<Skipped>,
}

/// Words that never make a cue or a subject: function words, reporting verbs, hedges
/// and scale words, per language. Data, not code: a language is a list.
const STOP_WORDS: [(Lang, &[&str]); 3] = [
    (
        Lang::En,
        &[
            "a",
            "about",
            "above",
            "according",
            "after",
            "against",
            "almost",
            "along",
            "also",
            "among",
            "an",
            "and",
            "approximately",
            "around",
            "as",
            "at",
            "be",
            "been",
            "before",
            "below",
            "between",
            "billion",
            "both",
            "but",
            "by",
            "came",
            "climbed",
            "come",
            "compared",
            "down",
            "during",
            "each",
            "estimated",
            "exceeded",
            "exceeding",
            "exceeds",
            "fell",
            "for",
            "from",
            "had",
            "has",
            "have",
            "hit",
            "in",
            "increased",
            "into",
            "is",
            "it",
            "its",
            "it's",
            "last",
            "least",
            "less",
            "made",
            "million",
            "more",
            "most",
            "nearly",
            "now",
            "of",
            "on",
            "or",
            "over",
            "per",
            "percent",
            "reached",
            "reaching",
            "reaches",
            "rose",
            "roughly",
            "said",
            "since",
            "some",
            "stands",
            "stood",
            "than",
            "that",
            "the",
            "their",
            "there",
            "these",
            "this",
            "those",
            "thousand",
            "through",
            "to",
            "total",
            "totalled",
            "totaled",
            "trillion",
            "under",
            "up",
            "was",
            "were",
            "which",
            "while",
            "who",
            "with",
            "within",
            "year",
            "years",
            "nearly",
            "almost",
            "amounting",
            "amounted",
            "worth",
            "valued",
            "other",
            "such",
            "than",
            "one",
            "two",
            "three",
            "four",
            "five",
            "ten",
            "hundred",
            "usd",
            "vnd",
            "jpy",
            "eur",
            "dollar",
            "dollars",
            "yen",
            "dong",
            "us",
            "we",
            "he",
            "she",
            "they",
            "our",
            "his",
            "her",
        ],
    ),
    (
        Lang::Nl,
        &[
            "aan",
            "al",
            "als",
            "bedraagt",
            "bedroeg",
            "bereikte",
            "bij",
            "bijna",
            "dan",
            "dat",
            "de",
            "den",
            "der",
            "die",
            "dit",
            "door",
            "een",
            "en",
            "er",
            "haar",
            "heeft",
            "het",
            "hij",
            "in",
            "is",
            "jaar",
            "kwam",
            "meer",
            "met",
            "miljard",
            "miljoen",
            "minder",
            "na",
            "naar",
            "niet",
            "nog",
            "nu",
            "of",
            "om",
            "omstreeks",
            "ongeveer",
            "onder",
            "ook",
            "op",
            "over",
            "per",
            "procent",
            "rond",
            "ruim",
            "sinds",
            "te",
            "tot",
            "tussen",
            "uit",
            "van",
            "voor",
            "was",
            "waren",
            "werd",
            "wordt",
            "zijn",
            "zo",
            "duizend",
            "circa",
            "steeg",
            "daalde",
            "usd",
            "vnd",
            "jpy",
            "eur",
            "dollar",
            "euro",
            "yen",
            "dong",
            "wij",
            "zij",
            "ze",
        ],
    ),
    (
        Lang::Vi,
        &[
            "các", "cho", "có", "của", "đã", "đạt", "đến", "được", "gần", "hơn", "khoảng", "là",
            "một", "năm", "nay", "này", "nghìn", "những", "ngàn", "theo", "tại", "từ", "trong",
            "triệu", "tỷ", "và", "với", "vào", "trên", "dưới", "lên", "khi", "đó", "thứ", "lớn",
            "nhất", "trở", "thành", "sẽ", "vẫn", "cũng", "về", "usd", "vnd", "jpy", "eur", "đồng",
            "yên", "đô", "la",
        ],
    ),
];

/// Words that make a figure a change (`rose 12%`) or a forecast or target (`expects 20
/// million`) rather than a level of record: such a figure is not drafted.
const NOT_A_LEVEL: [(Lang, &[&str]); 3] = [
    (
        Lang::En,
        &[
            "rose",
            "rise",
            "rising",
            "risen",
            "fell",
            "fall",
            "falling",
            "fallen",
            "grew",
            "grow",
            "growing",
            "grown",
            "growth",
            "increase",
            "increased",
            "increasing",
            "decrease",
            "decreased",
            "declined",
            "decline",
            "dropped",
            "drop",
            "jumped",
            "climbed",
            "surged",
            "slipped",
            "up",
            "down",
            "expects",
            "expected",
            "expect",
            "forecast",
            "forecasts",
            "projected",
            "projects",
            "target",
            "targets",
            "targeted",
            "aims",
            "aim",
            "aiming",
            "plans",
            "planned",
            "will",
            "would",
            "could",
            "may",
            "might",
            "hopes",
            "goal",
            "by",
            "not",
            "no",
            "never",
        ],
    ),
    (
        Lang::Nl,
        &[
            "steeg",
            "stijgt",
            "gestegen",
            "daalde",
            "daalt",
            "gedaald",
            "groeide",
            "groeit",
            "gegroeid",
            "groei",
            "toename",
            "afname",
            "verwacht",
            "verwachte",
            "prognose",
            "doel",
            "streeft",
            "streven",
            "wil",
            "zal",
            "zullen",
            "zou",
            "kan",
            "niet",
            "geen",
            "nooit",
        ],
    ),
    (
        Lang::Vi,
        &[
            "tăng", "giảm", "dự", "kiến", "mục", "tiêu", "sẽ", "phấn", "đấu", "kỳ", "vọng",
            "không", "chưa",
        ],
    ),
];

/// The word of `NOT_A_LEVEL` among the three words before the figure, if any.
fn not_a_level(sentence: &str, figure_start: usize, lang: Lang) -> Option<&str> {
    let list = NOT_A_LEVEL.iter().find(|(l, _)| *l == lang)?.1;
    words(&sentence[..figure_start])
        .iter()
        .rev()
        .take(3)
        .map(|w| &sentence[w.0..w.1])
        .find(|w| list.contains(&w.to_lowercase().as_str()))
}

/// The most words a cue takes from a sentence: Vietnamese words are syllables, so its
/// phrases are longer (`kim ngạch thương mại hai chiều`).
const CUE_WORDS: [(Lang, usize); 3] = [(Lang::En, 3), (Lang::Nl, 3), (Lang::Vi, 6)];

/// Languages whose names are several capitalised words (`Nhật Bản`), so that one
/// capitalised word opening a sentence is not taken for a name.
const MULTIWORD_NAMES: [Lang; 1] = [Lang::Vi];

fn is_stop(word: &str, lang: Lang) -> bool {
    let lower = word.to_lowercase();
    STOP_WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .is_some_and(|(_, words)| words.contains(&lower.as_str()))
}

/// Words of `text` with their byte spans: runs of letters and digits, with inner
/// hyphens and apostrophes (`two-way`, `Vietnam's`).
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '-' | '\'' | '’')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The sentence around byte `at`: from after the previous `.`/`!`/`?` that is followed
/// by white space (or a line break) to the next one.
fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let is_end = |i: usize, c: char| {
        c == '\n'
            || (matches!(c, '.' | '!' | '?' | '。')
                && text[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace))
    };
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_end(i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at..]
        .char_indices()
        .find(|&(i, c)| is_end(at + i, c))
        .map_or(text.len(), |(i, c)| at + i + c.len_utf8());
    (start, end)
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'a'..='z' | '0'..='9' => c,
            'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ấ' | 'ầ'
            | 'ẩ' | 'ẫ' | 'ậ' | 'ä' => 'a',
            'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' | 'ë' => {
                'e'
            }
            'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' | 'ï' => 'i',
            'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ớ' | 'ờ'
            | 'ở' | 'ỡ' | 'ợ' | 'ö' => 'o',
            'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' | 'ü' => {
                'u'
            }
            'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
            'đ' => 'd',
            _ => '_',
        };
        if c != '_' || !out.ends_with('_') {
            out.push(c);
        }
    }
    out.trim_matches('_').to_string()
}

/// What the sentence says the figure is about.
struct Frame {
    subject: String,
    alias: Option<String>,
    cue: String,
    /// What an amount measures, after its unit and a connector (`coffee` in `2.4
    /// million tonnes of coffee`): the linker reads it as the counted noun, so the row
    /// must name it too.
    head: Option<String>,
}

/// Finds the subject (a name the table knows, else capitalised words before the figure)
/// and the cue (content words next to the figure) in the sentence `s` (at `base`).
fn frame(checker: &Checker, lang: Lang, s: &str, base: usize, f: &Finding) -> Option<Frame> {
    let ws = words(s);
    let (fs, fe) = (f.byte_span.start - base, f.byte_span.end - base);
    // Known subjects, by their names in this language, nearest before the figure first.
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
    let in_figure = |w: &(usize, usize)| w.1 > fs && w.0 < fe;
    let subject_words: Vec<(usize, usize)> = known
        .iter()
        .flat_map(|(at, _, said)| {
            ws.iter()
                .filter(move |w| w.0 >= *at && w.1 <= at + said.len() + 3)
                .copied()
        })
        .collect();
    let is_content = |w: &(usize, usize), first: bool| {
        let word = &s[w.0..w.1];
        !is_stop(word, lang)
            && !subject_words.contains(w)
            && !word
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && (first
                || !word.starts_with(char::is_uppercase)
                || word.chars().all(char::is_uppercase))
    };
    let max_cue = CUE_WORDS
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(3, |(_, n)| *n);
    let after: Vec<(usize, usize)> = ws
        .iter()
        .filter(|w| w.0 >= fe)
        .take_while(|w| !s[fe..w.0].contains([',', ';', ':', '(', ')']))
        .take(max_cue)
        .take_while(|w| is_content(w, true) || s[w.0..w.1].starts_with(char::is_uppercase))
        .copied()
        .collect();
    let before_all: Vec<(usize, usize)> = ws
        .iter()
        .filter(|w| w.1 <= fs && !in_figure(w))
        .copied()
        .collect();
    let mut before: Vec<(usize, usize)> = Vec::new();
    for w in before_all.iter().rev() {
        let first_of_sentence = Some(w) == before_all.first();
        let across_punctuation = before
            .last()
            .is_some_and(|next| s[w.1..next.0].contains([',', ';', ':', '(', ')', '"', '“', '”']));
        if across_punctuation {
            break;
        }
        if is_content(w, first_of_sentence) {
            before.push(*w);
            if before.len() == max_cue {
                break;
            }
        } else if !before.is_empty() {
            break;
        }
    }
    before.reverse();
    // After a connector (`of`), the first content word is what the figure measures.
    let head = ws
        .iter()
        .filter(|w| w.0 >= fe)
        .take_while(|w| !s[fe..w.0].contains([',', ';', ':', '(', ')']))
        .take(2)
        .skip_while(|w| !is_content(w, true))
        .find(|w| is_content(w, true))
        .filter(|w| {
            ws.iter()
                .any(|v| v.0 >= fe && v.1 <= w.0 && is_stop(&s[v.0..v.1], lang))
        })
        .map(|w| s[w.0..w.1].to_string());
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
    // country`) refer back; they are not names. A sentence's first word is a name
    // only when it is not a common word (`The`, `Two-way`).
    let mut names: Vec<(usize, String, Option<String>)> = known
        .iter()
        .filter(|k| k.2.starts_with(char::is_uppercase))
        .map(|(at, subject, said)| {
            let alias = (said.to_lowercase() != subject.to_lowercase()).then(|| said.clone());
            (*at, subject.clone(), alias)
        })
        .collect();
    let mut i = 0;
    while i < ws.len() {
        let w = ws[i];
        let word = &s[w.0..w.1];
        let is_name = |i: usize, word: &str| {
            word.starts_with(char::is_uppercase)
                && !is_stop(word, lang)
                && !in_figure(&ws[i])
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

/// Drafts rows from `source` (its figures read as `check` reads them, against the
/// checker's table as of `as_of`).
pub fn draft(
    checker: &Checker,
    source: &str,
    as_of: Date,
    lang: LangChoice,
) -> Result<Draft, CheckError> {
    let mut options = CheckOptions::new(as_of);
    options.lang = lang;
    let report = checker.check(source, &options)?;
    let report_lang = Lang::from_code(report.lang).unwrap_or(Lang::En);
    let shapes: Vec<(usize, Shape)> = checker
        .extract(source, report_lang)
        .into_iter()
        .map(|c| (c.span.start, c.shape))
        .collect();
    let facts = checker.table().facts();
    let mut out = Draft::default();
    for f in &report.claims {
        let skip = |reason: String| Skipped {
            text: f.text.clone(),
            reason,
            start: f.start,
            end: f.end,
            byte_span: f.byte_span.clone(),
        };
        let shape = shapes
            .iter()
            .find(|(s, _)| *s == f.byte_span.start)
            .map_or(Shape::Level, |(_, s)| *s);
        if matches!(shape, Shape::Change { .. } | Shape::Range { .. }) {
            out.skipped.push(skip(
                "a change or a range is not a level a fact can hold".into(),
            ));
            continue;
        }
        if f.kind == Kind::Year && f.fact.is_none() {
            out.skipped.push(skip(
                "a year in a source mostly says when, not what; add it by hand if it is a fact"
                    .into(),
            ));
            continue;
        }
        let (start, end) = sentence_around(source, f.byte_span.start);
        let sentence = source[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let row = |id: String, subject: String, metric: String, new_version: bool| DraftRow {
            id,
            as_of,
            subject,
            metric,
            kind: f.kind,
            value: table_value(f.value),
            unit: f.unit,
            qualifier: f.hedge,
            lang: report_lang.code(),
            cues: Vec::new(),
            aliases: Vec::new(),
            new_version,
            note: sentence.clone(),
            start: f.start,
            end: f.end,
            byte_span: f.byte_span.clone(),
        };
        match (&f.fact, f.verdict) {
            (Some(_), Verdict::Consistent) => {
                out.skipped.push(skip("the table already agrees".into()));
            }
            (Some(fact), _) => {
                let current: Option<&Fact> = facts
                    .iter()
                    .filter(|g| g.id == fact.id && g.as_of <= as_of)
                    .max_by_key(|g| g.as_of);
                if current.is_some_and(|c| c.as_of == as_of) {
                    out.skipped.push(skip(format!(
                        "{} already has a version as of {as_of} that says otherwise; edit it by hand",
                        fact.id
                    )));
                    continue;
                }
                let (subject, metric) = current.map_or_else(
                    || (String::new(), String::new()),
                    |c| (c.subject.clone(), c.metric.clone()),
                );
                let mut r = row(fact.id.clone(), subject, metric, true);
                r.unit = fact.unit;
                out.rows.push(r);
            }
            (None, _) => {
                let figure_start = f.byte_span.start - start;
                if let Some(w) = not_a_level(&source[start..end], figure_start, report_lang) {
                    out.skipped.push(skip(format!(
                        "\"{w}\" makes it a change, a forecast, a target or a negation, not a figure of record"
                    )));
                    continue;
                }
                let Some(fr) = frame(checker, report_lang, &source[start..end], start, f) else {
                    out.skipped.push(skip(
                        "the sentence names no subject or no words for what is measured".into(),
                    ));
                    continue;
                };
                let metric = match f.kind {
                    Kind::Rank => format!("rank as {}", fr.cue.to_lowercase()),
                    _ => fr.cue.to_lowercase(),
                };
                let id = format!("{}.{}", slug(&fr.subject), slug(&fr.cue));
                let clash = out.rows.iter().any(|r| r.id == id && r.note == sentence)
                    || facts
                        .iter()
                        .any(|g| g.id == id && (g.kind != f.kind || g.unit != f.unit));
                if clash {
                    out.skipped.push(skip(format!(
                        "another figure of {} in the same words ({id}); give it its own cue by hand",
                        fr.subject
                    )));
                    continue;
                }
                if out.rows.iter().any(|r| r.id == id) || facts.iter().any(|g| g.id == id) {
                    out.skipped.push(skip(format!(
                        "{id} is already drafted or in the table with other words; merge them by hand"
                    )));
                    continue;
                }
                let mut r = row(id, fr.subject, metric, false);
                r.cues = std::iter::once(fr.cue.clone())
                    .chain(fr.head.filter(|h| !fr.cue.contains(h.as_str())))
                    .collect();
                r.aliases = fr.alias.into_iter().collect();
                out.rows.push(r);
            }
        }
    }
    verify(checker, source, &options, &report, &mut out);
    crate::sort::by_key(&mut out.skipped, |s| s.byte_span.start);
    Ok(out)
}

/// Checks the source again with the drafted rows over the table, and drops any row
/// that makes another figure of the source a discrepancy or outdated (a cue too
/// general, two figures in one sentence): a draft must not raise an alarm on the very
/// text it came from. Repeats until no row does.
fn verify(
    checker: &Checker,
    source: &str,
    options: &CheckOptions,
    base: &crate::Report,
    out: &mut Draft,
) {
    let flagged_before = |span: &std::ops::Range<usize>| {
        base.claims.iter().any(|f| {
            f.byte_span == *span && matches!(f.verdict, Verdict::Discrepancy | Verdict::Outdated)
        })
    };
    for _ in 0..=out.rows.len() {
        let Some(with_rows) = with_rows(checker, &out.rows) else {
            return;
        };
        let Ok(report) = with_rows.check(source, options) else {
            return;
        };
        let culprit = report.claims.iter().find_map(|f| {
            let bad = matches!(f.verdict, Verdict::Discrepancy | Verdict::Outdated)
                && !flagged_before(&f.byte_span);
            let id = &f.fact.as_ref()?.id;
            let row = out.rows.iter().position(|r| &r.id == id)?;
            bad.then_some((row, f.text.clone()))
        });
        // Then a row that does not back its own figure (the linker does not find its
        // subject or cue there) would never be used: not a useful draft.
        let unlinked = || {
            out.rows.iter().position(|r| {
                !r.new_version
                    && !report.claims.iter().any(|f| {
                        f.byte_span == r.byte_span
                            && f.verdict == Verdict::Consistent
                            && f.fact.as_ref().is_some_and(|x| x.id == r.id)
                    })
            })
        };
        let (row, reason) = match culprit {
            Some((row, text)) => (
                row,
                format!(
                    "as {} it would contradict \"{text}\" in the same source; give it a more specific cue by hand",
                    out.rows[row].id
                ),
            ),
            None => match unlinked() {
                Some(row) => (
                    row,
                    format!(
                        "as {} it would not be linked to its own figure (subject \"{}\", cue \"{}\"); write the row by hand",
                        out.rows[row].id,
                        out.rows[row].subject,
                        out.rows[row].cues.join("|")
                    ),
                ),
                None => return,
            },
        };
        let r = out.rows.remove(row);
        out.skipped.push(Skipped {
            text: source[r.byte_span.clone()].to_string(),
            reason,
            start: r.start,
            end: r.end,
            byte_span: r.byte_span,
        });
    }
}

/// The checker's table with `rows` over it, compiled.
fn with_rows(checker: &Checker, rows: &[DraftRow]) -> Option<Checker> {
    let info = SourceInfo {
        publication: "draft".to_string(),
        ..SourceInfo::default()
    };
    let csv = to_csv(rows, &info);
    let drafted = crate::FactTable::from_csv("draft", &csv).ok()?;
    let mut table = checker.table().clone();
    table.merge(drafted).ok()?;
    Checker::new(table).ok()
}

/// The rows as a fact-table CSV (the bundled table's columns), with the source's
/// publication, title, date (the rows' `as_of`) and URL in every row.
pub fn to_csv(rows: &[DraftRow], info: &SourceInfo) -> String {
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    let mut out = String::new();
    csv_record(
        &mut out,
        crate::facts::csv_header(&codes).iter().map(|h| h.as_str()),
    );
    for r in rows {
        let per_lang = |list: &[String]| -> Vec<String> {
            let cell = |c: &&str| {
                if *c == r.lang {
                    list.join("|")
                } else {
                    String::new()
                }
            };
            codes.iter().map(cell).collect()
        };
        let (aliases, cues) = (per_lang(&r.aliases), per_lang(&r.cues));
        let (as_of, unit) = (r.as_of.to_string(), r.unit.unwrap_or(""));
        let url = info.url.as_deref().unwrap_or("");
        let head = [&r.id, &as_of, &r.subject, &r.metric].map(String::as_str);
        let kind = [r.kind.name(), &r.value, unit, r.qualifier.name()];
        let lists = aliases.iter().chain(&cues).map(String::as_str);
        let source = [&info.publication, &info.title, &as_of].map(String::as_str);
        let tail = [url, &r.note];
        csv_record(
            &mut out,
            head.into_iter()
                .chain(kind)
                .chain(lists)
                .chain(source)
                .chain(tail),
        );
    }
    out
}

/// Appends one CSV record as the `csv` crate writes it (`QuoteStyle::Necessary`, `\n`
/// after each record): a field is quoted when it holds a comma, a quote or a line
/// break, with quotes doubled. Written here because the crate's writer also carries a
/// float parser (for its `NonNumeric` style), ~10 KB of the WebAssembly.
fn csv_record<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_records_are_written_as_the_csv_crate_writes_them() {
        let records: [&[&str]; 4] = [
            &["id", "plain text", "", "48.18 billion"],
            &["a,b", "say \"hi\"", "two\nlines", "cr\rhere"],
            &["Việt Nam", " spaced ", "|", "'quote'"],
            &["", "", "", ""],
        ];
        let mut ours = String::new();
        let mut w = csv::Writer::from_writer(Vec::new());
        for r in records {
            csv_record(&mut ours, r.iter().copied());
            w.write_record(r).unwrap();
        }
        let theirs = String::from_utf8(w.into_inner().unwrap()).unwrap();
        assert_eq!(ours, theirs);
    }
    use crate::FactTable;

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let t = "Two-way trade, Vietnam’s 48.18 - x";
        let got: Vec<&str> = words(t).iter().map(|w| &t[w.0..w.1]).collect();
        assert_eq!(got, ["Two-way", "trade", "Vietnam’s", "48", "18", "x"]);
    }

    #[test]
    fn sentences_end_at_a_stop_before_white_space_not_in_a_number() {
        let t = "First one. Trade hit 48.18 billion USD! Last";
        let at = t.find("48").unwrap_or(0);
        let (s, e) = sentence_around(t, at);
        assert_eq!(&t[s..e], " Trade hit 48.18 billion USD!");
    }

    #[test]
    fn ids_are_ascii_slugs() {
        assert_eq!(slug("Vietnam–Japan relations"), "vietnam_japan_relations");
        assert_eq!(slug("Nhật Bản"), "nhat_ban");
        assert_eq!(slug("Korea's exports"), "korea_s_exports");
    }

    fn rows(text: &str) -> Draft {
        let checker = Checker::new(FactTable::default()).unwrap_or_else(|e| panic!("{e}"));
        let as_of = Date::parse("2026-01-10").unwrap_or_else(|| panic!());
        draft(&checker, text, as_of, LangChoice::Auto).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_subject_is_the_first_name_and_the_cue_the_words_by_the_figure() {
        let d = rows("South Korea remains Vietnam's largest foreign investor, with registered capital of 87 billion USD.");
        let got: Vec<(&str, &str, &str)> = d
            .rows
            .iter()
            .map(|r| (r.id.as_str(), r.subject.as_str(), r.cues[0].as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "south_korea.foreign_investor",
                    "South Korea",
                    "foreign investor"
                ),
                (
                    "south_korea.registered_capital",
                    "South Korea",
                    "registered capital"
                ),
            ]
        );
        assert_eq!(d.rows[1].value, "87 billion");
        assert_eq!(d.rows[1].unit, Some("USD"));
    }

    #[test]
    fn changes_forecasts_and_negations_are_not_drafted() {
        for text in [
            "Korea's exports to Vietnam rose 12% last year.",
            "Vietnam expects 20 million international arrivals.",
            "Vietnam did not reach 20 million international arrivals.",
            "Vietnam heeft verwacht 20 miljoen toeristen te ontvangen.",
        ] {
            let d = rows(text);
            assert!(d.rows.is_empty(), "{text}: {:?}", d.rows);
            assert_eq!(d.skipped.len(), 1, "{text}");
        }
    }
}
