//! `pledge conflicts`: facts on which sources disagree, each claim with its source and quote.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db;
use crate::db::evidence::Conflict;
use crate::db::status::Dispute;
use crate::output::{self, Columns, cell, yes_no};

/// List facts on which sources disagree, each claim with its source and quote
#[derive(Debug, clap::Args)]
#[command(long_about = "List facts on which sources disagree, each claim with its source and \
quote.

A fact (subject/key/field, such as event/trump-tower-meeting/start_on) is in conflict when \
sources give it different values. Every claim on it is listed, the one a curator preferred \
first, with the reason. Fields that hold several values by nature (aliases, categories, \
events, markets, participants, statements, titles) are not conflicts.

Status entries of one pledge with the same date and different statuses are a disputed fact too, \
listed after the claims as pledge/SLUG/status@DATE: every entry with its source and quote, the \
preferred status first. While no status is preferred, none of them counts (the pledge keeps the \
status it had before that date); settle it with `pledge update SLUG --as-of DATE --prefer STATUS \
--because TEXT`.

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
    let conn = ctx.conn()?;
    let mut conflicts = db::evidence::conflicts(conn, limit)?;
    let room = args.limit.map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(usize::MAX));
    if conflicts.len() < room {
        // Each dispute gives at least two claims, so `room` disputes always fill the page.
        let wanted = i64::try_from(room - conflicts.len()).unwrap_or(-1);
        let disputed =
            db::status::disputes(conn, false, wanted)?.into_iter().flat_map(status_claims);
        conflicts.extend(disputed.take(room - conflicts.len()));
    }
    output::rows(&mut ctx.out, ctx.style, &conflicts)?;
    Ok(())
}

/// A disputed date of a pledge's status as claims on one fact, the preferred status first.
fn status_claims(dispute: Dispute) -> Vec<Conflict> {
    let fact = format!("pledge/{}/status@{}", dispute.pledge, dispute.as_of);
    let mut claims: Vec<Conflict> = dispute
        .entries
        .into_iter()
        .map(|e| Conflict {
            fact: fact.clone(),
            value: Some(e.status.to_string()),
            source: e.source,
            quote: e.quote,
            preferred: e.preferred_reason.is_some(),
            preferred_reason: e.preferred_reason,
        })
        .collect();
    claims.sort_by(|a, b| b.preferred.cmp(&a.preferred).then(a.value.cmp(&b.value)));
    claims
}
