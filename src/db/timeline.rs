//! SQL for timelines: the events linked to pledges and their status changes, in date order.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::types::ToSql;
use rusqlite::{Connection, Row};
use serde::Serialize;

use super::filter::{self, PledgeFilter};
use crate::model::{DatePrecision, EventKind, Reason, Relation};

/// Something that happened to a pledge: an event that bears on it, or a change of status.
#[derive(Debug, Clone, Serialize)]
pub struct Moment {
    /// When, to the precision known (`2016`, `2017-01-09`); `None` for an undated event.
    pub date: Option<String>,
    /// The pledge's slug.
    pub pledge: String,
    /// The event's slug, for an event.
    pub event: Option<String>,
    pub kind: Option<EventKind>,
    pub relation: Option<Relation>,
    /// The event's title.
    pub title: Option<String>,
    /// The new status, for a status change.
    pub status: Option<crate::model::Status>,
    pub reason: Option<Reason>,
    pub note: Option<String>,
    /// The slug of the source reporting a status change.
    pub source: Option<String>,
}

impl Moment {
    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        // An event's day shows only the part its precision knows; a status entry's date is
        // already written as known (a day, a month or a year).
        let day: Option<String> = row.get("day")?;
        let precision: Option<DatePrecision> = row.get("date_precision")?;
        let date = match (day, precision) {
            (Some(day), Some(precision)) => {
                Some(crate::model::parse_date(&day).map_or(day, |d| precision.format(d)))
            }
            (day, None) => day,
            (None, Some(_)) => None,
        };
        Ok(Moment {
            date,
            pledge: row.get("pledge")?,
            event: row.get("event")?,
            kind: row.get("kind")?,
            relation: row.get("relation")?,
            title: row.get("title")?,
            status: row.get("status")?,
            reason: row.get("reason")?,
            note: row.get("note")?,
            source: row.get("source")?,
        })
    }
}

/// The events and status changes up to `on` of the pledges `filter` selects (its limit counts
/// pledges), by date, undated events last; on one day an event comes before the status
/// change it brought.
pub fn moments(conn: &Connection, filter: &PledgeFilter, on: NaiveDate) -> Result<Vec<Moment>> {
    let mut moments = Vec::new();
    each(conn, filter, on, |moment| {
        moments.push(moment);
        Ok(())
    })?;
    Ok(moments)
}

/// The moments of [`moments`], handed to `f` one at a time as SQLite finds them and never
/// collected, so a timeline of any length is written in bounded memory.
pub fn each(
    conn: &Connection,
    filter: &PledgeFilter,
    on: NaiveDate,
    mut f: impl FnMut(Moment) -> Result<()>,
) -> Result<()> {
    let (from, mut params) = filter::selection(conn, filter, on, filter::Read::Listed)?;
    params.push((":limit", Box::new(filter::limit(filter))));
    let chosen = ["WITH chosen (id) AS (SELECT p.id", &from, filter::ORDER, ")"].concat();
    let sql = [&chosen, MOMENTS].concat();
    let mut stmt = conn.prepare_cached(&sql).context("preparing the timeline query")?;
    let params: Vec<(&str, &dyn ToSql)> = params.iter().map(|(n, v)| (*n, v.as_ref())).collect();
    let mut rows = stmt.query(params.as_slice())?;
    while let Some(row) = rows.next()? {
        f(Moment::from_row(row)?)?;
    }
    Ok(())
}

/// `CROSS JOIN` fixes the join order: from the few chosen pledges to their rows, never a scan
/// of the whole history probing the chosen set.
const MOMENTS: &str = "
SELECT * FROM (
    SELECT e.start_on AS day, e.date_precision, p.slug AS pledge, e.slug AS event, e.kind,
           pe.relation, e.title, NULL AS status, NULL AS reason, NULL AS note, NULL AS source,
           0 AS entry, 0 AS seq
    FROM chosen
    CROSS JOIN pledges p ON p.id = chosen.id
    CROSS JOIN pledge_events pe ON pe.pledge_id = p.id
    JOIN events e ON e.id = pe.event_id
    WHERE e.start_on IS NULL OR e.start_on <= :on
    UNION ALL
    SELECT h.as_of, NULL, p.slug, NULL, NULL, NULL, NULL, h.status, h.reason, h.note, s.slug,
           1, h.id
    FROM chosen
    CROSS JOIN pledges p ON p.id = chosen.id
    CROSS JOIN status_history h ON h.pledge_id = p.id
    JOIN sources s ON s.id = h.source_id
    WHERE h.as_of <= :on)
ORDER BY day IS NULL, day, pledge, entry, seq, event";
