//! The WebAssembly API for dismissals and drafting, in Node (`wasm-pack test --node`):
//! the `dismissals` option as the page passes it, and `draftFacts` as the drafting panel
//! calls it.
#![cfg(target_arch = "wasm32")]

use claimcheck::wasm;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

fn message(e: wasm_bindgen::JsError) -> String {
    let v: JsValue = e.into();
    v.unchecked_into::<js_sys::Error>().message().into()
}

const DRAFT: &str = "Japan is Vietnam’s second largest investor.";

fn dismissal(fact_as_of: &str) -> JsValue {
    object(&[
        ("text", "second largest".into()),
        ("fact_id", "japan.investor_rank".into()),
        ("fact_as_of", fact_as_of.into()),
        ("reason", "quotes the 2019 ranking".into()),
    ])
}

fn check(as_of: &str, dismissals: Vec<JsValue>) -> JsValue {
    let list: Array = dismissals.into_iter().collect();
    wasm::check(
        DRAFT,
        object(&[("asOf", as_of.into()), ("dismissals", list.into())]),
    )
    .unwrap_or_else(|e| panic!("check threw: {}", message(e)))
}

#[wasm_bindgen_test]
fn a_dismissal_quiets_a_finding_until_the_fact_has_a_newer_version() {
    let report = check("2025-11-03", vec![dismissal("2025-11-03")]);
    let claim = Array::from(&get(&report, "claims")).get(0);
    let applied = get(&claim, "dismissal");
    assert_eq!(get(&applied, "holds").as_bool(), Some(true));
    assert_eq!(
        get(&applied, "reason").as_string().as_deref(),
        Some("quotes the 2019 ranking")
    );
    let summary = get(&report, "summary");
    assert_eq!(get(&summary, "outdated").as_f64(), Some(0.0));
    assert_eq!(get(&summary, "dismissed").as_f64(), Some(1.0));
    // The table has a version of 2025-11-25: as of then the finding is back.
    let report = check("2025-11-30", vec![dismissal("2025-11-03")]);
    let claim = Array::from(&get(&report, "claims")).get(0);
    assert_eq!(
        get(&get(&claim, "dismissal"), "holds").as_bool(),
        Some(false)
    );
    let text = get(&claim, "message").as_string().unwrap_or_default();
    assert!(
        text.starts_with("The record changed since this was dismissed"),
        "{text}"
    );
    // A bad date in a dismissal is an Error naming it, not a trap.
    let list: Array = [dismissal("3 Nov")].into_iter().collect();
    let e = wasm::check(
        DRAFT,
        object(&[("asOf", "2025-11-03".into()), ("dismissals", list.into())]),
    )
    .map(|_| ())
    .map_err(message)
    .expect_err("a bad date must throw");
    assert!(e.contains("\"3 Nov\" is not a date"), "{e}");
}

#[wasm_bindgen_test]
fn draft_facts_proposes_rows_with_offsets_and_csv() {
    let source = "South Korea remains Vietnam's largest foreign investor, with registered capital of 87 billion USD. Japan is Vietnam’s third largest investor.";
    let out = wasm::draft_facts(
        source,
        object(&[
            ("asOf", "2026-01-10".into()),
            (
                "source",
                object(&[("title", "Ties".into()), ("publication", "VNA".into())]),
            ),
        ]),
    )
    .unwrap_or_else(|e| panic!("draftFacts threw: {}", message(e)));
    let rows = Array::from(&get(&out, "rows"));
    let ids: Vec<String> = rows
        .iter()
        .filter_map(|r| get(&r, "id").as_string())
        .collect();
    assert_eq!(
        ids,
        [
            "south_korea.foreign_investor",
            "south_korea.registered_capital"
        ]
    );
    let js = js_sys::JsString::from(source);
    let second = rows.get(1);
    let (start, end) = (
        get(&second, "start").as_f64().unwrap_or(-1.0) as u32,
        get(&second, "end").as_f64().unwrap_or(-1.0) as u32,
    );
    assert_eq!(String::from(js.slice(start, end)), "87 billion USD");
    // Japan's rank agrees with the bundled table: skipped, with why.
    let skipped = Array::from(&get(&out, "skipped"));
    assert_eq!(
        get(&skipped.get(0), "reason").as_string().as_deref(),
        Some("the table already agrees")
    );
    let csv = get(&out, "csv").as_string().unwrap_or_default();
    assert!(
        csv.contains("south_korea.registered_capital,2026-01-10,South Korea,registered capital,amount,87 billion,USD,exact,"),
        "{csv}"
    );
}

/// The options are read field by field (not through serde): a wrong value is refused
/// with its path, and JSON tables, dismissals and the draft source still read.
#[wasm_bindgen_test]
fn bad_options_name_the_field_and_good_ones_still_read() {
    let threw = |options: JsValue| match wasm::check(DRAFT, options) {
        Ok(_) => String::from("(no error)"),
        Err(e) => message(e),
    };
    assert_eq!(
        threw(object(&[("facts", "x.csv".into())])),
        "options.facts must be an array"
    );
    assert_eq!(
        threw(object(&[("asOf", JsValue::from_f64(2025.0))])),
        "options.asOf must be a string"
    );
    assert_eq!(
        threw(object(&[("maxBytes", JsValue::from_f64(-1.0))])),
        "options.maxBytes must be a whole number of at least 0"
    );
    let nameless: Array = [object(&[("csv", "id\n".into())])].into_iter().collect();
    assert_eq!(
        threw(object(&[("facts", nameless.into())])),
        "options.facts[0].name must be a string"
    );
    let mut extra = dismissal("2025-11-03");
    let _ = Reflect::set(&extra, &"note".into(), &"x".into());
    let list: Array = [extra.clone()].into_iter().collect();
    assert!(threw(object(&[("dismissals", list.into())]))
        .starts_with("options.dismissals[0]: unknown field \"note\""),);
    extra = dismissal("3 Nov 2025");
    let list: Array = [extra].into_iter().collect();
    assert_eq!(
        threw(object(&[("dismissals", list.into())])),
        "options.dismissals[0].fact_as_of: \"3 Nov 2025\" is not a date; write YYYY-MM-DD, e.g. 2025-11-03"
    );
    // A JSON table with a number cell and a list of cues links and judges.
    let json = r#"[{"id":"acme.staff","as_of":"2025-01-01","subject":"Acme","metric":"staff","kind":"count","value":1250,"unit":null,"qualifier":"exact","cues_en":["employees"],"aliases_en":[],"source_title":"Acme report","source_publication":"Acme"}]"#;
    let facts: Array = [object(&[
        ("name", "acme.json".into()),
        ("json", json.into()),
    ])]
    .into_iter()
    .collect();
    let report = wasm::check(
        "Acme has 1,300 employees.",
        object(&[
            ("asOf", "2025-06-01".into()),
            ("facts", facts.into()),
            ("noDefaultFacts", true.into()),
        ]),
    )
    .unwrap_or_else(|e| panic!("check threw: {}", message(e)));
    let claim = Array::from(&get(&report, "claims")).get(0);
    assert_eq!(
        get(&claim, "verdict").as_string().as_deref(),
        Some("discrepancy")
    );
    assert_eq!(
        get(&get(&claim, "fact"), "id").as_string().as_deref(),
        Some("acme.staff")
    );
    let bad: Array = [object(&[
        ("name", "t.json".into()),
        ("json", r#"[{"id":{}}]"#.into()),
    ])]
    .into_iter()
    .collect();
    assert_eq!(
        threw(object(&[("facts", bad.into())])),
        "t.json: row 1: \"id\" must be a string, a number, a list of strings or null"
    );
}
