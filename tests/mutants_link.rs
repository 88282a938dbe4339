//! Linking (`src/link.rs`) pinned where mutation testing found it unwatched (issue 12):
//! each test checks drafts against a small made-up table through the public API and
//! compares every claim of the draft as one line of what an editor sees: the claim's
//! text, its verdict, the fact it is judged by (or `~` and the candidate held back), the
//! reason it was held back, the evidence (subject, metric, time label and words), the
//! suggestion and the whole message. A mutant that changes which fact a figure is
//! judged by, why it is not, or on what words, changes a line.
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

/// Facts of every shape linking treats apart: versions over time, a running total, a
/// figure for a named year, a target, a duration, ranks, and counts with and without
/// a hedge.
const TABLE: &str = "\
atlantis.investor_rank,2019-01-01,Atlantis,rank among Lemuria's foreign investors,rank,2,,,Atlantis,investor,Desk,
atlantis.investor_rank,2024-01-01,Atlantis,rank among Lemuria's foreign investors,rank,3,,,Atlantis,investor,Desk,
atlantis.firms,2024-01-01,Atlantis,Atlantean firms operating in Lemuria,count,2000,,more_than,Atlantis|Atlantean,Atlantean firms|firms,Desk,
atlantis.exports_2023,2024-03-01,Atlantis,Atlantis's exports in 2023,amount,5 billion,USD,,Atlantis,exports,Desk,
atlantis.oda,2024-01-01,Atlantis,cumulative ODA from Atlantis,amount,10 billion,USD,,Atlantis,ODA,Desk,
atlantis.trade_target,2024-01-01,Atlantis,trade target for 2030,amount,40 billion,USD,,Atlantis,trade,Desk,
atlantis.trade_rank,2024-01-01,Atlantis,rank among Lemuria's trading partners,rank,2,,,Atlantis,trading partner,Desk,
oz.provinces,2024-01-01,Oz,number of provinces of Oz,count,9,,,Oz,provinces,Desk,
oz.population,2020-06-01,Oz,population of Oz,count,21 million,,about,Oz,people|population,Desk,
oz.population,2024-01-01,Oz,population of Oz,count,23 million,,nearly,Oz,people|population,Desk,
oz.reactors,2022-06-01,Oz,nuclear reactors,count,4,,,Oz,reactors,Desk,
oz.founded,2024-01-01,Oz,year Oz was founded,year,1901,,,Oz,founded,Desk,
oz.area,2024-01-01,Oz,area of Oz,amount,13000,km2,,Oz,area,Desk,
oz.membership,2024-01-01,Oz,years Oz has been a member of the Union,duration,30,years,,Oz,member,Desk,
";

/// Each reason a candidate fact is held back is said, with the candidate and in the
/// editor's message, and the claim stays unverified (`Reason` and `Ctx::accept`).
#[test]
fn each_reason_to_hold_a_figure_back_is_said() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Is Oz home to 9 provinces?", &[
            "9 | unverified | ~oz.provinces | the sentence asks a question | - | - | \"9\" was not checked against number of provinces of Oz: the sentence asks a question.",
        ]),
        ("Oz will have 12 provinces.", &[
            "12 | unverified | ~oz.provinces | a forecast, target or condition (\"will\") is not a current level | - | - | \"12\" was not checked against number of provinces of Oz: a forecast, target or condition (\"will\") is not a current level.",
        ]),
        ("Oz has never had 12 provinces.", &[
            "12 | unverified | ~oz.provinces | the text negates the figure (\"never\") | - | - | \"12\" was not checked against number of provinces of Oz: the text negates the figure (\"never\").",
        ]),
        ("Oz has not 9 provinces.", &[
            "9 | unverified | ~oz.provinces | the text quotes this figure in order to reject it | - | - | \"9\" was not checked against number of provinces of Oz: the text quotes this figure in order to reject it.",
        ]),
        ("Oz lost 3 provinces.", &[
            "3 | unverified | ~oz.provinces | the figure is a change, the record a level | - | - | \"3\" was not checked against number of provinces of Oz: the figure is a change, the record a level.",
        ]),
        ("Oz has 9 new provinces.", &[
            "9 | unverified | ~oz.provinces | the figure is narrowed by \"new\", which the record is not | - | - | \"9\" was not checked against number of provinces of Oz: the figure is narrowed by \"new\", which the record is not.",
        ]),
        ("Oz has 9 million provinces.", &[
            "9 million | unverified | ~oz.provinces | the figure is far from the record's order of magnitude | - | - | \"9 million\" was not checked against number of provinces of Oz: the figure is far from the record's order of magnitude.",
        ]),
        ("Oz's provinces hold 9 villages.", &[
            "9 | unverified | ~oz.provinces | the figure counts \"villages\" | - | - | \"9\" was not checked against number of provinces of Oz: the figure counts \"villages\".",
        ]),
        ("Trade with Atlantis reached 40 billion USD.", &[
            "40 billion USD | unverified | ~atlantis.trade_target | the record is a target or projection, the figure is not | - | - | \"40 billion USD\" was not checked against trade target for 2030 (Atlantis): the record is a target or projection, the figure is not.",
        ]),
        ("Atlantis has given 2 billion USD in ODA in 2023.", &[
            "2 billion USD | unverified | ~atlantis.oda | a figure for one period is not a running total | - | - | \"2 billion USD\" was not checked against cumulative ODA from Atlantis: a figure for one period is not a running total.",
        ]),
        ("Atlantis's exports reached 6 billion USD in 2022.", &[
            "6 billion USD | unverified | ~atlantis.exports_2023 | the record's figure is for 2023 | - | - | \"6 billion USD\" was not checked against Atlantis's exports in 2023: the record's figure is for 2023.",
        ]),
        ("Oz had 30 reactors in 2020.", &[
            "30 | unverified | ~oz.reactors | the record has no figure for 2020 | - | - | \"30\" was not checked against nuclear reactors (Oz): the record has no figure for 2020.",
        ]),
        ("There are 12 provinces.", &[
            "12 | unverified | ~oz.provinces | the sentence does not say whose figure this is | - | - | \"12\" was not checked against number of provinces of Oz: the sentence does not say whose figure this is.",
        ]),
        ("Japan has 12 provinces.", &[
            "12 | unverified | ~oz.provinces | this sentence is about Japan | - | - | \"12\" was not checked against number of provinces of Oz: this sentence is about Japan.",
        ]),
        ("30 years ago, Oz became a member.", &[
            "30 years | unverified | ~oz.membership | \"ago\" makes it a moment, not a length of time | - | - | \"30 years\" was not checked against years Oz has been a member of the Union: \"ago\" makes it a moment, not a length of time.",
        ]),
        ("Oz's population was 25 million.", &[
            "25 million | unverified | ~oz.population | the figure is in the past tense with no date, and no version of the record backs it | - | - | \"25 million\" was not checked against population of Oz: the figure is in the past tense with no date, and no version of the record backs it.",
        ]),
    ]);
}

/// When a figure holds: a past year is contradicted only by a version recorded in that
/// year (an earlier or later one may back it), the current year as now, a past tense without a
/// date by any version, and a negated rank by whether the record still says it
/// (`When`, `judge`).
#[test]
fn a_figure_is_judged_by_the_version_of_its_time() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Oz had about 21 million people in 2021.", &[
            "about 21 million | consistent | oz.population | - | s=Oz m=people t=2021:2021 | - | Backed by the record: population of Oz is about 21 million (as of 2020-06-01, Desk).",
        ]),
        // Recorded in that year: the version of that year contradicts it.
        ("Oz had 25 million people in 2020.", &[
            "25 million | discrepancy | oz.population | - | s=Oz m=people t=2020:2020 | about 21 million | The record says about 21 million for population of Oz (as of 2020-06-01, Desk), not \"25 million\".",
        ]),
        ("Atlantis was Lemuria's third largest investor in 2019.", &[
            "third largest | discrepancy | atlantis.investor_rank | - | s=Atlantis m=investor t=2019:2019 | second largest | The record says second for rank among Lemuria's foreign investors (Atlantis) (as of 2019-01-01, Desk), not \"third largest\".",
        ]),
        ("Oz had 25 million people in 2022.", &[
            "25 million | unverified | ~oz.population | the record has no figure for 2022 | - | - | \"25 million\" was not checked against population of Oz: the record has no figure for 2022.",
        ]),
        // Recorded in 2022 only: a record does not say which year its figure is for,
        // so it may back a figure for 2021 but not contradict it (issue 10).
        ("Oz had 5 reactors in 2021.", &[
            "5 | unverified | ~oz.reactors | the record has no figure for 2021 | - | - | \"5\" was not checked against nuclear reactors (Oz): the record has no figure for 2021.",
        ]),
        // Nothing recorded by 2021: a later record backs it, and cannot contradict it.
        ("Oz had 4 reactors in 2020.", &[
            "4 | consistent | oz.reactors | - | s=Oz m=reactors t=2020:2020 | - | Backed by the record: nuclear reactors (Oz) is 4 (as of 2022-06-01, Desk).",
        ]),
        ("Oz has 4 reactors in 2025.", &[
            "4 | consistent | oz.reactors | - | s=Oz m=reactors t=now:2025 | - | Backed by the record: nuclear reactors (Oz) is 4 (as of 2022-06-01, Desk).",
        ]),
        ("Oz's population was 20 million.", &[
            "20 million | consistent | oz.population | - | s=Oz m=population t=earlier:was | - | Backed by the record: population of Oz is about 21 million (as of 2020-06-01, Desk).",
        ]),
        ("Atlantis was Lemuria's second largest investor.", &[
            "second largest | consistent | atlantis.investor_rank | - | s=Atlantis m=investor t=earlier:was | - | Backed by the record: rank among Lemuria's foreign investors (Atlantis) is second (as of 2019-01-01, Desk).",
        ]),
        ("Atlantis was Lemuria's third largest investor.", &[
            "third largest | consistent | atlantis.investor_rank | - | s=Atlantis m=investor t=earlier:was | - | Backed by the record: rank among Lemuria's foreign investors (Atlantis) is third (as of 2024-01-01, Desk).",
        ]),
        ("Atlantis was Lemuria's second largest investor in 2020.", &[
            "second largest | consistent | atlantis.investor_rank | - | s=Atlantis m=investor t=2020:2020 | - | Backed by the record: rank among Lemuria's foreign investors (Atlantis) is second (as of 2019-01-01, Desk).",
        ]),
        ("Atlantis was Lemuria's third largest investor in 2020.", &[
            "third largest | unverified | ~atlantis.investor_rank | the record has no figure for 2020 | - | - | \"third largest\" was not checked against rank among Lemuria's foreign investors (Atlantis): the record has no figure for 2020.",
        ]),
        ("Atlantis is Lemuria's second largest investor.", &[
            "second largest | outdated | atlantis.investor_rank | - | s=Atlantis m=investor t=now:- | third largest | Out of date: \"second largest\" matches the record as of 2019-01-01 (Desk), but the latest record says third for rank among Lemuria's foreign investors (Atlantis) (as of 2024-01-01, Desk).",
        ]),
        ("Atlantis is no longer Lemuria's second largest investor.", &[
            "second largest | consistent | atlantis.investor_rank | - | s=Atlantis m=investor t=now:- | - | Backed by the record: rank among Lemuria's foreign investors (Atlantis) is third (as of 2024-01-01, Desk).",
        ]),
        ("Atlantis is no longer Lemuria's third largest investor.", &[
            "third largest | discrepancy | atlantis.investor_rank | - | s=Atlantis m=investor t=now:- | - | The record says third for rank among Lemuria's foreign investors (Atlantis) (as of 2024-01-01, Desk), not \"third largest\".",
        ]),
    ]);
}

/// Who a figure is about (`Ctx::who`): an apposition, a possessor, a place that locates
/// what is counted, a name run on by a number, a compared rival, a subject carried from
/// earlier sentences of the paragraph (by an anaphor across paragraphs too) or from a
/// headline, and no subject at all.
#[test]
fn the_subject_is_the_one_the_sentence_names() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Singapore, Lemuria's third largest investor, grew.", &[
            "third largest | unverified | ~atlantis.investor_rank | this sentence is about Singapore | - | - | \"third largest\" was not checked against rank among Lemuria's foreign investors (Atlantis): this sentence is about Singapore.",
        ]),
        ("Atlantis, Lemuria's third largest investor, grew.", &[
            "third largest | consistent | atlantis.investor_rank | - | s=Atlantis m=investor t=now:- | - | Backed by the record: rank among Lemuria's foreign investors (Atlantis) is third (as of 2024-01-01, Desk).",
        ]),
        ("Atlantis ranks behind Singapore, Lemuria's second largest investor.", &[
            "second largest | unverified | ~atlantis.investor_rank | this sentence is about Singapore | - | - | \"second largest\" was not checked against rank among Lemuria's foreign investors (Atlantis): this sentence is about Singapore.",
        ]),
        ("Lemuria's third largest investor is Atlantis.", &[
            "third largest | consistent | atlantis.investor_rank | - | s=Atlantis m=investor t=now:- | - | Backed by the record: rank among Lemuria's foreign investors (Atlantis) is third (as of 2024-01-01, Desk).",
        ]),
        ("Oz has 9 provinces in Japan.", &[
            "9 | unverified | ~oz.provinces | this sentence is about Japan | - | - | \"9\" was not checked against number of provinces of Oz: this sentence is about Japan.",
        ]),
        // A place right after the figure's words locates what it counts.
        ("Japan counts 9 provinces in Oz.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Japan counts 9 provinces in all of Oz.", &[
            "9 | unverified | ~oz.provinces | this sentence is about Japan | - | - | \"9\" was not checked against number of provinces of Oz: this sentence is about Japan.",
        ]),
        ("Oz has 40 provinces in Japan's north.", &[
            "40 | unverified | ~oz.provinces | this sentence is about Japan | - | - | \"40\" was not checked against number of provinces of Oz: this sentence is about Japan.",
        ]),
        // A name followed by the figure itself (a headline's shorthand) is no
        // numbered name like `Oz 2`.
        ("Oz 9 provinces", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Oz has 9 provinces, more than Japan.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Japan and Oz: 12 provinces.", &[
            "12 | unverified | ~oz.provinces | this sentence is about Japan | - | - | \"12\" was not checked against number of provinces of Oz: this sentence is about Japan.",
        ]),
        ("Oz is small. It has 9 provinces.", &[
            "9 | consistent | oz.provinces | - | s=It m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Oz is big. Japan is small. It has 12 provinces.", &[
            "12 | unverified | ~oz.provinces | this sentence is about Japan | - | - | \"12\" was not checked against number of provinces of Oz: this sentence is about Japan.",
        ]),
        ("Oz is small.\n\nIt has 9 provinces.", &[
            "9 | consistent | oz.provinces | - | s=It m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Oz is small.\n\nThere are 9 provinces.", &[
            "9 | unverified | ~oz.provinces | the sentence does not say whose figure this is | - | - | \"9\" was not checked against number of provinces of Oz: the sentence does not say whose figure this is.",
        ]),
        ("Oz News\n\nThere are 12 provinces.", &[
            "12 | discrepancy | oz.provinces | - | s=Oz m=provinces t=now:- | 9 | The record says 9 for number of provinces of Oz (as of 2024-01-01, Desk), not \"12\".",
        ]),
    ]);
}

/// A subject carries up to three sentences back within a paragraph, and no further,
/// however many sentences without a figure lie between two claims (the window of
/// sentences `link` keeps).
#[test]
fn a_subject_carries_three_sentences_and_no_further() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Oz is big. The sky is blue. The sea is calm. There are 9 provinces.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Oz has 9 provinces. The sky is blue. The sea is calm. The air is dry. There are 12 provinces.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
            "12 | unverified | ~oz.provinces | the sentence does not say whose figure this is | - | - | \"12\" was not checked against number of provinces of Oz: the sentence does not say whose figure this is.",
        ]),
        // Deep in a draft: the window still reaches back three sentences only.
        ("The sky is blue. The sea is calm. The air is dry. Oz is big. The sun is hot. Oz has 9 provinces. The sky is grey. The sea is rough. The air is wet. There are 12 provinces.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
            "12 | unverified | ~oz.provinces | the sentence does not say whose figure this is | - | - | \"12\" was not checked against number of provinces of Oz: the sentence does not say whose figure this is.",
        ]),
        ("Oz has 9 provinces. The sky is blue. The sea is calm. The air is dry. The wind is cold. There are 12 provinces.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
            "12 | unverified | ~oz.provinces | the sentence does not say whose figure this is | - | - | \"12\" was not checked against number of provinces of Oz: the sentence does not say whose figure this is.",
        ]),
    ]);
}

/// Only figures within 60 tokens of a claim are its rivals for a cue (a sentence may
/// hold thousands of figures): within reach, `40` owns the `provinces` after it; far
/// beyond, it does not, and the claim keeps the cue as a held-back candidate. Either
/// way neither `12` nor a far cue is judged; this pins the window's reach.
#[test]
fn only_near_figures_compete_for_a_cue() {
    let c = checker(TABLE);
    let near = format!("Oz counts 12 {}big and 40 provinces.", "very ".repeat(30));
    let far = format!("Oz counts 12 {}big and 40 provinces.", "very ".repeat(64));
    let edge_before = format!("provinces 40 {}big ones 12.", "very ".repeat(58));
    let past_edge = format!("provinces 40 {}big ones 12.", "very ".repeat(59));
    let first_far = format!("9 {}big 12 and also 40 reactors.", "very ".repeat(59));
    let forty = "40 | discrepancy | oz.provinces | - | s=Oz m=provinces t=now:- | 9 | The record says 9 for number of provinces of Oz (as of 2024-01-01, Desk), not \"40\".";
    run(&c, "2025-06-01", &[
        (&near, &[
            "12 | unverified | - | - | - | - | No fact in the table covers \"12\"; check this figure by hand.",
            forty,
        ]),
        // Exactly 60 tokens before the claim is still near; 61 is not.
        (&edge_before, &[
            "40 | unverified | ~oz.provinces | the figure counts \"very\" | - | - | \"40\" was not checked against number of provinces of Oz: the figure counts \"very\".",
            "12 | unverified | - | - | - | - | No fact in the table covers \"12\"; check this figure by hand.",
        ]),
        (&past_edge, &[
            "40 | unverified | ~oz.provinces | the figure counts \"very\" | - | - | \"40\" was not checked against number of provinces of Oz: the figure counts \"very\".",
            "12 | unverified | ~oz.provinces | the sentence does not say whose figure this is | - | - | \"12\" was not checked against number of provinces of Oz: the sentence does not say whose figure this is.",
        ]),
        // The sentence's first figure 60 tokens before does not hide the figures after.
        (&first_far, &[
            "9 | unverified | - | - | - | - | No fact in the table covers \"9\"; check this figure by hand.",
            "12 | unverified | - | - | - | - | No fact in the table covers \"12\"; check this figure by hand.",
            "40 | unverified | ~oz.reactors | the sentence does not say whose figure this is | - | - | \"40\" was not checked against nuclear reactors (Oz): the sentence does not say whose figure this is.",
        ]),
        (&far, &[
            "12 | unverified | ~oz.provinces | the figure counts \"very\" | - | - | \"12\" was not checked against number of provinces of Oz: the figure counts \"very\".",
            forty,
        ]),
    ]);
}

/// A cue beyond another figure belongs to that figure only when the two are alike: a
/// year standing between `provinces` and a count does not own the cue (kind and unit
/// both decide, not either).
#[test]
fn only_a_like_figure_takes_a_cue_from_another() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        // A figure right after another is read as its other end, not as a rival.
        ("Oz has provinces 9, 12.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
            "12 | discrepancy | oz.provinces | - | s=Oz m=provinces t=now:- | 9 | The record says 9 for number of provinces of Oz (as of 2024-01-01, Desk), not \"12\".",
        ]),
        ("Oz has 9, 12 provinces.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
            "12 | discrepancy | oz.provinces | - | s=Oz m=provinces t=now:- | 9 | The record says 9 for number of provinces of Oz (as of 2024-01-01, Desk), not \"12\".",
        ]),
        // Further apart, so that the year is no range partner of the count either.
        ("Oz's provinces in 1901 were numbered at 12.", &[
            "12 | unverified | ~oz.provinces | the record has no figure for 1901 | - | - | \"12\" was not checked against number of provinces of Oz: the record has no figure for 1901.",
        ]),
        ("Oz's provinces in 1901 numbered 12.", &[
            "12 | unverified | ~oz.provinces | the record has no figure for 1901 | - | - | \"12\" was not checked against number of provinces of Oz: the record has no figure for 1901.",
        ]),
    ]);
}

/// A rank is linked through the words it ranks, one claim per coordinated phrase, or,
/// when it ranks no words of its own, through a cue elsewhere in its clause.
#[test]
fn a_rank_is_linked_through_what_it_ranks() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Atlantis is Lemuria's third largest investor and trading partner.", &[
            "third largest | consistent | atlantis.investor_rank | - | s=Atlantis m=investor t=now:- | - | Backed by the record: rank among Lemuria's foreign investors (Atlantis) is third (as of 2024-01-01, Desk).",
            "third largest | discrepancy | atlantis.trade_rank | - | s=Atlantis m=trading partner t=now:- | second largest | The record says second for rank among Lemuria's trading partners (Atlantis) (as of 2024-01-01, Desk), not \"third largest\".",
        ]),
        ("Atlantis is Lemuria's third largest investor and second largest trading partner.", &[
            "third largest | consistent | atlantis.investor_rank | - | s=Atlantis m=investor t=now:- | - | Backed by the record: rank among Lemuria's foreign investors (Atlantis) is third (as of 2024-01-01, Desk).",
            "second largest | consistent | atlantis.trade_rank | - | s=Atlantis m=trading partner t=now:- | - | Backed by the record: rank among Lemuria's trading partners (Atlantis) is second (as of 2024-01-01, Desk).",
        ]),
        ("Among Lemuria's investors, Atlantis is the third largest.", &[
            "third largest | consistent | atlantis.investor_rank | - | s=Atlantis m=investors t=now:- | - | Backed by the record: rank among Lemuria's foreign investors (Atlantis) is third (as of 2024-01-01, Desk).",
        ]),
        ("As an investor in Lemuria, Atlantis is fifth largest.", &[
            "fifth largest | discrepancy | atlantis.investor_rank | - | s=Atlantis m=investor t=now:- | third largest | The record says third for rank among Lemuria's foreign investors (Atlantis) (as of 2024-01-01, Desk), not \"fifth largest\".",
        ]),
        // Held back in every phrase: the last phrase's fact is the candidate shown.
        ("Singapore is Lemuria's third largest investor and trading partner.", &[
            "third largest | unverified | ~atlantis.trade_rank | this sentence is about Singapore | - | - | \"third largest\" was not checked against rank among Lemuria's trading partners (Atlantis): this sentence is about Singapore.",
        ]),
        ("Atlantis is the third largest.", &[
            "third largest | unverified | - | - | - | - | No fact in the table covers \"third largest\"; check this figure by hand.",
        ]),
    ]);
}

/// A claim's own words (its unit) are never its cue: a fact cued only by `years` or
/// `USD` covers no figure written in years or dollars.
#[test]
fn a_claims_own_words_are_not_its_cue() {
    let c = checker(
        "oz.age,2024-01-01,Oz,age of Oz,duration,30,years,,Oz,years,Desk,\n\
         oz.budget,2024-01-01,Oz,budget of Oz,amount,2 billion,USD,,Oz,USD,Desk,\n",
    );
    run(&c, "2025-06-01", &[
        ("Oz is 30 years old.", &[
            "30 years | unverified | - | - | - | - | No fact in the table covers \"30 years\"; check this figure by hand.",
        ]),
        ("Oz spends 3 billion USD.", &[
            "3 billion USD | unverified | - | - | - | - | No fact in the table covers \"3 billion USD\"; check this figure by hand.",
        ]),
    ]);
}

/// A cue counts only in the claim's clause (or, with none there, an earlier clause of
/// the sentence), and a year names the event of a cue only close by, with no other
/// figure between.
#[test]
fn a_cue_counts_in_its_clause_and_a_year_only_close_by() {
    let c = checker(TABLE);
    let founded = "1901 | consistent | oz.founded | - | s=Oz m=founded t=earlier:was | - | Backed by the record: year Oz was founded is 1901 (as of 2024-01-01, Desk).";
    run(&c, "2025-06-01", &[
        ("Oz has 12, while its provinces are old.", &[
            "12 | unverified | - | - | - | - | No fact in the table covers \"12\"; check this figure by hand.",
        ]),
        ("Oz's provinces are old; there are 12.", &[
            "12 | discrepancy | oz.provinces | - | s=Oz m=provinces t=now:- | 9 | The record says 9 for number of provinces of Oz (as of 2024-01-01, Desk), not \"12\".",
        ]),
        ("Oz has 9 provinces; Atlantis has 2,000 firms.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
            "2,000 | consistent | atlantis.firms | - | s=Atlantis m=firms t=now:- | - | Backed by the record: Atlantean firms operating in Lemuria (Atlantis) is more than 2,000 (as of 2024-01-01, Desk).",
        ]),
        ("Oz was founded in 1901.", &[founded]),
        ("In 1901, Oz was founded.", &[founded]),
        ("Long ago and far away, in 1901, Oz was founded.", &[founded]),
        ("Oz was founded by farmers who had walked very far over the hills in 1901.", &[
        ]),
        ("Oz was founded by 12 farmers in 1901.", &[
            "12 | unverified | - | - | - | - | No fact in the table covers \"12\"; check this figure by hand.",
        ]),
    ]);
}

/// A pasted table: a bare figure takes its unit from the row label, its metric from
/// the row or column label, and its subject from the column header or row label.
#[test]
fn a_table_cell_reads_its_labels() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("| Indicator | Oz |\n|---|---|\n| area (square kilometres) | 14,000 |", &[
            "14,000 | discrepancy | oz.area | - | s=Oz m=area t=now:- | 13,000 | The record says 13,000 km2 for area of Oz (as of 2024-01-01, Desk), not \"14,000\".",
        ]),
        ("| | area (square kilometres) |\n|---|---|\n| Oz | 13,000 |", &[
            "13,000 | consistent | oz.area | - | s=Oz m=area t=now:- | - | Backed by the record: area of Oz is 13,000 km2 (as of 2024-01-01, Desk).",
        ]),
        ("| Indicator | Japan |\n|---|---|\n| area (square kilometres) | 13,000 |", &[
            "13,000 | unverified | ~oz.area | this sentence is about Japan | - | - | \"13,000\" was not checked against area of Oz: this sentence is about Japan.",
        ]),
        ("Indicator\tOz\tJapan\nprovinces\t9\t47\n", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
            "47 | unverified | ~oz.provinces | this sentence is about Japan | - | - | \"47\" was not checked against number of provinces of Oz: this sentence is about Japan.",
        ]),
    ]);
}

/// A fact about a pair (`trade between Atlantis and Japan`): the same metric with
/// another counterpart is another figure; naming both, or only the counterpart the
/// fact names, keeps it. A compared rival (`more than Japan`) is not who.
#[test]
fn a_counterpart_other_than_the_facts_is_another_figure() {
    let c = checker(
        "atlantis.japan_trade,2024-01-01,Atlantis,two-way trade between Atlantis and Japan,amount,5 billion,USD,,Atlantis,two-way trade|trade,Desk,\n\
         oz.plants,2024-01-01,Oz,power plants of Oz,count,3,,,Oz,plants,Desk,\n",
    );
    run(&c, "2025-06-01", &[
        ("Atlantis's trade with Japan reached 5 billion USD.", &[
            "5 billion USD | consistent | atlantis.japan_trade | - | s=Atlantis m=trade t=now:- | - | Backed by the record: two-way trade between Atlantis and Japan is 5 billion USD (as of 2024-01-01, Desk).",
        ]),
        ("Atlantis's trade with Singapore reached 6 billion USD.", &[
            "6 billion USD | unverified | ~atlantis.japan_trade | this sentence is about Singapore | - | - | \"6 billion USD\" was not checked against two-way trade between Atlantis and Japan: this sentence is about Singapore.",
        ]),
        ("Trade between Atlantis and Japan reached 6 billion USD.", &[
            "6 billion USD | discrepancy | atlantis.japan_trade | - | s=Atlantis m=Trade t=now:- | 5 billion USD | The record says 5 billion USD for two-way trade between Atlantis and Japan (as of 2024-01-01, Desk), not \"6 billion USD\".",
        ]),
        ("Oz, Japan's neighbour, has 3 plants.", &[
            "3 | consistent | oz.plants | - | s=Oz m=plants t=now:- | - | Backed by the record: power plants of Oz is 3 (as of 2024-01-01, Desk).",
        ]),
        ("Oz has 4 plants, more than Japan.", &[
            "4 | discrepancy | oz.plants | - | s=Oz m=plants t=now:- | 3 | The record says 3 for power plants of Oz (as of 2024-01-01, Desk), not \"4\".",
        ]),
        ("Japan has 4 plants, more than Oz.", &[
            "4 | unverified | ~oz.plants | this sentence is about Japan | - | - | \"4\" was not checked against power plants of Oz: this sentence is about Japan.",
        ]),
    ]);
}

/// `… years ago` is a moment, unless the event it dates names the fact just before it
/// (up to three tokens before the figure).
#[test]
fn years_ago_is_a_length_of_time_only_right_after_its_event() {
    let c = checker(TABLE);
    let thirty = "30 years | consistent | oz.membership | - | s=Oz m=member t=now:- | - | Backed by the record: years Oz has been a member of the Union is 30 years (as of 2024-01-01, Desk).";
    run(&c, "2025-06-01", &[
        ("Oz became a member 30 years ago.", &[thirty]),
        ("Oz, a member, signed it 30 years ago.", &[thirty]),
        ("Oz, a member, signed it all 30 years ago.", &[
            "30 years | unverified | ~oz.membership | \"ago\" makes it a moment, not a length of time | - | - | \"30 years\" was not checked against years Oz has been a member of the Union: \"ago\" makes it a moment, not a length of time.",
        ]),
    ]);
}

/// One cue naming several facts of one subject (`people`): the fact the figure agrees
/// with wins, else the one nearest in value, else the one first in the table, whether
/// the figure is judged or held back (`Ctx::decide`'s ranking).
#[test]
fn one_cue_for_several_facts_picks_the_agreeing_then_the_nearest() {
    let population =
        "oz.population,2024-01-01,Oz,population of Oz,count,23 million,,,Oz,people,Desk,\n";
    let workers =
        "oz.workers,2024-01-01,Oz,workers in Oz,count,9 million,,,Oz,people|workers,Desk,\n";
    let rows: &[(&str, &[&str])] = &[
        ("Oz has 9 million people.", &[
            "9 million | consistent | oz.workers | - | s=Oz m=people t=now:- | - | Backed by the record: workers in Oz is 9 million (as of 2024-01-01, Desk).",
        ]),
        ("Oz has 23 million people.", &[
            "23 million | consistent | oz.population | - | s=Oz m=people t=now:- | - | Backed by the record: population of Oz is 23 million (as of 2024-01-01, Desk).",
        ]),
        ("Oz has 10 million people.", &[
            "10 million | discrepancy | oz.workers | - | s=Oz m=people t=now:- | 9 million | The record says 9 million for workers in Oz (as of 2024-01-01, Desk), not \"10 million\".",
        ]),
        // Nearer in value by a fraction: 3/12 against 11/12.
        ("Oz has 12 million people.", &[
            "12 million | discrepancy | oz.workers | - | s=Oz m=people t=now:- | 9 million | The record says 9 million for workers in Oz (as of 2024-01-01, Desk), not \"12 million\".",
        ]),
        ("Japan has 23 million people.", &[
            "23 million | unverified | ~oz.population | this sentence is about Japan | - | - | \"23 million\" was not checked against population of Oz: this sentence is about Japan.",
        ]),
        ("Japan has 9 million people.", &[
            "9 million | unverified | ~oz.workers | this sentence is about Japan | - | - | \"9 million\" was not checked against workers in Oz: this sentence is about Japan.",
        ]),
    ];
    // In either order of the table.
    run(
        &checker(&format!("{population}{workers}")),
        "2025-06-01",
        rows,
    );
    run(
        &checker(&format!("{workers}{population}")),
        "2025-06-01",
        rows,
    );
    // 16 million is as far from 9 as from 23 (7/16 either way): the first fact wins.
    let tie = "Oz has 16 million people.";
    run(&checker(&format!("{population}{workers}")), "2025-06-01", &[(tie, &[
        "16 million | discrepancy | oz.population | - | s=Oz m=people t=now:- | 23 million | The record says 23 million for population of Oz (as of 2024-01-01, Desk), not \"16 million\".",
    ])]);
    run(&checker(&format!("{workers}{population}")), "2025-06-01", &[(tie, &[
        "16 million | discrepancy | oz.workers | - | s=Oz m=people t=now:- | 9 million | The record says 9 million for workers in Oz (as of 2024-01-01, Desk), not \"16 million\".",
    ])]);
}

/// A headline right above a paragraph names the story's subject: a paragraph of its
/// own, of up to 24 tokens, without final punctuation.
#[test]
fn a_headline_names_the_subject_of_the_paragraph_below() {
    let c = checker(TABLE);
    let twelve = "12 | discrepancy | oz.provinces | - | s=Oz m=provinces t=now:- | 9 | The record says 9 for number of provinces of Oz (as of 2024-01-01, Desk), not \"12\".";
    let nobody = "12 | unverified | ~oz.provinces | the sentence does not say whose figure this is | - | - | \"12\" was not checked against number of provinces of Oz: the sentence does not say whose figure this is.";
    let long = |words: usize| {
        format!(
            "Oz {}news\n\nThere are 12 provinces.",
            "word ".repeat(words)
        )
    };
    let (at_limit, over) = (long(22), long(23));
    run(
        &c,
        "2025-06-01",
        &[
            ("Oz News\n\nThere are 12 provinces.", &[twelve]),
            (
                "Intro text here.\nOz News\n\nThere are 12 provinces.",
                &[twelve],
            ),
            ("Oz News.\n\nThere are 12 provinces.", &[nobody]),
            ("Oz News:\n\nThere are 12 provinces.", &[nobody]),
            (&at_limit, &[twelve]),
            (&over, &[nobody]),
        ],
    );
}

/// (draft, every claim's text and verdict): for known false alarms, where the right
/// reading is known but not its exact wording.
fn verdicts(checker: &Checker, rows: &[(&str, &[(&str, &str)])]) {
    let mut options = CheckOptions::new(Date::parse("2025-06-01").unwrap_or_else(|| panic!()));
    options.lang = LangChoice::Fixed(Lang::En);
    let mut failures = Vec::new();
    for (text, want) in rows {
        let report = checker
            .check(text, &options)
            .unwrap_or_else(|e| panic!("{e}"));
        let got: Vec<(&str, &str)> = report
            .claims
            .iter()
            .map(|c| (c.text.as_str(), c.verdict.name()))
            .collect();
        if got != *want {
            failures.push(format!("{text:?}\n  want: {want:?}\n  got:  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// False alarms found while writing the tests above (not by a mutant): each figure is
/// about something the record does not say, yet is reported as a discrepancy (or, for
/// the rank, as backed). Reported to the linking engineer; un-ignore when fixed.
#[test]
fn known_false_alarms_in_linking() {
    let c = checker(TABLE);
    verdicts(
        &c,
        &[
            // Japan has the 12 provinces; Oz is only named in the relative clause.
            (
                "Japan, which borders Oz, has 12 provinces.",
                &[("12", "unverified")],
            ),
            // A change, not a level.
            ("Oz added 3 provinces.", &[("3", "unverified")]),
            // A past tense with no date: backed by no version, so unverified, never wrong.
            ("Oz had 7 reactors.", &[("7", "unverified")]),
            // The rank is Japan's; "not Atlantis" does not make it Atlantis's.
            (
                "Japan, not Atlantis, is Lemuria's fifth largest investor.",
                &[("fifth largest", "unverified")],
            ),
        ],
    );
}

/// A second figure coordinated with a first (`… in 2023 and 6 billion USD in 2024`)
/// shares its cue by ellipsis, when the coordinator stands at most 12 tokens after the
/// first; further away, the first figure owns the cue.
#[test]
fn a_coordinated_figure_shares_the_cue_of_the_first() {
    let c = checker(TABLE);
    // The years are when, not claims (no year-fact takes them): not reported.
    let five = "5 billion USD | consistent | atlantis.exports_2023 | - | s=Atlantis m=exports t=now:2023 | - | Backed by the record: Atlantis's exports in 2023 is 5 billion USD (as of 2024-03-01, Desk).";
    run(&c, "2025-06-01", &[
        ("Atlantis's exports reached 5 billion USD in 2023 and 6 billion USD in 2024.", &[
            five,
            "6 billion USD | unverified | ~atlantis.exports_2023 | the record's figure is for 2023 | - | - | \"6 billion USD\" was not checked against Atlantis's exports in 2023: the record's figure is for 2023.",
        ]),
        ("Atlantis's exports reached 5 billion USD in 2023, as the office in the capital city said in its annual report last week, and 6 billion USD in 2024.", &[
            five,
            "6 billion USD | unverified | - | - | - | - | No fact in the table covers \"6 billion USD\"; check this figure by hand.",
        ]),
    ]);
}

/// A figure with a unit of its own keeps it in a table whose row label names another.
#[test]
fn a_table_cell_keeps_its_own_unit() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[(
        "| Indicator | Oz |\n|---|---|\n| area (square kilometres) | 13,000 ha |",
        &["13,000 ha | unverified | - | - | - | - | No fact in the table covers \"13,000 ha\"; check this figure by hand."],
    )]);
}

/// What a count counts: the noun after it must be one of the fact's cue words, in the
/// singular or the plural.
#[test]
fn a_count_counts_what_the_cue_names_in_either_number() {
    let c = checker("oz.firm_count,2024-01-01,Oz,firms in Oz,count,2000,,,Oz,firm count,Desk,\n");
    run(&c, "2025-06-01", &[
        ("Oz's firm count reached 2,000 firms.", &[
            "2,000 | consistent | oz.firm_count | - | s=Oz m=firm count t=now:- | - | Backed by the record: firms in Oz is 2,000 (as of 2024-01-01, Desk).",
        ]),
        ("Oz's firm count reached 2,000 farms.", &[
            "2,000 | unverified | ~oz.firm_count | the figure counts \"farms\" | - | - | \"2,000\" was not checked against firms in Oz: the figure counts \"farms\".",
        ]),
    ]);
}

/// A generic word after a count (`people`) does not decide alone what it counts: a cue
/// right before the figure wins over it.
#[test]
fn a_generic_word_after_a_count_does_not_decide_alone() {
    let c = checker(
        "oz.population,2024-01-01,Oz,population of Oz,count,23 million,,,Oz,people,Desk,\n\
         oz.workers,2024-01-01,Oz,workers in Oz,count,9 million,,,Oz,working population,Desk,\n",
    );
    run(&c, "2025-06-01", &[(
        "Oz's working population 9 million people strong.",
        &["9 million | consistent | oz.workers | - | s=Oz m=working population t=now:- | - | Backed by the record: workers in Oz is 9 million (as of 2024-01-01, Desk)."],
    )]);
}

/// The same, one word further: the generic `people` right after the figure outranks
/// `working population` one token before it, and the working population is judged
/// against the whole population, a false discrepancy.
#[test]
fn a_generic_word_never_outranks_the_cue_naming_what_is_counted() {
    let c = checker(
        "oz.population,2024-01-01,Oz,population of Oz,count,23 million,,,Oz,people,Desk,\n\
         oz.workers,2024-01-01,Oz,workers in Oz,count,9 million,,,Oz,working population,Desk,\n",
    );
    verdicts(
        &c,
        &[(
            "Oz's working population tops 9 million people.",
            &[("9 million", "consistent")],
        )],
    );
}

/// A restricting word narrows a figure wherever it stands in the clause (before the
/// figure, after its cue), unless it is part of a name; and the magnitude guard holds
/// back a figure more than ten times the record, not one exactly ten times.
#[test]
fn restrictors_and_the_magnitude_guard_at_their_edges() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Atlantis has 2,000 firms at the fair.", &[
            "2,000 | unverified | ~atlantis.firms | the figure is narrowed by \"fair\", which the record is not | - | - | \"2,000\" was not checked against Atlantean firms operating in Lemuria (Atlantis): the figure is narrowed by \"fair\", which the record is not.",
        ]),
        ("The 9 new provinces of Oz are large.", &[
            "9 | unverified | ~oz.provinces | the figure is narrowed by \"new\", which the record is not | - | - | \"9\" was not checked against number of provinces of Oz: the figure is narrowed by \"new\", which the record is not.",
        ]),
        ("Oz has 9 provinces, like New Zealand.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Oz has 90 provinces.", &[
            "90 | discrepancy | oz.provinces | - | s=Oz m=provinces t=now:- | 9 | The record says 9 for number of provinces of Oz (as of 2024-01-01, Desk), not \"90\".",
        ]),
        ("Oz has 91 provinces.", &[
            "91 | unverified | ~oz.provinces | the figure is far from the record's order of magnitude | - | - | \"91\" was not checked against number of provinces of Oz: the figure is far from the record's order of magnitude.",
        ]),
    ]);
}

// Round 6 (issue 12): the linking session 6 changed, mutated on the lines it changed
// (`docs/testing.md`, round 6); each test names the mutants it was written against.

/// Vietnamese, to reach the anaphora written with a capital in the data (`Hội`, the
/// association): only those need a capital in the text.
const TABLE_VI: &str = "\
id,as_of,subject,metric,kind,value,unit,qualifier,aliases_vi,cues_vi,source_publication,source_url
oz.provinces,2024-01-01,Oz,number of provinces of Oz,count,9,,,Oz,tỉnh,Desk,
";

/// An anaphor written in lower case (`nước này`, this country) refers back, across a
/// paragraph too; only an anaphor the data writes with a capital (`Hội`) needs one in
/// the text (`frame/mod.rs` `Reader::sentence`, the `proper` test `==` → `!=`).
#[test]
fn a_lower_case_anaphor_refers_back() {
    let table = FactTable::from_csv("made-up", TABLE_VI).unwrap_or_else(|e| panic!("{e}"));
    let c = Checker::new(table).unwrap_or_else(|e| panic!("{e}"));
    run_in(&c, Lang::Vi, "2025-06-01", &[
        ("Oz rất lớn.\n\nHiện nay nước này có 9 tỉnh.", &[
            "9 | consistent | oz.provinces | - | s=nước này m=tỉnh t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Oz rất lớn. Hiện nay nước này có 12 tỉnh.", &[
            "12 | discrepancy | oz.provinces | - | s=nước này m=tỉnh t=now:- | 9 | The record says 9 for number of provinces of Oz (as of 2024-01-01, Desk), not \"12\".",
        ]),
    ]);
}

/// A false alarm found while writing round 6's tests (not by a mutant): a name in a
/// comparison that opens the sentence (`Unlike Oz, …`) is taken as whose figure it is,
/// so another's figure is judged against Oz's record. With the bundled table, `Unlike
/// Japan, South Korea is Vietnam's largest foreign investor.` is reported as a
/// discrepancy against Japan's rank. Reported to the linking engineer (s7link);
/// un-ignore when fixed.
#[test]
fn a_name_in_a_fronted_comparison_is_not_the_subject() {
    let c = checker(TABLE);
    verdicts(
        &c,
        &[
            (
                "Unlike Oz, Atlantis has 12 provinces.",
                &[("12", "unverified")],
            ),
            (
                "Unlike Oz, Japan has 12 provinces.",
                &[("12", "unverified")],
            ),
            (
                "Compared with Oz, Atlantis has 12 provinces.",
                &[("12", "unverified")],
            ),
            (
                "Besides Oz, Atlantis has 12 provinces.",
                &[("12", "unverified")],
            ),
            (
                "\"Unlike Oz, we have 12 provinces,\" Japan said.",
                &[("12", "unverified")],
            ),
        ],
    );
}

/// In a pasted row, the word in the next cell (after a tab) is that cell's, not what a
/// figure counts; a figure opening a cell counts the noun in its own cell
/// (`frame/mod.rs` `Reader::head_noun`, the cell break `b > first_token` → `==`).
#[test]
fn a_figure_counts_no_noun_of_the_next_cell() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Oz has 9 provinces\t12 villages", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
            "12 | unverified | ~oz.provinces | the figure counts \"villages\" | - | - | \"12\" was not checked against number of provinces of Oz: the figure counts \"villages\".",
        ]),
        ("Oz provinces:\t9 villages", &[
            "9 | unverified | ~oz.provinces | the figure counts \"villages\" | - | - | \"9\" was not checked against number of provinces of Oz: the figure counts \"villages\".",
        ]),
    ]);
}

/// `will` governs the second of two coordinated figures, whatever other figure the
/// sentence holds before the modal or after the second figure (`frame/claim.rs`
/// `Around::coordinated_modal`, `&&` → `||` in its filter of the figures between).
#[test]
fn a_modal_governs_coordinated_figures_whatever_else_the_sentence_counts() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("With 40 towns, Oz will add 2 reactors and 12 provinces.", &[
            "40 | unverified | - | - | - | - | No fact in the table covers \"40\"; check this figure by hand.",
            "2 | unverified | ~oz.reactors | a forecast, target or condition (\"will\") is not a current level | - | - | \"2\" was not checked against nuclear reactors (Oz): a forecast, target or condition (\"will\") is not a current level.",
            "12 | unverified | ~oz.provinces | a forecast, target or condition (\"will\") is not a current level | - | - | \"12\" was not checked against number of provinces of Oz: a forecast, target or condition (\"will\") is not a current level.",
        ]),
        ("Oz will add 2 reactors and 12 provinces for 40 towns.", &[
            "2 | unverified | ~oz.reactors | a forecast, target or condition (\"will\") is not a current level | - | - | \"2\" was not checked against nuclear reactors (Oz): a forecast, target or condition (\"will\") is not a current level.",
            "12 | unverified | ~oz.provinces | a forecast, target or condition (\"will\") is not a current level | - | - | \"12\" was not checked against number of provinces of Oz: a forecast, target or condition (\"will\") is not a current level.",
            "40 | unverified | - | - | - | - | No fact in the table covers \"40\"; check this figure by hand.",
        ]),
    ]);
}

/// A title before a name makes one longer name (`the city of Atlantis`), and the title
/// in it is no anaphor: a figure that the sentence does not give to that name is
/// carried from before, by the name it was carried from (`frame/mod.rs`
/// `Reader::sentence`, `&&` → `||` in the test that drops an anaphor inside a name).
#[test]
fn a_title_before_a_name_is_no_anaphor() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Oz is big. There are 9 provinces, like the city of Atlantis.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Oz is big. There are 9 provinces near the city of Oz.", &[
            "9 | consistent | oz.provinces | - | s=the city of Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
    ]);
}

/// `we` in a quote names the speaker's country, also right after another name
/// (`Unlike Oz we …`), and a quote after a question names the speaker too
/// (`frame/mod.rs` `Reader::first_person`, `h.0 < m.end` → `<=` in whether a
/// first-person word is inside a name).
#[test]
fn we_in_a_quote_is_the_speaker() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("\"Unlike Oz we have 12 provinces,\" Japan said.", &[
            "12 | unverified | ~oz.provinces | this sentence is about Japan | - | - | \"12\" was not checked against number of provinces of Oz: this sentence is about Japan.",
        ]),
        ("\"We have 12 provinces,\" Atlantis said.", &[
            "12 | unverified | ~oz.provinces | this sentence is about Atlantis | - | - | \"12\" was not checked against number of provinces of Oz: this sentence is about Atlantis.",
        ]),
        ("\"Oz? We have 12 provinces,\" Atlantis said.", &[
            "12 | unverified | ~oz.provinces | this sentence is about Atlantis | - | - | \"12\" was not checked against number of provinces of Oz: this sentence is about Atlantis.",
        ]),
    ]);
}

/// A capitalised word after another word before the figure, that neither the table nor
/// the gazetteer knows, is a stranger whose figure it is (`Today Acme firms …`); after a
/// mark it counts only as a possessive or before another name (`Here, Acme firms …`);
/// a demonym is known (`Today Japanese firms …`). Otherwise the subject is carried from
/// before (`link/who.rs` `Ctx::stranger`: `||` → `&&` between the demonym and
/// function-word tests; `!word(k - 1)` → `word(k - 1)` in what opens a phrase).
#[test]
fn a_stranger_is_an_unknown_name_after_a_word() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Oz is big. Today Japanese firms run 9 provinces.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Oz is big. Today Acme firms run 9 provinces.", &[
            "9 | unverified | ~oz.provinces | this sentence is about Acme | - | - | \"9\" was not checked against number of provinces of Oz: this sentence is about Acme.",
        ]),
        ("Oz is big. So far Acme firms run 9 provinces.", &[
            "9 | unverified | ~oz.provinces | this sentence is about Acme | - | - | \"9\" was not checked against number of provinces of Oz: this sentence is about Acme.",
        ]),
        ("Oz is big. Here, Acme firms run 9 provinces.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
    ]);
}

/// A false discrepancy found through a survivor of round 6 (`link.rs` `Nearby::of`, the
/// `kin` figures' unit `==` → `!=`): a cue between an earlier amount and a coordinator is
/// that amount's when the claim names its own metric after it, whatever the two amounts'
/// currencies. While the amounts had to share a unit, `exports` after `20 million EUR`
/// was taken by `10 billion USD`, which is about ODA and matches its record, and the
/// figure was reported as a discrepancy against exports. Fixed in session 8; the same
/// currency, no cue between and a claim that names no metric of its own are pinned too.
#[test]
fn an_amount_in_another_currency_owns_its_cue_too() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Atlantis sold 20 million EUR in exports and 10 billion USD in all of its ODA.", &[
            "20 million EUR | unverified | - | - | - | - | No fact in the table covers \"20 million EUR\"; check this figure by hand.",
            "10 billion USD | consistent | atlantis.oda | - | s=Atlantis m=ODA t=now:- | - | Backed by the record: cumulative ODA from Atlantis is 10 billion USD (as of 2024-01-01, Desk).",
        ]),
        // The same currency, as before.
        ("Atlantis sold 2 billion USD in exports and 10 billion USD in all of its ODA.", &[
            "2 billion USD | discrepancy | atlantis.exports_2023 | - | s=Atlantis m=exports t=now:- | 5 billion USD | The record says 5 billion USD for Atlantis's exports in 2023 (as of 2024-03-01, Desk), not \"2 billion USD\".",
            "10 billion USD | consistent | atlantis.oda | - | s=Atlantis m=ODA t=now:- | - | Backed by the record: cumulative ODA from Atlantis is 10 billion USD (as of 2024-01-01, Desk).",
        ]),
        // A wrong ODA figure is a discrepancy against ODA, not against exports.
        ("Atlantis sold 20 million EUR in exports and 12 billion USD in all of its ODA.", &[
            "20 million EUR | unverified | - | - | - | - | No fact in the table covers \"20 million EUR\"; check this figure by hand.",
            "12 billion USD | discrepancy | atlantis.oda | - | s=Atlantis m=ODA t=now:- | 10 billion USD | The record says 10 billion USD for cumulative ODA from Atlantis (as of 2024-01-01, Desk), not \"12 billion USD\".",
        ]),
        // No cue between the two: the claim's own.
        ("Atlantis sold 20 million EUR and 12 billion USD in all of its ODA.", &[
            "20 million EUR | unverified | - | - | - | - | No fact in the table covers \"20 million EUR\"; check this figure by hand.",
            "12 billion USD | discrepancy | atlantis.oda | - | s=Atlantis m=ODA t=now:- | 10 billion USD | The record says 10 billion USD for cumulative ODA from Atlantis (as of 2024-01-01, Desk), not \"12 billion USD\".",
        ]),
        // A claim that names no metric of its own shares the one before by ellipsis,
        // whatever the currencies.
        ("Atlantis sold 20 million EUR in exports, and 6 billion USD.", &[
            "20 million EUR | unverified | - | - | - | - | No fact in the table covers \"20 million EUR\"; check this figure by hand.",
            "6 billion USD | discrepancy | atlantis.exports_2023 | - | s=Atlantis m=exports t=now:- | 5 billion USD | The record says 5 billion USD for Atlantis's exports in 2023 (as of 2024-03-01, Desk), not \"6 billion USD\".",
        ]),
    ]);
}

/// An anaphor right after a name is not inside it (`Like Japan it has …`): it refers
/// back, across a paragraph too (`frame/mod.rs` `Reader::sentence`, `h.0 < m.end` → `<=`
/// in whether an anaphor is inside a name).
#[test]
fn an_anaphor_right_after_a_name_refers_back() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Oz is big.\n\nLike Japan it has 9 provinces.", &[
            "9 | consistent | oz.provinces | - | s=it m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
        ("Oz is big. Like Japan it has 12 provinces.", &[
            "12 | discrepancy | oz.provinces | - | s=it m=provinces t=now:- | 9 | The record says 9 for number of provinces of Oz (as of 2024-01-01, Desk), not \"12\".",
        ]),
    ]);
}

/// A quote left open to the next sentence (`… said: "We have 12 provinces.`) still has
/// its speaker outside it, named by a demonym: `we` is Japan's, not the country carried
/// from before (`frame/mod.rs` `Reader::first_person`, `q <= k` → `q > k` in what is
/// inside the quote).
#[test]
fn a_quote_left_open_keeps_its_speaker() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Oz is big. A Japanese official said: \"We have 12 provinces.", &[
            "12 | unverified | ~oz.provinces | this sentence is about Japan | - | - | \"12\" was not checked against number of provinces of Oz: this sentence is about Japan.",
        ]),
    ]);
}

/// A verb before the modal (`has 4 reactors and will add …`) does not stop `will` from
/// governing the figures coordinated after it: only the words between the two figures
/// are read (`frame/claim.rs` `Around::hits_in`, `h.0 < r.start` → `==`, which took the
/// sentence's earlier cues into every range).
#[test]
fn a_verb_before_the_modal_does_not_stop_it() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Oz has 4 reactors and will add 2 reactors and 12 provinces.", &[
            "4 | consistent | oz.reactors | - | s=Oz m=reactors t=now:- | - | Backed by the record: nuclear reactors (Oz) is 4 (as of 2022-06-01, Desk).",
            "2 | unverified | ~oz.reactors | a forecast, target or condition (\"will\") is not a current level | - | - | \"2\" was not checked against nuclear reactors (Oz): a forecast, target or condition (\"will\") is not a current level.",
            "12 | unverified | ~oz.provinces | a forecast, target or condition (\"will\") is not a current level | - | - | \"12\" was not checked against number of provinces of Oz: a forecast, target or condition (\"will\") is not a current level.",
        ]),
    ]);
}

/// A pair anaphor after the figure (`between the two countries`) names the pair only
/// with no other figure between: beyond one, the subject is the name the pair carries
/// first, `Atlantis`, not the pair's other member (`frame/claim.rs` `read_hit`, the
/// guard `h.1 <= from || after` → `true`).
#[test]
fn a_pair_anaphor_after_another_figure_is_not_the_claims() {
    let c = checker("atlantis.japan_trade,2024-01-01,Atlantis,two-way trade between Atlantis and Japan,amount,5 billion,USD,,Atlantis,two-way trade|trade,Desk,\n");
    run(&c, "2025-06-01", &[
        ("Atlantis and Japan held talks. Trade reached 6 billion USD, up 12 percent, between the two countries.", &[
            "6 billion USD | discrepancy | atlantis.japan_trade | - | s=Atlantis m=Trade t=now:- | 5 billion USD | The record says 5 billion USD for two-way trade between Atlantis and Japan (as of 2024-01-01, Desk), not \"6 billion USD\".",
            "12 percent | unverified | - | - | - | - | No fact in the table covers \"12 percent\"; check this figure by hand.",
        ]),
        ("Singapore and Japan held talks. Trade reached 6 billion USD, up 12 percent, between the two countries.", &[
            "6 billion USD | unverified | ~atlantis.japan_trade | this sentence is about Singapore | - | - | \"6 billion USD\" was not checked against two-way trade between Atlantis and Japan: this sentence is about Singapore.",
            "12 percent | unverified | - | - | - | - | No fact in the table covers \"12 percent\"; check this figure by hand.",
        ]),
    ]);
}

/// An abbreviation (`Gov.`, a capitalised word with its full stop glued on) is no
/// stranger's name: the subject is carried from before (`link/who.rs` `Ctx::stranger`,
/// `tokens.norm(k + 1)` → `norm(k * 1)` in the abbreviation test).
#[test]
fn an_abbreviation_is_no_stranger() {
    let c = checker(TABLE);
    run(&c, "2025-06-01", &[
        ("Oz is big. Today Gov. officials count 9 provinces.", &[
            "9 | consistent | oz.provinces | - | s=Oz m=provinces t=now:- | - | Backed by the record: number of provinces of Oz is 9 (as of 2024-01-01, Desk).",
        ]),
    ]);
}
