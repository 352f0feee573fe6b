//! SQL for `pledge check`: the rows that break the database's promises.
//!
//! Each function finds one kind of damage the loader would have refused but that direct SQL,
//! an older program or a damaged file can leave behind. Nothing here judges or prints.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::model::{PartialDate, Status};

/// Rows whose foreign keys point at nothing: (table, rowid, the table it should point into).
pub fn broken_links(conn: &Connection) -> Result<Vec<(String, i64, String)>> {
    let mut stmt = conn.prepare(
        "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check ORDER BY \"table\", rowid",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Sources with stored text: (id, slug, sha256 as stored), by slug.
pub fn sources_with_text(conn: &Connection) -> Result<Vec<(i64, String, String)>> {
    let mut stmt =
        conn.prepare("SELECT id, slug, sha256 FROM sources WHERE body IS NOT NULL ORDER BY slug")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A quote stored somewhere, with what it backs.
pub struct Quote {
    /// `evidence`, `status_history`, `target_revisions`, `target_progress` or `pledge_relations`.
    pub table: &'static str,
    /// What the row is about: `pledge alibaba-1-million-us-jobs jobs` for a claim,
    /// `alibaba-1-million-us-jobs 2017-01-10` for a status entry.
    pub about: String,
    pub quote: String,
    /// The byte offsets stored for the quote in the source's text, if any.
    pub span: Option<(i64, i64)>,
}

/// Every quote taken from the source `source_id`: claims first, then status entries, target
/// revisions, progress figures and relations between pledges.
pub fn quotes_from(conn: &Connection, source_id: i64) -> Result<Vec<Quote>> {
    let mut stmt = conn.prepare_cached(
        "SELECT 0, subject || ' ' || key || ' ' || field, quote, id, quote_start, quote_end
         FROM evidence
         WHERE source_id = ?1
         UNION ALL
         SELECT 1, coalesce(p.slug, '(missing pledge)') || ' ' || h.as_of, h.quote, h.id,
                h.quote_start, h.quote_end
         FROM status_history h LEFT JOIN pledges p ON p.id = h.pledge_id
         WHERE h.source_id = ?1
         UNION ALL
         SELECT 2, coalesce(p.slug, '(missing pledge)') || ' ' || f.metric
                   || iif(f.label = '', '', '_' || f.label) || ' ' || f.as_of,
                f.quote, f.id, f.quote_start, f.quote_end
         FROM target_revisions f LEFT JOIN pledges p ON p.id = f.pledge_id
         WHERE f.source_id = ?1
         UNION ALL
         SELECT 3, coalesce(p.slug, '(missing pledge)') || ' ' || f.metric
                   || iif(f.label = '', '', '_' || f.label) || ' ' || f.as_of,
                f.quote, f.id, f.quote_start, f.quote_end
         FROM target_progress f LEFT JOIN pledges p ON p.id = f.pledge_id
         WHERE f.source_id = ?1
         UNION ALL
         SELECT 4, coalesce(p.slug, '(missing pledge)') || ' ' || r.relation || ' '
                || coalesce(o.slug, r.condition), r.quote, r.id, r.quote_start, r.quote_end
         FROM pledge_relations r LEFT JOIN pledges p ON p.id = r.pledge_id
         LEFT JOIN pledges o ON o.id = r.other_id
         WHERE r.source_id = ?1
         ORDER BY 1, 4",
    )?;
    let rows = stmt.query_map([source_id], |r| {
        let table = match r.get::<_, i64>(0)? {
            0 => "evidence",
            1 => "status_history",
            2 => "target_revisions",
            3 => "target_progress",
            _ => "pledge_relations",
        };
        let span = match (r.get(4)?, r.get(5)?) {
            (Some(start), Some(end)) => Some((start, end)),
            _ => None,
        };
        Ok(Quote { table, about: r.get(1)?, quote: r.get(2)?, span })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Status entries with nothing to stand on: their source is gone or their quote is blank.
/// Returns (pledge slug, as_of, what is missing), by pledge and date.
pub fn unsupported_statuses(conn: &Connection) -> Result<Vec<(String, String, &'static str)>> {
    let mut stmt = conn.prepare(
        "SELECT coalesce(p.slug, '(missing pledge)'), h.as_of, s.id IS NULL
         FROM status_history h
         LEFT JOIN pledges p ON p.id = h.pledge_id
         LEFT JOIN sources s ON s.id = h.source_id
         WHERE s.id IS NULL OR trim(h.quote, ' ' || char(9, 10, 13)) = ''
         ORDER BY 1, h.as_of, h.id",
    )?;
    let rows = stmt.query_map([], |r| {
        let what = if r.get(2)? { "its source does not exist" } else { "its quote is blank" };
        Ok((r.get(0)?, r.get(1)?, what))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Slugs of pledges whose status history is empty, by slug.
pub fn unrated_pledges(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT slug FROM pledges p
         WHERE NOT EXISTS (SELECT 1 FROM status_history h WHERE h.pledge_id = p.id)
         ORDER BY slug",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Slugs of pledges with no pledger (no company or government made them), by slug.
pub fn pledges_without_pledger(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT slug FROM pledges p
         WHERE NOT EXISTS (SELECT 1 FROM pledge_parties pp
                           WHERE pp.pledge_id = p.id AND pp.role = 'pledger')
         ORDER BY slug",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Parties with no claim behind them (a claim on the pledge whose field is `company` or
/// `government` for a pledger, else the role, and whose value is the party's slug or code), as
/// a migration leaves them: (pledge slug, field, value), by pledge, field and value.
pub fn parties_without_evidence(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT slug, field, value FROM (
             SELECT p.slug,
                    CASE WHEN pp.role <> 'pledger' THEN pp.role
                         WHEN pp.company_id IS NOT NULL THEN 'company' ELSE 'government' END AS field,
                    coalesce(c.slug, g.code, o.slug) AS value
             FROM pledge_parties pp
             JOIN pledges p ON p.id = pp.pledge_id
             LEFT JOIN companies c ON c.id = pp.company_id
             LEFT JOIN governments g ON g.id = pp.government_id
             LEFT JOIN officials o ON o.id = pp.official_id) party
         WHERE value IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM evidence e
                           WHERE e.subject = 'pledge' AND e.key = party.slug
                             AND e.field = party.field AND e.value = party.value)
         ORDER BY 1, 2, 3",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A pledge's deadline and its latest status as known on a date.
pub struct Latest {
    pub pledge: String,
    pub deadline: Option<PartialDate>,
    /// `None` when the history has no entry that counts on or before the date.
    pub status: Option<Status>,
    pub since: Option<PartialDate>,
}

/// Every pledge made on or before `on`, with its deadline and latest status then, by slug.
pub fn latest(conn: &Connection, on: NaiveDate) -> Result<Vec<Latest>> {
    let mut stmt = conn.prepare(
        "SELECT p.slug, p.deadline, s.status, s.as_of
         FROM pledges p
         LEFT JOIN status_history s ON s.id = (
             SELECT h.id FROM status_counting h
             WHERE h.pledge_id = p.id AND h.as_of <= ?1
             ORDER BY h.as_of DESC, h.id DESC LIMIT 1)
         WHERE p.made_on <= ?1 OR p.made_on IS NULL
         ORDER BY p.slug",
    )?;
    let rows = stmt.query_map([on], |r| {
        Ok(Latest { pledge: r.get(0)?, deadline: r.get(1)?, status: r.get(2)?, since: r.get(3)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Status entries dated before their pledge was made (the entry's whole period ends before the
/// pledge's first day): (pledge slug, as_of, made_on).
pub fn entries_before_pledge(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT p.slug, h.as_of, p.made_on FROM status_history h JOIN pledges p ON p.id = h.pledge_id
         WHERE h.as_of || '~' < p.made_on ORDER BY p.slug, h.as_of, h.id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Revisions and progress figures dated wholly before their pledge was made: (table, pledge
/// slug and target, as_of, made_on).
pub fn target_facts_before_pledge(
    conn: &Connection,
) -> Result<Vec<(&'static str, String, String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT 0, p.slug || ' ' || f.metric || iif(f.label = '', '', '_' || f.label), f.as_of,
                p.made_on
         FROM target_revisions f JOIN pledges p ON p.id = f.pledge_id
         WHERE f.as_of || '~' < p.made_on
         UNION ALL
         SELECT 1, p.slug || ' ' || f.metric || iif(f.label = '', '', '_' || f.label), f.as_of,
                p.made_on
         FROM target_progress f JOIN pledges p ON p.id = f.pledge_id
         WHERE f.as_of || '~' < p.made_on
         ORDER BY 1, 2, 3",
    )?;
    let rows = stmt.query_map([], |r| {
        let table = if r.get::<_, i64>(0)? == 0 { "target_revisions" } else { "target_progress" };
        Ok((table, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A pledge's current status two ways: (pledge slug, as `pledge_current` records it, as the
/// history has it); `None` where there is none.
pub type Drift = (String, Option<String>, Option<String>);

/// Pledges whose row in `pledge_current` differs from the latest entry of their history that
/// counts (`status_counting`).
pub fn current_out_of_step(conn: &Connection) -> Result<Vec<Drift>> {
    let mut stmt = conn.prepare(
        "WITH latest AS (
             SELECT pledge_id, id, status, as_of FROM (
                 SELECT pledge_id, id, status, as_of,
                        row_number() OVER (PARTITION BY pledge_id ORDER BY as_of DESC, id DESC) AS n
                 FROM status_counting)
             WHERE n = 1)
         SELECT coalesce(p.slug, '(missing pledge)'), c.status, l.status
         FROM latest l LEFT JOIN pledge_current c ON c.pledge_id = l.pledge_id
         LEFT JOIN pledges p ON p.id = l.pledge_id
         WHERE c.entry_id IS NOT l.id OR c.status IS NOT l.status OR c.as_of IS NOT l.as_of
         UNION ALL
         SELECT coalesce(p.slug, '(missing pledge)'), c.status, NULL
         FROM pledge_current c LEFT JOIN pledges p ON p.id = c.pledge_id
         WHERE NOT EXISTS (SELECT 1 FROM status_counting h WHERE h.pledge_id = c.pledge_id)
         ORDER BY 1",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Statuses whose tally in `status_counts` differs from `pledge_current`: (status, tally,
/// pledges at that status).
pub fn counts_out_of_step(conn: &Connection) -> Result<Vec<(String, i64, i64)>> {
    let mut stmt = conn.prepare(
        "WITH actual AS (SELECT status, count(*) AS pledges FROM pledge_current GROUP BY status),
              kept AS (SELECT status, pledges FROM status_counts)
         SELECT k.status, k.pledges, coalesce(a.pledges, 0) FROM kept k
         LEFT JOIN actual a ON a.status = k.status WHERE k.pledges <> coalesce(a.pledges, 0)
         UNION ALL
         SELECT a.status, 0, a.pledges FROM actual a
         WHERE NOT EXISTS (SELECT 1 FROM kept k WHERE k.status = a.status)
         ORDER BY 1",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Dates that are not days, written by another client past the schema's checks: (table, which
/// record, column, the text stored), by table.
pub fn bad_dates(conn: &Connection) -> Result<Vec<(String, String, String, String)>> {
    let mut stmt = conn.prepare(BAD_DATES)?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every date column, each row whose value is set but not a day (or, for the partial dates of
/// pledges and status entries, not a day, a month or a year). `date(x, '+0 days')` is NULL for
/// text that is not a date and moves an impossible day, so either way it differs.
const BAD_DATES: &str = "\
SELECT 'sources', slug, 'published_on', CAST(published_on AS TEXT) FROM sources \
    WHERE published_on IS NOT date(published_on, '+0 days') AND published_on IS NOT NULL UNION ALL \
SELECT 'sources', slug, 'retrieved_on', CAST(retrieved_on AS TEXT) FROM sources \
    WHERE retrieved_on IS NOT date(retrieved_on, '+0 days') AND retrieved_on IS NOT NULL UNION ALL \
SELECT 'official_titles', coalesce((SELECT slug FROM officials o WHERE o.id = official_id), '?') \
    || ' ' || title, 'valid_from', CAST(valid_from AS TEXT) FROM official_titles \
    WHERE valid_from IS NOT date(valid_from, '+0 days') AND valid_from IS NOT NULL UNION ALL \
SELECT 'official_titles', coalesce((SELECT slug FROM officials o WHERE o.id = official_id), '?') \
    || ' ' || title, 'valid_to', CAST(valid_to AS TEXT) FROM official_titles \
    WHERE valid_to IS NOT date(valid_to, '+0 days') AND valid_to IS NOT NULL UNION ALL \
SELECT 'events', slug, 'start_on', CAST(start_on AS TEXT) FROM events \
    WHERE start_on IS NOT date(start_on, '+0 days') AND start_on IS NOT NULL UNION ALL \
SELECT 'events', slug, 'end_on', CAST(end_on AS TEXT) FROM events \
    WHERE end_on IS NOT date(end_on, '+0 days') AND end_on IS NOT NULL UNION ALL \
SELECT 'pledges', slug, 'made_on', CAST(made_on AS TEXT) FROM pledges \
    WHERE NOT (made_on IS date(made_on, '+0 days') OR (length(made_on) = 7 AND made_on || '-01' IS date(made_on || '-01', '+0 days')) OR (length(made_on) = 4 AND made_on NOT GLOB '*[^0-9]*')) AND made_on IS NOT NULL UNION ALL \
SELECT 'pledges', slug, 'deadline', CAST(deadline AS TEXT) FROM pledges \
    WHERE NOT (deadline IS date(deadline, '+0 days') OR (length(deadline) = 7 AND deadline || '-01' IS date(deadline || '-01', '+0 days')) OR (length(deadline) = 4 AND deadline NOT GLOB '*[^0-9]*')) AND deadline IS NOT NULL UNION ALL \
SELECT 'status_history', coalesce((SELECT slug FROM pledges p WHERE p.id = pledge_id), '?') \
    || ' #' || id, 'as_of', CAST(as_of AS TEXT) FROM status_history \
    WHERE NOT (as_of IS date(as_of, '+0 days') OR (length(as_of) = 7 AND as_of || '-01' IS date(as_of || '-01', '+0 days')) OR (length(as_of) = 4 AND as_of NOT GLOB '*[^0-9]*'))";

/// What SQLite's own check of the file finds: damaged pages or indexes, and rows that break a
/// CHECK or NOT NULL constraint (written by another client with the checks turned off). Empty
/// when all is well.
pub fn file_problems(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA quick_check")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    let found: Vec<String> = rows.collect::<rusqlite::Result<_>>()?;
    Ok(found.into_iter().filter(|line| line != "ok").collect())
}
