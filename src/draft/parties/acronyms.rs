//! Full names spelled by an abbreviation: a new company named by its letters ("LGES said") is
//! the company whose capitalized words the letters spell ("LG Energy Solution has formally
//! withdrawn"), and a name with its letters after it that calls it an industrial park or an
//! economic city ("Vietnam-Singapore Industrial Park (VSIP)") is a company, the governments in
//! it no parties.
//! Letters in brackets after a company's name are that company's, however they spell it.
//! It proposes those full names and renames the abbreviation's candidates to them.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::spans::{free, overlaps};
use super::{Candidate, Kind};
use crate::draft::{Haystack, compile, whole_words};

/// A run of capitalized words, hyphenated ones included.
static RUN: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b\p{Lu}[\p{L}&-]*(?:\x20\p{Lu}[\p{L}&-]*)+"));
/// An industrial park's or an economic city's name with its letters after it, quoted or not:
/// "King Abdullah Economic City (“KAEC”)" is the company that develops the city.
static PARK: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r#"\b(?P<long>\p{Lu}[\p{L}-]*(?:\x20\p{Lu}[\p{L}-]*)*\x20(?:(?:Industrial|Business|Technology)\x20(?:Park|Estate)|Economic\x20City)) \([“"]?(?P<short>[A-Z]{2,6})[”"]?\)"#,
    )
});

/// A public body named by its kind and what it is of: "the Department of Economic
/// Development", "Ministry of Trade and Industry".
static BODY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:Department|Ministry|Office|Bureau|Agency|Board) of (?:the )?\p{Lu}\p{L}*(?:\x20(?:and\x20)?\p{Lu}\p{L}*){0,3}",
    )
});

/// The letters of each public body the text names ([`BODY`]), "of", "the" and "and" left out:
/// "DED" of "Department of Economic Development".
fn bodies(text: &str) -> Vec<String> {
    let small = ["of", "the", "and"];
    BODY.find_iter(text)
        .map(|m| m.as_str().split(' ').filter(|w| !small.contains(w)).map(letters).collect())
        .collect()
}

/// A legal form between a company's name and its letters in brackets.
static LEGAL_FORM: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^,?\x20(?:Inc\.|Ltd\.|Limited|Corp\.|Corporation|LLC|PLC|Co\.)"));

/// The letters a word gives an abbreviation: every letter of a word in capitals ("LG"), the
/// first of any other, and so for each part of a hyphenated word.
fn letters(word: &str) -> String {
    word.split('-')
        .filter_map(|part| {
            let shouted = part.len() >= 2 && part.chars().all(|c| c.is_ascii_uppercase());
            // "InfraCapital": a word with capitals inside gives each of them.
            let camel = part.starts_with(|c: char| c.is_ascii_uppercase())
                && part.chars().skip(1).any(|c| c.is_ascii_uppercase())
                && part.chars().any(|c| c.is_ascii_lowercase());
            if shouted {
                Some(part.to_owned())
            } else if camel {
                Some(part.chars().filter(char::is_ascii_uppercase).collect())
            } else {
                part.chars().next().map(String::from)
            }
        })
        .collect()
}

/// The first run of two or more capitalized words in the text whose letters are `short`.
fn spelled(text: &str, short: &str) -> Option<(usize, usize)> {
    for run in RUN.find_iter(text) {
        let words: Vec<(usize, &str)> = run
            .as_str()
            .split(' ')
            .scan(0, |at, w| Some((std::mem::replace(at, *at + w.len() + 1), w)))
            .collect();
        for first in 0..words.len() {
            let mut spelt = String::new();
            for (last, &(at, word)) in words.iter().enumerate().skip(first) {
                spelt.push_str(&letters(word));
                if !short.starts_with(&spelt) {
                    break;
                }
                if spelt == short && last > first {
                    let start = run.start() + words[first].0;
                    return Some((start, run.start() + at + word.len()));
                }
            }
        }
    }
    None
}

/// Proposes the full names that abbreviations spell and renames the abbreviations' candidates.
pub(super) fn acronyms(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let mut pairs: Vec<(String, (usize, usize))> = PARK
        .captures_iter(text)
        .filter_map(|caps| {
            let (long, short) = (caps.name("long")?, caps.name("short")?);
            let spelt: String = long.as_str().split(' ').map(letters).collect();
            (spelt == short.as_str())
                .then(|| (short.as_str().to_owned(), (long.start(), long.end())))
        })
        .collect();
    let shouted = |v: &str| (3..=6).contains(&v.len()) && v.chars().all(|c| c.is_ascii_uppercase());
    let mut shorts: Vec<&str> = out
        .iter()
        .filter(|c| c.kind == Kind::Company && !c.known && shouted(&c.value))
        .map(|c| c.value.as_str())
        .collect();
    // Each abbreviation is looked for once, however often the text names it.
    shorts.sort_unstable();
    shorts.dedup();
    let spelt: Vec<(String, (usize, usize))> = shorts
        .into_iter()
        .filter(|short| pairs.iter().all(|(s, _)| s != short))
        .filter_map(|short| Some((short.to_owned(), spelled(text, short)?)))
        .collect();
    pairs.extend(spelt);
    // "DED spokeswoman" after "the Department of Economic Development", "WEDC" of "Wisconsin
    // Economic Development Corp.": a public body's letters name no company, however the text
    // speaks of them.
    let mut public = bodies(text);
    let developers =
        pairs.iter().filter(|(_, (s, e))| text[*s..*e].contains("Economic Development"));
    public.extend(developers.map(|(short, _)| short.clone()));
    out.retain(|c| c.kind != Kind::Company || c.known || !public.contains(&c.value));
    pairs.retain(|(short, _)| !public.contains(short));
    let hay = Haystack::new(text);
    for (short, (start, end)) in pairs {
        let long = text[start..end].to_owned();
        // "Vietnam-Singapore Industrial Park": the governments in the name are no parties.
        let inside = |c: &Candidate| c.kind == Kind::Government && start <= c.start && c.end <= end;
        free(taken, out, inside);
        for c in out.iter_mut().filter(|c| c.kind == Kind::Company && c.value == short) {
            c.why = format!("`{short}` spells `{long}`, named in full in the text; a new company");
            c.value.clone_from(&long);
        }
        for (start, end) in whole_words(&hay, &long, false) {
            if overlaps(taken, start, end) {
                continue;
            }
            taken.push((start, end));
            let why =
                format!("`{long}` is spelled by `{short}`, spoken of as a company; a new company");
            let value = long.clone();
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
    }
    // "Volkswagen South Africa (VWSA)": letters in brackets just after a company's name are
    // that company's, however they spell it.
    let defined: Vec<(String, String)> = out
        .iter()
        .filter(|c| c.kind == Kind::Company && !shouted(&c.value))
        .filter_map(|c| {
            // "Aboitiz InfraCapital, Inc. (AIC)": its legal form may come between.
            let after = &text[c.end..];
            let after = LEGAL_FORM.find(after).map_or(after, |m| &after[m.end()..]);
            let (short, _) = after.strip_prefix(" (")?.split_once(')')?;
            shouted(short).then(|| (short.to_owned(), c.value.clone()))
        })
        .collect();
    for (short, long) in defined {
        for c in out.iter_mut().filter(|c| c.kind == Kind::Company && c.value == short) {
            c.why = format!("`{short}` is given in brackets after `{long}`; a new company");
            c.value.clone_from(&long);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::find;
    use crate::draft::{Kind, Known};

    fn parties(text: &str) -> Vec<(Kind, String)> {
        let mut got: Vec<(Kind, String)> =
            find(text, &Known::default()).into_iter().map(|c| (c.kind, c.value)).collect();
        got.sort_by(|a, b| a.1.cmp(&b.1));
        got.dedup();
        got
    }

    #[test]
    fn an_abbreviation_folds_into_the_full_name_its_letters_spell() {
        let text = "LG Energy Solution has formally withdrawn from the project. LGES said so.";
        assert_eq!(parties(text), [(Kind::Company, "LG Energy Solution".to_owned())]);
    }

    #[test]
    fn an_industrial_park_with_its_letters_is_a_company_and_holds_no_government() {
        let text = "It signed with the Vietnam-Singapore Industrial Park (VSIP) in December.";
        assert_eq!(
            parties(text),
            [(Kind::Company, "Vietnam-Singapore Industrial Park".to_owned())]
        );
    }

    #[test]
    fn an_economic_city_with_its_quoted_letters_is_the_company_that_develops_it() {
        let text = "It signed with the Economic City at King Abdullah Economic City (“KAEC”).";
        assert_eq!(parties(text), [(Kind::Company, "King Abdullah Economic City".to_owned())]);
    }

    #[test]
    fn letters_that_spell_no_run_of_words_stay_as_they_are() {
        let text = "The Great Wall company plans more. XYZW said it would invest.";
        assert!(parties(text).iter().any(|(_, v)| v == "XYZW"));
    }

    #[test]
    fn letters_in_brackets_after_a_companys_name_are_that_company() {
        let text = "In its latest venture into the African market, Volkswagen South Africa (VWSA) \
                    yesterday launched its project. VWSA will assemble cars.";
        let got = parties(text);
        assert!(got.iter().all(|(_, v)| v != "VWSA"), "{got:?}");
        assert!(got.contains(&(Kind::Company, "Volkswagen South Africa".to_owned())), "{got:?}");
    }
}
