//! Verifying drafted rows: the source checked again with them over the table, and a
//! row dropped (reported as skipped) when it would raise an alarm on its own source or
//! not be linked to its own figure.

use super::{write::to_csv, Draft, DraftRow, Skipped, SourceInfo};
use crate::verdict::Verdict;
use crate::{CheckOptions, Checker, Report};

/// Checks the source again with the drafted rows over the table, and drops any row
/// that makes another figure of the source a discrepancy or outdated (a cue too
/// general, two figures in one sentence): a draft must not raise an alarm on the very
/// text it came from. Repeats until no row does.
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn verify(
    checker: &Checker,
    source: &str,
    options: &CheckOptions,
    base: &Report,
    out: &mut Draft,
) {
    for _ in 0..=out.rows.len() {
        let Some(with_rows) = with_rows(checker, &out.rows) else {
            return;
        };
        let Ok(report) = with_rows.check(source, options) else {
            return;
        };
        let Some((row, reason)) = culprit(base, &report, &out.rows) else {
            return;
        };
        let r = out.rows.remove(row);
        out.skipped.push(Skipped {
            text: source[r.byte_span.clone()].to_string(),
            reason,
            start: r.start,
            end: r.end,
            byte_span: r.byte_span,
        });
    }
}

/// The first row to drop, by its index, and why: one that makes a figure of the source
/// a discrepancy or outdated in `report` that was not in `base`; else one whose own
/// figure is not linked to it.
#[cfg_attr(claimcheck_small, optimize(size))]
fn culprit(base: &Report, report: &Report, rows: &[DraftRow]) -> Option<(usize, String)> {
    let flagged_before = |span: &std::ops::Range<usize>| {
        base.claims.iter().any(|f| {
            f.byte_span == *span && matches!(f.verdict, Verdict::Discrepancy | Verdict::Outdated)
        })
    };
    let contradicting = report.claims.iter().find_map(|f| {
        let bad = matches!(f.verdict, Verdict::Discrepancy | Verdict::Outdated)
            && !flagged_before(&f.byte_span);
        let id = &f.fact.as_ref()?.id;
        let row = rows.iter().position(|r| &r.id == id)?;
        bad.then_some((row, f.text.clone()))
    });
    if let Some((row, text)) = contradicting {
        return Some((
            row,
            format!(
                "as {} it would contradict \"{text}\" in the same source; give it a more specific cue by hand",
                rows[row].id
            ),
        ));
    }
    // Then a row that does not back its own figure (the linker does not find its
    // subject or cue there) would never be used: not a useful draft.
    let row = rows.iter().position(|r| {
        !r.new_version
            && !report.claims.iter().any(|f| {
                f.byte_span == r.byte_span
                    && f.verdict == Verdict::Consistent
                    && f.fact.as_ref().is_some_and(|x| x.id == r.id)
            })
    })?;
    Some((
        row,
        format!(
            "as {} it would not be linked to its own figure (subject \"{}\", cue \"{}\"); write the row by hand",
            rows[row].id,
            rows[row].subject,
            rows[row].cues.join("|")
        ),
    ))
}

/// The checker's table with `rows` over it, compiled.
#[cfg_attr(claimcheck_small, optimize(size))]
fn with_rows(checker: &Checker, rows: &[DraftRow]) -> Option<Checker> {
    let info = SourceInfo {
        publication: "draft".to_string(),
        ..SourceInfo::default()
    };
    let csv = to_csv(rows, &info);
    let drafted = crate::FactTable::from_csv("draft", &csv).ok()?;
    let mut table = checker.table().clone();
    table.merge(drafted).ok()?;
    Checker::new(table).ok()
}
