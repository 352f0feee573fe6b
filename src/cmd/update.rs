//! `pledge update`: append a status change, with its evidence, to a pledge's history.

use anyhow::{Context, Result, bail};

use crate::cmd::args::{parse_partial_date, resolve, slug_for};
use crate::ctx::Ctx;
use crate::db;
use crate::db::names::Kind;
use crate::load::Mode;
use crate::load::typed::Row;
use crate::model::{PartialDate, Reason, Status};
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

Two entries of one date with different statuses are a dispute (see `pledge conflicts`): neither \
counts, and the pledge keeps the status it had before that date, until --prefer names the \
status that counts, --because saying why. A later --prefer for the same date replaces it.

EXAMPLES:
    pledge update alibaba-1-million-us-jobs --status in_progress --as-of 2017-01-10 \\
        --source president-trump-and-alibaba \\
        --quote 'Ma announced the launching of a program to make good on that promise'
    pledge update alibaba-1-million-us-jobs --status withdrawn --reason premise_changed \\
        --as-of 2018-09-19 --source ma-interview --quote 'our promise cannot be fulfilled'
    pledge update carrier-indianapolis-jobs --as-of 2017 --prefer partially_kept \
        --because 'the later report counts the layoffs'")]
pub struct Args {
    /// The pledge: its slug or title
    pledge: String,

    /// Where the pledge now stands
    #[arg(long, value_enum, required_unless_present = "prefer", conflicts_with = "prefer")]
    status: Option<Status>,

    /// When the change happened or was reported: a day, or the month or year when that is all
    /// the source gives
    #[arg(long, value_name = "YYYY[-MM[-DD]]", value_parser = parse_partial_date)]
    as_of: PartialDate,

    /// The source that reports it: its slug or title (add one with `pledge add source`)
    #[arg(long, value_name = "SOURCE", required_unless_present = "prefer")]
    #[arg(conflicts_with = "prefer")]
    source: Option<String>,

    /// The source's words, verbatim
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    #[arg(required_unless_present = "prefer", conflicts_with = "prefer")]
    quote: Option<String>,

    /// Settle a dispute: this status, given by entries of --as-of, is the one that counts
    #[arg(long, value_enum, value_name = "STATUS", requires = "because")]
    #[arg(conflicts_with_all = ["reason", "note"])]
    prefer: Option<Status>,

    /// Why the preferred status is the one that counts (with --prefer)
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true, requires = "prefer")]
    because: Option<String>,

    /// Why the pledge was broken or withdrawn (required for those two statuses)
    #[arg(long, value_enum)]
    reason: Option<Reason>,

    /// A note of your own about the entry
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    note: Option<String>,
}

pub fn run(ctx: &mut Ctx, mut args: Args) -> Result<()> {
    if let (Some(status), Some(because)) = (args.prefer, args.because.take()) {
        return prefer(ctx, &args.pledge, args.as_of, status, &because);
    }
    let (Some(status), Some(source), Some(quote)) =
        (args.status, args.source.take(), args.quote.take())
    else {
        bail!("--status, --source and --quote are required unless --prefer is given");
    };
    let conn = ctx.conn()?;
    args.pledge = slug_for(conn, Kind::Pledge, "PLEDGE", &args.pledge)?;
    let source = slug_for(conn, Kind::Source, "--source", &source)?;
    let entry = Entry { pledge: &args.pledge, as_of: args.as_of, status: status.as_str() };
    let row = entry.row(args.reason, (&source, &quote), args.note).flag_of("pledge", "PLEDGE");
    let tallies = ctx.write(None, &[row])?;
    let conn = ctx.conn()?;
    let (id, _) = db::pledges::id_and_made_on(conn, &args.pledge)?
        .context("the pledge was written just above")?;
    // The history as `show` prints it.
    let timeline = db::status::timeline(conn, id)?;
    output::rows(&mut ctx.out, ctx.style, &timeline)?;
    let what = format!("`{}` {status} as of {}", args.pledge, args.as_of);
    if tallies.iter().all(|t| t.added == 0) {
        eprintln!("the history already has this entry ({what}); nothing was added");
    } else if !db::sources::has_text(ctx.conn()?, &source)? {
        eprintln!("recorded {what}; the quote is unverified: source `{source}` has no stored text");
    } else {
        eprintln!("recorded {what}");
    }
    if let Some(note) = dispute(ctx.conn()?, &args.pledge, args.as_of)? {
        eprintln!("{note}");
    }
    Ok(())
}

/// When the entries of pledge `slug` dated `as_of` disagree, what to do about it: none counts
/// until one status is preferred. `apply` says it too after recording a story's `[[status]]`.
pub(crate) fn dispute(
    conn: &rusqlite::Connection,
    slug: &str,
    as_of: PartialDate,
) -> Result<Option<String>> {
    let Some((id, _)) = db::pledges::id_and_made_on(conn, slug)? else { return Ok(None) };
    let timeline = db::status::timeline(conn, id)?;
    if !timeline.iter().any(|e| e.as_of == as_of && e.disputed) {
        return Ok(None);
    }
    Ok(Some(format!(
        "the entries of {as_of} disagree: none counts until one status is preferred with \
         `pledge update {slug} --as-of {as_of} --prefer STATUS --because TEXT`"
    )))
}

/// A change of status of a pledge, as its history records it.
pub(crate) struct Entry<'a> {
    /// The pledge's slug
    pub pledge: &'a str,
    pub as_of: PartialDate,
    /// The status, as typed: the loader refuses one it does not know
    pub status: &'a str,
}

impl Entry<'_> {
    /// The status_history row of the entry, with its reason, its `(source, quote)` and a note,
    /// for the loader to check like a row of status_history.csv. `apply` records a story's
    /// `[[status]]` with it too, so both follow the same rules.
    pub(crate) fn row(
        &self,
        reason: Option<impl ToString>,
        (source, quote): (&str, &str),
        note: Option<String>,
    ) -> Row {
        Row::new("status_history", Mode::Merge)
            .set("pledge", self.pledge)
            .set("as_of", self.as_of.to_string())
            .set("status", self.status)
            .opt("reason", reason)
            .set("source", source)
            .set("quote", quote)
            .opt("note", note)
    }
}

/// Records which status counts among the disagreeing entries of one date.
fn prefer(
    ctx: &mut Ctx,
    pledge: &str,
    as_of: PartialDate,
    status: Status,
    because: &str,
) -> Result<()> {
    if because.trim().is_empty() {
        bail!("--because is empty; say why {status} is the status that counts");
    }
    let (now, command) = (ctx.now, ctx.command.clone());
    let conn = ctx.conn()?;
    let slug = resolve(conn, Kind::Pledge, pledge)?;
    let (id, _) = db::pledges::id_and_made_on(conn, &slug)?.context("the pledge was just found")?;
    let timeline = db::status::timeline(conn, id)?;
    let on_date: Vec<_> = timeline.iter().filter(|e| e.as_of == as_of).collect();
    if on_date.is_empty() {
        bail!(
            "--as-of: pledge `{slug}` has no status entry dated {as_of} (see `pledge show {slug}`)"
        );
    }
    if !on_date.iter().any(|e| e.status == status) {
        let given: Vec<String> = on_date.iter().map(|e| e.status.to_string()).collect();
        bail!(
            "--prefer: no entry of `{slug}` dated {as_of} gives {status}; they give {}",
            given.join(", ")
        );
    }
    if !on_date.iter().any(|e| e.disputed) {
        bail!(
            "--prefer: the entries of `{slug}` dated {as_of} all give {status}; there is no \
             dispute to settle"
        );
    }
    let tx = db::begin_write(conn)?;
    if !db::status::prefer(&tx, id, as_of, status, because)? {
        eprintln!("`{slug}` as of {as_of}: {status} is preferred already, for that reason");
        return Ok(());
    }
    let changes = format!("status_preferences `{slug}` {as_of}: {status} preferred");
    db::journal::append(&tx, now, "write", &command, &changes)?;
    tx.commit()?;
    let timeline = db::status::timeline(ctx.conn()?, id)?;
    output::rows(&mut ctx.out, ctx.style, &timeline)?;
    eprintln!("`{slug}` as of {as_of}: {status} counts ({because})");
    Ok(())
}
