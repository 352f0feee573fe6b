//! People named in a list after a role in the plural: "Union ministers Hardeep Singh Puri,
//! Dharmendra Pradhan, Jual Oram, and ...", "Senators Tim Scott and Lindsey Graham". Each name of
//! two or three capitalized words, perhaps with a portfolio in brackets ("Lee Kinyanjui
//! (Trade)"), is a person, up to the first item that is no name (a government, or a role of its
//! own: "and Odisha Industries Minister Sampad Chandra Swain", read by the readings of a single
//! role).

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::government;
use super::spans::claim;
use super::words::{INSTITUTIONS, NOT_NAMES};
use crate::draft::{Candidate, Kind, spaced};

/// A name of two or three capitalized words.
const NAME: &str = r"\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}";

/// A portfolio in brackets after a name: "Lee Kinyanjui (Trade)".
const PORTFOLIO: &str = r"(?: \([A-Z][\w&]*(?: [\w&]+){0,3}\))?";

/// A role in the plural, then at least two names joined by commas and `and`.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"\b(?:[Mm]inisters|[Ss]ecretaries|[Ss]enators|[Gg]overnors|[Mm]ayors|[Ll]awmakers|[Ee]xecutives|[Cc]ongressmen|[Cc]ongresswomen) (?P<l>{NAME}{PORTFOLIO}(?:,? (?:and )?{NAME}{PORTFOLIO})+)"
    ))
});

/// Words of a role, which end the names of the list.
const ROLES: &[&str] = &["Minister", "Governor", "Secretary", "Senator", "Mayor", "President"];

/// Proposes each person a list after a role in the plural names.
pub(super) fn listed(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    static ITEM: LazyLock<Regex> = LazyLock::new(|| spaced(NAME));
    for caps in LISTED.captures_iter(text) {
        let list = caps.name("l").expect("the pattern has a list");
        for item in ITEM.find_iter(list.as_str()) {
            let name = item.as_str();
            let refused =
                |w: &str| NOT_NAMES.contains(&w) || INSTITUTIONS.contains(&w) || ROLES.contains(&w);
            if name.split(' ').any(refused) || name.split(' ').any(government) {
                break;
            }
            let (start, end) = (list.start() + item.start(), list.start() + item.end());
            if !claim(taken, start, end) {
                continue;
            }
            let why = format!("`{name}` is listed after a role in the plural; a new person");
            let value = name.to_owned();
            out.push(Candidate { kind: Kind::Person, start, end, value, known: false, why });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn the_names_listed_after_a_role_in_the_plural_are_people() {
        let text = "Union ministers Hardeep Singh Puri, Dharmendra Pradhan, Jual Oram, and Odisha \
                    Industries Minister Sampad Chandra Swain were present.";
        assert_eq!(
            names(text, Kind::Person),
            ["Dharmendra Pradhan", "Hardeep Singh Puri", "Jual Oram", "Sampad Chandra Swain"]
        );
        let text = "Senators Tim Scott and Lindsey Graham welcomed the plant.";
        assert_eq!(names(text, Kind::Person), ["Lindsey Graham", "Tim Scott"]);
        let text = "Cabinet Secretaries Lee Kinyanjui (Trade), Davis Chirchir (Roads), and William \
                    Kabogo (ICT) attended.";
        assert_eq!(
            names(text, Kind::Person),
            ["Davis Chirchir", "Lee Kinyanjui", "William Kabogo"]
        );
    }
}
