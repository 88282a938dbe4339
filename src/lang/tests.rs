//! Checks over every language's vocabulary.

use super::*;
use crate::phrase::Phrase;

#[test]
fn every_language_has_a_code_and_its_own_vocabulary() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert_eq!(lang.vocabulary().lang, lang);
    }
}

/// Every phrase of every vocabulary tokenises to at least one word in its own
/// language (a hyphen-only or empty phrase would silently never match).
#[test]
fn every_phrase_tokenises() {
    for lang in Lang::ALL {
        let v = lang.vocabulary();
        let lists: [&[&str]; 19] = [
            v.vague,
            v.not_changes,
            v.rank_leads,
            v.rank_ends,
            v.rank_tails,
            v.superlatives,
            v.rank_one_words,
            v.rank_within,
            v.rank_number,
            v.rank_vague,
            v.rank_heads,
            v.coordinators,
            v.clause_breakers,
            v.months,
            v.label_words,
            v.period_words,
            v.ordinal_prefixes,
            v.rank_complements,
            v.loose_breakers,
        ];
        let phrases = lists
            .into_iter()
            .flatten()
            .copied()
            .chain(v.scales.iter().map(|s| s.0))
            .chain(v.units.iter().map(|u| u.phrase))
            .chain(v.hedges.iter().map(|h| h.phrase))
            .chain(v.ordinals.iter().map(|o| o.0))
            .chain(v.numerals.iter().map(|n| n.word))
            .chain(v.changes.iter().map(|c| c.phrase))
            .chain(v.proportions.iter().map(|p| p.0));
        for p in phrases {
            assert!(!Phrase::new(p, v).is_empty(), "{lang:?}: {p:?}");
        }
    }
}

#[test]
fn function_words_tell_the_languages_apart() {
    for a in Lang::ALL {
        assert!(a.vocabulary().plural_suffixes.len() <= crate::phrase::MAX_PLURAL_SUFFIXES);
        for b in Lang::ALL.into_iter().filter(|b| *b != a) {
            let shared: Vec<&&str> = a
                .vocabulary()
                .function_words
                .iter()
                .filter(|w| b.vocabulary().function_words.contains(w))
                .collect();
            assert!(shared.is_empty(), "{a:?} and {b:?} share {shared:?}");
        }
    }
}

#[test]
fn cardinal_wording_is_read_as_its_number() {
    for lang in Lang::ALL {
        let v = lang.vocabulary();
        for (i, w) in v.cardinal_wording.iter().enumerate() {
            let read = v.numerals.iter().find(|n| n.word == *w && !n.ordinal);
            assert_eq!(read.map(|n| n.value), Some(i as f64 + 1.0), "{lang:?} {w}");
        }
    }
}

#[test]
fn ordinal_wording_matches_the_ordinals() {
    for lang in Lang::ALL {
        let v = lang.vocabulary();
        for (i, w) in v.ordinal_wording.iter().enumerate() {
            let n = v.ordinals.iter().find(|o| o.0 == *w).map(|o| o.1);
            assert_eq!(n, Some(i as u32 + 1), "{lang:?} {w}");
        }
    }
}
