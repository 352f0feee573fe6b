//! SQL for `pledge_targets` and the append-only facts about them: `target_progress` (what was
//! delivered, dated) and `target_revisions` (the target as revised, dated; the original stays).
//!
//! A figure dated by a partial date counts from its first day (`2019` is known on 2019-01-01),
//! the one ordering rule of `model::PartialDate`; on one date the later-recorded entry wins.

use std::collections::HashSet;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, named_params};
use serde::{Deserialize, Serialize};

use super::offset;
use crate::model::{
    Horizon, Metric, NewTarget, NewTargetFact, PartialDate, Qualifier, Quantity, Target,
};

/// Stores a quantified target of a pledge.
pub fn insert(conn: &Connection, t: &NewTarget) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO pledge_targets (pledge_id, metric, label, amount, unit, qualifier, minimum,
                                     maximum, by, over_years, for_years)
         VALUES (:pledge_id, :metric, :label, :amount, :unit, :qualifier, :minimum, :maximum,
                 :by, :over_years, :for_years)",
    )?;
    let (q, h) = (&t.target.quantity, &t.target.horizon);
    stmt.execute(named_params! {
        ":pledge_id": t.pledge_id, ":metric": t.target.metric, ":label": t.target.label,
        ":amount": q.amount, ":unit": q.unit, ":qualifier": q.qualifier, ":minimum": q.minimum,
        ":maximum": q.maximum, ":by": h.by, ":over_years": h.over_years,
        ":for_years": h.for_years,
    })?;
    Ok(())
}

/// The row id of a pledge's target for a metric and label.
pub fn id(conn: &Connection, pledge_id: i64, metric: Metric, label: &str) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid FROM pledge_targets WHERE pledge_id = ?1 AND metric = ?2 AND label = ?3",
    )?;
    Ok(stmt.query_row((pledge_id, metric, label), |r| r.get(0)).optional()?)
}

/// Sets a target's quantity and horizon; returns whether they differed.
pub fn update(conn: &Connection, rowid: i64, t: &NewTarget) -> rusqlite::Result<bool> {
    let mut stmt = conn.prepare_cached(
        "UPDATE pledge_targets SET amount = :amount, unit = :unit, qualifier = :qualifier,
                minimum = :minimum, maximum = :maximum, by = :by, over_years = :over_years,
                for_years = :for_years
         WHERE rowid = :rowid AND (amount IS NOT :amount OR unit IS NOT :unit
                OR qualifier IS NOT :qualifier OR minimum IS NOT :minimum
                OR maximum IS NOT :maximum OR by IS NOT :by OR over_years IS NOT :over_years
                OR for_years IS NOT :for_years)",
    )?;
    let (q, h) = (&t.target.quantity, &t.target.horizon);
    let changed = stmt.execute(named_params! {
        ":rowid": rowid, ":amount": q.amount, ":unit": q.unit, ":qualifier": q.qualifier,
        ":minimum": q.minimum, ":maximum": q.maximum, ":by": h.by, ":over_years": h.over_years,
        ":for_years": h.for_years,
    })?;
    Ok(changed > 0)
}

/// The unit of a pledge's target for a metric and label (empty for a count), if it has one.
pub fn unit(
    conn: &Connection,
    pledge_id: i64,
    metric: Metric,
    label: &str,
) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT unit FROM pledge_targets WHERE pledge_id = ?1 AND metric = ?2 AND label = ?3",
    )?;
    Ok(stmt.query_row((pledge_id, metric, label), |r| r.get(0)).optional()?)
}

/// A pledge's targets as one JSON array, by metric and label: a column of the pledge listings,
/// read back by [`from_json`].
pub(super) const TARGETS_JSON: &str = "
       (SELECT json_group_array(json_object('metric', t.metric, 'label', t.label,
                    'amount', t.amount, 'unit', t.unit, 'qualifier', t.qualifier,
                    'minimum', t.minimum, 'maximum', t.maximum, 'by', t.by,
                    'over_years', t.over_years, 'for_years', t.for_years)
                    ORDER BY t.metric, t.label)
        FROM pledge_targets t WHERE t.pledge_id = p.id) AS targets";

/// A target as the JSON of [`TARGETS_JSON`] holds it.
#[derive(Deserialize)]
struct Stored {
    metric: String,
    label: String,
    amount: Option<i64>,
    unit: String,
    qualifier: Option<String>,
    minimum: Option<i64>,
    maximum: Option<i64>,
    by: Option<String>,
    over_years: Option<i64>,
    for_years: Option<i64>,
}

/// Reads the targets of [`TARGETS_JSON`].
pub(super) fn from_json(json: Option<String>) -> rusqlite::Result<Vec<Target>> {
    let bad = |why: String| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, why.into())
    };
    let Some(json) = json else { return Ok(Vec::new()) };
    let stored: Vec<Stored> =
        serde_json::from_str(&json).map_err(|e| bad(format!("malformed targets: {e}")))?;
    stored
        .into_iter()
        .map(|s| {
            Ok(Target {
                metric: s
                    .metric
                    .parse()
                    .map_err(|e: crate::model::UnknownValue| bad(e.to_string()))?,
                label: s.label,
                quantity: Quantity {
                    amount: s.amount,
                    unit: s.unit,
                    qualifier: match s.qualifier {
                        None => None,
                        Some(q) => Some(q.parse::<Qualifier>().map_err(|e| bad(e.to_string()))?),
                    },
                    minimum: s.minimum,
                    maximum: s.maximum,
                },
                horizon: Horizon {
                    by: match s.by {
                        None => None,
                        Some(by) => Some(
                            PartialDate::parse(&by)
                                .ok_or_else(|| bad(format!("malformed date `{by}`")))?,
                        ),
                    },
                    over_years: s.over_years,
                    for_years: s.for_years,
                },
            })
        })
        .collect()
}

/// Which of the two fact tables: what was delivered, or how the target was revised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactKind {
    Progress,
    Revision,
}

/// Appends a progress figure or a revision; returns its id.
pub fn insert_fact(conn: &Connection, kind: FactKind, f: &NewTargetFact) -> rusqlite::Result<i64> {
    let mut stmt = conn.prepare_cached(match kind {
        FactKind::Progress => {
            "INSERT INTO target_progress (pledge_id, metric, label, as_of, amount, unit,
                    qualifier, source_id, quote, quote_start, quote_end, note)
             VALUES (:pledge_id, :metric, :label, :as_of, :amount, :unit, :qualifier,
                    :source_id, :quote, :quote_start, :quote_end, :note)"
        }
        FactKind::Revision => {
            "INSERT INTO target_revisions (pledge_id, metric, label, as_of, amount, unit,
                    qualifier, minimum, maximum, source_id, quote, quote_start, quote_end, note)
             VALUES (:pledge_id, :metric, :label, :as_of, :amount, :unit, :qualifier,
                    :minimum, :maximum, :source_id, :quote, :quote_start, :quote_end, :note)"
        }
    })?;
    let q = &f.quantity;
    let (start, end) =
        (f.span.as_ref().map(|r| offset(r.start)), f.span.as_ref().map(|r| offset(r.end)));
    let mut params = named_params! {
        ":pledge_id": f.pledge_id, ":metric": f.metric, ":label": f.label, ":as_of": f.as_of,
        ":amount": q.amount, ":unit": q.unit, ":qualifier": q.qualifier,
        ":source_id": f.source_id, ":quote": f.quote, ":quote_start": start,
        ":quote_end": end, ":note": f.note, ":minimum": q.minimum, ":maximum": q.maximum,
    }
    .to_vec();
    if kind == FactKind::Progress {
        // A progress figure is one amount: it has no range to bind.
        params.truncate(params.len() - 2);
    }
    stmt.execute(params.as_slice())?;
    Ok(conn.last_insert_rowid())
}

/// The id of an identical progress figure or revision already recorded, if any.
pub fn find_fact(conn: &Connection, kind: FactKind, f: &NewTargetFact) -> Result<Option<i64>> {
    let mut stmt = conn.prepare_cached(match kind {
        FactKind::Progress => {
            "SELECT id FROM target_progress WHERE pledge_id = ?1 AND metric = ?2 AND label = ?3
                AND as_of = ?4 AND amount IS ?5 AND unit = ?6 AND qualifier IS ?7
                AND ?8 IS NULL AND ?9 IS NULL AND source_id = ?10 AND quote = ?11
                AND note IS ?12"
        }
        FactKind::Revision => {
            "SELECT id FROM target_revisions WHERE pledge_id = ?1 AND metric = ?2 AND label = ?3
                AND as_of = ?4 AND amount IS ?5 AND unit = ?6 AND qualifier IS ?7
                AND minimum IS ?8 AND maximum IS ?9 AND source_id = ?10 AND quote = ?11
                AND note IS ?12"
        }
    })?;
    let q = &f.quantity;
    let params = rusqlite::params![
        f.pledge_id,
        f.metric,
        f.label,
        f.as_of,
        q.amount,
        q.unit,
        q.qualifier,
        q.minimum,
        q.maximum,
        f.source_id,
        f.quote,
        f.note
    ];
    Ok(stmt.query_row(params, |r| r.get(0)).optional()?)
}

/// Of the pledges `ids`, those that have a progress figure or a revision. A few pledges are
/// probed one by one through the indexes; many are matched against one read of both tables.
pub fn pledges_with_facts(conn: &Connection, ids: &[i64]) -> Result<HashSet<i64>> {
    const PROBED: usize = 1000;
    if ids.len() > PROBED {
        let mut stmt = conn.prepare_cached(
            "SELECT pledge_id FROM target_progress UNION SELECT pledge_id FROM target_revisions",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        let all: HashSet<i64> = rows.collect::<rusqlite::Result<_>>()?;
        return Ok(ids.iter().copied().filter(|id| all.contains(id)).collect());
    }
    let mut stmt = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM target_progress WHERE pledge_id = ?1)
             OR EXISTS (SELECT 1 FROM target_revisions WHERE pledge_id = ?1)",
    )?;
    let mut with = HashSet::new();
    for &id in ids {
        if stmt.query_row([id], |r| r.get::<_, bool>(0))? {
            with.insert(id);
        }
    }
    Ok(with)
}

/// A progress figure or revision as recorded, with its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    pub metric: Metric,
    pub label: String,
    pub as_of: PartialDate,
    #[serde(flatten)]
    pub quantity: Quantity,
    /// The slug of the source that reports it.
    pub source: String,
    pub quote: String,
    pub note: Option<String>,
}

impl Fact {
    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(Fact {
            metric: row.get("metric")?,
            label: row.get("label")?,
            as_of: row.get("as_of")?,
            quantity: Quantity {
                amount: row.get("amount")?,
                unit: row.get("unit")?,
                qualifier: row.get("qualifier")?,
                minimum: row.get("minimum")?,
                maximum: row.get("maximum")?,
            },
            source: row.get("source")?,
            quote: row.get("quote")?,
            note: row.get("note")?,
        })
    }
}

/// The progress figures or revisions of pledge `pledge_id` known on `on`, by target and date.
pub fn facts(
    conn: &Connection,
    kind: FactKind,
    pledge_id: i64,
    on: NaiveDate,
) -> Result<Vec<Fact>> {
    let mut stmt = conn.prepare_cached(match kind {
        FactKind::Progress => {
            "SELECT f.metric, f.label, f.as_of, f.amount, f.unit, f.qualifier,
                    NULL AS minimum, NULL AS maximum, s.slug AS source, f.quote, f.note
             FROM target_progress f JOIN sources s ON s.id = f.source_id
             WHERE f.pledge_id = ?1 AND f.as_of <= ?2
             ORDER BY f.metric, f.label, f.as_of, f.id"
        }
        FactKind::Revision => {
            "SELECT f.metric, f.label, f.as_of, f.amount, f.unit, f.qualifier, f.minimum,
                    f.maximum, s.slug AS source, f.quote, f.note
             FROM target_revisions f JOIN sources s ON s.id = f.source_id
             WHERE f.pledge_id = ?1 AND f.as_of <= ?2
             ORDER BY f.metric, f.label, f.as_of, f.id"
        }
    })?;
    let rows = stmt.query_map((pledge_id, on), Fact::from_row)?;
    rows.collect::<rusqlite::Result<_>>().context("reading target facts")
}

/// One target of a pledge on a date: as pledged, as last revised, and as last delivered.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    /// The pledge's slug.
    pub pledge: String,
    pub metric: Metric,
    /// Empty for none.
    pub label: String,
    /// An ISO 4217 code for money; empty for a count.
    pub unit: String,
    /// The target as pledged.
    pub pledged: Quantity,
    /// The latest revision on or before the date, with its date.
    pub revised: Option<Quantity>,
    pub revised_on: Option<PartialDate>,
    /// The latest progress figure on or before the date, with its date.
    pub delivered: Option<Quantity>,
    pub delivered_on: Option<PartialDate>,
    /// What was delivered as a whole percentage of the revised target (else the pledged one),
    /// counting a range from its minimum; none without a figure or with a target of zero.
    pub percent: Option<i64>,
}

/// Per target of the pledges `pledge_ids`, the pledged, latest revised and latest delivered
/// figures as known on `on`, by pledge slug, metric and label. Pledges made after `on` and ids
/// of no pledge give nothing. Totals over pledges (the site's, a total that counts each pledge
/// once) are built from these rows.
pub fn figures(conn: &Connection, pledge_ids: &[i64], on: NaiveDate) -> Result<Vec<Figures>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.slug, t.metric, t.label, t.unit, t.amount, t.qualifier, t.minimum, t.maximum,
                r.as_of AS r_as_of, r.amount AS r_amount, r.qualifier AS r_qualifier,
                r.minimum AS r_minimum, r.maximum AS r_maximum,
                d.as_of AS d_as_of, d.amount AS d_amount, d.qualifier AS d_qualifier
         FROM pledge_targets t
         JOIN pledges p ON p.id = t.pledge_id
         LEFT JOIN target_revisions r ON r.id = (
             SELECT x.id FROM target_revisions x
             WHERE x.pledge_id = t.pledge_id AND x.metric = t.metric AND x.label = t.label
               AND x.as_of <= :on
             ORDER BY x.as_of DESC, x.id DESC LIMIT 1)
         LEFT JOIN target_progress d ON d.id = (
             SELECT x.id FROM target_progress x
             WHERE x.pledge_id = t.pledge_id AND x.metric = t.metric AND x.label = t.label
               AND x.as_of <= :on
             ORDER BY x.as_of DESC, x.id DESC LIMIT 1)
         WHERE t.pledge_id = :id AND (p.made_on <= :on OR p.made_on IS NULL)
         ORDER BY t.metric, t.label",
    )?;
    let mut out = Vec::new();
    let mut ids = pledge_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        let rows = stmt.query_map(named_params! { ":id": id, ":on": on }, figures_from_row)?;
        for row in rows {
            out.push(row?);
        }
    }
    out.sort_by(|a, b| {
        let key = |f: &Figures| (f.pledge.clone(), f.metric.as_str(), f.label.clone());
        key(a).cmp(&key(b))
    });
    Ok(out)
}

fn figures_from_row(row: &Row) -> rusqlite::Result<Figures> {
    let unit: String = row.get("unit")?;
    let pledged = Quantity {
        amount: row.get("amount")?,
        unit: unit.clone(),
        qualifier: row.get("qualifier")?,
        minimum: row.get("minimum")?,
        maximum: row.get("maximum")?,
    };
    let revised_on: Option<PartialDate> = row.get("r_as_of")?;
    let revised = match revised_on {
        None => None,
        Some(_) => Some(Quantity {
            amount: row.get("r_amount")?,
            unit: unit.clone(),
            qualifier: row.get("r_qualifier")?,
            minimum: row.get("r_minimum")?,
            maximum: row.get("r_maximum")?,
        }),
    };
    let delivered_on: Option<PartialDate> = row.get("d_as_of")?;
    let delivered = match delivered_on {
        None => None,
        Some(_) => Some(Quantity {
            amount: row.get("d_amount")?,
            unit: unit.clone(),
            qualifier: row.get("d_qualifier")?,
            minimum: None,
            maximum: None,
        }),
    };
    let base = revised.as_ref().unwrap_or(&pledged).base();
    let percent = match (delivered.as_ref().and_then(|d| d.amount), base) {
        (Some(done), Some(base)) if base > 0 => Some(percent(done, base)),
        _ => None,
    };
    Ok(Figures {
        pledge: row.get("slug")?,
        metric: row.get("metric")?,
        label: row.get("label")?,
        unit,
        pledged,
        revised,
        revised_on,
        delivered,
        delivered_on,
        percent,
    })
}

/// `done` as a whole percentage of `base`, rounded half up, in integers (amounts never pass
/// through floating point).
fn percent(done: i64, base: i64) -> i64 {
    let scaled = i128::from(done) * 100;
    let base = i128::from(base);
    i64::try_from((scaled * 2 + base) / (base * 2)).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_round_half_up_in_whole_numbers() {
        assert_eq!(percent(0, 3000), 0);
        assert_eq!(percent(3000, 3000), 100);
        assert_eq!(percent(1454, 13000), 11);
        assert_eq!(percent(1, 200), 1);
        assert_eq!(percent(47_000_000_000, 50_000_000_000), 94);
    }
}
