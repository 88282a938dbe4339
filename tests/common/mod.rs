//! Helpers shared by the golden tests (English seeds) and the language tests (Dutch and
//! Vietnamese fixtures): altered copies of a text must come back flagged at the right
//! UTF-16 spans with the right suggestions, every claim the alterations did not touch
//! must come back exactly as it did from the unaltered text, and nothing else may be
//! flagged.

use claimcheck::{Finding, Report};

/// (replace this, with this, the claim text expected, its verdict, the suggestion)
pub type Alteration = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

/// What must not change about an untouched claim: its byte start (in the altered text),
/// text, verdict, linked fact, suggestion and message.
type Shown = (
    usize,
    String,
    &'static str,
    Option<String>,
    Option<String>,
    String,
);

fn shown(c: &Finding, start: usize) -> Shown {
    (
        start,
        c.text.clone(),
        c.verdict.name(),
        c.fact.as_ref().map(|f| f.id.clone()),
        c.suggestion.clone(),
        c.message.clone(),
    )
}

fn is_flagged(c: &Finding) -> bool {
    matches!(c.verdict.name(), "discrepancy" | "outdated")
}

/// Applies every alteration to `text`, checks the result with `check`, and asserts that
/// each alteration produced its claim, at its UTF-16 offset, with its verdict and
/// suggestion; that every claim of the unaltered text outside the replaced passages
/// comes back unchanged (same place, text, verdict, fact, suggestion and message); and
/// that no claim is flagged besides those the rows expect. `name` labels failures.
pub fn expect_alterations(
    name: &str,
    mut text: String,
    rows: &[Alteration],
    check: impl Fn(&str) -> Report,
) {
    let before = check(&text);
    // The unaltered claims' byte spans, moved along as edits shift the text; `None` once
    // an edit touches one.
    let mut untouched: Vec<Option<(usize, usize)>> = before
        .claims
        .iter()
        .map(|c| Some((c.byte_span.start, c.byte_span.end)))
        .collect();
    // Byte starts of each expected claim, and the replaced passages, kept right as later
    // edits shift the text.
    let mut byte_starts: Vec<usize> = Vec::new();
    let mut replaced: Vec<(usize, usize)> = Vec::new();
    for (from, to, claim, _, _) in rows {
        let at = text
            .find(from)
            .unwrap_or_else(|| panic!("{from:?} not in {name}"));
        text.replace_range(at..at + from.len(), to);
        let delta = to.len() as isize - from.len() as isize;
        let shift = |s: &mut usize| {
            if *s >= at + from.len() {
                *s = (*s as isize + delta) as usize;
            }
        };
        for s in byte_starts.iter_mut() {
            if *s > at {
                *s = (*s as isize + delta) as usize;
            }
        }
        for (s, e) in replaced.iter_mut() {
            shift(s);
            shift(e);
        }
        for span in untouched.iter_mut() {
            if let Some((s, e)) = *span {
                if s < at + from.len() && e > at {
                    *span = None;
                } else if s >= at + from.len() {
                    *span = Some(((s as isize + delta) as usize, (e as isize + delta) as usize));
                }
            }
        }
        replaced.push((at, at + to.len()));
        let offset = to
            .find(claim)
            .unwrap_or_else(|| panic!("{claim:?} not in {to:?}"));
        byte_starts.push(at + offset);
    }
    let report = check(&text);
    for ((_, _, claim, verdict, suggestion), b) in rows.iter().zip(&byte_starts) {
        let start = text[..*b].encode_utf16().count();
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
    // Claims outside the replaced passages: exactly those of the unaltered text.
    let in_replaced = |c: &Finding| {
        replaced
            .iter()
            .any(|&(s, e)| c.byte_span.start < e && c.byte_span.end > s)
    };
    let want: Vec<Shown> = before
        .claims
        .iter()
        .zip(&untouched)
        .filter_map(|(c, span)| span.map(|(s, _)| shown(c, s)))
        .collect();
    let got: Vec<Shown> = report
        .claims
        .iter()
        .filter(|c| !in_replaced(c))
        .map(|c| shown(c, c.byte_span.start))
        .collect();
    if got != want {
        let extra: Vec<_> = got.iter().filter(|g| !want.contains(g)).collect();
        let lost: Vec<_> = want.iter().filter(|w| !got.contains(w)).collect();
        panic!("{name}: untouched claims changed\nnow: {extra:#?}\nwas: {lost:#?}");
    }
    // Inside the replaced passages, only the expected claims may be flagged (a
    // coordinated rank is one claim per fact it names, all at the row's place).
    let expected: Vec<(usize, &str, &str)> = rows
        .iter()
        .zip(&byte_starts)
        .filter(|(r, _)| r.3 != "consistent")
        .map(|(r, b)| (text[..*b].encode_utf16().count(), r.2, r.3))
        .collect();
    let extra: Vec<_> = report
        .claims
        .iter()
        .filter(|c| in_replaced(c) && is_flagged(c))
        .filter(|c| !expected.contains(&(c.start, c.text.as_str(), c.verdict.name())))
        .map(|c| (c.start, &c.text, c.verdict.name(), &c.message))
        .collect();
    assert!(
        extra.is_empty(),
        "{name}: flagged beyond the rows: {extra:#?}"
    );
}
