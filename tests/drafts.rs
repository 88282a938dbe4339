//! The hand-labelled draft corpus (`tests/drafts/{en,nl,vi}/*.txt`): new stories a
//! reporter could file, every figure labelled with the verdict an editor expects.
//!
//! A draft file is a small header, a `---` line, then the draft with each figure
//! wrapped as `[[figure text|verdict]]` or `[[figure text|verdict|fact_id]]`:
//!
//! ```text
//! as-of: 2025-11-03
//! lang: en
//! ---
//! Two-way trade reached [[48.18 billion USD|consistent|japan.two_way_trade]] ...
//! ```
//!
//! `verdict` is `consistent`, `discrepancy`, `outdated`, `unverified`, or `none` for a
//! number that is not a claim at all (a date, a time, a phone number, a code). The
//! runner strips the markers, checks the plain text as of the header's date, and
//! matches each finding to the label its byte span overlaps.
//!
//! It fails on any false alarm (a finding flagged `discrepancy`/`outdated` where the
//! label says it must not be, or a flagged finding no label covers) and on a recall of
//! planted errors below 0.9. `DRAFTS_REPORT_ONLY=1` prints the same table without
//! failing, for measuring during development; `DRAFTS_FILTER=word` checks only the
//! drafts whose path contains `word` (`DRAFTS_FILTER=/h07,/h08`: any of the words).
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::{CheckOptions, Checker, Date, FactTable, LangChoice};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Recall of planted errors below this fails the corpus.
const MIN_RECALL: f64 = 0.9;
/// The corpus must keep at least this many drafts.
const MIN_DRAFTS: usize = 45;
const LANGS: [&str; 3] = ["en", "nl", "vi"];

/// The verdict an editor expects for one figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Expected {
    Consistent,
    Discrepancy,
    Outdated,
    Unverified,
    /// Not a claim: a date, a time, a phone number, a code.
    None,
}

impl Expected {
    fn parse(s: &str) -> Option<Expected> {
        Some(match s {
            "consistent" => Expected::Consistent,
            "discrepancy" => Expected::Discrepancy,
            "outdated" => Expected::Outdated,
            "unverified" => Expected::Unverified,
            "none" => Expected::None,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Expected::Consistent => "consistent",
            Expected::Discrepancy => "discrepancy",
            Expected::Outdated => "outdated",
            Expected::Unverified => "unverified",
            Expected::None => "none",
        }
    }

    /// A planted error: the checker must flag it.
    fn is_error(self) -> bool {
        matches!(self, Expected::Discrepancy | Expected::Outdated)
    }
}

/// One labelled figure.
#[derive(Clone, Debug, PartialEq)]
struct Label {
    /// Byte span in the stripped draft.
    span: Range<usize>,
    /// The figure as written.
    text: String,
    expected: Expected,
    fact_id: Option<String>,
    /// 1-based line in the file.
    line: usize,
}

/// A draft file, parsed.
#[derive(Debug)]
struct Draft {
    as_of: String,
    lang: String,
    /// The draft text with the markers stripped.
    text: String,
    labels: Vec<Label>,
    /// 1-based file line of the first body line.
    body_line: usize,
}

impl Draft {
    /// 1-based file line of a byte offset in the stripped text (markers hold no
    /// newline, so lines are the same).
    fn line_of(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.body_line
            + self.text.as_bytes()[..end]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
    }
}

/// What is wrong in a draft file, with its 1-based line and column (in characters).
#[derive(Debug, PartialEq)]
struct ParseError {
    line: usize,
    col: usize,
    msg: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.msg)
    }
}

/// Parses a whole draft file: header, `---`, labelled body.
fn parse_draft(file: &str) -> Result<Draft, ParseError> {
    let mut as_of = None;
    let mut lang = None;
    let mut offset = 0;
    let mut line_no = 0;
    let err = |line, msg: String| ParseError { line, col: 1, msg };
    loop {
        let Some(rel_end) = file[offset..].find('\n') else {
            return Err(err(line_no + 1, "no `---` line ends the header".into()));
        };
        let line = file[offset..offset + rel_end].trim_end_matches('\r');
        line_no += 1;
        offset += rel_end + 1;
        if line == "---" {
            break;
        }
        if line.trim().is_empty() {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            return Err(err(
                line_no,
                format!("header line {line:?} is not `key: value`"),
            ));
        };
        let value = value.trim().to_string();
        match key.trim() {
            "as-of" => as_of = Some(value),
            "lang" => lang = Some(value),
            other => return Err(err(line_no, format!("unknown header key {other:?}"))),
        }
    }
    let as_of = as_of.ok_or_else(|| err(1, "header has no `as-of:`".into()))?;
    let lang = lang.ok_or_else(|| err(1, "header has no `lang:`".into()))?;
    let (text, labels) = parse_markers(&file[offset..], line_no + 1)?;
    Ok(Draft {
        as_of,
        lang,
        text,
        labels,
        body_line: line_no + 1,
    })
}

/// Strips `[[figure|verdict(|fact_id)]]` markers from `body`, returning the plain text
/// and the labels with their byte spans in it. `first_line` is the body's first line
/// in the file, for messages.
fn parse_markers(body: &str, first_line: usize) -> Result<(String, Vec<Label>), ParseError> {
    let mut text = String::with_capacity(body.len());
    let mut labels = Vec::new();
    let mut rest = body;
    let mut consumed = 0; // bytes of `body` before `rest`
    let at = |pos: usize| {
        let before = &body[..pos];
        let line = first_line + before.matches('\n').count();
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    };
    let fail = |pos: usize, msg: String| {
        let (line, col) = at(pos);
        ParseError { line, col, msg }
    };
    while let Some(open) = rest.find("[[") {
        if let Some(stray) = rest[..open].find("]]") {
            return Err(fail(consumed + stray, "`]]` with no `[[`".into()));
        }
        text.push_str(&rest[..open]);
        let inner_start = open + 2;
        let Some(close_rel) = rest[inner_start..].find("]]") else {
            return Err(fail(consumed + open, "`[[` is never closed".into()));
        };
        let inner = &rest[inner_start..inner_start + close_rel];
        if inner.contains("[[") {
            return Err(fail(consumed + open, "markers cannot nest".into()));
        }
        if inner.contains('\n') {
            return Err(fail(consumed + open, "a marker cannot span lines".into()));
        }
        let parts: Vec<&str> = inner.split('|').collect();
        if !(2..=3).contains(&parts.len()) {
            return Err(fail(
                consumed + open,
                format!("marker {inner:?} is not `figure|verdict` or `figure|verdict|fact_id`"),
            ));
        }
        let figure = parts[0];
        if figure.trim().is_empty() || figure.trim() != figure {
            return Err(fail(
                consumed + open,
                format!("figure {figure:?} is empty or has spaces at its ends"),
            ));
        }
        let expected = Expected::parse(parts[1].trim()).ok_or_else(|| {
            fail(
                consumed + open,
                format!(
                    "verdict {:?} is not consistent, discrepancy, outdated, unverified or none",
                    parts[1]
                ),
            )
        })?;
        let fact_id = parts.get(2).map(|s| s.trim().to_string());
        if fact_id.as_deref() == Some("") {
            return Err(fail(consumed + open, "empty fact id".into()));
        }
        let start = text.len();
        text.push_str(figure);
        labels.push(Label {
            span: start..text.len(),
            text: figure.to_string(),
            expected,
            fact_id,
            line: at(consumed + open).0,
        });
        let after = inner_start + close_rel + 2;
        consumed += after;
        rest = &rest[after..];
    }
    if let Some(stray) = rest.find("]]") {
        return Err(fail(consumed + stray, "`]]` with no `[[`".into()));
    }
    text.push_str(rest);
    Ok((text, labels))
}

/// One finding, reduced to what the comparison needs.
#[derive(Clone, Debug)]
struct Seen {
    span: Range<usize>,
    text: String,
    verdict: &'static str,
    fact_id: Option<String>,
    /// For an unverified finding: the candidate held back and why.
    held_back: Option<String>,
}

impl Seen {
    fn flagged(&self) -> bool {
        matches!(self.verdict, "discrepancy" | "outdated")
    }
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// Counts for one language.
#[derive(Default)]
struct Tally {
    drafts: usize,
    figures: usize,
    must_not_flag: usize,
    false_alarms: usize,
    planted: usize,
    caught: usize,
    caught_exact: usize,
    agree: usize,
    /// Judged on a different fact than the label names (informational).
    other_fact: usize,
}

impl Tally {
    fn add(&mut self, t: &Tally) {
        self.drafts += t.drafts;
        self.figures += t.figures;
        self.must_not_flag += t.must_not_flag;
        self.false_alarms += t.false_alarms;
        self.planted += t.planted;
        self.caught += t.caught;
        self.caught_exact += t.caught_exact;
        self.agree += t.agree;
        self.other_fact += t.other_fact;
    }
}

fn ratio(n: usize, d: usize) -> Option<f64> {
    (d > 0).then(|| n as f64 / d as f64)
}

fn pct(r: Option<f64>) -> String {
    r.map_or("-".into(), |r| format!("{:.1}%", r * 100.0))
}

fn frac(r: Option<f64>) -> String {
    r.map_or("-".into(), |r| format!("{r:.2}"))
}

/// What went wrong in one draft, as lines to print.
#[derive(Default)]
struct Notes {
    false_alarms: Vec<String>,
    missed: Vec<String>,
    other: Vec<String>,
    /// Every other figure not given the editor's verdict (printed with
    /// `DRAFTS_REPORT_ONLY`, to study what agreement loses).
    disagree: Vec<String>,
}

/// Checks one draft and adds its counts to `tally`.
fn run_draft(checker: &Checker, path: &Path, rel: &str, tally: &mut Tally, notes: &mut Notes) {
    let file = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{rel}: {e}"));
    let draft = parse_draft(&file).unwrap_or_else(|e| panic!("{rel}:{e}"));
    let date = Date::parse(&draft.as_of)
        .unwrap_or_else(|| panic!("{rel}: as-of {:?} is not YYYY-MM-DD", draft.as_of));
    let lang = LangChoice::parse(&draft.lang)
        .unwrap_or_else(|| panic!("{rel}: lang {:?} is not auto or a code", draft.lang));
    let mut options = CheckOptions::new(date);
    options.lang = lang;
    let report = checker
        .check(&draft.text, &options)
        .unwrap_or_else(|e| panic!("{rel}: {e}"));
    let seen: Vec<Seen> = report
        .claims
        .iter()
        .map(|f| Seen {
            span: f.byte_span.clone(),
            text: f.text.clone(),
            verdict: f.verdict.name(),
            fact_id: f.fact.as_ref().map(|r| r.id.clone()),
            held_back: f
                .candidate
                .as_ref()
                .map(|c| format!("{}: {}", c.id, f.reason.as_deref().unwrap_or("no reason"))),
        })
        .collect();

    // Each finding goes to the label it overlaps most; a finding that covers two or
    // more labels whole (a range read as one claim, `[[165,000|..]] to [[175,000 ha|..]]`)
    // goes to each of them, so that the editor's verdict on every bound is compared
    // with the one finding the editor sees there.
    let mut per_label: Vec<Vec<&Seen>> = vec![Vec::new(); draft.labels.len()];
    for s in &seen {
        let covered: Vec<usize> = (0..draft.labels.len())
            .filter(|&i| {
                let l = &draft.labels[i].span;
                s.span.start <= l.start && l.end <= s.span.end
            })
            .collect();
        if covered.len() > 1 {
            for i in covered {
                per_label[i].push(s);
            }
            continue;
        }
        let best = draft
            .labels
            .iter()
            .enumerate()
            .map(|(i, l)| (overlap(&s.span, &l.span), i))
            .filter(|&(o, _)| o > 0)
            .max_by_key(|&(o, i)| (o, std::cmp::Reverse(i)));
        match best {
            Some((_, i)) => per_label[i].push(s),
            None if s.flagged() => {
                tally.false_alarms += 1;
                notes.false_alarms.push(format!(
                    "{rel}:{}: {:?} flagged {} ({}) but no label covers it",
                    draft.line_of(s.span.start),
                    s.text,
                    s.verdict,
                    s.fact_id.as_deref().unwrap_or("-")
                ));
            }
            None => {}
        }
    }

    tally.drafts += 1;
    for (label, found) in draft.labels.iter().zip(&per_label) {
        tally.figures += 1;
        // A flagged fragment counts as the figure's verdict: a false alarm must show.
        let rank = |v: &str| match v {
            "discrepancy" => 0,
            "outdated" => 1,
            "consistent" => 2,
            _ => 3,
        };
        let got = found.iter().min_by_key(|s| rank(s.verdict));
        let got_name = match got {
            Some(s) => s.verdict,
            None if label.expected == Expected::None => "none",
            None => "unverified",
        };
        if got_name == label.expected.name() {
            tally.agree += 1;
        }
        let flagged = got.is_some_and(|s| s.flagged());
        let got_fact = got.and_then(|s| s.fact_id.as_deref()).unwrap_or("-");
        let loc = format!("{rel}:{}", label.line);
        let counted_elsewhere = label.expected.is_error() != flagged;
        if got_name != label.expected.name() && !counted_elsewhere {
            let held = got.and_then(|s| s.held_back.as_deref()).unwrap_or("");
            notes.disagree.push(format!(
                "{loc}: {:?} should be {}, got {got_name} ({got_fact}) {held}",
                label.text,
                label.expected.name()
            ));
        }
        if label.expected.is_error() {
            tally.planted += 1;
            if flagged {
                tally.caught += 1;
                if got_name == label.expected.name() {
                    tally.caught_exact += 1;
                }
            } else {
                notes.missed.push(format!(
                    "{loc}: {:?} should be {}, got {got_name} ({got_fact})",
                    label.text,
                    label.expected.name()
                ));
            }
        } else {
            tally.must_not_flag += 1;
            if flagged {
                tally.false_alarms += 1;
                notes.false_alarms.push(format!(
                    "{loc}: {:?} should be {}, got {got_name} ({got_fact})",
                    label.text,
                    label.expected.name()
                ));
            }
        }
        if let (Some(want), Some(s)) = (&label.fact_id, got) {
            if s.verdict != "unverified" && s.fact_id.as_deref() != Some(want.as_str()) {
                tally.other_fact += 1;
                notes.other.push(format!(
                    "{loc}: {:?} judged {} on {got_fact}, label names {want}",
                    label.text, s.verdict
                ));
            }
        }
    }
}

/// The held-out set: drafts written before the linker was tuned on them
/// (`tests/drafts/heldout/{en,nl,vi}`), reported on their own as well as in the totals.
const HELDOUT: &str = "heldout";

/// Every draft file, sorted, with its language directory: the main corpus
/// (`tests/drafts/<lang>`) and the held-out set (`tests/drafts/heldout/<lang>`).
fn corpus_files() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/drafts");
    let mut files = Vec::new();
    for (lang, dir) in LANGS
        .iter()
        .flat_map(|l| [(l, root.join(l)), (l, root.join(HELDOUT).join(l))])
    {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries {
            let path = e
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .path();
            if path.extension().is_some_and(|x| x == "txt") {
                files.push((lang.to_string(), path));
            }
        }
    }
    files.sort();
    files
}

fn rel(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn is_heldout(rel: &str) -> bool {
    rel.contains(&format!("/{HELDOUT}/"))
}

fn print_table(title: &str, tallies: &BTreeMap<String, Tally>) {
    println!("\n{title}");
    println!(
        "{:<6} {:>6} {:>8} {:>10} {:>6} {:>8} {:>7} {:>7} {:>7} {:>9} {:>9} {:>9}",
        "lang",
        "drafts",
        "figures",
        "must-not",
        "FA",
        "FA rate",
        "planted",
        "caught",
        "exact",
        "recall",
        "precision",
        "agreement"
    );
    let mut all = Tally::default();
    let rows = LANGS
        .iter()
        .filter_map(|l| tallies.get(*l).map(|t| (l.to_string(), t)));
    let print_row = |name: &str, t: &Tally| {
        println!(
            "{:<6} {:>6} {:>8} {:>10} {:>6} {:>8} {:>7} {:>7} {:>7} {:>9} {:>9} {:>9}",
            name,
            t.drafts,
            t.figures,
            t.must_not_flag,
            t.false_alarms,
            pct(ratio(t.false_alarms, t.must_not_flag)),
            t.planted,
            t.caught,
            t.caught_exact,
            frac(ratio(t.caught, t.planted)),
            frac(ratio(t.caught, t.caught + t.false_alarms)),
            pct(ratio(t.agree, t.figures)),
        );
    };
    for (name, t) in rows {
        print_row(&name, t);
        all.add(t);
    }
    print_row("all", &all);
    println!(
        "(FA = false alarms; caught = planted errors flagged, exact = with the labelled verdict; \
         {} figures judged on another fact than their label names)",
        all.other_fact
    );
}

#[test]
fn drafts_corpus() {
    let report_only = std::env::var("DRAFTS_REPORT_ONLY").is_ok_and(|v| !v.is_empty() && v != "0");
    let filter = std::env::var("DRAFTS_FILTER").ok();
    let files = corpus_files();
    let checker = Checker::with_tables(true, Vec::new()).unwrap_or_else(|e| panic!("{e}"));
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut heldout: BTreeMap<String, Tally> = BTreeMap::new();
    let mut main: BTreeMap<String, Tally> = BTreeMap::new();
    let mut notes = Notes::default();
    for (lang, path) in &files {
        let rel = rel(path);
        if filter
            .as_ref()
            .is_some_and(|f| !f.split(',').any(|w| rel.contains(w)))
        {
            continue;
        }
        let mut one = Tally::default();
        run_draft(&checker, path, &rel, &mut one, &mut notes);
        tallies.entry(lang.clone()).or_default().add(&one);
        let set = if is_heldout(&rel) {
            &mut heldout
        } else {
            &mut main
        };
        set.entry(lang.clone()).or_default().add(&one);
    }
    if !heldout.is_empty() {
        print_table("main corpus (tests/drafts/<lang>)", &main);
        print_table("held-out set (tests/drafts/heldout/<lang>)", &heldout);
    }
    print_table("all drafts", &tallies);
    for (title, lines) in [
        ("false alarms", &notes.false_alarms),
        ("missed errors", &notes.missed),
        ("judged on another fact than labelled", &notes.other),
        (
            "other figures not given the editor's verdict",
            &notes.disagree,
        ),
    ] {
        if title.starts_with("other figures") && !report_only {
            continue;
        }
        if !lines.is_empty() {
            println!("\n{title} ({}):", lines.len());
            for l in lines {
                println!("  {l}");
            }
        }
    }
    if report_only {
        return;
    }
    if filter.is_none() {
        assert!(
            files.len() >= MIN_DRAFTS,
            "the corpus has {} drafts, fewer than {MIN_DRAFTS}",
            files.len()
        );
    }
    let false_alarms: usize = tallies.values().map(|t| t.false_alarms).sum();
    assert_eq!(
        false_alarms, 0,
        "{false_alarms} false alarms (listed above; DRAFTS_REPORT_ONLY=1 to measure without failing)"
    );
    for (lang, t) in &tallies {
        if let Some(recall) = ratio(t.caught, t.planted) {
            assert!(
                recall >= MIN_RECALL,
                "{lang}: recall {recall:.2} < {MIN_RECALL} (missed errors listed above)"
            );
        }
    }
}

/// Every draft parses, names real facts, and its labelled figures are in its text.
#[test]
fn drafts_are_well_formed() {
    let table = FactTable::bundled();
    let ids: std::collections::BTreeSet<&str> =
        table.facts().iter().map(|f| f.id.as_str()).collect();
    let mut problems = Vec::new();
    let mut per_lang: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (lang, path) in corpus_files() {
        let rel = rel(&path);
        let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let draft = match parse_draft(&file) {
            Ok(d) => d,
            Err(e) => {
                problems.push(format!("{rel}:{e}"));
                continue;
            }
        };
        if Date::parse(&draft.as_of).is_none() {
            problems.push(format!("{rel}: as-of {:?} is not a date", draft.as_of));
        }
        if LangChoice::parse(&draft.lang).is_none() {
            problems.push(format!("{rel}: lang {:?}", draft.lang));
        }
        if draft.labels.is_empty() {
            problems.push(format!("{rel}: no labelled figure"));
        }
        for l in &draft.labels {
            if let Some(id) = &l.fact_id {
                if !ids.contains(id.as_str()) {
                    problems.push(format!("{rel}:{}: no fact {id:?} in the table", l.line));
                }
            }
            if !l.text.chars().any(|c| c.is_alphanumeric()) {
                problems.push(format!(
                    "{rel}:{}: figure {:?} has no number",
                    l.line, l.text
                ));
            }
        }
        let e = per_lang.entry(lang).or_default();
        e.0 += 1;
        e.1 += draft
            .labels
            .iter()
            .filter(|l| l.expected.is_error())
            .count();
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Every language has drafts and planted errors to catch.
    for lang in LANGS {
        let (drafts, errors) = per_lang.get(lang).copied().unwrap_or_default();
        assert!(
            drafts > 0 && errors > 0,
            "{lang}: {drafts} drafts, {errors} planted errors"
        );
    }
}

#[test]
fn marker_parser_strips_markers_and_keeps_byte_spans() {
    let (text, labels) = parse_markers(
        "Trade hit [[48 tỷ USD|consistent|japan.two_way_trade]] in\n[[2024|none]], say [[ba|unverified]].",
        4,
    )
    .unwrap();
    assert_eq!(text, "Trade hit 48 tỷ USD in\n2024, say ba.");
    assert_eq!(labels.len(), 3);
    assert_eq!(&text[labels[0].span.clone()], "48 tỷ USD");
    assert_eq!(labels[0].expected, Expected::Consistent);
    assert_eq!(labels[0].fact_id.as_deref(), Some("japan.two_way_trade"));
    assert_eq!(labels[0].line, 4);
    assert_eq!(&text[labels[1].span.clone()], "2024");
    assert_eq!(labels[1].expected, Expected::None);
    assert_eq!(labels[1].line, 5);
    assert_eq!(&text[labels[2].span.clone()], "ba");
    assert_eq!(labels[2].fact_id, None);
}

#[test]
fn marker_parser_leaves_pipes_outside_markers_alone() {
    let (text, labels) =
        parse_markers("| Japan | [[3rd|consistent]] |\tJapan\t[[48|none]]", 1).unwrap();
    assert_eq!(text, "| Japan | 3rd |\tJapan\t48");
    assert_eq!(labels.len(), 2);
    assert_eq!(&text[labels[1].span.clone()], "48");
}

#[test]
fn marker_parser_rejects_bad_markers_with_line_and_column() {
    let cases = [
        ("ok\nTrade [[48|wrong]]", 2, 7, "verdict"),
        ("[[48 billion", 1, 1, "never closed"),
        ("x 48]] y", 1, 5, "no `[[`"),
        ("[[48|consistent|a|b]]", 1, 1, "not `figure|verdict`"),
        ("[[ 48|consistent]]", 1, 1, "spaces"),
        ("é [[48\n|none]]", 1, 3, "span lines"),
        ("[[a [[48|none]]|none]]", 1, 1, "nest"),
        ("[[48|consistent|]]", 1, 1, "empty fact id"),
    ];
    for (input, line, col, msg) in cases {
        let e = parse_markers(input, 1).expect_err(input);
        assert_eq!((e.line, e.col), (line, col), "{input:?}: {e}");
        assert!(e.msg.contains(msg), "{input:?}: {e}");
    }
}

#[test]
fn draft_header_is_read_and_lines_are_kept() {
    let d =
        parse_draft("as-of: 2019-11-16\nlang: auto\n---\nTitle\nJapan is [[2nd|consistent]].\n")
            .unwrap();
    assert_eq!(d.as_of, "2019-11-16");
    assert_eq!(d.lang, "auto");
    assert_eq!(d.text, "Title\nJapan is 2nd.\n");
    assert_eq!(d.labels[0].line, 5);
    assert_eq!(d.line_of(d.labels[0].span.start), 5);
    assert!(parse_draft("as-of: 2019-11-16\nText [[1|none]]\n").is_err());
    assert!(parse_draft("as-of: 2019-11-16\nfoo: bar\n---\n").is_err());
    assert!(parse_draft("lang: en\n---\nx").is_err());
}
