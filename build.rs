//! Writes the bundled fact table for this build into OUT_DIR. The browser build leaves
//! the `note` column empty: notes say where a row came from, for the data desk (the
//! CLI prints them); the page never shows them, and they were 4.4 KB of the gzipped
//! module. Every other column is written as read.

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
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("facts.csv");
    fs::write(out, table).expect("OUT_DIR is writable");
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
