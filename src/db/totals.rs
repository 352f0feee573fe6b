//! How much a selection of pledges promises, counting each promise once: the one home of the
//! rule that `pledge totals` and the site's index both sum by.
//!
//! A pledge that is part of another pledge, or restates one, is already inside the other's
//! figures. When both are selected, the sum leaves it out; so does it when the chain of part_of
//! and restates relations reaches a selected pledge through pledges not selected (a part of a
//! part of a selected whole). A part whose whole is not selected counts: nothing else holds its
//! figures. A pledge superseded by a selected pledge is left out as well: the newer one replaces
//! its figures. Sums run in SQLite, one row per metric and unit, in constant memory at any size.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use super::filter::{PledgeFilter, Read, query, selection};
use crate::model::{Metric, Tie};

/// How much the selected pledges promise, for one metric in one unit.
#[derive(Debug, Clone, Serialize)]
pub struct Total {
    pub metric: Metric,
    /// What the amounts count: a currency for money metrics, else the metric's own unit.
    pub unit: String,
    /// How many pledges counted have a target for this metric.
    pub pledges: i64,
    /// The sum of their targets' amounts as first pledged (a range counts from its minimum).
    pub pledged: i64,
    /// The same sum with each target as last revised by the date (the pledged figure where it
    /// was never revised).
    pub revised: i64,
    /// The sum of each target's latest delivered figure by the date; `None` when no target of
    /// the metric has any.
    pub delivered: Option<i64>,
}

/// A selected pledge left out of the sums, and why.
#[derive(Debug, Clone, Serialize)]
pub struct LeftOut {
    /// Its slug.
    pub pledge: String,
    /// How it bears on the next pledge of the chain: part_of or restates; or supersedes, read
    /// backwards: `other` supersedes it.
    pub relation: Tie,
    /// The next pledge of the chain: the one it is part of or restates.
    pub other: String,
    /// The selected pledge whose figures hold it (the same as `other` unless the chain runs
    /// through pledges not selected).
    pub counted_in: String,
}

/// The sums, and the pledges they leave out.
#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    pub totals: Vec<Total>,
    pub left_out: Vec<LeftOut>,
}

/// The unit a target's amounts are counted in: its currency for money, else what the metric
/// counts.
pub fn unit(metric: Metric, currency: &str) -> String {
    match metric {
        _ if !currency.is_empty() => currency.to_owned(),
        Metric::PeopleTrained => "people".to_owned(),
        other => other.to_string(),
    }
}

/// Opens the selection: the pledges the filter selects, as `selected (id)`.
const SELECTED: &str = "
WITH RECURSIVE selected (id) AS (
SELECT p.id";
/// Closes the selection, then follows part_of and restates relations from each selected
/// pledge (`chain`), and keeps, per pledge, the nearest selected pledge a chain reaches
/// (`left_out`); a selected pledge that a selected pledge supersedes is left out too, counted in
/// the one that supersedes it (its `relation` is then `supersedes`, read backwards). Relations never form a cycle (the loader refuses one); the depth bound keeps a
/// cycle written behind the program's back from running forever.
const LEFT_OUT: &str = "),
chain (start, relation, first, id, depth) AS (
    SELECT r.pledge_id, r.relation, r.other_id, r.other_id, 1
    FROM selected JOIN pledge_relations r ON r.pledge_id = selected.id
    WHERE r.relation IN ('part_of', 'restates')
    UNION
    SELECT chain.start, chain.relation, chain.first, r.other_id, chain.depth + 1
    FROM chain JOIN pledge_relations r ON r.pledge_id = chain.id
    WHERE r.relation IN ('part_of', 'restates') AND chain.depth < 64),
left_out (id, relation, first, counted_in) AS (
    SELECT start, relation, first, id FROM (
        SELECT chain.*, row_number() OVER (PARTITION BY start ORDER BY depth, id) AS nearest
        FROM chain WHERE id IN (SELECT id FROM selected) AND id <> start)
    WHERE nearest = 1
    UNION ALL
    SELECT r.other_id, r.relation, r.pledge_id, r.pledge_id
    FROM selected JOIN pledge_relations r ON r.other_id = selected.id AND r.relation = 'supersedes'
    WHERE r.pledge_id IN (SELECT id FROM selected)
      AND r.other_id NOT IN (SELECT start FROM chain)
      AND r.id = (SELECT min(x.id) FROM pledge_relations x
                  WHERE x.other_id = r.other_id AND x.relation = 'supersedes'
                    AND x.pledge_id IN (SELECT id FROM selected)))";
/// The sums over the selected pledges not left out, by metric and unit: as pledged, as last
/// revised by `:on`, and as last delivered by `:on`.
const SUMS: &str = "
SELECT t.metric, t.unit, count(DISTINCT t.pledge_id), sum(coalesce(t.amount, t.minimum)),
       sum(coalesce(
           (SELECT coalesce(x.amount, x.minimum) FROM target_revisions x
            WHERE x.pledge_id = t.pledge_id AND x.metric = t.metric AND x.label = t.label
              AND x.as_of <= :on
            ORDER BY x.as_of DESC, x.id DESC LIMIT 1),
           t.amount, t.minimum)),
       sum((SELECT x.amount FROM target_progress x
            WHERE x.pledge_id = t.pledge_id AND x.metric = t.metric AND x.label = t.label
              AND x.as_of <= :on
            ORDER BY x.as_of DESC, x.id DESC LIMIT 1))
FROM selected JOIN pledge_targets t ON t.pledge_id = selected.id
WHERE selected.id NOT IN (SELECT id FROM left_out)
GROUP BY t.metric, t.unit
ORDER BY t.metric, t.unit";
/// The pledges left out, by slug.
const LEFT_OUT_ROWS: &str = "
SELECT p.slug, l.relation, f.slug, c.slug
FROM left_out l
JOIN pledges p ON p.id = l.id
JOIN pledges f ON f.id = l.first
JOIN pledges c ON c.id = l.counted_in
ORDER BY p.slug";

/// The targets of the pledges `filter` selects as of `on`, summed per metric and unit, each
/// promise counted once (see the module's rule), with the pledges left out and why. The
/// filter's limit does not apply: a sum covers every pledge selected.
pub fn totals(conn: &Connection, filter: &PledgeFilter, on: NaiveDate) -> Result<Totals> {
    let filter = PledgeFilter { limit: None, ..filter.clone() };
    let (from, params) = selection(conn, &filter, on, Read::Counted)?;
    let sql = [SELECTED, &from, LEFT_OUT, SUMS].concat();
    let totals = query(conn, &sql, &params, |row| {
        let metric: Metric = row.get(0)?;
        Ok(Total {
            metric,
            unit: unit(metric, &row.get::<_, String>(1)?),
            pledges: row.get(2)?,
            pledged: row.get(3)?,
            revised: row.get(4)?,
            delivered: row.get(5)?,
        })
    })
    // SQLite's integer sum fails rather than wrap when it overflows.
    .context("summing the pledged amounts")?;
    let sql = [SELECTED, &from, LEFT_OUT, LEFT_OUT_ROWS].concat();
    let left_out = query(conn, &sql, &params, |row| {
        Ok(LeftOut {
            pledge: row.get(0)?,
            relation: row.get(1)?,
            other: row.get(2)?,
            counted_in: row.get(3)?,
        })
    })?;
    Ok(Totals { totals, left_out })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db;

    fn on() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
    }

    /// Pledges `a`..`e` of 1,000 jobs each (`e` 7 jobs), with relations `(pledge, relation,
    /// other)` by letter.
    fn pledges(relations: &[(&str, &str, &str)]) -> Connection {
        let conn = db::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO companies (slug, name) VALUES ('c', 'C');
             INSERT INTO sources (slug, kind, title, url) VALUES ('s', 'article', 'S', 'u');",
        )
        .unwrap();
        for slug in ["a", "b", "c", "d", "e"] {
            conn.execute(
                "INSERT INTO pledges (slug, title, kind, made_on, formality)
                 VALUES (?1, ?1, 'jobs', '2017-01-09', 'verbal')",
                [slug],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO pledge_parties (pledge_id, role, company_id)
                 SELECT id, 'pledger', 1 FROM pledges WHERE slug = ?1",
                [slug],
            )
            .unwrap();
            let amount = if slug == "e" { 7 } else { 1000 };
            conn.execute(
                "INSERT INTO pledge_targets (pledge_id, metric, amount)
                 SELECT id, 'jobs', ?2 FROM pledges WHERE slug = ?1",
                (slug, amount),
            )
            .unwrap();
        }
        for (pledge, relation, other) in relations {
            conn.execute(
                "INSERT INTO pledge_relations (pledge_id, relation, other_id, condition, source_id,
                                               quote)
                 SELECT p.id, ?2, o.id, CASE ?2 WHEN 'conditional' THEN 'if' END, 1, 'q'
                 FROM pledges p, pledges o
                 WHERE p.slug = ?1 AND o.slug = ?3",
                (pledge, relation, other),
            )
            .unwrap();
        }
        conn
    }

    fn jobs(totals: &Totals) -> (i64, i64) {
        let jobs = totals.totals.iter().find(|t| t.metric == Metric::Jobs).unwrap();
        (jobs.pledges, jobs.pledged)
    }

    #[test]
    fn parts_and_restatements_of_a_selected_pledge_are_left_out() {
        let conn =
            pledges(&[("b", "part_of", "a"), ("c", "restates", "a"), ("e", "conditional", "a")]);
        let all = totals(&conn, &PledgeFilter::default(), on()).unwrap();
        assert_eq!(jobs(&all), (3, 2007));
        let left: Vec<_> = all.left_out.iter().map(|l| (l.pledge.as_str(), l.relation)).collect();
        assert_eq!(left, [("b", Tie::PartOf), ("c", Tie::Restates)]);
    }

    #[test]
    fn a_superseded_pledge_is_left_out_for_the_one_that_supersedes_it() {
        let conn = pledges(&[("b", "supersedes", "a"), ("c", "part_of", "a")]);
        let all = totals(&conn, &PledgeFilter::default(), on()).unwrap();
        // a is superseded by b; c is part of a, so it is held by a's figures, left out too.
        assert_eq!(jobs(&all), (3, 2007));
        let left: Vec<_> = all
            .left_out
            .iter()
            .map(|l| (l.pledge.as_str(), l.relation, l.counted_in.as_str()))
            .collect();
        assert_eq!(left, [("a", Tie::Supersedes, "b"), ("c", Tie::PartOf, "a")]);
        let only_a = PledgeFilter { pledge_id: Some(1), ..PledgeFilter::default() };
        assert_eq!(jobs(&totals(&conn, &only_a, on()).unwrap()), (1, 1000), "b is not selected");
    }

    #[test]
    fn a_chain_through_unselected_pledges_still_leads_to_the_whole() {
        let conn = pledges(&[("c", "part_of", "b"), ("b", "part_of", "a")]);
        let all = totals(&conn, &PledgeFilter::default(), on()).unwrap();
        assert_eq!(jobs(&all), (3, 2007));
        conn.execute("UPDATE pledges SET made_on = '2020-01-01' WHERE slug = 'b'", []).unwrap();
        let made_to = NaiveDate::from_ymd_opt(2019, 12, 31);
        let without_b = PledgeFilter { made_to, ..PledgeFilter::default() };
        let some = totals(&conn, &without_b, on()).unwrap();
        assert_eq!(jobs(&some), (3, 2007));
        let c = &some.left_out[0];
        assert_eq!((c.pledge.as_str(), c.other.as_str(), c.counted_in.as_str()), ("c", "b", "a"));
    }

    #[test]
    fn a_part_whose_whole_is_not_selected_counts() {
        let conn = pledges(&[("b", "part_of", "a")]);
        let only_b = PledgeFilter { pledge_id: Some(2), ..PledgeFilter::default() };
        let b = totals(&conn, &only_b, on()).unwrap();
        assert_eq!(jobs(&b), (1, 1000));
        assert!(b.left_out.is_empty());
    }
}
