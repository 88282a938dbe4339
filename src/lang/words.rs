//! Word lists and tables stored with their phrases as one string each.
//!
//! A `&'static [&'static str]` of 40 phrases is 40 pointer-and-length pairs in the
//! WebAssembly's data: addresses, which gzip hardly compresses. [`words!`] keeps a
//! list in the source as rows, one per line, and stores it as one string, each row
//! ended by [`SEPARATOR`]; [`Words`] splits it on first use (when a checker compiles
//! its tables) and from then on reads as the slice it was. [`rows!`] does the same for
//! the phrases of a table of rows (units, hedges, number words, `("billion", 1e9)`).
//! Measured: ~3 KB gzip off the page for `src/lang`'s lists and tables (docs/design.md,
//! the size budget).

use std::fmt;
use std::ops::Deref;
use std::sync::OnceLock;

/// Ends every row of a [`Words`] string: the ASCII unit separator, a control character
/// no phrase contains (each [`words!`] checks that when it is compiled).
pub const SEPARATOR: char = '\u{1f}';

/// A list of phrases, stored as one string and read as a slice (`Deref`).
pub struct Words {
    /// Every row followed by [`SEPARATOR`].
    joined: &'static str,
    /// The rows, split out of `joined` on first use.
    rows: OnceLock<Box<[&'static str]>>,
    /// In tests, the rows as written, to check that splitting gives them back.
    #[cfg(test)]
    written: &'static [&'static str],
}

impl Words {
    /// A list from its joined string; use [`words!`].
    #[doc(hidden)]
    pub const fn new(joined: &'static str, #[cfg(test)] written: &'static [&'static str]) -> Words {
        Words {
            joined,
            rows: OnceLock::new(),
            #[cfg(test)]
            written,
        }
    }

    /// The rows, split on first use. In tests, checked against the rows as written.
    #[inline(never)]
    fn rows(&self) -> &[&'static str] {
        self.rows.get_or_init(|| {
            let rows = split(self.joined);
            #[cfg(test)]
            assert_eq!(*rows, *self.written, "a word list splits into other rows");
            rows.into_boxed_slice()
        })
    }
}

impl Deref for Words {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.rows()
    }
}

impl IntoIterator for &'static Words {
    type Item = &'static &'static str;
    type IntoIter = std::slice::Iter<'static, &'static str>;

    fn into_iter(self) -> Self::IntoIter {
        self.rows().iter()
    }
}

impl fmt::Debug for Words {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The rows of a joined string (one non-generic copy in the module).
fn split(joined: &'static str) -> Vec<&'static str> {
    joined.split_terminator(SEPARATOR).collect()
}

/// A row of a vocabulary table (a unit, a hedge, a number word, `("billion", 1e9)`)
/// whose phrase [`rows!`] stores in one string for the table.
pub trait Row: Copy + Send + Sync + 'static {
    /// This row with `phrase` for its phrase.
    fn with_phrase(self, phrase: &'static str) -> Self;
}

/// A phrase and its value: `("billion", 1e9)`, `("third", 3)`.
impl<T: Copy + Send + Sync + 'static> Row for (&'static str, T) {
    fn with_phrase(self, phrase: &'static str) -> Self {
        (phrase, self.1)
    }
}

/// A table of rows, their phrases stored as one string (as in [`Words`]) and the rest
/// of each row as written; read as the slice of rows (`Deref`), built on first use.
pub struct Rows<T: 'static> {
    /// Every row's phrase followed by [`SEPARATOR`].
    joined: &'static str,
    /// The rows with an empty phrase.
    blank: &'static [T],
    /// The rows with their phrases, built on first use.
    rows: OnceLock<Box<[T]>>,
    /// In tests, the phrases as written, to check that splitting gives them back.
    #[cfg(test)]
    written: &'static [&'static str],
}

impl<T: Row> Rows<T> {
    /// A table from its joined phrases and blank rows; use [`rows!`].
    #[doc(hidden)]
    pub const fn new(
        joined: &'static str,
        blank: &'static [T],
        #[cfg(test)] written: &'static [&'static str],
    ) -> Rows<T> {
        Rows {
            joined,
            blank,
            rows: OnceLock::new(),
            #[cfg(test)]
            written,
        }
    }

    /// The rows, built on first use. In tests, checked against the phrases as written.
    #[inline(never)]
    fn rows(&self) -> &[T] {
        self.rows.get_or_init(|| {
            let phrases = split(self.joined);
            #[cfg(test)]
            assert_eq!(
                *phrases, *self.written,
                "a table's phrases split into others"
            );
            let mut rows = self.blank.to_vec();
            for (row, phrase) in rows.iter_mut().zip(phrases) {
                *row = row.with_phrase(phrase);
            }
            rows.into_boxed_slice()
        })
    }
}

impl<T: Row> Deref for Rows<T> {
    type Target = [T];

    fn deref(&self) -> &[T] {
        self.rows()
    }
}

impl<T: Row> IntoIterator for &'static Rows<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.rows().iter()
    }
}

impl<T: Row + fmt::Debug> fmt::Debug for Rows<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// How many times `SEPARATOR` occurs in `s` (for [`words!`]'s compile-time check).
#[doc(hidden)]
pub const fn separators(s: &str) -> usize {
    let (bytes, mut i, mut n) = (s.as_bytes(), 0, 0);
    while i < bytes.len() {
        if bytes[i] == SEPARATOR as u8 {
            n += 1;
        }
        i += 1;
    }
    n
}

/// A `&'static` [`Words`] list: string literals, one row per line as in a slice. Fails to compile
/// if a row contains [`SEPARATOR`].
macro_rules! words {
    ($($row:literal),* $(,)?) => {{
        const JOINED: &str = concat!($($row, "\u{1f}"),*);
        const _: () = assert!(
            $crate::lang::words::separators(JOINED) == <[&str]>::len(&[$($row),*]),
            "a row of a word list contains the separator"
        );
        static WORDS: $crate::lang::Words = $crate::lang::words::words_new!(JOINED, &[$($row),*]);
        &WORDS
    }};
}
pub(crate) use words;

/// A `&'static` [`Rows`] table of type `T`: `rows![T; row, row, …]`, each row a call
/// (`hedge("about", Hedge::About, Before)`) or a tuple (`("billion", 1e9)`) whose first
/// argument is its phrase, one row per line as in a slice. Fails to compile if a
/// phrase contains [`SEPARATOR`].
macro_rules! rows {
    (@ $t:ty; [$($phrase:literal),*] [$($blank:expr),*]) => {{
        const JOINED: &str = concat!($($phrase, "\u{1f}"),*);
        const _: () = assert!(
            $crate::lang::words::separators(JOINED) == <[&str]>::len(&[$($phrase),*]),
            "a phrase of a table contains the separator"
        );
        static ROWS: $crate::lang::words::Rows<$t> =
            $crate::lang::words::rows_new!(JOINED, &[$($blank),*], &[$($phrase),*]);
        &ROWS
    }};
    ($t:ty; $($f:ident($phrase:literal $(, $arg:expr)* $(,)?)),* $(,)?) => {
        $crate::lang::words::rows!(@ $t; [$($phrase),*] [$($f("" $(, $arg)*)),*])
    };
    ($t:ty; $(($phrase:literal $(, $arg:expr)* $(,)?)),* $(,)?) => {
        $crate::lang::words::rows!(@ $t; [$($phrase),*] [$(("" $(, $arg)*)),*])
    };
}
pub(crate) use rows;

#[cfg(test)]
macro_rules! words_new {
    ($joined:expr, $written:expr) => {
        $crate::lang::Words::new($joined, $written)
    };
}
#[cfg(not(test))]
macro_rules! words_new {
    ($joined:expr, $written:expr) => {
        $crate::lang::Words::new($joined)
    };
}
pub(crate) use words_new;

#[cfg(test)]
macro_rules! rows_new {
    ($joined:expr, $blank:expr, $written:expr) => {
        $crate::lang::words::Rows::new($joined, $blank, $written)
    };
}
#[cfg(not(test))]
macro_rules! rows_new {
    ($joined:expr, $blank:expr, $written:expr) => {
        $crate::lang::words::Rows::new($joined, $blank)
    };
}
pub(crate) use rows_new;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::cues::FrameCues;
    use crate::lang::Lang;

    #[test]
    fn a_list_splits_into_its_rows() {
        let empty: &Words = words![];
        assert!(empty.is_empty());
        let rows: &Words = words![
            "more than",
            // A comment between rows is no row.
            "",
            "nghìn tỷ",
            "US$",
        ];
        assert_eq!(**rows, ["more than", "", "nghìn tỷ", "US$"]);
        assert_eq!(rows.joined, "more than\u{1f}\u{1f}nghìn tỷ\u{1f}US$\u{1f}");
        assert!(rows.contains(&"US$"));
        assert_eq!(rows.into_iter().count(), 4);
        assert_eq!(
            format!("{rows:?}"),
            r#"["more than", "", "nghìn tỷ", "US$"]"#
        );
    }

    #[test]
    fn a_table_keeps_its_rows() {
        use crate::claim::Hedge;
        use crate::lang::{hedge, HedgeWord, Position};
        let hedges: &Rows<HedgeWord> = rows![HedgeWord;
            hedge("about", Hedge::About, Position::Before),
            // A comment between rows is no row.
            hedge("-plus", Hedge::MoreThan, Position::After),
        ];
        let read: Vec<_> = hedges
            .iter()
            .map(|h| (h.phrase, h.hedge, h.position))
            .collect();
        assert_eq!(
            read,
            [
                ("about", Hedge::About, Position::Before),
                ("-plus", Hedge::MoreThan, Position::After)
            ]
        );
        let scales: &Rows<(&str, f64)> = rows![(&str, f64); ("nghìn tỷ", 1e12), ("", 2.0)];
        assert_eq!(**scales, [("nghìn tỷ", 1e12), ("", 2.0)]);
        assert_eq!(scales.joined, "nghìn tỷ\u{1f}\u{1f}");
        assert_eq!(scales.into_iter().count(), 2);
        let none: &Rows<(&str, u32)> = rows![(&str, u32);];
        assert!(none.is_empty());
    }

    #[test]
    fn separators_are_counted() {
        assert_eq!(separators(""), 0);
        assert_eq!(separators("a\u{1f}b\u{1f}"), 2);
        assert_eq!(separators("\u{1f}\u{1f}\u{1f}"), 3);
        assert_eq!(separators("nghìn tỷ\n"), 0);
    }

    /// Every list of every language splits back into the rows written in the source
    /// (`rows` checks that in tests; formatting a vocabulary splits all its lists), so
    /// no row contains the separator.
    #[test]
    fn every_list_splits_into_the_rows_written() {
        for lang in Lang::ALL {
            let vocab = format!("{:?}", lang.vocabulary());
            let cues = format!("{:?}", FrameCues::of(lang));
            assert!(!vocab.contains('\u{1f}') && !cues.contains('\u{1f}'));
            assert!(cues.contains("forecast: ["), "{cues}");
        }
    }
}
