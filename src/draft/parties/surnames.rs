//! People named by their surname alone: the person named in full elsewhere in the text, after
//! a role the one person of the database with that surname, or else the surname itself; and
//! what a name after a role looks like.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::governments::GOVERNMENTS;
use super::overlaps;
use super::subdivisions::SUBDIVISIONS;
use super::words::{DESCRIBING, HEADLINE_VERBS, HONORIFICS, INSTITUTIONS, MONTHS, NOT_NAMES};
use crate::draft::{Candidate, Haystack, Kind, Known, Record, spaced, whole_words};

/// A person's name just after a role: " TY Chang", " Cyril Ramaphosa", " Jean-Philippe
/// Imparato", with a title set off by a comma before it (", Dr Maduhu Kazi").
pub(super) static NAME_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:,? (?:Dr|Mr|Mrs|Ms|Prof)\.?)? (?:[A-Z]{2}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|[A-Z]\.) \p{Lu}(?:\p{Ll}|\p{Lu}{2,}\b)",
    )
    .expect("a valid pattern")
});

/// A role before a surname alone: "President Obama", "VP-elect Pence", "Sen. Schumer".
static TITLED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"\b(?:President(?:-elect)?|Vice President|VP-elect|Sen\.|Senator|Gov\.|Governor|Rep\.|Secretary|Mr\.|Ms\.|Mrs\.|Dr\.|Prime Minister|Chief Minister|Chancellor|Leader) (?P<s>\p{Lu}[\p{L}'’-]+)\b",
    )
});

/// A surname alone as the speaker of a sentence: "However, Sheinbaum clarified".
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[.!?”] |\n|\b(?:However|But), )(?P<s>\p{Lu}\p{Ll}+) (?:clarified|said|stated|added|noted|explained|insisted|stressed|emphasi[sz]ed)\b",
    )
    .expect("a valid pattern")
});

/// An office spoken of without the name of who holds it: "stated the president".
static UNNAMED_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\bthe (?:president|prime minister|premier|governor|chancellor)\b(?: [^A-Z\s]|[^ ]|$)",
    )
    .expect("a valid pattern")
});

/// People named by their surname alone ("Son said", "President Obama"): the person the text
/// names in full elsewhere, or after a role the one person of the database with that surname.
/// A surname that two people share is left alone rather than guessed.
pub(super) fn surnames(
    hay: &Haystack,
    known: &Known,
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
) {
    let text = hay.text;
    let mut full: Vec<(String, String, bool)> = Vec::new();
    for c in out.iter().filter(|c| c.kind == Kind::Person) {
        let words: Vec<&str> = text[c.start..c.end].split_whitespace().collect();
        let Some(surname) = words.last().filter(|s| words.len() > 1 && s.chars().count() > 1)
        else {
            continue;
        };
        if !full.iter().any(|(s, v, _)| s == surname && *v == c.value) {
            full.push(((*surname).to_owned(), c.value.clone(), c.known));
        }
    }
    let mut found = Vec::new();
    for (surname, value, known) in &full {
        if full.iter().filter(|(s, _, _)| s == surname).count() > 1 {
            continue;
        }
        // "Japanese firm Tamiya" beside "Shunsaku Tamiya": a company named after its founder's
        // family, whose bare name is the company's wherever it stands.
        let firm = whole_words(hay, surname, false).into_iter().any(|(start, _)| {
            super::word_before(text, start).is_some_and(|(_, w)| {
                DESCRIBING.iter().any(|d| d.eq_ignore_ascii_case(w))
                    || ["company", "group"].contains(&w)
            })
        });
        if firm {
            continue;
        }
        for (start, end) in whole_words(hay, surname, false) {
            // "Koç Holding" beside "Ali Koç", "the Aditya Birla Group," beside "Kumar Mangalam
            // Birla": a company word after it makes it a company's.
            let next = text[end..].split_whitespace().next().unwrap_or_default();
            let next = next.trim_end_matches([',', '.', ';', ':']);
            let next = next.strip_suffix("’s").or(next.strip_suffix("'s")).unwrap_or(next);
            if text[end..].starts_with(' ') && INSTITUTIONS.contains(&next) {
                continue;
            }
            // "Md Mozibor Rahman" beside "Mashid Rahman", "Zahir Khan Brothers" beside
            // "Mohabat Khan": after a given name that is not the person's, the surname is
            // another's.
            let given = super::word_before(text, start).map(|(_, w)| w);
            if given.is_some_and(|w| {
                super::name_word(w) && !common_word(w) && !value.split(' ').any(|v| v == w)
            }) {
                continue;
            }
            let why = format!("`{surname}` is the surname of `{value}`, named in full in the text");
            found.push((start, end, value.clone(), *known, why));
        }
    }
    for caps in TITLED.captures_iter(text) {
        let Some(m) = caps.name("s") else { continue };
        let last = |name: &String| name.split_whitespace().last() == Some(m.as_str());
        let records: Vec<&Record> =
            known.people.iter().filter(|r| r.names.iter().any(last)).collect();
        let [record] = records[..] else {
            // "Chief Minister Khattar", named nowhere in full: the person by the name given.
            let surname = m.as_str();
            // "President Lula" after "President Luiz Inácio Lula da Silva": a word of a name
            // given in full; "VP-elect Pence": the older labels name one elected by his full
            // name, which the text does not give.
            let fully = out.iter().any(|c| {
                c.kind == Kind::Person
                    && text[c.start..c.end].split_whitespace().any(|w| w == surname)
            });
            let elect = caps.get(0).is_some_and(|t| t.as_str().contains("-elect"));
            // "Prime Minister Datuk Seri Anwar Ibrahim": an honorific is no surname.
            let word = common_word(surname)
                // "Secretary General of the Board": the word that ends a title.
                || ["General", "Designate", "Emeritus"].contains(&surname)
                || surname == "Tan" && text[m.end()..].starts_with(" Sri ");
            let government = government_name(surname);
            if records.is_empty() && !fully && !elect && !government && !word {
                let why = format!("`{surname}` is named after a role; a new person");
                found.push((m.start(), m.end(), surname.to_owned(), false, why));
            }
            continue;
        };
        let why =
            format!("`{}` after a role is the surname of the record `{}`", m.as_str(), record.slug);
        found.push((m.start(), m.end(), record.slug.clone(), true, why));
    }
    spoken(hay, known, &mut found);
    for (start, end, value, known, why) in found {
        if overlaps(taken, start, end) {
            continue;
        }
        taken.push((start, end));
        out.push(Candidate { kind: Kind::Person, start, end, value, known, why });
    }
}

/// Whether a capitalized word is a word of sentences, institutions, months, headlines' verbs or
/// honorifics rather than a surname.
fn common_word(word: &str) -> bool {
    NOT_NAMES.iter().chain(INSTITUTIONS).chain(MONTHS).chain(HEADLINE_VERBS).any(|w| *w == word)
        || HONORIFICS.contains(&word)
}

/// Whether a word is the name of a country or a country's subdivision.
fn government_name(word: &str) -> bool {
    GOVERNMENTS.iter().chain(SUBDIVISIONS).any(|(g, _, _)| *g == word)
}

/// A surname alone that speaks once in a text that names an office without its holder ("stated
/// the president. However, Sheinbaum clarified"): the person who holds it. A word the text
/// names more than once, a well-known company or a government is left alone ("Ford said").
fn spoken(hay: &Haystack, known: &Known, found: &mut Vec<(usize, usize, String, bool, String)>) {
    let text = hay.text;
    if !UNNAMED_ROLE.is_match(text) {
        return;
    }
    for caps in SPEAKER.captures_iter(text) {
        let Some(m) = caps.name("s") else { continue };
        let word = m.as_str();
        let common = common_word(word) || government_name(word) || super::famous::is_famous(word);
        let named = |r: &Record| r.names.iter().any(|n| n.split_whitespace().any(|w| w == word));
        let recorded = known.people.iter().chain(&known.companies).any(named);
        if common || recorded || whole_words(hay, word, false).len() > 1 {
            continue;
        }
        let why = format!("`{word}` speaks alone where the text names an office; a new person");
        found.push((m.start(), m.end(), word.to_owned(), false, why));
    }
}

/// The words of a name but a middle initial without its dot ("Shahrukh A Khan"), which is no
/// article ("A") however it is spelled.
pub(super) fn spelled(name: &str) -> impl Iterator<Item = &str> {
    let last = name.split(' ').count().saturating_sub(1);
    name.split(' ').enumerate().filter_map(move |(i, w)| {
        let initial =
            i > 0 && i < last && w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase());
        (!initial).then_some(w)
    })
}

/// Where a person's name begins that a role's pattern read from `begin`: earlier, at the given
/// name, when the name read opens with a capital particle ("Minister of Finance Bruno Le
/// Maire", whose role's words swallowed "Bruno").
pub(super) fn given_before(text: &str, begin: usize) -> usize {
    let particle = ["Le ", "La ", "De ", "Da ", "Du ", "Di ", "Van ", "Von ", "Del "];
    if let Some(initials) = initials_before(text, begin) {
        return initials;
    }
    if let Some(title) = family_title_before(text, begin) {
        return title;
    }
    if !particle.iter().any(|p| text[begin..].starts_with(p)) {
        return begin;
    }
    let Some((head, given)) = text[..begin].strip_suffix(' ').and_then(|t| t.rsplit_once(' '))
    else {
        return begin;
    };
    let capital = given.chars().next().is_some_and(char::is_uppercase);
    if capital && !NOT_NAMES.contains(&given) { head.len() + 1 } else { begin }
}

/// Titles of South Asian families that are part of the name they open, read past by the
/// role's pattern as a word of the role: "Minister for Industries and Commerce Chaudhry Shafay
/// Hussain".
const FAMILY_TITLES: &[&str] =
    &["Chaudhry", "Chaudhary", "Choudhury", "Syed", "Sayyid", "Mian", "Makhdoom", "Khawaja"];

/// Where a family title starts that stands just before a name of two words.
fn family_title_before(text: &str, begin: usize) -> Option<usize> {
    let head = text[..begin].strip_suffix(' ')?;
    let word = head.rsplit(' ').next()?;
    FAMILY_TITLES.contains(&word).then(|| head.len() - word.len())
}

/// Where two capitals start that stand just before a name of two words or more, read past by
/// the role's pattern as an agency's letters: "Prime Minister KP Sharma Oli", "Chief Minister
/// YS Jagan Mohan Reddy" (an agency's letters are three or more: "Chairman BOI Hemasiri
/// Fernando").
fn initials_before(text: &str, begin: usize) -> Option<usize> {
    let head = text[..begin].strip_suffix(' ')?;
    let word = head.rsplit(' ').next()?;
    let capitals = word.len() == 2 && word.chars().all(|c| c.is_ascii_uppercase());
    let mut words = text[begin..].split(' ').take(2);
    let named = words.all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let role = head[..head.len() - word.len()].trim_end().rsplit(' ').next().unwrap_or_default();
    // "former chief minister YS Rajasekhara Reddy": a role in lower case is one too.
    let roles = ["minister", "president", "chairman", "governor", "secretary"];
    let after_role = roles.contains(&role.to_lowercase().as_str());
    (capitals && named && after_role).then(|| head.len() - word.len())
}

/// Where a person's name ends with its generational suffix: "Ferdinand R. Marcos Jr." keeps
/// the dot of "Jr", and "John Smith III" its numeral.
pub(super) fn suffix_end(text: &str, end: usize) -> usize {
    let name = &text[..end];
    if (name.ends_with(" Jr") || name.ends_with(" Sr")) && text[end..].starts_with('.') {
        return end + 1;
    }
    let suffix = [" Jr.", " Sr.", ", Jr.", ", Sr.", " III", " II", " IV"]
        .iter()
        .find(|s| text[end..].starts_with(**s))
        .filter(|s| !text[end + s.len()..].starts_with(char::is_alphanumeric));
    end + suffix.map_or(0, |s| s.len())
}
