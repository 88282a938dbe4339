//! The Dutch number lexicon: scale words, number words, fraction
//! denominators, ordinals, and the wording of numbers in suggestions.

use crate::lang::words::{rows, words, Rows, Words};
use crate::lang::{bare, num, ord, weak, NumClass, Numeral};
use NumClass::*;

pub(super) const SCALES: &Rows<(&str, f64)> = rows![(&str, f64);
    ("duizend", 1e3),
    ("dzd", 1e3),
    ("miljoen", 1e6),
    ("mln", 1e6),
    ("miljard", 1e9),
    ("mld", 1e9),
    ("mrd", 1e9),
    ("biljoen", 1e12),
    // `16k`, `100k+`, `2m`: social posts write thousands and millions the English
    // way (`2m hoog` is metres: see `dimension_words`).
    ("k", 1e3),
    ("m", 1e6),
    ("dozijn", 12.0),
    ("dozijnen", 12.0),
];

// `een` and `twee` are too common as articles and determiners (`de twee landen`).
pub(super) const NUMERALS: &Rows<Numeral> = rows![Numeral;
    weak("nul", 0.0, Digit),
    weak("een", 1.0, Digit),
    weak("één", 1.0, Digit),
    // `Eén` at the start of a sentence lower-cases to `eén`.
    weak("eén", 1.0, Digit),
    weak("twee", 2.0, Digit),
    num("drie", 3.0, Digit),
    num("vier", 4.0, Digit),
    num("vijf", 5.0, Digit),
    num("zes", 6.0, Digit),
    num("zeven", 7.0, Digit),
    num("acht", 8.0, Digit),
    num("negen", 9.0, Digit),
    num("anderhalf", 1.5, Digit),
    num("anderhalve", 1.5, Digit),
    num("tien", 10.0, Teen),
    num("elf", 11.0, Teen),
    num("twaalf", 12.0, Teen),
    num("dertien", 13.0, Teen),
    num("veertien", 14.0, Teen),
    num("vijftien", 15.0, Teen),
    num("zestien", 16.0, Teen),
    num("zeventien", 17.0, Teen),
    num("achttien", 18.0, Teen),
    num("negentien", 19.0, Teen),
    num("twintig", 20.0, Ten),
    num("dertig", 30.0, Ten),
    num("veertig", 40.0, Ten),
    num("vijftig", 50.0, Ten),
    num("zestig", 60.0, Ten),
    num("zeventig", 70.0, Ten),
    num("tachtig", 80.0, Ten),
    num("negentig", 90.0, Ten),
    bare("honderd", 100.0, Hundred),
    bare("duizend", 1e3, Scale),
    num("miljoen", 1e6, Scale),
    num("miljard", 1e9, Scale),
    num("biljoen", 1e12, Scale),
    num("dozijn", 12.0, Scale),
    num("dozijnen", 12.0, Scale),
    num("en", 0.0, OnesTens),
    num("komma", 0.0, Point),
    num("ën", 0.0, OnesTens),
    num("half", 0.5, Half),
    num("kwart", 0.25, Half),
    ord("eerste", 1.0, Digit),
    ord("derde", 3.0, Digit),
];

pub(super) const DENOMINATORS: &Rows<(&str, f64)> = rows![(&str, f64);
    ("derde", 3.0),
    ("derden", 3.0),
    ("kwart", 4.0),
    ("vierde", 4.0),
    ("vierden", 4.0),
    ("vijfde", 5.0),
    ("vijfden", 5.0),
    ("zesde", 6.0),
    ("zevende", 7.0),
    ("achtste", 8.0),
    ("negende", 9.0),
    ("tiende", 10.0),
    ("tienden", 10.0),
    ("honderdste", 100.0),
];

pub(super) const ORDINALS: &Rows<(&str, u32)> = rows![(&str, u32);
    // `de op een na grootste` is the second largest, `op twee na` the third.
    ("op een na", 2),
    ("op één na", 2),
    ("op twee na", 3),
    ("op drie na", 4),
    ("eerste", 1),
    ("tweede", 2),
    ("derde", 3),
    ("vierde", 4),
    ("vijfde", 5),
    ("zesde", 6),
    ("zevende", 7),
    ("achtste", 8),
    ("negende", 9),
    ("tiende", 10),
    ("elfde", 11),
    ("twaalfde", 12),
    ("dertiende", 13),
    ("veertiende", 14),
    ("vijftiende", 15),
    ("zestiende", 16),
    ("zeventiende", 17),
    ("achttiende", 18),
    ("negentiende", 19),
    ("twintigste", 20),
];

pub(super) const CARDINAL_WORDING: &Words =
    words!["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"];

pub(super) const ORDINAL_WORDING: &Words = words![
    "eerste",
    "tweede",
    "derde",
    "vierde",
    "vijfde",
    "zesde",
    "zevende",
    "achtste",
    "negende",
    "tiende",
    "elfde",
    "twaalfde",
    "dertiende",
    "veertiende",
    "vijftiende",
    "zestiende",
    "zeventiende",
    "achttiende",
    "negentiende",
    "twintigste",
];

pub(super) const SCALE_WORDING: &Rows<(&str, f64)> =
    rows![(&str, f64);("biljoen", 1e12), ("miljard", 1e9), ("miljoen", 1e6)];
