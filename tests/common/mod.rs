//! Helpers shared by the golden tests (English seeds) and the language tests (Dutch and
//! Vietnamese fixtures): altered copies of a text must come back flagged at the right
//! UTF-16 spans with the right suggestions.

use claimcheck::Report;

/// (replace this, with this, the claim text expected, its verdict, the suggestion)
pub type Alteration = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

/// Applies every alteration to `text`, checks the result with `check`, and asserts that
/// each alteration produced its claim, at its UTF-16 offset, with its verdict and
/// suggestion. `name` labels failures.
pub fn expect_alterations(
    name: &str,
    mut text: String,
    rows: &[Alteration],
    check: impl Fn(&str) -> Report,
) {
    // Byte starts of each expected claim, kept right as later edits shift the text.
    let mut byte_starts: Vec<usize> = Vec::new();
    for (from, to, claim, _, _) in rows {
        let at = text
            .find(from)
            .unwrap_or_else(|| panic!("{from:?} not in {name}"));
        text.replace_range(at..at + from.len(), to);
        let delta = to.len() as isize - from.len() as isize;
        for s in byte_starts.iter_mut().filter(|s| **s > at) {
            *s = (*s as isize + delta) as usize;
        }
        let offset = to
            .find(claim)
            .unwrap_or_else(|| panic!("{claim:?} not in {to:?}"));
        byte_starts.push(at + offset);
    }
    let report = check(&text);
    for ((_, _, claim, verdict, suggestion), b) in rows.iter().zip(byte_starts) {
        let start = text[..b].encode_utf16().count();
        let found: Vec<_> = report
            .claims
            .iter()
            .filter(|c| c.start == start && c.text == *claim)
            .collect();
        assert!(
            !found.is_empty(),
            "{name}: no claim {claim:?} at {start}: {:#?}",
            report.claims
        );
        assert!(
            found
                .iter()
                .any(|c| c.verdict.name() == *verdict && c.suggestion.as_deref() == *suggestion),
            "{name}: {claim:?} at {start}: want {verdict} / {suggestion:?}, got {:#?}",
            found
                .iter()
                .map(|c| (c.verdict.name(), &c.suggestion, &c.message))
                .collect::<Vec<_>>()
        );
    }
    let flagged = report.summary.discrepancy + report.summary.outdated;
    let expected = rows.iter().filter(|r| r.3 != "consistent").count();
    assert!(flagged >= expected, "{name}: {:#?}", report.summary);
}
