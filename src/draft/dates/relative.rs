//! Relative dates and horizons ("on Tuesday", "last month", "over the next four years", "in the
//! past three years") and how they resolve against the article's date or a moment the text names before them.

use std::sync::LazyLock;

use crate::draft::pattern::{Captures, Regex};
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

use super::{ascii_words, month_number};
use crate::draft::{Candidate, MONTHS, spaced};

/// Relative dates and horizons.
pub(super) static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&ascii_words(
        r"(?i)\b(?:(?P<on>on |this past )?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<rel>yesterday|last night|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last week|next week|last month|this month|this week|next month|last year|this year|the current year|next year)|(?P<end>by the end of|by end of|by the end of the year|by the year|by|(?:from |until |up until |till |through |since )?(?:the )?end of) (?P<ey>(?:19|20)\d{2})|(?:(?:over|in|within|across|during|for) (?:the )?(?:next|coming)|over|within|across|(?P<bare>in|after)) (?P<n>\w+) (?P<unit>years|months)|(?:within (?P<wn>a|one)|in (?P<wn1>one)) (?P<wunit>year|month)|(?:in|within) (?P<dn>\d{1,3}) days|(?:in|within|over) the (?:next|coming) (?P<wkn>two|three|four|five|six|\d) weeks|(?:over|in|during|for|across) the (?:past|last) (?:(?P<pn>\w+)(?P<half> and a half)? (?P<punit>years|months|weeks|days)|(?P<pone>year|month|week|decade))|(?:over|in|within|across) (?:the (?:next|coming) )?(?P<rn>\w+)(?: to |-|–)(?P<rn2>\w+) (?P<runit>years?|months?)|(?:over|in|within|across) the (?:next|coming) (?P<decade>decade)|(?P<endof>(?:by )?the end of (?:the|this|next) (?:decade|year)|by end of (?:the|this|next) (?:decade|year))|(?P<middec>mid-decade|the middle of the decade)|by (?:the end of )?(?P<bm>January|February|March|April|May|June|July|August|September|October|November|December)|(?P<in>in|since|from|during|the years|(?:at|by|for|towards?) the (?:start|beginning|middle) of) (?:(?:early|late|mid-?|the middle of|the start of) ?)?(?P<iy>(?:19|20)\d{2})|(?P<part>early|late|mid-?) ?(?P<iy2>(?:19|20)\d{2})|(?:(?:in|since|as of|the month of) (?:(?:early|late|mid-?|the middle of|the end of|the start of|the beginning of) ?)?|at the (?:start|beginning) of |(?:early|late|mid-?) ?|(?P<eom>the end of) )(?P<im>January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:or|and|to|through) (?P<im2>January|February|March|April|May|June|July|August|September|October|November|December))?(?: (?:of )?(?P<imy>last|this|next|that|the same) year)?|(?P<dir>last|next|this past|this coming|this) (?P<lm>January|February|March|April|May|June|July|August|September|October|November|December)|(?-i:(?P<dm>January|February|March|April|May|June|July|August|September|October|November|December)) (?:data|figures|statistics)|(?-i:(?:[Tt]he|[Ii]ts|[Tt]heir) (?P<am>January|February|March|April|May|June|July|August|September|October|November|December)) (?:(?:[a-z]+ )?(?:announcement|payment|deadline|meeting|deal|agreement|visit|report|vote|decision|ceremony|summit|statement)s?|(?-i:(?:\p{Lu}\p{L}+ ){1,6}(?:Meeting|Summit|Conference)))|(?:the year|an? record(?:-breaking|-setting)?|(?:the )?(?:first|last|final) (?:\w+ )?(?:months|weeks|days) of|(?:planned|scheduled|slated|lined up|budgets?) for|in the course of|(?-i:[1-4]Q|Q[1-4]|Vision|Summit)) (?P<yr>(?:19|20)\d{2})|(?P<yn>(?:19|20)\d{2}) (?:(?:annual|yearly) )?(?:commitment|pledge|promise|deal|agreement|announcement|plan|report|budget|edition|figure|result|target|total|ceremony|ground-breaking|groundbreaking|election|crisis|census|(?:[A-Za-z]+ )?revolution|(?:feasibility )?stud(?:y|ie)|(?:[A-Za-z]+ )?code)s?|(?P<yv>(?:19|20)\d{2}) (?:meant|saw|brought|marked|proved)|(?-i:[A-Z]{2,6}), (?P<cy>(?:19|20)\d{2})|(?:the )?(?:summer|spring|autumn|fall|winter|(?:first|second|third|fourth|last) (?:half|quarter))(?: of)? (?P<sy>(?:19|20)\d{2})|(?:to|until|till|through|towards|toward) (?P<ty>(?:19|20)\d{2})|(?:(?P<sdir>(?:last|next|this past|this coming|this) |in (?:early|late|mid-?) ?)(?P<season>spring|summer|autumn|fall|winter)|(?:early|late|mid-?) ?(?P<season2>spring|summer|autumn|winter)|in the (?P<season3>spring|summer|autumn|winter|fall))(?:(?: of)? (?P<sy2>(?:19|20)\d{2}))?|the (?:past|last) (?P<bn>\w+) (?P<bunit>years|months|weeks))\b",
    ))
});

/// Dates counted back from the article's ("four years ago"), found apart so that "over 40 years
/// ago" is not read as a horizon of forty years. "many a decade ago" counts nothing.
pub(super) static AGO: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&ascii_words(
        r"(?i)\b(?:(?P<many>many) )?(?P<ago>\w+) (?P<agounit>years?|months?|weeks?|days?|decades?) ago\b",
    ))
});
/// The months a span of years or months covers ("three years", "the next decade").
pub(super) fn span_months(caps: &Captures) -> Option<u32> {
    if caps.name("decade").is_some() {
        return Some(120);
    }
    // "in three to four years" allows the longer.
    // "within a year" is a span as "within two years" is, and so is "in one year" ("in a
    // year" may be a rate: "1,000 cars in a year").
    let (n, unit) =
        match (caps.name("rn2"), caps.name("runit"), caps.name("wn").or(caps.name("wn1"))) {
            (Some(n), Some(unit), _) => (n, unit),
            (_, _, Some(n)) => (n, caps.name("wunit")?),
            _ => (caps.name("n")?, caps.name("unit")?),
        };
    let n = count(&n.as_str().to_lowercase())?;
    if unit.as_str().to_lowercase().starts_with("year") { n.checked_mul(12) } else { Some(n) }
}

/// A span counted from a point the text names, as precise as the point (a day, a month or a
/// year); none when the point is still to come at the article's date.
pub(super) fn from_point(months: u32, point: &str, published: NaiveDate) -> Option<String> {
    if let Ok(year) = point.parse::<i32>() {
        let end = year.checked_add(i32::try_from(months.div_ceil(12)).ok()?)?;
        return (year <= published.year()).then(|| end.to_string());
    }
    if let Ok(day) = NaiveDate::parse_from_str(point, "%Y-%m-%d") {
        let end = day.checked_add_months(Months::new(months)).filter(|_| day <= published)?;
        return Some(end.to_string());
    }
    let month = NaiveDate::parse_from_str(&format!("{point}-01"), "%Y-%m-%d").ok()?;
    let end = month.checked_add_months(Months::new(months)).filter(|_| month <= published)?;
    Some(format!("{}-{:02}", end.year(), end.month()))
}

/// A point in time the text names: a full date, a month of a year, or "in June".
pub(super) struct Point {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: String,
}

/// The nearest point in time the text names before `at` that `fits`, in its sentence or the
/// one before: the moment a sentence may count from instead of the article's date.
pub(super) fn anchor<'a>(
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

/// The day the text gives an announcement that the sentence holding `at` speaks of without a
/// date of its own ("Coca-Cola has announced a plan to invest over the next five years", then
/// "Ruto announced the plan ... on Wednesday, May 21"): the nearest day before the article's
/// date named in a sentence of announcing, before or after this one.
pub(super) fn dated_announcement<'a>(
    text: &str,
    named: &'a [Candidate],
    sentences: &[(usize, usize)],
    at: usize,
    published: NaiveDate,
) -> Option<&'a str> {
    static SPEAKS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(r"(?i)\b(?:announc|pledg|unveil)")).expect("a valid pattern")
    });
    let sentence_of = |at: usize| sentences.iter().find(|&&(s, e)| s <= at && at < e).copied();
    let (s, e) = sentence_of(at)?;
    if !SPEAKS.is_match(&text[s..e]) {
        return None;
    }
    let day = |c: &Candidate| NaiveDate::parse_from_str(&c.value, "%Y-%m-%d").ok();
    named
        .iter()
        .filter(|c| day(c).is_some_and(|d| d < published))
        .filter(|c| sentence_of(c.start).is_some_and(|(s, e)| SPEAKS.is_match(&text[s..e])))
        .min_by_key(|c| c.start.abs_diff(at))
        .map(|c| c.value.as_str())
}

/// Whether a point is when something was announced or pledged ("announced in June", "on
/// August 6, 2025, Apple announced"): a span of years counts from such a moment, not from any
/// date a sentence names ("which opened in March 2019, will invest over five years").
pub(super) fn announces(text: &str, point: &Point) -> bool {
    static ANNOUNCING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(r"(?i)\b(?:announc|pledg|commit|promis|unveil|vow)"))
            .expect("a valid pattern")
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
/// Whether a point is the day of a meeting ("Sunday's meeting", "on Tuesday at a summit"),
/// where pledges made at it are counted from.
pub(super) fn meets(text: &str, point: &Point) -> bool {
    static MEETING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"^(?:[’']s)?(?: [a-z]+){0,3} (?:meeting|summit|talks|conference|ceremony)\b",
        ))
        .expect("a valid pattern")
    });
    MEETING.is_match(&text[point.end..])
}

/// Where a year told relatively starts, and its month or day, when a month's name stands just
/// before it: "slated for January next year" is that January, "began operations on January 6
/// this year" and "signed on 1 August last year" that day.
pub(super) fn month_before(text: &str, start: usize, year: &str) -> Option<(usize, String)> {
    let head = text[..start].strip_suffix(' ')?;
    let year = year.parse::<i32>().ok().filter(|_| year.len() == 4)?;
    let month_at = |head: &str| {
        MONTHS.iter().position(|m| {
            head.strip_suffix(m).is_some_and(|rest| !rest.ends_with(char::is_alphanumeric))
        })
    };
    let day = |word: &str| word.parse::<u32>().ok().filter(|_| word.len() <= 2);
    // "January 6 this year": the day after the month's name.
    if let Some((rest, word)) = head.rsplit_once(' ')
        && let Some(d) = day(word)
        && let Some(month) = month_at(rest)
    {
        let date = NaiveDate::from_ymd_opt(year, month as u32 + 1, d)?;
        return Some((rest.len() - MONTHS[month].len(), date.to_string()));
    }
    let month = month_at(head)?;
    // "1 August last year": the day before the month's name.
    let before = head[..head.len() - MONTHS[month].len()].strip_suffix(' ');
    if let Some((at, d)) = before.and_then(|b| {
        let word = b.rsplit([' ', '\n']).next()?;
        Some((b.len() - word.len(), day(word)?))
    }) {
        let date = NaiveDate::from_ymd_opt(year, month as u32 + 1, d)?;
        return Some((at, date.to_string()));
    }
    Some((head.len() - MONTHS[month].len(), format!("{year}-{:02}", month + 1)))
}

pub(super) fn relative(caps: &Captures, published: NaiveDate, ahead: bool) -> Option<String> {
    let get = |name: &str| caps.name(name).map(|m| m.as_str().to_lowercase());
    // "In 90 days it will be on sale": so many days after the article's.
    if let Some(days) = get("dn") {
        return Some((published + Duration::days(days.parse().ok()?)).to_string());
    }
    // "in the next two weeks": so many weeks after the article's.
    if let Some(weeks) = get("wkn") {
        return Some((published + Duration::weeks(i64::from(count(&weeks)?))).to_string());
    }
    if let Some(weekday) = get("wd") {
        let weekday: Weekday = weekday.parse().ok()?;
        let (day, on) =
            (published.weekday().num_days_from_monday(), weekday.num_days_from_monday());
        // "slated to visit on Wednesday": the next such day on or after the article's.
        if ahead {
            return Some((published + Duration::days(i64::from((on + 7 - day) % 7))).to_string());
        }
        // News tells of the week just gone: the latest such day on or before the article's.
        let back = (day + 7 - on) % 7;
        return Some((published - Duration::days(i64::from(back))).to_string());
    }
    if let Some(rel) = get("rel") {
        return Some(match rel.as_str() {
            "yesterday" | "last night" => (published - Duration::days(1)).to_string(),
            "today" | "tonight" | "this morning" | "this afternoon" | "this evening" => {
                published.to_string()
            }
            "tomorrow" => (published + Duration::days(1)).to_string(),
            "next week" => {
                let monday = published.weekday().num_days_from_monday();
                let start = published + Duration::days(7 - i64::from(monday));
                format!("{start} week")
            }
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
            "this year" | "the current year" => published.year().to_string(),
            "next year" => (published.year() + 1).to_string(),
            _ => return None,
        });
    }
    if let Some(year) = get("ey") {
        // "by 2026" and "by the end of 2026" both mean on or before its last day.
        return Some(format!("{year}-12-31"));
    }
    let past = match (get("pn").or(get("bn")), get("punit").or(get("bunit")), get("pone")) {
        (Some(n), Some(unit), _) => Some((count(&n)?, unit)),
        (_, _, Some(one)) if one == "decade" => Some((10, "years".to_owned())),
        (_, _, Some(one)) => Some((1, format!("{one}s"))),
        _ => None,
    };
    if let Some((n, unit)) = past {
        // "in the past three years" reaches back to the day three years before the article.
        let day = match unit.as_str() {
            "weeks" => published.checked_sub_signed(Duration::weeks(i64::from(n)))?,
            "days" => published.checked_sub_signed(Duration::days(i64::from(n)))?,
            "months" => published.checked_sub_months(Months::new(n))?,
            // "in the past two and a half years": six months more.
            _ => {
                let half = if get("half").is_some() { 6 } else { 0 };
                published.checked_sub_months(Months::new(n.checked_mul(12)?.checked_add(half)?))?
            }
        };
        return Some(day.to_string());
    }
    if let Some(months) = span_months(caps) {
        return Some(published.checked_add_months(Months::new(months))?.to_string());
    }
    if let Some(end) = get("endof") {
        // The decade of the article: "the end of the decade" in 2022 is the end of 2029.
        let year = match (end.ends_with("decade"), end.contains("next")) {
            (true, next) => published.year() / 10 * 10 + 9 + if next { 10 } else { 0 },
            (false, next) => published.year() + i32::from(next),
        };
        return Some(format!("{year}-12-31"));
    }
    if let Some(month) = get("bm") {
        // "to be filled by July": the last day of the next such month from the article's; told
        // in the past, of the latest such month up to the article's.
        let month = month_number(&month)?;
        let year = if ahead {
            published.year() + i32::from(month < published.month())
        } else {
            published.year() - i32::from(month > published.month())
        };
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
        return Some(last.to_string());
    }
    if get("middec").is_some() {
        // "by mid-decade" in 2021 is 2025, the middle of the article's decade.
        return Some((published.year() / 10 * 10 + 5).to_string());
    }
    if get("many").is_some() {
        return None;
    }
    if let (Some(n), Some(unit)) = (get("ago"), get("agounit")) {
        // "four years ago" names a year, "two months ago" a month: no more precise than that.
        let n = count(&n)?;
        // "more than a decade ago" names the year ten years back.
        let (n, unit) = if unit.starts_with("decade") {
            (n.checked_mul(10)?, "years")
        } else {
            (n, unit.as_str())
        };
        if unit.starts_with("year") {
            // A year before the first is no date a story file can hold.
            let year = published.year().checked_sub(i32::try_from(n).ok()?).filter(|y| *y >= 1)?;
            return Some(year.to_string());
        }
        // "two days ago" and "three weeks ago" name a day.
        if unit.starts_with("day") || unit.starts_with("week") {
            let days = i64::from(n) * if unit.starts_with("week") { 7 } else { 1 };
            return Some(published.checked_sub_signed(Duration::days(days))?.to_string());
        }
        let month = published.checked_sub_months(Months::new(n)).filter(|m| m.year() >= 1)?;
        return Some(format!("{}-{:02}", month.year(), month.month()));
    }
    // "its August bond payment", "the September announcement": a month told as an event's,
    // read as "in August" is.
    if let Some(month) = get("im").or_else(|| get("am")) {
        // The latest such month up to the article's: news looks back, unless the sentence
        // tells of something to come ("expected to start in April").
        let month = month_number(&month)?;
        // "April last year" is that month of the year the words name.
        if let Some(dir) = get("imy") {
            let year = match dir.as_str() {
                "last" => published.year() - 1,
                "next" => published.year() + 1,
                _ => published.year(),
            };
            return Some(format!("{year}-{month:02}"));
        }
        let year = match (ahead, month.cmp(&published.month())) {
            (true, std::cmp::Ordering::Less) => published.year() + 1,
            (true, _) | (false, std::cmp::Ordering::Less | std::cmp::Ordering::Equal) => {
                published.year()
            }
            (false, std::cmp::Ordering::Greater) => published.year() - 1,
        };
        return Some(format!("{year}-{month:02}"));
    }
    if let (Some(dir), Some(month)) = (get("dir"), get("lm")) {
        // "last January": the latest January before the article's month; "next January" the
        // first after it; "this January" the article's year's.
        // "this past January" is the last, "this coming January" the next.
        let month = month_number(&month)?;
        let year = published.year();
        let year = match dir.split_whitespace().collect::<Vec<_>>().join(" ").as_str() {
            "last" | "this past" if month >= published.month() => year - 1,
            "next" | "this coming" if month <= published.month() => year + 1,
            _ => year,
        };
        return Some(format!("{year}-{month:02}"));
    }
    if let Some(month) = get("dm") {
        // "according to October data": the latest such month before the article's, whose
        // figures are out.
        let month = month_number(&month)?;
        let year = published.year() - i32::from(month >= published.month());
        return Some(format!("{year}-{month:02}"));
    }
    if let Some(season) = get("season").or_else(|| get("season2")).or_else(|| get("season3")) {
        return season_year(&season, get("sdir").as_deref(), get("sy2"), published, ahead);
    }
    // "the summer of 2026" and "pushed back to 2025" are no more precise than their year.
    get("iy")
        .or_else(|| get("iy2"))
        .or_else(|| get("yn"))
        .or_else(|| get("yv"))
        .or_else(|| get("cy"))
        .or_else(|| get("yr"))
        .or_else(|| get("sy"))
        .or_else(|| get("ty"))
}

/// A small count written as a word or in digits ("four", "15").
pub(super) fn count(word: &str) -> Option<u32> {
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

/// The year of a season named with a direction or a part ("this past summer", "next spring",
/// "in late fall"): the last one begun by the article's month, or the next one to begin when the
/// words or the sentence look ahead; a year written after it ("late summer 2026") wins.
fn season_year(
    season: &str,
    direction: Option<&str>,
    year: Option<String>,
    published: NaiveDate,
    ahead: bool,
) -> Option<String> {
    if year.is_some() {
        return year;
    }
    let begins = match season {
        "spring" => 3,
        "summer" => 6,
        "autumn" | "fall" => 9,
        _ => 12,
    };
    let direction = direction.unwrap_or("").split_whitespace().collect::<Vec<_>>().join(" ");
    let (this, month) = (published.year(), published.month());
    let year = match direction.as_str() {
        "this" => this,
        // "last summer" said in August, the summer still under way, is the one before; "this
        // past spring" said in May is the spring now ending.
        "last" => this - i32::from(begins + 2 >= month),
        "this past" => this - i32::from(begins >= month),
        "next" | "this coming" => this + i32::from(begins <= month),
        // "begins in the fall", said in October: the fall under way.
        _ if ahead => this + i32::from(begins + 2 < month),
        _ => this - i32::from(begins > month),
    };
    Some(year.to_string())
}
