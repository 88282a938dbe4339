//! Building rows: each figure of the source becomes a new version of the fact it
//! contradicts, a new fact framed from its sentence, or a skipped figure with why.

use super::frame::frame;
use super::lexicon::not_a_level;
use super::text::{sentence_around, slug};
use super::verify::verify;
use super::{Draft, DraftRow, Skipped};
use crate::claim::{Kind, Shape};
use crate::date::Date;
use crate::facts::Fact;
use crate::lang::Lang;
use crate::report::{FactRef, Finding};
use crate::table_diff::table_value;
use crate::verdict::Verdict;
use crate::{CheckError, CheckOptions, Checker, LangChoice};
use std::ops::Range;

/// Drafts rows from `source` (its figures read as `check` reads them, against the
/// checker's table as of `as_of`).
#[cfg_attr(claimcheck_small, optimize(size))]
pub fn draft(
    checker: &Checker,
    source: &str,
    as_of: Date,
    lang: LangChoice,
) -> Result<Draft, CheckError> {
    let mut options = CheckOptions::new(as_of);
    options.lang = lang;
    let report = checker.check(source, &options)?;
    let report_lang = Lang::from_code(report.lang).unwrap_or(Lang::En);
    let shapes: Vec<(usize, Shape)> = checker
        .extract(source, report_lang)
        .into_iter()
        .map(|c| (c.span.start, c.shape))
        .collect();
    let drafting = Drafting {
        checker,
        source,
        as_of,
        lang: report_lang,
        facts: checker.table().facts(),
    };
    let mut out = Draft::default();
    for f in &report.claims {
        let shape = shapes
            .iter()
            .find(|(s, _)| *s == f.byte_span.start)
            .map_or(Shape::Level, |(_, s)| *s);
        match drafting.row(f, shape, &out.rows) {
            Ok(row) => out.rows.push(row),
            Err(reason) => out.skipped.push(Skipped {
                text: f.text.clone(),
                reason,
                start: f.start,
                end: f.end,
                byte_span: f.byte_span.clone(),
            }),
        }
    }
    verify(checker, source, &options, &report, &mut out);
    crate::sort::by_key(&mut out.skipped, |s| s.byte_span.start);
    Ok(out)
}

/// What drafting reads for every figure: the source, its date and language, the table.
struct Drafting<'a> {
    checker: &'a Checker,
    source: &'a str,
    as_of: Date,
    lang: Lang,
    facts: &'a [Fact],
}

impl Drafting<'_> {
    /// The row for figure `f` (of `shape`), given the rows drafted before it; or why
    /// there is none.
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn row(&self, f: &Finding, shape: Shape, rows: &[DraftRow]) -> Result<DraftRow, String> {
        if matches!(shape, Shape::Change { .. } | Shape::Range { .. }) {
            return Err("a change or a range is not a level a fact can hold".into());
        }
        if f.kind == Kind::Year && f.fact.is_none() {
            return Err(
                "a year in a source mostly says when, not what; add it by hand if it is a fact"
                    .into(),
            );
        }
        let (start, end) = sentence_around(self.source, f.byte_span.start);
        let sentence = self.source[start..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let mut row = DraftRow {
            id: String::new(),
            as_of: self.as_of,
            subject: String::new(),
            metric: String::new(),
            kind: f.kind,
            value: table_value(f.value),
            unit: f.unit,
            qualifier: f.hedge,
            lang: self.lang.code(),
            cues: Vec::new(),
            aliases: Vec::new(),
            new_version: false,
            note: sentence,
            start: f.start,
            end: f.end,
            byte_span: f.byte_span.clone(),
        };
        match (&f.fact, f.verdict) {
            (Some(_), Verdict::Consistent) => return Err("the table already agrees".into()),
            (Some(fact), _) => self.new_version(&mut row, fact)?,
            (None, _) => self.new_fact(&mut row, f, start..end, rows)?,
        }
        Ok(row)
    }

    /// Makes `row` a new version of `fact`, with its current subject and metric.
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn new_version(&self, row: &mut DraftRow, fact: &FactRef) -> Result<(), String> {
        let as_of = self.as_of;
        let current: Option<&Fact> = self
            .facts
            .iter()
            .filter(|g| g.id == fact.id && g.as_of <= as_of)
            .max_by_key(|g| g.as_of);
        if current.is_some_and(|c| c.as_of == as_of) {
            return Err(format!(
                "{} already has a version as of {as_of} that says otherwise; edit it by hand",
                fact.id
            ));
        }
        let (subject, metric) = current.map_or_else(
            || (String::new(), String::new()),
            |c| (c.subject.clone(), c.metric.clone()),
        );
        row.id = fact.id.clone();
        row.subject = subject;
        row.metric = metric;
        row.new_version = true;
        row.unit = fact.unit;
        Ok(())
    }

    /// Makes `row` a new fact framed from its sentence (`sentence`, a byte range of the
    /// source): its subject, cue, id and metric, unless the figure is not a level, the
    /// sentence does not frame it, or its id is taken.
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn new_fact(
        &self,
        row: &mut DraftRow,
        f: &Finding,
        sentence: Range<usize>,
        rows: &[DraftRow],
    ) -> Result<(), String> {
        let text = &self.source[sentence.clone()];
        if let Some(w) = not_a_level(text, f.byte_span.start - sentence.start, self.lang) {
            return Err(format!(
                "\"{w}\" makes it a change, a forecast, a target or a negation, not a figure of record"
            ));
        }
        let Some(fr) = frame(self.checker, self.lang, text, sentence.start, f) else {
            return Err("the sentence names no subject or no words for what is measured".into());
        };
        let metric = match f.kind {
            Kind::Rank => format!("rank as {}", fr.cue.to_lowercase()),
            _ => fr.cue.to_lowercase(),
        };
        let id = format!("{}.{}", slug(&fr.subject), slug(&fr.cue));
        let facts = self.facts;
        let clash = rows.iter().any(|r| r.id == id && r.note == row.note)
            || facts
                .iter()
                .any(|g| g.id == id && (g.kind != f.kind || g.unit != f.unit));
        if clash {
            return Err(format!(
                "another figure of {} in the same words ({id}); give it its own cue by hand",
                fr.subject
            ));
        }
        if rows.iter().any(|r| r.id == id) || facts.iter().any(|g| g.id == id) {
            return Err(format!(
                "{id} is already drafted or in the table with other words; merge them by hand"
            ));
        }
        row.cues = std::iter::once(fr.cue.clone())
            .chain(fr.head.filter(|h| !fr.cue.contains(h.as_str())))
            .collect();
        row.aliases = fr.alias.into_iter().collect();
        row.id = id;
        row.subject = fr.subject;
        row.metric = metric;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FactTable;

    #[cfg_attr(claimcheck_small, optimize(size))]
    fn rows(text: &str) -> Draft {
        let checker = Checker::new(FactTable::default()).unwrap_or_else(|e| panic!("{e}"));
        let as_of = Date::parse("2026-01-10").unwrap_or_else(|| panic!());
        draft(&checker, text, as_of, LangChoice::Auto).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_subject_is_the_first_name_and_the_cue_the_words_by_the_figure() {
        let d = rows("South Korea remains Vietnam's largest foreign investor, with registered capital of 87 billion USD.");
        let got: Vec<(&str, &str, &str)> = d
            .rows
            .iter()
            .map(|r| (r.id.as_str(), r.subject.as_str(), r.cues[0].as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "south_korea.foreign_investor",
                    "South Korea",
                    "foreign investor"
                ),
                (
                    "south_korea.registered_capital",
                    "South Korea",
                    "registered capital"
                ),
            ]
        );
        assert_eq!(d.rows[1].value, "87 billion");
        assert_eq!(d.rows[1].unit, Some("USD"));
    }

    #[test]
    fn changes_forecasts_and_negations_are_not_drafted() {
        for text in [
            "Korea's exports to Vietnam rose 12% last year.",
            "Vietnam expects 20 million international arrivals.",
            "Vietnam did not reach 20 million international arrivals.",
            "Vietnam heeft verwacht 20 miljoen toeristen te ontvangen.",
        ] {
            let d = rows(text);
            assert!(d.rows.is_empty(), "{text}: {:?}", d.rows);
            assert_eq!(d.skipped.len(), 1, "{text}");
        }
    }
}
