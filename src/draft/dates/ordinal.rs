//! A day of the month written alone ("this Tuesday afternoon, the 5th", "on the 21st."): the
//! day in the month of the nearest date named before it in its sentence or the one before,
//! else in the article's month.
//!
//! An ordinal before a noun ("the 35th anniversary", "the 21st century", "the 3rd plant")
//! ranks something and is no date, nor are two joined by "and" before one ("the 2nd and 3rd
//! floors"): only those that end a clause ("on the 13th and 14th (Korea time)") or come before
//! "at", "when", "from", "to" or "until" are read.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;
use chrono::NaiveDate;

use super::relative::{Point, anchor};
use super::{ascii_words, date_at};
use crate::draft::Candidate;

/// "the 5th", "the 21st", or two days ("the 13th and 14th"), then punctuation, the end, or a word that goes on to tell when.
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"\b[Tt]he (?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?: and (?:the )?(?P<d2>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b)?",
    ))
    .expect("a valid pattern")
});
static ENDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(r"^(?:\s*(?:[,.;:)]|$)|\s+\(|\s+(?:at|when|from|to|until|in the (?:morning|afternoon|evening))\b)"))
        .expect("a valid pattern")
});

/// The days of the month written alone, resolved against the month of a date named before
/// them or of the article.
pub(super) fn find(
    text: &str,
    sentences: &[(usize, usize)],
    published: NaiveDate,
    out: &mut Vec<Candidate>,
) {
    let months: Vec<Point> = out
        .iter()
        .filter(|c| c.value.len() >= 7 && c.value.as_bytes().get(4) == Some(&b'-'))
        .map(|c| Point { start: c.start, end: c.end, value: c.value[..7].to_owned() })
        .collect();
    for caps in ORDINAL.captures_iter(text) {
        let whole = caps.get(0).expect("a match has a whole span");
        let (start, end) = (whole.start(), whole.end());
        if out.iter().any(|c| c.start < end && start < c.end) || !ENDS.is_match(&text[end..]) {
            continue;
        }
        let named = anchor(&months, sentences, start, |_| true);
        let month = named.map_or_else(|| published.format("%Y-%m").to_string(), str::to_owned);
        let Some((year, month_number)) = month.split_once('-') else { continue };
        let (Ok(year), Ok(month_number)) = (year.parse(), month_number.parse()) else { continue };
        let whose = if named.is_some() { "the date named before it" } else { "the article" };
        // "on the 13th and 14th": two days of the same month, each its own date.
        let second = caps.name("d2").map(|d| (d.start(), end));
        let first_end = caps.name("d2").map_or(end, |d| {
            text[..d.start()].trim_end_matches("the ").trim_end_matches(" and ").len()
        });
        for (name, span) in [("d", Some((start, first_end))), ("d2", second)] {
            let (Some(day), Some((from, to))) = (caps.name(name), span) else { continue };
            let Ok(day) = day.as_str().parse::<u32>() else { continue };
            let Some(date) = NaiveDate::from_ymd_opt(year, month_number, day) else { continue };
            let why = format!("`{}`, a day in the month of {whose}, {month}", &text[from..to]);
            out.push(date_at(from, to, date.to_string(), why));
        }
    }
}
