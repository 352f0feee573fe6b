//! SQL for the static site: the aggregates its index shows that no other command needs.
//!
//! Totals come from [`super::totals`], the one home of "how much was pledged, and how much
//! delivered", which leaves out parts and restatements of other pledges; the site's pages show
//! them without further change.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::filter::PledgeFilter;

pub use super::totals::{Total, unit};

/// The targets of the pledges made on or before `on`, summed per metric and unit, each promise
/// counted once: parts and restatements of other pledges are left out (see
/// [`super::totals`]).
pub fn totals(conn: &Connection, on: NaiveDate) -> Result<Vec<Total>> {
    Ok(super::totals::totals(conn, &PledgeFilter::default(), on)?.totals)
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
