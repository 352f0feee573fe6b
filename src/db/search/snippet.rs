//! The snippet of a search hit: the passage around its matches, cut only for the hits kept.
//!
//! FTS5's `snippet()` serves ordinary texts; a long one comes marked whole by `highlight()` and
//! [`window`] cuts the passage from it, so that the cost never grows with the square of its
//! matches. Matches are marked `[` and `]`, cuts `…`, on one line.

use rusqlite::{Connection, Row, named_params};

use super::{Found, Hit, Ranked, STATUS_ROWID};
use crate::model::collapse;

/// The hit with its snippet.
pub(super) fn with_snippet(conn: &Connection, query: &str, hit: Ranked) -> rusqlite::Result<Hit> {
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

/// The snippet of a hit: FTS5's, or for a long text (see [`RANKED`](super::RANKED)) one cut from the text
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
pub(super) fn window(marked: &str) -> String {
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
