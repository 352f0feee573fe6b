//! SQL for `hash_chain`: a running SHA-256 over the records that are never rewritten (status
//! entries, relations between pledges, and what each claim says), so that a change made behind the program's back shows.
//!
//! Entry N's link is SHA-256(link N-1 || entry N), over the rows in id order; the table keeps the
//! link of the last entry chained. [`extend`] adds the entries written since; [`verify`]
//! recomputes the chain from the first entry. Nothing here decides what a mismatch means.

use anyhow::Result;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, Row};

use crate::sha256::{Digest32, Hasher, parse_hex, to_hex};

/// A chained table: its name in `hash_chain`, and the query of its chained columns from an id on.
struct Chained {
    name: &'static str,
    rows_after: &'static str,
}

const CHAINED: &[Chained] = &[
    Chained {
        name: "status_history",
        rows_after: "SELECT id, pledge_id, as_of, status, reason, source_id, quote, quote_start,
                            quote_end, note
                     FROM status_history WHERE id > ?1 ORDER BY id",
    },
    Chained {
        name: "pledge_relations",
        rows_after: "SELECT id, pledge_id, relation, other_id, condition, source_id, quote,
                            quote_start, quote_end, note
                     FROM pledge_relations WHERE id > ?1 ORDER BY id",
    },
    Chained {
        name: "evidence",
        rows_after:
            "SELECT id, subject, key, field, value, source_id, quote, quote_start, quote_end
                     FROM evidence WHERE id > ?1 ORDER BY id",
    },
    Chained {
        name: "target_progress",
        rows_after:
            "SELECT id, pledge_id, metric, label, as_of, amount, unit, qualifier, source_id,
                            quote, quote_start, quote_end, note
                     FROM target_progress WHERE id > ?1 ORDER BY id",
    },
    Chained {
        name: "target_revisions",
        rows_after: "SELECT id, pledge_id, metric, label, as_of, amount, unit, qualifier, minimum,
                            maximum, source_id, quote, quote_start, quote_end, note
                     FROM target_revisions WHERE id > ?1 ORDER BY id",
    },
];

/// The names of the chained tables.
pub fn names() -> impl Iterator<Item = &'static str> {
    CHAINED.iter().map(|c| c.name)
}

/// A chain's state: the last id chained and its link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub last_id: i64,
    pub sha256: Digest32,
}

impl Link {
    const START: Link = Link { last_id: 0, sha256: [0; 32] };

    /// Chains one more row.
    fn next(&self, row: &Row) -> rusqlite::Result<Link> {
        let mut hasher = Hasher::default();
        hasher.update(self.sha256);
        // Each value is tagged with its type and text is length-prefixed, so that no two
        // different rows feed the same bytes.
        for at in 0..row.as_ref().column_count() {
            match row.get_ref(at)? {
                ValueRef::Null => hasher.update([0]),
                ValueRef::Integer(n) => {
                    hasher.update([1]);
                    hasher.update(n.to_le_bytes());
                }
                ValueRef::Real(x) => {
                    hasher.update([2]);
                    hasher.update(x.to_bits().to_le_bytes());
                }
                ValueRef::Text(bytes) | ValueRef::Blob(bytes) => {
                    hasher.update([3]);
                    hasher.update((bytes.len() as u64).to_le_bytes());
                    hasher.update(bytes);
                }
            }
        }
        Ok(Link { last_id: row.get(0)?, sha256: hasher.finish() })
    }

    fn hex(&self) -> String {
        to_hex(&self.sha256)
    }
}

/// The chain of `name` as stored, or `None` when nothing was ever chained.
fn stored(conn: &Connection, name: &str) -> Result<Option<(i64, String)>> {
    let mut stmt = conn.prepare_cached("SELECT last_id, sha256 FROM hash_chain WHERE name = ?1")?;
    Ok(stmt.query_row([name], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
}

/// Follows the chain of `table` from `from` over the rows after it, calling `each` with every
/// link; returns the last.
fn follow(
    conn: &Connection,
    table: &Chained,
    from: Link,
    mut each: impl FnMut(&Link),
) -> Result<Link> {
    let mut stmt = conn.prepare_cached(table.rows_after)?;
    let mut rows = stmt.query([from.last_id])?;
    let mut link = from;
    while let Some(row) = rows.next()? {
        link = link.next(row)?;
        each(&link);
    }
    Ok(link)
}

/// Chains every row written since the last link, in every chained table the schema has (a
/// database of an older version, before the migration that adds a table, has fewer).
pub fn extend(conn: &Connection) -> Result<()> {
    for table in CHAINED {
        let exists: bool = conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = ?1)")?
            .query_row([table.name], |r| r.get(0))?;
        if !exists {
            continue;
        }
        let from = match stored(conn, table.name)? {
            None => Link::START,
            Some((last_id, hex)) => match parse_hex(&hex) {
                Some(sha256) => Link { last_id, sha256 },
                // A damaged link is `pledge check`'s to report; the chain is left as it is.
                None => continue,
            },
        };
        let link = follow(conn, table, from, |_| ())?;
        if link != from {
            conn.prepare_cached(
                "INSERT INTO hash_chain (name, last_id, sha256) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET last_id = excluded.last_id, sha256 = excluded.sha256",
            )?
            .execute((table.name, link.last_id, link.hex()))?;
        }
    }
    Ok(())
}

/// What recomputing a chain found.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The rows match the chain.
    Intact,
    /// The rows up to the last link do not hash to it: one was edited, inserted or deleted.
    Broken { last_id: i64 },
    /// The chain holds, but rows after its last link were never chained.
    Unchained { rows: u64, first_id: i64 },
}

/// Recomputes the chain of `name` from its first row and compares it with the stored link.
pub fn verify(conn: &Connection, name: &str) -> Result<Verdict> {
    let Some(table) = CHAINED.iter().find(|c| c.name == name) else {
        return Ok(Verdict::Intact);
    };
    let (last_id, expected) = match stored(conn, name)? {
        Some((last_id, hex)) => (last_id, parse_hex(&hex)),
        None => (0, Some([0; 32])),
    };
    let mut at_last = (last_id == 0).then_some(Link::START);
    let mut after = 0;
    let mut first_after = None;
    follow(conn, table, Link::START, |link| {
        if link.last_id == last_id {
            at_last = Some(*link);
        } else if link.last_id > last_id {
            after += 1;
            first_after.get_or_insert(link.last_id);
        }
    })?;
    let holds = matches!((at_last, expected), (Some(link), Some(sha)) if link.sha256 == sha);
    Ok(match (holds, first_after) {
        (false, _) => Verdict::Broken { last_id },
        (true, None) => Verdict::Intact,
        (true, Some(first_id)) => Verdict::Unchained { rows: after, first_id },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db;

    fn with_entries() -> Connection {
        let conn = db::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO sources (slug, kind, title, url) VALUES ('s', 'article', 'S', 'https://example.com');
             INSERT INTO companies (slug, name) VALUES ('c', 'C');
             INSERT INTO pledges (slug, title, kind, made_on, formality)
             VALUES ('p', 'P', 'jobs', '2017-01-09', 'verbal');
             INSERT INTO pledge_parties (pledge_id, role, company_id) VALUES (1, 'pledger', 1);
             INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2017-01-09', 'announced', 1, 'a'), (1, '2017-01-10', 'in_progress', 1, 'b');",
        )
        .unwrap();
        extend(&conn).unwrap();
        conn
    }

    #[test]
    fn a_chain_extended_after_each_write_holds() {
        let conn = with_entries();
        assert_eq!(verify(&conn, "status_history").unwrap(), Verdict::Intact);
        conn.execute(
            "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2017-01-11', 'stalled', 1, 'c')",
            [],
        )
        .unwrap();
        assert_eq!(
            verify(&conn, "status_history").unwrap(),
            Verdict::Unchained { rows: 1, first_id: 3 }
        );
        extend(&conn).unwrap();
        assert_eq!(verify(&conn, "status_history").unwrap(), Verdict::Intact);
    }

    #[test]
    fn an_edit_or_a_deletion_breaks_the_chain() {
        for tamper in [
            "UPDATE status_history SET status = 'kept' WHERE id = 1",
            "DELETE FROM status_history WHERE id = 1",
            "DELETE FROM status_history WHERE id = 2",
        ] {
            let conn = with_entries();
            conn.execute_batch(
                "PRAGMA foreign_keys = OFF;
                 DROP TRIGGER status_history_no_update; DROP TRIGGER status_history_no_delete;",
            )
            .unwrap();
            conn.execute_batch(tamper).unwrap();
            assert_eq!(
                verify(&conn, "status_history").unwrap(),
                Verdict::Broken { last_id: 2 },
                "{tamper}"
            );
        }
    }
}
