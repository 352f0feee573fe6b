//! SQL for `officials`, `official_aliases` and `official_titles`.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, named_params};

use crate::model::{NewOfficial, NewTitle};

/// Stores an official and returns their id.
pub fn insert(conn: &Connection, o: &NewOfficial) -> rusqlite::Result<i64> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO officials (slug, name, note) VALUES (?1, ?2, ?3)")?;
    stmt.execute((&o.slug, &o.name, &o.note))?;
    Ok(conn.last_insert_rowid())
}

/// Stores another name an official goes by.
pub fn insert_alias(conn: &Connection, official_id: i64, alias: &str) -> rusqlite::Result<()> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO official_aliases (official_id, alias) VALUES (?1, ?2)")?;
    stmt.execute((official_id, alias))?;
    Ok(())
}

/// Stores a title an official holds.
pub fn insert_title(conn: &Connection, t: &NewTitle) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO official_titles (official_id, title, company_id, government, organization,
                                      valid_from, valid_to)
         VALUES (:official_id, :title, :company_id, :government, :organization, :valid_from, :valid_to)",
    )?;
    stmt.execute(named_params! {
        ":official_id": t.official_id, ":title": t.title, ":company_id": t.company_id,
        ":government": t.government, ":organization": t.organization,
        ":valid_from": t.valid_from, ":valid_to": t.valid_to,
    })?;
    Ok(conn.last_insert_rowid())
}

/// The id of the official with this slug.
pub fn id(conn: &Connection, slug: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM officials WHERE slug = ?1")?;
    Ok(stmt.query_row([slug], |r| r.get(0)).optional()?)
}
