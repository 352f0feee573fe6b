//! `pledge events`: meetings, announcements, listings and the like, in date order.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db;
use crate::db::events::Event;
use crate::output::{self, Columns, cell, list};

/// List events in date order, with their place and participants
#[derive(Debug, clap::Args)]
#[command(long_about = "List events in date order, with their place and participants.

`date` is the start date to the precision the sources give (2016, 2017-01, 2017-01-09); undated \
events come last. When sources disagree on a date, the preferred claim is shown; see \
`pledge conflicts`.

EXAMPLES:
    pledge events
    pledge --format csv events")]
pub struct Args {}

impl Columns for Event {
    const HEADERS: &'static [&'static str] =
        &["slug", "kind", "date", "end_on", "place", "title", "participants"];
    fn cells(&self) -> Vec<String> {
        vec![
            self.slug.clone(),
            self.kind.to_string(),
            cell(self.date.as_ref()),
            cell(self.end_on.as_ref()),
            cell(self.place.as_ref()),
            self.title.clone(),
            list(&self.participants),
        ]
    }
}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<()> {
    let events = db::events::list(ctx.conn()?)?;
    output::rows(&mut ctx.out, ctx.style, &events)?;
    Ok(())
}
