//! Readings of a number that make it no claim: a code, a phone number, a label, a
//! date, a period, a time, an event, a house number. Each reading is a named rule with
//! example drafts; [`READINGS`] lists them in the order they are tried, and one test
//! runs every example (each must be read by its own rule and yield no claim).

use super::*;
use crate::lang::Lang;

mod calendar;
mod codes;

use calendar::{date, numeric_date, period, time};
use codes::{
    code_after, code_before, in_unit, leading_zero, long_code, parenthesised, phone, postcode,
    version,
};

/// What a reading looks at: a number and its neighbours.
pub(super) struct At<'a> {
    tokens: &'a Tokens,
    lex: &'a Lexicon,
    /// The number's first token and the token after it.
    i: usize,
    end: usize,
    /// Whether the number is written in digits (words are never codes or dates).
    digits: bool,
    /// Its value (a designation in words is small: `phase two`, not `hai triệu`).
    value: f64,
    /// The last number read as part of a date, so that `16-18` or `3, 2025` after one
    /// are dates too.
    date_end: &'a mut Option<usize>,
}

impl At<'_> {
    fn norm(&self, k: usize) -> &str {
        self.tokens.norm(k)
    }

    fn is(&self, k: usize, s: &str) -> bool {
        norm_is(self.tokens, k, s)
    }

    fn prev(&self) -> Option<usize> {
        self.i.checked_sub(1)
    }

    /// Whether token `k + 1` follows token `k` with no space.
    fn joined(&self, k: usize) -> bool {
        self.tokens.list.get(k + 1).is_some_and(|t| !t.space_before)
    }

    /// Whether token `k` is a `-`, `–`, `.`, `:` or `/` glued between the number before
    /// it and a number after it (`020-5550192`, `14-07`, `3:05`).
    fn joined_number_after(&self, k: usize) -> bool {
        let list = &self.tokens.list;
        k > 0
            && list[k - 1].kind == TokenKind::Number
            && list.get(k).is_some_and(|t| !t.space_before)
            && matches!(self.norm(k), "-" | "–" | "." | ":" | "/")
            && list
                .get(k + 1)
                .is_some_and(|n| n.kind == TokenKind::Number && !n.space_before)
    }

    /// Whether a unit or scale follows the number (a designation carries none).
    fn measured(&self) -> bool {
        self.measured_from(self.end)
    }

    /// Whether a unit or scale stands at token `k` (a glued single letter is a code's:
    /// `Flat 4B`).
    fn measured_from(&self, k: usize) -> bool {
        let at = skip_hyphens(self.tokens, k);
        let scale = self.lex.scales.at(self.tokens, at).is_some() && self.norm(at).len() > 1;
        self.lex.units.at(self.tokens, at).is_some() || scale
    }
}

/// A way a number is read that makes it no claim.
pub(super) struct Reading {
    /// What the number is read as.
    pub name: &'static str,
    /// Drafts whose numbers this reading takes (the first number of each); the
    /// readings' test runs them.
    #[cfg_attr(not(test), allow(dead_code))]
    pub examples: &'static [(Lang, &'static str)],
    /// The token index to go on from when the reading applies.
    read: fn(&mut At) -> Option<usize>,
}

use Lang::{En, Nl, Vi};

/// Every reading that makes a number no claim, in the order they are tried.
pub(super) const READINGS: &[Reading] = &[
    Reading {
        name: "part of a unit",
        examples: &[(En, "Area (km2)"), (En, "| area (km2) |")],
        read: in_unit,
    },
    Reading {
        name: "code with letters after",
        examples: &[
            (En, "The chip uses 5G networks."),
            (En, "a 3D printer"),
            (En, "The 7-Eleven chain opened a store."),
        ],
        read: code_after,
    },
    Reading {
        name: "code with letters before",
        examples: &[
            (En, "COVID-19 hit tourism."),
            (En, "the G7 summit"),
            (En, "Flight VN310 was late."),
            (En, "The ASEAN+3 meeting ended."),
            (En, "Talks with the P5+1 resumed."),
        ],
        read: code_before,
    },
    Reading {
        name: "phone number",
        examples: &[
            (En, "call +84 24 3825 1234 now"),
            (Nl, "Bel +31 20 123 4567 voor informatie."),
            (En, "the hotline is 1900 1234."),
        ],
        read: phone,
    },
    Reading {
        name: "label with a leading zero",
        examples: &[
            (En, "Frigate 015 – Tran Hung Dao"),
            (Nl, "Bel 020-5550192 voor informatie."),
        ],
        read: leading_zero,
    },
    Reading {
        name: "counter in parentheses",
        examples: &[(Nl, "Reactie (0)"), (En, "Comments (12)")],
        read: parenthesised,
    },
    Reading {
        name: "numeric date",
        examples: &[
            (En, "The fair opens on 2025-11-25."),
            (Nl, "Hij is geboren op 14-07-1989."),
        ],
        read: numeric_date,
    },
    Reading {
        name: "score",
        examples: &[
            (En, "United won 2-1 after extra time."),
            (Nl, "Het werd 3–3 in Rotterdam."),
        ],
        read: score,
    },
    Reading {
        name: "postcode",
        examples: &[(Nl, "Het kantoor zit op 1012 LM Amsterdam.")],
        read: postcode,
    },
    Reading {
        name: "long code",
        examples: &[(En, "The ship's IMO number is 9321483.")],
        read: long_code,
    },
    Reading {
        name: "age",
        examples: &[
            (En, "A 45-year-old man was arrested."),
            (Nl, "Een 34-jarige man is aangehouden."),
            (Vi, "Một người đàn ông 45 tuổi bị bắt."),
            (En, "Mr Tanaka, 62, took office in May."),
        ],
        read: age,
    },
    Reading {
        name: "race",
        examples: &[
            (En, "She won the 400m at the championships."),
            (En, "the 110m hurdles"),
            (Nl, "Zij won goud op de 400m."),
        ],
        read: race,
    },
    Reading {
        name: "version",
        examples: &[
            (En, "Python 3.12 was released on time."),
            (Nl, "Django 4.2 is uitgebracht."),
        ],
        read: version,
    },
    Reading {
        name: "thread counter",
        examples: &[
            (En, "1/10 Back from the ministry, the governor said"),
            (Nl, "3/8 De minister landde om negen uur."),
            (Vi, "2/5 Đoàn công tác đến Hà Nội chiều nay."),
        ],
        read: thread_counter,
    },
    Reading {
        name: "date",
        examples: &[
            (En, "in Hanoi on November 3 for the"),
            (En, "on 3 November"),
            (En, "HANOI, Dec. 15 — The"),
            (En, "updated 4/11/2025"),
            (Nl, "Bijgewerkt op 3 november 2025"),
            (Vi, "Chiều 3/11, tại Hà Nội"),
            (Vi, "ngày 25 tháng 11 năm 2025"),
            (En, "In October 2 people died."),
        ],
        read: date,
    },
    Reading {
        name: "period",
        examples: &[(En, "in the fiscal year 2024"), (En, "the class of 2019")],
        read: period,
    },
    Reading {
        name: "time",
        examples: &[
            (En, "at 10:30 am on"),
            (En, "starts at 3 pm"),
            (En, "The clock stopped at 3:05:12."),
            (Nl, "om 10.30 uur begon"),
            (Nl, "De wedstrijd begint om 20.45."),
            (Vi, "lúc 10 giờ sáng"),
            (Vi, "Cuộc họp bắt đầu lúc 7 giờ 30."),
            (Vi, "Cuộc họp bắt đầu lúc 7 giờ 30 sáng."),
            (Nl, "De gesprekken beginnen om 7 uur 30 's avonds."),
        ],
        read: time,
    },
    Reading {
        name: "label",
        examples: &[
            (En, "see page 12 for"),
            (En, "Decree 15 took effect."),
            (En, "the Nhon Trach 3 and 4 power plants"),
            (En, "Chair of BRICS 2024."),
            (Nl, "zie pagina 12 voor"),
            (Nl, "Buslijn 38 rijdt niet."),
            (Vi, "theo Nghị định số 15"),
            (En, "The iPhone 15 sold out."),
            (En, "Pupils in year 2 start later."),
            (Vi, "Văn phòng ở tầng 12."),
            (Vi, "Hội nghị lần 2 diễn ra ở Tokyo."),
            (En, "The Boeing 787-9 Dreamliner landed."),
            (En, "Windows 11 is now on most laptops."),
            (En, "Please call 911 now."),
            (En, "Call 1800 599 920 for details."),
            (Nl, "Het ministerie meldt dat Nhon Trach 2 gas verbruikt."),
            (Nl, "Bekend is dat Vung Ang 1 kolen verbrandt."),
        ],
        read: label,
    },
    Reading {
        name: "milestone ordinal",
        examples: &[
            (En, "handling the 2 millionth TEU"),
            (En, "The 2 millionth container left Cai Mep in June."),
            (Nl, "De haven verwerkte de 2 miljoenste container."),
            (En, "He was the 1.5-millionth visitor."),
            (Nl, "Hij was de 1,5-miljoenste bezoeker."),
        ],
        read: milestone,
    },
    Reading {
        name: "list item",
        examples: &[
            (En, "1. Trade. Two-way trade grew."),
            (Nl, "2) Investeringen: Japan is derde."),
            (Vi, "3. Thương mại hai chiều tăng mạnh."),
        ],
        read: list_item,
    },
    Reading {
        name: "vague quantity",
        examples: &[
            (Nl, "Er stonden een paar 100 mensen."),
            (En, "They live a few 100 yards away."),
        ],
        read: vague,
    },
    Reading {
        name: "house number",
        examples: &[(En, "at 12 Ly Thai To Street")],
        read: house_number,
    },
];

/// Whether the number `q` is not a claim; if so, the token index to go on from.
pub(super) fn not_a_claim(
    tokens: &Tokens,
    lex: &Lexicon,
    q: &Quantity,
    date_end: &mut Option<usize>,
) -> Option<usize> {
    which(tokens, lex, q, date_end).map(|(next, _)| next)
}

/// The reading that takes the number `q`, and the token index to go on from.
fn which(
    tokens: &Tokens,
    lex: &Lexicon,
    q: &Quantity,
    date_end: &mut Option<usize>,
) -> Option<(usize, &'static str)> {
    let mut at = At {
        tokens,
        lex,
        i: q.tokens.start,
        end: q.tokens.end,
        digits: tokens.list[q.tokens.start].kind == TokenKind::Number,
        value: q.value,
        date_end,
    };
    READINGS
        .iter()
        .find_map(|r| (r.read)(&mut at).map(|next| (next, r.name)))
}

/// `2-1`, `3–3`: two small whole numbers, the first not below the second, glued by a
/// dash, with no unit: a score (a range runs from low to high: `3-5 days`).
fn score(at: &mut At) -> Option<usize> {
    let list = &at.tokens.list;
    let small = |k: usize| {
        list[k]
            .number
            .is_some_and(|d| d.decimals == 0 && !d.grouped && d.value < 100.0)
    };
    let (a, b) = (at.i, at.end + 1);
    let ok = at.digits
        && at.end == a + 1
        && at.joined_number_after(at.end)
        && matches!(at.norm(at.end), "-" | "–")
        && small(a)
        && small(b)
        && list[a].number?.value >= list[b].number?.value;
    if !ok {
        return None;
    }
    (!at.measured_from(b + 1)).then_some(b + 1)
}

/// `45-year-old`, `34-jarige`: a person's age, an adjective glued on by a hyphen
/// (`the fleet is over 20 years old` is a duration).
fn age(at: &mut At) -> Option<usize> {
    let (tokens, end) = (at.tokens, at.end);
    let hyphen = end < tokens.len() && tokens.is_hyphen(end) && at.joined(end - 1);
    // `45 tuổi`: an age word that is no unit needs no hyphen (`50 years old` is a
    // length of time in years).
    let age_word = at.lex[W::AgeWords].at(tokens, skip_hyphens(tokens, end));
    if hyphen || (age_word.is_some() && at.lex.units.at(tokens, end).is_none()) {
        return age_word;
    }
    apposition(at)
}

/// `Mr Tanaka, 62, took office`: a whole number of years set off by commas right
/// after a name is the person's age.
fn apposition(at: &At) -> Option<usize> {
    let (list, i, end) = (&at.tokens.list, at.i, at.end);
    let d = list[i].number.filter(|d| d.decimals == 0 && !d.grouped)?;
    let name = i >= 2
        && at.is(i - 1, ",")
        && !list[i - 1].space_before
        && list[i - 2].kind == TokenKind::Word
        && list[i - 2].capitalised;
    let closed = at.is(end, ",") && !list[end].space_before;
    (name
        && closed
        && (16.0..=110.0).contains(&d.value)
        && at.tokens.sentence_starts[list[i].sentence as usize] != i - 2)
        .then_some(end)
}

/// `the 400m hurdles`, `the 400m at the championships`, `op de 400m.`: a distance in
/// metres glued on, after a determiner, that names a race: a race word or the end of
/// the phrase follows. (`the 100m budget` is an amount.)
fn race(at: &mut At) -> Option<usize> {
    let (tokens, lex, end) = (at.tokens, at.lex, at.end);
    let list = &tokens.list;
    // Most numbers have no glued `m`: one comparison.
    if !(at.digits && at.is(end, "m") && !list[end].space_before) {
        return None;
    }
    let d = list[at.i].number?;
    let distance = d.decimals == 0 && d.value >= 50.0 && d.value.fract() == 0.0;
    let determined = || {
        at.prev()
            .is_some_and(|p| lex.vocab.determiners.contains(&at.norm(p)))
    };
    if !(distance && determined()) {
        return None;
    }
    let after = end + 1;
    let closed = list
        .get(after)
        .is_none_or(|t| t.kind != TokenKind::Word || t.sentence != list[end].sentence);
    (closed || lex[W::RaceWords].at(tokens, after).is_some()).then_some(after)
}

/// `page 5`, `Decree 15`, `No. 15`, and designations after a proper noun that is not
/// the first word of its sentence (`Nhon Trach 3 and 4`, `BRICS 2024`).
/// Whether the number is digits written in thousands groups (`2,100`).
fn grouped(at: &At) -> bool {
    at.tokens.list[at.i].number.is_some_and(|d| d.grouped)
}

fn label(at: &mut At) -> Option<usize> {
    let (tokens, lex, i) = (at.tokens, at.lex, at.i);
    let list = &tokens.list;
    let p = at.prev()?;
    // A designation carries no unit or scale (`level 3`, not `sea level 3 metres`).
    // In a language of closed compounds, a word ending in a label word is one too
    // (`buslijn 38`, `woonblok 4`).
    let compound = lex.vocab.compounds
        && list[p].kind == TokenKind::Word
        && lex
            .vocab
            .label_words
            .iter()
            .any(|w| w.len() >= 4 && at.norm(p).ends_with(w));
    let labelled = (compound
        || lex[W::LabelWords]
            .ending_at(tokens, i, p.saturating_sub(2))
            .is_some()
        || lex[W::RankNumber]
            .ending_at(tokens, i, p.saturating_sub(2))
            .is_some())
        && !at.measured()
        && (at.digits || at.value < 1000.0)
        // A designation is never written in thousands groups: `now number 2,100` is
        // a count (the verb), `number 2100` a label.
        && !grouped(at);
    let after_name = list[p].kind == TokenKind::Word
        && list[p].capitalised
        && !list[p].possessive
        && (list[p].inner_capital || tokens.sentence_starts[list[p].sentence as usize] != p)
        && lex.units.ending_at(tokens, i, p).is_none()
        && lex.hedges_before.ending_at(tokens, i, p).is_none()
        && lex[W::Months].at(tokens, p).is_none()
        // A designation carries no unit or scale: `Nhật Bản 18%` is a share after a
        // name, `de handel met Japan 52 miljard dollar` an amount.
        && lex.units.at(tokens, at.end).is_none()
        && lex.scales.at(tokens, at.end).is_none()
        // Nor does it stand in a cell of its own (`Businesses investing in Vietnam\t56`).
        && !list[i].tab_before
        // Nor after the second of two names joined as a subject (`sloten Vietnam en
        // Japan 12 akkoorden`): names with numbers are joined after them (`Nhon Trach 3
        // and 4`).
        && !(p >= 2
            && lex[W::Coordinators].at(tokens, p - 1) == Some(p)
            && list[p - 2].kind == TokenKind::Word
            && list[p - 2].capitalised);
    // Nor is one written in thousands groups (`dat Japan 2.000 bedrijven heeft`, a
    // Dutch subordinate clause: a count after its subject), nor one after a name that
    // a subordinator or an inverted verb opens (`telde Kansai 9 prefecturen`).
    if !(labelled || (at.digits && after_name && !grouped(at) && !count_after_subject(at, p))) {
        return None;
    }
    // `3 and 4` after a name: the second number is a label too, as is a variant glued
    // on (`787-9`).
    let mut next = at.end;
    if at.joined_number_after(next) && at.is(next, "-") {
        next += 2;
    }
    while lex[W::Coordinators].at(tokens, next).is_some() || at.is(next, ",") {
        match list.get(next + 1) {
            Some(n) if n.kind == TokenKind::Number => next += 2,
            _ => break,
        }
    }
    // `call 1800 599 920`: digit groups right after a label's number are the label's.
    if labelled {
        while list
            .get(next)
            .is_some_and(|n| n.kind == TokenKind::Number && n.paragraph == list[i].paragraph)
        {
            next += 1;
        }
    }
    Some(next)
}

/// `1. Trade.`, `2) Investeringen`: a number opening its paragraph, with a `.` or `)`
/// glued on and a word after, numbers a list item.
fn list_item(at: &mut At) -> Option<usize> {
    let (tokens, i, end) = (at.tokens, at.i, at.end);
    let list = &tokens.list;
    let opens = i == 0 || list[i - 1].paragraph != list[i].paragraph;
    let marked =
        (at.is(end, ".") || at.is(end, ")")) && list.get(end).is_some_and(|t| !t.space_before);
    let word_after = list.get(end + 1).is_some_and(|t| {
        t.kind == TokenKind::Word && t.space_before && t.paragraph == list[i].paragraph
    });
    (at.digits && opens && marked && word_after).then_some(end + 1)
}

/// `1/10 Back from …`: a post's place in a thread opening its paragraph, `n/m` with
/// `n` at most `m` and a capitalised word after (a fraction in a sentence has words
/// before it: `1/3 of the firms`).
fn thread_counter(at: &mut At) -> Option<usize> {
    let (tokens, i, end) = (at.tokens, at.i, at.end);
    let list = &tokens.list;
    let post = at.digits && at.is(end, "/") && at.joined_number_after(end);
    if !(post && super::shape::opens_a_post(tokens, i)) {
        return None;
    }
    let whole = |k: usize| {
        list[k]
            .number
            .filter(|d| d.decimals == 0 && !d.grouped && d.value >= 1.0 && d.value <= 99.0)
            .map(|d| d.value)
    };
    let (n, m) = (whole(i)?, whole(end + 1)?);
    (n <= m).then_some(end + 2)
}

/// `een paar honderd`, `vài nghìn`, `a few 100`: a vague number, no claim.
fn vague(at: &mut At) -> Option<usize> {
    at.lex[W::Vague]
        .ending_at(at.tokens, at.i, at.i.saturating_sub(3))
        .map(|_| at.end)
}

/// `the 2 millionth TEU`, `de 2 miljoenste bezoeker`, `the 1.5-millionth visitor`: a
/// milestone, an ordinal that ranks nothing (no rank phrase follows an ordinal scale)
/// and counts nothing (not 2 million). In words (`its one millionth visitor`) it is an
/// ordinal in words.
fn milestone(at: &mut At) -> Option<usize> {
    at.lex[W::OrdinalScales].at(at.tokens, skip_hyphens(at.tokens, at.end))
}

/// `12 Ly Thai To Street`.
fn house_number(at: &mut At) -> Option<usize> {
    let (tokens, lex, end) = (at.tokens, at.lex, at.end);
    let list = &tokens.list;
    let mut k = end;
    while k < tokens.len() && k < end + 5 && list[k].capitalised && list[k].kind == TokenKind::Word
    {
        if lex[W::StreetWords].at(tokens, k).is_some() {
            return Some(k + 1);
        }
        k += 1;
    }
    (k > end && lex[W::StreetWords].at(tokens, k).is_some()).then_some(k + 1)
}

/// Whether the name ending at token `p` opens right after a word that makes it a
/// clause's subject (`dat Japan`, `telde Kansai`), and the number after it counts the
/// noun that follows (`9 prefecturen`; not `dat Nhon Trach 3 en 4 …`, named numbers).
fn count_after_subject(at: &At, p: usize) -> bool {
    let list = &at.tokens.list;
    let counts_a_noun = list.get(at.end).is_some_and(|t| {
        t.kind == TokenKind::Word
            && !t.capitalised
            && t.sentence == list[p].sentence
            && at.lex[W::Coordinators].at(at.tokens, at.end).is_none()
    });
    if !counts_a_noun {
        return false;
    }
    let mut s = p;
    while s > 0
        && list[s - 1].sentence == list[p].sentence
        && ((list[s - 1].kind == TokenKind::Word && list[s - 1].capitalised)
            || (at.is(s - 1, "-") && !list[s - 1].space_before))
    {
        s -= 1;
    }
    // `dat Nhon Trach 2 gas verbruikt`: one digit after a name of two words numbers a
    // unit of it (a plant, a line); news style writes so small a count in words.
    let numbered_name = s < p && list[p - 1].kind == TokenKind::Word && at.value < 10.0;
    !numbered_name
        && s > 0
        && at.lex[W::CountOpeners]
            .ending_at(at.tokens, s, s - 1)
            .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    /// Every example of every reading is taken by that reading (its first number) and
    /// yields no claim.
    #[test]
    fn every_reading_takes_its_examples() {
        for r in READINGS {
            for (lang, text) in r.examples {
                let vocab = lang.vocabulary();
                let lex = Lexicon::new(vocab);
                let tokens = tokenize(text, vocab);
                let first = (0..tokens.len()).find_map(|k| {
                    (tokens.list[k].kind == TokenKind::Number)
                        .then(|| number_at(&tokens, &lex, k))
                        .flatten()
                });
                let q = first.unwrap_or_else(|| panic!("{text}: no number"));
                let name = which(&tokens, &lex, &q, &mut None).map(|(_, n)| n);
                assert_eq!(name, Some(r.name), "{lang:?} {text}");
                assert_eq!(extract(&tokens, &lex), [], "{lang:?} {text}");
            }
        }
    }
}
