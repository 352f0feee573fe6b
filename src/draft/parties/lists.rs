//! Companies named in lists: the names after a word for companies ("partners, including
//! Corning, Amkor and Samsung") and the names that open each item of a list told by what the
//! companies did ("The companies that signed included A for ..., B for ... and C"), and the
//! names listed with their amounts in brackets (`priced`). It proposes companies only.

mod priced;

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::famous::is_famous;
use super::spans::{claim, free, overlaps};
use super::words::{NOT_NAMES, past_openers};
use super::{NAME, government};
use crate::draft::{Candidate, Kind, compile, spaced};

/// A list of names after a word for companies: "partners, including Corning, Amkor and Samsung",
/// "the signatory SMEs, namely HTM Confection, IM Medicare and Pet Factory Maroc",
/// "companies – such as Fresenius and Swisscom", "a consortium of Australian Plant Protein, AGT
/// Foods and TFI", "the companies Paper Invest (paper manufacturing), Knauf Insulation
/// (construction materials) and Interpork Plus", "companies located within the Kangimi
/// layout, including TG Agro, Agrival and Britannia"; a remark in brackets after a name is read
/// past.
/// The items are not counted by the pattern (a counted repeat of a name compiles one copy of
/// it per count) but by [`LISTED_MOST`].
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"\b(?:(?:companies|partners|firms|suppliers|manufacturers|makers|customers|investors|brands|locators|tenants|signatories|SMEs|enterprises),?(?: [–—-])? (?:(?:including|such as|like|among them|namely) |(?:located|based|operating) (?:in|within|at|on) [^,.\n]+?, (?:including|such as|like|among them|namely) )?|consorti(?:um|a) (?:of|led by|including|comprising|made up of) )(?P<list>{NAME}(?: \([^)]*\))?(?:,? (?:and )?{NAME}(?: \([^)]*\))?)+)"
    ))
});
/// The companies whose investments a sentence tells: "investments made by Applied Materials
/// (global ranking no. 1), Dupont, Solid Energy System, Entegris and BorgWarner", a remark in
/// brackets after a name read past, not as a name; or a list of three names or more that a
/// later word calls companies (`called`): "Ask, Precicast, Alstom, Zenten, Lointek and Orona are
/// the companies that have embraced INDARTU".
static MADE_BY: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"\b(?:investments|investment plans|expansion plans) (?:made |announced )?by (?P<list>{NAME}(?: \([^)]*\))?(?:,? (?:and )?{NAME}(?: \([^)]*\))?)+)|\b(?P<called>{NAME}(?:, {NAME})+,? and {NAME}),? (?:are|were) (?:the|among the) (?:[a-z]+ ){{0,2}}(?:companies|firms|investors|beneficiaries|manufacturers)\b"
    ))
});
/// A list of names, some with a legal form after them: "Panasonic Energy, Resonac Holdings
/// Corp., Renesas Electronics Corp. and Ibiden Co.".
static FORMED: LazyLock<Regex> = LazyLock::new(|| {
    let item = format!(r"{NAME}(?: (?:Corp|Co|Inc|Ltd)\.)?");
    spaced(&format!(r"\b(?P<list>{item}(?:, {item})*,? and {item})"))
});
/// A list of three or more names, each with the town it is in: "the investment into Code
/// Serve in Brynmawr, Dyfed Steels in Llanelli, Express Reinforcements in Neath and Celsa Steel
/// in Cardiff", "USAA in Plano, TD Ameritrade in Fort Worth and TEKsystems in Irving". Places
/// are named alone, so the names before them are companies'.
static PLACED: LazyLock<Regex> = LazyLock::new(|| {
    let item = format!(r"{NAME} in \p{{Lu}}\p{{Ll}}+(?: \p{{Lu}}\p{{Ll}}+)?");
    spaced(&format!(r"\b(?P<list>{item}(?:, {item})+,? and {item})\b"))
});
/// The most names read from one list.
const LISTED_MOST: usize = 16;
pub(in crate::draft::parties) static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| compile(NAME));
/// A list of companies told by what they did: "The companies that have signed the MoUs on
/// Monday included A for ..., B for ... and C", "Other beneficiaries are A (RON 9.3 mln) and
/// B", "The units that signed MoUs are - A, B and C", "The plants are A, B and C"; a decimal
/// point inside an item does not end the list.
static SIGNED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"\b(?:companies|firms|brands|investors|locators|tenants|signatories|beneficiaries|plants|factories|that (?:have )?signed)(?:,? [A-Za-z]+){0,20}?,? (?:included|include|includes|are|were)(?::| [–—-])? (?P<list>(?:[^.]|\.\d)+)",
    )
});
/// Legal forms written before a company's name.
const LEGAL_BEFORE: &[&str] = &["PT ", "CV "];
/// What parts the items of such a list: a comma, "and", or both, or a semicolon between items
/// that carry their own commas ("A, in La Vega; B, in Bonao").
static ITEM_SEP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",? and |, |; ").expect("a valid pattern"));
/// The capitalized words that open an item of such a list, with an ampersand between two of
/// them ("Dunn & Foster Dominicana").
static ITEM_NAME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(?P<name>\p{Lu}[\p{L}&'’-]*(?: (?:& )?\p{Lu}[\p{L}&'’-]*){0,4})(?: \([^)]*\))?(?: for\b| to\b| in\b|$)",
    )
});
/// An item of a list set out one to a line, under a line that ends with a colon: a name, then
/// in brackets what the company committed ("Daifuku Wynright (582 committed jobs in Lake
/// County),") or after a comma the sum it invests ("QYK Brands, a $400 million capital
/// investment"), a bullet before it or none.
static LINE_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^[ \t]*(?:[-•*▪] ?)?(?P<name>\p{Lu}[\p{L}&'’.-]*(?: (?:& )?\p{Lu}[\p{L}&'’.-]*){0,4})(?: \([^)\n]*\d|(?:,? (?:Inc|Corp|Ltd|LLC)\.?)?, an? (?:[$€£]|US\$|[0-9]))",
    )
});

/// Every company that opens a line of a list set out one to a line ([`LINE_ITEM`]), read
/// before any other reading of its words, so that "Fulcrum BioEnergy" is not cut to its
/// brand-like second word.
pub(super) fn list_lines(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    priced::priced(text, taken, out);
    let mut offset = 0;
    let mut listed = false;
    for line in text.split_inclusive('\n') {
        let here = offset;
        offset += line.len();
        if line.trim().is_empty() {
            continue;
        }
        let item = LINE_ITEM.captures(line).and_then(|c| c.name("name")).filter(|_| listed);
        listed = line.trim_end().ends_with(':') || (listed && item.is_some());
        let Some(m) = item else { continue };
        let (start, end) = (here + m.start(), here + m.end());
        let name = m.as_str();
        release_governments(taken, out, start, end);
        if overlaps(taken, start, end) || NOT_NAMES.contains(&name) || government(name) {
            continue;
        }
        taken.push((start, end));
        let why = format!("`{name}` opens a line of a list of commitments; a new company");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        // "FREYR Battery (now T1 Energy)": the company's new name is the company too.
        let Some(new) = RENAMED.captures(&line[m.end()..]).and_then(|c| c.name("name")) else {
            continue;
        };
        let (start, end) = (end + new.start(), end + new.end());
        if overlaps(taken, start, end) {
            continue;
        }
        taken.push((start, end));
        let value = new.as_str().to_owned();
        let why = format!("`{value}` is the new name of `{name}`, which opens a line of a list");
        out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
    }
}

/// The new name a company is given in brackets after its old one: " (now T1 Energy)".
static RENAMED: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^ \((?:now|renamed) (?P<name>\p{Lu}[\p{L}\d&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,3})\)")
});

/// Every company named in a list that no other reading took.
pub(super) fn lists(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    // "partners, including Corning, Applied Materials and Amkor": every name of the list.
    for list in LISTED.captures_iter(text).chain(MADE_BY.captures_iter(text)) {
        let Some(items) = list.name("list").or(list.name("called")) else { continue };
        for m in LIST_ITEM.find_iter(items.as_str()).take(LISTED_MOST) {
            let (start, end) = (items.start() + m.start(), items.start() + m.end());
            let name = m.as_str();
            let before = &items.as_str()[..m.start()];
            let bracketed = before.matches('(').count() > before.matches(')').count();
            if overlaps(taken, start, end) || NOT_NAMES.contains(&name) || bracketed {
                continue;
            }
            taken.push((start, end));
            let why = format!("`{name}` is listed among companies; a new company");
            let value = name.to_owned();
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
    }
    // "Code Serve in Brynmawr, Dyfed Steels in Llanelli and Celsa Steel in Cardiff": the name
    // before each place.
    for list in PLACED.captures_iter(text) {
        let Some(items) = list.name("list") else { continue };
        let seps = ITEM_SEP.find_iter(items.as_str());
        let froms = std::iter::once(0).chain(seps.map(|sep| sep.end()));
        for from in froms {
            let item = &items.as_str()[from..];
            let Some((name, _)) = item.split_once(" in ") else { continue };
            let start = items.start() + from;
            let (start, name) = past_openers(start, name);
            let end = start + name.len();
            if NOT_NAMES.contains(&name) || government(name) || !claim(taken, start, end) {
                continue;
            }
            let why = format!("`{name}` is listed with the town it is in; a new company");
            let value = name.to_owned();
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
    }
    // "Panasonic Energy, Resonac Holdings Corp. and Ibiden Co.": in a list where two names
    // carry a legal form, every name is a company's.
    // "AGC, Ajinomoto, Caterpillar, Duratex, Embraer and IBM": so are the names listed beside
    // three or more well-known companies, which the list of them reads itself.
    for list in FORMED.captures_iter(text) {
        let Some(items) = list.name("list") else { continue };
        let forms = ["Corp.", "Co.", "Inc.", "Ltd."];
        let formed =
            items.as_str().split(' ').filter(|w| forms.iter().any(|f| w.starts_with(f))).count()
                >= 2;
        let names = || LIST_ITEM.find_iter(items.as_str()).take(LISTED_MOST);
        let famous = names().filter(|m| is_famous(m.as_str())).count() >= 3;
        if !formed && !famous {
            continue;
        }
        for m in names() {
            let (start, end) = (items.start() + m.start(), items.start() + m.end());
            let name = m.as_str();
            if overlaps(taken, start, end)
                || NOT_NAMES.contains(&name)
                || government(name)
                || (!formed && is_famous(name))
            {
                continue;
            }
            taken.push((start, end));
            let why = if formed {
                format!("`{name}` is listed beside companies with a legal form; a new company")
            } else {
                format!("`{name}` is listed beside well-known companies; a new company")
            };
            let value = name.to_owned();
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
    }
    // "The companies that have signed the MoUs included JSW Renewable Energy Ltd for a
    // project, Green Base Industrial Parks for a park, and Apollo Tyres for ...": the name
    // that opens each item of the list.
    for list in SIGNED.captures_iter(text) {
        let Some(items) = list.name("list") else { continue };
        let mut bounds = vec![items.start()];
        for sep in ITEM_SEP.find_iter(items.as_str()) {
            bounds.push(items.start() + sep.start());
            bounds.push(items.start() + sep.end());
        }
        bounds.push(items.end());
        for pair in bounds.chunks(2) {
            let [start, end] = *pair else { continue };
            let Some(m) = ITEM_NAME.captures(&text[start..end]).and_then(|c| c.name("name")) else {
                continue;
            };
            let end = start + m.end();
            // "PT Denso Indonesia": a legal form before the name is dropped as one after it is.
            let start = start
                + LEGAL_BEFORE
                    .iter()
                    .find(|f| text[start..end].starts_with(*f))
                    .map_or(0, |f| f.len());
            let name = &text[start..end];
            // "Denso Indonesia": a country that ends a listed name is part of it.
            release_governments(taken, out, start, end);
            if overlaps(taken, start, end) || NOT_NAMES.contains(&name) || government(name) {
                continue;
            }
            taken.push((start, end));
            let why = format!("`{name}` is listed among companies; a new company");
            let value = name.to_owned();
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
    }
}

/// Frees the governments found inside a span that names something else.
fn release_governments(
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
    start: usize,
    end: usize,
) {
    free(taken, out, |c| c.kind == Kind::Government && c.start > start && c.end <= end);
}
