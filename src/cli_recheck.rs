//! `claimcheck recheck --facts NEW [--since OLD] [--as-of DATE] PATH…`: re-checks an
//! archive of stories when the table changes, and lists the stories whose findings
//! changed (or, without `--since`, every story with a flag).
//!
//! Files are walked lazily in a fixed order (by name) and checked in batches on every
//! core (rayon); each batch is printed, in walk order, before the next is read, so
//! memory holds one batch whatever the size of the archive.

use crate::cli_html::{self, Stripped};
use claimcheck::report::Report;
use claimcheck::{CheckOptions, Checker, Date, LangChoice, Verdict};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum RecheckFormat {
    /// One line per changed finding, then a summary.
    Text,
    /// One JSON object per listed story (JSON Lines); the summary goes to stderr.
    Jsonl,
}

#[derive(clap::Args)]
pub struct RecheckArgs {
    /// The new fact table (CSV or JSON), used alone: give the whole table.
    #[arg(long = "facts", value_name = "NEW")]
    facts: String,
    /// The old table: list only what changed between it and NEW.
    #[arg(long, value_name = "OLD")]
    since: Option<String>,
    /// Check as of this day (YYYY-MM-DD); default today (UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::cli::parse_date)]
    as_of: Option<Date>,
    /// The stories' language: auto (detect it per paragraph), en, nl or vi.
    #[arg(long, default_value = "auto", value_parser = crate::cli::parse_lang)]
    lang: LangChoice,
    /// How to print the results.
    #[arg(long, value_enum, default_value_t = RecheckFormat::Text)]
    format: RecheckFormat,
    /// Files and folders; folders are walked for .txt, .md and .html files.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
}

/// Story files a folder walk picks up.
const EXTENSIONS: [&str; 5] = ["txt", "md", "markdown", "html", "htm"];

/// One finding of a listed story.
#[derive(Serialize)]
struct Change {
    /// `new` (flagged now, not before), `resolved` (flagged before, not now),
    /// `changed` (flagged both times, with another verdict) or `flagged` (no `--since`).
    change: &'static str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    text: String,
    verdict: Verdict,
    #[serde(skip_serializing_if = "Option::is_none")]
    old_verdict: Option<Verdict>,
    message: String,
    fact_id: Option<String>,
    fact_as_of: Option<Date>,
    suggestion: Option<String>,
}

/// What one file gave.
#[derive(Serialize)]
struct Story {
    path: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    findings: Vec<Change>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    #[serde(skip)]
    bytes: u64,
}

#[derive(Default)]
struct Totals {
    stories: u64,
    bytes: u64,
    listed: u64,
    new_discrepancy: u64,
    new_outdated: u64,
    resolved: u64,
    changed: u64,
    flagged: u64,
    errors: u64,
}

impl Totals {
    /// 2 when a story could not be read, 1 when a listed finding is a flag (new,
    /// changed, or any flag without `--since`), else 0.
    fn exit_code(&self) -> ExitCode {
        ExitCode::from(if self.errors > 0 {
            2
        } else {
            u8::from(self.new_discrepancy + self.new_outdated + self.flagged + self.changed > 0)
        })
    }
}

struct Job<'a> {
    new: &'a Checker,
    old: Option<&'a Checker>,
    options: CheckOptions,
}

fn is_flag(v: Verdict) -> bool {
    matches!(v, Verdict::Discrepancy | Verdict::Outdated)
}

pub fn run(args: RecheckArgs) -> Result<ExitCode, String> {
    let load = |path: &str| {
        let table = crate::cli_facts::read_table(path)?;
        Checker::with_tables(false, vec![table]).map_err(|e| e.to_string())
    };
    let new = load(&args.facts)?;
    let old = args.since.as_deref().map(load).transpose()?;
    let mut options = CheckOptions::new(args.as_of.unwrap_or_else(crate::cli::today));
    options.lang = args.lang;
    options.max_bytes = claimcheck::ABSOLUTE_MAX_DRAFT_BYTES;
    let job = Job {
        new: &new,
        old: old.as_ref(),
        options,
    };
    let progress = progress_bar();
    let started = Instant::now();
    let mut totals = Totals::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let write_err = |e: std::io::Error| format!("cannot write the output: {e}");
    // Batches keep every core busy while bounding memory to one batch of stories.
    let batch = rayon::current_num_threads() * 16;
    let mut files = walk(&args.paths);
    loop {
        let chunk: Vec<Result<PathBuf, (String, String)>> = files.by_ref().take(batch).collect();
        if chunk.is_empty() {
            break;
        }
        let stories: Vec<Story> = chunk.into_par_iter().map(|f| story(f, &job)).collect();
        for story in stories {
            tally(&mut totals, &story);
            if story.error.is_none() && story.findings.is_empty() {
                continue;
            }
            write_story(&mut out, &story, args.format)?;
        }
        progress.set_position(totals.stories);
        progress.set_message(totals.listed.to_string());
    }
    progress.finish_and_clear();
    let summary = summary_text(&totals, started.elapsed().as_secs_f64(), old.is_some());
    match args.format {
        RecheckFormat::Text => out.write_all(summary.as_bytes()).map_err(write_err)?,
        RecheckFormat::Jsonl => eprint!("{summary}"),
    }
    out.flush().map_err(write_err)?;
    Ok(totals.exit_code())
}

/// A spinner with counts on a terminal; nothing otherwise (a pipe, a CI log).
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {pos} stories, {msg} listed [{elapsed_precise}, {per_sec}]",
        )
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar
}

/// Prints one listed story: a JSON line, or a text line per finding.
fn write_story(out: &mut impl Write, story: &Story, format: RecheckFormat) -> Result<(), String> {
    let write_err = |e: std::io::Error| format!("cannot write the output: {e}");
    match format {
        RecheckFormat::Jsonl => {
            serde_json::to_writer(&mut *out, story)
                .map_err(|e| format!("cannot write JSON: {e}"))?;
            out.write_all(b"\n").map_err(write_err)
        }
        RecheckFormat::Text => out
            .write_all(story_text(story).as_bytes())
            .map_err(write_err),
    }
}

/// The files under `paths`, lazily, each folder in name order; a path that cannot be
/// read becomes an error item (the walk goes on).
fn walk(paths: &[String]) -> impl Iterator<Item = Result<PathBuf, (String, String)>> + '_ {
    paths.iter().flat_map(|p| {
        let root = Path::new(p);
        let explicit = root.is_file();
        walkdir::WalkDir::new(root)
            .sort_by_file_name()
            .into_iter()
            .filter_map(move |entry| match entry {
                Err(e) => {
                    let path = e.path().unwrap_or(root).display().to_string();
                    let why = e
                        .io_error()
                        .map_or_else(|| e.to_string(), ToString::to_string);
                    Some(Err((path.clone(), format!("{path}: cannot read: {why}"))))
                }
                Ok(e) if e.file_type().is_file() => {
                    let wanted = explicit
                        || e.path()
                            .extension()
                            .and_then(|x| x.to_str())
                            .is_some_and(|x| EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()));
                    wanted.then(|| Ok(e.into_path()))
                }
                Ok(_) => None,
            })
    })
}

fn is_html(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| matches!(x.to_ascii_lowercase().as_str(), "html" | "htm"))
}

/// What one item of the walk gave: the story checked, or the walk's error.
fn story(item: Result<PathBuf, (String, String)>, job: &Job) -> Story {
    match item {
        Ok(path) => recheck(&path, job),
        Err((path, error)) => Story {
            path,
            findings: Vec::new(),
            error: Some(error),
            bytes: 0,
        },
    }
}

/// Checks one story against the new (and old) table and lists what changed.
fn recheck(path: &Path, job: &Job) -> Story {
    let mut story = Story {
        path: path.display().to_string(),
        findings: Vec::new(),
        error: None,
        bytes: 0,
    };
    if let Err(e) = list_changes(path, job, &mut story) {
        story.error = Some(e);
    }
    story
}

/// Reads the story at `path` (HTML as its text), checks it, and fills in its size and
/// the findings to list; the error names the file.
fn list_changes(path: &Path, job: &Job, story: &mut Story) -> Result<(), String> {
    let name = story.path.clone();
    let bytes = std::fs::read(path).map_err(|e| format!("{name}: cannot read the story: {e}"))?;
    story.bytes = bytes.len() as u64;
    let original = crate::cli::utf8(&name, bytes)?;
    let stripped = if is_html(path) {
        Some(cli_html::strip(&original).map_err(|e| format!("{name}: {e}"))?)
    } else {
        None
    };
    let text = stripped
        .as_ref()
        .map_or(original.as_str(), |s| s.text.as_str());
    let check = |c: &Checker| {
        c.check(text, &job.options)
            .map_err(|e| format!("{name}: {e}"))
    };
    let new = check(job.new)?;
    let old = job.old.map(check).transpose()?;
    let listed = compare(&new, old.as_ref());
    story.findings = changes(listed, &original, stripped.as_ref());
    Ok(())
}

/// The listed findings with their line and column in the file the editor has (the
/// original HTML, not its text).
fn changes(listed: Vec<Listed>, original: &str, stripped: Option<&Stripped>) -> Vec<Change> {
    let offsets: Vec<usize> = listed
        .iter()
        .flat_map(|(f, _, _)| match stripped {
            Some(s) => [
                s.original(f.byte_span.start),
                s.original_end(f.byte_span.end),
            ],
            None => [f.byte_span.start, f.byte_span.end],
        })
        .collect();
    let positions = claimcheck::sarif::line_columns(original, &offsets);
    listed
        .into_iter()
        .zip(positions.chunks(2))
        .map(|((f, change, old_verdict), pos)| Change {
            change,
            line: pos[0].0,
            column: pos[0].1,
            end_line: pos[1].0,
            end_column: pos[1].1,
            text: f.text.clone(),
            verdict: f.verdict,
            old_verdict,
            message: f.message.clone(),
            fact_id: f.fact.as_ref().map(|r| r.id.clone()),
            fact_as_of: f.fact.as_ref().map(|r| r.as_of),
            suggestion: f.suggestion.clone(),
        })
        .collect()
}

type Listed<'a> = (&'a claimcheck::Finding, &'static str, Option<Verdict>);

/// The findings to list: without an old report, every flag; with one, the flags that
/// are new or changed, and (as the new finding, now not a flag) the resolved ones.
/// Claims are found the same way whatever the table, so spans pair them.
fn compare<'a>(new: &'a Report, old: Option<&Report>) -> Vec<Listed<'a>> {
    let Some(old) = old else {
        return new
            .claims
            .iter()
            .filter(|f| is_flag(f.verdict))
            .map(|f| (f, "flagged", None))
            .collect();
    };
    let mut out = Vec::new();
    for f in &new.claims {
        let before = old
            .claims
            .iter()
            .find(|o| o.byte_span == f.byte_span)
            .map(|o| o.verdict);
        let was_flag = before.is_some_and(is_flag);
        let listed = match (is_flag(f.verdict), was_flag) {
            (true, false) => Some("new"),
            (true, true) if before != Some(f.verdict) => Some("changed"),
            (false, true) => Some("resolved"),
            _ => None,
        };
        if let Some(change) = listed {
            out.push((f, change, before));
        }
    }
    out
}

fn tally(t: &mut Totals, story: &Story) {
    t.stories += 1;
    t.bytes += story.bytes;
    if story.error.is_some() {
        t.errors += 1;
        return;
    }
    if !story.findings.is_empty() {
        t.listed += 1;
    }
    for f in &story.findings {
        match (f.change, f.verdict) {
            ("new", Verdict::Discrepancy) => t.new_discrepancy += 1,
            ("new", _) => t.new_outdated += 1,
            ("resolved", _) => t.resolved += 1,
            ("changed", _) => t.changed += 1,
            _ => t.flagged += 1,
        }
    }
}

fn story_text(story: &Story) -> String {
    if let Some(e) = &story.error {
        return format!("{e}\n");
    }
    let mut out = String::new();
    for f in &story.findings {
        let what = match (f.change, f.old_verdict) {
            ("resolved", Some(old)) => {
                format!("resolved {} (now {})", old.name(), f.verdict.name())
            }
            ("changed", Some(old)) => format!("{} (was {})", f.verdict.name(), old.name()),
            ("new", Some(old)) => format!("new {} (was {})", f.verdict.name(), old.name()),
            ("new", None) => format!("new {}", f.verdict.name()),
            _ => f.verdict.name().to_string(),
        };
        out.push_str(&format!(
            "{}:{}:{}: {what}: {}\n",
            story.path, f.line, f.column, f.message
        ));
    }
    out
}

fn summary_text(t: &Totals, seconds: f64, since: bool) -> String {
    let mb = t.bytes as f64 / 1e6;
    let head = format!(
        "Re-checked {} stories ({mb:.1} MB) in {seconds:.1} s ({:.1} MB/s)",
        t.stories,
        mb / seconds.max(1e-9)
    );
    let body = if since {
        format!(
            "{} stories changed: {} new discrepancies, {} newly outdated, {} changed verdicts, {} resolved",
            t.listed, t.new_discrepancy, t.new_outdated, t.changed, t.resolved
        )
    } else {
        format!("{} stories with {} flags", t.listed, t.flagged)
    };
    format!("{head}: {body}; {} unreadable.\n", t.errors)
}
