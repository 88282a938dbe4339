//! `claimcheck facts validate | diff | draft` on the built binary, and the Frictionless
//! tools on the bundled table with the shipped Table Schema descriptor.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cannot start claimcheck: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A file under target/ (Frictionless refuses paths outside the working directory).
fn temp(name: &str, contents: &str) -> PathBuf {
    let dir = root()
        .join("target")
        .join(format!("cli-facts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap_or_else(|e| panic!("{e}"));
    path
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

const HEADER: &str = "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication,source_url\n";

/// `facts validate` on `contents` written to `file`, which has problems (exit 1): the
/// path as given, and what validate printed.
fn validate_bad(file: &str, contents: &str) -> (String, String) {
    let name = relative(&temp(file, contents));
    let out = run(&["facts", "validate", &name]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    (name, text(&out.stdout))
}

#[test]
fn validate_accepts_the_bundled_table() {
    let out = run(&["facts", "validate", "data/facts.csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert_eq!(text(&out.stdout), "data/facts.csv: valid\n");
}

#[test]
fn validate_names_the_line_after_a_blank_one_and_counts_in_words() {
    // The CSV reader numbers a record after an empty line as the empty line
    // (rust-csv#208); an editor must be sent to the row itself.
    let (name, stdout) = validate_bad(
        "blank.csv",
        &format!("{HEADER}\n\r\na,2025-01-01,A,m,weight,5,,,,c,VNA,\n"),
    );
    assert_eq!(
        stdout,
        format!(
            "{name}:4:5: kind \"weight\" is not allowed; use one of amount, count, percent, rank, multiple, year, duration\n{name}: 1 problem\n"
        )
    );
}

#[test]
fn validate_reports_every_problem_with_line_and_column() {
    let (name, stdout) = validate_bad(
        "bad.csv",
        &format!(
            "{HEADER}\
             Bad Id,2025-01-01,A,m,count,5,,,,c,VNA,\n\
             a,2025-02-30,A,m,weight,5,,,,c,VNA,\n\
             b,2025-01-01,,m,count,5 dozen,,roughly,,c,VNA,www.example\n\
             c,2025-01-01,A,m,count,5,,,,c,VNA,\n\
             c,2025-01-01,A,m,count,6,,,,c,VNA,\n"
        ),
    );
    for expected in [
        format!("{name}:2:1: id \"Bad Id\" does not match"),
        format!("{name}:3:2: as_of \"2025-02-30\" is not a date"),
        format!("{name}:3:5: kind \"weight\" is not allowed"),
        format!("{name}:4:3: \"subject\" is empty"),
        format!("{name}:4:6: value \"5 dozen\" does not match"),
        format!("{name}:4:8: qualifier \"roughly\" is not allowed"),
        format!("{name}:4:12: source_url \"www.example\" is not a URL"),
        format!("{name}:6:1: id and as_of c / 2025-01-01 is already given on line 5"),
        format!("{name}: 8 problems"),
    ] {
        assert!(stdout.contains(&expected), "missing {expected}\n{stdout}");
    }
}

#[test]
fn validate_checks_what_the_descriptor_cannot_say() {
    // A percent in USD passes the descriptor's enum but not the table's rules.
    let (name, stdout) = validate_bad(
        "unit.csv",
        &format!("{HEADER}a,2025-01-01,A,m,percent,5,USD,,,c,VNA,\n"),
    );
    assert!(
        stdout.contains(&format!("{name}:2:7: unit \"USD\" does not fit a percent")),
        "{stdout}"
    );
    // Unknown columns and missing required ones are named in the header.
    let (name, stdout) = validate_bad("header.csv", "id,as_of,valeu\n");
    assert!(
        stdout.contains(&format!("{name}:1:3: unknown column \"valeu\"")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{name}:1:1: the header has no column \"subject\"")),
        "{stdout}"
    );
}

#[test]
fn validate_names_an_unreadable_or_non_utf8_file() {
    let out = run(&["facts", "validate", "/no/such/table.csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("/no/such/table.csv: cannot read the fact table"));
    let path = root()
        .join("target")
        .join(format!("latin1-{}.csv", std::process::id()));
    std::fs::write(&path, b"id,as_of\n\xe9\n").unwrap_or_else(|e| panic!("{e}"));
    let out = run(&["facts", "validate", &path.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains(":2:1: the file is not valid UTF-8"),
        "{}",
        text(&out.stdout)
    );
}

/// Runs the Frictionless tools (installed by scripts/setup.sh) on a table.
fn frictionless(table: &str) -> serde_json::Value {
    let out = Command::new("python3")
        .args(["-m", "frictionless", "validate", "--json", "--schema"])
        .arg("data/facts.schema.json")
        .arg(table)
        .current_dir(root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 -m frictionless: {e}"));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "frictionless did not report ({e}): {}{}; run scripts/setup.sh",
            text(&out.stdout),
            text(&out.stderr)
        )
    })
}

#[test]
fn frictionless_validates_the_bundled_table_with_the_descriptor() {
    let report = frictionless("data/facts.csv");
    assert_eq!(report["valid"], true, "{report:#}");
    // And it finds what our validator finds in a bad table, field for field.
    let bad = temp(
        "frictionless-bad.csv",
        "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,aliases_nl,aliases_vi,cues_en,cues_nl,cues_vi,source_publication,source_title,source_date,source_url,note\n\
         Bad Id,2025-13-01,A,m,weight,1;2,furlong,roughly,,,,c,,,VNA,,,,\n",
    );
    let report = frictionless(&relative(&bad));
    assert_eq!(report["valid"], false);
    let mut fields: Vec<String> = report["tasks"][0]["errors"]
        .as_array()
        .map(|e| {
            e.iter()
                .filter_map(|e| e["fieldName"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    fields.sort();
    assert_eq!(
        fields,
        ["as_of", "id", "kind", "qualifier", "unit", "value"],
        "{report:#}"
    );
    let ours = text(&run(&["facts", "validate", &relative(&bad)]).stdout);
    assert!(ours.contains(": 6 problems"), "{ours}");
}

const OLD: &str =
    "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication\n\
                   a,2025-01-01,A,m,count,5,,,Ay,ca,VNA\n\
                   a,2025-06-01,A,m,count,6,,,,,VNA\n\
                   gone,2025-01-01,G,m,count,1,,,,cg,VNA\n";
const NEW: &str =
    "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication\n\
                   a,2025-01-01,A,m,count,5,,about,Ay,ca|cb,VNA\n\
                   a,2026-01-01,A,m,amount,7 billion,USD,,,,Reuters\n\
                   fresh,2026-01-01,F,m,percent,3,%,,,cf,VNA\n";

#[test]
fn diff_lists_facts_versions_and_fields_as_text_and_json() {
    let (old, new) = (
        temp("old.csv", OLD),
        temp(
            "new.csv",
            NEW.replace("amount,7 billion,USD", "count,7,").as_str(),
        ),
    );
    let (old, new) = (relative(&old), relative(&new));
    let out = run(&["facts", "diff", &old, &new]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for line in [
        "+ fact fresh (F: m), versions 2026-01-01",
        "- fact gone (G: m), versions 2025-01-01",
        "+ version a as of 2026-01-01: 7 (Reuters)",
        "- version a as of 2025-06-01: 6 (VNA)",
        "~ version a as of 2025-01-01: qualifier \"exact\" → \"about\"",
        "~ cues of a (en): +\"cb\"",
        "1 facts added, 1 removed; 1 versions added, 1 removed, 1 changed;",
    ] {
        assert!(stdout.contains(line), "missing {line}\n{stdout}");
    }
    let out = run(&["facts", "diff", "--format", "json", &old, &new]);
    let d: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d["versions_changed"][0]["changes"][0]["field"], "qualifier");
    assert_eq!(d["versions_changed"][0]["changes"][0]["new"], "about");
    assert_eq!(d["facts_added"][0]["id"], "fresh");
    // A table compared with itself: no differences, exit 0.
    let out = run(&["facts", "diff", &new, &new]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("0 facts added, 0 removed; 0 versions added"));
}

#[test]
fn diff_refuses_a_bad_table_with_its_location() {
    let new = temp("kind.csv", NEW);
    let out = run(&[
        "facts",
        "diff",
        &relative(&temp("old2.csv", OLD)),
        &relative(&new),
    ]);
    // Versions of one id must share kind: the new table is refused whole.
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("kind.csv:3:1: this version of a has another kind"),
        "{stderr}"
    );
}

const DISMISSALS: &str = r#"{
  "version": 1,
  "dismissals": [
    {
      "text": "second largest",
      "fact_id": "japan.investor_rank",
      "fact_as_of": "2025-11-03",
      "reason": "The story quotes the 2019 ranking.",
      "created": "2025-11-04"
    }
  ]
}
"#;

#[test]
fn dismissed_findings_do_not_block_until_the_record_changes() {
    let draft = temp(
        "dismiss.txt",
        "Japan is Vietnam’s second largest investor.\n",
    );
    let dismissals = temp("dismissals.json", DISMISSALS);
    let (draft, dismissals) = (relative(&draft), relative(&dismissals));
    // Without the dismissal: outdated, exit 1.
    let out = run(&["check", "--as-of", "2025-11-03", &draft]);
    assert_eq!(out.status.code(), Some(1));
    // With it: quiet, counted apart, exit 0; SARIF carries a suppression.
    let args = [
        "check",
        "--as-of",
        "2025-11-03",
        "--dismissals",
        &dismissals,
    ];
    let out = run(&[&args[..], &[draft.as_str()]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains(":1:20: dismissed outdated: "), "{stdout}");
    assert!(
        stdout.contains("0 outdated, 0 consistent, 0 unverified, 1 dismissed"),
        "{stdout}"
    );
    let out = run(&[&args[..], &["--format", "sarif", draft.as_str()]].concat());
    assert_eq!(out.status.code(), Some(0));
    let log: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let suppression = &log["runs"][0]["results"][0]["suppressions"][0];
    assert_eq!(suppression["kind"], "external");
    assert_eq!(
        suppression["justification"],
        "The story quotes the 2019 ranking."
    );
    let out = run(&[&args[..], &["--format", "json", draft.as_str()]].concat());
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report["claims"][0]["dismissal"]["holds"], true);
    assert_eq!(report["summary"]["dismissed"], 1);
    // The table gained a version since (2025-11-25): the finding is back.
    let out = run(&[
        "check",
        "--as-of",
        "2025-11-30",
        "--dismissals",
        &dismissals,
        &draft,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("outdated: The record changed since this was dismissed"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn a_bad_dismissals_file_names_line_and_column() {
    let bad = temp(
        "bad-dismissals.json",
        &DISMISSALS.replace("2025-11-03", "3 Nov"),
    );
    let out = run(&["check", "--dismissals", &relative(&bad), "Cargo.toml"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("bad-dismissals.json:7:"), "{stderr}");
    assert!(stderr.contains("\"3 Nov\" is not a date"), "{stderr}");
}

fn summary_counts(stdout: &str) -> (usize, usize, usize) {
    // "N claims: D discrepancy, O outdated, C consistent, …"
    let last = stdout.lines().last().unwrap_or_default();
    let n = |label: &str| {
        last.split(", ")
            .flat_map(|part| part.split(": "))
            .find_map(|part| part.strip_suffix(label).and_then(|v| v.trim().parse().ok()))
            .unwrap_or_else(|| panic!("no {label} in {last}"))
    };
    (n(" discrepancy"), n(" outdated"), n(" consistent"))
}

/// The rows `facts draft` writes from `seed`, drafted against no table.
fn draft_alone(seed: &str) -> String {
    let out = run(&[
        "facts",
        "draft",
        "--no-default-facts",
        "--as-of",
        "2025-11-03",
        "--source-title",
        "Seed",
        "--source-url",
        "https://example.org/a",
        seed,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn every_seed_checked_against_rows_drafted_from_it_comes_back_consistent() {
    let seeds = root().join("tests/fixtures/seeds");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    names.sort();
    // And Vietnamese, whose names and cues are several syllables.
    names.extend(
        ["000_kansai.txt", "002_forum.txt"].map(|n| root().join("tests/fixtures/vi").join(n)),
    );
    let mut drafted_total = 0;
    for seed in names {
        let seed = relative(&seed);
        let csv = draft_alone(&seed);
        let rows = csv.lines().count() - 1;
        drafted_total += rows;
        let table = temp(&format!("{}.csv", seed.replace('/', "_")), &csv);
        let table = relative(&table);
        // The rows are a valid table in the documented format...
        let valid = run(&["facts", "validate", "--no-default-facts", &table]);
        assert_eq!(
            valid.status.code(),
            Some(0),
            "{}\n{csv}",
            text(&valid.stdout)
        );
        assert!(
            csv.contains(",example.org,Seed,2025-11-03,https://example.org/a,"),
            "{csv}"
        );
        // ...and the source checked against them alone raises no flag, and each row backs
        // a figure of it.
        let check = run(&[
            "check",
            "--no-default-facts",
            "--facts",
            &table,
            "--as-of",
            "2025-11-03",
            &seed,
        ]);
        let stdout = text(&check.stdout);
        assert_eq!(check.status.code(), Some(0), "{seed}\n{stdout}");
        let (d, o, c) = summary_counts(&stdout);
        assert_eq!((d, o), (0, 0), "{seed}\n{stdout}");
        assert!(
            c >= rows,
            "{seed}: {rows} rows but {c} consistent\n{stdout}"
        );
    }
    assert!(
        drafted_total >= 30,
        "only {drafted_total} rows drafted from the seeds"
    );
}

#[test]
fn draft_leaves_out_what_agrees() {
    let agrees = temp("agrees.txt", "Japan is Vietnam’s third largest investor.\n");
    let out = run(&[
        "facts",
        "draft",
        "--as-of",
        "2026-06-01",
        "--source-title",
        "T",
        "--source-publication",
        "Reuters",
        &relative(&agrees),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout).lines().count(),
        1,
        "header only: {}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr)
            .contains("agrees.txt:1:20: not drafted \"third largest\": the table already agrees"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn draft_versions_what_differs_and_the_version_backs_the_source() {
    let differs = temp(
        "differs.txt",
        "Japan is Vietnam’s second largest investor.\n",
    );
    let out = run(&[
        "facts",
        "draft",
        "--as-of",
        "2026-06-01",
        "--source-title",
        "Ranking",
        "--source-publication",
        "Reuters",
        &relative(&differs),
    ]);
    let csv = text(&out.stdout);
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "{csv}");
    assert!(
        rows[0].starts_with("japan.investor_rank,2026-06-01,Japan,rank among Vietnam's foreign investors,rank,2,,exact,"),
        "{csv}"
    );
    assert!(
        rows[0]
            .contains(",Reuters,Ranking,2026-06-01,,Japan is Vietnam’s second largest investor."),
        "{csv}"
    );
    let table = relative(&temp("versions.csv", &csv));
    let out = run(&[
        "check",
        "--facts",
        &table,
        "--as-of",
        "2026-06-01",
        &relative(&differs),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains(": consistent: "),
        "{}",
        text(&out.stdout)
    );
}

/// JSON: the rows and the figures left out, each with why.
#[test]
fn draft_as_json_gives_rows_and_skipped_figures_with_why() {
    let agrees = temp("agrees.txt", "Japan is Vietnam’s third largest investor.\n");
    let out = run(&[
        "facts",
        "draft",
        "--as-of",
        "2026-06-01",
        "--source-title",
        "T",
        "--format",
        "json",
        &relative(&agrees),
    ]);
    let d: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d["rows"].as_array().map(Vec::len), Some(0));
    assert_eq!(d["skipped"][0]["reason"], "the table already agrees");
}
