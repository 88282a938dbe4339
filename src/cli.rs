//! Argument parsing, file reading and printing for the `claimcheck` binary. No checking
//! logic lives here.

use claimcheck::facts::{FactTable, JsonRow};
use claimcheck::{CheckOptions, Checker, Date, LangChoice, Report};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{Read, Write};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "claimcheck",
    version,
    about = "Checks the numeric claims in a news draft against a dated, sourced fact table"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a draft (a file, or - for standard input).
    Check {
        #[command(flatten)]
        tables: Tables,
        /// Ignore fact versions dated after this day (YYYY-MM-DD); default today (UTC).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        as_of: Option<Date>,
        /// How to print the report.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
        /// The draft's language: auto (detect it per paragraph), en, nl or vi.
        #[arg(long, default_value = "auto", value_parser = parse_lang)]
        lang: LangChoice,
        /// Refuse drafts larger than this many bytes.
        #[arg(long, default_value_t = claimcheck::DEFAULT_MAX_DRAFT_BYTES)]
        max_bytes: usize,
        /// Findings marked correct as written (JSON, as the page exports them).
        #[arg(long, value_name = "FILE")]
        dismissals: Option<String>,
        /// The draft; - or nothing reads standard input.
        #[arg(default_value = "-")]
        file: String,
    },
    /// Re-check an archive of stories against a new table; list what changed.
    Recheck(crate::cli_recheck::RecheckArgs),
    /// Print the effective fact table, or work on tables (validate, diff, draft).
    #[command(args_conflicts_with_subcommands = true)]
    Facts {
        #[command(subcommand)]
        action: Option<FactsAction>,
        #[command(flatten)]
        tables: Tables,
        /// How to print it.
        #[arg(long, value_enum, default_value_t = FactsFormat::Csv)]
        format: FactsFormat,
    },
}

#[derive(Subcommand)]
enum FactsAction {
    /// Check tables against the Table Schema (data/facts.schema.json), every problem as file:line:column.
    Validate(crate::cli_validate::ValidateArgs),
    /// Facts and versions added, removed or changed from OLD to NEW (exit 1 when they differ).
    Diff(crate::cli_facts::DiffArgs),
    /// Candidate rows from a trusted source, read as `check` reads a draft.
    Draft(crate::cli_facts::DraftArgs),
    /// Warn about what makes a table pull unrelated figures onto a fact, cite the wrong
    /// story or state a hedged figure as exact (exit 0 clean, 1 warnings, 2 bad input).
    Lint(crate::cli_lint::LintArgs),
}

#[derive(clap::Args)]
pub(crate) struct Tables {
    /// A fact table to apply over the default (CSV, or JSON when the name ends in
    /// .json); repeatable, later files override rows with the same id and as_of.
    #[arg(long = "facts", value_name = "FILE")]
    pub(crate) facts: Vec<String>,
    /// Leave out the bundled fact table.
    #[arg(long)]
    pub(crate) no_default_facts: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
    /// SARIF 2.1.0, for CI and publishing pipelines.
    Sarif,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum FactsFormat {
    Csv,
    Json,
}

pub(crate) fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s)
        .ok_or_else(|| format!("\"{s}\" is not a date; write YYYY-MM-DD, e.g. 2025-11-03"))
}

pub(crate) fn parse_lang(s: &str) -> Result<LangChoice, String> {
    LangChoice::parse(s).ok_or_else(|| {
        let codes: Vec<&str> = claimcheck::Lang::ALL.iter().map(|l| l.code()).collect();
        format!(
            "\"{s}\" is not a supported language; use auto or one of {}",
            codes.join(", ")
        )
    })
}

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("claimcheck: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    match cli.command {
        Command::Check {
            tables,
            as_of,
            format,
            lang,
            max_bytes,
            dismissals,
            file,
        } => {
            let checker = load_checker(&tables)?;
            let (name, text) = read_draft(&file)?;
            let mut options = CheckOptions::new(as_of.unwrap_or_else(today));
            options.lang = lang;
            options.max_bytes = max_bytes;
            options.dismissals = crate::cli_facts::read_dismissals(dismissals.as_deref())?;
            let report = checker
                .check(&text, &options)
                .map_err(|e| format!("{name}: {e}"))?;
            let out = match format {
                CheckFormat::Json => json(&report)?,
                CheckFormat::Text => text_report(&name, &text, &report),
                CheckFormat::Sarif => json(&claimcheck::sarif::log(&name, &text, &report))?,
            };
            print(&out)?;
            let flagged = report.summary.discrepancy + report.summary.outdated > 0;
            Ok(ExitCode::from(u8::from(flagged)))
        }
        Command::Recheck(args) => crate::cli_recheck::run(args),
        Command::Facts {
            action: Some(action),
            ..
        } => match action {
            FactsAction::Validate(args) => crate::cli_validate::run(args),
            FactsAction::Diff(args) => crate::cli_facts::diff(args),
            FactsAction::Draft(args) => crate::cli_facts::draft(args),
            FactsAction::Lint(args) => crate::cli_lint::run(args),
        },
        Command::Facts {
            action: None,
            tables,
            format,
        } => {
            let checker = load_checker(&tables)?;
            let out = match format {
                FactsFormat::Json => json(&checker.fact_rows())?,
                FactsFormat::Csv => facts_csv(checker.table())?,
            };
            print(&out)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub(crate) fn print(s: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    out.write_all(s.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write the output: {e}"))
}

pub(crate) fn json<T: serde::Serialize>(value: &T) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|s| s + "\n")
        .map_err(|e| format!("cannot write JSON: {e}"))
}

pub(crate) fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_unix_days((secs / 86_400) as i64)
}

pub(crate) fn load_checker(tables: &Tables) -> Result<Checker, String> {
    let mut loaded = Vec::new();
    for path in &tables.facts {
        let bytes =
            std::fs::read(path).map_err(|e| format!("{path}: cannot read the fact table: {e}"))?;
        let text = utf8(path, bytes)?;
        let table = if path.to_ascii_lowercase().ends_with(".json") {
            FactTable::from_json_rows(path, json_rows(path, &text)?)
        } else {
            FactTable::from_csv(path, &text)
        };
        loaded.push(table.map_err(|e| e.to_string())?);
    }
    Checker::with_tables(!tables.no_default_facts, loaded).map_err(|e| e.to_string())
}

/// Parses a JSON fact table's rows, naming line and column of a syntax error.
pub(crate) fn json_rows(path: &str, text: &str) -> Result<Vec<JsonRow>, String> {
    serde_json::from_str(text).map_err(|e| {
        format!(
            "{path}:{}:{}: not a valid JSON fact table: {e}",
            e.line(),
            e.column()
        )
    })
}

pub(crate) fn read_draft(file: &str) -> Result<(String, String), String> {
    let (name, bytes) = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("<stdin>: cannot read the draft: {e}"))?;
        ("<stdin>".to_string(), buf)
    } else {
        let bytes =
            std::fs::read(file).map_err(|e| format!("{file}: cannot read the draft: {e}"))?;
        (file.to_string(), bytes)
    };
    let text = utf8(&name, bytes)?;
    Ok((name, text))
}

/// Decodes UTF-8 (dropping a byte-order mark), or names the line and column where it
/// stops being UTF-8.
pub(crate) fn utf8(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(match s.strip_prefix('\u{FEFF}') {
            Some(rest) => rest.to_string(),
            None => s,
        }),
        Err(e) => {
            let bytes = e.as_bytes();
            let at = e.utf8_error().valid_up_to();
            let valid = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
            let (line, column) = line_col(valid, valid.len());
            Err(format!(
                "{name}:{line}:{column}: the file is not valid UTF-8 (byte 0x{:02X}); save it as UTF-8",
                bytes[at]
            ))
        }
    }
}

/// 1-based line and column (in UTF-16 code units, the public offset unit) of byte `at`.
pub(crate) fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].encode_utf16().count() + 1;
    (line, column)
}

fn text_report(name: &str, text: &str, report: &Report) -> String {
    let mut out = String::new();
    // Findings come in text order, so line and column advance in one pass.
    let (mut at, mut line, mut column) = (0, 1, 1);
    for f in &report.claims {
        for c in text[at..f.byte_span.start].chars() {
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += c.len_utf16();
            }
        }
        at = f.byte_span.start;
        let verdict = match &f.dismissal {
            Some(d) if d.holds => format!("dismissed {}", f.verdict.name()),
            _ => f.verdict.name().to_string(),
        };
        out.push_str(&format!("{name}:{line}:{column}: {verdict}: {}", f.message));
        if let Some(s) = &f.suggestion {
            out.push_str(&format!(" Suggested: \"{s}\"."));
        }
        out.push('\n');
    }
    let s = &report.summary;
    let dismissed = match s.dismissed {
        0 => String::new(),
        n => format!(", {n} dismissed"),
    };
    out.push_str(&format!(
        "{} claims: {} discrepancy, {} outdated, {} consistent, {} unverified{dismissed} (as of {}, {})\n",
        s.total, s.discrepancy, s.outdated, s.consistent, s.unverified, report.as_of, report.lang
    ));
    out
}

fn facts_csv(table: &FactTable) -> Result<String, String> {
    let langs = table.languages();
    let header = claimcheck::facts::csv_header(&langs);
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| format!("cannot write CSV: {e}");
    w.write_record(&header).map_err(err)?;
    for f in table.facts() {
        let mut row = vec![
            f.id.clone(),
            f.as_of.to_string(),
            f.subject.clone(),
            f.metric.clone(),
            f.kind.name().to_string(),
            format!("{}", f.value),
            f.unit.unwrap_or("").to_string(),
            f.qualifier.name().to_string(),
        ];
        row.extend(
            langs
                .iter()
                .map(|l| table.aliases_in(&f.subject, l).join("|")),
        );
        row.extend(langs.iter().map(|l| table.cues_in(&f.id, l).join("|")));
        row.push(f.source.publication.clone());
        row.push(f.source.title.clone().unwrap_or_default());
        row.push(f.source.date.map(|d| d.to_string()).unwrap_or_default());
        row.push(f.source.url.clone().unwrap_or_default());
        row.push(f.note.clone().unwrap_or_default());
        w.write_record(&row).map_err(err)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| format!("cannot write CSV: {e}"))?;
    String::from_utf8(bytes).map_err(|e| format!("cannot write CSV: {e}"))
}
