//! Text as typed turned into an FTS5 query: words searched for as they are, whole numbers
//! whatever their thousands separators. No SQL here.

/// `text` as an FTS5 query that finds its words as typed: each run of non-space characters
/// becomes an FTS5 string (a `"` inside doubled), and every one must occur, so `EU-Mercosur`,
/// `Côte d'Ivoire` or a lone `"` are searched for rather than parsed. A whole number matches
/// whatever its thousands separators: `3000` and `3,000` each find both `3000` and `3,000`
/// (or `3.000`, `3’000`, `3 000`). Blank text gives "".
pub fn escape(text: &str) -> String {
    let terms: Vec<String> = text
        .split_whitespace()
        .map(|t| match number_spellings(t) {
            Some((digits, grouped)) => format!("({} OR {})", string(&digits), string(&grouped)),
            None => string(t),
        })
        .collect();
    // FTS5 reads two strings side by side as AND, but not a group in brackets: say it.
    terms.join(" AND ")
}

/// `text` as one FTS5 string.
fn string(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Characters that separate groups of thousands: comma, point, apostrophes, underscore and the
/// spaces typeset inside numbers.
const THOUSANDS: &[char] = &[',', '.', '\'', '’', '_', '\u{a0}', '\u{202f}', '\u{2009}'];

/// The two ways a whole number of four digits or more is indexed, when `term` is one: its
/// digits run together (`3000`) and in groups of three (`3 000`, the tokens the index holds for
/// `3,000`: a separator splits a number into words). Punctuation around it (`$3,000.`) is not
/// indexed either, so it is left out; a decimal such as `2.5` is not a whole number.
fn number_spellings(term: &str) -> Option<(String, String)> {
    let core = term.trim_matches(|c: char| !c.is_alphanumeric());
    let groups: Vec<&str> = core.split(THOUSANDS).collect();
    if groups.iter().any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let grouped_right =
        groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    let digits = groups.concat();
    if !grouped_right || digits.len() < 4 {
        return None;
    }
    let head = match digits.len() % 3 {
        0 => 3,
        n => n,
    };
    let mut grouped = digits[..head].to_owned();
    for at in (head..digits.len()).step_by(3) {
        grouped.push(' ');
        grouped.push_str(&digits[at..at + 3]);
    }
    Some((digits, grouped))
}
