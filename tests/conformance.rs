//! Conformance of the number grammar: tables per language (`tests/conformance/
//! {en,nl,vi}.tsv`, and `{en,nl,vi}_s5.tsv` / `_s6.tsv` / `_s7.tsv` / `_s8.tsv`, rows
//! written in sessions 5 to 8 before the fixes they drove; each file is scored on its own), each row a sentence as reporters write it and the claims it
//! must yield, or `-` for a sentence whose numbers are no claims (dates, times, phone
//! numbers, codes, ordinals that rank nothing). Prints precision, recall and F1 per
//! language and fails below the floor.
//!
//! Row format (tab-separated): `input<TAB>claims`, where claims is `-` or a list of
//! `text=value` joined by ` ; `, each optionally followed by `@range:low:high`,
//! `@change:+1` / `@change:-1`, `@fraction` or `@level` (the default, not checked when
//! absent). In `input`, `\u{…}` writes an invisible or special character. Lines
//! starting with `#` are comments.
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::{Checker, FactTable, Lang, Shape};
use std::path::Path;
#[path = "support/escape.rs"]
mod escape;
use escape::unescape;

/// F1 every table must reach.
const FLOOR: f64 = 0.95;

/// Each table and its language. The session-5 tables first ran at en 0.924, nl 0.918,
/// vi 0.938, and the session-6 ones at en 0.777, nl 0.897, vi 0.828 (second round
/// `_s6b`: 0.912, 1.000, 0.917; third `_s6c`: 1.000, 0.833, 1.000; fourth `_s6d`:
/// 0.889, 0.857, 0.857; fifth `_s6e`: 1.000 in all three), and the session-7 ones
/// (ordinals, milestones, Vietnamese times and halves, other forms tried as a user),
/// whole, at en 0.836, nl 0.828, vi 0.841 on main 7c8a7c2, before the fixes they
/// drove; the session-8 sweep (`_s8`: words, mixed scales, fractions, ranges, change
/// verbs, grouping, ranks, line breaks) at en 0.984, nl 0.909, vi 0.891 on ff28d70.
const TABLES: &[(Lang, &str)] = &[
    (Lang::En, "en.tsv"),
    (Lang::Nl, "nl.tsv"),
    (Lang::Vi, "vi.tsv"),
    (Lang::En, "en_s5.tsv"),
    (Lang::Nl, "nl_s5.tsv"),
    (Lang::Vi, "vi_s5.tsv"),
    (Lang::En, "en_s6.tsv"),
    (Lang::Nl, "nl_s6.tsv"),
    (Lang::Vi, "vi_s6.tsv"),
    (Lang::En, "en_s6b.tsv"),
    (Lang::Nl, "nl_s6b.tsv"),
    (Lang::Vi, "vi_s6b.tsv"),
    (Lang::En, "en_s6c.tsv"),
    (Lang::Nl, "nl_s6c.tsv"),
    (Lang::Vi, "vi_s6c.tsv"),
    (Lang::En, "en_s6d.tsv"),
    (Lang::Nl, "nl_s6d.tsv"),
    (Lang::Vi, "vi_s6d.tsv"),
    (Lang::En, "en_s6e.tsv"),
    (Lang::Nl, "nl_s6e.tsv"),
    (Lang::Vi, "vi_s6e.tsv"),
    (Lang::En, "en_s7.tsv"),
    (Lang::Nl, "nl_s7.tsv"),
    (Lang::Vi, "vi_s7.tsv"),
    (Lang::En, "en_s8.tsv"),
    (Lang::Nl, "nl_s8.tsv"),
    (Lang::Vi, "vi_s8.tsv"),
    (Lang::En, "en_s8b.tsv"),
    (Lang::Nl, "nl_s8b.tsv"),
    (Lang::Vi, "vi_s8b.tsv"),
    (Lang::En, "en_s8c.tsv"),
    (Lang::Nl, "nl_s8c.tsv"),
    (Lang::En, "en_s9.tsv"),
    (Lang::Nl, "nl_s9.tsv"),
    (Lang::Vi, "vi_s9.tsv"),
];

#[derive(Debug, Clone, PartialEq)]
struct Expected {
    text: String,
    value: f64,
    shape: Option<String>,
}

fn parse_claim(s: &str, line: usize) -> Expected {
    let (body, shape) = match s.split_once('@') {
        Some((b, sh)) if !sh.contains('=') => (b, Some(sh.trim().to_string())),
        _ => (s, None),
    };
    let (text, value) = body
        .rsplit_once('=')
        .unwrap_or_else(|| panic!("line {line}: claim without '=': {s}"));
    let value: f64 = value
        .trim()
        .parse()
        .unwrap_or_else(|e| panic!("line {line}: bad value {value:?}: {e}"));
    Expected {
        text: unescape(text.trim()).unwrap_or_else(|e| panic!("{e}")),
        value,
        shape,
    }
}

fn shape_name(shape: Shape) -> String {
    match shape {
        Shape::Level => "level".into(),
        Shape::Range { low, high } => format!("range:{low}:{high}"),
        Shape::Change { direction } => format!("change:{direction:+}"),
        Shape::Fraction => "fraction".into(),
        Shape::Ordinal => "ordinal".into(),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn shape_matches(want: &str, got: Shape) -> bool {
    let parts: Vec<&str> = want.split(':').collect();
    match (parts.as_slice(), got) {
        (["level"], Shape::Level) | (["fraction"], Shape::Fraction) => true,
        (["range", lo, hi], Shape::Range { low, high }) => {
            lo.parse().is_ok_and(|l| close(l, low)) && hi.parse().is_ok_and(|h| close(h, high))
        }
        (["change", d], Shape::Change { direction }) => {
            d.trim_start_matches('+').parse::<i8>() == Ok(direction)
        }
        _ => false,
    }
}

/// (true positives, predicted, expected, misses for the report).
fn run(lang: Lang, file: &str, checker: &Checker) -> (usize, usize, usize, Vec<String>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/conformance")
        .join(file);
    let table =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let (mut tp, mut predicted, mut expected) = (0, 0, 0);
    let mut misses = Vec::new();
    for (n, line) in table.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (input, claims) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("{}:{line_no}: no tab", path.display()));
        let input = unescape(input).unwrap_or_else(|e| panic!("{e}"));
        let want: Vec<Expected> = match claims.trim() {
            "-" => Vec::new(),
            c => c.split(" ; ").map(|s| parse_claim(s, line_no)).collect(),
        };
        let got = checker.extract(&input, lang);
        predicted += got.len();
        expected += want.len();
        let mut matched = vec![false; want.len()];
        for c in &got {
            let text = &input[c.span.clone()];
            let hit = want.iter().enumerate().find(|(k, w)| {
                !matched[*k]
                    && w.text == text
                    && close(w.value, c.value)
                    && w.shape.as_deref().is_none_or(|s| shape_matches(s, c.shape))
            });
            match hit {
                Some((k, _)) => {
                    matched[k] = true;
                    tp += 1;
                }
                None => misses.push(format!(
                    "{file}:{line_no}: extra {text:?}={} @{}",
                    c.value,
                    shape_name(c.shape)
                )),
            }
        }
        for (w, m) in want.iter().zip(&matched) {
            if !m {
                misses.push(format!(
                    "{file}:{line_no}: missed {:?}={} @{}",
                    w.text,
                    w.value,
                    w.shape.as_deref().unwrap_or("-")
                ));
            }
        }
    }
    (tp, predicted, expected, misses)
}

#[test]
fn number_forms_read_as_reporters_write_them() {
    let checker = Checker::new(FactTable::bundled()).unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    for &(lang, file) in TABLES {
        let (tp, predicted, expected, misses) = run(lang, file, &checker);
        let precision = tp as f64 / predicted.max(1) as f64;
        let recall = tp as f64 / expected.max(1) as f64;
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        println!(
            "{file}: precision {precision:.3} recall {recall:.3} F1 {f1:.3} ({tp} of {expected} expected, {predicted} read)"
        );
        for m in &misses {
            println!("  {m}");
        }
        if f1 < FLOOR {
            failures.push(format!("{file}: F1 {f1:.3} < {FLOOR}"));
        }
    }
    assert!(failures.is_empty(), "{failures:?}");
}

/// `1.624` in a Dutch paragraph of a mostly English draft is read in Dutch style, and
/// the finding says so instead of guessing silently; the same digits in a Dutch draft
/// need no note.
#[test]
fn a_number_style_ambiguous_in_its_context_is_said() {
    use claimcheck::{CheckOptions, Date};
    let checker = Checker::new(FactTable::bundled()).unwrap_or_else(|e| panic!("{e}"));
    let options = CheckOptions::new(Date::parse("2025-11-03").unwrap_or_else(|| unreachable!()));
    let english = "Japan and Vietnam signed many deals this year, and the two sides said that the partnership would grow.\nThe trade between the two countries has grown strongly over the past decade.\nIn Vietnam the plants have a capacity that is large and the officials said so.\n\n";
    let dutch = "De centrale in Nhon Trach heeft een vermogen van 1.624 MW en dat is veel voor de regio en de stad.\n";
    let report = checker
        .check(&format!("{english}{dutch}"), &options)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.lang, "en");
    let c = report
        .claims
        .iter()
        .find(|c| c.text == "1.624 MW")
        .unwrap_or_else(|| panic!("{:?}", report.claims));
    assert!(c.message.contains("check which is meant"), "{}", c.message);
    let report = checker
        .check(dutch, &options)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(report
        .claims
        .iter()
        .all(|c| !c.message.contains("check which is meant")));
}
