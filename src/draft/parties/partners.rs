//! A person named beside another with "and": "two of its Directors, Wijitha U Seneviratne and
//! Sujith L Seneviratne". The role before the first name is the second's too. It proposes
//! people only, from the people already read.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::famous::is_famous;
use super::government;
use super::spans::free_for;
use super::words::{INSTITUTIONS, NOT_NAMES, UNIT_WORDS};
use crate::draft::{Candidate, Kind, compile};

/// "and" then a given name, an initial perhaps and a surname (`O’Leary` too), then a stop or a
/// lower-case word; a possessive may come before the name ("and Shark Tank’s Kevin O’Leary").
static JOINED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^ and (?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?[’']s )?(?P<name>\p{Lu}\p{Ll}+(?: [A-Z]\.?)? (?:O[’']|D[’'])?\p{Lu}\p{Ll}[\p{L}'’-]*)(?:[.,;:]| [a-z])",
    )
});

/// Words that open a title rather than a name: "and Deputy Minister".
const TITLE_WORDS: &[&str] = &["Deputy", "Associate", "Acting", "Former", "Director", "Directors"];

/// Proposes each name joined by "and" after a person the text names.
pub(super) fn partners(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let people: Vec<usize> = out.iter().filter(|c| c.kind == Kind::Person).map(|c| c.end).collect();
    for end in people {
        let Some(caps) = JOINED.captures(&text[end..]) else { continue };
        let m = caps.name("name").expect("the pattern names the person");
        let (begin, stop, name) = (end + m.start(), end + m.end(), m.as_str());
        let refused = name.split(' ').any(|w| {
            NOT_NAMES.contains(&w)
                || INSTITUTIONS.contains(&w)
                || UNIT_WORDS.contains(&w)
                || TITLE_WORDS.contains(&w)
                || government(w)
        });
        // "Sujith L Seneviratne" after "Wijitha U Seneviratne": the surname alone, read as the
        // first person named again, is the second person's.
        let inside = |c: &Candidate| {
            c.kind == Kind::Person
                && begin < c.start
                && c.end <= stop
                && c.end - c.start < stop - begin
        };
        if refused || government(name) || is_famous(name) {
            continue;
        }
        if !free_for(taken, out, (begin, stop), inside) {
            continue;
        }
        taken.push((begin, stop));
        let why = format!("`{name}` is named beside a person with a role; a new person");
        let value = name.to_owned();
        out.push(Candidate {
            kind: Kind::Person,
            start: begin,
            end: stop,
            value,
            known: false,
            why,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn a_name_joined_to_a_persons_is_a_person() {
        let text = "It was signed by two of its Directors, Wijitha U Seneviratne and Sujith L \
                    Seneviratne.";
        assert_eq!(names(text, Kind::Person), ["Sujith L Seneviratne", "Wijitha U Seneviratne"]);
    }

    #[test]
    fn a_title_a_company_or_a_place_joined_to_a_person_is_none() {
        let text = "CEO Tim Cook and Deputy Minister spoke. Governor Mike Braun and Eli Lilly \
                    agreed. Governor Mike Braun and New York officials met.";
        assert_eq!(names(text, Kind::Person), ["Mike Braun", "Tim Cook"]);
    }

    #[test]
    fn a_name_joined_after_a_possessive_or_with_an_o_is_a_person() {
        let text = "Gov. Justice, alongside Sen. Shelley Moore Capito and Shark Tank’s Kevin \
                    O’Leary, broke ground.";
        assert_eq!(names(text, Kind::Person), ["Justice", "Kevin O’Leary", "Shelley Moore Capito"]);
    }
}
