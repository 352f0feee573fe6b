//! SQL for `pledge_parties`: who made a pledge (companies and governments), through whom
//! (people), and to whom (people and governments).

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use crate::model::{NewParty, PartyRole};

/// Stores a party of a pledge and returns its row id.
pub fn insert(conn: &Connection, p: &NewParty) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO pledge_parties (pledge_id, role, company_id, government_id, official_id)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    stmt.execute((p.pledge_id, p.role, p.company_id, p.government_id, p.official_id))?;
    Ok(conn.last_insert_rowid())
}

/// The row id of this party of this pledge, if stored.
pub fn find(conn: &Connection, p: &NewParty) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid FROM pledge_parties
         WHERE pledge_id = ?1 AND role = ?2 AND company_id IS ?3 AND government_id IS ?4
           AND official_id IS ?5",
    )?;
    Ok(stmt
        .query_row((p.pledge_id, p.role, p.company_id, p.government_id, p.official_id), |r| {
            r.get(0)
        })
        .optional()?)
}

/// A party of a pledge as `show` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Party {
    pub role: PartyRole,
    /// `company`, `government` or `person`.
    pub kind: &'static str,
    /// The company's or person's slug, or the government's code.
    pub party: String,
    /// Its name (a person's slug when the source names nobody).
    pub name: String,
}

/// The parties of a pledge: pledgers, then made_by, then made_to, each by name.
pub fn of(conn: &Connection, pledge_id: i64) -> Result<Vec<Party>> {
    let mut stmt = conn.prepare_cached(
        "SELECT pp.role,
                CASE WHEN c.id IS NOT NULL THEN 'company'
                     WHEN g.id IS NOT NULL THEN 'government' ELSE 'person' END,
                coalesce(c.slug, g.code, o.slug),
                coalesce(c.name, g.name, o.name, o.slug)
         FROM pledge_parties pp
         LEFT JOIN companies c ON c.id = pp.company_id
         LEFT JOIN governments g ON g.id = pp.government_id
         LEFT JOIN officials o ON o.id = pp.official_id
         WHERE pp.pledge_id = ?1
         ORDER BY CASE pp.role WHEN 'pledger' THEN 0 WHEN 'made_by' THEN 1 ELSE 2 END, 4, 3",
    )?;
    let rows = stmt.query_map([pledge_id], |row| {
        let kind = match row.get_ref(1)?.as_str()? {
            "company" => "company",
            "government" => "government",
            _ => "person",
        };
        Ok(Party { role: row.get(0)?, kind, party: row.get(2)?, name: row.get(3)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
