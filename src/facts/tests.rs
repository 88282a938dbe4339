//! The table format: parsing, versions, errors at their cells, merging.

use super::*;

const HEADER: &str =
    "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication\n";

fn table(rows: &str) -> Result<FactTable, TableError> {
    FactTable::from_csv("t.csv", &format!("{HEADER}{rows}"))
}

fn error(rows: &str) -> String {
    table(rows).map(|_| ()).unwrap_err().to_string()
}

#[test]
fn the_bundled_table_parses() {
    let t = FactTable::from_csv("default", include_str!("../../data/facts.csv"));
    let t = t.unwrap_or_else(|e| panic!("{e}"));
    assert!(t.facts().len() >= 40, "{}", t.facts().len());
}

#[test]
fn parses_versions_aliases_and_cues() {
    let t = table(
        "japan.investor_rank,2019-11-16,Japan,investor rank,rank,2,,,Japanese,investor,VNA\n\
         japan.investor_rank,2025-11-03,Japan,investor rank,rank,3,,,Tokyo,,VNA\n\
         japan.trade,2025-11-03,Japan,two-way trade,amount,48.18 billion,USD,,,two-way trade,VNA\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(t.facts().len(), 3);
    assert_eq!(t.facts()[2].value, 48.18e9);
    assert_eq!(t.aliases("Japan", Lang::En), ["Japan", "Japanese", "Tokyo"]);
    assert_eq!(t.cues("japan.investor_rank", Lang::En), ["investor"]);
}

#[test]
fn accepts_bom_and_crlf() {
    let text = format!("\u{FEFF}{}", HEADER.replace('\n', "\r\n"))
        + "a.b,2025-01-01,A,m,count,5,,,,thing,VNA\r\n\r\n";
    let t = FactTable::from_csv("t.csv", &text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(t.facts().len(), 1);
}

#[test]
fn every_bad_cell_names_line_and_column() {
    let rows: &[(&str, &str)] = &[
        (
            "a,2025-01-01,A,m,count,5,,,,c\n",
            "t.csv:2:11: this row has 10 fields but the header has 11",
        ),
        (
            "a,2025-01-01,A,m,count,\"1,2,3\",,,,c,VNA\n",
            "t.csv:2:6: value \"1,2,3\" is not a number",
        ),
        (
            "a,2025-13-01,A,m,count,5,,,,c,VNA\n",
            "t.csv:2:2: as_of \"2025-13-01\" is not a date",
        ),
        (
            "a,2025-01-01,A,m,weight,5,,,,c,VNA\n",
            "t.csv:2:5: kind \"weight\" is unknown",
        ),
        (
            "a,2025-01-01,A,m,amount,5,furlongs,,,c,VNA\n",
            "t.csv:2:7: unit \"furlongs\" is unknown",
        ),
        (
            "a,2025-01-01,A,m,count,5,,roughly,,c,VNA\n",
            "t.csv:2:8: qualifier \"roughly\" is unknown",
        ),
        (
            "A B,2025-01-01,A,m,count,5,,,,c,VNA\n",
            "t.csv:2:1: id \"A B\" may only use",
        ),
        (
            "a,2025-01-01,,m,count,5,,,,c,VNA\n",
            "t.csv:2:3: \"subject\" is empty",
        ),
        (
            "a,2025-01-01,A,m,count,5,,,,c,VNA\na,2025-01-01,A,m,count,6,,,,c,VNA\n",
            "t.csv:3:2: fact a as of 2025-01-01 is already given on line 2",
        ),
        (
            "a,2025-01-01,A,m,count,5,,,,c,\"VNA\n",
            "t.csv:2:11: a quoted value opens here",
        ),
    ];
    for (row, expected) in rows {
        let got = error(row);
        assert!(
            got.starts_with(expected),
            "{row}\n got: {got}\nwant: {expected}"
        );
    }
}

#[test]
fn unknown_and_missing_columns_are_errors() {
    let e = FactTable::from_csv("t.csv", "id,as_of,valeu\n")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("t.csv:1:3: unknown column \"valeu\""), "{e}");
    let e = FactTable::from_csv("t.csv", "id,as_of\n")
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("t.csv:1:1: the header has no column \"subject\""),
        "{e}"
    );
}

#[test]
fn later_tables_override_same_id_and_date() {
    let mut base = table("a,2025-01-01,A,m,count,5,,,,c,VNA\n").unwrap_or_else(|e| panic!("{e}"));
    // A user table may add versions without repeating cues: they come from the base.
    let later = FactTable::from_csv(
        "u.csv",
        &format!("{HEADER}a,2025-01-01,A,m,count,7,,,,,Mine\na,2026-01-01,A,m,count,8,,,,,Mine\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        later.check_cues().is_err(),
        "alone, a table with no cue for its id is refused"
    );
    base.merge(later).unwrap_or_else(|e| panic!("{e}"));
    base.check_cues().unwrap_or_else(|e| panic!("{e}"));
    let values: Vec<f64> = base.facts().iter().map(|f| f.value).collect();
    assert_eq!(values, [7.0, 8.0]);
}

#[test]
fn versions_must_share_kind() {
    let mut base = table("a,2025-01-01,A,m,count,5,,,,c,VNA\n").unwrap_or_else(|e| panic!("{e}"));
    let later = FactTable::from_csv(
        "u.csv",
        &format!("{HEADER}a,2026-01-01,A,m,rank,2,,,,,Mine\n"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let e = base.merge(later).unwrap_err().to_string();
    assert!(
        e.starts_with("u.csv:2:1: this version of a has another kind"),
        "{e}"
    );
}

#[test]
fn json_rows_parse_with_row_locations() {
    let rows: Vec<JsonRow> = vec![BTreeMap::from([
        ("id".to_string(), JsonCell::Text("a".into())),
        ("as_of".to_string(), JsonCell::Text("2025-01-01".into())),
        ("subject".to_string(), JsonCell::Text("A".into())),
        ("metric".to_string(), JsonCell::Text("m".into())),
        ("kind".to_string(), JsonCell::Text("count".into())),
        ("value".to_string(), JsonCell::Text("x".into())),
        ("cues_en".to_string(), JsonCell::List(vec!["c".into()])),
        (
            "source_publication".to_string(),
            JsonCell::Text("VNA".into()),
        ),
    ])];
    let e = FactTable::from_json_rows("t.json", rows)
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("t.json: row 1, \"value\": value \"x\" is not a number"),
        "{e}"
    );
}
