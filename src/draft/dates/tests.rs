use super::*;

pub(super) fn values(text: &str, published: &str) -> Vec<(String, String)> {
    let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
    find(text, Some(published))
        .into_iter()
        .map(|c| (text[c.start..c.end].to_owned(), c.value))
        .collect()
}

/// Spans and values as `values` gives them, from their literals.
fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(span, value)| ((*span).to_owned(), (*value).to_owned())).collect()
}

#[test]
fn relative_dates_resolve_against_the_article() {
    let got = values(
        "On Tuesday he met them; yesterday it said so, last month too, by the end of 2020, \
         over the next four years, on January 10, 2017, in April.",
        "2016-12-08",
    );
    let want = [
        ("On Tuesday", "2016-12-06"),
        ("yesterday", "2016-12-07"),
        ("last month", "2016-11"),
        ("by the end of 2020", "2020-12-31"),
        // From the Tuesday they met, the day the text gives its news.
        ("over the next four years", "2020-12-06"),
        ("January 10, 2017", "2017-01-10"),
        ("in April", "2016-04"),
    ];
    let mut got = got;
    got.sort_by_key(|(t, _)| t.clone());
    let mut want = owned(&want);
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn months_of_years_spans_of_years_and_weeks_resolve() {
    let got = values(
        "In February of 2011 it began; four years ago, two months ago, over four years, \
         over 15 years, this week, in early 2017.",
        "2021-04-20",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("February of 2011", "2011-02"),
            ("four years ago", "2017"),
            ("two months ago", "2021-02"),
            ("over four years", "2025-04-20"),
            ("over 15 years", "2036-04-20"),
            ("this week", "2021-04"),
            ("in early 2017", "2017"),
        ]
    );
    let got = values(
        "By the end of the decade, and since opening the site over 40 years ago, by the end of \
         the year.",
        "2022-10-04",
    );
    assert!(values("It began 3000 years ago.", "2022-10-04").is_empty());
    // Without its article: "by end of this year".
    let plain = values("The plant should be ready by end of this year.", "2014-09-12");
    assert_eq!(plain, [("by end of this year".to_owned(), "2014-12-31".to_owned())]);
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("40 years ago", "1982"),
            ("By the end of the decade", "2029-12-31"),
            ("by the end of the year", "2022-12-31"),
        ]
    );
}

#[test]
fn a_sentence_counts_from_the_moment_the_text_names_before_it() {
    let got = values(
        "It will grow over the next decade. A plant opened in March 2019 will grow over the \
         next five years. Staff leave on Jan. 11, 2018. This is a change from the date in \
         December. Jan. 11 is the last day, in keeping with our 2016 commitment. The company \
         announced in June that over the next three years it expects to hire.",
        "2017-11-03",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("March 2019", "2019-03"),
            ("Jan. 11, 2018", "2018-01-11"),
            ("Jan. 11", "2018-01-11"),
            ("over the next decade", "2027-11-03"),
            ("over the next five years", "2022-11-03"),
            ("in December", "2017-12"),
            ("2016", "2016"),
            ("in June", "2017-06"),
            ("over the next three years", "2020-06"),
        ]
    );
}

#[test]
fn a_date_ending_the_title_or_below_a_byline_is_the_articles() {
    let text = "Carrier Statement Regarding Indianapolis Operations – Nov. 3, 2017\n\nText.";
    assert_eq!(published(text).unwrap().value, "2017-11-03");
    let text = "Title\n\nBy Scott Canon\n\nDecember 28, 2016 05:01 PM\n\nSprint on Wednesday";
    assert_eq!(published(text).unwrap().value, "2016-12-28");
    let got = values(text, "2016-12-28");
    assert!(got.contains(&("December 28, 2016".to_owned(), "2016-12-28".to_owned())), "{got:?}");
}

#[test]
fn the_site_clock_is_not_the_article_date() {
    let text =
        "Thursday, December 18, 2025 | 03:57 AM IST\nTitle\n\nTOKYO, Dec. 7, 2016 - Son said";
    assert_eq!(published(text).unwrap().value, "2016-12-07");
    // The same stamp under the title is the article's own.
    let text =
        "Title\n\nMon, July 29, 2024 | 5:11 pm GMT+7\n\nSailun said on Monday it will invest.";
    assert_eq!(published(text).unwrap().value, "2024-07-29");
}

#[test]
fn an_uploaded_line_gives_the_articles_date() {
    let text = "Title\n\nUploaded on: June 21, 2023 10:52:07 43\n\nThe governor said it.";
    assert_eq!(published(text).unwrap().value, "2023-06-21");
}

#[test]
fn a_weekday_before_a_day_first_date_is_one_date() {
    let got = values(
        "around yesterday’s [Monday 14 October 2024] summit, on the 3rd of May",
        "2024-10-15",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("Monday 14 October 2024", "2024-10-14"),
            ("3rd of May", "2024-05-03"),
            ("yesterday", "2024-10-14")
        ]
    );
}

#[test]
fn months_look_back_unless_the_sentence_looks_ahead() {
    let got = values(
        "It opened in April. Work is expected to start in April or May. It grew last January, \
         and will finish by the end of this year or early 2024.",
        "2023-03-09",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("in April", "2022-04"),
            ("May", "2023-05"),
            ("in April", "2023-04"),
            ("last January", "2023-01"),
            ("by the end of this year", "2023-12-31"),
            ("early 2024", "2024"),
        ]
    );
}

#[test]
fn a_dateline_or_a_date_line_below_the_title_is_the_articles_date() {
    let text = "date 2021-10-29 FRANKFORT, Ky. (Oct. 28, 2021) – On Thursday the governor spoke.";
    assert_eq!(published(text).unwrap().value, "2021-10-28");
    let text = "Title of the story\n\nOctober 24, 2019 4:18 am\n\nRICHMOND — A company said.";
    assert_eq!(published(text).unwrap().value, "2019-10-24");
    assert!(values(text, "2019-10-24").contains(&("October 24, 2019".into(), "2019-10-24".into())));
    let text = "Title\n\nPublished 14 October 2024\n\nText.";
    assert_eq!(published(text).unwrap().value, "2024-10-14");
    let text = "Title\n\nUpdated: October 14, 2024 10:32 AM ET\n\nText.";
    assert_eq!(published(text).unwrap().value, "2024-10-14");
}

#[test]
fn tomorrow_next_week_and_the_end_of_next_year_resolve() {
    let got = values(
        "It opens tomorrow, talks go on next week, and it ends by the end of next year.",
        "2024-10-16",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("tomorrow", "2024-10-17"),
            ("next week", "2024-10-21 week"),
            ("by the end of next year", "2025-12-31"),
        ]
    );
}

#[test]
fn seasons_and_years_a_plan_moves_to_are_years() {
    let got = values(
        "It will be done between now and the summer of 2026. It planned to start in 2024 but \
         pushed back the target date to 2025. Output rose from 2019 to 2020 levels.",
        "2025-02-17",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("the summer of 2026", "2026"),
            ("in 2024", "2024"),
            ("2025", "2025"),
            ("from 2019", "2019")
        ]
    );
}

#[test]
fn the_years_that_bound_a_span_are_each_a_date() {
    let got =
        values("It spent 1.51 trillion yen from 2011 to 2022 to build up capacity.", "2024-01-19");
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("2011", "2011"), ("2022", "2022")]);
}

#[test]
fn today_after_a_headline_and_a_span_after_a_meeting_resolve() {
    let got = values(
        "Chick-fil-A brings a center to Georgia\n\nToday Governor Kemp announced it. \
         Beijing Today reported it.",
        "2019-04-18",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("Today", "2019-04-18")]);
    let got = values(
        "Sunday's meeting included business leaders.\n\nSamsung promised to invest 450 \
         trillion won over the next five years.",
        "2025-11-17",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("Sunday", "2025-11-16"), ("over the next five years", "2030-11-16")]);
}

#[test]
fn a_weekday_with_its_date_keeps_its_on() {
    let got = values(
        "It announced on Friday, May 2, a plan; On Monday, June 9, 2025, it began.",
        "2025-05-05",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [("On Monday, June 9, 2025", "2025-06-09"), ("on Friday, May 2", "2025-05-02")]
    );
}

#[test]
fn parts_of_months_and_this_past_or_coming_months_are_months() {
    let got = values(
        "It closed this past January; he spoke in late September, by mid-March and early \
         July; it opens this coming August.",
        "2011-06-28",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("this past January", "2011-01"),
            ("in late September", "2010-09"),
            ("mid-March", "2011-03"),
            ("early July", "2010-07"),
            ("this coming August", "2011-08")
        ]
    );
    let got = values("It closed this past Monday.", "2011-06-28");
    assert_eq!(got, [("this past Monday".to_owned(), "2011-06-27".to_owned())]);
}

#[test]
fn a_year_before_a_study_or_a_code_is_a_date() {
    let got = values(
        "The 2024 Mining Code allows it. For Kiaka, a 2024 feasibility study estimated costs.",
        "2025-08-29",
    );
    let want = [("2024".to_owned(), "2024".to_owned()), ("2024".to_owned(), "2024".to_owned())];
    assert_eq!(got, want);
}

#[test]
fn towards_the_middle_of_a_year_is_that_year() {
    let got =
        values("It was initially earmarked to begin towards the middle of 2015.", "2017-03-29");
    assert_eq!(got, [("towards the middle of 2015".to_owned(), "2015".to_owned())]);
}

#[test]
fn work_to_begin_looks_ahead_to_its_weekday() {
    // A headline said on a Wednesday.
    let got = values("Work to finally begin on Wyndham hotel this Friday", "2017-03-29");
    assert_eq!(got, [("Friday".to_owned(), "2017-03-31".to_owned())]);
    let got = values("The site was cleared this Monday.", "2017-03-29");
    assert_eq!(got, [("Monday".to_owned(), "2017-03-27".to_owned())]);
}

#[test]
fn seasons_with_a_direction_or_a_part_are_their_years() {
    let got = values(
        "It began last summer and this past spring, grew in late fall, and will open next \
         winter. Production will start in early summer. An early fall in sales, and acting \
         early may help.",
        "2024-05-10",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("last summer", "2023"),
            ("this past spring", "2024"),
            ("in late fall", "2023"),
            ("next winter", "2024"),
            ("in early summer", "2024")
        ]
    );
}

#[test]
fn a_day_earlier_or_the_same_day_counts_from_the_day_named_before() {
    let got = values(
        "It opened on Thursday. The party was held a day earlier. On Wednesday it hired, \
         and said so the same day; two weeks later it grew.\n\nTwo days before the vote, \
         nothing. A day earlier alone is nothing here.",
        "2023-10-13",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("on Thursday", "2023-10-12"),
            ("On Wednesday", "2023-10-11"),
            ("a day earlier", "2023-10-11"),
            ("the same day", "2023-10-11"),
            ("two weeks later", "2023-10-25")
        ]
    );
}

#[test]
fn the_same_day_names_the_day_named_last_however_far_back() {
    let got = values(
        "The ministry will offer subsidies, it said on Friday. This is the first project. \
         Investment will be $8.6 billion. The plan, approved by the ministry on the same day, \
         was submitted by TSMC.",
        "2022-06-17",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("on Friday", "2022-06-17"), ("the same day", "2022-06-17")]);
    // A deadline between them is no day named: the same day is the day approved.
    let got = values(
        "The cabinet approved aid on January 24. It has promised to create 120 new jobs by the \
         end of 2021, the newswire wrote on the same day.",
        "2018-01-25",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("January 24", "2018-01-24"),
            ("by the end of 2021", "2021-12-31"),
            ("the same day", "2018-01-24")
        ]
    );
}

#[test]
fn yesterday_in_a_quotation_counts_from_the_day_it_was_said() {
    let got = values(
        "\u{201c}Our announcement yesterday was part of it,\u{201d} a spokesman said in a \
         statement Thursday. Yesterday it grew.",
        "2016-12-30",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [("yesterday", "2016-12-28"), ("Thursday", "2016-12-29"), ("Yesterday", "2016-12-29")]
    );
}

#[test]
fn a_span_counts_from_an_announcement_before_it_only_when_it_points_back_to_it() {
    let other_step = values(
        "Google announced in March it chose Michigan. The company will create 1,000 jobs over \
         the next five years.",
        "2006-07-14",
    );
    assert!(other_step.contains(&("over the next five years".into(), "2011-07-14".into())));
    // A day of the week before the article is the day of its news, which a horizon counts from
    // wherever the text names it.
    let news_day = values(
        "Google announced Tuesday it chose Michigan. The company will create 1,000 jobs over \
         the next five years.",
        "2006-07-14",
    );
    assert!(news_day.contains(&("over the next five years".into(), "2011-07-11".into())));
    let pointing_back = values(
        "On August 6, 2025, Apple announced a commitment. This raised its pledge over the next \
         four years.",
        "2025-08-30",
    );
    assert!(pointing_back.contains(&("over the next four years".into(), "2029-08-06".into())));
}

#[test]
fn a_range_of_years_allows_the_longer_from_the_first_announcement_it_names() {
    let got = values("It will hire within two to three years.", "2020-10-05");
    assert_eq!(got, [("within two to three years".to_owned(), "2023-10-05".to_owned())]);
    let got = values(
        "It was in early 2017 that the company announced a plant. Now it is open. In its \
         original announcement it said the plant would, in three to four years, hire 3,000.",
        "2020-10-05",
    );
    assert!(got.contains(&("in three to four years".into(), "2021".into())), "{got:?}");
}

#[test]
fn spans_reaching_back_resolve_to_their_far_end() {
    let got = values(
        "It hired in the past three years, over the last 18 months and during the past six \
         weeks; it doubled over the past two years and told the state in the past two days.",
        "2023-11-17",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("in the past three years", "2020-11-17"),
            ("over the last 18 months", "2022-05-17"),
            ("during the past six weeks", "2023-10-06"),
            ("over the past two years", "2021-11-17"),
            ("in the past two days", "2023-11-15"),
        ]
    );
}

#[test]
fn within_a_year_is_a_horizon_and_a_year_ago_a_year() {
    let got = values(
        "It will open within a year, hire within one month and began a year ago.",
        "2023-11-17",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("a year ago", "2022"),
            ("within a year", "2024-11-17"),
            ("within one month", "2023-12-17")
        ]
    );
}

#[test]
fn horizons_with_a_part_of_a_year_keep_the_year() {
    let got = values("It opens by mid-2027 and hires early next year.", "2025-03-02");
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("mid-2027", "2027"), ("next year", "2026")]);
}

#[test]
fn the_past_year_and_the_last_decade_reach_back_as_counted_spans_do() {
    let got = values(
        "It grew in the past year, over the last decade and during the past month.",
        "2023-11-17",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("in the past year", "2022-11-17"),
            ("over the last decade", "2013-11-17"),
            ("during the past month", "2023-10-17"),
        ]
    );
}

#[test]
fn dates_in_figures_read_in_the_order_they_show() {
    let got = values(
        "It opened on 2024/03/05 and 2024.03.06, signed on 25/03/2024, closed on 12.04.2024 \
         and paid on 2024-04-30.",
        "2024-05-02",
    );
    assert_eq!(
        got,
        [
            ("2024/03/05".to_owned(), "2024-03-05".to_owned()),
            ("2024.03.06".to_owned(), "2024-03-06".to_owned()),
            ("25/03/2024".to_owned(), "2024-03-25".to_owned()),
            ("12.04.2024".to_owned(), "2024-04-12".to_owned()),
            ("2024-04-30".to_owned(), "2024-04-30".to_owned()),
        ]
    );
}

#[test]
fn an_ambiguous_date_in_figures_follows_the_texts_other_dates() {
    // Day first, as the other date in figures and the date in words show.
    let day_first = values("Signed 05/03/2024 and 25/03/2024.", "2024-04-01");
    assert_eq!(day_first[0], ("05/03/2024".to_owned(), "2024-03-05".to_owned()));
    let words = values("On 5 March 2024 and 06/03/2024.", "2024-04-01");
    assert_eq!(words[1], ("06/03/2024".to_owned(), "2024-03-06".to_owned()));
    // Month first, as "March 25, 2024" and 03/25/2024 write it.
    let month_first = values("On March 25, 2024 and 04/05/2024.", "2024-04-01");
    assert_eq!(month_first[1], ("04/05/2024".to_owned(), "2024-04-05".to_owned()));
    // The reading that names the article's own date line.
    let dated = values("date 2024-03-05\n\n05/03/2024 – 18:01\n", "2024-03-05");
    assert_eq!(dated[1], ("05/03/2024".to_owned(), "2024-03-05".to_owned()));
    // A United States dateline writes month first.
    let dateline = values("COLUMBIA, S.C. — The plant opened 04/05/2024.", "2024-06-01");
    assert_eq!(dateline, [("04/05/2024".to_owned(), "2024-04-05".to_owned())]);
    // Nothing tells: no guess.
    assert!(values("It opened 04/05/2024.", "2024-06-01").is_empty());
    // A part above 12 shows the order of the date that has it.
    let us = values("Filed 03/25/2024.", "2024-04-01");
    assert_eq!(us, [("03/25/2024".to_owned(), "2024-03-25".to_owned())]);
}

#[test]
fn a_day_of_the_month_alone_counts_from_the_month_named_before_it() {
    let got = values(
        "He confirmed this Tuesday afternoon, the 5th, the plan. It opens on the 21st. On \
         January 10, 2024 it met; talks end the 12th, for the 35th anniversary of the 21st \
         century, on the 21st of May, and on the 2nd and 3rd floors.",
        "2024-03-07",
    );
    let mut got = got;
    got.sort();
    let mut want = owned(&[
        ("Tuesday", "2024-03-05"),
        ("the 5th", "2024-03-05"),
        ("the 21st", "2024-03-21"),
        ("January 10, 2024", "2024-01-10"),
        ("the 12th", "2024-01-12"),
        ("21st of May", "2024-05-21"),
    ]);
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn a_span_after_this_month_announced_counts_from_that_month() {
    let got = values(
        "Earlier this month, Microsoft Corp. announced a plan to invest in Japan over the next \
         two years.",
        "2024-04-18",
    );
    assert_eq!(
        got,
        [
            ("this month".to_owned(), "2024-04".to_owned()),
            ("over the next two years".to_owned(), "2026-04".to_owned()),
        ]
    );
}

#[test]
fn a_months_data_is_of_the_latest_such_month() {
    let got = values("The jobless rate is 13.29 percent, according to October data.", "2011-11-23");
    assert_eq!(got, [("October data".to_owned(), "2011-10".to_owned())]);
    let got = values("November figures are due.", "2011-11-23");
    assert_eq!(got, [("November figures".to_owned(), "2010-11".to_owned())]);
}

#[test]
fn a_month_with_a_stray_mark_before_its_year_is_that_month() {
    let got = values(
        "Projects in Germany and Italy have been in standby status since May '2024.",
        "2026-02-07",
    );
    assert_eq!(got, [("May '2024".to_owned(), "2024-05".to_owned())]);
}

#[test]
fn a_date_in_capitals_is_read() {
    let got = values("SPEECH BY THE CHIEF MINISTER\n\n29TH NOVEMBER 2023\n", "2023-11-29");
    assert_eq!(got, [("29TH NOVEMBER 2023".to_owned(), "2023-11-29".to_owned())]);
}

#[test]
fn a_relative_year_s_quarter_by_which_work_ends_and_a_weekday_s_day_and_month_in_brackets() {
    let got = values(
        "The expansion will be completed by the second quarter of next year. The forum in \
         Jakarta on Tuesday (5/11) drew investors. Construction is expected to be completed by \
         June this year.",
        "2019-11-06",
    );
    let want = [
        ("by the second quarter of next year", "2020-06-30"),
        ("on Tuesday", "2019-11-05"),
        ("5/11", "2019-11-05"),
        ("by June this year", "2019-06-30"),
    ];
    assert_eq!(got, owned(&want));
}

#[test]
fn a_quarter_or_half_with_no_year_is_the_article_s_year_and_by_it_a_deadline() {
    let got = values(
        "The first vehicle sold from the plant will be in the fourth quarter, BAIC said. It \
         will open by the second half. Sales rose in the third quarter of 2017.",
        "2018-07-25",
    );
    let want =
        [("2017", "2017"), ("in the fourth quarter", "2018"), ("by the second half", "2018-12-31")];
    assert_eq!(got, owned(&want));
}

#[test]
fn the_largest_of_its_kind_in_years_looks_back_to_a_day() {
    let got = values(
        "It is said to be the single largest investment in South Africa in 40 years.",
        "2018-07-25",
    );
    assert_eq!(got, [("in 40 years".to_owned(), "1978-07-25".to_owned())]);
}

#[test]
fn a_dotted_date_with_a_stray_space_an_event_s_year_and_no_decision_number() {
    let got = values(
        "The Commission issued the decision C (2024) 5876 final of 13.08 .2024. The province \
         got commitments from the 2019 Central Java Investment Business Forum.",
        "2024-11-07",
    );
    let want = [("13.08 .2024", "2024-08-13"), ("2019", "2019")];
    assert_eq!(got, owned(&want));
}

#[test]
fn a_translated_date_line_with_of_the_before_its_year() {
    let got = values("Ciudad Victoria, Tamaulipas, November 11 of the 2021.", "2021-11-12");
    assert_eq!(got, owned(&[("November 11 of the 2021", "2021-11-11")]));
}

#[test]
fn a_headline_s_horizon_without_the() {
    let got =
        values("WuXi Biologics to create 400 jobs in Ireland over next five years", "2018-04-30");
    assert_eq!(got, owned(&[("over next five years", "2023-04-30")]));
}

#[test]
fn a_date_line_glued_to_the_first_paragraph_is_the_articles() {
    let text =
        "Title\nSeptember 20, 2024After six years of delays, the plant is nearing operation.";
    assert_eq!(published(text).unwrap().value, "2024-09-20");
    let got = values(text, "2024-09-20");
    assert_eq!(got, owned(&[("September 20, 2024", "2024-09-20")]));
}

#[test]
fn a_month_after_expecting_something_to_start_is_ahead() {
    let text = "“We expect production to start in March and exports to begin by May,” he said.";
    let want = [("in March", "2025-03"), ("by May", "2025-05-31")];
    assert_eq!(values(text, "2024-09-20"), owned(&want));
}

#[test]
fn a_weekday_with_its_month_and_day_in_brackets_is_that_day() {
    let text = "The opening ceremony will take place at the company's new plant in the \
                province on Friday (May 16).";
    let want = [("May 16", "2025-05-16"), ("on Friday", "2025-05-16")];
    assert_eq!(values(text, "2025-05-14"), owned(&want));
}

#[test]
fn after_some_years_is_a_horizon_only_for_what_is_to_come() {
    let text = "We also expect to employ over 1,000 Rwandans after two years. After six years \
                of delays, the plant opened. It closed after two years.";
    assert_eq!(values(text, "2014-07-18"), owned(&[("after two years", "2016-07-18")]));
}

#[test]
fn a_month_and_day_with_its_weekday_falls_in_the_year_of_that_weekday() {
    let text = "They were honored on Thursday, December 5, and will meet on Monday, March 3. \
                The fair opens December 6.";
    let want = [
        ("on Thursday, December 5", "2013-12-05"),
        ("on Monday, March 3", "2014-03-03"),
        ("December 6", "2014-12-06"),
    ];
    assert_eq!(values(text, "2014-01-13"), owned(&want));
}

#[test]
fn a_weekday_in_brackets_after_a_date_is_that_date() {
    let text = "The signing ceremony was held on October 27 (Friday) at the center.";
    let want = [("October 27", "2017-10-27"), ("Friday", "2017-10-27")];
    assert_eq!(values(text, "2017-11-07"), owned(&want));
}

#[test]
fn a_month_told_as_an_events_is_read_as_in_that_month() {
    let text = "Mamtek defaulted on its August bond payment. This initiative follows the \
                September announcement from SoftBank. The May government fell.";
    let want = [("August", "2011-08"), ("September", "2011-09")];
    assert_eq!(values(text, "2011-10-28"), owned(&want));
}

#[test]
fn tonight_the_next_years_after_for_and_a_season_after_in_the_resolve() {
    let text = "The council votes tonight. As we invest £1.5 billion a year for the next five \
                years, construction is slated to begin in the spring. Work should start in \
                October.";
    let want = [
        ("tonight", "2011-02-18"),
        ("for the next five years", "2016-02-18"),
        ("in the spring", "2011"),
        ("in October", "2011-10"),
    ];
    assert_eq!(values(text, "2011-02-18"), owned(&want));
}

#[test]
fn the_fall_is_a_season_only_where_it_ends_a_phrase_and_counts_while_under_way() {
    let text = "Construction begins in the fall. The gain came in the fall in prices. A second \
                phase starts in the fall of 2001.";
    let want = [("in the fall", "1999"), ("in the fall of 2001", "2001")];
    assert_eq!(values(text, "1999-10-04"), owned(&want));
}

#[test]
fn a_year_projects_are_lined_up_for_and_a_month_before_a_named_meeting_are_dates() {
    let text = "The ministry has several projects lined up for 2012. Tyson pulled the item from \
                the March Iowa Economic Development Authority Board Meeting.";
    let want = [("2012", "2012"), ("March", "2012-03")];
    assert_eq!(values(text, "2012-04-17"), owned(&want));
}

#[test]
fn a_bylines_date_after_a_bar_is_the_articles() {
    let text = "Plan for paper plant off\n\nOfficials express disappointment by Andrew Moreau | \
                March 17, 2020 at 7:22 a.m.\nThe company said so Monday.";
    assert_eq!(published(text).unwrap().value, "2020-03-17");
}

#[test]
fn a_bylines_date_after_double_slashes_is_the_articles() {
    let text = "OKC officials say incentives pay off\n\nBy: Brian Brus//The Journal Record//July \
                1, 2015\n\nOKLAHOMA CITY – Continental Resources is about to receive a check.";
    assert_eq!(published(text).unwrap().value, "2015-07-01");
    let text =
        "Morgan Olson repaid the grant\n\nBeth JoJack //December 3, 2024//\n\nThe firm said.";
    assert_eq!(published(text).unwrap().value, "2024-12-03");
}

#[test]
fn a_date_before_a_bar_and_a_byline_is_the_articles_and_the_years_of_a_span_are_dates() {
    let text = "County companies failed to meet grant promises\n\nNovember 03, 2007|By ROB \
                GEBHART, Daily American Staff Writer\n\nThe audit covered the years 2000 \
                through 2005.";
    assert_eq!(published(text).unwrap().value, "2007-11-03");
    let text = "The audit covered the grant program for the years 2000 through 2005.";
    assert_eq!(values(text, "2007-11-03"), owned(&[("2000", "2000"), ("2005", "2005")]));
}

#[test]
fn a_day_before_a_year_told_relatively_is_of_that_year() {
    let text = "The plant began operations on January 6 this year. Steelvision received the \
                money on 1 August last year.";
    let want = [("January 6 this year", "2011-01-06"), ("1 August last year", "2010-08-01")];
    assert_eq!(values(text, "2011-02-08"), owned(&want));
}

#[test]
fn a_deadline_month_told_in_the_past_perfect_looks_back() {
    let text = "But GE had created only 323 jobs by the end of April, the ministry said.";
    assert_eq!(values(text, "2018-06-18"), owned(&[("by the end of April", "2018-04-30")]));
    let text = "GE will hire 30 people by the end of April.";
    assert_eq!(values(text, "2018-06-18"), owned(&[("by the end of April", "2019-04-30")]));
}

#[test]
fn the_current_year_and_dates_with_dots_between_day_month_and_year_are_read() {
    let got = values(
        "It hopes to hire 700 in the current year; it was said on 16.Apr.2023 and 5.May.2019.",
        "2019-04-20",
    );
    let want =
        [("16.Apr.2023", "2023-04-16"), ("5.May.2019", "2019-05-05"), ("the current year", "2019")];
    assert_eq!(got, owned(&want));
}

#[test]
fn a_month_in_a_clause_told_in_the_past_after_a_verb_of_what_is_to_come_looks_back() {
    let got = values(
        "Construction will resume on the project, which had its certificate revoked in early \
         September. Production will start in September.",
        "2017-02-07",
    );
    assert_eq!(got, owned(&[("in early September", "2016-09"), ("in September", "2017-09")]));
}

#[test]
fn last_night_is_the_night_before() {
    let got = values("A spokesman for Invest NI last night confirmed it.", "2010-02-04");
    assert_eq!(got, owned(&[("last night", "2010-02-03")]));
}

#[test]
fn a_duty_told_in_the_past_looks_back_and_a_weekday_keeps_its_part_of_the_day() {
    let got = values(
        "Bloom was required to spend $36 million by the end of September. The board voted late \
         Wednesday afternoon, May 4, to spend more.",
        "2016-05-05",
    );
    let want =
        [("by the end of September", "2015-09-30"), ("Wednesday afternoon, May 4", "2016-05-04")];
    let mut got = got;
    got.sort();
    let mut want = owned(&want);
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn a_plant_that_is_to_start_in_the_fall_looks_ahead_to_the_next_one() {
    let text = "Mitsubishi is to start construction in the fall. The plant opened in the fall.";
    let want = [("in the fall", "2010"), ("in the fall", "2009")];
    assert_eq!(values(text, "2010-04-06"), owned(&want));
}

#[test]
fn a_day_told_with_a_past_verb_before_a_plan_is_in_the_year_before_the_article() {
    let got = values(
        "On 30th Dec, the company received a permit for its plan to build a pulp mill.",
        "2011-01-17",
    );
    assert_eq!(got, owned(&[("30th Dec", "2010-12-30")]));
    let got = values("On 30th Dec, the company will build the plant it received.", "2011-01-17");
    assert_eq!(got, owned(&[("30th Dec", "2011-12-30")]));
}

#[test]
fn a_decade_ago_the_beginning_of_a_month_and_years_a_war_bounds_are_dates() {
    let got = values(
        "It was founded more than a decade ago. It bought the plot at the beginning of November. \
         It worked ever since, save for the period between 1992 and 1997 due to the war.",
        "2022-11-29",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(
        got,
        [
            ("1992", "1992"),
            ("1997", "1997"),
            ("a decade ago", "2012"),
            ("at the beginning of November", "2022-11"),
        ]
    );
    assert!(values("It recalled doubts raised many a decade ago.", "2022-11-29").is_empty());
}

#[test]
fn a_month_after_a_signing_looks_back_and_a_forecasts_years_are_dates() {
    let got = values(
        "It says that Enterprise will produce green nickel, following the signing of a power \
         supply agreement with Zesco in November. As part of its 2024 to 2026 guidance, it \
         reiterated its plans.",
        "2024-01-17",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert!(got.contains(&("in November", "2023-11")), "{got:?}");
    assert!(got.iter().any(|(_, v)| *v == "2026"), "{got:?}");
}

#[test]
fn a_year_beyond_or_past_and_a_year_until_before_after_are_dates() {
    let got = values(
        "The deal keeps the smelter open beyond 2028. It will run past 2028, the minister said. \
         Toyota has only committed to local manufacturing until 2017 after announcing cuts.",
        "2012-03-20",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("2028", "2028"), ("2028", "2028"), ("2017", "2017")]);
}

#[test]
fn last_summer_said_in_august_is_the_summer_before() {
    let got = values("The plant closed last summer.", "2017-08-29");
    assert_eq!(got, [("last summer".to_owned(), "2016".to_owned())]);
    let got = values("The plant closed last summer.", "2017-10-02");
    assert_eq!(got, [("last summer".to_owned(), "2017".to_owned())]);
}

#[test]
fn a_year_after_fiscal_year_is_a_date() {
    let got = values("Its revenue in fiscal year 2021 was €497.6 million.", "2022-06-17");
    assert_eq!(got, [("2021".to_owned(), "2021".to_owned())]);
}
