//! `pledge list`: pledges with their parties, targets and status, filtered.

use anyhow::Result;
use chrono::NaiveDate;

use crate::cmd::args::{FilterArgs, parse_date};
use crate::ctx::Ctx;
use crate::db;
use crate::db::pledges::Summary;
use crate::output::{self, Columns, cell, list, yes_no};

/// List pledges: who pledged what to whom and when, and where each stands
#[derive(Debug, clap::Args)]
#[command(long_about = "List pledges: who pledged what to whom and when, and where each stands.

One row per pledge, the earliest made first: the company, the officials who made and received \
it, the date, its targets (metric, qualifier, amount), its product categories, and its status \
as known on the date (since when, and whether it is overdue: deadline passed, status not \
final). \
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
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let on = args.as_of.unwrap_or(ctx.today);
    let conn = ctx.conn()?;
    let filter = args.filter.resolve(conn)?;
    let pledges = db::pledges::list(conn, &filter, on)?;
    output::rows(&mut ctx.out, ctx.style, &pledges)?;
    Ok(())
}
