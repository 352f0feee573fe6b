//! A person named twice with a misspelled name ("Marcos Galperin", then "Macros Galperín"):
//! the same surname, accents aside, after a given name of the same letters is the same person,
//! proposed by the name the text gives first. It renames candidates only.

use crate::draft::{Candidate, Kind};

/// A word with its accents dropped and its letters in lowercase.
fn plain(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The letters of a word, sorted, accents aside.
fn letters(word: &str) -> Vec<char> {
    let mut letters: Vec<char> = plain(word).chars().collect();
    letters.sort_unstable();
    letters
}

/// Whether `b` is a misspelling of `a`: two words each, the same surname and the same letters.
fn misspelled(a: &str, b: &str) -> bool {
    let (Some((given_a, surname_a)), Some((given_b, surname_b))) =
        (a.split_once(' '), b.split_once(' '))
    else {
        return false;
    };
    a != b
        && !surname_a.contains(' ')
        && !surname_b.contains(' ')
        && plain(surname_a) == plain(surname_b)
        && letters(given_a) == letters(given_b)
}

/// Whether `b`, of two words or more, is the last words of the longer name `a`, accents aside
/// ("Lopez Obrador" of "Andrés Manuel López Obrador"), or, of two words, opens with the last of
/// a name of three ("Lopez Obrador" of "Andrés Manuel López", a name of four words read to its
/// third).
fn shortened(a: &str, b: &str) -> bool {
    let (a, b) = (plain(a), plain(b));
    let words: Vec<&str> = a.split(' ').collect();
    let overlaps = words.len() == 3
        && b.split(' ').count() == 2
        && b.split(' ').next() == words.last().copied();
    b.contains(' ') && a.len() > b.len() && (a.ends_with(&format!(" {b}")) || overlaps)
}

/// Renames every new person whose name misspells one proposed earlier in the text, or is the
/// last words of one, accents aside.
pub(super) fn spellings(out: &mut [Candidate]) {
    let mut people: Vec<(usize, String)> = out
        .iter()
        .filter(|c| c.kind == Kind::Person && !c.known)
        .map(|c| (c.start, c.value.clone()))
        .collect();
    people.sort();
    for c in out.iter_mut().filter(|c| c.kind == Kind::Person && !c.known) {
        let first = people.iter().find(|(_, p)| misspelled(p, &c.value));
        if let Some((start, name)) = first
            && *start < c.start
        {
            c.why = format!("`{}` misspells `{name}`, named earlier; the same person", c.value);
            c.value = name.clone();
            continue;
        }
        let longer = people.iter().find(|(_, p)| shortened(p, &c.value));
        if let Some((start, name)) = longer
            && *start < c.start
        {
            c.why = format!("`{}` is short for `{name}`, named earlier; the same person", c.value);
            c.value = name.clone();
        }
    }
}
