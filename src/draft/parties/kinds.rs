//! One name, one kind: a name the text speaks of both as a person and as a company is settled
//! on the kind its stronger evidence gives, and a "person" whose name opens with a company's
//! ("CEO and founder of Rivian Automotive" beside Rivian) is that company's. It drops
//! candidates only; it proposes none.

use super::words::INSTITUTIONS;
use crate::draft::{Candidate, Kind};

/// The titles that only a person bears just before a name: "President Obama".
const TITLES: &[&str] = &[
    "President",
    "Gov.",
    "Governor",
    "Sen.",
    "Senator",
    "Rep.",
    "Mr.",
    "Ms.",
    "Mrs.",
    "Dr.",
    "Minister",
    "Chancellor",
    "Mayor",
    "Premier",
];

/// Whether the person candidate `c` follows a person's title in `text`.
fn titled(text: &str, c: &Candidate) -> bool {
    let before = text[..c.start].trim_end();
    TITLES
        .iter()
        .any(|t| before.strip_suffix(t).is_some_and(|rest| !rest.ends_with(char::is_alphanumeric)))
}

/// Drops the candidates of each new name proposed as both a person and a company but the
/// ones of its stronger kind: the person's when a title names it so and no company word ends
/// it, else the company's; and drops a new person whose name opens with a company's.
pub(super) fn one_kind(text: &str, out: &mut Vec<Candidate>) {
    let new = |c: &Candidate, kind: Kind| c.kind == kind && !c.known;
    let companies: Vec<&str> =
        out.iter().filter(|c| new(c, Kind::Company)).map(|c| c.value.as_str()).collect();
    let mut names: Vec<&str> =
        out.iter().filter(|c| new(c, Kind::Person)).map(|c| c.value.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let (mut people, mut firms) = (Vec::new(), Vec::new());
    for name in names {
        // "Rivian Automotive" beside Rivian: the company's name runs on.
        let opens = companies
            .iter()
            .any(|n| name.strip_prefix(n).is_some_and(|rest| rest.starts_with(' ')));
        if opens {
            firms.push(name.to_owned());
            continue;
        }
        if !companies.contains(&name) {
            continue;
        }
        let business = name.rsplit(' ').next().is_some_and(|w| INSTITUTIONS.contains(&w));
        let title = out.iter().any(|c| new(c, Kind::Person) && c.value == name && titled(text, c));
        if title && !business { people.push(name.to_owned()) } else { firms.push(name.to_owned()) }
    }
    out.retain(|c| {
        !(new(c, Kind::Person) && firms.contains(&c.value)
            || new(c, Kind::Company) && people.contains(&c.value))
    });
}
