//! SQL for `governments`: countries and subdivisions by ISO 3166 code.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, named_params};
use serde::Serialize;

use crate::model::NewGovernment;

/// Stores a government and returns its id.
pub fn insert(conn: &Connection, g: &NewGovernment) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO governments (code, name, note) VALUES (:code, :name, :note)",
    )?;
    stmt.execute(named_params! { ":code": g.code, ":name": g.name, ":note": g.note })?;
    Ok(conn.last_insert_rowid())
}

/// The id of the government with this code.
pub fn id(conn: &Connection, code: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM governments WHERE code = ?1")?;
    Ok(stmt.query_row([code], |r| r.get(0)).optional()?)
}

/// Replaces a government's name and note; returns whether anything differed.
pub fn update(conn: &Connection, id: i64, g: &NewGovernment) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE governments SET name = ?2, note = ?3 WHERE id = ?1 AND (name IS NOT ?2 OR note IS NOT ?3)",
    )?;
    Ok(stmt.execute((id, &g.name, &g.note))? > 0)
}

/// A government as `pledge governments` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct Government {
    /// ISO 3166-1 alpha-2 or ISO 3166-2.
    pub code: String,
    pub name: String,
    /// How many pledges it made (as a pledger).
    pub pledged: i64,
    /// How many pledges were made to it.
    pub received: i64,
    pub note: Option<String>,
}

/// Every government, by code; at most `limit` (-1: all).
pub fn list(conn: &Connection, limit: i64) -> Result<Vec<Government>> {
    let mut stmt = conn.prepare_cached(
        "SELECT g.code, g.name,
                (SELECT count(*) FROM pledge_parties pp
                 WHERE pp.government_id = g.id AND pp.role = 'pledger'),
                (SELECT count(*) FROM pledge_parties pp
                 WHERE pp.government_id = g.id AND pp.role = 'made_to'),
                g.note
         FROM governments g
         ORDER BY g.code
         LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit], |row| {
        Ok(Government {
            code: row.get(0)?,
            name: row.get(1)?,
            pledged: row.get(2)?,
            received: row.get(3)?,
            note: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
