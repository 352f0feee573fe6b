//! The command line: global options, the subcommands, and the one dispatch.
//!
//! Only this module (with `main`) touches process state: arguments, environment, the clock and
//! stdout. It builds a [`Ctx`] once and hands it to the command.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, anyhow, bail};
use chrono::NaiveDate;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use rusqlite::Connection;

use crate::cmd;
use crate::db;
use crate::db::pledges::PledgeFilter;
use crate::load::Tally;
use crate::load::typed::{self, Refused, Row};
use crate::model::Status;
use crate::output::{self, Format};

/// The help heading of the options every command takes, listed apart from its own.
const GLOBAL: &str = "Global options";

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
        help_heading = GLOBAL,
        env = "PLEDGE_DB",
        default_value = "pledges.db",
        value_name = "PATH"
    )]
    db: PathBuf,

    /// Output format of read commands
    #[arg(long, global = true, help_heading = GLOBAL, value_enum, default_value_t = Format::Table)]
    format: Format,

    /// The date taken as today, for "overdue" (default: the local date)
    #[arg(
        long,
        global = true,
        help_heading = GLOBAL,
        env = "PLEDGE_TODAY",
        value_name = "YYYY-MM-DD",
        value_parser = parse_date
    )]
    today: Option<NaiveDate>,

    /// Draw tables in boxes this many columns wide, even off a terminal (default: the
    /// terminal's width; off a terminal, tables are plain rows)
    #[arg(long, global = true, help_heading = GLOBAL, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..))]
    width: Option<u16>,

    /// Print straight to the terminal instead of through the pager ($PAGER, or `less -FRX`)
    #[arg(long, global = true, help_heading = GLOBAL)]
    no_pager: bool,

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
    Completions(cmd::completions::Args),
    Man(cmd::man::Args),
}

impl Command {
    /// Whether the command prints rows for people to read, which a pager may show.
    fn reads(&self) -> bool {
        use Command::*;
        matches!(
            self,
            Status(_)
                | List(_)
                | Show(_)
                | Timeline(_)
                | Companies(_)
                | Officials(_)
                | Events(_)
                | Categories(_)
                | Sources(_)
                | Search(_)
                | Conflicts(_)
                | Check(_)
        )
    }
}

/// What every command gets: where the database is, today's date, the output format, the width
/// tables are boxed to (none off a terminal: plain rows) and stdout.
pub struct Ctx {
    pub db_path: PathBuf,
    pub today: NaiveDate,
    pub format: Format,
    pub width: Option<usize>,
    pub out: Box<dyn Write>,
    conn: Option<Connection>,
}

impl Ctx {
    /// The database connection, opened (and migrated) on first use; the file must exist.
    pub fn conn(&mut self) -> Result<&mut Connection> {
        if self.conn.is_none() {
            self.conn = Some(db::open(&self.db_path)?);
        }
        Ok(self.conn.as_mut().expect("set just above"))
    }

    /// The database connection and stdout together, for commands that stream rows from one to
    /// the other.
    pub fn conn_and_out(&mut self) -> Result<(&mut Connection, &mut Box<dyn Write>)> {
        self.conn()?;
        let conn = self.conn.as_mut().expect("opened just above");
        Ok((conn, &mut self.out))
    }

    /// Standard input, for a command given `-` as its file.
    pub fn stdin(&self) -> std::io::StdinLock<'static> {
        std::io::stdin().lock()
    }

    /// The database path, as given.
    pub fn db_path(&self) -> &Path {
        &self.db_path
    }

    /// Writes rows typed on the command line in one transaction (source files named in them are
    /// read from `articles`). When any row is refused, prints every problem and fails, leaving
    /// the database as it was.
    pub fn write(&mut self, articles: &Path, rows: &[Row]) -> Result<Vec<Tally>> {
        let err = match typed::apply(self.conn()?, articles, rows) {
            Ok(tallies) => return Ok(tallies),
            Err(err) => err,
        };
        let Some(Refused(lines)) = err.downcast_ref::<Refused>() else { return Err(err) };
        for line in lines {
            eprintln!("{}", output::printable(line));
        }
        bail!(
            "{} problem{}; `{}` was not changed",
            lines.len(),
            if lines.len() == 1 { "" } else { "s" },
            self.db_path.display()
        )
    }
}

/// The whole command line as clap sees it, for parsing, completions and the man page. Its
/// `--version` also names the schema version it writes and the SQLite it is built with.
pub fn command() -> clap::Command {
    let version = format!(
        "{}\nschema version {}\nSQLite {}",
        env!("CARGO_PKG_VERSION"),
        db::SCHEMA_VERSION,
        rusqlite::version()
    );
    Cli::command().long_version(version)
}

/// Parses the command line and runs the command.
pub fn run() -> Result<ExitCode> {
    let matches = command().try_get_matches().unwrap_or_else(|err| usage_error(err));
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| usage_error(err));
    let terminal = std::io::stdout().is_terminal();
    let terminal_width = || {
        let width = terminal_size::terminal_size().map(|(w, _)| usize::from(w.0));
        width.filter(|&w| w > 0).unwrap_or(80)
    };
    let mut pager = (terminal && !cli.no_pager && cli.command.reads()).then(pager).flatten();
    let out: Box<dyn Write> = match pager.as_mut().and_then(|p| p.stdin.take()) {
        // A pipe is written in large blocks, not line by line as stdout is.
        Some(input) => Box::new(std::io::BufWriter::new(input)),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut ctx = Ctx {
        db_path: cli.db,
        today: cli.today.unwrap_or_else(|| chrono::Local::now().date_naive()),
        format: cli.format,
        width: cli.width.map(usize::from).or_else(|| terminal.then(terminal_width)),
        out,
        conn: None,
    };
    let code = dispatch(&mut ctx, cli.command).and_then(|code| {
        ctx.out.flush()?;
        Ok(code)
    });
    // Closing stdout ends the pager's input; it then waits for the reader to quit it.
    drop(ctx);
    if let Some(mut pager) = pager {
        pager.wait()?;
    }
    code
}

/// Prints a command-line error, with any control characters in what was typed escaped, and
/// exits with clap's code (2 for usage errors); help and version go to stdout as clap prints them.
fn usage_error(err: clap::Error) -> ! {
    if !err.use_stderr() {
        err.exit();
    }
    eprint!("{}", output::printable_lines(&err.render().to_string()));
    std::process::exit(err.exit_code())
}

/// Starts `$PAGER` (through the shell, so it may carry options), or `less -FRX`: less quits
/// at once when the text fits one screen (-F), keeps escapes (-R) and leaves the text on the
/// screen (-X). None when `$PAGER` is empty or `cat`, or less is not installed: then print
/// directly.
fn pager() -> Option<std::process::Child> {
    let mut command = match std::env::var("PAGER") {
        Ok(pager) if pager.trim().is_empty() || pager.trim() == "cat" => return None,
        Ok(pager) => {
            let mut shell = std::process::Command::new("/bin/sh");
            shell.args(["-c", &pager]);
            shell
        }
        Err(_) => {
            let mut less = std::process::Command::new("less");
            less.arg("-FRX");
            less
        }
    };
    command.stdin(std::process::Stdio::piped()).spawn().ok()
}

/// Runs the command.
fn dispatch(ctx: &mut Ctx, command: Command) -> Result<ExitCode> {
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
        Command::Completions(args) => cmd::completions::run(ctx, args),
        Command::Man(args) => cmd::man::run(ctx, args),
    }?;
    Ok(code)
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
    fn dates_must_exist() {
        assert!(parse_date("2017-02-30").is_err());
        assert!(parse_date("2017-1-9").is_err());
        assert_eq!(parse_date("2017-01-09"), Ok(NaiveDate::from_ymd_opt(2017, 1, 9).unwrap()));
    }
}
