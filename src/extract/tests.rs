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

/// Draft text, claim text, kind, value, unit, hedge.
type Row = (
    &'static str,
    &'static str,
    Kind,
    f64,
    Option<&'static str>,
    Hedge,
);

/// One row per spelling from the issue: text, claim text, kind, value, unit, hedge.
#[test]
fn every_spelling_of_an_amount() {
    let usd = Some("USD");
    let rows: &[Row] = &[
        (
            "it was 23 billion USD.",
            "23 billion USD",
            Amount,
            23e9,
            usd,
            Exact,
        ),
        (
            "it was USD 23 billion.",
            "USD 23 billion",
            Amount,
            23e9,
            usd,
            Exact,
        ),
        (
            "it was US$23 billion.",
            "US$23 billion",
            Amount,
            23e9,
            usd,
            Exact,
        ),
        ("it was $23bn.", "$23bn", Amount, 23e9, usd, Exact),
        (
            "it was 23 billion dollars.",
            "23 billion dollars",
            Amount,
            23e9,
            usd,
            Exact,
        ),
        (
            "it was 23,000 million USD.",
            "23,000 million USD",
            Amount,
            23e9,
            usd,
            Exact,
        ),
        (
            "trade of 48.18 billion USD",
            "48.18 billion USD",
            Amount,
            48.18e9,
            usd,
            Exact,
        ),
        (
            "a capacity of 1,624 MW",
            "1,624 MW",
            Amount,
            1624.0,
            Some("MW"),
            Exact,
        ),
        (
            "over 9 billion kWh",
            "over 9 billion kWh",
            Amount,
            9e9,
            Some("kWh"),
            MoreThan,
        ),
        (
            "an area of 31,000 km2",
            "31,000 km2",
            Amount,
            31000.0,
            Some("km2"),
            Exact,
        ),
        (
            "with around 23 billion USD",
            "around 23 billion USD",
            Amount,
            23e9,
            usd,
            About,
        ),
    ];
    for (text, span, kind, value, unit, hedge) in rows {
        let got = one(text);
        assert_eq!(
            got,
            (span.to_string(), *kind, *value, *unit, *hedge),
            "{text}"
        );
    }
}

#[test]
fn counts_percentages_and_hedges() {
    let rows: &[Row] = &[
        (
            "now exceeds 630,000, while",
            "exceeds 630,000",
            Count,
            630000.0,
            None,
            MoreThan,
        ),
        (
            "some 630k people",
            "some 630k",
            Count,
            630000.0,
            None,
            About,
        ),
        (
            "more than 2,000 Japanese companies",
            "more than 2,000",
            Count,
            2000.0,
            None,
            MoreThan,
        ),
        (
            "the 100,000-plus Vietnamese",
            "100,000-plus",
            Count,
            100000.0,
            None,
            MoreThan,
        ),
        (
            "over 110 cooperation agreements",
            "over 110",
            Count,
            110.0,
            None,
            MoreThan,
        ),
        (
            "nearly 50 localities",
            "nearly 50",
            Count,
            50.0,
            None,
            Nearly,
        ),
        (
            "consists of nine prefectures",
            "nine",
            Count,
            9.0,
            None,
            Exact,
        ),
        (
            "for three decades",
            "three decades",
            Duration,
            30.0,
            Some("years"),
            Exact,
        ),
        (
            "the three-decade backing",
            "three-decade",
            Duration,
            30.0,
            Some("years"),
            Exact,
        ),
        ("account for 30% of", "30%", Percent, 30.0, Some("%"), Exact),
        (
            "account for 30 percent of",
            "30 percent",
            Percent,
            30.0,
            Some("%"),
            Exact,
        ),
        (
            "account for 30 per cent of",
            "30 per cent",
            Percent,
            30.0,
            Some("%"),
            Exact,
        ),
        (
            "roughly 25% of trade",
            "roughly 25%",
            Percent,
            25.0,
            Some("%"),
            About,
        ),
        (
            "has increased 50-fold;",
            "50-fold",
            Multiple,
            50.0,
            Some("x"),
            Exact,
        ),
        (
            "50 years of diplomatic relations",
            "50 years",
            Duration,
            50.0,
            Some("years"),
            Exact,
        ),
        (
            "ties were elevated in 2023.",
            "2023",
            Year,
            2023.0,
            None,
            Exact,
        ),
        (
            "at least 20 firms",
            "at least 20",
            Count,
            20.0,
            None,
            AtLeast,
        ),
        (
            "up to 5 days",
            "up to 5 days",
            Duration,
            5.0,
            Some("days"),
            UpTo,
        ),
        (
            "close to 80 years",
            "close to 80 years",
            Duration,
            80.0,
            Some("years"),
            Nearly,
        ),
    ];
    for (text, span, kind, value, unit, hedge) in rows {
        let got = one(text);
        assert_eq!(
            got,
            (span.to_string(), *kind, *value, *unit, *hedge),
            "{text}"
        );
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
        // Digits with a suffix alone: a rank a table's labels may name.
        ("3rd", "3rd", 3.0, Exact),
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

/// (language, draft text, claim text, kind, value, unit, hedge): one row per
/// spelling of the issue, in Dutch and Vietnamese.
type LangRow = (
    Lang,
    &'static str,
    &'static str,
    Kind,
    f64,
    Option<&'static str>,
    Hedge,
);

fn check_rows(rows: &[LangRow]) {
    for (lang, text, span, kind, value, unit, hedge) in rows {
        let found = claims_in(*lang, text);
        assert_eq!(found.len(), 1, "{lang:?} {text}: {found:?}");
        let (got_span, got_kind, got_value, got_unit, got_hedge) = &found[0];
        assert_eq!(
            (got_span.as_str(), *got_kind, *got_unit, *got_hedge),
            (*span, *kind, *unit, *hedge),
            "{lang:?} {text}"
        );
        assert!(
            (got_value - value).abs() <= value.abs() * 1e-12,
            "{lang:?} {text}: {got_value} != {value}"
        );
    }
}

#[test]
fn every_dutch_spelling() {
    use Lang::Nl;
    let usd = Some("USD");
    check_rows(&[
        (
            Nl,
            "met ongeveer 23 miljard dollar tegen",
            "ongeveer 23 miljard dollar",
            Amount,
            23e9,
            usd,
            About,
        ),
        (
            Nl,
            "een handel van 48,18 miljard dollar.",
            "48,18 miljard dollar",
            Amount,
            48.18e9,
            usd,
            Exact,
        ),
        (
            Nl,
            "een BBP van circa 800 miljard USD",
            "circa 800 miljard USD",
            Amount,
            800e9,
            usd,
            About,
        ),
        (
            Nl,
            "goed voor US$ 23 miljard.",
            "US$ 23 miljard",
            Amount,
            23e9,
            usd,
            Exact,
        ),
        (
            Nl,
            "kost 1,4 miljard euro",
            "1,4 miljard euro",
            Amount,
            1.4e9,
            Some("EUR"),
            Exact,
        ),
        (
            Nl,
            "goed voor 14,83 biljoen dong",
            "14,83 biljoen dong",
            Amount,
            14.83e12,
            Some("VND"),
            Exact,
        ),
        (
            Nl,
            "ruim 23.000 miljoen dollar",
            "ruim 23.000 miljoen dollar",
            Amount,
            23e9,
            usd,
            MoreThan,
        ),
        (
            Nl,
            "een vermogen van 1.624 MW",
            "1.624 MW",
            Amount,
            1624.0,
            Some("MW"),
            Exact,
        ),
        (
            Nl,
            "een oppervlakte van 31.000 km2",
            "31.000 km2",
            Amount,
            31000.0,
            Some("km2"),
            Exact,
        ),
        (
            Nl,
            "heeft meer dan 630.000 mensen bereikt",
            "meer dan 630.000",
            Count,
            630000.0,
            None,
            MoreThan,
        ),
        (
            Nl,
            "heeft meer dan 630\u{00A0}000 mensen",
            "meer dan 630\u{00A0}000",
            Count,
            630000.0,
            None,
            MoreThan,
        ),
        (
            Nl,
            "heeft zo'n 630\u{202F}000 mensen",
            "zo'n 630\u{202F}000",
            Count,
            630000.0,
            None,
            About,
        ),
        (
            Nl,
            "heeft zo’n 630\u{2009}000 mensen",
            "zo’n 630\u{2009}000",
            Count,
            630000.0,
            None,
            About,
        ),
        (
            Nl,
            "een bevolking van bijna 23 miljoen",
            "bijna 23 miljoen",
            Count,
            23e6,
            None,
            Nearly,
        ),
        (
            Nl,
            "ruim 2.000 Japanse bedrijven",
            "ruim 2.000",
            Count,
            2000.0,
            None,
            MoreThan,
        ),
        (
            Nl,
            "zo'n 16 duizend Vietnamezen",
            "zo'n 16 duizend",
            Count,
            16000.0,
            None,
            About,
        ),
        (
            Nl,
            "tot 5 dagen",
            "tot 5 dagen",
            Duration,
            5.0,
            Some("days"),
            UpTo,
        ),
        (
            Nl,
            "bestaat uit negen provincies",
            "negen",
            Count,
            9.0,
            None,
            Exact,
        ),
        (
            Nl,
            "goed voor 30% van het totaal",
            "30%",
            Percent,
            30.0,
            Some("%"),
            Exact,
        ),
        (
            Nl,
            "goed voor 30 procent van het totaal",
            "30 procent",
            Percent,
            30.0,
            Some("%"),
            Exact,
        ),
        (
            Nl,
            "het 30-jarig jubileum",
            "30-jarig",
            Duration,
            30.0,
            Some("years"),
            Exact,
        ),
        (
            Nl,
            "in de afgelopen 30 jaar",
            "30 jaar",
            Duration,
            30.0,
            Some("years"),
            Exact,
        ),
        (
            Nl,
            "al drie decennia",
            "drie decennia",
            Duration,
            30.0,
            Some("years"),
            Exact,
        ),
        (
            Nl,
            "is 50-voudig gestegen",
            "50-voudig",
            Multiple,
            50.0,
            Some("x"),
            Exact,
        ),
        (
            Nl,
            "is 50 keer zo groot",
            "50 keer",
            Multiple,
            50.0,
            Some("x"),
            Exact,
        ),
        (
            Nl,
            "werd in 2023 opgewaardeerd",
            "2023",
            Year,
            2023.0,
            None,
            Exact,
        ),
    ]);
}

#[test]
fn every_vietnamese_spelling() {
    use Lang::Vi;
    let usd = Some("USD");
    check_rows(&[
        (
            Vi,
            "khoảng 23 tỷ USD tính đến",
            "khoảng 23 tỷ USD",
            Amount,
            23e9,
            usd,
            About,
        ),
        (
            Vi,
            "khoảng 23 tỉ USD tính đến",
            "khoảng 23 tỉ USD",
            Amount,
            23e9,
            usd,
            About,
        ),
        (
            Vi,
            "kim ngạch đạt 48,18 tỷ USD.",
            "48,18 tỷ USD",
            Amount,
            48.18e9,
            usd,
            Exact,
        ),
        (
            Vi,
            "đạt 48,18 tỷ đô la Mỹ.",
            "48,18 tỷ đô la Mỹ",
            Amount,
            48.18e9,
            usd,
            Exact,
        ),
        (
            Vi,
            "đạt US$48,18 tỷ.",
            "US$48,18 tỷ",
            Amount,
            48.18e9,
            usd,
            Exact,
        ),
        (
            Vi,
            "gần 14,83 nghìn tỷ đồng",
            "gần 14,83 nghìn tỷ đồng",
            Amount,
            14.83e12,
            Some("VND"),
            Nearly,
        ),
        (
            Vi,
            "gần 14.830 tỷ đồng",
            "gần 14.830 tỷ đồng",
            Amount,
            14.83e12,
            Some("VND"),
            Nearly,
        ),
        (
            Vi,
            "khoảng 15.730 tỷ VND",
            "khoảng 15.730 tỷ VND",
            Amount,
            15.73e12,
            Some("VND"),
            About,
        ),
        (
            Vi,
            "563,71 triệu USD",
            "563,71 triệu USD",
            Amount,
            563.71e6,
            usd,
            Exact,
        ),
        (
            Vi,
            "khoảng 2 ngàn tỷ yên",
            "khoảng 2 ngàn tỷ yên",
            Amount,
            2e12,
            Some("JPY"),
            About,
        ),
        (
            Vi,
            "tổng công suất 1.624 MW",
            "1.624 MW",
            Amount,
            1624.0,
            Some("MW"),
            Exact,
        ),
        (
            Vi,
            "hơn 9 tỷ kWh mỗi năm",
            "hơn 9 tỷ kWh",
            Amount,
            9e9,
            Some("kWh"),
            MoreThan,
        ),
        (
            Vi,
            "diện tích 31.000 km2",
            "31.000 km2",
            Amount,
            31000.0,
            Some("km2"),
            Exact,
        ),
        (
            Vi,
            "đã vượt 630.000 người",
            "vượt 630.000",
            Count,
            630000.0,
            None,
            MoreThan,
        ),
        (
            Vi,
            "đã vượt 630\u{00A0}000 người",
            "vượt 630\u{00A0}000",
            Count,
            630000.0,
            None,
            MoreThan,
        ),
        (
            Vi,
            "trên 630\u{202F}000 người",
            "trên 630\u{202F}000",
            Count,
            630000.0,
            None,
            MoreThan,
        ),
        (
            Vi,
            "hơn 2.000 doanh nghiệp",
            "hơn 2.000",
            Count,
            2000.0,
            None,
            MoreThan,
        ),
        (
            Vi,
            "ít nhất 20 doanh nghiệp",
            "ít nhất 20",
            Count,
            20.0,
            None,
            AtLeast,
        ),
        (Vi, "lên tới 5 ngày", "lên tới 5", Count, 5.0, None, UpTo),
        (
            Vi,
            "tới 16 nghìn người",
            "tới 16 nghìn",
            Count,
            16000.0,
            None,
            UpTo,
        ),
        (Vi, "gần 50 địa phương", "gần 50", Count, 50.0, None, Nearly),
        (
            Vi,
            "dân số gần 23 triệu người",
            "gần 23 triệu",
            Count,
            23e6,
            None,
            Nearly,
        ),
        (Vi, "gồm chín tỉnh", "chín", Count, 9.0, None, Exact),
        (
            Vi,
            "chiếm khoảng 30% tổng vốn",
            "khoảng 30%",
            Percent,
            30.0,
            Some("%"),
            About,
        ),
        (
            Vi,
            "chiếm 30 phần trăm tổng vốn",
            "30 phần trăm",
            Percent,
            30.0,
            Some("%"),
            Exact,
        ),
        (
            Vi,
            "trong ba thập kỷ qua",
            "ba thập kỷ",
            Duration,
            30.0,
            Some("years"),
            Exact,
        ),
        (
            Vi,
            "cách đây 50 năm",
            "50 năm",
            Duration,
            50.0,
            Some("years"),
            Exact,
        ),
        (
            Vi,
            "tăng 50 lần",
            "50 lần",
            Multiple,
            50.0,
            Some("x"),
            Exact,
        ),
        (
            Vi,
            "nâng cấp vào năm 2023.",
            "2023",
            Year,
            2023.0,
            None,
            Exact,
        ),
    ]);
}

/// (language, draft, rank phrase, rank, hedge, what each claim ranks).
type RankRow = (
    Lang,
    &'static str,
    &'static str,
    f64,
    Hedge,
    &'static [&'static str],
);

#[test]
fn ranks_in_dutch_and_vietnamese() {
    use Lang::{Nl, Vi};
    let rows: &[RankRow] = &[
        (
            Nl,
            "de op een na grootste investeerder",
            "op een na grootste",
            2.0,
            Exact,
            &["investeerder"],
        ),
        (
            Nl,
            "de derde grootste investeerder van Vietnam",
            "derde grootste",
            3.0,
            Exact,
            &["investeerder van vietnam"],
        ),
        (
            Nl,
            "de 3e grootste investeerder",
            "3e grootste",
            3.0,
            Exact,
            &["investeerder"],
        ),
        (
            Nl,
            "de tweede grootste investeerder",
            "tweede grootste",
            2.0,
            Exact,
            &["investeerder"],
        ),
        (
            Nl,
            "is de grootste investeerder",
            "grootste",
            1.0,
            Exact,
            &["investeerder"],
        ),
        (
            Nl,
            "de grootste handelspartner",
            "grootste",
            1.0,
            Exact,
            &["handelspartner"],
        ),
        (
            Nl,
            "de vierde grootste handels- en toerismepartner van Vietnam, met",
            "vierde grootste",
            4.0,
            Exact,
            &["handels -", "toerismepartner van vietnam"],
        ),
        (
            Nl,
            "belangrijkste partner op het gebied van ODA (met 23 miljard dollar) en arbeid, de",
            "belangrijkste",
            1.0,
            Exact,
            &[
                "partner op het gebied van oda ( met 23 miljard dollar )",
                "arbeid",
            ],
        ),
        (
            Nl,
            "een van de 35 grootste economieën",
            "een van de 35",
            35.0,
            UpTo,
            &["grootste economieën"],
        ),
        (
            Vi,
            "là nhà đầu tư lớn thứ ba của Việt Nam",
            "lớn thứ ba",
            3.0,
            Exact,
            &["nhà đầu tư"],
        ),
        (
            Vi,
            "là nhà đầu tư lớn thứ 3 của Việt Nam",
            "lớn thứ 3",
            3.0,
            Exact,
            &["nhà đầu tư"],
        ),
        (
            Vi,
            "là nhà đầu tư lớn thứ hai",
            "lớn thứ hai",
            2.0,
            Exact,
            &["nhà đầu tư"],
        ),
        (
            Vi,
            "là nhà đầu tư lớn nhất",
            "lớn nhất",
            1.0,
            Exact,
            &["nhà đầu tư"],
        ),
        (
            Vi,
            "Nhật Bản đứng thứ 3 trong số các nhà đầu tư",
            "đứng thứ 3",
            3.0,
            Exact,
            &["nhật bản", "nhà đầu tư"],
        ),
        (
            Vi,
            "là đối tác thương mại và du lịch lớn thứ tư, với",
            "lớn thứ tư",
            4.0,
            Exact,
            &["đối tác thương mại", "du lịch"],
        ),
        (
            Vi,
            "là đối tác hàng đầu của Việt Nam về ODA và hợp tác lao động, là",
            "hàng đầu",
            1.0,
            Exact,
            &["đối tác", "oda", "hợp tác lao động"],
        ),
        (
            Vi,
            "là một trong 35 nền kinh tế lớn nhất thế giới",
            "một trong 35",
            35.0,
            UpTo,
            &["nền kinh tế lớn nhất thế giới"],
        ),
        (
            Vi,
            "nằm trong top 20 quốc gia có quy mô thương mại lớn nhất",
            "nằm trong top 20",
            20.0,
            UpTo,
            &["quốc gia có quy mô thương mại lớn nhất"],
        ),
    ];
    for (lang, text, span, value, hedge, segments) in rows {
        let vocab = lang.vocabulary();
        let tokens = tokenize(text, vocab);
        let found = extract(&tokens, &Lexicon::new(vocab));
        let ranks: Vec<&Claim> = found.iter().filter(|c| c.kind == Rank).collect();
        assert_eq!(ranks.len(), 1, "{text}: {found:?}");
        let c = ranks[0];
        assert_eq!(
            (&text[c.span.clone()], c.value, c.hedge),
            (*span, *value, *hedge),
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
        assert_eq!(segs, *segments, "{text}");
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
