//! The command line: global options, the subcommands, and the one dispatch.
//!
//! Only this module (with `main`) touches process state: arguments, environment, the clock and
//! stdout. It builds a [`Ctx`] once and hands it to the command.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Result, anyhow, bail};
use chrono::{DateTime, NaiveDate, Utc};
use clap::{Parser, Subcommand};
use rusqlite::Connection;

use crate::cmd;
use crate::db;
use crate::db::pledges::PledgeFilter;
use crate::load::Tally;
use crate::load::typed::{self, Refused, Row};
use crate::model::Status;
use crate::output::Format;

/// Track the pledges companies make to governments (jobs, investment, exports): who pledged
/// what to whom, on what evidence, and whether it was kept.
#[derive(Debug, Parser)]
#[command(name = "pledge", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "Build the database from the seed files with `pledge seed`, then try `pledge status`, \
                  `pledge list` and `pledge show PLEDGE`."
)]
pub struct Cli {
    /// The database file
    #[arg(
        long,
        global = true,
        env = "PLEDGE_DB",
        default_value = "pledges.db",
        value_name = "PATH"
    )]
    db: PathBuf,

    /// Output format of read commands
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    format: Format,

    /// The date taken as today, for "overdue" (default: the local date)
    #[arg(long, global = true, env = "PLEDGE_TODAY", value_name = "YYYY-MM-DD", value_parser = parse_date)]
    today: Option<NaiveDate>,

    /// How long a command that writes waits for another one to finish writing
    #[arg(long, global = true, env = "PLEDGE_WAIT", value_name = "SECONDS", default_value_t = 30)]
    wait: u64,

    /// The time recorded in the journal (default: now); for reproducible examples and tests
    #[arg(long, global = true, env = "PLEDGE_NOW", value_name = "YYYY-MM-DDTHH:MM:SSZ", value_parser = parse_time, hide = true)]
    now: Option<DateTime<Utc>>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Add(cmd::add::Args),
    Check(cmd::check::Args),
    Export(cmd::export::Args),
    Import(cmd::import::Args),
    Init(cmd::init::Args),
    Seed(cmd::seed::Args),
    Status(cmd::status::Args),
    Update(cmd::update::Args),
    List(cmd::list::Args),
    Show(cmd::show::Args),
    Timeline(cmd::timeline::Args),
    Companies(cmd::companies::Args),
    Officials(cmd::officials::Args),
    Events(cmd::events::Args),
    Categories(cmd::categories::Args),
    Sources(cmd::sources::Args),
    Search(cmd::search::Args),
    Conflicts(cmd::conflicts::Args),
    Log(cmd::log::Args),
}

/// What every command gets: where the database is, today's date, the output format and stdout.
pub struct Ctx {
    pub db_path: PathBuf,
    pub today: NaiveDate,
    /// The time of this run, for the journal and backup names.
    pub now: DateTime<Utc>,
    /// The command line as typed, for the journal.
    pub command: String,
    /// How long to wait for another command's write lock.
    pub wait: Duration,
    pub format: Format,
    pub out: std::io::StdoutLock<'static>,
    /// Whether the command writes: its connection may bring the schema up to date.
    writes: bool,
    conn: Option<Connection>,
}

impl Ctx {
    /// The database connection, opened on first use; the file must be a pledge database. A
    /// command that writes brings an older schema up to date; a read refuses it.
    pub fn conn(&mut self) -> Result<&mut Connection> {
        if self.conn.is_none() {
            self.conn = Some(if self.writes {
                db::open_for_writing(&self.db_path, self.wait)?
            } else {
                db::open(&self.db_path, self.wait)?
            });
        }
        Ok(self.conn.as_mut().expect("set just above"))
    }

    /// Appends this command's entry to the journal, inside the caller's transaction.
    pub fn journal(&self, tx: &Connection, kind: &str, changes: &str) -> Result<()> {
        db::journal::append(tx, self.now, kind, &self.command, changes)?;
        Ok(())
    }

    /// The database connection and stdout together, for commands that stream rows from one to
    /// the other.
    pub fn conn_and_out(&mut self) -> Result<(&mut Connection, &mut std::io::StdoutLock<'static>)> {
        self.conn()?;
        let conn = self.conn.as_mut().expect("opened just above");
        Ok((conn, &mut self.out))
    }

    /// The database path, as given.
    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// Writes rows typed on the command line in one transaction (source files named in them are
    /// read from `articles`). When any row is refused, prints every problem and fails, leaving
    /// the database as it was.
    pub fn write(&mut self, articles: &Path, rows: &[Row]) -> Result<Vec<Tally>> {
        let (now, command) = (self.now, self.command.clone());
        let tx = db::begin_write(self.conn()?)?;
        let err = match typed::apply(&tx, articles, rows) {
            Ok(tallies) => {
                let changes = typed::changes(rows, &tallies);
                if !changes.is_empty() {
                    db::journal::append(&tx, now, "write", &command, &changes)?;
                }
                tx.commit()?;
                return Ok(tallies);
            }
            Err(err) => err,
        };
        drop(tx);
        let Some(Refused(lines)) = err.downcast_ref::<Refused>() else { return Err(err) };
        for line in lines {
            eprintln!("{line}");
        }
        bail!(
            "{} problem{}; `{}` was not changed",
            lines.len(),
            if lines.len() == 1 { "" } else { "s" },
            self.db_path.display()
        )
    }
}

/// Parses the command line and runs the command.
pub fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    let writes = match &cli.command {
        Command::Add(_) | Command::Update(_) | Command::Import(_) => true,
        Command::Export(args) => args.writes(),
        _ => false,
    };
    let mut ctx = Ctx {
        db_path: cli.db,
        today: cli.today.unwrap_or_else(|| chrono::Local::now().date_naive()),
        now: cli.now.unwrap_or_else(Utc::now),
        command: typed_command(std::env::args_os().skip(1)),
        wait: Duration::from_secs(cli.wait),
        format: cli.format,
        out: std::io::stdout().lock(),
        writes,
        conn: None,
    };
    let code = dispatch(&mut ctx, cli.command).map_err(|err| {
        if err.chain().any(|c| c.downcast_ref::<rusqlite::Error>().is_some_and(db::is_busy)) {
            anyhow!(
                "another pledge command is writing to `{}`; try again (it waited {}s; --wait \
                 sets how long)",
                ctx.db_path.display(),
                ctx.wait.as_secs()
            )
        } else {
            err
        }
    })?;
    ctx.out.flush()?;
    // A person at a terminal hears once per read that a re-seed would lose work; scripts and
    // pipes are left alone.
    if !ctx.writes
        && std::io::stderr().is_terminal()
        && let Some(note) = ctx.conn.as_ref().and_then(|c| unexported_note(c, &ctx.db_path))
    {
        eprintln!("{note}");
    }
    Ok(code)
}

/// The one-line reminder that the database holds changes no seed folder has, if it does.
fn unexported_note(conn: &Connection, db_path: &Path) -> Option<String> {
    let n = db::journal::unexported(conn).ok()?.len();
    (n > 0).then(|| {
        format!(
            "note: `{}` holds {n} change{} not yet written to a seed folder (see `pledge log`); \
             keep {} with `pledge export --dir seeds` before any `pledge seed`",
            db_path.display(),
            if n == 1 { "" } else { "s" },
            if n == 1 { "it" } else { "them" }
        )
    })
}

/// The command line as the user typed it, quoted where a shell would need it.
fn typed_command(args: impl Iterator<Item = std::ffi::OsString>) -> String {
    let mut words = vec!["pledge".to_owned()];
    for arg in args {
        let arg = arg.to_string_lossy().into_owned();
        let plain = !arg.is_empty()
            && arg.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=:,@+%".contains(c));
        words.push(if plain { arg } else { format!("'{}'", arg.replace('\'', r"'\''")) });
    }
    words.join(" ")
}

fn dispatch(ctx: &mut Ctx, command: Command) -> Result<ExitCode> {
    let ctx = &mut *ctx;
    let code = match command {
        Command::Add(args) => cmd::add::run(ctx, args),
        Command::Check(args) => cmd::check::run(ctx, args),
        Command::Export(args) => cmd::export::run(ctx, args),
        Command::Import(args) => cmd::import::run(ctx, args),
        Command::Init(args) => cmd::init::run(ctx, args),
        Command::Seed(args) => cmd::seed::run(ctx, args),
        Command::Status(args) => cmd::status::run(ctx, args),
        Command::Update(args) => cmd::update::run(ctx, args),
        Command::List(args) => cmd::list::run(ctx, args),
        Command::Show(args) => cmd::show::run(ctx, args),
        Command::Timeline(args) => cmd::timeline::run(ctx, args),
        Command::Companies(args) => cmd::companies::run(ctx, args),
        Command::Officials(args) => cmd::officials::run(ctx, args),
        Command::Events(args) => cmd::events::run(ctx, args),
        Command::Categories(args) => cmd::categories::run(ctx, args),
        Command::Sources(args) => cmd::sources::run(ctx, args),
        Command::Search(args) => cmd::search::run(ctx, args),
        Command::Conflicts(args) => cmd::conflicts::run(ctx, args),
        Command::Log(args) => cmd::log::run(ctx, args),
    }?;
    Ok(code)
}

/// Parses a UTC time (`2026-11-21T09:30:00Z`) for options.
pub fn parse_time(text: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| format!("`{text}` is not a time: use YYYY-MM-DDTHH:MM:SSZ"))
}

/// The pledge filters shared by `list`, `status` and `timeline`. They combine: a pledge must
/// pass every one given.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterArgs {
    /// Only pledges with this status on the date (repeat, or separate with commas, for any of
    /// several)
    #[arg(long, value_name = "STATUS", value_delimiter = ',')]
    status: Vec<Status>,

    /// Only pledges of this company or its subsidiaries (a company slug)
    #[arg(long, value_name = "COMPANY")]
    company: Option<String>,

    /// Only pledges made by or made to this official (an official slug)
    #[arg(long, value_name = "OFFICIAL")]
    official: Option<String>,

    /// Only pledges in this product category or one beneath it (a category slug)
    #[arg(long, value_name = "CATEGORY")]
    category: Option<String>,

    /// Only pledges made on or after this date
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    made_from: Option<NaiveDate>,

    /// Only pledges made on or before this date
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    made_to: Option<NaiveDate>,

    /// Only open pledges: no status yet, or one that is not final
    #[arg(long, conflicts_with = "final_only")]
    open: bool,

    /// Only pledges with a final status: kept, partially_kept, broken or withdrawn
    #[arg(long = "final")]
    final_only: bool,

    /// Only overdue pledges: the deadline has passed and the status is not final
    #[arg(long, conflicts_with = "final_only")]
    overdue: bool,

    /// At most N pledges (the earliest made first)
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
}

impl FilterArgs {
    /// The filter these flags ask for, with slugs looked up; an unknown slug is an error that
    /// names the command listing the valid ones.
    pub fn resolve(&self, conn: &Connection) -> Result<PledgeFilter> {
        let company = self.company.as_deref();
        let official = self.official.as_deref();
        let category = self.category.as_deref();
        Ok(PledgeFilter {
            pledge_id: None,
            statuses: self.status.clone(),
            company_id: lookup(company, "company", "companies", |s| db::companies::id(conn, s))?,
            official_id: lookup(official, "official", "officials", |s| db::officials::id(conn, s))?,
            category_id: lookup(category, "category", "categories", |s| {
                db::categories::id(conn, s)
            })?,
            made_from: self.made_from,
            made_to: self.made_to,
            open: self.open,
            final_only: self.final_only,
            overdue: self.overdue,
            limit: self.limit,
        })
    }
}

/// The id of the record named `slug`, when one is given.
fn lookup(
    slug: Option<&str>,
    kind: &str,
    listing: &str,
    id: impl FnOnce(&str) -> Result<Option<i64>>,
) -> Result<Option<i64>> {
    let Some(slug) = slug else { return Ok(None) };
    match id(slug)? {
        Some(id) => Ok(Some(id)),
        None => Err(not_found(kind, slug, listing)),
    }
}

/// The error for a slug that names nothing: ``no pledge `nope` (see `pledge list`)``.
pub fn not_found(kind: &str, slug: &str, listing: &str) -> anyhow::Error {
    anyhow!("no {kind} `{slug}` (see `pledge {listing}`)")
}

/// Parses an ISO 8601 calendar date (`2017-01-09`) for options.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().filter(|_| text.len() == 10).ok_or_else(|| {
        format!("`{text}` is not a date: use YYYY-MM-DD, a day that exists (2017-01-09)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn reads_are_reminded_of_changes_not_yet_exported() {
        let conn = db::open_in_memory().unwrap();
        let path = Path::new("pledges.db");
        assert_eq!(unexported_note(&conn, path), None);
        let now = Utc::now();
        db::journal::append(&conn, now, "write", "pledge add company", "companies `c` added")
            .unwrap();
        assert_eq!(
            unexported_note(&conn, path).unwrap(),
            "note: `pledges.db` holds 1 change not yet written to a seed folder (see `pledge \
             log`); keep it with `pledge export --dir seeds` before any `pledge seed`"
        );
        db::journal::append(&conn, now, "export", "pledge export --dir seeds", "every table")
            .unwrap();
        assert_eq!(unexported_note(&conn, path), None);
    }

    #[test]
    fn dates_must_exist() {
        assert!(parse_date("2017-02-30").is_err());
        assert!(parse_date("2017-1-9").is_err());
        assert_eq!(parse_date("2017-01-09"), Ok(NaiveDate::from_ymd_opt(2017, 1, 9).unwrap()));
    }
}
