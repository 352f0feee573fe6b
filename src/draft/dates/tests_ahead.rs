//! Weekdays still to come, a dateline's dash before a relative date, a year named as a noun,
//! the year of "the first four months of 2025", of a plan or a budget, "mid-decade", an ISO
//! date ending a title, a year after a bound ("until at least 2035") or paired with one, and a
//! month after "plans for" a start, a month glued to its day ("Sep.20"), "before end of 2023",
//! "in all of 2021", "the 2022 total" and "in five years", days to come ("In 90 days"), a month
//! "as of" or of wages, a year's middle and a grant announced before, and a month after work
//! "to start" in a headline, and weeks to come.

use super::tests::values;

#[test]
fn a_weekday_right_after_a_verb_of_what_is_to_come_is_the_next_one() {
    // 2025-04-28 is a Monday.
    let got = values(
        "Leaders are slated to visit the White House on Wednesday for an event. The firm said on \
         Friday that it will hire. Officials will meet on Monday. The plant, which will open \
         soon, was announced on Thursday.",
        "2025-04-28",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("on Wednesday", "2025-04-30"),
            ("on Friday", "2025-04-25"),
            ("on Monday", "2025-04-28"),
            ("on Thursday", "2025-04-24"),
        ]
    );
}

#[test]
fn a_relative_date_after_a_datelines_dash_starts_the_sentence() {
    let got =
        values("NORTH CAROLINA, November 21 - This week, the governor announced it.", "2025-11-21");
    assert!(got.contains(&("This week".to_owned(), "2025-11".to_owned())), "{got:?}");
}

#[test]
fn the_year_or_a_record_year_is_a_date() {
    let got = values(
        "A record-breaking 2023 for the agency. The year 2023 was its best; a record 2019 too. \
         It hired a further 2000 people.",
        "2024-03-12",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("2023", "2023"), ("2023", "2023"), ("2019", "2019")]);
}

#[test]
fn the_year_of_the_first_months_of_a_year_is_a_date_alone() {
    let got = values(
        "Deals signed in the first four months of 2025 and the last six weeks of 2024 grew, as \
         in the first four months of the year.",
        "2025-04-29",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("2025", "2025"), ("2024", "2024")]);
}

#[test]
fn an_iso_date_ending_the_title_with_no_mark_before_it_is_the_articles() {
    let text = "MOTIE holds Investors Roundtable 2022-09-23\n\nIt was held on September 22.";
    assert_eq!(super::published(text).unwrap().value, "2022-09-23");
    // A date in other words ending a title needs its dash or bar.
    let text = "A new chip plant opens its doors in central Ohio May 3, 2024\n\nText.";
    assert_eq!(super::published(text).map(|c| c.value), None);
}

#[test]
fn mid_decade_and_the_year_of_a_plan_a_budget_or_a_course_are_dates() {
    let got = values(
        "Construction is planned for 2023 with equipment in the course of 2024. Sales will grow \
         by mid-decade. The ministry has money in its budget for 2019.",
        "2022-06-24",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("2023", "2023"), ("2024", "2024"), ("mid-decade", "2025"), ("2019", "2019")]);
}

#[test]
fn a_month_after_a_later_year_its_sentence_names_is_of_that_year() {
    let got = values(
        "Sales rose in May. Mass production starts in 2027, with a line due to begin operating \
         in April that year and going to full-scale output in October.",
        "2023-06-16",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("in May", "2023-05"),
            ("in 2027", "2027"),
            ("in April that year", "2027-04"),
            ("in October", "2027-10"),
        ]
    );
}

#[test]
fn the_last_months_of_a_year_are_no_span_back_from_the_article() {
    let got = values(
        "Applications rose in the last three months of the year. Sales rose in the past two years.",
        "2018-01-31",
    );
    let got: Vec<&str> = got.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(got, ["in the past two years"]);
}

#[test]
fn by_a_month_is_the_last_day_of_the_next_such_month_or_of_the_year_named() {
    let got = values(
        "Another 30 vacancies are to be filled by July. Output doubles by March. Hiring ends by \
         March 2024.",
        "2023-05-03",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [("by March 2024", "2024-03-31"), ("by July", "2023-07-31"), ("by March", "2024-03-31")]
    );
}

#[test]
fn by_opens_a_month_of_a_year_only_as_a_word_of_its_own() {
    let got = values(
        "By December 2018, it will be in every village; nearby December 2019.",
        "2018-02-21",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("By December 2018", "2018-12-31"), ("December 2019", "2019-12")]);
}

#[test]
fn a_span_back_until_a_year_is_that_year_alone() {
    let got = values(
        "157 projects were attracted in the last three years until 2021. It invested over the \
         past three years.",
        "2024-02-12",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("2021", "2021"), ("over the past three years", "2021-02-12")]);
}

#[test]
fn a_span_back_of_years_and_a_half_reaches_six_months_further() {
    let got = values("N$500 million was invested in the past two and a half years.", "2020-03-16");
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("in the past two and a half years", "2017-09-16")]);
}

#[test]
fn a_month_before_next_year_and_a_year_after_fiscal_are_dates() {
    let got = values(
        "The summit slated for January next year follows the plan for fiscal 2023, with a line \
         as early as 2025. Marketing next year will grow.",
        "2023-07-26",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("2023", "2023"),
            ("2025", "2025"),
            ("January next year", "2024-01"),
            ("next year", "2024"),
        ]
    );
}

#[test]
fn in_one_year_is_a_horizon_and_in_a_year_a_rate() {
    let got = values(
        "Work starts soon, and in one year 110 people will be hired; it makes 900 cars in a year.",
        "2024-07-05",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("in one year", "2025-07-05")]);
}

#[test]
fn the_end_of_a_month_is_its_last_day() {
    let got = values("Construction activities will start at the end of August.", "2024-07-05");
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("the end of August", "2024-08-31")]);
}

#[test]
fn a_year_a_plan_runs_towards_is_a_date() {
    let got = values(
        "The new site supports the ambition of achieving a growth rate of 7-9% towards 2025.",
        "2021-05-04",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("2025", "2025")]);
}

#[test]
fn the_year_of_a_quarter_written_short_is_a_date() {
    let got = values("It opens in 4Q 2024, after results for Q2 2023.", "2023-11-02");
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("2024", "2024"), ("2023", "2023")]);
    // "by Q2 2020" is a deadline, the quarter's last day, as "by the second quarter of" is.
    let got = values("They aim to sign an agreement by Q2 2020.", "2019-11-12");
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("by Q2 2020", "2020-06-30")]);
}

#[test]
fn a_deadline_by_a_quarter_or_by_the_end_of_a_month_is_its_last_day() {
    let got = values(
        "The plant will be completed by the third quarter of 2021. Work began in the second \
         quarter of 2020. By the end of last March, 20 licences were issued, and more by \
         end-June this year.",
        "2023-06-01",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("by the third quarter of 2021", "2021-09-30"),
            ("2020", "2020"),
            ("By the end of last March", "2023-03-31"),
            ("end-June this year", "2023-06-30"),
        ]
    );
}

#[test]
fn a_year_after_a_bound_or_paired_with_a_year_is_a_date_and_a_count_is_not() {
    let got = values(
        "It will operate until at least 2035. Sales rose from $839 million for the whole of 2021. \
         Before 2030 it aims to build two lines. In 2020 and 2021 it will invest more. It will \
         hire 2000 people before 2000 more join.",
        "2024-01-10",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    for want in [("2035", "2035"), ("2021", "2021"), ("2030", "2030"), ("In 2020", "2020")] {
        assert!(got.contains(&want), "{want:?} in {got:?}");
    }
    assert_eq!(got.iter().filter(|(_, v)| *v == "2021").count(), 2, "{got:?}");
    assert!(!got.iter().any(|(_, v)| *v == "2000"), "{got:?}");
}

#[test]
fn a_weekday_that_recurs_is_no_date_and_the_start_of_a_year_is_its_year() {
    let got = values(
        "The state holds a signing event every Monday. By the start of 2027, Saronic will ramp \
         up operations.",
        "2026-01-01",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("By the start of 2027", "2027")]);
}

#[test]
fn a_month_after_plans_for_a_start_is_ahead() {
    let got = values(
        "The Chinese firm, which is state-owned, plans for construction to begin in March.",
        "2011-01-17",
    );
    assert_eq!(got, [("in March".to_owned(), "2011-03".to_owned())]);
}

#[test]
fn a_horizon_during_the_next_years_and_a_month_a_document_should_be_presented_are_ahead() {
    let got = values(
        "The state promised incentives in 2017. The document should be presented to the \
         government in June, the minister said. The investment will create 60 jobs during the \
         next three years.",
        "2018-04-05",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("in 2017", "2017"),
            ("in June", "2018-06"),
            ("during the next three years", "2021-04-05"),
        ]
    );
}

#[test]
fn a_span_back_needs_no_preposition_when_it_is_counted() {
    let got = values(
        "We've been growing at twice the national average the last three years. The past year's \
         results were strong, and the last three months of the year were slow.",
        "2012-12-11",
    );
    assert_eq!(got, [("the last three years".to_owned(), "2009-12-11".to_owned())]);
}

#[test]
fn in_the_end_of_a_year_is_its_last_day_as_at_the_end_of_it() {
    let got = values("Samsung bought the factory in the end of 2009.", "2011-05-30");
    assert_eq!(got, [("the end of 2009".to_owned(), "2009-12-31".to_owned())]);
}

#[test]
fn a_month_glued_to_its_day_a_bare_end_of_a_year_and_a_years_total_are_dates() {
    let got = values(
        "Amman, Sep.20 (Petra) - The ministry will set up 12 factories before end of 2023, after \
         67 contracts were approved in all of 2021; the 2022 total is higher.",
        "2023-09-20",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("2021", "2021"),
            ("Sep.20", "2023-09-20"),
            ("end of 2023", "2023-12-31"),
            ("2022", "2022"),
        ]
    );
}

#[test]
fn every_year_of_a_list_after_a_word_of_time_is_a_date() {
    let got = values(
        "Meets were organized in 2001, 2012 and 2018, and during 2019, 2020, and 2021 it grew. \
         It employs 1,200 workers and 2020 contractors.",
        "2021-07-15",
    );
    let mut got: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    got.sort_unstable();
    assert_eq!(got, ["2001", "2012", "2018", "2019", "2020", "2021"]);
}

#[test]
fn in_a_number_of_years_is_a_horizon_unless_it_is_looked_back_on() {
    let got = values(
        "The firm will create 272 jobs, a figure expected to grow to 290 jobs in five years. \
         The economy grew at its slowest pace in three years, and for the first time in ten \
         years the plant closed. This is the first attempt to lure investment to the port in \
         five years.",
        "2024-05-23",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("in five years", "2029-05-23"), ("in five years", "2019-05-23")]);
}

#[test]
fn a_plant_to_be_set_up_and_a_contract_that_ends_look_ahead_but_a_plan_overtaken_looks_back() {
    let got = values(
        "Among the new projects is an ammonia plant to be set up in July by PT Panca Amara \
         Utama.",
        "2015-03-31",
    );
    assert_eq!(got, [("in July".to_owned(), "2015-07".to_owned())]);
    let got = values(
        "There could be 300 more redundancies if a contract ends in September.",
        "2009-07-03",
    );
    assert_eq!(got, [("in September".to_owned(), "2009-09".to_owned())]);
    let got = values(
        "Visteon closed its doors last Tuesday. Officials had been due to meet on Wednesday.",
        "2009-04-06",
    );
    assert_eq!(got.last().map(|(_, v)| v.as_str()), Some("2009-04-01"));
}

#[test]
fn days_to_come_a_month_as_of_or_of_wages_a_year_s_middle_and_a_grant_announced_before() {
    let got = values(
        "In 90 days it will be on sale. Wages for the month of August can be paid. Production \
         will begin as of May. The ceremony is scheduled for the middle of 2018. The plant will \
         be done by the year 2029. It will be the first recipient of the grant announced in \
         October by the government.",
        "2015-08-18",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("In 90 days", "2015-11-16"),
            ("the month of August", "2015-08"),
            ("May", "2016-05"),
            ("the middle of 2018", "2018"),
            ("by the year 2029", "2029-12-31"),
            ("in October", "2014-10"),
        ]
    );
}

#[test]
fn a_weekday_after_as_soon_as_is_the_next_one() {
    // 2011-10-25 is a Tuesday.
    let got = values("The loan could be paid off as soon as Wednesday.", "2011-10-25");
    assert_eq!(got, [("Wednesday".to_owned(), "2011-10-26".to_owned())]);
}

#[test]
fn a_month_after_work_to_start_in_a_headline_is_still_to_come() {
    let got = values("Work to start on Puerto Cortes Container Terminal in October", "2013-02-04");
    assert_eq!(got, [("in October".to_owned(), "2013-10".to_owned())]);
    let got = values("The plant opened in October.", "2013-02-04");
    assert_eq!(got, [("in October".to_owned(), "2012-10".to_owned())]);
}

#[test]
fn weeks_to_come_are_counted_in_days_from_the_article() {
    let got = values("Contracts will be signed in the next two weeks.", "2015-07-28");
    assert_eq!(got, [("in the next two weeks".to_owned(), "2015-08-11".to_owned())]);
}

#[test]
fn a_time_of_day_after_by_is_no_year_to_meet() {
    let got = values("Its shares rose 18% by 1045 GMT. It will open by 2045.", "2023-05-16");
    assert_eq!(got, [("by 2045".to_owned(), "2045-12-31".to_owned())]);
}
