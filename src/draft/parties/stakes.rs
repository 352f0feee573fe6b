//! The partners of a joint venture, each named with its share ("ONGC Videsh Rovuma (10%)"),
//! and the venture itself ("Mozambique LNG is a joint venture"). A partner's name often ends
//! in the place or area it works in ("PTTEP Mozambique Area 1"), whose government stays a
//! party beside it. Read by scanning, with no pattern to compile.

use super::government;
use super::spans::free_for;
use super::words::NOT_NAMES;
use crate::draft::{Candidate, Kind};

/// The words of a legal form.
const FORMS: &[&str] = &["Co", "Ltd", "Limited", "Inc", "LLC", "Corp", "Pvt", "Pte", "Bhd", "Sdn"];

/// The start of the capitalized name that ends at `end`: words that open with a capital, and
/// numbers after the first ("Area 1"), back to a comma, a lower-case word or the line's start.
fn name_before(text: &str, end: usize) -> Option<usize> {
    let mut start = end;
    let mut first = None;
    for word in text[..end].rsplit(' ') {
        // A name that opens a line ends the walk there.
        let (word, line) = match word.rsplit_once('\n') {
            Some((_, after)) => (after, true),
            None => (word, false),
        };
        let opens = word.chars().next();
        let capital = opens.is_some_and(char::is_uppercase) && !word.ends_with([',', ';', ':']);
        let number = opens.is_some_and(|c| c.is_ascii_digit())
            && word.chars().all(|c| c.is_ascii_digit())
            && start == end;
        if !(capital || number) || NOT_NAMES.contains(&word) {
            break;
        }
        start -= word.len() + usize::from(start != end);
        if capital {
            first = Some(start);
        }
        if line || start == 0 {
            break;
        }
    }
    // The name opens with its first capitalized word; a number only ends it.
    first
}

/// Whether the text at `at` opens a share in parentheses: "(26.5%" or "(10 %".
fn share_at(text: &str, at: usize) -> bool {
    let Some(rest) = text[at..].strip_prefix('(') else { return false };
    let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
    digits > 0 && rest[digits..].trim_start().starts_with(['%', '٪'])
}

/// Proposes each partner named with its share, and each venture named as one.
pub(super) fn stakes(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let shares = text.match_indices(" (").filter(|&(i, _)| share_at(text, i + 1)).map(|(i, _)| {
        (i, "is named with its share of a venture; a new company (a partner)".to_owned())
    });
    let ventures = [" is a joint venture", ", a joint venture"]
        .iter()
        .flat_map(|cue| text.match_indices(cue).map(|(i, _)| i))
        .map(|i| (i, "is named as a joint venture; a new company (the venture)".to_owned()));
    let found: Vec<(usize, String)> = shares.chain(ventures).collect();
    for (end, why) in found {
        let Some(start) = name_before(text, end) else { continue };
        let name = &text[start..end];
        // "Auto Alliance (Thailand) Co Ltd, a joint venture": a legal form alone is what is
        // left after a bracket, and the name before it is read with its form.
        let form = |w: &str| FORMS.contains(&w.trim_end_matches(['.', ',']));
        if government(name) || name.split(' ').all(|w| NOT_NAMES.contains(&w) || form(w)) {
            continue;
        }
        // A shorter company read inside the name is the name's own; a country inside it stays
        // a party beside it ("PTTEP Mozambique Area 1": Mozambique).
        let governed =
            |c: &Candidate| c.kind == Kind::Government && start <= c.start && c.end <= end;
        let held: Vec<(usize, usize)> =
            out.iter().filter(|c| governed(c)).map(|c| (c.start, c.end)).collect();
        let inside =
            |c: &Candidate| !c.known && c.kind == Kind::Company && start <= c.start && c.end <= end;
        taken.retain(|span| !held.contains(span));
        let free = free_for(taken, out, (start, end), inside);
        taken.extend(held);
        if !free {
            continue;
        }
        taken.push((start, end));
        let why = format!("`{name}` {why}");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
    }
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn the_partners_of_a_venture_named_with_their_shares_are_companies() {
        let text = "Mozambique LNG is a joint venture composed of ONGC Videsh Rovuma (10%), \
                    ENH Rovuma Área Um (15%) and PTTEP Mozambique Area 1 (8.5%).";
        assert_eq!(
            names(text, Kind::Company),
            [
                "ENH Rovuma Área Um",
                "Mozambique LNG",
                "ONGC Videsh Rovuma",
                "PTTEP Mozambique Area 1"
            ]
        );
    }

    #[test]
    fn a_venture_named_with_a_country_in_brackets_keeps_its_name_without_its_form() {
        let text = "Auto Alliance (Thailand) Co Ltd, a joint venture of Ford, will build cars.";
        assert_eq!(names(text, Kind::Company), ["Auto Alliance (Thailand)", "Ford"]);
    }

    #[test]
    fn a_country_with_its_share_of_a_market_is_no_company() {
        let text = "Exports went to Mexico (40%) and Canada (22%) last year.";
        assert!(names(text, Kind::Company).is_empty());
    }
}
