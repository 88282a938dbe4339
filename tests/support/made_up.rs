//! The made-up table harness of the mutation tests (`mutants_link`, `mutants_s8`): a
//! checker over a few CSV rows without the bundled table, and every claim of a draft
//! compared as one line of what an editor sees.
#![allow(dead_code)]

use claimcheck::report::Finding;
pub use claimcheck::{CheckOptions, Checker, Date, FactTable, Lang, LangChoice};

pub const HEADER: &str = "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication,source_url\n";

/// A checker over `rows` (CSV lines after [`HEADER`]) alone, without the bundled table.
pub fn checker(rows: &str) -> Checker {
    let table = FactTable::from_csv("made-up", &format!("{HEADER}{rows}"))
        .unwrap_or_else(|e| panic!("{e}"));
    Checker::new(table).unwrap_or_else(|e| panic!("{e}"))
}

/// One claim as an editor sees it, on one line.
pub fn line(c: &Finding) -> String {
    let fact = match (&c.fact, &c.candidate) {
        (Some(f), _) => f.id.clone(),
        (None, Some(f)) => format!("~{}", f.id),
        (None, None) => "-".to_string(),
    };
    let evidence = match &c.evidence {
        Some(e) => {
            let words = |w: &Option<claimcheck::report::Words>| {
                w.as_ref().map_or("-".to_string(), |w| w.text.clone())
            };
            format!(
                "s={} m={} t={}:{}",
                words(&e.subject),
                words(&e.metric),
                e.time.label,
                words(&e.time.words)
            )
        }
        None => "-".to_string(),
    };
    format!(
        "{} | {} | {} | {} | {} | {} | {}",
        c.text,
        c.verdict.name(),
        fact,
        c.reason.as_deref().unwrap_or("-"),
        evidence,
        c.suggestion.as_deref().unwrap_or("-"),
        c.message
    )
}

/// Checks each `(draft, lines)` row in English on `as_of` and compares every claim's
/// line; reports all rows that differ at once.
pub fn run(checker: &Checker, as_of: &str, rows: &[(&str, &[&str])]) {
    run_in(checker, Lang::En, as_of, rows);
}

/// [`run`] in `lang`.
pub fn run_in(checker: &Checker, lang: Lang, as_of: &str, rows: &[(&str, &[&str])]) {
    let mut options = CheckOptions::new(Date::parse(as_of).unwrap_or_else(|| panic!("{as_of}")));
    options.lang = LangChoice::Fixed(lang);
    let mut failures = Vec::new();
    for (text, want) in rows {
        let report = checker
            .check(text, &options)
            .unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<String> = report.claims.iter().map(line).collect();
        if got != *want {
            failures.push(format!("{text:?}\n  want: {want:#?}\n  got:  {got:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every claim `Checker::extract` reads from `text` in `lang`, one line each: its text,
/// kind, value, unit, hedge (and the hedge's words), shape, tolerance, scale and number
/// (the number reading, as `tests/mutants_numbers.rs` reads it too).
pub fn claim_lines(text: &str, lang: Lang) -> Vec<String> {
    let checker = Checker::new(FactTable::bundled()).unwrap_or_else(|e| panic!("{e}"));
    checker
        .extract(text, lang)
        .iter()
        .map(|c| {
            let hedge = c
                .hedge_span
                .clone()
                .map_or("-".to_string(), |s| text[s].to_string());
            format!(
                "{:?} | {} | {} | {} | {} ({}) | {:?} | tol={} scale={} | n={:?}",
                &text[c.span.clone()],
                c.kind.name(),
                c.value,
                c.unit.unwrap_or("-"),
                c.hedge.name(),
                hedge,
                c.shape,
                c.tolerance,
                c.scale,
                &text[c.number_span.clone()],
            )
        })
        .collect()
}

/// Checks that each text reads in `lang` to exactly its claim lines, listing every row
/// that does not.
pub fn expect_lines(lang: Lang, rows: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (text, want) in rows {
        let got = claim_lines(text, lang);
        if got != *want {
            failures.push(format!("{text:?}\n  want: {want:#?}\n  got:  {got:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
