//! SQL for `journal`: the append-only record of every command that changed the database.
//!
//! Entries are only ever inserted; the schema's triggers refuse any change to one. Nothing here
//! decides what an entry says: the commands do.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, Row};
use serde::Serialize;

/// One journal entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    pub id: i64,
    /// When the command ran, in UTC.
    pub at: DateTime<Utc>,
    /// `init`, `write`, `seed` or `export`.
    pub kind: String,
    /// The command line as typed.
    pub command: String,
    /// What changed.
    pub changes: String,
}

impl Entry {
    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        let at: String = row.get(1)?;
        let at = DateTime::parse_from_rfc3339(&at)
            .map_err(|err| {
                rusqlite::Error::FromSqlConversionFailure(
                    1,
                    rusqlite::types::Type::Text,
                    err.into(),
                )
            })?
            .with_timezone(&Utc);
        Ok(Entry {
            id: row.get(0)?,
            at,
            kind: row.get(2)?,
            command: row.get(3)?,
            changes: row.get(4)?,
        })
    }
}

/// The journal's text form of a time: `2026-11-21T09:30:00Z`.
pub fn stamp(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Appends an entry; returns its id.
pub fn append(
    conn: &Connection,
    at: DateTime<Utc>,
    kind: &str,
    command: &str,
    changes: &str,
) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO journal (at, kind, command, changes) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute((stamp(at), kind, command, changes))?;
    Ok(conn.last_insert_rowid())
}

/// Copies entries (from another database) keeping their ids and times.
pub fn carry(conn: &Connection, entries: &[Entry]) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO journal (id, at, kind, command, changes) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for e in entries {
        stmt.execute((e.id, stamp(e.at), &e.kind, &e.command, &e.changes))?;
    }
    Ok(())
}

const COLUMNS: &str = "SELECT id, at, kind, command, changes FROM journal";

/// Every entry, oldest first.
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<Entry>> {
    let mut stmt = conn.prepare(&format!("{COLUMNS} ORDER BY id"))?;
    stmt.query_map([], Entry::from_row)?.collect()
}

/// The entries made on or after `since` (a UTC day), newest last; with `limit`, only the last
/// `limit` of them.
pub fn list(
    conn: &Connection,
    since: Option<NaiveDate>,
    limit: Option<u64>,
) -> rusqlite::Result<Vec<Entry>> {
    let since = since.map(|d| format!("{d}T00:00:00Z")).unwrap_or_default();
    let limit = limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    let mut stmt = conn.prepare(&format!(
        "SELECT * FROM ({COLUMNS} WHERE at >= ?1 ORDER BY id DESC LIMIT ?2) ORDER BY id"
    ))?;
    stmt.query_map((since, limit), Entry::from_row)?.collect()
}

/// The data changes made since the database was last seeded or exported whole to a seed
/// folder, oldest first: the work a re-seed would lose.
pub fn unexported(conn: &Connection) -> rusqlite::Result<Vec<Entry>> {
    let mut stmt = conn.prepare(&format!(
        "{COLUMNS} WHERE kind = 'write'
           AND id > coalesce((SELECT max(id) FROM journal WHERE kind IN ('seed', 'export')), 0)
         ORDER BY id"
    ))?;
    stmt.query_map([], Entry::from_row)?.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::open_in_memory;

    fn at(h: u32) -> DateTime<Utc> {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap().and_hms_opt(h, 0, 0).unwrap().and_utc()
    }

    fn journal_with_one_entry() -> Connection {
        let conn = open_in_memory().unwrap();
        append(&conn, at(9), "write", "pledge update x", "status_history x: 1 added").unwrap();
        conn
    }

    #[test]
    fn entries_cannot_be_changed_by_any_sql() {
        let conn = journal_with_one_entry();
        for sql in [
            "UPDATE journal SET changes = 'nothing'",
            "DELETE FROM journal",
            "REPLACE INTO journal (id, at, kind, command, changes) VALUES (1, '2026-11-21T10:00:00Z', 'write', 'x', 'y')",
            "INSERT OR REPLACE INTO journal (id, at, kind, command, changes) VALUES (1, '2026-11-21T10:00:00Z', 'write', 'x', 'y')",
        ] {
            let err = conn.execute(sql, []).unwrap_err();
            assert!(err.to_string().starts_with("the journal is append-only"), "{sql}: {err}");
        }
        assert_eq!(all(&conn).unwrap()[0].changes, "status_history x: 1 added");
        assert_eq!(all(&conn).unwrap().len(), 1);
    }

    #[test]
    fn unexported_changes_are_those_after_the_last_seed_or_export() {
        let conn = journal_with_one_entry();
        assert_eq!(unexported(&conn).unwrap().len(), 1);
        append(&conn, at(10), "export", "pledge export --dir seeds", "seeds").unwrap();
        assert!(unexported(&conn).unwrap().is_empty());
        append(&conn, at(11), "write", "pledge add company", "companies c: added").unwrap();
        assert_eq!(unexported(&conn).unwrap()[0].changes, "companies c: added");
    }

    #[test]
    fn list_keeps_the_last_entries_since_a_day() {
        let conn = journal_with_one_entry();
        append(&conn, at(10), "export", "pledge export --dir seeds", "seeds").unwrap();
        append(&conn, at(11), "write", "pledge add company", "companies c: added").unwrap();
        let ids = |e: Vec<Entry>| e.iter().map(|e| e.id).collect::<Vec<_>>();
        assert_eq!(ids(list(&conn, None, Some(2)).unwrap()), [2, 3]);
        assert_eq!(ids(list(&conn, NaiveDate::from_ymd_opt(2026, 11, 22), None).unwrap()), [0; 0]);
        assert_eq!(
            ids(list(&conn, NaiveDate::from_ymd_opt(2026, 11, 21), None).unwrap()),
            [1, 2, 3]
        );
    }
}
