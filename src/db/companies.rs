//! SQL for `companies` and `company_aliases`.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, named_params};
use serde::Serialize;

use super::split_list;
use crate::model::NewCompany;

/// Stores a company and returns its id.
pub fn insert(conn: &Connection, c: &NewCompany) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO companies (slug, name, country, sector, parent_id, note)
         VALUES (:slug, :name, :country, :sector, :parent_id, :note)",
    )?;
    stmt.execute(named_params! {
        ":slug": c.slug, ":name": c.name, ":country": c.country, ":sector": c.sector,
        ":parent_id": c.parent_id, ":note": c.note,
    })?;
    Ok(conn.last_insert_rowid())
}

/// Sets a company's parent; the seed loader links parents once every company is stored, so a
/// file need not list parents before their subsidiaries.
pub fn set_parent(conn: &Connection, id: i64, parent_id: i64) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached("UPDATE companies SET parent_id = ?2 WHERE id = ?1")?;
    stmt.execute([id, parent_id])?;
    Ok(())
}

/// Whether making `parent_id` the parent of `id` would close a loop of parents.
pub fn would_cycle(conn: &Connection, id: i64, parent_id: i64) -> Result<bool> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE up (id) AS (SELECT ?2 UNION SELECT c.parent_id FROM companies c JOIN up ON c.id = up.id
                                   WHERE c.parent_id IS NOT NULL)
         SELECT EXISTS (SELECT 1 FROM up WHERE id = ?1)",
    )?;
    Ok(stmt.query_row([id, parent_id], |r| r.get(0))?)
}

/// Stores another name a company goes by.
pub fn insert_alias(conn: &Connection, company_id: i64, alias: &str) -> rusqlite::Result<()> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO company_aliases (company_id, alias) VALUES (?1, ?2)")?;
    stmt.execute((company_id, alias))?;
    Ok(())
}

/// The id of the company with this slug.
pub fn id(conn: &Connection, slug: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM companies WHERE slug = ?1")?;
    Ok(stmt.query_row([slug], |r| r.get(0)).optional()?)
}

/// The stored sector of the company with this slug, if it has one.
pub fn sector(conn: &Connection, slug: &str) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached("SELECT sector FROM companies WHERE slug = ?1")?;
    Ok(stmt.query_row([slug], |r| r.get(0)).optional()?.flatten())
}

/// A company as `pledge companies` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct Company {
    pub slug: String,
    pub name: String,
    /// ISO 3166 alpha-2.
    pub country: Option<String>,
    pub sector: Option<String>,
    /// The parent company's slug.
    pub parent: Option<String>,
    pub aliases: Vec<String>,
    /// How many pledges the company is a pledger of itself (not its subsidiaries).
    pub pledges: i64,
}

/// Every company, by slug; at most `limit` (-1: all), read in slug order so a limit
/// stops early.
pub fn list(conn: &Connection, limit: i64) -> Result<Vec<Company>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.slug, c.name, c.country, c.sector, parent.slug,
                (SELECT group_concat(a.alias, char(31) ORDER BY a.alias)
                 FROM company_aliases a WHERE a.company_id = c.id),
                (SELECT count(DISTINCT pp.pledge_id) FROM pledge_parties pp WHERE pp.company_id = c.id)
         FROM companies c LEFT JOIN companies parent ON parent.id = c.parent_id
         ORDER BY c.slug
         LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit], |row| {
        Ok(Company {
            slug: row.get(0)?,
            name: row.get(1)?,
            country: row.get(2)?,
            sector: row.get(3)?,
            parent: row.get(4)?,
            aliases: split_list(row.get(5)?),
            pledges: row.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces a company's fields; returns whether anything differed.
pub fn update(conn: &Connection, id: i64, c: &NewCompany) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE companies SET name = :name, country = :country, sector = :sector,
                parent_id = :parent_id, note = :note
         WHERE id = :id AND (name IS NOT :name OR country IS NOT :country OR sector IS NOT :sector
                OR parent_id IS NOT :parent_id OR note IS NOT :note)",
    )?;
    let changed = stmt.execute(named_params! {
        ":id": id, ":name": c.name, ":country": c.country, ":sector": c.sector,
        ":parent_id": c.parent_id, ":note": c.note,
    })?;
    Ok(changed > 0)
}

/// The row id of an alias of a company.
pub fn alias_id(conn: &Connection, company_id: i64, alias: &str) -> Result<Option<i64>> {
    let mut stmt = conn
        .prepare_cached("SELECT rowid FROM company_aliases WHERE company_id = ?1 AND alias = ?2")?;
    Ok(stmt.query_row((company_id, alias), |r| r.get(0)).optional()?)
}
