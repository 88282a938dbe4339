//! `claimcheck facts validate FILE…`: checks fact tables against the Frictionless Table
//! Schema descriptor (data/facts.schema.json, or `--schema FILE`), then against the
//! rules a descriptor cannot state (a unit fits its kind, versions agree, every id has a
//! cue) by loading the table as `check` would. Every problem is reported, each as
//! `file:line:column: message` (column = CSV field number), not just the first.

use claimcheck::facts::{FactTable, JsonRow};
use claimcheck::{Checker, Date};
use regex::Regex;
use serde::Deserialize;
use std::collections::HashMap;
use std::process::ExitCode;

/// The descriptor shipped with the bundled table.
const DESCRIPTOR: &str = include_str!("../data/facts.schema.json");

/// Problems listed per file before the rest are counted only.
const MAX_PROBLEMS: usize = 100;

#[derive(clap::Args)]
pub struct ValidateArgs {
    /// A Table Schema descriptor to validate against instead of the bundled one.
    #[arg(long, value_name = "FILE")]
    schema: Option<String>,
    /// Check cues on each table alone, not merged over the bundled table (a table that
    /// only adds versions of bundled facts needs the bundled cues).
    #[arg(long)]
    no_default_facts: bool,
    /// The tables (CSV; a .json table is checked by the parser only).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<String>,
}

#[derive(Deserialize)]
struct Descriptor {
    fields: Vec<Field>,
    #[serde(rename = "primaryKey", default)]
    primary_key: Vec<String>,
    #[serde(rename = "missingValues", default = "default_missing")]
    missing_values: Vec<String>,
}

fn default_missing() -> Vec<String> {
    vec![String::new()]
}

#[derive(Deserialize)]
struct Field {
    name: String,
    #[serde(rename = "type", default = "default_type")]
    kind: String,
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    constraints: Constraints,
}

fn default_type() -> String {
    "string".to_string()
}

#[derive(Deserialize, Default)]
struct Constraints {
    #[serde(default)]
    required: bool,
    #[serde(default)]
    pattern: Option<String>,
    #[serde(rename = "enum", default)]
    one_of: Option<Vec<String>>,
}

/// A field with its pattern compiled (anchored: Table Schema patterns match whole values).
struct Rule<'a> {
    field: &'a Field,
    pattern: Option<Regex>,
}

/// A language column pair not in the descriptor (`aliases_de`): accepted as text.
fn is_language_column(name: &str) -> bool {
    name.strip_prefix("aliases_")
        .or_else(|| name.strip_prefix("cues_"))
        .is_some_and(|l| {
            !l.is_empty() && l.len() <= 8 && l.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        })
}

pub fn run(args: ValidateArgs) -> Result<ExitCode, String> {
    let (schema_name, descriptor_text) = match &args.schema {
        Some(path) => {
            let bytes = std::fs::read(path)
                .map_err(|e| format!("{path}: cannot read the descriptor: {e}"))?;
            (path.clone(), crate::cli::utf8(path, bytes)?)
        }
        None => ("data/facts.schema.json".to_string(), DESCRIPTOR.to_string()),
    };
    let descriptor: Descriptor = serde_json::from_str(&descriptor_text).map_err(|e| {
        format!(
            "{schema_name}:{}:{}: not a Table Schema descriptor: {e}",
            e.line(),
            e.column()
        )
    })?;
    let mut rules = Vec::new();
    for field in &descriptor.fields {
        let pattern = match &field.constraints.pattern {
            Some(p) => Some(Regex::new(&format!("^(?:{p})$")).map_err(|e| {
                format!(
                    "{schema_name}: field {}: pattern is not valid: {e}",
                    field.name
                )
            })?),
            None => None,
        };
        rules.push(Rule { field, pattern });
    }
    let mut out = String::new();
    let mut invalid = 0;
    for path in &args.files {
        let bytes =
            std::fs::read(path).map_err(|e| format!("{path}: cannot read the fact table: {e}"))?;
        let problems = match crate::cli::utf8(path, bytes) {
            Err(e) => vec![e],
            Ok(text) => validate(path, &text, &descriptor, &rules, !args.no_default_facts),
        };
        if problems.is_empty() {
            out.push_str(&format!("{path}: valid\n"));
            continue;
        }
        invalid += 1;
        for p in problems.iter().take(MAX_PROBLEMS) {
            out.push_str(p);
            out.push('\n');
        }
        if problems.len() > MAX_PROBLEMS {
            out.push_str(&format!(
                "{path}: {} more problems not shown\n",
                problems.len() - MAX_PROBLEMS
            ));
        }
        let n = problems.len();
        let noun = if n == 1 { "problem" } else { "problems" };
        out.push_str(&format!("{path}: {n} {noun}\n"));
    }
    crate::cli::print(&out)?;
    Ok(ExitCode::from(u8::from(invalid > 0)))
}

fn validate(
    path: &str,
    text: &str,
    descriptor: &Descriptor,
    rules: &[Rule],
    over_default: bool,
) -> Vec<String> {
    let is_json = path.to_ascii_lowercase().ends_with(".json");
    let mut problems = if is_json {
        Vec::new()
    } else {
        against_descriptor(path, text, descriptor, rules)
    };
    // The descriptor cannot say which unit fits which kind, that versions agree, or that
    // every id needs a cue: the table loader can.
    if problems.is_empty() {
        let table = if is_json {
            serde_json::from_str::<Vec<JsonRow>>(text)
                .map_err(|e| {
                    format!(
                        "{path}:{}:{}: not a valid JSON fact table: {e}",
                        e.line(),
                        e.column()
                    )
                })
                .and_then(|rows| FactTable::from_json_rows(path, rows).map_err(|e| e.to_string()))
        } else {
            FactTable::from_csv(path, text).map_err(|e| e.to_string())
        };
        match table {
            Err(e) => problems.push(e),
            Ok(t) => {
                if let Err(e) = Checker::with_tables(over_default, vec![t]) {
                    problems.push(e.to_string());
                }
            }
        }
    }
    problems
}

/// Every problem of a CSV table under the descriptor: its header, each row's cells and
/// field count, and primary keys given twice.
fn against_descriptor(
    path: &str,
    text: &str,
    descriptor: &Descriptor,
    rules: &[Rule],
) -> Vec<String> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_string()).collect(),
        Err(e) => return vec![format!("{path}:1:1: not valid CSV: {e}")],
    };
    let (columns, mut problems) = check_header(path, &header, rules);
    let mut keys = PrimaryKey::new(descriptor, &header);
    let mut lines = claimcheck::facts::Lines::new(text);
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(1, |p| lines.of_record(p.byte()));
                problems.push(format!("{path}:{line}:1: not valid CSV: {e}"));
                break;
            }
        };
        let line = record.position().map_or(1, |p| lines.of_record(p.byte()));
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != header.len() {
            problems.push(format!(
                "{path}:{line}:{}: this row has {} fields but the header has {}",
                record.len().min(header.len()) + 1,
                record.len(),
                header.len()
            ));
            continue;
        }
        for (i, (cell, rule)) in record.iter().zip(&columns).enumerate() {
            if let Some(rule) = rule {
                if let Some(message) = check_cell(cell.trim(), rule, descriptor) {
                    problems.push(format!("{path}:{line}:{}: {message}", i + 1));
                }
            }
        }
        problems.extend(keys.repeated(path, line, &record));
    }
    problems
}

/// The header's problems (each label known or a language pair, none twice, every
/// required column present), and the rule of each column (`None` for a language pair or
/// an unknown label).
fn check_header<'r, 'f>(
    path: &str,
    header: &[String],
    rules: &'r [Rule<'f>],
) -> (Vec<Option<&'r Rule<'f>>>, Vec<String>) {
    let mut problems = Vec::new();
    let mut columns: Vec<Option<&Rule>> = Vec::new();
    for (i, label) in header.iter().enumerate() {
        if header[..i].contains(label) {
            problems.push(format!(
                "{path}:1:{}: column \"{label}\" is given twice",
                i + 1
            ));
        }
        let rule = rules.iter().find(|r| r.field.name == *label);
        if rule.is_none() && !is_language_column(label) {
            let names: Vec<&str> = rules.iter().map(|r| r.field.name.as_str()).collect();
            problems.push(format!(
                "{path}:1:{}: unknown column \"{label}\"; the schema's columns are {}",
                i + 1,
                names.join(", ")
            ));
        }
        columns.push(rule);
    }
    for r in rules {
        if r.field.constraints.required && !header.contains(&r.field.name) {
            problems.push(format!(
                "{path}:1:1: the header has no column \"{}\", which the schema requires",
                r.field.name
            ));
        }
    }
    (columns, problems)
}

/// The primary key's columns, and the line each key was first given on.
struct PrimaryKey<'d> {
    descriptor: &'d Descriptor,
    columns: Vec<usize>,
    seen: HashMap<Vec<String>, usize>,
}

impl<'d> PrimaryKey<'d> {
    fn new(descriptor: &'d Descriptor, header: &[String]) -> PrimaryKey<'d> {
        let columns = descriptor
            .primary_key
            .iter()
            .filter_map(|k| header.iter().position(|h| h == k))
            .collect();
        PrimaryKey {
            descriptor,
            columns,
            seen: HashMap::new(),
        }
    }

    /// The problem when `record` (on `line`) repeats a key given before; checked only
    /// when the header has every key column.
    fn repeated(&mut self, path: &str, line: usize, record: &csv::StringRecord) -> Option<String> {
        let primary_key = &self.descriptor.primary_key;
        if self.columns.len() != primary_key.len() || self.columns.is_empty() {
            return None;
        }
        let key: Vec<String> = self
            .columns
            .iter()
            .map(|&i| record.get(i).unwrap_or("").trim().to_string())
            .collect();
        if let Some(first) = self.seen.get(&key) {
            return Some(format!(
                "{path}:{line}:{}: {} {} is already given on line {first}; the primary key ({}) must be unique",
                self.columns[0] + 1,
                primary_key.join(" and "),
                key.join(" / "),
                primary_key.join(", ")
            ));
        }
        self.seen.insert(key, line);
        None
    }
}

/// What is wrong with one cell under its field's type and constraints, if anything.
fn check_cell(cell: &str, rule: &Rule, descriptor: &Descriptor) -> Option<String> {
    let field = rule.field;
    let name = &field.name;
    if descriptor.missing_values.iter().any(|m| m == cell) {
        return field
            .constraints
            .required
            .then(|| format!("\"{name}\" is empty; the schema requires a value"));
    }
    let type_ok = match field.kind.as_str() {
        "date" => Date::parse(cell).is_some(),
        "integer" => cell.parse::<i64>().is_ok(),
        "number" => cell.parse::<f64>().is_ok_and(f64::is_finite),
        "string" => match field.format.as_deref() {
            Some("uri") => cell.split_once("://").is_some_and(|(scheme, rest)| {
                !rest.is_empty()
                    && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            }),
            _ => true,
        },
        _ => true,
    };
    if !type_ok {
        let what = match (field.kind.as_str(), field.format.as_deref()) {
            ("date", _) => "a date; write YYYY-MM-DD, e.g. 2025-11-03".to_string(),
            ("string", Some("uri")) => "a URL; write it in full, e.g. https://…".to_string(),
            (t, _) => format!("of type {t}"),
        };
        return Some(format!("{name} \"{cell}\" is not {what}"));
    }
    if let Some(one_of) = &field.constraints.one_of {
        if !one_of.iter().any(|v| v == cell) {
            return Some(format!(
                "{name} \"{cell}\" is not allowed; use one of {}",
                one_of.join(", ")
            ));
        }
    }
    if let Some(p) = &rule.pattern {
        if !p.is_match(cell) {
            return Some(format!(
                "{name} \"{cell}\" does not match the schema's pattern {}",
                field.constraints.pattern.as_deref().unwrap_or_default()
            ));
        }
    }
    None
}
