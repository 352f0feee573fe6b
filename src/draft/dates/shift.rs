//! Days counted from another day the text names rather than from the article's date: "a day
//! earlier", "the same day", "two days later" after a day named before them, and "yesterday"
//! in a quotation said on a day the sentence names ("Our announcement yesterday ...," a
//! spokesman said Thursday), and "today" in a quotation from an event the text dated before
//! ("Yesterday, the governor attended the opening ceremony ... “Today is a sign”"); and "the
//! next year" after a year named before it.
//!
//! With no day named before it, such a phrase proposes nothing: the article's date would
//! only be a guess.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

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
pub(super) fn find(
    text: &str,
    sentences: &[(usize, usize)],
    published: NaiveDate,
    out: &mut Vec<Candidate>,
) {
    // A deadline ("by the end of 2021") is no day anything happened on: a shift counts from
    // the day named before it.
    let deadline = |c: &Candidate| {
        let span = text[c.start..c.end].to_lowercase();
        span.starts_with("by ") || span.contains("end of")
    };
    let days: Vec<Point> = out
        .iter()
        .filter(|c| NaiveDate::parse_from_str(&c.value, "%Y-%m-%d").is_ok() && !deadline(c))
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
        // "the same day" names the day named last before it, however many sentences back
        // ("said on Friday. ... The plan, approved by the ministry on the same day").
        let whole_text = [(0, text.len())];
        let within = if caps.name("same").is_some() { &whole_text[..] } else { sentences };
        let from = anchor(&days, within, start, |_| true);
        let Some(from) = from else { continue };
        let Ok(day) = NaiveDate::parse_from_str(from, "%Y-%m-%d") else { continue };
        let value = (day + Duration::days(days_moved)).to_string();
        let why = format!("`{}` counted from {from}, the day named before it", whole.as_str());
        out.push(date_at(start, end, value, why));
    }
    years_after(text, sentences, published, out);
}

/// "The next year", "the following year" and "two years later" after a year the text names
/// ("shutter four facilities in November 2018. The next year, it sold the plant"): the year
/// that many after that one, not counted from the article's year; with no year named before,
/// or a span of years after one still ahead, no date.
fn years_after(
    text: &str,
    sentences: &[(usize, usize)],
    published: NaiveDate,
    out: &mut Vec<Candidate>,
) {
    static FOLLOWING: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"(?i)\b(?:the (?:next|following) year|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d) years? later)\b",
        )
    });
    for caps in FOLLOWING.captures_iter(text) {
        let m = caps.get(0).expect("a match has a whole span");
        let (start, end) = (m.start(), m.end());
        let moved = match caps.name("n") {
            Some(n) => match count(&n.as_str().to_lowercase()) {
                Some(n) => i32::try_from(n).unwrap_or(0),
                None => continue,
            },
            None => 1,
        };
        // "over the next year" is a horizon from the day it is said.
        let before = text[..start].trim_end().to_lowercase();
        if ["over", "in", "within", "during", "across"].iter().any(|w| before.ends_with(w)) {
            continue;
        }
        out.retain(|c| !(c.start < end && start < c.end));
        let years: Vec<Point> = out
            .iter()
            .filter(|c| c.value.get(..4).is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit())))
            .map(|c| Point { start: c.start, end: c.end, value: c.value[..4].to_owned() })
            .collect();
        let Some(year) = anchor(&years, sentences, start, |_| true) else { continue };
        let Ok(year) = year.parse::<i32>() else { continue };
        // "completed between 2030 and 2031 ... approximately one year later": a span after a
        // year still ahead counts from an estimate, not from a year the text can date.
        if caps.name("n").is_some() && year > published.year() {
            continue;
        }
        let why = format!("`{}` counted from {year}, the year named before it", m.as_str());
        out.push(date_at(start, end, (year + moved).to_string(), why));
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

/// Whether the text before a capitalized word ends with a dateline's place in capitals and a
/// dash glued to it: "PHOENIX- Yesterday".
pub(super) fn after_dateline(before: &str) -> bool {
    let Some(place) = before.trim_end().strip_suffix(['-', '–', '—']) else { return false };
    let word = place.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    word.len() > 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// The day of the event a quotation holding `at` was said at: a day named earlier by a word
/// such as "Yesterday" or a weekday in a sentence about a ceremony, meeting or visit, when the
/// quotation is the text's first after it ("Yesterday, the governor attended the opening
/// ceremony ... “Today is a sign of more to come”"), or the day the text says the company spoke
/// ("Novo Nordisk said on 10 November ... “The investment announced today”").
pub(super) fn event_day(
    text: &str,
    at: usize,
    points: &[Point],
    named: &[Candidate],
    published: NaiveDate,
) -> Option<NaiveDate> {
    static EVENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"(?i)\b(?:ceremony|meeting|summit|conference|signing|groundbreaking|ribbon[- ]cutting|event|visit(?:ed)?)\b",
        ))
        .expect("a valid pattern")
    });
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..at];
    let quoted =
        line.matches('“').count() > line.matches('”').count() || line.matches('"').count() % 2 == 1;
    if !quoted {
        return None;
    }
    let day = |value: &str| NaiveDate::parse_from_str(value, "%Y-%m-%d").ok();
    let event = points.iter().filter(|p| p.end <= at).max_by_key(|p| p.start).and_then(|point| {
        let day = day(&point.value).filter(|d| *d < published)?;
        let end = text[point.end..].find(['.', '\n']).map_or(text.len(), |i| point.end + i);
        EVENT.is_match(&text[point.end..end]).then_some(day)
    });
    static SPOKE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(r"(?i)\b(?:said|announced|stated|unveiled|revealed) (?:on )?$"))
            .expect("a valid pattern")
    });
    let spoken = || {
        let last = named.iter().filter(|c| c.end <= at).max_by_key(|c| c.start)?;
        let day = day(&last.value).filter(|d| *d < published)?;
        SPOKE.is_match(&text[..last.start]).then_some(day)
    };
    event.or_else(spoken)
}
