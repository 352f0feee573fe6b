//! SQL for full-text search over article texts, evidence quotes and pledge descriptions.
//!
//! The three FTS5 indexes (`sources_fts`, `evidence_fts`, `pledges_fts`) are queried in one
//! statement and their hits ranked together by bm25. Matches are marked `[` and `]` in the
//! snippets: plain characters, so they survive CSV and need no terminal.

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

/// A hit before its snippet is cut: where it was found, the rowid of the text in its index,
/// and what it names.
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
/// `Côte d'Ivoire` or a lone `"` are searched for rather than parsed. Blank text gives "".
pub fn escape(text: &str) -> String {
    let terms: Vec<String> =
        text.split_whitespace().map(|t| format!("\"{}\"", t.replace('"', "\"\""))).collect();
    terms.join(" ")
}

/// The hits for FTS5 query `query`, best first, at most `limit` (-1: all). An invalid query
/// fails with an error that [`is_bad_query`] recognizes.
///
/// Every match is ranked, but a snippet is cut only for the hits kept: cutting one costs far
/// more than ranking, so a common word with a limit answers in the time its ranking takes.
pub fn hits(conn: &Connection, query: &str, limit: i64) -> rusqlite::Result<Vec<Hit>> {
    let mut stmt = conn.prepare_cached(RANKED)?;
    let ranked = stmt
        .query_map(named_params! { ":query": query, ":limit": limit }, Ranked::from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ranked
        .into_iter()
        .map(|hit| {
            let sql = match hit.found_in {
                Found::Article => ARTICLE_SNIPPET,
                Found::Quote => QUOTE_SNIPPET,
                Found::Pledge => PLEDGE_SNIPPET,
            };
            let mut stmt = conn.prepare_cached(sql)?;
            let snippet =
                stmt.query_row(named_params! { ":query": query, ":rowid": hit.rowid }, snippet)?;
            Ok(Hit { found_in: hit.found_in, record: hit.record, source: hit.source, snippet })
        })
        .collect()
}

/// Whether `err` says that an FTS5 query could not be parsed (syntax, unknown column).
pub fn is_bad_query(err: &rusqlite::Error) -> bool {
    matches!(err, rusqlite::Error::SqliteFailure(e, Some(_)) if e.code == ErrorCode::Unknown)
}

/// Hits from the three indexes, ranked together by bm25, each with the rowid of its text in
/// its index. A quote shared by several claims of one source is one hit, naming each fact once
/// (its claims' quotes are the same text, so any one of them gives the snippet). Ties in rank go
/// articles, quotes, pledges, then by record, so output is stable.
const RANKED: &str = "
WITH claims AS MATERIALIZED (
    SELECT e.subject || '/' || e.key || '/' || e.field AS fact, e.source_id, e.quote,
           e.id, bm25(evidence_fts) AS score
    FROM evidence_fts JOIN evidence e ON e.id = evidence_fts.rowid
    WHERE evidence_fts MATCH :query),
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
        assert_eq!(escape("Côte  d'Ivoire"), r#""Côte" "d'Ivoire""#);
    }

    #[test]
    fn quotes_inside_a_word_are_doubled() {
        assert_eq!(escape(r#"""#), r#""""""#);
        assert_eq!(escape(r#"say "no""#), r#""say" """no""""#);
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
