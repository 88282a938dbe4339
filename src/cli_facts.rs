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

/// The diff as text: a line per fact, version and word list changed, then the counts.
fn diff_text(old: &str, new: &str, d: &TableDiff) -> String {
    let mut out = format!("--- {old}\n+++ {new}\n");
    for (sign, facts) in [("+", &d.facts_added), ("-", &d.facts_removed)] {
        for f in facts {
            out += &format!(
                "{sign} fact {} ({}: {}), versions {}\n",
                f.id,
                f.subject,
                f.metric,
                dates(&f.versions)
            );
        }
    }
    for (sign, versions) in [("+", &d.versions_added), ("-", &d.versions_removed)] {
        for v in versions {
            out += &format!(
                "{sign} version {} as of {}: {} ({})\n",
                v.id, v.as_of, v.display, v.source_publication
            );
        }
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

/// Dates as a diff lists them: `2019-11-16, 2025-11-03`.
fn dates(v: &[claimcheck::Date]) -> String {
    v.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(clap::Args)]
pub struct DraftArgs {
    /// The table the rows are drafted against (duplicates are left out or become versions).
    #[command(flatten)]
    tables: crate::cli::Tables,
    /// The source's date: the rows' as_of and source_date (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::parse_date)]
    as_of: claimcheck::Date,
    /// The source's headline.
    #[arg(long, value_name = "TITLE")]
    source_title: String,
    /// Who published it (default: the host of --source-url, else the title).
    #[arg(long, value_name = "NAME")]
    source_publication: Option<String>,
    /// Where it can be read.
    #[arg(long, value_name = "URL")]
    source_url: Option<String>,
    /// The source's language: auto (detect it), en, nl or vi.
    #[arg(long, default_value = "auto", value_parser = crate::cli::parse_lang)]
    lang: claimcheck::LangChoice,
    /// CSV rows (the fact-table format) or JSON (rows and skipped figures).
    #[arg(long, value_enum, default_value_t = crate::cli::FactsFormat::Csv)]
    format: crate::cli::FactsFormat,
    /// The trusted source (a text file; - reads standard input).
    source: String,
}

/// `facts draft SOURCE`: candidate rows on stdout; each figure not drafted on stderr
/// with its line and column and why.
pub fn draft(args: DraftArgs) -> Result<ExitCode, String> {
    let checker = crate::cli::load_checker(&args.tables)?;
    let (name, text) = crate::cli::read_draft(&args.source)?;
    let publication = args
        .source_publication
        .clone()
        .or_else(|| {
            args.source_url.as_deref().and_then(|u| {
                let host = u.split_once("://")?.1.split(['/', '?', '#']).next()?;
                (!host.is_empty()).then(|| host.trim_start_matches("www.").to_string())
            })
        })
        .unwrap_or_else(|| args.source_title.clone());
    let info = claimcheck::draft::SourceInfo {
        publication,
        title: args.source_title.clone(),
        url: args.source_url.clone(),
    };
    let d = claimcheck::draft::draft(&checker, &text, args.as_of, args.lang)
        .map_err(|e| format!("{name}: {e}"))?;
    let offsets: Vec<usize> = d.skipped.iter().map(|s| s.byte_span.start).collect();
    let positions = claimcheck::sarif::line_columns(&text, &offsets);
    for (s, (line, column)) in d.skipped.iter().zip(positions) {
        eprintln!(
            "{name}:{line}:{column}: not drafted \"{}\": {}",
            s.text, s.reason
        );
    }
    let out = match args.format {
        crate::cli::FactsFormat::Csv => claimcheck::draft::to_csv(&d.rows, &info),
        crate::cli::FactsFormat::Json => crate::cli::json(&d)?,
    };
    crate::cli::print(&out)?;
    Ok(ExitCode::SUCCESS)
}
