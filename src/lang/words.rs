//! Word lists stored as one string each.
//!
//! A `&'static [&'static str]` of 40 phrases is 40 pointer-and-length pairs in the
//! WebAssembly's data: addresses, which gzip hardly compresses (the lexicons' ~3,000
//! slices were ~10 KB of the gzipped module). [`words!`] keeps a list in the source as
//! rows, one per line, and stores it as one string, each row ended by
//! [`SEPARATOR`]; [`Words`] splits it on first use (when a checker compiles its
//! tables) and from then on reads as the slice it was.

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
            let rows: Box<[&'static str]> = self.joined.split_terminator(SEPARATOR).collect();
            #[cfg(test)]
            assert_eq!(*rows, *self.written, "a word list splits into other rows");
            rows
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
