//! The end of a year after any preposition, a month "last year" after "since", a year naming a
//! report, and "today" in a quotation from the day the text says the company spoke, all against
//! a fixed article date.

use super::tests::values;

fn pairs(got: &[(String, String)]) -> Vec<(&str, &str)> {
    got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[test]
fn the_end_of_a_year_is_its_last_day_after_any_preposition() {
    let got = values(
        "Construction will be finalized gradually from the end of 2025. The programme lasts up \
         until the end of 2024. Production starts by the end of 2021.",
        "2021-02-01",
    );
    assert_eq!(
        pairs(&got),
        [
            ("from the end of 2025", "2025-12-31"),
            ("up until the end of 2024", "2024-12-31"),
            ("by the end of 2021", "2021-12-31"),
        ]
    );
}

#[test]
fn a_month_last_year_after_since_is_that_month() {
    let got = values("Since June last year, 24 certificates have been issued.", "2024-03-21");
    assert_eq!(pairs(&got), [("Since June last year", "2023-06")]);
}

#[test]
fn a_year_naming_a_report_or_budget_is_a_date() {
    let got = values("The 2024 report spotlights projects in the 2025 budget.", "2025-03-24");
    assert_eq!(pairs(&got), [("2024", "2024"), ("2025", "2025")]);
}

#[test]
fn today_in_a_quotation_is_the_day_the_company_spoke() {
    let got = values(
        "Novo Nordisk said on 10 November that it will invest.\n“The investment announced today \
         confirms our sites,” said Henrik Wulff.",
        "2023-11-11",
    );
    assert_eq!(pairs(&got), [("10 November", "2023-11-10"), ("today", "2023-11-10")]);
}

#[test]
fn today_after_a_day_no_one_spoke_on_is_the_article_date() {
    let got = values(
        "The plant opened on 10 November after delays.\n“The investment announced today \
         confirms our sites,” said Henrik Wulff.",
        "2023-11-11",
    );
    assert_eq!(pairs(&got), [("10 November", "2023-11-10"), ("today", "2023-11-11")]);
}
