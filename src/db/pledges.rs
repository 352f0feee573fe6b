//! SQL for `pledges` and their markets, targets, categories and event links: the listings of
//! `list` and `status` (over the selection of `db::filter`) and one pledge in full for `show`.
//!
//! A pledge's status on a date is the latest entry of its history on or before it (ties go to
//! the later entry); a pledge made after the date does not exist yet.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::types::ToSql;
use rusqlite::{Connection, OptionalExtension, Row, named_params};
use serde::Serialize;

use super::filter::{ORDER, PledgeFilter, RECENT, Read, is_current, limit, query, selection};
use super::split_list;
use crate::db;
use crate::model::{
    self, Formality, NewPledge, PartialDate, PledgeKind, Relation, Status, Subject, Target,
};

/// Stores a pledge and returns its id.
pub fn insert(conn: &Connection, p: &NewPledge) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO pledges (slug, title, description, kind, made_on, made_at_id, formality,
                              deadline, focus, note)
         VALUES (:slug, :title, :description, :kind, :made_on, :made_at_id, :formality, :deadline,
                 :focus, :note)",
    )?;
    stmt.execute(named_params! {
        ":slug": p.slug, ":title": p.title, ":description": p.description, ":kind": p.kind,
        ":made_on": p.made_on, ":made_at_id": p.made_at_id, ":formality": p.formality,
        ":deadline": p.deadline, ":focus": p.focus, ":note": p.note,
    })?;
    Ok(conn.last_insert_rowid())
}

/// Stores a market a pledge targets ("China").
pub fn insert_market(conn: &Connection, pledge_id: i64, market: &str) -> rusqlite::Result<()> {
    let mut stmt =
        conn.prepare_cached("INSERT INTO pledge_markets (pledge_id, market) VALUES (?1, ?2)")?;
    stmt.execute((pledge_id, market))?;
    Ok(())
}

/// Links a pledge to a product category.
pub fn insert_category(
    conn: &Connection,
    pledge_id: i64,
    category_id: i64,
) -> rusqlite::Result<()> {
    let mut stmt = conn
        .prepare_cached("INSERT INTO pledge_categories (pledge_id, category_id) VALUES (?1, ?2)")?;
    stmt.execute((pledge_id, category_id))?;
    Ok(())
}

/// Links a pledge to an event that bears on it.
pub fn insert_event(
    conn: &Connection,
    pledge_id: i64,
    event_id: i64,
    relation: Relation,
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO pledge_events (pledge_id, event_id, relation) VALUES (?1, ?2, ?3)",
    )?;
    stmt.execute((pledge_id, event_id, relation))?;
    Ok(())
}

/// The id and date made of the pledge with this slug (`None` for the date when no source
/// dates it).
pub fn id_and_made_on(conn: &Connection, slug: &str) -> Result<Option<(i64, Option<PartialDate>)>> {
    let mut stmt = conn.prepare_cached("SELECT id, made_on FROM pledges WHERE slug = ?1")?;
    Ok(stmt.query_row([slug], |r| Ok((r.get(0)?, r.get(1)?))).optional()?)
}

/// One pledge in a listing, with its status as of the listing's date.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// The pledge's id, for the reads that follow a listing.
    #[serde(skip)]
    pub id: i64,
    /// The pledge's slug.
    pub slug: String,
    pub title: String,
    /// What the pledge promises, above all.
    pub kind: PledgeKind,
    /// The names of the pledgers, companies and governments, joined by `; `.
    pub company: String,
    /// The names of the people who made the pledge (their slug when the source names nobody),
    /// joined by `; `.
    pub made_by: Option<String>,
    /// The names of the people and governments the pledge was made to, joined by `; `.
    pub made_to: Option<String>,
    /// `None` when no source dates the pledge.
    pub made_on: Option<PartialDate>,
    pub targets: Vec<Target>,
    /// Per target, pledged, revised and delivered as of the listing's date, when the listing
    /// asked for them ([`db::targets::figures`]) and there is something delivered or revised.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<db::targets::Figures>,
    /// Slugs of the categories the pledge is linked to (not their parents).
    pub categories: Vec<String>,
    /// The status of the latest entry that counts on or before the date; `None` when there is
    /// none yet.
    pub status: Option<Status>,
    /// The date of that entry.
    pub status_since: Option<PartialDate>,
    /// Met by its last day.
    pub deadline: Option<PartialDate>,
    /// The deadline passed before the date while the status is not final.
    pub overdue: bool,
}

/// The list columns of [`Summary`], also used by [`detail`].
/// Names are looked up per row returned, not per row filtered.
const SUMMARY_COLUMNS: &str = "
SELECT p.id, p.slug, p.title, p.description, p.kind,
       (SELECT coalesce(group_concat(coalesce(c.name, g.name), '; ' ORDER BY coalesce(c.name, g.name)), '')
        FROM pledge_parties pp LEFT JOIN companies c ON c.id = pp.company_id
        LEFT JOIN governments g ON g.id = pp.government_id
        WHERE pp.pledge_id = p.id AND pp.role = 'pledger') AS company,
       (SELECT group_concat(coalesce(o.name, o.slug), '; ' ORDER BY coalesce(o.name, o.slug))
        FROM pledge_parties pp JOIN officials o ON o.id = pp.official_id
        WHERE pp.pledge_id = p.id AND pp.role = 'made_by') AS made_by,
       (SELECT group_concat(coalesce(o.name, o.slug, g.name), '; ' ORDER BY coalesce(o.name, o.slug, g.name))
        FROM pledge_parties pp LEFT JOIN officials o ON o.id = pp.official_id
        LEFT JOIN governments g ON g.id = pp.government_id
        WHERE pp.pledge_id = p.id AND pp.role = 'made_to') AS made_to,
       p.made_on, p.formality, p.deadline, p.focus, p.note, s.status, s.as_of AS since,
       (SELECT e.slug FROM events e WHERE e.id = p.made_at_id) AS made_at,
       (SELECT group_concat(k.slug, char(31) ORDER BY k.slug)
        FROM pledge_categories pc JOIN categories k ON k.id = pc.category_id
        WHERE pc.pledge_id = p.id) AS categories,";

impl Summary {
    fn from_row(row: &Row, on: NaiveDate) -> rusqlite::Result<Self> {
        let status: Option<Status> = row.get("status")?;
        let deadline: Option<PartialDate> = row.get("deadline")?;
        Ok(Summary {
            id: row.get("id")?,
            slug: row.get("slug")?,
            title: row.get("title")?,
            kind: row.get("kind")?,
            company: row.get("company")?,
            made_by: row.get("made_by")?,
            made_to: row.get("made_to")?,
            made_on: row.get("made_on")?,
            targets: db::targets::from_json(row.get("targets")?)?,
            figures: Vec::new(),
            categories: split_list(row.get("categories")?),
            status,
            status_since: row.get("since")?,
            deadline,
            overdue: model::is_overdue(deadline, status, on),
        })
    }
}

/// The pledges `filter` selects, with their status as known on `on`, by date made and slug.
/// Overdue is judged on `on` too. The commands stream them with [`each`] instead.
#[cfg(test)]
pub fn list(conn: &Connection, filter: &PledgeFilter, on: NaiveDate) -> Result<Vec<Summary>> {
    let mut pledges = Vec::new();
    each(conn, filter, on, |pledge| {
        pledges.push(pledge);
        Ok(())
    })?;
    Ok(pledges)
}

/// The pledges of [`list`], handed to `f` one at a time as SQLite finds them and never
/// collected, so an export of any size runs in constant memory. Returns how many there were.
pub fn each(
    conn: &Connection,
    filter: &PledgeFilter,
    on: NaiveDate,
    f: impl FnMut(Summary) -> Result<()>,
) -> Result<u64> {
    each_in(conn, filter, on, Read::Listed, f)
}

/// The `n` pledges of `filter` whose status as of `on` dates from latest, newest first (ties by
/// date made, latest first, then slug); pledges with no status yet are left out.
pub fn recent(
    conn: &Connection,
    filter: &PledgeFilter,
    on: NaiveDate,
    n: u64,
) -> Result<Vec<Summary>> {
    let filter = PledgeFilter { limit: Some(n), ..filter.clone() };
    let mut pledges = Vec::new();
    each_in(conn, &filter, on, Read::Latest, |pledge| {
        pledges.push(pledge);
        Ok(())
    })?;
    Ok(pledges)
}

/// The pledges of `filter` in the listing order or latest changes first, as `read` says, handed
/// to `f` one at a time.
fn each_in(
    conn: &Connection,
    filter: &PledgeFilter,
    on: NaiveDate,
    read: Read,
    mut f: impl FnMut(Summary) -> Result<()>,
) -> Result<u64> {
    let (from, mut params) = selection(conn, filter, on, read)?;
    params.push((":limit", Box::new(limit(filter))));
    let order = if read == Read::Latest { RECENT } else { ORDER };
    let sql = [SUMMARY_COLUMNS, db::targets::TARGETS_JSON, &from, order].concat();
    let mut stmt = conn.prepare_cached(&sql).context("preparing the pledge query")?;
    let params: Vec<(&str, &dyn ToSql)> = params.iter().map(|(n, v)| (*n, v.as_ref())).collect();
    let mut rows = stmt.query(params.as_slice())?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        f(Summary::from_row(row, on)?)?;
        count += 1;
    }
    Ok(count)
}

/// How many pledges `filter` selects per status on `on` (`None`: no status yet), ignoring its
/// limit; statuses no pledge has are left out.
pub fn count_by_status(
    conn: &Connection,
    filter: &PledgeFilter,
    on: NaiveDate,
) -> Result<Vec<(Option<Status>, i64)>> {
    let unfiltered = PledgeFilter { limit: None, ..filter.clone() } == PledgeFilter::default();
    if unfiltered && is_current(conn, on)? && all_made_by(conn, on)? {
        // Every pledge counts with its current status, which status_counts keeps tallied.
        return query(conn, COUNT_CURRENT, &[], |row| Ok((row.get(0)?, row.get(1)?)));
    }
    let (from, params) = selection(conn, filter, on, Read::Counted)?;
    let sql = ["SELECT s.status, count(*)", &from, "\nGROUP BY s.status"].concat();
    query(conn, &sql, &params, |row| Ok((row.get(0)?, row.get(1)?)))
}

/// Pledges by current status, then those with no status yet (when there are any).
const COUNT_CURRENT: &str = "
SELECT status, pledges FROM status_counts WHERE pledges > 0
UNION ALL
SELECT NULL, n FROM (
    SELECT (SELECT count(*) FROM pledges) - (SELECT coalesce(sum(pledges), 0) FROM status_counts) AS n)
WHERE n > 0";

/// Whether every pledge was made on or before `on` (a pledge of unknown date always was).
fn all_made_by(conn: &Connection, on: NaiveDate) -> Result<bool> {
    let mut stmt = conn.prepare_cached("SELECT max(made_on) FROM pledges")?;
    let latest: Option<PartialDate> = stmt.query_row([], |r| r.get(0))?;
    Ok(latest.is_none_or(|latest| latest.on_or_before(on)))
}

/// One pledge in full: what `show` prints.
#[derive(Debug, Clone, Serialize)]
pub struct Detail {
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    /// What the pledge promises, above all.
    pub kind: PledgeKind,
    /// The names of the pledgers, joined by `; `.
    pub company: String,
    /// The names of the people who made it, joined by `; `.
    pub made_by: Option<String>,
    /// The names of the people and governments it was made to, joined by `; `.
    pub made_to: Option<String>,
    /// Every party, pledgers first, then made_by, then made_to.
    pub parties: Vec<db::parties::Party>,
    /// `None` when no source dates the pledge.
    pub made_on: Option<PartialDate>,
    /// The slug of the event it was made at.
    pub made_at: Option<String>,
    pub formality: Formality,
    /// Met by its last day.
    pub deadline: Option<PartialDate>,
    /// Whom it is meant to benefit ("US small businesses, especially in the Midwest").
    pub focus: Option<String>,
    /// The status as known on the date shown.
    pub status: Option<Status>,
    /// The date of that status entry.
    pub status_since: Option<PartialDate>,
    pub overdue: bool,
    pub targets: Vec<Target>,
    /// Per target: pledged, latest revised and latest delivered as known on the date shown.
    pub figures: Vec<db::targets::Figures>,
    /// Category slugs.
    pub categories: Vec<String>,
    pub markets: Vec<String>,
    pub note: Option<String>,
    /// Events that bear on the pledge, by date.
    pub events: Vec<db::events::Linked>,
    /// The status history up to the date shown, oldest first.
    pub timeline: Vec<db::status::Entry>,
    /// The revisions of its targets up to the date shown, each with its evidence.
    pub revisions: Vec<db::targets::Fact>,
    /// What was delivered against its targets up to the date shown, each with its evidence.
    pub progress: Vec<db::targets::Fact>,
    /// How it bears on other pledges and they on it, each relation with its evidence.
    pub relations: Vec<db::relations::Related>,
    /// Every claim a source makes about the pledge, one by one (for the site); JSON gives them
    /// grouped by quote, in `quotes`.
    #[serde(skip)]
    pub evidence: Vec<db::evidence::Claim>,
    /// Every quote about the pledge once, with the facts it backs: its claims, then its
    /// relations to other pledges.
    pub quotes: Vec<db::evidence::Quoted>,
}

impl Detail {
    fn from_row(row: &Row, on: NaiveDate) -> rusqlite::Result<Self> {
        let summary = Summary::from_row(row, on)?;
        Ok(Detail {
            slug: summary.slug,
            title: summary.title,
            description: row.get("description")?,
            kind: summary.kind,
            company: summary.company,
            made_by: summary.made_by,
            made_to: summary.made_to,
            parties: Vec::new(),
            made_on: summary.made_on,
            made_at: row.get("made_at")?,
            formality: row.get("formality")?,
            deadline: summary.deadline,
            focus: row.get("focus")?,
            status: summary.status,
            status_since: summary.status_since,
            overdue: summary.overdue,
            targets: summary.targets,
            figures: Vec::new(),
            categories: summary.categories,
            markets: split_list(row.get("markets")?),
            note: row.get("note")?,
            events: Vec::new(),
            timeline: Vec::new(),
            revisions: Vec::new(),
            progress: Vec::new(),
            relations: Vec::new(),
            evidence: Vec::new(),
            quotes: Vec::new(),
        })
    }
}

/// The pledge with id `id` in full, with its status and history as known on `on`; `None` when
/// there is no such pledge or it was made after `on`.
pub fn detail(conn: &Connection, id: i64, on: NaiveDate) -> Result<Option<Detail>> {
    let filter = PledgeFilter { pledge_id: Some(id), ..PledgeFilter::default() };
    let (from, params) = selection(conn, &filter, on, Read::Listed)?;
    let markets = ",
       (SELECT group_concat(m.market, char(31) ORDER BY m.market)
        FROM pledge_markets m WHERE m.pledge_id = p.id) AS markets";
    let sql = [SUMMARY_COLUMNS, db::targets::TARGETS_JSON, markets, &from].concat();
    let Some(mut detail) = query(conn, &sql, &params, |row| Detail::from_row(row, on))?.pop()
    else {
        return Ok(None);
    };
    detail.parties = db::parties::of(conn, id)?;
    detail.events = db::events::linked(conn, id)?;
    detail.timeline = db::status::history(conn, id, on)?;
    detail.figures = db::targets::figures(conn, &[id], on)?;
    detail.revisions = db::targets::facts(conn, db::targets::FactKind::Revision, id, on)?;
    detail.progress = db::targets::facts(conn, db::targets::FactKind::Progress, id, on)?;
    detail.relations = db::relations::of_pledge(conn, id)?;
    detail.evidence = db::evidence::about(conn, Subject::Pledge, &detail.slug)?;
    // A relation is a fact of the pledge at its `From` end; the other end shows it as context.
    let relations =
        detail.relations.iter().filter(|r| r.end == db::relations::End::From).map(|r| {
            db::evidence::Claim {
                field: r.relation.to_string(),
                value: r.other.clone().or_else(|| r.condition.clone()),
                source: r.source.clone(),
                quote: r.quote.clone(),
                speaker: None,
            }
        });
    let claims: Vec<_> = detail.evidence.iter().cloned().chain(relations).collect();
    detail.quotes = db::evidence::by_quote(&claims);
    Ok(Some(detail))
}

/// The id of the pledge with this slug.
pub fn id(conn: &Connection, slug: &str) -> Result<Option<i64>> {
    Ok(id_and_made_on(conn, slug)?.map(|(id, _)| id))
}

/// Replaces a pledge's fields; returns whether anything differed.
pub fn update(conn: &Connection, id: i64, p: &NewPledge) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE pledges SET title = :title, description = :description, kind = :kind,
                made_on = :made_on, made_at_id = :made_at_id, formality = :formality,
                deadline = :deadline, focus = :focus, note = :note
         WHERE id = :id AND (title IS NOT :title OR description IS NOT :description
                OR kind IS NOT :kind OR made_on IS NOT :made_on
                OR made_at_id IS NOT :made_at_id OR formality IS NOT :formality
                OR deadline IS NOT :deadline OR focus IS NOT :focus OR note IS NOT :note)",
    )?;
    let changed = stmt.execute(named_params! {
        ":id": id, ":title": p.title, ":description": p.description, ":kind": p.kind,
        ":made_on": p.made_on,
        ":made_at_id": p.made_at_id, ":formality": p.formality, ":deadline": p.deadline,
        ":focus": p.focus, ":note": p.note,
    })?;
    Ok(changed > 0)
}

/// The row id of a market of a pledge.
pub fn market_id(conn: &Connection, pledge_id: i64, market: &str) -> Result<Option<i64>> {
    let mut stmt = conn
        .prepare_cached("SELECT rowid FROM pledge_markets WHERE pledge_id = ?1 AND market = ?2")?;
    Ok(stmt.query_row((pledge_id, market), |r| r.get(0)).optional()?)
}

/// The row id of a pledge's link to a category.
pub fn category_link_id(
    conn: &Connection,
    pledge_id: i64,
    category_id: i64,
) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid FROM pledge_categories WHERE pledge_id = ?1 AND category_id = ?2",
    )?;
    Ok(stmt.query_row((pledge_id, category_id), |r| r.get(0)).optional()?)
}

/// The row id of a pledge's link to an event.
pub fn event_link_id(conn: &Connection, pledge_id: i64, event_id: i64) -> Result<Option<i64>> {
    let mut stmt = conn
        .prepare_cached("SELECT rowid FROM pledge_events WHERE pledge_id = ?1 AND event_id = ?2")?;
    Ok(stmt.query_row((pledge_id, event_id), |r| r.get(0)).optional()?)
}

/// Sets how an event bears on a pledge; returns whether it differed.
pub fn update_event_link(
    conn: &Connection,
    rowid: i64,
    relation: Relation,
) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE pledge_events SET relation = ?2 WHERE rowid = ?1 AND relation IS NOT ?2",
    )?;
    Ok(stmt.execute((rowid, relation))? > 0)
}

#[cfg(test)]
mod tests;
