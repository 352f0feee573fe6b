//! The rows a write stores, one type per table, as the loader builds them from seed files,
//! imports and command-line flags: what each record holds once its references are resolved.

use std::ops::Range;

use chrono::NaiveDate;

use super::*;

/// A source to store: an article with its text, or a URL-only document.
#[derive(Debug, Clone)]
pub struct NewSource {
    pub slug: String,
    pub kind: SourceKind,
    pub title: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub published_on: Option<NaiveDate>,
    pub retrieved_on: Option<NaiveDate>,
    /// The seed file the text came from, relative to the articles folder.
    pub file: Option<String>,
    /// The full text; its hash is stored beside it.
    pub body: Option<String>,
    pub note: Option<String>,
}

/// A company to store.
#[derive(Debug, Clone)]
pub struct NewCompany {
    pub slug: String,
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub parent_id: Option<i64>,
    pub note: Option<String>,
}

/// A person to store; `name` is `None` when the source does not name them.
#[derive(Debug, Clone)]
pub struct NewOfficial {
    pub slug: String,
    pub name: Option<String>,
    pub note: Option<String>,
}

/// A title an official holds for a company, a government or another organization.
#[derive(Debug, Clone)]
pub struct NewTitle {
    pub official_id: i64,
    pub title: String,
    pub company_id: Option<i64>,
    pub government: Option<String>,
    pub organization: Option<String>,
    pub valid_from: Option<NaiveDate>,
    pub valid_to: Option<NaiveDate>,
}

/// A product category to store.
#[derive(Debug, Clone)]
pub struct NewCategory {
    pub slug: String,
    pub name: String,
    pub parent_id: Option<i64>,
}

/// An event to store.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub slug: String,
    pub kind: EventKind,
    pub title: String,
    pub start_on: Option<NaiveDate>,
    pub end_on: Option<NaiveDate>,
    pub date_precision: Option<DatePrecision>,
    pub place: Option<String>,
    pub duration_minutes: Option<i64>,
    pub note: Option<String>,
}

/// Who took part in an event: an official or a company, in a role.
#[derive(Debug, Clone)]
pub struct NewParticipant {
    pub event_id: i64,
    pub official_id: Option<i64>,
    pub company_id: Option<i64>,
    pub role: String,
}

/// A pledge to store.
#[derive(Debug, Clone)]
pub struct NewPledge {
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    pub kind: PledgeKind,
    /// `None` when no source dates the pledge.
    pub made_on: Option<PartialDate>,
    pub made_at_id: Option<i64>,
    pub formality: Formality,
    /// Met by its last day.
    pub deadline: Option<PartialDate>,
    pub focus: Option<String>,
    pub note: Option<String>,
}

/// A government to store: an ISO 3166 country or subdivision code and its name.
#[derive(Debug, Clone)]
pub struct NewGovernment {
    pub code: String,
    pub name: String,
    pub note: Option<String>,
}

/// A party to a pledge: exactly one of the company, the government and the person is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewParty {
    pub pledge_id: i64,
    pub role: PartyRole,
    pub company_id: Option<i64>,
    pub government_id: Option<i64>,
    pub official_id: Option<i64>,
}

/// One quantified target of a pledge.
#[derive(Debug, Clone)]
pub struct NewTarget {
    pub pledge_id: i64,
    pub target: Target,
}

/// Where a quote was found in its source's text (byte offsets), or `None` when the source has
/// no stored text and the quote is unverified.
pub type QuoteSpan = Option<Range<usize>>;

/// An entry to append to a pledge's status history, with its evidence.
#[derive(Debug, Clone)]
pub struct NewStatusEntry {
    pub pledge_id: i64,
    pub as_of: PartialDate,
    pub status: Status,
    pub reason: Option<Reason>,
    pub source_id: i64,
    pub quote: String,
    pub span: QuoteSpan,
    pub note: Option<String>,
}

/// A dated measurement of what was delivered against a target, with its evidence; or, as a
/// revision, the target as revised on a date (the original is kept).
#[derive(Debug, Clone)]
pub struct NewTargetFact {
    pub pledge_id: i64,
    pub metric: Metric,
    pub label: String,
    pub as_of: PartialDate,
    pub quantity: Quantity,
    pub source_id: i64,
    pub quote: String,
    pub span: QuoteSpan,
    pub note: Option<String>,
}

/// A relation to append between two pledges, with its evidence.
#[derive(Debug, Clone)]
pub struct NewRelation {
    pub pledge_id: i64,
    pub relation: Tie,
    /// The other pledge; only a conditional relation may have none.
    pub other_id: Option<i64>,
    /// What a conditional pledge depends on.
    pub condition: Option<String>,
    pub source_id: i64,
    pub quote: String,
    pub span: QuoteSpan,
    pub note: Option<String>,
}

/// A claim to store: `source_id` says, in `quote`, that `field` of `subject`/`key` is `value`.
#[derive(Debug, Clone)]
pub struct NewEvidence {
    pub subject: Subject,
    pub key: String,
    pub field: String,
    pub value: Option<String>,
    pub source_id: i64,
    pub quote: String,
    pub span: QuoteSpan,
    pub speaker_id: Option<i64>,
    pub preferred: bool,
    pub preferred_reason: Option<String>,
    pub note: Option<String>,
}
