//! SQL for `sources`: articles and documents, with their text and its hash.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, named_params};
use sha2::{Digest, Sha256};

use crate::model::NewSource;

/// The lowercase hex SHA-256 of `bytes`: the hash stored beside a source's text.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

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
        ":file": s.file, ":sha256": s.body.as_deref().map(|b| sha256_hex(b.as_bytes())),
        ":body": s.body, ":note": s.note,
    })?;
    Ok(conn.last_insert_rowid())
}

/// The id of the source with this slug.
pub fn id(conn: &Connection, slug: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM sources WHERE slug = ?1")?;
    Ok(stmt.query_row([slug], |r| r.get(0)).optional()?)
}
