//! Ways of writing a figure that the amount's pattern does not read alone: thousands grouped by
//! an ordinary space ("1 000 jobs", "3 500"), a qualifier before another ("up to almost $10
//! million") and a change told as a bare range ("employment from 1,013 to 1,540"), whose two
//! figures are two amounts. It compiles no pattern.

use crate::draft::pattern::Captures;

use super::SEPARATORS;

/// The text with each ordinary space that groups thousands made a comma, so that the amount's
/// pattern reads "1 000" as "1,000"; every other byte, and so every offset, stays. A space
/// groups thousands between one to three digits and three that end in "00" ("1 000", "3 500"),
/// so that "in 2019 500 jobs" and "June 5 120 workers" keep their space. In a text that groups
/// so at least once, any three digits after a space group too ("Over 1 540 jobs"), unless a
/// month's name comes before the first figure.
pub(super) fn grouped(text: &str) -> String {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut out = bytes.to_vec();
    let mut spaced = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        if b != b' ' || i == 0 {
            continue;
        }
        let lead = bytes[..i].iter().rev().take_while(|b| b.is_ascii_digit()).count();
        let opened = i - lead == 0 || !matches!(bytes[i - lead - 1], b'0'..=b'9' | b',' | b'.');
        let group = (1..=3).all(|k| digit(i + k)) && !digit(i + 4);
        let round = bytes.get(i + 2..i + 4) == Some(b"00");
        if (1..=3).contains(&lead) && opened && group {
            spaced.push((i, round, lead));
        }
    }
    let any_round = spaced.iter().any(|&(_, round, _)| round);
    for (i, round, lead) in spaced {
        let word = text[..i - lead].trim_end().rsplit([' ', '\n']).next().unwrap_or("");
        let dated = crate::draft::MONTHS.iter().any(|m| word.starts_with(&m[..3]));
        if round || (any_round && !dated) {
            out[i] = b',';
        }
    }
    // Only an ASCII space, between ASCII digits, was replaced.
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// Where an amount starts when "up to" stands before its own qualifier ("up to almost $10
/// million"), and whether it does.
pub(super) fn stacked(caps: &Captures, text: &str, start: usize) -> (usize, bool) {
    let other = caps.name("q").is_some_and(|q| !q.as_str().eq_ignore_ascii_case("up to"));
    let before = &text[..start];
    let head = before.len().checked_sub(6).and_then(|at| before.get(at..));
    match head {
        Some(head) if other && head.eq_ignore_ascii_case("up to ") => {
            let opened = !before[..start - 6].ends_with(char::is_alphanumeric);
            if opened { (start - 6, true) } else { (start, false) }
        }
        _ => (start, false),
    }
}

/// Where the first figure of a bare range ends when the range is a change from one count to
/// another ("employment from 1,013 to 1,540"), or the first figure is the tail of something
/// else ("2022/23 to 41,920"), or a sum with its scale goes to a count ("Kc10.7bn to 74
/// projects"): each figure is then read alone.
pub(super) fn parted(caps: &Captures, text: &str, start: usize) -> Option<usize> {
    let (n, n2) = (caps.name("n")?, caps.name("n2")?);
    // "Kc10.7bn to 74 projects": a sum given to a count, not a range; a range's second figure
    // with no scale of its own follows one with none either ("20,000 to 25,000 jobs").
    if let Some(scale) = caps.name("s")
        && caps.name("s2").is_none()
        && text[scale.end()..n2.start()].trim().eq_ignore_ascii_case("to")
    {
        return Some(scale.end());
    }
    let named = ["cur", "s", "s2", "sg", "unit", "q", "tilde", "plus", "after"];
    if named.iter().any(|g| caps.name(g).is_some()) {
        return None;
    }
    let from = text[..start].to_lowercase().ends_with("from ");
    let tail = !n.as_str().contains(SEPARATORS) && n2.as_str().contains(SEPARATORS);
    (from || tail).then_some(n.end())
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn a_space_groups_thousands_only_between_short_and_round_groups() {
        assert_eq!(grouped("to create 1 000 jobs"), "to create 1,000 jobs");
        assert_eq!(grouped("another 3 500 and 1 000 000"), "another 3,500 and 1,000,000");
        assert_eq!(grouped("in 2019 500 jobs"), "in 2019 500 jobs");
        assert_eq!(grouped("June 5 120 workers"), "June 5 120 workers");
        assert_eq!(grouped("1.5 000"), "1.5 000");
        assert_eq!(grouped("Kigali’s 1 000 jobs"), "Kigali’s 1,000 jobs");
    }
}
