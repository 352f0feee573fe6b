//! A range of days written with its month once ("April 26-27", "on 3–5 June"'s first form
//! aside): the second day is a date of its own, in the first one's month and year. It adds to
//! the dates found before it and never overlaps them.

use chrono::{Datelike, NaiveDate};

use super::date_at;
use crate::draft::Candidate;

/// Adds the second day of every range of days that follows a full date read before.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for date in out.iter() {
        let Ok(first) = NaiveDate::parse_from_str(&date.value, "%Y-%m-%d") else { continue };
        // Only a date whose month is a word and that ends with its day: "April 26", not
        // "26 April", "April 26, 2023" or "2024-03".
        let written = &text[date.start..date.end];
        if !written.ends_with(|c: char| c.is_ascii_digit())
            || !written.contains(char::is_alphabetic)
        {
            continue;
        }
        let rest = &text[date.end..];
        // "between Dec. 18 and 20.", "from May 3 to 5,": words join the days only after
        // "between" or "from", and with the clause ending after the second day.
        let opened = ["between ", "from ", "Between ", "From "]
            .iter()
            .any(|w| text[..date.start].ends_with(w));
        let worded = [" and ", " to ", " through "]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .filter(|_| opened);
        let Some(after) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–')).or(worded)
        else {
            continue;
        };
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let next = after[digits..].chars().next();
        if worded.is_some() && next.is_some_and(|c| !".,;:)\n".contains(c)) {
            continue;
        }
        // "2024-03-21" and "26-27/04" are other shapes; a letter glued on is a code.
        if !(1..=2).contains(&digits)
            || next.is_some_and(|c| c.is_alphanumeric() || "-/–".contains(c))
        {
            continue;
        }
        let Ok(day) = after[..digits].parse::<u32>() else { continue };
        let Some(second) = first.with_day(day).filter(|d| *d > first) else { continue };
        let start = date.end + (rest.len() - after.len());
        let end = start + digits;
        if out.iter().any(|c| c.start < end && start < c.end) {
            continue;
        }
        let why = format!(
            "`{}` ends the range of days that `{}` opens",
            &text[start..end],
            &text[date.start..date.end]
        );
        found.push(date_at(start, end, second.to_string(), why));
    }
    out.extend(found);
}

#[cfg(test)]
mod tests {
    use super::find;
    use crate::draft::dates::date_at;

    fn seconds(text: &str, first: &str, value: &str) -> Vec<(String, String)> {
        let start = text.find(first).expect("the first date is in the text");
        let mut out = vec![date_at(start, start + first.len(), value.to_owned(), String::new())];
        find(text, &mut out);
        out.into_iter().skip(1).map(|c| (text[c.start..c.end].to_owned(), c.value)).collect()
    }

    #[test]
    fn the_second_day_of_a_range_is_a_date_in_the_first_one_s_month() {
        let got = seconds("at the forum on April 26-27 in Taraz", "April 26", "2023-04-26");
        assert_eq!(got, [("27".to_owned(), "2023-04-27".to_owned())]);
        let got = seconds("from March 3–5, 2024", "March 3", "2024-03-03");
        assert_eq!(got, [("5".to_owned(), "2024-03-05".to_owned())]);
    }

    #[test]
    fn a_range_of_days_in_words_after_between_or_from_ends_on_its_second_day() {
        let got = seconds("visited Beijing between Dec. 18 and 20.", "Dec. 18", "2024-12-18");
        assert_eq!(got, [("20".to_owned(), "2024-12-20".to_owned())]);
        assert!(seconds("on Dec. 18 and 20.", "Dec. 18", "2024-12-18").is_empty());
        assert!(seconds("from May 3 to 20 workers", "May 3", "2024-05-03").is_empty());
    }

    #[test]
    fn earlier_days_codes_and_other_shapes_are_not_ranges() {
        assert!(seconds("on April 26-25 in Taraz", "April 26", "2023-04-26").is_empty());
        assert!(seconds("on April 26-27B in Taraz", "April 26", "2023-04-26").is_empty());
        assert!(seconds("on April 26-27/05 in Taraz", "April 26", "2023-04-26").is_empty());
        assert!(seconds("on April 30-31 in Taraz", "April 30", "2023-04-30").is_empty());
        assert!(seconds("date 2024-03-21 the plant", "2024-03", "2024-03-01").is_empty());
    }
}
