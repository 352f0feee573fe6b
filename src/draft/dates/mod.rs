//! Dates: the article's own date, and the dates and horizons in its text resolved against it
//! ("on Tuesday", "yesterday", "last month", "by the end of 2020", "over the next four years").
//!
//! A resolved value is as precise as the words: a day (`2016-12-06`), a month (`2016-11`) or a
//! year (`2020`); a horizon is the last day it allows.

mod address;
mod adjacent;
mod asides;
mod bounds;
mod context;
mod days;
mod fiscal;
mod horizons;
mod numeric;
mod ordinal;
mod published;
mod ranges;
mod relative;
mod shift;
mod today;
mod years;

use super::ascii_words;

use std::sync::LazyLock;

use crate::draft::pattern::{Captures, Regex};
use chrono::{Datelike, NaiveDate};

use super::{Candidate, Kind, spaced};
pub use address::url_date;
use context::{FUTURE, ORIGINAL, PLANS, POINTS_BACK, SOON, said_word};
pub use published::published;
use relative::{AGO, Point, RELATIVE, anchor, announces, from_point, meets, relative, span_months};

const MONTH: &str = r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December|May\.|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)";

/// A day of the week before a date, which is part of it: "Monday 14 October 2024", with its
/// "on" as a weekday alone has it ("on Friday, May 2", as "on Friday") and the part of the day
/// ("Wednesday afternoon, May 4").
const WEEKDAY: &str = "(?:[Oo]n )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?";

/// Absolute dates: "January 10, 2017", "Dec. 16, 2024", "November 11 of the 2021" (as a
/// translated release writes it), "10 January 2017", "the 14th of
/// October 2024", "2017-03-07", "02.02.2019", "March 2017" (or "May '2024", as a page may
/// garble it), with their day of the week.
static ABSOLUTE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&ascii_words(&format!(
        r"\b(?:{WEEKDAY},? )?(?:{MONTH} ?(?P<d>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?(?:-\d{{1,2}})?(?:, ?| of(?: the)? | )(?P<y>\d{{4}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|ST|ND|RD|TH)?(?: of)?(?: |\. ?|-){m2}(?:,? |\.?\b|-)(?P<y2>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?P<num>\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}|\d{{1,2}}\.\d{{1,2}} \.\d{{4}}|\d{{4}}[./]\d{{1,2}}[./]\d{{1,2}})|{m3},?(?: of)? ['’]?(?P<y3>\d{{4}}))(?:\b|(?P<glued>(?-i:[A-Z][a-z])))",
        m2 = MONTH.replace("?P<m>", "?P<m2>"),
        m3 = MONTH.replace("?P<m>", "?P<m3>"),
    )))
});

/// Where a date that [`ABSOLUTE`] found ends: before the capital of a word that a page glued to
/// its year when it lost the line break after it ("September 20, 2024After six years").
pub(super) fn date_end(caps: &Captures) -> usize {
    let whole = caps.get(0).expect("a match has a whole span");
    caps.name("glued").map_or(whole.end(), |g| g.start())
}

/// A month and day with no year ("On January 10", "on 14 October"), in the article's year.
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&ascii_words(&format!(
        r"\b(?:{WEEKDAY},? )?(?:{MONTH} ?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {m2})\b",
        m2 = MONTH.replace("?P<m>", "?P<m2>"),
    )))
});

/// What comes before "in three years" when the span is looked back on: a superlative or a
/// first time ("its slowest pace in", "the first time in", "the highest level in").
static LOOKED_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:\w+est|first|time|pace|level|high|low|once)(?: \w+)? $")
        .expect("a valid pattern")
});
/// What comes before "in five years" when a sentence says what is the first, largest or
/// biggest of its kind since then ("This is the first attempt to lure private investment to
/// the port in", "said to be the single largest investment in South Africa in"): the span
/// reaches back to a day, which is a date.
static FIRST_SINCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:is|was|be|marks|marked|it[’']s) the (?:single )?(?:first|largest|biggest)\b[^.;!?]{0,80} $")
        .expect("a valid pattern")
});
/// What follows the first year of a span of years ("from 2011| to 2022").
static BOUNDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(&format!(r"^ (?:to|until|through) (?:19|20)\d{{2}}{SPAN_END}")))
        .expect("a valid pattern")
});
/// What may follow the last year of a span of years, which a noun may not ("from 2019 to 2020
/// levels" is no span of years).
const SPAN_END: &str =
    r"(?:[.,;:)]|$| (?:to|and|in|for|with|when|while|as|but|due|because|amid|after)\b)";
static SPAN_ENDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&ascii_words(&format!("^{SPAN_END}"))).expect("a valid pattern"));
/// What precedes the last year of a span of years ("from 2011 |to 2022", "this year |through
/// 2030").
static BOUNDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"\b(?:[Ff]rom (?:19|20)\d{2}|the years (?:19|20)\d{2}|(?:this|next|last) year|the (?:past|last) \w+ (?:years|months)) $",
    ))
        .expect("a valid pattern")
});

/// Whether a text opens with a year that ends a span: " until 2021", " to 2030".
fn up_to_year(after: &str) -> bool {
    ["until", "to", "through", "till"].iter().any(|word| {
        let rest = after.strip_prefix(' ').and_then(|a| a.strip_prefix(word));
        let year = rest.and_then(|r| r.strip_prefix(' ')).and_then(|r| r.get(..4));
        year.is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Every date and horizon in the text; relative ones only when the article's date is known,
/// resolved against it.
pub fn find(text: &str, published: Option<NaiveDate>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let clock = clock_lines(text);
    let order = numeric::day_first(text);
    let mut ambiguous = Vec::new();
    for caps in ABSOLUTE.captures_iter(text) {
        let (m, end) = (caps.get(0).expect("a match has a whole span"), date_end(&caps));
        if clock.iter().any(|&(s, e)| s <= m.start() && end <= e) {
            continue;
        }
        if let Some(value) = absolute(&caps, order) {
            // "the end of June 2024" is the month's last day.
            let (start, value) =
                days::month_end(text, m.start(), &value).unwrap_or((m.start(), value));
            let two = caps.name("num").and_then(|n| numeric::read(n.as_str()));
            let why = match (two, order) {
                (Some(numeric::Reading::Two { .. }), Some(day)) => format!(
                    "`{}` is a date, read {} first as the text's other dates or times show it: check it",
                    &text[start..end],
                    if day { "day" } else { "month" }
                ),
                _ => format!("`{}` is a date", &text[start..end]),
            };
            out.push(date_at(start, end, value, why));
        } else if let Some(numeric::Reading::Two { day_first, month_first }) =
            caps.name("num").and_then(|n| numeric::read(n.as_str()))
        {
            ambiguous.push((m.start(), end, day_first, month_first));
        }
    }
    // "05/03/2024" under a date line `2024-03-05`: the reading that names a day the text
    // names elsewhere.
    let named: Vec<String> =
        out.iter().map(|c| c.value.clone()).chain(published.map(|p| p.to_string())).collect();
    for (start, end, day_first, month_first) in ambiguous {
        let is_named = |d: NaiveDate| named.contains(&d.to_string());
        let date = match (is_named(day_first), is_named(month_first)) {
            (true, false) => day_first,
            (false, true) => month_first,
            _ => continue,
        };
        let why = format!("`{}` names {date}, a day the text names elsewhere", &text[start..end]);
        out.push(date_at(start, end, date.to_string(), why));
    }
    bounds::find(text, &mut out);
    years::find(text, &mut out);
    fiscal::find(text, &mut out);
    years::lone(text, &mut out);
    let Some(published) = published else {
        years::undated(text, &clock, &mut out);
        return out;
    };
    let sentences = super::split_sentences(text);
    // The points in time the text names itself (a full date, a month of a year, "in June"),
    // which a later "in December" or "over the next three years" may count from.
    let mut points: Vec<Point> =
        out.iter().map(|c| Point { start: c.start, end: c.end, value: c.value.clone() }).collect();
    let mut years: Vec<Point> = Vec::new();
    // The horizons counted from the article's date, by index in `out`, with their months.
    let mut horizons: Vec<(usize, u32)> = Vec::new();
    // The spans looked back on from the article's date, by index in `out`.
    let mut spans_back: Vec<usize> = Vec::new();
    for caps in MONTH_DAY.captures_iter(text) {
        let m = caps.get(0).expect("a match has a whole span");
        if out.iter().any(|c| c.start < m.end() && m.start() < c.end)
            || clock.iter().any(|&(s, e)| s <= m.start() && m.end() <= e)
        {
            continue;
        }
        let (Some(month), Some(day)) =
            (caps.name("m").or(caps.name("m2")), caps.name("d").or(caps.name("d2")))
        else {
            continue;
        };
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
            None => match days::year_of_weekday(m.as_str(), published, month, day) {
                Some(date) if date.year() != published.year() => (
                    Some(date),
                    format!("`{}` in {}, the year its weekday falls on", m.as_str(), date.year()),
                ),
                _ if told_long_before(text, &sentences, m.start(), published, month, day) => (
                    NaiveDate::from_ymd_opt(published.year() - 1, month, day),
                    format!("`{}` told in the past, in the year before the article", m.as_str()),
                ),
                _ => (
                    NaiveDate::from_ymd_opt(published.year(), month, day),
                    format!("`{}` in the year of the article", m.as_str()),
                ),
            },
        };
        if let Some(date) = date {
            let value = date.to_string();
            out.push(date_at(m.start(), m.end(), value, why));
        }
    }
    for caps in AGO.captures_iter(text).chain(RELATIVE.captures_iter(text)) {
        let whole = caps.get(0).expect("a match has a whole span");
        // "our 2016 commitment", "2020 meant", "(BLS, 2017)" and "pushed back to 2025": the
        // year alone is the date; "in April or May": two months.
        // "from 2011 to 2022": each year that bounds the span is a date alone.
        // "for the years 2000 through 2005" too.
        let bound = caps.name("in").is_some_and(|w| {
            ["from", "the years"].iter().any(|f| w.as_str().eq_ignore_ascii_case(f))
        }) && caps
            .name("iy")
            .is_some_and(|y| y.start() == caps.name("in").map_or(0, |w| w.end() + 1))
            && BOUNDED.is_match(&text[whole.end()..]);
        let to_bound = caps.name("ty").is_some()
            && BOUNDING.is_match(&text[..whole.start()])
            && SPAN_ENDS.is_match(&text[whole.end()..]);
        // "in second quarter of 2023": the part of the year resolves to the year alone, which
        // is the date.
        let quarter = ["quarter", "half"].iter().any(|w| whole.as_str().contains(w));
        let (start, end) = match (
            caps.name("yn")
                .or(caps.name("yv"))
                .or(caps.name("cy"))
                .or(caps.name("yr"))
                .or(caps.name("ty"))
                .or(caps.name("iy").filter(|_| bound))
                .or(caps.name("sy").filter(|_| quarter))
                .or(caps.name("am")),
            caps.name("im"),
            caps.name("im2"),
        ) {
            (Some(year), _, _) => (year.start(), year.end()),
            (None, Some(first), Some(_)) => (whole.start(), first.end()),
            _ => (whole.start(), whole.end()),
        };
        // "as of December this year", "for the middle of 2018": the words that lead to the time
        // are no part of it.
        let opens =
            |w: &str| text[start..end].get(..w.len()).is_some_and(|s| s.eq_ignore_ascii_case(w));
        let start = if opens("as of ") {
            start + "as of ".len()
        } else if opens("for the middle of ") || opens("for the start of ") {
            start + "for ".len()
        } else {
            start
        };
        let said = &text[start..end];
        if out.iter().any(|c| c.start < end && start < c.end)
            || clock.iter().any(|&(s, e)| s <= start && end <= e)
        {
            continue;
        }
        // "Beijing Today" is a name: a capitalized word counts only where a sentence starts.
        // A line that opens with it starts a sentence too, after a headline with no stop.
        let opens = text[..start].trim_end_matches([' ', '\t']).ends_with('\n')
            || text[..start]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| ".!?\"“(–—:".contains(c))
            // "NORTH CAROLINA, November 21 - This week", "PHOENIX- Yesterday": a dateline's dash.
            || text[..start].trim_end().ends_with(" -")
            || shift::after_dateline(&text[..start]);
        // "its slowest pace in three years", "the first time in five years": a span looked
        // back on, no horizon.
        let looked_back = caps.name("bare").is_some() && LOOKED_BACK.is_match(&text[..start]);
        // "the first attempt ... in five years" is the day that many years before the article.
        if caps.name("bare").is_some() && FIRST_SINCE.is_match(&text[..start]) {
            if let Some(value) = looked_back_to(&caps, published) {
                let why = format!("`{said}` looks back from the article's date {published}");
                out.push(date_at(start, end, value, why));
            }
            continue;
        }
        if (caps.name("rel").is_some() && said.starts_with(char::is_uppercase) && !opens)
            || days::recurring(&text[..start])
            || looked_back
        {
            continue;
        }
        // "in the last three months of the year" is a part of a year the text does not name, and
        // "in the last three years until 2021" counts back from the year it names, not from
        // the article: that year is the date.
        if (caps.name("punit").is_some() || caps.name("bunit").is_some())
            && (text[end..].starts_with(" of ") || up_to_year(&text[end..]))
        {
            continue;
        }
        // "early may help": a month after "early" or "late" with no "in" is written capitalized.
        let bare = !said.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("in "));
        if caps.name("im").is_some_and(|m| m.as_str().starts_with(char::is_lowercase)) && bare {
            continue;
        }
        // A weekday looks ahead only right after a verb of what is to come ("slated to visit
        // the White House on Wednesday"), not anywhere in its sentence.
        let future = if caps.name("wd").is_some() { &*SOON } else { &*FUTURE };
        // "Construction will resume on the project, which had its certificate revoked in early
        // September": a clause in the past after the verb of what is to come looks back, as
        // does a plan a later event overtook ("had been due to meet on Wednesday").
        let head = &text[sentence_start(&sentences, start)..start];
        let ahead = future.find_iter(head).last().is_some_and(|m| {
            !context::PAST_CLAUSE.is_match(&head[m.end()..])
                && !head[..m.start()].to_lowercase().ends_with("had been ")
        });
        // "expect to employ over 1,000 Rwandans after two years": a horizon after a verb of
        // what is to come; "after two years of delays" is a time gone by.
        let after = caps.name("bare").is_some_and(|b| b.as_str().eq_ignore_ascii_case("after"));
        if after && (!ahead || text[end..].starts_with(" of")) {
            continue;
        }
        // "begins in the fall.": the season; "in the fall of prices" is a drop.
        let fall = caps.name("season3").is_some_and(|s| s.as_str().eq_ignore_ascii_case("fall"));
        if fall && caps.name("sy2").is_none() && !text[end..].starts_with(['.', ',', ';']) {
            continue;
        }
        // "on October 27 (Friday)": the weekday in brackets is the date before it.
        if let Some(value) =
            caps.name("wd").and_then(|_| days::weekday_in_brackets(text, start, &out))
        {
            let why = format!("`{said}` in brackets names the date before it again");
            out.push(date_at(start, end, value, why));
            continue;
        }
        // "on Friday (May 16)": the day in brackets tells which Friday.
        let ahead = match caps.name("wd") {
            Some(_) => days::named_ahead(text, end, published).unwrap_or(ahead),
            None => ahead,
        };
        // "to be filled by July" looks ahead to the next July, but "GE had created only 323
        // jobs by the end of April" back to the last April.
        let ahead = match caps.name("bm") {
            Some(_) => {
                !context::DONE_OR_DUE.is_match(&text[sentence_start(&sentences, start)..start])
            }
            None => ahead,
        };
        // A bare year after "to" is a date only in a sentence about plans ("pushed back the
        // target date to 2025", not "output from 2019 to 2020 levels"); "until 2032." and
        // "through 2028," tell a time anywhere, when the year ends the phrase.
        let firm = !said_word(whole.as_str(), &["to", "towards", "toward"])
            && SPAN_ENDS.is_match(&text[whole.end()..]);
        // "its 2024 to 2026 guidance": the years a company's forecast covers.
        let forecast = [" guidance", " outlook", " forecast"]
            .iter()
            .any(|w| text[whole.end()..].starts_with(w));
        if caps.name("ty").is_some()
            && !firm
            && !forecast
            && !to_bound
            && !ahead
            && !PLANS.is_match(&text[sentence_start(&sentences, start)..start])
        {
            continue;
        }
        let today = caps.name("rel").is_some_and(|r| r.as_str().eq_ignore_ascii_case("today"));
        // "today, Tuesday, May 30, 2023": the date beside it.
        let said_on = today.then(|| today::apposed(text, end, &points)).flatten();
        // "yesterday" in a quotation said on Thursday is Wednesday.
        let said_on = said_on
            .or_else(|| caps.name("rel").and_then(|_| shift::spoken_on(text, end, published)));
        // "Today is a sign" in a quotation from the ceremony the text dated "Yesterday", or
        // from the day the text gives its news.
        let said_on = said_on.or_else(|| {
            let event = || shift::event_day(text, start, &points, &out, published);
            today.then(|| event().or_else(|| today::quoted(text, start, &out, published))).flatten()
        });
        let base = said_on.or_else(|| today::released(text, start, &points)).unwrap_or(published);
        let article = || relative(&caps, base, ahead).map(|v| (v, base.to_string()));
        // An announcement counts in the span's own sentence ("announced in June that over the
        // next three years"), or in the sentence before when this one points back to it ("...
        // Apple announced a commitment. This raised its pledge to $600 billion over the next
        // four years"); otherwise the sentence before tells of another step ("Google announced
        // Tuesday it chose Michigan. The company will create 1,000 jobs over the next five
        // years" counts from the article's date). A meeting's day counts from either sentence.
        let own = sentence_start(&sentences, start);
        let back = POINTS_BACK.is_match(&text[own..]);
        // A meeting's day counts unless the text names another moment after it ("pledged at
        // last year's conference, promised ... this year. MTN will invest in the next five
        // years" counts from the article's date).
        let nearest = |p: &Point| !points.iter().any(|q| p.start < q.start && q.start < start);
        let announced = anchor(&points, &sentences, start, |p| {
            ((back || p.start >= own) && announces(text, p)) || (meets(text, p) && nearest(p))
        });
        // "In its original announcement the company said ... in three to four years": from the
        // first announcement the text dates, however far before.
        let original = ORIGINAL.is_match(&text[own..start]).then(|| {
            let named = points.iter().chain(&years).filter(|p| p.end <= start);
            named.filter(|p| announces(text, p)).min_by_key(|p| p.start).map(|p| p.value.as_str())
        });
        let announced = original.flatten().or(announced);
        let announced = announced
            .or_else(|| relative::dated_announcement(text, &out, &sentences, start, published));
        let later = anchor(&points, &sentences, start, |p| p.value > published.to_string());
        // "start in 2027, with a line due to begin in April that year and full output in
        // October": a month after a later year its sentence names is of that year.
        let that_year = caps.name("imy").is_none_or(|y| y.as_str().eq_ignore_ascii_case("that"));
        let in_year = caps.name("im").filter(|_| that_year).and_then(|m| {
            let year = years.iter().rev().find(|p| p.start >= own && p.end <= start)?;
            let year =
                year.value.get(..4).filter(|y| *y > published.year().to_string().as_str())?;
            Some((format!("{year}-{:02}", month_number(m.as_str())?), year.to_owned()))
        });
        // "in October and November of the same year", after "in August 2022": the months of
        // the year the text named last.
        let same_year = caps.name("imy").filter(|y| y.as_str().eq_ignore_ascii_case("the same"));
        let same_year = same_year.and_then(|_| {
            let named = out.iter().filter(|c| c.end <= start).max_by_key(|c| c.start)?;
            let year = named.value.get(..4).filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
            let month = month_number(caps.name("im")?.as_str())?;
            Some((format!("{year}-{month:02}"), year.to_owned()))
        });
        let resolved = match (span_months(&caps), announced, later) {
            (None, _, _) if same_year.is_some() => same_year,
            (None, _, _) if in_year.is_some() => in_year,
            // A span of years after the moment the text says something was announced
            // ("announced in June that over the next three years") counts from that moment.
            (Some(months), Some(point), _) => {
                from_point(months, point, published).map(|v| (v, point.to_owned())).or_else(article)
            }
            // "a change from the date in December", after a day still to come: the latest
            // December up to that day.
            // A later year alone ("until at least 2035") names no day to count back from.
            (None, _, Some(point))
                if caps.name("im").is_some() && caps.name("imy").is_none() && point.len() >= 7 =>
            {
                let base =
                    NaiveDate::parse_from_str(&format!("{}-01", &point[..7]), "%Y-%m-%d").ok();
                base.and_then(|base| relative(&caps, base, ahead)).map(|v| (v, point.to_owned()))
            }
            _ => article(),
        };
        let from_article =
            resolved.as_ref().is_some_and(|(_, from)| *from == published.to_string());
        let horizon = span_months(&caps).filter(|_| from_article);
        // "has invested in the last five years, he said": a span looked back on in what a
        // speaker said, counted from the article's date, may count from the day of the news.
        let back = ["punit", "bunit", "pone"].iter().any(|n| caps.name(n).is_some())
            && spoken(text, &sentences, start);
        let resolved = resolved.map(|(value, from)| {
            let whose = if from == published.to_string() {
                "the article's date"
            } else {
                "the date named before it,"
            };
            (value, format!("`{}` counted from {whose} {from}", said))
        });
        if let Some((value, why)) = resolved {
            // "Sunday's meeting": the day of a meeting is a moment to count from as well.
            // "Earlier this month, Microsoft announced": so is a month or year the words name.
            let named_rel = caps.name("rel").is_some() && !value.ends_with("week");
            if caps.name("im").is_some() || caps.name("wd").is_some() || named_rel {
                points.push(Point { start, end, value: value.clone() });
            }
            // "in early 2017 ... announced": a year an original announcement may count from.
            if caps.name("iy").or(caps.name("iy2")).is_some() {
                years.push(Point { start, end, value: value.clone() });
            }
            if let Some(second) = caps.name("im2")
                && let Some(value) = second_month(&value, second.as_str())
            {
                let why =
                    format!("`{}` after `{said}`, the month that follows it", second.as_str());
                let (start, end) = (second.start(), second.end());
                out.push(date_at(start, end, value, why));
            }
            let bracketed = caps.name("wd").and_then(|_| days::bracketed(text, end, &value));
            // "January next year": the month before the year told relatively is its month.
            let month = caps.name("rel").and_then(|_| relative::month_before(text, start, &value));
            let (start, value) = month.unwrap_or((start, value));
            // "the end of August" is the month's last day, as "the end of June 2024" is.
            let ends = caps.name("eom").is_some() && value.len() == 7;
            let value = ends.then(|| days::last_day(&value)).flatten().unwrap_or(value);
            // "by the third quarter of 2021" is a deadline, the quarter's last day, as "by 2021"
            // is the year's; "By the end of last March" and "end-June this year" are the month's.
            // "by Q2 2020" is one too.
            let quarter_mark = whole.as_str().starts_with('Q');
            let part =
                caps.name("sy").filter(|_| quarter).or(caps.name("yr").filter(|_| quarter_mark));
            let deadline = part
                .and_then(|_| days::part_end(text, whole.start(), whole.as_str()))
                .or_else(|| {
                    // "by mid-March" is no month's end.
                    let said = text[start..end].to_lowercase();
                    let vague = ["mid", "early", "late"].iter().any(|w| said.starts_with(w));
                    (!vague).then(|| days::month_end(text, start, &value)).flatten()
                });
            let (start, value, why) = match deadline {
                Some((from, last)) => {
                    let why =
                        format!("`{}` is a deadline: the last day it names", &text[from..end]);
                    (from, last, why)
                }
                None => (start, value, why),
            };
            if let Some(months) = horizon {
                horizons.push((out.len(), months));
            }
            if back && from_article {
                spans_back.push(out.len());
            }
            out.push(date_at(start, end, value, why));
            out.extend(bracketed);
        }
    }
    horizons::recount(text, &mut out, &horizons, &spans_back, published);
    ordinal::find(text, &sentences, published, &mut out);
    adjacent::find(text, &mut out);
    shift::find(text, &sentences, published, &mut out);
    ranges::find(text, &mut out);
    asides::drop(text, &mut out);
    days::relative_parts(text, &mut out);
    days::yearless_parts(text, Some(published), &mut out);
    // "by June" read inside "by June this year": the longer span says which June.
    let inner = |c: &Candidate, all: &[Candidate]| {
        all.iter()
            .any(|o| o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start)
    };
    let keep: Vec<bool> = out.iter().map(|c| !inner(c, &out)).collect();
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
    out
}

/// The day a bare span of years or months looked back on ("the first attempt in five years")
/// began: that many years or months before the article's date.
fn looked_back_to(caps: &Captures, published: NaiveDate) -> Option<String> {
    let n = relative::count(&caps.name("n")?.as_str().to_lowercase())?;
    let months = if caps.name("unit")?.as_str().eq_ignore_ascii_case("years") { n * 12 } else { n };
    published.checked_sub_months(chrono::Months::new(months)).map(|d| d.to_string())
}

/// Where the sentence holding `at` starts (the text's start when none does).
/// Whether the words at `at` are what someone said: in a sentence with "said" ("has invested
/// in the last five years, he said"), or inside a quotation that a line with "said" opens
/// (`He said, "... I want to ... in the last 10 years.`).
fn spoken(text: &str, sentences: &[(usize, usize)], at: usize) -> bool {
    let said = |words: &str| words.split(|c: char| !c.is_alphabetic()).any(|w| w == "said");
    let sentence = sentences.iter().find(|&&(s, e)| s <= at && at < e);
    if sentence.is_some_and(|&(s, e)| said(&text[s..e])) {
        return true;
    }
    let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line..at];
    let open = before.matches('“').count() > before.matches('”').count()
        || before.matches('"').count() % 2 == 1;
    open && said(before)
}

/// Whether a day and month with no year, named at `at`, is told in the past half a year or more
/// before its day in the article's year comes, so that it is the year before's: "in his speech
/// to the nation on December 31, instructed them" in January.
fn told_long_before(
    text: &str,
    sentences: &[(usize, usize)],
    at: usize,
    published: NaiveDate,
    month: u32,
    day: u32,
) -> bool {
    static PAST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:was|were|had|did|said|[a-z]{3,}ed)\b").expect("a valid pattern")
    });
    let Some(date) = NaiveDate::from_ymd_opt(published.year(), month, day) else {
        return false;
    };
    let (start, end) =
        sentences.iter().copied().find(|&(s, e)| s <= at && at < e).unwrap_or((0, text.len()));
    let sentence = &text[start..end];
    // "On 30th Dec, the company received a permit for its plan to build a mill": a verb of the
    // past before any word of what is to come tells the sentence's time.
    let future = FUTURE.find(sentence).map_or(sentence.len(), |m| m.start());
    (date - published).num_days() > 180 && PAST.find(sentence).is_some_and(|m| m.start() < future)
}

fn sentence_start(sentences: &[(usize, usize)], at: usize) -> usize {
    sentences.iter().find(|&&(s, e)| s <= at && at < e).map_or(0, |&(s, _)| s)
}

/// The second month of "in April or May": in the year of the first, or the next one when it
/// comes earlier in the calendar ("in December or January").
fn second_month(first: &str, second: &str) -> Option<String> {
    let (year, month) = first.split_once('-')?;
    let (year, month): (i32, u32) = (year.parse().ok()?, month.parse().ok()?);
    let second = month_number(second)?;
    let year = if second < month { year + 1 } else { year };
    Some(format!("{year}-{second:02}"))
}

/// A time of day: "03:57", "11:18am".
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(r"(?i)\d{1,2}:\d{2}\s*(?:am|pm)?\b")).expect("a valid pattern")
});

/// The lines that show a time of day beside a date as a site's clock, not the article's dates:
/// the first line of the text, above the title ("Thursday, December 18, 2025 | 03:57 AM IST"),
/// or a line of page furniture joined by bars. Below the title, a date with its time ("Aug 6,
/// 2025, 11:18am EDT", "October 24, 2019 4:18 am") is when the article appeared.
fn clock_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut first = true;
    for line in text.split_inclusive('\n') {
        if CLOCK.is_match(line) && ABSOLUTE.is_match(line) && (first || line.contains('|')) {
            out.push((offset, offset + line.len()));
        }
        first &= line.trim().is_empty();
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

/// The date an absolute match names; `order` tells whether the text writes its dates in
/// figures day first, when the date itself does not show it.
fn absolute(caps: &Captures, order: Option<bool>) -> Option<String> {
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
    if let Some(num) = get("num") {
        return match numeric::read(num)? {
            numeric::Reading::One(date) => Some(date.to_string()),
            numeric::Reading::Two { day_first, month_first } => {
                Some(if order? { day_first } else { month_first }.to_string())
            }
        };
    }
    let (m, y) = (get("m3")?, get("y3")?);
    Some(format!("{y}-{:02}", month_number(m)?))
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_ahead;
#[cfg(test)]
mod tests_events;
#[cfg(test)]
mod tests_spoken;
#[cfg(test)]
mod tests_undated;

/// A date read from the span `start..end` of the article: `value` an ISO date, month or year.
fn date_at(start: usize, end: usize, value: String, why: String) -> Candidate {
    Candidate { kind: Kind::Date, start, end, value, known: false, why }
}
