//! The patterns `draft` reads an article with, compiled for the length of the article.
//!
//! A draft runs once a process: compiling its patterns takes most of the time on an article
//! of a page or two, where the searches themselves are quick. The regex engine's lazy
//! automaton, which makes searches of a long text fast, needs a second, reversed automaton of
//! each pattern and doubles the compiling. So patterns are compiled without it unless the text
//! about to be read is longer than [`LONG`]: see [`reading`].
//!
//! The types mirror the `regex` crate's `Regex`, `Captures` and `Match`, with the same matching
//! (leftmost-first, no empty match inside a character).

use std::fmt;
use std::ops::{Index, Range};
use std::sync::atomic::{AtomicBool, Ordering};

use regex_automata::util::captures::Captures as Slots;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, meta};

/// The length in bytes of a text above which the patterns are compiled with the lazy
/// automaton: about 2,000 words. Below it, compiling the reversed automata costs more than the
/// searches save: without them, a text of 5 KB took 0.86 of the time and one of 19 KB 1.13.
const LONG: usize = 12 * 1024;

/// Whether the text being read is longer than [`LONG`].
static LONG_TEXT: AtomicBool = AtomicBool::new(false);

/// Says how long the text about to be read is: the patterns compiled from then on are compiled
/// for it. A pattern compiled once stays as it is; either way it finds the same matches.
pub fn reading(len: usize) {
    LONG_TEXT.store(len > LONG, Ordering::Relaxed);
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Regex(meta::Regex);

/// Why a pattern did not compile: the syntax error with the pattern and a caret under the
/// fault, or the limit it went over.
pub struct Error(String);

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<meta::BuildError> for Error {
    fn from(error: meta::BuildError) -> Error {
        Error(error.syntax_error().map_or_else(|| error.to_string(), ToString::to_string))
    }
}

/// A match: its span of the text it was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

/// The groups of one match.
#[derive(Debug, Clone)]
pub struct Captures<'h> {
    haystack: &'h str,
    slots: Slots,
}

impl Regex {
    pub fn new(pattern: &str) -> Result<Regex, Error> {
        Regex::compiled(pattern, LONG_TEXT.load(Ordering::Relaxed))
    }

    /// The pattern compiled with the lazy automaton or without it.
    fn compiled(pattern: &str, lazy: bool) -> Result<Regex, Error> {
        let config = meta::Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .utf8_empty(true)
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid_cache_capacity(2 * (1 << 20))
            .hybrid(lazy);
        meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::new().utf8(true))
            .build(pattern)
            .map(Regex)
            .map_err(Error::from)
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        self.0.is_match(haystack)
    }

    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.0.find(haystack).map(|m| Match::of(haystack, m.range()))
    }

    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> impl Iterator<Item = Match<'h>> + 'r
    where
        'h: 'r,
    {
        self.0.find_iter(haystack).map(move |m| Match::of(haystack, m.range()))
    }

    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        self.captures_at(haystack, 0)
    }

    /// The first match that starts at `start` or after, reading the text before it for `\b`
    /// and `^`.
    pub fn captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        let mut slots = self.0.create_captures();
        self.0.search_captures(&Input::new(haystack).span(start..haystack.len()), &mut slots);
        slots.is_match().then_some(Captures { haystack, slots })
    }

    pub fn captures_iter<'r, 'h>(
        &'r self,
        haystack: &'h str,
    ) -> impl Iterator<Item = Captures<'h>> + 'r
    where
        'h: 'r,
    {
        self.0.captures_iter(haystack).map(move |slots| Captures { haystack, slots })
    }
}

impl<'h> Match<'h> {
    fn of(haystack: &'h str, range: Range<usize>) -> Match<'h> {
        Match { haystack, start: range.start, end: range.end }
    }

    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn as_str(&self) -> &'h str {
        &self.haystack[self.start..self.end]
    }
}

impl<'h> Captures<'h> {
    /// Group `i`, the whole match being 0; none when the group took no part in it.
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.slots.get_group(i).map(|span| Match::of(self.haystack, span.range()))
    }

    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.slots.get_group_by_name(name).map(|span| Match::of(self.haystack, span.range()))
    }
}

impl Index<usize> for Captures<'_> {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        self.get(i).map_or_else(|| panic!("no group {i} in the match"), |m| m.as_str())
    }
}

impl Index<&str> for Captures<'_> {
    type Output = str;

    fn index(&self, name: &str) -> &str {
        self.name(name).map_or_else(|| panic!("no group `{name}` in the match"), |m| m.as_str())
    }
}

/// The text with every character a pattern reads as an operator escaped.
pub fn escape(text: &str) -> String {
    regex_syntax::escape(text)
}

#[cfg(test)]
mod tests {
    use super::{LONG, Regex};

    #[test]
    fn a_search_from_an_offset_reads_the_text_before_it() {
        let jobs = Regex::new(r"\bjobs\b").expect("a valid pattern");
        let found = jobs.captures_at("xjobs and jobs", 1).and_then(|c| c.get(0));
        assert_eq!(found.map(|m| (m.start(), m.end(), m.as_str())), Some((10, 14, "jobs")));
        assert!(jobs.captures_at("the jobs", 5).is_none());
    }

    #[test]
    fn groups_are_read_by_number_and_by_name_and_an_empty_match_splits_no_letter() {
        let amount = Regex::new(r"(?P<n>\d+) (jobs|workers)?").expect("a valid pattern");
        let caps = amount.captures("to hire 300 workers").expect("a match");
        assert_eq!((&caps["n"], &caps[2]), ("300", "workers"));
        assert!(amount.captures("300 people").is_some_and(|c| c.get(2).is_none()));
        let starts: Vec<usize> =
            Regex::new("").expect("a valid pattern").find_iter("é").map(|m| m.start()).collect();
        assert_eq!(starts, [0, 2]);
    }

    #[test]
    fn a_pattern_compiled_for_a_long_text_finds_what_the_short_one_does() {
        let text = "Acme will invest $5 million and hire 200 workers. ".repeat(LONG / 40);
        let pattern = r"(?i)\b(?:invest|hire)\b[^.]*?(?P<n>\$?\d+)";
        let spans = |lazy: bool| -> Vec<(usize, usize)> {
            let regex = Regex::compiled(pattern, lazy).expect("a valid pattern");
            regex
                .captures_iter(&text)
                .filter_map(|c| c.name("n"))
                .map(|m| (m.start(), m.end()))
                .collect()
        };
        assert_eq!(spans(true).len(), 2 * (LONG / 40));
        assert_eq!(spans(true), spans(false));
    }

    #[test]
    fn a_pattern_that_does_not_parse_is_an_error_that_says_where() {
        let error = Regex::new(r"(?P<n>\d+").expect_err("an unclosed group");
        let message = format!("{error:?}");
        assert!(
            message.contains("(?P<n>\\d+\n") && message.contains("unclosed group"),
            "{message}"
        );
    }
}
