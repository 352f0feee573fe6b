//! Last corrections to the names read: words that ride along with a name without being part of
//! it (a role's abbreviation or an honorific before a surname, a possessive after a name, a
//! nationality before a company's initials), and names that are parts of the world or bodies of
//! a government rather than parties. It runs after every reading, so that each reading needs no
//! list of its own.

use crate::draft::{Candidate, Kind};

use super::governments::ADJECTIVES;
use super::words::DESCRIBING;

/// Abbreviated roles and honorifics written before a surname: "CM Sarma said", "Ms Wylie
/// said", "The Honourable Jackie Trad", "Chief Minister Shri Chouhan". The person is named in full elsewhere, or by the
/// surname alone.
const TITLES: &[&str] = &[
    "CM",
    "PM",
    "DCM",
    "MD",
    "Ms",
    "Mr",
    "Mrs",
    "Dr",
    "Mx",
    "Ms.",
    "Mr.",
    "Mrs.",
    "Honourable",
    "Honorable",
    "Hon.",
    "Shri",
    "Smt.",
];

/// Royal titles before a given name, for a person the text names in full elsewhere: "Crown
/// Prince Mohammed bin Salman ... Prince Mohammed had announced".
const ROYAL_TITLES: &[&str] = &["Prince", "Princess", "King", "Queen", "Sheikh", "Emir"];

/// Nationalities the list of governments' adjectives leaves out, which say only where a company
/// comes from: "the Belgian AIM".
const NATIONALITIES: &[&str] = &[
    "Belgian",
    "Dutch",
    "Swiss",
    "Swedish",
    "Danish",
    "Norwegian",
    "Finnish",
    "Irish",
    "Portuguese",
    "Greek",
    "Turkish",
    "Israeli",
    "Singaporean",
    "Thai",
    "Vietnamese",
    "Indonesian",
    "Malaysian",
    "Filipino",
    "Emirati",
    "Saudi",
    "Qatari",
    "Chilean",
    "Argentine",
];

/// Parts of the world that no government rules: "investors from Europe, the Middle East and
/// Asia Pacific", "Europe will be forced to import".
const WORLD_REGIONS: &[&str] = &[
    "Europe",
    "Asia",
    "Africa",
    "Antarctica",
    "Asia Pacific",
    "Asia-Pacific",
    "Middle East",
    "Southeast Asia",
    "South East Asia",
    "South Asia",
    "East Asia",
    "Central Asia",
    "Sub-Saharan Africa",
    "North Africa",
    "West Africa",
    "East Africa",
    "Latin America",
    "Eastern Europe",
    "Western Europe",
    "Central Europe",
    "Scandinavia",
    "Oceania",
];

/// Palaces that speak for a government, no party of their own: "Malacañang announced".
const SEATS: &[&str] = &["Malacañang", "Malacanang", "Kremlin", "Élysée", "Elysee"];

/// Words that end the name of a body of a government, not of a company: "Johor Investment,
/// Trade, and Consumer Affairs Committee".
const BODIES: &[&str] = &["Committee", "Commission", "Council", "Ministry", "Department"];

/// Words that open the name of a public body: "the Colorado Office of Economic Development
/// and International Trade".
const OFFICES: &[&str] = &["Office", "Department", "Ministry", "Bureau", "Agency", "Commission"];

/// Whether the name at `start` ends the name of a public body after its "and": "Office of
/// Economic Development and International Trade".
fn ends_an_office(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix("and ") else {
        return false;
    };
    let mut words = before.split_whitespace().rev();
    for word in words.by_ref() {
        if word == "of" {
            return words.next().is_some_and(|w| OFFICES.contains(&w));
        }
        // "Department of Industries and Commerce and Sino-Pak Tech Industry": the office's
        // name has its "and" already, and the name after a second one is a party's.
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// Whether `value` is a stock ticker with its exchange's suffix, no name: "NESN.S", "7203.T".
fn is_ticker(value: &str) -> bool {
    let Some((symbol, exchange)) = value.split_once('.') else {
        return false;
    };
    (1..=6).contains(&symbol.len())
        && (1..=2).contains(&exchange.len())
        && symbol.chars().all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit())
        && exchange.chars().all(|ch| ch.is_ascii_uppercase())
}

/// Gives `c` the name `value`, said the same way in its reason.
fn rename(c: &mut Candidate, value: String) {
    c.why = c.why.replacen(&format!("`{}`", c.value), &format!("`{value}`"), 1);
    c.value = value;
}

/// Joins a company's name of one word to the company named just before it, of which it is the
/// last word: "Powerchip Semiconductor Manufacturing Corp.".
fn joined(text: &str, out: &mut Vec<Candidate>) {
    let new_company = |c: &Candidate| c.kind == Kind::Company && !c.known;
    let mut i = 0;
    while i < out.len() {
        let next = &out[i];
        let before = (new_company(next) && !next.value.contains(' ') && next.start > 0)
            .then(|| {
                out.iter().position(|c| {
                    new_company(c) && c.end + 1 == next.start && &text[c.end..next.start] == " "
                })
            })
            .flatten();
        match before {
            Some(j) => {
                let end = out[i].end;
                let value = text[out[j].start..end].to_owned();
                out[j].end = end;
                rename(&mut out[j], value);
                out.remove(i);
                i = 0;
            }
            None => i += 1,
        }
    }
}

/// Words that end a company's name and may follow a name read as a person's: "Dr. Sulaiman Al
/// Habib Medical Services Group".
const COMPANY_ENDS: &[&str] = &["Group", "Holdings", "Company", "Corporation", "Limited"];

/// Turns a new person whose name runs on, in at most three capitalized words, to a word that
/// ends a company's name into that company, with the title it was read after when the title
/// opens the company's name ("Dr. Sulaiman Al Habib Medical Services Group (HMG)").
fn run_on_companies(text: &str, out: &mut [Candidate]) {
    for c in out.iter_mut().filter(|c| c.kind == Kind::Person && !c.known) {
        let mut end = c.end;
        let mut found = None;
        for _ in 0..3 {
            let Some(word) = text[end..].strip_prefix(' ').and_then(|t| t.split(' ').next()) else {
                break;
            };
            let word = word.trim_end_matches([',', '.', ';', ':']);
            if !word.starts_with(char::is_uppercase) || !word.chars().all(char::is_alphabetic) {
                break;
            }
            end += 1 + word.len();
            if COMPANY_ENDS.contains(&word) {
                found = Some(end);
                break;
            }
        }
        let Some(end) = found else { continue };
        let titled = TITLES
            .iter()
            .filter(|t| t.ends_with('.'))
            .chain(&["Dr."])
            .find(|t| text[..c.start].strip_suffix(' ').is_some_and(|b| b.ends_with(*t)));
        let start = titled.map_or(c.start, |t| c.start - t.len() - 1);
        let value = text[start..end].to_owned();
        c.why = format!("`{value}` ends in a word of a company's name; a new company");
        (c.kind, c.start, c.end, c.value) = (Kind::Company, start, end, value);
    }
}

/// Applies the corrections to every new name in `out`; a record the database holds is kept as
/// it was matched.
pub(super) fn trims(text: &str, out: &mut Vec<Candidate>) {
    joined(text, out);
    run_on_companies(text, out);
    let people: Vec<String> =
        out.iter().filter(|c| c.kind == Kind::Person).map(|c| c.value.clone()).collect();
    out.retain_mut(|c| {
        if c.known || c.kind == Kind::Government {
            return true;
        }
        if WORLD_REGIONS.contains(&c.value.as_str())
            || is_ticker(&c.value)
            || SEATS.contains(&c.value.as_str())
            || NATIONALITIES.contains(&c.value.as_str())
            || (c.kind == Kind::Company && ends_an_office(text, c.start))
            // A roman numeral alone, of a class or a phase: "Class I and Class II products".
            || (c.value.len() <= 4 && c.value.chars().all(|ch| matches!(ch, 'I' | 'V' | 'X')))
        {
            return false;
        }
        if c.kind == Kind::Company
            && c.value.rsplit(' ').next().is_some_and(|w| BODIES.contains(&w))
        {
            return false;
        }
        // "Biden’s signature law": the name without its possessive.
        let possessive = super::possessive(&c.value);
        if possessive > 0
            && c.value.len() > possessive
            && text[..c.end].ends_with(&c.value[c.value.len() - possessive..])
        {
            c.end -= possessive;
            let value = c.value[..c.value.len() - possessive].to_owned();
            rename(c, value);
        }
        // "Governor Asa Hutchinson’s Address for Nov. 1", a headline: the person is the name
        // before the possessive.
        if c.kind == Kind::Person
            && let Some(at) = c.value.find("’s ").or_else(|| c.value.find("'s "))
            && text[c.start..].starts_with(&c.value)
        {
            c.end = c.start + at;
            let value = c.value[..at].to_owned();
            rename(c, value);
        }
        // "Governor Lujan Grisham said", once "Michelle Lujan Grisham" is named: the same
        // person again, by the last words of the full name.
        let tail = format!(" {}", c.value);
        if c.kind == Kind::Person && people.iter().any(|p| p.ends_with(&tail)) {
            return false;
        }
        let Some((first, rest)) = c.value.split_once(' ') else {
            return true;
        };
        let rest = rest.to_owned();
        let skip = first.len() + 1;
        // "the Chennai-headquartered MRF Ltd": where the company is based is no word of its name,
        // nor is who leads or owns it ("Chinese-led CPP-Metron Consortium").
        let owned = super::words::ORIGIN_SUFFIXES.iter().any(|w| first.ends_with(w));
        if c.kind == Kind::Company
            && (owned || super::based::BASED.iter().any(|b| first.ends_with(b.trim_end())))
        {
            c.start += skip;
            rename(c, rest);
            return true;
        }
        // "Carmaker Stellantis", opening a sentence: the company, without what it makes (a
        // "Giant Eagle" keeps its first word).
        if c.kind == Kind::Company
            && first.ends_with("maker")
            && DESCRIBING.contains(&first)
            && text[c.start..].starts_with(&c.value)
        {
            c.start += skip;
            rename(c, rest);
            return true;
        }
        // "Prince Mohammed", once "Mohammed bin Salman" is named: the same person again.
        let royal = c.kind == Kind::Person && ROYAL_TITLES.contains(&first);
        if royal && people.iter().any(|p| p != &c.value && p.split(' ').next() == Some(&rest)) {
            return false;
        }
        if TITLES.contains(&first) {
            // The surname of someone named in full is no new person.
            let named = people.iter().any(|p| p != &c.value && p.split(' ').any(|w| w == rest));
            if named {
                return false;
            }
            if text[c.start..].starts_with(&c.value) {
                c.start += skip;
            }
            c.kind = Kind::Person;
            rename(c, rest);
            return true;
        }
        // "the Belgian AIM": a nationality before a company's initials says where it comes from.
        let initials = rest.len() >= 2 && rest.chars().all(|ch| ch.is_ascii_uppercase());
        if c.kind == Kind::Company
            && initials
            && (ADJECTIVES.iter().any(|(a, _)| *a == first) || NATIONALITIES.contains(&first))
            && text[c.start..].starts_with(&c.value)
        {
            c.start += skip;
            rename(c, rest);
        }
        true
    });
}
