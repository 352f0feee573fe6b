//! The title a story file proposes for its article.

use super::super::Draft;

/// The article's title and where it was read: its first line, unless that is only its date or
/// a paragraph, then the words of the URL's last part.
pub(super) fn title(
    text: &str,
    draft: &Draft,
    url: Option<&str>,
) -> Option<(&'static str, String)> {
    let dated = draft.published.as_ref().and_then(|(_, found)| found.as_ref());
    let mut at = 0;
    let (mut first, mut after_date) = (None, false);
    for line in text.split_inclusive('\n') {
        let (start, trimmed) = (at, line.trim());
        at += line.len();
        if trimmed.is_empty() {
            continue;
        }
        // A line of the date alone, or with a label (`Release Date:`, `Published`) or its time
        // (`September 12, 2018 11:41 am`).
        let date_only = dated.is_some_and(|d| {
            d.start >= start
                && d.end <= at
                && (line[d.end - start..].trim().is_empty()
                    || time_only(&line[d.end - start..])
                    || source_only(&line[..d.start - start], &line[d.end - start..]))
                && line[..d.start - start].trim().chars().count() <= 16
        });
        if date_only {
            after_date = true;
            continue;
        }
        // A date that opens or closes the headline's line (`date 2025-09-11 Hitachi Energy
        // Announces ...`, `... Operations – Nov. 3, 2017`) is the article's date, not its title.
        let on_line = dated.filter(|d| d.start >= start && d.end <= at);
        first =
            Some(on_line.map_or(trimmed, |d| without_date(line, d.start - start, d.end - start)));
        break;
    }
    let why = if after_date {
        "the first line after the article's date"
    } else {
        "the first line of the article"
    };
    let headline = first.filter(|l| l.chars().count() <= 160 && !l.ends_with('.'));
    if let Some(line) = headline {
        return Some((why, line.to_owned()));
    }
    if let Some(words) = url.and_then(url_words) {
        return Some((
            "the words of the URL, as the article's first line is no headline: check them",
            words,
        ));
    }
    first.map(|line| (why, line.to_owned()))
}

/// Whether a date that opens its line is followed only by its source's name, one word:
/// `20091222 allafrica`.
fn source_only(before: &str, rest: &str) -> bool {
    let rest = rest.trim();
    before.trim().is_empty()
        && rest.starts_with(|c: char| c.is_alphabetic())
        && !rest.contains(char::is_whitespace)
        && rest.chars().count() <= 24
}

/// Whether what follows a date on its line is only its time, with a zone or an update after it:
/// ` 11:41 am`, ` | 14:30 GMT`, ` at 11:41 a.m. | Updated September 13`.
fn time_only(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t', ',', '|', '-', '–', '—']);
    let rest = rest.strip_prefix("at ").unwrap_or(rest).trim_end();
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let Some((hours, minutes)) = rest.split_once(':') else { return false };
    let updated = rest.to_lowercase().contains("updated");
    digits(hours) && minutes.get(..2).is_some_and(digits) && (rest.chars().count() <= 24 || updated)
}

/// `line` without the date at `start..end` when the date opens it (after at most a short label
/// such as `date` or `Published`) or closes it, with the separators beside it.
fn without_date(line: &str, start: usize, end: usize) -> &str {
    let separators: &[char] = &[' ', '\t', '-', '–', '—', '|', ':', ',', '\r', '\n'];
    let (before, after) = (line[..start].trim(), line[end..].trim_matches(separators));
    // A preposition before the date makes it part of a sentence (`On 3 May 2024 the company`).
    let label = !["on", "in", "by", "since", "from", "until"]
        .iter()
        .any(|p| before.eq_ignore_ascii_case(p));
    let rest = if label && before.chars().count() <= 12 && !after.is_empty() {
        after
    } else if after.is_empty() {
        before.trim_end_matches(separators)
    } else {
        line.trim()
    };
    if rest.chars().count() < 12 { line.trim() } else { rest }
}

/// The words of a URL's last part (`.../hitachi-gives-us-power-grid-a-1-billion-boost`), without
/// a file extension or a trailing number that only identifies the page.
fn url_words(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next()?;
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    let last = last.split_once('.').map_or(last, |(stem, _)| stem);
    let mut words: Vec<&str> = last.split(['-', '_', '+']).filter(|w| !w.is_empty()).collect();
    while words.last().is_some_and(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_digit())) {
        words.pop();
    }
    // A number of four digits or more left inside is a page's code or a date, not a word of a
    // title (`hc-trump-carrier-1130-20161129-story`).
    let coded = words.iter().any(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_digit()));
    if words.len() < 3 || coded || last.contains(':') {
        return None;
    }
    let sentence = words.join(" ");
    let mut chars = sentence.chars();
    let head = chars.next()?.to_uppercase().collect::<String>();
    Some(head + chars.as_str())
}

#[cfg(test)]
mod tests {
    use super::url_words;

    #[test]
    fn a_url_gives_the_words_of_its_last_part() {
        let words = |url| url_words(url).unwrap_or_default();
        assert_eq!(
            words("https://example.org/news/ford-delays-ev-plant-in-ontario-184919.html"),
            "Ford delays ev plant in ontario"
        );
        assert_eq!(
            words("https://example.org/a/b/lilly-to-invest-in-indiana/?ref=x"),
            "Lilly to invest in indiana"
        );
        assert_eq!(words("https://example.org/news/12345"), "");
        assert_eq!(words("https://example.org/news/hc-trump-carrier-1130-20161129-story.html"), "");
        assert_eq!(words("https://example.org/item_view"), "");
    }

    #[test]
    fn a_time_after_the_date_leaves_the_line_a_date_line() {
        use super::time_only;
        for rest in [" 11:41 am", " | 14:30 GMT", " at 11:41 a.m.", " 12:05 PM EDT\n"] {
            assert!(time_only(rest), "{rest}");
        }
        for rest in [" Manitoba to help a jacket maker", " 11 jobs", ""] {
            assert!(!time_only(rest), "{rest}");
        }
    }

    #[test]
    fn a_source_after_the_date_leaves_the_line_a_date_line() {
        use super::source_only;
        assert!(source_only("", " allafrica\n"));
        assert!(!source_only("", " Hitachi Energy Announces"));
        assert!(!source_only("Posted", " allafrica"));
        assert!(!source_only("", " 11 jobs"));
    }

    #[test]
    fn a_date_that_opens_or_closes_the_headline_is_left_out() {
        use super::without_date;
        let line = "date 2025-09-11 Hitachi Energy Announces $1 Billion Investment\n";
        assert_eq!(without_date(line, 5, 15), "Hitachi Energy Announces $1 Billion Investment");
        let line = "Carrier Statement Regarding Indianapolis Operations – Nov. 3, 2017";
        let at = line.find("Nov.").unwrap();
        assert_eq!(
            without_date(line, at, line.len()),
            "Carrier Statement Regarding Indianapolis Operations"
        );
        let line = "On 3 May 2024 the company said it would build a plant";
        assert_eq!(without_date(line, 3, 13), line);
    }
}
