//! The schema: its steps in order, bringing a database up to date under the write lock, and the
//! triggers the current schema holds (which `check` compares and `init` restores).

use anyhow::{Context, Result, bail};
use rusqlite::Connection;

use super::{begin_write, chain};

/// The schema steps, in order: step N brings a database to `user_version` N.
pub(super) const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/001_schema.sql"),
    include_str!("../../migrations/002_status_history_source.sql"),
    include_str!("../../migrations/003_current_status.sql"),
    include_str!("../../migrations/004_status_counts.sql"),
    include_str!("../../migrations/005_journal.sql"),
    include_str!("../../migrations/006_append_only_and_dates.sql"),
    include_str!("../../migrations/007_datasette.sql"),
    include_str!("../../migrations/008_status_quotes_search.sql"),
    include_str!("../../migrations/009_disputed_facts.sql"),
    include_str!("../../migrations/010_partial_dates_kind_disputes.sql"),
    include_str!("../../migrations/011_parties.sql"),
    include_str!("../../migrations/012_targets_progress_revisions.sql"),
    include_str!("../../migrations/013_pledge_relations.sql"),
    include_str!("../../migrations/014_status_history_as_of.sql"),
    include_str!("../../migrations/015_sources_file.sql"),
    include_str!("../../migrations/016_status_disputes.sql"),
];

/// The whole schema as the steps leave it: a new database is made from it in one step. A test
/// checks that it is exactly what the steps build.
pub(super) const CURRENT: &str = include_str!("../../schema.sql");

/// The schema version this program writes and reads.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// The database's schema version (`PRAGMA user_version`).
pub fn version(conn: &Connection) -> Result<i64> {
    Ok(version_of(conn)?)
}

pub(super) fn version_of(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
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
        // A new database takes the current schema at once; parsing each step's renames costs
        // far more than the tables themselves.
        let (sql, version) = match step {
            0 => (CURRENT, SCHEMA_VERSION),
            _ => match MIGRATIONS.get(step) {
                Some(sql) => (*sql, current + 1),
                None => break,
            },
        };
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
    schema.execute_batch(CURRENT)?;
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
