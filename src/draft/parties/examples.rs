//! Companies named as examples of firms: "firms which have invested in the country such as
//! Wrigley’s, Bidco and Keroche". Read after the other readings, so that a name already read
//! keeps its kind.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::government;
use super::spans::{claim, possessive};
use super::words::{INSTITUTIONS, NOT_NAMES};
use crate::draft::{Candidate, Kind, spaced};

/// A name of up to three capitalized words, as a list of examples gives it.
const ITEM: &str = r"\p{Lu}[\p{L}&’'-]*(?: \p{Lu}[\p{L}&’'-]*){0,2}";

/// Firms, then up to eighty characters, then "such as" and the names it lists.
static EXAMPLES: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"\b(?:firms|companies|brands|investors|manufacturers|[a-z]*makers|producers|suppliers|retailers|multinationals)\b[^.\n]{{0,80}}? such as (?P<l>{ITEM}(?:, {ITEM})*,? and {ITEM})"
    ))
});

/// Proposes each company a list of examples names.
pub(super) fn examples(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    static NAME: LazyLock<Regex> = LazyLock::new(|| spaced(ITEM));
    for caps in EXAMPLES.captures_iter(text) {
        let list = caps.name("l").expect("the pattern has a list");
        for item in NAME.find_iter(list.as_str()) {
            let name = &item.as_str()[..item.len() - possessive(item.as_str())];
            let (start, end) =
                (list.start() + item.start(), list.start() + item.start() + name.len());
            let refused = |w: &str| NOT_NAMES.contains(&w) || INSTITUTIONS.contains(&w);
            if government(name) || name.split(' ').any(refused) || !claim(taken, start, end) {
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
