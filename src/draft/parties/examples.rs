//! Companies named as examples of firms: "firms which have invested in the country such as
//! Wrigley’s, Bidco and Keroche". Read after the other readings, so that a name already read
//! keeps its kind.

use std::sync::LazyLock;

use regex::Regex;

use super::government;
use super::spans::{claim, possessive};
use super::words::{INSTITUTIONS, NOT_NAMES};
use crate::draft::{Candidate, Kind, spaced};

/// Firms, then up to eighty characters, then "such as" and the names it lists.
static EXAMPLES: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"\p{Lu}[\p{L}&’'-]*(?: \p{Lu}[\p{L}&’'-]*){0,2}";
    spaced(&format!(
        r"\b(?:firms|companies|brands|investors|manufacturers|makers|multinationals)\b[^.\n]{{0,80}}? such as (?P<l>{name}(?:, {name})*,? and {name})"
    ))
});

/// Proposes each company a list of examples names.
pub(super) fn examples(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    for caps in EXAMPLES.captures_iter(text) {
        let list = caps.name("l").expect("the pattern has a list");
        let mut at = list.start();
        for item in list.as_str().split([',']).flat_map(|i| i.split(" and ")) {
            let offset = text[at..list.end()].find(item.trim()).unwrap_or(0);
            let start = at + offset;
            let name = item.trim();
            let name = &name[..name.len() - possessive(name)];
            let end = start + name.len();
            at = start + item.trim().len();
            let refused = |w: &str| NOT_NAMES.contains(&w) || INSTITUTIONS.contains(&w);
            if name.is_empty() || government(name) || name.split(' ').any(refused) {
                continue;
            }
            if !claim(taken, start, end) {
                continue;
            }
            let why = format!("`{name}` is named as an example of the firms before it; a company");
            let value = name.to_owned();
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn the_names_that_exemplify_firms_are_companies() {
        let text = "He outlined projects by firms which have invested in the country such as \
                    Wrigley’s, Bidco and Keroche which have all invested Sh1.5 billion each.";
        assert_eq!(names(text, Kind::Company), ["Bidco", "Keroche", "Wrigley"]);
        let text = "Companies from countries such as Germany, France and Japan signed.";
        assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
    }
}
