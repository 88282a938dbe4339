//! The verdict on a linked claim from the fact's versions.

use super::*;

/// The verdict on a linked claim, the version shown with it, the older version an
/// `outdated` verdict rests on, and why it was not judged. `versions` are the group's
/// versions on or before the check date, oldest first.
pub fn judge<'f>(
    l: &Linked,
    versions: &[&'f Fact],
) -> (Verdict, Option<&'f Fact>, Option<&'f Fact>, Option<String>) {
    let current = versions.last().copied();
    if let Some(r) = &l.reason {
        return (Verdict::Unverified, current, None, Some(r.to_string()));
    }
    let Some(now) = current else {
        return (Verdict::Unverified, None, None, None);
    };
    if l.negated {
        // "No longer second": contradicted only while the record still says second.
        let v = if agrees(&l.claim, now) {
            Verdict::Discrepancy
        } else {
            Verdict::Consistent
        };
        return (v, current, None, None);
    }
    match l.when {
        When::Now => {
            let (v, older) = crate::verdict::judge(&l.claim, versions);
            (v, current, older, None)
        }
        When::Earlier => match crate::verdict::judge(&l.claim, versions) {
            // A past tense backed by an older version is true of that time; one no
            // version backs may be true of a time the record does not cover.
            (Verdict::Outdated, older) => (Verdict::Consistent, older, None, None),
            (Verdict::Consistent, older) => (Verdict::Consistent, current, older, None),
            _ => (
                Verdict::Unverified,
                current,
                None,
                Some("the figure is in the past tense with no date, and no version of the record backs it".to_string()),
            ),
        },
        When::Year(y) => in_year(&l.claim, versions, y),
        When::Since(y) => {
            // A total since any year is at most the whole running total: more than the
            // record contradicts it; less may be the total of a shorter span.
            let (v, older) = crate::verdict::judge(&l.claim, versions);
            let partial = l.claim.value < now.value;
            if v != Verdict::Discrepancy || !partial || now.metric.contains(&y.to_string()) {
                (v, current, older, None)
            } else {
                (Verdict::Unverified, current, None, Some(Reason::CountedFrom(y).to_string()))
            }
        }
    }
}

/// The verdict on a figure said to hold in year `y`, by the versions on record then.
fn in_year<'f>(
    claim: &Claim,
    versions: &[&'f Fact],
    y: i32,
) -> (Verdict, Option<&'f Fact>, Option<&'f Fact>, Option<String>) {
    let current = versions.last().copied();
    let then: Vec<&Fact> = versions
        .iter()
        .copied()
        .filter(|f| year_of(f.as_of) <= y)
        .collect();
    // With no version by the end of that year, a later record may back the figure but
    // cannot contradict it: the year a record's figure is for is not known unless its
    // metric says so (a source of 2025 may give the figures of 2024, or of 2025 so far).
    // A version from an earlier year is the record of that year, not of `y`: it may
    // back the figure, but a change in between cannot be ruled out.
    let stale = then.last().is_some_and(|f| year_of(f.as_of) < y);
    let held = |at| {
        (
            Verdict::Unverified,
            at,
            None,
            Some(Reason::NoVersionThen(y).to_string()),
        )
    };
    match (then.last(), current) {
        (Some(&at), _) if stale && !agrees(claim, at) => held(Some(at)),
        (Some(&at), _) => {
            let (v, older) = crate::verdict::judge(claim, &then);
            (v, Some(at), older, None)
        }
        // Reported later: the later record backs it, but cannot contradict it.
        (None, Some(now)) if agrees(claim, now) => (Verdict::Consistent, current, None, None),
        (None, _) => held(current),
    }
}
