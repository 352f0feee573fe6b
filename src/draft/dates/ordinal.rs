//! A day of the month written alone ("this Tuesday afternoon, the 5th", "on the 21st."): the
//! day in the month of the nearest date named before it in its sentence or the one before,
//! else in the article's month.
//!
//! An ordinal before a noun ("the 35th anniversary", "the 21st century", "the 3rd plant")
//! ranks something and is no date, nor is one before "and" ("the 2nd and 3rd floors"): only
//! one that ends a clause or comes before "at", "when", "from", "to" or "until" is read.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::relative::{Point, anchor};
use super::{ascii_words, date_at};
use crate::draft::Candidate;

/// "the 5th", "the 21st", then punctuation, the end, or a word that goes on to tell when.
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(r"\b[Tt]he (?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"))
        .expect("a valid pattern")
});
static ENDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(r"^(?:\s*(?:[,.;:)]|$)|\s+(?:at|when|from|to|until|in the (?:morning|afternoon|evening))\b)"))
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
        let Some(day) = caps.name("d").and_then(|d| d.as_str().parse::<u32>().ok()) else {
            continue;
        };
        let named = anchor(&months, sentences, start, |_| true);
        let month = named.map_or_else(|| published.format("%Y-%m").to_string(), str::to_owned);
        let Some((year, month_number)) = month.split_once('-') else { continue };
        let (Ok(year), Ok(month_number)) = (year.parse(), month_number.parse()) else { continue };
        let Some(date) = NaiveDate::from_ymd_opt(year, month_number, day) else { continue };
        let whose = if named.is_some() { "the date named before it" } else { "the article" };
        let why = format!("`{}`, a day in the month of {whose}, {month}", whole.as_str());
        out.push(date_at(start, end, date.to_string(), why));
    }
}
