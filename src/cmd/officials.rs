//! `pledge officials`: the people who act for companies and governments, with their titles.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db;
use crate::db::officials::Official;
use crate::output::{self, Columns, cell, list};

/// List officials with their titles, aliases and pledge counts
#[derive(Debug, clap::Args)]
#[command(long_about = "List officials with their titles, aliases and pledge counts.

Each title says for whom it is held (a company, a government as ISO 3166 code, or another \
organization) and when, if known. A person the sources quote without naming has no name. \
`pledges` counts the pledges they made or received.

EXAMPLES:
    pledge officials
    pledge --format json officials")]
pub struct Args {
    /// At most N officials (by slug)
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
}

impl Columns for Official {
    const HEADERS: &'static [&'static str] = &["slug", "name", "titles", "aliases", "pledges"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            cell(self.name.as_ref()),
            list(&self.titles),
            list(&self.aliases),
            self.pledges.to_string(),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let limit = args.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    let officials = db::officials::list(ctx.conn()?, limit)?;
    output::rows(&mut ctx.out, ctx.style, &officials)?;
    Ok(())
}
