//! Session 7's linking and judging (`src/verdict/`, `src/link.rs`, `src/link/`) and
//! number reading (`src/extract/`, `src/number.rs`), pinned where mutation testing of
//! the lines it changed (round 7, `docs/testing.md`) found them unwatched (issue 12):
//! each test checks drafts against a small made-up table through the public API and
//! compares every claim of the draft as one line of what an editor sees: the claim's
//! text, its verdict, the fact it is judged by (or `~` and the candidate held back), the
//! reason it was held back, the evidence (subject, metric, time label and words), the
//! suggestion and the whole message.
//!
//! The made-up subjects (Atlantis, Oz, Lemuria) keep the bundled gazetteer and table out
//! of the way; `docs/testing.md` lists the mutants each test was written against.
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::report::Finding;
use claimcheck::{CheckOptions, Checker, Date, FactTable, Lang, LangChoice};

const HEADER: &str = "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication,source_url\n";

/// A checker over `rows` (CSV lines after [`HEADER`]) alone, without the bundled table.
fn checker(rows: &str) -> Checker {
    let table = FactTable::from_csv("made-up", &format!("{HEADER}{rows}"))
        .unwrap_or_else(|e| panic!("{e}"));
    Checker::new(table).unwrap_or_else(|e| panic!("{e}"))
}

/// One claim as an editor sees it, on one line.
fn line(c: &Finding) -> String {
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
fn run(checker: &Checker, as_of: &str, rows: &[(&str, &[&str])]) {
    run_in(checker, Lang::En, as_of, rows);
}

/// [`run`] in `lang`.
fn run_in(checker: &Checker, lang: Lang, as_of: &str, rows: &[(&str, &[&str])]) {
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

/// Facts of the shapes session 7 taught linking and judging: a range on record as two
/// end rows sharing their cues, hedged levels (`about`, `nearly`), counts and ranks.
const TABLE: &str = "\
atlantis.reef.low,2024-01-01,Atlantis,reef area (low end of range),amount,165000,ha,at_least,Atlantis,reef area,Desk,
atlantis.reef.high,2024-01-01,Atlantis,reef area (high end of range),amount,175000,ha,up_to,Atlantis,reef area,Desk,
atlantis.aid,2024-01-01,Atlantis,cumulative aid to Lemuria,amount,20 billion,USD,about,Atlantis,in aid,Desk,
atlantis.investor_rank,2024-01-01,Atlantis,rank among Lemuria's foreign investors,rank,3,,,Atlantis,investor,Desk,
oz.provinces,2024-01-01,Oz,number of provinces of Oz,count,9,,,Oz,provinces,Desk,
oz.population,2024-01-01,Oz,population of Oz,count,23 million,,nearly,Oz,people|population,Desk,
lemuria.japanese_firms,2024-01-01,Lemuria,Japanese firms in Lemuria,count,1500,,about,Lemuria,Japanese firms in Lemuria,Desk,
";

/// Vietnamese cues: a one-word cue that changes when folded (`dân`, people, as `dan`)
/// and one that does not (`ODA`).
const TABLE_VI: &str = "\
id,as_of,subject,metric,kind,value,unit,qualifier,aliases_vi,cues_vi,source_publication,source_url
oz.population,2024-01-01,Oz,population of Oz,count,23 million,,nearly,Oz,dân|dân số,Desk,
atlantis.oda,2024-01-01,Atlantis,cumulative ODA from Atlantis,amount,10 billion,USD,,Atlantis,ODA,Desk,
";

/// In a paragraph typed without diacritics, a one-word cue that only matches folded
/// (`dan` for `dân`) cues only as the noun a figure counts (`23 trieu dan`): `Dien dan`
/// is `diễn đàn`, a forum, and its members are no population; a one-word cue the same
/// folded or not (`ODA`) and a longer one (`dan so`) cue anywhere (`link.rs`
/// `Index::cue_hits`: `e == s + 1` → `!=` and `s + 1` → `s * 1`, which let the loose
/// syllable cue anywhere, and `&&` → `||`, which dropped every one-word cue of a folded
/// paragraph that no figure counts).
#[test]
fn a_folded_syllable_alone_cues_only_what_a_figure_counts() {
    let table = FactTable::from_csv("made-up", TABLE_VI).unwrap_or_else(|e| panic!("{e}"));
    let c = Checker::new(table).unwrap_or_else(|e| panic!("{e}"));
    run_in(&c, Lang::Vi, "2025-06-01", &[
        ("Oz co 20 trieu dan.", &[
            "20 trieu | discrepancy | oz.population | - | s=Oz m=dan t=now:- | gần 23 trieu | The record says gần 23 triệu for population of Oz (as of 2024-01-01, Desk), not \"20 trieu\".",
        ]),
        ("Dien dan cua Oz co 20 trieu thanh vien.", &[
            "20 trieu | unverified | - | - | - | - | No fact in the table covers \"20 trieu\"; check this figure by hand.",
        ]),
        ("Dan so cua Oz la 20 trieu.", &[
            "20 trieu | discrepancy | oz.population | - | s=Oz m=Dan so t=now:- | gần 23 trieu | The record says gần 23 triệu for population of Oz (as of 2024-01-01, Desk), not \"20 trieu\".",
        ]),
        ("Von ODA cua Atlantis dat 12 ty USD.", &[
            "12 ty USD | discrepancy | atlantis.oda | - | s=Atlantis m=ODA t=now:- | 10 ty USD | The record says 10 tỷ USD for cumulative ODA from Atlantis (as of 2024-01-01, Desk), not \"12 ty USD\".",
        ]),
        ("Vốn ODA của Atlantis đạt 12 tỷ USD.", &[
            "12 tỷ USD | discrepancy | atlantis.oda | - | s=Atlantis m=ODA t=now:- | 10 tỷ USD | The record says 10 tỷ USD for cumulative ODA from Atlantis (as of 2024-01-01, Desk), not \"12 tỷ USD\".",
        ]),
    ]);
}

/// A count of a generic word (`Japanese`) is named, in the pass that matches cues with
/// gaps, by a cue that runs on from the word past it (`Japanese firms [now] in
/// Lemuria`), as in a headline with no verb (`link/general.rs` `Ctx::link_claim`,
/// `c.end > to + 1` → `==`, which kept only a cue of the generic word alone).
#[test]
fn a_generic_count_is_named_by_a_gapped_cue_running_on_from_its_word() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Some 1,500 Japanese firms now in Lemuria", &[
            "Some 1,500 | consistent | lemuria.japanese_firms | - | s=Lemuria m=Japanese firms now in Lemuria t=now:- | - | Backed by the record: Japanese firms in Lemuria is about 1,500 (as of 2024-01-01, Desk).",
        ]),
        ("Some 1,800 Japanese firms now in Lemuria", &[
            "Some 1,800 | discrepancy | lemuria.japanese_firms | - | s=Lemuria m=Japanese firms now in Lemuria t=now:- | Some 1,500 | The record says about 1,500 for Japanese firms in Lemuria (as of 2024-01-01, Desk), not \"Some 1,800\".",
        ]),
    ]);
}

/// A bare number closing a list line under a rank's label (`- Rank among investors:
/// 3`) is a rank, as in a table's cell; a figure with a unit or a hedge there is not
/// (`link/reading.rs` `Reading::cell_of`, `bare_count && closes` → `||`, which made any
/// figure closing such a line a rank).
#[test]
fn only_a_bare_number_under_a_rank_label_is_a_rank() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Atlantis in figures:\n- Rank among investors: 3", &[
            "3 | consistent | atlantis.investor_rank | - | s=Atlantis m=investors t=now:- | - | Backed by the record: rank among Lemuria's foreign investors (Atlantis) is third (as of 2024-01-01, Desk).",
        ]),
        ("Atlantis in figures:\n- Rank among investors: 4", &[
            "4 | discrepancy | atlantis.investor_rank | - | s=Atlantis m=investors t=now:- | third largest | The record says third for rank among Lemuria's foreign investors (Atlantis) (as of 2024-01-01, Desk), not \"4\".",
        ]),
        ("Atlantis in figures:\n- Rank among investors: about 3", &[
            "about 3 | unverified | - | - | - | - | No fact in the table covers \"about 3\"; check this figure by hand.",
        ]),
        ("Atlantis in figures:\n- Rank among investors: 3 billion USD", &[
            "3 billion USD | unverified | - | - | - | - | No fact in the table covers \"3 billion USD\"; check this figure by hand.",
        ]),
        ("Atlantis in figures:\n- Rank among investors: 3%", &[
            "3% | unverified | - | - | - | - | No fact in the table covers \"3%\"; check this figure by hand.",
        ]),
        ("Atlantis in figures:\n- Rank among investors: 3 in aid", &[
            "3 | unverified | - | - | - | - | No fact in the table covers \"3\"; check this figure by hand.",
        ]),
    ]);
}

/// A cue matched with gaps never hides a generic noun or a restricting modifier in a
/// gap: `Japanese people living in Lemuria` is not the cue `Japanese living in
/// Lemuria`, which `Japanese now living in Lemuria` is (`link/reading.rs`
/// `gapped_cues`, `&&` → `||`, which kept a narrowed match unless it was also written).
/// A match is dropped only when the same words are a written cue, not when a written
/// cue of another fact starts or ends where it does (`Japanese firms`, `investing in
/// Lemuria`, an amount's; `f.1 == hit.1` → `!=`).
#[test]
fn a_gap_never_hides_a_generic_noun() {
    let c = checker(
        "lemuria.japanese_residents,2024-01-01,Lemuria,Japanese residents of Lemuria,count,20000,,,Lemuria,Japanese living in Lemuria,Desk,
lemuria.japanese_firms,2024-01-01,Lemuria,Japanese firms investing in Lemuria,count,1500,,,Lemuria,Japanese firms investing in Lemuria,Desk,
lemuria.fdi,2024-01-01,Lemuria,capital of Japanese firms in Lemuria,amount,3 billion,USD,,Lemuria,Japanese firms|investing in Lemuria,Desk,
",
    );
    run(&c, "2025-06-01", &[
        ("Some 20,000 Japanese now living in Lemuria", &[
            "Some 20,000 | consistent | lemuria.japanese_residents | - | s=Lemuria m=Japanese now living in Lemuria t=now:- | - | Backed by the record: Japanese residents of Lemuria is 20,000 (as of 2024-01-01, Desk).",
        ]),
        ("Some 20,000 Japanese people living in Lemuria", &[
            "Some 20,000 | unverified | - | - | - | - | No fact in the table covers \"Some 20,000\"; check this figure by hand.",
        ]),
        ("Some 30,000 Japanese people living in Lemuria", &[
            "Some 30,000 | unverified | - | - | - | - | No fact in the table covers \"Some 30,000\"; check this figure by hand.",
        ]),
        ("Some 1,500 Japanese firms now investing in Lemuria", &[
            "Some 1,500 | consistent | lemuria.japanese_firms | - | s=Lemuria m=Japanese firms now investing in Lemuria t=now:- | - | Backed by the record: Japanese firms investing in Lemuria is 1,500 (as of 2024-01-01, Desk).",
        ]),
        ("Some 20,000 Japanese, most living in Lemuria", &[
            "Some 20,000 | unverified | - | - | - | - | No fact in the table covers \"Some 20,000\"; check this figure by hand.",
        ]),
    ]);
}
