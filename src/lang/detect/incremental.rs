//! Detection paragraph by paragraph, for an editor that re-reads only what changed.
//!
//! A line's hits depend on that line alone; only the decision looks at them all (the
//! draft's language, a short line's fallback). So the evidence of each line can be kept
//! ([`Incremental`] keeps it across edits of one text), and [`decide_evidence`] over the
//! evidence of every line gives what [`Detector::detect`] gives for the whole text
//! (tests/detect_incremental.rs).

use super::{decide, Detected, Detector, Hits};

/// What one line (a paragraph, its break included) tells of its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// The line's length in bytes.
    pub bytes: usize,
    /// Function-word hits per language, in the order of [`super::Lang::ALL`].
    pub hits: Hits,
}

impl Detector {
    /// The evidence of each line of `text` (each line with its break), in order.
    pub fn evidence(&self, text: &str) -> Vec<Evidence> {
        let mut norm = String::new();
        let mut out = Vec::new();
        // What `split_inclusive(['\n', '\u{2029}'])` gives, found with the byte searches
        // of single characters: the pattern of two decoded every character of the draft
        // on every check (2% of one).
        for paragraph in text.split_inclusive('\n') {
            for line in paragraph.split_inclusive('\u{2029}') {
                out.push(Evidence {
                    bytes: line.len(),
                    hits: self.line_hits(line, &mut norm),
                });
            }
        }
        out
    }
}

/// What `detect` gives for the text whose lines, in order, have this evidence. A line
/// of no bytes (what follows a final line break, to an editor) is no line.
pub fn decide_evidence(lines: &[Evidence]) -> Detected {
    decide(lines)
}

/// Detection that re-reads only the lines an edit touched: it keeps the last text it
/// read and its lines' evidence (an editor's worker checks a draft on every pause).
#[derive(Debug, Default)]
pub struct Incremental {
    text: String,
    lines: Vec<Evidence>,
}

impl Incremental {
    /// What `detector.detect(text)` gives, reading only the lines that differ from the
    /// last text's.
    pub fn detect(&mut self, detector: &Detector, text: &str) -> Detected {
        let (old, new) = (self.text.as_bytes(), text.as_bytes());
        let same = |(a, b): (&u8, &u8)| a == b;
        let prefix = old.iter().zip(new).take_while(|&p| same(p)).count();
        let suffix = (old[prefix..].iter().rev())
            .zip(new[prefix..].iter().rev())
            .take_while(|&p| same(p))
            .count();
        // Kept: the lines before the change, break included (the last line, if it has no
        // break, may go on), and those after it with the whole break before them (3 bytes
        // for U+2029) unchanged.
        let ends_line = self.text.ends_with(['\n', '\u{2029}']);
        let (mut head, mut head_bytes) = (0, 0);
        for e in &self.lines {
            let last = head + 1 == self.lines.len() && !ends_line;
            if head_bytes + e.bytes > prefix || last {
                break;
            }
            head += 1;
            head_bytes += e.bytes;
        }
        let (mut tail, mut tail_bytes) = (0, 0);
        for e in self.lines[head..].iter().rev() {
            if tail_bytes + e.bytes + 3 > suffix {
                break;
            }
            tail += 1;
            tail_bytes += e.bytes;
        }
        let mut read = detector.evidence(&text[head_bytes..text.len() - tail_bytes]);
        let rest = self.lines.split_off(self.lines.len() - tail);
        self.lines.truncate(head);
        self.lines.append(&mut read);
        self.lines.extend_from_slice(&rest);
        self.text.clear();
        self.text.push_str(text);
        decide(&self.lines)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lines_split_as_the_two_breaks_do() {
        let texts = [
            "",
            "\n",
            "one line",
            "a\nb\n",
            "a\u{2029}b\nc",
            "\u{2029}\u{2029}\n\n\u{2029}",
            "“Quoted” — dashes\u{2028} and a break\u{2029}then\nmore “text”",
            "Việt Nam\u{2029}Nhật Bản\n\u{2029}end",
        ];
        let detector = crate::lang::detect::Detector::new();
        for t in texts {
            let want: Vec<usize> = t
                .split_inclusive(['\n', '\u{2029}'])
                .map(str::len)
                .collect();
            let got: Vec<usize> = detector.evidence(t).iter().map(|e| e.bytes).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }
}
