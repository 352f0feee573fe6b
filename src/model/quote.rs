//! Finding a quote in its source's text.
//!
//! A quote is verbatim, but people type it: a straight apostrophe for the article's curly one,
//! a hyphen for its dash, three dots for its ellipsis, a line break where the page had a space.
//! Matching forgives exactly those differences of typography and white space, nothing else, and
//! what it finds is the exact span of the article's own bytes. When a quote is not there, the
//! passage that comes closest is offered, so a typo can be mended without rereading the article.

use std::ops::Range;

/// The largest text a [`QuoteText`] can locate quotes in.
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize;

/// How long a passage [`QuoteText::closest`] shows at most, in characters.
const MAX_PASSAGE_CHARS: usize = 160;

/// The form a character takes for matching: `None` for one that is dropped (an invisible
/// character that typography inserts), else the text it stands for.
fn typographic(c: char) -> Option<Typo> {
    Some(match c {
        // Apostrophes and single quotation marks, and the prime typed for them.
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Typo::Char('\''),
        // Double quotation marks, and the double prime.
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => Typo::Char('"'),
        // Hyphens, dashes and the minus sign.
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            Typo::Char('-')
        }
        '\u{2026}' => Typo::Dots,
        // Soft hyphen, zero-width space and joiners, byte-order mark.
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => return None,
        c => Typo::Char(c),
    })
}

/// Where a quote occurs in a text, as [`QuoteText::locate`] finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Located {
    /// Exactly once: the byte range of the original text.
    Once(Range<usize>),
    /// More than once: how often, and the passages around the first few occurrences.
    Repeated { count: usize, passages: Vec<String> },
    /// Nowhere (or the quote is blank).
    Missing,
}

/// How many occurrences of a repeated quote [`QuoteText::locate`] shows.
const MAX_PASSAGES: usize = 2;

/// How many words either side of a repeated quote its passages show.
const CONTEXT_WORDS: usize = 4;

/// The least a quote must hold to name a passage rather than a phrase found anywhere: this
/// many words, or [`MIN_QUOTE_CHARS`] characters (for scripts written without spaces).
pub const MIN_QUOTE_WORDS: usize = 3;

/// See [`MIN_QUOTE_WORDS`].
pub const MIN_QUOTE_CHARS: usize = 15;

/// Whether `quote` is long enough to stand as evidence on its own (see [`MIN_QUOTE_WORDS`]).
pub fn is_long_enough(quote: &str) -> bool {
    let words = quote.split_whitespace().count();
    let chars = quote.chars().filter(|c| !c.is_whitespace()).count();
    words >= MIN_QUOTE_WORDS || chars >= MIN_QUOTE_CHARS
}

enum Typo {
    Char(char),
    /// An ellipsis, matched as three full stops.
    Dots,
}

/// A text prepared for finding quotes in it: white space runs collapsed to one space,
/// typography folded to plain characters, and for each byte of that form, where it came from.
pub struct QuoteText {
    /// The original text.
    text: String,
    /// The folded form that quotes are matched against.
    folded: String,
    /// For each byte of `folded`, the byte offset in `text` of the character it came from (for
    /// a space, where the white space run began).
    origin: Vec<u32>,
    /// Where in `text` the last character of `folded` ends.
    end: u32,
}

impl QuoteText {
    /// Prepares `text`; leading and trailing white space is dropped.
    pub fn new(text: &str) -> Self {
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut end = 0;
        let mut pending_space: Option<usize> = None;
        for (at, c) in text.char_indices() {
            if c.is_whitespace() {
                pending_space.get_or_insert(at);
                continue;
            }
            let Some(form) = typographic(c) else { continue };
            if let Some(space_at) = pending_space.take()
                && !folded.is_empty()
            {
                folded.push(' ');
                origin.push(offset(space_at));
            }
            let before = folded.len();
            match form {
                Typo::Char(c) => folded.push(c),
                Typo::Dots => folded.push_str("..."),
            }
            origin.resize(folded.len(), offset(at));
            debug_assert!(folded.len() > before);
            end = offset(at + c.len_utf8());
        }
        QuoteText { text: text.to_owned(), folded, origin, end }
    }

    /// The memory it takes, in bytes.
    pub fn heap_size(&self) -> usize {
        self.text.len() + self.folded.len() + self.origin.len() * std::mem::size_of::<u32>()
    }

    /// Where `quote` (folded the same way) first occurs, as a byte range of the original text,
    /// or `None` when it does not occur or is blank.
    pub fn find(&self, quote: &str) -> Option<Range<usize>> {
        let needle = fold(quote);
        if needle.is_empty() {
            return None;
        }
        let start = memchr::memmem::find(self.folded.as_bytes(), needle.as_bytes())?;
        Some(self.span(start, start + needle.len()))
    }

    /// Where `quote` occurs: once (its byte range in the original text), several times (how
    /// often, and the passages around the first few), or not at all.
    pub fn locate(&self, quote: &str) -> Located {
        let needle = fold(quote);
        if needle.is_empty() {
            return Located::Missing;
        }
        let hay = self.folded.as_bytes();
        let starts: Vec<usize> = memchr::memmem::find_iter(hay, needle.as_bytes()).collect();
        match starts[..] {
            [] => Located::Missing,
            [start] => Located::Once(self.span(start, start + needle.len())),
            _ => Located::Repeated {
                count: starts.len(),
                passages: starts
                    .iter()
                    .take(MAX_PASSAGES)
                    .map(|&start| self.passage(start, start + needle.len(), CONTEXT_WORDS))
                    .collect(),
            },
        }
    }

    /// The passage of the text that comes closest to `quote`: the one sharing the longest
    /// beginning or ending with it, about as long as the quote, white space collapsed. `None`
    /// when not even a few characters match.
    pub fn closest(&self, quote: &str) -> Option<String> {
        let needle = fold(quote);
        let hay = self.folded.as_bytes();
        let found = |part: &[u8]| memchr::memmem::find(hay, part);
        let bytes = needle.as_bytes();
        let prefix = longest_occurring(hay, bytes, false);
        let suffix = longest_occurring(hay, bytes, true);
        if prefix.max(suffix) < 6 {
            return None;
        }
        let (start, end) = if prefix >= suffix {
            let start = found(&bytes[..prefix])?;
            (start, (start + needle.len()).min(hay.len()))
        } else {
            let end = found(&bytes[bytes.len() - suffix..])? + suffix;
            (end.saturating_sub(needle.len()), end)
        };
        Some(self.passage(start, end, 0))
    }

    /// The folded bytes `start..end` as the original text has them, widened to whole words and
    /// then by `words` more on each side, white space collapsed, shortened to
    /// [`MAX_PASSAGE_CHARS`].
    fn passage(&self, start: usize, end: usize, words: usize) -> String {
        let (mut start, mut end) = self.whole_words(start, end);
        let hay = self.folded.as_bytes();
        for _ in 0..words {
            let before = start.saturating_sub(1);
            start = hay[..before].iter().rposition(|&b| b == b' ').map_or(0, |at| at + 1);
            let after = (end + 1).min(hay.len());
            end = hay[after..].iter().position(|&b| b == b' ').map_or(hay.len(), |at| after + at);
        }
        let span = self.span(start, end);
        let passage = collapse(&self.text[span]);
        match passage.char_indices().nth(MAX_PASSAGE_CHARS) {
            Some((cut, _)) => format!("{}…", &passage[..cut]),
            None => passage,
        }
    }

    /// The original text of a span that [`QuoteText::find`] returned.
    pub fn span_text(&self, span: Range<usize>) -> &str {
        &self.text[span]
    }

    /// `start..end` of the folded text widened to whole words (by at most a few dozen bytes
    /// each way, so that a run of text without spaces stays short).
    fn whole_words(&self, start: usize, end: usize) -> (usize, usize) {
        const REACH: usize = 40;
        let hay = self.folded.as_bytes();
        let from = start.saturating_sub(REACH);
        let start = match hay[from..start].iter().rposition(|&b| b == b' ') {
            Some(at) => from + at + 1,
            None if from == 0 => 0,
            None => start,
        };
        let to = (end + REACH).min(hay.len());
        let end = match hay[end..to].iter().position(|&b| b == b' ') {
            Some(at) => end + at,
            None if to == hay.len() => to,
            None => end,
        };
        (start, end)
    }

    /// The byte range of the original text that the folded bytes `start..end` came from, whole
    /// characters included.
    fn span(&self, start: usize, end: usize) -> Range<usize> {
        let first = self.origin[start] as usize;
        let last = self.origin[end - 1];
        // The next folded byte from another character starts where this one's character ends
        // (a space records where its white space began, which is the same place).
        let stop = self.origin[end..].iter().find(|&&at| at != last).map_or(self.end, |&at| at);
        first..stop as usize
    }
}

/// The length of the longest beginning (or, `from_end`, ending) of `needle` that occurs in
/// `hay`. Occurring is monotone in the length, so a binary search over lengths finds it.
fn longest_occurring(hay: &[u8], needle: &[u8], from_end: bool) -> usize {
    let part = |n: usize| if from_end { &needle[needle.len() - n..] } else { &needle[..n] };
    let (mut lo, mut hi) = (0, needle.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if memchr::memmem::find(hay, part(mid)).is_some() {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("texts are checked to be under 4 GiB before they are prepared")
}

/// `text` folded as [`QuoteText`] folds an article: white space collapsed, ends trimmed,
/// typography made plain.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !folded.is_empty() {
            folded.push(' ');
        }
        for c in word.chars() {
            match typographic(c) {
                Some(Typo::Char(c)) => folded.push(c),
                Some(Typo::Dots) => folded.push_str("..."),
                None => {}
            }
        }
    }
    folded
}

/// `text` with white space runs replaced by one space and the ends trimmed.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_found_across_line_breaks_and_located_in_the_original() {
        let text = "  The meeting\n  last for 40\tminutes.  Then";
        let found = QuoteText::new(text).find("meeting last  for 40 minutes.").unwrap();
        assert_eq!(&text[found], "meeting\n  last for 40\tminutes.");
    }

    #[test]
    fn quotes_with_multibyte_characters_map_to_char_boundaries() {
        let text = "Alibaba’s  platform “notorious market”";
        let found = QuoteText::new(text).find("“notorious market”").unwrap();
        assert_eq!(&text[found], "“notorious market”");
    }

    #[test]
    fn straight_quotes_dashes_and_dots_find_their_typographic_forms() {
        let text = "Ma said: “It’s a promise\u{a0}— one we keep…”\u{2009}Then";
        let found = QuoteText::new(text).find("\"It's a promise - one we keep...\"").unwrap();
        assert_eq!(&text[found], "“It’s a promise\u{a0}— one we keep…”");
        let found = QuoteText::new(text).find("keep..").unwrap();
        assert_eq!(&text[found], "keep…");
    }

    #[test]
    fn typography_in_the_quote_finds_plain_text_too() {
        let text = "It's a 20-year plan...";
        let found = QuoteText::new(text).find("It’s a 20–year plan…").unwrap();
        assert_eq!(&text[found], text);
    }

    #[test]
    fn soft_hyphens_and_zero_width_spaces_are_ignored() {
        let text = "a pro\u{ad}mise\u{200b} kept";
        let found = QuoteText::new(text).find("promise kept").unwrap();
        assert_eq!(&text[found], "pro\u{ad}mise\u{200b} kept");
    }

    #[test]
    fn other_differences_are_not_forgiven() {
        let text = QuoteText::new("It's a promise");
        assert_eq!(text.find("it's a promise"), None);
        assert_eq!(text.find("Its a promise"), None);
    }

    #[test]
    fn missing_or_blank_quotes_are_not_found() {
        let text = QuoteText::new("one two three");
        assert_eq!(text.find("two four"), None);
        assert_eq!(text.find("  "), None);
    }

    #[test]
    fn the_closest_passage_shares_a_beginning_or_an_ending() {
        let text = QuoteText::new("He said the meeting\nlasted for 40 minutes, then left.");
        assert_eq!(
            text.closest("the meeting lasts for 40 minutes").as_deref(),
            Some("the meeting lasted for 40 minutes,")
        );
        assert_eq!(
            text.closest("The talk lasted for 40 minutes,").as_deref(),
            Some("the meeting lasted for 40 minutes,")
        );
        assert_eq!(text.closest("xyz"), None);
    }

    #[test]
    fn a_quote_is_located_once_repeatedly_or_not_at_all() {
        let text =
            QuoteText::new("We will hire. Then we will hire again, he said; we will not stop.");
        assert_eq!(text.locate("hire again"), Located::Once(27..37));
        assert_eq!(
            text.locate("we will"),
            Located::Repeated {
                count: 2,
                passages: vec![
                    "We will hire. Then we will hire again, he said;".into(),
                    "hire again, he said; we will not stop.".into()
                ]
            }
        );
        assert_eq!(text.locate("we shall"), Located::Missing);
    }

    #[test]
    fn short_quotes_are_not_enough() {
        assert!(!is_long_enough("the"));
        assert!(!is_long_enough(" Jack  Ma "));
        assert!(is_long_enough("one million jobs"));
        assert!(is_long_enough("Administration-backed"));
        assert!(is_long_enough("阿里巴巴将在美国创造一百万个就业机会"));
    }

    #[test]
    fn a_long_closest_passage_is_shortened() {
        let body = "word ".repeat(100);
        let text = QuoteText::new(&body);
        let quote = format!("{} nope", "word ".repeat(60));
        let passage = text.closest(&quote).unwrap();
        assert_eq!(passage.chars().count(), MAX_PASSAGE_CHARS + 1);
        assert!(passage.ends_with('…'));
    }
}
