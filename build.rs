//! Writes the bundled fact table for this build into OUT_DIR. The browser build leaves
//! the `note` column empty: notes say where a row came from, for the data desk (the
//! CLI prints them); the page never shows them, and they were 4.4 KB of the gzipped
//! module. Every other column is written as read. The gazetteer is written there too,
//! for the browser in a leaner form of the same format (`lean_gazetteer`).

use std::{env, fs, path::Path};

fn main() {
    println!("cargo::rerun-if-changed=data/facts.csv");
    let source = fs::read_to_string("data/facts.csv").expect("data/facts.csv is readable");
    let browser = env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    let table = if browser {
        without_notes(&source)
    } else {
        source
    };
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_path_buf();
    fs::write(out.join("facts.csv"), table).expect("OUT_DIR is writable");

    println!("cargo::rerun-if-changed=data/gazetteer.tsv");
    let places = fs::read_to_string("data/gazetteer.tsv").expect("data/gazetteer.tsv is readable");
    let places = if browser {
        lean_gazetteer(&places)
    } else {
        places
    };
    fs::write(out.join("gazetteer.tsv"), places).expect("OUT_DIR is writable");
}

/// The gazetteer for the browser, ~1.8 KB gzip smaller, read by the same code
/// (src/frame/gazetteer.rs) to the same places in the same order. The reader uses a
/// place's id only to resolve the `within` column and to tell a country (`country:`);
/// so the ids of countries and of places a `within` names are kept, the rest (cities,
/// provinces, organisations) left empty. Comments go, and so do trailing columns at
/// their defaults (`=` for nl and vi, no `within`, no `capital`).
fn lean_gazetteer(source: &str) -> String {
    let rows: Vec<Vec<&str>> = source
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    let named: std::collections::HashSet<&str> = rows
        .iter()
        .filter_map(|r| r.get(4).copied().filter(|w| !w.is_empty()))
        .collect();
    const DEFAULTS: [&str; 6] = ["", "", "=", "=", "", ""];
    let mut out = String::new();
    for r in &rows {
        let id = r[0];
        let keep = id.starts_with("country:") || named.contains(id);
        let mut cols: Vec<&str> = (0..DEFAULTS.len().max(r.len()))
            .map(|k| {
                r.get(k)
                    .copied()
                    .unwrap_or(DEFAULTS.get(k).copied().unwrap_or(""))
            })
            .collect();
        cols[0] = if keep { id } else { "" };
        while cols.len() > 2 && DEFAULTS.get(cols.len() - 1) == cols.last() {
            cols.pop();
        }
        out.push_str(&cols.join("\t"));
        out.push('\n');
    }
    out
}

/// The table with its `note` column emptied (the table as read when it has none, or
/// when it is not valid CSV: the tests report that, not the build).
fn without_notes(source: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(source.as_bytes());
    let records: Result<Vec<csv::StringRecord>, _> = reader.records().collect();
    let Ok(records) = records else {
        return source.to_string();
    };
    let Some(note) = records
        .first()
        .and_then(|h| h.iter().position(|c| c.trim() == "note"))
    else {
        return source.to_string();
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    for (i, r) in records.iter().enumerate() {
        let fields = r
            .iter()
            .enumerate()
            .map(|(k, f)| if i > 0 && k == note { "" } else { f });
        if writer.write_record(fields).is_err() {
            return source.to_string();
        }
    }
    writer
        .into_inner()
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .unwrap_or_else(|| source.to_string())
}
