//! The end of a year after any preposition, a month "last year" after "since", a year naming a
//! report, and "today" in a quotation from the day the text says the company spoke, all against
//! a fixed article date; a span of years from the day the text gives its announcement.

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

#[test]
fn a_span_counts_from_the_day_the_text_gives_its_announcement_before_or_after() {
    let got = values(
        "Coca-Cola has announced a plan to invest $175 million over the next five years.\n\
         Ruto announced the plan during a tour in Atlanta on Wednesday, May 21.\n\
         “Kenya welcomes Coca-Cola’s announcement to invest over the next five years,” he said.",
        "2025-05-22",
    );
    assert_eq!(
        pairs(&got),
        [
            ("on Wednesday, May 21", "2025-05-21"),
            ("over the next five years", "2030-05-21"),
            ("over the next five years", "2030-05-21"),
        ]
    );
}

#[test]
fn a_span_with_no_dated_announcement_counts_from_the_article() {
    let got = values(
        "Coca-Cola has announced a plan to invest $175 million over the next five years.",
        "2025-05-22",
    );
    assert_eq!(pairs(&got), [("over the next five years", "2030-05-22")]);
}

#[test]
fn this_morning_afternoon_or_evening_is_the_articles_day() {
    let got = values(
        "The premier was joined this morning by the minister. The deal was signed this \
         afternoon, and the plant opens this evening.",
        "2021-08-17",
    );
    assert_eq!(
        pairs(&got),
        [
            ("this morning", "2021-08-17"),
            ("this afternoon", "2021-08-17"),
            ("this evening", "2021-08-17")
        ]
    );
}

#[test]
fn the_year_of_a_quarter_or_a_half_is_the_date_alone() {
    let got = values(
        "It will be commenced in second quarter of 2023 and finished in the first half 2024.",
        "2023-01-10",
    );
    let want = [("2023", "2023"), ("2024", "2024")];
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, want);
}
