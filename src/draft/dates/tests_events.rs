//! A month with "last year", a range of years with a dash, a dateline's dash glued to its
//! place, "today" in a quotation from an event dated before, a meeting a later moment
//! replaces, a dateline that ends with a dash, years told during, at the start of, as a
//! subject or in a citation, a month after a purpose's "to start", the end of a month and a
//! day in brackets after a weekday; "the next year" after a year named.

use super::published::published;
use super::tests::values;

fn pairs(got: &[(String, String)]) -> Vec<(&str, &str)> {
    got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

#[test]
fn a_month_then_last_this_or_next_year_is_that_month_of_that_year() {
    let got = values(
        "The group signed a memorandum in April last year, will open in May next year and hire \
         in June this year.",
        "2023-04-05",
    );
    assert_eq!(
        pairs(&got),
        [
            ("in April last year", "2022-04"),
            ("in May next year", "2024-05"),
            ("in June this year", "2023-06")
        ]
    );
}

#[test]
fn a_range_of_years_with_a_dash_reaches_its_far_end() {
    let got = values("It will be made in phases over the next 3-5 years.", "2023-04-05");
    assert_eq!(pairs(&got), [("over the next 3-5 years", "2028-04-05")]);
}

#[test]
fn a_relative_day_after_a_place_in_capitals_and_its_dash_starts_the_sentence() {
    let got = values("PHOENIX- Yesterday, the governor attended.", "2023-04-21");
    assert_eq!(pairs(&got), [("Yesterday", "2023-04-20")]);
    assert!(values("The Phoenix- Yesterday band.", "2023-04-21").is_empty());
}

#[test]
fn today_in_a_quotation_from_an_event_dated_before_is_the_events_day() {
    let got = values(
        "PHOENIX- Yesterday, the governor attended the opening ceremony for a plant.\n\n“This \
         plant matters,” she said. “Today is a sign of more to come.”",
        "2023-04-21",
    );
    assert_eq!(pairs(&got), [("Yesterday", "2023-04-20"), ("Today", "2023-04-20")]);
    // Without an event dated before, a quotation's "today" is the article's day.
    let got = values("The plant opened.\n\n“Today is a sign,” she said.", "2023-04-21");
    assert_eq!(pairs(&got), [("Today", "2023-04-21")]);
}

#[test]
fn a_meeting_counts_no_more_once_a_later_moment_is_named() {
    let got = values(
        "Sappi, which pledged at last year's conference, promised to invest this year. MTN \
         said it would invest in the next five years.",
        "2019-11-07",
    );
    assert_eq!(
        pairs(&got),
        [("last year", "2018"), ("this year", "2019"), ("in the next five years", "2024-11-07")]
    );
}

#[test]
fn a_dateline_that_ends_with_a_dash_gives_the_articles_date() {
    let text = "A headline\nNEWARK, Calif. and RIYADH, Saudi Arabia – February 28, 2022 – Lucid \
                today announced the signing of agreements.";
    let found = published(text).map(|c| c.value);
    assert_eq!(found.as_deref(), Some("2022-02-28"));
}

#[test]
fn years_during_at_the_start_of_as_a_subject_and_in_a_citation_are_dates() {
    let got = values(
        "Five companies will invest during 2021. For these companies, 2020 meant a challenge. \
         Production starts at the start of 2022. The state's wage is $22 (BLS, 2017).",
        "2021-02-22",
    );
    let years: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    assert_eq!(years, ["2021", "2020", "2022", "2017"]);
}

#[test]
fn a_month_after_a_purpose_to_start_looks_back() {
    let got = values(
        "The plant received the licenses to start operating, including environmental ones, in \
         April. It is expected to start in September.",
        "2023-06-07",
    );
    assert_eq!(pairs(&got), [("in April", "2023-04"), ("in September", "2023-09")]);
}

#[test]
fn the_end_of_a_month_and_a_day_in_brackets_after_a_weekday_are_days() {
    let got = values(
        "UPM inaugurated, this Tuesday (6), its mill. It had been ready to start at the end of \
         June 2024.",
        "2023-06-07",
    );
    assert_eq!(
        pairs(&got),
        [("the end of June 2024", "2024-06-30"), ("Tuesday", "2023-06-06"), ("6", "2023-06-06")]
    );
}

#[test]
fn a_month_an_event_is_to_be_held_in_is_the_next_one() {
    let got = values(
        "A road show was held ahead of the summit to be held in the state in December. The \
         fair is to take place in March.",
        "2023-10-05",
    );
    assert_eq!(pairs(&got), [("in December", "2023-12"), ("in March", "2024-03")]);
}

#[test]
fn months_of_a_year_named_before_two_days_alone_and_a_year_until_are_dates() {
    let mut got = values(
        "On the 13th and 14th (local time) it signed two deals. In April of this year, the \
         governor announced it. It expanded in August 2022, and in October and November of the \
         same year it won three more. It will invest in the state until 2032.",
        "2024-06-19",
    );
    got.sort();
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("14th", "2024-06-14"),
            ("2032", "2032"),
            ("August 2022", "2022-08"),
            ("In April of this year", "2024-04"),
            ("November", "2022-11"),
            ("in October", "2022-10"),
            ("the 13th", "2024-06-13"),
        ]
    );
}

#[test]
fn the_next_year_after_a_year_named_is_the_year_after_it() {
    let got = values(
        "GM said it would shutter the plant in November 2018. The next year, it sold the plant.",
        "2020-09-30",
    );
    assert_eq!(pairs(&got), [("November 2018", "2018-11"), ("The next year", "2019")]);
    // With no year named before, "the next year" is no date; "over the next year" is a horizon,
    // not counted from a year named before.
    let got = values("The next year, it sold the plant.", "2020-09-30");
    assert!(got.is_empty(), "{got:?}");
    let got = values("Toyota will review its plan over the next year.", "2025-11-07");
    assert!(!got.iter().any(|(span, _)| span.starts_with("the next")), "{got:?}");
}

#[test]
fn years_later_count_from_a_past_year_named_before_but_not_from_one_ahead() {
    let got = values(
        "It got a tax abatement in 2008, then moved to Muskegon Heights two years later.",
        "2012-07-02",
    );
    assert_eq!(pairs(&got), [("in 2008", "2008"), ("two years later", "2010")]);
    let got = values(
        "Mod 1 is to be finished in 2031. Mod 2 would be completed about one year later.",
        "2025-02-28",
    );
    assert!(!got.iter().any(|(span, _)| span.contains("later")), "{got:?}");
}

#[test]
fn a_dateline_with_its_date_in_brackets_is_the_articles_and_events_of_a_year_are_dates() {
    let text = "Tobacco plant sold\n\nPodgorica, Montenegro (17 November 2015) — A bid was \
                opened at today’s session.";
    assert_eq!(published(text).map(|c| c.value), Some("2015-11-17".to_owned()));
    let got = values(
        "With the 2015 Colored Revolution investments dried out. At the 2018 ground-breaking \
         ceremony, they spoke.",
        "2020-10-08",
    );
    let got: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    assert_eq!(got, ["2015", "2018"]);
}

#[test]
fn a_day_told_in_the_past_half_a_year_before_it_comes_is_of_the_year_before() {
    let got = values(
        "The president, in his speech to the nation on December 31, instructed them to do \
         more.",
        "2015-01-20",
    );
    assert_eq!(got.iter().map(|(_, v)| v.as_str()).collect::<Vec<_>>(), ["2014-12-31"]);
    let got = values("The plant will open on December 31.", "2015-01-20");
    assert_eq!(got.iter().map(|(_, v)| v.as_str()).collect::<Vec<_>>(), ["2015-12-31"]);
}
