//! `pledge log`: the journal of every command that changed the database.

use anyhow::Result;
use chrono::NaiveDate;

use crate::cmd::args::parse_date;
use crate::ctx::Ctx;
use crate::db;
use crate::db::journal::Entry;
use crate::output::{self, Columns};

/// List the journal: every command that changed the database, when, and what it changed
#[derive(Debug, clap::Args)]
#[command(long_about = "List the journal: every command that changed the database, when, and \
what it changed.

Each `add`, `update` and `import` that changed something, each `seed`, `init` and each `export \
--dir` of every table adds one entry: the time in UTC, its kind (write, seed, export or init), \
the command as typed and what it changed (table, slug, added or changed, with counts). The \
journal only grows: its entries cannot be edited or deleted, not even with SQL. Oldest first.

EXAMPLES:
    pledge log
    pledge log --since 2026-11-01
    pledge log --limit 5
    pledge --format json log")]
pub struct Args {
    /// Only entries made on or after this day (UTC)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    since: Option<NaiveDate>,

    /// Only the last N entries
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
}

impl Columns for Entry {
    const HEADERS: &'static [&'static str] = &["id", "at", "kind", "command", "changes"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            db::journal::stamp(self.at),
            self.kind.clone(),
            self.command.clone(),
            self.changes.clone(),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let entries = db::journal::list(ctx.conn()?, args.since, args.limit)?;
    output::rows(&mut ctx.out, ctx.style, &entries)?;
    Ok(())
}
