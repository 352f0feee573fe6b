//! SQL for full-text search over article texts, evidence and status quotes and pledge
//! descriptions.
//!
//! The four FTS5 indexes (`sources_fts`, `evidence_fts`, `status_history_fts`, `pledges_fts`)
//! are queried in one statement and their hits ranked together by bm25, or, when a word is so
//! common that ranking would score millions of matches, read newest first up to the limit.
//! Matches are marked `[` and `]` in the snippets: plain characters, so they survive CSV and
//! need no terminal.
//!
//! This file finds and ranks the hits; the query text is built in `search/escape.rs`, the
//! unranked path is `search/newest.rs`, and snippets are cut in `search/snippet.rs`.

use rusqlite::{Connection, ErrorCode, Row, named_params};
use serde::Serialize;

mod escape;
mod newest;
mod snippet;

pub use escape::escape;
use newest::newest;
use snippet::with_snippet;

/// Where a hit was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Found {
    /// In a source's title or text.
    Article,
    /// In the quote of one or more claims.
    Quote,
    /// In a pledge's title or description.
    Pledge,
}

impl Found {
    /// The name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Found::Article => "article",
            Found::Quote => "quote",
            Found::Pledge => "pledge",
        }
    }
}

/// One search hit, best first.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub found_in: Found,
    /// What matched: the source's slug, the facts a quote supports (`subject/key/field`, comma
    /// separated), or the pledge's slug.
    pub record: String,
    /// The slug of the source the text comes from; `None` for a pledge's own description.
    pub source: Option<String>,
    /// The matching passage on one line, matches in `[` `]`, cuts marked `…`.
    pub snippet: String,
}

/// What [`RANKED`] adds to a status entry's rowid, to tell it from a claim's.
const STATUS_ROWID: i64 = 1 << 32;

/// A hit before its snippet is cut: where it was found, the rowid of the text in its index
/// (a status entry's offset by [`STATUS_ROWID`]), and what it names.
struct Ranked {
    found_in: Found,
    rowid: i64,
    record: String,
    source: Option<String>,
}

impl Ranked {
    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        let found_in = match row.get::<_, i64>("found")? {
            0 => Found::Article,
            1 => Found::Quote,
            _ => Found::Pledge,
        };
        Ok(Ranked {
            found_in,
            rowid: row.get("rowid")?,
            record: row.get("record")?,
            source: row.get("source")?,
        })
    }
}

/// The order of a search's hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Best first, by bm25.
    Best,
    /// Articles, then quotes, then pledges, each newest first (the last recorded first).
    Newest,
}

/// Up to this many matching texts are ranked by bm25; more come newest first. Ranking scores
/// every match before the first hit can be printed (about 9 µs each, 70 s for a word in all 8
/// million quotes of a million pledges), while reading newest first stops at the limit.
pub const RANK_AT_MOST: i64 = 5_000;

/// The hits for FTS5 query `query`, at most `limit` (-1: all), and their order: best first when
/// at most [`RANK_AT_MOST`] texts match, else newest first. An invalid query fails with an
/// error that [`is_bad_query`] recognizes.
pub fn hits(conn: &Connection, query: &str, limit: i64) -> rusqlite::Result<(Order, Vec<Hit>)> {
    hits_ranking_at_most(conn, query, limit, RANK_AT_MOST)
}

/// [`hits`], ranking by bm25 when at most `rank_at_most` texts match.
fn hits_ranking_at_most(
    conn: &Connection,
    query: &str,
    limit: i64,
    rank_at_most: i64,
) -> rusqlite::Result<(Order, Vec<Hit>)> {
    let matches: i64 = conn
        .prepare_cached(MATCHES)?
        .query_row(named_params! { ":query": query, ":most": rank_at_most + 1 }, |r| r.get(0))?;
    let (order, found) = if matches > rank_at_most {
        (Order::Newest, newest(conn, query, usize::try_from(limit).unwrap_or(usize::MAX))?)
    } else {
        let mut stmt = conn.prepare_cached(RANKED)?;
        let ranked = stmt
            .query_map(named_params! { ":query": query, ":limit": limit }, Ranked::from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        (Order::Best, ranked)
    };
    // A snippet is cut only for the hits kept: cutting one costs far more than finding it.
    let hits = found.into_iter().map(|hit| with_snippet(conn, query, hit));
    Ok((order, hits.collect::<rusqlite::Result<_>>()?))
}

/// Whether `err` says that an FTS5 query could not be parsed (syntax, unknown column).
pub fn is_bad_query(err: &rusqlite::Error) -> bool {
    matches!(err, rusqlite::Error::SqliteFailure(e, Some(_)) if e.code == ErrorCode::Unknown)
}

/// Hits from the four indexes, ranked together by bm25, each with the rowid of its text in its
/// index. A quote shared by several claims or status entries of one source is one hit, naming
/// each fact once (their quotes are the same text, so any one of them gives the snippet). A
/// status entry's rowid comes offset by 2^32 ([`STATUS_ROWID`]), so that one number says which
/// index holds the quote, a claim's first. Ties in rank go
/// articles, quotes, pledges, then by record, so output is stable.
const RANKED: &str = "
WITH claims AS MATERIALIZED (
    SELECT e.subject || '/' || e.key || '/' || e.field AS fact, e.source_id, e.quote,
           e.id AS id, bm25(evidence_fts) AS score
    FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid
    WHERE evidence_fts MATCH :query
    UNION ALL
    SELECT 'pledge/' || p.slug || '/status', h.source_id, h.quote,
           h.id + 4294967296, bm25(status_history_fts)
    FROM status_history_fts JOIN status_history h ON h.id = status_history_fts.rowid
    JOIN pledges p ON p.id = h.pledge_id
    WHERE status_history_fts MATCH :query),
facts AS (
    SELECT source_id, quote, fact, min(id) AS id, min(score) AS score
    FROM claims GROUP BY source_id, quote, fact)
SELECT found, rowid, record, source FROM (
    SELECT 0 AS found, s.id AS rowid, s.slug AS record, s.slug AS source,
           bm25(sources_fts) AS score
    FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
    WHERE sources_fts MATCH :query
    UNION ALL
    SELECT 1, min(f.id), group_concat(f.fact, ', ' ORDER BY f.fact), s.slug, min(f.score)
    FROM facts f JOIN sources s ON s.id = f.source_id
    GROUP BY f.source_id, f.quote
    UNION ALL
    SELECT 2, p.id, p.slug, NULL, bm25(pledges_fts)
    FROM pledges_fts JOIN pledges p ON p.id = pledges_fts.rowid
    WHERE pledges_fts MATCH :query)
ORDER BY score, found, record
LIMIT :limit";

/// How many texts match, counted up to `:most`.
const MATCHES: &str = "
SELECT count(*) FROM (
    SELECT 1 FROM sources_fts WHERE sources_fts MATCH :query
    UNION ALL
    SELECT 1 FROM evidence_fts WHERE evidence_fts MATCH :query
    UNION ALL
    SELECT 1 FROM status_history_fts WHERE status_history_fts MATCH :query
    UNION ALL
    SELECT 1 FROM pledges_fts WHERE pledges_fts MATCH :query
    LIMIT :most)";

#[cfg(test)]
mod tests;
