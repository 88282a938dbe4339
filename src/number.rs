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
        if decimal_point(s, c, after + next_run, next_run, decimal, grouped) {
            digits.push('.');
            digits.push_str(&s[after..after + next_run]);
            decimals = next_run as u32;
            pos = after + next_run;
            break;
        }
        if !groups_on(bytes, c, groups, first, grouped, next_run) {
            break;
        }
        digits.push_str(&s[after..after + 3]);
        grouped = true;
        pos = after + 3;
    }
    let value = decimal_value(&digits)?;
    Some(Digits {
        len: pos,
        value,
        decimals,
        grouped,
        leading_zero: first > 1 && bytes[0] == b'0',
    })
}

/// Whether separator `c`, with `run` digits after it ending at byte `end`, is a decimal
/// point: the style's own, or the other style's before one or two digits and after no
/// group (`2,5 million` in English copy, `1.5 miljoen` in Dutch are decimals, not a
/// number and a fragment; `1,2,3` stays a list).
fn decimal_point(s: &str, c: char, end: usize, run: usize, decimal: char, grouped: bool) -> bool {
    let other = if decimal == '.' { ',' } else { '.' };
    c == decimal || (c == other && !grouped && run <= 2 && !s[end..].starts_with(c))
}

/// Whether group separator `c` before `run` digits continues the number begun by
/// `first` digits in `bytes`: a group has exactly three digits, after a first group of
/// one to three.
fn groups_on(
    bytes: &[u8],
    c: char,
    groups: &[char],
    first: usize,
    grouped: bool,
    run: usize,
) -> bool {
    // `020 123 4567` is a phone number, not a grouped `020123`.
    let phone = c == ' ' && first > 1 && bytes[0] == b'0';
    groups.contains(&c) && !phone && run == 3 && (grouped || first <= 3)
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

/// The value of plain decimal digits (`48.18`, `630000`), without the standard
/// library's float parser: its tables and code are ~12 KB of the WebAssembly, for
/// numbers that never need them. Up to 19 significant digits and 22 decimals the value
/// is exact (correctly rounded: the integer of digits and the power of ten are both
/// exact doubles, so one division rounds once); digits beyond the 19th only scale the
/// value, which is far past what a news figure states.
pub fn decimal_value(digits: &str) -> Option<f64> {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() && frac.is_empty() || !all(int) || !all(frac) {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut exp: i32 = 0;
    for (k, b) in int.bytes().chain(frac.bytes()).enumerate() {
        if mantissa < 1_000_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            exp -= i32::from(k >= int.len());
        } else {
            // Beyond 19 digits: the integer part still counts tens; decimals drop.
            exp += i32::from(k < int.len());
        }
    }
    Some(scale10(mantissa as f64, exp))
}

/// `m` × 10^`exp`, with one rounding when 10^|exp| is an exact double (|exp| ≤ 22).
fn scale10(m: f64, exp: i32) -> f64 {
    let pow = |e: i32| (0..e).fold(1.0f64, |p, _| p * 10.0);
    match exp {
        0 => m,
        e if e > 0 => m * pow(e.min(308)),
        e if e >= -22 => m / pow(-e),
        e => m / pow(22) / pow((-e - 22).min(308)),
    }
}

/// Writes `value` with at most `max_decimals` decimals (trailing zeros dropped) in a
/// language's style: `48180` → `48,180` in English, `48.180` in Dutch. Rounds half to
/// even on the double, as `format!("{:.2}")` does on its exact value; written with
/// integers, not the standard float formatter (~30 KB of the WebAssembly).
pub fn format(value: f64, max_decimals: usize, decimal: char, group: char) -> String {
    write(value, max_decimals, decimal, Some(group))
}

/// `value` with at most `max_decimals` decimals, trailing zeros dropped, no grouping
/// (`48.18`, `630000`).
pub fn plain(value: f64, max_decimals: usize) -> String {
    write(value, max_decimals, '.', None)
}

/// `value` as `{}` writes an `f64`: the fewest decimals that read back as the same
/// double, no grouping (`48.18`, `2019`, `0.1`).
pub fn shortest(value: f64) -> String {
    (0..=17)
        .map(|d| write(value, d, '.', None))
        .find(|s| decimal_value(s.trim_start_matches('-')) == Some(value.abs()))
        .unwrap_or_else(|| write(value, 17, '.', None))
}

fn write(value: f64, max_decimals: usize, decimal: char, group: Option<char>) -> String {
    let (int, frac) = fixed_digits(value.abs(), max_decimals.min(18));
    let frac = frac.trim_end_matches('0');
    let mut out = String::with_capacity(int.len() + int.len() / 3 + frac.len() + 2);
    if value < 0.0 && (int != "0" || !frac.is_empty()) {
        out.push('-');
    }
    for (i, ch) in int.chars().enumerate() {
        if let Some(group) = group.filter(|_| i > 0 && (int.len() - i) % 3 == 0) {
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

/// The integer digits and exactly `decimals` decimal digits of `v` (≥ 0), rounded.
fn fixed_digits(v: f64, decimals: usize) -> (String, String) {
    if let Some(scaled) = scaled_exactly(v, decimals) {
        let width = decimals + 1;
        let all = match u64::try_from(scaled) {
            Ok(small) => format!("{small:0>width$}"),
            Err(_) => format!("{:0>width$}", u128_digits(scaled)),
        };
        let (i, f) = all.split_at(all.len() - decimals);
        return (i.to_string(), f.to_string());
    }
    // Past 10^38 only the leading digits mean anything: write them, then zeros.
    let mut whole = if v.is_finite() { v } else { 0.0 };
    let mut zeros = 0;
    while whole >= 1e38 {
        whole /= 10.0;
        zeros += 1;
    }
    let int = format!("{}{}", u128_digits(whole as u128), "0".repeat(zeros));
    (int, "0".repeat(decimals))
}

/// `n`'s decimal digits. Past `u64`, in chunks of nine digits divided out of 32-bit
/// limbs: std's `u128` formatting is 1.3 KB of the browser's module for these alone.
fn u128_digits(n: u128) -> String {
    if let Ok(small) = u64::try_from(n) {
        return small.to_string();
    }
    const CHUNK: u64 = 1_000_000_000;
    let mut limbs = [
        (n >> 96) as u32,
        (n >> 64) as u32,
        (n >> 32) as u32,
        n as u32,
    ];
    let mut chunks = Vec::new(); // the least significant first
    while limbs != [0; 4] {
        let mut rem = 0u64;
        for limb in &mut limbs {
            let cur = (rem << 32) | u64::from(*limb);
            *limb = (cur / CHUNK) as u32;
            rem = cur % CHUNK;
        }
        chunks.push(rem as u32);
    }
    let mut out = chunks.pop().unwrap_or(0).to_string();
    for chunk in chunks.iter().rev() {
        out.push_str(&format!("{chunk:09}"));
    }
    out
}

/// `v` × 10^`decimals` rounded half to even, computed on the double's exact value
/// (mantissa × 2^exponent) in 128-bit integers; `None` when it does not fit.
fn scaled_exactly(v: f64, decimals: usize) -> Option<u128> {
    if !v.is_finite() || v < 0.0 {
        return None;
    }
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = match biased {
        0 => (fraction, -1074),
        _ => (fraction | (1 << 52), biased - 1075),
    };
    let p = u128::from(mantissa).checked_mul(10u128.checked_pow(decimals as u32)?)?;
    if exp >= 0 {
        return ((exp as u32) < p.leading_zeros()).then(|| p << exp);
    }
    let k = exp.unsigned_abs();
    if k >= 128 {
        return Some(0); // p < 2^113: under half of 2^k
    }
    let (q, r, half) = (p >> k, p & ((1u128 << k) - 1), 1u128 << (k - 1));
    Some(if r > half || (r == half && q & 1 == 1) {
        q + 1
    } else {
        q
    })
}

/// The largest power of ten not above `scale` (`12` → 10; `1e6` → 1e6): the place a
/// scale word moves the last written digit to.
pub fn decimal_place(scale: f64) -> f64 {
    if scale <= 1.0 {
        return scale;
    }
    // A loop, not `log10`: the browser build would carry libm's for this alone.
    let mut p = 1.0;
    while p * 10.0 <= scale {
        p *= 10.0;
    }
    p
}

/// Whether byte `b` is part of a number written in digits: a digit or a separator.
fn digit_byte(b: &u8) -> bool {
    b.is_ascii_digit() || *b == b'.' || *b == b','
}

/// Where the low bound of a range written in digits ends in the draft, past a scale
/// letter glued to its digits at `at` (`165k` of `165k-195k`, `1.2m` of `1.2m–1.5m`).
pub fn past_suffix(text: &[u8], at: usize) -> usize {
    at + text[at..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// Whether `text` is one number written in digits (`165,000`), no word or dash in it.
pub fn in_digits(text: &[u8]) -> bool {
    text.iter().all(digit_byte)
}

/// Where a range's written bounds end and start in its number text (`165,000 and
/// 195,000`): the end of the leading digits and the start of the trailing ones, when
/// both bounds are digits. Bytes: a multi-byte dash's last byte is no digit either.
pub fn range_bounds(text: &[u8]) -> Option<(usize, usize)> {
    // (`165k-195k` is split at `k`; its bound's text takes the letter: `past_suffix`.)
    let low_end = text.iter().position(|b| !digit_byte(b))?;
    let high_start = text.iter().rposition(|b| !digit_byte(b))? + 1;
    (low_end > 0 && high_start < text.len()).then_some((low_end, high_start))
}

#[cfg(test)]
mod tests {
    #[test]
    fn u128_digits_are_std_formatting() {
        let mut n: u128 = 0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c834;
        for shift in 0..128 {
            for v in [
                n >> shift,
                (1u128 << shift) - 1,
                1u128 << shift,
                u128::MAX >> shift,
            ] {
                assert_eq!(super::u128_digits(v), v.to_string(), "{v}");
            }
            n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        }
        assert_eq!(super::u128_digits(u128::MAX), u128::MAX.to_string());
    }

    use super::*;

    /// A range's low bound in the draft ends past a scale letter glued to its digits.
    #[test]
    fn a_low_bound_keeps_its_scale_letter() {
        for (text, at, end) in [
            ("165k-195k", 3, 4),
            ("1.2m–1.5m", 3, 4),
            ("165 to 195", 3, 3),
        ] {
            assert_eq!(past_suffix(text.as_bytes(), at), end, "{text}");
        }
    }

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
            // The other style's decimal point before one or two digits (no group).
            ("2.6", nl, 3, 2.6),
            ("10.30", nl, 5, 10.3),
            ("2,5 million", en, 3, 2.5),
            ("1,2345", en, 1, 1.0),
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

    #[test]
    fn formats_like_the_standard_formatter() {
        // Our integer formatter against `format!("{:.*}")` on values news copy states
        // and on awkward doubles (ties, long fractions, huge and tiny values).
        let values = [
            0.0,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            1.005,
            48.18,
            48.175,
            23.456_789,
            630_000.0,
            1e15,
            1.234_567_890_123e15,
            9_007_199_254_740_993.0,
            0.1 + 0.2,
            1e-7,
            99.995,
            123_456_789.987_654_3,
            1e21,
            3.3e25,
        ];
        for v in values {
            for decimals in 0..=6 {
                for sign in [1.0f64, -1.0] {
                    let x = sign * v;
                    let std = format!("{:.*}", decimals, x.abs());
                    let (i, f) = std.split_once('.').unwrap_or((&std, ""));
                    let f = f.trim_end_matches('0');
                    let mut want = String::new();
                    if x < 0.0 && (i != "0" || !f.is_empty()) {
                        want.push('-');
                    }
                    want.push_str(i);
                    if !f.is_empty() {
                        want.push('.');
                        want.push_str(f);
                    }
                    let ours = format(x, decimals, '.', '\u{0}').replace('\u{0}', "");
                    assert_eq!(ours, want, "{x} with {decimals} decimals");
                }
            }
        }
    }

    #[test]
    fn shortest_writes_what_display_writes() {
        for v in [
            0.0,
            48.18,
            2019.0,
            0.1,
            0.1 + 0.2,
            630_000.0,
            1.5e9,
            23.456_789,
            -3.5,
            1e-5,
            123_456.789_012_345,
            9_007_199_254_740_993.0,
        ] {
            assert_eq!(shortest(v), v.to_string(), "{v}");
        }
    }

    #[test]
    fn reads_decimals_like_the_standard_parser() {
        for text in [
            "0",
            "48.18",
            "630000",
            "0.1",
            "0.3",
            "1.005",
            "123456.789",
            "9007199254740993",
            "0.000000000000000000001",
            "12345678901234567890123",
            "1.7976931348623157",
            "99.995",
            "3.14159265358979323846",
            ".5",
            "5.",
        ] {
            let std: f64 = text.parse().unwrap();
            let ours = decimal_value(text).unwrap();
            let close = (ours - std).abs() <= std.abs() * 1e-15;
            assert!(close, "{text}: {ours} vs {std}");
            // Up to 15 significant digits, exactly the standard's double.
            if text.trim_matches(['0', '.']).len() <= 15 {
                assert_eq!(ours, std, "{text}");
            }
        }
        for bad in ["", ".", "1.2.3", "1a", "-1"] {
            assert_eq!(decimal_value(bad), None, "{bad}");
        }
    }
}
