//! A company named beside another with "and": "Petronas Hydrogen and Continental India signed
//! the MoU", "Interstate Mechanical Corp and Interstate Metal Specialists provide services". The
//! name joined to a company is a company too, even when it ends in a country ("Continental
//! India": the country is where it works, no party of its own there). It proposes companies
//! only, from the companies already read; the parent proposes them again wherever else the text
//! names them.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

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

/// What comes before a company to list others with it: two names or more of up to three
/// capitalized words, set off by commas, then "and" ("OGDCL, PPL, and GHPL").
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{L}&'’-]+(?: \p{Lu}[\p{L}&'’-]+){0,2}";
    compile(&format!(r"(?:^|[^\p{{L}}&'’-])(?P<list>{name}(?:, {name})+),? and $"))
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
        for (start, end) in whole_words(hay, &company, false) {
            if let Some(caps) = AFTER.captures(&text[end..]) {
                let m = caps.name("name").expect("the pattern names the company");
                // "and Australia's Oil Search": the country that owns it stays a party of its own.
                let owner = m.as_str().split_once(' ').and_then(|(first, _)| {
                    let country = first.strip_suffix("'s").or(first.strip_suffix("’s"))?;
                    government(country).then_some(first.len() + 1)
                });
                let begin = end + m.start() + owner.unwrap_or(0);
                joined(text, taken, out, (begin, end + m.end()), &company);
            }
            // "OGDCL, PPL, and GHPL would": the names listed before the company with it.
            let from = text[..start].char_indices().rev().nth(120).map_or(0, |(i, _)| i);
            let Some(caps) = BEFORE.captures(&text[from..start]) else { continue };
            let list = caps.name("list").expect("the pattern names the list");
            let mut at = from + list.start();
            for item in list.as_str().split(", ") {
                joined(text, taken, out, (at, at + item.len()), &company);
                at += item.len() + ", ".len();
            }
        }
    }
}

/// Proposes the name from `begin` to `stop`, joined to `company`, unless it is no company's.
fn joined(
    text: &str,
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
    (begin, stop): (usize, usize),
    company: &str,
) {
    let name = &text[begin..stop];
    let words = || name.split(' ');
    let first = words().next().unwrap_or_default();
    // "Moderna and Monash University": a university named with a company is its partner.
    let partner = |w: &str| w == "University" && name.ends_with(" University");
    // "Eli Lilly and Co.": the form; "and Barcelona-based Ebro": a place before a name.
    if words().any(|w| {
        NOT_NAMES.contains(&w)
            || INSTITUTIONS.contains(&w) && !partner(w)
            || LEGISLATURES.contains(&w)
            || ["Co", "Sons"].contains(&w)
            || ORIGIN_SUFFIXES.iter().any(|s| w.ends_with(s))
    }) || government(first)
        || government(name)
        || reporter(&text[..begin])
        || town_of_based(&text[stop..])
    {
        return;
    }
    // A country at the end of the name is where the company works.
    let inside =
        |c: &Candidate| c.kind == Kind::Government && begin < c.start && c.end == stop && !c.known;
    if !free_for(taken, out, (begin, stop), inside) {
        return;
    }
    taken.push((begin, stop));
    let why = format!("`{name}` is named beside the company {company}; a new company");
    let value = name.to_owned();
    out.push(Candidate { kind: Kind::Company, start: begin, end: stop, value, known: false, why });
}

/// Whether the text after a name makes it a town, its state and "-based" after it: "and
/// Columbus, Ohio-based Worthington Energy Group".
fn town_of_based(after: &str) -> bool {
    after
        .strip_prefix(", ")
        .and_then(|rest| rest.split_once("-based"))
        .is_some_and(|(state, _)| government(state))
}

/// Whether the text before a name makes it the outlet that reports the news: "According to a
/// report by EENews Europe, STMicroelectronics and GlobalFoundries have decided".
fn reporter(before: &str) -> bool {
    ["report by ", "reported by ", "report from ", "reports by "]
        .iter()
        .any(|p| before.ends_with(p))
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

    #[test]
    fn names_listed_before_a_company_with_and_are_companies() {
        let text = "Under the deals, KPX, NRL, and MGPL would each take a stake.";
        assert_eq!(names(text, Kind::Company), ["KPX", "MGPL", "NRL"]);
    }

    #[test]
    fn a_country_owning_a_company_joined_by_and_stays_a_party() {
        let text = "The partners Total, ExxonMobil and Canada's Maple Search signed the deal.";
        assert!(
            names(text, Kind::Company).contains(&"Maple Search".to_owned()),
            "{:?}",
            names(text, Kind::Company)
        );
        assert_eq!(names(text, Kind::Government), ["Canada"]);
    }

    #[test]
    fn a_news_outlet_listed_before_companies_is_no_company() {
        let text = "According to a report by EENews Europe, STMicroelectronics and GlobalFoundries \
                    have decided to suspend plans. GlobalFoundries will build a plant.";
        assert!(!names(text, Kind::Company).contains(&"EENews Europe".to_owned()));
    }

    #[test]
    fn a_university_named_with_a_company_is_its_partner() {
        let text = "Representatives from Moderna and Deakin University met at the site.";
        assert!(names(text, Kind::Company).contains(&"Deakin University".to_owned()));
    }
}
