//! A total before and after a change, written "from X to Y" after a verb that changes it
//! ("increasing the total investment from $3.7 billion to $9 billion", "cut its workforce from
//! 3,000 to 2,000 jobs"): two amounts, each a span of its own, not a range. Without such a
//! verb ("will create from 2,000 to 3,000 jobs", "anywhere from $1 billion to $2 billion"),
//! "X to Y" stays a range.

use std::sync::LazyLock;

use crate::draft::pattern::{Captures, Regex};

use super::ascii_words;

/// A verb that changes a total, then up to eight words, then "from", just before a figure.
static CHANGED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|gr(?:ow|ows|ew|own|owing)|expand(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|jump(?:s|ed|ing)?|r(?:ise|ises|ose|isen|ising)|climb(?:s|ed|ing)?|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|f(?:all|alls|ell|allen|alling)|drop(?:s|ped|ping)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|revis(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|bump(?:s|ed|ing)?|swell(?:s|ed|ing)?|hike[sd]?|up(?:s|ped|ping)?)\b(?:\s+[\w’'$-]+){0,8}?\s+from\s+$",
    ))
    .expect("a valid pattern")
});

/// The two amounts of a change of a total: each span (start, end) with its value, when the
/// match `caps` at `start..end` is "from X to Y" after a verb that changes a total. `value` is
/// what the match reads as a range ("3700000000 to 9000000000 USD").
pub(super) fn split(
    caps: &Captures,
    text: &str,
    start: usize,
    end: usize,
    value: &str,
) -> Option<[(usize, usize, String); 2]> {
    let n2 = caps.name("n2")?;
    if caps.name("q").is_some() || !CHANGED_FROM.is_match(&text[..start]) {
        return None;
    }
    let (first, rest) = value.split_once(" to ")?;
    let (second, unit) = rest.split_once(' ').map_or((rest, None), |(n, u)| (n, Some(u)));
    let with_unit = |n: &str| unit.map_or_else(|| n.to_owned(), |u| format!("{n} {u}"));
    // The first figure ends with its own scale word, or at its digits.
    let first_end = caps.name("s").or(caps.name("n"))?.end();
    let second_start = if text[..n2.start()].ends_with('$') { n2.start() - 1 } else { n2.start() };
    Some([(start, first_end, with_unit(first)), (second_start, end, with_unit(second))])
}
