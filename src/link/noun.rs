//! A count named by its noun: the figure's counted noun is a word of a fact's cue and
//! the cue's other words and names stand elsewhere in its sentence (`Japanse bedrijven
//! … verspreid over zo'n 1.500 investeringsprojecten` against `Japanse
//! investeringsprojecten`; `1.500 cong ty Nhat dang lam an tai Viet Nam` against `công
//! ty Nhật Bản tại Việt Nam`). The cue must name what the figure counts (its noun), so
//! the "what" rule holds; who, when and restricting modifiers are read as for any cue.

use super::*;
use crate::fnv::FnvMap;
use crate::frame::gapped::{key, lookup_keys, same_word};

/// A cue's words read apart: its plain words and the entities its names name.
#[derive(Debug)]
struct NounCue {
    /// Its words that are no name and no function word, plain and folded.
    words: Vec<(String, String)>,
    /// The entities it names (`Nhật Bản` → Japan), matched by any of their names.
    entities: Vec<Entity>,
    groups: Arc<[usize]>,
}

/// Every cue of two or more parts, by the first letters of each plain word (as written
/// and without diacritics).
#[derive(Debug, Default)]
pub(super) struct NounCues {
    cues: Vec<NounCue>,
    /// Each entry a cue and one of its words, `cue << 8 | word` (see [`NounCues::entry`]):
    /// the same map type as `PhraseTable`'s, so the wasm holds one copy of its code.
    by_key: FnvMap<String, Vec<u32>>,
}

impl NounCues {
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub(super) fn new(cues: &[(Phrase, Arc<[usize]>)], reader: &Reader, lang: Lang) -> NounCues {
        let vocab = lang.vocabulary();
        let c = frame::cues::FrameCues::of(lang);
        let function = |w: &str| {
            [
                c.obliques,
                c.location_preps,
                c.determiners,
                c.amount_connectors,
                vocab.coordinators,
            ]
            .iter()
            .any(|l| l.contains(&w))
        };
        let mut out = NounCues::default();
        for (p, groups) in cues {
            let text = p.words(false).join(" ");
            let t = crate::token::tokenize(&text, vocab);
            let names = reader.mentions(&t, 0..t.len());
            let named = |i: usize| names.iter().any(|m| m.start <= i && i < m.end);
            let words: Vec<(String, String)> = (0..t.len())
                .filter(|&i| t.list[i].kind == crate::token::TokenKind::Word)
                .filter(|&i| !named(i) && !function(t.norm(i)))
                .map(|i| (t.norm(i).to_string(), crate::lang::detect::fold(t.norm(i))))
                .collect();
            if words.is_empty() || words.len() + names.len() < 2 || words.len() > 256 {
                continue;
            }
            let k = out.cues.len();
            for (w, (plain, folded)) in words.iter().enumerate() {
                let entry = ((k as u32) << 8) | w as u32;
                for word in [plain, folded] {
                    let list = out.by_key.entry(key(word).to_string()).or_default();
                    if list.last() != Some(&entry) {
                        list.push(entry);
                    }
                }
            }
            out.cues.push(NounCue {
                words,
                entities: names.iter().map(|m| m.entity).collect(),
                groups: groups.clone(),
            });
        }
        out
    }

    /// The cue and word an entry of `by_key` stands for.
    fn entry(e: u32) -> (usize, usize) {
        ((e >> 8) as usize, (e & 0xff) as usize)
    }
}

impl Ctx<'_> {
    /// The facts a count's noun names with the rest of their cue in its sentence, as
    /// candidates at the noun.
    pub(super) fn named_by_its_noun(&self, claim: &Claim) -> Vec<Candidate> {
        let (index, sent, tokens) = (self.index, self.sent, self.tokens);
        if claim.kind != Kind::Count {
            return Vec::new();
        }
        let Some(noun) = index
            .reader
            .head_noun(tokens, sent, claim, &self.near.others)
            .filter(|&n| !index.reader.is_generic(sent, n))
        else {
            return Vec::new();
        };
        // `20,000 Vietnamese people`: a generic noun after the word heads the phrase,
        // which then counts people, not what a cue's `Vietnamese` names.
        if self.counts_generic(claim) {
            return Vec::new();
        }
        let vocab = index.lang.vocabulary();
        let infl = frame::cues::FrameCues::of(index.lang).inflections;
        let folded = tokens.list[noun].folded;
        let pick = |w: &(String, String)| if folded { w.1.clone() } else { w.0.clone() };
        let t = tokens.norm(noun);
        let in_sentence = |w: &str| {
            sent.range
                .clone()
                .any(|i| i != noun && same_word(tokens.norm(i), w, infl, false))
        };
        let nouns = &index.nouns;
        let mut out: Vec<Candidate> = Vec::new();
        let hits = lookup_keys(t, vocab.compounds).filter_map(|k| nouns.by_key.get(k));
        for (k, w) in hits.flatten().map(|&e| NounCues::entry(e)) {
            let cue = &nouns.cues[k];
            let (head, last) = (pick(&cue.words[w]), w + 1 == cue.words.len());
            let rest = cue.words.iter().enumerate().filter(|(i, _)| *i != w);
            let named = |e: &Entity| sent.mentions.iter().any(|m| m.entity == *e);
            let found = same_word(t, &head, infl, vocab.compounds && last)
                && rest.map(|(_, x)| pick(x)).all(|x| in_sentence(&x))
                && cue.entities.iter().all(named);
            for &g in cue.groups.iter().filter(|_| found) {
                let group = &index.groups[g];
                let fresh = !out.iter().any(|c| c.group == g);
                if fresh && fits(claim, group.kind, group.unit) && self.current[g].is_some() {
                    out.push(Candidate {
                        start: noun,
                        end: noun + 1,
                        group: g,
                        distance: noun - claim.end_token,
                        veto: None,
                    });
                }
            }
        }
        out
    }
}
