//! `claimcheck facts lint [FILE…]`: reads the tables (the bundled one when none is
//! given), runs the linter (`claimcheck::lint`, pure) over them together, and prints one
//! `file:line:column: warning[code]: …` line per warning and a count.
//!
//! Exit status: 0 no warning, 1 warnings, 2 a file that cannot be read or is not a
//! valid table (the error names file, line and column; nothing is linted).

use crate::cli::{json_rows, print, utf8};
use claimcheck::facts::FactTable;
use claimcheck::lint;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct LintArgs {
    /// Tables to lint together (CSV, or JSON when the name ends in .json); none lints
    /// the bundled table.
    #[arg(value_name = "FILE")]
    files: Vec<String>,
}

/// Lints the tables and prints the warnings.
pub fn run(args: LintArgs) -> Result<ExitCode, String> {
    let mut parsed = Vec::new();
    if args.files.is_empty() {
        let text = include_str!("../data/facts.csv");
        parsed.push(
            FactTable::from_csv_with_rows("data/facts.csv", text).map_err(|e| e.to_string())?,
        );
    }
    for path in &args.files {
        let bytes =
            std::fs::read(path).map_err(|e| format!("{path}: cannot read the fact table: {e}"))?;
        let text = utf8(path, bytes)?;
        let table = if path.to_ascii_lowercase().ends_with(".json") {
            FactTable::from_json_with_rows(path, json_rows(path, &text)?)
        } else {
            FactTable::from_csv_with_rows(path, &text)
        };
        parsed.push(table.map_err(|e| e.to_string())?);
    }
    let inputs: Vec<lint::Input> = parsed
        .iter()
        .map(|(table, rows)| lint::Input { table, rows })
        .collect();
    let warnings = lint::lint(&inputs, &lint::Rules::bundled(), &lint::bundled_gazetteer());
    let mut out: String = warnings.iter().map(|w| format!("{w}\n")).collect();
    let rows: usize = parsed.iter().map(|(t, _)| t.facts().len()).sum();
    out.push_str(&format!(
        "{} warning{} in {rows} rows\n",
        warnings.len(),
        if warnings.len() == 1 { "" } else { "s" }
    ));
    print(&out)?;
    Ok(ExitCode::from(u8::from(!warnings.is_empty())))
}
