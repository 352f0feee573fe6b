//! Horizons counted from the day the text gives its news. "Nestle is set to invest $100 million
//! over the next three years, Petro said on Friday", in an article dated the Saturday: the three
//! years run from the Friday the pledge was made, not from the day it was printed. A horizon
//! the sentences around it already counted from a moment of their own keeps that moment; one
//! counted from the article's date moves to the day of the news: the first day the text names
//! in the week before the article's date, unless a weekday it names before that is the
//! article's own day ("said on Thursday" in Thursday's paper; "On July 20" after it is another
//! event).

use chrono::{NaiveDate, TimeDelta};

use super::from_point;
use crate::draft::Candidate;

/// How many days before the article's date its news may have happened.
const WEEK: i64 = 7;

/// Counts again, from the day the text gives its news, each horizon of `out` at the indexes
/// of `horizons` (with its length in months) and each span looked back on at the indexes of
/// `back` ("growth of seven per cent in the last 10 years", said at yesterday's signing) that
/// was counted from the article's date.
pub(super) fn recount(
    text: &str,
    out: &mut [Candidate],
    horizons: &[(usize, u32)],
    back: &[usize],
    published: NaiveDate,
) {
    // A span looked back on names no day of news: it is what is counted again.
    let told = out.iter().enumerate().filter(|(i, _)| !back.contains(i)).map(|(_, c)| c);
    let Some(day) = news_day(text, told, published) else {
        return;
    };
    for &i in back {
        let Some(c) = out.get_mut(i) else {
            continue;
        };
        let Ok(from) = NaiveDate::parse_from_str(&c.value, "%Y-%m-%d") else {
            continue;
        };
        let Some(value) = from.checked_add_signed(day - published) else {
            continue;
        };
        c.value = value.to_string();
        let said = &text[c.start..c.end];
        c.why = format!(
            "`{said}` looks back from {day}, the day the text gives its news (the article is \
             dated {published})"
        );
    }
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

/// The day the text gives its news, when it is before the article's date: the first day it
/// names in the week before ("said on Friday", "on Saturday, during a meeting"), unless a
/// weekday alone naming the article's own day comes first ("on Thursday"; a date line's
/// "Wednesday, 11 January 2023" is the article's date, not its news).
pub(super) fn news_day<'a>(
    text: &str,
    told: impl IntoIterator<Item = &'a Candidate>,
    published: NaiveDate,
) -> Option<NaiveDate> {
    let weekday = |c: &Candidate| {
        let said = text[c.start..c.end].to_lowercase();
        crate::draft::WEEKDAYS.iter().any(|w| said.contains(&w.to_lowercase()))
            && !said.contains(|ch: char| ch.is_ascii_digit())
    };
    let (_, day) = told
        .into_iter()
        .filter_map(|c| Some((c, NaiveDate::parse_from_str(&c.value, "%Y-%m-%d").ok()?)))
        .filter(|&(c, d)| {
            let before = d < published && published - d <= TimeDelta::days(WEEK);
            before || (d == published && weekday(c))
        })
        .min_by_key(|&(c, _)| c.start)?;
    (day < published).then_some(day)
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
    fn the_articles_own_weekday_named_first_keeps_its_date() {
        // 2020-07-23 is a Thursday.
        let got = values(
            "The state signed agreements on Thursday. On July 20, it met investors. One will \
             invest over the next 10 years.",
            "2020-07-23",
        );
        assert!(got.contains(&("over the next 10 years".into(), "2030-07-23".into())), "{got:?}");
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

    #[test]
    fn a_span_a_speaker_looked_back_on_counts_from_the_day_of_the_news() {
        let got = values(
            "Nigeria, yesterday, signed a deal with GE.\n\
             He said, \"This is the beginning. Growth was seven per cent in the last 10 years.\n\
             Over the past two days, the agency approved 55 projects.",
            "2013-02-01",
        );
        assert!(got.contains(&("in the last 10 years".into(), "2003-01-31".into())), "{got:?}");
        // Told by the text, not by a speaker, the span counts from the article's date.
        assert!(got.contains(&("Over the past two days".into(), "2013-01-30".into())), "{got:?}");
    }
}
