//! Regions named by their kind ("Gyeonggi Province", "Corrientes province", "Kurdistan
//! Region", "Aichi Prefecture", "Lasithi Regional Unit", "the region of Tebessa"), proposed as
//! governments where the lists of [`super::SUBDIVISIONS`] do not hold them; the reader adds the
//! ISO 3166-2 code. Also Brazil's states by the letters written
//! after a city ("Sorocaba (SP)").

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::governments::ADJECTIVES;
use super::{Candidate, Haystack, Kind, claim, compile, overlaps, whole_words};

mod coded;

static REGION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?P<name>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?) (?:[Pp]rovince|Prefecture|Region|Regional Unit|Governorate|Oblast)\b",
    )
});

/// A state or province named by its government or governor, or as a state with something of
/// its own, in lower case as a nickname never is ("the Beehive State's"): "the Ondo State
/// Government", "the Ondo State Governor", "Kaduna state’s agricultural clusters". The name
/// alone is the government's.
static GOVERNED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?:[Tt]he )?(?P<name>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?) (?:(?:State|Provincial) (?:Government|Governor)|state['’]s)\b",
    )
});

/// Words that make a region a direction or a part of the world, not a government: "the
/// Eastern Region" of a company, "the Asia Pacific Region".
const NOT_REGIONS: &[&str] = &[
    "The",
    "This",
    "That",
    "Each",
    "Every",
    "Our",
    "Its",
    "Their",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
    "Central",
    "North",
    "South",
    "East",
    "West",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Capital",
    "Greater",
    "Asia",
    "Pacific",
    "Europe",
    "European",
    "Africa",
    "African",
    "America",
    "American",
    "Middle",
    "Latin",
    "Nordic",
    "Arctic",
    "Atlantic",
    "Gulf",
    "Bay",
    "Sales",
    "Special",
    "Autonomous",
    "Administrative",
    "Economic",
    "Development",
    "Industrial",
];

/// Every region named by its kind that no earlier match has taken.
pub(super) fn regions(hay: &Haystack, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let text = hay.text;
    coded::coded(text, taken, out);
    for caps in REGION.captures_iter(text) {
        let (whole, name) = (caps.get(0).expect("a whole span"), &caps["name"]);
        let (start, end) = (whole.start(), whole.end());
        // "the Argentine province": a nationality names no region.
        let adjective = |w: &str| ADJECTIVES.iter().any(|(a, _)| *a == w);
        if overlaps(taken, start, end)
            || name.split([' ', '-']).any(|w| NOT_REGIONS.contains(&w) || adjective(w))
        {
            continue;
        }
        taken.push((start, end));
        // "the northern Corrientes province": the kind in small letters is no word of the name.
        let small = whole.as_str().ends_with(" province");
        let value = if small { name.to_owned() } else { whole.as_str().to_owned() };
        let why = format!(
            "`{value}` names a region by its kind; a new government, with its ISO 3166-2 code to add"
        );
        out.push(Candidate { kind: Kind::Government, start, end, value, known: false, why });
    }
    departments(text, taken, out);
    states_after_cities(text, taken, out);
    states_named(text, taken, out);
    victoria(hay, taken, out);
}

/// Victoria alone, read as Australia's state only in an article about Australia (it names the
/// country, Melbourne or the state's adjective) and never before another capitalised word or
/// after one that makes it a city, a lake or a queen: elsewhere it is more often a person's
/// name ("Victoria Smith"), a city ("Ciudad Victoria") or a brand.
fn victoria(hay: &Haystack, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    const STATE: &str = "Victoria";
    let text = hay.text;
    if !["Australia", "Melbourne", "Victorian"].iter().any(|w| text.contains(w)) {
        return;
    }
    for (start, end) in whole_words(hay, STATE, false) {
        let before = text[..start].split_whitespace().next_back().unwrap_or("");
        let after = &text[end..];
        // "Victoria-Tobique", "Victoria Smith": a hyphen or a capitalised word goes on a name.
        let hyphened = after.starts_with('-') || text[..start].ends_with('-');
        let name_goes_on =
            after.strip_prefix(' ').is_some_and(|a| a.starts_with(char::is_uppercase));
        if hyphened
            || name_goes_on
            || ["Ciudad", "Lake", "Queen"].contains(&before)
            || !claim(taken, start, end)
        {
            continue;
        }
        let why = "`Victoria` in an article about Australia names the state, ISO 3166-2 code \
                   `AU-VIC`"
            .to_owned();
        let value = STATE.to_owned();
        out.push(Candidate { kind: Kind::Government, start, end, value, known: false, why });
    }
}

/// A region named after its kind, with up to two words describing it between: "the department
/// of Magdalena", "the province of Alberta", "the southern Argentine province of Tierra del
/// Fuego" (a particle joins the name's words).
static DEPARTMENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bthe (?:(?:[a-z]+|\p{Lu}\p{Ll}+) ){0,2}?(?:department|province|prefecture|governorate|oblast|canton|state|region) of (?P<name>\p{Lu}\p{Ll}+(?:(?:[ -]| (?:del|de|do|da|dos|das) )\p{Lu}\p{Ll}+)?)\b",
    )
});

/// A region named just after its kind in small letters: "in central-east province Jizzakh".
static KIND_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(?:province|prefecture|oblast|governorate) (?P<name>\p{Lu}\p{Ll}+)\b")
});

/// Words after a region's kind that begin a title or a body, not the region's name: "the
/// province Governor said".
const NOT_AFTER_KIND: &[&str] = &[
    "Governor",
    "Minister",
    "Chief",
    "Secretary",
    "Premier",
    "President",
    "Mayor",
    "Head",
    "Administration",
    "Government",
    "Council",
    "Officials",
    "Akim",
];

/// Every region named after its kind ([`DEPARTMENT`], [`KIND_BEFORE`]) or by its government
/// ([`GOVERNED`]) that no earlier match has taken: the name alone is the government's.
fn departments(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let before = KIND_BEFORE.captures_iter(text).filter(|caps| {
        let name = &caps["name"];
        let end = caps.get(0).map_or(0, |m| m.end());
        // "province Jizzakh Governor": a name run on into a title is not read here.
        let run_on =
            text[end..].strip_prefix(' ').is_some_and(|a| a.starts_with(char::is_uppercase));
        !NOT_AFTER_KIND.contains(&name) && !run_on
    });
    let governed = GOVERNED.captures_iter(text);
    for caps in DEPARTMENT.captures_iter(text).chain(before).chain(governed) {
        let m = caps.name("name").expect("the pattern has the group");
        let (start, end) = (m.start(), m.end());
        // "the metropolitan region of Porto Alegre": a city's area, no government.
        let metropolitan = caps.get(0).is_some_and(|w| w.as_str().contains("metropolitan "));
        // "Brazilian state’s": a country's adjective names no state.
        let adjective = ADJECTIVES.iter().any(|(a, _)| *a == m.as_str());
        if metropolitan
            || adjective
            || overlaps(taken, start, end)
            || m.as_str().split([' ', '-']).any(|w| NOT_REGIONS.contains(&w))
        {
            continue;
        }
        taken.push((start, end));
        let value = m.as_str().to_owned();
        let why = format!(
            "`{value}` is named as a region; a new government, with its ISO 3166-2 code to add"
        );
        out.push(Candidate { kind: Kind::Government, start, end, value, known: false, why });
    }
}

/// Brazil's states by the two letters written after a city: "Sorocaba (SP)".
const BRAZILIAN_STATES: &[(&str, &str)] = &[
    ("AC", "Acre"),
    ("AL", "Alagoas"),
    ("AP", "Amapá"),
    ("AM", "Amazonas"),
    ("BA", "Bahia"),
    ("CE", "Ceará"),
    ("DF", "Distrito Federal"),
    ("ES", "Espírito Santo"),
    ("GO", "Goiás"),
    ("MA", "Maranhão"),
    ("MT", "Mato Grosso"),
    ("MS", "Mato Grosso do Sul"),
    ("MG", "Minas Gerais"),
    ("PA", "Pará"),
    ("PB", "Paraíba"),
    ("PR", "Paraná"),
    ("PE", "Pernambuco"),
    ("PI", "Piauí"),
    ("RJ", "Rio de Janeiro"),
    ("RN", "Rio Grande do Norte"),
    ("RS", "Rio Grande do Sul"),
    ("RO", "Rondônia"),
    ("RR", "Roraima"),
    ("SC", "Santa Catarina"),
    ("SP", "São Paulo"),
    ("SE", "Sergipe"),
    ("TO", "Tocantins"),
];

static CITY_STATE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b\p{Lu}[\p{L}-]+ \((?P<uf>[A-Z]{2})\)"));

/// Whether the text is about Brazil: it names the country or its currency.
fn about_brazil(text: &str) -> bool {
    ["Brazil", "R$", "reais", "BRL"].iter().any(|w| text.contains(w))
}

/// A Brazilian state named as a state, "the State of São Paulo", "São Paulo State Government",
/// read only in an article about Brazil: its name alone may be its capital's ("São Paulo",
/// "Rio de Janeiro").
fn states_named(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    if !about_brazil(text) {
        return;
    }
    let cased = |span: Option<&str>, word: &str| span.is_some_and(|s| s.eq_ignore_ascii_case(word));
    // "Rio\nde Janeiro state": a name wrapped over a line is read as on one, at the same place.
    let flat = text.replace('\n', " ");
    for (code, state) in BRAZILIAN_STATES {
        for (start, _) in flat.match_indices(state) {
            let end = start + state.len();
            let named = cased(start.checked_sub(9).and_then(|at| flat.get(at..start)), "state of ")
                || (cased(flat.get(end..end + 6), " state")
                    && !flat[end + 6..].starts_with(char::is_alphabetic));
            if !named || !claim(taken, start, end) {
                continue;
            }
            let why =
                format!("`{state}` is named as a state of Brazil, ISO 3166-2 code `BR-{code}`");
            let value = (*state).to_owned();
            out.push(Candidate { kind: Kind::Government, start, end, value, known: false, why });
        }
    }
}

/// The state of a Brazilian city written with its two letters ("Sorocaba (SP)": São Paulo),
/// read only in an article about Brazil (it names the country or its currency), where the
/// letters cannot be a US state's.
fn states_after_cities(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    if !about_brazil(text) {
        return;
    }
    for caps in CITY_STATE.captures_iter(text) {
        let m = caps.name("uf").expect("the pattern has the group");
        let Some((code, state)) = BRAZILIAN_STATES.iter().find(|(c, _)| *c == m.as_str()) else {
            continue;
        };
        let (start, end) = (m.start(), m.end());
        if !claim(taken, start, end) {
            continue;
        }
        let why = format!(
            "`{code}` after a city names the state of {state}, ISO 3166-2 code `BR-{code}`"
        );
        let value = (*state).to_owned();
        out.push(Candidate { kind: Kind::Government, start, end, value, known: false, why });
    }
}
