//! The article's own date: a date line, a labelled date or a dateline near the top, never the
//! site's clock. It reads only the first lines and resolves nothing.

use chrono::NaiveDate;

use super::{ABSOLUTE, absolute, clock_lines};
use crate::draft::Candidate;

/// The article's own date, from a dateline ("FRANKFORT, Ky. (Oct. 28, 2021) –", "TOKYO, Dec. 7,
/// 2016 -", "NEWARK, Calif. – February 28, 2022 –"), else the first date line near the top: labelled ("Release Date:", "Published",
/// "Updated:"), a date alone or with its time, or the date ending a statement's title. A
/// dateline wins over a site's date line: the text's "today" is the day it was written. A date
/// beside a time above the title is the site's clock (see [`clock_lines`]), never the article's.
pub fn published(text: &str) -> Option<Candidate> {
    let clock = clock_lines(text);
    let order = super::numeric::day_first(text);
    let mut offset = 0;
    let mut found: Option<Candidate> = None;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if n >= 12 {
            break;
        }
        let here = offset;
        offset += line.len();
        if clock.iter().any(|&(s, _)| s == here) {
            continue;
        }
        let label = line.trim_start().to_lowercase();
        let labelled =
            ["date", "published", "posted", "updated"].iter().any(|l| label.starts_with(l))
                || ["release date", "published on", "posted on"].iter().any(|l| label.contains(l));
        for caps in ABSOLUTE.captures_iter(line) {
            let m = caps.get(0).expect("a match has a whole span");
            let Some(date) =
                absolute(&caps, order).and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok())
            else {
                continue;
            };
            // A dateline: a place then the date, before the first paragraph's words.
            let before = line[..m.start()].trim_end();
            let place = before.split_whitespace().any(|w| {
                let w = w.trim_end_matches(',');
                w.len() > 2 && w.chars().all(|c| c.is_ascii_uppercase())
            });
            let dateline = m.start() < 60
                && (before.ends_with(',') || (before.ends_with(['(', '–', '—']) && place));
            // A date line is little more than a date (and its time).
            let short = line.trim().len() <= m.as_str().len() + 24;
            // A statement's title may end with its date: "... Operations – Nov. 3, 2017".
            // An ISO date needs no mark before it: "... Investors Roundtable 2022-09-23".
            let titled = n == 0
                && line.trim_end().ends_with(m.as_str())
                && (before.ends_with(['–', '—', '-', '|', ',']) || caps.name("iso").is_some());
            if !(labelled || short || dateline || titled) {
                continue;
            }
            let why = format!("line {} gives the article's date", n + 1);
            let candidate = super::date_at(here + m.start(), here + m.end(), date.to_string(), why);
            if dateline {
                return Some(candidate);
            }
            found.get_or_insert(candidate);
        }
    }
    found
}
