//! The fact-table linter: each warning on a small bad table at its file:line:col, the
//! `lint-ok:` markers, the bundled table clean; `claimcheck facts lint` as a built
//! binary; and the `facts --format csv` export parsed back field by field (issue 12).
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::facts::{JsonCell, JsonRow, Location};
use claimcheck::lint::{self, Code, Input};
use claimcheck::{Checker, FactTable, Lang};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::{Command, Output};

const HEADER: &str = "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication,source_title,source_date,note\n";
// Fields:            1  2     3       4      5    6     7    8         9          10      11                 12           13          14

/// A row with everything right: cues name the metric, title and dates agree.
const GOOD: &str = "japan.two_way_trade,2025-11-03,Japan,two-way trade,amount,48.18 billion,USD,exact,Japanese,two-way trade,VNA,PM suggests expanding cooperation,2025-11-03,Source: 'a two-way trade of 48.18 billion USD'.\n";

/// Lints a CSV table given as rows under `HEADER`: (code, line, column) of each warning.
fn lint_csv(rows: &str) -> Vec<Expected> {
    lint_text("t.csv", &format!("{HEADER}{rows}"))
        .into_iter()
        .map(|w| match w.location {
            Location::Cell { line, column } => (w.code, line, column),
            Location::Row { row, .. } => panic!("a CSV warning at row {row}"),
        })
        .collect()
}

fn lint_text(name: &str, text: &str) -> Vec<lint::Warning> {
    let (table, rows) = FactTable::from_csv_with_rows(name, text).unwrap_or_else(|e| panic!("{e}"));
    lint::lint(
        &[Input {
            table: &table,
            rows: &rows,
        }],
        &lint::Rules::bundled(),
        &lint::bundled_gazetteer(),
    )
}

/// A warning expected: code, line, column.
type Expected = (Code, usize, usize);

/// Each case: what it shows, rows under `HEADER`, and every warning expected.
const CASES: &[(&str, &str, &[Expected])] = &[
    ("a good row", GOOD, &[]),
    (
        "one cue on two facts of one subject, kind and unit",
        "aia.revenue_2024,2025-12-12,AIA Vietnam,premium revenue 2024,amount,14.83 trillion,VND,nearly,,premium revenue,VNA,AIA story,2025-12-12,\n\
         aia.revenue_2025,2025-12-12,AIA Vietnam,premium revenue 2025,amount,15.73 trillion,VND,about,,premium revenue,VNA,AIA story,2025-12-12,\n",
        &[(Code::SharedCue, 2, 10), (Code::SharedCue, 3, 10)],
    ),
    (
        "one cue on facts of different subjects or kinds is not shared",
        "a.pop,2025-11-03,Kansai,population,count,23 million,,nearly,,population,VNA,T,2025-11-03,\n\
         b.share,2025-11-03,Kansai,population share,percent,16,%,exact,,population,VNA,T,2025-11-03,\n\
         c.pop,2025-11-03,Gunma,population,count,2 million,,exact,,population,VNA,T,2025-11-03,\n",
        &[],
    ),
    (
        "a topic word as cue, a generic alias, a cue of only a year",
        "japan.x,2025-11-03,Japan,m,count,5,,exact,the two countries,trade|in 2024|two-way trade,VNA,T,2025-11-03,\n",
        &[(Code::TopicWord, 2, 9), (Code::TopicWord, 2, 10), (Code::TopicWord, 2, 10)],
    ),
    (
        "a plural topic word and a demonym as cue",
        "japan.x,2025-11-03,Japan,m,count,5,,exact,,partners|Vietnamese,VNA,T,2025-11-03,\n",
        &[(Code::TopicWord, 2, 10), (Code::TopicWord, 2, 10)],
    ),
    (
        "a city as alias of its country; the subject's own other names are fine",
        "japan.x,2025-11-03,Japan,m,count,5,,exact,Tokyo|Japanese,thing counted,VNA,T,2025-11-03,\n\
         hcmc.x,2025-11-03,Ho Chi Minh City,m,count,5,,exact,Saigon|HCMC,thing counted,VNA,T,2025-11-03,\n",
        &[(Code::OtherEntity, 2, 9)],
    ),
    (
        "an empty title",
        "japan.x,2025-11-03,Japan,m,count,5,,exact,,thing counted,VNA,,2025-11-03,\n",
        &[(Code::EmptyTitle, 2, 12)],
    ),
    (
        "one title on two sources",
        "japan.x,2025-11-03,Japan,m,count,5,,exact,,thing counted,VNA,Same headline,2025-11-03,\n\
         japan.y,2025-11-25,Japan,n,count,6,,exact,,other thing,VNA,Same headline,2025-11-25,\n",
        &[(Code::RepeatedTitle, 3, 12)],
    ),
    (
        "a site's tagline and a scraped date line as titles",
        "japan.x,2025-11-03,Japan,m,count,5,,exact,,thing counted,Vietnam.vn (republished),Vietnam.vn - Nền tảng quảng bá Việt Nam,2025-11-03,\n\
         japan.y,2025-11-25,Japan,n,count,6,,exact,,other thing,SGGP,date 2025-11-25 The PM said he believes,2025-11-25,\n",
        &[(Code::TitleNotHeadline, 2, 12), (Code::TitleNotHeadline, 3, 12)],
    ),
    (
        "one title on many rows of one source",
        "japan.x,2025-11-03,Japan,m,count,5,,exact,,thing counted,VNA,Same headline,2025-11-03,\n\
         japan.y,2025-11-03,Japan,n,count,6,,exact,,other thing,VNA,Same headline,2025-11-03,\n",
        &[],
    ),
    (
        "as_of after and before the source's date",
        "japan.x,2025-12-01,Japan,m,count,5,,exact,,thing counted,VNA,T1,2025-11-25,\n\
         japan.y,2025-11-01,Japan,n,count,6,,exact,,other thing,VNA,T2,2025-11-25,\n",
        &[(Code::AsOfAfterSource, 2, 2), (Code::AsOfBeforeSource, 3, 2)],
    ),
    (
        "as_of before the date other rows give the same story",
        "japan.x,2025-11-25,Japan,m,count,5,,exact,,thing counted,VNA,T1,2025-11-25,\n\
         japan.y,2025-11-01,Japan,n,count,6,,exact,,other thing,VNA,T1,,\n",
        &[(Code::AsOfBeforeSource, 3, 2)],
    ),
    (
        "an estimate and a range end stored as exact; empty qualifier is exact",
        "aia.x,2025-12-12,AIA Vietnam,m,amount,15.73 trillion,VND,exact,,premium revenue,VNA,T,2025-12-12,Source: 'an estimated 15.73 trillion VND'.\n\
         banana.low,2025-12-12,Bananas,m,amount,165000,ha,,,acreage,VNA,T,2025-12-12,The low end of the range.\n\
         banana.high,2025-12-12,Bananas,n,amount,175000,ha,up_to,,acreage by 2030,VNA,T,2025-12-12,The high end of the range.\n",
        &[(Code::ExactEstimate, 2, 8), (Code::ExactEstimate, 3, 8)],
    ),
    (
        "lint-ok keeps a warning it names, with a reason",
        "japan.x,2025-11-03,Japan,m,count,5,,exact,,thing counted,VNA,,2025-11-03,lint-ok: empty-title the page has no headline\n",
        &[],
    ),
    (
        "lint-ok with no reason, an unknown code, or nothing to justify",
        "japan.x,2025-11-03,Japan,m,count,5,,exact,,thing counted,VNA,,2025-11-03,lint-ok: empty-title\n\
         japan.y,2025-11-03,Japan,n,count,6,,exact,,other thing,VNA,T,2025-11-03,lint-ok: no-such-code because\n\
         japan.z,2025-11-03,Japan,o,count,7,,exact,,third thing,VNA,T,2025-11-03,lint-ok: shared-cue nothing is shared here\n",
        &[
            (Code::EmptyTitle, 2, 12),
            (Code::LintOk, 2, 14),
            (Code::LintOk, 3, 14),
            (Code::LintOk, 4, 14),
        ],
    ),
];

#[test]
fn each_warning_fires_at_its_cell() {
    for (what, rows, want) in CASES {
        let got = lint_csv(rows);
        assert_eq!(got, *want, "{what}");
    }
}

#[test]
fn every_code_is_tested() {
    let tested: BTreeSet<Code> = CASES
        .iter()
        .flat_map(|(_, _, w)| w.iter().map(|(c, _, _)| *c))
        .collect();
    let all: BTreeSet<Code> = Code::ALL.into_iter().collect();
    assert_eq!(tested, all);
}

#[test]
fn a_warning_reads_file_line_column_code_and_advice() {
    let text = format!(
        "{HEADER}japan.x,2025-11-03,Japan,m,count,5,,exact,Tokyo,thing counted,VNA,T,2025-11-03,\n"
    );
    let w = lint_text("my-facts.csv", &text);
    assert_eq!(
        w.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["my-facts.csv:2:9: warning[other-entity]: alias \"Tokyo\" names Tokyo, not Japan: a figure about Tokyo would be read as Japan's; remove it"]
    );
}

#[test]
fn json_tables_are_linted_at_row_and_key() {
    let row: JsonRow = BTreeMap::from([
        ("id".to_string(), JsonCell::Text("japan.x".into())),
        ("as_of".to_string(), JsonCell::Text("2025-11-03".into())),
        ("subject".to_string(), JsonCell::Text("Japan".into())),
        ("metric".to_string(), JsonCell::Text("m".into())),
        ("kind".to_string(), JsonCell::Text("count".into())),
        ("value".to_string(), JsonCell::Number(5.0)),
        (
            "cues_en".to_string(),
            JsonCell::List(vec!["thing counted".into(), "people".into()]),
        ),
        (
            "source_publication".to_string(),
            JsonCell::Text("VNA".into()),
        ),
        ("source_title".to_string(), JsonCell::Text("T".into())),
    ]);
    let (table, rows) =
        FactTable::from_json_with_rows("t.json", vec![row]).unwrap_or_else(|e| panic!("{e}"));
    let w = lint::lint(
        &[Input {
            table: &table,
            rows: &rows,
        }],
        &lint::Rules::bundled(),
        &lint::bundled_gazetteer(),
    );
    let got: Vec<String> = w.iter().map(ToString::to_string).collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("t.json: row 1, \"cues_en\": warning[topic-word]: cue \"people\""),
        "{got:?}"
    );
}

#[test]
fn the_bundled_table_is_clean() {
    let warnings = lint_text("data/facts.csv", include_str!("../data/facts.csv"));
    let lines: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert!(lines.is_empty(), "{}", lines.join("\n"));
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot start claimcheck: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp(name: &str, contents: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimcheck-lint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap_or_else(|e| panic!("{e}"));
    path
}

#[test]
fn the_cli_lints_the_bundled_table_and_exits_0() {
    let out = run(&["facts", "lint"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    let rows = FactTable::bundled().facts().len();
    assert_eq!(text(&out.stdout), format!("0 warnings in {rows} rows\n"));
}

#[test]
fn the_cli_prints_each_warning_and_exits_1() {
    let bad = temp(
        "bad.csv",
        &format!(
            "{HEADER}{GOOD}japan.x,2025-11-03,Japan,m,count,5,,exact,,trade,VNA,,2025-11-03,\n"
        ),
    );
    let path = bad.to_str().unwrap_or_default();
    let out = run(&["facts", "lint", path]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(
        lines[0].starts_with(&format!("{path}:3:10: warning[topic-word]: cue \"trade\"")),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with(&format!("{path}:3:12: warning[empty-title]")),
        "{stdout}"
    );
    assert_eq!(lines[2], "2 warnings in 2 rows");
}

#[test]
fn the_cli_refuses_bad_input_with_exit_2() {
    let broken = temp(
        "broken.csv",
        &format!("{HEADER}japan.x,2025-11-03,Japan,m,count,many,,exact,,c,VNA,T,2025-11-03,\n"),
    );
    let broken = broken.to_str().unwrap_or_default();
    for (args, want) in [
        (
            vec!["facts", "lint", "/no/such/table.csv"],
            "/no/such/table.csv: cannot read the fact table".to_string(),
        ),
        (
            vec!["facts", "lint", broken],
            format!("{broken}:2:6: value \"many\" is not a number"),
        ),
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains(&want), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

/// `facts --format csv`'s output, and the effective table it writes.
fn export() -> (String, FactTable) {
    let out = run(&["facts", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = Checker::with_tables(true, Vec::new())
        .unwrap_or_else(|e| panic!("{e}"))
        .table()
        .clone();
    (text(&out.stdout), table)
}

/// `facts --format csv` writes the effective table; read back, every field of every row
/// equals the table's: ids, dates, subjects, metrics, kinds, values, units,
/// qualifiers, aliases and cues per language, sources and notes.
#[test]
fn the_csv_export_parses_back_field_by_field() {
    let (exported, table) = export();
    let mut reader = csv::Reader::from_reader(exported.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap_or_else(|e| panic!("{e}"))
        .iter()
        .map(String::from)
        .collect();
    let records: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    assert_eq!(records.len(), table.facts().len());
    let langs: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    for (record, f) in records.iter().zip(table.facts()) {
        let cell: BTreeMap<&str, &str> = header
            .iter()
            .map(String::as_str)
            .zip(record.iter())
            .collect();
        let want = |column: &str, value: String| {
            assert_eq!(
                cell.get(column).copied(),
                Some(value.as_str()),
                "{} {column}",
                f.id
            );
        };
        want("id", f.id.clone());
        want("as_of", f.as_of.to_string());
        want("subject", f.subject.clone());
        want("metric", f.metric.clone());
        want("kind", f.kind.name().to_string());
        want("unit", f.unit.unwrap_or("").to_string());
        want("qualifier", f.qualifier.name().to_string());
        want("source_publication", f.source.publication.clone());
        want("source_title", f.source.title.clone().unwrap_or_default());
        want(
            "source_date",
            f.source.date.map(|d| d.to_string()).unwrap_or_default(),
        );
        want("source_url", f.source.url.clone().unwrap_or_default());
        want("note", f.note.clone().unwrap_or_default());
        let value = claimcheck::facts::parse_value(cell.get("value").copied().unwrap_or(""));
        assert_eq!(value, Some(f.value), "{} value", f.id);
        for lang in &langs {
            want(
                &format!("aliases_{lang}"),
                table.aliases_in(&f.subject, lang).join("|"),
            );
            want(
                &format!("cues_{lang}"),
                table.cues_in(&f.id, lang).join("|"),
            );
        }
    }
}

/// Loaded as a table, the `facts --format csv` export is the same table.
#[test]
fn the_csv_export_loads_back_as_the_same_table() {
    let (exported, table) = export();
    let back = FactTable::from_csv("export.csv", &exported).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.facts().len(), table.facts().len());
    for (b, f) in back.facts().iter().zip(table.facts()) {
        let strip = |f: &claimcheck::Fact| {
            let mut f = f.clone();
            f.table = String::new();
            f.origin = Location::Cell { line: 0, column: 0 };
            f
        };
        assert_eq!(strip(b), strip(f));
    }
}
