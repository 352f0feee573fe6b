//! The database: opening, pragmas and schema migrations, and one submodule of SQL per table.
//!
//! Every SQL string of the program lives under this module; callers pass a `&Connection` (a
//! `Transaction` derefs to one) and get domain types back. Nothing here prints or reads files
//! other than the database itself.

pub mod categories;
pub mod check;
pub mod companies;
pub mod events;
pub mod evidence;
pub mod export;
pub mod meta;
pub mod officials;
pub mod pledges;
pub mod search;
pub mod site;
pub mod sources;
pub mod status;
pub mod timeline;

use std::path::Path;

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, ErrorCode, OpenFlags};

/// The schema steps, in order: step N brings a database to `user_version` N.
const MIGRATIONS: &[&str] = &[
    include_str!("../../schema.sql"),
    include_str!("../../migrations/002_status_history_source.sql"),
    include_str!("../../migrations/003_current_status.sql"),
    include_str!("../../migrations/004_status_counts.sql"),
];

/// The schema version this program writes and reads.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Opens an existing database read-write and brings its schema up to date.
pub fn open(path: &Path) -> Result<Connection> {
    if !path.exists() {
        bail!(
            "no database at `{}` (build one from the seed files with `pledge seed`, or create an \
             empty one with `pledge init`)",
            path.display()
        );
    }
    let mut conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .with_context(|| format!("opening database `{}`", path.display()))?;
    prepare(&mut conn).with_context(|| format!("opening database `{}`", path.display()))?;
    Ok(conn)
}

/// Creates a database at `path` (or opens the one there) and brings its schema up to date.
pub fn create(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path)
        .with_context(|| format!("creating database `{}`", path.display()))?;
    prepare(&mut conn).with_context(|| format!("creating database `{}`", path.display()))?;
    Ok(conn)
}

/// A fresh in-memory database with the current schema, for tests.
#[cfg(test)]
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    prepare(&mut conn)?;
    Ok(conn)
}

fn prepare(conn: &mut Connection) -> Result<()> {
    // Foreign keys are a per-connection setting; without it the REFERENCES clauses are inert.
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // The loader cycles through a few dozen statements per table; the default cache of 16
    // would re-prepare them.
    conn.set_prepared_statement_cache_capacity(64);
    migrate(conn)
}

/// The database's schema version (`PRAGMA user_version`).
pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Applies every pending migration, each in its own transaction ending with its version number.
/// Refuses a database newer than this program.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let current =
        version(conn).context("reading the schema version; is this a pledge database?")?;
    if current > SCHEMA_VERSION {
        bail!(
            "database is newer than this program (schema version {current}, this program knows up \
             to {SCHEMA_VERSION}): upgrade pledge"
        );
    }
    for (step, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let version = step as i64 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql).with_context(|| format!("applying schema version {version}"))?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

/// Secondary indexes and search-index triggers set aside during a bulk load, to be rebuilt in
/// one pass at the end: maintaining them row by row costs more than building them once.
pub struct Deferred {
    /// The CREATE statements of what was dropped, as stored in the schema.
    sql: Vec<String>,
}

/// Indexes the loader itself looks up by while loading; they stay.
const KEPT_INDEXES: &[&str] = &["event_participants_key"];

/// Drops the search-index triggers and the secondary indexes the loader does not need, for a
/// bulk load into a new database. [`Deferred::restore`] brings them back.
pub fn defer_indexes(conn: &Connection) -> Result<Deferred> {
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_master
         WHERE sql IS NOT NULL
           AND ((type = 'trigger' AND (name GLOB '*_fts_*' OR name = 'status_history_current'
                                       OR name GLOB 'pledge_current_count_*'))
                OR type = 'index')",
    )?;
    let rows: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut sql = Vec::new();
    for (kind, name, create) in rows {
        if KEPT_INDEXES.contains(&name.as_str()) {
            continue;
        }
        // Names come from the database's own schema, never from input.
        conn.execute_batch(&format!("DROP {kind} {name}"))?;
        sql.push(create);
    }
    Ok(Deferred { sql })
}

impl Deferred {
    /// Recreates the dropped indexes and fills `pledge_current` and `status_counts` from the
    /// status history.
    pub fn restore_indexes(&self, conn: &Connection) -> Result<()> {
        for create in self.sql.iter().filter(|sql| sql.starts_with("CREATE INDEX")) {
            conn.execute_batch(create)?;
        }
        // The same fill as migrations 003 and 004, which stay frozen as they shipped.
        conn.execute_batch(
            "DELETE FROM pledge_current;
             INSERT INTO pledge_current (pledge_id, entry_id, status, as_of)
             SELECT pledge_id, id, status, as_of FROM (
                 SELECT pledge_id, id, status, as_of,
                        row_number() OVER (PARTITION BY pledge_id ORDER BY as_of DESC, id DESC) AS n
                 FROM status_history)
             WHERE n = 1;
             DELETE FROM status_counts;
             INSERT INTO status_counts (status, pledges)
             SELECT status, count(*) FROM pledge_current GROUP BY status;",
        )?;
        Ok(())
    }

    /// Fills the full-text indexes from their tables and recreates the triggers that keep them
    /// and `pledge_current` in step.
    pub fn restore_search(&self, conn: &Connection) -> Result<()> {
        conn.execute_batch(
            "INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');
             INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild');
             INSERT INTO pledges_fts (pledges_fts) VALUES ('rebuild');",
        )?;
        for create in self.sql.iter().filter(|sql| sql.starts_with("CREATE TRIGGER")) {
            conn.execute_batch(create)?;
        }
        Ok(())
    }
}

/// Fails if any row refers to a row that does not exist (for loads run with foreign keys off).
pub fn check_foreign_keys(conn: &Connection) -> Result<()> {
    let broken: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
    if broken > 0 {
        bail!(
            "{broken} rows refer to rows that do not exist; this is a bug in pledge, please report it"
        );
    }
    Ok(())
}

/// Whether `err` is a UNIQUE or PRIMARY KEY violation (a duplicate natural key).
pub fn is_duplicate(err: &rusqlite::Error) -> bool {
    const SQLITE_CONSTRAINT_PRIMARYKEY: i32 = 1555;
    const SQLITE_CONSTRAINT_UNIQUE: i32 = 2067;
    matches!(err, rusqlite::Error::SqliteFailure(e, _)
        if e.code == ErrorCode::ConstraintViolation
            && matches!(e.extended_code, SQLITE_CONSTRAINT_PRIMARYKEY | SQLITE_CONSTRAINT_UNIQUE))
}

/// Splits a list that a query joined with `group_concat(x, char(31))` (the ASCII unit
/// separator, which no slug, name or alias contains); NULL, the aggregate of no rows, is empty.
fn split_list(joined: Option<String>) -> Vec<String> {
    joined.map(|s| s.split('\u{1f}').map(str::to_owned).collect()).unwrap_or_default()
}

/// Row counts of the data tables, in load order, for the seed report.
pub fn counts(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare(COUNTS)?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Row counts per data table, in load order.
const COUNTS: &str = "\
SELECT 'sources', count(*) FROM sources UNION ALL \
SELECT 'companies', count(*) FROM companies UNION ALL \
SELECT 'company_aliases', count(*) FROM company_aliases UNION ALL \
SELECT 'officials', count(*) FROM officials UNION ALL \
SELECT 'official_aliases', count(*) FROM official_aliases UNION ALL \
SELECT 'categories', count(*) FROM categories UNION ALL \
SELECT 'category_aliases', count(*) FROM category_aliases UNION ALL \
SELECT 'category_hs_codes', count(*) FROM category_hs_codes UNION ALL \
SELECT 'evidence', count(*) FROM evidence UNION ALL \
SELECT 'official_titles', count(*) FROM official_titles UNION ALL \
SELECT 'events', count(*) FROM events UNION ALL \
SELECT 'event_participants', count(*) FROM event_participants UNION ALL \
SELECT 'pledges', count(*) FROM pledges UNION ALL \
SELECT 'pledge_markets', count(*) FROM pledge_markets UNION ALL \
SELECT 'pledge_targets', count(*) FROM pledge_targets UNION ALL \
SELECT 'pledge_categories', count(*) FROM pledge_categories UNION ALL \
SELECT 'pledge_events', count(*) FROM pledge_events UNION ALL \
SELECT 'status_history', count(*) FROM status_history";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_reach_the_current_version() {
        let conn = open_in_memory().unwrap();
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn schema_objects_are_stable() {
        let conn = open_in_memory().unwrap();
        let mut stmt = conn
            .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .unwrap();
        let names: Vec<String> = stmt
            .query_map([], |r| Ok(format!("{} {}", r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        insta::assert_snapshot!(names.join("\n"));
    }

    #[test]
    fn a_newer_database_is_refused() {
        let mut conn = open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(err.to_string().starts_with("database is newer than this program"), "{err}");
    }

    #[test]
    fn a_version_1_database_gains_the_status_source_index() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
        let indexed: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'status_history_source')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(indexed);
    }

    /// A pledge with one source to hang status entries on; returns the pledge id.
    fn one_pledge(conn: &Connection) -> i64 {
        conn.execute_batch(
            "INSERT INTO sources (slug, kind, title, url) VALUES ('s', 'article', 'S', 'https://example.com');
             INSERT INTO companies (slug, name) VALUES ('c', 'C');
             INSERT INTO pledges (slug, title, company_id, made_on, formality)
             VALUES ('p', 'P', 1, '2017-01-09', 'verbal');",
        )
        .unwrap();
        1
    }

    fn current(conn: &Connection) -> (String, String) {
        conn.query_row("SELECT status, as_of FROM pledge_current WHERE pledge_id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap()
    }

    #[test]
    fn a_version_2_database_gains_each_pledges_current_status() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(MIGRATIONS[1]).unwrap();
        conn.pragma_update(None, "user_version", 2).unwrap();
        let pledge = one_pledge(&conn);
        for (as_of, status) in [("2017-01-10", "in_progress"), ("2017-01-09", "announced")] {
            conn.execute(
                "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote) VALUES (?1, ?2, ?3, 1, 'q')",
                (pledge, as_of, status),
            )
            .unwrap();
        }
        migrate(&mut conn).unwrap();
        assert_eq!(current(&conn), ("in_progress".to_owned(), "2017-01-10".to_owned()));
    }

    #[test]
    fn the_current_status_follows_new_entries_but_not_earlier_dated_ones() {
        let conn = open_in_memory().unwrap();
        let pledge = one_pledge(&conn);
        let add = |as_of: &str, status: &str| {
            conn.execute(
                "INSERT INTO status_history (pledge_id, as_of, status, reason, source_id, quote)
                 VALUES (?1, ?2, ?3, CASE ?3 WHEN 'withdrawn' THEN 'unknown' END, 1, 'q')",
                (pledge, as_of, status),
            )
            .unwrap();
        };
        add("2017-01-10", "in_progress");
        assert_eq!(current(&conn), ("in_progress".to_owned(), "2017-01-10".to_owned()));
        add("2017-01-09", "announced");
        assert_eq!(current(&conn).0, "in_progress");
        add("2017-01-10", "stalled");
        assert_eq!(current(&conn).0, "stalled", "a later entry of the same day wins");
        add("2018-09-19", "withdrawn");
        assert_eq!(current(&conn), ("withdrawn".to_owned(), "2018-09-19".to_owned()));
        let counts: Vec<(String, i64)> = conn
            .prepare("SELECT status, pledges FROM status_counts ORDER BY status")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let zero_but = |status: &str| ("withdrawn" == status) as i64;
        assert!(counts.iter().all(|(status, n)| *n == zero_but(status)), "{counts:?}");
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
    }
}
