//! Calendar dates as every input gives them: ISO 8601, `YYYY-MM-DD`, a day that exists; and
//! dates known only to a month or a year (`2017-01`, `2017`), as sources often give them.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

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

/// How much of a date is known.
#[allow(dead_code, reason = "the pledge dates move to partial dates next")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date known to a day, a month or only a year, written `2017-01-09`, `2017-01` or `2017`.
///
/// One rule for every comparison: a partial date stands for its first day when ordering and
/// filtering (`2017-01` is on or before 2017-01-01 and after 2016-12-31), so it sorts before
/// the days it contains, exactly as its text sorts. A deadline is the one exception: it is met
/// by its last day, so a deadline of `2020` is overdue from 2021-01-01 ([`Self::last_day`]).
#[allow(dead_code, reason = "the pledge dates move to partial dates next")]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The first day of the period, which orders dates...
    first: NaiveDate,
    /// ...then the precision, so that `2017` comes before `2017-01` before `2017-01-01`.
    precision: Precision,
}

#[allow(dead_code, reason = "the pledge dates move to partial dates next")]
impl PartialDate {
    /// The date `text` names: `YYYY-MM-DD` (a day that exists), `YYYY-MM` or `YYYY`; `None` for
    /// anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        match text.len() {
            10 => parse_date(text).map(Self::from),
            7 if digits(&text[..4]) && &text[4..5] == "-" && digits(&text[5..]) => {
                let month = text[5..].parse().ok()?;
                let first = NaiveDate::from_ymd_opt(text[..4].parse().ok()?, month, 1)?;
                Some(Self { first, precision: Precision::Month })
            }
            4 if digits(text) => {
                let first = NaiveDate::from_ymd_opt(text.parse().ok()?, 1, 1)?;
                Some(Self { first, precision: Precision::Year })
            }
            _ => None,
        }
    }

    /// How much of the date is known.
    pub fn precision(self) -> Precision {
        self.precision
    }

    /// The first day of the period: the day itself, the 1st of the month, or 1 January.
    pub fn first_day(self) -> NaiveDate {
        self.first
    }

    /// The last day of the period: the day itself, the month's last day, or 31 December.
    pub fn last_day(self) -> NaiveDate {
        match self.precision {
            Precision::Day => self.first,
            Precision::Month => {
                let next = if self.first.month() == 12 {
                    NaiveDate::from_ymd_opt(self.first.year() + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(self.first.year(), self.first.month() + 1, 1)
                };
                next.and_then(|d| d.pred_opt()).unwrap_or(self.first)
            }
            Precision::Year => {
                NaiveDate::from_ymd_opt(self.first.year(), 12, 31).unwrap_or(self.first)
            }
        }
    }

    /// Whether the date counts as on or before `day`: its first day is (the ordering rule).
    pub fn on_or_before(self, day: NaiveDate) -> bool {
        self.first <= day
    }

    /// Whether a deadline of this date has passed on `day`: its last day is before `day`.
    pub fn passed_on(self, day: NaiveDate) -> bool {
        self.last_day() < day
    }
}

impl From<NaiveDate> for PartialDate {
    fn from(day: NaiveDate) -> Self {
        Self { first: day, precision: Precision::Day }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{}", self.first.format("%Y-%m-%d")),
            Precision::Month => write!(f, "{}", self.first.format("%Y-%m")),
            Precision::Year => write!(f, "{:04}", self.first.year()),
        }
    }
}

impl ToSql for PartialDate {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl FromSql for PartialDate {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        Self::parse(text).ok_or_else(|| {
            FromSqlError::Other(format!("`{text}` is not a date, month or year").into())
        })
    }
}

impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn only_whole_iso_dates_of_days_that_exist() {
        assert_eq!(parse_date("2017-01-09"), NaiveDate::from_ymd_opt(2017, 1, 9));
        for bad in ["2017-02-30", "2017-1-9", "2017-1-09 ", "+2017-01-9", "17-01-09", "2017/01/09"]
        {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn partial_dates_are_a_day_a_month_or_a_year_and_print_as_written() {
        for text in ["2017-01-09", "2017-01", "2017", "0999", "2016-02-29"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
        for bad in
            ["", "2017-13", "2017-00", "2017-1", "17", "2017-02-30", "2017-01-", " 2017", "-201"]
        {
            assert_eq!(PartialDate::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_partial_date_sorts_like_its_text_and_stands_for_its_first_day() {
        let mut dates: Vec<PartialDate> =
            ["2017-01-09", "2017", "2016-12-31", "2017-01", "2017-02"]
                .iter()
                .map(|t| PartialDate::parse(t).unwrap())
                .collect();
        dates.sort();
        let texts: Vec<String> = dates.iter().map(ToString::to_string).collect();
        let mut sorted = texts.clone();
        sorted.sort();
        assert_eq!(texts, sorted);
        let month = PartialDate::parse("2017-02").unwrap();
        assert!(month.on_or_before(day(2017, 2, 1)));
        assert!(!month.on_or_before(day(2017, 1, 31)));
        assert_eq!(month.last_day(), day(2017, 2, 28));
        assert_eq!(PartialDate::parse("2016-12").unwrap().last_day(), day(2016, 12, 31));
    }

    #[test]
    fn a_deadline_is_met_by_its_last_day() {
        let year = PartialDate::parse("2020").unwrap();
        assert!(!year.passed_on(day(2020, 12, 31)));
        assert!(year.passed_on(day(2021, 1, 1)));
        let exact = PartialDate::parse("2020-06-30").unwrap();
        assert!(exact.passed_on(day(2020, 7, 1)));
        assert!(!exact.passed_on(day(2020, 6, 30)));
    }
}
