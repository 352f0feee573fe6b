//! `pledge companies`: the companies, with their parents and pledge counts.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db;
use crate::db::companies::Company;
use crate::output::{self, Columns, cell, list};

/// List companies with their country, sector, parent company and aliases
#[derive(Debug, clap::Args)]
#[command(long_about = "List companies with their country, sector, parent company and aliases.

`pledges` counts the pledges a company made itself; `pledge list --company SLUG` also lists \
those of its subsidiaries.

EXAMPLES:
    pledge companies
    pledge --format csv companies")]
pub struct Args {
    /// At most N companies (by slug)
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
}

impl Columns for Company {
    const HEADERS: &'static [&'static str] =
        &["slug", "name", "country", "sector", "parent", "aliases", "pledges"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.name.clone(),
            cell(self.country.as_ref()),
            cell(self.sector.as_ref()),
            cell(self.parent.as_ref()),
            list(&self.aliases),
            self.pledges.to_string(),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let limit = args.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    let companies = db::companies::list(ctx.conn()?, limit)?;
    output::rows(&mut ctx.out, ctx.style, &companies)?;
    Ok(())
}
