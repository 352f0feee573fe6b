//! Companies named by their former or formal name: "Eurostampa (previously known as Gilmour &
//! Dean)", "The project, formally known as Contemporary Star Energy", or by the name they
//! trade under: "Ingenia Chartam, LLC dba Crossroads Paper", "under the banner of Capital USA".
//! Only a business goes by such a name; a person's other name is "also known as", which is
//! left alone. And companies
//! set off after the business they do for another: "his biggest lender, Greensill Capital.".

use super::governments::government;
use super::spans::{free_for, name_ahead, overlaps};
use super::words::NOT_NAMES;
use crate::draft::{Candidate, Kind};

/// The words before a company's other name.
const KNOWN_AS: [&str; 10] = [
    "formerly known as ",
    "previously known as ",
    "formally known as ",
    "officially known as ",
    "dba ",
    "d/b/a ",
    "doing business as ",
    "trading as ",
    "under the banner of ",
    "under the brand name ",
];

/// Proposes the company each "known as" names, unless it is a government's name.
pub(super) fn renamed(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    for lead in KNOWN_AS {
        for (at, _) in text.match_indices(lead) {
            let start = at + lead.len();
            let name =
                &text[start..start + name_ahead(&text[start..], 5, |w| NOT_NAMES.contains(&w))];
            let end = start + name.len();
            // "Capital USA": a country inside the name is the name's.
            let inside = |c: &Candidate| {
                c.kind == Kind::Government && start < c.start && c.end <= end && !c.known
            };
            if name.chars().count() < 2
                || government(name)
                || !free_for(taken, out, (start, end), inside)
            {
                continue;
            }
            taken.push((start, end));
            let why = format!(
                "`{name}` is a company's other name (`{}`); a new company",
                lead.trim_end()
            );
            let value = name.to_owned();
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
    }
}

/// The businesses a company does for another, before its name set off by a comma.
const LENDERS: [&str; 5] = ["lender, ", "lenders, ", "creditor, ", "financier, ", "insurer, "];

/// Proposes the company named after a lender's or an insurer's role and a comma.
pub(super) fn lenders(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    for lead in LENDERS {
        for (at, _) in text.match_indices(lead) {
            let start = at + lead.len();
            let name =
                &text[start..start + name_ahead(&text[start..], 5, |w| NOT_NAMES.contains(&w))];
            let end = start + name.len();
            if !name.contains(' ') || government(name) || overlaps(taken, start, end) {
                continue;
            }
            taken.push((start, end));
            let role = lead.trim_end_matches([',', ' ']);
            let why = format!("`{name}` is named as a {role}; a new company");
            let value = name.to_owned();
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{lenders, renamed};

    #[test]
    fn a_company_named_after_its_role_as_lender_is_a_company() {
        let text = "following the collapse of his biggest lender, Greensill Capital.";
        let (mut taken, mut out) = (Vec::new(), Vec::new());
        lenders(text, &mut taken, &mut out);
        let got: Vec<String> = out.into_iter().map(|c| c.value).collect();
        assert_eq!(got, ["Greensill Capital"]);
    }

    fn names(text: &str) -> Vec<String> {
        let (mut taken, mut out) = (Vec::new(), Vec::new());
        renamed(text, &mut taken, &mut out);
        out.into_iter().map(|c| c.value).collect()
    }

    #[test]
    fn a_former_or_formal_name_is_a_company() {
        let text = "the company Eurostampa (previously known as Gilmour & Dean) as the firm";
        assert_eq!(names(text), ["Gilmour & Dean"]);
        let text = "The project, formally known as Contemporary Star Energy, is backed";
        assert_eq!(names(text), ["Contemporary Star Energy"]);
        assert!(names("the plant, formerly known as Mexico, and").is_empty());
        assert!(names("also known as The Iron Lady").is_empty());
        assert_eq!(names("formally known as Star Energy\nparty: Star"), ["Star Energy"]);
    }
}
