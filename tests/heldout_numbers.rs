//! Held-out number forms (issue 9): an independent set of sentences in English, Dutch
//! and Vietnamese, written without reading the number grammar, scored as a recogniser
//! is scored: precision, recall and F1 per language, by span overlap and by exact span.
//!
//! Data and format: `tests/heldout_numbers/README.md`. A predicted claim is a true
//! positive when its span overlaps an expected figure's span and its value matches
//! (relative error < 1e-6; ranges by both bounds when the finding exposes them).
//!
//! `HELDOUT_REPORT_ONLY=1 cargo test --test heldout_numbers -- --nocapture` prints the
//! table, every miss and every false positive without asserting the F1 floors.
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::{CheckOptions, Checker, Date, FactTable, Finding, Kind, Lang, LangChoice};
use std::fmt;
use std::path::{Path, PathBuf};
#[path = "support/escape.rs"]
mod escape;
use escape::unescape;

/// Each data file, its language and the F1 (overlap) it must reach. Batch 1 (`en.tsv`..),
/// batch 2 (`en2.tsv`.., session 4) and batch 3 (`en3.tsv`.., session 5) are scored
/// apart: each was written later, also without reading the grammar, so its first score
/// is the honest estimate.
const LANGS: &[(Lang, &str, f64)] = &[
    (Lang::En, "en.tsv", 0.92),
    (Lang::Nl, "nl.tsv", 0.92),
    (Lang::Vi, "vi.tsv", 0.85),
    (Lang::En, "en2.tsv", 0.92),
    (Lang::Nl, "nl2.tsv", 0.92),
    (Lang::Vi, "vi2.tsv", 0.85),
    (Lang::En, "en3.tsv", 0.92),
    (Lang::Nl, "nl3.tsv", 0.92),
    (Lang::Vi, "vi3.tsv", 0.85),
];

/// The check date; no row depends on it (values, not verdicts, are scored).
const AS_OF: &str = "2025-11-03";

// ---------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------

/// What a figure is shaped like. `Change` carries the direction (+1, -1, 0 unknown).
#[derive(Clone, Copy, Debug, PartialEq)]
enum ShapeClass {
    Level,
    Range,
    Change(i8),
    Fraction,
    Rank,
}

impl ShapeClass {
    fn parse(s: &str) -> Option<ShapeClass> {
        Some(match s {
            "level" => ShapeClass::Level,
            "range" => ShapeClass::Range,
            "change" => ShapeClass::Change(0),
            "change+" => ShapeClass::Change(1),
            "change-" => ShapeClass::Change(-1),
            "fraction" => ShapeClass::Fraction,
            "rank" => ShapeClass::Rank,
            _ => return None,
        })
    }

    /// Same class; a change's direction must agree when both sides give one.
    fn agrees(self, other: ShapeClass) -> bool {
        match (self, other) {
            (ShapeClass::Change(a), ShapeClass::Change(b)) => a == 0 || b == 0 || a == b,
            (a, b) => a == b,
        }
    }
}

impl fmt::Display for ShapeClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShapeClass::Level => f.write_str("level"),
            ShapeClass::Range => f.write_str("range"),
            ShapeClass::Change(1) => f.write_str("change+"),
            ShapeClass::Change(-1) => f.write_str("change-"),
            ShapeClass::Change(_) => f.write_str("change"),
            ShapeClass::Fraction => f.write_str("fraction"),
            ShapeClass::Rank => f.write_str("rank"),
        }
    }
}

/// A value as written in the data: one number, or a range's two bounds.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Value {
    One(f64),
    Range(f64, f64),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::One(v) => write!(f, "{v}"),
            Value::Range(lo, hi) => write!(f, "{lo}..{hi}"),
        }
    }
}

/// One expected figure.
#[derive(Clone, Debug)]
struct Expected {
    text: String,
    /// UTF-16 code units, half-open, like `Finding::start`/`end`.
    start: usize,
    end: usize,
    value: Value,
    unit: Option<String>,
    shape: ShapeClass,
}

/// One data row.
#[derive(Clone, Debug)]
struct Row {
    line: usize,
    input: String,
    expected: Vec<Expected>,
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heldout_numbers")
}

/// A number as the data writes it: `48e9`, `-2.4`, `1/3`, `-1/3`.
fn parse_number(s: &str) -> Result<f64, String> {
    if let Some((n, d)) = s.split_once('/') {
        let n: f64 = n.parse().map_err(|_| format!("bad numerator in {s:?}"))?;
        let d: f64 = d.parse().map_err(|_| format!("bad denominator in {s:?}"))?;
        if d == 0.0 {
            return Err(format!("zero denominator in {s:?}"));
        }
        return Ok(n / d);
    }
    s.parse().map_err(|_| format!("bad number {s:?}"))
}

fn parse_value(s: &str) -> Result<Value, String> {
    match s.split_once("..") {
        Some((lo, hi)) => {
            let (lo, hi) = (parse_number(lo)?, parse_number(hi)?);
            if lo >= hi {
                return Err(format!("range {s:?} must be low..high"));
            }
            Ok(Value::Range(lo, hi))
        }
        None => Ok(Value::One(parse_number(s)?)),
    }
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Parses one claim (`text => value unit shape`), locating `text` in `input` at or
/// after byte `from`; returns the claim and the byte where it ends.
fn parse_claim(input: &str, claim: &str, from: usize) -> Result<(Expected, usize), String> {
    let (text, rhs) = claim
        .split_once(" => ")
        .ok_or_else(|| format!("claim {claim:?} has no ` => `"))?;
    let text = unescape(text.trim())?;
    let fields: Vec<&str> = rhs.split_whitespace().collect();
    let [value, unit, shape] = fields[..] else {
        return Err(format!(
            "claim {claim:?}: want `value unit shape` after `=>`"
        ));
    };
    let value = parse_value(value)?;
    let shape = ShapeClass::parse(shape).ok_or_else(|| format!("unknown shape {shape:?}"))?;
    if matches!(value, Value::Range(..)) != (shape == ShapeClass::Range) {
        return Err(format!(
            "claim {claim:?}: a range value needs shape range and back"
        ));
    }
    let at = input[from..]
        .find(&text)
        .map(|i| i + from)
        .ok_or_else(|| format!("{text:?} is not in the input after byte {from}"))?;
    let start = utf16_len(&input[..at]);
    let expected = Expected {
        start,
        end: start + utf16_len(&text),
        value,
        unit: (unit != "-").then(|| unit.to_string()),
        shape,
        text: text.clone(),
    };
    Ok((expected, at + text.len()))
}

/// Reads a data file; any malformed row is an error naming file, line and column.
fn load(file: &str) -> Vec<Row> {
    let path = data_dir().join(file);
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut rows = Vec::new();
    for (i, raw) in data.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let fail =
            |col: usize, msg: String| -> ! { panic!("{}:{line}:{col}: {msg}", path.display()) };
        let (input, claims) = raw
            .split_once('\t')
            .unwrap_or_else(|| fail(1, "want `input<TAB>claims`".into()));
        if claims.contains('\t') {
            fail(input.len() + 2, "more than two columns".into());
        }
        let input = unescape(input).unwrap_or_else(|e| fail(1, e));
        let mut expected = Vec::new();
        let mut from = 0;
        let col = raw.chars().take_while(|&c| c != '\t').count() + 2;
        for claim in claims.split(" ;; ").filter(|c| !c.trim().is_empty()) {
            let (e, end) = parse_claim(&input, claim, from).unwrap_or_else(|m| fail(col, m));
            expected.push(e);
            from = end;
        }
        rows.push(Row {
            line,
            input,
            expected,
        });
    }
    rows
}

// ---------------------------------------------------------------------------------
// Predictions
// ---------------------------------------------------------------------------------

/// What the runner reads from a `Finding`.
#[derive(Clone, Debug)]
struct Predicted {
    start: usize,
    end: usize,
    text: String,
    kind: Kind,
    value: f64,
    unit: Option<String>,
    shape: ShapeClass,
    /// A range's bounds, when the finding exposes them.
    bounds: Option<(f64, f64)>,
}

/// The shape of a finding. EXTEND HERE when `Finding` gains a `shape` field (issue 9):
/// today it is read from the serialized finding's `shape` (`{"type": "range", "low":
/// .., "high": ..}`, as `claimcheck::Shape` serializes) when present, else guessed from
/// the kind (rank → rank, everything else → level).
fn predicted_shape(finding: &Finding) -> (ShapeClass, Option<(f64, f64)>) {
    let json = serde_json::to_value(finding).unwrap_or_default();
    if let Some(shape) = json.get("shape") {
        let ty = shape.get("type").and_then(|t| t.as_str()).unwrap_or("");
        let num = |k: &str| shape.get(k).and_then(|v| v.as_f64());
        let class = match ty {
            "range" => {
                let bounds = num("low").zip(num("high"));
                return (ShapeClass::Range, bounds);
            }
            "change" => ShapeClass::Change(num("direction").map_or(0, |d| d.signum() as i8)),
            "fraction" => ShapeClass::Fraction,
            "ordinal" => ShapeClass::Rank,
            _ if finding.kind == Kind::Rank => ShapeClass::Rank,
            _ => ShapeClass::Level,
        };
        return (class, None);
    }
    match finding.kind {
        Kind::Rank => (ShapeClass::Rank, None),
        _ => (ShapeClass::Level, None),
    }
}

fn predict(checker: &Checker, lang: Lang, input: &str) -> Vec<Predicted> {
    let mut options = CheckOptions::new(Date::parse(AS_OF).expect("date"));
    options.lang = LangChoice::Fixed(lang);
    let report = checker
        .check(input, &options)
        .unwrap_or_else(|e| panic!("{input:?}: {e}"));
    report
        .claims
        .iter()
        .map(|f| {
            let (shape, bounds) = predicted_shape(f);
            Predicted {
                start: f.start,
                end: f.end,
                text: f.text.clone(),
                kind: f.kind,
                value: f.value,
                unit: f.unit.map(str::to_string),
                shape,
                bounds,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------

/// How many base units one unit is, for units that convert (1.6 GW = 1,600 MW).
fn unit_base(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        "W" => ("power", 1.0),
        "kW" => ("power", 1e3),
        "MW" => ("power", 1e6),
        "GW" => ("power", 1e9),
        "Wh" => ("energy", 1.0),
        "kWh" => ("energy", 1e3),
        "MWh" => ("energy", 1e6),
        "GWh" => ("energy", 1e9),
        "TWh" => ("energy", 1e12),
        "m2" | "m²" => ("area", 1.0),
        "ha" => ("area", 1e4),
        "km2" | "km²" => ("area", 1e6),
        "kg" => ("mass", 1.0),
        "tonnes" | "t" => ("mass", 1e3),
        "mm" => ("length", 1e-3),
        "cm" => ("length", 1e-2),
        "m" => ("length", 1.0),
        "km" => ("length", 1e3),
        _ => return None,
    })
}

/// The factor that turns a predicted value into the expected unit (1 if they don't
/// convert, or either is missing).
fn conversion(pred: Option<&str>, want: Option<&str>) -> f64 {
    match (pred.and_then(unit_base), want.and_then(unit_base)) {
        (Some((a, fa)), Some((b, fb))) if a == b => fa / fb,
        _ => 1.0,
    }
}

fn close(got: f64, want: f64) -> bool {
    if want == 0.0 {
        got.abs() < 1e-9
    } else {
        ((got - want) / want).abs() < 1e-6
    }
}

/// Whether a prediction's value matches an expected figure's value.
fn value_matches(p: &Predicted, e: &Expected) -> bool {
    let k = conversion(p.unit.as_deref(), e.unit.as_deref());
    let v = p.value * k;
    match e.value {
        Value::Range(lo, hi) => match p.bounds {
            Some((plo, phi)) => close(plo * k, lo) && close(phi * k, hi),
            None => close(v, lo) || close(v, hi) || close(v, (lo + hi) / 2.0),
        },
        Value::One(want) => {
            // A change's sign is carried either by the value or by the direction.
            let (v, want) = match e.shape {
                ShapeClass::Change(_) => (v.abs(), want.abs()),
                _ => (v, want),
            };
            // A fraction may come back as a ratio or as a percentage.
            let as_percent = p.unit.as_deref() == Some("%")
                && e.unit.as_deref() != Some("%")
                && close(v, want * 100.0);
            close(v, want) || as_percent
        }
    }
}

fn overlaps(p: &Predicted, e: &Expected) -> bool {
    p.start < e.end && e.start < p.end
}

/// Counts for one language.
#[derive(Default)]
struct Score {
    rows: usize,
    expected: usize,
    predicted: usize,
    tp: usize,
    tp_exact: usize,
    shape_ok: usize,
    misses: Vec<String>,
    false_positives: Vec<String>,
}

fn f1(tp: usize, predicted: usize, expected: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 {
        1.0
    } else {
        tp as f64 / predicted as f64
    };
    let r = if expected == 0 {
        1.0
    } else {
        tp as f64 / expected as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Pairs expected figures with predictions one to one; `exact` requires equal spans.
fn pair(expected: &[Expected], preds: &[Predicted], exact: bool) -> Vec<Option<usize>> {
    let mut used = vec![false; preds.len()];
    expected
        .iter()
        .map(|e| {
            let ok = |(i, p): &(usize, &Predicted)| {
                !used[*i]
                    && value_matches(p, e)
                    && if exact {
                        p.start == e.start && p.end == e.end
                    } else {
                        overlaps(p, e)
                    }
            };
            // Prefer an exact span among the overlapping candidates.
            let best = preds
                .iter()
                .enumerate()
                .filter(ok)
                .min_by_key(|(_, p)| (p.start != e.start || p.end != e.end) as u8)
                .map(|(i, _)| i);
            if let Some(i) = best {
                used[i] = true;
            }
            best
        })
        .collect()
}

fn describe(p: &Predicted) -> String {
    let bounds = p
        .bounds
        .map_or(String::new(), |(lo, hi)| format!(" [{lo}..{hi}]"));
    format!(
        "{:?} = {}{} {} ({}, {})",
        p.text,
        p.value,
        bounds,
        p.unit.as_deref().unwrap_or("-"),
        p.kind,
        p.shape
    )
}

fn score_row(row: &Row, preds: &[Predicted], file: &str, score: &mut Score) {
    // Years are their own kind of claim, outside the number grammar: a year that
    // overlaps no expected figure is neither right nor wrong here.
    let preds: Vec<Predicted> = preds
        .iter()
        .filter(|p| p.kind != Kind::Year || row.expected.iter().any(|e| overlaps(p, e)))
        .cloned()
        .collect();
    score.rows += 1;
    score.expected += row.expected.len();
    score.predicted += preds.len();
    let loose = pair(&row.expected, &preds, false);
    let exact = pair(&row.expected, &preds, true);
    score.tp_exact += exact.iter().flatten().count();
    for (e, m) in row.expected.iter().zip(&loose) {
        match m {
            Some(i) => {
                score.tp += 1;
                if preds[*i].shape.agrees(e.shape) {
                    score.shape_ok += 1;
                }
            }
            None => {
                let near: Vec<String> = preds
                    .iter()
                    .filter(|p| overlaps(p, e))
                    .map(describe)
                    .collect();
                let near = if near.is_empty() {
                    "nothing".to_string()
                } else {
                    near.join(", ")
                };
                score.misses.push(format!(
                    "{file}:{}: want {:?} = {} {} ({}); got {near}\n    in {:?}",
                    row.line,
                    e.text,
                    e.value,
                    e.unit.as_deref().unwrap_or("-"),
                    e.shape,
                    row.input
                ));
            }
        }
    }
    for (i, p) in preds.iter().enumerate() {
        if !loose.contains(&Some(i)) {
            score.false_positives.push(format!(
                "{file}:{}: {}\n    in {:?}",
                row.line,
                describe(p),
                row.input
            ));
        }
    }
}

fn report_only() -> bool {
    std::env::var_os("HELDOUT_REPORT_ONLY").is_some_and(|v| v != "0")
}

#[test]
fn data_files_are_well_formed() {
    for (_, file, _) in LANGS {
        let rows = load(file);
        assert!(rows.len() >= 60, "{file}: only {} rows", rows.len());
        assert!(
            rows.iter().any(|r| r.expected.is_empty()),
            "{file}: no negative rows"
        );
    }
}

#[test]
fn number_grammar_scores_on_held_out_forms() {
    let checker = Checker::new(FactTable::bundled()).unwrap_or_else(|e| panic!("{e}"));
    let mut table = String::from(
        "file     lang  rows  expected  predicted    TP  precision  recall     F1  exact-span F1  shape ok\n",
    );
    let mut details = String::new();
    let mut failures = Vec::new();
    for (lang, file, floor) in LANGS {
        let mut score = Score::default();
        for row in load(file) {
            let preds = predict(&checker, *lang, &row.input);
            score_row(&row, &preds, file, &mut score);
        }
        let (p, r, f) = f1(score.tp, score.predicted, score.expected);
        let (_, _, fx) = f1(score.tp_exact, score.predicted, score.expected);
        table.push_str(&format!(
            "{:<7}  {:<4}  {:>4}  {:>8}  {:>9}  {:>4}  {:>9.3}  {:>6.3}  {:>5.3}  {:>13.3}  {:>4}/{}\n",
            file.trim_end_matches(".tsv"),
            format!("{lang:?}"),
            score.rows,
            score.expected,
            score.predicted,
            score.tp,
            p,
            r,
            f,
            fx,
            score.shape_ok,
            score.tp
        ));
        details.push_str(&format!(
            "\n== {file}: {} misses ==\n{}\n== {file}: {} false positives ==\n{}\n",
            score.misses.len(),
            score.misses.join("\n"),
            score.false_positives.len(),
            score.false_positives.join("\n")
        ));
        if f < *floor {
            failures.push(format!("{file} ({lang:?}): F1 {f:.3} < {floor}"));
        }
    }
    println!("{details}\n{table}");
    if !report_only() {
        assert!(
            failures.is_empty(),
            "held-out number forms below their F1 floor: {}\n{table}",
            failures.join("; ")
        );
    }
}
