//! SQL for `pledges` and their markets, targets, categories and event links, and the status
//! summary over them.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, named_params};
use serde::Serialize;

use crate::model::{Metric, NewPledge, NewTarget, Relation, Status};

/// Stores a pledge and returns its id.
pub fn insert(conn: &Connection, p: &NewPledge) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO pledges (slug, title, description, company_id, made_by_id, made_to_id, made_on,
                              made_at_id, formality, deadline, focus, note)
         VALUES (:slug, :title, :description, :company_id, :made_by_id, :made_to_id, :made_on,
                 :made_at_id, :formality, :deadline, :focus, :note)",
    )?;
    stmt.execute(named_params! {
        ":slug": p.slug, ":title": p.title, ":description": p.description,
        ":company_id": p.company_id, ":made_by_id": p.made_by_id, ":made_to_id": p.made_to_id,
        ":made_on": p.made_on, ":made_at_id": p.made_at_id, ":formality": p.formality,
        ":deadline": p.deadline, ":focus": p.focus, ":note": p.note,
    })?;
    Ok(conn.last_insert_rowid())
}

/// Stores a market a pledge targets ("China").
pub fn insert_market(conn: &Connection, pledge_id: i64, market: &str) -> rusqlite::Result<()> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO pledge_markets (pledge_id, market) VALUES (?1, ?2)")?;
    stmt.execute((pledge_id, market))?;
    Ok(())
}

/// Stores a quantified target of a pledge.
pub fn insert_target(conn: &Connection, t: &NewTarget) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO pledge_targets (pledge_id, metric, amount, qualifier) VALUES (?1, ?2, ?3, ?4)",
    )?;
    stmt.execute((t.pledge_id, t.metric, t.amount, t.qualifier))?;
    Ok(())
}

/// Links a pledge to a product category.
pub fn insert_category(
    conn: &Connection,
    pledge_id: i64,
    category_id: i64,
) -> rusqlite::Result<()> {
    let mut stmt = conn
        .prepare_cached("INSERT INTO pledge_categories (pledge_id, category_id) VALUES (?1, ?2)")?;
    stmt.execute((pledge_id, category_id))?;
    Ok(())
}

/// Links a pledge to an event that bears on it.
pub fn insert_event(
    conn: &Connection,
    pledge_id: i64,
    event_id: i64,
    relation: Relation,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO pledge_events (pledge_id, event_id, relation) VALUES (?1, ?2, ?3)",
    )?;
    stmt.execute((pledge_id, event_id, relation))?;
    Ok(())
}

/// The id of the pledge with this slug.
pub fn id(conn: &Connection, slug: &str) -> Result<Option<i64>> {
    Ok(id_and_made_on(conn, slug)?.map(|(id, _)| id))
}

/// The id and date made of the pledge with this slug.
pub fn id_and_made_on(conn: &Connection, slug: &str) -> Result<Option<(i64, NaiveDate)>> {
    let mut stmt = conn.prepare_cached("SELECT id, made_on FROM pledges WHERE slug = ?1")?;
    Ok(stmt.query_row([slug], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
}

/// One pledge's standing on a date: the rows of `pledge status`.
#[derive(Debug, Clone, Serialize)]
pub struct Standing {
    /// The pledge's slug.
    pub pledge: String,
    /// The pledging company's name.
    pub company: String,
    pub title: String,
    /// The latest status on or before the date; `None` when the history has no entry yet.
    pub status: Option<Status>,
    /// The date of that entry.
    pub since: Option<NaiveDate>,
    /// Deadline passed on the date while the status is not final.
    pub overdue: bool,
}

impl Standing {
    fn from_row(row: &Row, on: NaiveDate) -> rusqlite::Result<Self> {
        let status: Option<Status> = row.get("status")?;
        let deadline: Option<NaiveDate> = row.get("deadline")?;
        Ok(Standing {
            pledge: row.get("slug")?,
            company: row.get("company")?,
            title: row.get("title")?,
            status,
            since: row.get("since")?,
            overdue: is_overdue(deadline, status, on),
        })
    }
}

/// Whether a pledge with this deadline and status is overdue on `on`.
pub fn is_overdue(deadline: Option<NaiveDate>, status: Option<Status>, on: NaiveDate) -> bool {
    deadline.is_some_and(|d| d < on) && !status.is_some_and(Status::is_final)
}

/// Every pledge made on or before `on`, with its status as known on `on`, by company and date.
pub fn standings(conn: &Connection, on: NaiveDate) -> Result<Vec<Standing>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.slug, c.name AS company, p.title, s.status, s.as_of AS since, p.deadline
         FROM pledges p
         JOIN companies c ON c.id = p.company_id
         LEFT JOIN status_history s ON s.id = (
             SELECT h.id FROM status_history h
             WHERE h.pledge_id = p.id AND h.as_of <= ?1
             ORDER BY h.as_of DESC, h.id DESC LIMIT 1)
         WHERE p.made_on <= ?1
         ORDER BY c.name, p.made_on, p.slug",
    )?;
    let rows = stmt.query_map([on], |row| Standing::from_row(row, on))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces a pledge's fields; returns whether anything differed.
pub fn update(conn: &Connection, id: i64, p: &NewPledge) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE pledges SET title = :title, description = :description, company_id = :company_id,
                made_by_id = :made_by_id, made_to_id = :made_to_id, made_on = :made_on,
                made_at_id = :made_at_id, formality = :formality, deadline = :deadline,
                focus = :focus, note = :note
         WHERE id = :id AND (title IS NOT :title OR description IS NOT :description
                OR company_id IS NOT :company_id OR made_by_id IS NOT :made_by_id
                OR made_to_id IS NOT :made_to_id OR made_on IS NOT :made_on
                OR made_at_id IS NOT :made_at_id OR formality IS NOT :formality
                OR deadline IS NOT :deadline OR focus IS NOT :focus OR note IS NOT :note)",
    )?;
    let changed = stmt.execute(named_params! {
        ":id": id, ":title": p.title, ":description": p.description, ":company_id": p.company_id,
        ":made_by_id": p.made_by_id, ":made_to_id": p.made_to_id, ":made_on": p.made_on,
        ":made_at_id": p.made_at_id, ":formality": p.formality, ":deadline": p.deadline,
        ":focus": p.focus, ":note": p.note,
    })?;
    Ok(changed > 0)
}

/// The row id of a market of a pledge.
pub fn market_id(conn: &Connection, pledge_id: i64, market: &str) -> Result<Option<i64>> {
    let mut stmt = conn
        .prepare_cached("SELECT rowid FROM pledge_markets WHERE pledge_id = ?1 AND market = ?2")?;
    Ok(stmt.query_row((pledge_id, market), |r| r.get(0)).optional()?)
}

/// The row id of a pledge's target for a metric.
pub fn target_id(conn: &Connection, pledge_id: i64, metric: Metric) -> Result<Option<i64>> {
    let mut stmt = conn
        .prepare_cached("SELECT rowid FROM pledge_targets WHERE pledge_id = ?1 AND metric = ?2")?;
    Ok(stmt.query_row((pledge_id, metric), |r| r.get(0)).optional()?)
}

/// Sets a target's amount and qualifier; returns whether they differed.
pub fn update_target(conn: &Connection, rowid: i64, t: &NewTarget) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE pledge_targets SET amount = ?2, qualifier = ?3
         WHERE rowid = ?1 AND (amount IS NOT ?2 OR qualifier IS NOT ?3)",
    )?;
    Ok(stmt.execute((rowid, t.amount, t.qualifier))? > 0)
}

/// The row id of a pledge's link to a category.
pub fn category_link_id(
    conn: &Connection,
    pledge_id: i64,
    category_id: i64,
) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid FROM pledge_categories WHERE pledge_id = ?1 AND category_id = ?2",
    )?;
    Ok(stmt.query_row((pledge_id, category_id), |r| r.get(0)).optional()?)
}

/// The row id of a pledge's link to an event.
pub fn event_link_id(conn: &Connection, pledge_id: i64, event_id: i64) -> Result<Option<i64>> {
    let mut stmt = conn
        .prepare_cached("SELECT rowid FROM pledge_events WHERE pledge_id = ?1 AND event_id = ?2")?;
    Ok(stmt.query_row((pledge_id, event_id), |r| r.get(0)).optional()?)
}

/// Sets how an event bears on a pledge; returns whether it differed.
pub fn update_event_link(
    conn: &Connection,
    rowid: i64,
    relation: Relation,
) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE pledge_events SET relation = ?2 WHERE rowid = ?1 AND relation IS NOT ?2",
    )?;
    Ok(stmt.execute((rowid, relation))? > 0)
}
