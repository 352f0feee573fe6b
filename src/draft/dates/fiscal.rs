//! Fiscal years written with the letters `FY` glued to their year ("FY2024", "FY22", "FY
//! 2023"), and the second year of a span written after them ("FY22/23", "FY2024-25"): each year
//! is a date alone, a year cut to two digits in this century. It adds to the dates found
//! before it and never overlaps them.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::{ascii_words, date_at};
use crate::draft::Candidate;

static FISCAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(r"\bFY ?(?P<a>(?:19|20)\d{2}|\d{2})(?:[/–-](?P<b>\d{2}))?\b"))
        .expect("a valid pattern")
});

/// Adds the years of every fiscal year written `FY` and its year.
pub(super) fn find(text: &str, out: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for caps in FISCAL.captures_iter(text) {
        let (Some(whole), Some(a)) = (caps.get(0), caps.name("a")) else { continue };
        if out.iter().any(|c| c.start < whole.end() && whole.start() < c.end) {
            continue;
        }
        let first =
            if a.as_str().len() == 2 { format!("20{}", a.as_str()) } else { a.as_str().to_owned() };
        let why = format!("`{}` names the fiscal year {first}", &text[whole.start()..a.end()]);
        found.push(date_at(whole.start(), a.end(), first.clone(), why));
        // "FY22/23": the second year follows the first in its century.
        if let Some(b) = caps.name("b").filter(|b| b.as_str() > &first[2..]) {
            let second = format!("{}{}", &first[..2], b.as_str());
            let why =
                format!("`{}` ends the fiscal year `{}` in {second}", b.as_str(), whole.as_str());
            found.push(date_at(b.start(), b.end(), second, why));
        }
    }
    out.extend(found);
}

#[cfg(test)]
mod tests {
    use super::find;

    fn dates(text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.into_iter().map(|c| (text[c.start..c.end].to_owned(), c.value)).collect()
    }

    #[test]
    fn a_fiscal_year_glued_to_its_letters_is_its_year() {
        let got = dates("more in FY2024 and beyond, as compared to the FY2023 projection");
        let want = [("FY2024", "2024"), ("FY2023", "2023")];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn both_years_of_a_short_fiscal_span_are_dates() {
        let got = dates("jobs in FY22/23, the most since FY18/19 and FY 2024-25");
        let want = [
            ("FY22", "2022"),
            ("23", "2023"),
            ("FY18", "2018"),
            ("19", "2019"),
            ("FY 2024", "2024"),
            ("25", "2025"),
        ];
        let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn letters_inside_a_word_or_a_model_name_are_no_fiscal_year() {
        assert!(dates("the MYFY2024 code, FY2024X and FYI 2024").is_empty());
    }
}
