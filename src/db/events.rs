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

/// Replaces an event's fields; returns whether anything differed.
pub fn update(conn: &Connection, id: i64, e: &NewEvent) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE events SET kind = :kind, title = :title, start_on = :start_on, end_on = :end_on,
                date_precision = :date_precision, place = :place,
                duration_minutes = :duration_minutes, note = :note
         WHERE id = :id AND (kind IS NOT :kind OR title IS NOT :title OR start_on IS NOT :start_on
                OR end_on IS NOT :end_on OR date_precision IS NOT :date_precision
                OR place IS NOT :place OR duration_minutes IS NOT :duration_minutes
                OR note IS NOT :note)",
    )?;
    let changed = stmt.execute(named_params! {
        ":id": id, ":kind": e.kind, ":title": e.title, ":start_on": e.start_on,
        ":end_on": e.end_on, ":date_precision": e.date_precision, ":place": e.place,
        ":duration_minutes": e.duration_minutes, ":note": e.note,
    })?;
    Ok(changed > 0)
}

/// The row id of a participant of an event.
pub fn participant_id(conn: &Connection, p: &NewParticipant) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid FROM event_participants
         WHERE event_id = ?1 AND official_id IS ?2 AND company_id IS ?3",
    )?;
    Ok(stmt.query_row((p.event_id, p.official_id, p.company_id), |r| r.get(0)).optional()?)
}

/// Sets a participant's role; returns whether it differed.
pub fn update_participant(conn: &Connection, rowid: i64, role: &str) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE event_participants SET role = ?2 WHERE rowid = ?1 AND role IS NOT ?2",
    )?;
    Ok(stmt.execute((rowid, role))? > 0)
}
