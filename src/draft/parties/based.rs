//! A company named after the place it is based in: "Pennsylvania-based Purolite",
//! "Seoul-based Samsung Electronics", "Chennai-headquartered MRF". Read by scanning, with no
//! pattern to compile.

use super::government;
use super::spans::{name_ahead, overlaps};
use super::words::{DESCRIBING, INSTITUTIONS, NOT_NAMES};
use crate::draft::{Candidate, Kind};

/// The words joined to a place that say a company is based there, with the space after them.
pub(super) const BASED: [&str; 3] = ["-based ", "-headquartered ", "-registered "];

/// Proposes each capitalized name right after a place and "-based" (or "-headquartered").
pub(super) fn based(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let cues = BASED.iter().flat_map(|b| text.match_indices(b));
    for (at, cue) in cues {
        let start = at + cue.len();
        let end = start
            + name_ahead(&text[start..], 3, |w| {
                [NOT_NAMES, DESCRIBING, INSTITUTIONS].iter().any(|list| list.contains(&w))
            });
        let name = &text[start..end];
        // "Junin-based Toromocho copper project": a project or a mine, no company.
        let project = text[end..]
            .split_whitespace()
            .take(3)
            .take_while(|w| w.starts_with(char::is_lowercase))
            .any(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
                let w = w.strip_suffix("’s").or(w.strip_suffix("'s")).unwrap_or(w);
                ["project", "mine", "deposit", "field", "mines", "projects"].contains(&w)
            });
        // "its first Canadian-based Global Centre of Excellence": a centre's name, no company.
        let centre = text[end..].split_whitespace().next().is_some_and(|w| {
            ["Centre", "Center", "Institute", "University", "College", "Hub", "Campus"].contains(&w)
        });
        if name.is_empty() || government(name) || project || centre || overlaps(taken, start, end) {
            continue;
        }
        taken.push((start, end));
        let why = format!("`{name}` is named after the place it is based in; a new company");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
    }
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn a_name_after_where_it_is_based_is_a_company() {
        let text = "Pennsylvania-based Purolite, an Ecolab company and manufacturer of resins, \
                    will expand. A Texas-based company, an Italian company and a Delaware-based Chief \
                    Executive met.";
        assert_eq!(names(text, Kind::Company), ["Ecolab", "Purolite"]);
        let text = "Revenues from Junin-based Toromocho copper project's expansion will grow.";
        assert!(names(text, Kind::Company).is_empty());
        assert_eq!(names(text, Kind::Government), ["Junin"]);
        let text = "EY establishes its first Canadian-based Global Centre of Excellence.";
        assert_eq!(names(text, Kind::Company), ["EY"]);
    }

    #[test]
    fn where_a_company_is_headquartered_or_based_is_no_word_of_its_name() {
        let text = "In a filing, the Chennai-headquartered MRF Ltd said it will invest. \
                    Chennai-based Silectric Semiconductor Manufacturing has suspended its plant.";
        assert_eq!(names(text, Kind::Company), ["MRF", "Silectric Semiconductor Manufacturing"]);
    }
}
