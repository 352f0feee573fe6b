//! SQL for `evidence`: the claims sources make about records, with their quotes.

use anyhow::Result;
use rusqlite::{Connection, OptionalExtension, named_params};
use serde::Serialize;

use super::offset;
use crate::model::{NewEvidence, Subject};

/// Stores a claim and returns its id.
pub fn insert(conn: &Connection, e: &NewEvidence) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO evidence (subject, key, field, value, source_id, quote, quote_start, quote_end,
                               speaker_id, preferred, preferred_reason, note)
         VALUES (:subject, :key, :field, :value, :source_id, :quote, :quote_start, :quote_end,
                 :speaker_id, :preferred, :preferred_reason, :note)",
    )?;
    stmt.execute(named_params! {
        ":subject": e.subject, ":key": e.key, ":field": e.field, ":value": e.value,
        ":source_id": e.source_id, ":quote": e.quote,
        ":quote_start": e.span.as_ref().map(|s| offset(s.start)),
        ":quote_end": e.span.as_ref().map(|s| offset(s.end)),
        ":speaker_id": e.speaker_id, ":preferred": e.preferred,
        ":preferred_reason": e.preferred_reason, ":note": e.note,
    })?;
    Ok(conn.last_insert_rowid())
}

/// Whether some source claims `field` of `subject`/`key`, with `value` when one is given.
pub fn exists(
    conn: &Connection,
    subject: Subject,
    key: &str,
    field: &str,
    value: Option<&str>,
) -> Result<bool> {
    let mut stmt = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM evidence WHERE subject = ?1 AND key = ?2 AND field = ?3
                        AND (?4 IS NULL OR value = ?4))",
    )?;
    Ok(stmt.query_row((subject, key, field, value), |r| r.get(0))?)
}

/// Whether any source makes a claim about `subject`/`key`.
pub fn any(conn: &Connection, subject: Subject, key: &str) -> Result<bool> {
    let mut stmt = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM evidence WHERE subject = ?1 AND key = ?2)")?;
    Ok(stmt.query_row((subject, key), |r| r.get(0))?)
}

/// The id of the last claim stored, 0 when there is none.
pub fn last_id(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT coalesce(max(id), 0) FROM evidence", [], |r| r.get(0))?)
}

/// Claims with an id above `after` about records that do not exist: (evidence id, subject,
/// key), by id. Records are never renamed or removed, so a claim stored valid stays valid and
/// `after` may skip every claim checked before.
pub fn dangling(conn: &Connection, after: i64) -> Result<Vec<(i64, Subject, String)>> {
    let mut stmt = conn.prepare(
        "SELECT e.id, e.subject, e.key FROM evidence e
         WHERE e.id > ?1 AND NOT CASE e.subject
             WHEN 'company' THEN EXISTS (SELECT 1 FROM companies WHERE slug = e.key)
             WHEN 'official' THEN EXISTS (SELECT 1 FROM officials WHERE slug = e.key)
             WHEN 'category' THEN EXISTS (SELECT 1 FROM categories WHERE slug = e.key)
             WHEN 'event' THEN EXISTS (SELECT 1 FROM events WHERE slug = e.key)
             WHEN 'pledge' THEN EXISTS (SELECT 1 FROM pledges WHERE slug = e.key)
         END
         ORDER BY e.id",
    )?;
    let rows = stmt.query_map([after], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A claim about one record: a source says, in its quote, that a field has a value.
#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub field: String,
    /// `None` for a statement, whose content is the quote itself.
    pub value: Option<String>,
    /// The slug of the source.
    pub source: String,
    pub quote: String,
    /// The name of the person quoted (their slug when unnamed), for statements.
    pub speaker: Option<String>,
}

/// Every claim about `subject`/`key`, by field, value and source.
pub fn about(conn: &Connection, subject: Subject, key: &str) -> Result<Vec<Claim>> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.field, e.value, s.slug, e.quote, coalesce(o.name, o.slug)
         FROM evidence e
         JOIN sources s ON s.id = e.source_id
         LEFT JOIN officials o ON o.id = e.speaker_id
         WHERE e.subject = ?1 AND e.key = ?2
         ORDER BY e.field, e.value, s.slug, e.id",
    )?;
    let rows = stmt.query_map((subject, key), |row| {
        Ok(Claim {
            field: row.get(0)?,
            value: row.get(1)?,
            source: row.get(2)?,
            quote: row.get(3)?,
            speaker: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A fact a quote backs: a field and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Backed {
    pub field: String,
    /// `None` for a statement, whose content is the quote itself.
    pub value: Option<String>,
}

/// One quote of a source, with every fact it backs.
#[derive(Debug, Clone, Serialize)]
pub struct Quoted {
    /// The slug of the source.
    pub source: String,
    pub quote: String,
    /// The name of the person quoted, for statements.
    pub speaker: Option<String>,
    /// The facts, in the order of the claims.
    pub facts: Vec<Backed>,
}

/// `claims` grouped by quote: each distinct source, quote and speaker once, with the facts it
/// backs, in the order each quote first appears. A quote stamped on eight facts is read once.
pub fn by_quote(claims: &[Claim]) -> Vec<Quoted> {
    let mut quotes: Vec<Quoted> = Vec::new();
    for c in claims {
        let fact = Backed { field: c.field.clone(), value: c.value.clone() };
        let same =
            |q: &&mut Quoted| q.source == c.source && q.quote == c.quote && q.speaker == c.speaker;
        match quotes.iter_mut().find(same) {
            Some(quoted) => quoted.facts.push(fact),
            None => quotes.push(Quoted {
                source: c.source.clone(),
                quote: c.quote.clone(),
                speaker: c.speaker.clone(),
                facts: vec![fact],
            }),
        }
    }
    quotes
}

/// One claim on a fact that sources disagree about.
#[derive(Debug, Clone, Serialize)]
pub struct Conflict {
    /// The fact: `subject/key/field`.
    pub fact: String,
    pub value: Option<String>,
    /// The slug of the source.
    pub source: String,
    pub quote: String,
    /// Whether a curator chose this claim over the others.
    pub preferred: bool,
    /// Why it was chosen.
    pub preferred_reason: Option<String>,
}

/// Every claim on a single-valued fact for which sources give more than one value: by fact,
/// the preferred claim first, then by value and source; at most `limit` claims (-1: all).
/// Fields that hold several values (aliases, categories, linked events, markets, participants,
/// parties, statements, titles) disagree by nature and are left out. The facts are read in order from
/// `disputed_facts`, so a limit stops after the facts it needs (CROSS JOIN keeps that table
/// first whatever the planner guesses of its size).
pub fn conflicts(conn: &Connection, limit: i64) -> Result<Vec<Conflict>> {
    let mut stmt = conn.prepare_cached(CONFLICTS)?;
    let rows = stmt.query_map([limit], |row| {
        Ok(Conflict {
            fact: row.get(0)?,
            value: row.get(1)?,
            source: row.get(2)?,
            quote: row.get(3)?,
            preferred: row.get(4)?,
            preferred_reason: row.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The claims of [`conflicts`], `?1` the limit.
const CONFLICTS: &str =
    "SELECT d.subject || '/' || d.key || '/' || d.field, e.value, s.slug, e.quote,
       e.preferred, e.preferred_reason
FROM disputed_facts d
CROSS JOIN evidence e ON e.subject = d.subject AND e.key = d.key AND e.field = d.field
JOIN sources s ON s.id = e.source_id
ORDER BY d.subject, d.key, d.field, e.preferred DESC, e.value, s.slug, e.id
LIMIT ?1";

/// The id of the same claim (same subject, key, field, value, source and quote), if stored.
pub fn find(conn: &Connection, e: &NewEvidence) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM evidence WHERE subject = ?1 AND key = ?2 AND field = ?3 AND value IS ?4
                                   AND source_id = ?5 AND quote = ?6",
    )?;
    Ok(stmt
        .query_row((e.subject, &e.key, &e.field, &e.value, e.source_id, &e.quote), |r| r.get(0))
        .optional()?)
}

/// Replaces a claim's speaker, preference and note; returns whether anything differed.
pub fn update(conn: &Connection, id: i64, e: &NewEvidence) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE evidence SET speaker_id = :speaker_id, preferred = :preferred,
                preferred_reason = :preferred_reason, note = :note
         WHERE id = :id AND (speaker_id IS NOT :speaker_id OR preferred IS NOT :preferred
                OR preferred_reason IS NOT :preferred_reason OR note IS NOT :note)",
    )?;
    let changed = stmt.execute(named_params! {
        ":id": id, ":speaker_id": e.speaker_id, ":preferred": e.preferred,
        ":preferred_reason": e.preferred_reason, ":note": e.note,
    })?;
    Ok(changed > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(conn: &Connection, key: &str, field: &str, value: Option<&str>) {
        conn.execute(
            "INSERT INTO evidence (subject, key, field, value, source_id, quote)
             VALUES ('event', ?1, ?2, ?3, 1, 'said so')",
            (key, field, value),
        )
        .unwrap();
    }

    fn disputed(conn: &Connection) -> Vec<String> {
        let mut stmt = conn
            .prepare("SELECT subject || '/' || key || '/' || field FROM disputed_facts")
            .unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<rusqlite::Result<_>>().unwrap()
    }

    #[test]
    fn a_fact_is_disputed_once_two_claims_give_different_values() {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute(
            "INSERT INTO sources (id, slug, kind, title, url) VALUES (1, 'a', 'article', 'A', 'https://a.example')",
            [],
        )
        .unwrap();
        claim(&conn, "summit", "start_on", Some("2017-01-09"));
        claim(&conn, "summit", "start_on", None);
        claim(&conn, "summit", "start_on", Some("2017-01-09"));
        claim(&conn, "summit", "market", Some("China"));
        claim(&conn, "summit", "market", Some("Mexico"));
        assert!(disputed(&conn).is_empty());
        claim(&conn, "summit", "start_on", Some("2017-01-10"));
        assert_eq!(disputed(&conn), ["event/summit/start_on"]);
        assert_eq!(conflicts(&conn, -1).unwrap().len(), 4);
        assert_eq!(conflicts(&conn, 1).unwrap().len(), 1);
    }

    #[test]
    fn conflicts_read_the_disputed_facts_in_order() {
        let conn = crate::db::open_in_memory().unwrap();
        let mut stmt = conn.prepare(&["EXPLAIN QUERY PLAN ", CONFLICTS].concat()).unwrap();
        let plan: Vec<String> =
            stmt.query_map([1], |r| r.get(3)).unwrap().collect::<rusqlite::Result<_>>().unwrap();
        assert_eq!(plan[0], "SCAN d");
        assert!(plan.iter().any(|step| step.contains("LAST 4 TERMS OF ORDER BY")), "{plan:?}");
    }
}
