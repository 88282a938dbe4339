//! The exported WebAssembly API exercised through wasm-bindgen, shared by the Node and
//! the browser test files. `wasm_api_tests!()` defines the tests in the including file.

use claimcheck::wasm;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

fn source(name: &str, kind: &str, text: &str) -> JsValue {
    options(&[("name", name.into()), (kind, text.into())])
}

/// The error message of a JS Error (what a page shows).
fn message(e: wasm_bindgen::JsError) -> String {
    let v: JsValue = e.into();
    assert!(v.is_instance_of::<js_sys::Error>(), "not an Error: {v:?}");
    v.unchecked_into::<js_sys::Error>().message().into()
}

pub fn checks_a_draft_with_utf16_offsets() {
    let draft = "Hà Nội 😀: Japan is Vietnam’s second largest investor, with two-way trade of 52.5 billion USD.";
    let report = wasm::check(draft, options(&[("asOf", "2025-11-03".into())]))
        .unwrap_or_else(|_| panic!("check threw"));
    let claims: Array = get(&report, "claims").unchecked_into();
    assert_eq!(claims.length(), 2);
    let js_draft = js_sys::JsString::from(draft);
    let first = claims.get(0);
    let (start, end) = (
        get(&first, "start").as_f64().unwrap_or(-1.0),
        get(&first, "end").as_f64().unwrap_or(-1.0),
    );
    assert_eq!(
        String::from(js_draft.slice(start as u32, end as u32)),
        "second largest"
    );
    assert_eq!(
        get(&first, "verdict").as_string().as_deref(),
        Some("outdated")
    );
    assert_eq!(
        get(&first, "suggestion").as_string().as_deref(),
        Some("third largest")
    );
    let second = claims.get(1);
    assert_eq!(
        get(&second, "verdict").as_string().as_deref(),
        Some("discrepancy")
    );
    let fact = get(&second, "fact");
    assert_eq!(
        get(&fact, "display").as_string().as_deref(),
        Some("48.18 billion USD")
    );
    assert!(
        get(&get(&fact, "source"), "url").is_null(),
        "missing values are null, not undefined"
    );
}

pub fn bad_tables_throw_errors_with_line_and_column() {
    let bad = "id,as_of,subject,metric,kind,value,cues_en,source_publication\na,2025-01-01,A,m,count,\"1,2,3\",c,VNA\n";
    let e = wasm::parse_facts(source("mine.csv", "csv", bad))
        .err()
        .unwrap_or_else(|| panic!("no error"));
    let m = message(e);
    assert!(
        m.starts_with("mine.csv:2:6: value \"1,2,3\" is not a number"),
        "{m}"
    );
    let e = wasm::JsChecker::new(options(&[(
        "facts",
        Array::of1(&source("t.json", "json", "[{")).into(),
    )]))
    .err()
    .unwrap_or_else(|| panic!("no error"));
    assert!(message(e).starts_with("t.json: not a valid JSON fact table"));
    let e = wasm::check("x", options(&[("asOf", "2025-02-30".into())]))
        .err()
        .unwrap_or_else(|| panic!("no error"));
    assert!(message(e).contains("is not a date"));
}

pub fn user_tables_apply_over_the_default() {
    let csv = "id,as_of,subject,metric,kind,value,unit,cues_en,source_publication\n\
               japan.two_way_trade,2025-11-03,Japan,two-way trade,amount,52.5 billion,USD,two-way trade,Desk\n";
    let checker = wasm::JsChecker::new(options(&[(
        "facts",
        Array::of1(&source("desk.csv", "csv", csv)).into(),
    )]))
    .unwrap_or_else(|_| panic!("table refused"));
    let report = checker
        .check(
            "Japan's two-way trade was 52.5 billion USD.",
            options(&[("asOf", "2025-11-03".into())]),
        )
        .unwrap_or_else(|_| panic!("check threw"));
    let claim = Array::from(&get(&report, "claims")).get(0);
    assert_eq!(
        get(&claim, "verdict").as_string().as_deref(),
        Some("consistent")
    );
    let rows: Array = checker
        .facts()
        .unwrap_or_else(|_| panic!("facts threw"))
        .unchecked_into();
    let defaults: Array = wasm::default_facts()
        .unwrap_or_else(|_| panic!("defaults threw"))
        .unchecked_into();
    assert_eq!(
        rows.length(),
        defaults.length(),
        "an override replaces, it does not add"
    );
}

pub fn lone_surrogates_keep_offsets_aligned_with_the_js_string() {
    // A JS string with a lone surrogate, as a broken paste can produce. wasm-bindgen
    // hands it to Rust as U+FFFD, which is also one UTF-16 unit, so offsets still
    // index the editor's own string.
    let units: Vec<u16> = [0xD800u16]
        .into_iter()
        .chain("x: about 30% of trade".encode_utf16())
        .collect();
    let js = js_sys::JsString::from_char_code(&units);
    let as_rust = String::from(js.clone());
    let report =
        wasm::check(&as_rust, JsValue::UNDEFINED).unwrap_or_else(|_| panic!("check threw"));
    let claim = Array::from(&get(&report, "claims")).get(0);
    let (start, end) = (
        get(&claim, "start").as_f64().unwrap_or(-1.0),
        get(&claim, "end").as_f64().unwrap_or(-1.0),
    );
    assert_eq!(
        String::from(js.slice(start as u32, end as u32)),
        "about 30%"
    );
}

pub fn hostile_input_never_traps() {
    // Lone surrogates arrive from JS as U+FFFD; huge and odd inputs give a report or an Error.
    let odd = [
        "",
        "\u{FFFD}\u{FFFD}30%",
        "9".repeat(5000).as_str(),
        "1,2,3,4,5,6",
        "$$$ bn % %",
        "No. No. 3rd-",
    ]
    .map(String::from);
    for text in odd {
        assert!(wasm::check(&text, JsValue::UNDEFINED).is_ok(), "{text:?}");
    }
    let e = wasm::check("123456", options(&[("maxBytes", 3.into())]))
        .err()
        .unwrap_or_else(|| panic!("no error"));
    assert!(message(e).contains("more than the limit"));
}

#[macro_export]
macro_rules! wasm_api_tests {
    () => {
        #[wasm_bindgen_test]
        fn checks_a_draft_with_utf16_offsets() {
            wasm_api::checks_a_draft_with_utf16_offsets();
        }
        #[wasm_bindgen_test]
        fn bad_tables_throw_errors_with_line_and_column() {
            wasm_api::bad_tables_throw_errors_with_line_and_column();
        }
        #[wasm_bindgen_test]
        fn user_tables_apply_over_the_default() {
            wasm_api::user_tables_apply_over_the_default();
        }
        #[wasm_bindgen_test]
        fn lone_surrogates_keep_offsets_aligned_with_the_js_string() {
            wasm_api::lone_surrogates_keep_offsets_aligned_with_the_js_string();
        }
        #[wasm_bindgen_test]
        fn hostile_input_never_traps() {
            wasm_api::hostile_input_never_traps();
        }
    };
}
