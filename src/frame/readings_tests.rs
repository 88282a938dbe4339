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

/// What a visit signed or drew is that visit's, not a running total; a delegation's own
/// fact names the visit, so its figure stays judged.
#[test]
fn what_a_visit_signed_is_the_visits() {
    run_bundled(
        "visit",
        &[
            (En, "Japan's prime minister visited Vietnam and signed 14 cooperation agreements.", "2025-11-25", "14", "unverified", "vietnam_japan.local_cooperation_agreements"),
            (En, "In November 2019 the governor of Kanagawa led 26 Kanagawa companies that visited Hanoi.", "2019-12-01", "26", "consistent", "kanagawa.delegation_enterprises"),
            (En, "In November 2019 the governor of Kanagawa led 36 Kanagawa companies that visited Hanoi.", "2019-12-01", "36", "discrepancy", "kanagawa.delegation_enterprises"),
            (Nl, "De Japanse premier bezocht Vietnam en tekende 14 samenwerkingsovereenkomsten.", "2025-11-25", "14", "unverified", "vietnam_japan.local_cooperation_agreements"),
            (Vi, "Thủ tướng Nhật Bản thăm Việt Nam, ký 14 văn kiện hợp tác.", "2026-01-20", "14", "unverified", "vietnam_japan.local_cooperation_agreements"),
            (Vi, "Thu tuong Nhat Ban tham Viet Nam, ky 14 van kien hop tac.", "2026-01-20", "14", "unverified", "vietnam_japan.local_cooperation_agreements"),
            (Vi, "Tháng 11/2019, Thống đốc Kanagawa dẫn đoàn gồm 36 doanh nghiệp của tỉnh Kanagawa sang thăm Việt Nam.", "2019-12-01", "36", "discrepancy", "kanagawa.delegation_enterprises"),
            (Vi, "Các địa phương Việt Nam và Nhật Bản đã ký khoảng 80 văn kiện hợp tác.", "2025-11-25", "khoảng 80", "discrepancy", "vietnam_japan.local_cooperation_agreements"),
        ],
    );
}

/// A compound holding a cue word is not that cue: `chia se` (to share, typed without
/// diacritics) is no `sẽ` (will), `not only` no negation.
#[test]
fn a_compound_holding_a_cue_word_is_not_that_cue() {
    run_bundled(
        "compounds",
        &[
            (Vi, "AIA Viet Nam chia se: sau 25 nam hoat dong tai Viet Nam, cong ty chiem khoang 10% thi phan bao hiem nhan tho.", "2025-12-20", "khoang 10%", "consistent", "aia.market_share"),
            (Vi, "AIA Viet Nam chia se: cong ty chiem khoang 20% thi phan bao hiem nhan tho.", "2025-12-20", "khoang 20%", "discrepancy", "aia.market_share"),
            (Vi, "AIA Viet Nam cho biet cong ty se chiem khoang 12% thi phan bao hiem nhan tho.", "2025-12-20", "khoang 12%", "unverified", "aia.market_share"),
            (Vi, "AIA Việt Nam chia sẻ rằng công ty chiếm khoảng 20% thị phần bảo hiểm nhân thọ.", "2025-12-20", "khoảng 20%", "discrepancy", "aia.market_share"),
            (En, "Japan is not only Vietnam's fourth largest investor but also its top labour partner.", "2025-12-20", "fourth largest", "discrepancy", "japan.investor_rank"),
        ],
    );
}

/// An anaphor names one thing only when no rival of its sort is named beside it: a
/// country after a clause's own subject (`but South Korea invests more`) makes `the
/// country` name no one; a name after a preposition, compared with, a possessor, set
/// off by commas, or a country beside a plant, is no rival.
#[test]
fn an_anaphor_with_a_rival_before_it_names_no_one() {
    run_bundled(
        "anaphor rivals",
        &[
            (En, "Japan is a key partner, but South Korea invests more. The country is Vietnam's largest investor.", "2025-12-20", "largest", "unverified", "japan.investor_rank"),
            (En, "Japan is a key partner, but South Korea invests more. It is Vietnam's largest investor.", "2025-12-20", "largest", "unverified", "japan.investor_rank"),
            (Nl, "Japan is een belangrijke partner, maar Zuid-Korea investeert meer. Het land is de grootste investeerder in Vietnam.", "2025-12-20", "grootste", "unverified", "japan.investor_rank"),
            (Vi, "Nhật Bản là đối tác quan trọng, nhưng Hàn Quốc đầu tư nhiều hơn. Nước này là nhà đầu tư lớn nhất của Việt Nam.", "2025-12-20", "lớn nhất", "unverified", "japan.investor_rank"),
            (En, "Japan ranks behind South Korea and Singapore. The country is Vietnam's fourth largest investor.", "2025-12-20", "fourth largest", "discrepancy", "japan.investor_rank"),
            (En, "Singapore tops the list. It is Vietnam's largest investor, and Japan is third.", "2025-12-20", "largest", "unverified", "japan.investor_rank"),
            (En, "Japan is Vietnam's largest investor, and Singapore is third.", "2025-12-20", "largest", "discrepancy", "japan.investor_rank"),
            (En, "Japan, which trails South Korea, has a long history in Vietnam. It is the fourth largest investor.", "2025-12-20", "fourth largest", "discrepancy", "japan.investor_rank"),
            (En, "The Nhon Trach 3 and 4 plants were built by PetroVietnam Power in Vietnam. They cost about 2 billion USD.", "2025-12-20", "about 2 billion USD", "discrepancy", "nhon_trach_3_4.investment"),
            (Vi, "Nhà máy Nhơn Trạch 3 và 4 do Tổng công ty Điện lực Dầu khí Việt Nam làm chủ đầu tư. Hai nhà máy có tổng vốn khoảng 2 tỷ USD.", "2025-12-20", "khoảng 2 tỷ USD", "discrepancy", "nhon_trach_3_4.investment"),
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

/// A pasted table's column headed by a name is that name's, also where the name is the
/// whole of the subject's share (`Japan total` beside Kansai's share of Japan's
/// population); a name inside the header's words is the share's whole (`Share of Japan`).
#[test]
fn a_column_headed_by_a_name_is_that_names() {
    run_bundled(
        "table header",
        &[
            (En, "Kansai at a glance\n\nIndicator\tKansai\tJapan total\nShare of national population\t16%\t100%\n", "2025-11-03", "100%", "unverified", "kansai.population_share"),
            (En, "Kansai at a glance\n\nIndicator\tKansai\tJapan total\nShare of national population\t18%\t100%\n", "2025-11-03", "18%", "discrepancy", "kansai.population_share"),
            (Nl, "Kansai in cijfers\n\n| Indicator | Kansai | Japan (heel het land) |\n|---|---|---|\n| Aandeel in de bevolking | 16% | 100% |\n", "2025-11-03", "100%", "unverified", "kansai.population_share"),
            (Vi, "Kansai qua các con số\n\nChỉ số\tKansai\tNhật Bản (cả nước)\nTỷ trọng dân số\t16%\t100%\n", "2025-11-03", "100%", "unverified", "kansai.population_share"),
            (En, "Region\tShare of Japan's population\nKansai\t18%\n", "2025-11-03", "18%", "discrepancy", "kansai.population_share"),
        ],
    );
}

/// An embedded question (`asks whether`, `vraagt zich af of`, `hỏi liệu`) asserts
/// nothing; `số liệu` (data) holds the syllable `liệu` and asserts.
#[test]
fn an_embedded_question_asserts_nothing() {
    run_bundled(
        "embedded question",
        &[
            (En, "A reader asks whether Japan is still the second-biggest investor in Vietnam.", "2025-11-25", "second-biggest", "unverified", "japan.investor_rank"),
            (En, "Japan is the third-biggest investor in Vietnam.", "2025-11-25", "third-biggest", "consistent", "japan.investor_rank"),
            (Nl, "Een lezer vraagt zich af of Japan nog altijd de tweede investeerder van Vietnam is.", "2025-11-25", "tweede", "unverified", "japan.investor_rank"),
            (Vi, "Nhiều bạn đọc hỏi liệu Nhật Bản có còn là nhà đầu tư lớn thứ hai tại Việt Nam.", "2025-11-25", "lớn thứ hai", "unverified", "japan.investor_rank"),
            (Vi, "Số liệu cho thấy Nhật Bản là nhà đầu tư lớn thứ ba tại Việt Nam.", "2025-11-25", "lớn thứ ba", "consistent", "japan.investor_rank"),
        ],
    );
}

/// A correction gives the right figure: the one before it, across a `;` or in the
/// sentence before, was the wrong one. A negation that a `:` turns from does not reach
/// the figure after it.
#[test]
fn a_correction_retracts_the_figure_it_corrects() {
    run_bundled(
        "correction",
        &[
            (En, "The caption gave Japan's trade with Vietnam as 84.18 billion USD; the correct figure is 48.18 billion USD.", "2025-11-25", "84.18 billion USD", "unverified", "japan.two_way_trade"),
            (Nl, "Er stond dat Vietnam vijftien vrijhandelsakkoorden heeft gesloten. Het juiste cijfer is 17.", "2025-11-25", "vijftien", "unverified", "vietnam.fta_count"),
            (Vi, "Bản tin ghi Việt Nam đã ký 16 hiệp định thương mại tự do. Con số đúng là 17.", "2025-11-25", "16", "unverified", "vietnam.fta_count"),
            (Vi, "Bản tin ghi Việt Nam đã ký 17 hiệp định thương mại tự do.", "2025-11-25", "17", "consistent", "vietnam.fta_count"),
            (En, "Is Japan still second? It is not: Japan ranks third among Vietnam's foreign investors.", "2025-11-25", "third", "consistent", "japan.investor_rank"),
            (Nl, "Dat is niet zo: Japan is de derde investeerder van Vietnam.", "2025-11-25", "derde", "consistent", "japan.investor_rank"),
        ],
    );
}

/// A ranked set ranked by something else (`with the fastest growth`, `có quy mô thương
/// mại lớn nhất`) is another ranking; one by what the cue itself names stays the fact's.
#[test]
fn a_ranking_by_another_measure_is_another_ranking() {
    run_bundled(
        "rank criterion",
        &[
            (En, "Vietnam is among the 10 economies with the fastest growth in Asia.", "2025-11-25", "among the 10", "unverified", "vietnam.economy_rank"),
            (Vi, "Việt Nam thuộc nhóm 10 nền kinh tế có tốc độ tăng trưởng nhanh nhất châu Á.", "2025-11-25", "thuộc nhóm 10", "unverified", "vietnam.economy_rank"),
            (Vi, "Việt Nam thuộc nhóm 20 nền kinh tế có quy mô thương mại lớn nhất thế giới.", "2025-11-25", "thuộc nhóm 20", "consistent", "vietnam.trade_scale_rank"),
            (En, "Vietnam is one of the 35 largest economies in the world.", "2025-11-25", "one of the 35", "consistent", "vietnam.economy_rank"),
            (Vi, "AIA Việt Nam nằm trong top 5 doanh nghiệp bảo hiểm nhân thọ có doanh thu phí lớn nhất.", "2025-12-12", "nằm trong top 5", "consistent", "aia.life_insurer_rank"),
        ],
    );
}

/// What came in on top (`another 15`, `ký thêm 15`) is a change, not how many there are;
/// a name in brackets after another describes it (`Bình Dương (nay thuộc TP.HCM)`).
#[test]
fn an_increment_and_a_bracketed_name_are_not_the_facts() {
    run_bundled(
        "increment, brackets",
        &[
            (
                En,
                "Japanese and Vietnamese localities signed another 15 cooperation agreements.",
                "2025-11-25",
                "15",
                "unverified",
                "vietnam_japan.local_cooperation_agreements",
            ),
            (
                Vi,
                "Hai bên ký thêm 15 thỏa thuận hợp tác giữa các địa phương.",
                "2025-11-25",
                "15",
                "unverified",
                "vietnam_japan.local_cooperation_agreements",
            ),
            (
                En,
                "Osaka (the heart of Kansai) has around 40,000 Vietnamese residents.",
                "2025-11-03",
                "around 40,000",
                "unverified",
                "kanagawa.vietnamese_community",
            ),
            (
                Vi,
                "Bình Dương (nay thuộc TP.HCM) có khoảng 450 dự án của Nhật.",
                "2025-12-12",
                "khoảng 450",
                "unverified",
                "hcmc.japanese_projects",
            ),
            (
                Vi,
                "TP.HCM có hơn 2.200 dự án của Nhật.",
                "2025-12-12",
                "hơn 2.200",
                "consistent",
                "hcmc.japanese_projects",
            ),
        ],
    );
}

/// A dateline after a typographic bullet (`▪ OSAKA –`, as wire round-ups set them) is
/// where the story was filed, not whose figure it is; a list's `- Osaka –` is a label.
#[test]
fn a_dateline_after_a_bullet_is_no_subject() {
    run_bundled(
        "bulleted dateline",
        &[
            (En, "• OSAKA – Companies from the Kansai region account for about 45% of Japan's investment in Vietnam.", "2025-11-03", "about 45%", "discrepancy", "kansai.investment_share"),
            (Vi, "▪ OSAKA – Doanh nghiệp vùng Kansai chiếm khoảng 30% tổng vốn đầu tư của Nhật Bản vào Việt Nam.", "2025-11-03", "khoảng 30%", "consistent", "kansai.investment_share"),
            (En, "- Osaka – about 45% of Japan's investment in Vietnam.", "2025-11-03", "about 45%", "unverified", "kansai.investment_share"),
        ],
    );
}

/// A name compared in an aside right after the verb (`Japan is, na Zuid-Korea, de
/// tweede …`) is no apposition's head: what follows the aside completes the verb.
#[test]
fn a_comparison_aside_after_the_verb_is_no_apposition() {
    run_bundled(
        "comparison aside",
        &[
            (
                Nl,
                "Japan is, na Zuid-Korea, de tweede bestemming voor Vietnamese arbeidsmigranten.",
                "2025-11-25",
                "tweede",
                "discrepancy",
                "japan.labour_partner_rank",
            ),
            (
                En,
                "Japan is, after South Korea and Singapore, the third largest investor in Vietnam.",
                "2025-11-25",
                "third largest",
                "consistent",
                "japan.investor_rank",
            ),
            (
                En,
                "Japan ranks third, behind South Korea, Vietnam's largest investor, and Singapore.",
                "2025-11-25",
                "largest",
                "unverified",
                "japan.investor_rank",
            ),
        ],
    );
}

/// Dutch puts a clause's subject right before its count after a subordinator or an
/// inverted verb: the number is read as a count, not as the name's designation (`Nhon
/// Trach 3`), which stays one when numbers are joined after it.
#[test]
fn a_count_right_after_its_dutch_subject_is_read() {
    run_bundled(
        "count after subject",
        &[
            (
                Nl,
                "Het is bekend dat Kansai 9 prefecturen telt.",
                "2025-11-03",
                "9",
                "consistent",
                "kansai.prefectures",
            ),
            (
                Nl,
                "Volgens het ministerie telt Kansai 11 prefecturen.",
                "2025-11-03",
                "11",
                "discrepancy",
                "kansai.prefectures",
            ),
            (
                Nl,
                "Volgens de krant heeft Vietnam 17 vrijhandelsakkoorden.",
                "2025-11-25",
                "17",
                "consistent",
                "vietnam.fta_count",
            ),
            // A count in thousands groups after its subject is no designation (`Nhon
            // Trach 3`): a Dutch subordinate clause puts the subject right before it.
            (
                Nl,
                "Hij zei dat Japan 2.000 bedrijven in Vietnam heeft.",
                "2025-11-25",
                "2.000",
                "consistent",
                "japan.companies_in_vietnam",
            ),
            (
                Nl,
                "Hij zei dat Nhon Trach 3 en 4 samen 1.624 MW leveren.",
                "2025-12-13",
                "1.624 MW",
                "unverified",
                "-",
            ),
        ],
    );
}

/// A year after the figure, past a comma into a phrase with a verb or figure of its own,
/// dates that phrase (`the third largest investor, and in 2019 it was second`).
#[test]
fn a_year_in_the_next_phrase_dates_that_phrase() {
    run_bundled(
        "year of the next phrase",
        &[
            (En, "Nationwide Japan is also the third largest investor, and in 2019 it was second.", "2025-12-20", "third largest", "consistent", "japan.investor_rank"),
            (Nl, "Japan is nu de derde investeerder van Vietnam, en in 2019 was het de tweede.", "2025-12-20", "derde", "consistent", "japan.investor_rank"),
            (Vi, "Tính cả nước thì Nhật cũng là nhà đầu tư lớn thứ ba, năm 2019 còn đứng thứ hai.", "2025-12-20", "lớn thứ ba", "consistent", "japan.investor_rank"),
            (En, "Japan was Vietnam's second largest investor, in 2019.", "2025-12-20", "second largest", "consistent", "japan.investor_rank"),
            (Nl, "Vietnam wil in 2040 een ontwikkeld land met een hoog inkomen zijn, en vanaf 2026 dubbelcijferig groeien.", "2025-12-20", "2026", "consistent", "vietnam.double_digit_growth_year"),
            // Nor does a year figure take the year after `, <verb>`; nor its cue.
            (En, "Vietnam and Japan are old friends. The two countries established diplomatic relations in 1973, upgraded ties to a Comprehensive Strategic Partnership in 2023, and trade a lot.", "2025-12-20", "1973", "none", "-"),
        ],
    );
}

/// A cue after the figure across `, <verb>` (or `, <coordinator> <verb>`) is the next
/// predicate's, not the figure's, whatever dates that predicate: 1973 is no
/// partnership year.
#[test]
fn a_cue_after_a_new_predicate_is_that_predicates() {
    run_bundled(
        "cue of the next predicate",
        &[
            (En, "Vietnam and Japan established diplomatic relations in 1973, and upgraded ties to a Comprehensive Strategic Partnership two years ago.", "2025-12-20", "1973", "none", "-"),
            (En, "Vietnam and Japan established diplomatic relations in 1973, upgraded ties to a Comprehensive Strategic Partnership in 2021.", "2025-12-20", "2021", "discrepancy", "vietnam_japan.csp_year"),
            (En, "In 2021, Vietnam and Japan became Comprehensive Strategic Partners.", "2025-12-20", "2021", "discrepancy", "vietnam_japan.csp_year"),
            (Nl, "Japan en Vietnam knoopten in 1973 diplomatieke betrekkingen aan, en waardeerden de banden twee jaar geleden op tot een alomvattend strategisch partnerschap.", "2025-12-20", "1973", "none", "-"),
            (Vi, "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao năm 1973, đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện hai năm trước.", "2025-12-20", "1973", "none", "-"),
            (Vi, "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao năm 1973, đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện năm 2021.", "2025-12-20", "2021", "discrepancy", "vietnam_japan.csp_year"),
        ],
    );
}

/// An interview's turns (`Q:`/`A:`, `V:`/`A:`, `Hỏi:`/`Đáp:`): the answer takes its
/// metric and its time (a year or past tense) from the question right before when it
/// names neither itself, a bare ordinal opening it ranks what the question asks about,
/// and `A:` is no label naming what a count counts. A question with a modal of its own
/// still lends nothing.
#[test]
fn an_answer_takes_the_questions_metric_and_time() {
    run_bundled(
        "interview turns",
        &[
            (En, "Q: Where did Japan rank among Vietnam's foreign investors in 2019?\nA: Third, behind South Korea and Singapore.", "2025-12-20", "Third", "discrepancy", "japan.investor_rank"),
            (En, "Q: Where did Japan rank among Vietnam's foreign investors in 2019?\nA: Second, behind South Korea.", "2025-12-20", "Second", "consistent", "japan.investor_rank"),
            (En, "Q: Where will Japan rank among Vietnam's foreign investors in 2030?\nA: Second, analysts say.", "2025-12-20", "Second", "unverified", "-"),
            (En, "Q: How large is the Vietnamese community in Japan?\nA: About 450,000 people.", "2025-12-20", "About 450,000", "discrepancy", "japan.vietnamese_community"),
            (Nl, "V: Welke plaats had Japan in 2019 onder de buitenlandse investeerders in Vietnam?\nA: De derde plaats.", "2025-12-20", "derde", "discrepancy", "japan.investor_rank"),
            (Nl, "V: Hoeveel Japanse bedrijven zijn er actief in Vietnam?\nA: Ruim 3.000.", "2025-12-20", "Ruim 3.000", "discrepancy", "japan.companies_in_vietnam"),
            (Vi, "Hỏi: Năm 2019, Nhật Bản là nhà đầu tư lớn thứ mấy của Việt Nam?\nĐáp: Đứng thứ ba.", "2025-12-20", "Đứng thứ ba", "discrepancy", "japan.investor_rank"),
            (Vi, "Hỏi: Cộng đồng người Việt tại Nhật Bản đông đến mức nào?\nĐáp: Khoảng 450.000 người.", "2025-12-20", "Khoảng 450.000", "discrepancy", "japan.vietnamese_community"),
        ],
    );
}

/// A main clause that calls what follows no secret (`It is no secret that`, `Het is
/// geen geheim dat`, `Không phải bí mật rằng`) asserts it; one that denies evidence
/// for it does not, and a negation there never flips the figure.
#[test]
fn no_secret_asserts_what_follows() {
    run_bundled(
        "no secret",
        &[
            (
                En,
                "It is no secret that Japan is Vietnam's second largest investor.",
                "2025-12-20",
                "second largest",
                "outdated",
                "japan.investor_rank",
            ),
            (
                Nl,
                "Het is geen geheim dat Japan de tweede investeerder in Vietnam is.",
                "2025-12-20",
                "tweede",
                "outdated",
                "japan.investor_rank",
            ),
            (
                Vi,
                "Không phải bí mật rằng Nhật Bản là nhà đầu tư lớn thứ hai của Việt Nam.",
                "2025-12-20",
                "lớn thứ hai",
                "outdated",
                "japan.investor_rank",
            ),
            // A negation before `dat` denies the main clause: nothing is asserted.
            (
                Nl,
                "Er is geen bewijs dat Japan de derde investeerder in Vietnam is.",
                "2025-12-20",
                "derde",
                "unverified",
                "japan.investor_rank",
            ),
            (
                Nl,
                "Er is geen bewijs dat Japan de grootste investeerder in Vietnam is.",
                "2025-12-20",
                "grootste",
                "unverified",
                "japan.investor_rank",
            ),
            (
                Nl,
                "Er is geen twijfel dat Japan de derde investeerder in Vietnam is.",
                "2025-12-20",
                "derde",
                "consistent",
                "japan.investor_rank",
            ),
            (
                Nl,
                "Japan is niet langer de tweede investeerder in Vietnam.",
                "2025-12-20",
                "tweede",
                "consistent",
                "japan.investor_rank",
            ),
        ],
    );
}

/// `mới có` ("only has"), `số liệu mới nhất` ("the latest figures"), `new figures`:
/// words that hold a restrictor (`mới`, `new`) but narrow nothing.
#[test]
fn the_latest_figures_narrow_nothing() {
    run_bundled(
        "not a restrictor",
        &[
            (
                Vi,
                "Tỉnh Gunma hiện mới có 40 doanh nghiệp đầu tư vào Việt Nam.",
                "2025-12-20",
                "40",
                "discrepancy",
                "gunma.businesses_investing_in_vietnam",
            ),
            (
                Vi,
                "Tỉnh Gunma có 40 doanh nghiệp mới đầu tư vào Việt Nam.",
                "2025-12-20",
                "40",
                "unverified",
                "gunma.businesses_investing_in_vietnam",
            ),
            (
                En,
                "New figures show more than 3,000 Japanese companies operating in Vietnam.",
                "2025-12-20",
                "more than 3,000",
                "discrepancy",
                "japan.companies_in_vietnam",
            ),
            (
                En,
                "More than 3,000 new Japanese companies are operating in Vietnam.",
                "2025-12-20",
                "More than 3,000",
                "unverified",
                "japan.companies_in_vietnam",
            ),
            (
                Nl,
                "Nieuwe cijfers tonen dat ruim 3.000 Japanse bedrijven actief zijn in Vietnam.",
                "2025-12-20",
                "ruim 3.000",
                "discrepancy",
                "japan.companies_in_vietnam",
            ),
        ],
    );
}

/// An anaphor's words heading a name no table or gazetteer knows (`de centrale Long
/// Phu 1`, `the plant Long Phu 1`) refer back to no one: the figure is that name's.
/// Without the name they refer back to the last entity named (`the twin units`).
#[test]
fn an_anaphor_heading_a_name_is_that_name() {
    run_bundled(
        "anaphor heading a name",
        &[
            (Nl, "Nhon Trach 3 en 4 werden vrijdag geopend. Intussen krijgt de centrale Long Phu 1 in Soc Trang een vermogen van 1.200 MW.", "2025-12-20", "1.200 MW", "unverified", "nhon_trach_3_4.capacity"),
            (Nl, "Nhon Trach 3 en 4 werden vrijdag geopend. De centrale heeft een vermogen van 1.200 MW.", "2025-12-20", "1.200 MW", "discrepancy", "nhon_trach_3_4.capacity"),
            (En, "The Nhon Trach 3 and 4 power plants opened on Friday. The twin units have a combined capacity of 1,800 MW.", "2025-12-20", "1,800 MW", "discrepancy", "nhon_trach_3_4.capacity"),
            (Vi, "Nhà máy điện Nhơn Trạch 3 và 4 đã khánh thành. Nhà máy điện này có tổng công suất 1.800 MW.", "2025-12-20", "1.800 MW", "discrepancy", "nhon_trach_3_4.capacity"),
        ],
    );
}

/// A rank scoped to a place (`there`, `in the province`, `is er de`, `ở đó`, `tại
/// đây`) ranks the subject in that place, not among the record's; an existential
/// `There is …` scopes nothing.
#[test]
fn a_rank_in_another_place_is_another_ranking() {
    run_bundled(
        "rank scope",
        &[
            (En, "Quang Ninh has more than 200 foreign projects; Japan is the fifth biggest investor there.", "2025-12-20", "fifth biggest", "unverified", "japan.investor_rank"),
            (En, "Japan is the fifth biggest investor in the province.", "2025-12-20", "fifth biggest", "unverified", "japan.investor_rank"),
            (Nl, "Quang Ninh heeft ruim 200 buitenlandse projecten; Japan is er de vijfde investeerder.", "2025-12-20", "vijfde", "unverified", "japan.investor_rank"),
            (Vi, "Quảng Ninh có hơn 200 dự án nước ngoài; tại đây Nhật Bản là nhà đầu tư lớn thứ năm.", "2025-12-20", "lớn thứ năm", "unverified", "japan.investor_rank"),
            (Vi, "Nhật Bản là nhà đầu tư lớn thứ năm ở đó.", "2025-12-20", "lớn thứ năm", "unverified", "japan.investor_rank"),
            (En, "There is no doubt that Japan is the third largest investor in Vietnam.", "2025-12-20", "third largest", "consistent", "japan.investor_rank"),
        ],
    );
}

/// A place a clause opens with (`In Thailand, Japan is the largest investor`, `Tại
/// Quảng Nam, …`, `In Quang Nam is Japan …`) says whose ranking a rank is; the record's
/// own scope (`In Vietnam, …`) keeps it.
#[test]
fn a_fronted_place_owns_the_ranking() {
    run_bundled(
        "fronted place",
        &[
            (En, "In Thailand, Japan is the largest investor.", "2025-12-20", "largest", "unverified", "japan.investor_rank"),
            (En, "In Quang Nam it is the second largest source of visitors.", "2025-12-20", "second largest", "unverified", "japan.tourism_partner_rank"),
            (Vi, "Tại Quảng Nam, Nhật Bản là thị trường khách lớn thứ hai.", "2025-12-20", "lớn thứ hai", "unverified", "japan.tourism_partner_rank"),
            (Nl, "In Quang Nam is Japan de tweede bron van toeristen.", "2025-12-20", "tweede", "unverified", "japan.tourism_partner_rank"),
            (En, "In Vietnam, Japan is the second largest investor.", "2025-12-20", "second largest", "outdated", "japan.investor_rank"),
            (En, "Japan is the third biggest investor in Vietnam, but in the port city it ranks first.", "2025-12-20", "ranks first", "unverified", "japan.investor_rank"),
        ],
    );
}

/// A brand right before a state's name is the brand's local arm (`Toyota Japan`); a
/// sentence adverb or verb opening the sentence is no brand (`Today Japan …`, `Is
/// Japan …`, `Hiện Nhật Bản …`).
#[test]
fn a_brand_before_a_state_is_the_brands() {
    run_bundled(
        "brand",
        &[
            (
                En,
                "Toyota Japan is Vietnam's fifth largest foreign investor.",
                "2025-12-20",
                "fifth largest",
                "unverified",
                "japan.investor_rank",
            ),
            (
                En,
                "Today Japan is Vietnam's third largest foreign investor.",
                "2025-12-20",
                "third largest",
                "consistent",
                "japan.investor_rank",
            ),
            (
                Nl,
                "Toch is Japan de vijfde investeerder van Vietnam.",
                "2025-12-20",
                "vijfde",
                "discrepancy",
                "japan.investor_rank",
            ),
            (
                Vi,
                "Hiện Nhật Bản là nhà đầu tư lớn thứ ba của Việt Nam.",
                "2025-12-20",
                "lớn thứ ba",
                "consistent",
                "japan.investor_rank",
            ),
        ],
    );
}

/// A range written in words against a range on record (two end rows) is judged bound by
/// bound, like one in digits (`link::word_bounds`).
#[test]
fn a_range_in_words_is_judged_bound_by_bound() {
    run_bundled(
        "range in words",
        &[
            (
                En,
                "Vietnam's banana sector targets an output of two to four million tonnes by 2030.",
                "2025-12-20",
                "two",
                "discrepancy",
                "banana.output_2030.low",
            ),
            (
                En,
                "Vietnam's banana sector targets an output of two to four million tonnes by 2030.",
                "2025-12-20",
                "four million tonnes",
                "discrepancy",
                "banana.output_2030.high",
            ),
        ],
    );
}
