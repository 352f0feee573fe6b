//! `pledge totals`: how much the selected pledges promise, each promise counted once.

use std::io::Write;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use serde::Serialize;

use crate::cmd::args::{FilterArgs, parse_date};
use crate::ctx::Ctx;
use crate::db;
use crate::db::totals::{LeftOut, Total};
use crate::model::{Tie, thousands};
use crate::output::{self, Columns, Format};

/// Sum the pledged amounts of the selected pledges per metric, counting each promise once
#[derive(Debug, clap::Args)]
#[command(
    long_about = "Sum the pledged amounts of the selected pledges per metric, counting each \
promise once.

Takes the same filters as `pledge list`. A selected pledge that is part of another selected \
pledge, or restates one, is left out of the sums: its figures are already inside the other's; \
so is a pledge that another selected pledge supersedes (listed as superseded_by). \
That holds through pledges not selected too (a part of a part of a selected pledge). A part \
whose whole is not selected counts. Beside the sum pledged come the sum of each target as last \
revised by --as-of, and the sum of the latest delivered figures by then (empty when no target \
has one). Which pledges were left out, and in which pledge they are \
counted, is listed under the sums and counted on stderr.

With --format csv or tsv only the sums are printed; --format json prints an object with \
`as_of`, `totals` and `left_out`.

EXAMPLES:
    pledge totals
    pledge totals --company softbank --as-of 2018-12-31
    pledge --format json totals --made-from 2017-01-01"
)]
pub struct Args {
    /// Sum the pledges made by this date, with their status then (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,

    #[command(flatten)]
    filter: FilterArgs,
}

impl Columns for Total {
    const HEADERS: &'static [&'static str] =
        &["metric", "unit", "pledges", "pledged", "revised", "delivered"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.metric.to_string(),
            self.unit.to_owned(),
            self.pledges.to_string(),
            self.pledged.to_string(),
            self.revised.to_string(),
            self.delivered.map(|d| d.to_string()).unwrap_or_default(),
        ]
    }
    /// In a table, amounts read with thousands separators; CSV and JSON keep exact numbers.
    fn table_cells(&self) -> Vec<String> {
        vec![
            self.metric.to_string(),
            self.unit.to_owned(),
            thousands(self.pledges),
            thousands(self.pledged),
            thousands(self.revised),
            self.delivered.map(thousands).unwrap_or_default(),
        ]
    }
}

impl Columns for LeftOut {
    const HEADERS: &'static [&'static str] = &["left_out", "relation", "other", "counted_in"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.pledge.clone(),
            // A superseded pledge is left out for the pledge that supersedes it.
            match self.relation {
                Tie::Supersedes => "superseded_by".to_owned(),
                relation => relation.to_string(),
            },
            self.other.clone(),
            self.counted_in.clone(),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let on = args.as_of.unwrap_or(ctx.today);
    let conn = ctx.conn()?;
    let filter = args.filter.resolve(conn)?;
    if filter.limit.is_some() {
        bail!("--limit: totals sum every selected pledge; narrow the selection with the filters");
    }
    let sums = db::totals::totals(conn, &filter, on)?;
    match ctx.style.format {
        Format::Table => {
            output::rows(&mut ctx.out, ctx.style, &sums.totals)?;
            if !sums.left_out.is_empty() {
                writeln!(ctx.out)?;
                output::rows(&mut ctx.out, ctx.style, &sums.left_out)?;
            }
        }
        Format::Json => {
            #[derive(Serialize)]
            struct Summary<'a> {
                as_of: NaiveDate,
                #[serde(flatten)]
                sums: &'a db::totals::Totals,
            }
            output::json(&mut ctx.out, &Summary { as_of: on, sums: &sums })?;
        }
        _ => output::rows(&mut ctx.out, ctx.style, &sums.totals)?,
    }
    match sums.left_out.len() {
        0 => {}
        1 => eprintln!(
            "left out 1 pledge: it is part of, restates or is superseded by another selected \
             pledge, whose figures hold it"
        ),
        n => eprintln!(
            "left out {n} pledges: each is part of, restates or is superseded by another \
             selected pledge, whose figures hold it"
        ),
    }
    Ok(())
}
