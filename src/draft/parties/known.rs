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
    for name in &names {
        // A short alias ("Ma", "US") is matched in its own case only.
        let ignore_case = name.chars().count() > 3;
        for (start, end) in whole_words(hay, name, ignore_case) {
            if overlaps(taken, start, end) {
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
