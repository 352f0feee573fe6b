//! The years that bound a span a plan covers, each a date alone: "between 2025 and 2028",
//! "between 2025-2028", "from 2025–2028" ("from 2011 to 2022" and "from 2025 through 2028" are
//! read with the other years after a preposition).
//!
//! The second year must come after the first and end the phrase: "between 2019 and 2020
//! levels" compares two levels, it bounds no span.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::{SPAN_END, ascii_words, date_at};
use crate::draft::{Candidate, spaced};

static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&ascii_words(&format!(
        r"\b(?:(?:[Bb]etween|[Ff]rom) (?P<a>(?:19|20)\d{{2}}) ?[-–] ?|[Bb]etween (?P<b>(?:19|20)\d{{2}}) and )(?P<last>(?:19|20)\d{{2}}){SPAN_END}"
    )))
});

/// Both years of every span of years told as "between ... and ..." or with a dash.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    for caps in BETWEEN.captures_iter(text) {
        let (Some(first), Some(last)) = (caps.name("a").or(caps.name("b")), caps.name("last"))
        else {
            continue;
        };
        if first.as_str() >= last.as_str() {
            continue;
        }
        for (year, role) in [(first, "begins"), (last, "ends")] {
            if out.iter().any(|c| c.start < year.end() && year.start() < c.end) {
                continue;
            }
            let phrase = &text[caps.get(0).map_or(0, |m| m.start())..last.end()];
            let why = format!("`{}` {role} the span `{phrase}`", year.as_str());
            out.push(date_at(year.start(), year.end(), year.as_str().to_owned(), why));
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    fn years(text: &str) -> Vec<(String, String)> {
        let published = NaiveDate::from_ymd_opt(2025, 6, 11);
        let mut got: Vec<(String, String)> = super::super::find(text, published)
            .into_iter()
            .map(|c| (text[c.start..c.end].to_owned(), c.value))
            .collect();
        got.sort();
        got
    }

    fn pairs(want: &[(&str, &str)]) -> Vec<(String, String)> {
        want.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
    }

    #[test]
    fn each_year_that_bounds_a_span_is_a_date_alone() {
        let want = [("2025", "2025"), ("2028", "2028")];
        for text in [
            "The investment will be made between 2025 and 2028.",
            "The investment will be made from 2025 through 2028.",
            "The investment will be made from 2025 to 2028, it said.",
            "The investment will be made between 2025-2028.",
            "The investment will be made from 2025–2028 in three phases.",
        ] {
            assert_eq!(years(text), pairs(&want), "{text}");
        }
    }

    #[test]
    fn years_beside_curly_quotes_and_accented_words_bound_a_span() {
        let text = "“Between 2025 and 2028,” said Oriol Bonaclocha in Kanasín.";
        assert_eq!(years(text), pairs(&[("2025", "2025"), ("2028", "2028")]));
    }

    #[test]
    fn a_year_after_this_year_through_ends_a_span() {
        let text = "It signed a memorandum that spans this year through 2030, he said.";
        assert_eq!(years(text), pairs(&[("2030", "2030"), ("this year", "2025")]));
        // With no span before it, a bare year after "through" in no plan is no date.
        assert_eq!(years("Sales rose through 2030 levels."), pairs(&[]));
    }

    #[test]
    fn years_that_compare_or_run_backwards_bound_no_span() {
        assert_eq!(years("Output rose between 2019 and 2020 levels."), pairs(&[]));
        assert_eq!(years("It was built between 2028 and 2025."), pairs(&[]));
    }
}
