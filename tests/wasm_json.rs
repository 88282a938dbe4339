//! The WebAssembly API's JSON writer (src/wasm/json.rs), run natively: what it writes
//! for real reports, fact rows and drafted rows must parse to what serde_json writes
//! (the CLI's JSON) for the same values, numbers compared as numbers ("1" and "1.0"
//! are one value to `JSON.parse`).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../src/wasm/json.rs"]
#[allow(dead_code)]
mod json;
/// json.rs writes numbers with the crate's own formatter (`crate::number` there).
mod number {
    pub use claimcheck::number::shortest;
}

use claimcheck::{CheckOptions, Checker, Date};
use serde::Serialize;
use serde_json::Value;
use std::path::Path;

/// Equal as `JSON.parse` reads them: numbers by value.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fn assert_same<T: Serialize>(value: &T, what: &str) {
    let ours = json::to_string(value).unwrap_or_else(|e| panic!("{what}: {e}"));
    let parsed: Value =
        serde_json::from_str(&ours).unwrap_or_else(|e| panic!("{what}: not JSON: {e}\n{ours}"));
    let expected = serde_json::to_value(value).unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        same(&parsed, &expected),
        "{what}: differs\nours: {parsed}\nserde_json: {expected}"
    );
}

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn reports_of_the_seeds_are_written_as_serde_json_writes_them() {
    let checker = Checker::with_tables(true, Vec::new()).unwrap();
    let options = CheckOptions::new(Date::parse("2025-11-25").unwrap());
    for (name, text) in seeds() {
        let report = checker.check(&text, &options).unwrap();
        assert!(!report.claims.is_empty(), "{name}: no claims");
        assert_same(&report, &name);
    }
}

#[test]
fn fact_rows_and_drafted_rows_are_written_as_serde_json_writes_them() {
    let checker = Checker::with_tables(true, Vec::new()).unwrap();
    assert_same(&checker.fact_rows(), "fact rows");
    let date = Date::parse("2025-11-25").unwrap();
    for (name, text) in seeds() {
        let draft =
            claimcheck::draft::draft(&checker, &text, date, claimcheck::LangChoice::Auto).unwrap();
        assert_same(&draft.rows, &name);
        assert_same(&draft.skipped, &name);
    }
}

#[test]
fn strings_are_escaped_and_odd_values_are_json() {
    let text = "quote \" backslash \\ newline \n tab \t bell \u{7} nul \u{0} é 日本 😀";
    assert_same(&text, "a string");
    let parsed: String = serde_json::from_str(&json::to_string(text).unwrap()).unwrap();
    assert_eq!(parsed, text);
    assert_eq!(json::to_string(&f64::NAN).unwrap(), "null");
    assert_eq!(json::to_string(&f64::INFINITY).unwrap(), "null");
    assert_eq!(json::to_string(&Option::<u8>::None).unwrap(), "null");
    // Exact (the same double back) for every figure a draft or a table can hold.
    for x in [
        0.1 + 0.2_f64,
        1e21,
        3.4e37,
        1e-7,
        1e-15,
        -2.5,
        123_456_789.125,
        48.18,
        0.0,
        48_180_000_000.0,
        -7.0,
        8_999_999_999_999_998.0,
    ] {
        let back: f64 = serde_json::from_str(&json::to_string(&x).unwrap()).unwrap();
        assert_eq!(back.to_bits(), x.to_bits(), "{x}");
    }
    #[derive(Serialize)]
    enum E {
        Unit,
        New(u8),
        Tuple(u8, u8),
        Struct { a: u8 },
    }
    assert_same(
        &[E::Unit, E::New(1), E::Tuple(1, 2), E::Struct { a: 3 }],
        "enums",
    );
    let map: std::collections::BTreeMap<&str, Vec<u32>> = [("a", vec![1, 2]), ("b", vec![])].into();
    assert_same(&(map, 'x', (), Some(true)), "a tuple of odd values");
}
