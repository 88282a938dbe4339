//! Linting fact tables: what makes a table pull unrelated figures onto a fact, cite the
//! wrong story, or state a hedged figure as exact (issue 11; `docs/fact-table.md`,
//! "Linting a table").
//!
//! Pure: parsed tables (with their rows as written, for cell locations) and the lint
//! data in, typed [`Warning`]s out. It reads no files and prints nothing; the CLI
//! (`claimcheck facts lint`) does. The words it judges by are data, per language:
//! `data/lint/topic-words.tsv`, `data/lint/hedge-words.tsv`, and the places and entities
//! of `data/lint/places.tsv` behind the [`Gazetteer`] trait, which the linking
//! gazetteer (issue 10) will implement.
//!
//! A row justifies a warning it must keep with `lint-ok: <code> <reason>` in its note;
//! a marker that justifies nothing, or gives no reason, is itself a warning.

use crate::claim::Hedge;
use crate::date::Date;
use crate::facts::{Fact, FactTable, Location, Row};
use crate::lang::Lang;
use crate::token::{tokenize, TokenKind};
use std::collections::BTreeMap;
use std::fmt;

/// Which rule a warning comes from; its name is what `lint-ok:` markers cite.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// One cue names two facts of the same subject, kind and unit.
    SharedCue,
    /// A cue or alias made only of topic or function words.
    TopicWord,
    /// An alias that names a place or entity other than the subject.
    OtherEntity,
    /// No `source_title`.
    EmptyTitle,
    /// One `source_title` on rows of different sources.
    RepeatedTitle,
    /// A `source_title` that is the page's furniture: the site's name, a date stamp.
    TitleNotHeadline,
    /// `as_of` later than the source's date.
    AsOfAfterSource,
    /// `as_of` earlier than the source's date.
    AsOfBeforeSource,
    /// `exact` although the note says estimated, a range or a hedge.
    ExactEstimate,
    /// A `lint-ok:` marker that justifies nothing or gives no reason.
    LintOk,
}

impl Code {
    /// Every code, in the order the documentation lists them.
    pub const ALL: [Code; 10] = [
        Code::SharedCue,
        Code::TopicWord,
        Code::OtherEntity,
        Code::EmptyTitle,
        Code::RepeatedTitle,
        Code::TitleNotHeadline,
        Code::AsOfAfterSource,
        Code::AsOfBeforeSource,
        Code::ExactEstimate,
        Code::LintOk,
    ];

    /// The code's name in output and in `lint-ok:` markers.
    pub fn name(self) -> &'static str {
        match self {
            Code::SharedCue => "shared-cue",
            Code::TopicWord => "topic-word",
            Code::OtherEntity => "other-entity",
            Code::EmptyTitle => "empty-title",
            Code::RepeatedTitle => "repeated-title",
            Code::TitleNotHeadline => "title-not-headline",
            Code::AsOfAfterSource => "as-of-after-source",
            Code::AsOfBeforeSource => "as-of-before-source",
            Code::ExactEstimate => "exact-estimate",
            Code::LintOk => "lint-ok",
        }
    }

    /// The code with this name.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.name() == name)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One warning: which table, which cell, which rule, and what to do.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// The table's name (its file name).
    pub table: String,
    /// The cell (CSV: line and field number; JSON: row and key).
    pub location: Location,
    /// The rule.
    pub code: Code,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Location::Cell { line, column } => write!(f, "{}:{line}:{column}", self.table)?,
            Location::Row { row, key: Some(k) } => write!(f, "{}: row {row}, \"{k}\"", self.table)?,
            Location::Row { row, key: None } => write!(f, "{}: row {row}", self.table)?,
        }
        write!(f, ": warning[{}]: {}", self.code, self.message)
    }
}

/// Names of places and entities: which entity a name names. The linter's own list
/// ([`PlaceList`]) implements it today; the linking gazetteer (issue 10) will.
pub trait Gazetteer {
    /// The entity `name` names in language `lang` (`Saigon` → `Ho Chi Minh City`), if
    /// it is a known place or entity.
    fn entity(&self, lang: &str, name: &str) -> Option<&str>;
}

/// The places and entities of `data/lint/places.tsv`.
#[derive(Clone, Debug, Default)]
pub struct PlaceList {
    /// (language or `*`, normalised name, entity).
    names: Vec<(String, String, String)>,
}

impl PlaceList {
    /// The bundled list.
    pub fn bundled() -> PlaceList {
        PlaceList::parse(include_str!("../data/lint/places.tsv")).unwrap_or_default()
    }

    /// Parses `lang<TAB>name<TAB>entity` rows; `#` starts a comment line.
    pub fn parse(text: &str) -> Result<PlaceList, String> {
        let mut names = Vec::new();
        for (i, fields) in tsv(text) {
            let [lang, name, entity] = fields[..] else {
                return Err(format!(
                    "places line {i}: want 3 fields, got {}",
                    fields.len()
                ));
            };
            names.push((lang.to_string(), normal(lang, name), entity.to_string()));
        }
        Ok(PlaceList { names })
    }
}

impl Gazetteer for PlaceList {
    fn entity(&self, lang: &str, name: &str) -> Option<&str> {
        let name = normal(lang, name);
        self.names
            .iter()
            .find(|(l, n, _)| (l == "*" || l == lang) && *n == name)
            .map(|(_, _, e)| e.as_str())
    }
}

/// The gazetteer `claimcheck facts lint` uses. Swap in the linking gazetteer here.
pub fn bundled_gazetteer() -> PlaceList {
    PlaceList::bundled()
}

/// How a word of `data/lint/topic-words.tsv` counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// A function word, left out before the check.
    Stop,
    /// A topic word, for cues and aliases.
    Topic,
    /// A topic word for cues only (a demonym).
    Cue,
}

/// The linter's word lists.
#[derive(Clone, Debug, Default)]
pub struct Rules {
    /// (language, role, normalised words).
    words: Vec<(String, Role, Vec<String>)>,
    /// (language, lower-case phrase) that mark a hedged figure in a note.
    hedges: Vec<(String, String)>,
}

impl Rules {
    /// The bundled word lists.
    pub fn bundled() -> Rules {
        Rules::parse(
            include_str!("../data/lint/topic-words.tsv"),
            include_str!("../data/lint/hedge-words.tsv"),
        )
        .unwrap_or_default()
    }

    /// Parses `lang<TAB>role<TAB>word` rows and `lang<TAB>phrase` rows.
    pub fn parse(topic_words: &str, hedge_words: &str) -> Result<Rules, String> {
        let mut words = Vec::new();
        for (i, fields) in tsv(topic_words) {
            let [lang, role, word] = fields[..] else {
                return Err(format!("topic words line {i}: want 3 fields"));
            };
            let role = match role {
                "stop" => Role::Stop,
                "topic" => Role::Topic,
                "cue" => Role::Cue,
                _ => return Err(format!("topic words line {i}: unknown role {role:?}")),
            };
            words.push((lang.to_string(), role, words_of(lang, word)));
        }
        let mut hedges = Vec::new();
        for (i, fields) in tsv(hedge_words) {
            let [lang, phrase] = fields[..] else {
                return Err(format!("hedge words line {i}: want 2 fields"));
            };
            hedges.push((lang.to_string(), phrase.to_lowercase()));
        }
        Ok(Rules { words, hedges })
    }

    fn is_stop(&self, lang: &str, word: &str) -> bool {
        self.words
            .iter()
            .any(|(l, r, w)| l == lang && *r == Role::Stop && w.len() == 1 && w[0] == word)
    }

    /// Whether `content` (stop words left out) is one of the topic entries for `roles`.
    fn is_topic(&self, lang: &str, content: &[String], roles: &[Role]) -> bool {
        let plural = Lang::from_code(lang).map_or(&[][..], |l| l.vocabulary().plural_suffixes);
        self.words.iter().any(|(l, r, w)| {
            l == lang && roles.contains(r) && w.len() == content.len() && {
                let last = w.len() - 1;
                w[..last] == content[..last]
                    && (w[last] == content[last]
                        || content[last]
                            .strip_prefix(w[last].as_str())
                            .is_some_and(|s| plural.contains(&s)))
            }
        })
    }
}

/// A table to lint: the parsed facts and the rows they came from, in the same order.
pub struct Input<'a> {
    /// The parsed table.
    pub table: &'a FactTable,
    /// Its rows as written, one per fact.
    pub rows: &'a [Row],
}

/// One row under lint: its fact, its cells, and its note's `lint-ok:` markers.
struct Entry<'a> {
    fact: &'a Fact,
    row: &'a Row,
    markers: Vec<Marker>,
}

/// A `lint-ok: <code> <reason>` marker.
struct Marker {
    code: Option<Code>,
    written: String,
    has_reason: bool,
    used: bool,
}

/// Lints tables as applied together: cues and titles are compared across all of them.
pub fn lint(inputs: &[Input], rules: &Rules, gazetteer: &dyn Gazetteer) -> Vec<Warning> {
    let mut entries: Vec<Entry> = Vec::new();
    for input in inputs {
        for (fact, row) in input.table.facts().iter().zip(input.rows) {
            entries.push(Entry {
                fact,
                row,
                markers: markers(row.get("note")),
            });
        }
    }
    let mut found: Vec<(usize, Code, String, String)> = Vec::new();
    let mut warn = |e: usize, code: Code, column: &str, message: String| {
        found.push((e, code, column.to_string(), message));
    };
    shared_cues(&entries, &mut warn);
    for (i, e) in entries.iter().enumerate() {
        topic_words(e, rules, &mut |c, col, m| warn(i, c, col, m));
        other_entities(e, gazetteer, &mut |c, col, m| warn(i, c, col, m));
        dates(e, &entries, &mut |c, col, m| warn(i, c, col, m));
        exact_estimate(e, rules, &mut |c, col, m| warn(i, c, col, m));
    }
    titles(&entries, &mut warn);
    let mut out = Vec::new();
    for (i, code, column, message) in found {
        let justified = entries[i]
            .markers
            .iter_mut()
            .filter(|m| m.code == Some(code) && m.has_reason)
            .fold(false, |_, m| {
                m.used = true;
                true
            });
        if !justified {
            out.push(warning(&entries[i], code, &column, message));
        }
    }
    for e in &entries {
        for m in &e.markers {
            let problem = match (m.code, m.has_reason, m.used) {
                (None, _, _) => format!(
                    "\"lint-ok: {}\" names no warning code; use one of {}",
                    m.written,
                    Code::ALL.map(Code::name).join(", ")
                ),
                (Some(_), false, _) => format!(
                    "\"lint-ok: {}\" gives no reason; say why the warning is right to keep",
                    m.written
                ),
                (Some(c), true, false) => {
                    format!("\"lint-ok: {c}\" justifies no warning on this row; remove it")
                }
                _ => continue,
            };
            out.push(warning(e, Code::LintOk, "note", problem));
        }
    }
    out.sort_by_key(|w| (order(inputs, &w.table), position(&w.location), w.code));
    out
}

fn order(inputs: &[Input], table: &str) -> usize {
    inputs
        .iter()
        .position(|i| i.table.facts().first().is_some_and(|f| f.table == table))
        .unwrap_or(usize::MAX)
}

fn position(l: &Location) -> (usize, usize) {
    match l {
        Location::Cell { line, column } => (*line, *column),
        Location::Row { row, .. } => (*row, 0),
    }
}

fn warning(e: &Entry, code: Code, column: &str, message: String) -> Warning {
    Warning {
        table: e.fact.table.clone(),
        location: e.row.at(column),
        code,
        message,
    }
}

/// The `lint-ok:` markers of a note.
fn markers(note: &str) -> Vec<Marker> {
    let mut out = Vec::new();
    let mut rest = note;
    while let Some(at) = rest.find("lint-ok:") {
        rest = &rest[at + "lint-ok:".len()..];
        let end = rest.find("lint-ok:").unwrap_or(rest.len());
        let text = rest[..end].trim();
        let (written, reason) = text.split_once(char::is_whitespace).unwrap_or((text, ""));
        out.push(Marker {
            code: Code::from_name(written),
            written: written.to_string(),
            has_reason: reason.chars().any(char::is_alphabetic),
            used: false,
        });
        rest = &rest[end..];
    }
    out
}

/// A note without its `lint-ok:` markers (whose reasons may quote any word).
fn note_text(note: &str) -> &str {
    note.find("lint-ok:").map_or(note, |at| &note[..at])
}

/// The `|`-separated items of every `<prefix><lang>` cell of a row: (column, lang, item).
fn items<'r>(row: &'r Row, prefix: &str) -> Vec<(&'r str, &'r str, &'r str)> {
    let mut columns: Vec<&str> = row.columns().filter(|c| c.starts_with(prefix)).collect();
    columns.sort_unstable();
    let mut out = Vec::new();
    for column in columns {
        let lang = &column[prefix.len()..];
        for item in row
            .get(column)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            out.push((column, lang, item));
        }
    }
    out
}

type Warn<'w> = dyn FnMut(Code, &str, String) + 'w;

/// Where a cue is written: the entry, its column and the cue as written.
type CueUse<'a> = (usize, &'a str, &'a str);

fn shared_cues(entries: &[Entry], warn: &mut dyn FnMut(usize, Code, &str, String)) {
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

fn topic_words(e: &Entry, rules: &Rules, warn: &mut Warn) {
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

fn other_entities(e: &Entry, gazetteer: &dyn Gazetteer, warn: &mut Warn) {
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

fn dates(e: &Entry, entries: &[Entry], warn: &mut Warn) {
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

fn exact_estimate(e: &Entry, rules: &Rules, warn: &mut Warn) {
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

fn titles(entries: &[Entry], warn: &mut dyn FnMut(usize, Code, &str, String)) {
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

/// Whether `phrase` occurs in `text` as whole words.
fn contains_word(text: &str, phrase: &str) -> bool {
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(phrase).any(|(at, _)| {
        let starts = phrase.starts_with(|c: char| !c.is_alphanumeric());
        (starts || edge(text[..at].chars().next_back()))
            && edge(text[at + phrase.len()..].chars().next())
    })
}

/// The words of a cue, alias or list entry as the linker matches them: tokenised in
/// the language's style, lower case, NFC, hyphens and symbols left out.
fn words_of(lang: &str, text: &str) -> Vec<String> {
    match Lang::from_code(lang) {
        Some(l) => {
            let t = tokenize(text, l.vocabulary());
            (0..t.len())
                .filter(|&i| t.list[i].kind != TokenKind::Symbol && !t.is_hyphen(i))
                .map(|i| t.norm(i).to_string())
                .collect()
        }
        None => text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect(),
    }
}

fn normal(lang: &str, text: &str) -> String {
    words_of(if lang == "*" { "en" } else { lang }, text).join(" ")
}

/// The rows of a TSV data file: (1-based line, fields); `#` comments and blank lines left
/// out.
fn tsv(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_lint_data_parses() {
        let topic = include_str!("../data/lint/topic-words.tsv");
        let hedges = include_str!("../data/lint/hedge-words.tsv");
        let rules = Rules::parse(topic, hedges).unwrap_or_else(|e| panic!("{e}"));
        assert!(rules.words.len() > 100 && rules.hedges.len() > 20);
        let places = PlaceList::parse(include_str!("../data/lint/places.tsv"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(places.entity("en", "Saigon"), Some("Ho Chi Minh City"));
        assert_eq!(places.entity("vi", "Hà Nội"), Some("Hanoi"));
        assert_eq!(places.entity("en", "Hà Nội"), None);
    }

    #[test]
    fn topic_words_match_plurals_and_leave_out_stop_words() {
        let rules = Rules::bundled();
        let content = |lang: &str, s: &str| -> Vec<String> {
            words_of(lang, s)
                .into_iter()
                .filter(|w| !rules.is_stop(lang, w))
                .collect()
        };
        for (lang, item, topic) in [
            ("en", "partners", true),
            ("en", "the group", true),
            ("en", "the two countries", true),
            ("en", "FTA partners", false),
            ("en", "two-way trade", false),
            ("nl", "Vietnamezen", true),
            ("vi", "đối tác", true),
            ("vi", "đối tác FTA", false),
        ] {
            let c = content(lang, item);
            assert_eq!(
                rules.is_topic(lang, &c, &[Role::Topic, Role::Cue]),
                topic,
                "{lang} {item}: {c:?}"
            );
        }
    }

    #[test]
    fn markers_need_a_known_code_and_a_reason() {
        let m = markers("Source: x. lint-ok: shared-cue both ends of a range lint-ok: topic-word");
        assert_eq!(m.len(), 2);
        assert_eq!((m[0].code, m[0].has_reason), (Some(Code::SharedCue), true));
        assert_eq!((m[1].code, m[1].has_reason), (Some(Code::TopicWord), false));
        assert_eq!(markers("lint-ok: nonsense because")[0].code, None);
    }

    #[test]
    fn whole_words_only() {
        assert!(contains_word("an estimated 15.73", "estimated"));
        assert!(!contains_word("underestimated", "estimated"));
        assert!(contains_word("the 100,000-plus", "-plus"));
        assert!(!contains_word("roundabout", "about"));
    }
}
