//! SQL for the static site: the aggregates its index shows that no other command needs.
//!
//! Totals are computed in SQLite, one row per metric, so they cost the same memory at a million
//! pledges as at one. This is the one home of "how much was pledged, and how much delivered":
//! when the model records delivered amounts, currencies and which pledges restate or are part
//! of another, [`totals`] is where they are summed and where restatements and parts are left
//! out, and the site's pages show them without further change.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::model::Metric;

/// How much the pledges made by a date promise, for one metric.
#[derive(Debug, Clone, Serialize)]
pub struct Total {
    pub metric: Metric,
    /// What the amounts count: a currency for money metrics, else the metric's own unit.
    pub unit: String,
    /// How many pledges have a target for this metric.
    pub pledges: i64,
    /// The sum of their targets' amounts.
    pub pledged: i64,
    /// The sum delivered so far; `None` while the model records no delivered amounts.
    pub delivered: Option<i64>,
}

/// The unit a target's amounts are counted in: its currency for money, else what the metric
/// counts.
pub fn unit(metric: Metric, currency: &str) -> String {
    match metric {
        _ if !currency.is_empty() => currency.to_owned(),
        Metric::PeopleTrained => "people".to_owned(),
        other => other.to_string(),
    }
}

/// The targets of the pledges made on or before `on` (or not dated), summed per metric and
/// currency (a range counts from its minimum), by metric name. A pledge with several targets of
/// one metric (direct and supporting jobs) counts once in `pledges`.
pub fn totals(conn: &Connection, on: NaiveDate) -> Result<Vec<Total>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.metric, t.unit, count(DISTINCT t.pledge_id), sum(coalesce(t.amount, t.minimum))
         FROM pledge_targets t JOIN pledges p ON p.id = t.pledge_id
         WHERE p.made_on <= ?1 OR p.made_on IS NULL
         GROUP BY t.metric, t.unit
         ORDER BY t.metric, t.unit",
    )?;
    let rows = stmt.query_map([on], |row| {
        let metric: Metric = row.get(0)?;
        Ok(Total {
            metric,
            unit: unit(metric, &row.get::<_, String>(1)?),
            pledges: row.get(2)?,
            pledged: row.get(3)?,
            delivered: None,
        })
    })?;
    // SQLite's integer sum fails rather than wrap when it overflows.
    rows.collect::<rusqlite::Result<_>>().context("summing the pledged amounts")
}

/// What a page shows of the source behind a quote.
#[derive(Debug, Clone, Serialize)]
pub struct Cited {
    pub slug: String,
    pub title: String,
    pub publisher: Option<String>,
    pub published_on: Option<NaiveDate>,
    pub url: Option<String>,
}

/// The source with this slug, as a quote cites it.
pub fn cited(conn: &Connection, slug: &str) -> Result<Option<Cited>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug, title, publisher, published_on, url FROM sources WHERE slug = ?1",
    )?;
    let cited = stmt.query_row([slug], |row| {
        Ok(Cited {
            slug: row.get(0)?,
            title: row.get(1)?,
            publisher: row.get(2)?,
            published_on: row.get(3)?,
            url: row.get(4)?,
        })
    });
    Ok(cited.optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db;

    #[test]
    fn an_empty_database_has_no_totals() {
        let conn = db::open_in_memory().unwrap();
        let on = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        assert!(totals(&conn, on).unwrap().is_empty());
    }
}
