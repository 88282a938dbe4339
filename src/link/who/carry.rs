//! Who is carried from before the claim's clause: the sentence's earlier names, the
//! paragraph's previous sentences, a headline or a list's heading, or a stranger's
//! name that no table or gazetteer knows.

use super::*;

impl Ctx<'_> {
    /// Who is carried from before the clause: earlier in the sentence, then the
    /// previous sentences of the paragraph (an anaphor reaches further), then a
    /// headline right above the paragraph.
    pub(super) fn carried(&self, claim: &Claim, group: &Group) -> Result<Option<Mention>, Reason> {
        if let Some(name) = self.stranger(claim) {
            return Err(Reason::OtherSubject(name));
        }
        let subject = Entity::Subject(group.subject);
        // An anaphor (`the pair`) refers back to a thing named, not to a demonym that
        // modifies another noun (`a complex built with Japanese credit`).
        let modifier = |m: &Mention| {
            self.frame.anaphor.is_some()
                && m.end == m.start + 1
                && self.index.reader.demonym_at(self.tokens, m.start).is_some()
        };
        let keep = |m: &&Mention| self.kept(m, group) && !modifier(m);
        let paragraph = self.tokens.list[self.sent.range.start].paragraph;
        let earlier: Vec<&Mention> = self
            .sent
            .mentions
            .iter()
            .filter(|m| m.end <= self.frame.clause.start)
            .filter(keep)
            .collect();
        // Each window with the sentence it lies in (none for a heading).
        let mut windows: Vec<(Option<&Sentence>, Vec<&Mention>)> = vec![(Some(self.sent), earlier)];
        // Only an anaphor (`it`, `the association`) reaches into earlier paragraphs:
        // the claim's own, or one in the sentence that opens a paragraph (`The country
        // has changed. Two-way trade reached …`).
        let (mut para, mut opener) = (paragraph, self.sent.has_anaphor());
        for (_, s) in self.sentences.range(..claim.sentence).rev() {
            let p = self.tokens.list[s.range.start].paragraph;
            if p != para && self.frame.anaphor.is_none() && !opener {
                break;
            }
            (para, opener) = (p, s.has_anaphor());
            windows.push((Some(s), s.mentions.iter().filter(keep).collect()));
        }
        let heading = self.heading();
        // A list under a heading that names no one (`Key figures`) is about the
        // paragraph above it: its first name, if that is not a rival's.
        let unnamed = heading
            .as_ref()
            .filter(|(h, _)| !h.iter().any(|m| keep(&m)) && self.is_list_line());
        let above = unnamed.map_or_else(Vec::new, |(_, line)| self.paragraph_above(*line));
        if let Some((h, _)) = &heading {
            windows.push((
                None,
                match unnamed {
                    Some(_) => above.iter().filter(keep).take(1).collect(),
                    None => h.iter().filter(keep).collect(),
                },
            ));
        }
        // The sentence's subject or the entity named last, when the other names in
        // between are not that entity's rivals for the figure.
        // `the region` names no country: the nearest window's countries are passed
        // over, and with no other name there it names no one.
        let reader = &self.index.reader;
        let region = self
            .frame
            .anaphor
            .as_ref()
            .is_some_and(|a| reader.is_region_anaphor(&frame::words(self.tokens, a.clone())));
        let place = |m: &&Mention| !region || !reader.is_country(self.ent(m, group));
        let chosen = windows.iter().find(|w| !w.1.is_empty()).and_then(|(s, w)| {
            let w: Vec<&Mention> = w.iter().copied().filter(place).collect();
            let chosen = if self.ent(w.first()?, group) == subject {
                w[0]
            } else {
                *w.last()?
            };
            // An anaphor names one thing only when no rival is named beside it (issue
            // 10): `Japan is a key partner, but South Korea invests more. The country
            // is …` names no one. A rival is another country opening a clause of its
            // own; one after a preposition or compared with (`behind South Korea`,
            // `where Thailand was`) is no rival, nor is a company beside a plant.
            let country = |m: &Mention| reader.is_country(self.ent(m, group));
            let rival = |m: &Mention| {
                self.ent(m, group) != self.ent(chosen, group)
                    && country(m)
                    && country(chosen)
                    && s.is_some_and(|s| reader.opens_clause(s, m.start) && !self.bystander(s, m))
            };
            let anaphor = self.frame.anaphor.is_some() && !region;
            (!anaphor || !w.iter().any(|m| rival(m))).then_some(chosen)
        });
        let Some(last) = chosen else {
            return Err(Reason::NoSubject);
        };
        if let Some(brand) = self.brand_before(last) {
            return Err(Reason::OtherSubject(brand));
        }
        if self.ent(last, group) != subject {
            return Err(Reason::OtherSubject(self.name(last.entity)));
        }
        // The anaphor, when there is one, is what names the subject here.
        Ok(Some(match &self.frame.anaphor {
            Some(a) => Mention {
                start: a.start,
                end: a.end,
                entity: subject,
            },
            None => *last,
        }))
    }

    /// Whether mention `m` of sentence `s` only stands beside who the sentence is about:
    /// after a preposition or a comparison (`behind South Korea and Singapore`), a
    /// possessor (`Vietnam's first`), or in a phrase set off by commas right after
    /// another name (`Kansai, the region around Osaka, Kyoto and Kobe, is …`).
    fn bystander(&self, s: &Sentence, m: &Mention) -> bool {
        let reader = &self.index.reader;
        reader.is_oblique(s, m.start)
            || reader.is_compared(s, m.start)
            || reader.is_located(s, m.start)
            || self.tokens.list[m.end - 1].possessive
            || self.set_off(m, s.range.clone(), |a| {
                s.mentions.iter().any(|p| p.end == a)
            })
    }

    /// The headline right above the claim's paragraph, which names the story's
    /// subject; for a line of a list or fact box (a short line of its own: `Inwoners:
    /// 27 miljoen`), the first line above it that names someone, over the list's other
    /// lines (`Kansai in het kort` above `Prefecturen: negen`).
    fn heading(&self) -> Option<(Vec<Mention>, usize)> {
        let (tokens, reader) = (self.tokens, &self.index.reader);
        let names = |h: usize| (reader.mentions(tokens, tokens.sentence_range(h)), h);
        let first = tokens.list[self.paragraph_start()].sentence as usize;
        let mut h = first.checked_sub(1)?;
        // A table's row reads its labels first (`frame::table`), then the line above
        // the table, over its other rows (`Vietnam at a glance` above `Indicator<TAB>
        // Value` and `Free trade agreements<TAB>17`).
        if self.cell.is_some() || self.is_row(first) {
            for _ in 0..TABLE_LINES {
                if !self.is_row(h) {
                    break;
                }
                h = h.checked_sub(1)?;
            }
            return is_headline(tokens, h).then(|| names(h));
        }
        if !is_headline(tokens, first) {
            return is_headline(tokens, h).then(|| names(h));
        }
        // Up over the list's items (`- Prefectures: 9 (Osaka, Kyoto, …)`, whose names
        // are their own) to the first line that is no item: the heading. Above bulleted
        // items, a line with no bullet is the heading even with a colon (`Japan and
        // Vietnam: key figures`).
        let bulleted = bullet(tokens, first);
        for _ in 0..LIST_LINES {
            if !short_line(tokens, h) {
                return None;
            }
            if !list_item(tokens, h) || (bulleted && !bullet(tokens, h)) {
                return Some(names(h));
            }
            h = h.checked_sub(1)?;
        }
        None
    }

    /// Whether the claim's sentence is an item of a list or fact box.
    fn is_list_line(&self) -> bool {
        let s = self.tokens.list[self.sent.range.start].sentence as usize;
        short_line(self.tokens, s) && list_item(self.tokens, s)
    }

    /// The names of the paragraph right above sentence `line` (a list's heading).
    fn paragraph_above(&self, line: usize) -> Vec<Mention> {
        let tokens = self.tokens;
        let Some(last) = line.checked_sub(1) else {
            return Vec::new();
        };
        let end = tokens.sentence_range(last).end;
        let paragraph = tokens.list[end - 1].paragraph;
        let mut start = tokens.sentence_range(last).start;
        while start > 0 && tokens.list[start - 1].paragraph == paragraph {
            start -= 1;
        }
        self.index.reader.mentions(tokens, start..end)
    }

    /// A name neither the table nor the gazetteer knows, before the figure in its
    /// clause and outside its cues (`Manulife Vietnam reported premium revenue of …`,
    /// `Rival Manulife …`): the figure is that entity's, not the subject's carried from
    /// before. A name is a capitalised word with lower-case letters after the first (not
    /// an acronym or a unit: `USD`, `MW`), no demonym, function word or abbreviation
    /// (`No.`), not after a preposition; a word opening its sentence or following a mark
    /// (`- Residents`, `"On`) counts only as a possessive (`Manulife's premium income`)
    /// or before another such name (`Rival Manulife`).
    #[inline(never)]
    fn stranger(&self, claim: &Claim) -> Option<String> {
        // An anaphor (`the group's three-decade backing`) says whose figure it is, unless
        // a brand names the subject before it (`Manulife Vietnam has operated in the
        // country for 26 years`).
        let anaphor = self.frame.anaphor.as_ref().map_or(usize::MAX, |a| a.start);
        let (tokens, sent) = (self.tokens, self.sent);
        let list = &tokens.list;
        let cues = frame::cues::FrameCues::of(self.index.lang);
        let vocab = self.index.lang.vocabulary();
        let function = |w: &str| {
            cues.obliques.contains(&w)
                || vocab.determiners.contains(&w)
                || vocab.coordinators.contains(&w)
        };
        let known = |k: usize| {
            let w = tokens.norm(k);
            sent.mentions.iter().any(|m| m.start <= k && k < m.end)
                || self.cues.iter().any(|c| c.0 <= k && k < c.1)
                || self.frame.anaphor.as_ref().is_some_and(|a| a.contains(&k))
                || self.index.reader.demonym_at(tokens, k).is_some()
                || function(w)
                || vocab.months.contains(&w)
                || cues.day_names.contains(&w)
                || self.index.reader.is_oblique(sent, k)
        };
        let word = |k: usize| list[k].kind == crate::token::TokenKind::Word;
        let text = |k: usize| self.text.get(list[k].span.clone()).unwrap_or("");
        let name = |k: usize| {
            let t = text(k);
            word(k)
                && list[k].capitalised
                && t.chars().skip(1).any(char::is_lowercase)
                && !(k + 1 < list.len() && tokens.norm(k + 1) == "." && !list[k + 1].space_before)
                && !known(k)
        };
        let from = claim.first_token;
        // A name run on from a known one (`Japan-Vietnam Vriendschapsvereniging`) may be
        // a longer name of the known entity: no stranger.
        let in_mention = |k: usize| sent.mentions.iter().any(|m| m.start <= k && k < m.end);
        let joined = |k: usize| list[k].capitalised || tokens.is_hyphen(k);
        let runs_on_known = |k: usize| {
            let lo = (sent.range.start..k)
                .rev()
                .take_while(|&j| joined(j))
                .last()
                .unwrap_or(k);
            let hi = (k..from).take_while(|&j| joined(j)).last().unwrap_or(k);
            (lo..=hi).any(in_mention)
        };
        // A brand before a country's name (`Manulife Vietnam`, `Toyota Việt Nam`) is
        // the brand's local arm, not the country, wherever it stands.
        let brand = |k: usize| {
            sent.mentions
                .iter()
                .any(|m| m.start == k + 1 && self.index.reader.state(m.entity) == Some(m.entity))
        };
        // `"We have been here for 30 years," said the head of Manulife Vietnam`: the
        // speaker a quote's `we` names may be a brand, anywhere in the sentence.
        let speaker = || {
            let quoted = sent.first_person_before(from);
            sent.range.clone().find(|&k| {
                let capital = word(k)
                    && list[k].capitalised
                    && text(k).chars().skip(1).any(char::is_lowercase);
                quoted
                    && capital
                    && !in_mention(k)
                    && brand(k)
                    && !(k > sent.range.start && joined(k - 1))
            })
        };
        let k = (self.frame.clause.start..from).find(|&k| {
            let opens = k == sent.range.start || !word(k - 1);
            name(k)
                && (brand(k) && k < anaphor
                    || (anaphor == usize::MAX
                        && (!opens || list[k].possessive || (k + 1 < from && name(k + 1)))
                        && !runs_on_known(k)))
                && !(k > sent.range.start && !opens && joined(k - 1))
                // `de Vriendschapsvereniging`, `the Party`: a definite description
                // refers back to a name given before.
                && !(k > sent.range.start && vocab.determiners.contains(&tokens.norm(k - 1)))
        });
        let k = k.or_else(speaker)?;
        // `Rival Manulife`: the name is the unknown word after an opening one.
        let k = if k + 1 < from && name(k + 1) {
            k + 1
        } else {
            k
        };
        Some(text(k).to_string())
    }

    /// Whether sentence `s` is a line of a pasted table: a tab between cells, or a pipe
    /// opening the line.
    fn is_row(&self, s: usize) -> bool {
        // A pipe row opens with its pipe; a pipe inside running text is no cell.
        let mut r = self.tokens.sentence_range(s);
        r.clone().next().is_some_and(|i| self.tokens.norm(i) == "|")
            || r.any(|i| self.tokens.list[i].tab_before)
    }

    /// The first token of the claim's paragraph.
    pub(in crate::link) fn paragraph_start(&self) -> usize {
        let p = self.tokens.list[self.sent.range.start].paragraph;
        let mut i = self.sent.range.start;
        while i > 0 && self.tokens.list[i - 1].paragraph == p {
            i -= 1;
        }
        i
    }
}

/// Whether sentence `s` is a headline: a paragraph of its own, short, with no final
/// full stop or colon. A question is one (`Waar komt Vietnam vandaan?` over an
/// explainer's paragraph, `Why Gunma?` over an interview's answer): it names what the
/// paragraph below answers about.
fn is_headline(tokens: &Tokens, s: usize) -> bool {
    alone_last(tokens, s).is_some_and(|last| !matches!(tokens.norm(last), "." | "!" | ":"))
}

/// Whether sentence `s` is a short paragraph of its own with no final full stop: a
/// headline, a list's heading (`Kansai in cijfers:`) or one of its items.
fn short_line(tokens: &Tokens, s: usize) -> bool {
    alone_last(tokens, s).is_some_and(|last| !matches!(tokens.norm(last), "." | "!" | "?"))
}

/// The last token of sentence `s` when it is a short paragraph of its own.
fn alone_last(tokens: &Tokens, s: usize) -> Option<usize> {
    let r = tokens.sentence_range(s);
    let (first, last) = (r.clone().next()?, r.clone().last()?);
    let alone = tokens.list[first].paragraph == tokens.list[last].paragraph
        && (first == 0 || tokens.list[first - 1].paragraph != tokens.list[first].paragraph)
        && tokens
            .list
            .get(last + 1)
            .is_none_or(|t| t.paragraph != tokens.list[last].paragraph);
    (alone && r.len() <= HEADLINE_TOKENS).then_some(last)
}

/// Whether short line `s` is a list's item: it opens with a bullet or gives a label
/// before a colon (`- Prefectures: 9`, `Inwoners: 27 miljoen`).
fn list_item(tokens: &Tokens, s: usize) -> bool {
    let r = tokens.sentence_range(s);
    let label = r.clone().rev().skip(1).any(|k| tokens.norm(k) == ":");
    bullet(tokens, s) || label
}

/// Whether sentence `s` opens with a bullet (`- `, `• `).
fn bullet(tokens: &Tokens, s: usize) -> bool {
    let f = tokens.sentence_starts[s];
    matches!(tokens.norm(f), "-" | "–" | "—" | "*" | "•")
}

/// The most lines of a list or fact box between a line and its heading.
const LIST_LINES: usize = 12;

/// The most rows of a pasted table between a row and the line above the table.
const TABLE_LINES: usize = 40;

/// The longest headline, in tokens.
const HEADLINE_TOKENS: usize = 24;
