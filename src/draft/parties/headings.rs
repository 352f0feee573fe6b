//! Lines written in capitals: a headline ("TESLA TO BUILD GIGAFACTORY IN MEXICO") names no new
//! party, since the text below it says the same in ordinary case; a short label over a
//! paragraph about a company (a factbox's "CISCO SYSTEMS" over "The U.S. networking equipment
//! maker will...") names that company.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::overlaps;
use crate::draft::{Candidate, Kind, shouted, spaced};

/// A paragraph that opens on a company without naming it: "The retail giant’s CEO", "The
/// Taiwanese contract manufacturer plans".
static ABOUT_A_COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"^(?:The|the) (?:[A-Za-z.’'-]+ ){0,4}?(?:company|giant|maker|manufacturer|firm|group|retailer|carmaker|automaker|chipmaker|conglomerate|operator|producer|provider|supplier|bank)\b",
    )
});

/// Marks every line in capitals as taken, so that no name is read inside it, and proposes the
/// company a short label names.
pub(super) fn headings(text: &str, taken: &mut Vec<(usize, usize)>, out: &mut Vec<Candidate>) {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        lines.push((offset, line.trim_end()));
        offset += line.len();
    }
    for (i, &(start, line)) in lines.iter().enumerate() {
        if !shouted(line) {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let (start, label) = (start + lead, line.trim());
        let end = start + label.len();
        let next = lines[i + 1..].iter().map(|(_, l)| l.trim()).find(|l| !l.is_empty());
        let words = label.split_whitespace().count();
        let about = next.is_some_and(|next| ABOUT_A_COMPANY.is_match(next));
        // "(GDP)." closing a sentence broken over two lines is no label: a label opens on a
        // letter and ends without a full stop.
        let label_like = label.starts_with(char::is_alphabetic) && !label.ends_with('.');
        if words <= 3 && about && label_like && !overlaps(taken, start, end) {
            let value = title_case(label);
            let why = format!("`{label}` heads a paragraph about a company; a new company");
            out.push(Candidate { kind: Kind::Company, start, end, value, known: false, why });
        }
        taken.push((start, end));
    }
}

/// "CISCO SYSTEMS" as a name is written: "Cisco Systems".
fn title_case(label: &str) -> String {
    let word = |w: &str| {
        let mut chars = w.chars();
        chars.next().map(|c| c.to_string() + &chars.as_str().to_lowercase()).unwrap_or_default()
    };
    label.split_whitespace().map(word).collect::<Vec<_>>().join(" ")
}
