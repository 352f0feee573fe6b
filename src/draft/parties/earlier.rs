//! The first word of a long company name that the company pattern could not reach: it reads
//! three words before a company word, so "Greater Calcutta Gas Supply Corporation" was read
//! from "Calcutta".

use super::governments::{ADJECTIVES, government};
use super::words::{HEADLINE_VERBS, INSTITUTIONS, MONTHS, NOT_NAMES};

/// The span of a name read before a company word (`full`: read at the pattern's limit of three
/// words), run back over one capitalized word just before it that opens no sentence, names no
/// government or nationality and follows no other capitalized word.
pub(super) fn run_back(text: &str, begin: usize, name: &str, full: bool) -> (usize, usize) {
    let end = begin + name.len();
    if !full || name.split(' ').count() < 3 {
        return (begin, end);
    }
    let Some(head) = text[..begin].strip_suffix(' ') else { return (begin, end) };
    let word = head.rsplit([' ', '\n']).next().unwrap_or_default();
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    let listed =
        [NOT_NAMES, INSTITUTIONS, MONTHS, HEADLINE_VERBS].iter().any(|l| l.contains(&word))
            || ADJECTIVES.iter().any(|(a, _)| *a == word)
            || government(word);
    let start = begin - 1 - word.len();
    let before = text[..start].strip_suffix(' ').and_then(|h| h.rsplit([' ', '\n']).next());
    let named = before
        .is_some_and(|w| w.starts_with(char::is_uppercase) && !w.ends_with([',', '.', ';', ':']));
    if capital && word.chars().count() > 1 && !listed && !named {
        (start, end)
    } else {
        (begin, end)
    }
}

#[cfg(test)]
mod tests {
    use super::run_back;

    #[test]
    fn a_long_name_runs_back_over_its_first_word() {
        let text = "a venture of GAIL and Greater Calcutta Gas Supply Corporation will";
        let begin = text.find("Calcutta").unwrap_or_default();
        let (start, end) = run_back(text, begin, "Calcutta Gas Supply", true);
        assert_eq!(&text[start..end], "Greater Calcutta Gas Supply");
        // A word that opens a sentence, or a shorter name, stays out.
        let text = "In Calcutta Gas Supply Corporation";
        let (start, end) = run_back(text, 3, "Calcutta Gas Supply", true);
        assert_eq!(&text[start..end], "Calcutta Gas Supply");
        let text = "and Greater Calcutta Gas Corporation";
        let (start, end) = run_back(text, 12, "Calcutta Gas", true);
        assert_eq!(&text[start..end], "Calcutta Gas");
    }
}
