//! The database: opening, pragmas and schema migrations, and one submodule of SQL per table.
//!
//! Every SQL string of the program lives under this module; callers pass a `&Connection` (a
//! `Transaction` derefs to one) and get domain types back. Nothing here prints or reads files
//! other than the database itself.

pub mod bulk;
pub mod categories;
pub mod chain;
pub mod check;
pub mod companies;
pub mod events;
pub mod evidence;
pub mod export;
pub mod filter;
pub mod journal;
pub mod meta;
pub mod names;
pub mod officials;
pub mod pledges;
pub mod search;
pub mod site;
pub mod sources;
pub mod status;
pub mod timeline;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, ErrorCode, OpenFlags};

/// The schema steps, in order: step N brings a database to `user_version` N.
const MIGRATIONS: &[&str] = &[
    include_str!("../../schema.sql"),
    include_str!("../../migrations/002_status_history_source.sql"),
    include_str!("../../migrations/003_current_status.sql"),
    include_str!("../../migrations/004_status_counts.sql"),
    include_str!("../../migrations/005_journal.sql"),
    include_str!("../../migrations/006_append_only_and_dates.sql"),
    include_str!("../../migrations/007_datasette.sql"),
    include_str!("../../migrations/008_status_quotes_search.sql"),
    include_str!("../../migrations/009_disputed_facts.sql"),
];

/// The schema version this program writes and reads.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// What the file at a database path holds, told without changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Nothing there.
    Missing,
    /// A zero-byte file, or an SQLite database with no tables and no schema version.
    Empty,
    /// A pledge database at this schema version.
    Pledge(i64),
    /// Something else: the words say what.
    Foreign(&'static str),
}

/// Looks at the file at `path` (following symlinks). A pledge database's hot journal, left by a
/// killed command, is rolled back by the look, as by any other connection.
pub fn inspect(path: &Path) -> Result<Found> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Missing),
        Err(err) => return Err(err).with_context(|| format!("reading `{}`", path.display())),
    };
    if meta.is_dir() {
        return Ok(Found::Foreign("it is a folder"));
    }
    if meta.len() == 0 {
        return Ok(Found::Empty);
    }
    let mut header = [0u8; 16];
    let read = std::io::Read::read(
        &mut std::fs::File::open(path).with_context(|| format!("reading `{}`", path.display()))?,
        &mut header,
    )?;
    if read < 16 || &header != b"SQLite format 3\0" {
        return Ok(Found::Foreign("it is not an SQLite database"));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .or_else(|_| Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY))
        .with_context(|| format!("opening `{}`", path.display()))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let look = || -> rusqlite::Result<(i64, i64, bool)> {
        let version = version_of(&conn)?;
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        let ours: bool = conn.query_row(
            "SELECT count(*) = 2 FROM sqlite_master WHERE type = 'table' AND name IN ('pledges', 'meta')",
            [],
            |r| r.get(0),
        )?;
        Ok((version, tables, ours))
    };
    match look() {
        Ok((0, 0, _)) => Ok(Found::Empty),
        Ok((version, _, true)) if version > 0 => Ok(Found::Pledge(version)),
        Ok((version, _, true)) if version < 0 => Ok(Found::Foreign(
            "its schema version is negative, which no pledge writes: another program changed it",
        )),
        Ok(_) => Ok(Found::Foreign("it is the SQLite database of another program")),
        Err(err) if is_busy(&err) => Err(err).context("reading the database"),
        Err(_) => Ok(Found::Foreign("it is not a readable SQLite database")),
    }
}

/// Opens an existing pledge database for reading, at the current schema version. Never creates,
/// migrates or otherwise writes the file.
pub fn open(path: &Path, wait: Duration) -> Result<Connection> {
    let shown = path.display();
    match inspect(path)? {
        Found::Pledge(v) if v == SCHEMA_VERSION => {}
        Found::Pledge(v) if v < SCHEMA_VERSION => bail!(
            "`{shown}` has schema version {v}, older than this program's {SCHEMA_VERSION}: bring it \
             up to date with `pledge init` (or any command that writes)"
        ),
        found => refuse(path, &found)?,
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .with_context(|| format!("opening database `{shown}`"))?;
    configure(&conn, wait).with_context(|| format!("opening database `{shown}`"))?;
    Ok(conn)
}

/// Opens an existing pledge database for writing, in WAL mode (so that readers are never
/// blocked by a writer), and brings its schema up to date.
pub fn open_for_writing(path: &Path, wait: Duration) -> Result<Connection> {
    match inspect(path)? {
        Found::Pledge(v) if v <= SCHEMA_VERSION => {}
        found => refuse(path, &found)?,
    }
    refuse_read_only(path)?;
    let mut conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .with_context(|| format!("opening database `{}`", path.display()))?;
    prepare(&mut conn, wait).with_context(|| format!("opening database `{}`", path.display()))?;
    Ok(conn)
}

/// Refuses a read-only file: a command that writes would fail midway, or change its mode.
fn refuse_read_only(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path).with_context(|| format!("reading `{}`", path.display()))?;
    if meta.permissions().readonly() {
        bail!(
            "`{}` is read-only; make it writable (chmod u+w {}) to change it",
            path.display(),
            path.display()
        );
    }
    Ok(())
}

/// The error for a file that is not a pledge database of this program's schema.
fn refuse(path: &Path, found: &Found) -> Result<()> {
    let shown = path.display();
    match found {
        Found::Missing => bail!(
            "no database at `{shown}` (build one from the seed files with `pledge seed`, or create \
             an empty one with `pledge init`)"
        ),
        Found::Empty => bail!(
            "`{shown}` is empty, not a pledge database (build one there with `pledge seed` or \
             `pledge init`, or give another --db)"
        ),
        Found::Pledge(v) => bail!(
            "database is newer than this program (schema version {v}, this program knows up to \
             {SCHEMA_VERSION}): upgrade pledge"
        ),
        Found::Foreign(why) => {
            bail!("`{shown}` is not a pledge database ({why}); give another --db")
        }
    }
}

/// Creates a database at `path` (an empty file, or none: the caller has checked) or opens the
/// pledge database there, in WAL mode, and brings its schema up to date.
pub fn create(path: &Path, wait: Duration) -> Result<Connection> {
    let mut conn = Connection::open(path)
        .with_context(|| format!("creating database `{}`", path.display()))?;
    prepare(&mut conn, wait).with_context(|| format!("creating database `{}`", path.display()))?;
    Ok(conn)
}

/// Checks that `path` may be replaced by a new pledge database: nothing there, an empty file, or
/// a pledge database this program knows, writable. Anything else only when `force`.
pub fn check_replaceable(path: &Path, found: &Found, force: bool) -> Result<()> {
    let shown = path.display();
    match found {
        Found::Missing => return Ok(()),
        Found::Foreign(why) if !force => bail!(
            "`{shown}` is not a pledge database ({why}); give another --db, or add --force to \
             replace it (a copy is kept beside it first)"
        ),
        Found::Pledge(v) if *v > SCHEMA_VERSION && !force => bail!(
            "`{shown}` was made by a newer pledge (schema version {v}, this program knows up to \
             {SCHEMA_VERSION}): upgrade pledge, or add --force to replace it (a copy is kept \
             beside it first)"
        ),
        _ => {}
    }
    refuse_read_only(path)
}

/// Keeps a copy of the file at `path` as `copy` (a new file): for an SQLite file a consistent
/// one, with any write-ahead log folded in; for anything else, its bytes.
pub fn keep_copy(path: &Path, copy: &Path) -> Result<()> {
    let fail = || format!("keeping a copy of `{}` as `{}`", path.display(), copy.display());
    let Some(to) = copy.to_str() else {
        bail!("`{}` is not a UTF-8 path; give a --db with a plain name", copy.display())
    };
    let vacuumed = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .and_then(|conn| conn.execute("VACUUM INTO ?1", [to]));
    if vacuumed.is_err() {
        let _ = std::fs::remove_file(copy);
        std::fs::copy(path, copy).with_context(fail)?;
    }
    std::fs::File::open(copy).and_then(|f| f.sync_all()).with_context(fail)?;
    Ok(())
}

/// Empties the file at `path` (which is not a pledge database, and of which a copy was kept),
/// keeping the file itself and so its mode, and removes its SQLite side files.
pub fn clear(path: &Path) -> Result<()> {
    std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)
        .with_context(|| format!("emptying `{}`", path.display()))?;
    for side in ["-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(side);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
    Ok(())
}

/// Replaces everything in the database behind `dest` with the content of `src`, in one write
/// transaction on `dest` (SQLite's online backup): it waits for `dest`'s write lock like any
/// write, honours its journal, is all or nothing if the process dies, and every other
/// connection to `dest` sees the new content on its next query.
pub fn replace(src: &Connection, dest: &mut Connection) -> Result<()> {
    use rusqlite::backup::{Backup, StepResult};
    let backup = Backup::new(src, dest).context("starting to copy the new database")?;
    match backup.step(-1).context("copying the new database")? {
        StepResult::Done => Ok(()),
        StepResult::Busy | StepResult::Locked => Err(rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        ))
        .context("copying the new database"),
        other => bail!("copying the new database stopped early ({other:?})"),
    }
}

/// Moves a new database, built in the temporary `file`, to `path`, where nothing is (it refuses
/// to overwrite a file that appeared meanwhile), durably, and switches it to WAL mode.
pub fn move_into_place(
    conn: Connection,
    file: tempfile::NamedTempFile,
    path: &Path,
    wait: Duration,
) -> Result<()> {
    let fail = |err: std::io::Error| {
        anyhow::anyhow!("cannot move the new database into place at `{}`: {err}", path.display())
    };
    conn.close().map_err(|(_, err)| err)?;
    file.as_file().sync_all().map_err(fail)?;
    file.persist_noclobber(path).map_err(|err| fail(err.error))?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        // Makes the rename durable; some file systems cannot sync a folder, which is harmless.
        let _ = std::fs::File::open(parent).and_then(|d| d.sync_all());
    }
    drop(open_for_writing(path, wait)?);
    Ok(())
}

/// A private database file that only this process writes (a seed being built): no WAL.
pub fn create_private(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path)
        .with_context(|| format!("creating database `{}`", path.display()))?;
    configure(&conn, Duration::ZERO)?;
    // Private until copied into place and removed on failure: a rollback journal and syncing
    // buy nothing, even while the schema is applied (each step would otherwise wait for the
    // disk). The caller syncs the file before using it.
    conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")?;
    migrate(&mut conn).with_context(|| format!("creating database `{}`", path.display()))?;
    Ok(conn)
}

/// A fresh in-memory database with the current schema, for tests.
#[cfg(test)]
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn, Duration::ZERO)?;
    migrate(&mut conn)?;
    Ok(conn)
}

/// The per-connection settings.
fn configure(conn: &Connection, wait: Duration) -> Result<()> {
    // Foreign keys are a per-connection setting; without it the REFERENCES clauses are inert.
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // How long a command waits for another one's write lock before giving up.
    conn.busy_timeout(wait)?;
    // The loader cycles through a few dozen statements per table; the default cache of 16
    // would re-prepare them.
    conn.set_prepared_statement_cache_capacity(64);
    Ok(())
}

/// Settings, WAL mode (persistent in the file) and the schema, for a connection that writes.
fn prepare(conn: &mut Connection, wait: Duration) -> Result<()> {
    configure(conn, wait)?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        bail!("cannot switch the database to WAL mode (it stays in {mode} mode)");
    }
    migrate(conn)
}

/// Whether `err` says another connection holds a lock this one needed.
pub fn is_busy(err: &rusqlite::Error) -> bool {
    matches!(err.sqlite_error_code(), Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked))
}

/// Starts a write transaction that takes the write lock now, waiting (the busy timeout) for
/// another writer to finish, so that it never fails halfway for want of the lock.
pub fn begin_write(conn: &mut Connection) -> rusqlite::Result<rusqlite::Transaction<'_>> {
    conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
}

/// The database's schema version (`PRAGMA user_version`).
pub fn version(conn: &Connection) -> Result<i64> {
    Ok(version_of(conn)?)
}

fn version_of(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// A byte offset into a stored text as SQLite stores it; texts are capped far below `i64::MAX`.
pub fn offset(at: usize) -> i64 {
    i64::try_from(at).expect("stored texts are under 4 GiB")
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
    if current < 0 {
        bail!(
            "the schema version is {current}, which no pledge writes: another program changed \
             `PRAGMA user_version`; set it back to the version the schema has"
        );
    }
    if current == SCHEMA_VERSION {
        return Ok(());
    }
    // A step may rebuild a table, which SQLite allows only with foreign keys off (the setting
    // cannot change inside a transaction). Rows are copied unchanged, so no reference breaks.
    conn.pragma_update(None, "foreign_keys", "OFF")?;
    let applied = apply_steps(conn);
    conn.pragma_update(None, "foreign_keys", "ON")?;
    applied
}

fn apply_steps(conn: &mut Connection) -> Result<()> {
    // Each step re-reads the version under the write lock: another command may have just
    // applied it.
    loop {
        let tx = begin_write(conn)?;
        let current = version_of(&tx)?;
        let step = usize::try_from(current).context("a negative schema version")?;
        let Some(sql) = MIGRATIONS.get(step) else { break };
        let version = current + 1;
        tx.execute_batch(sql).with_context(|| format!("applying schema version {version}"))?;
        if version == SCHEMA_VERSION {
            // The entries already recorded start the hash chain.
            chain::extend(&tx)?;
        }
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

/// A trigger of the schema: its name, its table and its CREATE statement.
pub struct Trigger {
    pub name: String,
    pub table: String,
    pub sql: String,
}

/// The triggers the current schema has that the database lacks (dropped by another client), by
/// name.
pub fn missing_triggers(conn: &Connection) -> Result<Vec<Trigger>> {
    let schema = Connection::open_in_memory()?;
    for sql in MIGRATIONS {
        schema.execute_batch(sql)?;
    }
    let mut stmt = schema.prepare(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name",
    )?;
    let expected = stmt
        .query_map([], |r| Ok(Trigger { name: r.get(0)?, table: r.get(1)?, sql: r.get(2)? }))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut present = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?1)",
    )?;
    let mut missing = Vec::new();
    for trigger in expected {
        if !present.query_row([&trigger.name], |r| r.get::<_, bool>(0))? {
            missing.push(trigger);
        }
    }
    Ok(missing)
}

/// Recreates the triggers the database lacks; returns their names.
pub fn restore_triggers(conn: &Connection) -> Result<Vec<String>> {
    let mut restored = Vec::new();
    for trigger in missing_triggers(conn)? {
        // The statement comes from this program's own schema, never from input.
        conn.execute_batch(&trigger.sql)
            .with_context(|| format!("restoring the trigger `{}`", trigger.name))?;
        restored.push(trigger.name);
    }
    Ok(restored)
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

/// What went wrong when `err` says the database file itself could not be written or used (a
/// full disk, a read-only file, a lock held by another program), as opposed to a row refused.
pub fn storage_failure(err: &rusqlite::Error) -> Option<&'static str> {
    let rusqlite::Error::SqliteFailure(e, _) = err else { return None };
    Some(match e.code {
        ErrorCode::DiskFull => "the disk is full",
        ErrorCode::ReadOnly => "it is read-only (check the file's permissions and its file system)",
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => {
            "another program is using it; try again when it has finished"
        }
        ErrorCode::SystemIoFailure => "the disk could not be written (an I/O error)",
        ErrorCode::CannotOpen => {
            "it cannot be opened (check that its folder exists and is writable)"
        }
        _ => return None,
    })
}

/// Makes a command's error say plainly when the database file at `path` could not be written
/// (full disk, read-only, locked), and name the damaged row behind a value that could not be
/// read because another client wrote it past the schema's checks (`conn`, when open, is asked
/// which); other errors pass through unchanged.
pub fn explain(err: anyhow::Error, path: &Path, conn: Option<&Connection>) -> anyhow::Error {
    let causes = || err.chain().filter_map(|cause| cause.downcast_ref::<rusqlite::Error>());
    if let Some(why) = causes().find_map(storage_failure) {
        return anyhow::anyhow!("cannot write to `{}`: {why}", path.display());
    }
    let unreadable = causes().any(|cause| {
        matches!(
            cause,
            rusqlite::Error::FromSqlConversionFailure(..) | rusqlite::Error::InvalidColumnType(..)
        )
    });
    let Some(conn) = conn.filter(|_| unreadable) else { return err };
    match check::bad_dates(conn) {
        Ok(rows) if !rows.is_empty() => {
            let (table, key, column, value) = &rows[0];
            let more = match rows.len() - 1 {
                0 => String::new(),
                n => format!(" and {n} more"),
            };
            anyhow::anyhow!(
                "the database holds dates that are not days, written by another program: \
                 {table} `{key}` column {column} holds `{value}`{more} (run `pledge check` to \
                 list them)"
            )
        }
        _ => err
            .context("a row holds a value this program cannot read; run `pledge check` to find it"),
    }
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
    // Table names come from the catalog, never from input.
    let sql = crate::catalog::Table::ALL
        .map(|t| format!("SELECT '{0}', count(*) FROM {0}", t.name()))
        .join(" UNION ALL ");
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

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

    /// Datasette and sqlite-utils find a table's search index by this pattern over its
    /// declaration (`detect_fts`): the double-quoted `content="TABLE"`.
    #[test]
    fn search_tables_are_declared_as_datasette_and_sqlite_utils_detect_them() {
        let conn = open_in_memory().unwrap();
        for table in ["sources", "evidence", "pledges", "status_history"] {
            let found: String = conn
                .query_row(
                    "SELECT name FROM sqlite_master WHERE rootpage = 0
                     AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"' || ?1 || '\"%'",
                    [table],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(found, format!("{table}_fts"));
        }
    }

    #[test]
    fn redeclaring_the_search_tables_keeps_what_was_indexed() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..4] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO companies (slug, name) VALUES ('acme', 'Acme');
             INSERT INTO pledges (slug, title, company_id, made_on, formality)
             VALUES ('acme-jobs', 'Acme to hire welders', 1, '2020-01-01', 'verbal');",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", 4).unwrap();
        migrate(&mut conn).unwrap();
        let hit: String = conn
            .query_row(
                "SELECT p.slug FROM pledges_fts JOIN pledges p ON p.id = pledges_fts.rowid
                 WHERE pledges_fts MATCH 'welders'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(hit, "acme-jobs");
        let row: (String, String, Option<String>, String) = conn
            .query_row("SELECT slug, company, status, overdue FROM pledge_status", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .unwrap();
        assert_eq!(row, ("acme-jobs".into(), "Acme".into(), None, "no".into()));
    }

    #[test]
    fn a_newer_database_is_refused() {
        let mut conn = open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(err.to_string().starts_with("database is newer than this program"), "{err}");
    }

    #[test]
    fn a_negative_version_is_refused_not_taken_as_current() {
        let mut conn = open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", -1).unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(err.to_string().starts_with("the schema version is -1"), "{err}");
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
    fn a_version_7_database_gains_its_status_quotes_in_search() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..7] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 7).unwrap();
        one_pledge(&conn);
        conn.execute_batch(
            "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2018-01-01', 'stalled', 1, 'hiring has slowed');",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let count = |word: &str| -> i64 {
            conn.query_row(
                "SELECT count(*) FROM status_history_fts WHERE status_history_fts MATCH ?1",
                [word],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert_eq!(count("slowed"), 1);
        conn.execute_batch(
            "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2019-01-01', 'in_progress', 1, 'hiring slowed, then resumed');",
        )
        .unwrap();
        assert_eq!(count("slowed"), 2);
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

    /// Inserts `sql` and returns the error SQLite gives, if any.
    fn refusal(conn: &Connection, sql: &str) -> Option<String> {
        conn.execute_batch(sql).err().map(|err| err.to_string())
    }

    #[test]
    fn dates_that_are_not_days_are_refused() {
        let conn = open_in_memory().unwrap();
        one_pledge(&conn);
        for bad in ["garbage", "2017-02-30", "2017-1-5", "2017-01-05 ", ""] {
            let sql = format!(
                "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
                 VALUES (1, '{bad}', 'announced', 1, 'q')"
            );
            let err = refusal(&conn, &sql).unwrap_or_else(|| panic!("`{bad}` was stored"));
            assert!(err.contains("CHECK constraint failed"), "{bad}: {err}");
        }
        assert_eq!(
            refusal(&conn, "UPDATE pledges SET deadline = 'soon'").as_deref(),
            Some(
                "CHECK constraint failed: deadline IS NULL OR deadline IS date(deadline, '+0 days')"
            )
        );
    }

    #[test]
    fn an_entry_or_a_claim_cannot_be_replaced() {
        let conn = open_in_memory().unwrap();
        one_pledge(&conn);
        conn.execute_batch(
            "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2017-01-09', 'announced', 1, 'q');
             INSERT INTO evidence (subject, key, field, value, source_id, quote)
             VALUES ('pledge', 'p', 'jobs', '1', 1, 'q');",
        )
        .unwrap();
        let replace =
            "REPLACE INTO status_history (id, pledge_id, as_of, status, reason, source_id, quote)
                       VALUES (1, 1, '2017-01-09', 'withdrawn', 'unknown', 1, 'q')";
        assert_eq!(
            refusal(&conn, replace).as_deref(),
            Some("status_history: a row with this id exists already; rows cannot be replaced")
        );
        let replace =
            "INSERT OR REPLACE INTO evidence (id, subject, key, field, value, source_id, quote)
                       VALUES (1, 'pledge', 'p', 'jobs', '2', 1, 'q')";
        assert_eq!(
            refusal(&conn, replace).as_deref(),
            Some("evidence: a row with this id exists already; rows cannot be replaced")
        );
        assert_eq!(
            refusal(&conn, "UPDATE evidence SET value = '2'").as_deref(),
            Some("a claim cannot be rewritten: record a new claim instead")
        );
        assert_eq!(
            refusal(&conn, "DELETE FROM evidence").as_deref(),
            Some("claims cannot be deleted: record a new claim instead")
        );
        conn.execute_batch("UPDATE evidence SET note = 'checked'").unwrap();
    }

    #[test]
    fn a_version_4_database_is_rebuilt_keeping_its_rows_and_bad_dates() {
        let mut conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..4] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 4).unwrap();
        one_pledge(&conn);
        conn.execute_batch(
            "INSERT INTO status_history (id, pledge_id, as_of, status, source_id, quote)
             VALUES (7, 1, '2017-01-10', 'in_progress', 1, 'q');
             -- text that is not a date passed the old CHECK
             UPDATE pledges SET deadline = 'soon';",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
        let kept: (i64, String, String) = conn
            .query_row(
                "SELECT h.id, h.status, p.deadline FROM status_history h JOIN pledges p ON p.id = h.pledge_id",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(kept, (7, "in_progress".to_owned(), "soon".to_owned()));
        let objects = |conn: &Connection| -> Vec<String> {
            conn.prepare("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1")
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        let fresh = open_in_memory().unwrap();
        assert_eq!(objects(&conn), objects(&fresh), "every table, index and trigger, as new");
        assert_eq!(current(&conn).0, "in_progress");
        assert_eq!(chain::verify(&conn, "status_history").unwrap(), chain::Verdict::Intact);
        let fk: bool = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
        assert!(fk, "foreign keys are back on after the rebuild");
    }

    #[test]
    fn a_read_only_or_locked_database_is_told_as_such() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        drop(create(&path, Duration::ZERO).unwrap());
        let write = "INSERT INTO meta (key, value) VALUES ('k', 'v')";
        let reader = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
        let err = reader.execute(write, []).unwrap_err();
        assert_eq!(
            storage_failure(&err),
            Some("it is read-only (check the file's permissions and its file system)")
        );
        let holder = Connection::open(&path).unwrap();
        holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
        let writer = Connection::open(&path).unwrap();
        // Fail at once instead of waiting for the lock, as pledge does after five seconds.
        writer.busy_timeout(std::time::Duration::ZERO).unwrap();
        let err = writer.execute(write, []).unwrap_err();
        assert_eq!(
            storage_failure(&err),
            Some("another program is using it; try again when it has finished")
        );
        let explained = explain(err.into(), &path, None).to_string();
        assert!(explained.starts_with("cannot write to `"), "{explained}");
        assert!(
            explained
                .ends_with("p.db`: another program is using it; try again when it has finished")
        );
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
    }
}
