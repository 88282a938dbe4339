//! Property tests of the report's invariants on arbitrary text: the check never panics;
//! every span lies inside the text on character boundaries and its `text` is exactly
//! that slice (in UTF-16 code units); claims come in text order; the same input gives
//! the same report.
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::report::{Evidence, Words};
use claimcheck::{CheckOptions, Checker, Date, FactTable, Report};
use proptest::prelude::*;
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(FactTable::bundled()).unwrap_or_else(|e| panic!("{e}")))
}

fn check(text: &str) -> Report {
    let options = CheckOptions::new(Date::parse("2025-11-25").unwrap_or_else(|| unreachable!()));
    checker()
        .check(text, &options)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Text that looks like news copy: figures, hedges, units, ranks, names, punctuation
/// and awkward Unicode, glued in any order.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("more than ".to_string()),
        Just("about ".to_string()),
        Just("nearly ".to_string()),
        Just("-plus".to_string()),
        Just(" billion".to_string()),
        Just("bn".to_string()),
        Just(" USD".to_string()),
        Just("US$".to_string()),
        Just("%".to_string()),
        Just(" per cent".to_string()),
        Just("-fold".to_string()),
        Just(" years".to_string()),
        Just("third largest ".to_string()),
        Just("top ".to_string()),
        Just("No. ".to_string()),
        Just("investor".to_string()),
        Just(" and ".to_string()),
        Just("Japan".to_string()),
        Just("Vietnamese community".to_string()),
        Just("November ".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just("\n".to_string()),
        Just("–".to_string()),
        Just("-".to_string()),
        Just("😀".to_string()),
        Just("e\u{301}".to_string()),
        Just("\u{00A0}".to_string()),
        Just("’s ".to_string()),
        "[0-9]{1,7}",
        "[0-9]{1,3}(,[0-9]{3}){0,3}(\\.[0-9]{1,3})?",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn assert_invariants(text: &str) {
    let report = check(text);
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut last = (0, 0);
    for c in &report.claims {
        assert!(
            c.start < c.end && c.end <= units.len(),
            "span {}..{} outside {} units",
            c.start,
            c.end,
            units.len()
        );
        let slice = String::from_utf16(&units[c.start..c.end])
            .unwrap_or_else(|_| panic!("span splits a character"));
        assert_eq!(slice, c.text);
        assert!(text.is_char_boundary(c.byte_span.start) && text.is_char_boundary(c.byte_span.end));
        assert_eq!(&text[c.byte_span.clone()], c.text);
        assert!((c.start, c.end) >= last, "claims out of order");
        last = (c.start, c.end);
        for w in c.evidence.iter().flat_map(evidence_words) {
            assert_eq!(
                utf16_slice(&units, w.start, w.end),
                w.text,
                "evidence of {:?}",
                c.text
            );
            assert_eq!(&text[w.byte_span.clone()], w.text);
        }
    }
    assert_eq!(report.summary.total, report.claims.len());
    let again = check(text);
    assert_eq!(
        format!("{report:?}"),
        format!("{again:?}"),
        "not deterministic"
    );
}

/// The words that named a judged claim's subject, metric and time.
fn evidence_words(e: &Evidence) -> impl Iterator<Item = &Words> {
    [e.subject.as_ref(), e.metric.as_ref(), e.time.words.as_ref()]
        .into_iter()
        .flatten()
}

fn utf16_slice(units: &[u16], start: usize, end: usize) -> String {
    assert!(
        start <= end && end <= units.len(),
        "span {start}..{end} outside {} units",
        units.len()
    );
    String::from_utf16(&units[start..end]).unwrap_or_else(|_| panic!("span splits a character"))
}

/// The seeds are long, in three languages, with evidence in every paragraph: the
/// evidence of a figure far into a draft is where a wrong offset would show (random
/// text seldom links a figure at all).
#[test]
fn every_seed_keeps_the_invariants_and_its_evidence_offsets() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/seeds");
    let mut judged_late = 0;
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        assert_invariants(&text);
        judged_late += check(&text)
            .claims
            .iter()
            .filter(|c| c.evidence.is_some() && c.byte_span.start > text.len() / 2)
            .count();
    }
    assert!(
        judged_late >= 5,
        "only {judged_late} judged figures in the seeds' second halves"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn news_like_text_keeps_the_invariants(text in newsy()) {
        assert_invariants(&text);
    }

    #[test]
    fn any_text_keeps_the_invariants(text in any::<String>()) {
        assert_invariants(&text);
    }

    #[test]
    fn any_csv_table_gives_a_table_or_an_error(text in any::<String>()) {
        let _ = FactTable::from_csv("fuzz.csv", &text);
    }

    #[test]
    fn csv_like_tables_give_a_table_or_an_error(rows in prop::collection::vec("[a-z0-9.,\"|$% -]{0,12}(,[a-z0-9.,\"|$% -]{0,12}){0,12}", 0..6)) {
        let text = format!("id,as_of,subject,metric,kind,value,unit,qualifier,cues_en,source_publication\n{}", rows.join("\n"));
        if let Err(e) = FactTable::from_csv("fuzz.csv", &text) {
            let m = e.to_string();
            prop_assert!(m.starts_with("fuzz.csv:"), "{}", m);
        }
    }
}
