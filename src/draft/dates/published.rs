//! The article's own date: a date line, a labelled date or a dateline near the top, never the
//! site's clock. It reads only the first lines and resolves nothing.

use std::sync::LazyLock;

use crate::draft::pattern::{Captures, Regex};
use chrono::{Datelike, NaiveDate};

use super::numeric::{Reading, read};
use super::{ABSOLUTE, CLOCK, MONTH, absolute, ascii_words, clock_lines, date_end, month_number};
use crate::draft::Candidate;

/// A dateline whose year follows the day after a slash, as a news agency writes it: "Addis
/// Ababa February 24/2023/ENA/".
static SLASHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(&format!(r"\b{MONTH} (?P<d>\d{{1,2}})/(?P<y>\d{{4}})\b")))
        .expect("a valid pattern")
});

/// A date line in figures without separators, year first, alone or before its source's name:
/// "20091222 allafrica".
static COMPACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?P<y>(?:19|20)\d{2})(?P<mo>[01]\d)(?P<d>[0-3]\d)(?:[ \t]+[A-Za-z][\w.]*)?\s*$",
    )
    .expect("a valid pattern")
});

/// A wire's dateline, which prints no year: "WELLINGTON, June 12 (Xinhua) --", "LONDON, March
/// 3 (Reuters) -", "Mexico, Dec 18 (EFEUSA) .-": a place, the month and day, the agency in
/// brackets and a dash.
static WIRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(&format!(
        r"^\s*[A-Z][A-Za-z.'\- ]{{1,40}}(?:, [A-Z][A-Za-z.' ]{{1,30}})?, {MONTH} (?P<d>\d{{1,2}}) \([A-Z][A-Za-z&.' ]{{1,30}}\) ?\.?(?:-{{1,2}}|\x{{2013}}|\x{{2014}})"
    )))
    .expect("a valid pattern")
});

/// A dateline in capitals that prints no year, then a dash and the first paragraph: "BINTULU,
/// March 5 — Premier ... said last night".
static CAPITALS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(&format!(
        r"^\s*[A-Z][A-Z.'\- ]{{1,40}}, {MONTH} (?P<d>\d{{1,2}}) ?(?:-{{1,2}}|\x{{2013}}|\x{{2014}})"
    )))
    .expect("a valid pattern")
});

/// A dateline that prints no year on a line of its own, after the time it was posted or alone:
/// "18:37 | Lima, Sep. 12.", "LIMA, Sep. 12".
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(&format!(
        r"^\s*(?:\d{{1,2}}:\d{{2}}\s*\|\s*)?[A-Z][A-Za-z.'\- ]{{1,40}}, {MONTH} (?P<d>\d{{1,2}})\.?\s*$"
    )))
    .expect("a valid pattern")
});

/// A dateline's place in capitals and brackets after its date, then a dash: " (DES MOINES) –".
static PLACE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ \(\p{Lu}[\p{Lu} .,'-]+\) ?[–—-] ").expect("a valid pattern"));

/// A date of figures with a year of two ("10/28/13"), read only on a labelled date line
/// ("Published: 10/28/13 @ 12:00"): elsewhere such figures are as often a score or a ratio.
static TWO_DIGIT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,2}/\d{1,2}/\d{2}\b").expect("a valid pattern"));

/// A byline's address glued to the date line after it: "chwilliams@ledger-enquirer.comJune 2,
/// 2009". The date begins at the capital after the address's last part.
static GLUED_ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[\w.+-]+@[a-z0-9-]+(?:\.[a-z]{2,6})+(?P<rest>\p{Lu})")
        .expect("a valid pattern")
});

/// The day a caught dateline names, with the year it prints or none.
fn month_day(caps: &Captures, year: Option<i32>) -> Option<NaiveDate> {
    let month = month_number(caps.name("m")?.as_str())?;
    let day = caps.name("d")?.as_str().parse().ok()?;
    let year = match caps.name("y") {
        Some(y) => y.as_str().parse().ok()?,
        None => year?,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The article's own date, from a dateline ("FRANKFORT, Ky. (Oct. 28, 2021) –", "TOKYO, Dec. 7,
/// 2016 -", "NEWARK, Calif. – February 28, 2022 –", "Addis Ababa February 24/2023/ENA/"), else
/// the first date line near the top: labelled ("Release Date:", "Published", "Posted on"), a
/// date alone or with its time, or the date ending a statement's title. A dateline wins over a
/// site's date line: the text's "today" is the day it was written. A wire's dateline prints no
/// year ("WELLINGTON, June 12 (Xinhua) --"): it takes the year of a date line above or below it.
/// An "Updated" line is the article's date only when no other line gives one. A date with its
/// time above the title ("September 12, 2018 11:41 am", "12 Sep 2018 | 11:41") is the article's
/// too, unless it opens with the day of the week: that is the site's clock ("Thursday, December
/// 18, 2025 | 03:57 AM IST", see [`clock_lines`]), which prints today's date, not the article's.
pub fn published(text: &str) -> Option<Candidate> {
    // A site's clock heads the page, above the title: the same stamp under the title
    // ("Mon, July 29, 2024 | 5:11 pm GMT+7") is the article's.
    let opening = text.len() - text.trim_start().len();
    let clock: Vec<(usize, usize)> = clock_lines(text)
        .into_iter()
        .filter(|&(s, e)| s <= opening && site_clock(&text[s..e]))
        .collect();
    let order = super::numeric::day_first(text);
    let mut offset = 0;
    let (mut found, mut updated, mut wire) = (None::<Candidate>, None::<Candidate>, None);
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if n >= 12 {
            break;
        }
        let (mut here, mut line) = (offset, line);
        offset += line.len();
        if let Some(rest) = GLUED_ADDRESS.captures(line).and_then(|c| c.name("rest")) {
            here += rest.start();
            line = &line[rest.start()..];
        }
        if clock.iter().any(|&(s, _)| s == here) {
            continue;
        }
        let why = format!("line {} gives the article's date", n + 1);
        if let Some(caps) =
            SLASHED.captures(line).filter(|c| c.get(0).is_some_and(|m| m.start() < 60))
        {
            let m = caps.get(0).expect("a match has a whole span");
            if let Some(date) = month_day(&caps, None) {
                return Some(super::date_at(
                    here + m.start(),
                    here + m.end(),
                    date.to_string(),
                    why,
                ));
            }
        }
        if let Some(caps) = COMPACT.captures(line) {
            let figure = |name: &str| caps.name(name).and_then(|m| m.as_str().parse().ok());
            let date = figure("y")
                .zip(figure("mo"))
                .zip(figure("d"))
                .and_then(|((y, mo), d)| NaiveDate::from_ymd_opt(y as i32, mo, d));
            if let Some(date) = date {
                let m = caps.name("y").expect("a year");
                let end = caps.name("d").expect("a day").end();
                return Some(super::date_at(here + m.start(), here + end, date.to_string(), why));
            }
        }
        if let Some(caps) = WIRE
            .captures(line)
            .or_else(|| BARE.captures(line))
            .or_else(|| CAPITALS.captures(line))
            .filter(|_| wire.is_none())
        {
            let (m, d) = (caps.name("m").expect("a month"), caps.name("d").expect("a day"));
            wire = Some((here + m.start(), here + d.end(), caps, why.clone()));
        }
        let label = line.trim_start().to_lowercase();
        let revised = ["updated", "last updated", "modified", "last modified"]
            .iter()
            .any(|l| label.starts_with(l));
        let labelled =
            ["date", "published", "posted", "uploaded"].iter().any(|l| label.starts_with(l))
                || ["release date", "published on", "posted on"].iter().any(|l| label.contains(l));
        // "September 12, 2018 11:41 am | Updated: September 13, 2018": the line's date before
        // its update is the article's, the one after it an update's.
        let update = ["updated", "modified"]
            .iter()
            .filter_map(|l| line.to_lowercase().find(l))
            .min()
            .filter(|&at| at > 0 && line.is_char_boundary(at))
            .unwrap_or(line.len());
        for caps in ABSOLUTE.captures_iter(line) {
            let (m, end) = (caps.get(0).expect("a match has a whole span"), date_end(&caps));
            // "ECONOMY | 05-09-2024 11:41": where nothing else in the text sets the order, a
            // date line's figures joined by hyphens are day first, as most of the world writes
            // them (a dateline of the United States, which writes the month first, sets it).
            let hyphened = caps.name("num").is_some_and(|n| n.as_str().contains('-'));
            let order = order.or(hyphened.then_some(true));
            let Some(date) =
                absolute(&caps, order).and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok())
            else {
                continue;
            };
            // A dateline: a place then the date, before the first paragraph's words.
            let before = line[..m.start()].trim_end();
            let place = before.split_whitespace().any(|w| {
                let w = w.trim_end_matches([',', '-', '–', '—']);
                w.len() > 2 && w.chars().all(|c| c.is_ascii_uppercase())
            });
            // "April 21, 2011 (DES MOINES) – The board": the date first, the place after it.
            let placed_after = before.is_empty() && PLACE_AFTER.is_match(&line[end..]);
            // "Aug. 22, 2025 – International Paper announced": a dated opening, its year
            // written, then a dash (or a hyphen set as one: "February 5, 2021 - Glencore")
            // and the first paragraph.
            let dashed = before.is_empty()
                && [" – ", " — ", " - "].iter().any(|d| line[end..].starts_with(d))
                && line[m.start()..end].chars().filter(char::is_ascii_digit).count() >= 5;
            // "Podgorica, Montenegro (17 November 2015) — Sole bid": a place in any case, the
            // date in brackets, then a dash and the first paragraph.
            let bracketed = before.ends_with('(')
                && [") – ", ") — ", ") - "].iter().any(|d| line[end..].starts_with(d));
            let dateline = m.start() < 60
                && (before.ends_with(',')
                    || (before.ends_with(['(', '–', '—']) && place)
                    // "BEIJING--Sept. 16, 2005--Cummins Inc.": a release's place and date set
                    // off by double hyphens.
                    || (before.ends_with("--") && place)
                    // "Chesterfield, Virginia, USA 08 February 2017 -- (From The Chesterfield
                    // Observer) -- Construction": a place with its region, the date, then a
                    // double hyphen.
                    || (before.contains(", ") && line[end..].starts_with(" -- "))
                    || bracketed)
                || placed_after
                || dashed;
            // A date line is little more than a date (and its time), and its update's; an
            // icon before it is no word ("📅 Wed June 17, 2015 - National Edition").
            let words = line[..update.max(end)].trim_start_matches(|c: char| !c.is_alphanumeric());
            let short = words.trim_end().len() <= end - m.start() + 24;
            let revised = revised || m.start() >= update;
            // A statement's title may end with its date: "... Operations – Nov. 3, 2017".
            // An ISO date needs no mark before it: "... Investors Roundtable 2022-09-23".
            let titled = n == 0
                && line.trim_end().ends_with(&line[m.start()..end])
                && (before.ends_with(['–', '—', '-', '|', ',']) || caps.name("iso").is_some());
            // A release's date line opens with its date, the place and kind after bars:
            // "June 18, 2025 | Austin, Texas | Press Release", its time before the bar or not,
            // at the top or under the title.
            let barred =
                before.is_empty() && line[end..].find('|').is_some_and(|bar| bar <= 24) && n <= 2;
            // "September 20, 2024After six years": a page that lost the line break after its
            // date line glued the date to the first paragraph.
            let glued = before.is_empty() && caps.name("glued").is_some();
            // "Officials express disappointment by Andrew Moreau | March 17, 2020 at 7:22 a.m.": a
            // byline's date after a bar, with no more than its time after it.
            let after_bar =
                before.ends_with('|') && (before.starts_with("By ") || before.contains(" by "));
            // "By: Brian Brus//The Journal Record//July 1, 2015", "Beth JoJack //December 3,
            // 2024//": a byline's parts set off by double slashes, the date last.
            let after_slashes = before.ends_with("//");
            let timed = line[end..].trim().len() <= 16;
            // "November 03, 2007|By ROB GEBHART": the date first, then a bar and the byline.
            let before_bar = before.is_empty()
                && line[end..]
                    .trim_start()
                    .strip_prefix('|')
                    .is_some_and(|rest| rest.trim_start().starts_with("By "));
            // "16th April 2024 By: Irma Venter - Creamer Media": the date, then the byline.
            let before_byline = before.is_empty()
                && ["By: ", "By "].iter().any(|b| line[end..].trim_start().starts_with(b));
            let bylined = (after_bar || after_slashes) && timed || before_bar || before_byline;
            // "19:29 | 31.05.2016 Category: Official": a time of day and a bar before the date.
            let clocked = before.strip_suffix('|').map(str::trim_end).is_some_and(|t| {
                CLOCK.find(t).is_some_and(|c| c.start() == 0 && c.end() == t.len())
            });
            // "Friday, September 4, 1998 Published at 13:01 GMT 14:01 UK": the date, then when
            // the page was published, in its zones.
            let stamped = before.is_empty()
                && ["Published at", "Posted at", "Last updated at"]
                    .iter()
                    .any(|w| line[end..].trim_start().starts_with(w));
            if !(labelled
                || revised
                || stamped
                || short
                || dateline
                || titled
                || barred
                || glued
                || bylined
                || clocked)
            {
                continue;
            }
            let candidate =
                super::date_at(here + m.start(), here + end, date.to_string(), why.clone());
            if dateline {
                return Some(candidate);
            }
            if revised && !labelled {
                updated.get_or_insert(candidate);
            } else {
                found.get_or_insert(candidate);
            }
        }
        if labelled
            && found.is_none()
            && let Some(m) = TWO_DIGIT_YEAR.find(line)
            && let Some(date) = read(m.as_str()).map(|r| match r {
                Reading::One(date) => date,
                // With nothing to tell, month first: a labelled line with a year of two
                // figures ("Posted 6/12/18") is how the press that writes month first prints it.
                Reading::Two { day_first, month_first } => {
                    if order.unwrap_or(false) {
                        day_first
                    } else {
                        month_first
                    }
                }
            })
        {
            let (start, end) = (here + m.start(), here + m.end());
            found = Some(super::date_at(start, end, date.to_string(), why.clone()));
        }
    }
    let found = found.or(updated);
    // With no date near the top, the page may give it at its end ("Published: 9/12/2018").
    let closing = if found.is_none() { closing(text, order) } else { Vec::new() };
    let Some((start, end, caps, why)) = wire else {
        return found.or_else(|| closing.first().filter(|_| closing.len() == 1).cloned());
    };
    let pages: Vec<&Candidate> = found.iter().chain(&closing).collect();
    let days: Vec<NaiveDate> =
        pages.iter().filter_map(|page| wire_day(&caps, Some(page))).collect();
    // A dateline that is one reading of the end's date in figures, day for day, settles it
    // ("Jun. 1" beside "Published: 6/1/2018").
    let same = |d: &NaiveDate| pages.iter().any(|page| page.value == d.to_string());
    let days = if days.iter().any(same) { days.into_iter().filter(same).collect() } else { days };
    match days.first() {
        Some(&date) if days.iter().all(|&d| d == date) => {
            let why =
                if found.is_none() { format!("{why}, its year the article's end") } else { why };
            Some(super::date_at(start, end, date.to_string(), why))
        }
        _ => found,
    }
}

/// The article's date written at its end, among its last three lines: a labelled line
/// ("Published: 9/12/2018", "Posted on May 7, 2023") or the source in brackets ("(Bloomberg
/// Adria, 26.12.2022)", "Source : yonhap news (Oct. 8 2019)"). A date in figures the text's order does not settle gives both its
/// readings, for a dateline to choose from.
fn closing(text: &str, order: Option<bool>) -> Vec<Candidate> {
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            lines.push((offset, line));
        }
        offset += line.len();
    }
    let mut out = Vec::new();
    for &(here, line) in lines.iter().rev().take(3) {
        let trimmed = line.trim();
        let label = trimmed.to_lowercase();
        let labelled = ["published", "posted", "released", "release date", "date:"]
            .iter()
            .any(|l| label.starts_with(l));
        // "Source : yonhap news (Oct. 8 2019)": a source line with its date in brackets.
        let bracketed =
            (trimmed.starts_with('(') || label.starts_with("source")) && trimmed.ends_with(')');
        for caps in ABSOLUTE.captures_iter(line) {
            let m = caps.get(0).expect("a match has a whole span");
            // A labelled date may be followed by the page's sections: "Released: 5.May 2016, v
            // Motory, Manufacturers.".
            let rest = line[m.end()..].trim();
            let ends =
                rest == if bracketed { ")" } else { "" } || labelled && rest.starts_with(',');
            if !(labelled || bracketed) || !ends {
                continue;
            }
            let why = format!("the article's end gives its date: `{}`", trimmed);
            let two = caps.name("num").and_then(|n| super::numeric::read(n.as_str()));
            let dates = match (two, order) {
                (Some(super::numeric::Reading::Two { day_first, month_first }), None) => {
                    vec![day_first, month_first]
                }
                _ => absolute(&caps, order)
                    .and_then(|v| NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok())
                    .into_iter()
                    .collect(),
            };
            for date in dates {
                let (start, end) = (here + m.start(), here + m.end());
                out.push(super::date_at(start, end, date.to_string(), why.clone()));
            }
        }
        if !out.is_empty() {
            break;
        }
    }
    out
}

/// Whether a line that shows a date beside a time is the site's clock: one that opens with the
/// day of the week, as a page's header prints the day it is read, and sets the time apart. A time to the second
/// ("Thursday, 26 January 2023 00:58:40 (GMT+3)") is a record's stamp, which a header's clock
/// does not print.
fn site_clock(line: &str) -> bool {
    static SECONDS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b\d{1,2}:\d{2}:\d{2}\b").expect("a valid pattern"));
    if SECONDS.is_match(line) {
        return false;
    }
    let first = line.trim_start().split([',', ' ', '.']).next().unwrap_or_default();
    let first = first.to_lowercase();
    // A header's clock sets its time apart with a bar or gives its half of the day and zone;
    // an article's own stamp under its byline ("Tuesday, 22 September 2020 10:45") does not.
    let header = line.contains('|')
        || line.split_whitespace().any(|w| ["AM", "PM", "am", "pm", "a.m.", "p.m."].contains(&w));
    let weekday = crate::draft::WEEKDAYS.iter().any(|d| d.to_lowercase().starts_with(&first));
    first.len() >= 3 && weekday && header
}

/// The day of a wire's dateline, in the year of the page's date line: the year before it when
/// the day would fall more than a week after that line (a "Dec. 31" dateline on a page dated
/// January 2).
fn wire_day(caps: &Captures, line: Option<&Candidate>) -> Option<NaiveDate> {
    let page = NaiveDate::parse_from_str(&line?.value, "%Y-%m-%d").ok()?;
    let day = month_day(caps, Some(page.year()))?;
    if day > page + chrono::Days::new(7) {
        month_day(caps, Some(page.year() - 1))
    } else {
        Some(day)
    }
}

#[cfg(test)]
mod tests {
    use super::published;

    fn value(text: &str) -> Option<String> {
        published(text).map(|c| c.value)
    }

    #[test]
    fn a_date_line_before_its_byline_is_the_articles_date() {
        let text = "Headline\n\n16th April 2024 By: Irma Venter - Creamer Media Senior Deputy \
                    Editor\n\nVolkswagen will invest R4-billion in its plant.";
        assert_eq!(value(text).as_deref(), Some("2024-04-16"));
    }

    #[test]
    fn a_placed_date_before_a_double_hyphen_and_month_first_figures_with_stops_are_read() {
        let text = "Headline\n\nChesterfield, Virginia, USA 08 February 2017 -- (From The \
                    Chesterfield Observer) -- Construction could begin as early as this summer.";
        assert_eq!(value(text).as_deref(), Some("2017-02-08"));
        let text = "Headline\n\nPublished: 8.15.2023\n\nThe department confirmed the plans.";
        assert_eq!(value(text).as_deref(), Some("2023-08-15"));
        let text = "Headline\n\nPublished: 5.8.2023\n\nThe department confirmed the plans.";
        assert_eq!(value(text).as_deref(), Some("2023-08-05"));
    }

    #[test]
    fn a_dateline_with_its_place_after_the_date_is_the_articles_date() {
        let text = "Headline\n\nApril 21, 2011 (DES MOINES) – The board approved awards today.";
        assert_eq!(value(text).as_deref(), Some("2011-04-21"));
        let text = "Headline\n\nApril 21, 2011 (see below) – The board approved awards today.";
        assert_eq!(value(text), None);
    }

    #[test]
    fn a_dated_opening_before_a_dash_or_a_hyphen_is_the_articles_date_with_its_year_only() {
        let text = "By Eric Curl\n\nAug. 22, 2025 – International Paper announced on Thursday \
                    it was closing its mill.";
        assert_eq!(value(text).as_deref(), Some("2025-08-22"));
        let text = "Headline\n\nJune 8 – the plant opened, and more work was done on it.";
        assert_eq!(value(text), None);
        let text = "By Diana Delgado\n\nFebruary 5, 2021 - Switzerland-based Glencore said that its \
                    firm will hand back its contracts.";
        assert_eq!(value(text).as_deref(), Some("2021-02-05"));
    }

    #[test]
    fn a_date_line_in_figures_without_separators_is_the_articles_date() {
        let text = "20091222 allafrica\nMaputo — The government on Tuesday announced it.";
        let found = published(text).unwrap();
        assert_eq!(
            (found.value.as_str(), &text[found.start..found.end]),
            ("2009-12-22", "20091222")
        );
        // A figure in a sentence, or one that is no day, is none.
        assert_eq!(value("Title\n\nThe fund holds 20091222 shares.\n"), None);
        assert_eq!(value("Title\n\n20091322 allafrica\n"), None);
    }

    #[test]
    fn a_year_after_a_slash_ends_an_agencys_dateline() {
        let text = "Headline\n\nAddis Ababa February 24/2023/ENA/ The company signed today.";
        let found = published(text).unwrap();
        assert_eq!(
            (found.value.as_str(), &text[found.start..found.end]),
            ("2023-02-24", "February 24/2023")
        );
    }

    #[test]
    fn a_wires_dateline_takes_the_year_of_the_page_date_line() {
        let text =
            "Title\n\nMarch 4, 2024\n\nLONDON, March 3 (Reuters) - The company said on Sunday.";
        assert_eq!(value(text).as_deref(), Some("2024-03-03"));
        let text = "January 2, 2025\n\nWELLINGTON, Dec. 31 (Xinhua) -- The government said.";
        assert_eq!(value(text).as_deref(), Some("2024-12-31"));
        // With no year anywhere near the top, the day cannot be dated.
        let text = "WELLINGTON, June 12 (Xinhua) -- The government on Tuesday approved it.";
        assert_eq!(value(text), None);
    }

    #[test]
    fn an_update_is_the_date_only_without_a_publication_date() {
        let text = "Title\n\nUpdated: March 9, 2024\nPublished: March 2, 2024\n\nText.";
        assert_eq!(value(text).as_deref(), Some("2024-03-02"));
        let text = "Title\n\nLast updated March 9, 2024\n\nText.";
        assert_eq!(value(text).as_deref(), Some("2024-03-09"));
    }

    #[test]
    fn a_date_line_with_its_time_above_the_title_is_the_articles_date() {
        for (line, date) in [
            ("September 12, 2018 11:41 am", "2018-09-12"),
            ("September 12, 2018 12:05 PM EDT", "2018-09-12"),
            ("12 Sep 2018 14:30 GMT", "2018-09-12"),
            ("Sept. 12, 2018 at 11:41 a.m.", "2018-09-12"),
            ("12 Sep 2018 | 11:41", "2018-09-12"),
            // An article's stamp with its weekday, its time set apart by nothing.
            ("Tuesday, 22 September 2020 10:45", "2020-09-22"),
        ] {
            let text =
                format!("{line}\n\nManitoba to help a jacket maker expand\n\nIt said Tuesday.");
            assert_eq!(value(&text).as_deref(), Some(date), "{line}");
        }
        // The time of an update is kept apart from the date the article was published.
        let text = "Updated September 13, 2018 3:00 pm\nSeptember 12, 2018 11:41 am\n\nTitle\n";
        assert_eq!(value(text).as_deref(), Some("2018-09-12"));
        let text = "September 12, 2018 11:41 am | Updated: September 13, 2018 3:00 pm\n\nTitle\n";
        assert_eq!(value(text).as_deref(), Some("2018-09-12"));
        let text = "Published 12:05 PM EDT, Sept. 12, 2018 Updated 3:00 PM EDT, Sept. 13, 2018\n";
        assert_eq!(value(text).as_deref(), Some("2018-09-12"));
        // A site's clock names the day of the week it is read.
        let text = "Thursday, December 18, 2025 | 03:57 AM IST\n\nTitle\n\nOn Tuesday, Son spoke.";
        assert_eq!(value(text), None);
    }

    #[test]
    fn an_icon_before_a_date_line_is_no_word_of_it() {
        let text = "Title\n\n📅   Wed June 17, 2015 - National Edition\n\nThe state acted.";
        assert_eq!(published(text).map(|c| c.value), Some("2015-06-17".into()));
    }

    #[test]
    fn a_release_date_line_opens_with_its_date_before_bars() {
        let text = "June 18, 2025 | Austin, Texas | Press Release\n\nThe governor today said.";
        assert_eq!(value(text).as_deref(), Some("2025-06-18"));
        // A stamp to the second is the article's, even after the day of the week.
        let text = "Thursday, 26 January 2023 00:58:40 (GMT+3) | San Diego\n\nIt opened today.";
        assert_eq!(value(text).as_deref(), Some("2023-01-26"));
        // A release's place, then its date, each set off by double hyphens.
        let text = "Title\n\nBEIJING--Sept. 16, 2005--Cummins Inc. today signed an agreement.";
        assert_eq!(value(text).as_deref(), Some("2005-09-16"));
        // The date, then when it was published, in two zones.
        let text = "Fujitsu axes 600 UK jobs\n\nFriday, September 4, 1998 Published at 13:01 GMT \
                    14:01 UK\n\nIt closed today.";
        assert_eq!(value(text).as_deref(), Some("1998-09-04"));
        // Under the title, with the bar set off by spaces.
        let text = "CELSA may lose aid\n\nWednesday, 15 June 2022 12:39:35 (GMT+3)   |   \
                    Istanbul\n\nIt opened today.";
        assert_eq!(value(text).as_deref(), Some("2022-06-15"));
        // A date opening a paragraph's sentence is no date line.
        let text = "June 18, 2025 was the day the plant opened, | said the mayor.\n\nToday.";
        assert_eq!(value(text), None);
    }

    #[test]
    fn a_date_line_of_hyphened_figures_is_day_first_unless_the_text_says_otherwise() {
        let text = "ECONOMY | 05-09-2024 11:41\n\nA founder vows an investment\n\nOn Wednesday.";
        assert_eq!(value(text).as_deref(), Some("2024-09-05"));
        // A day past the twelfth elsewhere sets the order: month first.
        let text = "05-09-2024\n\nTitle\n\nThe plant opened on 12/25/2023 after a delay.";
        assert_eq!(value(text).as_deref(), Some("2024-05-09"));
    }

    #[test]
    fn a_release_dateline_before_its_wire_service_is_the_date() {
        let text = "NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme today announced a plant.";
        assert_eq!(value(text).as_deref(), Some("2024-01-05"));
        let text = "Title\n\nPosted on May 7, 2023 by Staff\n\nText.";
        assert_eq!(value(text).as_deref(), Some("2023-05-07"));
    }

    #[test]
    fn a_date_line_of_day_month_and_year_joined_by_hyphens_is_read() {
        let text =
            "Lhyfe gets its grant\n- 24-Apr-2025 11:30 PM\n- Journalist: Nina\n\nIt said so.";
        assert_eq!(value(text).as_deref(), Some("2025-04-24"));
    }

    #[test]
    fn a_date_line_glued_to_the_byline_s_address_before_it_is_read() {
        let text = "Title\n\nchwilliams@ledger-enquirer.comJune 2, 2009\n\nColumbus scored.";
        let found = published(text).expect("a date");
        assert_eq!(
            (found.value.as_str(), &text[found.start..found.end]),
            ("2009-06-02", "June 2, 2009")
        );
        // An address alone on its line gives nothing.
        let text = "Title\n\nchwilliams@ledger-enquirer.com\n\nColumbus scored.";
        assert_eq!(value(text), None);
    }

    #[test]
    fn a_month_with_a_stray_stop_or_a_year_glued_to_its_comma_is_read() {
        let text = "Title\nPublished: May. 4, 2016 at 10:08 PM MST|Updated: May. 5, 2016\nText.";
        assert_eq!(value(text).as_deref(), Some("2016-05-04"));
        let text = "Title\nLusaka, August 1,2014, ZANIS—President Michael Sata says so.";
        assert_eq!(value(text).as_deref(), Some("2014-08-01"));
    }

    #[test]
    fn a_labelled_date_line_s_year_of_two_figures_is_read_and_no_other() {
        let text = "Title\n\nPublished: 10/28/13 @ 12:00\n\nText.";
        assert_eq!(value(text).as_deref(), Some("2013-10-28"));
        let text = "Title\n\nPosted 6/12/18\n\nText.";
        assert_eq!(value(text).as_deref(), Some("2018-06-12"));
        assert_eq!(value("Title\n\nThe team won 10/28/13 in the final.\n"), None);
    }

    #[test]
    fn a_date_after_a_time_of_day_and_a_bar_is_the_article_s() {
        let text = "Title\n19:29 | 31.05.2016 Category: Official\n\nText.";
        assert_eq!(value(text).as_deref(), Some("2016-05-31"));
        assert_eq!(value("Title\nScore 19 | 31.05.2016 Category: Official\n\nText."), None);
    }
}
