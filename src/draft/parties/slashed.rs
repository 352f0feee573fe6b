//! A company named with a slash after another, as a brand beside its parent ("bearings maker
//! Koyo/JTEKT"): the name after the slash is a company too. Read by scanning, with no pattern to
//! compile.

use super::government;
use super::spans::{claim, name_ahead};
use super::words::{INSTITUTIONS, NOT_NAMES};
use crate::draft::{Candidate, Kind};

/// Proposes the name right after a slash that follows a new company's name.
pub(super) fn slashed(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for company in out.iter().filter(|c| c.kind == Kind::Company) {
        let Some(rest) = text[company.end..].strip_prefix('/') else { continue };
        let start = company.end + 1;
        let end = start + name_ahead(rest, 3, |w| NOT_NAMES.contains(&w));
        let name = &text[start..end];
        if name.is_empty()
            || government(name)
            || INSTITUTIONS.contains(&name)
            || !claim(taken, start, end)
        {
            continue;
        }
        let why =
            format!("`{name}` is named with a slash after `{}`; a new company", company.value);
        let value = name.to_owned();
        found.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
    }
    out.extend(found);
}

#[cfg(test)]
mod tests {
    use super::super::names_tests::names;
    use crate::draft::Kind;

    #[test]
    fn a_name_after_a_slash_beside_a_company_is_a_company() {
        let text = "It matches bearings maker Koyo/JTEKT, which is headquartered in Japan. The \
                    deal is for Koyo/Japan and 25/30 jobs.";
        assert_eq!(names(text, Kind::Company), ["JTEKT", "Koyo"]);
    }
}
