//! A new company named once by its role is also the company wherever else the text names it,
//! unless the text calls it a public scheme or gives it as a public body's initials; a country
//! named only at the end of companies' names is where they work, no party.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::super::{Candidate, Haystack, Kind, whole_words};
use super::spans::{free, free_for};

/// Proposes every new company again wherever else the text names it. A government inside such
/// a name ("Flour Mills Nigeria") is the company's, not a party of its own.
pub(super) fn elsewhere(hay: &Haystack, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    // "Bahrain’s Economic Development Board (EDB) said": a public body's name, no company's,
    // unless a state investor's the list names ("Oman Investment Authority").
    free(taken, out, |c| {
        c.kind == Kind::Company && !c.known && body(&c.value) && !super::is_famous(&c.value)
    });
    // "a programme called Shareek", "the Royal Commission for Jubail and Yanbu (RCJY)".
    free(taken, out, |c| {
        c.kind == Kind::Company
            && !c.known
            && (programme(hay.text, &c.value) || body_initials(hay.text, &c.value))
    });
    let new: Vec<String> = out
        .iter()
        .filter(|c| c.kind == Kind::Company && !c.known)
        .map(|c| c.value.clone())
        .collect();
    for name in new {
        for (start, end) in whole_words(hay, &name, false) {
            let inside = |c: &Candidate| {
                c.kind == Kind::Government
                    && start <= c.start
                    && c.end <= end
                    && c.end - c.start < end - start
            };
            if !free_for(taken, out, (start, end), inside) {
                continue;
            }
            taken.push((start, end));
            let why =
                format!("`{name}` is spoken of as a company elsewhere in the text; a new company");
            let value = name.clone();
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
    }
    if STATE_DEAL.is_match(hay.text) {
        countries_of_units(taken, out);
    }
}

/// The last words of a public body's name: "Economic Development Board", "Port Authority".
pub(super) const BODIES: [&str; 6] =
    ["Board", "Authority", "Agency", "Commission", "Ministry", "Department"];

/// Whether a name of two words or more ends in a public body's word.
fn body(name: &str) -> bool {
    name.rsplit_once(' ').is_some_and(|(_, last)| BODIES.contains(&last))
}

/// Words that name a public scheme, said before or after its name.
const SCHEMES: [&str; 4] = ["programme", "program", "initiative", "scheme"];

/// Whether the text calls `name` a scheme: "a programme called Shareek", "the Shareek
/// programme".
fn programme(text: &str, name: &str) -> bool {
    SCHEMES.iter().any(|s| {
        text.contains(&format!("{s} called {name}"))
            || text.contains(&format!("{s} named {name}"))
            || text.contains(&format!("{name} {s}"))
    })
}

/// Whether `name` is the initials, in brackets, of a public body's name of at most six words
/// just before them: "the Royal Commission for Jubail and Yanbu (RCJY)", "the Board of
/// Investments (BoI)".
fn body_initials(text: &str, name: &str) -> bool {
    // "BoI" for the Board of Investments: the initials may keep a small letter.
    let capitals = name.chars().filter(char::is_ascii_uppercase).count();
    let initials = capitals >= 2
        && name.len() <= 6
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphabetic());
    let bracketed = format!(" ({name})");
    initials
        && text.match_indices(&bracketed).any(|(at, _)| {
            let words = text[..at].split_whitespace().rev().take(6);
            words.map(|w| w.trim_end_matches(',')).any(|w| BODIES.contains(&w))
        })
}

/// A state's or a province's own government, which makes the deal in place of the country's.
static STATE_DEAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:state|provincial) (?:government|governor)\b").expect("a valid pattern")
});

/// Drops a government named only at the end of companies' names, as "Flour Mills Nigeria" in
/// an article whose deal is with a state: the country is where the unit works, not a
/// government the text deals with (with no state's government, it stays: "Preh Portugal").
fn countries_of_units(taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let in_unit = |c: &Candidate| {
        out.iter()
            .any(|u| u.kind == Kind::Company && u.start < c.start && c.end == u.end && !u.known)
    };
    let alone: Vec<&str> = out
        .iter()
        .filter(|c| c.kind == Kind::Government && !in_unit(c))
        .map(|c| c.value.as_str())
        .collect();
    let dropped: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.kind == Kind::Government && in_unit(c) && !alone.contains(&c.value.as_str()))
        .map(|c| (c.start, c.end))
        .collect();
    free(taken, out, |c| c.kind == Kind::Government && dropped.contains(&(c.start, c.end)));
}
