//! `pledge conflicts`: facts on which sources disagree, each claim with its source and quote.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db;
use crate::db::evidence::Conflict;
use crate::output::{self, Columns, cell, yes_no};

/// List facts on which sources disagree, each claim with its source and quote
#[derive(Debug, clap::Args)]
#[command(long_about = "List facts on which sources disagree, each claim with its source and \
quote.

A fact (subject/key/field, such as event/trump-tower-meeting/start_on) is in conflict when \
sources give it different values. Every claim on it is listed, the one a curator preferred \
first, with the reason. Fields that hold several values by nature (aliases, categories, \
events, markets, participants, statements, titles) are not conflicts.

EXAMPLES:
    pledge conflicts
    pledge conflicts --limit 20
    pledge --format json conflicts")]
pub struct Args {
    /// At most N claims (the first facts in order)
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
}

impl Columns for Conflict {
    const HEADERS: &'static [&'static str] =
        &["fact", "value", "source", "quote", "preferred", "preferred_reason"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.fact.clone(),
            cell(self.value.as_ref()),
            self.source.clone(),
            self.quote.clone(),
            yes_no(self.preferred),
            cell(self.preferred_reason.as_ref()),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let limit = args.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    let conflicts = db::evidence::conflicts(ctx.conn()?, limit)?;
    output::rows(&mut ctx.out, ctx.style, &conflicts)?;
    Ok(())
}
