//! Parties the database already holds: every place a record's name or alias occurs, taken
//! before any new name is read. It proposes no new record.

use super::overlaps;
use crate::draft::{Candidate, Haystack, Kind, Record, whole_words};

pub(super) fn known_record(
    hay: &Haystack,
    record: &Record,
    kind: Kind,
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
) {
    // Longest names first, so "Jack Ma" is one match rather than "Ma".
    let mut names = record.names.clone();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    // "Ma Xingrui, governor of Guangdong": a person's one-word name with a capitalized word
    // after it begins someone else's name.
    let another = |end: usize| {
        let next = hay.text[end..].strip_prefix(' ').and_then(|a| a.split(' ').next());
        next.is_some_and(|w| {
            let w = w.trim_end_matches([',', '.', ';', ':']);
            // "the Trump Administration" is still the person's.
            let own = ["Administration", "Government", "Campaign", "Cabinet"].contains(&w);
            w.chars().count() > 1
                && !own
                && w.starts_with(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
        })
    };
    for name in &names {
        // A short alias ("Ma", "US") is matched in its own case only.
        let ignore_case = name.chars().count() > 3;
        let single = kind == Kind::Person && !name.contains(' ');
        for (start, end) in whole_words(hay, name, ignore_case) {
            if (single && another(end)) || overlaps(taken, start, end) {
                continue;
            }
            taken.push((start, end));
            let why =
                format!("`{}` is a name of the record `{}`", &hay.text[start..end], record.slug);
            let value = record.slug.clone();
            out.push(Candidate { kind, start, end, value, known: true, why });
        }
    }
}

/// Drops a known person matched only by a one-word name ("Ma said") where the text names
/// someone new with that word as a part of their name ("Ma Xingrui") and never the record in
/// full: the word is the new person's.
pub(super) fn someone_else(text: &str, out: &mut Vec<Candidate>) {
    let single =
        |c: &Candidate| c.kind == Kind::Person && c.known && !text[c.start..c.end].contains(' ');
    let full = |slug: &str| {
        out.iter().any(|c| c.known && c.value == slug && text[c.start..c.end].contains(' '))
    };
    let others = |word: &str| {
        out.iter().any(|c| {
            let mut words = c.value.split(' ');
            let (first, last) = (words.next(), words.next_back());
            c.kind == Kind::Person
                && !c.known
                && last.is_some()
                && (first == Some(word) || last == Some(word))
        })
    };
    let dropped: Vec<String> = out
        .iter()
        .filter(|c| single(c) && !full(&c.value) && others(&text[c.start..c.end]))
        .map(|c| c.value.clone())
        .collect();
    out.retain(|c| !(single(c) && dropped.contains(&c.value)));
}
