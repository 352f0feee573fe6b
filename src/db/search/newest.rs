//! The unranked path of a search: when a word is too common to rank (more than
//! [`RANK_AT_MOST`](super::RANK_AT_MOST) matches), hits are read newest first from each index
//! and the reading stops at the limit, whatever the number of matches.

use std::collections::HashSet;

use rusqlite::{Connection, named_params};

use super::{Found, Ranked, STATUS_ROWID};

/// The first `limit` hits newest first: articles, then quotes (claims', then those only status
/// entries carry), then pledges, each read from its index from the highest rowid down, so that
/// the reading stops at the limit whatever the number of matches. A quote shared by several
/// claims or status entries of one source is one hit, as in [`RANKED`](super::RANKED).
pub(super) fn newest(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<Ranked>> {
    let mut found = Vec::new();
    let params = named_params! { ":query": query };
    let mut stmt = conn.prepare_cached(NEWEST_ARTICLES)?;
    let mut rows = stmt.query(params)?;
    while found.len() < limit
        && let Some(row) = rows.next()?
    {
        let slug: String = row.get(1)?;
        let source = Some(slug.clone());
        found.push(Ranked { found_in: Found::Article, rowid: row.get(0)?, record: slug, source });
    }
    let mut seen: HashSet<(i64, String)> = HashSet::new();
    for (sql, offset) in [(NEWEST_CLAIMS, 0), (NEWEST_STATUSES, STATUS_ROWID)] {
        let mut stmt = conn.prepare_cached(sql)?;
        let mut rows = stmt.query(params)?;
        while found.len() < limit
            && let Some(row) = rows.next()?
        {
            let key: (i64, String) = (row.get("source_id")?, row.get("quote")?);
            if row.get("claimed")? || seen.contains(&key) {
                continue;
            }
            let record = conn
                .prepare_cached(FACTS)?
                .query_row(named_params! { ":source": key.0, ":quote": key.1 }, |r| r.get(0))?;
            seen.insert(key);
            let rowid = row.get::<_, i64>("id")? + offset;
            found.push(Ranked { found_in: Found::Quote, rowid, record, source: row.get("slug")? });
        }
    }
    let mut stmt = conn.prepare_cached(NEWEST_PLEDGES)?;
    let mut rows = stmt.query(params)?;
    while found.len() < limit
        && let Some(row) = rows.next()?
    {
        let (rowid, record) = (row.get(0)?, row.get(1)?);
        found.push(Ranked { found_in: Found::Pledge, rowid, record, source: None });
    }
    Ok(found)
}

/// The sources that match, newest first: FTS5 hands out rowids in descending order itself.
const NEWEST_ARTICLES: &str = "
SELECT s.id, s.slug FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
WHERE sources_fts MATCH :query ORDER BY sources_fts.rowid DESC";
/// The claims whose quotes match, newest first. `claimed` is always false: it is there so that
/// a claim and a status entry are read alike.
const NEWEST_CLAIMS: &str = "
SELECT e.id, e.source_id, e.quote, s.slug, 0 AS claimed
FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid
JOIN sources s ON s.id = e.source_id
WHERE evidence_fts MATCH :query ORDER BY evidence_fts.rowid DESC";
/// The status entries whose quotes match, newest first; `claimed` when a claim of the same
/// source has the same quote, so that the quote was a hit among the claims.
const NEWEST_STATUSES: &str = "
SELECT h.id, h.source_id, h.quote, s.slug,
       EXISTS (SELECT 1 FROM evidence e WHERE e.source_id = h.source_id AND e.quote = h.quote)
           AS claimed
FROM status_history_fts JOIN status_history h ON h.id = status_history_fts.rowid
JOIN sources s ON s.id = h.source_id
WHERE status_history_fts MATCH :query ORDER BY status_history_fts.rowid DESC";
/// The pledges that match, newest first.
const NEWEST_PLEDGES: &str = "
SELECT p.id, p.slug FROM pledges_fts JOIN pledges p ON p.id = pledges_fts.rowid
WHERE pledges_fts MATCH :query ORDER BY pledges_fts.rowid DESC";
/// Every fact that the quote `:quote` of source `:source` backs, as [`RANKED`](super::RANKED) names them.
const FACTS: &str = "
SELECT group_concat(fact, ', ' ORDER BY fact) FROM (
    SELECT e.subject || '/' || e.key || '/' || e.field AS fact FROM evidence e
    WHERE e.source_id = :source AND e.quote = :quote
    UNION
    SELECT 'pledge/' || p.slug || '/status' FROM status_history h JOIN pledges p ON p.id = h.pledge_id
    WHERE h.source_id = :source AND h.quote = :quote)";
