//! Companies named with their legal form after them, as registries and investment agencies
//! write them: "W U S Logistics (Pvt) Ltd", "City Printing (Cambodia) Company Ltd", "Haier
//! Appliance Manufacture (Thailand) Co., Ltd.", "East African Holding Share Company". The name
//! is every capitalized word before the form, initials and a country in brackets included; the
//! form is dropped. It proposes companies only, before the other company readings, which would
//! keep only the last words of a long name or read the form alone as a name.

use std::sync::LazyLock;

use crate::draft::pattern::{Captures, Regex};

use super::famous::is_famous;
use super::governments::government;
use super::spans::{free_for, free_for_whole};
use super::words::{BRANDS, HEADLINE_VERBS, NOT_NAMES, TRADE_PLURALS, TRADES, past_openers};
use crate::draft::{Candidate, Kind, spaced};

/// A name of up to six capitalized words (figures inside them: "O2 Power"), initials ("W U S"),
/// a country in brackets ("(Cambodia)") and a line of trade after "and" ([`TRADES`],
/// [`TRADE_PLURALS`]) included, then its letters in brackets or none ("European Semiconductor
/// Manufacturing Company (ESMC) GmbH"), then a legal form: a private company's bracketed mark,
/// "Co., Ltd.", "Company Limited", "Ltd", "Limited", a Singaporean "Pte" or "Pte Ltd", an
/// Ethiopian "Share Company", a German or European stock company's "AG" or "SE" ("Infineon
/// Technologies AG") or a German "GmbH", a Greek or French "SA" and a "LTD" in capitals, a
/// Serbian, Croatian or Slovenian "d.o.o." ("doo"), an Italian "Srl" or a Romanian "SRL", a
/// Bulgarian "AD", "EAD", "OOD" or "EOOD", an Omani "SPC", "SAOG" or "SAOC", or a Dutch "NV"
/// or "BV" ("Chicago Bridge and Iron NV").
static FORMED: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"\p{Lu}[\p{L}\p{Nd}&'’-]*";
    let trades = TRADES.iter().chain(TRADE_PLURALS).copied().collect::<Vec<_>>().join("|");
    spaced(&format!(
        r"\b(?P<name>{word}(?: (?:{word}|&|and (?:{trades})\b|\(\p{{Lu}}\p{{Ll}}+(?: \p{{Lu}}\p{{Ll}}+)?\))){{0,5}})(?: \((?:Pvt|Private|Pte|Pty)\.?\)|(?P<letters> \([A-Z]{{2,6}}\)))? (?:Co\.?,? ?(?:Ltd\b\.?|Limited\b)|Company (?:Ltd\b\.?|Limited\b)|(?:Pvt\.? |Private |Pte\.? |Pty\.? )?(?:Ltd\b\.?|Limited\b)|Pte\b\.?|Share Company\b|AG\b|SE\b|GmbH\b|A\.?Ş\b\.?|(?P<caps>SA|LTD)\b|(?P<my>(?:Sdn\.? )?(?:Berhad|Bhd)\b\.?)|Incorporated\b|d\.o\.o\.|doo\b|Srl\b|SRL\b|E?AD\b|E?OOD\b|SPC\b|SAO[GC]\b|[NB]V\b|[NB]\.V\.)"
    ))
});

/// The abbreviated legal forms that end a company's name, written as a word of it, without a
/// full stop: "SoftBank Group Corp.", "Erdenese Tsagaan Suvarga LLC", "Linde plc", a free zone's
/// "BMJ Industries FZ LLC". A name keeps none of them ("SoftBank Group").
pub(super) const ABBREVIATED: &[&str] =
    &["Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "plc", "GmbH", "FZ", "FZE", "FZCO"];

/// The legal forms spelled out, which a name may keep as its own last word ("Kia Motor
/// Corporation", "Korea Rail and Tunnel Corporation").
pub(super) const SPELLED: &[&str] = &["Corporation", "Limited"];

/// The legal forms of [`ABBREVIATED`] and [`SPELLED`] as a pattern: each a whole word, with its
/// full stop if it has one; "Co" only with its stop, as "Co-founder" is none.
pub(super) fn legal_forms_pattern() -> String {
    let forms = ABBREVIATED
        .iter()
        .chain(SPELLED)
        .map(|f| if *f == "Co" { r"Co\.".to_string() } else { format!(r"{f}\b\.?") });
    format!("(?:{})", forms.collect::<Vec<_>>().join("|"))
}

/// Whether a word is one of [`ABBREVIATED`], with or without its full stop.
pub(super) fn is_abbreviated(word: &str) -> bool {
    ABBREVIATED.contains(&word.strip_suffix('.').unwrap_or(word))
}

/// Whether a word is a legal form, abbreviated or spelled out.
pub(super) fn is_legal_form(word: &str) -> bool {
    is_abbreviated(word) || SPELLED.contains(&word)
}

/// A company named with the country of its arm in brackets, then a possessive: "Celsa
/// Manufacturing (UK)’s two key steel production sites". The country in brackets names the
/// company's arm; it stays a government of its own too.
static ARM: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"\p{Lu}[\p{L}&-]*";
    spaced(&format!(
        r"\b(?P<name>{word}(?: {word}){{0,4}}) \((?P<country>\p{{Lu}}\p{{L}}+(?: \p{{Lu}}\p{{L}}+)?)\)(?:’s|'s)\b"
    ))
});

/// Words of a public body's name, which no legal form makes a company.
const BODIES: &[&str] = &[
    "Board",
    "Ministry",
    "Agency",
    "Authority",
    "Department",
    "Office",
    "Council",
    "Commission",
    "Committee",
    "University",
    "Administration",
    "Development",
    "Economic",
];

/// Words that open a role ("Prime Minister", "Premier Li") and a company's name alike.
const ROLE_OPENERS: [&str; 2] = ["Prime", "Premier"];

/// Whether `first`, the first word of a company's name read by the company's pattern, opens
/// sentences rather than the name ("Today Tesla said"): not after "of the" (the pattern's `r`:
/// "the New Development Bank"), nor a word that opens a role before a name read before its
/// legal form (the pattern's `a`: "Prime Wheel Corp.").
pub(super) fn dropped_opener(first: &str, rest: &str, caps: &Captures) -> bool {
    let next = rest.split_whitespace().next();
    let kept = caps.name("a").is_some()
        && ROLE_OPENERS.contains(&first)
        && next.is_some_and(|n| !NOT_NAMES.contains(&n));
    NOT_NAMES.contains(&first) && caps.name("r").is_none() && !kept
}

/// Proposes each company named with its legal form that no earlier reading took; a government
/// named inside the name after its first word ("City Printing (Cambodia)") is the company's.
pub(super) fn legal_forms(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    for caps in FORMED.captures_iter(text) {
        let m = caps.name("name").expect("the pattern names the company");
        // "The East African Holding": words that open sentences are not the name's.
        // "Prime Wheel Corp.", "Premier Foods": a word that opens a role ("Prime Minister")
        // is the name's when no role's word follows it.
        let mut begin = m.start();
        let mut words = m.as_str().split(' ').peekable();
        while let Some(word) = words.next() {
            let next_is_name = words.peek().is_some_and(|n| !NOT_NAMES.contains(n));
            if !NOT_NAMES.contains(&word) || (ROLE_OPENERS.contains(&word) && next_is_name) {
                break;
            }
            begin += word.len() + 1;
        }
        // "Iconic SPC": a name of such words alone is none.
        if begin >= m.end() {
            continue;
        }
        // "Governor Hochul Announces Corning Incorporated's": a headline's verb ends the words
        // before the name.
        if let Some(at) = headline_verb(&text[begin..m.end()]) {
            begin += at;
        }
        begin = super::after_heading(text, begin, m.end());
        // "Stockton-on-Tees’ Tinsley Special Products Limited": a place's possessive before
        // the name is no part of it; a family's is ("Anita’s Snack Foods Ltd").
        if let Some(at) = after_possessive(&text[begin..m.end()]) {
            begin += at;
        }
        // "Dr. Oetker Canada Ltd": a doctor's title before a name with its legal form is the
        // brand's own.
        if text[..begin].ends_with("Dr. ") && !text[..begin - 4].ends_with(char::is_alphanumeric) {
            begin -= 4;
        }
        // "(Pvt)" reads as a bracketed word too, and "Pte" or "Private" before "Ltd" or
        // "Limited" as a word: they are the form's, not the name's.
        // So do "Co" and "Company" before "Limited" or "Ltd".
        // A Malaysian "Corporation Berhad" is the form, not the name ("Pentamaster Corporation
        // Berhad": Pentamaster).
        let malaysian = if caps.name("my").is_some() { " Corporation" } else { " Co" };
        let marks = [
            " (Pvt)",
            " (Private)",
            " (Pte)",
            " (Pty)",
            " Pte",
            " Pty",
            " Private",
            " Pvt",
            " Co",
            " Company",
            malaysian,
        ];
        // The letters in brackets stand for the whole name before them, "Company" included
        // ("European Semiconductor Manufacturing Company (ESMC) GmbH").
        let lettered = caps.name("letters").is_some();
        let mut end = m.end();
        while let Some(mark) =
            marks.iter().find(|k| !lettered && text[m.start()..end].ends_with(*k))
        {
            end -= mark.len();
        }
        if begin >= end {
            continue;
        }
        let name = &text[begin..end];
        // A name of one letter, or an institution's. "SA" follows a name in capitals in an
        // agency's list ("CONSORTIUM SOLAR POWER SYSTEMS SA"); after other words it may be an
        // agency's own ("Enterprise Greece SA's Board").
        let stock = caps.name("caps").is_some_and(|f| f.as_str() == "SA");
        if name.chars().count() < 2
            || name.split(' ').any(|w| BODIES.contains(&w))
            || (stock && name.chars().any(char::is_lowercase))
        {
            continue;
        }
        let inside = |c: &Candidate| {
            c.kind == Kind::Government && begin < c.start && c.end <= end && !c.known
        };
        if !free_for(taken, out, (begin, end), inside) {
            continue;
        }
        // The form is no name of its own ("Ltd", "Co"): the span holds it, the value does not,
        // so that the sentence reads on from the whole name ("... (Private) Ltd will").
        let end = caps.get(0).expect("a match has a whole span").end();
        taken.push((begin, end));
        let why = format!("`{name}` is named with its legal form; a new company");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Company, start: begin, end, value, known: false, why });
    }
}

/// Where the name after a place's or a known company's possessive at the start of `words`
/// begins ("County Durham’s Thomas Swan": 16): a possessive of two words or a hyphenated one
/// ("Stockton-on-Tees’") or a well-known company's ("Ford’s Acquitaine Industries") before more
/// than lines of trade ([`TRADES`], [`TRADE_PLURALS`], [`BRANDS`]), or a government's before
/// any ("India's Semiconductor Mission"). A family's possessive is the name's own ("Anita’s
/// Snack Foods").
pub(super) fn after_possessive(words: &str) -> Option<usize> {
    let (owner, at) = [("’s ", 0), ("'s ", 0), ("s’ ", 1), ("s' ", 1)]
        .iter()
        .filter_map(|(mark, kept)| words.find(mark).map(|i| (&words[..i + kept], i + mark.len())))
        .min_by_key(|(_, at)| *at)?;
    // "Yaya Children’s Products": a plural's possessive is the name's own.
    let plural = ["Children", "Women", "Men", "People"].iter().any(|p| owner.ends_with(p));
    let place = !plural && (owner.contains(' ') || owner.contains('-'));
    let trade = |w: &str| TRADES.iter().chain(TRADE_PLURALS).chain(BRANDS).any(|t| *t == w);
    let named = (place || is_famous(owner)) && !words[at..].split(' ').all(trade);
    (government(owner) || named).then_some(at)
}

/// Proposes each company named with its arm's country in brackets ([`ARM`]) that no earlier
/// reading took: the span is the name before the bracket, the value the name with it.
pub(super) fn arms(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    for caps in ARM.captures_iter(text) {
        let (Some(m), Some(country)) = (caps.name("name"), caps.name("country")) else {
            continue;
        };
        let (start, name) = past_openers(m.start(), m.as_str());
        let end = m.end();
        if !super::government(country.as_str())
            || super::government(name)
            || NOT_NAMES.contains(&name)
            || name.split(' ').any(|w| BODIES.contains(&w))
        {
            continue;
        }
        // "Manufacturing" read alone before: the whole name takes its place.
        if !free_for_whole(taken, out, (start, end)) {
            continue;
        }
        taken.push((start, end));
        let value = format!("{name} ({})", country.as_str());
        let why = format!("`{value}` is named with its arm's country in brackets; a new company");
        out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
    }
}

/// Where the words after a headline's verb begin in `words`, if a verb stands there.
fn headline_verb(words: &str) -> Option<usize> {
    let mut at = 0;
    let mut found = None;
    for word in words.split(' ') {
        at += word.len() + 1;
        if HEADLINE_VERBS.contains(&word) && at < words.len() {
            found = Some(at);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::legal_forms;

    fn names(text: &str) -> Vec<String> {
        let (mut taken, mut out) = (Vec::new(), Vec::new());
        legal_forms(text, &mut taken, &mut out);
        out.into_iter().map(|c| c.value).collect()
    }

    #[test]
    fn the_name_before_a_legal_form_keeps_its_initials_and_bracketed_country() {
        assert_eq!(names("W U S Logistics (Pvt) Ltd, signed an agreement."), ["W U S Logistics"]);
        assert_eq!(
            names("It is invested by City Printing (Cambodia) Company Ltd in the zone."),
            ["City Printing (Cambodia)"]
        );
        assert_eq!(
            names("approved Haier Appliance Manufacture (Thailand) Co., Ltd. to invest"),
            ["Haier Appliance Manufacture (Thailand)"]
        );
        assert_eq!(
            names("included Ksoma Green Energy Technologies Limited's proposal"),
            ["Ksoma Green Energy Technologies"]
        );
    }

    #[test]
    fn a_share_company_drops_its_form_and_the_words_that_open_a_sentence() {
        assert_eq!(
            names("Addis Ababa /ENA/ The East African Holding Share Company has signed"),
            ["East African Holding"]
        );
        assert_eq!(names("owned by Nongfu Spring Co Limited, one of"), ["Nongfu Spring"]);
    }
    #[test]
    fn a_stock_companys_form_is_dropped() {
        let text = "date 2018-05-18 Infineon Technologies AG is to build a new factory.";
        assert_eq!(names(text), ["Infineon Technologies"]);
        assert_eq!(names("Siemens Energy SE said so."), ["Siemens Energy"]);
    }
    #[test]
    fn a_plural_line_of_trade_after_and_is_the_names() {
        let text = "A MoU was signed with Vintage Coffee and Beverages Limited on a plan.";
        assert_eq!(names(text), ["Vintage Coffee and Beverages"]);
        let text = "Honeywell International and Infosys Limited, all in Brno.";
        assert_eq!(names(text), ["Infosys"]);
    }
    #[test]
    fn malaysian_and_american_forms_are_dropped() {
        let text =
            "They are Greatech Technology Berhad, Pentamaster Corporation Berhad and UWC Berhad.";
        assert_eq!(names(text), ["Greatech Technology", "Pentamaster", "UWC"]);
        assert_eq!(names("owned by Acme Sdn. Bhd. since"), ["Acme"]);
        let text = "Governor Hochul Announces Corning Incorporated's $139 Million Investment";
        assert_eq!(names(text), ["Corning"]);
    }
    #[test]
    fn a_dutch_form_is_dropped_and_iron_is_a_line_of_trade_after_and() {
        let text = "Chicago Bridge and Iron NV, which directed construction, did not respond.";
        assert_eq!(names(text), ["Chicago Bridge and Iron"]);
        assert_eq!(names("the plant of Nedap N.V. in Groenlo"), ["Nedap"]);
    }
    #[test]
    fn a_public_bodys_name_with_a_legal_form_is_no_company() {
        let text = "Haryana State Industrial & Infrastructure Development Corporation Limited";
        assert!(names(text).is_empty());
    }
    #[test]
    fn the_span_holds_the_form_that_the_value_drops() {
        let text = "First Steps Babywear Lanka (Private) Ltd will be setting up a plant.";
        let (mut taken, mut out) = (Vec::new(), Vec::new());
        legal_forms(text, &mut taken, &mut out);
        let c = &out[0];
        assert_eq!(
            (c.value.as_str(), &text[c.start..c.end]),
            ("First Steps Babywear Lanka", "First Steps Babywear Lanka (Private) Ltd")
        );
    }
}
