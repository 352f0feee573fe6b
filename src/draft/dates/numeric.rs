//! Dates written in figures alone: year first (`2024/03/05`, `2024.03.05`), or day and month in either order
//! (`05/03/2024`, `3-5-2024`, `05.03.2024`). A dot is written day first; a slash or a dash is
//! read day first or month first by what the date itself shows (a part above 12), else by the
//! order the text's other dates use, else by the country of a United States dateline
//! ("LOUISVILLE, Ky. —"), which writes month first, else by a 24-hour time beside a date
//! ("Updated: 21:53, 10/01/2023"), which the press that writes month first does not print,
//! else by a reading that names a day the text names elsewhere. With nothing to tell, the date proposes nothing: a guess would be
//! wrong half the time. A labelled date line may give its year in two figures ("10/28/13").

use std::sync::LazyLock;

use crate::draft::pattern::Regex;
use chrono::NaiveDate;

use super::{ABSOLUTE, ascii_words};

/// How a date in figures reads: one way, or two when either part may be the day.
pub(super) enum Reading {
    One(NaiveDate),
    Two { day_first: NaiveDate, month_first: NaiveDate },
}

/// The day a date in figures names, read by its own parts and separators.
pub(super) fn read(written: &str) -> Option<Reading> {
    // "13.08 .2024": a stray space before a separator is no part of the figures.
    let parts: Vec<&str> = written.split(['/', '.', '-']).map(str::trim).collect();
    let [a, b, c] = parts[..] else { return None };
    // "10/28/13": a year of two figures, which only a labelled date line gives, is this century's.
    let day = |y: &str, m: &str, d: &str| {
        let year: i32 = y.parse().ok()?;
        let year = if y.len() == 2 { 2000 + year } else { year };
        NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
    };
    if a.len() == 4 {
        return day(a, b, c).map(Reading::One);
    }
    // Figures joined by full stops are day first, unless only month first reads ("8.15.2023").
    if written.contains('.') {
        return day(c, b, a).or_else(|| day(c, a, b)).map(Reading::One);
    }
    match (day(c, b, a), day(c, a, b)) {
        (Some(day_first), Some(month_first)) if day_first != month_first => {
            Some(Reading::Two { day_first, month_first })
        }
        (Some(one), _) | (None, Some(one)) => Some(Reading::One(one)),
        (None, None) => None,
    }
}

/// Whether the text writes its dates day first (`Some(true)`) or month first: by the dates in
/// figures whose parts show it (`25/03/2024`, `03/25/2024`) and the dates in words ("5 March
/// 2024" against "March 5, 2024"), the more of them; none on a tie or with no such date.
pub(super) fn day_first(text: &str) -> Option<bool> {
    let (mut days, mut months) = (0, 0);
    for caps in ABSOLUTE.captures_iter(text) {
        if caps.name("d2").is_some() {
            days += 1;
        } else if caps.name("d").is_some() {
            months += 1;
        } else if let Some(num) = caps.name("num").filter(|n| !n.as_str().contains('.')) {
            let parts: Vec<u32> =
                num.as_str().split(['/', '-']).filter_map(|p| p.parse().ok()).collect();
            match parts[..] {
                [a, _, _] if a > 12 => days += 1,
                [_, b, _] if b > 12 => months += 1,
                _ => {}
            }
        }
    }
    if days != months {
        return Some(days > months);
    }
    if us_dateline(text) {
        return Some(false);
    }
    twenty_four_hours(text).then_some(true)
}

/// Whether a line shows a date in figures beside a time past noon on a 24-hour clock
/// ("Updated: 21:53, 10/01/2023", "05-09-2024 17:41"): a clock that reads to 23 is written
/// where dates go day first.
fn twenty_four_hours(text: &str) -> bool {
    static TIME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(r"\b(?:1[3-9]|2[0-3]):[0-5]\d\b(?:\s*[AaPp]\.?[Mm]\b)?"))
            .expect("a valid pattern")
    });
    static FIGURES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(r"\b\d{1,2}[/-]\d{1,2}[/-]\d{4}\b")).expect("a valid pattern")
    });
    text.lines().any(|line| {
        let clock = TIME.find_iter(line).any(|t| !t.as_str().contains(char::is_alphabetic));
        clock && FIGURES.is_match(line)
    })
}

/// Whether a line near the top opens with a city in capitals and a state of the United States,
/// as its press writes them ("FRANKFORT, Ky. (", "COLUMBIA, S.C. —", "AUSTIN, Texas –").
fn us_dateline(text: &str) -> bool {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"^\s*[A-Z][A-Z .'-]+, (?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo)\.|Texas|Ohio|Utah|Iowa|Idaho|Maine|Alaska|Hawaii)[ ,(—–-]",
        ))
        .expect("a valid pattern")
    });
    text.lines().take(12).any(|line| DATELINE.is_match(line))
}

#[cfg(test)]
mod tests {
    use super::day_first;
    use crate::draft::dates::find;

    #[test]
    fn a_time_past_noon_on_a_24_hour_clock_beside_a_date_reads_it_day_first() {
        let text = "A plant in Bac Giang\n\nUpdated: 21:53, 10/01/2023\n\nThe plant opens.";
        assert_eq!(day_first(text), Some(true));
        let got: Vec<(String, String)> = find(text, None)
            .into_iter()
            .map(|c| (text[c.start..c.end].to_owned(), c.value))
            .collect();
        assert_eq!(got, [("10/01/2023".to_owned(), "2023-01-10".to_owned())]);
    }

    #[test]
    fn a_morning_time_or_one_with_its_half_of_the_day_tells_no_order() {
        assert_eq!(day_first("Updated: 11:53, 10/01/2023\n\nText."), None);
        assert_eq!(day_first("Updated: 9:53 PM, 10/01/2023\n\nText."), None);
        // A date in the text that shows its order outweighs the clock.
        assert_eq!(day_first("Updated: 21:53, 10/01/2023\n\nOpened 12/25/2022."), Some(false));
    }
}
