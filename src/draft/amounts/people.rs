//! Counts of people or jobs told with words that describe them between the figure and the noun
//! ("71 salaried employees", "up to 1,000 highly skilled workers", "11,000 skilled, unskilled
//! and semi-skilled persons"), which the fixed list of describing words in [`super::UNIT`] does
//! not cover.
//!
//! A describing word is known by its shape (an adverb, a participle, an adjective's ending, a
//! negating prefix, a hyphenated compound) or is one of a few nouns and irregular participles
//! ("highly paid") used as adjectives; words
//! of any other shape ("of the", "were") end the search, so the figure stays what it was.

use std::sync::LazyLock;

use crate::draft::pattern::{Captures, Regex};

use super::ascii_words;

/// Up to four describing words, joined by spaces, commas, "and", "or" or "&", then a noun
/// that counts people or jobs.
static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    let shape = r"[a-z]+(?:ly|ed|ing|al|ive|ic|ful|ary|ant|ent|ile|ian|an|ese|ish)|(?:un|non|semi|multi|well|high|low|over|under)[a-z]+|[a-z]+(?:-[a-z]+)+";
    let nouns = r"new|more|other|direct|indirect|high|low|value|skilled|local|tech|quality|factory|plant|site|union|entry|senior|junior|green|white|blue|core|key|top|extra|young|paid|made|known|private|public|sector|research|science";
    Regex::new(&ascii_words(&format!(
        r"^\s+(?:(?:{shape}|{nouns})(?:,?\s+(?:and\s+|or\s+|&\s+)?)){{1,4}}(?P<noun>job opportunities|employment opportunities|employment|jobs|job|workers|employees|staffers|staff|people|persons|positions|hires|engineers|technicians|professionals|researchers|operators|apprentices|roles)\b"
    )))
    .expect("a valid pattern")
});

/// Where a figure with nothing counted after it ends once the words describing the people or
/// jobs it counts are read, and the noun it counts ("persons" as people, job opportunities as
/// jobs). None for money, for a figure that already has a unit, and for a year on its own
/// ("in 2024 skilled workers" tells when, not how many).
pub(super) fn described(caps: &Captures, text: &str, end: usize) -> Option<(usize, String)> {
    if caps.name("unit").is_some() || caps.name("cur").is_some() {
        return None;
    }
    if super::a_year(caps) {
        return None;
    }
    // "The 650-employee facility": a count joined to its noun by a hyphen.
    for (joined, noun) in [("-employee", "employees"), ("-worker", "workers"), ("-job", "jobs")] {
        let after = text[end..].strip_prefix(joined);
        if after.is_some_and(|a| !a.starts_with(char::is_alphanumeric)) {
            return Some((end + joined.len(), noun.to_owned()));
        }
    }
    // "over 600 Zambians": a country's people counted.
    let next = text[end..].strip_prefix(' ').map(|r| {
        let word = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        (word, 1 + word.len())
    });
    if let Some((word, len)) = next
        && crate::draft::parties::people_of(word)
    {
        return Some((end + len, "people".to_owned()));
    }
    let found = DESCRIBED.captures(&text[end..])?;
    let noun = found.name("noun")?.as_str();
    let noun = match noun {
        "persons" => "people",
        "job" | "job opportunities" | "employment opportunities" | "employment" => "jobs",
        "staffers" => "staff",
        other => other,
    };
    Some((end + found.get(0)?.end(), noun.to_owned()))
}

/// Words before a count of people that make it a place's population or a crowd, not a
/// workforce: "a town with about 6,000 people", "home to 40,000 people", "a crowd of 2,000".
static POPULATION: LazyLock<Regex> = LazyLock::new(|| {
    let places = r"town|city|village|community|county|country|nation|island|region|district|municipality|province|suburb|metropolitan area|metro area|neighbou?rhood";
    Regex::new(&ascii_words(&format!(
        r"(?i)\b(?:(?:{places})\s+(?:of|with|that has|which has)|home\s+to|(?:a|its|the|total)\s+population\s+of|populated\s+by|(?:crowds?|audience|gathering|rally)\s+of|attended\s+by|attendance\s+of)\s+$"
    )))
    .expect("a valid pattern")
});

/// Words after a count of people that tell where they live or that they came to watch:
/// "6,000 people live there", "2,000 people attended".
static GATHERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&ascii_words(
        r"(?i)^\s+(?:live|lives|lived|reside|resides|resided|inhabit|attended|gathered|turned out|rallied|marched|protested|watched|cheered)\b",
    ))
    .expect("a valid pattern")
});

/// Whether the count of people at `start..end` (its qualifier included), valued `value`, is
/// a population or a gathering rather than people a company employs or hires. Jobs, workers
/// and money are never one.
pub(super) fn a_population(text: &str, start: usize, end: usize, value: &str) -> bool {
    let bare = value.rsplit(' ').next().is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    let counts = value.ends_with(" people") || bare;
    counts && (POPULATION.is_match(&text[..start]) || GATHERED.is_match(&text[end..]))
}

/// Whether a bare figure at `start` is a share of a count just named: "1,263 new jobs, of which
/// 152 are qualified", "300 workers, of whom 40 are engineers", "over 6500 people (of them 3000
/// directly by Kia and another 3500 by its vendors)"; a percentage is no count.
pub(super) fn a_share(text: &str, start: usize, end: usize) -> bool {
    static SHARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(r"(?i)(?:,\s+(?:of which|of whom)|[(,]\s*of them)\s+$"))
            .expect("a valid pattern")
    });
    let rest = text[end..].trim_start();
    let before = &text[..start];
    // The next share after the first: "and another 3500", within the same parenthesis.
    let next = before.strip_suffix("and another ").is_some_and(|head| {
        let from = head.char_indices().rev().nth(80).map_or(0, |(i, _)| i);
        let clause = &head[from..];
        let opened = clause.rfind("(of them").or_else(|| clause.rfind(", of which"));
        opened.is_some_and(|at| !clause[at..].contains([')', '.']))
    });
    (next || SHARE.is_match(before)) && !rest.starts_with(['%', '‰']) && !rest.starts_with("per")
}

/// Whether a bare figure is a whole told before its parts or its noun, by what follows it:
/// "around 330 jobs, 265 of which will be in the Highlands", "156 “well paid manufacturing jobs
/// on site”" (the quotation parts the figure from its noun), "around 7,000 jobs direct and
/// around 10,000 indirect".
pub(super) fn a_whole(after: &str) -> bool {
    static WHOLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"(?i)^\s+(?:of (?:which|whom)\b|(?:direct|indirect|permanent|temporary)\s*(?:[,.;)]|$|and\b|or\b))",
        ))
        .expect("a valid pattern")
    });
    // The quoted phrase, read in code: a pattern of any character up to sixty times is costly.
    let quoted = after
        .strip_prefix(" “")
        .or_else(|| after.strip_prefix(" \""))
        .and_then(|rest| rest.split(['”', '"', '\n']).next())
        .is_some_and(|phrase| {
            phrase.len() <= 80
                && phrase.split_whitespace().any(|w| ["jobs", "positions", "roles"].contains(&w))
        });
    quoted || WHOLE.is_match(after)
}

/// Whether a bare figure counts the jobs a company keeps beside those it adds, by the verb
/// before it and "others" after it ("create 20 jobs and retain 150 others"), or by "a further"
/// before it and the verb after it ("90 extra steel jobs will be created and a further 477
/// safeguarded").
pub(super) fn the_others(before: &str, after: &str) -> bool {
    static FURTHER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(r"(?i)\b(?:a further|another)\s+$")).expect("a valid pattern")
    });
    static KEPT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"(?i)^\s+(?:safeguarded|retained|protected|saved|secured|created|kept)\b",
        ))
        .expect("a valid pattern")
    });
    static KEPT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"(?i)\b(?:retain|retains|retaining|keep|keeps|keeping|maintain|maintaining|preserve|save|create|add|hire)\s+$",
        ))
        .expect("a valid pattern")
    });
    (after.starts_with(" others") && KEPT.is_match(before))
        || (FURTHER.is_match(before) && KEPT_AFTER.is_match(after))
}

/// Whether an amount at `start` is a ratio's part, told after "for each" or "for every" in
/// its clause: "for each direct one it will create three or four indirect jobs".
pub(super) fn a_ratio(text: &str, start: usize) -> bool {
    let from =
        (start.saturating_sub(80)..=start).find(|&i| text.is_char_boundary(i)).unwrap_or(start);
    let before = text[from..start].to_lowercase();
    let Some(at) = before.rfind("for each ").or_else(|| before.rfind("for every ")) else {
        return false;
    };
    let whole_word = at == 0 || !before[..at].ends_with(char::is_alphanumeric);
    whole_word && !before[at..].contains(['.', ';', ',', ':', '\n'])
}

/// Whether a bare figure at `start` is the size a workforce is or will be, named just before:
/// "a workforce of up to 100", "the workforce has more than doubled to 60", and the people a
/// plant will employ: "in one year employment of more than 110 is planned", "increase the
/// number of people employed in Raheen to 800", "a factory that could employ as many as
/// 13,000.", "the 2,500 already employed".
pub(super) fn a_workforce(text: &str, start: usize, end: usize) -> bool {
    static WORKFORCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&ascii_words(
            r"(?i)\b(?:workforce|headcount|employment|number\s+of\s+(?:people|workers|employees|staff))\b(?:\s+[a-z]+){0,4}\s+(?:of|to|below|above)\s+$|\b(?P<employ>employs?)\s+(?:as\s+many\s+as\s+|up\s+to\s+|about\s+|more\s+than\s+)?$",
        ))
        .expect("a valid pattern")
    });
    let rest = text[end..].trim_start();
    // A figure right after "employ" is a workforce only where it ends its clause: "employ 30
    // percent" and "employ 300 engineers" count something else or are read with their noun.
    let counted = WORKFORCE
        .captures(&text[..start])
        .is_some_and(|caps| caps.name("employ").is_none() || rest.starts_with(['.', ',', ';']));
    let employed =
        rest.strip_prefix("already").map_or(rest, str::trim_start).starts_with("employed");
    (counted || employed) && !rest.starts_with(['%', '‰']) && !rest.starts_with("per")
}

/// Whether a count ends in "job" written alone after a figure of more than one, which makes the
/// word a part of a name or of a noun it describes, not the noun counted: "Six more Job
/// Development Investment Grant projects", "three job fairs" ("500-job plant" and "one new
/// job" count jobs, and so does "job" that ends its clause: "safeguard up to 280 job.").
pub(super) fn a_described_job(span: &str, after: &str) -> bool {
    let mut words = span.split_whitespace();
    let last = words.next_back().unwrap_or_default();
    let single = span
        .split_whitespace()
        .any(|w| ["one", "1", "a", "an", "single"].contains(&w.to_lowercase().as_str()));
    let ends = after.is_empty() || after.starts_with(['.', ',', ';', ':', ')', '\n']);
    last.eq_ignore_ascii_case("job") && words.next().is_some() && !single && !ends
}
