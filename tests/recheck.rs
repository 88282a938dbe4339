//! `claimcheck recheck` on the built binary: an archive of .txt, .md and .html stories,
//! every flagged story without --since, what changed between two tables with it, file
//! line:column in the original file (HTML too), JSON Lines, and bad files reported
//! without stopping the run.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot start claimcheck: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn write(path: &Path, contents: &[u8]) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{e}"));
    }
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("{e}"));
}

const HTML: &str = "<!doctype html>\n<html><head><title>Ties</title>\n\
    <script>var trade = \"52.5 billion USD\";</script></head>\n\
    <body><p>Japan is Vietnam&rsquo;s <b>second largest</b> investor.</p></body></html>\n";

/// An archive in a fresh folder, and the old and new tables: the new one gives Japan's
/// investor rank a 2026 version (second again) and corrects two-way trade.
fn archive(name: &str) -> (PathBuf, String, String) {
    let dir =
        std::env::temp_dir().join(format!("claimcheck-recheck-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    write(
        &dir.join("a/outdated.txt"),
        "Japan is Vietnam’s second largest investor.\n".as_bytes(),
    );
    write(
        &dir.join("a/trade.md"),
        "# Trade\n\nTwo-way trade between Vietnam and Japan reached 48.18 billion USD.\n"
            .as_bytes(),
    );
    write(&dir.join("b/story.html"), HTML.as_bytes());
    write(
        &dir.join("b/clean.txt"),
        b"Nothing to see: no figures here.\n",
    );
    write(&dir.join("b/photo.jpg"), b"\xff\xd8\xff not a story");
    let old = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/facts.csv"))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut new = old.replace(",48.18 billion,USD,", ",49 billion,USD,");
    assert_ne!(new, old, "the bundled table has the trade figure");
    new.push_str("japan.investor_rank,2026-06-01,Japan,rank among Vietnam's foreign investors,rank,2,,exact,,,,,,,Reuters,Rank,2026-06-01,,\n");
    let (o, n) = (dir.join("old.csv"), dir.join("new.csv"));
    write(&o, old.as_bytes());
    write(&n, new.as_bytes());
    let s = |p: PathBuf| p.to_string_lossy().into_owned();
    (dir, s(o), s(n))
}

#[test]
fn without_since_every_flagged_story_is_listed_in_walk_order() {
    let (dir, old, _) = archive("all");
    let root = dir.to_string_lossy().into_owned();
    let out = run(&["recheck", "--facts", &old, "--as-of", "2025-11-03", &root]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(
        lines[0].starts_with(&format!("{root}/a/outdated.txt:1:20: outdated: ")),
        "{stdout}"
    );
    // In the HTML file's own lines and columns: line 4, after "<body><p>Japan is
    // Vietnam&rsquo;s <b>".
    let column = "<body><p>Japan is Vietnam&rsquo;s <b>".len() + 1;
    assert!(
        lines[1].starts_with(&format!("{root}/b/story.html:4:{column}: outdated: ")),
        "{stdout}"
    );
    assert!(
        !stdout.contains("52.5"),
        "script text is not checked: {stdout}"
    );
    assert!(lines[2].starts_with("Re-checked 4 stories"), "{stdout}");
    assert!(
        lines[2].contains("2 stories with 2 flags; 0 unreadable"),
        "{stdout}"
    );
}

#[test]
fn with_since_only_what_changed_is_listed_as_json_lines() {
    let (dir, old, new) = archive("since");
    let root = dir.to_string_lossy().into_owned();
    let out = run(&[
        "recheck",
        "--facts",
        &new,
        "--since",
        &old,
        "--as-of",
        "2026-07-01",
        "--format",
        "jsonl",
        &root,
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stories: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let paths: Vec<String> = stories
        .iter()
        .map(|s| s["path"].as_str().unwrap_or_default().replace(&root, ""))
        .collect();
    assert_eq!(paths, ["/a/outdated.txt", "/a/trade.md", "/b/story.html"]);
    let f = &stories[0]["findings"][0];
    assert_eq!(f["change"], "resolved");
    assert_eq!(
        (f["old_verdict"].as_str(), f["verdict"].as_str()),
        (Some("outdated"), Some("consistent"))
    );
    let f = &stories[1]["findings"][0];
    assert_eq!(f["change"], "new");
    assert_eq!(f["verdict"], "discrepancy");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(3), Some(49))
    );
    assert_eq!(f["text"], "48.18 billion USD");
    assert_eq!(f["suggestion"], "49 billion USD");
    let f = &stories[2]["findings"][0];
    assert_eq!(
        f["end_column"].as_u64().unwrap_or(0) - f["column"].as_u64().unwrap_or(0),
        14
    );
    let stderr = text(&out.stderr);
    assert!(stderr.contains("3 stories changed: 1 new discrepancies, 0 newly outdated, 0 changed verdicts, 2 resolved"), "{stderr}");
}

/// Nothing changed between a table and itself: nothing listed, exit 0.
#[test]
fn a_table_against_itself_lists_nothing() {
    let (dir, _, new) = archive("itself");
    let root = dir.to_string_lossy().into_owned();
    let out = run(&[
        "recheck",
        "--facts",
        &new,
        "--since",
        &new,
        "--as-of",
        "2026-07-01",
        &root,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert_eq!(text(&out.stdout).lines().count(), 1);
}

#[test]
fn unreadable_stories_are_named_and_the_rest_still_checked() {
    let (dir, old, _) = archive("bad");
    write(&dir.join("a/latin1.txt"), b"Caf\xe9 Japan\n");
    let root = dir.to_string_lossy().into_owned();
    let missing = dir.join("no-such-folder").to_string_lossy().into_owned();
    let out = run(&[
        "recheck",
        "--facts",
        &old,
        "--as-of",
        "2025-11-03",
        &root,
        &missing,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(&format!(
            "{root}/a/latin1.txt:1:4: the file is not valid UTF-8"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{missing}: cannot read")),
        "{stdout}"
    );
    assert!(
        stdout.contains("/a/outdated.txt:1:20: outdated"),
        "{stdout}"
    );
    assert!(stdout.contains("2 unreadable"), "{stdout}");
    // A bad table stops the run before any story, with its location.
    let bad = dir.join("bad.csv");
    write(&bad, b"id,as_of\n");
    let out = run(&["recheck", "--facts", &bad.to_string_lossy(), &root]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("bad.csv:1:1: the header has no column"),
        "{}",
        text(&out.stderr)
    );
}
