//! Calendar dates as every input gives them: ISO 8601, `YYYY-MM-DD`, a day that exists.

use chrono::NaiveDate;

/// The date `text` names, or `None` unless it is exactly `YYYY-MM-DD` (four-digit year,
/// two-digit month and day, no sign or spaces) and that day exists. Seed files, imports and
/// command-line options all read dates with this one rule.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let shaped = text.len() == 10
        && text
            .bytes()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !shaped {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_iso_dates_of_days_that_exist() {
        assert_eq!(parse_date("2017-01-09"), NaiveDate::from_ymd_opt(2017, 1, 9));
        for bad in ["2017-02-30", "2017-1-9", "2017-1-09 ", "+2017-01-9", "17-01-09", "2017/01/09"]
        {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
