//! Domain types: the enums of the schema's CHECK lists, slugs, and the quote matcher.
//!
//! Each enum parses from and prints as its snake_case database name, binds to SQL as TEXT and
//! serializes to CSV and JSON under the same name. This module knows nothing of the database,
//! the command line or output formats beyond those trait impls, and imports nothing from the
//! crate.

mod date;
mod iso3166;
mod quote;
mod rows;
mod target;

pub use date::{PartialDate, parse_date};
pub use iso3166::check_government;
pub use quote::{
    Located, MAX_TEXT_BYTES, MIN_QUOTE_CHARS, MIN_QUOTE_WORDS, QuoteText, collapse, is_long_enough,
};
pub use rows::*;
pub use target::{Horizon, Quantity, Target, claim_field, is_currency, thousands};

use std::fmt;
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
    /// How a party takes part in a pledge.
    PartyRole, "party role" {
        /// Makes the pledge: a company or a government.
        Pledger = "pledger",
        /// A person the pledge was made through.
        MadeBy = "made_by",
        /// A recipient: a person or a government.
        MadeTo = "made_to",
    }
}

text_enum! {
    /// Where a pledge stands. PolitiFact's six ratings under plain names, plus `withdrawn` and
    /// `unverifiable`.
    Status, "status" {
        /// Made, not yet rated.
        Announced = "announced",
        InProgress = "in_progress",
        Stalled = "stalled",
        /// Still under way, but the target was cut.
        ScaledBack = "scaled_back",
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
    /// How binding a pledge was when made, weakest first.
    Formality, "formality" {
        /// Said aloud: a speech, a meeting, an interview.
        Verbal = "verbal",
        /// Put in writing by the pledger alone: a press release, a letter, a post.
        WrittenStatement = "written_statement",
        /// A non-binding memorandum of understanding or letter of intent between the parties.
        Memorandum = "memorandum",
        /// A non-binding preliminary agreement on terms before a final award.
        PreliminaryTerms = "preliminary_terms",
        /// An agreement signed by both sides.
        SignedAgreement = "signed_agreement",
        /// A public programme's final award, with its terms fixed.
        FinalAward = "final_award",
        /// An enforceable contract.
        Contract = "contract",
        /// Written into law or regulation.
        Law = "law",
    }
}

text_enum! {
    /// What a pledge promises, above all.
    PledgeKind, "kind" {
        /// Money put into plants, offices or companies.
        Investment = "investment",
        /// Jobs created or kept.
        Jobs = "jobs",
        /// Goods or services bought.
        Purchase = "purchase",
        /// A target for trade: exports, imports, market access.
        TradeTarget = "trade_target",
        Other = "other",
    }
}

impl PledgeKind {
    /// The kind a pledge's targets suggest, as the upgrade of older databases derived it: an
    /// investment target first, then jobs, purchases, exports; otherwise `other`.
    pub fn from_metrics(metrics: &[Metric]) -> PledgeKind {
        let by_metric = [
            (Metric::Investment, PledgeKind::Investment),
            (Metric::Jobs, PledgeKind::Jobs),
            (Metric::Purchases, PledgeKind::Purchase),
            (Metric::Exports, PledgeKind::TradeTarget),
        ];
        by_metric
            .iter()
            .find(|(metric, _)| metrics.contains(metric))
            .map_or(PledgeKind::Other, |(_, kind)| *kind)
    }
}

text_enum! {
    /// What a pledge target counts: a number of things, or money (investment, exports,
    /// purchases, revenue) in a currency.
    Metric, "metric" {
        Jobs = "jobs",
        Businesses = "businesses",
        Investment = "investment",
        Exports = "exports",
        Purchases = "purchases",
        Revenue = "revenue",
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

/// Whether a pledge with this deadline and status is overdue on `on`: the deadline's last day
/// is before `on` and the status is not final.
pub fn is_overdue(deadline: Option<PartialDate>, status: Option<Status>, on: NaiveDate) -> bool {
    deadline.is_some_and(|d| d.passed_on(on)) && !status.is_some_and(Status::is_final)
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
             scaled_back, partially_kept, kept, broken, withdrawn, unverifiable)"
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
    fn a_kind_follows_the_first_of_investment_jobs_purchases_exports() {
        use Metric::*;
        assert_eq!(PledgeKind::from_metrics(&[Jobs, Investment]), PledgeKind::Investment);
        assert_eq!(PledgeKind::from_metrics(&[Businesses, Jobs]), PledgeKind::Jobs);
        assert_eq!(PledgeKind::from_metrics(&[Exports, Purchases]), PledgeKind::Purchase);
        assert_eq!(PledgeKind::from_metrics(&[Exports]), PledgeKind::TradeTarget);
        assert_eq!(PledgeKind::from_metrics(&[PeopleTrained]), PledgeKind::Other);
        assert_eq!(PledgeKind::from_metrics(&[]), PledgeKind::Other);
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
