//! SQL for `sources`: articles and documents, with their text and its hash.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, named_params};
use serde::Serialize;

use crate::model::{NewSource, SourceKind};

/// Stores a source (hashing its text) and returns its id.
pub fn insert(conn: &Connection, s: &NewSource) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO sources (slug, kind, title, publisher, url, published_on, retrieved_on, file,
                              sha256, body, note)
         VALUES (:slug, :kind, :title, :publisher, :url, :published_on, :retrieved_on, :file,
                 :sha256, :body, :note)",
    )?;
    stmt.execute(named_params! {
        ":slug": s.slug, ":kind": s.kind, ":title": s.title, ":publisher": s.publisher,
        ":url": s.url, ":published_on": s.published_on, ":retrieved_on": s.retrieved_on,
        ":file": s.file, ":sha256": s.body.as_deref().map(|b| crate::sha256::hex(b.as_bytes())),
        ":body": s.body, ":note": s.note,
    })?;
    Ok(conn.last_insert_rowid())
}

/// The id of the source with this slug.
pub fn id(conn: &Connection, slug: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM sources WHERE slug = ?1")?;
    Ok(stmt.query_row([slug], |r| r.get(0)).optional()?)
}

/// A source as `pledge sources` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct Source {
    pub slug: String,
    pub kind: SourceKind,
    pub title: String,
    pub publisher: Option<String>,
    pub published_on: Option<NaiveDate>,
    pub url: Option<String>,
    /// Whether its full text is stored, so its quotes were checked against it.
    pub text: bool,
    /// How many claims, status entries and relations quote it.
    pub quotes: i64,
}

/// Every source, by slug; at most `limit` (-1: all), read in slug order so a limit
/// stops early.
pub fn list(conn: &Connection, limit: i64) -> Result<Vec<Source>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.slug, s.kind, s.title, s.publisher, s.published_on, s.url, s.body IS NOT NULL,
                (SELECT count(*) FROM evidence e WHERE e.source_id = s.id)
                + (SELECT count(*) FROM status_history h WHERE h.source_id = s.id)
                + (SELECT count(*) FROM pledge_relations r WHERE r.source_id = s.id)
         FROM sources s
         ORDER BY s.slug
         LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit], |row| {
        Ok(Source {
            slug: row.get(0)?,
            kind: row.get(1)?,
            title: row.get(2)?,
            publisher: row.get(3)?,
            published_on: row.get(4)?,
            url: row.get(5)?,
            text: row.get(6)?,
            quotes: row.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces a source's fields; returns whether anything differed.
pub fn update(conn: &Connection, id: i64, s: &NewSource) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE sources SET kind = :kind, title = :title, publisher = :publisher, url = :url,
                published_on = :published_on, retrieved_on = :retrieved_on, file = :file,
                sha256 = :sha256, body = :body, note = :note
         WHERE id = :id AND (kind IS NOT :kind OR title IS NOT :title OR publisher IS NOT :publisher
                OR url IS NOT :url OR published_on IS NOT :published_on
                OR retrieved_on IS NOT :retrieved_on OR file IS NOT :file OR sha256 IS NOT :sha256
                OR note IS NOT :note)",
    )?;
    let changed = stmt.execute(named_params! {
        ":id": id, ":kind": s.kind, ":title": s.title, ":publisher": s.publisher, ":url": s.url,
        ":published_on": s.published_on, ":retrieved_on": s.retrieved_on, ":file": s.file,
        ":sha256": s.body.as_deref().map(|b| crate::sha256::hex(b.as_bytes())), ":body": s.body,
        ":note": s.note,
    })?;
    Ok(changed > 0)
}

/// The stored text of a source, or `None` for a URL-only source.
pub fn body(conn: &Connection, id: i64) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached("SELECT body FROM sources WHERE id = ?1")?;
    Ok(stmt.query_row([id], |r| r.get(0)).optional()?.flatten())
}

/// Whether the source with this slug has stored text (quotes from it can be verified).
pub fn has_text(conn: &Connection, slug: &str) -> Result<bool> {
    let mut stmt = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM sources WHERE slug = ?1 AND body IS NOT NULL)",
    )?;
    Ok(stmt.query_row([slug], |r| r.get(0))?)
}

/// Another source (not `slug`) whose article is stored under the file name `file`: its slug
/// and the sha256 of its text.
pub fn file_holder(conn: &Connection, file: &str, slug: &str) -> Result<Option<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT slug, sha256 FROM sources
         WHERE file = ?1 AND slug <> ?2 AND sha256 IS NOT NULL ORDER BY id LIMIT 1",
    )?;
    Ok(stmt.query_row([file, slug], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
}

/// Pairs of sources whose articles are stored under one file name with different texts:
/// (file, first slug, second slug), by file.
pub fn shared_files(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT a.file, a.slug, b.slug FROM sources a JOIN sources b
           ON b.file = a.file AND b.id > a.id AND b.sha256 IS NOT a.sha256
         WHERE a.file IS NOT NULL
         ORDER BY a.file, a.slug, b.slug",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
