//! SQL for `categories`, `category_aliases` and `category_hs_codes`.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::split_list;
use crate::model::NewCategory;

/// Stores a category and returns its id.
pub fn insert(conn: &Connection, c: &NewCategory) -> rusqlite::Result<i64> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO categories (slug, name, parent_id) VALUES (?1, ?2, ?3)")?;
    stmt.execute((&c.slug, &c.name, c.parent_id))?;
    Ok(conn.last_insert_rowid())
}

/// Sets a category's parent once every category is stored.
pub fn set_parent(conn: &Connection, id: i64, parent_id: i64) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached("UPDATE categories SET parent_id = ?2 WHERE id = ?1")?;
    stmt.execute([id, parent_id])?;
    Ok(())
}

/// Whether making `parent_id` the parent of `id` would close a loop of parents.
pub fn would_cycle(conn: &Connection, id: i64, parent_id: i64) -> Result<bool> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE up (id) AS (SELECT ?2 UNION SELECT c.parent_id FROM categories c JOIN up ON c.id = up.id
                                   WHERE c.parent_id IS NOT NULL)
         SELECT EXISTS (SELECT 1 FROM up WHERE id = ?1)",
    )?;
    Ok(stmt.query_row([id, parent_id], |r| r.get(0))?)
}

/// Stores a keyword that names a category ("clothes" for apparel).
pub fn insert_alias(conn: &Connection, category_id: i64, alias: &str) -> rusqlite::Result<()> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO category_aliases (category_id, alias) VALUES (?1, ?2)")?;
    stmt.execute((category_id, alias))?;
    Ok(())
}

/// Stores a Harmonized System code range of a category.
pub fn insert_hs_code(
    conn: &Connection,
    category_id: i64,
    from: &str,
    to: &str,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO category_hs_codes (category_id, code_from, code_to) VALUES (?1, ?2, ?3)",
    )?;
    stmt.execute((category_id, from, to))?;
    Ok(())
}

/// The id of the category with this slug.
pub fn id(conn: &Connection, slug: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM categories WHERE slug = ?1")?;
    Ok(stmt.query_row([slug], |r| r.get(0)).optional()?)
}

/// A category as `pledge categories` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub slug: String,
    pub name: String,
    /// The parent category's slug.
    pub parent: Option<String>,
    /// Keywords that name it ("clothes" for apparel).
    pub aliases: Vec<String>,
    /// Harmonized System codes and ranges, by first code.
    pub hs_codes: Vec<HsCodes>,
}

/// A range of Harmonized System codes, shown as `2204` (one code) or `01-24`.
#[derive(Debug, Clone, Serialize)]
pub struct HsCodes {
    pub from: String,
    pub to: String,
}

impl std::fmt::Display for HsCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.from == self.to {
            return write!(f, "{}", self.from);
        }
        write!(f, "{}-{}", self.from, self.to)
    }
}

/// A range from its `from␞to` form, as the query builds it.
fn hs_codes(joined: &str) -> HsCodes {
    let (from, to) = joined.split_once('\u{1e}').unwrap_or((joined, joined));
    HsCodes { from: from.to_owned(), to: to.to_owned() }
}

/// Every category in tree order: each parent, then its subcategories, by slug.
pub fn list(conn: &Connection) -> Result<Vec<Category>> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE tree (id, path) AS (
             SELECT id, slug FROM categories WHERE parent_id IS NULL
             UNION ALL
             SELECT k.id, tree.path || char(31) || k.slug FROM categories k JOIN tree ON k.parent_id = tree.id)
         SELECT k.slug, k.name, parent.slug,
                (SELECT group_concat(a.alias, char(31) ORDER BY a.alias)
                 FROM category_aliases a WHERE a.category_id = k.id),
                (SELECT group_concat(h.code_from || char(30) || h.code_to, char(31)
                                     ORDER BY h.code_from)
                 FROM category_hs_codes h WHERE h.category_id = k.id)
         FROM tree JOIN categories k ON k.id = tree.id
         LEFT JOIN categories parent ON parent.id = k.parent_id
         ORDER BY tree.path",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(Category {
            slug: row.get(0)?,
            name: row.get(1)?,
            parent: row.get(2)?,
            aliases: split_list(row.get(3)?),
            hs_codes: split_list(row.get(4)?).iter().map(|r| hs_codes(r)).collect(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces a category's name and parent; returns whether anything differed.
pub fn update(conn: &Connection, id: i64, c: &NewCategory) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE categories SET name = ?2, parent_id = ?3
         WHERE id = ?1 AND (name IS NOT ?2 OR parent_id IS NOT ?3)",
    )?;
    Ok(stmt.execute((id, &c.name, c.parent_id))? > 0)
}

/// The row id of a keyword of a category.
pub fn alias_id(conn: &Connection, category_id: i64, alias: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid FROM category_aliases WHERE category_id = ?1 AND alias = ?2",
    )?;
    Ok(stmt.query_row((category_id, alias), |r| r.get(0)).optional()?)
}

/// The row id of the HS range of a category that starts at `from`.
pub fn hs_code_id(conn: &Connection, category_id: i64, from: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid FROM category_hs_codes WHERE category_id = ?1 AND code_from = ?2",
    )?;
    Ok(stmt.query_row((category_id, from), |r| r.get(0)).optional()?)
}

/// Sets where an HS range ends; returns whether it differed.
pub fn update_hs_code(conn: &Connection, rowid: i64, to: &str) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE category_hs_codes SET code_to = ?2 WHERE rowid = ?1 AND code_to IS NOT ?2",
    )?;
    Ok(stmt.execute((rowid, to))? > 0)
}
