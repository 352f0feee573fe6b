//! The article's own date: a date line, a labelled date or a dateline near the top, never the
//! site's clock. It reads only the first lines and resolves nothing.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use super::{ABSOLUTE, absolute};
use crate::draft::{Candidate, Kind};

/// The article's own date, from a "Release Date:" or date line or a dateline near the top; a
/// date beside a time of day ("Thursday, December 18, 2025 | 03:57 AM") is the site's clock,
/// not the article's.
pub fn published(text: &str) -> Option<Candidate> {
    static CLOCK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d{1,2}:\d{2}").expect("a valid pattern"));
    let mut offset = 0;
    let mut byline = false;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if n >= 12 {
            break;
        }
        let here = offset;
        offset += line.len();
        // Below a byline ("By Scott Canon"), a date with its time is when the article appeared.
        if CLOCK.is_match(line) && !byline {
            continue;
        }
        byline |= line.trim_start().starts_with("By ");
        let label = line.trim_start().to_lowercase();
        let labelled =
            ["date", "published", "posted", "updated"].iter().any(|l| label.starts_with(l))
                || ["release date", "published on", "posted on"].iter().any(|l| label.contains(l));
        // A date line is little more than a date; a dateline starts the first paragraph.
        let Some(caps) = ABSOLUTE.captures(line) else { continue };
        let m = caps.get(0).expect("a match has a whole span");
        let short = line.trim().len() <= m.as_str().len() + 24;
        let dateline = line[..m.start()].trim().ends_with(',') && m.start() < 40;
        // A statement's title may end with its date: "... Operations – Nov. 3, 2017".
        let titled = n == 0
            && line.trim_end().ends_with(m.as_str())
            && line[..m.start()].trim_end().ends_with(['–', '—', '-', '|', ',']);
        if !(labelled || short || dateline || titled) {
            continue;
        }
        let Some(date) =
            absolute(&caps).and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok())
        else {
            continue;
        };
        let why = format!("line {} gives the article's date", n + 1);
        return Some(Candidate {
            kind: Kind::Date,
            start: here + m.start(),
            end: here + m.end(),
            value: date.to_string(),
            known: false,
            why,
        });
    }
    None
}
