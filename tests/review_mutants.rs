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
    // No year in the sentence: a figure dated to a year before the later fact's only
    // version is not contradicted by it (issue 10), which is another rule.
    let text = "Acme's exports by volume reached 500 units.";
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

/// The summary counts each verdict (mutation testing found `Summary::of` unchecked: its
/// counts could all read zero and no test noticed).
#[test]
fn the_summary_counts_each_verdict() {
    let c = checker(
        "japan.investor_rank,2019-11-16,Japan,rank among Vietnam's foreign investors,rank,2,,exact,Japan,largest investor|investor,Old Gazette,\n\
         japan.investor_rank,2025-11-03,Japan,rank among Vietnam's foreign investors,rank,3,,exact,Japan,largest investor|investor,New Herald,\n\
         japan.two_way_trade,2025-11-03,Japan,two-way trade between Japan and Vietnam,amount,48.18 billion,USD,exact,Japan,two-way trade,Trade desk,\n\
         japan.companies,2025-11-03,Japan,Japanese companies in Vietnam,count,2000,,more_than,Japan,companies,Trade desk,\n",
    );
    let text = "Japan is Vietnam's second largest investor. Japan's two-way trade with Vietnam \
                reached 55 billion USD. More than 2,000 Japanese companies work in Vietnam, \
                and 40% of them plan to grow.";
    let report = check(&c, text, "2025-11-25");
    assert_eq!(
        triples(&report),
        [
            triple("second largest", "japan.investor_rank", "outdated"),
            triple("55 billion USD", "japan.two_way_trade", "discrepancy"),
            triple("More than 2,000", "japan.companies", "consistent"),
            triple("40%", "-", "unverified"),
        ]
    );
    let s = &report.summary;
    assert_eq!(
        (
            s.total,
            s.consistent,
            s.discrepancy,
            s.outdated,
            s.unverified
        ),
        (4, 1, 1, 1, 1)
    );
}

/// Hedge against qualifier at the edges of what each allows, through the public API
/// (cargo-mutants found these edges untested: widening "about" by the written precision,
/// a source's "at least" taken as up to 10 % more, and the rank-only floor of "up to"
/// and "less than" applied to other figures). One made-up fact per row; the claim is
/// read from `Acme employs {claim} workers.` (a count) or `Acme's share is {claim}.`
/// (a percent).
#[test]
fn hedges_and_qualifiers_at_their_edges() {
    // (fact value, fact qualifier, fact is a percent, claim, verdict)
    let rows: &[(&str, &str, bool, &str, &str)] = &[
        // "about 50" allows 5 % either side: 47.5 to 52.5.
        ("48", "exact", false, "about 50", "consistent"),
        ("47", "exact", false, "about 50", "discrepancy"),
        ("52", "exact", false, "about 50", "consistent"),
        ("53", "exact", false, "about 50", "discrepancy"),
        // "about 5" allows at least its written precision, 4.5 to 5.5.
        ("4.6", "exact", false, "about 5", "consistent"),
        ("5.4", "exact", false, "about 5", "consistent"),
        ("5.6", "exact", false, "about 5", "discrepancy"),
        // "nearly 50": 45 up to 50.
        ("46", "exact", false, "nearly 50", "consistent"),
        ("44", "exact", false, "nearly 50", "discrepancy"),
        ("51", "exact", false, "nearly 50", "discrepancy"),
        // A source's "at least 100" is taken as 100 up to 110.
        ("100", "at_least", false, "109", "consistent"),
        ("100", "at_least", false, "112", "discrepancy"),
        ("100", "at_least", false, "99", "discrepancy"),
        // "up to" and "less than" reach down to nothing for figures that are not ranks.
        ("0.3", "exact", true, "up to 0.5%", "consistent"),
        ("0.3", "exact", true, "less than 0.5%", "consistent"),
        ("0.6", "exact", true, "up to 0.5%", "discrepancy"),
        ("0.5", "up_to", true, "0.3%", "consistent"),
        ("0.5", "less_than", true, "0.3%", "consistent"),
        ("0.5", "up_to", true, "0.7%", "discrepancy"),
        ("48.25", "exact", false, "48.2", "consistent"),
        ("48.15", "exact", false, "48.2", "consistent"),
        (
            "48.25 billion",
            "exact",
            false,
            "48.2 billion",
            "consistent",
        ),
        (
            "48.15 billion",
            "exact",
            false,
            "48.2 billion",
            "consistent",
        ),
        ("1.15 million", "exact", false, "1.1 million", "consistent"),
        ("1.05 million", "exact", false, "1.1 million", "consistent"),
        ("0.35", "exact", true, "0.3%", "consistent"),
        ("0.25", "exact", true, "0.3%", "consistent"),
        // A strict bound excludes the record's own value, on either side.
        (
            "630000",
            "exact",
            false,
            "fewer than 630,000",
            "discrepancy",
        ),
        ("630000", "exact", false, "more than 630,000", "discrepancy"),
        ("630000", "exact", false, "up to 630,000", "consistent"),
        ("630000", "exact", false, "at least 630,000", "consistent"),
        // "about" widens a range by 5 % at each end: 41.8 to 48.3.
        ("48", "exact", false, "about 44 to 46", "consistent"),
        ("42", "exact", false, "about 44 to 46", "consistent"),
        ("49", "exact", false, "about 44 to 46", "discrepancy"),
        ("48", "exact", false, "44 to 46", "discrepancy"),
        // Each bound also keeps its written precision (±0.5 here), whichever is wider.
        ("46.4", "exact", false, "44 to 46", "consistent"),
        ("43.6", "exact", false, "44 to 46", "consistent"),
        ("1.6", "exact", false, "about 2 to 3", "consistent"),
        ("3.4", "exact", false, "about 2 to 3", "consistent"),
        ("3.6", "exact", false, "about 2 to 3", "discrepancy"),
        // A fraction against a percentage reaches halfway to the nearest other simple
        // fraction: a fifth is 18.9 % to 21.1 % (2/9 is 22.2 %), a quarter 23.6 % to 26.4 %.
        ("21", "exact", true, "a fifth", "consistent"),
        ("19", "exact", true, "a fifth", "consistent"),
        ("21.5", "exact", true, "a fifth", "discrepancy"),
        ("16", "exact", true, "a fifth", "discrepancy"),
        ("26", "exact", true, "a quarter", "consistent"),
        ("27", "exact", true, "a quarter", "discrepancy"),
    ];
    let mut wrong = Vec::new();
    for (value, qualifier, percent, claim, want) in rows {
        let (kind, unit, text) = if *percent {
            ("percent", "%", format!("Acme's share is {claim}."))
        } else {
            ("count", "", format!("Acme employs {claim} workers."))
        };
        let c = checker(&format!(
            "acme.figure,2025-01-01,Acme,Acme's figure,{kind},{value},{unit},{qualifier},Acme,workers|share,Desk,\n"
        ));
        let got = triples(&check(&c, &text, "2025-11-25"));
        if got != [triple(claim, "acme.figure", want)] {
            wrong.push((value, qualifier, claim, want, got));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// How the record's figure is written for an editor (`display`, seen in every message and
/// in `facts`): a scale word only where it writes the value exactly in at most two
/// decimals, and only for counts, currencies and amounts of a billion or more
/// (cargo-mutants found this choice untested).
#[test]
fn the_record_is_written_with_a_scale_word_only_where_it_fits() {
    let rows = [
        ("48.18 billion", "amount", "USD", "48.18 billion USD"),
        ("630 million", "amount", "USD", "630 million USD"),
        ("2.5 million", "amount", "tonnes", "2,500,000 tonnes"),
        ("3 billion", "amount", "tonnes", "3 billion tonnes"),
        ("23 million", "count", "", "23 million"),
        ("1234567", "count", "", "1,234,567"),
        ("1624", "amount", "MW", "1,624 MW"),
    ];
    let csv: String = rows
        .iter()
        .enumerate()
        .map(|(i, (value, kind, unit, _))| {
            format!("acme.f{i},2025-01-01,Acme,figure {i},{kind},{value},{unit},exact,Acme,figure,Desk,\n")
        })
        .collect();
    let shown: Vec<String> = checker(&csv)
        .fact_rows()
        .into_iter()
        .map(|r| r.display)
        .collect();
    let want: Vec<&str> = rows.iter().map(|r| r.3).collect();
    assert_eq!(shown, want);
}

/// A suggestion says the source's hedge: it drops the draft's when the source gives an
/// exact figure (with the space after it), replaces it when the source hedges otherwise,
/// and keeps "about" against an exact figure (cargo-mutants found the dropping untested).
#[test]
fn a_suggestion_says_the_sources_hedge() {
    let c = checker(
        "japan.two_way_trade,2025-11-03,Japan,two-way trade between Japan and Vietnam,amount,48.18 billion,USD,exact,Japan,two-way trade,Trade desk,\n\
         japan.community,2025-11-03,Japan,Vietnamese community in Japan,count,630000,,more_than,Japan,Vietnamese community,Trade desk,\n",
    );
    let rows = [
        (
            "Two-way trade between Japan and Vietnam reached more than 55 billion USD.",
            "more than 55 billion USD",
            "48.18 billion USD",
        ),
        (
            "Two-way trade between Japan and Vietnam reached nearly 60 billion USD.",
            "nearly 60 billion USD",
            "48.18 billion USD",
        ),
        (
            "Two-way trade between Japan and Vietnam reached about 55 billion USD.",
            "about 55 billion USD",
            "about 48.18 billion USD",
        ),
        (
            "Japan's Vietnamese community is nearly 500,000 strong.",
            "nearly 500,000",
            "more than 630,000",
        ),
        (
            "Japan's Vietnamese community is 500,000 strong.",
            "500,000",
            "more than 630,000",
        ),
    ];
    for (text, claim, want) in rows {
        let report = check(&c, text, "2025-11-25");
        let got: Vec<_> = report
            .claims
            .iter()
            .map(|f| (f.text.as_str(), f.verdict.name(), f.suggestion.as_deref()))
            .collect();
        assert_eq!(got, [(claim, "discrepancy", Some(want))], "{text}");
    }
}
