//! People named once in full and by their surname after: "In 2017, Sanjeev Gupta was the toast
//! of Whyalla. … Gupta said he was going back to the drawing board." The full name has no role
//! beside it; the surname speaking alone tells that it is a person's. And a member of a board
//! named after that role: "said BMW board member Milan Nedeljković."

use super::governments::{ADJECTIVES, government};
use super::is_famous;
use super::spans::overlaps;
use super::words::{BRANDS, HONORIFICS, MONTHS, TOWN_WORDS};
use crate::draft::{Candidate, Haystack, Kind, whole_words};

/// The verbs of speech after a surname alone that make it a person's: "Gupta said".
const SPEECH: [&str; 5] = [" said", " told", " says", " added", " tells"];

/// A word that may be a given name or a surname ([`super::name_word`]) and names no month,
/// honorific, town's word, brand, nationality, government or well-known company.
fn name_word(word: &str) -> bool {
    super::name_word(word)
        && ![MONTHS, HONORIFICS, TOWN_WORDS, BRANDS].iter().any(|list| list.contains(&word))
        && !ADJECTIVES.iter().any(|(a, _)| *a == word)
        && !government(word)
        && !is_famous(word)
}

/// Whether the word before `at` (a word's start) opens with a capital and ends no clause: a
/// name's earlier word ("Rio Tinto said").
fn capital_before(text: &str, at: usize) -> bool {
    let Some(head) = text[..at].strip_suffix(' ') else { return false };
    let word = head.rsplit([' ', '\n']).next().unwrap_or_default();
    word.chars().next().is_some_and(char::is_uppercase) && !word.ends_with([',', '.', ';', ':'])
}

/// The surnames that speak alone ("Gupta said"), each once.
fn speakers(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = Vec::new();
    for verb in SPEECH {
        for (at, _) in text.match_indices(verb) {
            if text[at + verb.len()..].starts_with(char::is_alphanumeric) {
                continue;
            }
            let word = text[..at].rsplit([' ', '\n']).next().unwrap_or_default();
            let start = at - word.len();
            if name_word(word) && !capital_before(text, start) && !found.contains(&word) {
                found.push(word);
            }
        }
    }
    found
}

/// Proposes a person for each name of two words whose surname speaks alone elsewhere, when one
/// given name only comes before that surname and no capital word stands on either side.
pub(super) fn full_names(
    hay: &Haystack,
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
) {
    let text = hay.text;
    for surname in speakers(text) {
        let mut spans: Vec<(usize, usize, &str)> = Vec::new();
        for (start, end) in whole_words(hay, surname, false) {
            let Some(head) = text[..start].strip_suffix(' ') else { continue };
            let given = head.rsplit([' ', '\n']).next().unwrap_or_default();
            let begin = start - 1 - given.len();
            let next = text[end..].strip_prefix(' ').unwrap_or_default();
            if name_word(given)
                && !capital_before(text, begin)
                && !next.starts_with(char::is_uppercase)
            {
                spans.push((begin, end, given));
            }
        }
        let Some(&(_, _, given)) = spans.first() else { continue };
        if spans.iter().any(|(_, _, g)| *g != given) {
            continue;
        }
        let value = format!("{given} {surname}");
        if is_famous(&value) || out.iter().any(|c| c.value == surname || c.value == value) {
            continue;
        }
        for (start, end, _) in spans {
            if overlaps(taken, start, end) {
                continue;
            }
            taken.push((start, end));
            let why = format!(
                "`{value}` is named in full, and `{surname}` speaks alone elsewhere; a new person"
            );
            out.push(Candidate {
                kind: Kind::Person,
                start,
                end,
                value: value.clone(),
                known: false,
                why,
            });
        }
    }
}

/// The roles of a board's member, before the name.
const MEMBERS: [&str; 3] = ["board member ", "Board member ", "Board Member "];

/// Proposes the person of two or three capitalized words after a board member's role.
pub(super) fn members(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    for role in MEMBERS {
        for (at, _) in text.match_indices(role) {
            let start = at + role.len();
            let mut end = start;
            let (mut words, mut offset) = (0, 0);
            for word in text[start..].split(' ').take(3) {
                let line = word.split('\n').next().unwrap_or_default();
                let bare = line.trim_end_matches(['.', ',', ';', ':', '”', '"', '’', '\'', ')']);
                if !name_word(bare) {
                    break;
                }
                end = start + offset + bare.len();
                offset += word.len() + 1;
                words += 1;
                if bare.len() < word.len() {
                    break;
                }
            }
            if words < 2 || overlaps(taken, start, end) {
                continue;
            }
            let value = text[start..end].to_owned();
            taken.push((start, end));
            let why = format!("`{value}` is named after a board member's role; a new person");
            out.push(Candidate { kind: Kind::Person, start, end, value, known: false, why });
        }
    }
}
