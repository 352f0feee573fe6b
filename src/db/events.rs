//! SQL for `events` and `event_participants`.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, named_params};
use serde::Serialize;

use crate::model::{DatePrecision, EventKind, NewEvent, NewParticipant, Relation};

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

/// An event's start as far as it is known (`2016`, `2017-01-09`), or `None` when undated.
fn partial_date(row: &Row) -> rusqlite::Result<Option<String>> {
    let start: Option<NaiveDate> = row.get("start_on")?;
    let precision: Option<DatePrecision> = row.get("date_precision")?;
    Ok(start.map(|date| precision.unwrap_or(DatePrecision::Day).format(date)))
}

/// An event as it bears on one pledge.
#[derive(Debug, Clone, Serialize)]
pub struct Linked {
    pub slug: String,
    pub kind: EventKind,
    /// The start date, to its known precision.
    pub date: Option<String>,
    /// How the event bears on the pledge.
    pub relation: Relation,
    pub title: String,
}

/// The events linked to pledge `pledge_id`, by date (undated last), then slug.
pub fn linked(conn: &Connection, pledge_id: i64) -> Result<Vec<Linked>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.slug, e.kind, e.start_on, e.date_precision, pe.relation, e.title
         FROM pledge_events pe JOIN events e ON e.id = pe.event_id
         WHERE pe.pledge_id = ?1
         ORDER BY e.start_on IS NULL, e.start_on, e.slug",
    )?;
    let rows = stmt.query_map([pledge_id], |row| {
        Ok(Linked {
            slug: row.get("slug")?,
            kind: row.get("kind")?,
            date: partial_date(row)?,
            relation: row.get("relation")?,
            title: row.get("title")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
