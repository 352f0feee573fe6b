//! SQL for `status_history`, the append-only record of where each pledge stands.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, named_params};

use crate::model::NewStatusEntry;

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
