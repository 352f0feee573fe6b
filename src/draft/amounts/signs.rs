//! How a qualifier before a figure is told in an amount's value ("~$193M" is about, "exceeding
//! $2 billion" more than), and whether a currency code ends a match only because capitalized
//! words between the figure and it were read as describing it ("21 Foreign Company Invests
//! BGN 107 Million"). It reads what the amount's pattern matched and searches no text itself.

use crate::draft::pattern::Captures;

use super::CODES;

/// The qualifier a value is told with, for one written before the figure.
pub(super) fn qualifier(written: &str) -> String {
    match written.to_lowercase().as_str() {
        "~" => "about".to_owned(),
        "exceeding" | "surpassing" | "surpass" | "greater than" | "just over" | "well over"
        | "just above" | "well above" => "more than".to_owned(),
        "just under" | "well under" | "just below" | "just shy of" | "shy of" => {
            "less than".to_owned()
        }
        "no less than" | "not less than" | "no fewer than" => "at least".to_owned(),
        "nearing" => "nearly".to_owned(),
        "approx." => "approximately".to_owned(),
        "upto" => "up to".to_owned(),
        "closer to" => "close to".to_owned(),
        // "a little under $80 million", "slightly more than $1 million".
        other if other.ends_with(" over") || other.ends_with(" more than") => {
            "more than".to_owned()
        }
        other if other.ends_with(" under") || other.ends_with(" less than") => {
            "less than".to_owned()
        }
        other => other.to_owned(),
    }
}

/// Where a currency code after a figure starts when words stand between them: the figure is a
/// date's or a number's of its own, and the code opens the amount after it.
pub(super) fn code_after_words(caps: &Captures) -> Option<usize> {
    let unit = caps.name("unit")?;
    let code = CODES.split('|').any(|c| c == unit.as_str());
    let figure_end = ["s2", "n2", "sg", "s", "n"].iter().find_map(|g| caps.name(g))?.end();
    let between = caps
        .get(0)?
        .as_str()
        .get(figure_end - caps.get(0)?.start()..unit.start() - caps.get(0)?.start())?;
    (code && between.contains(char::is_alphabetic)).then_some(unit.start())
}

#[cfg(test)]
mod tests {
    use super::qualifier;

    #[test]
    fn qualifiers_are_told_in_words() {
        assert_eq!(qualifier("~"), "about");
        assert_eq!(qualifier("Exceeding"), "more than");
        assert_eq!(qualifier("More than"), "more than");
        assert_eq!(qualifier("just shy of"), "less than");
        assert_eq!(qualifier("nearing"), "nearly");
        assert_eq!(qualifier("Closer to"), "close to");
        assert_eq!(qualifier("approx."), "approximately");
        assert_eq!(qualifier("upto"), "up to");
    }
}
