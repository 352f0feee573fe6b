//! `pledge update`: append a status change, with its evidence, to a pledge's history.

use anyhow::{Context, Result};
use chrono::NaiveDate;

use crate::cmd::args::{parse_date, slug_for};
use crate::ctx::Ctx;
use crate::db;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::{Reason, Status};
use crate::output;

/// Append a status change to a pledge's history, with the source and quote that say so
#[derive(Debug, clap::Args)]
#[command(long_about = "Append a status change to a pledge's history, with the source and quote \
that say so.

The entry is checked exactly like a row of status_history.csv: the pledge and the source must \
exist, the date may not come before the pledge was made, a broken or withdrawn status needs a \
reason code, and when the source has stored text the quote must occur in it (only white space \
may differ). A source known only by its URL keeps the quote marked unverified. Anything wrong \
and nothing is written.

The history is append-only: entries are never edited or deleted. To correct one, record a new \
entry. Recording the same entry twice adds nothing. Prints the pledge's status history.

EXAMPLES:
    pledge update alibaba-1-million-us-jobs --status in_progress --as-of 2017-01-10 \\
        --source president-trump-and-alibaba \\
        --quote 'Ma announced the launching of a program to make good on that promise'
    pledge update alibaba-1-million-us-jobs --status withdrawn --reason premise_changed \\
        --as-of 2018-09-19 --source ma-interview --quote 'our promise cannot be fulfilled'")]
pub struct Args {
    /// The pledge: its slug or title
    pledge: String,

    /// Where the pledge now stands
    #[arg(long, value_enum)]
    status: Status,

    /// The day the change happened or was reported
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: NaiveDate,

    /// The source that reports it: its slug or title (add one with `pledge add source`)
    #[arg(long, value_name = "SOURCE")]
    source: String,

    /// The source's words, verbatim
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    quote: String,

    /// Why the pledge was broken or withdrawn (required for those two statuses)
    #[arg(long, value_enum)]
    reason: Option<Reason>,

    /// A note of your own about the entry
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    note: Option<String>,
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    let conn = ctx.conn()?;
    args.pledge = slug_for(conn, Kind::Pledge, "PLEDGE", &args.pledge)?;
    args.source = slug_for(conn, Kind::Source, "--source", &args.source)?;
    let row = Row::new("status_history", Mode::Merge)
        .set("pledge", args.pledge.as_str())
        .flag_of("pledge", "PLEDGE")
        .set("as_of", args.as_of.to_string())
        .set("status", args.status.as_str())
        .opt("reason", args.reason)
        .set("source", args.source.as_str())
        .set("quote", args.quote)
        .opt("note", args.note);
    let tallies = ctx.write(None, &[row])?;
    let conn = ctx.conn()?;
    let (id, _) = db::pledges::id_and_made_on(conn, &args.pledge)?
        .context("the pledge was written just above")?;
    // The history as `show` prints it.
    let timeline = db::status::timeline(conn, id)?;
    output::rows(&mut ctx.out, ctx.style, &timeline)?;
    let what = format!("`{}` {} as of {}", args.pledge, args.status, args.as_of);
    if tallies.iter().all(|t| t.added == 0) {
        eprintln!("the history already has this entry ({what}); nothing was added");
    } else if !db::sources::has_text(ctx.conn()?, &args.source)? {
        eprintln!(
            "recorded {what}; the quote is unverified: source `{}` has no stored text",
            args.source
        );
    } else {
        eprintln!("recorded {what}");
    }
    Ok(())
}
