//! `pledge status`: pledges counted by status, then where each one stands.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use crate::cli::{Ctx, parse_date};
use crate::db;
use crate::db::pledges::Standing;
use crate::model::Status;
use crate::output::{self, Columns, Format, cell};

/// Count pledges by status, then list each with its status and since when
#[derive(Debug, clap::Args)]
#[command(long_about = "Count pledges by status, then list each with its status and since when.

A pledge's status is the latest entry of its status history on or before the date. A pledge is \
overdue when its deadline has passed and its status is not final (kept, partially_kept, broken, \
withdrawn).

With --format csv or tsv only the per-pledge rows are printed; --format json prints an object \
with `counts` and `pledges`.

EXAMPLES:
    pledge status
    pledge status --as-of 2017-01-09
    pledge --format json status")]
pub struct Args {
    /// Show the status as it was known on this date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,
}

/// One line of the summary: how many pledges have a status.
#[derive(Debug, Serialize)]
struct Count {
    status: String,
    pledges: usize,
}

impl Columns for Count {
    const HEADERS: &'static [&'static str] = &["status", "pledges"];
    fn cells(&self) -> Vec<String> {
        vec![self.status.clone(), self.pledges.to_string()]
    }
}

impl Columns for Standing {
    const HEADERS: &'static [&'static str] =
        &["pledge", "company", "title", "status", "since", "overdue"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.pledge.clone(),
            self.company.clone(),
            self.title.clone(),
            cell(&self.status),
            cell(&self.since),
            if self.overdue { "yes" } else { "no" }.to_owned(),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let on = args.as_of.unwrap_or(ctx.today);
    let standings = db::pledges::standings(ctx.conn()?, on)?;
    let counts = count(&standings);
    match ctx.format {
        Format::Table => {
            output::rows(&mut ctx.out, Format::Table, &counts)?;
            writeln!(ctx.out)?;
            output::rows(&mut ctx.out, Format::Table, &standings)?;
        }
        Format::Json => {
            #[derive(Serialize)]
            struct Summary<'a> {
                as_of: NaiveDate,
                counts: &'a [Count],
                pledges: &'a [Standing],
            }
            output::json(
                &mut ctx.out,
                &Summary { as_of: on, counts: &counts, pledges: &standings },
            )?;
        }
        format => output::rows(&mut ctx.out, format, &standings)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Pledges per status, every status listed in its declared order, then those with no status yet.
fn count(standings: &[Standing]) -> Vec<Count> {
    let mut counts: Vec<Count> =
        Status::ALL.iter().map(|s| Count { status: s.to_string(), pledges: 0 }).collect();
    let mut unrated = 0;
    for standing in standings {
        match standing.status {
            Some(status) => {
                counts[Status::ALL.iter().position(|s| *s == status).unwrap_or(0)].pledges += 1
            }
            None => unrated += 1,
        }
    }
    if unrated > 0 {
        counts.push(Count { status: "(no status yet)".into(), pledges: unrated });
    }
    counts
}
