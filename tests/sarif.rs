//! `claimcheck check --format sarif` on the built binary: the log validates against the
//! official SARIF 2.1.0 schema (fetched from crates.io by scripts/setup.sh), regions are
//! in UTF-16 code units, and the exit code is the same as `check`'s.
#![cfg(not(target_arch = "wasm32"))]

mod cli_support;

use cli_support::{run, temp, text};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The official schema, as serde-sarif ships it on crates.io.
fn schema() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/sarif-schema/Cargo.toml");
    let out = Command::new(env!("CARGO"))
        .args([
            "metadata",
            "--offline",
            "--format-version",
            "1",
            "--manifest-path",
        ])
        .arg(&manifest)
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo metadata: {e}"));
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "cargo metadata failed ({e}): {}; run scripts/setup.sh, which fetches the SARIF schema",
            text(&out.stderr)
        )
    });
    let packages = meta["packages"].as_array().cloned().unwrap_or_default();
    let sarif = packages
        .iter()
        .find(|p| p["name"] == "serde-sarif")
        .and_then(|p| p["manifest_path"].as_str())
        .unwrap_or_else(|| panic!("serde-sarif is not in {}", manifest.display()));
    let path = Path::new(sarif).with_file_name("src/schema.json");
    assert!(
        path.exists(),
        "{} is missing; run scripts/setup.sh",
        path.display()
    );
    path
}

/// Validates `log` against the schema with Python's jsonschema (installed by
/// scripts/setup.sh); returns the validator's complaint, if any.
fn validate(log: &serde_json::Value) -> Result<(), String> {
    let file = temp(
        &format!("log-{}.sarif", log.to_string().len()),
        log.to_string().as_bytes(),
    );
    let out = Command::new("python3")
        .args([
            "-c",
            "import json, sys, jsonschema\n\
             schema = json.load(open(sys.argv[1]))\n\
             log = json.load(open(sys.argv[2]))\n\
             v = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())\n\
             errors = [f'{list(e.absolute_path)}: {e.message}' for e in v.iter_errors(log)]\n\
             print('\\n'.join(errors))\n\
             sys.exit(1 if errors else 0)",
        ])
        .arg(schema())
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 (scripts/setup.sh installs it): {e}"));
    match out.status.code() {
        Some(0) => Ok(()),
        Some(1) => Err(text(&out.stdout)),
        _ => panic!(
            "the validator did not run: {}; run scripts/setup.sh",
            text(&out.stderr)
        ),
    }
}

const DRAFT: &str = "Hà Nội 😀: Japan is Vietnam’s second largest investor.\n\
                     Two-way trade between Vietnam and Japan reached 52.5 billion USD.\n";

#[test]
fn a_flagged_draft_gives_a_valid_sarif_log_and_exits_1() {
    let out = run(
        &["check", "--as-of", "2025-11-03", "--format", "sarif", "-"],
        DRAFT.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let log: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    validate(&log).unwrap_or_else(|e| panic!("not valid SARIF 2.1.0:\n{e}\n{log:#}"));
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let results = run["results"].as_array().cloned().unwrap_or_default();
    let rules: Vec<&str> = results
        .iter()
        .filter_map(|r| r["ruleId"].as_str())
        .collect();
    assert_eq!(rules, ["outdated", "discrepancy"], "{run:#}");
    assert_eq!(results[0]["level"], "warning");
    assert_eq!(results[1]["level"], "error");
    // "second largest": after "Hà Nội 😀: Japan is Vietnam’s " (😀 is two UTF-16 units).
    let region = &results[0]["locations"][0]["physicalLocation"]["region"];
    let prefix = "Hà Nội 😀: Japan is Vietnam’s ";
    let column = prefix.encode_utf16().count() as u64 + 1;
    assert_eq!(region["startLine"], 1);
    assert_eq!(region["startColumn"], column);
    assert_eq!(
        region["endColumn"],
        column + "second largest".encode_utf16().count() as u64
    );
    assert_eq!(region["snippet"]["text"], "second largest");
    assert_eq!(
        results[1]["locations"][0]["physicalLocation"]["region"]["startLine"],
        2
    );
    let rule_ids: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .map(|r| r.iter().filter_map(|r| r["id"].as_str()).collect())
        .unwrap_or_default();
    let index = results[0]["ruleIndex"].as_u64().unwrap_or(99) as usize;
    assert_eq!(rule_ids.get(index), Some(&"outdated"));
    // The suggestion is a fix that replaces exactly the claim.
    let fix = &results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(fix["insertedContent"]["text"], "third largest");
}

#[test]
fn a_consistent_file_exits_0_and_names_the_file_as_a_uri() {
    let path = temp(
        "my story.txt",
        "The Vietnamese community in Japan now exceeds 630,000.".as_bytes(),
    );
    let name = path.to_string_lossy().into_owned();
    let out = run(
        &["check", "--as-of", "2025-11-03", "--format", "sarif", &name],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let log: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    validate(&log).unwrap_or_else(|e| panic!("not valid SARIF 2.1.0:\n{e}"));
    let result = &log["runs"][0]["results"][0];
    assert_eq!(result["kind"], "pass");
    assert_eq!(result["level"], "none");
    let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap_or_default();
    assert!(uri.ends_with("my%20story.txt"), "{uri}");
}

#[test]
fn the_validator_rejects_a_broken_log() {
    // Guards the guard: a log the schema forbids must fail validation.
    let out = run(
        &["check", "--as-of", "2025-11-03", "--format", "sarif", "-"],
        DRAFT.as_bytes(),
    );
    let mut log: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    let err = validate(&log).expect_err("a level of \"fatal\" is not SARIF");
    assert!(err.contains("fatal"), "{err}");
}
