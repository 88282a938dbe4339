//! The linter's data: per-language stop, topic and cue-only words, hedge words, and
//! the places and entities an alias may name, read from `data/lint/*.tsv`, and how a
//! cue or alias is split into words (as the linker matches them).

use crate::lang::Lang;
use crate::token::{tokenize, TokenKind};

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
        PlaceList::parse(include_str!("../../data/lint/places.tsv")).unwrap_or_default()
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
pub(super) enum Role {
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
    pub(super) hedges: Vec<(String, String)>,
}

impl Rules {
    /// The bundled word lists.
    pub fn bundled() -> Rules {
        Rules::parse(
            include_str!("../../data/lint/topic-words.tsv"),
            include_str!("../../data/lint/hedge-words.tsv"),
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

    pub(super) fn is_stop(&self, lang: &str, word: &str) -> bool {
        self.words
            .iter()
            .any(|(l, r, w)| l == lang && *r == Role::Stop && w.len() == 1 && w[0] == word)
    }

    /// Whether `content` (stop words left out) is one of the topic entries for `roles`.
    pub(super) fn is_topic(&self, lang: &str, content: &[String], roles: &[Role]) -> bool {
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

/// Whether `phrase` occurs in `text` as whole words.
pub(super) fn contains_word(text: &str, phrase: &str) -> bool {
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(phrase).any(|(at, _)| {
        let starts = phrase.starts_with(|c: char| !c.is_alphanumeric());
        (starts || edge(text[..at].chars().next_back()))
            && edge(text[at + phrase.len()..].chars().next())
    })
}

/// The words of a cue, alias or list entry as the linker matches them: tokenised in
/// the language's style, lower case, NFC, hyphens and symbols left out.
pub(super) fn words_of(lang: &str, text: &str) -> Vec<String> {
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

pub(super) fn normal(lang: &str, text: &str) -> String {
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
        let topic = include_str!("../../data/lint/topic-words.tsv");
        let hedges = include_str!("../../data/lint/hedge-words.tsv");
        let rules = Rules::parse(topic, hedges).unwrap_or_else(|e| panic!("{e}"));
        assert!(rules.words.len() > 100 && rules.hedges.len() > 20);
        let places = PlaceList::parse(include_str!("../../data/lint/places.tsv"))
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
    fn whole_words_only() {
        assert!(contains_word("an estimated 15.73", "estimated"));
        assert!(!contains_word("underestimated", "estimated"));
        assert!(contains_word("the 100,000-plus", "-plus"));
        assert!(!contains_word("roundabout", "about"));
    }
}
