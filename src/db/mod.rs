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
pub mod governments;
pub mod journal;
pub mod meta;
pub mod names;
pub mod officials;
pub mod parties;
pub mod pledges;
pub mod relations;
pub mod schema;
pub mod search;
pub mod site;
pub mod sources;
pub mod status;
pub mod targets;
pub mod timeline;
pub mod totals;

#[cfg(test)]
use schema::MIGRATIONS;
use schema::version_of;
pub use schema::{SCHEMA_VERSION, migrate, missing_triggers, restore_triggers, version};

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use rusqlite::{Connection, ErrorCode, OpenFlags};

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
    Ok(look_at(path)?.0)
}

/// What `path` holds, as [`inspect`] says, with the connection opened to look when it could be
/// opened for writing: opening reuses it, so that the schema is read once, not twice.
fn look_at(path: &Path) -> Result<(Found, Option<Connection>)> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Ok((Found::Missing, None));
        }
        Err(err) => return Err(err).with_context(|| format!("reading `{}`", path.display())),
    };
    if meta.is_dir() {
        return Ok((Found::Foreign("it is a folder"), None));
    }
    if meta.len() == 0 {
        return Ok((Found::Empty, None));
    }
    let mut header = [0u8; 16];
    let read = std::io::Read::read(
        &mut std::fs::File::open(path).with_context(|| format!("reading `{}`", path.display()))?,
        &mut header,
    )?;
    if read < 16 || &header != b"SQLite format 3\0" {
        return Ok((Found::Foreign("it is not an SQLite database"), None));
    }
    let (conn, writable) =
        match Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE) {
            Ok(conn) => (conn, true),
            Err(_) => (
                Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
                    .with_context(|| format!("opening `{}`", path.display()))?,
                false,
            ),
        };
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
    let found = match look() {
        Ok((0, 0, _)) => Found::Empty,
        Ok((version, _, true)) if version > 0 => Found::Pledge(version),
        Ok((version, _, true)) if version < 0 => Found::Foreign(
            "its schema version is negative, which no pledge writes: another program changed it",
        ),
        Ok(_) => Found::Foreign("it is the SQLite database of another program"),
        Err(err) if is_busy(&err) => return Err(err).context("reading the database"),
        Err(_) => Found::Foreign("it is not a readable SQLite database"),
    };
    Ok((found, writable.then_some(conn)))
}

/// Opens an existing pledge database for reading, at the current schema version. Never creates,
/// migrates or otherwise writes the file.
pub fn open(path: &Path, wait: Duration) -> Result<Connection> {
    let shown = path.display();
    let (found, looked) = look_at(path)?;
    match found {
        Found::Pledge(v) if v == SCHEMA_VERSION => {}
        Found::Pledge(v) if v < SCHEMA_VERSION => bail!(
            "`{shown}` has schema version {v}, older than this program's {SCHEMA_VERSION}: bring it \
             up to date with `pledge init` (or any command that writes)"
        ),
        found => refuse(path, &found)?,
    }
    let conn = match looked {
        Some(conn) => conn,
        None => Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
            .with_context(|| format!("opening database `{shown}`"))?,
    };
    configure(&conn, wait).with_context(|| format!("opening database `{shown}`"))?;
    Ok(conn)
}

/// Opens an existing pledge database for writing, in WAL mode (so that readers are never
/// blocked by a writer), and brings its schema up to date.
pub fn open_for_writing(path: &Path, wait: Duration) -> Result<Connection> {
    let (found, looked) = look_at(path)?;
    match found {
        Found::Pledge(v) if v <= SCHEMA_VERSION => {}
        found => refuse(path, &found)?,
    }
    refuse_read_only(path)?;
    let mut conn = match looked {
        Some(conn) => conn,
        None => Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
            .with_context(|| format!("opening database `{}`", path.display()))?,
    };
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

/// A fresh in-memory database with the current schema, for tests: a copy of one made once per
/// test binary (a copy costs well under a millisecond, parsing the schema a few). The steps stay
/// tested: `db/schema_tests.rs` checks that they build `schema.sql`, and `db/tests.rs` and
/// `db/upgrade_tests.rs` bring old databases forward step by step.
#[cfg(test)]
pub fn open_in_memory() -> Result<Connection> {
    use std::sync::{Mutex, OnceLock};
    static TEMPLATE: OnceLock<Mutex<Connection>> = OnceLock::new();
    let template = TEMPLATE.get_or_init(|| {
        let mut conn = Connection::open_in_memory().expect("an in-memory database");
        configure(&conn, Duration::ZERO).expect("configuring the template");
        migrate(&mut conn).expect("migrating the template");
        Mutex::new(conn)
    });
    let mut conn = Connection::open_in_memory()?;
    {
        // Held only to copy from: no test writes the template.
        let template = template.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // Every page in one step: the template is small and no one writes it.
        let backup = rusqlite::backup::Backup::new(&template, &mut conn)?;
        backup.run_to_completion(i32::MAX, Duration::ZERO, None)?;
    }
    configure(&conn, Duration::ZERO)?;
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

/// A byte offset into a stored text as SQLite stores it; texts are capped far below `i64::MAX`.
pub fn offset(at: usize) -> i64 {
    i64::try_from(at).expect("stored texts are under 4 GiB")
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
mod schema_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod upgrade_tests;
