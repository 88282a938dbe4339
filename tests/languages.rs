//! Dutch and Vietnamese drafts against the one fact table: the Dutch seed against its
//! English twin; Vietnamese drafts written from the facts of seeds 000 and 002
//! (`tests/fixtures/vi/`), and altered copies of them; every number style in each
//! language; precomposed versus decomposed text, narrow spaces and curly quotes as they
//! arrive from a paste; language detection on a mixed draft, and forcing a language.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::Alteration;

use claimcheck::lang::detect::Detector;
use claimcheck::{CheckOptions, Checker, Date, FactTable, Kind, Lang, LangChoice, Report};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(FactTable::bundled()).unwrap_or_else(|e| panic!("{e}")))
}

fn fixture(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn check_in(text: &str, as_of: &str, lang: LangChoice) -> Report {
    let date = Date::parse(as_of).unwrap_or_else(|| panic!("bad date {as_of}"));
    let mut options = CheckOptions::new(date);
    options.lang = lang;
    let report = checker()
        .check(text, &options)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_offsets(text, &report);
    report
}

fn check(text: &str, as_of: &str) -> Report {
    check_in(text, as_of, LangChoice::Auto)
}

/// Every claim's `text` is exactly the draft's UTF-16 slice between its offsets.
fn assert_offsets(text: &str, report: &Report) {
    let units: Vec<u16> = text.encode_utf16().collect();
    for c in &report.claims {
        let slice = units
            .get(c.start..c.end)
            .unwrap_or_else(|| panic!("{}..{} outside the text", c.start, c.end));
        assert_eq!(
            String::from_utf16_lossy(slice),
            c.text,
            "{}..{}",
            c.start,
            c.end
        );
    }
}

/// Linked fact id → the verdicts of the claims linked to it.
fn verdicts_by_fact(report: &Report) -> BTreeMap<String, BTreeSet<&'static str>> {
    let mut out: BTreeMap<String, BTreeSet<&'static str>> = BTreeMap::new();
    for c in &report.claims {
        if let Some(f) = &c.fact {
            out.entry(f.id.clone())
                .or_default()
                .insert(c.verdict.name());
        }
    }
    out
}

#[test]
fn the_dutch_seed_links_the_same_facts_as_its_english_twin() {
    let en = check(&fixture("seeds/000_50070c2073b1c375.txt"), "2025-11-03");
    let nl = check(&fixture("seeds/003_261b6e32581d2b57.txt"), "2025-11-03");
    assert_eq!((en.lang, nl.lang), ("en", "nl"));
    let en_facts = verdicts_by_fact(&en);
    let nl_facts = verdicts_by_fact(&nl);
    // The English page carries "See more" teasers (Nhon Trach) that the translation
    // leaves out; the translation adds a paragraph of Kansai's own figures.
    let shared: BTreeMap<_, _> = en_facts
        .iter()
        .filter(|(id, _)| !id.starts_with("nhon_trach_3_4."))
        .collect();
    assert_eq!(shared.len(), 14, "{shared:?}");
    for (id, verdicts) in &shared {
        assert_eq!(nl_facts.get(*id), Some(*verdicts), "{id}");
    }
    let only_nl: Vec<&String> = nl_facts
        .keys()
        .filter(|id| !en_facts.contains_key(*id))
        .collect();
    assert_eq!(
        only_nl,
        [
            "kansai.area",
            "kansai.area_share",
            "kansai.gdp",
            "kansai.gdp_share",
            "kansai.population",
            "kansai.population_share",
            "kansai.prefectures",
        ]
    );
    assert_eq!(nl.summary.total, nl.summary.consistent, "{:#?}", nl.claims);
}

/// Each Vietnamese draft, its check date, and every fact it states.
const VIETNAMESE: &[(&str, &str, &[&str])] = &[
    (
        "vi/000_kansai.txt",
        "2025-11-03",
        &[
            "japan.companies_in_vietnam",
            "japan.investor_rank",
            "japan.labour_partner_rank",
            "japan.oda_rank",
            "japan.oda_total",
            "japan.tourism_partner_rank",
            "japan.trade_partner_rank",
            "japan.two_way_trade",
            "japan.vietnamese_community",
            "kansai.area",
            "kansai.area_share",
            "kansai.friendship_partnerships",
            "kansai.gdp",
            "kansai.gdp_share",
            "kansai.investment_share",
            "kansai.population",
            "kansai.population_share",
            "kansai.prefectures",
            "kansai.trade_share",
            "kansai.vietnamese_community",
            "kansai_friendship_association.years",
        ],
    ),
    (
        "vi/002_forum.txt",
        "2025-11-25",
        &[
            "japan.investor_rank",
            "japan.labour_partner_rank",
            "japan.oda_rank",
            "japan.tourism_partner_rank",
            "japan.trade_partner_rank",
            "vietnam.diplomatic_ties",
            "vietnam.doi_moi_years",
            "vietnam.double_digit_growth_year",
            "vietnam.economy_rank",
            "vietnam.fta_count",
            "vietnam.fta_partners",
            "vietnam.gdp_per_capita_multiple",
            "vietnam.high_income_target_year",
            "vietnam.nation_building_years",
            "vietnam.trade_scale_rank",
            "vietnam_japan.csp_year",
            "vietnam_japan.diplomatic_relations_years",
            "vietnam_japan.local_cooperation_agreements",
            "vietnam_japan_forum.localities",
        ],
    ),
];

#[test]
fn vietnamese_drafts_link_every_fact_they_state_and_agree_with_it() {
    for (name, as_of, ids) in VIETNAMESE {
        let report = check(&fixture(name), as_of);
        assert_eq!(report.lang, "vi", "{name}");
        let facts = verdicts_by_fact(&report);
        let linked: Vec<&str> = facts.keys().map(String::as_str).collect();
        assert_eq!(linked, *ids, "{name}");
        assert_eq!(
            report.summary.total, report.summary.consistent,
            "{name}: {:#?}",
            report.claims
        );
    }
}

fn expect_alterations(name: &str, as_of: &str, rows: &[Alteration]) {
    common::expect_alterations(name, fixture(name), rows, |text| check(text, as_of));
}

#[test]
fn altered_vietnamese_kansai_draft_is_flagged_at_the_right_spans() {
    expect_alterations(
        "vi/000_kansai.txt",
        "2025-11-03",
        &[
            (
                "48,18 tỷ USD",
                "52,5 tỷ USD",
                "52,5 tỷ USD",
                "discrepancy",
                Some("48,18 tỷ USD"),
            ),
            (
                "nhà đầu tư lớn thứ ba",
                "nhà đầu tư lớn thứ hai",
                "lớn thứ hai",
                "outdated",
                Some("lớn thứ ba"),
            ),
            // Tourism was third in 2019 (outdated); trade never was (discrepancy).
            (
                "du lịch lớn thứ tư",
                "du lịch lớn thứ ba",
                "lớn thứ ba",
                "outdated",
                Some("lớn thứ tư"),
            ),
            (
                "du lịch lớn thứ ba",
                "du lịch lớn thứ ba",
                "lớn thứ ba",
                "discrepancy",
                Some("lớn thứ tư"),
            ),
            (
                "vượt 630.000",
                "vượt 700.000",
                "vượt 700.000",
                "discrepancy",
                Some("vượt 630.000"),
            ),
            (
                "khoảng 30%",
                "khoảng 40%",
                "khoảng 40%",
                "discrepancy",
                Some("khoảng 30%"),
            ),
            (
                "hơn 10 cặp",
                "hơn 20 cặp",
                "hơn 20",
                "discrepancy",
                Some("hơn 10"),
            ),
            (
                "hơn 2.000 doanh nghiệp",
                "gần 2.000 doanh nghiệp",
                "gần 2.000",
                "discrepancy",
                Some("hơn 2.000"),
            ),
            (
                "dân số gần 23 triệu",
                "dân số gần 30 triệu",
                "gần 30 triệu",
                "discrepancy",
                Some("gần 23 triệu"),
            ),
            (
                "cộng đồng hơn 100.000",
                "cộng đồng hơn 100.000",
                "hơn 100.000",
                "consistent",
                None,
            ),
        ],
    );
}

#[test]
fn precision_and_hedges_decide_agreement_in_vietnamese() {
    for (to, claim) in [("48,2 tỷ USD", "48,2 tỷ USD"), ("48 tỷ USD", "48 tỷ USD")] {
        expect_alterations(
            "vi/000_kansai.txt",
            "2025-11-03",
            &[("48,18 tỷ USD", to, claim, "consistent", None)],
        );
    }
    expect_alterations(
        "vi/000_kansai.txt",
        "2025-11-03",
        &[
            (
                "khoảng 23 tỷ USD",
                "khoảng 22 tỷ USD",
                "khoảng 22 tỷ USD",
                "consistent",
                None,
            ),
            (
                "48,18 tỷ USD",
                "49 tỷ USD",
                "49 tỷ USD",
                "discrepancy",
                Some("48,18 tỷ USD"),
            ),
        ],
    );
}

#[test]
fn altered_vietnamese_forum_draft_is_flagged_at_the_right_spans() {
    expect_alterations(
        "vi/002_forum.txt",
        "2025-11-25",
        &[
            (
                "nhà đầu tư lớn thứ ba",
                "nhà đầu tư lớn thứ 2",
                "lớn thứ 2",
                "outdated",
                Some("lớn thứ 3"),
            ),
            (
                "với 194 quốc gia",
                "với 200 quốc gia",
                "200",
                "discrepancy",
                Some("194"),
            ),
            (
                "tăng 50 lần",
                "tăng 40 lần",
                "40 lần",
                "discrepancy",
                Some("50 lần"),
            ),
            (
                "vào năm 2023",
                "vào năm 2021",
                "2021",
                "discrepancy",
                Some("2023"),
            ),
            (
                "gần 50 địa phương",
                "hơn 60 địa phương",
                "hơn 60",
                "discrepancy",
                Some("gần 50"),
            ),
            (
                "hơn 110 văn kiện",
                "hơn 150 văn kiện",
                "hơn 150",
                "discrepancy",
                Some("hơn 110"),
            ),
        ],
    );
}

/// What must not depend on how the text was encoded: everything but the text itself.
fn findings(report: &Report) -> Vec<(Kind, String, &'static str, Option<String>, bool)> {
    report
        .claims
        .iter()
        .map(|c| {
            (
                c.kind,
                format!("{} {:?} {:?}", c.value, c.unit, c.hedge),
                c.verdict.name(),
                c.fact.as_ref().map(|f| f.id.clone()),
                c.suggestion.is_some(),
            )
        })
        .collect()
}

#[test]
fn decomposed_vietnamese_gives_the_same_findings_as_precomposed() {
    for (name, as_of, _) in VIETNAMESE {
        let nfc = fixture(name);
        let nfd = fixture(&name.replace(".txt", ".nfd.txt"));
        assert!(
            nfd.len() > nfc.len(),
            "{name}: the NFD fixture must be decomposed"
        );
        let (a, b) = (check(&nfc, as_of), check(&nfd, as_of));
        assert_eq!(b.lang, "vi");
        assert_eq!(findings(&a), findings(&b), "{name}");
        // Altered the same way, both are flagged the same way.
        let alter = |t: &str| t.replace("48,18", "52,5").replace("630.000", "700.000");
        let (a, b) = (check(&alter(&nfc), as_of), check(&alter(&nfd), as_of));
        assert_eq!(findings(&a), findings(&b), "{name} altered");
    }
}

#[test]
fn vietnamese_typed_without_diacritics_links_like_vietnamese_with_them() {
    let verdicts = |text: &str| verdicts_by_fact(&check(text, "2025-11-29"));
    let community = |v: &'static str| {
        BTreeMap::from([(
            "japan.vietnamese_community".to_string(),
            BTreeSet::from([v]),
        )])
    };
    // Aliases, cues and hedges match folded: `hon` is `hơn`, `Nhat Ban` is `Nhật Bản`.
    for (folded, marked, v) in [
        (
            "Cong dong nguoi Viet tai Nhat Ban hien co hon 630.000 nguoi.",
            "Cộng đồng người Việt tại Nhật Bản hiện có hơn 630.000 người.",
            "consistent",
        ),
        (
            "Cong dong nguoi Viet tai Nhat Ban hien co khoang 360.000 nguoi.",
            "Cộng đồng người Việt tại Nhật Bản hiện có khoảng 360.000 người.",
            "discrepancy",
        ),
    ] {
        assert_eq!(verdicts(folded), community(v), "{folded}");
        assert_eq!(verdicts(marked), community(v), "{marked}");
    }
    // A restrictor typed without diacritics (`doan`) is one the fact's own cue carries
    // (`đoàn`), as it is with diacritics.
    for text in [
        "Tham gia đoàn tỉnh Kanagawa có 30 doanh nghiệp tham gia đoàn.",
        "Tham gia doan tinh Kanagawa co 30 doanh nghiep tham gia doan.",
    ] {
        let delegation = BTreeMap::from([(
            "kanagawa.delegation_enterprises".to_string(),
            BTreeSet::from(["discrepancy"]),
        )]);
        // Too few function words to detect alone: read as Vietnamese.
        let report = check_in(text, "2025-11-29", LangChoice::Fixed(Lang::Vi));
        assert_eq!(verdicts_by_fact(&report), delegation, "{text}");
    }
    // Folded, the figure is still about the country the sentence names, and the
    // frame's cues (a forecast) still hold it back.
    for text in [
        "Cong dong nguoi Viet tai Han Quoc hien co khoang 360.000 nguoi.",
        "Cong dong nguoi Viet tai Nhat Ban du kien se dat 900.000 nguoi vao nam 2030.",
    ] {
        let report = check(text, "2025-11-29");
        assert_eq!(report.lang, "vi", "{text}");
        assert!(
            report
                .claims
                .iter()
                .all(|c| c.verdict.name() != "discrepancy"),
            "{text}: {:?}",
            verdicts_by_fact(&report)
        );
    }
}

#[test]
fn pasted_spaces_and_quotes_give_the_same_findings() {
    let text = fixture("vi/000_kansai.txt");
    let pasted = text
        .replace("630.000", "630\u{202F}000")
        .replace("100.000", "100\u{00A0}000")
        .replace("31.000", "31\u{2009}000")
        .replace("(chiếm", "(“chiếm")
        .replace("Nhật Bản),", "Nhật Bản”),");
    assert_ne!(text, pasted);
    let (a, b) = (check(&text, "2025-11-03"), check(&pasted, "2025-11-03"));
    assert_eq!(findings(&a), findings(&b));
    let nl = fixture("seeds/003_261b6e32581d2b57.txt");
    let pasted = nl
        .replace("ongeveer 23", "zo’n 23")
        .replace("630.000", "630\u{00A0}000");
    let (a, b) = (check(&nl, "2025-11-03"), check(&pasted, "2025-11-03"));
    assert_eq!(findings(&a), findings(&b));
}

/// (language, draft, claim text, value, unit): one row per number style.
type StyleRow = (Lang, &'static str, &'static str, f64, Option<&'static str>);

#[test]
fn every_number_style_in_each_language() {
    use Lang::{En, Nl, Vi};
    let usd = Some("USD");
    let rows: &[StyleRow] = &[
        // `1.624` is 1.624 in English and 1624 in Dutch and Vietnamese.
        (En, "a capacity of 1.624 MW", "1.624 MW", 1.624, Some("MW")),
        (
            Nl,
            "een vermogen van 1.624 MW",
            "1.624 MW",
            1624.0,
            Some("MW"),
        ),
        (Vi, "công suất 1.624 MW", "1.624 MW", 1624.0, Some("MW")),
        (En, "a capacity of 1,624 MW", "1,624 MW", 1624.0, Some("MW")),
        (
            En,
            "trade of 48.18 billion USD",
            "48.18 billion USD",
            48.18e9,
            usd,
        ),
        (
            Nl,
            "handel van 48,18 miljard dollar",
            "48,18 miljard dollar",
            48.18e9,
            usd,
        ),
        (
            Vi,
            "thương mại đạt 48,18 tỷ USD",
            "48,18 tỷ USD",
            48.18e9,
            usd,
        ),
        (
            En,
            "now exceeds 630,000 people",
            "exceeds 630,000",
            630e3,
            None,
        ),
        (
            En,
            "now exceeds 630\u{202F}000 people",
            "exceeds 630\u{202F}000",
            630e3,
            None,
        ),
        (
            Nl,
            "meer dan 630.000 mensen",
            "meer dan 630.000",
            630e3,
            None,
        ),
        (
            Nl,
            "meer dan 630\u{00A0}000 mensen",
            "meer dan 630\u{00A0}000",
            630e3,
            None,
        ),
        (
            Nl,
            "meer dan 630\u{202F}000 mensen",
            "meer dan 630\u{202F}000",
            630e3,
            None,
        ),
        (
            Nl,
            "meer dan 630\u{2009}000 mensen",
            "meer dan 630\u{2009}000",
            630e3,
            None,
        ),
        (Vi, "vượt 630.000 người", "vượt 630.000", 630e3, None),
        (
            Vi,
            "vượt 630\u{00A0}000 người",
            "vượt 630\u{00A0}000",
            630e3,
            None,
        ),
        (
            Vi,
            "vượt 630\u{202F}000 người",
            "vượt 630\u{202F}000",
            630e3,
            None,
        ),
        (
            Vi,
            "vượt 630\u{2009}000 người",
            "vượt 630\u{2009}000",
            630e3,
            None,
        ),
        (Nl, "ruim 16 duizend mensen", "ruim 16 duizend", 16e3, None),
        (
            Nl,
            "bijna 23 miljoen inwoners",
            "bijna 23 miljoen",
            23e6,
            None,
        ),
        (
            Nl,
            "14,83 biljoen dong",
            "14,83 biljoen dong",
            14.83e12,
            Some("VND"),
        ),
        (Nl, "23 miljard euro", "23 miljard euro", 23e9, Some("EUR")),
        (Nl, "US$ 23 miljard", "US$ 23 miljard", 23e9, usd),
        (Vi, "khoảng 16 nghìn người", "khoảng 16 nghìn", 16e3, None),
        (Vi, "khoảng 16 ngàn người", "khoảng 16 ngàn", 16e3, None),
        (Vi, "gần 23 triệu người", "gần 23 triệu", 23e6, None),
        (
            Vi,
            "gần 14,83 nghìn tỷ đồng",
            "gần 14,83 nghìn tỷ đồng",
            14.83e12,
            Some("VND"),
        ),
        (
            Vi,
            "15,73 ngàn tỷ VND",
            "15,73 ngàn tỷ VND",
            15.73e12,
            Some("VND"),
        ),
        (Vi, "23 tỷ đô la", "23 tỷ đô la", 23e9, usd),
        (Vi, "2 nghìn tỷ yên", "2 nghìn tỷ yên", 2e12, Some("JPY")),
        (Vi, "chiếm 30% tổng vốn", "30%", 30.0, Some("%")),
    ];
    for (lang, text, claim, value, unit) in rows {
        let report = check_in(text, "2025-11-03", LangChoice::Fixed(*lang));
        assert_eq!(report.lang, lang.code());
        let c = report
            .claims
            .iter()
            .find(|c| c.text == *claim)
            .unwrap_or_else(|| panic!("{lang:?} {text}: {:#?}", report.claims));
        assert!(
            (c.value - value).abs() <= value * 1e-12 && c.unit == *unit,
            "{lang:?} {text}: {} {:?}",
            c.value,
            c.unit
        );
    }
}

#[test]
fn a_mixed_draft_is_read_per_paragraph_and_named_by_its_majority() {
    let draft = "Japan remains the third largest investor, with a two-way trade of 48.18 billion USD with the country.\n\
                 Japan is de derde grootste investeerder en de handelsomzet van beide landen bedroeg 48,18 miljard dollar.\n\
                 Nhật Bản là nhà đầu tư lớn thứ ba của Việt Nam, với kim ngạch thương mại hai chiều đạt 48,18 tỷ USD, theo các số liệu chính thức được công bố tại Hà Nội.\n";
    let report = check(draft, "2025-11-03");
    assert_eq!(report.lang, "vi");
    let got: Vec<(&str, &str)> = report
        .claims
        .iter()
        .map(|c| (c.text.as_str(), c.verdict.name()))
        .collect();
    assert_eq!(
        got,
        [
            ("third largest", "consistent"),
            ("48.18 billion USD", "consistent"),
            ("derde grootste", "consistent"),
            ("48,18 miljard dollar", "consistent"),
            ("lớn thứ ba", "consistent"),
            ("48,18 tỷ USD", "consistent"),
        ]
    );
    // Forced to English, the Dutch and Vietnamese `48,18` are not 48.18 billion.
    let forced = check_in(draft, "2025-11-03", LangChoice::Fixed(Lang::En));
    assert_eq!(forced.lang, "en");
    let values: Vec<f64> = forced
        .claims
        .iter()
        .filter(|c| c.unit == Some("USD"))
        .map(|c| c.value)
        .collect();
    assert_eq!(values.first(), Some(&48.18e9));
    assert!(values.iter().skip(1).all(|v| *v != 48.18e9), "{values:?}");
}

#[test]
fn english_seeds_are_read_in_english_throughout() {
    let detector = Detector::new();
    for name in [
        "000_50070c2073b1c375.txt",
        "001_ebb5d910bc918b15.txt",
        "002_dfa0a0fd2de725a2.txt",
        "004_e36e2714c04eb8a0.txt",
    ] {
        let d = detector.detect(&fixture(&format!("seeds/{name}")));
        assert_eq!(d.lang, Lang::En, "{name}");
        assert_eq!(d.segments.len(), 1, "{name}: {:?}", d.segments);
    }
    // The Dutch seed carries Vietnamese captions, which are read in Vietnamese.
    let d = detector.detect(&fixture("seeds/003_261b6e32581d2b57.txt"));
    assert_eq!(d.lang, Lang::Nl);
    let langs: Vec<Lang> = d.segments.iter().map(|s| s.lang).collect();
    assert!(
        langs.contains(&Lang::Vi) && !langs.contains(&Lang::En),
        "{langs:?}"
    );
}
