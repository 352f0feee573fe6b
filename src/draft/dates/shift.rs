//! Days counted from another day the text names rather than from the article's date: "a day
//! earlier", "the same day", "two days later" after a day named before them, and "yesterday"
//! in a quotation said on a day the sentence names ("Our announcement yesterday ...," a
//! spokesman said Thursday).
//!
//! With no day named before it, such a phrase proposes nothing: the article's date would
//! only be a guess.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;

use super::relative::{Point, anchor, count};
use super::{ascii_words, date_at};
use crate::draft::{Candidate, spaced};

/// A shift of days or weeks from a day named before, or that day again.
static SHIFT: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&ascii_words(
        r"(?i)\b(?:(?P<n>a|one|two|three|four|five|six|seven|\d{1,2}) (?P<unit>days?|weeks?) (?P<dir>earlier|later|before|after)|(?P<same>the same day|that same day)|(?P<prev>the previous day|the day before)|(?P<next>the next day|the following day|the day after))\b",
    ))
});

/// Dates told as a shift from a day the text names in the same sentence or the one before.
pub(super) fn find(text: &str, sentences: &[(usize, usize)], out: &mut Vec<Candidate>) {
    let days: Vec<Point> = out
        .iter()
        .filter(|c| NaiveDate::parse_from_str(&c.value, "%Y-%m-%d").is_ok())
        .map(|c| Point { start: c.start, end: c.end, value: c.value.clone() })
        .collect();
    for caps in SHIFT.captures_iter(text) {
        let whole = caps.get(0).expect("a match has a whole span");
        let (start, end) = (whole.start(), whole.end());
        if out.iter().any(|c| c.start < end && start < c.end) {
            continue;
        }
        let get = |name: &str| caps.name(name).map(|m| m.as_str().to_lowercase());
        // "two days before the vote" counts from the vote, which has no date here.
        let relational = get("dir").is_some_and(|d| d == "before" || d == "after")
            || caps.name("prev").is_some_and(|m| m.as_str().ends_with("before"))
            || caps.name("next").is_some_and(|m| m.as_str().ends_with("after"));
        let next = text[end..].chars().next();
        if relational && next.is_some_and(|c| !".,;:)".contains(c)) {
            continue;
        }
        let days_moved = match (get("n"), get("unit"), get("dir")) {
            (Some(n), Some(unit), Some(dir)) => {
                let Some(n) = count(&n) else { continue };
                let n = i64::from(n) * if unit.starts_with("week") { 7 } else { 1 };
                if dir == "earlier" || dir == "before" { -n } else { n }
            }
            _ if caps.name("prev").is_some() => -1,
            _ if caps.name("next").is_some() => 1,
            _ => 0,
        };
        let Some(from) = anchor(&days, sentences, start, |_| true) else { continue };
        let Ok(day) = NaiveDate::parse_from_str(from, "%Y-%m-%d") else { continue };
        let value = (day + Duration::days(days_moved)).to_string();
        let why = format!("`{}` counted from {from}, the day named before it", whole.as_str());
        out.push(date_at(start, end, value, why));
    }
}

/// The day a quotation holding `at` was said, when the words after its closing quote name it
/// with a weekday ("...," a spokesman said in a statement Thursday): the latest such day up to
/// the article's date.
pub(super) fn spoken_on(text: &str, at: usize, published: NaiveDate) -> Option<NaiveDate> {
    static SAID: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"^[^“”\x22\n]*[”\x22][^\n.]{0,80}?\b(?:said|says|told|stated|wrote|added)\b[^\n.]{0,60}?\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        ))
        .expect("a valid pattern")
    });
    let weekday: Weekday = SAID.captures(&text[at..])?.name("wd")?.as_str().parse().ok()?;
    let back =
        (published.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
    Some(published - Duration::days(i64::from(back)))
}
