//! The command-line pieces that several commands share: the pledge filters, date options and
//! the "not found" error for a slug.

use anyhow::{Result, anyhow};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;

use crate::db;
use crate::db::filter::PledgeFilter;
use crate::model::Status;

/// The pledge filters shared by `list`, `status` and `timeline`. They combine: a pledge must
/// pass every one given.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterArgs {
    /// Only pledges with this status on the date (repeat, or separate with commas, for any of
    /// several)
    #[arg(long, value_name = "STATUS", value_delimiter = ',')]
    status: Vec<Status>,

    /// Only pledges of this company or its subsidiaries (a company slug)
    #[arg(long, value_name = "COMPANY")]
    company: Option<String>,

    /// Only pledges made by or made to this official (an official slug)
    #[arg(long, value_name = "OFFICIAL")]
    official: Option<String>,

    /// Only pledges in this product category or one beneath it (a category slug)
    #[arg(long, value_name = "CATEGORY")]
    category: Option<String>,

    /// Only pledges made on or after this date
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    made_from: Option<NaiveDate>,

    /// Only pledges made on or before this date
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    made_to: Option<NaiveDate>,

    /// Only open pledges: no status yet, or one that is not final
    #[arg(long, conflicts_with = "final_only")]
    open: bool,

    /// Only pledges with a final status: kept, partially_kept, broken or withdrawn
    #[arg(long = "final")]
    final_only: bool,

    /// Only overdue pledges: the deadline has passed and the status is not final
    #[arg(long, conflicts_with = "final_only")]
    overdue: bool,

    /// At most N pledges (the earliest made first)
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
}

impl FilterArgs {
    /// The filter these flags ask for, with slugs looked up; an unknown slug is an error that
    /// names the command listing the valid ones.
    pub fn resolve(&self, conn: &Connection) -> Result<PledgeFilter> {
        let company = self.company.as_deref();
        let official = self.official.as_deref();
        let category = self.category.as_deref();
        Ok(PledgeFilter {
            pledge_id: None,
            statuses: self.status.clone(),
            company_id: lookup(company, "company", "companies", |s| db::companies::id(conn, s))?,
            official_id: lookup(official, "official", "officials", |s| db::officials::id(conn, s))?,
            category_id: lookup(category, "category", "categories", |s| {
                db::categories::id(conn, s)
            })?,
            made_from: self.made_from,
            made_to: self.made_to,
            open: self.open,
            final_only: self.final_only,
            overdue: self.overdue,
            limit: self.limit,
        })
    }
}

/// The id of the record named `slug`, when one is given.
fn lookup(
    slug: Option<&str>,
    kind: &str,
    listing: &str,
    id: impl FnOnce(&str) -> Result<Option<i64>>,
) -> Result<Option<i64>> {
    let Some(slug) = slug else { return Ok(None) };
    match id(slug)? {
        Some(id) => Ok(Some(id)),
        None => Err(not_found(kind, slug, listing)),
    }
}

/// The error for a slug that names nothing: ``no pledge `nope` (see `pledge list`)``.
pub fn not_found(kind: &str, slug: &str, listing: &str) -> anyhow::Error {
    anyhow!("no {kind} `{slug}` (see `pledge {listing}`)")
}

/// Parses an ISO 8601 calendar date (`2017-01-09`) for options.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    crate::model::parse_date(text).ok_or_else(|| {
        format!("`{text}` is not a date: use YYYY-MM-DD, a day that exists (2017-01-09)")
    })
}

/// Parses a UTC time (`2026-11-21T09:30:00Z`) for options.
pub fn parse_time(text: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| format!("`{text}` is not a time: use YYYY-MM-DDTHH:MM:SSZ"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_exist() {
        assert!(parse_date("2017-02-30").is_err());
        assert!(parse_date("2017-1-9").is_err());
        assert_eq!(parse_date("2017-01-09"), Ok(NaiveDate::from_ymd_opt(2017, 1, 9).unwrap()));
    }
}
