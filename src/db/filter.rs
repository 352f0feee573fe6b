//! The one filtered selection of pledges behind `list`, `status`, `timeline` and the export of
//! `pledge_status`: which pledges a read command selects, and each one's status as of a date.
//!
//! The query is assembled from constant SQL fragments, one per filter in use, so that SQLite can
//! drive it from the most selective index; every value is bound, never spliced into the SQL.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::types::ToSql;
use rusqlite::{Connection, Row};

use crate::model::Status;

/// Which pledges a read command selects. Each field that is set narrows the selection; the
/// default selects every pledge made by the date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PledgeFilter {
    /// Only this pledge.
    pub pledge_id: Option<i64>,
    /// Only pledges whose status on the date is one of these; empty means any.
    pub statuses: Vec<Status>,
    /// Only pledges with this company or one of its subsidiaries, at any depth, among their
    /// pledgers.
    pub company_id: Option<i64>,
    /// Only pledges made through or made to this person.
    pub official_id: Option<i64>,
    /// Only pledges with this government among their pledgers or recipients: an ISO 3166 code;
    /// a country's code takes in its subdivisions (`US` matches `US-IN`).
    pub government: Option<String>,
    /// Only pledges in this category or in one beneath it, at any depth.
    pub category_id: Option<i64>,
    /// Only pledges made on or after this date.
    pub made_from: Option<NaiveDate>,
    /// Only pledges made on or before this date.
    pub made_to: Option<NaiveDate>,
    /// Only pledges whose status is not final (a pledge with no status yet is open).
    pub open: bool,
    /// Only pledges whose status is final.
    pub final_only: bool,
    /// Only pledges whose deadline has passed on the date while their status is not final.
    pub overdue: bool,
    /// At most this many pledges, in the listing order (by date made).
    pub limit: Option<u64>,
}

/// SQL text and the values bound to its named parameters.
pub(super) type Bound = (String, Vec<(&'static str, Box<dyn ToSql>)>);

/// Pledges made by `:on`, each with its latest status entry of all (`s`, NULL when none yet):
/// the status as of `:on` whenever `:on` is on or after every entry's date.
const FROM_CURRENT: &str = "
FROM pledges p
LEFT JOIN pledge_current s ON s.pledge_id = p.id";
/// For the latest changes when `pledge_current` holds the status as of `:on`: only pledges with
/// a status, read from the newest status down through `pledge_current_as_of`, so that a limit
/// stops early. CROSS JOIN keeps that order whatever the planner guesses.
const FROM_CURRENT_LATEST: &str = "
FROM pledge_current s
CROSS JOIN pledges p ON p.id = s.pledge_id";
/// Pledges made by `:on`, each with its status entry as of `:on` (`s`, NULL when none yet).
const FROM: &str = "
FROM pledges p
LEFT JOIN status_history s ON s.id = (
    SELECT h.id FROM status_history h
    WHERE h.pledge_id = p.id AND h.as_of <= :on
    ORDER BY h.as_of DESC, h.id DESC LIMIT 1)";
/// For listings: the `pledges_made_on` index serves both this and the listing order.
const MADE_BY_ON: &str = "
WHERE p.made_on <= :on";
/// For aggregates, which need no order: the unary `+` keeps SQLite from reaching every row
/// through the date index, a random read each, instead of reading the table in storage order.
const MADE_BY_ON_UNORDERED: &str = "
WHERE +p.made_on <= :on";

const BY_PLEDGE: &str = "
  AND p.id = :pledge";
const BY_COMPANY: &str = "
  AND p.id IN (
    SELECT pp.pledge_id FROM pledge_parties pp WHERE pp.company_id IN (
        WITH RECURSIVE tree (id) AS (
            SELECT :company UNION SELECT k.id FROM companies k JOIN tree ON k.parent_id = tree.id)
        SELECT id FROM tree))";
const BY_OFFICIAL: &str = "
  AND p.id IN (SELECT pp.pledge_id FROM pledge_parties pp WHERE pp.official_id = :official)";
/// The code itself, or for a country its subdivisions: the codes after `US-` and before `US.`
/// (`.` follows `-`), a range the code index serves.
const BY_GOVERNMENT: &str = "
  AND p.id IN (
    SELECT pp.pledge_id FROM pledge_parties pp WHERE pp.government_id IN (
        SELECT g.id FROM governments g WHERE g.code = :government
        UNION ALL
        SELECT g.id FROM governments g
        WHERE length(:government) = 2 AND g.code > :government || '-'
          AND g.code < :government || '.'))";
/// A check on each candidate rather than a driving set: categories are broad, so a limited
/// listing finds its rows early in date order instead of sorting every pledge of the category.
const BY_CATEGORY: &str = "
  AND EXISTS (
    SELECT 1 FROM pledge_categories pc WHERE pc.pledge_id = p.id AND pc.category_id IN (
        WITH RECURSIVE tree (id) AS (
            SELECT :category UNION SELECT k.id FROM categories k JOIN tree ON k.parent_id = tree.id)
        SELECT id FROM tree))";
const MADE_FROM: &str = "
  AND p.made_on >= :made_from";
const MADE_TO: &str = "
  AND p.made_on <= :made_to";
/// `:statuses` and `:finals` are lists of names, each followed and preceded by a comma.
const WITH_STATUS: &str = "
  AND instr(:statuses, ',' || s.status || ',') > 0";
const OPEN: &str = "
  AND (s.status IS NULL OR instr(:finals, ',' || s.status || ',') = 0)";
const FINAL: &str = "
  AND instr(:finals, ',' || s.status || ',') > 0";
/// The unary `+` makes the deadline a check, not the driving index, for the same reason as
/// [`BY_CATEGORY`].
const OVERDUE: &str = "
  AND +p.deadline < :on AND (s.status IS NULL OR instr(:finals, ',' || s.status || ',') = 0)";
/// The listing order, which the `pledges_made_on` index serves, so a limit stops early.
pub(super) const ORDER: &str = "
ORDER BY p.made_on, p.slug
LIMIT :limit";

/// The latest changes first: pledges with a status, by the date of that status, newest first.
/// It reads every selected pledge once and keeps only the limit's worth while sorting.
pub(super) const RECENT: &str = "
  AND s.status IS NOT NULL
ORDER BY s.as_of DESC, p.made_on DESC, p.slug
LIMIT :limit";

/// How a query reads the selection, which decides how SQLite should reach the pledges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Read {
    /// In the listing order, [`ORDER`].
    Listed,
    /// The latest changes first, [`RECENT`].
    Latest,
    /// For an aggregate, in storage order.
    Counted,
}

/// The FROM and WHERE clauses that select `filter`'s pledges as of `on`, with their values.
/// Listings append [`ORDER`] or [`RECENT`], as `read` says, and bind `:limit` to [`limit`].
pub(super) fn selection(
    conn: &Connection,
    filter: &PledgeFilter,
    on: NaiveDate,
    read: Read,
) -> Result<Bound> {
    let from = match (read, is_current(conn, on)?) {
        (Read::Latest, true) => FROM_CURRENT_LATEST,
        (_, true) => FROM_CURRENT,
        (_, false) => FROM,
    };
    let made_by = if read == Read::Counted { MADE_BY_ON_UNORDERED } else { MADE_BY_ON };
    let mut sql = [from, made_by].concat();
    let mut params: Vec<(&'static str, Box<dyn ToSql>)> = vec![(":on", Box::new(on))];
    let mut and = |clause: &'static str, param: Option<(&'static str, Box<dyn ToSql>)>| {
        sql.push_str(clause);
        if let Some((name, value)) = param
            && !params.iter().any(|(n, _)| *n == name)
        {
            params.push((name, value));
        }
    };
    if let Some(id) = filter.pledge_id {
        and(BY_PLEDGE, Some((":pledge", Box::new(id))));
    }
    if let Some(id) = filter.company_id {
        and(BY_COMPANY, Some((":company", Box::new(id))));
    }
    if let Some(id) = filter.official_id {
        and(BY_OFFICIAL, Some((":official", Box::new(id))));
    }
    if let Some(code) = &filter.government {
        and(BY_GOVERNMENT, Some((":government", Box::new(code.clone()))));
    }
    if let Some(id) = filter.category_id {
        and(BY_CATEGORY, Some((":category", Box::new(id))));
    }
    if let Some(date) = filter.made_from {
        and(MADE_FROM, Some((":made_from", Box::new(date))));
    }
    if let Some(date) = filter.made_to {
        and(MADE_TO, Some((":made_to", Box::new(date))));
    }
    if !filter.statuses.is_empty() {
        and(WITH_STATUS, Some((":statuses", Box::new(name_list(&filter.statuses)))));
    }
    let finals: Vec<Status> = Status::ALL.iter().copied().filter(|s| s.is_final()).collect();
    if filter.open {
        and(OPEN, Some((":finals", Box::new(name_list(&finals)))));
    }
    if filter.final_only {
        and(FINAL, Some((":finals", Box::new(name_list(&finals)))));
    }
    if filter.overdue {
        and(OVERDUE, Some((":finals", Box::new(name_list(&finals)))));
    }
    Ok((sql, params))
}

/// Whether every pledge's latest status entry is dated on or before `on`, so that
/// `pledge_current` holds the status as of `on`.
pub(super) fn is_current(conn: &Connection, on: NaiveDate) -> Result<bool> {
    let mut stmt = conn.prepare_cached("SELECT max(as_of) FROM pledge_current")?;
    let latest: Option<NaiveDate> = stmt.query_row([], |r| r.get(0))?;
    Ok(latest.is_none_or(|latest| latest <= on))
}

/// `,kept,broken,`: names that `instr` can look up whole.
fn name_list(statuses: &[Status]) -> String {
    statuses.iter().fold(String::from(","), |list, s| list + s.as_str() + ",")
}

/// The filter's limit as bound to `:limit`: -1 for none.
pub(super) fn limit(filter: &PledgeFilter) -> i64 {
    filter.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX))
}

/// Runs `sql` with `params` and maps every row.
pub(super) fn query<T>(
    conn: &Connection,
    sql: &str,
    params: &[(&'static str, Box<dyn ToSql>)],
    map: impl FnMut(&Row) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql).context("preparing the pledge query")?;
    let params: Vec<(&str, &dyn ToSql)> = params.iter().map(|(n, v)| (*n, v.as_ref())).collect();
    let rows = stmt.query_map(params.as_slice(), map)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lists_are_comma_framed_for_instr() {
        assert_eq!(name_list(&[Status::Kept, Status::Broken]), ",kept,broken,");
    }
}
