//! The five bugs an independent review planted in the core that `cargo test` did not
//! catch (issue 12), each pinned here through the public API on a small made-up table,
//! so that the mutant bringing one back fails a test:
//!
//! 1. the as-of filter in linking;
//! 2. the magnitude guard;
//! 3. a suggestion that keeps the draft's hedge;
//! 4. the outdated message naming the older version;
//! 5. `facts --format csv` keeping every qualifier (on the built binary).
//!
//! Each linking case is compared as full (claim text, fact id, verdict) triples, and the
//! messages as whole strings in the format `src/verdict.rs` writes.
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::{CheckOptions, Checker, Date, FactTable, Report};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

const HEADER: &str = "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication,source_url\n";

/// A checker over `rows` (CSV lines after [`HEADER`]) alone, without the bundled table.
fn checker(rows: &str) -> Checker {
    let table = FactTable::from_csv("made-up", &format!("{HEADER}{rows}"))
        .unwrap_or_else(|e| panic!("{e}"));
    Checker::new(table).unwrap_or_else(|e| panic!("{e}"))
}

fn check(checker: &Checker, text: &str, as_of: &str) -> Report {
    let date = Date::parse(as_of).unwrap_or_else(|| panic!("bad date {as_of}"));
    checker
        .check(text, &CheckOptions::new(date))
        .unwrap_or_else(|e| panic!("{e}"))
}

/// (claim text, linked fact id or "-", verdict) for every claim, in text order.
fn triples(report: &Report) -> Vec<(String, String, &'static str)> {
    report
        .claims
        .iter()
        .map(|c| {
            (
                c.text.clone(),
                c.fact.as_ref().map_or("-", |f| f.id.as_str()).to_string(),
                c.verdict.name(),
            )
        })
        .collect()
}

fn triple(text: &str, id: &str, verdict: &'static str) -> (String, String, &'static str) {
    (text.to_string(), id.to_string(), verdict)
}

/// Mutant 1: a fact that only exists after the check date must not take over a cue.
/// `acme.new_exports` has the longer, nearer cue (`exports by volume`) but holds only from
/// 2026; checked as of 2025-01-01 the claim belongs to `acme.exports`, which agrees.
#[test]
fn a_fact_dated_after_the_check_date_cannot_take_the_claim() {
    let c = checker(
        "acme.exports,2024-06-01,Acme,Acme's exports,count,500,,exact,Acme,exports,Trade desk,\n\
         acme.new_exports,2026-03-01,Acme,Acme's exports by volume,count,800,,exact,Acme,exports by volume,Trade desk,\n",
    );
    let text = "Acme's exports by volume reached 500 units last year.";
    assert_eq!(
        triples(&check(&c, text, "2025-01-01")),
        [triple("500", "acme.exports", "consistent")]
    );
    // Once the later fact holds, it is the nearer cue and the claim is judged against it.
    assert_eq!(
        triples(&check(&c, text, "2026-06-01")),
        [triple("500", "acme.new_exports", "discrepancy")]
    );
    // A table whose only matching fact lies in the future covers nothing yet.
    let only_future = checker(
        "acme.new_exports,2026-03-01,Acme,Acme's exports by volume,count,800,,exact,Acme,exports by volume,Trade desk,\n",
    );
    let report = check(&only_future, text, "2025-01-01");
    assert_eq!(triples(&report), [triple("500", "-", "unverified")]);
    assert_eq!(
        report.claims[0].message,
        "No fact in the table covers \"500\"; check this figure by hand."
    );
}

/// Mutant 1 again, where the order of magnitude cannot tell the two facts apart: the
/// current fact (60,000) agrees with "more than 500" though it is over 100 times larger,
/// and the future fact must still not win by its nearer cue.
#[test]
fn a_future_fact_loses_even_when_magnitude_cannot_decide() {
    let c = checker(
        "acme.exports,2024-06-01,Acme,Acme's exports,count,60000,,exact,Acme,exports,Trade desk,\n\
         acme.new_exports,2026-03-01,Acme,Acme's exports by volume,count,800,,exact,Acme,exports by volume,Trade desk,\n",
    );
    let text = "Acme's exports by volume reached more than 500 units last year.";
    assert_eq!(
        triples(&check(&c, text, "2025-01-01")),
        [triple("more than 500", "acme.exports", "consistent")]
    );
}

const KANSAI: &str = "kansai.prefectures,2025-11-03,Kansai,number of prefectures in the Kansai region,count,9,,exact,Kansai,prefectures|prefecture,Regional desk,\n\
     kansai.population,2025-11-03,Kansai,population of the Kansai region,count,23 million,,nearly,Kansai,population|people|inhabitants,Regional desk,\n";

/// Mutant 2: a figure 2.5 million times the prefecture count is not a slip for it,
/// however near the word `prefectures` stands (the example in `link.rs`).
#[test]
fn the_magnitude_guard_keeps_a_population_off_the_prefecture_count() {
    let c = checker(KANSAI);
    // `prefectures` is the nearest cue to the number; `population` is further away.
    let text = "The population of the Kansai region's prefectures is nearly 23 million.";
    let report = check(&c, text, "2025-11-25");
    assert_eq!(
        triples(&report),
        [triple(
            "nearly 23 million",
            "kansai.population",
            "consistent"
        )]
    );
    assert_eq!(report.summary.discrepancy, 0);
    // A figure of the prefectures' own order still links to them.
    let text = "The Kansai region is made up of 7 prefectures and nearly 23 million people.";
    assert_eq!(
        triples(&check(&c, text, "2025-11-25")),
        [
            triple("7", "kansai.prefectures", "discrepancy"),
            triple("nearly 23 million", "kansai.population", "consistent"),
        ]
    );
}

/// The guard refuses: when the prefecture count is the only fact the sentence cues,
/// "nearly 23 million people" is not judged against 9 (issue 10).
#[test]
fn a_population_is_never_a_discrepancy_against_a_prefecture_count() {
    let c = checker(
        "kansai.prefectures,2025-11-03,Kansai,number of prefectures in the Kansai region,count,9,,exact,Kansai,prefectures|prefecture,Regional desk,\n",
    );
    let text = "The Kansai region's prefectures are home to nearly 23 million people.";
    let report = check(&c, text, "2025-11-25");
    assert_eq!(
        triples(&report),
        [triple("nearly 23 million", "-", "unverified")]
    );
}

/// Mutant 3: "around 55 billion USD" against an exact 48.18 billion is offered the
/// figure with the draft's own hedge kept, and the message quotes the draft's words.
#[test]
fn a_suggestion_keeps_the_drafts_hedge() {
    let c = checker(
        "japan.two_way_trade,2025-11-03,Japan,two-way trade between Japan and Vietnam,amount,48.18 billion,USD,exact,Japan,two-way trade,Trade desk,\n",
    );
    let text = "Two-way trade between Japan and Vietnam reached around 55 billion USD.";
    let report = check(&c, text, "2025-11-25");
    assert_eq!(
        triples(&report),
        [triple(
            "around 55 billion USD",
            "japan.two_way_trade",
            "discrepancy"
        )]
    );
    let claim = &report.claims[0];
    assert_eq!(
        claim.suggestion.as_deref(),
        Some("around 48.18 billion USD")
    );
    assert_eq!(
        claim.message,
        "The record says 48.18 billion USD for two-way trade between Japan and Vietnam \
         (as of 2025-11-03, Trade desk), not \"around 55 billion USD\"."
    );
}

/// Mutant 4: an outdated claim's message names the date and source of the older version
/// that agrees, then the current one.
#[test]
fn the_outdated_message_names_the_older_version() {
    let c = checker(
        "japan.investor_rank,2019-11-16,Japan,rank among Vietnam's foreign investors,rank,2,,exact,Japan,largest investor|investor,Old Gazette,\n\
         japan.investor_rank,2025-11-03,Japan,rank among Vietnam's foreign investors,rank,3,,exact,Japan,largest investor|investor,New Herald,\n",
    );
    let text = "Japan is Vietnam's second largest investor.";
    let report = check(&c, text, "2025-11-25");
    assert_eq!(
        triples(&report),
        [triple("second largest", "japan.investor_rank", "outdated")]
    );
    let claim = &report.claims[0];
    assert_eq!(claim.suggestion.as_deref(), Some("third largest"));
    assert_eq!(
        claim.message,
        "Out of date: \"second largest\" matches the record as of 2019-11-16 (Old Gazette), \
         but the latest record says third for rank among Vietnam's foreign investors (Japan) \
         (as of 2025-11-03, New Herald)."
    );
    // The fact shown with the finding is the current version.
    let fact = claim
        .fact
        .as_ref()
        .map(|f| (f.as_of.to_string(), f.source.publication.clone()));
    assert_eq!(
        fact,
        Some(("2025-11-03".to_string(), "New Herald".to_string()))
    );
    // Checked in 2020 the same claim is simply consistent.
    assert_eq!(
        triples(&check(&c, text, "2020-01-01")),
        [triple(
            "second largest",
            "japan.investor_rank",
            "consistent"
        )]
    );
}

/// CSV text → one map per row, column name → field.
fn rows(csv_text: &str) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = r
        .headers()
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(str::to_string)
        .collect();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap_or_else(|e| panic!("{e}"));
            header
                .iter()
                .cloned()
                .zip(rec.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

/// (id, as_of) → qualifier, with an empty qualifier read as the documented `exact`.
fn qualifiers(csv_text: &str) -> BTreeMap<(String, String), String> {
    rows(csv_text)
        .into_iter()
        .map(|r| {
            let q = r.get("qualifier").cloned().unwrap_or_default();
            let q = if q.is_empty() { "exact".to_string() } else { q };
            ((r["id"].clone(), r["as_of"].clone()), q)
        })
        .collect()
}

fn facts_csv(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["facts", "--format", "csv"])
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot start claimcheck: {e}"));
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

/// Mutant 5: the built binary's `facts --format csv` writes each row's own qualifier.
#[test]
fn facts_as_csv_keep_every_qualifier() {
    // Every qualifier there is, on a made-up table.
    let made_up = "q.exact,2025-01-01,Q,exact figure,count,10,,exact,,q,Desk,\n\
                   q.about,2025-01-01,Q,about figure,count,11,,about,,q,Desk,\n\
                   q.more_than,2025-01-01,Q,more-than figure,count,12,,more_than,,q,Desk,\n\
                   q.at_least,2025-01-01,Q,at-least figure,count,13,,at_least,,q,Desk,\n\
                   q.nearly,2025-01-01,Q,nearly figure,count,14,,nearly,,q,Desk,\n\
                   q.up_to,2025-01-01,Q,up-to figure,count,15,,up_to,,q,Desk,\n\
                   q.less_than,2025-01-01,Q,less-than figure,count,16,,less_than,,q,Desk,\n";
    let dir = std::env::temp_dir().join(format!("claimcheck-review-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join("qualifiers.csv");
    let input = format!("{HEADER}{made_up}");
    std::fs::write(&path, &input).unwrap_or_else(|e| panic!("{e}"));
    let out = facts_csv(&[
        "--no-default-facts",
        "--facts",
        path.to_str().unwrap_or_default(),
    ]);
    let want = qualifiers(&input);
    assert_eq!(want.len(), 7);
    assert_eq!(qualifiers(&out), want, "{out}");

    // The bundled table, row by row against data/facts.csv.
    let bundled =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/facts.csv"))
            .unwrap_or_else(|e| panic!("{e}"));
    let want = qualifiers(&bundled);
    let got = qualifiers(&facts_csv(&[]));
    assert_eq!(got.len(), want.len());
    for (key, q) in &want {
        assert_eq!(got.get(key), Some(q), "{key:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
