//! SQL for `officials`, `official_aliases` and `official_titles`.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, named_params};
use serde::Serialize;

use super::split_list;
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

/// An official as `pledge officials` lists them.
#[derive(Debug, Clone, Serialize)]
pub struct Official {
    pub slug: String,
    /// `None` when the sources do not name the person.
    pub name: Option<String>,
    /// Each title with whom it is held for and when, earliest first.
    pub titles: Vec<Title>,
    pub aliases: Vec<String>,
    /// How many pledges they made or received.
    pub pledges: i64,
}

/// A title an official holds: `President (US, until 2017-01-20)`.
#[derive(Debug, Clone, Serialize)]
pub struct Title {
    pub title: String,
    /// The company (its name), government or organization it is held at.
    pub at: Option<String>,
    pub from: Option<String>,
    pub until: Option<String>,
}

impl Title {
    /// A title from its `title␞at␞from␞until` form, as the query builds it; empty is absent.
    fn parse(joined: &str) -> Title {
        let mut parts = joined.split('\u{1e}').map(str::to_owned);
        let title = parts.next().unwrap_or_default();
        let mut next = || parts.next().filter(|p| !p.is_empty());
        Title { title, at: next(), from: next(), until: next() }
    }
}

impl std::fmt::Display for Title {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let when = match (&self.from, &self.until) {
            (Some(from), Some(until)) => Some(format!("{from} to {until}")),
            (Some(from), None) => Some(format!("from {from}")),
            (None, Some(until)) => Some(format!("until {until}")),
            (None, None) => None,
        };
        let about: Vec<&str> = self.at.iter().map(String::as_str).chain(when.as_deref()).collect();
        if about.is_empty() {
            return write!(f, "{}", self.title);
        }
        write!(f, "{} ({})", self.title, about.join(", "))
    }
}

/// Every official, by slug; at most `limit` (-1: all), read in slug order so a limit
/// stops early.
pub fn list(conn: &Connection, limit: i64) -> Result<Vec<Official>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.slug, o.name,
                (SELECT group_concat(concat_ws(char(30), t.title,
                                     coalesce(c.name, t.government, t.organization, ''),
                                     coalesce(t.valid_from, ''), coalesce(t.valid_to, '')),
                                     char(31) ORDER BY t.valid_from, t.title)
                 FROM official_titles t LEFT JOIN companies c ON c.id = t.company_id
                 WHERE t.official_id = o.id),
                (SELECT group_concat(a.alias, char(31) ORDER BY a.alias)
                 FROM official_aliases a WHERE a.official_id = o.id),
                (SELECT count(DISTINCT pp.pledge_id) FROM pledge_parties pp WHERE pp.official_id = o.id)
         FROM officials o
         ORDER BY o.slug
         LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit], |row| {
        Ok(Official {
            slug: row.get(0)?,
            name: row.get(1)?,
            titles: split_list(row.get(2)?).iter().map(|t| Title::parse(t)).collect(),
            aliases: split_list(row.get(3)?),
            pledges: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces an official's fields; returns whether anything differed.
pub fn update(conn: &Connection, id: i64, o: &NewOfficial) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE officials SET name = ?2, note = ?3 WHERE id = ?1 AND (name IS NOT ?2 OR note IS NOT ?3)",
    )?;
    Ok(stmt.execute((id, &o.name, &o.note))? > 0)
}

/// The row id of an alias of an official.
pub fn alias_id(conn: &Connection, official_id: i64, alias: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid FROM official_aliases WHERE official_id = ?1 AND alias = ?2",
    )?;
    Ok(stmt.query_row((official_id, alias), |r| r.get(0)).optional()?)
}

/// The id of an official's title.
pub fn title_id(conn: &Connection, official_id: i64, title: &str) -> Result<Option<i64>> {
    let mut stmt = conn
        .prepare_cached("SELECT id FROM official_titles WHERE official_id = ?1 AND title = ?2")?;
    Ok(stmt.query_row((official_id, title), |r| r.get(0)).optional()?)
}

/// Replaces a title's affiliation and dates; returns whether anything differed.
pub fn update_title(conn: &Connection, id: i64, t: &NewTitle) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE official_titles SET company_id = :company_id, government = :government,
                organization = :organization, valid_from = :valid_from, valid_to = :valid_to
         WHERE id = :id AND (company_id IS NOT :company_id OR government IS NOT :government
                OR organization IS NOT :organization OR valid_from IS NOT :valid_from
                OR valid_to IS NOT :valid_to)",
    )?;
    let changed = stmt.execute(named_params! {
        ":id": id, ":company_id": t.company_id, ":government": t.government,
        ":organization": t.organization, ":valid_from": t.valid_from, ":valid_to": t.valid_to,
    })?;
    Ok(changed > 0)
}
