//! The state of the United States after a city in the abbreviation news style gives it
//! ("NEWARK, Calif.", "Chandler, Ariz., on Monday"), proposed as that state's government.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::super::{Candidate, Kind, Known};
use super::governments::GOVERNMENTS;
use super::overlaps;

/// The abbreviations of the states in news style, with each state's ISO 3166-2 code. Those
/// that are also common words or titles in running text ("Miss.", "Wash.") stay, as only the
/// place after a city's name reads them.
const STATES: &[(&str, &str)] = &[
    ("Ala", "US-AL"),
    ("Ariz", "US-AZ"),
    ("Ark", "US-AR"),
    ("Calif", "US-CA"),
    ("Colo", "US-CO"),
    ("Conn", "US-CT"),
    ("Del", "US-DE"),
    ("Fla", "US-FL"),
    ("Ga", "US-GA"),
    ("Ill", "US-IL"),
    ("Ind", "US-IN"),
    ("Kan", "US-KS"),
    ("Kans", "US-KS"),
    ("Ky", "US-KY"),
    ("La", "US-LA"),
    ("Md", "US-MD"),
    ("Mass", "US-MA"),
    ("Mich", "US-MI"),
    ("Minn", "US-MN"),
    ("Miss", "US-MS"),
    ("Mo", "US-MO"),
    ("Mont", "US-MT"),
    ("Neb", "US-NE"),
    ("Nev", "US-NV"),
    ("N.H", "US-NH"),
    ("N.J", "US-NJ"),
    ("N.M", "US-NM"),
    ("N.Y", "US-NY"),
    ("N.C", "US-NC"),
    ("N.D", "US-ND"),
    ("Okla", "US-OK"),
    ("Ore", "US-OR"),
    ("Pa", "US-PA"),
    ("R.I", "US-RI"),
    ("S.C", "US-SC"),
    ("S.D", "US-SD"),
    ("Tenn", "US-TN"),
    ("Tex", "US-TX"),
    ("Vt", "US-VT"),
    ("Va", "US-VA"),
    ("Wash", "US-WA"),
    ("W.Va", "US-WV"),
    ("Wis", "US-WI"),
    ("Wyo", "US-WY"),
];

/// Whether `word` is a state's abbreviation in news style ("Calif", "N.Y"), without its stop.
pub(in crate::draft) fn is_state_abbreviation(word: &str) -> bool {
    STATES.iter().any(|(a, _)| *a == word)
}

/// A city's name, in capitals as a dateline prints it or of one or two capitalized words, then a
/// state's abbreviation with its full stop, then no letter.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let states: Vec<String> = STATES.iter().map(|(a, _)| a.replace('.', r"\.")).collect();
    Regex::new(&format!(
        r"(?:\b\p{{Lu}}{{2,}}(?:[ .'-]+\p{{Lu}}{{2,}}){{0,2}}|\b\p{{Lu}}\p{{Ll}}+(?: \p{{Lu}}\p{{Ll}}+)?), (?P<s>{})\.(?:[^\p{{L}}]|$)",
        states.join("|")
    ))
    .expect("a valid pattern")
});

/// The states named by their abbreviation after a city.
pub(super) fn datelines(
    text: &str,
    known: &Known,
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
) {
    super::provinces::provinces(text, known, taken, out);
    // Most articles have no abbreviated state: the pattern is not even compiled for them.
    if !STATES.iter().any(|(a, _)| text.contains(&format!(", {a}."))) {
        return;
    }
    for caps in DATELINE.captures_iter(text) {
        let Some(m) = caps.name("s") else { continue };
        let (start, end) = (m.start(), m.end() + 1);
        let Some(&(written, code)) = STATES.iter().find(|(a, _)| *a == m.as_str()) else {
            continue;
        };
        let Some(&(_, name, _)) = GOVERNMENTS.iter().find(|(_, _, c)| *c == Some(code)) else {
            continue;
        };
        if overlaps(taken, start, end) {
            continue;
        }
        let held = known.governments.iter().any(|g| g.slug == code);
        let (value, why) = if held {
            (
                code.to_owned(),
                format!(
                    "`{written}.` after a city names the state of {name}, recorded as `{code}`"
                ),
            )
        } else {
            (
                name.to_owned(),
                format!(
                    "`{written}.` after a city names the state of {name}, ISO 3166 code `{code}`"
                ),
            )
        };
        taken.push((start, end));
        out.push(Candidate { kind: Kind::Government, start, end, value, known: held, why });
    }
}

#[cfg(test)]
mod tests {
    use super::super::find;
    use crate::draft::{Kind, Known};

    fn governments(text: &str) -> Vec<String> {
        let got = find(text, &Known::default()).into_iter();
        got.filter(|c| c.kind == Kind::Government).map(|c| c.value).collect()
    }

    #[test]
    fn a_state_abbreviated_after_a_dateline_city_is_its_government() {
        let text = "NEWARK, Calif. and RIYADH, Saudi Arabia – Lucid Group, Inc. announced it.";
        assert_eq!(governments(text), ["Saudi Arabia", "California"]);
        let text = "The plant in Chandler, Ariz., opened. KNOXVILLE, Tenn. (AP) — Jobs came.";
        assert_eq!(governments(text), ["Arizona", "Tennessee"]);
    }

    #[test]
    fn an_abbreviation_without_a_city_before_it_names_no_state() {
        let text = "The Calif. plant opened. Ms. Ga. Smith spoke in Mo. terms.";
        assert!(governments(text).is_empty(), "{:?}", governments(text));
    }
}
