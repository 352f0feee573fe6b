//! The one filtered selection of pledges behind `list`, `status`, `timeline` and the export of
//! `pledge_status`: which pledges a read command selects, and each one's status as of a date.
//!
//! The query is assembled from constant SQL fragments, one per filter in use, so that SQLite can
//! drive it from the most selective index; every value is bound, never spliced into the SQL.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::types::ToSql;
use rusqlite::{Connection, Row};

use crate::model::{Formality, PledgeKind, Status};

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
    /// Only pledges of one of these kinds; empty means any.
    pub kinds: Vec<PledgeKind>,
    /// Only pledges of one of these formalities; empty means any.
    pub formalities: Vec<Formality>,
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
/// Pledges made by `:on`, each with its status entry as of `:on` (`s`, NULL when none yet): the
/// latest entry that counts (`status_counting`: a side of an unresolved dispute does not).
const FROM: &str = "
FROM pledges p
LEFT JOIN status_history s ON s.id = (
    SELECT h.id FROM status_counting h
    WHERE h.pledge_id = p.id AND h.as_of <= :on
    ORDER BY h.as_of DESC, h.id DESC LIMIT 1)";
/// For the latest changes as of a date before some status entry: entries read from the newest
/// date on or before `:on` down through `status_history_as_of`, each kept when it is its
/// pledge's latest entry that counts on `:on` (`s`), so that a limit stops early. CROSS JOIN
/// keeps that order whatever the planner guesses.
const FROM_LATEST: &str = "
FROM status_history s
CROSS JOIN pledges p ON p.id = s.pledge_id AND s.as_of <= :on AND s.id = (
    SELECT h.id FROM status_counting h
    WHERE h.pledge_id = s.pledge_id AND h.as_of <= :on
    ORDER BY h.as_of DESC, h.id DESC LIMIT 1)";
/// For listings: the `pledges_made_on` index (on `coalesce(made_on, '')`) serves both this and
/// the listing order. A pledge that no source dates counts as made by any date, and lists first.
const MADE_BY_ON: &str = "
WHERE coalesce(p.made_on, '') <= :on";
/// For aggregates, which need no order: the unary `+` keeps SQLite from reaching every row
/// through the date index, a random read each, instead of reading the table in storage order.
const MADE_BY_ON_UNORDERED: &str = "
WHERE (+p.made_on <= :on OR p.made_on IS NULL)";

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
/// `:kinds` and `:formalities` are lists of names, each followed and preceded by a comma.
const WITH_KIND: &str = "
  AND instr(:kinds, ',' || p.kind || ',') > 0";
const WITH_FORMALITY: &str = "
  AND instr(:formalities, ',' || p.formality || ',') > 0";
/// `:made_from` is the day with its trailing `-01`s cut (see [`from_text`]), so that a partial
/// date whose first day is that day passes.
const MADE_FROM: &str = "
  AND coalesce(p.made_on, '') >= :made_from";
/// An undated pledge is left out (NULL compares as nothing).
const MADE_TO: &str = "
  AND p.made_on <= :made_to";
/// `:statuses` and `:finals` are lists of names, each followed and preceded by a comma.
const WITH_STATUS: &str = "
  AND instr(:statuses, ',' || s.status || ',') > 0";
const OPEN: &str = "
  AND (s.status IS NULL OR instr(:finals, ',' || s.status || ',') = 0)";
const FINAL: &str = "
  AND instr(:finals, ',' || s.status || ',') > 0";
/// A deadline is met by its last day: `2020` has passed on 2021-01-01, not on 2020-12-31 (`~`
/// sorts after every digit and hyphen, so `'2020~' < '2021-01-01'` but not `< '2020-12-31'`).
/// The unary `+` makes the deadline a check, not the driving index, for the same reason as
/// [`BY_CATEGORY`].
const OVERDUE: &str = "
  AND +p.deadline || '~' < :on AND (s.status IS NULL OR instr(:finals, ',' || s.status || ',') = 0)";
/// The listing order, which the `pledges_made_on` index serves, so a limit stops early.
pub(super) const ORDER: &str = "
ORDER BY coalesce(p.made_on, ''), p.slug
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
        (Read::Latest, false) => FROM_LATEST,
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
    if !filter.kinds.is_empty() {
        and(WITH_KIND, Some((":kinds", Box::new(name_list(&filter.kinds)))));
    }
    if !filter.formalities.is_empty() {
        and(WITH_FORMALITY, Some((":formalities", Box::new(name_list(&filter.formalities)))));
    }
    if let Some(date) = filter.made_from {
        and(MADE_FROM, Some((":made_from", Box::new(from_text(date)))));
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
    let latest: Option<crate::model::PartialDate> = stmt.query_row([], |r| r.get(0))?;
    Ok(latest.is_none_or(|latest| latest.on_or_before(on)))
}

/// `,kept,broken,`: names that `instr` can look up whole.
fn name_list<T: std::fmt::Display>(names: &[T]) -> String {
    names.iter().fold(String::from(","), |list, s| list + &s.to_string() + ",")
}

/// The lowest text of a partial date whose first day is on or after `day`: the day with a
/// trailing `-01` day cut, then a trailing `-01` month. `x >= from_text(day)` in SQL is then
/// exactly "x's first day is on or after `day`": for 2017-01-01 the year `2017` passes, for
/// 2017-03-01 the month `2017-03` passes but the year `2017` (1 January) does not.
fn from_text(day: NaiveDate) -> String {
    let mut text = day.format("%Y-%m-%d").to_string();
    for _ in 0..2 {
        match text.strip_suffix("-01") {
            Some(cut) => text.truncate(cut.len()),
            None => break,
        }
    }
    text
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

    #[test]
    fn a_partial_date_is_made_from_a_day_when_its_first_day_is() {
        use crate::model::PartialDate;
        let days = ["2017-01-01", "2017-03-01", "2017-03-05", "2016-12-31", "2017-01-09"];
        let dates = ["2017", "2017-01", "2017-03", "2017-03-05", "2017-02", "2016-12", "2016"];
        for day in days {
            let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap();
            for date in dates {
                let by_rule = PartialDate::parse(date).unwrap().first_day() >= day;
                assert_eq!(date >= from_text(day).as_str(), by_rule, "{date} from {day}");
            }
        }
    }
}
