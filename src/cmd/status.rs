//! `pledge status`: pledges counted by status, then the latest changes or where each one stands.

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use crate::cmd::args::{FilterArgs, parse_date};
use crate::ctx::Ctx;
use crate::db;
use crate::db::pledges::Summary;
use crate::model::{PartialDate, Status};
use crate::output::{self, Columns, Format, Rows, cell, yes_no};

/// Count pledges by status, then list the latest changes (--all: every pledge)
#[derive(Debug, clap::Args)]
#[command(long_about = "Count pledges by status, then list the latest changes of status.

A pledge's status is the latest entry of its status history on or before the date; a pledge \
made after the date is not counted. A pledge is overdue when its deadline has passed and its \
status is not final (kept, partially_kept, broken, withdrawn). The filters narrow both the \
counts and the list.

The list holds the 10 pledges whose status changed last, newest first. --all lists every pledge \
instead, earliest made first, and --limit N the first N of those.

With --format csv or tsv only the per-pledge rows are printed; --format json prints an object \
with `as_of`, `counts` and `pledges`.

EXAMPLES:
    pledge status
    pledge status --as-of 2017-01-09
    pledge status --all --company alibaba --open
    pledge --format json status")]
pub struct Args {
    /// Show the status as it was known on this date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,

    /// List every pledge, earliest made first, instead of the latest changes
    #[arg(long)]
    all: bool,

    #[command(flatten)]
    filter: FilterArgs,
}

/// How many of the latest changes the list shows without --all or --limit.
const RECENT: u64 = 10;

/// One line of the summary: how many pledges have a status.
#[derive(Debug, Serialize)]
struct Count {
    status: String,
    pledges: i64,
}

impl Columns for Count {
    const HEADERS: &'static [&'static str] = &["status", "pledges"];
    fn cells(&self) -> Vec<String> {
        vec![self.status.clone(), self.pledges.to_string()]
    }
}

/// Where one pledge stands.
#[derive(Debug, Serialize)]
struct Standing {
    slug: String,
    company: String,
    title: String,
    status: Option<Status>,
    status_since: Option<PartialDate>,
    overdue: bool,
}

impl From<Summary> for Standing {
    fn from(s: Summary) -> Self {
        Standing {
            slug: s.slug,
            company: s.company,
            title: s.title,
            status: s.status,
            status_since: s.status_since,
            overdue: s.overdue,
        }
    }
}

impl Columns for Standing {
    const HEADERS: &'static [&'static str] =
        &["slug", "company", "title", "status", "status_since", "overdue"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.company.clone(),
            self.title.clone(),
            cell(self.status.as_ref()),
            cell(self.status_since.as_ref()),
            yes_no(self.overdue),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let on = args.as_of.unwrap_or(ctx.today);
    let style = ctx.style;
    let (conn, out) = ctx.conn_and_out()?;
    let filter = args.filter.resolve(conn)?;
    // The counts are printed by the table and JSON only: other formats skip counting, which on
    // a past date reads every pledge's history.
    let tally =
        || -> Result<Vec<Count>> { Ok(counts(db::pledges::count_by_status(conn, &filter, on)?)) };
    // The pledges are written as they come, after the counts (table) or inside the object (JSON).
    let mut rows = match style.format {
        Format::Table => {
            output::rows(out, style, &tally()?)?;
            writeln!(out)?;
            Rows::new::<Standing>(out, style)?
        }
        Format::Json => {
            write!(out, "{{\n  \"as_of\": {},\n  \"counts\": ", serde_json::to_string(&on)?)?;
            let counts = serde_json::to_string_pretty(&tally()?)?;
            write!(out, "{},\n  \"pledges\": ", counts.replace('\n', "\n  "))?;
            Rows::json_field::<Standing>(out)?
        }
        _ => Rows::new::<Standing>(out, style)?,
    };
    let mut push = |pledge: Summary| rows.push(&Standing::from(pledge));
    if args.all || filter.limit.is_some() {
        db::pledges::each(conn, &filter, on, push)?;
    } else {
        for pledge in db::pledges::recent(conn, &filter, on, RECENT)? {
            push(pledge)?;
        }
    }
    rows.finish()?;
    if style.format == Format::Json {
        writeln!(out, "\n}}")?;
    }
    Ok(())
}

/// Every status in its declared order with its count (zero when none), then the pledges with
/// no status yet, when there are any.
fn counts(found: Vec<(Option<Status>, i64)>) -> Vec<Count> {
    let of =
        |status: Option<Status>| found.iter().find(|(s, _)| *s == status).map_or(0, |(_, n)| *n);
    let mut counts: Vec<Count> = Status::ALL
        .iter()
        .map(|s| Count { status: s.to_string(), pledges: of(Some(*s)) })
        .collect();
    let unrated = of(None);
    if unrated > 0 {
        counts.push(Count { status: "(no status yet)".into(), pledges: unrated });
    }
    counts
}
