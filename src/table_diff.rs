//! What changed between two fact tables: facts added and removed, versions added,
//! removed and changed (field by field), and cue and alias words added or removed.
//! Pure: two parsed tables in, a [`TableDiff`] out (`claimcheck facts diff` prints it).

use crate::date::Date;
use crate::facts::{Fact, FactTable};
use crate::lang::Lang;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The differences from an old table to a new one, each list sorted by id and date.
#[derive(Clone, Debug, Default, Serialize)]
pub struct TableDiff {
    /// Ids only the new table has, with all their versions.
    pub facts_added: Vec<FactVersions>,
    /// Ids only the old table has.
    pub facts_removed: Vec<FactVersions>,
    /// New versions (`as_of`) of ids both tables have.
    pub versions_added: Vec<Version>,
    /// Versions of ids both tables have that the new table no longer has.
    pub versions_removed: Vec<Version>,
    /// Versions in both tables whose fields differ.
    pub versions_changed: Vec<VersionChange>,
    /// Cue words per id and language, added or removed.
    pub cues_changed: Vec<WordsChange>,
    /// Alias words per subject and language, added or removed.
    pub aliases_changed: Vec<WordsChange>,
}

/// A fact id with the dates of its versions.
#[derive(Clone, Debug, Serialize)]
pub struct FactVersions {
    /// The id.
    pub id: String,
    /// Its subject (newest version).
    pub subject: String,
    /// Its metric (newest version).
    pub metric: String,
    /// The `as_of` of every version, oldest first.
    pub versions: Vec<Date>,
}

/// One version, as an editor reads it.
#[derive(Clone, Debug, Serialize)]
pub struct Version {
    /// The fact id.
    pub id: String,
    /// The version's date.
    pub as_of: Date,
    /// The figure (`48.18 billion USD`).
    pub display: String,
    /// Who published it.
    pub source_publication: String,
}

/// A version present in both tables with different fields.
#[derive(Clone, Debug, Serialize)]
pub struct VersionChange {
    /// The fact id.
    pub id: String,
    /// The version's date.
    pub as_of: Date,
    /// Each field that differs.
    pub changes: Vec<FieldChange>,
}

/// One field's old and new text.
#[derive(Clone, Debug, Serialize)]
pub struct FieldChange {
    /// The column name (`value`, `source_title`).
    pub field: &'static str,
    /// The old cell, as the table would write it.
    pub old: String,
    /// The new cell.
    pub new: String,
}

/// Words added to or removed from a cue or alias list.
#[derive(Clone, Debug, Serialize)]
pub struct WordsChange {
    /// The fact id (cues) or subject (aliases).
    pub key: String,
    /// The language code.
    pub lang: String,
    /// Words only the new table has.
    pub added: Vec<String>,
    /// Words only the old table has.
    pub removed: Vec<String>,
}

impl TableDiff {
    /// True when the tables hold the same facts, versions, cues and aliases.
    pub fn is_empty(&self) -> bool {
        self.facts_added.is_empty()
            && self.facts_removed.is_empty()
            && self.versions_added.is_empty()
            && self.versions_removed.is_empty()
            && self.versions_changed.is_empty()
            && self.cues_changed.is_empty()
            && self.aliases_changed.is_empty()
    }
}

/// The cells of a version that a diff compares, in table column order.
fn fields(f: &Fact) -> [(&'static str, String); 10] {
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    [
        ("subject", f.subject.clone()),
        ("metric", f.metric.clone()),
        ("kind", f.kind.name().to_string()),
        ("value", table_value(f.value)),
        ("unit", f.unit.unwrap_or("").to_string()),
        ("qualifier", f.qualifier.name().to_string()),
        ("source_publication", f.source.publication.clone()),
        ("source_title", opt(&f.source.title)),
        (
            "source_date",
            f.source.date.map(|d| d.to_string()).unwrap_or_default(),
        ),
        ("source_url", opt(&f.source.url)),
    ]
}

/// A value as the table's `value` column writes it: `48.18 billion`, `630000`, `2.5`.
pub fn table_value(v: f64) -> String {
    let plain = |x: f64| crate::number::plain(x, 6);
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if v.abs() >= scale {
            return format!("{} {word}", plain(v / scale));
        }
    }
    plain(v)
}

type ById<'a> = BTreeMap<&'a str, BTreeMap<Date, &'a Fact>>;

fn by_id(table: &FactTable) -> ById<'_> {
    let mut out: ById = BTreeMap::new();
    for f in table.facts() {
        out.entry(&f.id).or_default().insert(f.as_of, f);
    }
    out
}

fn versions(id: &str, v: &BTreeMap<Date, &Fact>) -> FactVersions {
    let newest = v.values().next_back();
    FactVersions {
        id: id.to_string(),
        subject: newest.map(|f| f.subject.clone()).unwrap_or_default(),
        metric: newest.map(|f| f.metric.clone()).unwrap_or_default(),
        versions: v.keys().copied().collect(),
    }
}

fn version(f: &Fact) -> Version {
    Version {
        id: f.id.clone(),
        as_of: f.as_of,
        display: crate::verdict::display(f, Lang::En.vocabulary()),
        source_publication: f.source.publication.clone(),
    }
}

/// Compares `old` with `new`.
pub fn diff(old: &FactTable, new: &FactTable) -> TableDiff {
    let (a, b) = (by_id(old), by_id(new));
    let mut d = TableDiff::default();
    diff_versions(&a, &b, &mut d);
    diff_words(old, new, &a, &b, &mut d);
    d
}

/// Facts added and removed, and versions added, removed and changed, from `a` to `b`.
fn diff_versions(a: &ById, b: &ById, d: &mut TableDiff) {
    for (id, va) in a {
        let Some(vb) = b.get(id) else {
            d.facts_removed.push(versions(id, va));
            continue;
        };
        for (date, fa) in va {
            match vb.get(date) {
                None => d.versions_removed.push(version(fa)),
                Some(fb) => {
                    let changes = field_changes(fa, fb);
                    if !changes.is_empty() {
                        d.versions_changed.push(VersionChange {
                            id: id.to_string(),
                            as_of: *date,
                            changes,
                        });
                    }
                }
            }
        }
        d.versions_added.extend(
            vb.iter()
                .filter(|(date, _)| !va.contains_key(*date))
                .map(|(_, f)| version(f)),
        );
    }
    d.facts_added = b
        .iter()
        .filter(|(id, _)| !a.contains_key(*id))
        .map(|(id, v)| versions(id, v))
        .collect();
}

/// The fields that differ between two versions of a fact.
fn field_changes(fa: &Fact, fb: &Fact) -> Vec<FieldChange> {
    fields(fa)
        .into_iter()
        .zip(fields(fb))
        .filter(|(x, y)| x.1 != y.1)
        .map(|((field, old), (_, new))| FieldChange { field, old, new })
        .collect()
}

/// Words: cues per id, aliases per subject, over the ids/subjects of both tables.
fn diff_words(old: &FactTable, new: &FactTable, a: &ById, b: &ById, d: &mut TableDiff) {
    let langs: BTreeSet<&str> = old.languages().into_iter().chain(new.languages()).collect();
    let ids: BTreeSet<&str> = a.keys().chain(b.keys()).copied().collect();
    let subjects: BTreeSet<&str> = old
        .facts()
        .iter()
        .chain(new.facts())
        .map(|f| f.subject.as_str())
        .collect();
    for &lang in &langs {
        for &id in &ids {
            push_words(
                &mut d.cues_changed,
                id,
                lang,
                old.cues_in(id, lang),
                new.cues_in(id, lang),
            );
        }
        for &s in &subjects {
            push_words(
                &mut d.aliases_changed,
                s,
                lang,
                old.aliases_in(s, lang),
                new.aliases_in(s, lang),
            );
        }
    }
    let order = |c: &WordsChange| (c.key.clone(), c.lang.clone());
    d.cues_changed.sort_by_key(order);
    d.aliases_changed.sort_by_key(order);
}

fn push_words(out: &mut Vec<WordsChange>, key: &str, lang: &str, old: Vec<&str>, new: Vec<&str>) {
    let added: Vec<String> = new
        .iter()
        .filter(|w| !old.contains(w))
        .map(|w| w.to_string())
        .collect();
    let removed: Vec<String> = old
        .iter()
        .filter(|w| !new.contains(w))
        .map(|w| w.to_string())
        .collect();
    if !added.is_empty() || !removed.is_empty() {
        out.push(WordsChange {
            key: key.to_string(),
            lang: lang.to_string(),
            added,
            removed,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "id,as_of,subject,metric,kind,value,unit,qualifier,aliases_en,cues_en,source_publication\n";

    fn table(rows: &str) -> FactTable {
        FactTable::from_csv("t.csv", &format!("{HEADER}{rows}")).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn values_are_written_as_the_table_writes_them() {
        for (v, s) in [
            (48.18e9, "48.18 billion"),
            (630_000.0, "630000"),
            (2.5, "2.5"),
            (3.0, "3"),
            (1.2e12, "1.2 trillion"),
        ] {
            assert_eq!(table_value(v), s);
            assert_eq!(crate::facts::parse_value(s), Some(v));
        }
    }

    #[test]
    fn lists_facts_versions_fields_and_words() {
        let old = table(
            "a,2025-01-01,A,m,count,5,,,Ay,ca,VNA\n\
             a,2025-06-01,A,m,count,6,,,,,VNA\n\
             gone,2025-01-01,G,m,count,1,,,,cg,VNA\n",
        );
        let new = table(
            "a,2025-01-01,A,m,count,5,,about,Ay|Aa,ca|cb,VNA\n\
             a,2026-01-01,A,m,count,7,,,,,Reuters\n\
             fresh,2026-01-01,F,m,percent,3,%,,,cf,VNA\n",
        );
        let d = diff(&old, &new);
        let ids = |v: &[FactVersions]| v.iter().map(|f| f.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&d.facts_added), ["fresh"]);
        assert_eq!(ids(&d.facts_removed), ["gone"]);
        assert_eq!(d.versions_added.len(), 1);
        assert_eq!(d.versions_added[0].as_of.to_string(), "2026-01-01");
        assert_eq!(d.versions_added[0].display, "7");
        assert_eq!(d.versions_removed[0].as_of.to_string(), "2025-06-01");
        assert_eq!(d.versions_changed.len(), 1);
        let c = &d.versions_changed[0].changes;
        assert_eq!(c.len(), 1);
        assert_eq!(
            (c[0].field, c[0].old.as_str(), c[0].new.as_str()),
            ("qualifier", "exact", "about")
        );
        assert_eq!(d.cues_changed.len(), 3, "{:?}", d.cues_changed);
        assert_eq!(d.cues_changed[0].key, "a");
        assert_eq!(d.cues_changed[0].added, ["cb"]);
        assert_eq!(d.aliases_changed[0].added, ["Aa"]);
        assert!(!d.is_empty());
        assert!(diff(&new, &new).is_empty());
    }
}
