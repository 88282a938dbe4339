//! Table-driven tests of the extractor, one table per reading and language.

use super::*;
use crate::lang::Lang;
use crate::token::tokenize;

fn claims(text: &str) -> Vec<(String, Kind, f64, Option<&'static str>, Hedge)> {
    claims_in(Lang::En, text)
}

fn claims_in(lang: Lang, text: &str) -> Vec<(String, Kind, f64, Option<&'static str>, Hedge)> {
    let vocab = lang.vocabulary();
    let lex = Lexicon::new(vocab);
    let tokens = tokenize(text, vocab);
    extract(&tokens, &lex)
        .into_iter()
        .map(|c| {
            (
                text[c.span.clone()].to_string(),
                c.kind,
                c.value,
                c.unit,
                c.hedge,
            )
        })
        .collect()
}

fn one(text: &str) -> (String, Kind, f64, Option<&'static str>, Hedge) {
    let found = claims(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.into_iter().next().unwrap_or_else(|| unreachable!())
}

use Hedge::*;
use Kind::*;
#[path = "../../tests/support/escape.rs"]
mod escape;
use escape::unescape;

/// The rows of a data table (tab-separated; `#` starts a comment), with `\u{…}`
/// escapes decoded.
fn table(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            l.split('\t')
                .map(|c| unescape(c).unwrap_or_else(|e| panic!("{e}")))
                .collect()
        })
        .collect()
}

/// Every row of `testdata/claims.tsv` (language, draft, claim text, kind, value,
/// unit, hedge): each spelling of issue 9, in every language, is one claim.
#[test]
fn every_spelling_reads_as_one_claim() {
    let rows = table(include_str!("testdata/claims.tsv"));
    assert!(rows.len() >= 85, "{} rows", rows.len());
    for row in &rows {
        let [lang, text, span, kind, value, unit, hedge] = &row[..] else {
            panic!("{row:?}");
        };
        let lang = Lang::from_code(lang).unwrap_or_else(|| panic!("{row:?}"));
        let value: f64 = value.parse().unwrap_or_else(|e| panic!("{row:?}: {e}"));
        let found = claims_in(lang, text);
        assert_eq!(found.len(), 1, "{lang:?} {text}: {found:?}");
        let (got_span, got_kind, got_value, got_unit, got_hedge) = &found[0];
        let got = (
            got_span.as_str(),
            format!("{got_kind:?}"),
            *got_value,
            got_unit.unwrap_or("-"),
            format!("{got_hedge:?}"),
        );
        let want = (
            span.as_str(),
            kind.clone(),
            value,
            unit.as_str(),
            hedge.clone(),
        );
        assert_eq!(got, want, "{lang:?} {text}");
    }
}

/// Every row of `testdata/ranks.tsv` (language, draft, rank phrase, rank, hedge, what
/// it ranks): Dutch and Vietnamese ranks, each the one rank of its draft.
#[test]
fn ranks_in_dutch_and_vietnamese() {
    let rows = table(include_str!("testdata/ranks.tsv"));
    assert!(rows.len() >= 18, "{} rows", rows.len());
    for row in &rows {
        let [lang, text, span, value, hedge, segments] = &row[..] else {
            panic!("{row:?}");
        };
        let lang = Lang::from_code(lang).unwrap_or_else(|| panic!("{row:?}"));
        let value: f64 = value.parse().unwrap_or_else(|e| panic!("{row:?}: {e}"));
        let vocab = lang.vocabulary();
        let tokens = tokenize(text, vocab);
        let found = extract(&tokens, &Lexicon::new(vocab));
        let ranks: Vec<&Claim> = found.iter().filter(|c| c.kind == Rank).collect();
        assert_eq!(ranks.len(), 1, "{text}: {found:?}");
        let c = ranks[0];
        assert_eq!(
            (&text[c.span.clone()], c.value, format!("{:?}", c.hedge)),
            (span.as_str(), value, hedge.clone()),
            "{text}"
        );
        let segs: Vec<String> = c
            .segments
            .iter()
            .map(|r| {
                r.clone()
                    .map(|k| tokens.norm(k))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let want: Vec<&str> = match segments.as_str() {
            "-" => Vec::new(),
            s => s.split(" | ").collect(),
        };
        assert_eq!(segs, want, "{text}");
    }
}

#[test]
fn ranks_in_every_spelling() {
    let rows: &[(&str, &str, f64, Hedge)] = &[
        ("the third largest investor", "third largest", 3.0, Exact),
        ("the third-largest investor", "third-largest", 3.0, Exact),
        ("its third biggest investor", "third biggest", 3.0, Exact),
        ("its 3rd largest investor", "3rd largest", 3.0, Exact),
        ("the No. 3 investor", "No. 3", 3.0, Exact),
        ("Japan is the largest investor", "largest", 1.0, Exact),
        ("Japan is the biggest ODA supplier", "biggest", 1.0, Exact),
        ("the top labour partner", "top", 1.0, Exact),
        ("the leading economic partner", "leading", 1.0, Exact),
        ("one of the world's top 35 economies", "top 35", 35.0, UpTo),
        // A bare ordinal with a rank lead or tail word and a rank noun after it.
        (
            "Japan ranks third among Vietnam's investors",
            "third",
            3.0,
            Exact,
        ),
        (
            "it slipped to fourth among trading partners",
            "fourth",
            4.0,
            Exact,
        ),
        ("the second-ranked investor", "second", 2.0, Exact),
        (
            "it is now fourth as a source of tourists",
            "fourth",
            4.0,
            Exact,
        ),
        ("the number two investor", "number two", 2.0, Exact),
        // A lead word and a phrase closed after the ordinal: a rank of its own.
        ("it ranks third in the league", "ranks third", 3.0, Exact),
        ("She took 6th place in the slalom", "6th", 6.0, Exact),
        ("Brazil remain No. 1 in the ranking", "No. 1", 1.0, Exact),
        (
            "It is the largest wind farm in Europe",
            "largest",
            1.0,
            Exact,
        ),
        // An ordinal alone in a table's cell, in digits or words: a rank the table's
        // labels may name (`the 3rd` in a sentence ranks nothing).
        ("| 3rd |", "3rd", 3.0, Exact),
        ("| third |", "third", 3.0, Exact),
        ("Rank among investors\t3rd", "3rd", 3.0, Exact),
        ("Rank: 3rd", "3rd", 3.0, Exact),
    ];
    for (text, span, value, hedge) in rows {
        let got = one(text);
        assert_eq!(
            got,
            (span.to_string(), Rank, *value, None, *hedge),
            "{text}"
        );
    }
}

#[test]
fn coordinated_ranks_keep_one_segment_each() {
    let vocab = Lang::En.vocabulary();
    let lex = Lexicon::new(vocab);
    // (draft, the phrases the first rank ranks)
    let rows: &[(&str, &[&[&str]])] = &[
        (
            "the fourth largest trade and tourism partner, with a trade",
            &[&["trade"], &["tourism", "partner"]],
        ),
        (
            "its top provider of ODA and partner in labour cooperation",
            &[
                &["provider", "of", "oda"],
                &["partner", "in", "labour", "cooperation"],
            ],
        ),
        (
            "the largest partner in ODA and labour, with",
            &[&["partner", "in", "oda"], &["labour"]],
        ),
        // Another clause after `and` is not ranked: no rank noun of its own or shared.
        (
            "the second largest investor and its two-way trade reached 52.5 billion USD",
            &[&["investor"]],
        ),
    ];
    for (text, want) in rows {
        let tokens = tokenize(text, vocab);
        let found = extract(&tokens, &lex);
        let rank = found.iter().find(|c| c.kind == Kind::Rank);
        let segs: Vec<Vec<&str>> = rank
            .map(|c| {
                c.segments
                    .iter()
                    .map(|r| r.clone().map(|k| tokens.norm(k)).collect())
                    .collect()
            })
            .unwrap_or_default();
        let want: Vec<Vec<&str>> = want.iter().map(|w| w.to_vec()).collect();
        assert_eq!(segs, want, "{text}");
    }
}

#[test]
fn dates_times_labels_and_names_are_not_claims() {
    for text in [
        "in Hanoi on November 3 for the",
        "on December 15, 2025. (Photo: VNA)",
        "from November 16-18 with",
        "updated 04/11/2025",
        "COVID-19 and the G7 summit",
        "Frigate 015 – Tran Hung Dao",
        "the Nhon Trach 3 and 4 power plants",
        "at 10:30 am on",
        "see page 12 for",
        "call +84 24 3825 1234 now",
        "at 12 Ly Thai To Street",
        "Chair of BRICS 2024.",
        "handling the 2 millionth TEU",
        "on October 23 evening",
        "one of the largest investors",
        "the top legislator said",
        "for the second time",
        "the third quarter",
    ] {
        assert_eq!(claims(text), [], "{text}");
    }
}

#[test]
fn ranges_share_their_unit() {
    let found = claims("output of 2.6–3 million tonnes by 2030");
    let texts: Vec<(&str, f64)> = found.iter().map(|c| (c.0.as_str(), c.2)).collect();
    assert_eq!(texts, [("2.6–3 million tonnes", 2.6e6), ("2030", 2030.0)]);
}

/// Each row one range, read as one claim with both bounds (language, draft, claim
/// text, low, high): a weak word opening a words range whose second bound carries its
/// own scale, a Dutch bound cut short before a closed compound, scale letters.
#[test]
fn ranges_read_as_one_claim() {
    for (lang, text, span, low, high) in [
        (
            Lang::En,
            "Between two and three million visitors came.",
            "Between two and three million",
            2e6,
            3e6,
        ),
        (
            Lang::En,
            "Two to three million people live there.",
            "Two to three million",
            2e6,
            3e6,
        ),
        (
            Lang::Nl,
            "Er kwamen vijf- tot zesduizend bezoekers.",
            "vijf- tot zesduizend",
            5e3,
            6e3,
        ),
        (
            Lang::Nl,
            "Het kost drie- tot vierhonderd euro.",
            "drie- tot vierhonderd euro",
            300.0,
            400.0,
        ),
        (
            Lang::Nl,
            "Er wonen twee tot drie miljoen mensen.",
            "twee tot drie miljoen",
            2e6,
            3e6,
        ),
        (
            Lang::Nl,
            "Er kwamen vijf- tot zes miljoen bezoekers.",
            "vijf- tot zes miljoen",
            5e6,
            6e6,
        ),
        (
            Lang::En,
            "Some 165k-195k people joined.",
            "Some 165k-195k",
            165e3,
            195e3,
        ),
    ] {
        let vocab = lang.vocabulary();
        let tokens = tokenize(text, vocab);
        let found = extract(&tokens, &Lexicon::new(vocab));
        let got: Vec<(&str, Shape)> = found
            .iter()
            .map(|c| (&text[c.span.clone()], c.shape))
            .collect();
        assert_eq!(got, [(span, Shape::Range { low, high })], "{text}");
    }
}

/// A Dutch main clause puts its verb before a subject of up to seven words: the figure
/// after it is the change the verb says (`steeg`, `daalde`), in a percentage or amount.
#[test]
fn an_inverted_subject_keeps_its_change() {
    for (text, direction) in [
        ("In oktober steeg de export 5%.", 1),
        ("In 2024 steeg de export van Vietnam naar Japan 5%.", 1),
        (
            "Vorig jaar daalde het aantal Japanse bezoekers aan Vietnam 12%.",
            -1,
        ),
    ] {
        let vocab = Lang::Nl.vocabulary();
        let tokens = tokenize(text, vocab);
        let found = extract(&tokens, &Lexicon::new(vocab));
        let last = found.last().map(|c| c.shape);
        assert_eq!(last, Some(Shape::Change { direction }), "{text}");
    }
}

#[test]
fn vague_superlatives_and_weekdays_are_not_ranks() {
    for (lang, text) in [
        (Lang::Nl, "een van de grootste investeerders"),
        (Lang::Vi, "là một trong những nhà đầu tư lớn nhất"),
        (
            Lang::Vi,
            "là một trong những đối tác kinh tế quan trọng nhất của Việt Nam",
        ),
        (Lang::Vi, "họp vào thứ Ba và thứ 5"),
        (Lang::Vi, "các trường đại học hàng đầu"),
        (Lang::Vi, "lần thứ nhất"),
    ] {
        let found = claims_in(lang, text);
        assert_eq!(found, [], "{text}");
    }
}

#[test]
fn dates_times_and_labels_in_dutch_and_vietnamese_are_not_claims() {
    for (lang, text) in [
        (Lang::Nl, "Bijgewerkt op 3 november 2025"),
        (Lang::Nl, "van 16-18 november in Hanoi"),
        (Lang::Nl, "om 10.30 uur begon"),
        (Lang::Nl, "tegen het einde van begrotingsjaar 2024)"),
        (Lang::Nl, "zie pagina 12 voor"),
        (Lang::Nl, "Reactie (0)"),
        (Lang::Vi, "Chiều 3/11, tại Hà Nội"),
        (Lang::Vi, "ngày 25 tháng 11 năm 2025"),
        (Lang::Vi, "tính đến hết năm tài khóa 2024"),
        (Lang::Vi, "lúc 10 giờ sáng"),
        (Lang::Vi, "theo Nghị định số 15"),
        (Lang::Vi, "Ảnh 1."),
        (Lang::Vi, "Nhà máy điện Nhơn Trạch 3 và 4"),
        (Lang::Vi, "hợp tác với Ba Lan"),
    ] {
        assert_eq!(claims_in(lang, text), [], "{lang:?} {text}");
    }
}

/// `1.624` is 1.624 in English and 1624 in Dutch and Vietnamese.
#[test]
fn the_same_digits_read_per_language() {
    for (lang, value) in [(Lang::En, 1.624), (Lang::Nl, 1624.0), (Lang::Vi, 1624.0)] {
        let found = claims_in(lang, "1.624 MW");
        assert_eq!(found.len(), 1, "{lang:?}");
        assert_eq!(found[0].2, value, "{lang:?}");
    }
}

/// Every example of every reading in `shape::NOT_COUNTS` (ordinals that rank nothing,
/// decades) is taken by that reading, the first that applies in it, and yields no
/// claim.
#[test]
fn every_not_count_reading_takes_its_examples() {
    for r in shape::NOT_COUNTS {
        for (lang, text) in r.examples {
            let vocab = lang.vocabulary();
            let lex = Lexicon::new(vocab);
            let tokens = tokenize(text, vocab);
            let first = (0..tokens.len()).find_map(|i| {
                shape::NOT_COUNTS
                    .iter()
                    .find(|n| (n.read)(&tokens, &lex, i).is_some())
            });
            assert_eq!(first.map(|n| n.name), Some(r.name), "{lang:?} {text}");
            assert_eq!(extract(&tokens, &lex), [], "{lang:?} {text}");
            // `not_a_count` tries the same readings in the same order.
            for i in 0..tokens.len() {
                let listed = shape::NOT_COUNTS
                    .iter()
                    .find_map(|n| (n.read)(&tokens, &lex, i));
                let tried = shape::not_a_count(&tokens, &lex, i);
                assert!(tried.is_none() || tried == listed, "{lang:?} {text} at {i}");
            }
        }
    }
}

/// A hard line break ends a figure: a number closing one line and a number, unit or
/// scale opening the next are never one claim (`more than 100,000` then `x …`). A
/// line break in a draft is a paragraph or list break the writer typed; a soft wrap
/// in a text box is no character at all, so `48.18 billion USD` wrapped on screen
/// is one claim.
#[test]
fn a_line_break_ends_a_figure() {
    let read = |text: &str| -> Vec<(String, Kind)> {
        claims(text).into_iter().map(|c| (c.0, c.1)).collect()
    };
    let s = |t: &str| t.to_string();
    assert_eq!(
        read("more than 100,000\n x"),
        [(s("more than 100,000"), Count)]
    );
    assert_eq!(
        read("over 100,000\n% of staff"),
        [(s("over 100,000"), Count)]
    );
    assert_eq!(
        read("Japan invested more than 100,000\n5 firms opened offices."),
        [(s("more than 100,000"), Count), (s("5"), Count)]
    );
    assert_eq!(
        read("Trade reached 48.18\nbillion USD."),
        [(s("48.18"), Count)]
    );
    assert_eq!(
        read("Trade reached 48.18 billion USD."),
        [(s("48.18 billion USD"), Amount)]
    );
    let nl = claims_in(Lang::Nl, "Er kwamen meer dan 100.000\n% bezoekers.");
    assert_eq!(nl.len(), 1, "{nl:?}");
    assert_eq!(nl[0].3, None);
}
