//! Companies an agency's release names by little more than the name: in quotes after a
//! nationality ("the Italian “Mapei”", "the German company “LEONI”"), after the
//! representative who speaks for them
//! ("Representative of the CFC-UAE:") or before that representative ("Haier Egypt
//! representative:"), and groups named with their word in lower case ("the Constantinou
//! group"). The nationality only says where the company comes from, no party.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::governments::{ADJECTIVES, GOVERNMENTS};
use super::subdivisions::SUBDIVISIONS;
use super::words::{INSTITUTIONS, NOT_NAMES};
use super::{Candidate, Kind, compile};

/// A name of one to four capitalized words, hyphens and `&` inside them ("CFC-UAE").
const WORDS: &str = r"\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,3}";

/// A name after `the` and a capitalized word, or after a representative, maybe in quotes.
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r#"\b(?P<lead>[Rr]epresentatives? of(?: the)?|[Tt]he) (?:(?P<adj>\p{{Lu}}\p{{Ll}}+) )?(?:(?:company|group|firm|manufacturer) (?P<kind>[“"])|(?P<open>[“"])?)(?P<name>{WORDS})"#
    ))
});

/// A name before its representative who speaks: "Haier Egypt representative:".
static AFTER: LazyLock<Regex> =
    LazyLock::new(|| compile(&format!(r"\b(?P<name>{WORDS}) representatives?(?::| said\b)")));

/// A group named with its word in lower case after `the`: "the Constantinou group", "the Metaxa
/// hotel group's".
static GROUP: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\bthe (?P<name>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?(?: [a-z]+)? group)\b")
});

/// Whether `name` is a nationality, a government, a word that opens sentences or a public
/// body's word, none of which names a company.
fn no_company(name: &str) -> bool {
    let words = || name.split(' ');
    GOVERNMENTS.iter().chain(SUBDIVISIONS).any(|(g, _, _)| *g == name)
        || words().next().is_some_and(|w| ADJECTIVES.iter().any(|(a, _)| *a == w))
        || words().any(|w| NOT_NAMES.contains(&w) || INSTITUTIONS.contains(&w))
}

/// Whether `word` reads as a nationality: one the government list knows, or a word with a
/// nationality's ending ("Turkish", "Egyptian", "Lebanese").
pub(super) fn nationality(word: &str) -> bool {
    ADJECTIVES.iter().any(|(a, _)| *a == word)
        || ["Arab", "Gulf", "Nordic", "Baltic"].contains(&word)
        || ["ish", "ese", "an", "i"].iter().any(|e| word.ends_with(e))
}

/// Proposes each company named in quotes after a nationality or beside its representative
/// that no earlier reading took. A government inside the name ("UAE" of "CFC-UAE") keeps its
/// own reading.
pub(super) fn quoted(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    if !text.contains("epresentative") && !text.contains(['“', '"']) && !text.contains(" group") {
        return;
    }
    let mut found = Vec::new();
    for caps in BEFORE.captures_iter(text) {
        let name = caps.name("name").expect("the pattern names the company");
        let after = &text[name.end()..];
        let closed = after.starts_with(['”', '"']);
        let representative = caps["lead"].ends_with("of") || caps["lead"].ends_with(" the");
        let quoted = caps.name("open").or(caps.name("kind")).is_some() && closed;
        let national = caps.name("adj").is_some_and(|a| nationality(a.as_str()));
        // "the Italian “Mapei”", "the German company “LEONI”", "Representative of the
        // Japanese "Sumitomo Egypt"",
        // "Representative of the CFC-UAE:"; not "the Turkish company" nor "the Board".
        let named = if representative {
            (caps.name("adj").is_none() || national) && (quoted || after.starts_with(':'))
        } else {
            national && quoted
        };
        if named {
            found.push((name.start(), name.end()));
        }
    }
    for caps in GROUP.captures_iter(text) {
        let name = caps.name("name").expect("the pattern names the group");
        // "the Chinese group", "the Japanese auto group": where it comes from, no name.
        if !name.as_str().split(' ').next().is_some_and(nationality) {
            found.push((name.start(), name.end()));
        }
    }
    for caps in AFTER.captures_iter(text) {
        let name = caps.name("name").expect("the pattern names the company");
        found.push((name.start(), name.end()));
    }
    for (start, end) in found {
        let name = &text[start..end];
        let crossed =
            out.iter().any(|c| c.kind != Kind::Government && c.start < end && start < c.end);
        let held = taken.iter().any(|&(s, e)| s == start && e == end);
        if no_company(name) || crossed || held {
            continue;
        }
        taken.push((start, end));
        let why =
            format!("`{name}` is named in quotes or beside its representative; a new company");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn companies(text: &str) -> Vec<String> {
        let (mut taken, mut out) = (Vec::new(), Vec::new());
        quoted(text, &mut taken, &mut out);
        out.into_iter().map(|c| c.value).collect()
    }

    #[test]
    fn a_name_in_quotes_after_a_nationality_is_a_company() {
        let text = "Representative of the Italian “Mapei”: the plant opens. Representative of the \
                    Japanese \"Sumitomo Egypt\": work began. The Turkish company grew. The \
                    Turkish “Beko” builds. It backs the German company “LEONI” in Agadir.";
        assert_eq!(companies(text), ["Mapei", "Sumitomo Egypt", "Beko", "LEONI"]);
    }

    #[test]
    fn a_name_beside_its_representative_is_a_company() {
        let text = "Representative of the CFC-UAE: works start. Haier Egypt representative: \
                    land was allocated. The Egyptian representative spoke.";
        assert_eq!(companies(text), ["CFC-UAE", "Haier Egypt"]);
    }

    #[test]
    fn a_group_in_lower_case_after_a_name_is_a_company_but_not_after_a_nationality() {
        let text = "PANITA LTD, of the Constantinou group, and the Metaxa hotel group's plan; \
                    the Chinese group, the Arab investment group and the group's staff.";
        assert_eq!(companies(text), ["Constantinou group", "Metaxa hotel group"]);
    }

    #[test]
    fn a_quote_without_a_nationality_or_a_representative_is_no_company() {
        let text = "the “Joint Industrial Partnership” initiative; the American \"dream\".";
        assert!(companies(text).is_empty());
    }
}
