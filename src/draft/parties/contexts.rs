//! New companies and people named by the words around them rather than by a company word or a
//! role before the name: the officials of a company, a list of names counted as companies, a
//! person set off after a role in a named company or with a role in brackets after the name, a
//! company set off by where it is from, by its trade or as a partner.
//! It proposes names only; the parent decides what was already taken.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::government;
use super::governments::{ADJECTIVES, GOVERNMENTS};
use super::subdivisions::SUBDIVISIONS;
use super::words::{INSTITUTIONS, MONTHS, NOT_NAMES};
use super::{Candidate, Kind, LIST_ITEM, NAME, overlaps};
use crate::draft::spaced;

/// "met with officials from Konica Minolta": the company the officials speak for.
static OFFICIALS: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"\b(?:officials|executives|representatives|leaders|delegations?|management) (?:from|of) (?P<n>{NAME})"
    ))
});
/// "Konica Minolta/American Litho and Faurecia North America, two companies expanding".
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"(?P<list>{NAME}(?:(?:/|, | and |, and ){NAME}){{1,6}}), (?:two|three|four|five|six|several|both) (?:[a-z-]+ )?(?:companies|firms|manufacturers|businesses|employers)\b"
    ))
});
/// "CEO of Spanish automaker SEAT, Wayne Griffiths, stated": the person after the company.
static HEAD_OF: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"\b(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Pp]resident|[Cc]hair(?:man|woman|person)?|[Ff]ounder|[Hh]ead|[Mm]anaging [Dd]irector) of (?:[A-Za-z-]+ ){0,3}?[A-Z][A-Za-z&.-]+, (?P<p>\p{Lu}\p{Ll}+(?: [A-Z]\.)? \p{Lu}[\p{L}'’-]+),",
    )
});
/// "Blanca Quino (general manager)": a person with a role in brackets after the name.
static ROLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"\b(?P<p>\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}) \((?:[a-z]+ ){0,3}(?:manager|director|officer|president|chairman|chairwoman|chairperson|minister|governor|secretary|executive|head|CEO|founder)\)",
    )
});
/// "Hana Micron, also from South Korea, opened a factory": a company set off by its origin.
static FROM: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"\b(?P<n>{NAME}), (?:also |which is )?(?:from|based in|headquartered in) [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?, (?:also )?(?:opened|announced|invested|built|plans|will|has|is|signed|committed|pledged)\b"
    ))
});
/// "Nymphaea Resorts, one of the biggest SPA operators": a company set off as one of its
/// trade; "a great partnership with NIOA", "joint venture with Indian conglomerate Vedanta": a
/// partner of a company, after what it is or where it is from ("joint venture with Turkish
/// Kibar Group"); "signed a funding deal with Arafura Rare Earths", "signed an agreement with
/// Chinese BTR": the other side of a deal, without its origin.
static PARTNER: LazyLock<Regex> = LazyLock::new(|| {
    // A country's adjective, the longest first ("South Korean" before "Korean").
    let mut adjectives: Vec<&str> = ADJECTIVES.iter().map(|(a, _)| *a).collect();
    adjectives.sort_by_key(|a| std::cmp::Reverse(a.len()));
    let origin = format!("(?:{})", adjectives.join("|"));
    spaced(&format!(
        r"\b(?P<n>{NAME}), one of the (?:[a-z-]+ ){{0,3}}(?:[A-Z]{{2,5}} )?(?:companies|operators|firms|manufacturers|makers|producers|suppliers|employers|retailers|developers)\b|\b(?:partnership|joint venture|joint partner in the \w+) with (?:\p{{Lu}}\p{{Ll}}+ [a-z]+ |{origin} )?(?P<p>{NAME})\b|\b(?:signed|struck|inked|sealed) (?:a|an) (?:[a-z-]+ ){{0,2}}(?:deal|agreement|contract) with (?:{origin} )?(?P<q>{NAME})(?:[,.;:(]| (?:to|on|in|for|that|which|worth|under|at|as|from|over)\b)"
    ))
});
/// A region after a company's name that names its arm there: "Faurecia North America".
const ARMS: &[&str] = &[" North America", " South America", " Latin America", " Europe", " Asia"];

/// Proposes the companies and people these contexts name, skipping spans already taken.
pub(super) fn contexts(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let mut names: Vec<(usize, usize, &str)> = Vec::new();
    for caps in OFFICIALS.captures_iter(text).chain(FROM.captures_iter(text)) {
        let Some(m) = caps.name("n") else { continue };
        names.push((m.start(), m.end(), "is named by the officials or origin beside it"));
    }
    for caps in PARTNER.captures_iter(text) {
        let Some(m) = caps.name("n").or_else(|| caps.name("p")).or_else(|| caps.name("q")) else {
            continue;
        };
        names.push((m.start(), m.end(), "is set off as one of a trade or as a partner"));
    }
    for caps in COUNTED.captures_iter(text) {
        let Some(list) = caps.name("list") else { continue };
        for m in LIST_ITEM.find_iter(list.as_str()) {
            let start = list.start() + m.start();
            names.push((start, start + m.len(), "is counted among companies"));
        }
    }
    for (start, end, why) in names {
        // "Today Hana Micron", "Internet-giant Google": a word that opens sentences, or one
        // that describes the company, is not the name's.
        let described =
            |w: &str| w.split_once('-').is_some_and(|(_, t)| t.starts_with(char::is_lowercase));
        let (start, name) = match text[start..end].split_once(' ') {
            Some((first, rest)) if NOT_NAMES.contains(&first) || described(first) => {
                (end - rest.len(), rest)
            }
            _ => (start, &text[start..end]),
        };
        // "executives from Argentina’s Roggio": the country is the company's, not its name.
        let (start, name) = match name.split_once("’s ").or_else(|| name.split_once("'s ")) {
            Some((place, rest)) if government(place) => (end - rest.len(), rest),
            _ => (start, name),
        };
        let name = ARMS.iter().find_map(|arm| name.strip_suffix(arm)).unwrap_or(name);
        let end = start + name.len();
        let government = GOVERNMENTS.iter().chain(SUBDIVISIONS).any(|(g, _, _)| name == *g);
        if NOT_NAMES.contains(&name) || MONTHS.contains(&name) || government {
            continue;
        }
        // "American Litho": a country's adjective that opens a company's name is the name's.
        let adjective = |c: &Candidate| c.kind == Kind::Government && start == c.start;
        if out.iter().any(|c| adjective(c) && c.end < end) {
            out.retain(|c| !adjective(c));
            taken.retain(|&(s, _)| s != start);
        }
        if overlaps(taken, start, end) {
            continue;
        }
        taken.push((start, end));
        let why = format!("`{name}` {why}; a new company");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
    }
    let set_off = HEAD_OF
        .captures_iter(text)
        .map(|caps| (caps, "is set off after a role in a named company"));
    let roled = ROLE_AFTER
        .captures_iter(text)
        .map(|caps| (caps, "is named with a role in brackets after it"));
    for (caps, said) in set_off.chain(roled) {
        let Some(m) = caps.name("p") else { continue };
        let name = m.as_str();
        let refused = |w: &str| NOT_NAMES.contains(&w) || INSTITUTIONS.contains(&w);
        if overlaps(taken, m.start(), m.end()) || name.split(' ').any(refused) {
            continue;
        }
        taken.push((m.start(), m.end()));
        let why = format!("`{name}` {said}; a new person");
        let (start, end, value) = (m.start(), m.end(), name.to_owned());
        out.push(Candidate { kind: Kind::Person, start, end, value, known: false, why });
    }
}
