//! Two ways a day is told beside a date already read: "the end of June 2024", the last day of
//! the month it names, and "this Tuesday (6)", the day of the month in brackets after a
//! weekday, which names the same day again. It reads the text around a date found before;
//! the one date of its own it finds is a year's quarter or half named without its year.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;
use chrono::{Datelike, Months, NaiveDate};

use super::date_at;
use crate::draft::Candidate;

/// The words before a month of a year that make it the month's last day: "the end of June
/// 2024", "end-June", and "by December 2018", a deadline that runs to the month's end.
const END_OF: [&str; 4] = ["by the end of ", "the end of ", "end-", "by "];

/// Where "the end of" or "by" opens before a month of a year (`value` as `YYYY-MM`) at `start`,
/// and the last day of that month.
pub(super) fn month_end(text: &str, start: usize, value: &str) -> Option<(usize, String)> {
    if value.len() != 7 {
        return None;
    }
    let opens = |words: &str| {
        let from = start.checked_sub(words.len())?;
        let before = text.get(from..start)?;
        // "by" as a word of its own, not the end of "nearby".
        let word = text[..from].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        (before.eq_ignore_ascii_case(words) && word).then_some(from)
    };
    let from = END_OF.iter().find_map(|words| opens(words))?;
    Some((from, last_day(value)?))
}

/// The words before a part of a year that make it a deadline: "by the third quarter of 2021",
/// "the end of the first half of 2025".
const DEADLINE: [&str; 4] = ["by the end of ", "by end of ", "the end of ", "by "];

/// Where a deadline opens before a quarter or a half of a year (`part`, as "the third quarter
/// of 2021" or "Q3 2021", at `start`), and that part's last day.
pub(super) fn part_end(text: &str, start: usize, part: &str) -> Option<(usize, String)> {
    let lower = part.to_lowercase();
    let year: String = lower.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    let year = year.parse::<i32>().ok()?;
    let which = lower.trim_start_matches("the ");
    let month = if which.contains("quarter") || which.starts_with('q') {
        match which.split(' ').next()? {
            "first" | "q1" => 3,
            "second" | "q2" => 6,
            "third" | "q3" => 9,
            "fourth" | "last" | "q4" => 12,
            _ => return None,
        }
    } else if which.contains("half") {
        match which.split(' ').next()? {
            "first" => 6,
            "second" | "last" => 12,
            _ => return None,
        }
    } else {
        return None;
    };
    let head = text.get(..start)?;
    let words = DEADLINE.iter().find(|w| {
        head.len() >= w.len()
            && head.is_char_boundary(head.len() - w.len())
            && head[head.len() - w.len()..].eq_ignore_ascii_case(w)
    })?;
    let from = start - words.len();
    // "by" as a word of its own, not the end of "nearby".
    if text[..from].chars().next_back().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some((from, last_day(&format!("{year}-{month:02}"))?))
}

/// Whether the weekday or day after `before` recurs ("holds a MoU signing event every Monday"):
/// it names no one day.
pub(super) fn recurring(before: &str) -> bool {
    ["every ", "each ", "Every ", "Each "].iter().any(|w| before.ends_with(w))
}

/// The last day of a month of a year (`value` as `YYYY-MM`): "the end of August" resolved to
/// August 2024 is 2024-08-31.
pub(super) fn last_day(value: &str) -> Option<String> {
    let first = NaiveDate::parse_from_str(&format!("{value}-01"), "%Y-%m-%d").ok()?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    Some(last.to_string())
}

/// The day of the month in brackets right after a weekday resolved to `value` ("this Tuesday
/// (6)"), when it is that date's day.
pub(super) fn bracketed(text: &str, end: usize, value: &str) -> Option<Candidate> {
    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
    let (start, digits) = in_brackets(text, end)?;
    // "Tuesday (5/11)": the day and month, in either order, of the day the weekday names.
    let (day, month) = match digits.split_once('/') {
        Some((a, b)) => (a, Some(b)),
        None => (digits, None),
    };
    let number = |n: &str| {
        (!n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
            .then(|| n.parse::<u32>().ok())
            .flatten()
    };
    let matches = match month {
        None => number(day)? == date.day(),
        Some(month) => {
            let pair = (number(day)?, number(month)?);
            pair == (date.day(), date.month()) || pair == (date.month(), date.day())
        }
    };
    if !matches {
        return None;
    }
    let why = match month {
        None => format!("`({digits})` in brackets after the weekday is its day of the month"),
        Some(_) => format!("`({digits})` in brackets after the weekday is its day and month"),
    };
    Some(date_at(start, start + digits.len(), value.to_owned(), why))
}

/// The date a weekday in brackets at `start` names again, read just before the brackets ("on
/// October 27 (Friday)"), when that date falls on the weekday.
pub(super) fn weekday_in_brackets(text: &str, start: usize, out: &[Candidate]) -> Option<String> {
    let open = text.get(..start)?.strip_suffix('(')?;
    let open = open.strip_suffix(' ').unwrap_or(open);
    let before = out.iter().find(|c| c.end == open.len())?;
    let date = NaiveDate::parse_from_str(&before.value, "%Y-%m-%d").ok()?;
    let said = text[start..].split(')').next()?;
    let named = date.format("%A").to_string();
    said.eq_ignore_ascii_case(&named).then(|| before.value.clone())
}

/// Whether a month and day in brackets right after a weekday ("on Friday (May 16)", "Friday
/// (16 May)") falls after the article's date: the weekday is then the next such day, not the
/// last. `None` when no such brackets follow.
pub(super) fn named_ahead(text: &str, end: usize, published: NaiveDate) -> Option<bool> {
    let (first, second) = in_brackets(text, end)?.1.split_once(' ')?;
    let (month, day) = match super::month_number(first) {
        Some(month) => (month, second),
        None => (super::month_number(second)?, first),
    };
    let day = NaiveDate::from_ymd_opt(published.year(), month, day.parse().ok()?)?;
    Some(day > published)
}

/// What stands in brackets right after `end` (a weekday's end), with or without a space
/// before them, and where it starts.
fn in_brackets(text: &str, end: usize) -> Option<(usize, &str)> {
    let rest = text.get(end..)?;
    let inner = rest.strip_prefix(" (").or_else(|| rest.strip_prefix('('))?;
    Some((end + (rest.len() - inner.len()), inner.split(')').next()?))
}

/// "by the second quarter of next year": a quarter or half of a year told relatively, read as
/// that year alone, becomes a deadline, the part's last day (as "by the third quarter of 2021"
/// is), its span widened to the words of the part and the deadline's.
pub(super) fn relative_parts(text: &str, out: &mut [Candidate]) {
    const PARTS: [&str; 5] = ["first", "second", "third", "fourth", "last"];
    for c in out.iter_mut() {
        let said = text[c.start..c.end].to_lowercase();
        let said = said.strip_prefix("of ").unwrap_or(&said);
        let relative = ["next year", "this year", "last year"].contains(&said);
        if !relative || c.value.len() != 4 {
            continue;
        }
        let head = &text[..c.end - said.len()];
        let Some(head) = head.strip_suffix(" of ") else { continue };
        let lower = head.to_ascii_lowercase();
        let Some(which) = PARTS.iter().find_map(|p| {
            ["quarter", "half"].iter().find_map(|k| {
                let part = format!("the {p} {k}");
                lower.ends_with(&part).then_some(part)
            })
        }) else {
            continue;
        };
        let start = head.len() - which.len();
        let part = format!("{which} of {}", c.value);
        if let Some((from, last)) = part_end(text, start, &part) {
            c.why = format!("`{}` is a deadline: the last day it names", &text[from..c.end]);
            (c.start, c.value) = (from, last);
        }
    }
}

/// A quarter or half named with no year ("in the fourth quarter", "by the second half"): the
/// article's year, and by it a deadline, the part's last day, where no other date covers it.
pub(super) fn yearless_parts(text: &str, published: Option<NaiveDate>, out: &mut Vec<Candidate>) {
    static PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:in|by|during) (?P<part>the (?:first|second|third|fourth|last) (?:quarter|half))\b")
            .expect("a valid pattern")
    });
    static YEARED_PART: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:quarter|half) of (?:19|20)\d\d\b").expect("a valid pattern")
    });
    let Some(published) = published else { return };
    let year = published.year();
    for caps in PART.captures_iter(text) {
        let (whole, part) = (&caps[0], &caps["part"]);
        let (start, end) =
            (caps.get(0).map_or(0, |m| m.start()), caps.get(0).map_or(0, |m| m.end()));
        // "the fourth quarter of 2021", "the first half, 2025": a year of its own is read apart.
        let after = &text[end..];
        let yeared = after.starts_with(" of ")
            || after.trim_start_matches([',', ' ']).starts_with(|c: char| c.is_ascii_digit());
        // "the first quarter of 2025 ... in the second quarter": the year told just before
        // carries on, and the text leaves it to the reader.
        let from =
            (0..=start.saturating_sub(200)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let carried = YEARED_PART.is_match(&text[from..start]);
        if yeared || carried || out.iter().any(|c| c.start < end && start < c.end) {
            continue;
        }
        let part_start = caps.name("part").map_or(start, |m| m.start());
        let named = format!("{} of {year}", part.to_lowercase());
        let (start, value, why) = match part_end(text, part_start, &named) {
            Some((from, last)) => (
                from,
                last,
                format!(
                    "`{}` is a deadline: the last day of the article's year's part",
                    &text[from..end]
                ),
            ),
            None => (start, year.to_string(), format!("`{whole}` names no year: the article's")),
        };
        out.push(date_at(start, end, value, why));
    }
}

/// The day of `month` and `day` whose weekday is the one `said` names ("Thursday, December 5"
/// in an article of January 2014 is 5 December 2013): the article's year first, then the year
/// before, then the year after.
pub(super) fn year_of_weekday(
    said: &str,
    published: NaiveDate,
    month: u32,
    day: u32,
) -> Option<NaiveDate> {
    let name = said.split([' ', ',']).find(|w| w.ends_with("day"))?;
    let weekday: chrono::Weekday = name.parse().ok()?;
    [0, -1, 1].iter().find_map(|shift| {
        let date = NaiveDate::from_ymd_opt(published.year() + shift, month, day)?;
        (date.weekday() == weekday).then_some(date)
    })
}

#[cfg(test)]
mod tests {
    use super::{bracketed, month_end, part_end};

    #[test]
    fn a_deadline_by_a_part_of_a_year_is_its_last_day() {
        let text = "will be completed by the third quarter of 2021, it said";
        let start = text.find("the third").unwrap();
        let part = "the third quarter of 2021";
        assert_eq!(part_end(text, start, part), Some((18, "2021-09-30".to_owned())));
        let text = "to open by the end of the first half of 2025";
        let start = text.find("the first").unwrap();
        let part = "the first half of 2025";
        assert_eq!(part_end(text, start, part), Some((8, "2025-06-30".to_owned())));
        let text = "By fourth quarter 2023";
        assert_eq!(part_end(text, 3, "fourth quarter 2023"), Some((0, "2023-12-31".to_owned())));
        // A part of a year with no deadline is the year, told elsewhere.
        let text = "in the second quarter of 2023";
        assert_eq!(part_end(text, 3, "the second quarter of 2023"), None);
        assert_eq!(part_end("the summer of 2021", 0, "summer of 2021"), None);
    }

    #[test]
    fn the_end_of_a_month_is_its_last_day() {
        let text = "ready to start construction at the end of June 2024, it said";
        let start = text.find("June").unwrap();
        assert_eq!(month_end(text, start, "2024-06"), Some((31, "2024-06-30".to_owned())));
        let text = "by the end of February 2024";
        let start = text.find("February").unwrap();
        assert_eq!(month_end(text, start, "2024-02"), Some((0, "2024-02-29".to_owned())));
        assert_eq!(month_end("in June 2024", 3, "2024-06"), None);
        assert_eq!(month_end("the end of 2024-06-01", 11, "2024-06-01"), None);
    }

    #[test]
    fn a_day_in_brackets_after_a_weekday_is_that_day() {
        let text = "UPM inaugurated, this Tuesday (6), its mill";
        let end = text.find(" (").unwrap();
        let day = bracketed(text, end, "2023-06-06").expect("the day in brackets");
        assert_eq!((&text[day.start..day.end], day.value.as_str()), ("6", "2023-06-06"));
        assert!(bracketed(text, end, "2023-06-13").is_none());
        assert!(bracketed("on Tuesday (2023)", 10, "2023-06-06").is_none());
        assert!(bracketed("on Tuesday, it said", 10, "2023-06-06").is_none());
    }
}
