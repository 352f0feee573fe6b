//! SQL for `events` and `event_participants`.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, named_params};

use crate::model::{NewEvent, NewParticipant};

/// Stores an event and returns its id.
pub fn insert(conn: &Connection, e: &NewEvent) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO events (slug, kind, title, start_on, end_on, date_precision, place,
                             duration_minutes, note)
         VALUES (:slug, :kind, :title, :start_on, :end_on, :date_precision, :place,
                 :duration_minutes, :note)",
    )?;
    stmt.execute(named_params! {
        ":slug": e.slug, ":kind": e.kind, ":title": e.title, ":start_on": e.start_on,
        ":end_on": e.end_on, ":date_precision": e.date_precision, ":place": e.place,
        ":duration_minutes": e.duration_minutes, ":note": e.note,
    })?;
    Ok(conn.last_insert_rowid())
}

/// Stores a participant of an event.
pub fn insert_participant(conn: &Connection, p: &NewParticipant) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO event_participants (event_id, official_id, company_id, role)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    stmt.execute((p.event_id, p.official_id, p.company_id, &p.role))?;
    Ok(())
}

/// The id of the event with this slug.
pub fn id(conn: &Connection, slug: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM events WHERE slug = ?1")?;
    Ok(stmt.query_row([slug], |r| r.get(0)).optional()?)
}
