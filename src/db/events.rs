//! SQL for `events` and `event_participants`.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, named_params};
use serde::Serialize;

use super::split_list;
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

/// An event as `pledge events` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    pub slug: String,
    pub kind: EventKind,
    /// The start date, to its known precision; `None` when the sources give none.
    pub date: Option<String>,
    pub end_on: Option<NaiveDate>,
    pub place: Option<String>,
    pub title: String,
    /// Who took part, officials then companies.
    pub participants: Vec<Participant>,
}

/// An official or company that took part in an event, and its role; shown as `slug (role)`.
#[derive(Debug, Clone, Serialize)]
pub struct Participant {
    pub slug: String,
    /// `official` or `company`.
    pub kind: &'static str,
    pub role: String,
}

impl std::fmt::Display for Participant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.slug, self.role)
    }
}

/// Participants joined as `kind␞slug␞role` items, `␟` apart, as the query builds them.
fn participants(joined: Option<String>) -> Vec<Participant> {
    let parse = |item: String| {
        let mut parts = item.splitn(3, '\u{1e}');
        let kind = if parts.next() == Some("1") { "official" } else { "company" };
        let slug = parts.next().unwrap_or_default().to_owned();
        Participant { slug, kind, role: parts.next().unwrap_or_default().to_owned() }
    };
    split_list(joined).into_iter().map(parse).collect()
}

impl Event {
    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(Event {
            slug: row.get("slug")?,
            kind: row.get("kind")?,
            date: partial_date(row)?,
            end_on: row.get("end_on")?,
            place: row.get("place")?,
            title: row.get("title")?,
            participants: participants(row.get("participants")?),
        })
    }
}

/// Every event, by date (undated last), then slug.
pub fn list(conn: &Connection) -> Result<Vec<Event>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.slug, e.kind, e.start_on, e.date_precision, e.end_on, e.place, e.title,
                (SELECT group_concat(kind || char(30) || who || char(30) || role, char(31)
                                     ORDER BY kind, who)
                 FROM (SELECT o.slug AS who, ep.role, 1 AS kind FROM event_participants ep
                       JOIN officials o ON o.id = ep.official_id WHERE ep.event_id = e.id
                       UNION ALL
                       SELECT c.slug, ep.role, 2 FROM event_participants ep
                       JOIN companies c ON c.id = ep.company_id WHERE ep.event_id = e.id))
                    AS participants
         FROM events e
         ORDER BY e.start_on IS NULL, e.start_on, e.slug",
    )?;
    let rows = stmt.query_map([], Event::from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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
