use super::*;

fn values(text: &str) -> Vec<(String, String)> {
    find(text).into_iter().map(|c| (text[c.start..c.end].to_owned(), c.value)).collect()
}

/// The pairs of [`values`] as borrowed strings, to compare with literals.
fn borrowed(got: &[(String, String)]) -> Vec<(&str, &str)> {
    got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[test]
fn amounts_carry_currency_scale_range_and_qualifier() {
    let text = "It will invest $50 billion and add 50,000 new jobs, more than 1 million \
                positions, half a trillion dollars, $500bn, 3’000 jobs and 20,000 to 25,000 \
                jobs, up to $20 billion, about 71,000 employees.";
    let got = values(text);
    let want = [
        ("$50 billion", "50000000000 USD"),
        ("50,000 new jobs", "50000 jobs"),
        ("more than 1 million positions", "more than 1000000 positions"),
        ("half a trillion dollars", "500000000000 USD"),
        ("$500bn", "500000000000 USD"),
        ("3’000 jobs", "3000 jobs"),
        ("20,000 to 25,000 \n                    jobs", "20000 to 25000 jobs"),
        ("up to $20 billion", "up to 20000000000 USD"),
        ("about 71,000 employees", "about 71000 employees"),
    ];
    let got = borrowed(&got);
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((text, value), (want_text, want_value)) in got.iter().zip(want) {
        assert_eq!(value, &want_value, "{text}");
        if !want_text.contains('\n') {
            assert_eq!(text, &want_text);
        }
    }
}

#[test]
fn described_counts_keep_their_words_and_qualifiers() {
    let text = "It will create approximately 3,000 high-tech, high-wage jobs, 3’000 new Intel \
                jobs and around a thousand men and women, for a maximum of $80 million, and \
                245 quality job opportunities.";
    let got = values(text);
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("approximately 3,000 high-tech, high-wage jobs", "approximately 3000 jobs"),
            ("3’000 new Intel jobs", "3000 jobs"),
            ("around a thousand men and women", "around 1000 people"),
            ("a maximum of $80 million", "a maximum of 80000000 USD"),
            ("245 quality job opportunities", "245 jobs"),
        ]
    );
}

#[test]
fn currency_codes_before_the_figure_name_the_currency() {
    let got = values(
        "A grant of GBP 500 million, JPY 2 billion and close to 40,000 other ancillary jobs.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("GBP 500 million", "500000000 GBP"),
            ("JPY 2 billion", "2000000000 JPY"),
            ("close to 40,000 other ancillary jobs", "close to 40000 jobs"),
        ]
    );
}

#[test]
fn figures_in_a_sentence_about_jobs_count_jobs() {
    let got = values("It cut the number of new jobs to 1,454 from 13,000, on 2,300 acres.");
    let got = borrowed(&got);
    assert_eq!(got, [("1,454", "1454 jobs"), ("13,000", "13000 jobs")]);
    // No jobs in the sentence, or a year: no count.
    assert!(values("The campus grew to 1,454 from 1,300 in 2017.").is_empty());
}

#[test]
fn national_jobs_spaced_dollars_and_pesos_are_amounts() {
    let got = values("Nearly 38,000 UK jobs, US $5 billion and about 250 million pesos.");
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("Nearly 38,000 UK jobs", "nearly 38000 jobs"),
            ("US $5 billion", "5000000000 USD"),
            ("about 250 million pesos", "about 250000000 MXN"),
        ]
    );
}

#[test]
fn currencies_other_than_the_dollar_take_their_iso_code() {
    let got = values(
        "It will postpone a $15-billion Canadian (US$10.7 billion) project, after BRL 10 \
         billion, R$ 3 billion, 2.8 billion zloty, €902 million, C$2 billion, A$1.5 \
         billion, 300 billion yen, 5 trillion won, Rs 500 crore, 12 billion pesos, 40 \
         million euros, 2 billion Australian dollars, 500 million EUR, 3 billion Hong Kong \
         dollars, 40 billion Philippine pesos and ₱2 billion.",
    );
    let values: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    assert_eq!(
        values,
        [
            "15000000000 CAD",
            "10700000000 USD",
            "10000000000 BRL",
            "3000000000 BRL",
            "2800000000 PLN",
            "902000000 EUR",
            "2000000000 CAD",
            "1500000000 AUD",
            "300000000000 JPY",
            "5000000000000 KRW",
            "5000000000 INR",
            "12000000000 MXN",
            "40000000 EUR",
            "2000000000 AUD",
            "500000000 EUR",
            "3000000000 HKD",
            "40000000000 PHP",
            "2000000000 PHP",
        ]
    );
    assert_eq!(got[0].0, "$15-billion Canadian");
    assert_eq!(got[4].0, "2.8 billion zloty");
}

#[test]
fn won_after_a_plain_number_is_the_verb() {
    assert!(values("The plant that in 2021 won approval.").is_empty());
    let got = values("It costs 5 trillion won, or 250,000 won a worker.");
    let values: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    assert_eq!(values, ["5000000000000 KRW", "250000 KRW"]);
}

#[test]
fn a_nationality_before_a_noun_describes_the_noun_not_the_dollar() {
    let got = values("A $5 billion Canadian investment and 3,000 Canadian jobs.");
    let got = borrowed(&got);
    assert_eq!(got, [("$5 billion", "5000000000 USD"), ("3,000 Canadian jobs", "3000 jobs")]);
}

#[test]
fn every_code_is_an_iso_4217_currency() {
    for code in CODES.split('|').filter(|&c| c != "RMB") {
        assert!(crate::model::is_currency(code), "{code}");
    }
}

#[test]
fn bare_numbers_and_years_are_not_amounts() {
    assert!(values("It makes more than 2.7 million metric tons of steel.").is_empty());
    assert!(values("In 2017 the meeting lasted 40 minutes at 11 sites.").is_empty());
}

#[test]
fn codes_glued_to_a_figure_and_qualifiers_of_several_words_are_read() {
    let got = values(
        "up to SR70 billion, Rp 5 trillion, RM1.2 billion, around 11.9 trillion rupiahs and in \
         the region of €10 billion",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("up to SR70 billion", "up to 70000000000 SAR"),
            ("Rp 5 trillion", "5000000000000 IDR"),
            ("RM1.2 billion", "1200000000 MYR"),
            ("around 11.9 trillion rupiahs", "around 11900000000000 IDR"),
            ("in the region of €10 billion", "in the region of 10000000000 EUR"),
        ]
    );
}

#[test]
fn an_iso_code_in_capitals_before_or_after_a_figure_is_its_currency() {
    let text = "Deals worth MAD 857 million, over MAD 914 million, more than AED 1.2 billion, \
                KWD 40 million and 500 million XOF, Dh1.5 billion, KSh 2 billion; the AMD 7000 \
                chips and 20 mad ideas are no money.";
    let got = values(text);
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("MAD 857 million", "857000000 MAD"),
            ("over MAD 914 million", "over 914000000 MAD"),
            ("more than AED 1.2 billion", "more than 1200000000 AED"),
            ("KWD 40 million", "40000000 KWD"),
            ("500 million XOF", "500000000 XOF"),
            ("Dh1.5 billion", "1500000000 AED"),
            ("KSh 2 billion", "2000000000 KES"),
        ]
    );
}

#[test]
fn up_to_after_a_verb_that_raises_a_total_is_no_qualifier() {
    let text = "Hiring brings the total plant workforce up to 12’000, and it will hire up to \
                2,000 workers.";
    let got = values(text);
    let got = borrowed(&got);
    assert_eq!(got, [("12’000", "12000 jobs"), ("up to 2,000 workers", "up to 2000 workers")]);
}

#[test]
fn goods_a_plant_makes_are_no_amount_unless_they_cost_money() {
    let got =
        values("It can make 1 million cars a year, 2 billion chips, with a $5 billion car plant.");
    let got = borrowed(&got);
    assert_eq!(got, [("$5 billion", "5000000000 USD")]);
}

#[test]
fn words_describing_the_people_a_figure_counts_belong_to_the_amount() {
    let got = values(
        "It keeps 71 salaried employees, hires up to 1,000 highly skilled workers, employs \
         11,000 skilled, unskilled and semi-skilled persons and 2,000 existing staff, in 2024 \
         trained workers, and 300 of the workers.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("71 salaried employees", "71 employees"),
            ("up to 1,000 highly skilled workers", "up to 1000 workers"),
            ("11,000 skilled, unskilled and semi-skilled persons", "11000 people"),
            ("2,000 existing staff", "2000 staff"),
        ]
    );
}

#[test]
fn between_x_and_y_is_one_range() {
    let got = values(
        "It will create between 2,000 and 3,000 jobs, invest between $1 billion and $2 billion \
         and between 1 and 2 billion euros; $5 billion and $2 billion stay two.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("between 2,000 and 3,000 jobs", "2000 to 3000 jobs"),
            ("between $1 billion and $2 billion", "1000000000 to 2000000000 USD"),
            ("between 1 and 2 billion euros", "1000000000 to 2000000000 EUR"),
            ("$5 billion", "5000000000 USD"),
            ("$2 billion", "2000000000 USD"),
        ]
    );
}

#[test]
fn dozens_and_hundreds_written_in_words_count_what_a_unit_names() {
    let got = values(
        "It adds a dozen jobs, two dozen workers, five hundred jobs, three hundred thousand \
         dollars and a dozen skilled engineers, but not hundreds of jobs, a dozen countries or \
         five hundred years.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("a dozen jobs", "12 jobs"),
            ("two dozen workers", "24 workers"),
            ("five hundred jobs", "500 jobs"),
            ("three hundred thousand dollars", "300000 USD"),
            ("a dozen skilled engineers", "12 engineers"),
        ]
    );
}

#[test]
fn lakh_crore_plus_and_spaced_thousands_are_read_whole() {
    let got = values(
        "It will invest Rs 1 lakh crore, add 1,000-plus jobs and $2bn+, employ 3\u{202f}000 \
         people and 0.5 million more; 3 000 people are no 000 people.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("Rs 1 lakh crore", "1000000000000 INR"),
            ("1,000-plus jobs", "more than 1000 jobs"),
            ("$2bn+", "more than 2000000000 USD"),
            ("3\u{202f}000 people", "3000 people"),
            ("0.5 million", "500000"),
            ("3 000 people", "3000 people"),
        ]
    );
}

#[test]
fn lakhs_after_crores_join_the_sum_and_bushels_measure_no_amount() {
    let got = values(
        "MoUs worth Rs 3,03,115 crore 70 lakh and Rs. 93,830 crores 69 lakhs were signed; the \
         plant will process 35M bushels, store 4M bushels and freeze 45 million kilograms.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("Rs 3,03,115 crore 70 lakh", "3031157000000 INR"),
            ("Rs. 93,830 crores 69 lakhs", "938306900000 INR"),
        ]
    );
}

#[test]
fn words_of_any_shape_that_describe_no_people_end_the_amount() {
    let got = values(
        "In 2019 skilled workers left; 700 unionized hourly workers stayed, 300 of the workers \
         left and 2,300 current employees remain; between 2019 and 2021 jobs grew. At the \
         October 2020 jobs launch and the Sept. 2021 jobs fair, no figure.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("700 unionized hourly workers", "700 workers"),
            ("2,300 current employees", "2300 employees")
        ]
    );
}

#[test]
fn a_total_changed_from_one_figure_to_another_is_two_amounts() {
    let got = values(
        "It is increasing its total investment in the site from $3.7 billion to $9 billion, \
         cut its workforce from 3,000 to 2,000 jobs, and will create from 2,000 to 3,000 jobs; \
         payroll rose to $40 million, up from $25 million.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("$3.7 billion", "3700000000 USD"),
            ("$9 billion", "9000000000 USD"),
            ("3,000", "3000 jobs"),
            ("2,000 jobs", "2000 jobs"),
            ("2,000 to 3,000 jobs", "2000 to 3000 jobs"),
            ("$40 million", "40000000 USD"),
            ("$25 million", "25000000 USD"),
        ]
    );
}

#[test]
fn a_qualifier_after_the_figure_is_part_of_the_amount() {
    let got = values(
        "It will hire 4,000 or more permanent jobs, 500 or so workers, 1,200 or more highly \
         skilled engineers, 2,000 plus jobs and $1 billion or more; $2 billion plus $1 billion and \
         a bonus $5 million.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("4,000 or more permanent jobs", "at least 4000 jobs"),
            ("500 or so workers", "about 500 workers"),
            ("1,200 or more highly skilled engineers", "at least 1200 engineers"),
            ("2,000 plus jobs", "more than 2000 jobs"),
            ("$1 billion or more", "at least 1000000000 USD"),
            ("$2 billion", "2000000000 USD"),
            ("$1 billion", "1000000000 USD"),
            ("$5 million", "5000000 USD"),
        ]
    );
}

#[test]
fn counts_of_aircraft_vehicles_and_units_are_no_amounts() {
    let got = values(
        "Qatar Airways ordered 210 aircraft and 1.2 million Scout vehicles a year, 2 million \
         electric cars, 500,000 units and 30 helicopters for $96 billion, adding 2,000 jobs.",
    );
    let got = borrowed(&got);
    assert_eq!(got, [("$96 billion", "96000000000 USD"), ("2,000 jobs", "2000 jobs")]);
}

#[test]
fn words_between_a_figure_and_its_unit_keep_it_an_amount() {
    let got = values(
        "It adds 2 thousand new direct jobs, 1,500 new, high-paying manufacturing jobs, 300 \
         highly skilled technicians and 5 billion Philippine pesos.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("2 thousand new direct jobs", "2000 jobs"),
            ("1,500 new, high-paying manufacturing jobs", "1500 jobs"),
            ("300 highly skilled technicians", "300 technicians"),
            ("5 billion Philippine pesos", "5000000000 PHP"),
        ]
    );
}

#[test]
fn a_population_or_a_crowd_is_no_amount_but_a_workforce_is() {
    let got = values(
        "The plant is in De Soto, a town with about 6,000 people. The city of 40,000 people \
         welcomed it, and 2,000 people attended the groundbreaking in a region home to 3,500 \
         workers. It will employ about 4,000 people and a staff of 1,200 people, and hire 300 \
         people living nearby, where 9,000 people live.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("3,500 workers", "3500 workers"),
            ("about 4,000 people", "about 4000 people"),
            ("1,200 people", "1200 people"),
            ("300 people", "300 people"),
        ]
    );
}

#[test]
fn figures_beside_curly_quotes_and_accented_words_are_read_as_before() {
    let got =
        values("In Kanasín, Yucatán, “more than 3,000 jobs” and US$2.75 billion; €902 million.");
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("more than 3,000 jobs", "more than 3000 jobs"),
            ("US$2.75 billion", "2750000000 USD"),
            ("€902 million", "902000000 EUR"),
        ]
    );
}

#[test]
fn jobs_described_with_an_irregular_participle_are_counted() {
    let got = values("The facility is expected to create up to 1,600 highly paid jobs.");
    assert_eq!(got, [("up to 1,600 highly paid jobs".to_owned(), "up to 1600 jobs".to_owned())]);
}

#[test]
fn a_bare_figure_in_a_sentence_about_employment_counts_jobs() {
    let got = values("An analysis projected employment would reach 1,700 at the plant.");
    assert_eq!(got, [("1,700".to_owned(), "1700 jobs".to_owned())]);
}

#[test]
fn numbers_written_in_words_of_several_parts_are_read_whole() {
    let got = values(
        "One hundred and twenty new jobs is amazing. It adds forty-five workers, two thousand \
         five hundred jobs and twenty-five million dollars, but not one hundred and twenty years \
         or forty-five minutes.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("One hundred and twenty new jobs", "120 jobs"),
            ("forty-five workers", "45 workers"),
            ("two thousand five hundred jobs", "2500 jobs"),
            ("twenty-five million dollars", "25000000 USD"),
        ]
    );
}

#[test]
fn shillings_written_sh_before_the_figure_are_kenyan() {
    let got = values("Plants worth Sh65 million, Sh8.5 million and Sh6.7 billion; she shouted.");
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("Sh65 million", "65000000 KES"),
            ("Sh8.5 million", "8500000 KES"),
            ("Sh6.7 billion", "6700000000 KES"),
        ]
    );
}

#[test]
fn dinars_and_shillings_after_a_figure_take_the_nation_before_them() {
    let text = "Shoes sold for 2,000 to 5,000 dinars, a loan of 40 million Kuwaiti dinars and \
                300 million Ugandan shillings.";
    let got = values(text);
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("2,000 to 5,000 dinars", "2000 to 5000 RSD"),
            ("40 million Kuwaiti dinars", "40000000 KWD"),
            ("300 million Ugandan shillings", "300000000 UGX"),
        ]
    );
}

#[test]
fn direct_and_high_value_jobs_keep_their_describing_words() {
    let got = values("It will create at least 2,250 direct and high value jobs.");
    let got = borrowed(&got);
    assert_eq!(got, [("at least 2,250 direct and high value jobs", "at least 2250 jobs")]);
}

#[test]
fn a_bare_figure_after_of_which_is_a_share_of_the_jobs_counted() {
    let text = "It creates 1,263 new jobs, of which 152 are qualified, and keeps 1,211, of which \
                227 are qualified; of the workers, of which 40% are women.";
    let got = values(text);
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("1,263 new jobs", "1263 jobs"),
            ("152", "152 jobs"),
            ("1,211", "1211 jobs"),
            ("227", "227 jobs"),
        ]
    );
}

#[test]
fn dinar_and_cfa_franc_abbreviations_before_or_after_a_figure_are_their_currencies() {
    let text = "Investment exceeding JD50 million, a KD 3 million plant, a programme worth \
                CFA216 billion and FCFA 25 million for each investor.";
    let got = values(text);
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("exceeding JD50 million", "more than 50000000 JOD"),
            ("KD 3 million", "3000000 KWD"),
            ("CFA216 billion", "216000000000 XOF"),
            ("FCFA 25 million", "25000000 XOF"),
        ]
    );
    let text = "A contract of 7.24-billion FCFA, of some 30 billion FCFA in all, and 25,000 CFAF.";
    let got = values(text);
    assert_eq!(
        borrowed(&got),
        [
            ("7.24-billion FCFA", "7240000000 XOF"),
            ("some 30 billion FCFA", "some 30000000000 XOF"),
            ("25,000 CFAF", "25000 XOF"),
        ]
    );
}

#[test]
fn the_small_first_figure_of_a_change_in_jobs_counts_too() {
    let text = "It plans to increase local employment from 600 to 2,000 by 2026.";
    let got = values(text);
    let got = borrowed(&got);
    assert_eq!(got, [("600", "600 jobs"), ("2,000", "2000 jobs")]);
}

#[test]
fn good_family_wage_jobs_keep_their_describing_words() {
    let got = values("It will create 500 good, family wage jobs for Oregonians.");
    let got = borrowed(&got);
    assert_eq!(got, [("500 good, family wage jobs", "500 jobs")]);
}

#[test]
fn a_ranges_first_figure_measures_what_its_second_does() {
    let got = values(
        "It will increase production from 117,000 to 172,000 metric tons, which requires a \
         workforce of 3,500 persons.",
    );
    let got = borrowed(&got);
    assert_eq!(got, [("3,500 persons", "3500 people")]);
    // A range of jobs keeps its first figure.
    let got = values("Employment will grow from 1,200 to 2,000 workers.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_decimal_comma_before_a_scale_and_a_unit_is_read() {
    let got = values("The plants will employ 2,5 thousand workers.");
    let got = borrowed(&got);
    assert_eq!(got, [("2,5 thousand workers", "2500 workers")]);
    assert!(values("It will make 1,5 tonnes a day.").is_empty());
}

#[test]
fn rwandan_francs_glued_to_the_figure_and_contract_positions_are_read() {
    let got = values("It has paid farmers Rwf1.3 billion and will fill 460 contract positions.");
    let got = borrowed(&got);
    assert_eq!(
        got,
        [("Rwf1.3 billion", "1300000000 RWF"), ("460 contract positions", "460 positions")]
    );
}

#[test]
fn the_scandinavian_crowns_written_as_kr_are_read() {
    let got = values("It cost SKr180m, of which SKr71m came from the state; NKr 3 billion too.");
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("SKr180m", "180000000 SEK"),
            ("SKr71m", "71000000 SEK"),
            ("NKr 3 billion", "3000000000 NOK")
        ]
    );
}

#[test]
fn a_lira_code_is_read_in_a_text_about_turkey_and_a_figure_may_open_with_its_point() {
    let got = values("Hyundai Assan invests TRY 1.1 billion in Turkey. Motorola repaid €.7m.");
    let got = borrowed(&got);
    assert_eq!(got, [("TRY 1.1 billion", "1100000000 TRY"), ("€.7m", "700000 EUR")]);
    let got = values("It left the plant.5 million jobs went with it.");
    assert_eq!(borrowed(&got), [("5 million jobs", "5000000 jobs")]);
    let got = values("We TRY 3 billion times.");
    assert!(borrowed(&got).iter().all(|(_, v)| !v.ends_with("TRY")), "{got:?}");
}

#[test]
fn upto_in_one_word_and_a_code_with_a_full_stop_are_read() {
    let got = values("Parliament approved upto UGX. 70 billion for the plant.");
    assert_eq!(borrowed(&got), [("upto UGX. 70 billion", "up to 70000000000 UGX")]);
}

#[test]
fn half_a_billion_with_hyphens_is_read() {
    let got = values("The project is worth over half-a-billion dollars.");
    assert_eq!(borrowed(&got), [("over half-a-billion dollars", "over 500000000 USD")]);
}

#[test]
fn a_year_after_by_is_no_range_and_locals_and_and_over_are_read() {
    let got = values(
        "It revises down the jobs required at the facility by 2020 to 50 full-time jobs. About \
         180 locals would be employed. Most of the investments are US$50 million and over.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("50 full-time jobs", "50 jobs"),
            ("About 180 locals", "about 180 locals"),
            ("US$50 million and over", "at least 50000000 USD"),
        ]
    );
}

#[test]
fn tanzanian_shillings_written_with_a_stroke_and_a_dash_are_read() {
    let got = values("The expansion of a 571.6bn/- project will cost around 270bn/- more.");
    let got = borrowed(&got);
    assert_eq!(
        got,
        [("571.6bn/-", "571600000000 TZS"), ("around 270bn/-", "around 270000000000 TZS")]
    );
}

#[test]
fn a_sum_just_shy_of_a_figure_and_full_time_staff_written_apart_are_read() {
    let text = "It spent just shy of $30 million and kept nearly 60 full time employees.";
    let got = values(text);
    assert_eq!(
        borrowed(&got),
        [
            ("just shy of $30 million", "less than 30000000 USD"),
            ("nearly 60 full time employees", "nearly 60 employees")
        ]
    );
}

#[test]
fn turkish_lira_written_tl_before_the_figure_are_read() {
    let got = values("It is worth around TL 14 billion, of which TL 8.23 billion is in Adana.");
    assert_eq!(
        borrowed(&got),
        [("around TL 14 billion", "around 14000000000 TRY"), ("TL 8.23 billion", "8230000000 TRY")]
    );
}

#[test]
fn thousand_crore_nearing_closer_to_and_a_range_repeating_its_sign_are_read_whole() {
    let got = values(
        "It will invest Rs 8 Thousand Crore, with revenues nearing $5 million; the number is \
         closer to $4.3 million, taking it closer to 3 billion rand. Costs are ₹200 to ₹500 \
         crore, or A$1.5-billion to A$1.8-billion.",
    );
    let got = borrowed(&got);
    assert_eq!(
        got,
        [
            ("Rs 8 Thousand Crore", "80000000000 INR"),
            ("nearing $5 million", "nearly 5000000 USD"),
            ("closer to $4.3 million", "close to 4300000 USD"),
            ("3 billion rand", "3000000000 ZAR"),
            ("₹200 to ₹500 crore", "2000000000 to 5000000000 INR"),
            ("A$1.5-billion to A$1.8-billion", "1500000000 to 1800000000 AUD"),
        ]
    );
    let got = values("The factories will cost approx. PLN 3.5 billion.");
    assert_eq!(borrowed(&got), [("approx. PLN 3.5 billion", "approximately 3500000000 PLN")]);
}

#[test]
fn a_currency_code_may_come_before_a_figure_in_words() {
    let text = "The project, whose total cost is USD one billion, was launched. It costs \
                EUR two million, and $ one million more.";
    let got = values(text);
    assert_eq!(
        borrowed(&got),
        [
            ("USD one billion", "1000000000 USD"),
            ("EUR two million", "2000000 EUR"),
            ("$ one million", "1000000 USD")
        ]
    );
}

#[test]
fn net_new_jobs_and_welders_are_counted() {
    let text = "The project will create 125 net new jobs and hire 10 local welders, then 70 to 80 \
                welders.";
    let got = values(text);
    assert_eq!(
        borrowed(&got),
        [
            ("125 net new jobs", "125 jobs"),
            ("10 local welders", "10 welders"),
            ("70 to 80 welders", "70 to 80 welders")
        ]
    );
}

#[test]
fn apprentices_trainees_and_a_dollar_sign_after_its_code_are_read() {
    let text = "Some 161 apprentices and 16 i-Ready trainees joined, and 200 new apprenticeships \
                follow. The second phase costs USD$3.4 billion.";
    let got = values(text);
    assert_eq!(
        borrowed(&got),
        [
            ("Some 161 apprentices", "some 161 apprentices"),
            ("16 i-Ready trainees", "16 trainees"),
            ("200 new apprenticeships", "200 apprenticeships"),
            ("USD$3.4 billion", "3400000000 USD")
        ]
    );
}

#[test]
fn a_countrys_name_a_share_after_a_dash_and_square_feet_are_no_amounts() {
    let text = "Sierra Leone Telegraph: 28 Sierra Leone farmers met. Vishay is seeking $100 million \
                - 20% of the sum. The 1 million-plus-sq.-ft. plant will be built.";
    let got = values(text);
    assert_eq!(borrowed(&got), [("$100 million", "100000000 USD")]);
}
