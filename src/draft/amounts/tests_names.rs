//! Currency names after a figure, and counts that stand for jobs named just before.

use super::*;

fn values(text: &str) -> Vec<(String, String)> {
    find(text).into_iter().map(|c| (text[c.start..c.end].to_owned(), c.value)).collect()
}

fn pairs(got: &[(String, String)]) -> Vec<(&str, &str)> {
    got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[test]
fn a_currency_name_in_the_plural_after_a_figure_names_its_currency() {
    let text = "Pledges of 363 billion rands, 40 billion forints, 2 billion korunas, 3 million \
                lei, 5 million kronor, 7 million kroner, 9 billion naira, 4 million cedis, 6 \
                billion dirhams, 8 billion riyals, 2 billion shillings, 3 billion baht, 1 \
                billion ringgit and 10 billion hryvnias.";
    let got = values(text);
    let codes: Vec<&str> =
        got.iter().map(|(_, v)| v.rsplit(' ').next().unwrap_or_default()).collect();
    assert_eq!(
        codes,
        [
            "ZAR", "HUF", "CZK", "RON", "SEK", "NOK", "NGN", "GHS", "AED", "SAR", "KES", "THB",
            "MYR", "UAH"
        ]
    );
    assert_eq!(got[0], ("363 billion rands".to_owned(), "363000000000 ZAR".to_owned()));
}

#[test]
fn a_country_before_a_shared_currency_name_says_whose_it_is() {
    let got = values(
        "It costs 5 billion Egyptian pounds, 2 billion Pakistani rupees, 3 million \
                      Danish kroner and 4 billion Moroccan dirhams.",
    );
    let codes: Vec<&str> =
        got.iter().map(|(_, v)| v.rsplit(' ').next().unwrap_or_default()).collect();
    assert_eq!(codes, ["EGP", "PKR", "DKK", "MAD"]);
}

#[test]
fn a_currency_name_that_is_also_a_word_needs_a_scale_or_a_separated_figure() {
    assert!(values("In 2019 lei were scarce; the 3 dong trees.").is_empty());
    let got = values("It costs 2 billion dong and 250,000 lei.");
    assert_eq!(pairs(&got), [("2 billion dong", "2000000000 VND"), ("250,000 lei", "250000 RON")]);
}

#[test]
fn to_the_tune_of_is_no_part_of_the_amount() {
    let got = values("The investments to the tune of Rs 1,000 crore would be made.");
    assert_eq!(pairs(&got), [("Rs 1,000 crore", "10000000000 INR")]);
}

#[test]
fn ones_after_a_figure_in_a_sentence_about_jobs_counts_jobs() {
    let got = values("The 20,000 jobs expected would include 2,650 indirect ones.");
    assert_eq!(pairs(&got), [("20,000 jobs", "20000 jobs"), ("2,650", "2650 jobs")]);
    assert!(values("The 20,000 cars include 2,650 blue ones.").is_empty());
}

#[test]
fn an_abbreviated_scale_after_a_code_or_sign_scales_the_figure() {
    let text = "Aid of RON 39.2 mln (EUR 8 mln), RON 1.6 bln, USD 2 trn, 5 Mio. Euro and €2 \
                Mrd. for the plant.";
    let got = values(text);
    assert_eq!(
        pairs(&got),
        [
            ("RON 39.2 mln", "39200000 RON"),
            ("EUR 8 mln", "8000000 EUR"),
            ("RON 1.6 bln", "1600000000 RON"),
            ("USD 2 trn", "2000000000000 USD"),
            ("5 Mio. Euro", "5000000 EUR"),
            ("€2 Mrd.", "2000000000 EUR"),
        ]
    );
}

#[test]
fn a_bare_figure_a_workforce_is_or_will_be_and_vacancies_count_jobs() {
    let text = "The factory’s workforce has more than doubled to 60 since last year, with another \
                30 vacancies to be filled. At full rate production, it will have a workforce of \
                up to 100 with the ability to produce up to 100,000 projectiles a year. The town \
                of 60 has a workforce.";
    let got = values(text);
    assert_eq!(
        pairs(&got),
        [("60", "60 jobs"), ("30 vacancies", "30 jobs"), ("up to 100", "up to 100 jobs")]
    );
    let text = "It will increase the number of people employed in Raheen to 800.";
    assert_eq!(pairs(&values(text)), [("800", "800 jobs")]);
}

#[test]
fn tires_and_projectiles_a_plant_makes_are_no_amount() {
    let text = "A capacity of up to four million tires per year, 2 million tyres, and up to \
                100,000 projectiles a year at a $90m plant.";
    assert_eq!(pairs(&values(text)), [("$90m", "90000000 USD")]);
    let text = "It will establish a three-million-ton-per-annum capacity cement factory, and a \
                20-million square foot campus.";
    assert!(values(text).is_empty(), "{:?}", values(text));
}

#[test]
fn labours_and_labourers_count_workers() {
    let got = values("it will create job to 3,500 labours and hire 200 laborers.");
    assert_eq!(pairs(&got), [("3,500 labours", "3500 workers"), ("200 laborers", "200 workers")]);
}

#[test]
fn associates_counted_by_a_company_are_its_employees() {
    let text = "Honda is expected to hire 300 associates for its EV Hub in Ohio.";
    let got = values(text);
    assert_eq!(pairs(&got), [("300 associates", "300 employees")]);
}

#[test]
fn a_capital_n_before_a_scale_word_is_the_naira_only_in_a_text_about_nigeria() {
    let text = "Nestle Nigeria opened a plant which costs N4.1 billion on the N5 road.";
    assert_eq!(pairs(&values(text)), [("N4.1 billion", "4100000000 NGN")]);
    let text = "The plant, which costs N4.1 billion, makes N95 masks.";
    assert_eq!(values(text), []);
}

#[test]
fn a_figure_scale_and_currency_joined_by_hyphens_are_one_amount() {
    let got = values("Shareek, a 5-trillion-riyal investment initiative, and a 1,000-job plant.");
    assert_eq!(
        pairs(&got),
        [("5-trillion-riyal", "5000000000000 SAR"), ("1,000-job", "1000 jobs")]
    );
}

#[test]
fn a_figure_whose_kind_of_job_the_next_figure_names_stays_bare() {
    let got = values("It will create 1,200 direct and 12,000 indirect jobs.");
    assert_eq!(pairs(&got), [("1,200", "1200 jobs"), ("12,000 indirect jobs", "12000 jobs")]);
}

#[test]
fn a_currency_word_several_countries_use_is_the_named_countrys() {
    let text = "The Minister signed four agreements in Marrakech worth 191 million dirhams, or \
                191 MDH, of 2 MMDH in all.";
    let got = values(text);
    assert_eq!(
        pairs(&got),
        [
            ("191 million dirhams", "191000000 MAD"),
            ("191 MDH", "191000000 MAD"),
            ("2 MMDH", "2000000000 MAD"),
        ]
    );
    // The word's own country named, or two others, keeps the code it is read as alone.
    let text = "Investors from Dubai and Morocco pledged 6 billion dirhams.";
    assert_eq!(pairs(&values(text)), [("6 billion dirhams", "6000000000 AED")]);
    let text = "Chile and Argentina each pledged 2 billion pesos.";
    assert_eq!(pairs(&values(text)), [("2 billion pesos", "2000000000 MXN")]);
    let text = "The Philippines' board approved 1.15 trillion pesos of projects.";
    assert_eq!(pairs(&values(text)), [("1.15 trillion pesos", "1150000000000 PHP")]);
}

#[test]
fn a_bare_figure_of_jobs_kept_beside_those_created_counts_jobs() {
    let text = "The grant required it to create 20 jobs and retain 150 others.";
    assert_eq!(pairs(&values(text)), [("20 jobs", "20 jobs"), ("150", "150 jobs")]);
}

#[test]
fn a_grouped_figure_glued_to_the_next_word_is_still_an_amount() {
    let text = "Two companies will receive $35,321,637in taxabatements, not 35,321,637in.";
    assert_eq!(pairs(&values(text)), [("$35,321,637", "35321637 USD")]);
}

#[test]
fn a_quoted_figure_before_its_unit_counts_the_unit() {
    let text = "The plant will create “up to 2,000” jobs, the minister said.";
    assert_eq!(pairs(&values(text)), [("up to 2,000” jobs", "up to 2000 jobs")]);
}

#[test]
fn a_currency_word_glued_to_the_next_word_ends_the_amount_at_the_word() {
    let text = "Ford will invest 812 million euroat its plant; 230 million eurowill go to the Kuga, \
                and 5 million Europeans live there.";
    assert_eq!(
        pairs(&values(text)),
        [
            ("812 million euro", "812000000 EUR"),
            ("230 million euro", "230000000 EUR"),
            ("5 million", "5000000")
        ]
    );
}

#[test]
fn a_year_before_to_leaves_the_figure_after_it_read_alone() {
    let text = "Payments would grow from approximately $6 million in 2018 to $13 million by 2027.";
    assert_eq!(
        pairs(&values(text)),
        [
            ("approximately $6 million", "approximately 6000000 USD"),
            ("$13 million", "13000000 USD")
        ]
    );
}

#[test]
fn extra_jobs_of_a_trade_and_a_further_count_kept_are_jobs() {
    let text = "Skates confirmed that 90 extra steel jobs will be created and a further 477 \
                safeguarded. Another 12 left.";
    assert_eq!(pairs(&values(text)), [("90 extra steel jobs", "90 jobs"), ("477", "477 jobs")]);
}

#[test]
fn a_misspelt_billion_is_a_billion() {
    let text = "It is $250million for the outset, and $1bilion over the next five years.";
    assert_eq!(
        pairs(&values(text)),
        [("$250million", "250000000 USD"), ("$1bilion", "1000000000 USD")]
    );
}

#[test]
fn workplaces_are_jobs_and_a_few_businesses_are_no_target() {
    let text = "Three Hungarian businesses have inaugurated projects that preserved more than \
                1,000 workplaces. It gave support for four businesses and will help 5,000 \
                businesses.";
    assert_eq!(
        pairs(&values(text)),
        [
            ("more than 1,000 workplaces", "more than 1000 jobs"),
            ("5,000 businesses", "5000 businesses")
        ]
    );
}

#[test]
fn a_sum_money_adds_up_to_is_no_limit() {
    let text = "Grants awarded for the investments add up to 42 billion forints. The plant will \
                add up to 500 jobs.";
    assert_eq!(
        pairs(&values(text)),
        [("42 billion forints", "42000000000 HUF"), ("up to 500 jobs", "up to 500 jobs")]
    );
}

#[test]
fn crores_after_a_number_in_words_and_women_employed_are_amounts() {
    let text = "An investment of three thousand crores will be made by Grasim. Four thousand \
                women will get direct employment.";
    assert_eq!(
        pairs(&values(text)),
        [("three thousand crores", "30000000000"), ("Four thousand women", "4000 people")]
    );
}

#[test]
fn a_time_of_day_and_a_page_number_are_no_amounts() {
    let text = "July 29, 2013 | 10:59\nVinh Phuc People’s Committee has accused two firms. \
                Musk will meet him, as we reported on page 3 of this section. Foxconn will hire \
                3 people.";
    assert_eq!(pairs(&values(text)), [("3 people", "3 people")]);
}

#[test]
fn a_count_of_a_country_s_people_is_one_of_people() {
    let text = "The plant will employ over 600 Zambians. It will create employment for over \
                110,000 Kenyans.";
    assert_eq!(
        pairs(&values(text)),
        [("over 600 Zambians", "over 600 people"), ("over 110,000 Kenyans", "over 110000 people")]
    );
}

#[test]
fn thousands_spaced_in_a_text_that_spaces_them_a_hyphened_workforce_and_no_count_over_a_line() {
    let text = "Over 1 540 jobs have been created. About 2 500 jobs are expected. The \
                650-employee facility will open.\nOctober 19, 2011\nNew Growth Means More Jobs";
    assert_eq!(
        pairs(&values(text)),
        [
            ("Over 1 540 jobs", "over 1540 jobs"),
            ("About 2 500 jobs", "about 2500 jobs"),
            ("650-employee", "650 employees")
        ]
    );
}

#[test]
fn a_naira_figure_grouped_in_thousands_needs_no_scale_word() {
    let text =
        "In Nigeria, the project has a capital requirement of N28,369,276,360 and N95 masks.";
    assert_eq!(pairs(&values(text)), [("N28,369,276,360", "28369276360 NGN")]);
}

#[test]
fn dong_taka_and_kina_signs_are_read_and_a_range_shares_its_scale() {
    let text = "Hòa Phát has capital of VNĐ60 trillion. Berger will invest around Tk200-250 crore.";
    assert_eq!(
        pairs(&values(text)),
        [
            ("VNĐ60 trillion", "60000000000000 VND"),
            ("around Tk200-250 crore", "around 2000000000 to 2500000000 BDT")
        ]
    );
    let text = "In PNG, projects worth K44.85 Billion were signed for K12 schools.";
    assert_eq!(pairs(&values(text)), [("K44.85 Billion", "44850000000 PGK")]);
    let text = "The firm will build K12 schools worth K45 Billion.";
    assert_eq!(values(text), []);
}

#[test]
fn professionals_are_people() {
    let got = values("The company aims to recruit up to 227 professionals.");
    assert_eq!(pairs(&got), [("up to 227 professionals", "up to 227 professionals")]);
}

#[test]
fn dirhams_after_a_figure_crowns_fiji_dollars_and_people_by_nationality_are_amounts() {
    let text = "In Morocco, the projects are worth approximately 162 million Dhs. Norway's \
                Morrow got a 1.5 billion crown loan worth FJ$37m, to employ 816 Cameroonians.";
    assert_eq!(
        pairs(&values(text)),
        [
            ("approximately 162 million Dhs", "approximately 162000000 MAD"),
            ("1.5 billion crown", "1500000000 NOK"),
            ("FJ$37m", "37000000 FJD"),
            ("816 Cameroonians", "816 people")
        ]
    );
}

#[test]
fn a_figure_past_what_the_database_holds_is_no_amount() {
    let text = "https://example.com/tata-gets-2-bn-125092901320 and 9,999,999,999,999 trillion.";
    assert_eq!(values(text), []);
}

#[test]
fn dram_and_lari_codes_are_money_only_in_a_text_naming_their_country() {
    let text = "Armenia exempts the AMD 355.7 million line; the wage is AMD 650,000.";
    assert_eq!(
        pairs(&values(text)),
        [("AMD 355.7 million", "355700000 AMD"), ("AMD 650,000", "650000 AMD")]
    );
    let text = "In Tbilisi, the state spent Over 512 million GEL.";
    assert_eq!(pairs(&values(text)), [("Over 512 million GEL", "over 512000000 GEL")]);
    let text = "AMD will spend $2 billion and sells 3,000 GEL packs.";
    assert_eq!(pairs(&values(text)), [("$2 billion", "2000000000 USD")]);
}

#[test]
fn a_kina_figure_grouped_in_thousands_is_read_in_a_text_about_png() {
    let text = "In PNG, the province gave K1,500,000 to the company.";
    assert_eq!(pairs(&values(text)), [("K1,500,000", "1500000 PGK")]);
    // The same sign is Malawi's and Zambia's kwacha and Myanmar's kyat.
    let text = "Malawi will earn about K238 billion from the mine.";
    assert_eq!(pairs(&values(text)), [("about K238 billion", "about 238000000000 MWK")]);
    let text = "The plant in Myanmar costs US$300 million (K410.18 billion).";
    assert_eq!(
        pairs(&values(text)),
        [("US$300 million", "300000000 USD"), ("K410.18 billion", "410180000000 MMK")]
    );
}

#[test]
fn uzbek_sums_macanese_patacas_and_dominican_pesos_are_read() {
    let text = "The zone will make goods worth 82 billion sums. Large sums were spent. Operators \
                pledged MOP 108.7 billion. The council approved RD$2,039 million.";
    assert_eq!(
        pairs(&values(text)),
        [
            ("82 billion sums", "82000000000 UZS"),
            ("MOP 108.7 billion", "108700000000 MOP"),
            ("RD$2,039 million", "2039000000 DOP")
        ]
    );
}

#[test]
fn francs_after_a_scale_word_naira_in_a_nigerian_city_and_workstations_are_amounts() {
    let text = "BRASAF will invest nearly 30.5 billion F and open 350 workstations; it was 45 F \
                in Yaounde. In Kaduna, the project is expected to cost N2.5 billion.";
    assert_eq!(
        pairs(&values(text)),
        [
            ("nearly 30.5 billion F", "nearly 30500000000 XOF"),
            ("350 workstations", "350 jobs"),
            ("N2.5 billion", "2500000000 NGN")
        ]
    );
}

#[test]
fn a_qualifier_inside_a_word_hides_no_amount_after_it() {
    let text = "The government’s $3.5 million investment will cover $2.7 million for machinery. \
                There were 139 voluntary redundancies.";
    assert_eq!(
        pairs(&values(text)),
        [
            ("$3.5 million", "3500000 USD"),
            ("$2.7 million", "2700000 USD"),
            ("139 voluntary redundancies", "139 redundancies")
        ]
    );
}

#[test]
fn a_bare_figure_employed_or_a_workforce_falls_below_counts_jobs_and_cans_are_goods() {
    let text = "A factory that could employ as many as 13,000. The plant now employs about 125. \
                It adds to the 2,500 already employed. The credits stopped since employment \
                numbers dropped below 300. A factory will make 700 million aluminum beverage \
                cans.";
    assert_eq!(
        pairs(&values(text)),
        [
            ("as many as 13,000", "as many as 13000 jobs"),
            ("about 125", "about 125 jobs"),
            ("2,500", "2500 jobs"),
            ("300", "300 jobs"),
        ]
    );
}

#[test]
fn the_lilangeni_s_and_the_loti_s_letters_are_read_in_a_text_naming_their_country() {
    let text = "In Eswatini, the E200 million investment. In Lesotho, an M25 million plant.";
    let want = [("E200 million", "200000000 SZL"), ("M25 million", "25000000 LSL")];
    assert_eq!(pairs(&values(text)), want);
    // Elsewhere the letters name a motorway or a grade.
    assert!(values("The M25 million-car motorway and the E2 grade.").is_empty());
}

#[test]
fn the_euro_s_name_before_a_figure_is_read_only_before_a_scale_word() {
    let text = "The cost is exceeding Euro 70 million. Euro 6 engines are cleaner.";
    assert_eq!(pairs(&values(text)), [("exceeding Euro 70 million", "more than 70000000 EUR")]);
}
