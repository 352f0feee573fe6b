//! A span of years written with its second year cut to two digits ("the 2023-25 period",
//! "fiscal 2024–25", "the 2021/22 financial year") or whole ("in 2015-2020"): each year is a
//! date alone, a short second one in the first one's century. It adds to the dates found before
//! it and never overlaps them.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::{ascii_words, date_at};
use crate::draft::Candidate;

/// A four-digit year, a hyphen, dash or slash, and two digits that are not a month of a date.
static SHORT_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(r"\b(?P<a>(?:19|20)(?P<tail>\d{2}))[-–/](?P<b>\d{2}|(?:19|20)\d{2})\b"))
        .expect("a valid pattern")
});

/// Adds both years of every span of years whose second year is cut short.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for caps in SHORT_SPAN.captures_iter(text) {
        let (Some(whole), Some(a), Some(tail), Some(b)) =
            (caps.get(0), caps.name("a"), caps.name("tail"), caps.name("b"))
        else {
            continue;
        };
        // "2024-03-21" is a day, and "2023-25" a span only when the second year is later.
        let day = text[whole.end()..].starts_with(['-', '/']);
        let full = b.as_str().len() == 4;
        let later = if full { b.as_str() > a.as_str() } else { b.as_str() > tail.as_str() };
        let covered = |s: usize, e: usize| out.iter().any(|c| c.start < e && s < c.end);
        // "in 2015-2020": the first year may be read already, with its preposition; the second
        // is then a date of its own. "2000-2050 workers" counts people.
        let counted = text[whole.end()..]
            .split_whitespace()
            .next()
            .is_some_and(|w| COUNTED.contains(&w.trim_end_matches([',', '.'])));
        if full && later && !day && !counted && !covered(b.start(), b.end()) {
            if !covered(a.start(), a.end()) {
                let why = format!("`{}` opens the span of years `{}`", a.as_str(), whole.as_str());
                found.push(date_at(a.start(), a.end(), a.as_str().to_owned(), why));
            }
            let why = format!("`{}` ends the span of years `{}`", b.as_str(), whole.as_str());
            found.push(date_at(b.start(), b.end(), b.as_str().to_owned(), why));
            continue;
        }
        let taken = covered(whole.start(), whole.end());
        if full || day || !later || taken {
            continue;
        }
        let second = format!("{}{}", &a.as_str()[..2], b.as_str());
        let why = format!("`{}` opens the span of years `{}`", a.as_str(), whole.as_str());
        found.push(date_at(a.start(), a.end(), a.as_str().to_owned(), why));
        let why =
            format!("`{}` ends the span of years `{}` in {second}", b.as_str(), whole.as_str());
        found.push(date_at(b.start(), b.end(), second, why));
    }
    out.extend(found);
}

/// The words before a year that make it a date alone: "fiscal 2023", "as early as 2025",
/// "until at least 2035", "for the whole of 2021", "Before 2030", "prior to the 2023 harvest",
/// "as recently as 2018", "open beyond 2028", "keep it running past 2028", "fiscal year 2021".
const LEADS: [&str; 14] = [
    "fiscal year ",
    "fiscal ",
    "as early as ",
    "as soon as ",
    "as late as ",
    "as recently as ",
    "prior to ",
    "prior to the ",
    "until at least ",
    "the whole of ",
    "in all of ",
    "before ",
    "beyond ",
    "past ",
];

/// An event's name after its year: capitalized words, then a word for a meeting or a show.
static EVENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^ (?:\p{Lu}[\p{L}&-]* ){0,6}(?:Forum|Summit|Conference|Expo|Exhibition|Fair|Congress)\b",
    )
    .expect("a valid pattern")
});

/// Words after a number that make it a count: "2000 more", "2000 people".
const COUNTED: &[&str] = &[
    "more",
    "new",
    "additional",
    "people",
    "jobs",
    "workers",
    "employees",
    "staff",
    "positions",
    "units",
    "vehicles",
    "homes",
    "tonnes",
    "tons",
    "acres",
    "hectares",
    "direct",
    "of",
];

/// Adds every year written after one of [`LEADS`], alone in brackets (not inside a decision's
/// number, "C (2024) 5876"), before an event's name ([`EVENT`]), or later in a list whose
/// first year is read as a date ("In 2020 and 2021", "in 2001, 2012 and 2018"), that no date
/// found before covers.
pub(super) fn lone(text: &str, out: &mut Vec<Candidate>) {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut found = Vec::new();
    for at in 0..bytes.len().saturating_sub(3) {
        let year = (0..4).all(|k| digit(at + k));
        let century = matches!(&bytes[at..at + 2], b"19" | b"20");
        let glued =
            |i: Option<usize>| i.and_then(|i| bytes.get(i)).is_some_and(u8::is_ascii_alphanumeric);
        let whole = !glued(at.checked_sub(1)) && !glued(Some(at + 4));
        if !(year && century && whole) {
            continue;
        }
        let before = &bytes[..at];
        let led = LEADS.iter().find(|lead| {
            before.len() >= lead.len()
                && before[before.len() - lead.len()..].eq_ignore_ascii_case(lead.as_bytes())
        });
        // "by the end of his term in office (2021)": a year alone in brackets gives the year.
        let bracketed = before.ends_with(b"(") && bytes.get(at + 4) == Some(&b')');
        let taken = out.iter().any(|c| c.start < at + 4 && at < c.end);
        // "In 2020 and 2021", "in 2001, 2012 and 2018": a later year of a list whose first
        // is a date.
        let paired = listed(bytes, at);
        // "before 2000 more join": a count, no year.
        let next = text[at + 4..].strip_prefix(' ').and_then(|r| r.split([' ', ',', '.']).next());
        let counted = next.is_some_and(|w| COUNTED.contains(&w));
        // "the decision C (2024) 5876": a year in a decision's number, no date.
        let numbered = bracketed
            && before.len() >= 3
            && before[before.len() - 3].is_ascii_uppercase()
            && before.ends_with(b" (")
            && bytes.get(at + 5..at + 7).is_some_and(|w| w[0] == b' ' && w[1].is_ascii_digit());
        if counted || numbered {
            continue;
        }
        // "the 2019 Central Java Investment Business Forum": the year of an event.
        let event = before.ends_with(b"the ") && EVENT.is_match(&text[at + 4..]);
        let value = text[at..at + 4].to_owned();
        if paired && !taken {
            let why = format!("`{value}` is a year paired with the one before it");
            found.push(date_at(at, at + 4, value, why));
        } else if let (Some(lead), false) = (led, taken) {
            let why = format!("`{value}` after `{}` is a year", lead.trim_end());
            found.push(date_at(at, at + 4, value, why));
        } else if event && !taken {
            let why = format!("`{value}` is the year of the event it names");
            found.push(date_at(at, at + 4, value, why));
        } else if bracketed && !taken {
            let why = format!("`({value})` is a year in brackets");
            found.push(date_at(at, at + 4, value, why));
        }
    }
    out.extend(found);
}

/// Whether the year at `at` follows others in a list that opens with a word of time: "in
/// 2020 and 2021", "in 2001, 2012 and 2018", "during 2019, 2020, and 2021".
fn listed(bytes: &[u8], at: usize) -> bool {
    let year = |i: usize| {
        i + 4 <= bytes.len()
            && bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && matches!(&bytes[i..i + 2], b"19" | b"20")
    };
    let mut at = at;
    let mut steps = 0;
    loop {
        let before = &bytes[..at];
        let joint = [&b", and "[..], b" and ", b", "].into_iter().find(|j| before.ends_with(j));
        let Some(joint) = joint else { break };
        let Some(previous) = (at - joint.len()).checked_sub(4).filter(|&i| year(i)) else {
            break;
        };
        at = previous;
        steps += 1;
    }
    steps > 0
        && ["in ", "In ", "during ", "During ", "by ", "By "]
            .iter()
            .any(|p| bytes[..at].ends_with(p.as_bytes()))
}

/// Adds the dates a text without a date of its own still gives: the horizons and the years
/// that name a plan or a report ("by 2029", "by the end of 2026", "its 2022 annual report"),
/// or that a word leads to ("in 2018", "from 2029"),
/// which need no article's date to resolve, and a span of years counted from the month or day
/// its sentence, or the one before, names ("to provide 112 jobs within three years, according
/// to the October 2020 press release").
pub(super) fn undated(text: &str, clock: &[(usize, usize)], out: &mut Vec<Candidate>) {
    let sentences = crate::draft::split_sentences(text);
    let mut found = Vec::new();
    for caps in super::RELATIVE.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let named_year =
            |start: usize, end: usize| format!("`{}` names its year", &text[start..end]);
        let (start, end, value, why) = if let Some(year) = caps.name("ey") {
            let value = format!("{}-12-31", year.as_str());
            (whole.start(), whole.end(), value, named_year(whole.start(), whole.end()))
        } else if let Some(year) = caps.name("yn").or(caps.name("yr")) {
            let value = year.as_str().to_owned();
            (year.start(), year.end(), value, named_year(year.start(), year.end()))
        } else if let Some(year) =
            ["iy", "iy2", "ty", "sy", "sy2"].iter().find_map(|g| caps.name(g))
        {
            // "in 2018", "from 2029", "in early 2017": a year named with the word that leads to
            // it, which needs no article's date either.
            let value = year.as_str().to_owned();
            (whole.start(), whole.end(), value, named_year(whole.start(), whole.end()))
        } else if let Some((value, from)) = super::relative::span_months(&caps)
            .and_then(|months| counted_from_named(out, &sentences, whole.start(), months))
        {
            let why = format!(
                "`{}` counted from {from}, the moment the text names beside it (the text gives \
                 no date of its own: check it)",
                whole.as_str()
            );
            (whole.start(), whole.end(), value, why)
        } else {
            continue;
        };
        let taken = out.iter().any(|c| c.start < end && start < c.end)
            || clock.iter().any(|&(s, e)| s <= start && end <= e);
        if !taken {
            found.push(date_at(start, end, value, why));
        }
    }
    out.extend(found);
}

/// The end of a span of `months` counted from the one month or day named in the sentence at
/// `at`, or else in the sentence before, with the moment it counts from.
fn counted_from_named(
    named: &[Candidate],
    sentences: &[(usize, usize)],
    at: usize,
    months: u32,
) -> Option<(String, String)> {
    let i = sentences.iter().position(|&(s, e)| s <= at && at < e)?;
    let moment = |c: &&Candidate| c.value.len() >= 7 && c.value.as_bytes()[4] == b'-';
    let within = |(s, e): (usize, usize)| -> Vec<&Candidate> {
        named.iter().filter(|c| s <= c.start && c.end <= e).filter(moment).collect()
    };
    let own = within(sentences[i]);
    let points = if own.is_empty() && i > 0 { within(sentences[i - 1]) } else { own };
    let [point] = points.as_slice() else { return None };
    // With no article's date, the moment need not come before one: the latest day allows any.
    let value = super::relative::from_point(months, &point.value, chrono::NaiveDate::MAX)?;
    Some((value, point.value.clone()))
}

#[cfg(test)]
mod tests {
    use super::{find, lone, undated};

    #[test]
    fn a_text_without_its_date_still_gives_the_years_it_names() {
        let text = "It will create 500 jobs by 2029, as its 2022 annual report said, and all \
                    by the end of 2031. It hires next year.";
        let mut out = Vec::new();
        undated(text, &[], &mut out);
        let got: Vec<(&str, &str)> =
            out.iter().map(|c| (&text[c.start..c.end], c.value.as_str())).collect();
        let want =
            [("by 2029", "2029-12-31"), ("2022", "2022"), ("by the end of 2031", "2031-12-31")];
        assert_eq!(got, want);
    }

    #[test]
    fn a_span_of_years_in_a_text_without_its_date_counts_from_the_month_beside_it() {
        let text = "It will hire 40 people over two years. It was launched in October 2020. It \
                    claimed 206 roles over three years. Nulia was to provide 112 jobs within \
                    three years, according to the October 2020 release.";
        let month = |at: usize| super::date_at(at, at + 12, "2020-10".into(), String::new());
        let mut out =
            vec![month(text.find("October").unwrap()), month(text.rfind("October").unwrap())];
        undated(text, &[], &mut out);
        let got: Vec<(&str, &str)> =
            out[2..].iter().map(|c| (&text[c.start..c.end], c.value.as_str())).collect();
        assert_eq!(got, [("over three years", "2023-10"), ("within three years", "2023-10")]);
    }

    #[test]
    fn a_year_after_fiscal_or_as_early_as_is_a_date() {
        let text = "its plan for fiscal 2023 and a line as early as 2025, not model 2024X.";
        let mut out = Vec::new();
        lone(text, &mut out);
        let got: Vec<&str> = out.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(got, ["2023", "2025"]);
        let text = "It is due prior to the 2023 harvest; the county led as recently as 2018.";
        let mut out = Vec::new();
        lone(text, &mut out);
        let got: Vec<&str> = out.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(got, ["2023", "2018"]);
    }

    #[test]
    fn a_year_alone_in_brackets_is_a_date() {
        let text = "by the end of his term in office (2021), not (BLS 2017) or (20219).";
        let mut out = Vec::new();
        lone(text, &mut out);
        let got: Vec<&str> = out.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(got, ["2021"]);
    }

    fn dates(text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.into_iter().map(|c| (text[c.start..c.end].to_owned(), c.value)).collect()
    }

    #[test]
    fn both_years_of_a_short_span_are_dates() {
        let got = dates("will spend US$1 billion in the 2023-25 period and more in 2024–26");
        let want = [("2023", "2023"), ("25", "2025"), ("2024", "2024"), ("26", "2026")];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_financial_year_written_with_a_slash_is_a_span_of_years() {
        let got = dates("during the 2021/22 financial year, not on 2024/03/21");
        let want = [("2021", "2021"), ("22", "2022")];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn both_years_of_a_whole_span_are_dates_unless_they_count_people() {
        let got = dates("in the 2015-2020 plan, with 2000-2050 workers");
        let want = [("2015", "2015"), ("2020", "2020")];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn days_and_codes_are_not_spans_of_years() {
        assert!(dates("date 2024-03-21 the factory").is_empty());
        assert!(dates("model 2025-10 and part 2019-07").is_empty());
    }
}
