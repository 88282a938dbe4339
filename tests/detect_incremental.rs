//! Language detection paragraph by paragraph (the editor's worker asks on every pause,
//! and only the lines an edit touched are read again) gives exactly what detecting the
//! whole text gives: the same segments and the same draft language, on every draft and
//! seed, on mixes of them, and after random edits, whether the unchanged lines' evidence
//! is kept by `Incremental` or taken from a cache keyed by the line.

// proptest is a native-only dev-dependency (wasm-pack test builds every test file).
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::lang::detect::{decide_evidence, Detected, Detector, Evidence, Incremental};
use proptest::prelude::*;
use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

fn detector() -> &'static Detector {
    static D: OnceLock<Detector> = OnceLock::new();
    D.get_or_init(Detector::new)
}

/// Every draft under tests/drafts and every seed, sorted by path.
fn corpus() -> &'static [String] {
    static C: OnceLock<Vec<String>> = OnceLock::new();
    C.get_or_init(|| {
        fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
                    out.push(path);
                }
            }
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let mut paths = Vec::new();
        walk(&root.join("drafts"), &mut paths);
        walk(&root.join("fixtures/seeds"), &mut paths);
        paths.sort();
        assert!(paths.len() > 100, "drafts not found: {}", paths.len());
        paths
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect()
    })
}

/// The lines of `text` as an editor splits it: each with its break, and the (possibly
/// empty) text after the last break as a line of its own.
fn editor_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.split_inclusive(['\n', '\u{2029}']).collect();
    if text.is_empty() || text.ends_with(['\n', '\u{2029}']) {
        lines.push("");
    }
    lines
}

/// Detection from the lines' evidence, each line read only if `cache` lacks it; checked
/// against the evidence of the whole text read at once.
fn incremental(text: &str, cache: &mut HashMap<String, Evidence>) -> Detected {
    let evidence: Vec<Evidence> = editor_lines(text)
        .into_iter()
        .map(|line| {
            let e = cache.entry(line.to_string()).or_insert_with(|| {
                let read = detector().evidence(line);
                assert!(read.len() <= 1, "{line:?} is one line");
                read.first().copied().unwrap_or(Evidence {
                    bytes: 0,
                    hits: Default::default(),
                })
            });
            *e
        })
        .collect();
    // The empty line after a final break is no line to `detect`; `decide_evidence` skips it.
    let whole = detector().evidence(text);
    let lines: Vec<Evidence> = evidence.iter().filter(|e| e.bytes > 0).copied().collect();
    assert_eq!(lines, whole);
    decide_evidence(&evidence)
}

#[test]
fn every_draft_and_seed_is_detected_the_same_from_its_lines_evidence() {
    let mut cache = HashMap::new();
    let mut kept = Incremental::default();
    let mut same = |text: &str| {
        let want = detector().detect(text);
        assert_eq!(want, incremental(text, &mut cache), "{text:?}");
        assert_eq!(want, kept.detect(detector(), text), "{text:?}");
    };
    for text in corpus() {
        assert_eq!(
            detector().detect(text),
            incremental(text, &mut HashMap::new())
        );
        same(text);
    }
    // Mixed drafts: neighbours in path order are often of two languages.
    for pair in corpus().windows(2) {
        for sep in ["\n", "\u{2029}", "", "\n\n", "©"] {
            same(&format!("{}{sep}{}", pair[0], pair[1]));
        }
    }
    for text in [
        "",
        "\n",
        "\u{2029}\u{2029}",
        "Foto: VGP",
        "Foto: VGP\n",
        "48,18 — 630.000\n",
        "a\u{2029}b",
        "a©b",
        "a©",
    ] {
        same(text);
    }
}

/// One edit: at a fraction of the text, remove up to `remove` bytes and insert a piece
/// of another draft (a word, a line, a paragraph break, or nothing).
#[derive(Clone, Debug)]
struct Edit {
    at: f64,
    remove: usize,
    from: usize,
    piece_at: f64,
    piece_len: usize,
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    (
        0.0..=1.0f64,
        prop_oneof![Just(0usize), 0..3usize, 0..400usize],
        any::<usize>(),
        0.0..=1.0f64,
        prop_oneof![Just(0usize), Just(1), 1..12usize, 20..300usize],
    )
        .prop_map(|(at, remove, from, piece_at, piece_len)| Edit {
            at,
            remove,
            from,
            piece_at,
            piece_len,
        })
}

/// The char boundary at or before `fraction` of `text`.
fn boundary(text: &str, fraction: f64) -> usize {
    let mut i = (text.len() as f64 * fraction) as usize;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &str, edit: &Edit) -> String {
    let at = boundary(text, edit.at);
    let mut end = (at + edit.remove).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    let source = &corpus()[edit.from % corpus().len()];
    let p = boundary(source, edit.piece_at);
    let q = boundary(
        source,
        (p + edit.piece_len).min(source.len()) as f64 / source.len().max(1) as f64,
    );
    // (A line break of either kind, a character whose last byte is U+2029's, or one
    // that breaks no line.)
    let piece = match edit.piece_len {
        1 => ["\n", "\u{2029}", "©", "\u{2028}"][edit.from % 4],
        _ => &source[p..q.max(p)],
    };
    format!("{}{piece}{}", &text[..at], &text[end..])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn random_edits_are_detected_the_same_with_cached_evidence(
        start in any::<usize>(),
        edits in prop::collection::vec(edit_strategy(), 1..12),
    ) {
        let mut text = corpus()[start % corpus().len()].clone();
        let mut cache = HashMap::new();
        let mut kept = Incremental::default();
        prop_assert_eq!(detector().detect(&text), incremental(&text, &mut cache));
        prop_assert_eq!(detector().detect(&text), kept.detect(detector(), &text));
        for edit in &edits {
            text = apply(&text, edit);
            let want = detector().detect(&text);
            prop_assert_eq!(&want, &incremental(&text, &mut cache), "{:?}", edit);
            prop_assert_eq!(&want, &kept.detect(detector(), &text), "{:?}", edit);
        }
    }
}
