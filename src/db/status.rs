//! SQL for `status_history`, the append-only record of where each pledge stands.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, named_params};
use serde::Serialize;

use super::offset;
use crate::model::{NewStatusEntry, PartialDate, Reason, Status};

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
    pub as_of: PartialDate,
    pub status: Status,
    pub reason: Option<Reason>,
    /// The slug of the source that reports it.
    pub source: String,
    pub quote: String,
    pub note: Option<String>,
    /// Another entry of the same date gives another status.
    pub disputed: bool,
    /// Why a curator preferred this entry's status on its date, when one did.
    pub preferred_reason: Option<String>,
    /// Some status is preferred on this entry's date (this one's or another's).
    #[serde(skip)]
    side_preferred: bool,
}

impl Entry {
    /// How the entry stands in a dispute, for tables: empty when its date is undisputed,
    /// `unresolved` while no status is preferred, else `preferred: REASON` or `not preferred`.
    pub fn dispute(&self) -> String {
        match (self.disputed, &self.preferred_reason) {
            (false, _) => String::new(),
            (true, Some(reason)) => format!("preferred: {reason}"),
            (true, None) if self.side_preferred => "not preferred".to_owned(),
            (true, None) => "unresolved".to_owned(),
        }
    }
}

/// The columns of [`Entry`], over `status_history h` joined to `sources s`.
const ENTRY_COLUMNS: &str = "
SELECT h.as_of, h.status, h.reason, s.slug, h.quote, h.note,
       EXISTS (SELECT 1 FROM status_history o
               WHERE o.pledge_id = h.pledge_id AND o.as_of = h.as_of AND o.status <> h.status)
           AS disputed,
       (SELECT f.reason FROM status_preferences f
        WHERE f.pledge_id = h.pledge_id AND f.as_of = h.as_of AND f.status = h.status)
           AS preferred_reason,
       EXISTS (SELECT 1 FROM status_preferences f
               WHERE f.pledge_id = h.pledge_id AND f.as_of = h.as_of) AS side_preferred
FROM status_history h JOIN sources s ON s.id = h.source_id";

impl Entry {
    fn from_row(row: &rusqlite::Row) -> rusqlite::Result<Self> {
        Ok(Entry {
            as_of: row.get(0)?,
            status: row.get(1)?,
            reason: row.get(2)?,
            source: row.get(3)?,
            quote: row.get(4)?,
            note: row.get(5)?,
            disputed: row.get(6)?,
            preferred_reason: row.get(7)?,
            side_preferred: row.get(8)?,
        })
    }
}

/// Pledge `pledge_id`'s status history up to `on` (entries whose date's first day is on or
/// before it), oldest first.
pub fn history(conn: &Connection, pledge_id: i64, on: NaiveDate) -> Result<Vec<Entry>> {
    let sql = [ENTRY_COLUMNS, "\nWHERE h.pledge_id = ?1 AND h.as_of <= ?2 ORDER BY h.as_of, h.id"]
        .concat();
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map((pledge_id, on), Entry::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The status a curator preferred for a pledge on a date, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preference {
    pub status: Status,
    pub reason: String,
}

/// The preference recorded for pledge `pledge_id` on `as_of`, if any.
pub fn preference(
    conn: &Connection,
    pledge_id: i64,
    as_of: PartialDate,
) -> Result<Option<Preference>> {
    let mut stmt = conn.prepare_cached(
        "SELECT status, reason FROM status_preferences WHERE pledge_id = ?1 AND as_of = ?2",
    )?;
    Ok(stmt
        .query_row((pledge_id, as_of), |r| Ok(Preference { status: r.get(0)?, reason: r.get(1)? }))
        .optional()?)
}

/// Records that `status` is the one that counts for pledge `pledge_id` on `as_of`, replacing an
/// earlier preference for that date; returns whether anything changed. Some entry of the pledge
/// must have that date and status.
pub fn prefer(
    conn: &Connection,
    pledge_id: i64,
    as_of: PartialDate,
    status: Status,
    reason: &str,
) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO status_preferences (pledge_id, as_of, status, reason) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (pledge_id, as_of) DO UPDATE SET status = excluded.status,
             reason = excluded.reason
         WHERE status IS NOT excluded.status OR reason IS NOT excluded.reason",
    )?;
    Ok(stmt.execute((pledge_id, as_of, status, reason))? > 0)
}

/// A disputed date of a pledge: its entries, and the preference if a curator resolved it.
#[derive(Debug, Clone, Serialize)]
pub struct Dispute {
    /// The pledge's slug.
    pub pledge: String,
    pub as_of: PartialDate,
    /// The preferred status, when the dispute is resolved.
    pub preferred: Option<Status>,
    /// Every entry of the pledge on that date, in the order recorded.
    pub entries: Vec<Entry>,
}

/// Disputed dates, by pledge slug and date, at most `limit` (-1: all); only the unresolved ones
/// when `unresolved`. They are read from `status_disputes`, which a trigger keeps as entries are
/// recorded, so the cost grows with the disputes, not with the history.
pub fn disputes(conn: &Connection, unresolved: bool, limit: i64) -> Result<Vec<Dispute>> {
    // The disputes drive the join: the few there are get sorted, instead of every pledge being
    // walked in slug order to find them.
    let mut stmt = conn.prepare_cached(
        "SELECT p.slug, d.pledge_id, d.as_of, f.status FROM status_disputes d
         CROSS JOIN pledges p ON p.id = d.pledge_id
         LEFT JOIN status_preferences f ON f.pledge_id = d.pledge_id AND f.as_of = d.as_of
         WHERE NOT ?1 OR f.status IS NULL
         ORDER BY p.slug, d.as_of
         LIMIT ?2",
    )?;
    let found = stmt
        .query_map((unresolved, limit), |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<rusqlite::Result<Vec<(String, i64, PartialDate, Option<Status>)>>>()?;
    let sql = [ENTRY_COLUMNS, "\nWHERE h.pledge_id = ?1 AND h.as_of = ?2 ORDER BY h.id"].concat();
    let mut entries = conn.prepare_cached(&sql)?;
    let mut disputes = Vec::new();
    for (pledge, pledge_id, as_of, preferred) in found {
        let rows = entries.query_map((pledge_id, as_of), Entry::from_row)?;
        let entries = rows.collect::<rusqlite::Result<_>>()?;
        disputes.push(Dispute { pledge, as_of, preferred, entries });
    }
    Ok(disputes)
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
