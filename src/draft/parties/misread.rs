//! Words that a company's cue reads as a name and that name no company: a word describing the
//! company after a head's role, a place or a news outlet before the cue, a demonym before its
//! workers, an adverb or a plural of people opening a sentence. It only refuses matches of the parent's company pattern; it proposes nothing.

use crate::draft::pattern::{Captures, Match};

use super::governments::ADJECTIVES;
use super::words::{DESCRIPTIVE, NOT_NAMES, PRODUCT_BEFORE, TRADES};

/// Whether the company pattern's match `m` is no company's name.
pub(super) fn misread(text: &str, caps: &Captures, m: Match) -> bool {
    // "CEO of Spanish automaker SEAT": a word that describes the company, no name.
    let after_role = caps.name("t").is_some()
        && text[m.end()..].strip_prefix(' ').is_some_and(|a| a.starts_with(char::is_lowercase));
    let before = text[..m.start()].trim_end().rsplit(' ').next().unwrap_or_default();
    // "a plant in Sines, which will": a place.
    let placed_which = caps.name("v").is_some()
        && ["in", "at", "near", "from", "to", "of", "outside"].contains(&before);
    // "reported TheNews": a news outlet.
    let outlet = ["reported", "reports"].contains(&before);
    // "Victorian workers": where the workers live.
    let demonym = caps.name("g").is_some() && m.as_str().ends_with("ian");
    // "Initially announced", "Administrators will": an adverb or a plural of people's work
    // opening a sentence, no company.
    let lone = caps.name("d").is_some() && !m.as_str().contains(' ') && m.as_str().len() >= 7;
    let adverb = ["ally", "edly", "ously", "ently", "antly", "ively"];
    let workers = ["ators", "itors", "ysts", "ists"];
    let common = lone && adverb.iter().chain(&workers).any(|e| m.as_str().ends_with(e));
    // "Home Minister Adani said": a role inside a speaker's name, no company.
    let roles = ["Minister", "President", "Governor", "Secretary", "Chairman", "Mayor", "Senator"];
    let role = caps.name("d").is_some() && m.as_str().split(' ').any(|w| roles.contains(&w));
    // "January 13, 2024/APO Group/ --": the service that sent a release, set between slashes.
    let whole = caps.get(0).map_or(m.end(), |w| w.end());
    let sender = text[..m.start()].ends_with('/') && text[whole..].starts_with('/');
    // "the “2024 New & Expanding Industry Announcements Report”": `&` after a word that
    // describes joins a title's words, not two names.
    let titled = m
        .as_str()
        .split_once(" & ")
        .is_some_and(|(w, _)| w.rsplit(' ').next().is_some_and(|w| NOT_NAMES.contains(&w)));
    after_role
        || titled
        || placed_which
        || outlet
        || demonym
        || common
        || role
        || sender
        || plural(m.as_str())
        || industry(text, caps, m)
        || fund(text, m)
        || legal_form_alone(m.as_str())
        || longer(text, caps, m)
}

/// Whether a name ending in a trade's word runs on into a longer one or names a kind of thing
/// rather than a company: "the Kinfra Electronics Manufacturing Cluster", "4th IR Technologies
/// such as additive manufacturing".
fn longer(text: &str, caps: &Captures, m: Match) -> bool {
    if caps.name("m").is_none() || !TRADES.iter().any(|w| m.as_str().ends_with(w)) {
        return false;
    }
    let after = &text[m.end()..];
    let next = after.strip_prefix(' ').and_then(|a| a.split([' ', ',', '.']).next()).unwrap_or("");
    let formed = ["Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "Limited", "Group", "Company"];
    let runs_on = next.starts_with(char::is_uppercase) && !formed.contains(&next);
    let before = text[..m.start()].trim_end().rsplit(' ').next().unwrap_or_default();
    runs_on || after.starts_with(" such as") || before.contains(|c: char| c.is_ascii_digit())
}

/// Whether the match runs on into a fund's name, a government's programme rather than a
/// company: "a Texas Semiconductor Innovation Fund (TSIF) grant".
fn fund(text: &str, m: Match) -> bool {
    let mut rest = &text[m.end()..];
    for _ in 0..3 {
        let Some(word) = rest.strip_prefix(' ').and_then(|r| r.split([' ', ',', '.']).next())
        else {
            return false;
        };
        if word == "Fund" {
            return true;
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        rest = &rest[1 + word.len()..];
    }
    false
}

/// Whether every word of the name is a legal form's, with the name before it left out:
/// "Lideco No.1 Joint Stock Company" read as "Joint Stock Company".
fn legal_form_alone(name: &str) -> bool {
    const FORM: &[&str] = &[
        "Joint",
        "Stock",
        "Company",
        "Limited",
        "Liability",
        "Public",
        "Private",
        "Corporation",
        "Partnership",
        "Co.",
        "Ltd",
    ];
    name.contains(' ') && name.split(' ').all(|w| FORM.contains(&w))
}

/// Whether a word is an abbreviation's plural, which names a kind of company, not one:
/// "OEMs", "SMEs", "EVs".
fn plural(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
}

/// Whether the match names a whole trade rather than one company: "the Cement Industry",
/// "Steel Industry", "Indian Cement Industry" ("Dang Cement Industry" is a company).
fn industry(text: &str, caps: &Captures, m: Match) -> bool {
    let Some(name) = m.as_str().strip_suffix(" Industry").filter(|_| caps.name("m").is_some())
    else {
        return false;
    };
    let before = text[..m.start()].trim_end().rsplit(' ').next().unwrap_or_default();
    let first = name.split(' ').next().unwrap_or_default();
    ["the", "The"].contains(&before)
        || first == "The"
        || !name.contains(' ')
        || ADJECTIVES.iter().any(|(a, _)| *a == first)
        || DESCRIPTIVE.contains(&first)
}

/// Whether a product or project is named just before the match ("the project Lightspeed"),
/// unless a comma ends the clause before a company's subject ("As part of this project,
/// Telesat plans") or sets off a name with its company word ("the government program, Ercohs
/// Agricultural Corporation,").
pub(super) fn product_before(text: &str, caps: &Captures, m: Match) -> bool {
    let before = &text[..m.start()];
    let subject_or_formed = caps.name("d").is_some() || caps.name("a").is_some();
    PRODUCT_BEFORE.is_match(before) && !(subject_or_formed && before.ends_with(", "))
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn a_releases_sender_and_an_abbreviations_plural_are_no_companies() {
        let text = "NAIROBI, Kenya, January 13, 2024/APO Group/ -- Carmakers and OEMs will hire.";
        assert!(names(text, Kind::Company).is_empty());
    }

    #[test]
    fn a_fund_named_with_a_business_word_is_no_company() {
        let text = "Governor Abbott announced that a Texas Semiconductor Innovation Fund (TSIF) \
                    grant has been extended. The Alpha Chemicals Fund will invest.";
        assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
    }

    #[test]
    fn a_legal_form_without_its_name_is_no_company() {
        let text = "The memorandum between Yadea and Lideco No.1 Joint Stock Company was signed.";
        assert!(names(text, Kind::Company).iter().all(|c| c != "Joint Stock Company"));
    }
}
