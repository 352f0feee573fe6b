//! SQL for full-text search over article texts, evidence and status quotes and pledge
//! descriptions.
//!
//! The four FTS5 indexes (`sources_fts`, `evidence_fts`, `status_history_fts`, `pledges_fts`)
//! are queried in one statement and their hits ranked together by bm25, or, when a word is so
//! common that ranking would score millions of matches, read newest first up to the limit.
//! Matches are marked `[` and `]` in the snippets: plain characters, so they survive CSV and
//! need no terminal.

use std::collections::HashSet;

use rusqlite::{Connection, ErrorCode, Row, named_params};
use serde::Serialize;

use crate::model::collapse;

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

/// The snippet of a hit: FTS5's, or for a long text (see [`RANKED`]) one cut from the text
/// marked whole; on one line.
fn snippet(row: &Row) -> rusqlite::Result<String> {
    let snippet = match row.get::<_, Option<String>>("snippet")? {
        Some(snippet) => snippet,
        None => {
            let marked: Option<String> = row.get("marked")?;
            window(marked.as_deref().unwrap_or_default())
        }
    };
    // Article texts break lines; a snippet reads as one line in every format.
    Ok(collapse(&snippet))
}

/// The words of a snippet cut from a long text: as many as FTS5's snippets, a few before the
/// first match.
const WINDOW_WORDS: usize = 24;
const WORDS_BEFORE: usize = 6;

/// A snippet of `marked` (a text with its matches in `[` `]`) around its first match, cuts
/// marked `…`. It reads only the words it keeps past the first `[`, so its cost does not grow
/// with the number of matches.
fn window(marked: &str) -> String {
    let at = marked.find('[').unwrap_or(0);
    let (before, after) = marked.split_at(at);
    // A match can start inside a word ("x[lorem]"): that word goes with the match.
    let (before, glued) = match before.rfind(char::is_whitespace) {
        Some(space) if space + 1 < before.len() => before.split_at(space + 1),
        None if !before.is_empty() => ("", before),
        _ => (before, ""),
    };
    let mut lead: Vec<&str> = before.split_whitespace().rev().take(WORDS_BEFORE + 1).collect();
    let cut_before = lead.len() > WORDS_BEFORE;
    lead.truncate(WORDS_BEFORE);
    lead.reverse();
    let mut words = after.split_whitespace();
    let mut kept: Vec<String> = lead.into_iter().map(str::to_owned).collect();
    let room = WINDOW_WORDS - kept.len();
    kept.extend(words.by_ref().take(room).map(str::to_owned));
    if let Some(first_match) = kept.get_mut(WINDOW_WORDS - room) {
        first_match.insert_str(0, glued);
    }
    let mut snippet = kept.join(" ");
    if cut_before {
        snippet.insert(0, '…');
    }
    // A phrase match cut by the window still closes.
    if snippet.matches('[').count() > snippet.matches(']').count() {
        snippet.push(']');
    }
    if words.next().is_some() {
        snippet.push('…');
    }
    snippet
}

/// `text` as an FTS5 query that finds its words as typed: each run of non-space characters
/// becomes an FTS5 string (a `"` inside doubled), and every one must occur, so `EU-Mercosur`,
/// `Côte d'Ivoire` or a lone `"` are searched for rather than parsed. A whole number matches
/// whatever its thousands separators: `3000` and `3,000` each find both `3000` and `3,000`
/// (or `3.000`, `3’000`, `3 000`). Blank text gives "".
pub fn escape(text: &str) -> String {
    let terms: Vec<String> = text
        .split_whitespace()
        .map(|t| match number_spellings(t) {
            Some((digits, grouped)) => format!("({} OR {})", string(&digits), string(&grouped)),
            None => string(t),
        })
        .collect();
    // FTS5 reads two strings side by side as AND, but not a group in brackets: say it.
    terms.join(" AND ")
}

/// `text` as one FTS5 string.
fn string(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Characters that separate groups of thousands: comma, point, apostrophes, underscore and the
/// spaces typeset inside numbers.
const THOUSANDS: &[char] = &[',', '.', '\'', '’', '_', '\u{a0}', '\u{202f}', '\u{2009}'];

/// The two ways a whole number of four digits or more is indexed, when `term` is one: its
/// digits run together (`3000`) and in groups of three (`3 000`, the tokens the index holds for
/// `3,000`: a separator splits a number into words). Punctuation around it (`$3,000.`) is not
/// indexed either, so it is left out; a decimal such as `2.5` is not a whole number.
fn number_spellings(term: &str) -> Option<(String, String)> {
    let core = term.trim_matches(|c: char| !c.is_alphanumeric());
    let groups: Vec<&str> = core.split(THOUSANDS).collect();
    if groups.iter().any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let grouped_right =
        groups.len() == 1 || (groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    let digits = groups.concat();
    if !grouped_right || digits.len() < 4 {
        return None;
    }
    let head = match digits.len() % 3 {
        0 => 3,
        n => n,
    };
    let mut grouped = digits[..head].to_owned();
    for at in (head..digits.len()).step_by(3) {
        grouped.push(' ');
        grouped.push_str(&digits[at..at + 3]);
    }
    Some((digits, grouped))
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

/// The hit with its snippet.
fn with_snippet(conn: &Connection, query: &str, hit: Ranked) -> rusqlite::Result<Hit> {
    let (sql, rowid) = match hit.found_in {
        Found::Article => (ARTICLE_SNIPPET, hit.rowid),
        Found::Quote if hit.rowid >= STATUS_ROWID => (STATUS_SNIPPET, hit.rowid - STATUS_ROWID),
        Found::Quote => (QUOTE_SNIPPET, hit.rowid),
        Found::Pledge => (PLEDGE_SNIPPET, hit.rowid),
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let snippet = stmt.query_row(named_params! { ":query": query, ":rowid": rowid }, snippet)?;
    Ok(Hit { found_in: hit.found_in, record: hit.record, source: hit.source, snippet })
}

/// The first `limit` hits newest first: articles, then quotes (claims', then those only status
/// entries carry), then pledges, each read from its index from the highest rowid down, so that
/// the reading stops at the limit whatever the number of matches. A quote shared by several
/// claims or status entries of one source is one hit, as in [`RANKED`].
fn newest(conn: &Connection, query: &str, limit: usize) -> rusqlite::Result<Vec<Ranked>> {
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
/// Every fact that the quote `:quote` of source `:source` backs, as [`RANKED`] names them.
const FACTS: &str = "
SELECT group_concat(fact, ', ' ORDER BY fact) FROM (
    SELECT e.subject || '/' || e.key || '/' || e.field AS fact FROM evidence e
    WHERE e.source_id = :source AND e.quote = :quote
    UNION
    SELECT 'pledge/' || p.slug || '/status' FROM status_history h JOIN pledges p ON p.id = h.pledge_id
    WHERE h.source_id = :source AND h.quote = :quote)";

/// The snippet of one hit, by the rowid of its text. FTS5's snippet() scores a window at every
/// match against every other match, a cost that grows with the square of the matches in one
/// text (531 s for one 16 MB article full of the word searched for); so a text over 16 KiB
/// comes marked whole by highlight(), whose cost grows with its length, and [`window`] cuts the
/// snippet from it.
const ARTICLE_SNIPPET: &str = "
SELECT CASE WHEN length(s.body) > 16384 THEN NULL
            ELSE snippet(sources_fts, -1, '[', ']', '…', 24) END AS snippet,
       CASE WHEN length(s.body) > 16384 THEN
            CASE WHEN instr(highlight(sources_fts, 0, '[', ']'), '[') > 0
                 THEN highlight(sources_fts, 0, '[', ']')
                 ELSE highlight(sources_fts, 1, '[', ']') END END AS marked
FROM sources_fts JOIN sources s ON s.id = sources_fts.rowid
WHERE sources_fts MATCH :query AND sources_fts.rowid = :rowid";
const QUOTE_SNIPPET: &str = "
SELECT CASE WHEN length(e.quote) <= 16384
            THEN snippet(evidence_fts, 0, '[', ']', '…', 24) END AS snippet,
       CASE WHEN length(e.quote) > 16384
            THEN highlight(evidence_fts, 0, '[', ']') END AS marked
FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid
WHERE evidence_fts MATCH :query AND evidence_fts.rowid = :rowid";
const STATUS_SNIPPET: &str = "
SELECT CASE WHEN length(h.quote) <= 16384
            THEN snippet(status_history_fts, 0, '[', ']', '…', 24) END AS snippet,
       CASE WHEN length(h.quote) > 16384
            THEN highlight(status_history_fts, 0, '[', ']') END AS marked
FROM status_history_fts JOIN status_history h ON h.id = status_history_fts.rowid
WHERE status_history_fts MATCH :query AND status_history_fts.rowid = :rowid";
const PLEDGE_SNIPPET: &str = "
SELECT CASE WHEN length(p.description) > 16384 THEN NULL
            ELSE snippet(pledges_fts, -1, '[', ']', '…', 24) END AS snippet,
       CASE WHEN length(p.description) > 16384 THEN
            CASE WHEN instr(highlight(pledges_fts, 0, '[', ']'), '[') > 0
                 THEN highlight(pledges_fts, 0, '[', ']')
                 ELSE highlight(pledges_fts, 1, '[', ']') END END AS marked
FROM pledges_fts JOIN pledges p ON p.id = pledges_fts.rowid
WHERE pledges_fts MATCH :query AND pledges_fts.rowid = :rowid";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_becomes_an_fts5_string() {
        assert_eq!(escape("EU-Mercosur"), r#""EU-Mercosur""#);
        assert_eq!(escape("Côte  d'Ivoire"), r#""Côte" AND "d'Ivoire""#);
    }

    #[test]
    fn quotes_inside_a_word_are_doubled() {
        assert_eq!(escape(r#"""#), r#""""""#);
        assert_eq!(escape(r#"say "no""#), r#""say" AND """no""""#);
    }

    #[test]
    fn a_window_starts_a_few_words_before_the_first_match() {
        let text = "one two three four five six seven eight x[lorem] ipsum [lorem]";
        assert_eq!(window(text), "…three four five six seven eight x[lorem] ipsum [lorem]");
        let long = format!("[a] {}", "b ".repeat(40));
        assert_eq!(window(&long), format!("[a] {}…", ["b"; 23].join(" ")));
        assert_eq!(window("[cut phrase] and more"), "[cut phrase] and more");
        assert_eq!(window(""), "");
    }

    #[test]
    fn whole_numbers_match_with_or_without_separators() {
        assert_eq!(escape("3000 jobs"), r#"("3000" OR "3 000") AND "jobs""#);
        assert_eq!(escape("$1,000,000"), r#"("1000000" OR "1 000 000")"#);
        assert_eq!(escape("3’000"), r#"("3000" OR "3 000")"#);
        assert_eq!(
            escape("2.5 300 20,00 2017-01-09"),
            r#""2.5" AND "300" AND "20,00" AND "2017-01-09""#
        );
    }

    #[test]
    fn numbers_are_found_whatever_their_separators() {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO companies (slug, name) VALUES ('acme', 'Acme');
             INSERT INTO pledges (slug, title, description, kind, made_on, formality)
             VALUES ('a', 'Acme to hire', 'create 3,000 jobs', 'jobs', '2020-01-01', 'verbal'),
                    ('b', 'Acme to build', 'invest 1500000 dollars', 'investment', '2020-01-01',
                     'verbal');
             INSERT INTO pledge_parties (pledge_id, role, company_id) VALUES (1, 'pledger', 1), (2, 'pledger', 1);",
        )
        .unwrap();
        let found = |text: &str| -> Vec<String> {
            hits(&conn, &escape(text), -1).unwrap().1.into_iter().map(|h| h.record).collect()
        };
        assert_eq!(found("3000 jobs"), ["a"]);
        assert_eq!(found("3,000"), ["a"]);
        assert_eq!(found("1,500,000"), ["b"]);
        assert_eq!(found("1500000 dollars"), ["b"]);
        assert!(found("300 jobs").is_empty());
    }

    #[test]
    fn too_many_matches_come_newest_first_with_the_same_hits() {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO companies (slug, name) VALUES ('acme', 'Acme');
             INSERT INTO sources (slug, kind, title, url)
             VALUES ('old', 'article', 'Wine news', 'https://example.com/1'),
                    ('new', 'article', 'Wine views', 'https://example.com/2');
             INSERT INTO pledges (slug, title, description, kind, made_on, formality)
             VALUES ('a', 'Acme to sell', 'sell wine', 'purchase', '2020-01-01', 'verbal'),
                    ('b', 'Acme to ship', 'ship wine', 'purchase', '2020-01-01', 'verbal');
             INSERT INTO pledge_parties (pledge_id, role, company_id)
             VALUES (1, 'pledger', 1), (2, 'pledger', 1);
             INSERT INTO evidence (subject, key, field, value, source_id, quote)
             VALUES ('pledge', 'a', 'title', 'Acme to sell', 1, 'Acme sells wine'),
                    ('pledge', 'a', 'kind', 'purchase', 1, 'Acme sells wine'),
                    ('pledge', 'b', 'title', 'Acme to ship', 2, 'Acme ships wine');
             INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2020-01-01', 'announced', 1, 'Acme sells wine'),
                    (2, '2020-01-01', 'announced', 2, 'no more wine');",
        )
        .unwrap();
        let found = |rank_at_most: i64, limit: i64| -> (Order, Vec<String>) {
            let (order, hits) =
                hits_ranking_at_most(&conn, &escape("wine"), limit, rank_at_most).unwrap();
            let hits = hits.into_iter().map(|h| format!("{} {}", h.found_in.as_str(), h.record));
            (order, hits.collect())
        };
        let (order, newest) = found(8, -1);
        assert_eq!(order, Order::Newest);
        assert_eq!(
            newest,
            [
                "article new",
                "article old",
                "quote pledge/b/title",
                "quote pledge/a/kind, pledge/a/status, pledge/a/title",
                "quote pledge/b/status",
                "pledge b",
                "pledge a",
            ]
        );
        let (order, mut best) = found(9, -1);
        assert_eq!(order, Order::Best);
        best.sort();
        let mut newest = newest;
        newest.sort();
        assert_eq!(best, newest);
        assert_eq!(found(8, 3).1, ["article new", "article old", "quote pledge/b/title"]);
    }

    #[test]
    fn blank_text_gives_an_empty_query() {
        assert_eq!(escape(" \t\n"), "");
    }

    #[test]
    fn escaped_text_never_fails_to_parse() {
        let conn = crate::db::open_in_memory().unwrap();
        for text in [r#"""#, "x' OR '1'='1", "wine AND", "NEAR(", "title:Trump", "*", "-"] {
            assert!(hits(&conn, &escape(text), -1).is_ok(), "`{text}`");
        }
    }
}
