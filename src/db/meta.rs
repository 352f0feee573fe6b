//! SQL for `meta`: facts about the database itself (seed file hashes, build date).

use rusqlite::Connection;

/// Sets a meta value, replacing any earlier one.
pub fn set(conn: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )?;
    Ok(())
}
