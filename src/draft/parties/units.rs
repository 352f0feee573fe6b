//! Companies told apart from a country the text names beside them: a company's local unit,
//! whose name ends in the country it works in ("Preh Portugal", "Coloplast Manufacturing
//! Portugal"), and a company with its home or its parent in brackets before a verb of investing
//! ("Toppan (Japan) is investing", "Nabha Power (L&T) is investing"). A country in brackets
//! is the company's home, no party of its own; a unit's country stays one, as the place the
//! unit works in. It proposes companies and drops the home countries.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::governments::GOVERNMENTS;
use super::words::{INSTITUTIONS, MONTHS, NOT_NAMES};
use super::{NAME, overlaps};
use crate::draft::{Candidate, Kind, spaced};

/// A company with a remark in brackets before a verb of investing.
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"\b(?P<name>{NAME}) \((?P<home>[^()]{{1,40}})\),? (?:is investing|will invest|has invested|invests|plans to invest|is set to invest)\b"
    ))
});

/// Words that make a country's name a region of it ("Northern Portugal") or a campaign's
/// ("Choose France") or its agency's, not a company's unit, and legal forms written before a name ("PT Denso
/// Indonesia", whose unit is read as a listed company's).
const REGIONS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Greater",
    "Mainland",
    "Continental",
    "Invest",
    "Team",
    "Visit",
    "Made",
    "Make",
    "Choose",
    "Select",
    // A country's investment agency ("IDA Ireland", "Business France", "Enterprise Ireland").
    "IDA",
    "Business",
    "Enterprise",
    "PT",
    "CV",
];
/// Business words inside a unit's name that open sentences elsewhere: "Coloplast
/// Manufacturing Portugal".
const INNER: &[&str] = &["Manufacturing", "Production"];

/// Whether `name` is a country's name (a government whose code has no subdivision).
fn country(name: &str) -> bool {
    GOVERNMENTS.iter().any(|(g, _, code)| *g == name && code.is_some_and(|c| !c.contains('-')))
}

/// Whether a word may be part of a company's name before a country's.
fn name_word(word: &str) -> bool {
    let mut chars = word.chars();
    // "in N Kazakhstan": a letter alone is a direction, no name.
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() > 1
        && chars.all(|c| c.is_alphabetic() || c == '&' || c == '-')
        && !NOT_NAMES.contains(&word)
        && !INSTITUTIONS.contains(&word)
        && !MONTHS.contains(&word)
        && !REGIONS.contains(&word)
        && !GOVERNMENTS.iter().any(|(g, _, _)| *g == word)
}

/// Where a company's local unit named by the country at `start` begins: at the first of one
/// or two name words just before it, after a lowercase word or a comma (not at a sentence's
/// or a headline's start, where any word is capitalized).
fn unit_start(text: &str, start: usize) -> Option<usize> {
    // "Ernst and Young Canada": a well-known company's whole name, whatever its words.
    let head = text[..start].strip_suffix(' ')?;
    let famous = (2..=4).rev().find_map(|n| {
        let from = head.rmatch_indices([' ', '\n']).map(|(i, _)| i + 1).chain([0]).nth(n - 1)?;
        super::is_famous(&head[from..]).then_some(from)
    });
    if famous.is_some() {
        return famous;
    }
    let mut begin = start;
    let mut words = Vec::new();
    while words.len() < 3 {
        let head = text[..begin].strip_suffix(' ')?;
        let word_start = head.rfind(' ').map_or(0, |i| i + 1);
        let word = &head[word_start..];
        // "Hyderabad-based Quality CARE India": where it is based opens the name.
        if (!name_word(word) && !INNER.contains(&word)) || word.ends_with("-based") {
            break;
        }
        begin = word_start;
        words.push(word);
    }
    // "Production Portugal": a business word alone is no name.
    if words.last().is_some_and(|w| INNER.contains(w))
        || REGIONS.iter().any(|r| text[..begin].strip_suffix(' ').is_some_and(|h| h.ends_with(r)))
    {
        return None;
    }
    let words = words.len();
    let before = text[..begin].strip_suffix(' ')?;
    // "Rio de Janeiro Brazil’s": a name's particle is no word that opens one.
    let particle =
        |w: &str| ["de", "da", "do", "dos", "das", "del", "di", "van", "von"].contains(&w);
    let opener = before.ends_with(',')
        || before.ends_with("-based")
        || before
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.chars().all(char::is_lowercase) && !particle(w));
    (words > 0 && opener).then_some(begin)
}

/// Drops a government candidate and frees its span.
fn drop_government(taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>, at: (usize, usize)) {
    out.retain(|c| !(c.kind == Kind::Government && (c.start, c.end) == at));
    taken.retain(|span| *span != at);
}

/// What follows a plant's or a project's name: "the Giga America factory".
static PLANT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ (?:factory|plant|project|site|facility|campus|complex|gigafactory)\b")
        .expect("a valid pattern")
});

/// A role and "of" before a local unit whose head is named right after it: "General Director of
/// Samsung Vietnam Choi Joo Ho,".
static ROLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[Dd]irector|CEO|[Pp]resident|[Cc]hairman|[Hh]ead|[Mm]anager) of $")
        .expect("a valid pattern")
});

/// The head's name after the unit's: two or three capitalized words, then a comma.
static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}),").expect("a valid pattern")
});

/// Every company's local unit and every company with its home in brackets; see the module.
pub(super) fn units(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let countries: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.kind == Kind::Government && country(&text[c.start..c.end]))
        .map(|c| (c.start, c.end))
        .collect();
    for (start, end) in countries {
        // "KEDA Ghana Ceramics Company": a name that runs on is read whole elsewhere.
        let runs_on =
            text[end..].strip_prefix(' ').is_some_and(|t| t.starts_with(char::is_uppercase));
        let Some(begin) = unit_start(text, start) else { continue };
        // "Director of Samsung Vietnam Choi Joo Ho,": the unit, then its head.
        let head = (runs_on && ROLE_OF.is_match(&text[..begin]))
            .then(|| HEAD.captures(&text[end..]))
            .flatten()
            .and_then(|caps| caps.get(1))
            .map(|m| (end + m.start(), end + m.end()));
        if runs_on && head.is_none() {
            continue;
        }
        // "the Giga America factory": a plant's name, with no company and no government in it.
        if PLANT.is_match(&text[end..]) {
            drop_government(taken, out, (start, end));
            continue;
        }
        // The country stays a party: the unit works there, and it is most often the
        // government the investment is made in.
        if overlaps(taken, begin, start) {
            continue;
        }
        taken.push((begin, end));
        let name = text[begin..end].to_owned();
        let why = format!("`{name}` ends in the country it works in: a company's local unit");
        out.push(Candidate {
            kind: Kind::Company,
            start: begin,
            end,
            value: name,
            known: false,
            why,
        });
        if let Some((start, end)) = head.filter(|&(s, e)| !overlaps(taken, s, e)) {
            taken.push((start, end));
            let name = text[start..end].to_owned();
            let why =
                format!("`{name}` is named after a role in a company's local unit; a new person");
            out.push(Candidate { kind: Kind::Person, start, end, value: name, known: false, why });
        }
    }
    for caps in BRACKETED.captures_iter(text) {
        let (Some(name), Some(home)) = (caps.name("name"), caps.name("home")) else { continue };
        let mut found = vec![(name, "is the subject of a verb of investing")];
        if country(home.as_str()) {
            drop_government(taken, out, (home.start(), home.end()));
        } else if home.as_str().chars().next().is_some_and(char::is_uppercase) {
            found.push((home, "is named in brackets after a company investing"));
        }
        for (m, how) in found {
            if overlaps(taken, m.start(), m.end()) || NOT_NAMES.contains(&m.as_str()) {
                continue;
            }
            taken.push((m.start(), m.end()));
            let value = m.as_str().to_owned();
            let why = format!("`{value}` {how}; a new company");
            let (start, end) = (m.start(), m.end());
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
    }
}
