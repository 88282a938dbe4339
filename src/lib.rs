//! Claimcheck: finds the numeric claims in a news draft and checks each against a
//! dated, sourced fact table.
//!
//! The core is pure: text and a [`FactTable`] in, a [`Report`] out; no I/O, no clock,
//! no JS types. The CLI (`src/main.rs`) and the WebAssembly bindings (`src/wasm.rs`)
//! are thin layers over [`Checker`].
//!
//! ```
//! use claimcheck::{Checker, CheckOptions, Date, FactTable};
//! let checker = Checker::new(FactTable::bundled()).unwrap();
//! let options = CheckOptions::new(Date::parse("2025-11-03").unwrap());
//! let report = checker.check("Japan is Vietnam's second largest investor.", &options).unwrap();
//! assert_eq!(report.claims[0].verdict.name(), "outdated");
//! assert_eq!(report.claims[0].suggestion.as_deref(), Some("third largest"));
//! ```
//!
//! Offsets on the public surface (`Finding::start`/`end`) are UTF-16 code units,
//! half-open; see `report`.
#![deny(missing_docs)]
// The browser build (scripts/build-wasm.sh, nightly) sets `claimcheck_small`: code that
// runs once per table or per language (compiling the table and the grammars, the
// drafting panel) is optimised for size there, the checking path for speed.
#![cfg_attr(claimcheck_small, feature(optimize_attribute))]

pub mod claim;
pub mod date;
pub mod dismiss;
pub mod draft;
mod extract;
pub mod facts;
mod fnv;
mod frame;
pub mod lang;
mod link;
pub mod lint;
mod nfc;
pub mod number;
mod phrase;
pub mod report;
pub mod sarif;
pub(crate) mod sort;
pub mod table_diff;
mod token;
pub mod verdict;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use claim::{Claim, Hedge, Kind, Shape};
pub use date::Date;
pub use facts::{Fact, FactTable, TableError};
pub use lang::Lang;
pub use report::{Finding, Report};
pub use verdict::Verdict;

use report::{FactRef, FactRow, Summary};
use std::fmt;

/// The default largest draft: 10 MB of text, far beyond any article.
pub const DEFAULT_MAX_DRAFT_BYTES: usize = 10 * 1024 * 1024;

/// The largest draft any limit allows: 1 GiB (offsets inside are 32-bit).
pub const ABSOLUTE_MAX_DRAFT_BYTES: usize = 1 << 30;

/// Which language to read a draft in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangChoice {
    /// Detect it from the text.
    Auto,
    /// Always this one.
    Fixed(Lang),
}

impl LangChoice {
    /// Parses `auto` or a language code.
    pub fn parse(s: &str) -> Option<LangChoice> {
        match s {
            "auto" => Some(LangChoice::Auto),
            code => Lang::from_code(code).map(LangChoice::Fixed),
        }
    }
}

/// How to check a draft.
#[derive(Clone, Debug)]
pub struct CheckOptions {
    /// Fact versions dated after this are ignored.
    pub as_of: Date,
    /// The draft's language.
    pub lang: LangChoice,
    /// Larger drafts are refused with [`CheckError::TooLarge`].
    pub max_bytes: usize,
    /// Findings an editor marked correct as written (see [`dismiss`]).
    pub dismissals: Vec<dismiss::Dismissal>,
    /// The language most of the whole draft is in, when this text is only part of it
    /// (an editor re-checking the paragraphs that changed): number styles are judged
    /// against it, so a part gives the findings the whole draft gives. `None`: this
    /// text is the whole draft.
    pub draft_lang: Option<Lang>,
}

impl CheckOptions {
    /// Options with the given check date, language detection and the default size limit.
    pub fn new(as_of: Date) -> CheckOptions {
        CheckOptions {
            as_of,
            lang: LangChoice::Auto,
            max_bytes: DEFAULT_MAX_DRAFT_BYTES,
            dismissals: Vec::new(),
            draft_lang: None,
        }
    }
}

/// Why a draft could not be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckError {
    /// The draft is larger than the limit.
    TooLarge {
        /// The draft's size in bytes (UTF-8).
        bytes: usize,
        /// The limit.
        max: usize,
    },
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::TooLarge { bytes, max } => write!(
                f,
                "the draft is {bytes} bytes, more than the limit of {max} bytes; check it in parts or raise the limit"
            ),
        }
    }
}

impl std::error::Error for CheckError {}

// A server checking drafts on many threads shares one `Checker`.
const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<Checker>();
};

/// A fact table compiled for checking, reusable across drafts (every keystroke).
#[derive(Debug)]
pub struct Checker {
    table: FactTable,
    /// Each language's number grammar and fact index, compiled on first use: most
    /// drafts are in one language, and compiling one takes a third of the start-up.
    langs: Vec<(Lang, std::sync::OnceLock<Compiled>)>,
    detector: lang::detect::Detector,
}

/// One language's number grammar and fact index.
type Compiled = (extract::Lexicon, link::Index);

impl Checker {
    /// Compiles `table`; fails when a fact has no cue in any language.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn new(table: FactTable) -> Result<Checker, TableError> {
        table.check_cues()?;
        let langs = Lang::ALL
            .into_iter()
            .map(|l| (l, std::sync::OnceLock::new()))
            .collect();
        Ok(Checker {
            table,
            langs,
            detector: lang::detect::Detector::new(),
        })
    }

    /// The bundled table, then each of `tables` over it in order.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn with_tables(default: bool, tables: Vec<FactTable>) -> Result<Checker, TableError> {
        let mut merged = if default {
            FactTable::bundled()
        } else {
            FactTable::default()
        };
        for t in tables {
            merged.merge(t)?;
        }
        Checker::new(merged)
    }

    /// `lang`'s grammar and index, compiled now if this is the first draft in it.
    fn compiled(&self, lang: Lang) -> Option<&Compiled> {
        let (_, cell) = self.langs.iter().find(|(l, _)| *l == lang)?;
        Some(cell.get_or_init(|| self.compile(lang)))
    }

    /// Compiles `lang`'s grammar and index (once per language: size over speed).
    #[cfg_attr(claimcheck_small, optimize(size))]
    #[inline(never)]
    fn compile(&self, lang: Lang) -> Compiled {
        (
            extract::Lexicon::new(lang.vocabulary()),
            link::Index::new(&self.table, lang),
        )
    }

    /// The effective table.
    pub fn table(&self) -> &FactTable {
        &self.table
    }

    /// The effective table as display rows.
    #[cfg_attr(claimcheck_small, optimize(size))]
    pub fn fact_rows(&self) -> Vec<FactRow> {
        let vocab = Lang::En.vocabulary();
        self.table
            .facts()
            .iter()
            .map(|f| FactRow {
                id: f.id.clone(),
                as_of: f.as_of,
                subject: f.subject.clone(),
                metric: f.metric.clone(),
                kind: f.kind,
                value: f.value,
                unit: f.unit,
                qualifier: f.qualifier,
                display: verdict::display(f, vocab),
                source: f.source.clone(),
                table: f.table.clone(),
            })
            .collect()
    }

    /// Finds the claims in a draft without linking or judging them (for benchmarks and
    /// tools that only need the figures). Spans are byte ranges.
    pub fn extract(&self, text: &str, lang: Lang) -> Vec<Claim> {
        match self.compiled(lang) {
            Some((lexicon, _)) => {
                extract::extract(&token::tokenize(text, lang.vocabulary()), lexicon)
            }
            None => Vec::new(),
        }
    }

    /// Checks one draft. With [`LangChoice::Auto`], each run of paragraphs is read in
    /// the language detected for it (see `lang::detect`), and the report names the
    /// language of most of the draft.
    pub fn check(&self, text: &str, options: &CheckOptions) -> Result<Report, CheckError> {
        // Token offsets are 32-bit; no configured limit goes past that.
        let max = options.max_bytes.min(ABSOLUTE_MAX_DRAFT_BYTES);
        if text.len() > max {
            return Err(CheckError::TooLarge {
                bytes: text.len(),
                max,
            });
        }
        let detected = match options.lang {
            LangChoice::Fixed(lang) => lang::detect::Detected {
                segments: vec![lang::detect::Segment {
                    bytes: 0..text.len(),
                    lang,
                }],
                lang,
            },
            LangChoice::Auto => self.detector.detect(text),
        };
        let mut findings = Vec::new();
        for segment in &detected.segments {
            let draft_lang = options.draft_lang.unwrap_or(detected.lang);
            self.check_segment(text, segment, draft_lang, options.as_of, &mut findings);
        }
        report::fill_offsets(text, &mut findings);
        dismiss::apply(&mut findings, &options.dismissals);
        Ok(Report {
            as_of: options.as_of,
            lang: detected.lang.code(),
            summary: Summary::of(&findings),
            claims: findings,
        })
    }

    /// Checks the paragraphs of one segment in its language, appending findings whose
    /// byte spans point into the whole `text` (UTF-16 offsets are filled in later).
    fn check_segment(
        &self,
        text: &str,
        segment: &lang::detect::Segment,
        draft_lang: Lang,
        as_of: Date,
        findings: &mut Vec<Finding>,
    ) {
        let lang = segment.lang;
        let Some((lexicon, index)) = self.compiled(lang) else {
            return;
        };
        let part = &text[segment.bytes.clone()];
        let tokens = token::tokenize(part, lang.vocabulary());
        let claims = extract::extract(&tokens, lexicon);
        let linked = link::link(part, &tokens, claims, index, &self.table, as_of);
        let seg = Part {
            text: part,
            base: segment.bytes.start,
            lang,
            draft_lang,
            index,
            as_of,
        };
        findings.extend(linked.into_iter().map(|l| self.finding(&seg, l)));
    }

    /// The versions of a linked claim's fact in force on the check date, oldest first.
    fn versions(&self, index: &link::Index, group: Option<usize>, as_of: Date) -> Vec<&Fact> {
        let facts = self.table.facts();
        group
            .map(|g| {
                index.groups[g]
                    .versions
                    .iter()
                    .map(|&v| &facts[v])
                    .filter(|f| f.as_of <= as_of)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The finding for one linked claim of a segment.
    #[cfg_attr(claimcheck_small, optimize(size))]
    fn finding(&self, seg: &Part, l: link::Linked) -> Finding {
        let vocab = seg.lang.vocabulary();
        let claim_text = &seg.text[l.claim.span.clone()];
        let versions = self.versions(seg.index, l.group, seg.as_of);
        let (mut verdict, current, older, reason) = link::judge(&l, &versions);
        // `1.624` in a Dutch paragraph of a mostly English draft: say which reading
        // was taken, and do not call it wrong on a guess.
        let ambiguous = vocab.decimal_separator != seg.draft_lang.vocabulary().decimal_separator
            && number::style_ambiguous(&seg.text[l.claim.number_span.clone()]);
        if ambiguous && verdict == Verdict::Discrepancy {
            verdict = Verdict::Unverified;
        }
        let suggestion = match (verdict, current) {
            (Verdict::Discrepancy | Verdict::Outdated, Some(f)) if !l.negated => {
                Some(verdict::suggest(&l.claim, claim_text, f, vocab))
            }
            _ => None,
        };
        let mut message = match (&reason, current) {
            (Some(r), Some(f)) => verdict::held_back_message(claim_text, f, r),
            _ => verdict::message(claim_text, verdict, current, older, vocab),
        };
        if ambiguous {
            message.push_str(&verdict::style_note(claim_text, vocab, seg.draft_lang));
        }
        let judged = reason.is_none() && l.group.is_some();
        let fact_ref = |f: &Fact| FactRef::new(f, verdict::display(f, vocab));
        let claim = l.claim;
        Finding {
            start: 0,
            end: 0,
            text: claim_text.to_string(),
            kind: claim.kind,
            value: claim.value,
            unit: claim.unit,
            hedge: claim.hedge,
            shape: claim.shape,
            verdict,
            subject: current.filter(|_| judged).map(|f| f.subject.clone()),
            metric: current.filter(|_| judged).map(|f| f.metric.clone()),
            fact: current.filter(|_| judged).map(fact_ref),
            candidate: current.filter(|_| !judged).map(fact_ref),
            reason,
            evidence: judged.then(|| report::Evidence::from_bytes(seg.text, seg.base, &l.evidence)),
            message,
            suggestion,
            dismissal: None,
            byte_span: seg.base + claim.span.start..seg.base + claim.span.end,
        }
    }
}

/// One segment of a draft being checked: its text, where it starts in the draft, the
/// language it is read in and the compiled index of that language.
struct Part<'a> {
    text: &'a str,
    /// Byte offset of `text` in the draft.
    base: usize,
    lang: Lang,
    /// The language of the whole draft (number styles are judged against it).
    draft_lang: Lang,
    index: &'a link::Index,
    as_of: Date,
}
