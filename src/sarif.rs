//! SARIF 2.1.0: a report as a Static Analysis Results Interchange Format log, so that a
//! CI pipeline or a CMS can gate publishing with standard tooling (code scanning
//! viewers, `sarif-fmt`, the SARIF multitool).
//!
//! One rule per verdict. Discrepancies are `error`s and outdated figures `warning`s
//! (both `kind: fail`); consistent figures are `pass` and unverified ones `review`,
//! which SARIF requires to have level `none`. Columns are UTF-16 code units (the
//! run says so with `columnKind`), like every public offset of Claimcheck. A dismissed
//! finding carries an `external` suppression with the editor's reason.

use crate::report::{Finding, Report};
use crate::verdict::Verdict;
use serde::Serialize;

/// The schema URI written into every log.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// A SARIF log with one run.
#[derive(Debug, Serialize)]
pub struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    column_kind: &'static str,
    artifacts: Vec<Artifact>,
    results: Vec<SarifResult>,
    properties: RunProperties,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct RunProperties {
    as_of: String,
    lang: &'static str,
    summary: crate::report::Summary,
}

#[derive(Debug, Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    information_uri: &'static str,
    rules: Vec<Rule>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    default_configuration: Configuration,
}

#[derive(Debug, Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Debug, Serialize)]
struct Text {
    text: String,
}

#[derive(Debug, Serialize)]
struct Artifact {
    location: ArtifactLocation,
}

#[derive(Clone, Debug, Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    kind: &'static str,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression>,
    properties: ResultProperties,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultProperties {
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    fact_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fact_as_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<String>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    char_offset: usize,
    char_length: usize,
    snippet: Text,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix {
    description: Text,
    artifact_changes: Vec<ArtifactChange>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: Vec<Replacement>,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: OffsetRegion,
    inserted_content: Text,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct OffsetRegion {
    char_offset: usize,
    char_length: usize,
}

#[derive(Debug, Serialize)]
struct Suppression {
    kind: &'static str,
    justification: String,
}

/// The rules, one per verdict, in the order of `rule_index`.
const RULES: [(Verdict, &str, &str, &str, &str); 4] = [
    (
        Verdict::Discrepancy,
        "FigureContradictsRecord",
        "error",
        "The figure contradicts the fact table.",
        "The draft states a figure about a fact in the table, and the current version of that fact says otherwise.",
    ),
    (
        Verdict::Outdated,
        "FigureIsOutdated",
        "warning",
        "The figure matches only an older version of the fact.",
        "The draft's figure agrees with an earlier version of the fact, but the record has been updated since.",
    ),
    (
        Verdict::Unverified,
        "FigureUnverified",
        "none",
        "No fact in the table covers the figure.",
        "The figure could not be tied to a fact's subject, metric and time, so it was not judged.",
    ),
    (
        Verdict::Consistent,
        "FigureConsistent",
        "none",
        "The figure agrees with the fact table.",
        "The figure agrees with the current version of the fact it was linked to.",
    ),
];

/// 1-based line and UTF-16 column of each byte offset in `text` (any order).
pub fn line_columns(text: &str, byte_offsets: &[usize]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_by_key(|&i| byte_offsets[i]);
    let mut out = vec![(1, 1); byte_offsets.len()];
    let (mut line, mut column) = (1, 1);
    let mut chars = text.char_indices().peekable();
    for i in order {
        while let Some(&(b, c)) = chars.peek() {
            if b >= byte_offsets[i] {
                break;
            }
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += c.len_utf16();
            }
            chars.next();
        }
        out[i] = (line, column);
    }
    out
}

/// Percent-encodes what a URI reference may not hold raw (spaces, `%`, `#`, `?`,
/// control and non-ASCII characters), keeping `/` so a relative path stays one.
pub fn file_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~:@!$&'()*+,;=".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `report` of `text` (read from `path`) as a SARIF log. `reasons[i]` is the
/// dismissal reason of `report.claims[i]` when it was dismissed.
pub fn log(path: &str, text: &str, report: &Report) -> Log {
    let location = ArtifactLocation {
        uri: file_uri(path),
    };
    let offsets: Vec<usize> = report
        .claims
        .iter()
        .flat_map(|f| [f.byte_span.start, f.byte_span.end])
        .collect();
    let positions = line_columns(text, &offsets);
    let results = report
        .claims
        .iter()
        .zip(positions.chunks(2))
        .map(|(f, pos)| result(f, pos[0], pos[1], &location))
        .collect();
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "claimcheck",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: "https://github.com/claimcheck/claimcheck",
                    rules: RULES
                        .iter()
                        .map(|&(v, name, level, short, full)| Rule {
                            id: v.name(),
                            name,
                            short_description: Text { text: short.into() },
                            full_description: Text { text: full.into() },
                            default_configuration: Configuration { level },
                        })
                        .collect(),
                },
            },
            column_kind: "utf16CodeUnits",
            artifacts: vec![Artifact {
                location: location.clone(),
            }],
            results,
            properties: RunProperties {
                as_of: report.as_of.to_string(),
                lang: report.lang,
                summary: report.summary.clone(),
            },
        }],
    }
}

/// One finding as a SARIF result: its rule, kind and level, where it stands, the fix
/// its suggestion makes and the suppression a holding dismissal makes.
fn result(
    f: &Finding,
    start: (usize, usize),
    end: (usize, usize),
    location: &ArtifactLocation,
) -> SarifResult {
    let rule_index = RULES.iter().position(|r| r.0 == f.verdict).unwrap_or(0);
    let (kind, level) = match f.verdict {
        Verdict::Discrepancy => ("fail", "error"),
        Verdict::Outdated => ("fail", "warning"),
        Verdict::Unverified => ("review", "none"),
        Verdict::Consistent => ("pass", "none"),
    };
    let fixes = f.suggestion.iter().map(|s| fix(f, s, location)).collect();
    let suppressions = f
        .dismissal
        .iter()
        .filter(|d| d.holds)
        .map(|d| Suppression {
            kind: "external",
            justification: d.reason.clone(),
        })
        .collect();
    SarifResult {
        rule_id: f.verdict.name(),
        rule_index,
        kind,
        level,
        message: Text {
            text: f.message.clone(),
        },
        locations: vec![Location {
            physical_location: PhysicalLocation {
                artifact_location: location.clone(),
                region: region(f, start, end),
            },
        }],
        fixes,
        suppressions,
        properties: ResultProperties {
            text: f.text.clone(),
            fact_id: f.fact.as_ref().map(|r| r.id.clone()),
            fact_as_of: f.fact.as_ref().map(|r| r.as_of.to_string()),
            suggestion: f.suggestion.clone(),
        },
    }
}

/// Where a finding stands: line and column of each end, and its UTF-16 offset.
fn region(f: &Finding, start: (usize, usize), end: (usize, usize)) -> Region {
    Region {
        start_line: start.0,
        start_column: start.1,
        end_line: end.0,
        end_column: end.1,
        char_offset: f.start,
        char_length: f.end - f.start,
        snippet: Text {
            text: f.text.clone(),
        },
    }
}

/// The suggestion `s` as a fix replacing the finding's text.
fn fix(f: &Finding, s: &str, location: &ArtifactLocation) -> Fix {
    Fix {
        description: Text {
            text: format!("Write \"{s}\", as the record says."),
        },
        artifact_changes: vec![ArtifactChange {
            artifact_location: location.clone(),
            replacements: vec![Replacement {
                deleted_region: OffsetRegion {
                    char_offset: f.start,
                    char_length: f.end - f.start,
                },
                inserted_content: Text {
                    text: s.to_string(),
                },
            }],
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_columns_count_utf16_units_per_line() {
        let text = "ab\né😀x\ny";
        // bytes: a b \n é(2) 😀(4) x \n y
        assert_eq!(
            line_columns(text, &[0, 3, 5, 9, 11, 1]),
            [(1, 1), (2, 1), (2, 2), (2, 4), (3, 1), (1, 2)]
        );
    }

    #[test]
    fn uris_escape_what_a_uri_reference_cannot_hold() {
        assert_eq!(file_uri("stories/a b#1.txt"), "stories/a%20b%231.txt");
        assert_eq!(file_uri("Hà.txt"), "H%C3%A0.txt");
    }
}
