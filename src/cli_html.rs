//! The text of an HTML story for checking, with a map back to the original file's
//! bytes so that findings name the line and column in the file the editor has.
//!
//! lol_html (Cloudflare's streaming HTML parser) tokenizes; it reports where each text
//! chunk sits in the source. Script, style and other raw text is left out; block
//! elements start a new paragraph (the linker reads paragraphs); character references
//! are decoded. Native only: never in the WebAssembly build.

use lol_html::html_content::TextType;
use lol_html::{doc_text, element, HtmlRewriter, Settings};
use std::cell::RefCell;

/// Text extracted from HTML and where its pieces come from.
pub struct Stripped {
    /// The story's text.
    pub text: String,
    /// (byte in `text`, byte in the original) at the start of each verbatim piece.
    pieces: Vec<(usize, usize)>,
}

impl Stripped {
    /// The original byte offset of byte `at` of `text`.
    pub fn original(&self, at: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.0 <= at);
        match i {
            0 => 0,
            _ => {
                let (text_start, original_start) = self.pieces[i - 1];
                original_start + (at - text_start)
            }
        }
    }
}

impl Stripped {
    /// The original byte offset just after byte `at - 1` of `text`: where a span ending
    /// at `at` ends in the original (not at the start of the next piece, past a tag).
    pub fn original_end(&self, at: usize) -> usize {
        match at {
            0 => self.original(0),
            _ => self.original(at - 1) + 1,
        }
    }
}

/// Elements that start a paragraph (or a line, for `br`).
const BLOCKS: &str = "p, div, br, li, h1, h2, h3, h4, h5, h6, tr, td, th, blockquote, section, article, header, footer, aside, figcaption, pre, dt, dd, hr, title";

/// Strips `html`'s markup. Fails only when the parser gives up (it is forgiving: any
/// text is HTML), with its message.
pub fn strip(html: &str) -> Result<Stripped, String> {
    let out = RefCell::new(Stripped {
        text: String::with_capacity(html.len() / 2),
        pieces: Vec::new(),
    });
    {
        let mut rewriter = HtmlRewriter::new(
            Settings {
                element_content_handlers: vec![element!(BLOCKS, |el| {
                    let mut o = out.borrow_mut();
                    if !o.text.is_empty() && !o.text.ends_with("\n\n") {
                        o.text
                            .push_str(if el.tag_name() == "br" { "\n" } else { "\n\n" });
                    }
                    Ok(())
                })],
                document_content_handlers: vec![doc_text!(|t| {
                    if matches!(t.text_type(), TextType::Data | TextType::RCData) {
                        let start = t.source_location().bytes().start;
                        push_decoded(&mut out.borrow_mut(), t.as_str(), start);
                    }
                    Ok(())
                })],
                ..Settings::new()
            },
            |_: &[u8]| {},
        );
        rewriter
            .write(html.as_bytes())
            .and_then(|()| rewriter.end())
            .map_err(|e| format!("cannot read the HTML: {e}"))?;
    }
    Ok(out.into_inner())
}

/// Appends `raw` (HTML text at byte `start` of the original), decoding character
/// references; each verbatim run becomes a piece of the map.
fn push_decoded(out: &mut Stripped, raw: &str, start: usize) {
    let mut rest = raw;
    let mut at = start;
    while !rest.is_empty() {
        let plain = rest.find('&').unwrap_or(rest.len());
        if plain > 0 {
            out.pieces.push((out.text.len(), at));
            out.text.push_str(&rest[..plain]);
            at += plain;
            rest = &rest[plain..];
            continue;
        }
        // At '&': a reference ends with ';' within a few characters.
        let end = rest[1..].find(';').filter(|&e| e <= 10).map(|e| e + 2);
        match end.and_then(|e| entity(&rest[1..e - 1]).map(|c| (e, c))) {
            Some((len, c)) => {
                out.pieces.push((out.text.len(), at));
                out.text.push(c);
                at += len;
                rest = &rest[len..];
            }
            None => {
                out.pieces.push((out.text.len(), at));
                out.text.push('&');
                at += 1;
                rest = &rest[1..];
            }
        }
    }
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "euro" => '€',
        "yen" => '¥',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_markup_and_maps_offsets_back() {
        let html = "<html><head><title>T</title><style>p{x:1}</style><script>var a = 52;</script></head>\n\
                    <body><p>Japan is <b>Vietnam&rsquo;s</b> second largest investor.</p><p>Trade: 48.18&nbsp;billion USD</p></body></html>";
        let s = strip(html).unwrap_or_else(|e| panic!("{e}"));
        assert!(!s.text.contains("var a"), "{}", s.text);
        assert!(!s.text.contains("x:1"), "{}", s.text);
        assert!(
            s.text
                .contains("Japan is Vietnam’s second largest investor."),
            "{}",
            s.text
        );
        assert!(
            s.text
                .contains("investor.\n\nTrade: 48.18\u{A0}billion USD"),
            "{}",
            s.text
        );
        for needle in ["second largest", "Trade", "billion USD", "Vietnam"] {
            let at = s.text.find(needle).unwrap_or_else(|| panic!("{needle}"));
            let (o, e) = (s.original(at), s.original_end(at + needle.len()));
            assert_eq!(&html[o..e], needle);
        }
    }
}
