//! Reading digits as a number in a language's style.
//!
//! English writes `48.18` and `630,000`; Dutch and Vietnamese write `48,18` and
//! `630.000`. This module owns that difference and nothing else: it reads one run of
//! digits and separators and says how far the number goes and what it is worth.

/// A number read from digits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Digits {
    /// Bytes consumed from the start of the input.
    pub len: usize,
    /// The value as written (`48.18`).
    pub value: f64,
    /// How many digits follow the decimal separator (2 for `48.18`).
    pub decimals: u32,
    /// Whether thousands separators were used (`630,000`).
    pub grouped: bool,
    /// Whether the number starts with a zero followed by more digits (`015`): a label.
    pub leading_zero: bool,
}

/// Reads the number at the start of `s` (which must start with an ASCII digit) in the
/// style given by `decimal` and `groups`. Separators that do not fit the style end the
/// number: in English `1,2,3` reads as `1`; a group must have exactly three digits and
/// follow a first group of one to three.
pub fn read(s: &str, decimal: char, groups: &[char]) -> Option<Digits> {
    let bytes = s.as_bytes();
    if !bytes.first()?.is_ascii_digit() {
        return None;
    }
    let run = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let first = run(0);
    let mut digits = String::with_capacity(first + 8);
    digits.push_str(&s[..first]);
    let mut pos = first;
    let mut grouped = false;
    let mut decimals = 0;
    while let Some(c) = s[pos..].chars().next() {
        let after = pos + c.len_utf8();
        let next_run = if after < bytes.len() { run(after) } else { 0 };
        if next_run == 0 {
            break;
        }
        if groups.contains(&c) {
            // `020 123 4567` is a phone number, not a grouped `020123`.
            if c == ' ' && first > 1 && bytes[0] == b'0' {
                break;
            }
            let ends_group = next_run == 3;
            let first_ok = grouped || first <= 3;
            if !(ends_group && first_ok) {
                break;
            }
            digits.push_str(&s[after..after + 3]);
            grouped = true;
            pos = after + 3;
        } else if c == decimal {
            digits.push('.');
            digits.push_str(&s[after..after + next_run]);
            decimals = next_run as u32;
            pos = after + next_run;
            break;
        } else {
            break;
        }
    }
    let value = digits.parse::<f64>().ok()?;
    Some(Digits {
        len: pos,
        value,
        decimals,
        grouped,
        leading_zero: first > 1 && bytes[0] == b'0',
    })
}

/// Whether digits read differently in the two number styles: one separator followed by
/// exactly three digits (`1.624` is 1.624 in English and 1624 in Dutch; `1,624` the
/// other way round).
pub fn style_ambiguous(digits: &str) -> bool {
    let Some(at) = digits.find(['.', ',']) else {
        return false;
    };
    let (int, frac) = (&digits[..at], &digits[at + 1..]);
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(int) && int.len() <= 3 && frac.len() == 3 && all_digits(frac)
}

/// Parses a whole string as a number in plain English notation (`630,000`, `48.18`),
/// for fact tables. `None` when anything is left over.
pub fn parse_plain(s: &str) -> Option<f64> {
    let d = read(s, '.', &[','])?;
    (d.len == s.len()).then_some(d.value)
}

/// Writes `value` with at most `max_decimals` decimals (trailing zeros dropped) in a
/// language's style: `48180` → `48,180` in English, `48.180` in Dutch.
pub fn format(value: f64, max_decimals: usize, decimal: char, group: char) -> String {
    let fixed = format!("{:.*}", max_decimals, value.abs());
    let (int, frac) = match fixed.split_once('.') {
        Some((i, f)) => (i, f.trim_end_matches('0')),
        None => (fixed.as_str(), ""),
    };
    let mut out = String::with_capacity(fixed.len() + int.len() / 3 + 1);
    if value < 0.0 {
        out.push('-');
    }
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row per spelling: input, style, expected length consumed and value.
    #[test]
    fn reads_each_spelling() {
        let en = ('.', &[','][..]);
        let nl = (',', &['.', '\u{00A0}', '\u{202F}', '\u{2009}'][..]);
        type Style = (char, &'static [char]);
        let rows: &[(&str, Style, usize, f64)] = &[
            ("630,000", en, 7, 630_000.0),
            ("48.18 billion", en, 5, 48.18),
            ("1,624 MW", en, 5, 1624.0),
            ("1.624", en, 5, 1.624),
            ("1.624", nl, 5, 1624.0),
            ("48,18", nl, 5, 48.18),
            ("630.000", nl, 7, 630_000.0),
            ("630\u{00A0}000", nl, 8, 630_000.0),
            ("1,2,3", en, 1, 1.0),
            ("2023.", en, 4, 2023.0),
            ("23,000", en, 6, 23_000.0),
            ("1234,567", en, 4, 1234.0),
            ("9", en, 1, 9.0),
            ("0.5%", en, 3, 0.5),
            ("630\u{202F}000", nl, 9, 630_000.0),
            ("630\u{2009}000", nl, 9, 630_000.0),
            ("1.234.567,5", nl, 11, 1_234_567.5),
            ("2.6", nl, 1, 2.0),
            ("10.30", nl, 2, 10.0),
        ];
        for (input, (dec, groups), len, value) in rows {
            let d = read(input, *dec, groups).unwrap();
            assert_eq!((d.len, d.value), (*len, *value), "{input}");
        }
    }

    #[test]
    fn flags_labels_and_precision() {
        let d = read("015", '.', &[',']).unwrap();
        assert!(d.leading_zero);
        let d = read("48.18", '.', &[',']).unwrap();
        assert_eq!(d.decimals, 2);
        assert!(read("x", '.', &[',']).is_none());
    }

    #[test]
    fn tells_style_ambiguous_digits() {
        for (digits, ambiguous) in [
            ("1.624", true),
            ("1,624", true),
            ("48.18", false),
            ("1.624.000", false),
            ("1624", false),
            ("12,5", false),
        ] {
            assert_eq!(style_ambiguous(digits), ambiguous, "{digits}");
        }
    }

    #[test]
    fn parses_plain_values() {
        assert_eq!(parse_plain("630,000"), Some(630_000.0));
        assert_eq!(parse_plain("48.18"), Some(48.18));
        assert_eq!(parse_plain("1,2,3"), None);
        assert_eq!(parse_plain("12a"), None);
    }

    #[test]
    fn formats_in_style() {
        assert_eq!(format(48.18, 2, '.', ','), "48.18");
        assert_eq!(format(630_000.0, 0, '.', ','), "630,000");
        assert_eq!(format(1624.0, 0, '.', ','), "1,624");
        assert_eq!(format(48.18, 2, ',', '.'), "48,18");
        assert_eq!(format(23.0, 2, '.', ','), "23");
    }
}
