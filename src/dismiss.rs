//! Dismissals: an editor marks a flagged figure "correct as written" and gives a reason.
//!
//! A dismissal is tied to the fact version it was judged against (`fact_as_of`). It
//! keeps the finding quiet (counted under `summary.dismissed`, not as a discrepancy or
//! outdated figure) while the finding is still judged against that version. When the
//! fact gets a newer version, the finding comes back, saying that the record changed
//! since it was dismissed. The file format is documented in docs/fact-table.md
//! ("Dismissals"); the page exports the same JSON.

use crate::date::Date;
use crate::report::Finding;
use crate::verdict::Verdict;
use serde::{Deserialize, Deserializer, Serialize};

/// One dismissal, as the page exports it and `--dismissals FILE` reads it.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dismissal {
    /// The claim's text as the draft has it (`second largest`).
    pub text: String,
    /// The fact it was judged against (`japan.investor_rank`).
    pub fact_id: String,
    /// That fact's version (`as_of` of the row).
    #[serde(deserialize_with = "date")]
    pub fact_as_of: Date,
    /// Why the figure is correct as written.
    pub reason: String,
    /// When the editor dismissed it.
    #[serde(default, deserialize_with = "optional_date")]
    pub created: Option<Date>,
}

/// A dismissals file: `{ "version": 1, "dismissals": [...] }`.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DismissalFile {
    /// The format version: 1.
    pub version: u32,
    /// The dismissals.
    pub dismissals: Vec<Dismissal>,
}

/// What became of a dismissal that matches a finding.
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Applied {
    /// True while the finding is judged against the version that was dismissed: the
    /// finding is quiet. False when the fact has a newer version since.
    pub holds: bool,
    /// The version that was dismissed.
    pub fact_as_of: Date,
    /// The editor's reason.
    pub reason: String,
    /// When it was dismissed, if recorded.
    pub created: Option<Date>,
}

fn date<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let s = String::deserialize(d)?;
    Date::parse(&s).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "\"{s}\" is not a date; write YYYY-MM-DD, e.g. 2025-11-03"
        ))
    })
}

fn optional_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(s) if s.trim().is_empty() => Ok(None),
        Some(s) => Date::parse(&s).map(Some).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{s}\" is not a date; write YYYY-MM-DD, e.g. 2025-11-03"
            ))
        }),
    }
}

/// Claim texts compare with runs of white space collapsed: reflowing a paragraph must
/// not revive a dismissal.
fn same_text(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// Marks the flagged findings that a dismissal matches (same claim text, same fact id).
/// A dismissal of the version the finding is judged against holds; one of an older
/// version no longer does, and the finding's message says the record changed. A
/// dismissal of a version newer than the one judged against (checking as of an earlier
/// date) does not apply.
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn apply(findings: &mut [Finding], dismissals: &[Dismissal]) {
    if dismissals.is_empty() {
        return;
    }
    for f in findings.iter_mut() {
        if !matches!(f.verdict, Verdict::Discrepancy | Verdict::Outdated) {
            continue;
        }
        let Some(fact) = &f.fact else { continue };
        let (id, version) = (fact.id.clone(), fact.as_of);
        // The newest dismissal on or before the judged version wins.
        let best = dismissals
            .iter()
            .filter(|d| d.fact_id == id && d.fact_as_of <= version && same_text(&d.text, &f.text))
            .max_by_key(|d| d.fact_as_of);
        let Some(d) = best else { continue };
        let holds = d.fact_as_of == version;
        if !holds {
            f.message = format!(
                "The record changed since this was dismissed (dismissed against the version of {}: \"{}\"). {}",
                d.fact_as_of, d.reason, f.message
            );
        }
        f.dismissal = Some(Applied {
            holds,
            fact_as_of: d.fact_as_of,
            reason: d.reason.clone(),
            created: d.created,
        });
    }
}

/// Parses a dismissals file (JSON text, already read). `name` prefixes errors, which
/// carry the line and column serde reports.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_file(name: &str, text: &str) -> Result<Vec<Dismissal>, String> {
    serde_json::from_str::<DismissalFile>(text)
        .map_err(|e| {
            // serde_json ends its message with " at line L column C": said up front.
            let message = e.to_string();
            let message = message
                .rsplit_once(" at line ")
                .map_or(message.as_str(), |(m, _)| m);
            format!(
                "{name}:{}:{}: not a valid dismissals file ({message}); see docs/fact-table.md, \"Dismissals\"",
                e.line(),
                e.column()
            )
        })
        .and_then(|f| {
            if f.version == 1 {
                Ok(f.dismissals)
            } else {
                Err(format!(
                    "{name}:1:1: dismissals file version {} is not supported; this claimcheck reads version 1",
                    f.version
                ))
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CheckOptions, Checker, FactTable};

    const DRAFT: &str = "Japan is Vietnam’s second largest investor.";

    fn dismissal(text: &str, as_of: &str) -> Dismissal {
        Dismissal {
            text: text.to_string(),
            fact_id: "japan.investor_rank".to_string(),
            fact_as_of: Date::parse(as_of).unwrap_or_else(|| panic!("{as_of}")),
            reason: "quoting the 2019 ranking".to_string(),
            created: None,
        }
    }

    fn check(as_of: &str, dismissals: Vec<Dismissal>) -> crate::Report {
        let checker = Checker::new(FactTable::bundled()).unwrap_or_else(|e| panic!("{e}"));
        let mut options = CheckOptions::new(Date::parse(as_of).unwrap_or_else(|| panic!()));
        options.dismissals = dismissals;
        checker
            .check(DRAFT, &options)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_dismissal_of_the_judged_version_quiets_the_finding() {
        let plain = check("2025-11-03", vec![]);
        assert_eq!(plain.claims[0].verdict, Verdict::Outdated);
        let version = plain.claims[0].fact.as_ref().map(|f| f.as_of.to_string());
        assert_eq!(version.as_deref(), Some("2025-11-03"));
        let r = check(
            "2025-11-03",
            vec![dismissal("second  largest", "2025-11-03")],
        );
        let d = r.claims[0]
            .dismissal
            .as_ref()
            .unwrap_or_else(|| panic!("not matched"));
        assert!(d.holds);
        assert_eq!(r.claims[0].verdict, Verdict::Outdated, "the verdict stays");
        assert_eq!((r.summary.outdated, r.summary.dismissed), (0, 1));
        assert_eq!(r.claims[0].message, plain.claims[0].message);
    }

    #[test]
    fn a_newer_version_brings_the_finding_back() {
        // The table has a version of 2025-11-25: checked as of then, the dismissal of
        // the 2025-11-03 version no longer holds.
        let r = check(
            "2025-11-30",
            vec![dismissal("second largest", "2025-11-03")],
        );
        let d = r.claims[0]
            .dismissal
            .as_ref()
            .unwrap_or_else(|| panic!("not matched"));
        assert!(!d.holds);
        assert_eq!((r.summary.outdated, r.summary.dismissed), (1, 0));
        assert!(
            r.claims[0]
                .message
                .starts_with("The record changed since this was dismissed (dismissed against the version of 2025-11-03"),
            "{}",
            r.claims[0].message
        );
    }

    #[test]
    fn other_text_ids_and_later_versions_do_not_match() {
        let mut other_id = dismissal("second largest", "2025-11-03");
        other_id.fact_id = "japan.oda_rank".to_string();
        for d in [
            dismissal("third largest", "2025-11-03"),
            other_id,
            dismissal("second largest", "2025-11-25"),
        ] {
            let r = check("2025-11-03", vec![d.clone()]);
            assert!(r.claims[0].dismissal.is_none(), "{d:?}");
            assert_eq!(r.summary.outdated, 1);
        }
    }

    // parse_file is native-only (serde_json); keeps `clippy --target wasm32 --all-targets` building.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_file_format_parses_and_errors_name_line_and_column() {
        let ok = r#"{"version": 1, "dismissals": [{"text": "second largest", "fact_id": "japan.investor_rank", "fact_as_of": "2025-11-03", "reason": "r", "created": "2025-11-04"}]}"#;
        let d = parse_file("d.json", ok).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            d[0].created.map(|c| c.to_string()).as_deref(),
            Some("2025-11-04")
        );
        let bad = "{\"version\": 1,\n \"dismissals\": [{\"text\": \"x\", \"fact_id\": \"a\", \"fact_as_of\": \"2025-13-01\", \"reason\": \"r\"}]}";
        let e = parse_file("d.json", bad).unwrap_err();
        assert!(e.starts_with("d.json:2:"), "{e}");
        assert!(e.contains("\"2025-13-01\" is not a date"), "{e}");
        let e = parse_file("d.json", r#"{"version": 2, "dismissals": []}"#).unwrap_err();
        assert!(e.contains("version 2 is not supported"), "{e}");
    }
}
