//! People set off by commas after a role written out in lower case: "The minister of trade,
//! industrialisation and SME development, Tjekero Tweya, on Thursday", "the chief executive
//! officer of the Namib Mills Investment (NMI) Group, Ian Collard, said"; and a speaker named
//! at the head of a paragraph before what they say in the first person ("Madbouly: I am keen").

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::governments::{ADJECTIVES, GOVERNMENTS};
use super::subdivisions::SUBDIVISIONS;
use super::words::{INSTITUTIONS, MONTHS, NOT_NAMES};
use super::{Candidate, Kind, compile, overlaps};

/// A name of two or three capitalized words between commas, the last perhaps hyphenated
/// ("Abdullah Al-Saadan").
static SET_OFF: LazyLock<Regex> = LazyLock::new(|| {
    compile(r", (?P<n>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),")
});

/// A name at the head of a line, a colon, then a statement in the first person.
static SPEAKER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?m)^(?P<n>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?): (?:I|We) "));

/// The words of a role that heads the phrase before the name, in lower case as a sentence
/// writes them.
const ROLES: &[&str] = &[
    "minister of",
    "minister for",
    "chief executive",
    "managing director",
    "general manager",
    "chairman of",
    "chairwoman of",
    "chairperson of",
    "president of",
    "governor of",
    "secretary of",
    "founder of",
];

/// Roles of a company's head after which one name between commas is the person's, however
/// short: "the company’s CEO, Pedric, signed".
const HEADS: &[&str] = &["CEO, ", "chief executive, ", "chief executive officer, ", "founder, "];

/// Where a name of one word stands between commas just after one of [`HEADS`].
fn one_names(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    HEADS.iter().flat_map(move |head| {
        text.match_indices(head).filter_map(move |(at, _)| {
            let start = at + head.len();
            let word = text[start..].split(',').next()?;
            let mut chars = word.chars();
            let named = chars.next().is_some_and(char::is_uppercase)
                && chars.all(char::is_lowercase)
                && word.chars().count() >= 3
                && text[start + word.len()..].starts_with(", ");
            named.then_some((start, start + word.len()))
        })
    })
}

/// How far before the name its role may start.
const REACH: usize = 120;

/// Proposes each person set off by commas within the same sentence as a role before them,
/// unless the name is a place, a word that opens sentences or an institution's.
pub(super) fn appositives(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    // The patterns are built only for a text that may hold what they read: most do not.
    let spoken = text.contains(": I ") || text.contains(": We ");
    let lower = text.to_lowercase();
    let roled = ROLES.iter().any(|r| lower.contains(r));
    let speakers = spoken.then(|| SPEAKER.captures_iter(text)).into_iter().flatten();
    let speakers = speakers.filter_map(|c| c.name("n"));
    let set_off = roled.then(|| SET_OFF.captures_iter(text)).into_iter().flatten();
    let set_off = set_off.filter_map(|caps| {
        let m = caps.name("n").expect("the pattern names the person");
        let mut from = m.start().saturating_sub(REACH);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let before = &text[from..m.start()];
        // The role's sentence only: what follows the last full stop.
        let sentence = before.rsplit(". ").next().unwrap_or(before).to_lowercase();
        ROLES.iter().any(|r| sentence.contains(r)).then_some(m)
    });
    let set_off = set_off.map(|m| (m.start(), m.end()));
    let spans = speakers.map(|m| (m.start(), m.end())).chain(set_off).chain(one_names(text));
    for (start, end) in spans.collect::<Vec<_>>() {
        let name = &text[start..end];
        let words = || name.split(' ');
        let refused =
            words().any(|w| {
                NOT_NAMES.contains(&w)
                    || INSTITUTIONS.contains(&w)
                    || MONTHS.contains(&w)
                    || ADJECTIVES.iter().any(|(a, _)| *a == w)
            }) || GOVERNMENTS.iter().chain(SUBDIVISIONS).any(|(g, _, _)| name.contains(g));
        if refused || overlaps(taken, start, end) {
            continue;
        }
        taken.push((start, end));
        let why = format!("`{name}` is set off after a role or heads what they say; a new person");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Person, start, end, value, known: false, why });
    }
}

#[cfg(test)]
mod tests {
    use super::appositives;

    fn people(text: &str) -> Vec<String> {
        let (mut taken, mut out) = (Vec::new(), Vec::new());
        appositives(text, &mut taken, &mut out);
        out.into_iter().map(|c| c.value).collect()
    }

    #[test]
    fn a_name_set_off_after_a_role_in_lower_case_is_a_person() {
        let text = "The minister of trade, industrialisation and SME development, Tjekero Tweya, \
                    on Thursday opened it. According to the chief executive officer of the Namib \
                    Mills Investment (NMI) Group, Ian Collard, it grew.";
        assert_eq!(people(text), ["Tjekero Tweya", "Ian Collard"]);
    }

    #[test]
    fn a_hyphenated_surname_set_off_after_a_role_is_a_person() {
        let text = "RIYADH: Chairman of the Royal Commission for Jubail and Yanbu, Abdullah \
                    Al-Saadan, laid the foundation stone.";
        assert_eq!(people(text), ["Abdullah Al-Saadan"]);
    }

    #[test]
    fn one_name_set_off_after_a_company_s_head_is_a_person() {
        let text = "Minister Hussain and the company’s CEO, Pedric, signed it. Its CEO, Tuesday, and \
                    the CEO, The Board, met.";
        assert_eq!(people(text), ["Pedric"]);
    }

    #[test]
    fn a_name_heading_a_statement_in_the_first_person_is_its_speaker() {
        let text = "The Prime Minister met investors.\n\nMadbouly: I am keen to follow up.\n\
                    Egypt: We grew. Note: I said so.";
        assert_eq!(people(text), ["Madbouly"]);
    }

    #[test]
    fn names_between_commas_without_a_role_or_places_are_no_people() {
        let text = "Plants in Texas, New Mexico, and Ohio. The minister of trade visited Blyth. \
                    Then Acme, Bolt Motors, and Ford grew, said the president of Acme, South Africa, \
                    today.";
        assert!(people(text).is_empty(), "{:?}", people(text));
    }
}
