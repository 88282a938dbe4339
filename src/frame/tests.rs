//! Each part of the frame, per language: the verdict and the fact (or held-back
//! candidate) of the figure `claim` in `text`, checked on a frozen copy of the bundled
//! table (`test_facts.csv`, as of the start of issue 10), so that the rows test the
//! frame, not the table's current cues (which issue 11 made stricter: several of these
//! figures no longer meet any cue there at all).

use super::cues::FrameCues;
use crate::lang::Lang;
use crate::phrase::Phrase;
use crate::{CheckOptions, Checker, Date, FactTable, LangChoice};

/// (language, text, check date, the claim's text, verdict, fact id or `-`)
pub(super) type Row = (
    Lang,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

fn run(part: &str, rows: &[Row]) {
    let table = FactTable::from_csv("test_facts.csv", include_str!("test_facts.csv"))
        .unwrap_or_else(|e| panic!("{e}"));
    run_on(table, part, rows);
}

pub(super) fn run_on(table: FactTable, part: &str, rows: &[Row]) {
    let checker = Checker::new(table).unwrap_or_else(|e| panic!("{e}"));
    let mut failures = Vec::new();
    for (lang, text, as_of, claim, verdict, fact) in rows {
        let mut options =
            CheckOptions::new(Date::parse(as_of).unwrap_or_else(|| panic!("{as_of}")));
        options.lang = LangChoice::Fixed(*lang);
        let report = checker
            .check(text, &options)
            .unwrap_or_else(|e| panic!("{e}"));
        let found = report.claims.iter().find(|c| c.text == *claim);
        let got = found.map(|c| {
            let id = c
                .fact
                .as_ref()
                .or(c.candidate.as_ref())
                .map_or("-", |f| f.id.as_str());
            (c.verdict.name(), id, c.reason.clone())
        });
        // `none`: no claim at all (a year no fact takes).
        let want = (*verdict != "none").then_some((*verdict, *fact));
        if got.as_ref().map(|g| (g.0, g.1)) != want {
            failures.push(format!(
                "{lang:?} {text:?} / {claim:?}: want {verdict} {fact}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{part}:\n{}", failures.join("\n"));
}

use Lang::{En, Nl, Vi};

#[test]
fn who_the_figure_is_about() {
    run(
        "who",
        &[
            (En, "Japan is Vietnam's third largest investor.", "2025-11-25", "third largest", "consistent", "japan.investor_rank"),
            (En, "Singapore remained Vietnam's largest foreign investor, ahead of South Korea and Japan.", "2025-11-25", "largest", "unverified", "japan.investor_rank"),
            (En, "Japan, the world's fourth largest economy, is a key partner.", "2025-11-25", "fourth largest", "unverified", "vietnam.economy_rank"),
            // An anaphor resolves to the last entity named.
            (En, "Japan has long backed Vietnam. It is now its third largest investor.", "2025-11-25", "third largest", "consistent", "japan.investor_rank"),
            // A place after the counted noun locates it elsewhere.
            (Nl, "De regio Kansai werkt samen met 12 provincies in Vietnam.", "2025-11-03", "12", "unverified", "kansai.prefectures"),
            (Nl, "Japan is de derde grootste investeerder in Vietnam.", "2025-11-25", "derde grootste", "consistent", "japan.investor_rank"),
            (Nl, "Singapore is de grootste investeerder in Vietnam.", "2025-11-25", "grootste", "unverified", "japan.investor_rank"),
            (Vi, "Nhật Bản là nhà đầu tư lớn thứ ba của Việt Nam.", "2025-11-25", "lớn thứ ba", "consistent", "japan.investor_rank"),
            (Vi, "Hàn Quốc là nhà đầu tư lớn nhất của Việt Nam.", "2025-11-25", "lớn nhất", "unverified", "japan.investor_rank"),
            // A relation's subject is named by both its sides, or by `the two countries`
            // right after them, and not by another pair.
            (En, "Vietnam and Japan marked 50 years of diplomatic relations.", "2025-11-25", "50 years", "consistent", "vietnam_japan.diplomatic_relations_years"),
            (En, "Vietnam and Brazil marked 36 years of diplomatic relations.", "2025-11-25", "36 years", "unverified", "vietnam_japan.diplomatic_relations_years"),
            (En, "This year marks 52 years of diplomatic ties between Vietnam and Japan.", "2025-11-25", "52 years", "consistent", "vietnam_japan.diplomatic_relations_years"),
            (En, "Vietnam and Japan have 36 years of diplomatic relations with Brazil and Peru respectively.", "2025-11-25", "36 years", "unverified", "vietnam_japan.diplomatic_relations_years"),
            (Nl, "Japan en Vietnam werken nauw samen. Beide landen hebben meer dan 110 samenwerkingsovereenkomsten.", "2025-11-25", "meer dan 110", "consistent", "vietnam_japan.local_cooperation_agreements"),
            (Vi, "Việt Nam và Brazil hợp tác chặt chẽ. Các địa phương hai nước đã ký hơn 110 thỏa thuận hợp tác.", "2025-11-25", "hơn 110", "unverified", "vietnam_japan.local_cooperation_agreements"),
            // A name right before an amount with a scale is no designation (`BRICS 2024`).
            (Nl, "Volgens de minister bedroeg de handelsomzet met Japan 52 miljard dollar.", "2025-11-25", "52 miljard dollar", "discrepancy", "japan.two_way_trade"),
            // A relation's pair named before the figure, up to a comma after it, and a
            // dateline before them, name its subject.
            (En, "HANOI — When Vietnam and Japan lifted their ties to a Comprehensive Strategic Partnership in 2024, Tokyo joined a small club.", "2025-11-25", "2024", "discrepancy", "vietnam_japan.csp_year"),
            (En, "Vietnam and Japan have 36 years of diplomatic relations with Brazil and Peru respectively.", "2025-11-25", "36 years", "unverified", "vietnam_japan.diplomatic_relations_years"),
            // A rank owned by another name is that name's ranking: Japan's partners,
            // not Vietnam's; after a rank, a place names whose ranking it is.
            (En, "Japan's largest trading partner is China.", "2025-11-25", "largest", "unverified", "japan.trade_partner_rank"),
            (Nl, "Japans grootste handelspartner is China.", "2025-11-25", "grootste", "unverified", "japan.trade_partner_rank"),
            (Nl, "Vietnams derde grootste investeerder is Japan.", "2025-11-25", "derde grootste", "consistent", "japan.investor_rank"),
            (Vi, "Trung Quốc là đối tác thương mại lớn nhất của Nhật Bản.", "2025-11-25", "lớn nhất", "unverified", "japan.trade_partner_rank"),
            // The country a subject lies in owns a figure it says directly, or whose
            // metric it owns (`Japan's population`).
            (En, "Kansai has 9 prefectures, Japan has 47.", "2025-11-03", "47", "unverified", "-"),
            (En, "Japan's population is 124 million, Kansai's about 23 million.", "2025-11-03", "124 million", "unverified", "kansai.population"),
            (En, "Japan's Kansai region has 9 prefectures.", "2025-11-03", "9", "consistent", "kansai.prefectures"),
            // `Korea`, as news writes South Korea, is another subject.
            (Nl, "Korea is de tweede grootste donor van Vietnam.", "2025-11-25", "tweede grootste", "unverified", "-"),
            (En, "Korea is Vietnam's second largest provider of official development assistance.", "2025-11-25", "second largest", "unverified", "japan.oda_rank"),
            // `the two countries` after another pair names that pair.
            (En, "Japan and South Korea held talks. Two-way trade between the two countries reached 70 billion USD.", "2025-11-25", "70 billion USD", "unverified", "japan.two_way_trade"),
            // A restrictor past a comma after the figure is the next phrase's.
            (En, "Japanese firms in Vietnam, numbering more than 2,100, employ thousands of workers.", "2025-11-25", "more than 2,100", "consistent", "japan.companies_in_vietnam"),
            // A coordinator after a comma opens a clause whose subject it names.
            (En, "Hanoi hosted the talks, and Kansai has signed more than ten friendship partnerships with Vietnamese provinces.", "2025-11-03", "more than ten", "consistent", "kansai.friendship_partnerships"),
            // A comparison governs the whole list of names after it: a fronted rank's
            // subject comes last.
            (En, "Fifth among Vietnam's trading partners, behind China, the United States, South Korea and Taiwan, is Japan.", "2025-11-25", "Fifth", "discrepancy", "japan.trade_partner_rank"),
            (En, "Fourth among Vietnam's trading partners, ahead of Singapore, Taiwan and Thailand, is Japan.", "2025-11-25", "Fourth", "consistent", "japan.trade_partner_rank"),
            // A pasted table's column headed by the subject's country is that country's.
            (En, "Indicator\tKansai\tJapan total\nPopulation\t23 million\t124 million\n", "2025-11-03", "124 million", "unverified", "kansai.population"),
            (En, "Indicator\tKansai\tJapan total\nPopulation\t30 million\t124 million\n", "2025-11-03", "30 million", "discrepancy", "kansai.population"),
            // A beneficiary names whose ranking a rank is, fronted or not; in Dutch `voor`
            // ranks ahead only set off or with a degree (`, voor`, `net voor`, `vóór`).
            (En, "For Thailand, Japan is the largest investor.", "2025-11-25", "largest", "unverified", "japan.investor_rank"),
            (En, "Japan is the largest investor for Vietnam.", "2025-11-25", "largest", "discrepancy", "japan.investor_rank"),
            (Nl, "Japan is de tweede grootste investeerder voor Indonesië.", "2025-11-25", "tweede grootste", "unverified", "japan.investor_rank"),
            (Nl, "Voor Thailand is Japan de grootste investeerder.", "2025-11-25", "grootste", "unverified", "japan.investor_rank"),
            (Nl, "Japan is voor Vietnam de derde investeerder.", "2025-11-25", "derde", "consistent", "japan.investor_rank"),
            (Nl, "Japan staat op de tweede plaats onder de investeerders in Vietnam, voor Zuid-Korea.", "2025-11-25", "tweede", "outdated", "japan.investor_rank"),
            (Nl, "Japan is de tweede investeerder in Vietnam, net voor Zuid-Korea.", "2025-11-25", "tweede", "outdated", "japan.investor_rank"),
            (Vi, "Đối với Thái Lan, Nhật Bản là nhà đầu tư lớn nhất.", "2025-11-25", "lớn nhất", "unverified", "japan.investor_rank"),
            (Vi, "Đối với Việt Nam, Nhật Bản là nhà đầu tư lớn thứ năm.", "2025-11-25", "lớn thứ năm", "discrepancy", "japan.investor_rank"),
            // A name in a comparison fronted before the clause is not its subject, in
            // every language; one holding the figure still owns it.
            (En, "Unlike Japan, South Korea is Vietnam's largest foreign investor.", "2025-11-25", "largest", "unverified", "japan.investor_rank"),
            (En, "Compared with Vietnam, Kansai has 9 prefectures.", "2025-11-03", "9", "consistent", "kansai.prefectures"),
            (En, "Like Kansai, Kyushu has 9 prefectures.", "2025-11-03", "9", "unverified", "kansai.prefectures"),
            (Nl, "Anders dan Japan is Zuid-Korea de grootste investeerder in Vietnam.", "2025-11-25", "grootste", "unverified", "japan.investor_rank"),
            (Nl, "Vergeleken met Kansai heeft Kyushu maar 7 prefecturen.", "2025-11-03", "7", "unverified", "kansai.prefectures"),
            (Nl, "Net als Kansai heeft ook Kyushu negen prefecturen.", "2025-11-03", "negen", "unverified", "kansai.prefectures"),
            (Vi, "Khác với Nhật Bản, Hàn Quốc là nhà đầu tư lớn nhất của Việt Nam.", "2025-11-25", "lớn nhất", "unverified", "japan.investor_rank"),
            (Vi, "So với Kansai, Kyushu có 7 tỉnh.", "2025-11-03", "7", "unverified", "kansai.prefectures"),
            // An answer's figure takes its metric from the plain question right before
            // it, when its own words name none; not from a question with a tense,
            // modal or figure of its own, and not for another's subject.
            (En, "How large is the Vietnamese community in Kansai? About 60,000, most of them in Osaka.", "2025-11-03", "About 60,000", "discrepancy", "kansai.vietnamese_community"),
            (En, "How large will the Vietnamese community in Kansai be? About 60,000.", "2025-11-03", "About 60,000", "unverified", "-"),
            (En, "How large is the Vietnamese community in Kyushu? About 60,000.", "2025-11-03", "About 60,000", "unverified", "kansai.vietnamese_community"),
            (Nl, "Hoeveel inwoners telt Kansai?\nBijna 27 miljoen.", "2025-11-03", "Bijna 27 miljoen", "discrepancy", "kansai.population"),
            (Vi, "Dân số vùng Kansai là bao nhiêu? Gần 27 triệu.", "2025-11-03", "Gần 27 triệu", "discrepancy", "kansai.population"),
            // `we` in an interview's quoted answer is the one state its lede introduces;
            // none when the lede introduces two.
            (En, "HANOI — Japan's ambassador to Vietnam answered questions on Tuesday.\n\nWhat brings firms here?\n\"Skilled people. We have about 1,500 companies operating in Vietnam.\"", "2025-11-25", "about 1,500", "discrepancy", "japan.companies_in_vietnam"),
            (En, "A South Korean attaché and a Japanese economist answered questions on Tuesday.\n\nWhat brings firms here?\n\"Skilled people. We have about 1,500 companies operating in Vietnam.\"", "2025-11-25", "about 1,500", "unverified", "japan.companies_in_vietnam"),
            (Nl, "HANOI - De Japanse ambassadeur in Vietnam beantwoordde dinsdag vragen.\n\nEn de investeringen?\n\"Wij zijn de tweede investeerder in Vietnam.\"", "2025-11-25", "tweede", "outdated", "japan.investor_rank"),
            (Vi, "HÀ NỘI - Đại sứ Nhật Bản tại Việt Nam đã trả lời phỏng vấn hôm thứ Ba.\n\nCòn về đầu tư?\n\"Chúng tôi là nhà đầu tư lớn thứ hai của Việt Nam.\"", "2025-11-25", "lớn thứ hai", "outdated", "japan.investor_rank"),
            // `the region` passes over the countries of the sentence it refers back
            // to, and names no one when only a country is there.
            (En, "Osaka is the hub of Kansai, in western Japan. The region has 27 million people.", "2025-11-03", "27 million", "discrepancy", "kansai.population"),
            (En, "The Mekong Delta is Vietnam's rice bowl. The region is home to about 27 million people.", "2025-11-03", "about 27 million", "unverified", "kansai.population"),
            (Nl, "Osaka is het hart van Kansai, in het westen van Japan. De regio telt bijna 27 miljoen inwoners.", "2025-11-03", "bijna 27 miljoen", "discrepancy", "kansai.population"),
            (Vi, "Osaka là trung tâm của Kansai, ở miền tây Nhật Bản. Khu vực này có dân số gần 27 triệu người.", "2025-11-03", "gần 27 triệu", "discrepancy", "kansai.population"),
            // A paragraph opened by an anaphor sentence carries the previous
            // paragraph's subject to its later sentences, unless another is named between.
            (En, "Few partners matter more to Hanoi than Japan.\n\nThe country has changed its role. Two-way trade reached 58 billion USD.", "2025-11-25", "58 billion USD", "discrepancy", "japan.two_way_trade"),
            (En, "Few partners matter more to Hanoi than Japan.\n\nSouth Korea came later.\n\nThe country has changed its role. Two-way trade reached 58 billion USD.", "2025-11-25", "58 billion USD", "unverified", "japan.two_way_trade"),
            (En, "Few partners matter more to Hanoi than Japan.\n\nTimes have changed. Two-way trade reached 58 billion USD.", "2025-11-25", "58 billion USD", "unverified", "japan.two_way_trade"),
            (Vi, "Ít đối tác nào quan trọng với Việt Nam như Nhật Bản.\n\nNước này đã thay đổi vai trò. Kim ngạch thương mại hai chiều đạt 58 tỷ USD.", "2025-11-25", "58 tỷ USD", "discrepancy", "japan.two_way_trade"),
            // A dateline is where the story was filed.
            (Vi, "HÀ NỘI - Năm 2024, doanh thu phí bảo hiểm của AIA Việt Nam đạt gần 14,83 nghìn tỷ đồng.", "2025-12-12", "gần 14,83 nghìn tỷ đồng", "consistent", "aia.premium_revenue_2024.vnd"),
        ],
    );
}

#[test]
fn what_the_figure_counts() {
    run(
        "what",
        &[
            // `nine of them`: a preposition after a count is no counted noun.
            (En, "Japan has 47 prefectures; Kansai counts nine of them.", "2025-11-03", "nine", "consistent", "kansai.prefectures"),
            (Nl, "Japan telt 47 prefecturen, waarvan er negen in de regio Kansai liggen.", "2025-11-03", "negen", "consistent", "kansai.prefectures"),
            // A bare number under a rank's label in a pasted table is a rank.
            (Nl, "| Indicator | Japan |\n|---|---|\n| Plaats onder handelspartners | 4 |\n", "2025-11-25", "4", "consistent", "japan.trade_partner_rank"),
            (Nl, "| Indicator | Japan | Zuid-Korea |\n|---|---|---|\n| Plaats onder investeerders | 3 | 1 |\n", "2025-11-25", "1", "unverified", "japan.investor_rank"),
            // A fraction owns the cue after it against a percentage before it.
            (En, "Kansai firms supply roughly 40 percent of the region's exports, and the region handles a quarter of bilateral trade turnover.", "2025-11-03", "roughly 40 percent", "unverified", "-"),
            (En, "Kansai firms supply roughly 40 percent of the region's exports, and the region handles a quarter of bilateral trade turnover.", "2025-11-03", "a quarter", "consistent", "kansai.trade_share"),
            // A cue right after another figure is that figure's.
            (Vi, "AIA chiếm 10% thị phần, Prudential chiếm 15%.", "2025-12-12", "15%", "unverified", "-"),
            // `so far` does not narrow a running total; `this year` does.
            (En, "Japan has so far provided Vietnam with about 23 billion USD in official development assistance.", "2025-11-25", "about 23 billion USD", "consistent", "japan.oda_total"),
            (En, "Japan provided 1.1 billion USD in official development assistance this year.", "2025-11-25", "1.1 billion USD", "unverified", "japan.oda_total"),
            // A restrictor in the phrase that opens the clause narrows its figures.
            (En, "At the trade fair, Vietnam signed 12 free trade agreements.", "2025-11-25", "12", "unverified", "vietnam.fta_count"),
            (Vi, "Tại hội chợ, Việt Nam đã ký 12 hiệp định thương mại tự do.", "2025-11-25", "12", "unverified", "vietnam.fta_count"),
            (En, "Vietnam has signed 12 free trade agreements.", "2025-11-25", "12", "discrepancy", "vietnam.fta_count"),
            // A festival's crowd is no population; the festival's own year is still its.
            (En, "The festival in Kansai drew 25 million people.", "2025-11-03", "25 million", "unverified", "kansai.population"),
            (En, "The Vietnam Festival in Kanagawa was first held in 2015.", "2025-11-25", "2015", "consistent", "kanagawa.vietnam_festival_first_year"),
            // After a verb of extent a bound word is a preposition: no hedge.
            (En, "Kansai is spread over nine prefectures.", "2025-11-03", "over nine", "consistent", "kansai.prefectures"),
            (En, "Kansai has over nine prefectures.", "2025-11-03", "over nine", "discrepancy", "kansai.prefectures"),
            (Vi, "Vùng Kansai trải trên 9 tỉnh.", "2025-11-03", "trên 9", "consistent", "kansai.prefectures"),
            // A restrictor nearer another figure narrows that one.
            (Nl, "Vietnam onderhoudt diplomatieke betrekkingen met 190 landen en is lid van 63 organisaties.", "2025-11-25", "190", "discrepancy", "vietnam.diplomatic_ties"),
            // A fraction against a share, compared as a percentage.
            (
                En,
                "Kansai accounts for a quarter of bilateral trade turnover.",
                "2025-11-03",
                "a quarter",
                "consistent",
                "kansai.trade_share",
            ),
            (
                En,
                "Kansai accounts for a third of bilateral trade turnover.",
                "2025-11-03",
                "a third",
                "discrepancy",
                "kansai.trade_share",
            ),
            (
                Nl,
                "De regio Kansai is goed voor een derde van de handelsomzet.",
                "2025-11-03",
                "een derde",
                "discrepancy",
                "kansai.trade_share",
            ),
            // An ordinal right before a rank's noun ranks it, when the noun ends the
            // phrase.
            (
                Nl,
                "Japan is de tweede investeerder van Vietnam.",
                "2025-11-25",
                "tweede",
                "outdated",
                "japan.investor_rank",
            ),
            (
                Nl,
                "Japan is ook de derde investeerder van Vietnam.",
                "2025-11-25",
                "derde",
                "consistent",
                "japan.investor_rank",
            ),
            (
                En,
                "Japan is the third investor in Vietnam.",
                "2025-11-25",
                "third",
                "consistent",
                "japan.investor_rank",
            ),
            (Nl, "Japan is de tweede buitenlandse investeerder in Vietnam.", "2025-11-25", "tweede", "outdated", "japan.investor_rank"),
            (
                En,
                "Some 80 Japanese companies took part in the trade fair.",
                "2025-11-25",
                "Some 80",
                "unverified",
                "japan.companies_in_vietnam",
            ),
            (
                En,
                "More than 2,000 Japanese companies operate in Vietnam.",
                "2025-11-25",
                "More than 2,000",
                "consistent",
                "japan.companies_in_vietnam",
            ),
            (
                En,
                "AIA paid 5 trillion VND in claims in 2024.",
                "2025-11-25",
                "5 trillion VND",
                "unverified",
                "aia.premium_revenue_2024.vnd",
            ),
            (
                En,
                "Japan provided 1.1 billion USD in new ODA this year.",
                "2025-11-25",
                "1.1 billion USD",
                "unverified",
                "japan.oda_total",
            ),
            // The magnitude guard: 23 million people are not the 9 prefectures.
            (
                En,
                "Kansai has nearly 23 million people in its prefectures.",
                "2025-11-03",
                "nearly 23 million",
                "consistent",
                "kansai.population",
            ),
            (
                Nl,
                "Japan verstrekte dit jaar 1,1 miljard dollar aan nieuwe ODA.",
                "2025-11-25",
                "1,1 miljard dollar",
                "unverified",
                "japan.oda_total",
            ),
            (
                Vi,
                "Cảng Hải Phòng đạt sản lượng container 1,5 triệu TEU trong 6 tháng đầu năm.",
                "2025-11-25",
                "1,5 triệu TEU",
                "unverified",
                "hai_phong_port.teu_milestone_2025",
            ),
        ],
    );
}

#[test]
fn when_the_figure_holds() {
    run(
        "when",
        &[
            (En, "In 2019, Japan was Vietnam's second largest investor.", "2025-11-25", "second largest", "consistent", "japan.investor_rank"),
            // Dutch `zou` reports what others say, unless a conditional verb follows.
            (Nl, "De Vietnamese gemeenschap in Japan zou inmiddels 450.000 mensen tellen, meldt een uitzendbureau.", "2025-11-25", "450.000", "discrepancy", "japan.vietnamese_community"),
            (Nl, "De Vietnamese gemeenschap in Japan zou binnen tien jaar 450.000 mensen kunnen tellen.", "2025-11-25", "450.000", "unverified", "japan.vietnamese_community"),
            (En, "In 2019, Japan was Vietnam's fifth largest investor.", "2025-11-25", "fifth largest", "discrepancy", "japan.investor_rank"),
            (En, "Japan was Vietnam's second largest investor.", "2025-11-25", "second largest", "consistent", "japan.investor_rank"),
            (En, "Bilateral trade between Japan and Vietnam is expected to top 60 billion USD by 2030.", "2025-11-25", "60 billion USD", "unverified", "japan.two_way_trade"),
            (En, "Japan could again become Vietnam's second largest investor.", "2025-11-25", "second largest", "unverified", "japan.investor_rank"),
            (En, "Vietnam aims to become a high-income developed nation by 2045.", "2025-11-25", "2045", "consistent", "vietnam.high_income_target_year"),
            (Nl, "De handelsomzet tussen Japan en Vietnam zal naar verwachting 60 miljard dollar bedragen.", "2025-11-25", "60 miljard dollar", "unverified", "japan.two_way_trade"),
            (Vi, "Kim ngạch thương mại hai chiều Việt Nam - Nhật Bản dự kiến đạt 60 tỷ USD.", "2025-11-25", "60 tỷ USD", "unverified", "japan.two_way_trade"),
            (Vi, "Nhật Bản sẽ trở thành nhà đầu tư lớn thứ hai của Việt Nam.", "2025-11-25", "lớn thứ hai", "unverified", "japan.investor_rank"),
            // A clause whose verb is left out inherits the forecast of the figure
            // before it: judged against a target, never as a current level.
            (En, "Japan's trade with Vietnam is expected to top 60 billion USD, and its Vietnamese community 600,000.", "2025-11-25", "600,000", "unverified", "japan.vietnamese_community"),
            (Nl, "De handel met Japan moet tegen 2030 groeien tot 60 miljard dollar, de Vietnamese gemeenschap in Japan tot 600.000.", "2025-11-25", "tot 600.000", "unverified", "japan.vietnamese_community"),
            (En, "Vietnam aims to lift banana exports to 1 billion USD by 2030, and the banana acreage to 220,000 hectares.", "2025-11-25", "220,000 hectares", "discrepancy", "banana.acreage_2030.high"),
            (En, "Japan's trade with Vietnam is expected to top 60 billion USD, and its Vietnamese community has reached 600,000.", "2025-11-25", "600,000", "discrepancy", "japan.vietnamese_community"),
            // Another state owning the subject's name makes the figure its own.
            (En, "Ecuador's banana exports are expected to reach 4 billion USD by 2030.", "2025-11-25", "4 billion USD", "unverified", "banana.export_target"),
            (En, "Vietnam's banana exports are expected to reach 4 billion USD by 2030.", "2025-11-25", "4 billion USD", "discrepancy", "banana.export_target"),
        ],
    );
}

#[test]
fn polarity_flips_a_rank_and_holds_back_other_figures() {
    run(
        "polarity",
        &[
            // A falsity cue after a `;` retracts the figure before it.
            (En, "Some say Japan is the largest investor in Vietnam; they are wrong.", "2025-11-25", "largest", "unverified", "japan.investor_rank"),
            (Vi, "Có ý kiến cho rằng Nhật Bản là nhà đầu tư lớn nhất của Việt Nam; điều đó không đúng.", "2025-11-25", "lớn nhất", "unverified", "japan.investor_rank"),
            // A period narrows the whole clause, even nearer another figure.
            (En, "Japanese investment in HCM City rose 20% this year to 3 billion USD.", "2025-12-12", "3 billion USD", "unverified", "hcmc.japanese_investment"),
            (
                En,
                "Japan is no longer Vietnam's second largest investor.",
                "2025-11-25",
                "second largest",
                "consistent",
                "japan.investor_rank",
            ),
            (
                En,
                "Japan is no longer Vietnam's third largest investor.",
                "2025-11-25",
                "third largest",
                "discrepancy",
                "japan.investor_rank",
            ),
            (
                En,
                "Japan is not only Vietnam's third largest investor but also a top partner.",
                "2025-11-25",
                "third largest",
                "consistent",
                "japan.investor_rank",
            ),
            (
                Nl,
                "Japan is niet langer de tweede grootste investeerder van Vietnam.",
                "2025-11-25",
                "tweede grootste",
                "consistent",
                "japan.investor_rank",
            ),
            (
                Vi,
                "Nhật Bản không còn là nhà đầu tư lớn thứ hai của Việt Nam.",
                "2025-11-25",
                "lớn thứ hai",
                "consistent",
                "japan.investor_rank",
            ),
            (
                En,
                "An earlier version of this story said Japan provided 25 billion USD in ODA.",
                "2025-11-25",
                "25 billion USD",
                "unverified",
                "japan.oda_total",
            ),
            // `not` before a rank negates it (and flips it); it does not quote it.
            (
                En,
                "Japan is not Vietnam's largest trading partner, officials noted.",
                "2025-11-25",
                "largest",
                "consistent",
                "japan.trade_partner_rank",
            ),
            // `make up 30%` is a level; `went up 30%` a change.
            (
                En,
                "Enterprises from Kansai make up roughly 30% of Japan's total investment in Vietnam.",
                "2025-11-25",
                "roughly 30%",
                "consistent",
                "kansai.investment_share",
            ),
            // A judgement of falsity retracts what it judges, not the correct figure
            // given after a `;` or `:`.
            (
                En,
                "Claims that Japan is Vietnam's second largest investor are wrong.",
                "2025-11-25",
                "second largest",
                "unverified",
                "japan.investor_rank",
            ),
            (
                Nl,
                "Dat is onjuist: Japan is de derde grootste investeerder van Vietnam.",
                "2025-11-25",
                "derde grootste",
                "consistent",
                "japan.investor_rank",
            ),
            (
                Vi,
                "Đính chính: bản tin trước ghi tổng vốn ODA Nhật Bản là 25 tỷ USD.",
                "2025-11-25",
                "25 tỷ USD",
                "unverified",
                "japan.oda_total",
            ),
            (
                En,
                "Is Japan still Vietnam's second largest investor?",
                "2025-11-25",
                "second largest",
                "unverified",
                "japan.investor_rank",
            ),
        ],
    );
}

#[test]
fn a_change_is_not_a_level() {
    run(
        "change",
        &[
            (
                En,
                "Kansai's trade with Vietnam fell 3.5%.",
                "2025-11-03",
                "3.5%",
                "unverified",
                "kansai.trade_share",
            ),
            (
                En,
                "Kansai accounts for roughly 25% of bilateral trade turnover.",
                "2025-11-03",
                "roughly 25%",
                "consistent",
                "kansai.trade_share",
            ),
            // A phrasal verb with `up` sets a level.
            (
                En,
                "Kansai localities have set up more than 10 friendship partnerships with Vietnamese localities.",
                "2025-11-03",
                "more than 10",
                "consistent",
                "kansai.friendship_partnerships",
            ),
            (
                Nl,
                "De handel van Kansai met Vietnam daalde met 3,5%.",
                "2025-11-03",
                "3,5%",
                "unverified",
                "kansai.trade_share",
            ),
            (
                Vi,
                "Thương mại của vùng Kansai với Việt Nam giảm 3,5%.",
                "2025-11-03",
                "3,5%",
                "unverified",
                "kansai.trade_share",
            ),
        ],
    );
}

/// Every cue phrase of every language tokenises to at least one word.
#[test]
fn every_frame_cue_tokenises() {
    for lang in Lang::ALL {
        for list in FrameCues::of(lang).lists() {
            for p in list {
                assert!(
                    !Phrase::new(p, lang.vocabulary()).is_empty(),
                    "{lang:?}: {p:?}"
                );
            }
        }
    }
}
