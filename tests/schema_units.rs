//! The fact table's descriptor (`data/facts.schema.json`, read by `facts validate`)
//! allows exactly the units the table reader takes: every canonical unit the languages'
//! unit rows name. A unit row added for the number reading (`days`) must not leave the
//! validator rejecting a row that `facts draft` writes and the reader accepts.
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::Lang;
use std::collections::BTreeSet;

#[test]
fn the_descriptor_allows_every_unit_the_reader_takes() {
    let text = std::fs::read_to_string("data/facts.schema.json").unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let fields = schema["fields"].as_array().expect("fields");
    let unit = fields
        .iter()
        .find(|f| f["name"] == "unit")
        .expect("a unit field");
    let allowed: BTreeSet<String> = unit["constraints"]["enum"]
        .as_array()
        .expect("an enum of units")
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    let rows: Vec<_> = Lang::ALL
        .iter()
        .flat_map(|l| l.vocabulary().units.iter())
        .collect();
    let canonical: BTreeSet<String> = rows.iter().map(|u| u.unit.to_string()).collect();
    let missing: Vec<&String> = canonical.difference(&allowed).collect();
    assert!(
        missing.is_empty(),
        "units the reader takes but the descriptor rejects: {missing:?}"
    );
    // A unit the descriptor allows beyond the canonical ones is a phrase the reader maps
    // to one (`GW` to MW).
    let unknown: Vec<&String> = allowed
        .difference(&canonical)
        .filter(|a| !rows.iter().any(|u| u.phrase == a.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "units the descriptor allows but the reader rejects: {unknown:?}"
    );
}
