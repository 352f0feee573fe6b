//! SQL for `pledge_relations`, the append-only record of how pledges bear on one another:
//! storing a relation, the paths that would close a cycle, and a pledge's relations both ways.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, named_params};
use serde::Serialize;

use super::offset;
use crate::model::{NewRelation, Tie};

/// Appends a relation and returns its id.
pub fn insert(conn: &Connection, r: &NewRelation) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO pledge_relations (pledge_id, relation, other_id, condition, source_id, quote,
                                       quote_start, quote_end, note)
         VALUES (:pledge_id, :relation, :other_id, :condition, :source_id, :quote, :quote_start,
                 :quote_end, :note)",
    )?;
    stmt.execute(named_params! {
        ":pledge_id": r.pledge_id, ":relation": r.relation, ":other_id": r.other_id,
        ":condition": r.condition, ":source_id": r.source_id, ":quote": r.quote,
        ":quote_start": r.span.as_ref().map(|s| offset(s.start)),
        ":quote_end": r.span.as_ref().map(|s| offset(s.end)), ":note": r.note,
    })?;
    Ok(conn.last_insert_rowid())
}

/// The id of an identical relation already recorded, if any.
pub fn find(conn: &Connection, r: &NewRelation) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM pledge_relations WHERE pledge_id = ?1 AND relation = ?2
             AND other_id IS ?3 AND condition IS ?4 AND source_id = ?5 AND quote = ?6
             AND note IS ?7",
    )?;
    let params =
        (r.pledge_id, r.relation, r.other_id, &r.condition, r.source_id, &r.quote, &r.note);
    Ok(stmt.query_row(params, |row| row.get(0)).optional()?)
}

/// The relations a cycle may not run through: part_of and restates together (a pledge inside
/// itself would leave totals short), supersedes on its own.
fn cycle_kinds(tie: Tie) -> Option<&'static str> {
    match tie {
        Tie::PartOf | Tie::Restates => Some(",part_of,restates,"),
        Tie::Supersedes => Some(",supersedes,"),
        Tie::Conditional => None,
    }
}

/// How deep a chain of relations is followed; no real chain of pledges comes near it, and it
/// keeps a cycle written behind the program's back from running forever.
const MAX_DEPTH: i64 = 64;

/// Following relations of the kinds `:kinds` from pledge `:from`: each pledge reached, and the
/// way there as `slug relation slug ...`.
const WALK: &str = "
WITH RECURSIVE walk (id, path, depth) AS (
    SELECT p.id, p.slug, 0 FROM pledges p WHERE p.id = :from
    UNION ALL
    SELECT r.other_id, walk.path || ' ' || r.relation || ' ' || p.slug, walk.depth + 1
    FROM walk
    JOIN pledge_relations r ON r.pledge_id = walk.id
    JOIN pledges p ON p.id = r.other_id
    WHERE instr(:kinds, ',' || r.relation || ',') > 0 AND walk.depth < :max_depth)
SELECT path FROM walk WHERE id = :to AND depth > 0
ORDER BY depth LIMIT 1";

/// When `pledge_id` bearing `tie` on `other_id` would close a cycle: the chain of relations
/// that already leads from `other_id` back to `pledge_id` (`b part_of c restates a`).
pub fn cycle(conn: &Connection, pledge_id: i64, tie: Tie, other_id: i64) -> Result<Option<String>> {
    let Some(kinds) = cycle_kinds(tie) else { return Ok(None) };
    let mut stmt = conn.prepare_cached(WALK)?;
    let params = named_params! {
        ":from": other_id, ":to": pledge_id, ":kinds": kinds, ":max_depth": MAX_DEPTH,
    };
    Ok(stmt.query_row(params, |row| row.get(0)).optional()?)
}

/// Pledges that a chain of their own relations leads back to (written around the loader):
/// the chain, for each pledge on a cycle, by slug.
pub fn cycles(conn: &Connection) -> Result<Vec<String>> {
    let mut found = Vec::new();
    let mut stmt = conn.prepare(
        "SELECT DISTINCT pledge_id, relation FROM pledge_relations
         WHERE other_id IS NOT NULL AND relation <> 'conditional' ORDER BY pledge_id",
    )?;
    let starts = stmt
        .query_map([], |row| Ok((row.get::<_, i64>(0)?, row.get::<_, Tie>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut walk = conn.prepare_cached(WALK)?;
    let mut seen = Vec::new();
    for (id, tie) in starts {
        let Some(kinds) = cycle_kinds(tie) else { continue };
        if seen.contains(&(id, kinds)) {
            continue;
        }
        seen.push((id, kinds));
        let params =
            named_params! { ":from": id, ":to": id, ":kinds": kinds, ":max_depth": MAX_DEPTH };
        if let Some(path) = walk.query_row(params, |row| row.get(0)).optional()? {
            found.push(path);
        }
    }
    Ok(found)
}

/// Which end of a relation a pledge is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum End {
    /// The pledge bears the relation on the other (it is part of the other).
    From,
    /// The other bears the relation on the pledge (the other is part of it).
    To,
}

/// A relation of one pledge, seen from it.
#[derive(Debug, Clone, Serialize)]
pub struct Related {
    pub relation: Tie,
    pub end: End,
    /// The other pledge's slug; `None` for a condition that names no pledge.
    pub other: Option<String>,
    pub condition: Option<String>,
    /// The slug of the source that says so.
    pub source: String,
    pub quote: String,
    pub note: Option<String>,
}

impl Related {
    /// What the relation makes the pledge, in words to put before the other pledge:
    /// `part of`, `has as a part`, `superseded by`...
    pub fn words(&self) -> &'static str {
        match (self.relation, self.end) {
            (Tie::PartOf, End::From) => "part of",
            (Tie::PartOf, End::To) => "has as a part",
            (Tie::Restates, End::From) => "restates",
            (Tie::Restates, End::To) => "restated by",
            (Tie::Supersedes, End::From) => "supersedes",
            (Tie::Supersedes, End::To) => "superseded by",
            (Tie::Conditional, End::From) => "conditional on",
            (Tie::Conditional, End::To) => "a condition of",
        }
    }
}

/// Every relation of pledge `pledge_id`, both ways: its own first, then those of others on it,
/// each in the order recorded.
pub fn of_pledge(conn: &Connection, pledge_id: i64) -> Result<Vec<Related>> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.relation, 0, o.slug, r.condition, s.slug, r.quote, r.note, r.id
         FROM pledge_relations r JOIN sources s ON s.id = r.source_id
         LEFT JOIN pledges o ON o.id = r.other_id
         WHERE r.pledge_id = ?1
         UNION ALL
         SELECT r.relation, 1, o.slug, r.condition, s.slug, r.quote, r.note, r.id
         FROM pledge_relations r JOIN sources s ON s.id = r.source_id
         JOIN pledges o ON o.id = r.pledge_id
         WHERE r.other_id = ?1
         ORDER BY 2, 8",
    )?;
    let rows = stmt.query_map([pledge_id], |row| {
        Ok(Related {
            relation: row.get(0)?,
            end: if row.get::<_, i64>(1)? == 0 { End::From } else { End::To },
            other: row.get(2)?,
            condition: row.get(3)?,
            source: row.get(4)?,
            quote: row.get(5)?,
            note: row.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A pledge's relations in words, one phrase per kind and direction, in a fixed order: `part
/// of a`, `parts: b, c`, `restates d`, `restated by e`, `supersedes f`, `superseded by g`,
/// `conditional on h: if ...`, `a condition of i`. Relations several sources record are named
/// once. This is how `show` and the site put them.
pub fn phrases(relations: &[Related]) -> Vec<String> {
    const ORDER: [(Tie, End, &str); 8] = [
        (Tie::PartOf, End::From, "part of "),
        (Tie::PartOf, End::To, "parts: "),
        (Tie::Restates, End::From, "restates "),
        (Tie::Restates, End::To, "restated by "),
        (Tie::Supersedes, End::From, "supersedes "),
        (Tie::Supersedes, End::To, "superseded by "),
        (Tie::Conditional, End::From, "conditional"),
        (Tie::Conditional, End::To, "a condition of "),
    ];
    let mut out = Vec::new();
    for (tie, end, words) in ORDER {
        let mut named: Vec<String> = Vec::new();
        for r in relations.iter().filter(|r| r.relation == tie && r.end == end) {
            let name = match (tie, end, &r.other, &r.condition) {
                (Tie::Conditional, End::From, Some(other), Some(condition)) => {
                    format!(" on {other}: {condition}")
                }
                (Tie::Conditional, End::From, None, Some(condition)) => format!(": {condition}"),
                (_, _, Some(other), _) => other.clone(),
                _ => continue,
            };
            if !named.contains(&name) {
                named.push(name);
            }
        }
        if named.is_empty() {
            continue;
        }
        let sep = if tie == Tie::Conditional && end == End::From { "; conditional" } else { ", " };
        out.push(format!("{words}{}", named.join(sep)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db;

    /// Pledges `a`, `b` and `c`, and a source.
    fn three_pledges() -> Connection {
        let conn = db::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO companies (slug, name) VALUES ('c', 'C');
             INSERT INTO sources (slug, kind, title, url) VALUES ('s', 'article', 'S', 'u');
             INSERT INTO pledges (slug, title, kind, made_on, formality) VALUES
                 ('a', 'A', 'jobs', '2017-01-09', 'verbal'), ('b', 'B', 'jobs', '2017-01-09', 'verbal'),
                 ('c', 'C', 'jobs', '2017-01-09', 'verbal');
             INSERT INTO pledge_parties (pledge_id, role, company_id)
                 VALUES (1, 'pledger', 1), (2, 'pledger', 1), (3, 'pledger', 1);",
        )
        .unwrap();
        conn
    }

    fn relate(
        conn: &Connection,
        pledge: i64,
        tie: Tie,
        other: Option<i64>,
    ) -> rusqlite::Result<i64> {
        let condition = (tie == Tie::Conditional).then(|| "if".to_owned());
        let new = NewRelation {
            pledge_id: pledge,
            relation: tie,
            other_id: other,
            condition,
            source_id: 1,
            quote: "q".into(),
            span: None,
            note: None,
        };
        insert(conn, &new)
    }

    #[test]
    fn a_chain_back_to_the_pledge_is_a_cycle_of_its_kind_only() {
        let conn = three_pledges();
        relate(&conn, 2, Tie::PartOf, Some(1)).unwrap();
        relate(&conn, 3, Tie::Restates, Some(2)).unwrap();
        assert_eq!(
            cycle(&conn, 1, Tie::PartOf, 3).unwrap().as_deref(),
            Some("c restates b part_of a")
        );
        assert_eq!(cycle(&conn, 1, Tie::Supersedes, 3).unwrap(), None);
        assert_eq!(cycle(&conn, 1, Tie::Conditional, 3).unwrap(), None);
        assert_eq!(cycle(&conn, 3, Tie::PartOf, 1).unwrap(), None);
        assert!(cycles(&conn).unwrap().is_empty());
    }

    #[test]
    fn the_schema_refuses_what_no_relation_can_be() {
        let conn = three_pledges();
        assert!(relate(&conn, 1, Tie::PartOf, Some(1)).is_err(), "itself");
        assert!(relate(&conn, 1, Tie::PartOf, None).is_err(), "no other pledge");
        let unconditional = "INSERT INTO pledge_relations (pledge_id, relation, source_id, quote)
                             VALUES (1, 'conditional', 1, 'q')";
        assert!(conn.execute(unconditional, []).is_err(), "a condition without its text");
        relate(&conn, 1, Tie::Conditional, None).unwrap();
        assert!(conn.execute("UPDATE pledge_relations SET quote = 'r'", []).is_err());
        assert!(conn.execute("DELETE FROM pledge_relations", []).is_err());
    }

    #[test]
    fn both_ends_see_the_relation_in_words() {
        let conn = three_pledges();
        relate(&conn, 2, Tie::PartOf, Some(1)).unwrap();
        relate(&conn, 3, Tie::PartOf, Some(1)).unwrap();
        relate(&conn, 1, Tie::Conditional, Some(3)).unwrap();
        assert_eq!(phrases(&of_pledge(&conn, 1).unwrap()), ["parts: b, c", "conditional on c: if"]);
        assert_eq!(phrases(&of_pledge(&conn, 3).unwrap()), ["part of a", "a condition of a"]);
    }
}
