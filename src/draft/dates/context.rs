//! The words around a date that tell how to read it: a verb of what is to come before a month
//! or a weekday, a sentence that points back to an earlier announcement, a plan's words before
//! a year, and the word a span of years opens with.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use crate::draft::{ascii_words, spaced};

/// Whether `said` opens with one of `words`, as a word of its own.
pub(super) fn said_word(said: &str, words: &[&str]) -> bool {
    let first = said.split(' ').next().unwrap_or("");
    words.iter().any(|w| first.eq_ignore_ascii_case(w))
}

/// Words before a month that tell of something still to come: "expected to start in April",
/// "We expect production to start in March", "a plant to be set up in July", "if a contract
/// ends in September".
/// A bare "to start" is not among them: it tells a purpose as often ("received the licenses to
/// start operating ... in April").
pub(super) static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&ascii_words(
        r"(?i)\b(?:will|would|shall|expects? to|expected to|(?:expects?|expected) (?:the |its |their |a )?\w+ to|plans? to|plans? for|planned to|set to|scheduled|due to|aims? to|going to|intends? to|slated to|(?:is|are) to (?:start|begin|build|open|break|create|hire|invest|produce|complete)|to be held|to be (?:set up|built|opened|completed|constructed|established|launched|commissioned|inaugurated)|to take place|(?:work|works|construction|production|operations) to (?:start|begin|resume|commence)|ends|expires|runs out|should (?:start|begin|open)|should be (?:presented|submitted|completed|finished|approved|ready|operational))\b",
    ))
});

/// A clause told in the past, after a verb of what is to come: ", which had its certificate
/// revoked", or a thing made before, told by its participle ("will be the first recipient of
/// the grant announced in October") or by what it follows ("will produce green nickel,
/// following the signing of a power supply agreement with Zesco in November").
pub(super) static PAST_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i), (?:which|that|who) (?:had|was|were)\b|\b(?:the|a|an|its|their) [a-z]+ (?:announced|unveiled|approved|awarded|granted|launched|introduced) $|\b(?:following|after) the (?:signing|completion|conclusion|approval|award) of\b",
    ))
        .expect("a valid pattern")
});

/// A verb in the past perfect ("GE had created only 323 jobs", not "had to"), or a duty told
/// in the past ("Bloom was required to spend $36 million ... by the end of September").
pub(super) static DONE_OR_DUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)\bhad (?:only |already |not |just )?[a-z]+(?:ed|en|wn|ne|lt|id)\b|\b(?:was|were) (?:required|supposed|obligated) to\b",
    ))
    .expect("a valid pattern")
});

/// A verb of what is to come and at most six words after it, just before a weekday, or "as
/// soon as" right before it ("could be paid off as soon as Wednesday"). A headline's work to
/// begin is to come too ("Work to finally begin on Wyndham hotel this Friday").
pub(super) static SOON: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&ascii_words(
        r"(?i)\b(?:will|shall|(?:slated|scheduled|set|due|expected|going|planned|plans?|intends?|aims?|is|are|work|works|construction) to)(?: [\w’'-]+){0,6} $|\bas (?:soon|early) as $",
    ))
});

/// Words that send a sentence back to the first announcement of what it tells.
pub(super) static ORIGINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)\b(?:original|initial|first) (?:announcement|pledge|plan|commitment)",
    ))
    .expect("a valid pattern")
});

/// The first words of a sentence that point back to what the sentence before told: "This
/// raised", "The pledge will".
pub(super) static POINTS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(r"^\W*(?:This|That|These|Those|Th(?:e|is|at) (?:announcement|pledge|commitment|promise|deal|agreement|plan|investment|package|move))\b"))
        .expect("a valid pattern")
});

/// Words before a year that tell of a plan or a change in its timing.
pub(super) static PLANS: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&ascii_words(
        r"(?i)\b(?:plans?|planned|target|ambitions?|goals?|deadline|schedule|pushed back|push back|delay(?:s|ed)?|postpon(?:e|es|ed)|moved|changed|extended)\b",
    ))
});
