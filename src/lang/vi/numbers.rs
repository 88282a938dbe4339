//! The Vietnamese number lexicon: scale words, number words, fraction
//! denominators, ordinals, and the wording of numbers in suggestions.

use crate::lang::words::{rows, words, Rows, Words};
use crate::lang::{num, weak, NumClass, Numeral};
use NumClass::*;

pub(super) const SCALES: &Rows<(&str, f64)> = rows![(&str, f64);
    ("nghìn", 1e3),
    ("ngàn", 1e3),
    ("triệu", 1e6),
    ("k", 1e3),
    // `2 vạn`, twenty thousand; `15 tr`, the short `triệu` of ads and posts.
    ("vạn", 1e4),
    ("tr", 1e6),
    ("tỷ", 1e9),
    ("tỉ", 1e9),
    ("nghìn tỷ", 1e12),
    ("triệu tỷ", 1e15),
    ("triệu tỉ", 1e15),
    ("ngàn tỷ", 1e12),
    ("nghìn tỉ", 1e12),
    ("ngàn tỉ", 1e12),
];

// `một`, `hai` and `năm` are left out: too common as determiners (`hai nước`) and
// `năm` is also "year".
pub(super) const NUMERALS: &Rows<Numeral> = rows![Numeral;
    weak("không", 0.0, Digit),
    weak("một", 1.0, Digit),
    num("mốt", 1.0, DigitAfterTen),
    weak("hai", 2.0, Digit),
    num("ba", 3.0, Digit),
    num("bốn", 4.0, Digit),
    num("tư", 4.0, DigitAfterTen),
    weak("năm", 5.0, DigitNotAfterTen),
    num("lăm", 5.0, DigitAfterTen),
    num("nhăm", 5.0, DigitAfterTen),
    num("sáu", 6.0, Digit),
    num("bảy", 7.0, Digit),
    num("bẩy", 7.0, Digit),
    num("tám", 8.0, Digit),
    num("chín", 9.0, Digit),
    num("mười", 10.0, Ten),
    num("mươi", 10.0, TenTimes),
    // `ba chục`, thirty (`hàng chục`, `vài chục` are vague).
    num("chục", 10.0, TenTimes),
    num("trăm", 100.0, Hundred),
    num("nghìn", 1e3, Scale),
    num("ngàn", 1e3, Scale),
    num("triệu", 1e6, Scale),
    num("tỷ", 1e9, Scale),
    num("tỉ", 1e9, Scale),
    num("vạn", 1e4, Scale),
    num("linh", 0.0, And),
    num("phẩy", 0.0, Point),
    num("chấm", 0.0, Point),
    num("lẻ", 0.0, And),
    num("rưỡi", 0.5, Half),
    // `nửa triệu`, half a million; `nửa thế kỷ`, half a century.
    num("nửa", 0.5, Half),
];

pub(super) const DENOMINATORS: &Rows<(&str, f64)> = rows![(&str, f64);
    ("hai", 2.0),
    ("ba", 3.0),
    ("bốn", 4.0),
    ("tư", 4.0),
    ("năm", 5.0),
    ("sáu", 6.0),
    ("bảy", 7.0),
    ("tám", 8.0),
    ("chín", 9.0),
    ("mười", 10.0),
    // Typed without diacritics (`mot phan tu`): only after `phần`/`phan`.
    ("bon", 4.0),
    ("tu", 4.0),
    ("nam", 5.0),
    ("sau", 6.0),
    ("bay", 7.0),
    ("tam", 8.0),
    ("chin", 9.0),
    ("muoi", 10.0),
];

pub(super) const ORDINALS: &Rows<(&str, u32)> = rows![(&str, u32);
    ("thứ nhất", 1),
    ("thứ hai", 2),
    ("thứ ba", 3),
    ("thứ tư", 4),
    ("thứ năm", 5),
    ("thứ sáu", 6),
    ("thứ bảy", 7),
    ("thứ tám", 8),
    ("thứ chín", 9),
    ("thứ mười", 10),
    ("thứ mười một", 11),
    ("thứ mười hai", 12),
    ("thứ mười ba", 13),
    ("thứ mười bốn", 14),
    ("thứ mười lăm", 15),
    ("thứ mười sáu", 16),
    ("thứ mười bảy", 17),
    ("thứ mười tám", 18),
    ("thứ mười chín", 19),
    ("thứ hai mươi", 20),
];

pub(super) const CARDINAL_WORDING: &Words =
    words!["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

pub(super) const ORDINAL_WORDING: &Words = words![
    "thứ nhất",
    "thứ hai",
    "thứ ba",
    "thứ tư",
    "thứ năm",
    "thứ sáu",
    "thứ bảy",
    "thứ tám",
    "thứ chín",
    "thứ mười",
    "thứ mười một",
    "thứ mười hai",
    "thứ mười ba",
    "thứ mười bốn",
    "thứ mười lăm",
    "thứ mười sáu",
    "thứ mười bảy",
    "thứ mười tám",
    "thứ mười chín",
    "thứ hai mươi",
];

pub(super) const SCALE_WORDING: &Rows<(&str, f64)> =
    rows![(&str, f64); ("nghìn tỷ", 1e12), ("tỷ", 1e9), ("triệu", 1e6)];
