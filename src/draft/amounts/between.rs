//! Ranges written "between X and Y" ("between 2,000 and 3,000 jobs", "between $1 billion and
//! $2 billion"): the second figure is read as any amount is, and the first joins it here, as
//! "20,000 to 25,000 jobs" reads. Without "between", "X and Y" stays two amounts.

use std::sync::LazyLock;

use crate::draft::pattern::{Captures, Regex};

use super::{NUMBER, SCALE, SEPARATORS, ascii_words, scale_of, scaled};

/// "between", a figure with its currency sign and scale, and "and", just before an amount.
static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(&format!(
        r"(?i)\bbetween\s+(?:[^\s\d]{{1,4}} ?)?(?P<n>{NUMBER})(?:[\s-]?(?P<s>{SCALE})\b)?\s+and\s+$"
    )))
    .expect("a valid pattern")
});

/// Where the range starts and its first figure, when the amount matched at `start` is the
/// second figure of "between X and Y". An amount with its own qualifier or range is no
/// second figure ("between 2019 and up to 3,000 jobs").
pub(super) fn first(caps: &Captures, text: &str, start: usize) -> Option<(usize, u128)> {
    if caps.name("q").is_some() || caps.name("n2").is_some() || caps.name("n").is_none() {
        return None;
    }
    let found = BETWEEN.captures(&text[..start])?;
    let scale = found.name("s").or(caps.name("s")).map(|s| scale_of(s.as_str()));
    let number = found.name("n")?.as_str().replace(SEPARATORS, "");
    Some((found.get(0)?.start(), scaled(&number, scale.as_deref())?))
}
