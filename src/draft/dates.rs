//! Dates: the article's own date, and the dates and horizons in its text resolved against it
//! ("on Tuesday", "yesterday", "last month", "by the end of 2020", "over the next four years").
//!
//! A resolved value is as precise as the words: a day (`2016-12-06`), a month (`2016-11`) or a
//! year (`2020`); a horizon is the last day it allows.

use std::sync::LazyLock;

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use regex::{Captures, Regex};

use super::{Candidate, Kind, spaced};

const MONTH: &str = r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

/// Absolute dates: "January 10, 2017", "Dec. 16, 2024", "10 January 2017", "2017-03-07",
/// "02.02.2019", "March 2017".
static ABSOLUTE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"\b(?:{MONTH} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:-\d{{1,2}})?,? (?P<y>\d{{4}})|(?P<d2>\d{{1,2}}) {m2} (?P<y2>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?P<dot>\d{{2}}\.\d{{2}}\.\d{{4}})|{m3},?(?: of)? (?P<y3>\d{{4}}))\b",
        m2 = MONTH.replace("?P<m>", "?P<m2>"),
        m3 = MONTH.replace("?P<m>", "?P<m3>"),
    ))
});

/// Relative dates and horizons.
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:(?P<on>on )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<rel>yesterday|today|last week|last month|this month|this week|next month|last year|this year|next year)|(?P<end>by the end of|by end of|by the end of the year|by) (?P<ey>\d{4})|(?:(?:over|in|within|across) the (?:next|coming)|over|within|across) (?P<n>\w+) (?P<unit>years|months)|(?:over|in|within|across) the (?:next|coming) (?P<decade>decade)|(?P<endof>(?:by )?the end of (?:the|this) (?:decade|year))|(?P<in>in|since|from) (?:(?:early|late|mid-?|the middle of|the end of|the start of) ?)?(?P<iy>(?:19|20)\d{2})|in (?P<im>January|February|March|April|May|June|July|August|September|October|November|December)|(?P<yn>(?:19|20)\d{2}) (?:commitment|pledge|promise|deal|agreement|announcement|plan)s?)\b",
    )
});

/// Dates counted back from the article's ("four years ago"), found apart so that "over 40 years
/// ago" is not read as a horizon of forty years.
static AGO: LazyLock<Regex> =
    LazyLock::new(|| spaced(r"(?i)\b(?P<ago>\w+) (?P<agounit>years|months) ago\b"));

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

/// A month and day with no year ("On January 10"), in the article's year.
static MONTH_DAY: LazyLock<Regex> =
    LazyLock::new(|| spaced(&format!(r"\b{MONTH} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b")));

/// Every date and horizon in the text; relative ones only when the article's date is known,
/// resolved against it.
pub fn find(text: &str, published: Option<NaiveDate>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let clock = clock_lines(text);
    for caps in ABSOLUTE.captures_iter(text) {
        let m = caps.get(0).expect("a match has a whole span");
        if clock.iter().any(|&(s, e)| s <= m.start() && m.end() <= e) {
            continue;
        }
        if let Some(value) = absolute(&caps) {
            let why = format!("`{}` is a date", m.as_str());
            out.push(Candidate {
                kind: Kind::Date,
                start: m.start(),
                end: m.end(),
                value,
                known: false,
                why,
            });
        }
    }
    let Some(published) = published else { return out };
    let sentences = super::split_sentences(text);
    // The points in time the text names itself (a full date, a month of a year, "in June"),
    // which a later "in December" or "over the next three years" may count from.
    let mut points: Vec<Point> =
        out.iter().map(|c| Point { start: c.start, end: c.end, value: c.value.clone() }).collect();
    for caps in MONTH_DAY.captures_iter(text) {
        let m = caps.get(0).expect("a match has a whole span");
        if out.iter().any(|c| c.start < m.end() && m.start() < c.end)
            || clock.iter().any(|&(s, e)| s <= m.start() && m.end() <= e)
        {
            continue;
        }
        let (Some(month), Some(day)) = (caps.name("m"), caps.name("d")) else { continue };
        let (Some(month), Ok(day)) = (month_number(month.as_str()), day.as_str().parse()) else {
            continue;
        };
        // "Jan. 11" after "Jan. 11, 2018" is that day again, not a day of the article's year.
        let named = out.iter().filter(|c| c.start < m.start()).find_map(|c| {
            let date = NaiveDate::parse_from_str(&c.value, "%Y-%m-%d").ok()?;
            (date.month() == month && date.day() == day).then_some(date)
        });
        let (date, why) = match named {
            Some(date) => {
                (Some(date), format!("`{}` names again the {date} named before", m.as_str()))
            }
            None => (
                NaiveDate::from_ymd_opt(published.year(), month, day),
                format!("`{}` in the year of the article", m.as_str()),
            ),
        };
        if let Some(date) = date {
            let value = date.to_string();
            out.push(Candidate {
                kind: Kind::Date,
                start: m.start(),
                end: m.end(),
                value,
                known: false,
                why,
            });
        }
    }
    for caps in AGO.captures_iter(text).chain(RELATIVE.captures_iter(text)) {
        let whole = caps.get(0).expect("a match has a whole span");
        // "our 2016 commitment": the year alone is the date.
        let m = caps.name("yn").unwrap_or(whole);
        if out.iter().any(|c| c.start < m.end() && m.start() < c.end)
            || clock.iter().any(|&(s, e)| s <= m.start() && m.end() <= e)
        {
            continue;
        }
        // "Beijing Today" is a name: a capitalized word counts only where a sentence starts.
        let opens =
            text[..m.start()].trim_end().chars().next_back().is_none_or(|c| ".!?\"“(".contains(c));
        if caps.name("rel").is_some() && m.as_str().starts_with(char::is_uppercase) && !opens {
            continue;
        }
        let article = || relative(&caps, published).map(|v| (v, published.to_string()));
        let announced = anchor(&points, &sentences, m.start(), |p| announces(text, p));
        let later = anchor(&points, &sentences, m.start(), |p| p.value > published.to_string());
        let resolved = match (span_months(&caps), announced, later) {
            // A span of years after the moment the text says something was announced
            // ("announced in June that over the next three years") counts from that moment.
            (Some(months), Some(point), _) => {
                from_point(months, point, published).map(|v| (v, point.to_owned())).or_else(article)
            }
            // "a change from the date in December", after a day still to come: the latest
            // December up to that day.
            (None, _, Some(point)) if caps.name("im").is_some() => {
                let base =
                    NaiveDate::parse_from_str(&format!("{}-01", &point[..7]), "%Y-%m-%d").ok();
                base.and_then(|base| relative(&caps, base)).map(|v| (v, point.to_owned()))
            }
            _ => article(),
        };
        let resolved = resolved.map(|(value, from)| {
            let whose = if from == published.to_string() {
                "the article's date"
            } else {
                "the date named before it,"
            };
            (value, format!("`{}` counted from {whose} {from}", m.as_str()))
        });
        if let Some((value, why)) = resolved {
            if caps.name("im").is_some() {
                points.push(Point { start: m.start(), end: m.end(), value: value.clone() });
            }
            out.push(Candidate {
                kind: Kind::Date,
                start: m.start(),
                end: m.end(),
                value,
                known: false,
                why,
            });
        }
    }
    out
}

/// The months a span of years or months covers ("three years", "the next decade").
fn span_months(caps: &Captures) -> Option<u32> {
    if caps.name("decade").is_some() {
        return Some(120);
    }
    let n = count(&caps.name("n")?.as_str().to_lowercase())?;
    if caps.name("unit")?.as_str().eq_ignore_ascii_case("years") {
        n.checked_mul(12)
    } else {
        Some(n)
    }
}

/// A span counted from a point the text names, as precise as the point (a day or a month);
/// none when the point is only a year or is still to come at the article's date.
fn from_point(months: u32, point: &str, published: NaiveDate) -> Option<String> {
    if let Ok(day) = NaiveDate::parse_from_str(point, "%Y-%m-%d") {
        let end = day.checked_add_months(Months::new(months)).filter(|_| day <= published)?;
        return Some(end.to_string());
    }
    let month = NaiveDate::parse_from_str(&format!("{point}-01"), "%Y-%m-%d").ok()?;
    let end = month.checked_add_months(Months::new(months)).filter(|_| month <= published)?;
    Some(format!("{}-{:02}", end.year(), end.month()))
}

/// A point in time the text names: a full date, a month of a year, or "in June".
struct Point {
    start: usize,
    end: usize,
    value: String,
}

/// The nearest point in time the text names before `at` that `fits`, in its sentence or the
/// one before: the moment a sentence may count from instead of the article's date.
fn anchor<'a>(
    points: &'a [Point],
    sentences: &[(usize, usize)],
    at: usize,
    fits: impl Fn(&Point) -> bool,
) -> Option<&'a str> {
    let i = sentences.iter().position(|&(s, e)| s <= at && at < e)?;
    let from = sentences[i.saturating_sub(1)].0;
    points
        .iter()
        .filter(|p| from <= p.start && p.start < at && fits(p))
        .max_by_key(|p| p.start)
        .map(|p| p.value.as_str())
}

/// Whether a point is when something was announced or pledged ("announced in June", "on
/// August 6, 2025, Apple announced"): a span of years counts from such a moment, not from any
/// date a sentence names ("which opened in March 2019, will invest over five years").
fn announces(text: &str, point: &Point) -> bool {
    static ANNOUNCING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:announc|pledg|commit|promis|unveil|vow)").expect("a valid pattern")
    });
    let mut before = point.start.saturating_sub(30);
    while !text.is_char_boundary(before) {
        before -= 1;
    }
    let mut after = (point.end + 30).min(text.len());
    while !text.is_char_boundary(after) {
        after += 1;
    }
    ANNOUNCING.is_match(&text[before..point.start]) || ANNOUNCING.is_match(&text[point.end..after])
}

/// The lines that show a time of day beside a date: a site's clock, not the article's dates.
fn clock_lines(text: &str) -> Vec<(usize, usize)> {
    static CLOCK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\d{1,2}:\d{2}\s*(?:am|pm)?\b").expect("a valid pattern"));
    let mut out = Vec::new();
    let mut offset = 0;
    let mut byline = false;
    for line in text.split_inclusive('\n') {
        if CLOCK.is_match(line) && ABSOLUTE.is_match(line) && !byline {
            out.push((offset, offset + line.len()));
        }
        byline |= line.trim_start().starts_with("By ");
        offset += line.len();
    }
    out
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.trim_end_matches('.').to_lowercase();
    let months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    months.iter().position(|m| key.starts_with(m)).and_then(|i| u32::try_from(i + 1).ok())
}

fn absolute(caps: &Captures) -> Option<String> {
    let get = |name: &str| caps.name(name).map(|m| m.as_str());
    let day = |y: &str, m: u32, d: &str| {
        let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m, d.parse().ok()?)?;
        Some(date.to_string())
    };
    if let (Some(m), Some(d), Some(y)) = (get("m"), get("d"), get("y")) {
        return day(y, month_number(m)?, d);
    }
    if let (Some(d), Some(m), Some(y)) = (get("d2"), get("m2"), get("y2")) {
        return day(y, month_number(m)?, d);
    }
    if let Some(iso) = get("iso") {
        return NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok().map(|d| d.to_string());
    }
    if let Some(dot) = get("dot") {
        return NaiveDate::parse_from_str(dot, "%d.%m.%Y").ok().map(|d| d.to_string());
    }
    let (m, y) = (get("m3")?, get("y3")?);
    Some(format!("{y}-{:02}", month_number(m)?))
}

fn relative(caps: &Captures, published: NaiveDate) -> Option<String> {
    let get = |name: &str| caps.name(name).map(|m| m.as_str().to_lowercase());
    if let Some(weekday) = get("wd") {
        let weekday: Weekday = weekday.parse().ok()?;
        // News tells of the week just gone: the latest such day on or before the article's.
        let back =
            (published.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
        return Some((published - Duration::days(i64::from(back))).to_string());
    }
    if let Some(rel) = get("rel") {
        return Some(match rel.as_str() {
            "yesterday" => (published - Duration::days(1)).to_string(),
            "today" => published.to_string(),
            "last week" => {
                let monday = published.weekday().num_days_from_monday();
                let start = published - Duration::days(i64::from(monday) + 7);
                format!("{start} week")
            }
            "last month" => {
                let month = published.checked_sub_months(Months::new(1))?;
                format!("{}-{:02}", month.year(), month.month())
            }
            "this week" | "this month" => format!("{}-{:02}", published.year(), published.month()),
            "next month" => {
                let month = published.checked_add_months(Months::new(1))?;
                format!("{}-{:02}", month.year(), month.month())
            }
            "last year" => (published.year() - 1).to_string(),
            "this year" => published.year().to_string(),
            "next year" => (published.year() + 1).to_string(),
            _ => return None,
        });
    }
    if let Some(year) = get("ey") {
        // "by 2026" and "by the end of 2026" both mean on or before its last day.
        return Some(format!("{year}-12-31"));
    }
    if let Some(months) = span_months(caps) {
        return Some(published.checked_add_months(Months::new(months))?.to_string());
    }
    if let Some(end) = get("endof") {
        // The decade of the article: "the end of the decade" in 2022 is the end of 2029.
        let year =
            if end.ends_with("decade") { published.year() / 10 * 10 + 9 } else { published.year() };
        return Some(format!("{year}-12-31"));
    }
    if let (Some(n), Some(unit)) = (get("ago"), get("agounit")) {
        // "four years ago" names a year, "two months ago" a month: no more precise than that.
        let n = count(&n)?;
        if unit == "years" {
            // A year before the first is no date a story file can hold.
            let year = published.year().checked_sub(i32::try_from(n).ok()?).filter(|y| *y >= 1)?;
            return Some(year.to_string());
        }
        let month = published.checked_sub_months(Months::new(n)).filter(|m| m.year() >= 1)?;
        return Some(format!("{}-{:02}", month.year(), month.month()));
    }
    if let Some(month) = get("im") {
        // The latest such month up to the article's: news looks back.
        let month = month_number(&month)?;
        let year = if month <= published.month() { published.year() } else { published.year() - 1 };
        return Some(format!("{year}-{month:02}"));
    }
    get("iy").or_else(|| get("yn"))
}

/// A small count written as a word or in digits ("four", "15").
fn count(word: &str) -> Option<u32> {
    Some(match word {
        "a" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        other => other.parse().ok()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str, published: &str) -> Vec<(String, String)> {
        let published = NaiveDate::parse_from_str(published, "%Y-%m-%d").unwrap();
        find(text, Some(published))
            .into_iter()
            .map(|c| (text[c.start..c.end].to_owned(), c.value))
            .collect()
    }

    #[test]
    fn relative_dates_resolve_against_the_article() {
        let got = values(
            "On Tuesday he met them; yesterday it said so, last month too, by the end of 2020, \
             over the next four years, on January 10, 2017, in April.",
            "2016-12-08",
        );
        let want = [
            ("On Tuesday", "2016-12-06"),
            ("yesterday", "2016-12-07"),
            ("last month", "2016-11"),
            ("by the end of 2020", "2020-12-31"),
            ("over the next four years", "2020-12-08"),
            ("January 10, 2017", "2017-01-10"),
            ("in April", "2016-04"),
        ];
        let mut got = got;
        got.sort_by_key(|(t, _)| t.clone());
        let mut want: Vec<(String, String)> =
            want.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect();
        want.sort();
        assert_eq!(got, want);
    }

    #[test]
    fn months_of_years_spans_of_years_and_weeks_resolve() {
        let got = values(
            "In February of 2011 it began; four years ago, two months ago, over four years, \
             over 15 years, this week, in early 2017.",
            "2021-04-20",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("February of 2011", "2011-02"),
                ("four years ago", "2017"),
                ("two months ago", "2021-02"),
                ("over four years", "2025-04-20"),
                ("over 15 years", "2036-04-20"),
                ("this week", "2021-04"),
                ("in early 2017", "2017"),
            ]
        );
        let got = values(
            "By the end of the decade, and since opening the site over 40 years ago, by the end of \
             the year.",
            "2022-10-04",
        );
        assert!(values("It began 3000 years ago.", "2022-10-04").is_empty());
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("40 years ago", "1982"),
                ("By the end of the decade", "2029-12-31"),
                ("by the end of the year", "2022-12-31"),
            ]
        );
    }

    #[test]
    fn a_sentence_counts_from_the_moment_the_text_names_before_it() {
        let got = values(
            "It will grow over the next decade. A plant opened in March 2019 will grow over the \
             next five years. Staff leave on Jan. 11, 2018. This is a change from the date in \
             December. Jan. 11 is the last day, in keeping with our 2016 commitment. The company \
             announced in June that over the next three years it expects to hire.",
            "2017-11-03",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("March 2019", "2019-03"),
                ("Jan. 11, 2018", "2018-01-11"),
                ("Jan. 11", "2018-01-11"),
                ("over the next decade", "2027-11-03"),
                ("over the next five years", "2022-11-03"),
                ("in December", "2017-12"),
                ("2016", "2016"),
                ("in June", "2017-06"),
                ("over the next three years", "2020-06"),
            ]
        );
    }

    #[test]
    fn a_date_ending_the_title_or_below_a_byline_is_the_articles() {
        let text = "Carrier Statement Regarding Indianapolis Operations – Nov. 3, 2017\n\nText.";
        assert_eq!(published(text).unwrap().value, "2017-11-03");
        let text = "Title\n\nBy Scott Canon\n\nDecember 28, 2016 05:01 PM\n\nSprint on Wednesday";
        assert_eq!(published(text).unwrap().value, "2016-12-28");
        let got = values(text, "2016-12-28");
        assert!(
            got.contains(&("December 28, 2016".to_owned(), "2016-12-28".to_owned())),
            "{got:?}"
        );
    }

    #[test]
    fn the_site_clock_is_not_the_article_date() {
        let text =
            "Thursday, December 18, 2025 | 03:57 AM IST\nTitle\n\nTOKYO, Dec. 7, 2016 - Son said";
        assert_eq!(published(text).unwrap().value, "2016-12-07");
    }
}
