//! A company named beside another with "and": "Petronas Hydrogen and Continental India signed
//! the MoU", "Interstate Mechanical Corp and Interstate Metal Specialists provide services". The
//! name joined to a company is a company too, even when it ends in a country ("Continental
//! India": the country is where it works, no party of its own there). It proposes companies
//! only, from the companies already read; the parent proposes them again wherever else the text
//! names them.

use std::sync::LazyLock;

use regex::Regex;

use super::government;
use super::spans::free_for;
use super::words::{INSTITUTIONS, NOT_NAMES, ORIGIN_SUFFIXES};
use crate::draft::{Candidate, Haystack, Kind, compile, whole_words};

/// What follows a company to join another to it: its legal form, then "and" and a name of up
/// to three capitalized words, then a verb or a stop.
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?: (?:Corp|Inc|Ltd|Co|LLC|PLC)\.?)?,? and (?P<name>\p{Lu}[\p{L}&'’-]+(?: \p{Lu}[\p{L}&'’-]+){0,2})(?: [a-z]|[,.;:])",
    )
});

/// Bodies of a state that a company may be named beside: no companies.
const LEGISLATURES: &[&str] = &["Congress", "Parliament", "Senate", "Legislature", "Assembly"];

/// Proposes each name joined by "and" after a company the text names.
pub(super) fn pairs(hay: &Haystack, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let text = hay.text;
    let mut companies: Vec<String> = out
        .iter()
        .filter(|c| c.kind == Kind::Company)
        .map(|c| text[c.start..c.end].to_owned())
        .collect();
    companies.sort();
    companies.dedup();
    for company in companies {
        for (_, end) in whole_words(hay, &company, false) {
            let Some(caps) = AFTER.captures(&text[end..]) else { continue };
            let m = caps.name("name").expect("the pattern names the company");
            let (begin, stop) = (end + m.start(), end + m.end());
            let name = m.as_str();
            let words = || name.split(' ');
            let first = words().next().unwrap_or_default();
            // "Eli Lilly and Co.": the form; "and Barcelona-based Ebro": a place before a name.
            if words().any(|w| {
                NOT_NAMES.contains(&w)
                    || INSTITUTIONS.contains(&w)
                    || LEGISLATURES.contains(&w)
                    || ["Co", "Sons"].contains(&w)
                    || ORIGIN_SUFFIXES.iter().any(|s| w.ends_with(s))
            }) || government(first)
                || government(name)
            {
                continue;
            }
            // A country at the end of the name is where the company works.
            let inside = |c: &Candidate| {
                c.kind == Kind::Government && begin < c.start && c.end == stop && !c.known
            };
            if !free_for(taken, out, (begin, stop), inside) {
                continue;
            }
            taken.push((begin, stop));
            let why = format!("`{name}` is named beside the company {company}; a new company");
            let value = name.to_owned();
            out.push(Candidate {
                kind: Kind::Company,
                start: begin,
                end: stop,
                value,
                known: false,
                why,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn a_name_joined_to_a_company_is_a_company_and_its_country_is_no_party() {
        let text = "Petronas Hydrogen will invest. Petronas Hydrogen and Continental India signed \
                    the MoU. Continental India will invest ₹1,000 crore.";
        assert_eq!(names(text, Kind::Company), ["Continental India", "Petronas Hydrogen"]);
        assert!(names(text, Kind::Government).is_empty(), "{:?}", names(text, Kind::Government));
        let text = "Interstate Mechanical Corp and Interstate Metal Specialists provide services.";
        assert_eq!(
            names(text, Kind::Company),
            ["Interstate Mechanical", "Interstate Metal Specialists"]
        );
    }

    #[test]
    fn a_legal_form_or_a_place_after_and_is_no_company() {
        let text = "Eli Lilly and Co. (LLY) announced plans. The deal between Chinese carmaker \
                    Chery and Barcelona-based Ebro will start.";
        // Ebro is read by the company's verb, without the place.
        assert_eq!(names(text, Kind::Company), ["Chery", "Ebro", "Eli Lilly"]);
    }
}
