//! Property tests of the number grammar, one per language: a speller written here,
//! independently of the grammar's tables, turns random values (whole numbers up to
//! 10^13, halves, common fractions) into words as a reporter would write them; the
//! checker must read each back as exactly one claim with that value.
#![cfg(not(target_arch = "wasm32"))]

use claimcheck::{Checker, FactTable, Lang, Shape};
use proptest::prelude::*;
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(FactTable::bundled()).unwrap_or_else(|e| panic!("{e}")))
}

/// The one claim read from `text`: (text, value, shape).
fn one_claim(text: &str, lang: Lang) -> Result<(String, f64, Shape), TestCaseError> {
    let claims = checker().extract(text, lang);
    prop_assert_eq!(claims.len(), 1, "{:?}: {:?}", text, claims);
    let c = &claims[0];
    Ok((text[c.span.clone()].to_string(), c.value, c.shape))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

// ---------------------------------------------------------------- English speller

const EN_ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const EN_TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const EN_SCALES: [(u64, &str); 4] = [
    (1_000_000_000_000, "trillion"),
    (1_000_000_000, "billion"),
    (1_000_000, "million"),
    (1_000, "thousand"),
];

/// 1..=999, British style when `and` (`one hundred and six`).
fn en_below_1000(n: u64, and: bool) -> String {
    let mut parts = Vec::new();
    if n >= 100 {
        parts.push(format!("{} hundred", EN_ONES[(n / 100) as usize]));
    }
    let r = n % 100;
    if r > 0 {
        if n >= 100 && and {
            parts.push("and".to_string());
        }
        if r < 20 {
            parts.push(EN_ONES[r as usize].to_string());
        } else if r % 10 == 0 {
            parts.push(EN_TENS[(r / 10) as usize].to_string());
        } else {
            parts.push(format!(
                "{}-{}",
                EN_TENS[(r / 10) as usize],
                EN_ONES[(r % 10) as usize]
            ));
        }
    }
    parts.join(" ")
}

fn en_spell(n: u64, and: bool) -> String {
    if n == 0 {
        return "zero".into();
    }
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, word) in EN_SCALES {
        if rest >= scale {
            parts.push(format!("{} {word}", en_below_1000(rest / scale, and)));
            rest %= scale;
        }
    }
    if rest > 0 {
        parts.push(en_below_1000(rest, and));
    }
    parts.join(" ")
}

// ------------------------------------------------------------------ Dutch speller

const NL_ONES: [&str; 20] = [
    "nul",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
];
const NL_TENS: [&str; 10] = [
    "", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig",
];

/// 1..=999 written as one word: `honderd`, `tweehonderdvijfenveertig`, `drieëntwintig`.
fn nl_below_1000(n: u64) -> String {
    let mut out = String::new();
    match n / 100 {
        0 => {}
        1 => out.push_str("honderd"),
        h => {
            out.push_str(NL_ONES[h as usize]);
            out.push_str("honderd");
        }
    }
    let r = n % 100;
    if r > 0 && r < 20 {
        out.push_str(NL_ONES[r as usize]);
    } else if r >= 20 {
        let ones = r % 10;
        if ones > 0 {
            let one = NL_ONES[ones as usize];
            out.push_str(one);
            // `ën` after a vowel e: `tweeëntwintig`, `drieëntwintig`.
            out.push_str(if one.ends_with('e') { "ën" } else { "en" });
        }
        out.push_str(NL_TENS[(r / 10) as usize]);
    }
    out
}

/// Below a million as one word (`tweeduizendvijfhonderd`), larger scales apart.
fn nl_spell(n: u64) -> String {
    if n == 0 {
        return "nul".into();
    }
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, word) in [
        (1_000_000_000_000u64, "biljoen"),
        (1_000_000_000, "miljard"),
        (1_000_000, "miljoen"),
    ] {
        if rest >= scale {
            parts.push(format!("{} {word}", nl_below_1000(rest / scale)));
            rest %= scale;
        }
    }
    if rest > 0 {
        let mut w = String::new();
        match rest / 1000 {
            0 => {}
            1 => w.push_str("duizend"),
            k => {
                w.push_str(&nl_below_1000(k));
                w.push_str("duizend");
            }
        }
        if rest % 1000 > 0 {
            w.push_str(&nl_below_1000(rest % 1000));
        }
        parts.push(w);
    }
    parts.join(" ")
}

// ------------------------------------------------------------- Vietnamese speller

const VI_ONES: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];

/// 0..=999 as a group; `full` writes the hundreds even when zero (`không trăm linh
/// năm` after a larger group).
fn vi_group(n: u64, full: bool) -> Vec<String> {
    let mut w: Vec<String> = Vec::new();
    let (h, t, u) = (n / 100, (n / 10) % 10, n % 10);
    if h > 0 || full {
        w.push(VI_ONES[h as usize].into());
        w.push("trăm".into());
    }
    match t {
        0 if u > 0 && (h > 0 || full) => {
            w.push("linh".into());
            w.push(VI_ONES[u as usize].into());
        }
        0 if u > 0 => w.push(VI_ONES[u as usize].into()),
        0 => {}
        1 => {
            w.push("mười".into());
            match u {
                0 => {}
                5 => w.push("lăm".into()),
                _ => w.push(VI_ONES[u as usize].into()),
            }
        }
        _ => {
            w.push(VI_ONES[t as usize].into());
            w.push("mươi".into());
            match u {
                0 => {}
                1 => w.push("mốt".into()),
                4 => w.push("tư".into()),
                5 => w.push("lăm".into()),
                _ => w.push(VI_ONES[u as usize].into()),
            }
        }
    }
    w
}

fn vi_spell(n: u64) -> String {
    if n == 0 {
        return "không".into();
    }
    let mut words: Vec<String> = Vec::new();
    // Thousands of billions: `hai nghìn năm trăm tỷ`.
    let billions = n / 1_000_000_000;
    let mut rest = n % 1_000_000_000;
    if billions > 0 {
        if billions >= 1000 {
            words.extend(vi_group(billions / 1000, false));
            words.push("nghìn".into());
            if billions % 1000 > 0 {
                words.extend(vi_group(billions % 1000, true));
            }
        } else {
            words.extend(vi_group(billions, false));
        }
        words.push("tỷ".into());
    }
    for (scale, word) in [(1_000_000u64, "triệu"), (1_000, "nghìn"), (1, "")] {
        let g = rest / scale;
        rest %= scale;
        if g > 0 {
            words.extend(vi_group(g, !words.is_empty()));
            if !word.is_empty() {
                words.push(word.into());
            }
        }
    }
    words.join(" ")
}

// ----------------------------------------------------------------------- values

/// Whole numbers spread over every magnitude up to 10^13.
fn whole() -> impl Strategy<Value = u64> {
    (0u32..=13, any::<u64>()).prop_map(|(digits, r)| {
        let top = 10u64.pow(digits);
        if top <= 1 {
            r % 10
        } else {
            r % top
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn english_whole_numbers_read_back(n in whole(), and in any::<bool>()) {
        let words = en_spell(n, and);
        let text = format!("The fund holds {words} dollars in reserve.");
        let (span, value, _) = one_claim(&text, Lang::En)?;
        prop_assert!(close(value, n as f64), "{:?} read {} ({:?})", text, value, span);
    }

    #[test]
    fn dutch_whole_numbers_read_back(n in whole()) {
        let words = nl_spell(n);
        let text = format!("Het fonds bezit {words} euro aan reserves.");
        let (span, value, _) = one_claim(&text, Lang::Nl)?;
        prop_assert!(close(value, n as f64), "{:?} read {} ({:?})", text, value, span);
    }

    #[test]
    fn vietnamese_whole_numbers_read_back(n in whole()) {
        let words = vi_spell(n);
        let text = format!("Quỹ nắm giữ {words} đồng dự trữ.");
        let (span, value, _) = one_claim(&text, Lang::Vi)?;
        prop_assert!(close(value, n as f64), "{:?} read {} ({:?})", text, value, span);
    }

    #[test]
    fn halves_read_back(k in 1u64..100, scale in 0usize..3, lang in 0usize..3) {
        // Dutch writes small halves together (`tweeënhalf miljoen`), larger ones not.
        let k = if lang == 1 { k % 9 + 1 } else { k };
        let (factor, en, nl, vi) = [
            (1e3, "thousand", "duizend", "nghìn"),
            (1e6, "million", "miljoen", "triệu"),
            (1e9, "billion", "miljard", "tỷ"),
        ][scale];
        let want = (k as f64 + 0.5) * factor;
        let (text, l) = match lang {
            0 => (format!("It costs {} and a half {en} dollars.", en_spell(k, false)), Lang::En),
            1 => {
                // `tweeënhalf miljoen`, `anderhalf miljoen`, `vijftigenhalf miljoen`.
                let w = if k == 1 {
                    "anderhalf".to_string()
                } else {
                    let s = nl_below_1000(k);
                    format!("{s}{}half", if s.ends_with('e') { "ën" } else { "en" })
                };
                (format!("Het kost {w} {nl} euro."), Lang::Nl)
            }
            _ => (format!("Chi phí {} {vi} rưỡi đồng.", vi_spell(k)), Lang::Vi),
        };
        let (span, value, _) = one_claim(&text, l)?;
        prop_assert!(close(value, want), "{:?} read {} ({:?})", text, value, span);
    }

    /// Digits, a scale and a smaller part (`3 tỷ 500 triệu`, `2 tỷ rưỡi`) are one figure.
    #[test]
    fn vietnamese_digits_with_a_smaller_part_read_back(a in 1u64..1000, b in 1u64..1000, half in any::<bool>()) {
        let (text, want) = if half {
            (format!("Giá nhà {a} tỷ rưỡi."), (a as f64 + 0.5) * 1e9)
        } else {
            (format!("Vốn đầu tư {a} tỷ {b} triệu đồng."), a as f64 * 1e9 + b as f64 * 1e6)
        };
        let (span, value, _) = one_claim(&text, Lang::Vi)?;
        prop_assert!(close(value, want), "{:?} read {} ({:?})", text, value, span);
    }

    /// A soft hyphen where a compound number word may break (`forty\u{AD}two`) is
    /// read as if absent.
    #[test]
    fn soft_hyphens_in_number_words_are_ignored(n in 21u64..100) {
        prop_assume!(n % 10 != 0);
        let words = en_spell(n, false).replace('-', "\u{AD}");
        let text = format!("The fund holds {words} billion dollars.");
        let (span, value, _) = one_claim(&text, Lang::En)?;
        prop_assert!(close(value, n as f64 * 1e9), "{:?} read {} ({:?})", text, value, span);
    }

    #[test]
    fn common_fractions_read_back(
        (num, den) in (2u64..11).prop_flat_map(|d| (1..d, Just(d))),
        lang in 0usize..3,
    ) {
        const EN_DEN: [&str; 11] = ["", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
        const NL_DEN: [&str; 11] = ["", "", "", "derde", "kwart", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende"];
        // Dutch writes a half as `de helft`, not with a denominator.
        let den = if lang == 1 && den == 2 { 3 } else { den };
        let (text, l) = match lang {
            0 => {
                let d = EN_DEN[den as usize];
                let w = match num {
                    1 => format!("a {d}"),
                    n => format!("{}-{d}s", en_spell(n, false)),
                };
                (format!("Officials said {w} of the firms agreed."), Lang::En)
            }
            1 => (
                format!("Volgens de regering is {} {} van de bedrijven akkoord.", nl_spell(num), NL_DEN[den as usize]),
                Lang::Nl,
            ),
            _ => (
                format!("Theo báo cáo, {} phần {} doanh nghiệp đồng ý.", vi_spell(num), VI_ONES.get(den as usize).copied().unwrap_or("mười")),
                Lang::Vi,
            ),
        };
        let (span, value, shape) = one_claim(&text, l)?;
        prop_assert!(close(value, num as f64 / den as f64), "{:?} read {} ({:?})", text, value, span);
        prop_assert_eq!(shape, Shape::Fraction, "{:?}", text);
    }
}

/// The spellers themselves, on values whose spelling a reporter would recognise.
#[test]
fn spellers_write_as_reporters_do() {
    assert_eq!(en_spell(48_000_000_000, false), "forty-eight billion");
    assert_eq!(en_spell(106, true), "one hundred and six");
    assert_eq!(nl_spell(45), "vijfenveertig");
    assert_eq!(nl_spell(23), "drieëntwintig");
    assert_eq!(nl_spell(2005), "tweeduizendvijf");
    assert_eq!(nl_spell(2_000_000), "twee miljoen");
    assert_eq!(vi_spell(25), "hai mươi lăm");
    assert_eq!(vi_spell(105), "một trăm linh năm");
    assert_eq!(vi_spell(1005), "một nghìn không trăm linh năm");
    assert_eq!(vi_spell(2_000_000_000_000), "hai nghìn tỷ");
}
