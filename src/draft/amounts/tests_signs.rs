use super::*;

fn spans(text: &str) -> Vec<(String, String)> {
    find(text).into_iter().map(|c| (text[c.start..c.end].to_owned(), c.value)).collect()
}

fn pairs(got: &[(String, String)]) -> Vec<(&str, &str)> {
    got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[test]
fn currency_codes_and_signs_of_every_region_are_read() {
    let got = spans(
        "A discount of about NIS 90 million, ₪5 million, ฿2 billion, ₴300 million, \
         ₵40 million, ৳500 crore and PKR 2 billion.",
    );
    let want = [
        ("about NIS 90 million", "about 90000000 ILS"),
        ("₪5 million", "5000000 ILS"),
        ("฿2 billion", "2000000000 THB"),
        ("₴300 million", "300000000 UAH"),
        ("₵40 million", "40000000 GHS"),
        ("৳500 crore", "5000000000 BDT"),
        ("PKR 2 billion", "2000000000 PKR"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn a_dollar_sign_may_stand_apart_from_its_figure_or_its_country() {
    let got = spans("worth US$ 3.5 million and US$ 500,000; the $US11 billion company");
    let want = [
        ("US$ 3.5 million", "3500000 USD"),
        ("US$ 500,000", "500000 USD"),
        ("$US11 billion", "11000000000 USD"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn a_tilde_is_about_and_exceeding_is_more_than() {
    let got = spans("to Support ~$193M in Investment, with investments exceeding $2 billion");
    let want =
        [("~$193M", "about 193000000 USD"), ("exceeding $2 billion", "more than 2000000000 USD")];
    assert_eq!(pairs(&got), want);
}

#[test]
fn a_figure_before_capitalized_words_and_a_code_is_not_money_of_that_code() {
    let got = spans("date 2024-03-21 Foreign Company Invests BGN 107 Million in New Factory");
    assert_eq!(pairs(&got), [("BGN 107 Million", "107000000 BGN")]);
}

#[test]
fn opportunities_and_individuals_count_people_at_work() {
    let got = spans(
        "creating more than 8,500 career opportunities, over 500 employment opportunities, \
         employment to over 18,688 individuals and an additional 60 fulltime jobs",
    );
    let want = [
        ("more than 8,500 career opportunities", "more than 8500 jobs"),
        ("over 500 employment opportunities", "over 500 jobs"),
        ("over 18,688 individuals", "over 18688 people"),
        ("60 fulltime jobs", "60 jobs"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn goods_a_plant_makes_are_not_amounts() {
    assert!(
        spans("the capacity to manufacture 6 million smart air-conditioners per year").is_empty()
    );
    let got = spans("28,000 workers who produce 15 million of products each month");
    assert!(got.iter().all(|(span, _)| !span.contains("15 million")), "{got:?}");
    let got = spans(
        "an annual output of seven million computer screens, 40 million electronic shelf labels \
         and 44.75 million SMT boards",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_number_of_one_word_counts_what_a_unit_names() {
    let got = spans(
        "an increase on the current eight jobs, more than five-thousand people, and one of \
         the twelve sites",
    );
    let want =
        [("eight jobs", "8 jobs"), ("more than five-thousand people", "more than 5000 people")];
    assert_eq!(pairs(&got), want);
}

#[test]
fn qualifiers_of_two_words_and_the_pages_own_a_open_the_amount() {
    let got = spans("It cost just over R$17 billion and will bring over a 1000 positions.");
    let want = [
        ("just over R$17 billion", "more than 17000000000 BRL"),
        ("over a 1000 positions", "over 1000 positions"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn a_little_and_slightly_open_the_qualifier_they_soften() {
    let got = spans("It cost a little under $80 million, then slightly more than $1 million.");
    let want = [
        ("a little under $80 million", "less than 80000000 USD"),
        ("slightly more than $1 million", "more than 1000000 USD"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn a_dollar_sign_spaced_from_its_figure_is_read() {
    let got = spans("For its construction, the company invested $ 270,000 million.");
    assert_eq!(got.first().map(|(span, _)| span.as_str()), Some("$ 270,000 million"));
}

#[test]
fn bare_wholes_before_their_parts_or_a_quoted_noun_count_jobs() {
    let text = "The factory is expected to create around 330 jobs, 265 of which will be in the \
                Highlands. There will be 156 “well paid manufacturing jobs on site”. It will \
                generate around 7,000 jobs direct and around 10,000 indirect.";
    let got: Vec<String> = spans(text).into_iter().map(|(span, _)| span).collect();
    assert_eq!(got, ["around 330 jobs", "265", "156", "around 7,000 jobs", "around 10,000"]);
}

#[test]
fn a_ratio_for_each_job_is_no_amount() {
    let got =
        spans("It has 300 direct jobs and for each direct one it will create four indirect jobs.");
    assert_eq!(pairs(&got), [("300 direct jobs", "300 jobs")]);
}

#[test]
fn letters_before_a_dollar_sign_name_its_country() {
    let got =
        spans("It put N$135 million, J$2 billion, TT$40 million, EC$5 million and Z$1 million in.");
    let want = [
        ("N$135 million", "135000000 NAD"),
        ("J$2 billion", "2000000000 JMD"),
        ("TT$40 million", "40000000 TTD"),
        ("EC$5 million", "5000000 XCD"),
        ("Z$1 million", "1000000 ZWL"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn craftspeople_are_counted_and_pieces_or_areas_are_not() {
    let got = spans(
        "It will create jobs for more than 6,000 craftspeople and make 60 million pieces of \
         jewellery on 1.4 million m2.",
    );
    assert_eq!(pairs(&got), [("more than 6,000 craftspeople", "more than 6000 craftspeople")]);
}

#[test]
fn no_less_than_a_figure_is_at_least_it_not_less_than_it() {
    let got = spans(
        "No less than 1.83 billion euro was invested, hiring no fewer than 400 workers, with not \
         less than 500 jobs.",
    );
    let want = [
        ("No less than 1.83 billion euro", "at least 1830000000 EUR"),
        ("no fewer than 400 workers", "at least 400 workers"),
        ("not less than 500 jobs", "at least 500 jobs"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn crores_and_cr_are_the_crore_and_surpass_is_more_than() {
    let got = spans("MoUs worth Rs 8200 crores, or Rs 8,200 cr, to surpass $84 million in all");
    let want = [
        ("Rs 8200 crores", "82000000000 INR"),
        ("Rs 8,200 cr", "82000000000 INR"),
        ("surpass $84 million", "more than 84000000 USD"),
    ];
    assert_eq!(pairs(&got), want);
}

#[test]
fn a_capital_p_before_a_scaled_figure_is_the_peso() {
    let got = spans("approvals of P48.87 billion against P250 billion, from P1 and P500 lines");
    let want = [("P48.87 billion", "48870000000 PHP"), ("P250 billion", "250000000000 PHP")];
    assert_eq!(pairs(&got), want);
}

#[test]
fn a_capital_p_spaced_off_a_scaled_figure_is_the_peso_in_a_text_about_the_philippines() {
    let got = spans("It put P1.4 billion into the port and P 3.7 billion into a Manila terminal.");
    let want = [("P1.4 billion", "1400000000 PHP"), ("P 3.7 billion", "3700000000 PHP")];
    assert_eq!(pairs(&got), want);
    // Alone, a spaced capital P is a letter before an amount of its own.
    let got = spans("Grade P 3.7 billion was spent.");
    assert_eq!(pairs(&got), [("3.7 billion", "3700000000")]);
}

#[test]
fn youth_given_employment_are_counted_people() {
    let got = spans("It will provide employment to 2.25 lakh youth.");
    assert_eq!(pairs(&got), [("2.25 lakh youth", "225000 youth")]);
}

#[test]
fn a_bare_figure_after_employment_of_counts_jobs() {
    let got =
        spans("Work starts in August, and in one year employment of more than 110 is planned.");
    assert_eq!(pairs(&got), [("more than 110", "more than 110 jobs")]);
}

#[test]
fn bil_and_mil_glued_to_a_figure_are_scales() {
    let got = spans("Sabah stands to receive RM58.3bil in investments, and RM450mil more.");
    assert_eq!(pairs(&got), [("RM58.3bil", "58300000000 MYR"), ("RM450mil", "450000000 MYR")]);
}

#[test]
fn czech_crowns_written_kc_before_the_figure_are_koruna() {
    let text = "The state promised Kc10.7bn to 74 projects, up to Kc502m for a sawmill and \
                Kč 45 billion in all.";
    assert_eq!(
        spans(text),
        [
            ("Kc10.7bn".to_owned(), "10700000000 CZK".to_owned()),
            ("up to Kc502m".to_owned(), "up to 502000000 CZK".to_owned()),
            ("Kč 45 billion".to_owned(), "45000000000 CZK".to_owned()),
        ]
    );
}

#[test]
fn a_decimal_comma_before_a_scale_word_is_a_decimal_point() {
    let got =
        spans("It will bring R3,2 billion and €1,25 million, on 1,5 hectares with 1,200 jobs.");
    assert_eq!(
        pairs(&got),
        [
            ("R3,2 billion", "3200000000 ZAR"),
            ("€1,25 million", "1250000 EUR"),
            ("1,200 jobs", "1200 jobs")
        ]
    );
}

#[test]
fn a_space_after_a_comma_in_a_figure_is_read_as_the_page_printed_it() {
    let got = spans(
        "It brings more than R3, 2 billion, Rs 1, 000 crore and about 2, 000 jobs. On May 3, 2 \
         billion dollars and on June 5, 300 jobs were named.",
    );
    assert_eq!(
        pairs(&got),
        [
            ("more than R3, 2 billion", "more than 3200000000 ZAR"),
            ("Rs 1, 000 crore", "10000000000 INR"),
            ("about 2, 000 jobs", "about 2000 jobs"),
            ("300 jobs", "300 jobs")
        ]
    );
}

#[test]
fn nepali_rupees_and_an_amount_greater_than_its_figure() {
    let got = spans(
        "Huaxin pays NRs 600 million for the mine. The session financed investments greater \
         than EUR 1 mln.",
    );
    assert_eq!(
        pairs(&got),
        [("NRs 600 million", "600000000 NPR"), ("greater than EUR 1 mln", "more than 1000000 EUR")]
    );
}
