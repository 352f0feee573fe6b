//! Company names the other readings cut short: an Indonesian company's, whose legal form comes
//! before the name and its listing mark after it ("PT WIR Asia Tbk."), and a name whose words a
//! lower-case particle joins, after a company word ("Chinese firm Tierra del Fuego Energia y
//! Quimica"). Read before the company words' own pattern, which would keep only the words before
//! the first particle or read the form as a name.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::government;
use super::spans::free_for;
use super::words::{NOT_NAMES, TRADE_PLURALS};
use crate::draft::{Candidate, Kind, spaced};

/// A capitalized word, or one in capitals ("WIR").
const WORD: &str = r"\p{Lu}[\p{L}\p{Nd}&'’-]*";

/// "PT", up to five capitalized words, perhaps a line of trade joined by "and" ("PT OKI Pulp and
/// Paper"), and a listed company's "Tbk" after them.
static INDONESIAN: LazyLock<Regex> = LazyLock::new(|| {
    let trades = TRADE_PLURALS.join("|");
    spaced(&format!(r"\bPT (?P<n>{WORD}(?: {WORD}){{0,4}}(?: and (?:{trades})\b)?)(?: Tbk\b\.?)?"))
});

/// A company word, then capitalized words with at least one particle between them.
static JOINED: LazyLock<Regex> = LazyLock::new(|| {
    let particle = "(?:del|de|da|do|dos|das|di|y|e|von|van|der|la)";
    spaced(&format!(
        r"\b(?:company|firm|group|maker|manufacturer|producer|conglomerate|developer) (?P<n>{WORD}(?: {WORD}){{0,3}}(?: {particle} {WORD}(?: {WORD}){{0,3}}){{1,3}})\b"
    ))
});

/// Proposes each company these two patterns name that no earlier reading took.
pub(super) fn joined(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let found = INDONESIAN.captures_iter(text).map(|c| (c, "is named after its legal form `PT`"));
    let found = found.chain(JOINED.captures_iter(text).map(|c| (c, "follows a company word")));
    for (caps, why) in found {
        let m = caps.name("n").expect("both patterns name the company");
        let name = m.as_str().strip_suffix(" Tbk").unwrap_or(m.as_str());
        let first = name.split(' ').next().unwrap_or(name);
        let (start, end) = (m.start(), m.start() + name.len());
        // "Tierra del Fuego Energia": a province inside the name is the company's.
        let inside = |c: &Candidate| {
            c.kind == Kind::Government && start <= c.start && c.end <= end && !c.known
        };
        if NOT_NAMES.contains(&first)
            || government(name)
            || !free_for(taken, out, (start, end), inside)
        {
            continue;
        }
        taken.push((start, end));
        let why = format!("`{name}` {why}; a new company");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
    }
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn an_indonesian_company_is_named_without_its_forms() {
        let text = "Marcos also met with officials of PT WIR Asia Tbk., whose subsidiaries plan \
                    to invest. She said PT Vaksindo Satwa Nusantara aims to cooperate.";
        assert_eq!(names(text, Kind::Company), ["Vaksindo Satwa Nusantara", "WIR Asia"]);
        let text = "It is operated by its pulp and paper unit PT OKI Pulp and Paper, which will \
                    export.";
        assert_eq!(names(text, Kind::Company), ["OKI Pulp and Paper"]);
    }

    #[test]
    fn a_name_joined_by_particles_after_a_company_word_is_whole() {
        let text = "The president of Chinese firm Tierra del Fuego Energia y Quimica, Fernando \
                    Lin, made the announcement in the province of Tierra del Fuego.";
        assert_eq!(names(text, Kind::Company), ["Tierra del Fuego Energia y Quimica"]);
        assert_eq!(names(text, Kind::Government), ["Tierra del Fuego"]);
        let text = "The company Tesla said it would build a plant in Monterrey.";
        assert_eq!(names(text, Kind::Company), ["Tesla"]);
    }
}
