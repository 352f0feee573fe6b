//! Domain types: the enums of the schema's CHECK lists, slugs, and the quote matcher.
//!
//! Each enum parses from and prints as its snake_case database name, binds to SQL as TEXT and
//! serializes to CSV and JSON under the same name. This module knows nothing of the database,
//! the command line or output formats beyond those trait impls, and imports nothing from the
//! crate.

mod date;
mod quote;

pub use date::parse_date;
#[allow(unused_imports, reason = "the pledge dates move to partial dates next")]
pub use date::{PartialDate, Precision};
pub use quote::{
    Located, MAX_TEXT_BYTES, MIN_QUOTE_CHARS, MIN_QUOTE_WORDS, QuoteText, collapse, is_long_enough,
};

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use chrono::NaiveDate;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

/// A value that is not one of an enum's names, with the names it could have been.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    /// What kind of value it was meant to be (`status`, `formality`...).
    pub kind: &'static str,
    /// The value as given.
    pub value: String,
    /// The accepted names, in their declared order.
    pub expected: &'static [&'static str],
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} `{}` (expected one of: {})",
            self.kind,
            self.value,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for UnknownValue {}

/// Declares a TEXT enum with its names, parsing, printing and SQL/serde/clap glue.
macro_rules! text_enum {
    ($(#[$meta:meta])* $name:ident, $kind:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in declared order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every name, in declared order.
            pub const NAMES: &'static [&'static str] = &[$($text),+];

            /// The snake_case name used in the database, CSV and JSON.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownValue { kind: $kind, value: s.to_owned(), expected: Self::NAMES }),
                }
            }
        }

        impl ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.as_str()))
            }
        }

        impl FromSql for $name {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                value.as_str()?.parse().map_err(|e| FromSqlError::Other(Box::new(e)))
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl clap::ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                Self::ALL
            }
            fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
                Some(clap::builder::PossibleValue::new(self.as_str()))
            }
        }
    };
}

text_enum! {
    /// Where a pledge stands. PolitiFact's six ratings under plain names, plus `withdrawn` and
    /// `unverifiable`.
    Status, "status" {
        /// Made, not yet rated.
        Announced = "announced",
        InProgress = "in_progress",
        Stalled = "stalled",
        PartiallyKept = "partially_kept",
        Kept = "kept",
        Broken = "broken",
        /// The pledger publicly retracted it.
        Withdrawn = "withdrawn",
        Unverifiable = "unverifiable",
    }
}

impl Status {
    /// A final status ends the pledge: it can no longer be overdue.
    pub fn is_final(self) -> bool {
        matches!(self, Status::Kept | Status::PartiallyKept | Status::Broken | Status::Withdrawn)
    }

    /// Broken and withdrawn entries must say why.
    pub fn needs_reason(self) -> bool {
        matches!(self, Status::Broken | Status::Withdrawn)
    }
}

text_enum! {
    /// Why a pledge was broken or withdrawn.
    Reason, "reason" {
        PremiseChanged = "premise_changed",
        ConditionsNotMet = "conditions_not_met",
        Deprioritized = "deprioritized",
        BlockedExternal = "blocked_external",
        BusinessChange = "business_change",
        Superseded = "superseded",
        Unknown = "unknown",
    }
}

text_enum! {
    /// How binding a pledge was when made.
    Formality, "formality" {
        Verbal = "verbal",
        WrittenStatement = "written_statement",
        SignedAgreement = "signed_agreement",
        Contract = "contract",
        Law = "law",
    }
}

text_enum! {
    /// What a pledge target counts.
    Metric, "metric" {
        Jobs = "jobs",
        Businesses = "businesses",
        UsdInvestment = "usd_investment",
        UsdExports = "usd_exports",
        UsdPurchases = "usd_purchases",
        UsdRevenue = "usd_revenue",
        Units = "units",
        PeopleTrained = "people_trained",
    }
}

text_enum! {
    /// How a target's amount was qualified ("more than 1 million"); none means as stated.
    Qualifier, "qualifier" {
        MoreThan = "more_than",
        AtLeast = "at_least",
        UpTo = "up_to",
        About = "about",
    }
}

text_enum! {
    /// What kind of event happened.
    EventKind, "event kind" {
        Meeting = "meeting",
        Announcement = "announcement",
        Conference = "conference",
        RegulatoryListing = "regulatory_listing",
        Appointment = "appointment",
        TariffAction = "tariff_action",
        Retraction = "retraction",
        Other = "other",
    }
}

text_enum! {
    /// How much of an event's date is known.
    DatePrecision, "date precision" {
        Day = "day",
        Month = "month",
        Year = "year",
    }
}

impl DatePrecision {
    /// `date` with only the parts that are known: `2016`, `2017-01` or `2017-01-09` (all ISO
    /// 8601), so that a year-precision event stored as 2016-01-01 never reads as New Year's Day.
    pub fn format(self, date: NaiveDate) -> String {
        let pattern = match self {
            DatePrecision::Day => "%Y-%m-%d",
            DatePrecision::Month => "%Y-%m",
            DatePrecision::Year => "%Y",
        };
        date.format(pattern).to_string()
    }
}

text_enum! {
    /// How an event bears on a pledge.
    Relation, "relation" {
        MadeAt = "made_at",
        Progress = "progress",
        Setback = "setback",
        Context = "context",
        Retraction = "retraction",
    }
}

text_enum! {
    /// How a pledge bears on another pledge.
    Tie, "relation" {
        /// It is a piece of the other, bigger pledge: its figures are inside the other's.
        PartOf = "part_of",
        /// It announces the other, older pledge again: its figures are the other's.
        Restates = "restates",
        /// It holds only if a condition is met (the condition, and the pledge it names, if any).
        Conditional = "conditional",
        /// It replaces the other pledge, which no longer stands as it was made.
        Supersedes = "supersedes",
    }
}

text_enum! {
    /// What kind of document a source is.
    SourceKind, "source kind" {
        Article = "article",
        BlogPost = "blog_post",
        PressRelease = "press_release",
        Interview = "interview",
        Document = "document",
        Report = "report",
        WebPage = "web_page",
    }
}

text_enum! {
    /// The kind of record a piece of evidence is about; its key is that record's slug.
    Subject, "subject" {
        Company = "company",
        Official = "official",
        Category = "category",
        Event = "event",
        Pledge = "pledge",
    }
}

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
    pub company_id: i64,
    pub made_by_id: Option<i64>,
    pub made_to_id: Option<i64>,
    pub made_on: NaiveDate,
    pub made_at_id: Option<i64>,
    pub formality: Formality,
    pub deadline: Option<NaiveDate>,
    pub focus: Option<String>,
    pub note: Option<String>,
}

/// One quantified target of a pledge.
#[derive(Debug, Clone)]
pub struct NewTarget {
    pub pledge_id: i64,
    pub metric: Metric,
    pub amount: i64,
    pub qualifier: Option<Qualifier>,
}

/// A pledge's quantified target as stored: "more_than 1000000 jobs".
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Target {
    pub metric: Metric,
    /// Whole units of the metric.
    pub amount: i64,
    pub qualifier: Option<Qualifier>,
}

impl fmt::Display for Target {
    /// `jobs more_than 1000000`, or `businesses 1000000` without a qualifier.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.metric)?;
        if let Some(qualifier) = self.qualifier {
            write!(f, " {qualifier}")?;
        }
        write!(f, " {}", self.amount)
    }
}

/// Where a quote was found in its source's text (byte offsets), or `None` when the source has
/// no stored text and the quote is unverified.
pub type QuoteSpan = Option<Range<usize>>;

/// An entry to append to a pledge's status history, with its evidence.
#[derive(Debug, Clone)]
pub struct NewStatusEntry {
    pub pledge_id: i64,
    pub as_of: NaiveDate,
    pub status: Status,
    pub reason: Option<Reason>,
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

pub use crate::catalog::{Column, ColumnKind};

/// Why a slug is not valid, or `None` when it is: lowercase ASCII letters, digits and single
/// hyphens, not starting or ending with a hyphen.
pub fn slug_problem(slug: &str) -> Option<&'static str> {
    if slug.is_empty() {
        return Some("is empty");
    }
    if !slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
        return Some("may only hold lowercase letters a-z, digits and hyphens");
    }
    if slug.starts_with('-') || slug.ends_with('-') || slug.contains("--") {
        return Some("may not start or end with a hyphen, or hold two in a row");
    }
    None
}

/// Whether a pledge with this deadline and status is overdue on `on`.
pub fn is_overdue(deadline: Option<NaiveDate>, status: Option<Status>, on: NaiveDate) -> bool {
    deadline.is_some_and(|d| d < on) && !status.is_some_and(Status::is_final)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_round_trips_through_its_name() {
        for status in Status::ALL {
            assert_eq!(status.as_str().parse::<Status>(), Ok(*status));
        }
    }

    #[test]
    fn unknown_status_lists_the_valid_names() {
        let err = "kep".parse::<Status>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown status `kep` (expected one of: announced, in_progress, stalled, \
             partially_kept, kept, broken, withdrawn, unverifiable)"
        );
    }

    #[test]
    fn final_statuses_are_the_four_that_end_a_pledge() {
        let finals: Vec<_> =
            Status::ALL.iter().filter(|s| s.is_final()).map(|s| s.as_str()).collect();
        assert_eq!(finals, ["partially_kept", "kept", "broken", "withdrawn"]);
    }

    #[test]
    fn partial_dates_show_only_what_is_known() {
        let date = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
        assert_eq!(DatePrecision::Year.format(date), "2016");
        assert_eq!(DatePrecision::Month.format(date), "2016-01");
        assert_eq!(DatePrecision::Day.format(date), "2016-01-01");
    }

    #[test]
    fn targets_read_metric_qualifier_amount() {
        let jobs = Target {
            metric: Metric::Jobs,
            amount: 1_000_000,
            qualifier: Some(Qualifier::MoreThan),
        };
        assert_eq!(jobs.to_string(), "jobs more_than 1000000");
        let shops = Target { metric: Metric::Businesses, amount: 1_000_000, qualifier: None };
        assert_eq!(shops.to_string(), "businesses 1000000");
    }

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        assert_eq!(slug_problem("alibaba-1-million-us-jobs"), None);
        assert!(slug_problem("Alibaba").is_some());
        assert!(slug_problem("-x").is_some());
        assert!(slug_problem("a--b").is_some());
        assert!(slug_problem("").is_some());
    }
}
