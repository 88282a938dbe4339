//! The fact table (`src/facts/`) pinned where mutation testing found it unwatched
//! (issue 12), through the public API: every field of a parsed fact, every error as the
//! whole message an editor reads (table, line and column, what to do), the CSV quoting
//! check, JSON cells of each type, merging of versions, aliases and cues, and the rows
//! as written. `docs/testing.md` lists the mutants each test was written against.
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::facts::{self, JsonCell, JsonRow, Location, Problem};
use claimcheck::{Date, FactTable, Hedge, Kind, Lang};
use std::collections::BTreeMap;

const HEADER: &str = "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication,source_title,source_date,source_url,note\n";

fn table(rows: &str) -> Result<FactTable, claimcheck::TableError> {
    FactTable::from_csv("t.csv", &format!("{HEADER}{rows}"))
}

fn parsed(rows: &str) -> FactTable {
    table(rows).unwrap_or_else(|e| panic!("{e}"))
}

fn date(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|| panic!("{s}"))
}

/// Every field of a fact as parsed from CSV, the optional source fields and the note
/// included, and where it came from.
#[test]
fn a_row_becomes_a_fact_with_every_field() {
    let t = parsed(
        "oz.area,2024-01-01,Oz,area of Oz,amount,13 thousand,km2,about,Ozland,area|surface,Desk,Oz in numbers,2024-02-03,https://example.org/oz,checked twice\n\
         oz.share,2024-01-01,Oz,share of Oz,percent,12.5,,more_than,,share,Desk,,,,\n\
         oz.age,2024-01-01,Oz,age of Oz,duration,30,,,,age,Desk,,,,\n\
         oz.growth,2024-01-01,Oz,growth multiple,multiple,2.5,,,,times,Desk,,,,\n\
         oz.rank,2024-01-01,Oz,rank of Oz,rank,3,,,,rank,Desk,,,,\n\
         oz.founded,2024-01-01,Oz,year Oz was founded,year,1901,,,,founded,Desk,,,,\n\
         oz.budget,2024-01-01,Oz,budget,amount,2 billion,usd,,,budget,Desk,,,,\n",
    );
    let f = &t.facts()[0];
    assert_eq!(f.id, "oz.area");
    assert_eq!(f.as_of, date("2024-01-01"));
    assert_eq!(f.subject, "Oz");
    assert_eq!(f.metric, "area of Oz");
    assert_eq!(f.kind, Kind::Amount);
    assert_eq!(f.value, 13_000.0);
    assert_eq!(f.unit, Some("km2"));
    assert_eq!(f.qualifier, Hedge::About);
    assert_eq!(f.source.publication, "Desk");
    assert_eq!(f.source.title.as_deref(), Some("Oz in numbers"));
    assert_eq!(f.source.date, Some(date("2024-02-03")));
    assert_eq!(f.source.url.as_deref(), Some("https://example.org/oz"));
    assert_eq!(f.note.as_deref(), Some("checked twice"));
    assert_eq!(f.table, "t.csv");
    assert_eq!(f.origin, Location::Cell { line: 2, column: 1 });
    assert_eq!(f.line(), 2);
    let g = &t.facts()[1];
    assert_eq!(
        (
            g.source.title.clone(),
            g.source.date,
            g.source.url.clone(),
            g.note.clone()
        ),
        (None, None, None, None)
    );
    // Each kind's unit when the cell is empty, and a unit written in another case.
    let shape: Vec<(Kind, f64, Option<&str>, Hedge, usize)> = t
        .facts()
        .iter()
        .map(|f| (f.kind, f.value, f.unit, f.qualifier, f.line()))
        .collect();
    assert_eq!(
        shape,
        [
            (Kind::Amount, 13_000.0, Some("km2"), Hedge::About, 2),
            (Kind::Percent, 12.5, Some("%"), Hedge::MoreThan, 3),
            (Kind::Duration, 30.0, Some("years"), Hedge::Exact, 4),
            (Kind::Multiple, 2.5, Some("x"), Hedge::Exact, 5),
            (Kind::Rank, 3.0, None, Hedge::Exact, 6),
            (Kind::Year, 1901.0, None, Hedge::Exact, 7),
            (Kind::Amount, 2e9, Some("USD"), Hedge::Exact, 8),
        ]
    );
    assert_eq!(t.aliases("Oz", Lang::En), ["Oz", "Ozland"]);
    assert_eq!(t.cues("oz.area", Lang::En), ["area", "surface"]);
    assert_eq!(t.cues("oz.area", Lang::Nl), Vec::<&str>::new());
    assert_eq!(t.aliases_in("Oz", "en"), ["Ozland"]);
    assert_eq!(t.cues_in("oz.share", "en"), ["share"]);
    assert_eq!(t.cues_in("oz.nothing", "en"), Vec::<&str>::new());
    assert_eq!(t.languages(), ["en"]);
}

/// `23 billion`, `630,000`, `48.18`: digits in English notation with an optional scale
/// word, and nothing else.
#[test]
fn values_are_plain_numbers_with_an_optional_scale_word() {
    let rows: &[(&str, Option<f64>)] = &[
        ("630,000", Some(630_000.0)),
        ("48.18", Some(48.18)),
        ("  7  ", Some(7.0)),
        ("2 thousand", Some(2e3)),
        ("23 million", Some(23e6)),
        ("48.18 billion", Some(48.18e9)),
        ("1.5 trillion", Some(1.5e12)),
        ("3 Million", Some(3e6)),
        ("3  million", Some(3e6)),
        ("0", Some(0.0)),
        ("3 dozen", None),
        ("million", None),
        ("3 million extra", None),
        ("x", None),
        ("", None),
        ("1e400", None),
    ];
    let got: Vec<(&str, Option<f64>)> = rows
        .iter()
        .map(|(text, _)| (*text, facts::parse_value(text)))
        .collect();
    assert_eq!(got, rows);
}

/// Checks that each row after `header` is refused with exactly the message given.
fn check_errors<S: AsRef<str>>(header: &str, rows: &[(&str, S)]) {
    let mut failures = Vec::new();
    for (row, want) in rows {
        let want = want.as_ref();
        let got = FactTable::from_csv("t.csv", &format!("{header}{row}"))
            .map(|_| ())
            .map_err(|e| e.to_string());
        if got.as_ref().err().map(String::as_str) != Some(want) {
            failures.push(format!("{row:?}\n  want: {want}\n  got:  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every problem with a row, as the whole message: file, line and column, what is
/// wrong and what to write instead.
#[test]
fn every_bad_cell_is_named_with_what_to_write() {
    check_errors(HEADER, &[
        ("a,2025-01-01,A,m,count,5,,,,c,D,,,\n", "t.csv:2:15: this row has 14 fields but the header has 15; check for a missing or extra comma, or quote a value that contains a comma"),
        ("a,2025-01-01,A,m,count,5,,,,c,D,,,,,\n", "t.csv:2:16: this row has 16 fields but the header has 15; check for a missing or extra comma, or quote a value that contains a comma"),
        ("a,2025-01-01,A,m,count,\"1,2,3\",,,,c,D,,,,\n", "t.csv:2:6: value \"1,2,3\" is not a number; write digits with an optional decimal point and scale word, e.g. \"48.18 billion\" or \"630,000\""),
        ("a,2025-13-01,A,m,count,5,,,,c,D,,,,\n", "t.csv:2:2: as_of \"2025-13-01\" is not a date; write YYYY-MM-DD, e.g. 2025-11-03"),
        ("a,2025-01-01,A,m,count,5,,,,c,D,,May 2025,,\n", "t.csv:2:13: source_date \"May 2025\" is not a date; write YYYY-MM-DD, e.g. 2025-11-03"),
        ("a,2025-01-01,A,m,weight,5,,,,c,D,,,,\n", "t.csv:2:5: kind \"weight\" is unknown; use one of amount, count, percent, rank, multiple, year, duration"),
        ("a,2025-01-01,A,m,amount,5,furlongs,,,c,D,,,,\n", "t.csv:2:7: unit \"furlongs\" is unknown for an amount; use a currency (USD, VND, JPY, EUR) or MW, GW, kWh, km2, ha, tonnes, TEU"),
        ("a,2025-01-01,A,m,amount,5,,,,c,D,,,,\n", "t.csv:2:7: unit \"\" is unknown for an amount; use a currency (USD, VND, JPY, EUR) or MW, GW, kWh, km2, ha, tonnes, TEU"),
        ("a,2025-01-01,A,m,amount,5,%,,,c,D,,,,\n", "t.csv:2:7: unit \"%\" is unknown for an amount; use a currency (USD, VND, JPY, EUR) or MW, GW, kWh, km2, ha, tonnes, TEU"),
        ("a,2025-01-01,A,m,percent,5,USD,,,c,D,,,,\n", "t.csv:2:7: unit \"USD\" does not fit a percent; use % or leave it empty"),
        ("a,2025-01-01,A,m,duration,5,USD,,,c,D,,,,\n", "t.csv:2:7: unit \"USD\" does not fit a duration; use years or leave it empty"),
        ("a,2025-01-01,A,m,multiple,5,USD,,,c,D,,,,\n", "t.csv:2:7: unit \"USD\" does not fit a multiple; use x or leave it empty"),
        ("a,2025-01-01,A,m,count,5,USD,,,c,D,,,,\n", "t.csv:2:7: a count takes no unit, but \"USD\" is given; leave unit empty"),
        ("a,2025-01-01,A,m,rank,5,km2,,,c,D,,,,\n", "t.csv:2:7: a rank takes no unit, but \"km2\" is given; leave unit empty"),
        ("a,2025-01-01,A,m,count,5,,roughly,,c,D,,,,\n", "t.csv:2:8: qualifier \"roughly\" is unknown; use exact, about, more_than, at_least, nearly, up_to or less_than"),
        ("A B,2025-01-01,A,m,count,5,,,,c,D,,,,\n", "t.csv:2:1: id \"A B\" may only use lower-case letters, digits, '.', '_' and '-', e.g. japan.investor_rank"),
        ("a/b,2025-01-01,A,m,count,5,,,,c,D,,,,\n", "t.csv:2:1: id \"a/b\" may only use lower-case letters, digits, '.', '_' and '-', e.g. japan.investor_rank"),
        (",2025-01-01,A,m,count,5,,,,c,D,,,,\n", "t.csv:2:1: \"id\" is empty; every row needs one"),
        ("a,,A,m,count,5,,,,c,D,,,,\n", "t.csv:2:2: \"as_of\" is empty; every row needs one"),
        ("a,2025-01-01, ,m,count,5,,,,c,D,,,,\n", "t.csv:2:3: \"subject\" is empty; every row needs one"),
        ("a,2025-01-01,A,,count,5,,,,c,D,,,,\n", "t.csv:2:4: \"metric\" is empty; every row needs one"),
        ("a,2025-01-01,A,m,,5,,,,c,D,,,,\n", "t.csv:2:5: \"kind\" is empty; every row needs one"),
        ("a,2025-01-01,A,m,count,,,,,c,D,,,,\n", "t.csv:2:6: \"value\" is empty; every row needs one"),
        ("a,2025-01-01,A,m,count,5,,,,c,,,,,\n", "t.csv:2:11: \"source_publication\" is empty; every row needs one"),
        ("a,2025-01-01,A,m,count,5,,,,c,D,,,,\n,,,,,,,,,,,,,,\na,2025-01-01,A,m,count,6,,,,c,D,,,,\n", "t.csv:4:2: fact a as of 2025-01-01 is already given on line 2; change as_of to add a version, or delete one row"),
        ("a,2025-01-01,A,m,count,5,,,,c,D,,,,\na,2026-01-01,A,m,rank,2,,,,c,D,,,,\n", "t.csv:3:1: this version of a has another kind or unit than the one on line 2; all versions of a fact share kind and unit"),
        ("a,2025-01-01,A,m,amount,5,USD,,,c,D,,,,\na,2026-01-01,A,m,amount,2,JPY,,,c,D,,,,\n", "t.csv:3:1: this version of a has another kind or unit than the one on line 2; all versions of a fact share kind and unit"),
    ]);
}

/// A quoted value that never closes is named where it opens (the CSV reader would take
/// the rest of the file into it), counting fields and lines, quoted line breaks too.
#[test]
fn an_unclosed_quote_is_named_where_it_opens() {
    let open = "a quoted value opens here and is never closed; add the closing \"";
    check_errors(HEADER, &[
        ("a,2025-01-01,A,m,count,5,,,,c,\"D,,,,\n", format!("t.csv:2:11: {open}")),
        ("a,2025-01-01,A,\"m\",count,5,,,,c,D,,,,\nb,2025-01-01,B,m,count,5,,,,c,D,\"x,,,\n", format!("t.csv:3:12: {open}")),
        ("a,2025-01-01,A,\"two\nlines\",count,5,,,,c,D,,,,\nb,2025-01-01,B,m,count,5,,,,c,D,,,\"x,\n", format!("t.csv:4:14: {open}")),
        ("\"a,2025-01-01,A,m,count,5,,,,c,D,,,,\n", format!("t.csv:2:1: {open}")),
    ]);
    // Closed quotes, a comma and a line break inside them included, are fine.
    let t = parsed("a,2025-01-01,A,\"m, in two\nlines\",count,5,,,,c,D,,,,\nb,2025-01-01,B,m,count,\"6\",,,,c,D,,,,\n");
    let got: Vec<(&str, &str, usize)> = t
        .facts()
        .iter()
        .map(|f| (f.id.as_str(), f.metric.as_str(), f.line()))
        .collect();
    assert_eq!(got, [("a", "m, in two\nlines", 2), ("b", "m", 4)]);
}

/// The header: unknown names (with the columns that exist), missing required columns,
/// and the alias and cue columns of any language code.
#[test]
fn the_header_names_known_columns_only() {
    let unknown = "unknown column \"{}\"; the columns are id, as_of, subject, metric, kind, value, unit, qualifier, aliases_<lang>, cues_<lang>, source_publication, source_title, source_date, source_url, note";
    let rows: &[(&str, String)] = &[
        ("id,as_of,valeu\n", format!("t.csv:1:3: {}", unknown.replace("{}", "valeu"))),
        ("id,as_of,cues_\n", format!("t.csv:1:3: {}", unknown.replace("{}", "cues_"))),
        ("id,as_of,aliases_\n", format!("t.csv:1:3: {}", unknown.replace("{}", "aliases_"))),
        ("id,as_of,cues_EN\n", format!("t.csv:1:3: {}", unknown.replace("{}", "cues_EN"))),
        ("id,as_of,cues_abcdefghi\n", format!("t.csv:1:3: {}", unknown.replace("{}", "cues_abcdefghi"))),
        ("id,as_of,cues_e1\n", format!("t.csv:1:3: {}", unknown.replace("{}", "cues_e1"))),
        ("id,as_of,note_en\n", format!("t.csv:1:3: {}", unknown.replace("{}", "note_en"))),
        ("id,as_of\n", "t.csv:1:1: the header has no column \"subject\"; add it (see docs/fact-table.md)".to_string()),
        ("id,as_of,subject,metric,kind,value\n", "t.csv:1:1: the header has no column \"source_publication\"; add it (see docs/fact-table.md)".to_string()),
        ("as_of,subject,metric,kind,value,source_publication\n", "t.csv:1:1: the header has no column \"id\"; add it (see docs/fact-table.md)".to_string()),
    ];
    let mut failures = Vec::new();
    for (text, want) in rows {
        let got = FactTable::from_csv("t.csv", text)
            .map(|_| ())
            .map_err(|e| e.to_string());
        if got.as_ref().err() != Some(want) {
            failures.push(format!("{text:?}\n  want: {want}\n  got:  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Language codes of up to eight lower-case letters and hyphens are columns.
    let t = FactTable::from_csv(
        "t.csv",
        "id,as_of,subject,metric,kind,value,source_publication,aliases_vi,cues_vi,cues_zh-hant,cues_abcdefgh\n\
         a,2025-01-01,A,m,count,5,D,Ây,thứ,東西,xyz\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(t.aliases("A", Lang::Vi), ["A", "Ây"]);
    assert_eq!(t.cues("a", Lang::Vi), ["thứ"]);
    assert_eq!(t.cues_in("a", "zh-hant"), ["東西"]);
    assert_eq!(t.languages(), ["abcdefgh", "vi", "zh-hant"]);
    assert_eq!(t.cues("a", Lang::En), Vec::<&str>::new());
}

fn json(cells: &[(&str, JsonCell)]) -> JsonRow {
    cells
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect::<BTreeMap<_, _>>()
}

fn base_json() -> Vec<(&'static str, JsonCell)> {
    vec![
        ("id", JsonCell::Text("oz.people".into())),
        ("as_of", JsonCell::Text("2024-01-01".into())),
        ("subject", JsonCell::Text("Oz".into())),
        ("metric", JsonCell::Text("people".into())),
        ("kind", JsonCell::Text("count".into())),
        ("value", JsonCell::Number(23e6)),
        (
            "cues_en",
            JsonCell::List(vec!["people".into(), "residents".into()]),
        ),
        ("aliases_en", JsonCell::Text("Ozland|Oz land".into())),
        ("source_publication", JsonCell::Text("Desk".into())),
        ("note", JsonCell::Null),
    ]
}

/// JSON rows: numbers, lists, `null` and text cells, and errors at their row and key.
#[test]
fn json_rows_read_every_cell_type() {
    let (t, rows) = FactTable::from_json_with_rows("t.json", vec![json(&base_json())])
        .unwrap_or_else(|e| panic!("{e}"));
    let f = &t.facts()[0];
    assert_eq!((f.value, f.note.clone(), f.line()), (23e6, None, 1));
    assert_eq!(f.origin, Location::Row { row: 1, key: None });
    assert_eq!(t.cues("oz.people", Lang::En), ["people", "residents"]);
    assert_eq!(t.aliases("Oz", Lang::En), ["Oz", "Ozland", "Oz land"]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].get("value"), "23000000");
    assert_eq!(rows[0].get("cues_en"), "people|residents");
    assert_eq!(rows[0].get("note"), "");
    assert_eq!(rows[0].line(), 1);
    assert_eq!(
        rows[0].at("kind"),
        Location::Row {
            row: 1,
            key: Some("kind".into())
        }
    );
    let mut columns: Vec<&str> = rows[0].columns().collect();
    columns.sort_unstable();
    assert_eq!(
        columns,
        [
            "aliases_en",
            "as_of",
            "cues_en",
            "id",
            "kind",
            "metric",
            "note",
            "source_publication",
            "subject",
            "value"
        ]
    );

    let with = |key: &'static str, cell: JsonCell| {
        let mut cells = base_json();
        cells.retain(|(k, _)| *k != key);
        cells.push((key, cell));
        cells
    };
    let without = |key: &str| {
        let mut cells = base_json();
        cells.retain(|(k, _)| *k != key);
        cells
    };
    let cases: Vec<(Vec<JsonRow>, &str)> = vec![
        (vec![json(&base_json()), json(&with("value", JsonCell::Text("many".into())))], "t.json: row 2, \"value\": value \"many\" is not a number; write digits with an optional decimal point and scale word, e.g. \"48.18 billion\" or \"630,000\""),
        (vec![json(&with("valeu", JsonCell::Number(1.0)))], "t.json: row 1, \"valeu\": unknown column \"valeu\"; the columns are id, as_of, subject, metric, kind, value, unit, qualifier, aliases_<lang>, cues_<lang>, source_publication, source_title, source_date, source_url, note"),
        (vec![json(&without("metric"))], "t.json: row 1: the header has no column \"metric\"; add it (see docs/fact-table.md)"),
        (vec![json(&with("subject", JsonCell::Null))], "t.json: row 1, \"subject\": \"subject\" is empty; every row needs one"),
        (vec![json(&base_json()), json(&base_json())], "t.json: row 2, \"as_of\": fact oz.people as of 2024-01-01 is already given on line 1; change as_of to add a version, or delete one row"),
    ];
    let mut failures = Vec::new();
    for (rows, want) in cases {
        let got = FactTable::from_json_rows("t.json", rows)
            .map(|_| ())
            .map_err(|e| e.to_string());
        if got.as_ref().err().map(String::as_str) != Some(want) {
            failures.push(format!("want: {want}\n  got:  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// More rows than allowed is an error at the first row over the limit, in CSV and JSON.
#[test]
fn a_table_over_the_row_limit_is_refused_at_the_first_row_over() {
    let message = format!(
        "the table has more than {} rows; split it or raise the limit",
        facts::MAX_ROWS
    );
    // One row repeated: under the limit the table is read up to its second row, which
    // repeats the first (a quick error); over it, the reader stops at the limit first.
    let dup = "t.csv:3:2: fact f as of 2025-01-01 is already given on line 2; change as_of to add a version, or delete one row";
    let csv =
        |rows: usize| HEADER.to_string() + &"f,2025-01-01,A,m,count,5,,,,c,D,,,,\n".repeat(rows);
    let e = FactTable::from_csv("t.csv", &csv(facts::MAX_ROWS + 1))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("t.csv:{}:1: {message}", facts::MAX_ROWS + 2)
    );
    let e = FactTable::from_csv("t.csv", &csv(facts::MAX_ROWS))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), dup);

    let json_error = |rows: usize| {
        FactTable::from_json_rows("t.json", vec![json(&base_json()); rows])
            .map(|_| ())
            .unwrap_err()
    };
    let e = json_error(facts::MAX_ROWS + 1);
    assert_eq!(
        e.to_string(),
        format!("t.json: row {}: {message}", facts::MAX_ROWS + 1)
    );
    assert_eq!(e.problem, Problem::TooLarge(facts::MAX_ROWS));
    assert_eq!(
        json_error(facts::MAX_ROWS).to_string(),
        "t.json: row 2, \"as_of\": fact oz.people as of 2024-01-01 is already given on line 1; change as_of to add a version, or delete one row"
    );
}

/// A later table replaces a version with the same id and date, adds new versions, and
/// adds its aliases and cues to the earlier ones without repeating any; versions of
/// one fact must keep their kind and unit across tables.
#[test]
fn merging_replaces_versions_and_joins_aliases_and_cues() {
    let mut base = parsed(
        "a,2025-01-01,A,m,count,5,,,Ay,c|d,Desk,,,,\n\
         b,2025-01-01,B,n,amount,5,USD,,,e,Desk,,,,\n",
    );
    let later = FactTable::from_csv(
        "u.csv",
        &format!("{HEADER}a,2025-01-01,A,m,count,7,,,Ay|Aye,d|f,Mine,,,,\na,2026-01-01,A,m,count,8,,,,,Mine,,,,\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    base.merge(later).unwrap_or_else(|e| panic!("{e}"));
    let got: Vec<(&str, f64, &str, &str)> = base
        .facts()
        .iter()
        .map(|f| {
            (
                f.id.as_str(),
                f.value,
                f.source.publication.as_str(),
                f.table.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("a", 7.0, "Mine", "u.csv"),
            ("b", 5.0, "Desk", "t.csv"),
            ("a", 8.0, "Mine", "u.csv"),
        ]
    );
    assert_eq!(base.aliases("A", Lang::En), ["A", "Ay", "Aye"]);
    assert_eq!(base.cues("a", Lang::En), ["c", "d", "f"]);
    base.check_cues().unwrap_or_else(|e| panic!("{e}"));

    let other_unit = FactTable::from_csv(
        "v.csv",
        &format!("{HEADER}b,2026-01-01,B,n,amount,6,JPY,,,,Mine,,,,\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let e = base.merge(other_unit).unwrap_err();
    assert_eq!(
        e.to_string(),
        "v.csv:2:1: this version of b has another kind or unit than the one on line 3; all versions of a fact share kind and unit"
    );
}

/// A fact with no cue in any language cannot be linked, and the table says which.
#[test]
fn a_fact_without_a_cue_is_named() {
    let t = parsed(
        "a,2025-01-01,A,m,count,5,,,,c,Desk,,,,\n\
         b,2025-01-01,B,n,count,5,,,Bee,,Desk,,,,\n",
    );
    let e = t.check_cues().unwrap_err();
    assert_eq!(
        e.to_string(),
        "t.csv:3:1: fact b has no cue words in any language, so no claim could ever be linked to it; fill cues_en (or another cues_ column)"
    );
    // Cues only in another language count.
    let t = FactTable::from_csv(
        "t.csv",
        "id,as_of,subject,metric,kind,value,source_publication,cues_en,cues_vi\na,2025-01-01,A,m,count,5,D,,thứ\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    t.check_cues().unwrap_or_else(|e| panic!("{e}"));
}

/// The rows as written, for tools that point at cells: each cell's text and column.
#[test]
fn rows_as_written_point_at_their_cells() {
    let (t, rows) = FactTable::from_csv_with_rows(
        "t.csv",
        &format!("{HEADER},,,,,,,,,,,,,,\na,2025-01-01,A,m,count, 5 ,,,,c,Desk,,,,\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(t.facts().len(), 1);
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r.line(), 3);
    assert_eq!(r.get("value"), "5");
    assert_eq!(r.get("nothing"), "");
    assert_eq!(r.at("value"), Location::Cell { line: 3, column: 6 });
    assert_eq!(
        r.at("source_publication"),
        Location::Cell {
            line: 3,
            column: 11
        }
    );
    assert_eq!(r.at("nothing"), Location::Cell { line: 3, column: 1 });
    assert_eq!(r.columns().count(), 15);
}

/// The header a drafting tool writes for its languages.
#[test]
fn the_csv_header_lists_aliases_and_cues_per_language() {
    assert_eq!(
        facts::csv_header(&["en", "vi"]).join(","),
        "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,aliases_vi,cues_en,cues_vi,source_publication,source_title,source_date,source_url,note"
    );
}

/// A blank line is no row, but it is a line: a problem after it must be named at its
/// own line. The CSV reader reports the first record after an empty line at the empty
/// line's number (BurntSushi/rust-csv#208), and `csv_rows` passes that on, so an
/// editor is sent one line too high.
#[test]
fn a_problem_after_a_blank_line_is_named_at_its_own_line() {
    check_errors(
        HEADER,
        &[
            (
                "a,2025-01-01,A,m,count,5,,,,c,D,,,,\n\na,2025-01-01,A,m,count,6,,,,c,D,,,,\n",
                "t.csv:4:2: fact a as of 2025-01-01 is already given on line 2; change as_of to add a version, or delete one row",
            ),
            (
                "\na,2025-01-01,A,m,weight,5,,,,c,D,,,,\n",
                "t.csv:3:5: kind \"weight\" is unknown; use one of amount, count, percent, rank, multiple, year, duration",
            ),
        ],
    );
    let (_, rows) = FactTable::from_csv_with_rows(
        "t.csv",
        &format!("{HEADER}\na,2025-01-01,A,m,count,5,,,,c,Desk,,,,\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(rows[0].line(), 3);
}

/// A unit cell may name the unit as a draft writes it (`US dollars`, `€`, `megawatts`):
/// the fact takes the canonical unit, so that drafts in any spelling compare with it.
#[test]
fn a_unit_written_as_a_phrase_takes_its_canonical_unit() {
    let t = parsed(
        "a,2025-01-01,A,m,amount,5,US dollars,,,c,D,,,,\n\
         b,2025-01-01,A,m,amount,5,€,,,c,D,,,,\n\
         c,2025-01-01,A,m,amount,5,megawatts,,,c,D,,,,\n\
         d,2025-01-01,A,m,amount,5,usd,,,c,D,,,,\n",
    );
    let units: Vec<(&str, Option<&str>)> =
        t.facts().iter().map(|f| (f.id.as_str(), f.unit)).collect();
    assert_eq!(
        units,
        [
            ("a", Some("USD")),
            ("b", Some("EUR")),
            ("c", Some("MW")),
            ("d", Some("USD"))
        ]
    );
}
