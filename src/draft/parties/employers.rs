//! A company named between a business role and the person who holds it: "General Manager of
//! Haier Egypt Ahmed Mossad revealed", "CEO of UAE-based fertilizers group CFC Ahmed Khalifa
//! announced". Read after the people are found, from the words just before each of them.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::government;
use super::spans::free_for;
use super::words::{INSTITUTIONS, NOT_NAMES};
use crate::draft::{Candidate, Kind, spaced};

/// A business role and its company, ending where a person's name begins.
static EMPLOYER: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"\b(?:CEO|C[FO]O|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|(?:[Gg]eneral|[Cc]ountry|[Rr]egional|[Pp]lant) [Mm]anager|[Mm]anaging [Dd]irector|[Ff]ounder) of (?:the )?(?:\p{Lu}[\p{L}-]*-based )?(?:[a-z]+ ){0,2}(?P<c>\p{Lu}[\p{L}&’'-]*(?: \p{Lu}[\p{L}&’'-]*){0,3}) $",
    )
});

/// Proposes the company between a business role and each person found right after it.
pub(super) fn employers(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let people: Vec<usize> =
        out.iter().filter(|c| c.kind == Kind::Person).map(|c| c.start).collect();
    for start in people {
        let mut from = start.saturating_sub(120);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let Some(caps) = EMPLOYER.captures(&text[from..start]) else { continue };
        let m = caps.name("c").expect("the pattern has a company");
        let (begin, end) = (from + m.start(), from + m.end());
        let name = m.as_str();
        let refused = |w: &str| NOT_NAMES.contains(&w) || INSTITUTIONS.contains(&w);
        if government(name) || name.split(' ').any(refused) {
            continue;
        }
        // "Haier Egypt": the country at the name's end is the company's, not a government.
        let inside = |c: &Candidate| c.kind == Kind::Government && begin <= c.start && c.end <= end;
        if !free_for(taken, out, (begin, end), inside) {
            continue;
        }
        taken.push((begin, end));
        let why = format!("`{name}` is named between a role and the one who holds it; a company");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Company, start: begin, end, value, known: false, why });
    }
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn a_name_between_a_business_role_and_its_holder_is_a_company() {
        let text =
            "General Manager of Haier Egypt Ahmed Mossad revealed that his company got land.";
        assert_eq!(names(text, Kind::Company), ["Haier Egypt"]);
        let text = "CEO of UAE-based fertilizers group CFC Ahmed Khalifa announced the works.";
        assert_eq!(names(text, Kind::Company), ["CFC"]);
    }

    #[test]
    fn a_ministry_between_a_role_and_its_holder_is_no_company() {
        let text = "Minister of Industry Ahmed Samir said the plant will open.";
        assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
    }
}
