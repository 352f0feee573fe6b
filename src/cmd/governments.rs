//! `pledge governments`: the countries and subdivisions pledges name, with their pledge counts.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db;
use crate::db::governments::Government;
use crate::output::{self, Columns, cell};

/// List governments (countries and subdivisions) with how many pledges they made and received
#[derive(Debug, clap::Args)]
#[command(long_about = "List governments (countries and subdivisions, by ISO 3166 code) with how \
many pledges each made as a pledger and how many were made to it.

EXAMPLES:
    pledge governments
    pledge --format csv governments")]
pub struct Args {
    /// At most N governments (by code)
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
}

impl Columns for Government {
    const HEADERS: &'static [&'static str] = &["code", "name", "pledged", "received", "note"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.code.clone(),
            self.name.clone(),
            self.pledged.to_string(),
            self.received.to_string(),
            cell(self.note.as_ref()),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let limit = args.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    let governments = db::governments::list(ctx.conn()?, limit)?;
    output::rows(&mut ctx.out, ctx.style, &governments)?;
    Ok(())
}
