//! The command-line pieces that several commands share: the pledge filters, date options and
//! the lookup of records by slug, name or alias, with its errors.

use anyhow::{Result, anyhow};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;

use crate::db;
use crate::db::filter::PledgeFilter;
use crate::db::names::{self, Kind, Named};
use crate::model::{Formality, PartialDate, PledgeKind, Status};

/// The pledge filters shared by `list`, `status` and `timeline`. They combine: a pledge must
/// pass every one given.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterArgs {
    /// Only pledges with this status on the date (repeat, or separate with commas, for any of
    /// several)
    #[arg(long, value_name = "STATUS", value_delimiter = ',')]
    status: Vec<Status>,

    /// Only pledges of this company or its subsidiaries (its slug, name or alias)
    #[arg(long, value_name = "COMPANY")]
    company: Option<String>,

    /// Only pledges made by or made to this official (their slug, name or alias)
    #[arg(long, value_name = "OFFICIAL")]
    official: Option<String>,

    /// Only pledges made by or to this government: its ISO 3166 code (US also takes in US-IN)
    #[arg(long, value_name = "CODE")]
    government: Option<String>,

    /// Only pledges in this product category or one beneath it (its slug, name or alias)
    #[arg(long, value_name = "CATEGORY")]
    category: Option<String>,

    /// Only pledges of this kind (repeat, or separate with commas, for any of several)
    #[arg(long, value_name = "KIND", value_delimiter = ',')]
    kind: Vec<PledgeKind>,

    /// Only pledges of this formality (repeat, or separate with commas, for any of several)
    #[arg(long, value_name = "FORMALITY", value_delimiter = ',')]
    formality: Vec<Formality>,

    /// Only pledges made on or after this date (a pledge dated to a month or a year counts
    /// from its first day; an undated one is left out)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    made_from: Option<NaiveDate>,

    /// Only pledges made on or before this date (by the same rule)
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
    /// The filter these flags ask for, with records looked up by slug, name or alias; one that
    /// names nothing or several records is an error (see [`resolve`]).
    pub fn resolve(&self, conn: &Connection) -> Result<PledgeFilter> {
        let company = self.company.as_deref();
        let official = self.official.as_deref();
        let category = self.category.as_deref();
        Ok(PledgeFilter {
            pledge_id: None,
            statuses: self.status.clone(),
            company_id: lookup(conn, company, Kind::Company, |s| db::companies::id(conn, s))?,
            official_id: lookup(conn, official, Kind::Official, |s| db::officials::id(conn, s))?,
            government: match &self.government {
                Some(code) if db::governments::id(conn, code)?.is_none() => {
                    return Err(anyhow!(
                        "--government: no government `{code}` (see `pledge governments`, or add \
                         it with `pledge add government`)"
                    ));
                }
                code => code.clone(),
            },
            category_id: lookup(conn, category, Kind::Category, |s| db::categories::id(conn, s))?,
            kinds: self.kind.clone(),
            formalities: self.formality.clone(),
            made_from: self.made_from,
            made_to: self.made_to,
            open: self.open,
            final_only: self.final_only,
            overdue: self.overdue,
            limit: self.limit,
        })
    }
}

/// The id of the record `text` names, when one is given.
fn lookup(
    conn: &Connection,
    text: Option<&str>,
    kind: Kind,
    id: impl FnOnce(&str) -> Result<Option<i64>>,
) -> Result<Option<i64>> {
    let Some(text) = text else { return Ok(None) };
    let slug = resolve(conn, kind, text)?;
    id(&slug)?.map(Some).ok_or_else(|| not_found(conn, kind, text))
}

/// The slug of the one record of `kind` that `text` names: its slug, name or alias, in any
/// case. No match, or several, is an error that says what to type instead.
pub fn resolve(conn: &Connection, kind: Kind, text: &str) -> Result<String> {
    let mut found = names::find(conn, kind, text)?;
    match found.len() {
        0 => Err(not_found(conn, kind, text)),
        1 => Ok(found.remove(0).slug),
        _ => Err(anyhow!(ambiguous(kind, text, &found))),
    }
}

/// The slug of the record of `kind` that `text`, typed at `flag`, names, for rows that the
/// loader checks: `text` itself when it names nothing, so that the loader reports it with the
/// other problems of the command; an error when it names several records.
pub fn slug_for(conn: &Connection, kind: Kind, flag: &str, text: &str) -> Result<String> {
    let mut found = names::find(conn, kind, text)?;
    match found.len() {
        0 => Ok(text.to_owned()),
        1 => Ok(found.remove(0).slug),
        _ => Err(anyhow!("{flag}: {}", ambiguous(kind, text, &found))),
    }
}

/// The error for a name that matches several records: each one's slug and name.
fn ambiguous(kind: Kind, text: &str, found: &[Named]) -> String {
    let listed: Vec<String> = found
        .iter()
        .map(|n| match &n.name {
            Some(name) => format!("`{}` ({name})", n.slug),
            None => format!("`{}`", n.slug),
        })
        .collect();
    format!(
        "`{text}` names {} {}: {}; give the slug of the one you mean",
        found.len(),
        kind.plural(),
        listed.join(", ")
    )
}

/// The error for a name that matches nothing, with the closest slugs when some are close:
/// ``no pledge `alibaba-jobs`; did you mean `alibaba-1-million-us-jobs`? (see `pledge list`)``.
pub fn not_found(conn: &Connection, kind: Kind, text: &str) -> anyhow::Error {
    let listing = kind.listing();
    let hint = match names::closest(conn, kind, text) {
        Ok(slugs) => names::did_you_mean(&slugs),
        Err(err) => return err.context(format!("looking up {} `{text}`", kind.as_str())),
    };
    anyhow!("no {} `{text}`{hint} (see `pledge {listing}`)", kind.as_str())
}

/// Parses an ISO 8601 calendar date (`2017-01-09`) for options.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    crate::model::parse_date(text).ok_or_else(|| {
        format!("`{text}` is not a date: use YYYY-MM-DD, a day that exists (2017-01-09)")
    })
}

/// Parses a date known to a day, a month or a year (`2017-01-09`, `2017-01`, `2017`) for
/// options.
pub fn parse_partial_date(text: &str) -> Result<PartialDate, String> {
    PartialDate::parse(text).ok_or_else(|| {
        format!(
            "`{text}` is not a date: use YYYY-MM-DD (a day that exists), or YYYY-MM or YYYY when \
             only the month or the year is known"
        )
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
