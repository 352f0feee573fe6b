//! A state or province written by the letters of its ISO 3166-2 code before the word for its
//! administration: "the NSW Government" is New South Wales's, "the NC Department of Commerce"
//! North Carolina's.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::super::governments::GOVERNMENTS;
use super::super::{Candidate, Kind, SUBDIVISIONS, claim, compile};

/// Two to four capitals, then a word an administration is named by.
static CODED: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?P<code>[A-Z]{2,4}) (?:Government|government|Department|Dept\.|Govt\.?)\b")
});

/// The subdivision whose code ends in `letters` (`NSW` of `AU-NSW`), with its code. Where
/// countries share the letters (`NT`, Australia's Northern Territory and Canada's Northwest
/// Territories), the one the text names, or whose country it names, comes first.
fn subdivision(letters: &str, text: &str) -> Option<(&'static str, &'static str)> {
    let all: Vec<(&str, &str)> = GOVERNMENTS
        .iter()
        .chain(SUBDIVISIONS)
        .filter_map(|&(_, name, code)| {
            let code = code?;
            let (_, tail) = code.split_once('-')?;
            (tail == letters).then_some((name, code))
        })
        .collect();
    let country_named = |code: &str| {
        let country = code.split('-').next().unwrap_or_default();
        GOVERNMENTS.iter().any(|&(_, name, c)| c == Some(country) && text.contains(name))
    };
    let named = all.iter().find(|(name, code)| text.contains(name) || country_named(code));
    named.or(all.first()).copied()
}

/// Proposes each subdivision named by its code before the word for its administration.
pub(in crate::draft::parties) fn coded(
    text: &str,
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
) {
    for caps in CODED.captures_iter(text) {
        let m = caps.name("code").expect("the pattern has the group");
        let Some((name, code)) = subdivision(m.as_str(), text) else {
            continue;
        };
        let (start, end) = (m.start(), m.end());
        if !claim(taken, start, end) {
            continue;
        }
        let why = format!(
            "`{}` before the word for an administration is the code of {name}, ISO 3166-2 `{code}`",
            m.as_str()
        );
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Government, start, end, value, known: false, why });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        coded(text, &mut Vec::new(), &mut out);
        out.into_iter().map(|c| c.value).collect()
    }

    #[test]
    fn a_states_code_before_its_government_or_department_names_the_state() {
        assert_eq!(found("The NSW Government has granted approval."), ["New South Wales"]);
        assert_eq!(found("It was canceled by the NC Department of Commerce."), ["North Carolina"]);
    }

    #[test]
    fn capitals_that_are_no_subdivisions_code_name_none() {
        assert!(found("The EIC Department met. The ABC Government fell.").is_empty());
        assert!(found("The NSW economy grew.").is_empty());
    }

    #[test]
    fn letters_two_countries_share_name_the_subdivision_the_text_names() {
        let text = "The NT Government built roads in the Northern Territory.";
        assert_eq!(found(text), ["Northern Territory"]);
        assert_eq!(
            found("The NT Government met in Yellowknife, Canada."),
            ["Northwest Territories"]
        );
    }
}
