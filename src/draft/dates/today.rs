//! The day a "today" means when the text tells it: a date set beside it ("supervised today,
//! Tuesday, May 30, 2023": that date, whatever day the article is printed), or, in a
//! quotation, the day the text says the news was announced ("Google on Monday announced ...
//! “today, Google is here”" in Tuesday's article: the Monday the words were said); and any
//! relative date in a release the text reprints, from the day the release was issued.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;
use chrono::NaiveDate;

use super::ascii_words;
use super::relative::Point;
use crate::draft::Candidate;

/// What may stand between "today" and the date set beside it: a comma or an opening bracket,
/// and a weekday.
static BESIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)^\s*[,(]\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*)?$",
    ))
    .expect("a valid pattern")
});

/// The day of a date set right after "today" (which ends at `end`), among the `points` the
/// text names.
pub(super) fn apposed(text: &str, end: usize, points: &[Point]) -> Option<NaiveDate> {
    let point = points.iter().filter(|p| p.start >= end).min_by_key(|p| p.start)?;
    let between = text.get(end..point.start)?;
    BESIDE.is_match(between).then(|| NaiveDate::parse_from_str(&point.value, "%Y-%m-%d").ok())?
}

/// The day the text gives its news, for a "today" at `at` inside a quotation: words quoted
/// were said that day, not on the day they were printed. Days named inside quotations are
/// the speaker's, not the news's ("Somebody asked me yesterday").
pub(super) fn quoted(
    text: &str,
    at: usize,
    named: &[Candidate],
    published: NaiveDate,
) -> Option<NaiveDate> {
    if !in_quotation(text, at) {
        return None;
    }
    let told = named.iter().filter(|c| !in_quotation(text, c.start) && announced(text, c));
    super::horizons::news_day(text, told, published)
}

/// The day of a release the text reprints, for a relative date at `at` after the line that
/// introduces it ("Gov. Greg Abbott issued the following news release on Oct. 13, 2023:" in a
/// wire printed on the 14th): the release's "today" is the 13th.
pub(super) fn released(text: &str, at: usize, points: &[Point]) -> Option<NaiveDate> {
    static RELEASE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"(?i)\b(?:issued|released|published|sent|distributed) the following (?:news |press |media )?(?:release|statement|announcement)\b[^\n]*:\s*$",
        ))
        .expect("a valid pattern")
    });
    let point = points.iter().filter(|p| p.end <= at).find(|p| {
        let start = text[..p.start].rfind('\n').map_or(0, |i| i + 1);
        let end = text[p.end..].find('\n').map_or(text.len(), |i| p.end + i);
        RELEASE.is_match(&text[start..end])
    })?;
    NaiveDate::parse_from_str(&point.value, "%Y-%m-%d").ok()
}

/// Whether the sentence that names a day says something was announced or said on it ("Google
/// on Monday announced"), not that something else happened ("The plant opened on 10 November").
fn announced(text: &str, day: &Candidate) -> bool {
    static SPOKE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"(?i)\b(?:announced|announces|said|says|signed|unveiled|revealed|stated|told)\b",
        ))
        .expect("a valid pattern")
    });
    let start = text[..day.start].rfind(['.', '\n']).map_or(0, |i| i + 1);
    let end = text[day.end..].find(['.', '\n']).map_or(text.len(), |i| day.end + i);
    SPOKE.is_match(&text[start..end])
}

/// Whether `at` falls inside a quotation opened on its line.
fn in_quotation(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..at];
    line.matches('“').count() > line.matches('”').count() || line.matches('"').count() % 2 == 1
}

#[cfg(test)]
mod tests {
    use crate::draft::dates::tests::values;

    #[test]
    fn a_date_beside_today_is_its_day() {
        let got = values(
            "The Prime Minister supervised today, Tuesday, May 30, 2023 in Agadir, the signing.",
            "2023-05-31",
        );
        assert!(got.contains(&("today".into(), "2023-05-30".into())), "{got:?}");
        let got = values("The plant opened today (June 3, 2024).", "2024-06-04");
        assert!(got.contains(&("today".into(), "2024-06-03".into())), "{got:?}");
    }

    #[test]
    fn today_in_a_reprinted_release_is_the_day_it_was_issued() {
        let got = values(
            "AUSTIN, Texas, Oct. 14 -- Gov. Greg Abbott issued the following news release on Oct. \
             13, 2023:\nGovernor Greg Abbott today announced a new facility.",
            "2023-10-14",
        );
        assert!(got.contains(&("today".into(), "2023-10-13".into())), "{got:?}");
        let got = values("He said on Oct. 13, 2023 that the plant opened today.", "2023-10-14");
        assert!(got.contains(&("today".into(), "2023-10-14".into())), "{got:?}");
    }

    #[test]
    fn a_date_further_on_is_not_today() {
        let got = values("The plant opened today. On May 30, 2023 it was planned.", "2023-06-04");
        assert!(got.contains(&("today".into(), "2023-06-04".into())), "{got:?}");
    }

    #[test]
    fn today_in_a_quotation_is_the_day_of_the_news() {
        // 2025-10-14 is a Tuesday.
        let got = values(
            "Google on Monday announced an investment. The minister attended. \"We brought \
             Microsoft earlier, and today, Google is here,\" he said.",
            "2025-10-14",
        );
        assert!(got.contains(&("today".into(), "2025-10-13".into())), "{got:?}");
    }

    #[test]
    fn today_outside_a_quotation_keeps_the_articles_date() {
        let got = values(
            "Google on Monday announced an investment. The minister is visiting today.",
            "2025-10-14",
        );
        assert!(got.contains(&("today".into(), "2025-10-14".into())), "{got:?}");
    }

    #[test]
    fn a_day_named_in_a_quotation_is_not_the_news() {
        let got = values(
            "The minister came today. \"Somebody asked me yesterday what I would do.\"\n\"I'm \
             thrilled to be here today,\" he said.",
            "2022-07-07",
        );
        assert!(!got.contains(&("today".into(), "2022-07-06".into())), "{got:?}");
    }
}
