//! `pledge list`: pledges with their parties, targets and status, filtered.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::cmd::args::{FilterArgs, parse_date};
use crate::ctx::Ctx;
use crate::db;
use crate::db::pledges::Summary;
use crate::db::targets::Figures;
use crate::model::Target;
use crate::output::{Columns, Rows, cell, list, yes_no};

/// List pledges: who pledged what to whom and when, and where each stands
#[derive(Debug, clap::Args)]
#[command(long_about = "List pledges: who pledged what to whom and when, and where each stands.

One row per pledge, the earliest made first: the company, the officials who made and received \
it, the date, its targets, its product categories, and its status as known on the date (since \
when, and whether it is overdue: deadline passed, status not final). In a table each target \
reads as pledged (`more than 1,000,000 jobs`, `USD 50,000,000,000 investment`), then its latest \
revision and what was delivered by the date with its percentage; CSV and JSON keep the exact \
numbers. \
Filters combine: --company includes subsidiaries, --category includes subcategories, \
--official matches who made or received the pledge.

EXAMPLES:
    pledge list
    pledge list --company alibaba --status in_progress
    pledge list --category agricultural-products --made-from 2017-01-01
    pledge list --official donald-trump --open
    pledge list --overdue --as-of 2020-01-01
    pledge --format csv list > pledges.csv")]
pub struct Args {
    /// Show the status as it was known on this date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,

    #[command(flatten)]
    filter: FilterArgs,
}

impl Columns for Summary {
    const HEADERS: &'static [&'static str] = &[
        "slug",
        "title",
        "kind",
        "company",
        "made_by",
        "made_to",
        "made_on",
        "targets",
        "categories",
        "status",
        "status_since",
        "deadline",
        "overdue",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.title.clone(),
            self.kind.to_string(),
            self.company.clone(),
            cell(self.made_by.as_ref()),
            cell(self.made_to.as_ref()),
            cell(self.made_on.as_ref()),
            list(&self.targets),
            list(&self.categories),
            cell(self.status.as_ref()),
            cell(self.status_since.as_ref()),
            cell(self.deadline.as_ref()),
            yes_no(self.overdue),
        ]
    }
    fn table_cells(&self) -> Vec<String> {
        let mut cells = self.cells();
        if let Some(at) = Self::HEADERS.iter().position(|h| *h == "targets") {
            cells[at] = self
                .targets
                .iter()
                .map(|t| compact(t, &self.figures))
                .collect::<Vec<_>>()
                .join("; ");
        }
        cells
    }
}

/// A target as pledged, then as last revised and delivered when it was:
/// `13,000 jobs, revised 1,454 (2021), delivered 281 (2020-12, 19%)`.
fn compact(target: &Target, figures: &[Figures]) -> String {
    let mut out = target.human();
    let Some(figures) =
        figures.iter().find(|f| f.metric == target.metric && f.label == target.label)
    else {
        return out;
    };
    if let (Some(revised), Some(on)) = (&figures.revised, figures.revised_on) {
        out += &format!(", revised {} ({on})", revised.human());
    }
    if let (Some(delivered), Some(on)) = (&figures.delivered, figures.delivered_on) {
        out += &format!(", delivered {} ({on}", delivered.human());
        if let Some(percent) = figures.percent {
            out += &format!(", {percent}%");
        }
        out.push(')');
    }
    out
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let on = args.as_of.unwrap_or(ctx.today);
    let style = ctx.style;
    let (conn, out) = ctx.conn_and_out()?;
    let filter = args.filter.resolve(conn)?;
    // Pledges go out as they come, a batch at a time: each batch's figures are read together.
    let mut rows = Rows::new::<Summary>(out, style)?;
    let mut batch = Vec::with_capacity(BATCH);
    db::pledges::each(conn, &filter, on, |pledge| {
        batch.push(pledge);
        if batch.len() == BATCH {
            write_batch(conn, on, &mut batch, &mut rows)?;
        }
        Ok(())
    })?;
    write_batch(conn, on, &mut batch, &mut rows)?;
    rows.finish()
}

/// How many pledges have their figures read at once.
const BATCH: usize = 1000;

/// Adds their figures to `pledges` and writes them, leaving `pledges` empty.
fn write_batch(
    conn: &Connection,
    on: NaiveDate,
    pledges: &mut Vec<Summary>,
    rows: &mut Rows,
) -> Result<()> {
    // Only the pledges with a revision or progress figure have more to say than their targets.
    let listed: Vec<i64> = pledges.iter().map(|p| p.id).collect();
    let with_facts = db::targets::pledges_with_facts(conn, &listed)?;
    if !with_facts.is_empty() {
        let ids: Vec<i64> = listed.into_iter().filter(|id| with_facts.contains(id)).collect();
        let mut by_pledge: HashMap<String, Vec<Figures>> = HashMap::new();
        for figures in db::targets::figures(conn, &ids, on)? {
            if figures.revised.is_some() || figures.delivered.is_some() {
                by_pledge.entry(figures.pledge.clone()).or_default().push(figures);
            }
        }
        for pledge in pledges.iter_mut() {
            pledge.figures = by_pledge.remove(&pledge.slug).unwrap_or_default();
        }
    }
    for pledge in pledges.drain(..) {
        rows.push(&pledge)?;
    }
    Ok(())
}
