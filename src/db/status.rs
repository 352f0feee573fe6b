//! SQL for `status_history`, the append-only record of where each pledge stands.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, named_params};
use serde::Serialize;

use crate::model::{NewStatusEntry, Reason, Status};

/// Appends an entry to a pledge's status history and returns its id.
pub fn insert(conn: &Connection, s: &NewStatusEntry) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO status_history (pledge_id, as_of, status, reason, source_id, quote,
                                     quote_start, quote_end, note)
         VALUES (:pledge_id, :as_of, :status, :reason, :source_id, :quote, :quote_start,
                 :quote_end, :note)",
    )?;
    stmt.execute(named_params! {
        ":pledge_id": s.pledge_id, ":as_of": s.as_of, ":status": s.status, ":reason": s.reason,
        ":source_id": s.source_id, ":quote": s.quote,
        ":quote_start": s.span.as_ref().map(|r| r.start as i64),
        ":quote_end": s.span.as_ref().map(|r| r.end as i64), ":note": s.note,
    })?;
    Ok(conn.last_insert_rowid())
}

/// The id of an identical entry already in the history, if any.
pub fn find(conn: &Connection, s: &NewStatusEntry) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM status_history WHERE pledge_id = ?1 AND as_of = ?2 AND status = ?3
             AND reason IS ?4 AND source_id = ?5 AND quote = ?6 AND note IS ?7",
    )?;
    Ok(stmt
        .query_row(
            (s.pledge_id, s.as_of, s.status, s.reason, s.source_id, &s.quote, &s.note),
            |r| r.get(0),
        )
        .optional()?)
}

/// One entry of a pledge's status history, as shown.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub as_of: NaiveDate,
    pub status: Status,
    pub reason: Option<Reason>,
    /// The source's slug.
    pub source: String,
}

impl Entry {
    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(Entry {
            as_of: row.get("as_of")?,
            status: row.get("status")?,
            reason: row.get("reason")?,
            source: row.get("source")?,
        })
    }
}

/// The status history of the pledge with this slug, oldest first (same-day entries in the
/// order recorded).
pub fn timeline(conn: &Connection, pledge: &str) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT h.as_of, h.status, h.reason, s.slug AS source
         FROM status_history h
         JOIN pledges p ON p.id = h.pledge_id
         JOIN sources s ON s.id = h.source_id
         WHERE p.slug = ?1
         ORDER BY h.as_of, h.id",
    )?;
    let rows = stmt.query_map([pledge], Entry::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
