//! Reads a story file (the TOML that `pledge draft` writes, edited by a person) into typed
//! tables, each value with its place in the file so that every problem can name its line.
//!
//! Only the subset `apply` records is accepted: an unknown key is refused, not ignored, so that
//! a misspelt field never silently drops a fact. The format is described in `docs/apply.md`.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use toml::Spanned;

/// A whole story file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub source: Option<Spanned<Source>>,
    #[serde(default)]
    pub company: Vec<Spanned<Party>>,
    #[serde(default)]
    pub person: Vec<Spanned<Party>>,
    #[serde(default)]
    pub government: Vec<Spanned<Government>>,
    #[serde(default)]
    pub pledge: Vec<Spanned<Pledge>>,
    #[serde(default)]
    pub status: Vec<Spanned<StatusChange>>,
    #[serde(default)]
    pub progress: Vec<Spanned<Figure>>,
    #[serde(default)]
    pub revision: Vec<Spanned<Figure>>,
    #[serde(default)]
    pub relation: Vec<Spanned<Relation>>,
    #[serde(default)]
    pub event: Vec<Spanned<Event>>,
    /// Loose mentions are drafted for a person to place; `apply` refuses them so that nothing
    /// proposed is lost without a word.
    #[serde(default)]
    pub mention: Vec<Spanned<toml::Value>>,
}

/// `[source]`: where the facts come from.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub slug: Option<Spanned<String>>,
    pub file: Option<Spanned<String>>,
    pub url: Option<String>,
    pub title: Option<Spanned<String>>,
    pub publisher: Option<String>,
    pub published_on: Option<Spanned<toml::Value>>,
}

/// `[[company]]` or `[[person]]`: a record the database holds (`ref`) or one to create (`name`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    #[serde(rename = "ref")]
    pub reference: Option<Spanned<String>>,
    pub name: Option<Spanned<String>>,
    /// The sentence that names it: kept for the reader, not recorded.
    #[allow(dead_code, reason = "read so that a story may keep the words that name a party")]
    pub quote: Option<String>,
}

/// `[[government]]`: by `ref` (its ISO 3166 code) or `name`; a new one needs its `code`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Government {
    #[serde(rename = "ref")]
    pub reference: Option<Spanned<String>>,
    pub name: Option<Spanned<String>>,
    pub code: Option<Spanned<String>>,
    #[allow(dead_code, reason = "read so that a story may keep the words that name a party")]
    pub quote: Option<String>,
}

/// `[[pledge]]`: one pledge, its quote backing every fact without a quote of its own.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pledge {
    pub slug: Option<Spanned<String>>,
    pub title: Option<Spanned<String>>,
    pub description: Option<String>,
    pub quote: Option<Spanned<String>>,
    pub company: Option<Spanned<Names>>,
    pub made_by: Option<Spanned<Names>>,
    pub made_to: Option<Spanned<Names>>,
    pub made_on: Option<Spanned<toml::Value>>,
    /// The day, month or year by which the pledge is to be met.
    pub deadline: Option<Spanned<toml::Value>>,
    /// The words that give the deadline, when the pledge's quote does not.
    pub deadline_quote: Option<Spanned<String>>,
    pub kind: Option<Spanned<String>>,
    pub formality: Option<Spanned<String>>,
    #[serde(default)]
    pub target: Vec<Spanned<Target>>,
    #[serde(default)]
    pub date: Vec<Spanned<Dated>>,
    #[serde(default)]
    pub category: Vec<Spanned<Category>>,
}

/// `[[pledge.target]]`: an amount as the article writes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub metric: Option<Spanned<String>>,
    pub label: Option<String>,
    pub amount: Option<Spanned<toml::Value>>,
    pub amount_high: Option<Spanned<toml::Value>>,
    pub qualifier: Option<Spanned<String>>,
    pub unit: Option<Spanned<String>>,
    pub currency: Option<String>,
    pub quote: Option<Spanned<String>>,
}

/// `[[pledge.date]]`: when the pledge was made, with the words that say so.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dated {
    pub date: Option<Spanned<toml::Value>>,
    pub quote: Option<Spanned<String>>,
}

/// `[[pledge.category]]`: a product category the pledge covers.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    #[serde(rename = "ref")]
    pub reference: Option<Spanned<String>>,
    pub name: Option<Spanned<String>>,
    pub quote: Option<Spanned<String>>,
}

/// `[[status]]`: a change of a pledge's status, as `pledge update` records it. `draft` writes
/// the table with the sentence's `quote`, its parties and the dates and amounts in it; a person
/// adds the pledge and the status.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// The pledge, by `pledge` or, as a party's slug is given, by `ref`
    #[serde(alias = "ref")]
    pub pledge: Option<Spanned<String>>,
    pub status: Option<Spanned<String>>,
    pub as_of: Option<Spanned<toml::Value>>,
    pub reason: Option<Spanned<String>>,
    pub note: Option<String>,
    pub quote: Option<Spanned<String>>,
    /// The day of the change, with the words that say it (the entry keeps the sentence).
    #[serde(default)]
    pub date: Vec<Spanned<Dated>>,
    /// The parties and figures the sentence names, as drafted: kept for the reader; the pledge
    /// holds its parties, and a figure is recorded by a `[[progress]]` or `[[revision]]`.
    #[allow(dead_code, reason = "read so that a drafted status keeps its parties")]
    pub made_by: Option<Names>,
    #[allow(dead_code, reason = "read so that a drafted status keeps its parties")]
    pub made_to: Option<Names>,
    #[allow(dead_code, reason = "read so that a drafted status keeps its figures")]
    #[serde(default)]
    pub target: Vec<toml::Value>,
    #[allow(dead_code, reason = "read so that a drafted status keeps its categories")]
    #[serde(default)]
    pub category: Vec<toml::Value>,
}

/// `[[progress]]` or `[[revision]]`: a figure about a target of a pledge, as of a date, as
/// `pledge add progress` and `pledge add revision` record them; the amount's keys are a
/// target's.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The pledge, by `pledge` or, as a party's slug is given, by `ref`
    #[serde(alias = "ref")]
    pub pledge: Option<Spanned<String>>,
    pub metric: Option<Spanned<String>>,
    pub label: Option<String>,
    pub as_of: Option<Spanned<toml::Value>>,
    pub amount: Option<Spanned<toml::Value>>,
    pub amount_high: Option<Spanned<toml::Value>>,
    pub qualifier: Option<Spanned<String>>,
    pub unit: Option<Spanned<String>>,
    pub currency: Option<String>,
    pub quote: Option<Spanned<String>>,
    pub note: Option<String>,
}

/// `[[relation]]`: how a pledge bears on another, as `pledge add relation` records it: one of
/// `part_of`, `restates`, `supersedes` (another pledge) or `condition` (words of one's own,
/// with the pledge it is about as `on`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// The pledge, by `pledge` or, as a party's slug is given, by `ref`
    #[serde(alias = "ref")]
    pub pledge: Option<Spanned<String>>,
    pub part_of: Option<Spanned<String>>,
    pub restates: Option<Spanned<String>>,
    pub supersedes: Option<Spanned<String>>,
    pub condition: Option<Spanned<String>>,
    pub on: Option<Spanned<String>>,
    pub quote: Option<Spanned<String>>,
    pub note: Option<String>,
}

/// `[[event]]`: an event, its participants and the pledges it bears on, as `pledge add event`
/// records them; each key of a relation (`made_at`, `progress`...) lists the pledges it has.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub slug: Option<Spanned<String>>,
    pub title: Option<Spanned<String>>,
    pub kind: Option<Spanned<String>>,
    pub date: Option<Spanned<toml::Value>>,
    pub end_on: Option<Spanned<toml::Value>>,
    pub place: Option<Spanned<String>>,
    pub duration_minutes: Option<Spanned<u32>>,
    pub participants: Option<Spanned<Names>>,
    pub made_at: Option<Spanned<Names>>,
    pub progress: Option<Spanned<Names>>,
    pub setback: Option<Spanned<Names>>,
    pub context: Option<Spanned<Names>>,
    pub retraction: Option<Spanned<Names>>,
    pub quote: Option<Spanned<String>>,
    pub note: Option<String>,
}

/// Reads `text` as a story file; the error is the parser's message and the byte where it is.
pub fn parse(text: &str) -> Result<Story, (String, usize)> {
    toml::from_str(text).map_err(|err| {
        let at = err.span().map(|s| s.start).unwrap_or(0);
        (err.message().trim().to_owned(), at)
    })
}

/// The line (from 1) that byte `at` of `text` is on.
pub fn line_at(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1
}

/// A TOML value written as text for a date (`2017-03-06` as a date or a string, `2017`).
pub fn date_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::Datetime(date) => Some(date.to_string()),
        toml::Value::String(text) => Some(text.trim().to_owned()),
        toml::Value::Integer(year) => Some(year.to_string()),
        _ => None,
    }
}

/// A TOML value as a whole amount (`20000000000`, or `"20000000000"`).
pub fn amount_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::Integer(n) if *n >= 0 => Some(n.to_string()),
        toml::Value::Float(f) if *f >= 0.0 && f.fract() == 0.0 && *f < 1e18 => {
            Some(format!("{f:.0}"))
        }
        toml::Value::String(text)
            if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(text.clone())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_from_one_and_bytes_past_the_end_are_on_the_last() {
        assert_eq!(line_at("a\nb\nc", 0), 1);
        assert_eq!(line_at("a\nb\nc", 2), 2);
        assert_eq!(line_at("a\nb\nc", 99), 3);
    }

    #[test]
    fn amounts_are_whole_numbers_without_separators() {
        let amount = |text: &str| amount_text(&toml::from_str::<toml::Table>(text).unwrap()["a"]);
        assert_eq!(amount("a = 45000").as_deref(), Some("45000"));
        assert_eq!(amount("a = 2e10").as_deref(), Some("20000000000"));
        assert_eq!(amount("a = \"3000\"").as_deref(), Some("3000"));
        assert_eq!(amount("a = \"3,000\""), None);
        assert_eq!(amount("a = 1.5"), None);
        assert_eq!(amount("a = -4"), None);
    }

    #[test]
    fn dates_are_toml_dates_strings_or_years() {
        let date = |text: &str| date_text(&toml::from_str::<toml::Table>(text).unwrap()["d"]);
        assert_eq!(date("d = 2017-03-06").as_deref(), Some("2017-03-06"));
        assert_eq!(date("d = \"2017-03\"").as_deref(), Some("2017-03"));
        assert_eq!(date("d = 2017").as_deref(), Some("2017"));
        assert_eq!(date("d = true"), None);
    }

    #[test]
    fn an_unknown_key_is_refused_where_it_is() {
        let text = "[source]\ntitle = \"t\"\n\n[[pledge]]\ntitel = \"x\"\n";
        let (message, at) = parse(text).unwrap_err();
        assert!(message.contains("unknown field `titel`"), "{message}");
        assert_eq!(line_at(text, at), 5);
    }
}

/// One name, or a list of them: `made_to = "Indiana"` or `made_to = ["Donald Trump", "Mike
/// Pence"]`.
#[derive(Debug)]
pub struct Names(pub Vec<String>);

impl<'de> Deserialize<'de> for Names {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrMany;
        impl<'de> Visitor<'de> for OneOrMany {
            type Value = Names;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a name, or a list of names such as [\"Donald Trump\", \"Mike Pence\"]")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Names, E> {
                Ok(Names(vec![name.to_owned()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Names, A::Error> {
                let mut names = Vec::new();
                while let Some(name) = seq.next_element::<String>()? {
                    names.push(name);
                }
                Ok(Names(names))
            }
        }
        deserializer.deserialize_any(OneOrMany)
    }
}
