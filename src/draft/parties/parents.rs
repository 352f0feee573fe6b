//! The name a new company is proposed by when the text gives it more than one: the parent
//! or full name an abbreviation spells out, and the full name a shorter one stands for. It
//! renames candidates only; it proposes none.

use std::sync::LazyLock;

use crate::draft::pattern::{Regex, escape};

use super::{Candidate, Kind};
use crate::draft::spaced;

/// A company's full name with its abbreviation after it: "Amazon Web Services, or AWS",
/// "Hyundai Motor America (HMA)".
static DEFINED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"\b(?P<long>[A-Z][a-z]+(?: [A-Z][a-z]+){1,4})(?:’|')?,? (?:or |\()(?P<short>[A-Z]{2,6})\b",
    )
});

/// A new company named by an abbreviation the text spells out ("AWS" of "Amazon Web Services")
/// is proposed by that name, or by its parent when the name opens with a word the text also
/// names alone ("Amazon's AWS": Amazon), as a subsidiary is recorded with its parent.
pub(super) fn parents(text: &str, out: &mut [Candidate]) {
    for caps in DEFINED.captures_iter(text) {
        let (Some(long), Some(short)) = (caps.name("long"), caps.name("short")) else {
            continue;
        };
        let initials: String = long.as_str().split(' ').filter_map(|w| w.chars().next()).collect();
        if initials != short.as_str() {
            continue;
        }
        let first = long.as_str().split(' ').next().unwrap_or_default();
        // "Oman Investment Authority (OIA)" beside "Oman": a country is no company's parent.
        let alone = !super::government(first)
            && Regex::new(&format!(r"\b{}\b(?: [A-Z][a-z]+)?", escape(first)))
                .ok()
                .is_some_and(|r| r.find_iter(text).any(|m| m.as_str() == first));
        let (value, what) = if alone {
            (
                first,
                format!(
                    "`{}` is {}, a part of {first} named alone in the text",
                    short.as_str(),
                    long.as_str()
                ),
            )
        } else {
            (long.as_str(), format!("`{}` is short for {}", short.as_str(), long.as_str()))
        };
        for c in out.iter_mut().filter(|c| {
            c.kind == Kind::Company
                && !c.known
                && (c.value == short.as_str() || c.value == long.as_str())
                && c.value != value
        }) {
            c.value = value.to_owned();
            c.why = format!("{what}; a new company");
        }
    }
}

/// A new company named in full once and by its last word after ("Eli Lilly", then "Lilly"),
/// or by its first word after its full name with its legal form ("Infineon Technologies AG",
/// then "Infineon"), or by the family name that owns it ("Amy’s Kitchen", then "Amy’s"), is
/// proposed by its full name wherever it is named. A local unit
/// ("Infineon Austria") is no full name of its parent.
pub(super) fn full_names(text: &str, out: &mut [Candidate]) {
    let new = |c: &Candidate| c.kind == Kind::Company && !c.known;
    // The names read with a legal form after them, which the span holds and the value drops.
    let formed: Vec<String> = out
        .iter()
        .filter(|c| new(c) && text[c.start..c.end].len() > c.value.len())
        .filter(|c| text[c.start..c.end].starts_with(&c.value))
        .map(|c| c.value.clone())
        .collect();
    let formed = |n: &str| formed.iter().any(|f| f == n);
    let mut names: Vec<String> = out.iter().filter(|c| new(c)).map(|c| c.value.clone()).collect();
    // A full name found twice is still one full name, not two to choose between.
    names.sort();
    names.dedup();
    let firsts: Vec<(String, usize)> =
        out.iter().filter(|c| new(c)).map(|c| (c.value.clone(), c.start)).collect();
    for c in out.iter_mut().filter(|c| new(c)) {
        let suffix = format!(" {}", c.value);
        let prefix = format!("{} ", c.value);
        let unit = |n: &str| n.rsplit(' ').next().is_some_and(super::government);
        // "Amy’s Kitchen", then "Amy’s plant": a family's name owns the company's.
        let owned =
            |n: &str| ["’s ", "'s "].iter().any(|p| n.starts_with(&format!("{}{p}", c.value)));
        let mut longer = names.iter().filter(|n| {
            n.ends_with(&suffix) || (n.starts_with(&prefix) && !unit(n) && formed(n)) || owned(n)
        });
        if let (Some(full), None) = (longer.next(), longer.next()) {
            c.why = format!(
                "`{}` is short for {full}, named in full in the text; a new company",
                c.value
            );
            c.value = full.clone();
            continue;
        }
        // "Kia" beside "Kia Motors" and "Kia Motor Corporation": one word that begins two
        // longer names or more is short for the first of them the text names.
        let begun = |n: &&String| n.starts_with(&prefix) && !unit(n);
        if !c.value.contains(' ') && names.iter().filter(begun).count() >= 2 {
            let first = firsts.iter().filter(|(n, _)| n.starts_with(&prefix)).min_by_key(|f| f.1);
            if let Some((full, _)) = first.filter(|(n, _)| !unit(n)) {
                c.why =
                    format!("`{}` is short for {full}, named first of its longer names", c.value);
                c.value = full.clone();
            }
        }
    }
}
