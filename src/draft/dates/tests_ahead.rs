//! Weekdays still to come, a dateline's dash before a relative date, and a year named as a noun.

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
