//! Plain text work for drafting: words with their byte spans, the sentence around a
//! figure, and ids made of ASCII slugs.

/// Words of `text` with their byte spans: runs of letters and digits, with inner
/// hyphens and apostrophes (`two-way`, `Vietnam's`).
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '-' | '\'' | '’')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// The sentence around byte `at`: from after the previous `.`/`!`/`?` that is followed
/// by white space (or a line break) to the next one.
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let is_end = |i: usize, c: char| {
        c == '\n'
            || (matches!(c, '.' | '!' | '?' | '。')
                && text[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace))
    };
    let start = text[..at]
        .char_indices()
        .rev()
        .find(|&(i, c)| is_end(i, c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[at..]
        .char_indices()
        .find(|&(i, c)| is_end(at + i, c))
        .map_or(text.len(), |(i, c)| at + i + c.len_utf8());
    (start, end)
}

/// `s` as an id part: lower-case ASCII, accents dropped, every run of other characters
/// one `_`, none at the ends.
#[cfg_attr(claimcheck_small, optimize(size))]
pub(super) fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'a'..='z' | '0'..='9' => c,
            'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ắ' | 'ằ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ấ' | 'ầ'
            | 'ẩ' | 'ẫ' | 'ậ' | 'ä' => 'a',
            'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ế' | 'ề' | 'ể' | 'ễ' | 'ệ' | 'ë' => {
                'e'
            }
            'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' | 'ï' => 'i',
            'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ố' | 'ồ' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ớ' | 'ờ'
            | 'ở' | 'ỡ' | 'ợ' | 'ö' => 'o',
            'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ứ' | 'ừ' | 'ử' | 'ữ' | 'ự' | 'ü' => {
                'u'
            }
            'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
            'đ' => 'd',
            _ => '_',
        };
        if c != '_' || !out.ends_with('_') {
            out.push(c);
        }
    }
    out.trim_matches('_').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let t = "Two-way trade, Vietnam’s 48.18 - x";
        let got: Vec<&str> = words(t).iter().map(|w| &t[w.0..w.1]).collect();
        assert_eq!(got, ["Two-way", "trade", "Vietnam’s", "48", "18", "x"]);
    }

    #[test]
    fn sentences_end_at_a_stop_before_white_space_not_in_a_number() {
        let t = "First one. Trade hit 48.18 billion USD! Last";
        let at = t.find("48").unwrap_or(0);
        let (s, e) = sentence_around(t, at);
        assert_eq!(&t[s..e], " Trade hit 48.18 billion USD!");
    }

    #[test]
    fn ids_are_ascii_slugs() {
        assert_eq!(slug("Vietnam–Japan relations"), "vietnam_japan_relations");
        assert_eq!(slug("Nhật Bản"), "nhat_ban");
        assert_eq!(slug("Korea's exports"), "korea_s_exports");
    }
}
