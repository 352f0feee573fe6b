//! Relative dates that name no day of their own, left out once every date is found: "today" in an
//! idiom ("from today’s viewpoint", "the jobs of tomorrow", "the advances of tomorrow - today"),
//! "the same day" with the day it means written right after it ("On the same day, July 27"), and a
//! span counted from a past event the sentence has just told of ("completed its commitment within a
//! year": a year from the signing, not from the article) or from a grant whose past condition it
//! states, how long something has gone on ("has invested for over 3 years"), and a span of a
//! plant's working life ("over the next three to five years of operation"), or from a year or an
//! event named after it ("in four years from FY 2010"). It removes candidates and adds none.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::ascii_words;
use crate::draft::Candidate;

/// What follows an idiom's "today’s", with up to two words before its noun: the present as a
/// standpoint, not a day ("today's low-cost energy environment").
static IDIOM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)^[’']s (?:[a-z-]+ ){0,2}(?:viewpoint|perspective|standpoint|point of view|standards|terms|prices|world|money|dollars|markets?|industry|industries|economy|environment|society|era|age|generation|consumers?|technolog(?:y|ies)|needs|challenges)\b",
    ))
    .expect("a valid pattern")
});

/// What precedes "tomorrow" or "today" as the future or the present at large, not a day:
/// "the jobs of tomorrow", "the tech advances of tomorrow - today"; not "the end of today".
static TIMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)(?:\b(?P<part>end|close|start|beginning|morning|afternoon|evening|night|rest) )?\bof (?:tomorrow\s*[-–—,]?\s*)?$",
    ))
    .expect("a valid pattern")
});

/// A verb of completion close before a span: what the span counts from is that past event.
/// After "be" it is still to come ("expected to be completed within 40 months"), counted from
/// now: `to_come` tells it.
static COMPLETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)\b(?P<to_come>be )?(?:completed|finished|fulfilled|achieved|delivered|met|built|grounded|implemented|executed)\b[^.;:\n]*$",
    ))
    .expect("a valid pattern")
});

/// A condition told in the past close before a span: the span counts from the grant or deal the
/// condition was set in, not from the article ("A condition was that 100 jobs should be created
/// within a year").
static CONDITIONED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)\b(?:condition|requirement|stipulation|term)s? (?:was|were|had been) that\b[^.;:\n]*$",
    ))
    .expect("a valid pattern")
});

/// A verb in the present perfect and "for" right before a span: how long something has gone
/// on, up to now ("has invested ... in Vietnam for over 3 years"), not a horizon.
static LASTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)\b(?:has|have)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne)\b[^.;:\n]*\bfor $",
    ))
    .expect("a valid pattern")
});

/// What follows a span counted from the start of a plant's working life, not from the
/// article: "over the next three to five years of operation".
static WORKING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)^ of (?:its |their |the plant[’']s |the factory[’']s )?(?:operations?|production|service)\b",
    ))
    .expect("a valid pattern")
});

/// What follows a span counted from a year or an event it names, not from the article: "to
/// create 10,000 new jobs in four years from FY 2010", "within 36 months from the signing".
static COUNTED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)^ (?:from|after) (?:FY ?(?:19|20)\d{2}|(?:19|20)\d{2}|the (?:start|beginning|signing|completion|commencement|launch|date)\b)",
    ))
    .expect("a valid pattern")
});

/// Removes the relative dates of `out` that name no day of their own.
pub(super) fn drop(text: &str, out: &mut Vec<Candidate>) {
    let starts: Vec<usize> = out.iter().map(|c| c.start).collect();
    out.retain(|c| {
        let said = text[c.start..c.end].to_lowercase();
        let after = &text[c.end..];
        // "ahead of tomorrow's vote" is a day.
        let times = (said == "today" || said == "tomorrow")
            && !after.starts_with(['’', '\''])
            && TIMES.captures(&text[..c.start]).is_some_and(|t| t.name("part").is_none());
        let idiom = (said == "today" && IDIOM.is_match(after)) || times;
        let named_after = said.ends_with("same day")
            && after
                .strip_prefix(", ")
                .is_some_and(|rest| starts.contains(&(text.len() - rest.len())));
        let from = (c.start.saturating_sub(80)..=c.start)
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(c.start);
        let counted = said.starts_with("within")
            && (COMPLETED
                .captures(&text[from..c.start])
                .is_some_and(|done| done.name("to_come").is_none())
                || CONDITIONED.is_match(&text[from..c.start]));
        let lasted = said.ends_with("years") && LASTED.is_match(&text[from..c.start]);
        let span = said.ends_with("years") || said.ends_with("months");
        let working = span && WORKING.is_match(after);
        let counted = counted || span && COUNTED_FROM.is_match(after);
        !(idiom || named_after || counted || lasted || working)
    });
}

#[cfg(test)]
mod tests {
    use super::drop;
    use crate::draft::dates::date_at;

    fn kept(text: &str, spans: &[&str]) -> Vec<String> {
        let mut out: Vec<_> = spans
            .iter()
            .map(|s| {
                let start = text.find(s).expect("the span is in the text");
                date_at(start, start + s.len(), String::new(), String::new())
            })
            .collect();
        drop(text, &mut out);
        out.into_iter().map(|c| text[c.start..c.end].to_owned()).collect()
    }

    #[test]
    fn idioms_days_named_after_and_spans_from_a_past_event_are_left_out() {
        assert!(kept("is therefore from today’s viewpoint not needed", &["today"]).is_empty());
        assert!(kept("one of the key factors in today’s industry", &["today"]).is_empty());
        assert!(kept("in today's low-cost energy environment", &["today"]).is_empty());
        let text = "On the same day, July 27, four deals were signed";
        assert_eq!(kept(text, &["same day", "July 27"]), ["July 27"]);
        let text = "investing in the tech advances of tomorrow - today.";
        assert_eq!(kept(text, &["tomorrow", "today"]), Vec::<String>::new());
        assert!(kept("training the workforce of today", &["today"]).is_empty());
        let text = "YGH has invested in Vietnam for over 3 years.";
        assert!(kept(text, &["over 3 years"]).is_empty());
        assert!(kept("HCL completed its commitment within a year.", &["within a year"]).is_empty());
        let text = "jobs with potential to scale over the next three to five years of operation.";
        assert!(kept(text, &["over the next three to five years"]).is_empty());
        let text = "its plan to create 10,000 new jobs in four years from FY 2010 failed.";
        assert!(kept(text, &["in four years"]).is_empty());
        let text = "It must finish the plant within 36 months from the signing.";
        assert!(kept(text, &["within 36 months"]).is_empty());
    }

    #[test]
    fn other_todays_same_days_and_spans_are_kept() {
        assert_eq!(kept("The plant opens today’s first shift", &["today"]), ["today"]);
        let text = "It will run the plant for over 3 years.";
        assert_eq!(kept(text, &["over 3 years"]), ["over 3 years"]);
        assert_eq!(kept("It must pay by the end of today", &["today"]), ["today"]);
        assert_eq!(kept("Ahead of tomorrow's vote, today", &["tomorrow"]), ["tomorrow"]);
        assert_eq!(kept("The deal was signed the same day.", &["the same day"]), ["the same day"]);
        let text = "A condition was that 100 jobs should be created at the plant within a year.";
        assert!(kept(text, &["within a year"]).is_empty());
        let text = "The company will build the plant within a year.";
        assert_eq!(kept(text, &["within a year"]), ["within a year"]);
        let text = "Construction is expected to be completed within 40 months.";
        assert_eq!(kept(text, &["within 40 months"]), ["within 40 months"]);
        let text = "It will hire 500 over five years of which 200 this year.";
        assert_eq!(kept(text, &["over five years"]), ["over five years"]);
    }
}
