//! Linking on a small made-up table: full (text, fact, verdict) triples.

use crate::{CheckOptions, Checker, Date, FactTable, Lang, LangChoice};

const TABLE: &str = "\
id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication
atlantis.investor_rank,2019-01-01,Atlantis,rank among Lemuria's foreign investors,rank,2,,,,investor,Desk
atlantis.investor_rank,2024-01-01,Atlantis,rank among Lemuria's foreign investors,rank,3,,,,,Desk
atlantis.firms,2024-01-01,Atlantis,Atlantean firms operating in Lemuria,count,2000,,more_than,Atlantean,Atlantean firms,Desk
atlantis.port_boxes,2026-06-01,Atlantis,containers handled by its port,amount,5 million,TEU,,,containers,Desk
oz.provinces,2024-01-01,Oz,number of provinces of Oz,count,9,,,Oz region,provinces,Desk
oz.population,2024-01-01,Oz,population of Oz,count,23 million,,nearly,,people|population,Desk
lemuria.fta_count,2024-01-01,Lemuria,free trade agreements signed,count,17,,,,FTAs,Desk
atlantis.aid_total,2024-01-01,Atlantis,cumulative aid to Lemuria,amount,20 billion,USD,about,,in aid,Desk
atlantis.grants_total,2024-01-01,Atlantis,cumulative grants to Lemuria since 1990,amount,4 billion,USD,about,,in grants,Desk
atlantis.reef.low,2024-01-01,Atlantis,reef area (low end of range),amount,165000,ha,at_least,,reef area,Desk
atlantis.reef.high,2024-01-01,Atlantis,reef area (high end of range),amount,175000,ha,up_to,,reef area,Desk
";

/// (text, the claim's text, fact id or `-`, verdict), checked on 2025-01-01.
type Triple = (&'static str, &'static str, &'static str, &'static str);

fn run(rows: &[Triple]) {
    let table = FactTable::from_csv("made-up.csv", TABLE).unwrap_or_else(|e| panic!("{e}"));
    let checker = Checker::new(table).unwrap_or_else(|e| panic!("{e}"));
    let mut options = CheckOptions::new(Date::parse("2025-01-01").unwrap_or_else(|| panic!()));
    options.lang = LangChoice::Fixed(Lang::En);
    let mut failures = Vec::new();
    for (text, claim, fact, verdict) in rows {
        let report = checker
            .check(text, &options)
            .unwrap_or_else(|e| panic!("{e}"));
        let got = report.claims.iter().find(|c| c.text == *claim).map(|c| {
            let id = c.fact.as_ref().map_or("-", |f| f.id.as_str());
            (id, c.verdict.name(), c.reason.clone())
        });
        if got.as_ref().map(|g| (g.0, g.1)) != Some((*fact, *verdict)) {
            failures.push(format!(
                "{text:?} / {claim:?}: want {fact} {verdict}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn links_on_subject_metric_and_time() {
    run(&[
        (
            "Atlantis is Lemuria's third largest investor.",
            "third largest",
            "atlantis.investor_rank",
            "consistent",
        ),
        (
            "Atlantis is Lemuria's second largest investor.",
            "second largest",
            "atlantis.investor_rank",
            "outdated",
        ),
        (
            "Atlantis is Lemuria's fifth largest investor.",
            "fifth largest",
            "atlantis.investor_rank",
            "discrepancy",
        ),
        (
            "More than 2,000 Atlantean firms operate in Lemuria.",
            "More than 2,000",
            "atlantis.firms",
            "consistent",
        ),
        (
            "Nearly 2,000 Atlantean firms operate in Lemuria.",
            "Nearly 2,000",
            "atlantis.firms",
            "discrepancy",
        ),
        ("Oz has 9 provinces.", "9", "oz.provinces", "consistent"),
        ("Oz has 12 provinces.", "12", "oz.provinces", "discrepancy"),
    ]);
}

/// A fact that only exists after the check date cannot take the cue.
#[test]
fn a_fact_not_yet_recorded_on_the_check_date_is_not_linked() {
    run(&[(
        "Atlantis handled 7 million TEU of containers.",
        "7 million TEU",
        "-",
        "unverified",
    )]);
}

/// "nearly 23 million people" is Oz's population, never a wrong count of its 9
/// provinces, however near the word `provinces` stands.
#[test]
fn the_magnitude_guard_keeps_a_figure_off_a_fact_of_another_order() {
    run(&[
        (
            "Oz's provinces are home to nearly 23 million people.",
            "nearly 23 million",
            "oz.population",
            "consistent",
        ),
        (
            "Oz has nearly 23 million provinces.",
            "nearly 23 million",
            "-",
            "unverified",
        ),
    ]);
}

/// A subject carries to later sentences of its paragraph, not into the next one.
#[test]
fn a_subject_carries_within_a_paragraph_but_not_across_paragraphs() {
    run(&[
        (
            "Oz is a quiet land. It counts 9 provinces.",
            "9",
            "oz.provinces",
            "consistent",
        ),
        (
            "Oz is a quiet land. It counts 12 provinces.",
            "12",
            "oz.provinces",
            "discrepancy",
        ),
        (
            "Oz is a quiet land. There are 12 provinces.",
            "12",
            "oz.provinces",
            "discrepancy",
        ),
        (
            "Oz is a quiet land.\nThere are 12 provinces.",
            "12",
            "-",
            "unverified",
        ),
        (
            "Oz is a quiet land.\nMu has 12 provinces.",
            "12",
            "-",
            "unverified",
        ),
    ]);
}

#[test]
fn another_subjects_figure_is_never_judged_against_this_subjects_fact() {
    run(&[
        (
            "Singapore is Lemuria's largest investor, ahead of Atlantis.",
            "largest",
            "-",
            "unverified",
        ),
        (
            "Atlantis ranks behind Singapore, Lemuria's largest investor.",
            "largest",
            "-",
            "unverified",
        ),
        (
            "Tokyo has 14 million residents and 2,000 Atlantean firms.",
            "2,000",
            "-",
            "unverified",
        ),
    ]);
}

/// A count's noun names what a fact counts when it is the fact's own noun or one a
/// reporter uses for it (`companies` for `firms`), and nothing else.
#[test]
fn a_count_is_named_by_its_noun_or_a_synonym() {
    run(&[
        (
            "Atlantean firms in Lemuria now count 2,100 companies.",
            "2,100",
            "atlantis.firms",
            "consistent",
        ),
        (
            "Atlantean firms in Lemuria now count 1,500 enterprises.",
            "1,500",
            "atlantis.firms",
            "discrepancy",
        ),
        (
            "Atlantean firms in Lemuria now count 1,500 workers.",
            "1,500",
            "-",
            "unverified",
        ),
    ]);
}

/// A running total counted from a year is the record's total when it agrees with it;
/// more than the record contradicts it, less only when the record counts from then.
#[test]
fn a_total_since_a_year_is_contradicted_only_by_a_record_from_then() {
    run(&[
        (
            "Since 1990, Atlantis has given Lemuria about 20 billion USD in aid.",
            "about 20 billion USD",
            "atlantis.aid_total",
            "consistent",
        ),
        (
            "Since 2020, Atlantis has given Lemuria 5 billion USD in aid.",
            "5 billion USD",
            "-",
            "unverified",
        ),
        (
            "Since 2020, Atlantis has given Lemuria 30 billion USD in aid.",
            "30 billion USD",
            "atlantis.aid_total",
            "discrepancy",
        ),
        (
            "Atlantis has given Lemuria 9 billion USD in grants since the programme began in 1990.",
            "9 billion USD",
            "atlantis.grants_total",
            "discrepancy",
        ),
        (
            "Atlantis has given Lemuria 5 billion USD in aid in 2020.",
            "5 billion USD",
            "-",
            "unverified",
        ),
    ]);
}

/// A pasted table is read cell by cell, with its row label as the metric and its column
/// header as the subject.
#[test]
fn a_pasted_table_is_read_with_its_row_and_column_labels() {
    run(&[
        (
            "| Indicator | Oz | Mu |\n|---|---|---|\n| provinces | 12 | 40 |\n",
            "12",
            "oz.provinces",
            "discrepancy",
        ),
        (
            "| Indicator | Oz | Mu |\n|---|---|---|\n| provinces | 9 | 40 |\n",
            "40",
            "-",
            "unverified",
        ),
        (
            "Indicator\tOz\tMu\nprovinces\t9\t40\n",
            "9",
            "oz.provinces",
            "consistent",
        ),
        // A rank in a row's first cell, under a rank's header, ranks what the header
        // row names, for the name in its row.
        (
            "| Rank | Investor |\n|---|---|\n| 1 | Mu |\n| 3 | Atlantis |\n",
            "3",
            "atlantis.investor_rank",
            "consistent",
        ),
        (
            "| Rank | Investor |\n|---|---|\n| 1 | Mu |\n| 3 | Atlantis |\n",
            "1",
            "-",
            "unverified",
        ),
        // The header's unit and scale make a bare cell a figure (`(million)`, `(TEU
        // million)`); a unit after a number inside the row label is that number's own.
        (
            "| Indicator | Oz |\n|---|---|\n| population (million) | 22.5 |\n",
            "22.5",
            "oz.population",
            "consistent",
        ),
        (
            "| Item | Atlantean firms (thousand) |\n|---|---|\n| Atlantis (4 TEU cranes) | 2.1 |\n",
            "2.1",
            "atlantis.firms",
            "consistent",
        ),
        // A year labelling the row dates its figures: no version of 2022 judges them.
        (
            "| Year | provinces of Oz |\n|---|---|\n| 2022 | 12 |\n",
            "12",
            "-",
            "unverified",
        ),
        (
            "| Year | provinces of Oz |\n|---|---|\n| 2024 | 12 |\n",
            "12",
            "oz.provinces",
            "discrepancy",
        ),
    ]);
}

#[test]
fn ranks_written_as_bare_ordinals_and_datelines() {
    run(&[
        (
            "Atlantis ranks third among Lemuria's foreign investors.",
            "third",
            "atlantis.investor_rank",
            "consistent",
        ),
        (
            "Atlantis slipped to second among Lemuria's investors.",
            "second",
            "atlantis.investor_rank",
            "outdated",
        ),
        (
            "Atlantis is now the number three investor in Lemuria.",
            "number three",
            "atlantis.investor_rank",
            "consistent",
        ),
        // `OZ —` is where the story was filed, not whose figure it is.
        (
            "OZ — Atlantean firms operating there number more than 2,100.",
            "more than 2,100",
            "atlantis.firms",
            "consistent",
        ),
        // A past year with no version of its own: an earlier year's record backs the
        // figure, but cannot contradict it.
        (
            "In 2022, Atlantis was Lemuria's third largest investor.",
            "third largest",
            "-",
            "unverified",
        ),
        (
            "In 2022, Atlantis was Lemuria's second largest investor.",
            "second largest",
            "atlantis.investor_rank",
            "consistent",
        ),
        // A bare `3rd` in a table's cell, read with its row and column labels.
        (
            "| | Atlantis |\n|---|---|\n| Rank among investors | 3rd |",
            "3rd",
            "atlantis.investor_rank",
            "consistent",
        ),
    ]);
}

/// An ordinal right before a rank's cue ranks it only when the cue ends the noun
/// phrase: `the second investor conference` ranks conferences, and is no claim.
#[test]
fn an_ordinal_before_a_longer_noun_phrase_ranks_nothing() {
    run(&[(
        "Atlantis is the third investor in Lemuria.",
        "third",
        "atlantis.investor_rank",
        "consistent",
    )]);
    let table = FactTable::from_csv("made-up.csv", TABLE).unwrap_or_else(|e| panic!("{e}"));
    let checker = Checker::new(table).unwrap_or_else(|e| panic!("{e}"));
    let mut options = CheckOptions::new(Date::parse("2025-01-01").unwrap_or_else(|| panic!()));
    options.lang = LangChoice::Fixed(Lang::En);
    let report = checker
        .check("Atlantis hosted the second investor conference.", &options)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        report.claims.iter().all(|c| c.fact.is_none()),
        "{:?}",
        report.claims
    );
}

/// A range against a range on record (two end rows sharing a cue) is judged bound by
/// bound, each a finding with its own suggestion; in words it stays one finding.
#[test]
fn a_range_is_judged_against_each_end_of_a_range_on_record() {
    let table = FactTable::from_csv("made-up.csv", TABLE).unwrap_or_else(|e| panic!("{e}"));
    let checker = Checker::new(table).unwrap_or_else(|e| panic!("{e}"));
    let mut options = CheckOptions::new(Date::parse("2025-01-01").unwrap_or_else(|| panic!()));
    options.lang = LangChoice::Fixed(Lang::En);
    // (claim text, fact id, verdict, suggestion) per finding.
    type Finding<'a> = (&'a str, &'a str, &'a str, Option<&'a str>);
    let rows: &[(&str, &[Finding])] = &[
        (
            "The reef area of Atlantis is between 165,000 and 195,000 ha.",
            &[
                ("between 165,000", "atlantis.reef.low", "consistent", None),
                (
                    "195,000 ha",
                    "atlantis.reef.high",
                    "discrepancy",
                    Some("175,000 ha"),
                ),
            ],
        ),
        (
            "The reef area of Atlantis is 150,000–175,000 ha.",
            &[
                (
                    "150,000",
                    "atlantis.reef.low",
                    "discrepancy",
                    Some("165,000"),
                ),
                ("175,000 ha", "atlantis.reef.high", "consistent", None),
            ],
        ),
        (
            "The reef area of Atlantis is 165,000 to 175,000 ha.",
            &[
                ("165,000", "atlantis.reef.low", "consistent", None),
                ("175,000 ha", "atlantis.reef.high", "consistent", None),
            ],
        ),
    ];
    for (text, want) in rows {
        let report = checker
            .check(text, &options)
            .unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<Finding> = report
            .claims
            .iter()
            .map(|c| {
                let id = c.fact.as_ref().map_or("-", |f| f.id.as_str());
                (
                    c.text.as_str(),
                    id,
                    c.verdict.name(),
                    c.suggestion.as_deref(),
                )
            })
            .collect();
        assert_eq!(got, *want, "{text}");
    }
}
