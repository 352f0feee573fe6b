//! SQL for `status_history`, the append-only record of where each pledge stands.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, named_params};
use serde::Serialize;

use super::offset;
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
        ":quote_start": s.span.as_ref().map(|r| offset(r.start)),
        ":quote_end": s.span.as_ref().map(|r| offset(r.end)), ":note": s.note,
    })?;
    Ok(conn.last_insert_rowid())
}

/// One entry of a pledge's status history, with its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub as_of: NaiveDate,
    pub status: Status,
    pub reason: Option<Reason>,
    /// The slug of the source that reports it.
    pub source: String,
    pub quote: String,
    pub note: Option<String>,
}

/// Pledge `pledge_id`'s status history up to `on`, oldest first.
pub fn history(conn: &Connection, pledge_id: i64, on: NaiveDate) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT h.as_of, h.status, h.reason, s.slug, h.quote, h.note
         FROM status_history h JOIN sources s ON s.id = h.source_id
         WHERE h.pledge_id = ?1 AND h.as_of <= ?2
         ORDER BY h.as_of, h.id",
    )?;
    let rows = stmt.query_map((pledge_id, on), |row| {
        Ok(Entry {
            as_of: row.get(0)?,
            status: row.get(1)?,
            reason: row.get(2)?,
            source: row.get(3)?,
            quote: row.get(4)?,
            note: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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

/// The whole status history of a pledge, oldest first (same-day entries in the order
/// recorded).
pub fn timeline(conn: &Connection, pledge_id: i64) -> Result<Vec<Entry>> {
    let end_of_time = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a valid date");
    history(conn, pledge_id, end_of_time)
}
