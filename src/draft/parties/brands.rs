//! A company whose name ends in a possessive, as a brand's may ("Pilgrim’s", "Lowe's"): the
//! text names it more than once and every time the `’s` follows, and at least once nothing
//! follows that the possessive could own ("the global firm Pilgrim’s.", "Pilgrim's to
//! invest", "[Pilgrim’s] is making"). Read by scanning, with no pattern to compile.

use crate::draft::{Candidate, Kind};

/// Words that follow a brand's name where a possessive would need a noun: a verb of its own.
const AFTER_BRAND: &[&str] = &["is", "was", "will", "would", "has", "had", "to", "plans", "said"];

/// Gives each new company named more than once and only with a possessive ending that ending,
/// in the spelling the text uses most (the first one on a tie).
pub(super) fn brands(text: &str, out: &mut [Candidate]) {
    for candidate in out.iter_mut().filter(|c| c.kind == Kind::Company && !c.known) {
        let name = candidate.value.as_str();
        let mut endings: Vec<&str> = Vec::new();
        let mut standing = false;
        for (at, _) in text.match_indices(name) {
            let before = text[..at].chars().next_back();
            if before.is_some_and(char::is_alphanumeric) {
                continue;
            }
            let rest = &text[at + name.len()..];
            let Some(ending) = ["’s", "'s"].into_iter().find(|e| rest.starts_with(e)) else {
                if rest.chars().next().is_some_and(char::is_alphanumeric) {
                    continue;
                }
                endings.clear();
                break;
            };
            let after = &rest[ending.len()..];
            if after.chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            endings.push(ending);
            let word = after.trim_start_matches(' ').split([' ', ',', '.']).next().unwrap_or("");
            standing |= after.is_empty()
                || after.starts_with(['.', ',', ';', ':', ']', ')'])
                || AFTER_BRAND.contains(&word);
        }
        if !standing || endings.len() < 2 {
            continue;
        }
        let curly = endings.iter().filter(|e| **e == "’s").count();
        let ending = match curly * 2 {
            n if n > endings.len() => "’s",
            n if n < endings.len() => "'s",
            _ => endings[0],
        };
        if text[candidate.end..].starts_with(ending) {
            candidate.end += ending.len();
        }
        let value = format!("{name}{ending}");
        candidate.why = candidate.why.replacen(&format!("`{name}`"), &format!("`{value}`"), 1);
        candidate.value = value;
    }
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn a_company_named_only_with_a_possessive_that_owns_nothing_keeps_it() {
        let text = "Pilgrim's to invest in Mexico. Mexico’s food security receives a boost from \
                    the global firm Pilgrim’s. This commitment that [Pilgrim’s] is making is \
                    good, the president said.";
        assert_eq!(names(text, Kind::Company), ["Pilgrim’s"]);
        let found = super::super::find(text, &crate::draft::Known::default());
        let brand = found.iter().find(|c| c.kind == Kind::Company).expect("the brand is found");
        assert!(brand.why.starts_with("`Pilgrim’s`"), "{}", brand.why);
    }

    #[test]
    fn a_possessive_before_what_the_company_owns_is_no_part_of_its_name() {
        let text = "Foxconn's plant will open. Foxconn’s workers went home. He outlined projects \
                    undertaken by international firms which have invested in the country such \
                    as Wrigley’s, Bidco and Keroche which have all invested Sh1.5 billion each.";
        assert_eq!(names(text, Kind::Company), ["Bidco", "Foxconn", "Keroche", "Wrigley"]);
    }
}
