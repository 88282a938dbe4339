//! The lint rules, one function each: shared cues, topic words, aliases naming another
//! entity, dates, exact figures the note calls hedged, and titles.

use super::data::{contains_word, normal, words_of, Role};
use super::{items, note_text, Code, CueUse, Entry, Warn};
use crate::claim::Hedge;
use crate::date::Date;
use crate::lint::{Gazetteer, Rules};
use std::collections::BTreeMap;

pub(super) fn shared_cues(entries: &[Entry], warn: &mut dyn FnMut(usize, Code, &str, String)) {
    // (lang, normalised cue) → (entry, column, cue as written).
    let mut by_cue: BTreeMap<(String, Vec<String>), Vec<CueUse>> = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        for (column, lang, cue) in items(e.row, "cues_") {
            by_cue
                .entry((lang.to_string(), words_of(lang, cue)))
                .or_default()
                .push((i, column, cue));
        }
    }
    for uses in by_cue.values() {
        for &(i, column, cue) in uses {
            let f = entries[i].fact;
            let mut others: Vec<&str> = uses
                .iter()
                .map(|&(j, _, _)| entries[j].fact)
                .filter(|g| {
                    g.id != f.id && g.subject == f.subject && g.kind == f.kind && g.unit == f.unit
                })
                .map(|g| g.id.as_str())
                .collect();
            others.sort_unstable();
            others.dedup();
            if !others.is_empty() {
                warn(
                    i,
                    Code::SharedCue,
                    column,
                    format!(
                        "cue \"{cue}\" also names {} (same subject, kind and unit), so a figure near it could be read against either; give each fact a cue that names its own metric",
                        others.join(", ")
                    ),
                );
            }
        }
    }
}

pub(super) fn topic_words(e: &Entry, rules: &Rules, warn: &mut Warn) {
    for (prefix, what, roles) in [
        ("cues_", "cue", &[Role::Topic, Role::Cue][..]),
        ("aliases_", "alias", &[Role::Topic][..]),
    ] {
        for (column, lang, item) in items(e.row, prefix) {
            let content: Vec<String> = words_of(lang, item)
                .into_iter()
                .filter(|w| !rules.is_stop(lang, w) && !w.chars().all(|c| c.is_numeric()))
                .collect();
            if !content.is_empty() && !rules.is_topic(lang, &content, roles) {
                continue;
            }
            let advice = if what == "cue" {
                "a cue must name the fact's metric (\"premium revenue\", not \"in 2024\"; \"two-way trade\", not \"trade\")"
            } else {
                "an alias must name the subject and nothing else (not \"the group\", \"the two countries\")"
            };
            warn(
                Code::TopicWord,
                column,
                format!("{what} \"{item}\" is only topic or function words; {advice}"),
            );
        }
    }
}

pub(super) fn other_entities(e: &Entry, gazetteer: &dyn Gazetteer, warn: &mut Warn) {
    for (column, lang, alias) in items(e.row, "aliases_") {
        if let Some(entity) = gazetteer.entity(lang, alias) {
            if normal("*", entity) != normal("*", &e.fact.subject) {
                warn(
                    Code::OtherEntity,
                    column,
                    format!(
                        "alias \"{alias}\" names {entity}, not {}: a figure about {entity} would be read as {}'s; remove it",
                        e.fact.subject, e.fact.subject
                    ),
                );
            }
        }
    }
}

pub(super) fn dates(e: &Entry, entries: &[Entry], warn: &mut Warn) {
    let f = e.fact;
    // The source's date: its own, or the one other rows give the same story.
    let source_date: Option<Date> = f.source.date.or_else(|| {
        entries
            .iter()
            .map(|g| g.fact)
            .filter(|g| g.source.title.is_some() && g.source.title == f.source.title)
            .filter(|g| g.source.publication == f.source.publication)
            .find_map(|g| g.source.date)
    });
    let Some(date) = source_date else { return };
    if f.as_of > date {
        warn(
            Code::AsOfAfterSource,
            "as_of",
            format!(
                "as_of {} is later than the source's date {date}: drafts checked in between are not judged against this version; date it from its source",
                f.as_of
            ),
        );
    } else if f.as_of < date {
        warn(
            Code::AsOfBeforeSource,
            "as_of",
            format!(
                "as_of {} is earlier than the source's date {date}: a draft checked in between would be judged against a figure not yet published; date it from its source",
                f.as_of
            ),
        );
    }
}

pub(super) fn exact_estimate(e: &Entry, rules: &Rules, warn: &mut Warn) {
    if e.fact.qualifier != Hedge::Exact {
        return;
    }
    let note = note_text(e.row.get("note")).to_lowercase();
    let found = rules
        .hedges
        .iter()
        .map(|(_, p)| p.as_str())
        .find(|p| contains_word(&note, p));
    if let Some(phrase) = found {
        warn(
            Code::ExactEstimate,
            "qualifier",
            format!(
                "qualifier is exact, but the note says \"{phrase}\": store the source's hedge (about, more_than, at_least, nearly, up_to), a range's ends as at_least and up_to"
            ),
        );
    }
}

pub(super) fn titles(entries: &[Entry], warn: &mut dyn FnMut(usize, Code, &str, String)) {
    let mut first: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        let s = &e.fact.source;
        let Some(title) = s.title.as_deref() else {
            warn(
                i,
                Code::EmptyTitle,
                "source_title",
                "source_title is empty: give the headline of the story the figure comes from (or, when the page has none, say so with lint-ok: empty-title <why>)".to_string(),
            );
            continue;
        };
        if let Some(why) = not_a_headline(title, &s.publication) {
            warn(
                i,
                Code::TitleNotHeadline,
                "source_title",
                format!(
                    "source_title \"{title}\" {why}: it looks like the page's furniture (a site tagline, a scraped line), not the story's headline; give the headline"
                ),
            );
        }
        let j = *first.entry(title).or_insert(i);
        let t = &entries[j].fact.source;
        // Another source: another publication, or another date or address where both
        // rows give one (a row that leaves them out may cite the same story).
        let differ = |a: Option<String>, b: Option<String>| a.is_some() && b.is_some() && a != b;
        if t.publication != s.publication
            || differ(t.date.map(|d| d.to_string()), s.date.map(|d| d.to_string()))
            || differ(t.url.clone(), s.url.clone())
        {
            warn(
                i,
                Code::RepeatedTitle,
                "source_title",
                format!(
                    "source_title \"{title}\" is also the title of another source ({}:{}: {}, {}): cite each story by its own headline",
                    entries[j].fact.table,
                    entries[j].row.line(),
                    t.publication,
                    t.date.map_or("no date".to_string(), |d| d.to_string())
                ),
            );
        }
    }
}

/// Why a title is not a headline, if it is not: it names the site that published it
/// ("Vietnam.vn - Nền tảng quảng bá Việt Nam"), or carries a date stamp ("date
/// 2025-11-25 The PM said…").
fn not_a_headline(title: &str, publication: &str) -> Option<String> {
    let site = publication.split(" (").next().unwrap_or("").trim();
    if site.len() > 3 && title.to_lowercase().contains(&site.to_lowercase()) {
        return Some(format!("names its publication, {site}"));
    }
    title
        .split_whitespace()
        .find(|w| Date::parse(w.trim_matches(|c: char| !c.is_ascii_digit())).is_some())
        .map(|w| format!("carries a date stamp, {w}"))
}
