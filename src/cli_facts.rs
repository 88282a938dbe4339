//! The `facts validate`, `facts diff` and `facts draft` subcommands, and reading a
//! dismissals file: arguments, files and printing only; the work is in the library.

use claimcheck::dismiss::{self, Dismissal};
use claimcheck::facts::{FactTable, JsonRow};
use claimcheck::table_diff::{self, TableDiff};
use std::process::ExitCode;

/// Reads `--dismissals FILE` (none: no dismissals).
pub fn read_dismissals(path: Option<&str>) -> Result<Vec<Dismissal>, String> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let bytes =
        std::fs::read(path).map_err(|e| format!("{path}: cannot read the dismissals: {e}"))?;
    let text = crate::cli::utf8(path, bytes)?;
    dismiss::parse_file(path, &text)
}

/// Reads one fact table (CSV, or JSON when the name ends in .json), alone.
pub fn read_table(path: &str) -> Result<FactTable, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("{path}: cannot read the fact table: {e}"))?;
    let text = crate::cli::utf8(path, bytes)?;
    let table = if path.to_ascii_lowercase().ends_with(".json") {
        let rows: Vec<JsonRow> = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{path}:{}:{}: not a valid JSON fact table: {e}",
                e.line(),
                e.column()
            )
        })?;
        FactTable::from_json_rows(path, rows)
    } else {
        FactTable::from_csv(path, &text)
    };
    table.map_err(|e| e.to_string())
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
}

#[derive(clap::Args)]
pub struct DiffArgs {
    /// How to print the differences.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    /// The old table.
    old: String,
    /// The new table.
    new: String,
}

/// `facts diff OLD NEW`: exit 0 when the tables agree, 1 when they differ (as diff(1)).
pub fn diff(args: DiffArgs) -> Result<ExitCode, String> {
    let old = read_table(&args.old)?;
    let new = read_table(&args.new)?;
    let d = table_diff::diff(&old, &new);
    let out = match args.format {
        DiffFormat::Json => {
            #[derive(serde::Serialize)]
            struct Out<'a> {
                old: &'a str,
                new: &'a str,
                #[serde(flatten)]
                diff: &'a TableDiff,
            }
            crate::cli::json(&Out {
                old: &args.old,
                new: &args.new,
                diff: &d,
            })?
        }
        DiffFormat::Text => diff_text(&args.old, &args.new, &d),
    };
    crate::cli::print(&out)?;
    Ok(ExitCode::from(u8::from(!d.is_empty())))
}

fn diff_text(old: &str, new: &str, d: &TableDiff) -> String {
    let mut out = format!("--- {old}\n+++ {new}\n");
    let dates = |v: &[claimcheck::Date]| {
        v.iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    for f in &d.facts_added {
        out += &format!(
            "+ fact {} ({}: {}), versions {}\n",
            f.id,
            f.subject,
            f.metric,
            dates(&f.versions)
        );
    }
    for f in &d.facts_removed {
        out += &format!(
            "- fact {} ({}: {}), versions {}\n",
            f.id,
            f.subject,
            f.metric,
            dates(&f.versions)
        );
    }
    for v in &d.versions_added {
        out += &format!(
            "+ version {} as of {}: {} ({})\n",
            v.id, v.as_of, v.display, v.source_publication
        );
    }
    for v in &d.versions_removed {
        out += &format!(
            "- version {} as of {}: {} ({})\n",
            v.id, v.as_of, v.display, v.source_publication
        );
    }
    for v in &d.versions_changed {
        let changes: Vec<String> = v
            .changes
            .iter()
            .map(|c| format!("{} {:?} → {:?}", c.field, c.old, c.new))
            .collect();
        out += &format!(
            "~ version {} as of {}: {}\n",
            v.id,
            v.as_of,
            changes.join("; ")
        );
    }
    for (what, list) in [("cues", &d.cues_changed), ("aliases", &d.aliases_changed)] {
        for c in list {
            let words: Vec<String> = c
                .added
                .iter()
                .map(|w| format!("+{w:?}"))
                .chain(c.removed.iter().map(|w| format!("-{w:?}")))
                .collect();
            out += &format!("~ {what} of {} ({}): {}\n", c.key, c.lang, words.join(" "));
        }
    }
    out += &format!(
        "{} facts added, {} removed; {} versions added, {} removed, {} changed; {} cue and {} alias lists changed\n",
        d.facts_added.len(),
        d.facts_removed.len(),
        d.versions_added.len(),
        d.versions_removed.len(),
        d.versions_changed.len(),
        d.cues_changed.len(),
        d.aliases_changed.len()
    );
    out
}
