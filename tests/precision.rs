//! A figure is judged at the precision it is written: half a unit of its last written
//! place, scaled by its scale word (`2 million` is 1.5–2.5 million). A scale that is no
//! power of ten counts its places in tens: `a dozen` is 12 ± 5, so that six firms are a
//! discrepancy against it (12 ± 6 took in 6), and a suggestion is never written as a
//! part of a dozen.
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::{CheckOptions, Checker, Date, FactTable};

const HEADER: &str =
    "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication,source_url\n";

/// (claim text, verdict, suggestion) for `text` against one made-up count fact.
fn judged(value: &str, text: &str) -> Vec<(String, &'static str, Option<String>)> {
    let rows = format!(
        "{HEADER}acme.plants,2024-06-01,Acme,Acme's plants,count,{value},,exact,Acme,plants,Desk,\n"
    );
    let table = FactTable::from_csv("made-up", &rows).unwrap_or_else(|e| panic!("{e}"));
    let checker = Checker::new(table).unwrap_or_else(|e| panic!("{e}"));
    let date = Date::parse("2025-01-01").unwrap();
    let report = checker
        .check(text, &CheckOptions::new(date))
        .unwrap_or_else(|e| panic!("{e}"));
    report
        .claims
        .iter()
        .map(|c| (c.text.clone(), c.verdict.name(), c.suggestion.clone()))
        .collect()
}

#[test]
fn a_figure_is_judged_at_the_precision_it_is_written() {
    // (record, draft, verdict, suggestion)
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        ("6", "Acme runs a dozen plants.", "discrepancy", Some("6")),
        ("12", "Acme runs a dozen plants.", "consistent", None),
        ("14", "Acme runs a dozen plants.", "consistent", None),
        ("18", "Acme runs a dozen plants.", "discrepancy", Some("18")),
        ("36", "Acme runs three dozen plants.", "consistent", None),
        (
            "24",
            "Acme runs three dozen plants.",
            "discrepancy",
            Some("2 dozen"),
        ),
        ("2400000", "Acme runs 2 million plants.", "consistent", None),
        (
            "2600000",
            "Acme runs 2 million plants.",
            "discrepancy",
            Some("2.6 million"),
        ),
        ("6", "Acme runs twelve plants.", "discrepancy", Some("6")),
    ];
    for &(record, text, verdict, suggestion) in cases {
        let got = judged(record, text);
        assert_eq!(got.len(), 1, "{text} against {record}: {got:?}");
        let (_, v, s) = &got[0];
        assert_eq!(*v, verdict, "{text} against {record}: {got:?}");
        if let Some(want) = suggestion {
            assert_eq!(s.as_deref(), Some(want), "{text} against {record}");
        }
    }
}
