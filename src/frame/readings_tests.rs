//! The readings added for fresh phrasings (issue 10's recall), per language, on the
//! bundled table: their subjects and cues are newer than the frozen copy `tests.rs`
//! reads.

use super::tests::{run_on, Row};
use crate::lang::Lang::{En, Nl, Vi};
use crate::FactTable;

/// The rows on the bundled table: for readings added after the frozen copy, whose
/// subjects and cues they need.
fn run_bundled(part: &str, rows: &[Row]) {
    run_on(FactTable::bundled(), part, rows);
}

#[test]
fn a_capital_or_demonym_stands_for_its_state() {
    run_bundled(
        "states",
        &[
            (En, "Hanoi and Tokyo lifted their ties to a Comprehensive Strategic Partnership in 2021.", "2025-11-25", "2021", "discrepancy", "vietnam_japan.csp_year"),
            (En, "Vietnamese and Japanese provinces have signed some 80 cooperation agreements.", "2025-11-25", "some 80", "discrepancy", "vietnam_japan.local_cooperation_agreements"),
            (En, "Osaka and Hanoi have signed some 80 cooperation agreements.", "2025-11-25", "some 80", "unverified", "vietnam_japan.local_cooperation_agreements"),
            (En, "Vietnamese residents have signed some 80 cooperation agreements.", "2025-11-25", "some 80", "unverified", "vietnam_japan.local_cooperation_agreements"),
            (En, "Tokyo has provided close to 30 billion USD in official development assistance to Vietnam.", "2025-11-25", "close to 30 billion USD", "discrepancy", "japan.oda_total"),
            (En, "Tokyo has 800 companies operating in Vietnam.", "2025-11-25", "800", "unverified", "japan.companies_in_vietnam"),
            (Nl, "Sinds Hanoi en Tokio hun relatie in 2021 opwaardeerden tot een alomvattend strategisch partnerschap, groeit de handel.", "2025-11-25", "2021", "discrepancy", "vietnam_japan.csp_year"),
            (Nl, "Vietnamese en Japanse provincies sloten zo'n 80 samenwerkingsovereenkomsten.", "2025-11-25", "zo'n 80", "discrepancy", "vietnam_japan.local_cooperation_agreements"),
            (Nl, "Tokio is met ongeveer 30 miljard dollar aan officiële ontwikkelingshulp de grootste donor van Vietnam.", "2025-11-25", "ongeveer 30 miljard dollar", "discrepancy", "japan.oda_total"),
            (Vi, "Hà Nội và Tokyo nâng quan hệ lên Đối tác chiến lược toàn diện năm 2021.", "2025-11-25", "2021", "discrepancy", "vietnam_japan.csp_year"),
            (Vi, "Tokyo là nhà tài trợ ODA lớn thứ hai của Việt Nam.", "2025-11-25", "lớn thứ hai", "discrepancy", "japan.oda_rank"),
        ],
    );
}

#[test]
fn a_list_line_takes_its_subject_from_the_heading_above_the_list() {
    run_bundled(
        "list heading",
        &[
            (
                En,
                "Kansai at a glance\n\nPrefectures: 9\nPopulation: 30 million\nArea: 31,000 km2",
                "2025-11-25",
                "30 million",
                "discrepancy",
                "kansai.population",
            ),
            (
                En,
                "Kansai at a glance\n\nPrefectures: 9\nOsaka\nPopulation: 30 million",
                "2025-11-25",
                "30 million",
                "unverified",
                "kansai.population",
            ),
            (
                En,
                "Kansai trade grows.\n\nPrefectures: 9\nPopulation: 30 million",
                "2025-11-25",
                "30 million",
                "unverified",
                "kansai.population",
            ),
            (
                Nl,
                "Kansai in het kort\n\nPrefecturen: negen\nInwoners: 27 miljoen",
                "2025-11-25",
                "27 miljoen",
                "discrepancy",
                "kansai.population",
            ),
            (
                Vi,
                "Vùng Kansai\n- Số tỉnh: 9\n- Dân số: gần 23 triệu người\n- Diện tích: 21.000 km2",
                "2025-11-25",
                "21.000 km2",
                "discrepancy",
                "kansai.area",
            ),
            // The heading is the first line above the items, whose own names are theirs.
            (En, "KANSAI AT A GLANCE\n- Prefectures: 9 (Osaka, Kyoto, Hyogo)\n- Regional output: 20% of Japan's economic output", "2025-11-25", "20%", "discrepancy", "kansai.gdp_share"),
            (Vi, "Kansai qua các con số:\n- Số tỉnh, phủ: 9\n- Dân số: gần 23 triệu người, chiếm 25% dân số Nhật Bản", "2025-11-25", "25%", "discrepancy", "kansai.population_share"),
            // A label counts what its words before a preposition name.
            (Nl, "Kansai in cijfers\n- prefecturen: 9\n- vriendschapsbanden met Vietnamese provincies: meer dan 10", "2025-11-25", "meer dan 10", "consistent", "kansai.friendship_partnerships"),
        ],
    );
}

#[test]
fn a_cue_matches_by_stem_and_with_gaps() {
    run_bundled(
        "gapped cues",
        &[
            (
                En,
                "65 Gunma businesses now invest in Vietnam.",
                "2025-11-25",
                "65",
                "discrepancy",
                "gunma.businesses_investing_in_vietnam",
            ),
            (
                En,
                "56 Gunma companies have already invested in Vietnam.",
                "2025-11-25",
                "56",
                "consistent",
                "gunma.businesses_investing_in_vietnam",
            ),
            // A gap never holds a number, a coordinator or a restricting modifier.
            (
                En,
                "65 Gunma businesses and new investors in Vietnam.",
                "2025-11-25",
                "65",
                "unverified",
                "-",
            ),
            (
                En,
                "AIA paid 5 trillion VND in claims in 2024.",
                "2025-11-25",
                "5 trillion VND",
                "unverified",
                "-",
            ),
            (
                Nl,
                "Zo'n 40 bedrijven uit de prefectuur Gunma hebben in Vietnam geïnvesteerd.",
                "2025-11-25",
                "Zo'n 40",
                "discrepancy",
                "gunma.businesses_investing_in_vietnam",
            ),
            (
                Vi,
                "Khoảng 40 doanh nghiệp của tỉnh Gunma đã đầu tư vào Việt Nam.",
                "2025-11-25",
                "Khoảng 40",
                "discrepancy",
                "gunma.businesses_investing_in_vietnam",
            ),
        ],
    );
}

#[test]
fn a_count_is_named_by_its_noun_with_its_cue_in_the_sentence() {
    run_bundled(
        "noun",
        &[
            (Nl, "Japanse bedrijven investeerden in Ho Chi Minhstad, verspreid over zo'n 1.500 investeringsprojecten.", "2025-12-20", "zo'n 1.500", "discrepancy", "hcmc.japanese_projects"),
            (Nl, "Koreaanse bedrijven investeerden in Ho Chi Minhstad, verspreid over zo'n 1.500 investeringsprojecten.", "2025-12-20", "zo'n 1.500", "unverified", "-"),
            (Vi, "Hien co chung 1.500 cong ty Nhat dang lam an tai Viet Nam.", "2025-12-20", "chung 1.500", "discrepancy", "japan.companies_in_vietnam"),
            (Vi, "Hien co chung 1.500 cong ty Han Quoc dang lam an tai Viet Nam.", "2025-12-20", "chung 1.500", "unverified", "kanagawa.vietnamese_firms_invested"),
            (En, "Japanese investors in Ho Chi Minh City run some 1,500 projects.", "2025-12-20", "some 1,500", "discrepancy", "hcmc.japanese_projects"),
            (En, "Korean investors in Ho Chi Minh City run some 1,500 projects.", "2025-12-20", "some 1,500", "unverified", "-"),
        ],
    );
}

#[test]
fn a_year_after_an_apposition_dates_the_main_clause_not_the_figure_in_it() {
    run_bundled(
        "apposition",
        &[
            (
                Nl,
                "AIA Vietnam, sinds 15 jaar actief in het land, haalde in 2024 een hoge omzet.",
                "2025-12-20",
                "15 jaar",
                "discrepancy",
                "aia.years_in_vietnam",
            ),
            (
                En,
                "AIA Vietnam, with 15 years of operation in Vietnam, grew its revenue in 2024.",
                "2025-12-20",
                "15 years",
                "discrepancy",
                "aia.years_in_vietnam",
            ),
            (
                En,
                "AIA Vietnam had 15 years of operation in Vietnam in 2024.",
                "2025-12-20",
                "15 years",
                "unverified",
                "aia.years_in_vietnam",
            ),
        ],
    );
}

#[test]
fn a_modal_governs_a_coordinated_verb_until_a_dated_finite_one() {
    run_bundled(
        "coordinated modality",
        &[
            // The modal reaches the second verb across the first verb's figure …
            (En, "Nhon Trach 3 and 4 will add 1,624 MW to the grid and deliver about 15 billion kWh a year.", "2025-12-15", "about 15 billion kWh", "discrepancy", "nhon_trach_3_4.annual_output"),
            (Nl, "Nhon Trach 3 en 4 zal 1.624 MW aan het net toevoegen en jaarlijks zo'n 15 miljard kWh stroom leveren.", "2025-12-15", "zo'n 15 miljard kWh", "discrepancy", "nhon_trach_3_4.annual_output"),
            (Vi, "Nhà máy điện Nhơn Trạch 3 và 4 sẽ bổ sung 1.624 MW cho lưới điện và cung cấp khoảng 15 tỷ kWh điện mỗi năm.", "2025-12-15", "khoảng 15 tỷ kWh", "discrepancy", "nhon_trach_3_4.annual_output"),
            // … but not past a finite, dated verb after the coordinator: a level again.
            (En, "Trade with Japan is forecast to pass 60 billion USD by 2030 and reached 48.18 billion USD last year.", "2025-12-15", "48.18 billion USD", "consistent", "japan.two_way_trade"),
            (En, "Trade with Japan could double by 2030 and totalled 48.18 billion USD last year.", "2025-12-15", "48.18 billion USD", "consistent", "japan.two_way_trade"),
            (En, "Trade with Japan is forecast to pass 60 billion USD by 2030 and reached 48.18 billion USD last year.", "2025-12-15", "60 billion USD", "unverified", "japan.two_way_trade"),
            // A bare verb that looks past (`exceed`) keeps the modal's scope.
            (En, "Trade with Japan could double by 2030 and exceed 96 billion USD.", "2025-12-15", "96 billion USD", "unverified", "japan.two_way_trade"),
            (Vi, "Kim ngạch thương mại Việt Nam - Nhật Bản dự kiến vượt 60 tỷ USD vào năm 2030 và năm ngoái đã đạt 48,18 tỷ USD.", "2025-12-15", "vượt 60 tỷ USD", "unverified", "japan.two_way_trade"),
        ],
    );
}

#[test]
fn an_anaphor_refers_back_to_a_thing_not_a_demonym_modifier() {
    run_bundled(
        "anaphor",
        &[
            (En, "Engineers finished trial runs at Nhon Trach 3 and 4, built with Japanese credit.\n\nThe pair will generate about 15 billion kWh a year.", "2025-12-15", "about 15 billion kWh", "discrepancy", "nhon_trach_3_4.annual_output"),
            (Nl, "In Dong Nai is Nhon Trach 3 en 4 klaar. Het werd met Japanse leningen gebouwd.\n\nHet tweetal zal jaarlijks zo'n 15 miljard kWh stroom leveren.", "2025-12-15", "zo'n 15 miljard kWh", "discrepancy", "nhon_trach_3_4.annual_output"),
            (Vi, "Nhà máy điện Nhơn Trạch 3 và 4 đã hoàn tất chạy thử.\n\nHai nhà máy sẽ cung cấp khoảng 15 tỷ kWh điện mỗi năm.", "2025-12-15", "khoảng 15 tỷ kWh", "discrepancy", "nhon_trach_3_4.annual_output"),
        ],
    );
}

#[test]
fn a_title_before_a_name_makes_one_longer_name() {
    run_bundled(
        "name heads",
        &[
            // The subject's cue matches the longer name …
            (En, "Some 22,000 Vietnamese live in the prefecture of Gunma.", "2025-12-15", "Some 22,000", "discrepancy", "gunma.vietnamese_community"),
            (Nl, "In de prefectuur Gunma wonen ruim 25.000 Vietnamezen.", "2025-12-15", "ruim 25.000", "discrepancy", "gunma.vietnamese_community"),
            (Vi, "Khoảng 25.000 người Việt tại tỉnh Gunma làm việc trong nhà máy.", "2025-12-15", "Khoảng 25.000", "discrepancy", "gunma.vietnamese_community"),
            // … and `the prefecture` before another name is that name, no anaphor
            // carrying the subject of the sentence before.
            (En, "Some 16,000 Vietnamese live in Gunma.\n\nAround 40,000 Vietnamese live in the prefecture of Saitama.", "2025-12-15", "Around 40,000", "unverified", "gunma.vietnamese_community"),
            (Nl, "In Gunma wonen zo'n 16.000 Vietnamezen. In de provincie Saitama wonen er ongeveer 40.000.", "2025-12-15", "ongeveer 40.000", "unverified", "-"),
        ],
    );
}

#[test]
fn the_first_person_in_a_quote_is_the_speakers_country() {
    run_bundled(
        "first person",
        &[
            (En, "\"Japan is our largest trading partner,\" said Somchai, a Thai commerce official.", "2025-12-15", "largest", "unverified", "japan.trade_partner_rank"),
            (En, "\"Japan is our largest trading partner,\" said Lan, a Vietnamese commerce official.", "2025-12-15", "largest", "discrepancy", "japan.trade_partner_rank"),
            (En, "\"We have diplomatic relations with 192 countries,\" the Vietnamese minister said.", "2025-12-15", "192", "discrepancy", "vietnam.diplomatic_ties"),
            (En, "An Indonesian delegate spoke next. \"For us, Japan is the second source of investment,\" she said.", "2025-12-15", "second", "unverified", "japan.investor_rank"),
            (Nl, "\"Japan is onze grootste handelspartner,\" zei een Thaise functionaris.", "2025-12-15", "grootste", "unverified", "japan.trade_partner_rank"),
            (Nl, "\"Wij hebben 21 vrijhandelsverdragen gesloten,\" zei de Vietnamese minister.", "2025-12-15", "21", "discrepancy", "vietnam.fta_count"),
            (Vi, "\"Nhật Bản là đối tác thương mại lớn nhất của chúng tôi,\" một quan chức Thái Lan nói.", "2025-12-15", "lớn nhất", "unverified", "japan.trade_partner_rank"),
            (Vi, "\"Chúng tôi đã ký 21 hiệp định thương mại tự do,\" Bộ trưởng Công Thương Việt Nam nói.", "2025-12-15", "21", "discrepancy", "vietnam.fta_count"),
        ],
    );
}

#[test]
fn a_list_under_a_heading_naming_no_one_is_about_the_paragraph_above() {
    run_bundled(
        "unnamed box",
        &[
            (En, "Japan has long backed Vietnam.\n\nKey figures\n- Two-way trade: 40 billion USD\n- Rank among foreign investors: 5th\n", "2025-12-15", "40 billion USD", "discrepancy", "japan.two_way_trade"),
            (En, "Japan has long backed Vietnam.\n\nKey figures\n- Two-way trade: 40 billion USD\n- Rank among foreign investors: 5th\n", "2025-12-15", "5th", "discrepancy", "japan.investor_rank"),
            (En, "South Korea has poured capital into Vietnam.\n\nAt a glance\n- Rank among foreign investors: 2nd\n", "2025-12-15", "2nd", "unverified", "japan.investor_rank"),
            (Nl, "Japan steunt Vietnam al lang.\n\nBelangrijkste cijfers\n- Vietnamese inwoners: zo'n 450.000\n", "2025-12-15", "zo'n 450.000", "discrepancy", "japan.vietnamese_community"),
            (Nl, "Zuid-Korea investeert veel in Vietnam.\n\nIn het kort\n- Bilaterale handel: 87 miljard dollar\n", "2025-12-15", "87 miljard dollar", "unverified", "japan.two_way_trade"),
            (Vi, "Nhật Bản đã hỗ trợ Việt Nam từ lâu.\n\nSố liệu chính\n- Cộng đồng người Việt: khoảng 450.000 người\n", "2025-12-15", "khoảng 450.000", "discrepancy", "japan.vietnamese_community"),
        ],
    );
}
