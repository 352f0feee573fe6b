//! Governments named without their name: a country, state or province by its adjective where
//! it grants or acts ("German state subsidies", "the South Australian government", "Saudi
//! Authority for Industrial Cities"), and "the state" or "the Kingdom" for the last one named.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::super::{Candidate, Kind, Known, spaced};
use super::governments::{ADJECTIVES, GOVERNMENTS};
use super::overlaps;

/// A country's adjective before what a government grants or does: "German state subsidies",
/// "this €902 million German measure", "the Polish government", "the Canadian and Ontario
/// governments", "agreed by Scottish Government", "UK and Welsh Assembly Government",
/// "supported by the Chinese state and".
static GRANTING: LazyLock<Regex> = LazyLock::new(|| {
    let states = STATES.iter().map(|(adjective, _, _)| *adjective);
    let names: Vec<&str> =
        states.chain(ADJECTIVES.iter().map(|(adjective, _)| *adjective)).collect();
    spaced(&format!(
        r"\b(?P<adj>{}) (?:and \p{{Lu}}\p{{L}}+ )?(?:(?:(?:state|federal|national|public|Assembly) )?(?:subsid(?:y|ies)|aid|grants?|measures?|governments?|support|funding|incentives?|tax credits?|loans?|guarantees?|authorities|Authority|officials|ministry|regulators|Government)\b|state(?:[.,;]| and\b))",
        names.join("|")
    ))
});

/// States and provinces named by their adjective, with their ISO 3166-2 codes: "the South
/// Australian government", "the Victorian Government" (Victoria alone is too often a person's
/// name to be read as the state), "the Flemish Government".
const STATES: &[(&str, &str, &str)] = &[
    ("South Australian", "South Australia", "AU-SA"),
    ("Western Australian", "Western Australia", "AU-WA"),
    ("Victorian", "Victoria", "AU-VIC"),
    ("Tasmanian", "Tasmania", "AU-TAS"),
    ("Bavarian", "Bavaria", "DE-BY"),
    ("Flemish", "Flanders", "BE-VLG"),
    ("Walloon", "Wallonia", "BE-WAL"),
    ("Basque", "Basque Country", "ES-PV"),
];

/// Countries named by their adjective where they grant or act ([`GRANTING`]), proposed as
/// their government the way its name would be.
pub(super) fn adjectives(
    text: &str,
    known: &Known,
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
) {
    for caps in GRANTING.captures_iter(text) {
        let Some(m) = caps.name("adj") else { continue };
        let (start, end) = (m.start(), m.end());
        let state = STATES.iter().find(|(a, _, _)| *a == m.as_str());
        let country = || ADJECTIVES.iter().find(|(a, _)| *a == m.as_str());
        let Some((adjective, government, code)) =
            state.map(|&(a, g, code)| (a, g, Some(code))).or_else(|| {
                let &(a, g) = country()?;
                Some((a, g, GOVERNMENTS.iter().find(|(name, _, _)| *name == g).and_then(|g| g.2)))
            })
        else {
            continue;
        };
        if overlaps(taken, start, end) {
            continue;
        }
        let held = code.filter(|code| known.governments.iter().any(|g| g.slug == *code));
        let (value, known, why) = match (held, code) {
            (Some(code), _) => (
                code.to_owned(),
                true,
                format!(
                    "`{adjective}` names the government of {government} as the one granting or acting, recorded as `{code}`"
                ),
            ),
            (None, Some(code)) => (
                government.to_owned(),
                false,
                format!(
                    "`{adjective}` names the government of {government} as the one granting or acting, ISO 3166 code `{code}`"
                ),
            ),
            (None, None) => continue,
        };
        taken.push((start, end));
        out.push(Candidate { kind: Kind::Government, start, end, value, known, why });
    }
}

/// A government named by what it is: "the state", "the commonwealth", "the province" (the last
/// state or province named before it) or "the Kingdom" (the last kingdom).
static REFERRED: LazyLock<Regex> =
    LazyLock::new(|| spaced(r"\b[Tt]he (?P<what>state|commonwealth|province|Kingdom)\b(?: of\b)?"));

/// Governments named by what they are, each the government of that kind named last before it.
pub(super) fn referred(
    text: &str,
    named: &[(usize, Option<&str>)],
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
) {
    const KINGDOMS: &[&str] = &["GB", "SA", "ES", "NL", "BE", "SE", "NO", "DK", "TH", "JO", "MA"];
    for caps in REFERRED.captures_iter(text) {
        let m = caps.get(0).expect("a match has a whole span");
        // "the state of Texas" names Texas itself, found already.
        if m.as_str().split_whitespace().last() == Some("of") {
            continue;
        }
        let kingdom = caps.name("what").is_some_and(|w| w.as_str() == "Kingdom");
        let fits = |code: &str| {
            if kingdom { KINGDOMS.contains(&code) } else { code.contains('-') }
        };
        let last = named
            .iter()
            .filter(|(at, code)| *at < m.start() && code.is_some_and(fits))
            .max_by_key(|(at, _)| *at);
        let Some(&(at, _)) = last else { continue };
        let Some(government) = out.iter().find(|c| c.kind == Kind::Government && c.start == at)
        else {
            continue;
        };
        let (start, end) = (m.start(), m.end());
        if overlaps(taken, start, end) {
            continue;
        }
        let why = format!("`{}` is {}, named before it", m.as_str(), &text[at..government.end]);
        let (value, known) = (government.value.clone(), government.known);
        taken.push((start, end));
        out.push(Candidate { kind: Kind::Government, start, end, value, known, why });
    }
}
