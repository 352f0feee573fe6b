//! SQL for `pledge check`: the rows that break the database's promises.
//!
//! Each function finds one kind of damage the loader would have refused but that direct SQL,
//! an older program or a damaged file can leave behind. Nothing here judges or prints.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::model::Status;

/// Rows whose foreign keys point at nothing: (table, rowid, the table it should point into).
pub fn broken_links(conn: &Connection) -> Result<Vec<(String, i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check ORDER BY \"table\", rowid",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Sources with stored text: (id, slug, sha256 as stored), by slug.
pub fn sources_with_text(conn: &Connection) -> Result<Vec<(i64, String, String)>> {
    let mut stmt =
        conn.prepare("SELECT id, slug, sha256 FROM sources WHERE body IS NOT NULL ORDER BY slug")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A quote stored somewhere, with what it backs.
pub struct Quote {
    /// `evidence` or `status_history`.
    pub table: &'static str,
    /// What the row is about: `pledge alibaba-1-million-us-jobs jobs` for a claim,
    /// `alibaba-1-million-us-jobs 2017-01-10` for a status entry.
    pub about: String,
    pub quote: String,
}

/// Every quote taken from the source `source_id`: claims first, then status entries.
pub fn quotes_from(conn: &Connection, source_id: i64) -> Result<Vec<Quote>> {
    let mut stmt = conn.prepare_cached(
        "SELECT 0, subject || ' ' || key || ' ' || field, quote, id FROM evidence
         WHERE source_id = ?1
         UNION ALL
         SELECT 1, coalesce(p.slug, '(missing pledge)') || ' ' || h.as_of, h.quote, h.id
         FROM status_history h LEFT JOIN pledges p ON p.id = h.pledge_id
         WHERE h.source_id = ?1
         ORDER BY 1, 4",
    )?;
    let rows = stmt.query_map([source_id], |r| {
        let table = if r.get::<_, i64>(0)? == 0 { "evidence" } else { "status_history" };
        Ok(Quote { table, about: r.get(1)?, quote: r.get(2)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Status entries with nothing to stand on: their source is gone or their quote is blank.
/// Returns (pledge slug, as_of, what is missing), by pledge and date.
pub fn unsupported_statuses(conn: &Connection) -> Result<Vec<(String, String, &'static str)>> {
    let mut stmt = conn.prepare(
        "SELECT coalesce(p.slug, '(missing pledge)'), h.as_of, s.id IS NULL
         FROM status_history h
         LEFT JOIN pledges p ON p.id = h.pledge_id
         LEFT JOIN sources s ON s.id = h.source_id
         WHERE s.id IS NULL OR trim(h.quote, ' ' || char(9, 10, 13)) = ''
         ORDER BY 1, h.as_of, h.id",
    )?;
    let rows = stmt.query_map([], |r| {
        let what = if r.get(2)? { "its source does not exist" } else { "its quote is blank" };
        Ok((r.get(0)?, r.get(1)?, what))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Slugs of pledges whose status history is empty, by slug.
pub fn unrated_pledges(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT slug FROM pledges p
         WHERE NOT EXISTS (SELECT 1 FROM status_history h WHERE h.pledge_id = p.id)
         ORDER BY slug",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A pledge's deadline and its latest status as known on a date.
pub struct Latest {
    pub pledge: String,
    pub deadline: Option<NaiveDate>,
    /// `None` when the history has no entry on or before the date.
    pub status: Option<Status>,
    pub since: Option<NaiveDate>,
}

/// Every pledge made on or before `on`, with its deadline and latest status then, by slug.
pub fn latest(conn: &Connection, on: NaiveDate) -> Result<Vec<Latest>> {
    let mut stmt = conn.prepare(
        "SELECT p.slug, p.deadline, s.status, s.as_of
         FROM pledges p
         LEFT JOIN status_history s ON s.id = (
             SELECT h.id FROM status_history h
             WHERE h.pledge_id = p.id AND h.as_of <= ?1
             ORDER BY h.as_of DESC, h.id DESC LIMIT 1)
         WHERE p.made_on <= ?1
         ORDER BY p.slug",
    )?;
    let rows = stmt.query_map([on], |r| {
        Ok(Latest { pledge: r.get(0)?, deadline: r.get(1)?, status: r.get(2)?, since: r.get(3)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
