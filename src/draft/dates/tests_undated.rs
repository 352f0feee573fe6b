//! An article's date given at its end or by a dateline without its year, a year a plan was
//! changed to, the years that name a programme, a summit or an annual report, and a year a
//! word leads to ("in 2018") with no article date.

use super::published::published;
use super::tests::values;

#[test]
fn the_articles_end_gives_its_date_when_the_top_does_not() {
    let text = "Title\n\nThe ministry said on Monday.\n\n(Bloomberg Adria, 26.12.2022)\n";
    let found = published(text).unwrap();
    assert_eq!((&text[found.start..found.end], found.value.as_str()), ("26.12.2022", "2022-12-26"));
    let text = "Title\n\nIt was said.\n\nPublished: May 7, 2023\n";
    assert_eq!(published(text).map(|c| c.value).as_deref(), Some("2023-05-07"));
    // A source line with its date in brackets, far down a long text.
    let text =
        format!("Title\n{}\nIt was said.\n\nSource : yonhap news (Oct. 8 2019)\n", "\n".repeat(12));
    assert_eq!(published(&text).map(|c| c.value).as_deref(), Some("2019-10-08"));
    // A date in the last lines that no label or bracket marks is the text's, not the page's.
    let text = format!(
        "Title\n{}\nThe plant, the company said, opened on May 7, 2023.\n",
        "\n".repeat(12)
    );
    assert!(published(&text).is_none());
    // A release line may carry the page's sections after its date.
    let text = "Title\n\nIt was said today.\n\nReleased: 5.May 2016, v Motory, Manufacturers.\n";
    let found = published(text).unwrap();
    assert_eq!((&text[found.start..found.end], found.value.as_str()), ("5.May 2016", "2016-05-05"));
    // Nor does an ambiguous date in figures give a day alone.
    assert!(published("Title\n\nIt was said.\n\nPublished: 9/12/2018\n").is_none());
}

#[test]
fn a_dateline_without_its_year_takes_the_year_of_the_articles_end() {
    let text = "Title\n\n18:37 | Lima, Sep. 12.\n\nThe president on Wednesday affirmed it.\n\n\
                Published: 9/12/2018\n";
    let found = published(text).unwrap();
    assert_eq!((&text[found.start..found.end], found.value.as_str()), ("Sep. 12", "2018-09-12"));
    let got = values(text, &found.value);
    assert!(got.contains(&("9/12/2018".to_owned(), "2018-09-12".to_owned())), "{got:?}");
    // Read day first, the end's date would fall in January, and the dateline in the year before.
    let text = "Title\n\n10:39 | Lima, Jun. 1.\n\nThe president announced Friday.\n\n\
                Published: 6/1/2018\n";
    assert_eq!(published(text).map(|c| c.value).as_deref(), Some("2018-06-01"));
}

#[test]
fn a_year_a_plan_was_changed_to_is_a_date() {
    let got = values(
        "Production would have started in mid-2020. This later changed to 2021.",
        "2019-10-01",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|(s, v)| (s.as_str(), v.as_str())).collect();
    assert_eq!(got, [("in mid-2020", "2020"), ("2021", "2021")]);
}

#[test]
fn the_year_of_a_vision_a_summit_or_an_annual_report_is_a_date() {
    let text = "one of the pillars of Vision 2030, at the Global Investor Summit 2023 and in \
                its 2022 annual report, not at Expo 2025.";
    let got = values(text, "2023-10-05");
    let got: Vec<(&str, &str)> = got.iter().map(|(s, v)| (s.as_str(), v.as_str())).collect();
    assert_eq!(got, [("2030", "2030"), ("2023", "2023"), ("2022", "2022")]);
}

#[test]
fn a_year_a_word_leads_to_needs_no_article_date() {
    let text = "The second plant will start in 2018, serving demand from 2029 to 2030. It was sold \
                for $5 million last year.";
    let got: Vec<(String, String)> = super::find(text, None)
        .into_iter()
        .map(|c| (text[c.start..c.end].to_owned(), c.value))
        .collect();
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, [("in 2018", "2018"), ("from 2029", "2029"), ("to 2030", "2030")]);
}
