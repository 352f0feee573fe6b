//! The seed's speed work on a new, private database: PRAGMAs that trade durability for speed,
//! and secondary indexes and triggers set aside during the load, rebuilt once at the end.

use anyhow::Result;
use rusqlite::Connection;

/// Sets `conn`, a database file no one else sees until it is moved into place, for a bulk load.
/// The file is private until copied and deleted on failure, so durability during the build buys
/// nothing. Every reference is resolved by the loader before it writes, so the per-row foreign
/// key lookups only repeat that work; one full check ([`super::check_foreign_keys`]) runs before
/// the commit instead.
pub fn for_private_build(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;
         PRAGMA locking_mode = EXCLUSIVE; PRAGMA foreign_keys = OFF;",
    )?;
    Ok(())
}

/// Secondary indexes and search-index triggers set aside during a bulk load, to be rebuilt in
/// one pass at the end: maintaining them row by row costs more than building them once. The
/// append-only guards against replacing a row by its id go too: the loader never gives an id,
/// so in a new database they only cost a trigger run per row.
pub struct Deferred {
    /// The CREATE statements of what was dropped, as stored in the schema.
    sql: Vec<String>,
}

/// Indexes the loader itself looks up by while loading; they stay. Without
/// `pledge_relations_pledge`, the check that a new relation closes no cycle reads every relation
/// at each step of its walk: quadratic in the relations of the seed; without `sources_file`, each
/// source with an article reads every source before it for one that holds the same file name.
const KEPT_INDEXES: &[&str] =
    &["event_participants_key", "pledge_parties_party", "pledge_relations_pledge", "sources_file"];

/// Drops the search-index triggers and the secondary indexes the loader does not need, for a
/// bulk load into a new database. [`Deferred::restore`] brings them back.
pub fn defer_indexes(conn: &Connection) -> Result<Deferred> {
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_master
         WHERE sql IS NOT NULL
           AND ((type = 'trigger' AND (name GLOB '*_fts_*' OR name GLOB 'status_history_current*'
                                       OR name = 'evidence_disputed' OR name GLOB 'pledge_current_count_*'
                                       OR name = 'status_history_disputes'
                                       OR name GLOB '*_no_replace'))
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
    /// Recreates the dropped indexes, fills `pledge_current`, `status_counts` and
    /// `status_disputes` from the status history and `disputed_facts` from the claims.
    pub fn restore_indexes(&self, conn: &Connection) -> Result<()> {
        let index = |sql: &&String| {
            sql.starts_with("CREATE INDEX") || sql.starts_with("CREATE UNIQUE INDEX")
        };
        for create in self.sql.iter().filter(index) {
            conn.execute_batch(create)?;
        }
        // The same fill as migrations 010, 004, 009 and 011, which stay frozen as they shipped.
        conn.execute_batch(
            "DELETE FROM pledge_current;
             INSERT INTO pledge_current (pledge_id, entry_id, status, as_of)
             SELECT pledge_id, id, status, as_of FROM (
                 SELECT pledge_id, id, status, as_of,
                        row_number() OVER (PARTITION BY pledge_id ORDER BY as_of DESC, id DESC) AS n
                 FROM status_counting)
             WHERE n = 1;
             DELETE FROM status_counts;
             INSERT INTO status_counts (status, pledges)
             SELECT status, count(*) FROM pledge_current GROUP BY status;
             DELETE FROM status_disputes;
             INSERT INTO status_disputes (pledge_id, as_of)
             SELECT pledge_id, as_of FROM status_history
             GROUP BY pledge_id, as_of
             HAVING count(DISTINCT status) > 1;
             DELETE FROM disputed_facts;
             INSERT INTO disputed_facts (subject, key, field)
             SELECT subject, key, field FROM evidence
             WHERE field NOT IN ('alias', 'category', 'company', 'event', 'government',
                                 'made_by', 'made_to', 'market', 'participant', 'statement',
                                 'title')
             GROUP BY subject, key, field
             HAVING count(DISTINCT value) > 1;",
        )?;
        Ok(())
    }

    /// Fills the full-text indexes from their tables and recreates the triggers that keep them
    /// and `pledge_current` in step.
    pub fn restore_search(&self, conn: &Connection) -> Result<()> {
        conn.execute_batch(
            "INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');
             INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild');
             INSERT INTO pledges_fts (pledges_fts) VALUES ('rebuild');
             INSERT INTO status_history_fts (status_history_fts) VALUES ('rebuild');",
        )?;
        for create in self.sql.iter().filter(|sql| sql.starts_with("CREATE TRIGGER")) {
            conn.execute_batch(create)?;
        }
        Ok(())
    }
}
