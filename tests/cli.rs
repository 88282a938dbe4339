//! Runs the built `claimcheck` binary: exit codes, JSON shape, UTF-16 offsets, and the
//! error for each kind of bad input.
#![cfg(not(target_arch = "wasm32"))]

mod cli_support;

use cli_support::{run, temp, text};
use std::path::{Path, PathBuf};
use std::process::Output;

fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/seeds")
        .join(name)
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&out.stdout)))
}

#[test]
fn a_consistent_article_exits_0_and_prints_one_line_per_claim() {
    let path = seed("000_50070c2073b1c375.txt");
    let out = run(
        &[
            "check",
            "--as-of",
            "2025-11-03",
            path.to_str().unwrap_or_default(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let first = stdout.lines().next().unwrap_or_default();
    assert!(
        first.contains("000_50070c2073b1c375.txt:3:170: consistent: "),
        "{first}"
    );
    assert!(
        stdout.trim_end().ends_with("(as of 2025-11-03, en)"),
        "{stdout}"
    );
}

#[test]
fn a_discrepancy_exits_1_with_json_in_the_documented_shape() {
    let draft =
        "Japan is Vietnam’s second largest investor, with two-way trade of 52.5 billion USD.";
    let out = run(
        &["check", "--as-of", "2025-11-03", "--format", "json", "-"],
        draft.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let report = json(&out);
    assert_eq!(report["as_of"], "2025-11-03");
    let claims = report["claims"].as_array().cloned().unwrap_or_default();
    assert_eq!(claims.len(), 2, "{report:#}");
    for key in [
        "start",
        "end",
        "text",
        "kind",
        "value",
        "unit",
        "hedge",
        "verdict",
        "subject",
        "metric",
        "fact",
        "message",
        "suggestion",
    ] {
        assert!(claims[0].get(key).is_some(), "missing {key}");
    }
    assert_eq!(claims[0]["verdict"], "outdated");
    assert_eq!(claims[0]["suggestion"], "third largest");
    assert_eq!(claims[1]["verdict"], "discrepancy");
    assert_eq!(claims[1]["fact"]["id"], "japan.two_way_trade");
    assert_eq!(
        claims[1]["fact"]["source"]["publication"],
        "Vietnam News Agency (VNA)"
    );
    assert_eq!(report["summary"]["discrepancy"], 1);
    assert_eq!(report["summary"]["outdated"], 1);
}

#[test]
fn offsets_are_utf16_code_units_on_text_with_accents_and_emoji() {
    let draft = "Hà Nội 😀🇻🇳: the Vietnamese community in Japan now exceeds 630,000.";
    let out = run(
        &["check", "--as-of", "2025-11-03", "--format", "json"],
        draft.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = json(&out);
    let claim = &report["claims"][0];
    let units: Vec<u16> = draft.encode_utf16().collect();
    let (start, end) = (
        claim["start"].as_u64().unwrap_or(0) as usize,
        claim["end"].as_u64().unwrap_or(0) as usize,
    );
    assert_eq!(
        String::from_utf16_lossy(&units[start..end]),
        "exceeds 630,000"
    );
    assert_eq!(claim["text"], "exceeds 630,000");
    assert_eq!(claim["verdict"], "consistent");
}

#[test]
fn later_fact_tables_override_and_the_default_can_be_left_out() {
    let csv = "id,as_of,subject,metric,kind,value,unit,qualifier,cues_en,source_publication\n\
               japan.two_way_trade,2025-11-03,Japan,two-way trade,amount,52.5 billion,USD,,two-way trade,Newsroom desk\n";
    let path = temp("override.csv", csv.as_bytes());
    let p = path.to_str().unwrap_or_default();
    let draft = b"Japan's two-way trade with Vietnam was 52.5 billion USD.";
    let out = run(
        &[
            "check",
            "--as-of",
            "2025-11-03",
            "--facts",
            p,
            "--format",
            "json",
        ],
        draft,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        json(&out)["claims"][0]["fact"]["source"]["publication"],
        "Newsroom desk"
    );
    let out = run(
        &[
            "facts",
            "--no-default-facts",
            "--facts",
            p,
            "--format",
            "json",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out).as_array().map(Vec::len), Some(1));
    let out = run(&["facts", "--format", "csv"], b"");
    let csv_out = text(&out.stdout);
    assert!(
        csv_out.starts_with("id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en"),
        "{csv_out}"
    );
    // The printed table parses back as a table with the same number of rows.
    let round = temp("round.csv", csv_out.as_bytes());
    let out = run(
        &[
            "facts",
            "--no-default-facts",
            "--facts",
            round.to_str().unwrap_or_default(),
            "--format",
            "json",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rows = json(&out).as_array().map(Vec::len).unwrap_or(0);
    assert_eq!(rows, csv_out.lines().count() - 1);
}

#[test]
fn an_empty_draft_gives_an_empty_report() {
    let out = run(&["check", "--format", "json"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["summary"]["total"], 0);
}

/// Each bad input: a file to write first (name and contents; none when the name is
/// empty), the arguments (`{}` stands for the file's path), and what stderr must
/// contain (`{}` again the path).
#[rustfmt::skip]
const BAD_INPUTS: &[(&str, &[u8], &str, &str)] = &[
    ("latin1.txt", b"Line one\nCaf\xe9 30%\n", "check {}", "{}:2:4: the file is not valid UTF-8"),
    ("", b"", "check /no/such/draft.txt", "/no/such/draft.txt: cannot read the draft"),
    ("", b"", "check --facts /no/such/facts.csv", "/no/such/facts.csv: cannot read the fact table"),
    ("missing.csv", b"id,as_of,subject,metric,kind,value,cues_en\na,2025-01-01,A,m,count,5,c\n", "facts --facts {}", "{}:1:1: the header has no column \"source_publication\""),
    ("number.csv", b"id,as_of,subject,metric,kind,value,cues_en,source_publication\na,2025-01-01,A,m,count,\"1,2,3\",c,VNA\n", "facts --facts {}", "{}:2:6: value \"1,2,3\" is not a number"),
    ("date.csv", b"id,as_of,subject,metric,kind,value,cues_en,source_publication\na,2025-02-30,A,m,count,5,c,VNA\n", "facts --facts {}", "{}:2:2: as_of \"2025-02-30\" is not a date"),
    ("kind.csv", b"id,as_of,subject,metric,kind,value,cues_en,source_publication\na,2025-01-01,A,m,weight,5,c,VNA\n", "facts --facts {}", "{}:2:5: kind \"weight\" is unknown"),
    ("short.csv", b"id,as_of,subject,metric,kind,value,cues_en,source_publication\na,2025-01-01,A,m,count,5,c\n", "facts --facts {}", "{}:2:8: this row has 7 fields but the header has 8"),
    ("bad.json", b"[\n  {\"id\": \"a\",\n  }\n]", "facts --facts {}", "{}:3:3: not a valid JSON fact table"),
    ("", b"", "check --as-of 2025-13-01", "\"2025-13-01\" is not a date"),
    ("", b"", "check --format xml", "invalid value 'xml'"),
    ("", b"", "check --max-bytes 10", "<stdin>: the draft is 24 bytes, more than the limit"),
];

#[test]
fn bad_input_names_file_line_and_column_and_exits_2() {
    for (name, contents, args, want) in BAD_INPUTS {
        let file = match *name {
            "" => String::new(),
            n => path(&temp(n, contents)),
        };
        let args: Vec<String> = args.split(' ').map(|a| a.replace("{}", &file)).collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let want = want.replace("{}", &file);
        let out = run(&args, b"Japan's trade was 5 USD.");
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(&want),
            "{args:?}\n got: {stderr}\nwant: {want}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

fn path(p: &Path) -> String {
    p.to_str().unwrap_or_default().to_string()
}

#[test]
fn a_large_draft_finishes() {
    // 10 MB of news copy: the check is linear, so this takes well under a second in
    // release builds; the timing itself belongs to the benchmarks, not here.
    let article = std::fs::read_to_string(seed("000_50070c2073b1c375.txt")).unwrap_or_default();
    let mut draft = String::with_capacity(10 * 1024 * 1024);
    while draft.len() + article.len() < 10 * 1024 * 1024 {
        draft.push_str(&article);
    }
    let out = run(
        &["check", "--as-of", "2025-11-03", "--format", "json"],
        draft.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let total = json(&out)["summary"]["total"].as_u64().unwrap_or(0);
    assert!(total > 20_000, "{total}");
}

#[test]
fn lang_reads_numbers_in_the_chosen_language_and_auto_detects_it() {
    let draft = "De gezamenlijke capaciteit van Nhon Trach 3 en 4 is 1.624 MW.";
    let value = |args: &[&str]| {
        let mut all = vec!["check", "--as-of", "2025-11-03", "--format", "json"];
        all.extend_from_slice(args);
        all.push("-");
        let out = run(&all, draft.as_bytes());
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let report = json(&out);
        let lang = report["lang"].as_str().unwrap_or_default().to_string();
        let mw = report["claims"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["unit"] == "MW"))
            .and_then(|c| c["value"].as_f64());
        (lang, mw.unwrap_or(f64::NAN))
    };
    assert_eq!(value(&[]), ("nl".to_string(), 1624.0));
    assert_eq!(value(&["--lang", "auto"]), ("nl".to_string(), 1624.0));
    assert_eq!(value(&["--lang", "nl"]), ("nl".to_string(), 1624.0));
    assert_eq!(value(&["--lang", "vi"]), ("vi".to_string(), 1624.0));
    assert_eq!(value(&["--lang", "en"]), ("en".to_string(), 1.624));

    let path = seed("003_261b6e32581d2b57.txt");
    let out = run(
        &[
            "check",
            "--as-of",
            "2025-11-03",
            path.to_str().unwrap_or_default(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout)
            .trim_end()
            .ends_with("(as of 2025-11-03, nl)"),
        "{}",
        text(&out.stdout)
    );

    let out = run(&["check", "--lang", "fr", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("\"fr\" is not a supported language; use auto or one of en, nl, vi"),
        "{stderr}"
    );
}
