//! Governments a release names in its own short forms: a country in capitals opening the
//! dateline ("CANADA, April 25 -"), and a Canadian province by its abbreviation ("the
//! Government of B.C."). Read by scanning, with no pattern to compile.

use super::governments::GOVERNMENTS;
use super::spans::overlaps;
use super::words::MONTHS;
use crate::draft::{Candidate, Kind, Known};

/// The abbreviations of Canada's provinces with their full stops, and each one's name. Those
/// that are common words ("Man.") are left out.
const PROVINCES: &[(&str, &str)] = &[
    ("B.C.", "British Columbia"),
    ("N.S.", "Nova Scotia"),
    ("N.B.", "New Brunswick"),
    ("P.E.I.", "Prince Edward Island"),
    ("Ont.", "Ontario"),
    ("Que.", "Quebec"),
    ("Alta.", "Alberta"),
    ("Sask.", "Saskatchewan"),
    ("Nfld.", "Newfoundland and Labrador"),
];

/// Proposes the country a dateline opens on and the provinces named by their abbreviation.
pub(super) fn provinces(
    text: &str,
    known: &Known,
    taken: &mut Vec<(usize, usize)>,
    out: &mut Vec<Candidate>,
) {
    let mut found: Vec<(usize, usize, &str, String)> = Vec::new();
    for (written, name) in PROVINCES {
        for (start, _) in text.match_indices(written) {
            let end = start + written.len();
            let before = text[..start].chars().next_back();
            let letter_after = text[end..].chars().next().is_some_and(char::is_alphanumeric);
            // "500 B.C.": an era after a year, no province.
            let year = text[..start].trim_end().ends_with(|c: char| c.is_ascii_digit());
            if before.is_some_and(char::is_alphanumeric) || letter_after || year {
                continue;
            }
            found.push((start, end, name, format!("`{written}` abbreviates {name}")));
        }
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some((start, name)) = dateline_country(line) {
            let (start, end) = (offset + start, offset + start + name.len());
            found.push((start, end, name, format!("`{}` opens the dateline", &text[start..end])));
        }
        offset += line.len();
    }
    for (start, end, name, said) in found {
        let Some(&(_, government, code)) = GOVERNMENTS
            .iter()
            .chain(super::SUBDIVISIONS)
            .find(|(g, _, _)| g.eq_ignore_ascii_case(name))
        else {
            continue;
        };
        if overlaps(taken, start, end) {
            continue;
        }
        let code = code.unwrap_or_default();
        let held = known.governments.iter().any(|g| g.slug == code);
        let value = if held { code.to_owned() } else { government.to_owned() };
        let why = format!("{said}: the government of {government}, ISO 3166 code `{code}`");
        taken.push((start, end));
        out.push(Candidate { kind: Kind::Government, start, end, value, known: held, why });
    }
}

/// The country in capitals that opens a line's dateline, before a comma and a month or before a
/// dash, and where it starts: "CANADA, April 25 -", "CANADA - The business". A city's dateline
/// ("ASTANA, May 2") names none.
fn dateline_country(line: &str) -> Option<(usize, &'static str)> {
    // The stored page's date line may come first: "date 2024-04-25 CANADA, April 25".
    let body = match line.strip_prefix("date ") {
        Some(rest) => rest.split_once(' ').map_or("", |(_, after)| after),
        None => line,
    };
    let start = line.len() - body.len();
    // "CANADA - An Annapolis Valley business": a dash after the country stands for the date.
    let dashed = [" - ", " – ", " — "].iter().find_map(|d| body.split_once(d));
    let (head, rest, by_dash) = match (body.split_once(", "), dashed) {
        (Some((h, r)), d) if d.is_none_or(|(dh, _)| dh.len() > h.len()) => (h, r, false),
        (_, Some((h, r))) => (h, r, true),
        _ => return None,
    };
    let month = by_dash
        || rest
            .split([' ', '.'])
            .next()
            .is_some_and(|w| MONTHS.iter().any(|m| m.starts_with(w) && w.len() >= 3));
    let capitals = head.chars().all(|c| c.is_uppercase() || c == ' ') && head.len() >= 3;
    if !month || !capitals {
        return None;
    }
    let country = GOVERNMENTS.iter().find(|(g, _, code)| {
        code.is_some_and(|c| !c.contains('-')) && g.eq_ignore_ascii_case(head)
    })?;
    Some((start, country.0))
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn a_country_opening_a_dateline_and_an_abbreviated_province_are_governments() {
        let text = "CANADA, April 25 - New support will create jobs. The Government of B.C. is \
                    contributing.";
        assert_eq!(names(text, Kind::Government), ["British Columbia", "Canada"]);
        let text = "CANADA - An Annapolis Valley business will increase its productivity.";
        assert_eq!(names(text, Kind::Government), ["Canada"]);
    }

    #[test]
    fn a_citys_dateline_and_an_era_name_no_government() {
        let text = "ASTANA, May 2 - The plan dates from 500 B.C. and was signed.";
        assert!(names(text, Kind::Government).is_empty(), "{:?}", names(text, Kind::Government));
        let text = "ASTANA - The plan was signed.";
        assert!(names(text, Kind::Government).is_empty(), "{:?}", names(text, Kind::Government));
    }
}
