//! `pledge sources`: the articles and documents that evidence is quoted from.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db;
use crate::db::sources::Source;
use crate::output::{self, Columns, cell, yes_no};

/// List sources: the articles and documents evidence is quoted from
#[derive(Debug, clap::Args)]
#[command(long_about = "List sources: the articles and documents evidence is quoted from.

`text` says whether the full text is stored (then every quote from it was checked against it, \
and `pledge search` searches it); `quotes` counts the claims, status entries and relations \
between pledges that quote it.

EXAMPLES:
    pledge sources
    pledge --format csv sources")]
pub struct Args {
    /// At most N sources (by slug)
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
}

impl Columns for Source {
    const HEADERS: &'static [&'static str] =
        &["slug", "kind", "title", "publisher", "published_on", "url", "text", "quotes"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.kind.to_string(),
            self.title.clone(),
            cell(self.publisher.as_ref()),
            cell(self.published_on.as_ref()),
            cell(self.url.as_ref()),
            yes_no(self.text),
            self.quotes.to_string(),
        ]
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let limit = args.limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    let sources = db::sources::list(ctx.conn()?, limit)?;
    output::rows(&mut ctx.out, ctx.style, &sources)?;
    Ok(())
}
