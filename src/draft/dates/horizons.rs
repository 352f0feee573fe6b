//! Horizons counted from the day the text gives its news. "Nestle is set to invest $100 million
//! over the next three years, Petro said on Friday", in an article dated the Saturday: the three
//! years run from the Friday the pledge was made, not from the day it was printed. A horizon
//! the sentences around it already counted from a moment of their own keeps that moment; one
//! counted from the article's date moves to the first day of the week before it that the text
//! names, wherever in the text it names it.

use chrono::{NaiveDate, TimeDelta};

use super::from_point;
use crate::draft::Candidate;

/// How many days before the article's date its news may have happened.
const WEEK: i64 = 7;

/// Counts again, from the day the text gives its news, each horizon of `out` at the indexes
/// of `horizons` (with its length in months) that was counted from the article's date.
pub(super) fn recount(
    text: &str,
    out: &mut [Candidate],
    horizons: &[(usize, u32)],
    published: NaiveDate,
) {
    let Some(day) = news_day(out, published) else {
        return;
    };
    for &(i, months) in horizons {
        let Some(value) = from_point(months, &day.to_string(), published) else {
            continue;
        };
        let Some(c) = out.get_mut(i) else {
            continue;
        };
        let said = &text[c.start..c.end];
        c.why = format!(
            "`{said}` counted from {day}, the day the text gives its news (the article is dated \
             {published})"
        );
        c.value = value;
    }
}

/// The first day the text names in the week before the article's date: the day its news
/// happened ("said on Friday", "on Saturday, during a meeting").
fn news_day(out: &[Candidate], published: NaiveDate) -> Option<NaiveDate> {
    out.iter()
        .filter_map(|c| Some((c.start, NaiveDate::parse_from_str(&c.value, "%Y-%m-%d").ok()?)))
        .filter(|&(_, d)| d < published && published - d <= TimeDelta::days(WEEK))
        .min_by_key(|&(start, _)| start)
        .map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use crate::draft::dates::tests::values;

    #[test]
    fn a_horizon_counts_from_the_day_the_news_was_made() {
        // 2023-01-28 is a Saturday.
        let got = values(
            "Nestle is set to invest $100 million over the next three years, President Gustavo \
             Petro said on Friday.",
            "2023-01-28",
        );
        assert!(
            got.contains(&("over the next three years".into(), "2026-01-27".into())),
            "{got:?}"
        );
    }

    #[test]
    fn the_day_may_come_after_the_horizon() {
        // 2024-09-08 is a Sunday.
        let got = values(
            "The investment aims to create 11,000 direct jobs within three years. The \
             announcement came during a meeting on Saturday.",
            "2024-09-08",
        );
        assert!(got.contains(&("within three years".into(), "2027-09-07".into())), "{got:?}");
    }

    #[test]
    fn with_no_day_before_the_article_the_horizon_counts_from_its_date() {
        let got = values(
            "The company will invest $5 million over the next five years. It said so today.",
            "2024-09-08",
        );
        assert!(got.contains(&("over the next five years".into(), "2029-09-08".into())), "{got:?}");
        // A day weeks before is another event, not the day of the news.
        let got = values(
            "The plant opened on August 1. The company will invest over the next five years.",
            "2024-09-08",
        );
        assert!(got.contains(&("over the next five years".into(), "2029-09-08".into())), "{got:?}");
    }
}
