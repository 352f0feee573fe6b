//! A day told by the day next to one named before it: "On October 24, it announced ... The
//! next day, it signed", "the previous day". The day before or after the nearest day the text
//! names before it, in its sentence or any earlier one; with none named, no date. And two
//! weekdays named together ("visited Beijing on Monday and Tuesday"): the first is the day of
//! its name before the second, as each alone might be read a week apart.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;
use chrono::{NaiveDate, TimeDelta};

use super::{ascii_words, date_at};
use crate::draft::Candidate;

static ADJACENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)\bthe (?:(?P<after>next|following)|(?P<before>previous|preceding)) day\b|\bthe day (?:(?P<after2>after)|(?P<before2>before))\b",
    ))
    .expect("a valid pattern")
});

/// Adds each day told by the day next to one named before it.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for caps in ADJACENT.captures_iter(text) {
        let whole = caps.get(0).expect("a match has a whole span");
        // "the day before the vote": the day before what follows, not what came before.
        let after = &text[whole.end()..];
        if caps.name("before2").or(caps.name("after2")).is_some()
            && !after.starts_with([',', '.', ';', ')'])
        {
            continue;
        }
        if out.iter().any(|c| c.start < whole.end() && whole.start() < c.end) {
            continue;
        }
        let named = out
            .iter()
            .filter(|c| c.end <= whole.start())
            .filter_map(|c| Some((c, NaiveDate::parse_from_str(&c.value, "%Y-%m-%d").ok()?)))
            .max_by_key(|(c, _)| c.start);
        let Some((_, day)) = named else { continue };
        let step = if caps.name("after").or(caps.name("after2")).is_some() { 1 } else { -1 };
        let Some(date) = day.checked_add_signed(TimeDelta::days(step)) else { continue };
        let why = format!("`{}`, next to {day} named before it", whole.as_str());
        found.push(date_at(whole.start(), whole.end(), date.to_string(), why));
    }
    out.extend(found);
    paired(text, out);
}

/// Sets the first of two weekdays joined by `and`, `or` or a dash to the day of its name on or
/// before the second ("on Monday and Tuesday" told on a Monday: the day before that Tuesday).
fn paired(text: &str, out: &mut [Candidate]) {
    let weekday = |c: &Candidate| {
        let name = text[c.start..c.end].trim_start_matches("on ").trim_start_matches("On ");
        crate::draft::WEEKDAYS.iter().position(|d| *d == name).map(|i| i as i64)
    };
    for i in 0..out.len() {
        let Some(first) = weekday(&out[i]) else { continue };
        let between = |c: &Candidate| {
            let gap = text.get(out[i].end..c.start);
            gap.is_some_and(|g| [" and ", " or ", "-", "–", " to "].contains(&g))
        };
        let Some(second) = out.iter().find(|c| between(c)) else { continue };
        let (Some(last), Ok(day)) =
            (weekday(second), NaiveDate::parse_from_str(&second.value, "%Y-%m-%d"))
        else {
            continue;
        };
        let back = TimeDelta::days((last - first).rem_euclid(7));
        if let Some(date) = day.checked_sub_signed(back) {
            let named = &text[out[i].start..out[i].end];
            out[i].why = format!(
                "`{named}`, named with the {} of {day}",
                crate::draft::WEEKDAYS[last as usize]
            );
            out[i].value = date.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::draft::dates::tests::values;

    #[test]
    fn the_next_or_previous_day_is_next_to_the_day_named_before() {
        let got = values(
            "On October 24, it announced a plant. The next day, it signed. Two days ago, the \
             minister had met them the previous day.",
            "2019-11-01",
        );
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            got,
            [
                ("October 24", "2019-10-24"),
                ("Two days ago", "2019-10-30"),
                ("The next day", "2019-10-25"),
                ("the previous day", "2019-10-29"),
            ]
        );
    }

    #[test]
    fn the_first_of_two_weekdays_named_together_is_the_day_before_the_second() {
        let got =
            values("Giorgi visited Beijing on Monday and Tuesday for a meeting.", "2011-01-17");
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, [("on Monday", "2011-01-10"), ("Tuesday", "2011-01-11")]);
    }

    #[test]
    fn with_no_day_named_before_or_before_an_event_there_is_no_date() {
        let got = values("The next day, it signed. It met the day before the vote.", "2019-11-01");
        assert!(got.is_empty(), "{got:?}");
    }
}
