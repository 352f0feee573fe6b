//! The command line: global options, the subcommands, and the one dispatch.
//!
//! Only this module (with `main`) touches process state: arguments, environment, the clock and
//! stdout. It parses, builds a [`Ctx`] once and hands it to the command; what commands share
//! lives in `ctx` and `cmd::args`, never here.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Result, anyhow};
use chrono::{DateTime, NaiveDate, Utc};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::cmd;
use crate::cmd::args::{parse_date, parse_time};
use crate::ctx::Ctx;
use crate::db;
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

    /// CSV and TSV without the formula guard: every cell exactly as stored, for programs
    #[arg(long, global = true, help_heading = GLOBAL)]
    raw: bool,

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

    /// How long a command that writes waits for another one to finish writing
    #[arg(
        long,
        global = true,
        help_heading = GLOBAL,
        env = "PLEDGE_WAIT",
        value_name = "SECONDS",
        default_value_t = 30
    )]
    wait: u64,

    /// The time recorded in the journal (default: now); for reproducible examples and tests
    #[arg(
        long,
        global = true,
        env = "PLEDGE_NOW",
        value_name = "YYYY-MM-DDTHH:MM:SSZ",
        value_parser = parse_time,
        hide = true
    )]
    now: Option<DateTime<Utc>>,

    #[command(subcommand)]
    command: Command,
}

/// The commands, in the order of the work: set up, read, record, exchange; then the shell
/// extras.
#[derive(Debug, Subcommand)]
enum Command {
    Init(cmd::init::Args),
    Seed(cmd::seed::Args),
    Status(cmd::status::Args),
    List(cmd::list::Args),
    Show(cmd::show::Args),
    Totals(cmd::totals::Args),
    Timeline(cmd::timeline::Args),
    Companies(cmd::companies::Args),
    Officials(cmd::officials::Args),
    Governments(cmd::governments::Args),
    Events(cmd::events::Args),
    Categories(cmd::categories::Args),
    Sources(cmd::sources::Args),
    Search(cmd::search::Args),
    Conflicts(cmd::conflicts::Args),
    Check(cmd::check::Args),
    Log(cmd::log::Args),
    Draft(cmd::draft::Args),
    Apply(cmd::apply::Args),
    Add(cmd::add::Args),
    Update(cmd::update::Args),
    Export(cmd::export::Args),
    Import(cmd::import::Args),
    Site(cmd::site::Args),
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
                | Totals(_)
                | Timeline(_)
                | Companies(_)
                | Officials(_)
                | Governments(_)
                | Events(_)
                | Categories(_)
                | Sources(_)
                | Search(_)
                | Conflicts(_)
                | Check(_)
                | Log(_)
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
pub fn run() -> Result<()> {
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
    let today = cli.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let width = cli.width.map(usize::from).or_else(|| terminal.then(terminal_width));
    let style = output::Style { format: cli.format, raw: cli.raw, width };
    let mut ctx = Ctx::new(cli.db, today, style, out);
    ctx.now = cli.now.unwrap_or_else(Utc::now);
    ctx.command = typed_command(std::env::args_os().skip(1));
    ctx.wait = Duration::from_secs(cli.wait);
    ctx.writes = match &cli.command {
        Command::Add(_) | Command::Update(_) | Command::Import(_) | Command::Apply(_) => true,
        Command::Export(args) => args.writes(),
        _ => false,
    };
    let done = dispatch(&mut ctx, cli.command)
        .map_err(|err| ctx.explain(busy(err, &ctx)))
        .and_then(|()| {
            ctx.out.flush()?;
            Ok(())
        });
    // A person at a terminal hears once per read that a re-seed would lose work; scripts and
    // pipes are left alone.
    if done.is_ok()
        && !ctx.writes
        && std::io::stderr().is_terminal()
        && let Some(note) = ctx.unexported_note()
    {
        eprintln!("{note}");
    }
    // Closing stdout ends the pager's input; it then waits for the reader to quit it.
    drop(ctx);
    if let Some(mut pager) = pager {
        pager.wait()?;
    }
    done
}

/// A lock held past `--wait`, said as what it is.
fn busy(err: anyhow::Error, ctx: &Ctx) -> anyhow::Error {
    if err.chain().any(|c| c.downcast_ref::<rusqlite::Error>().is_some_and(db::is_busy)) {
        anyhow!(
            "another pledge command is writing to `{}`; try again (it waited {}s; --wait sets \
             how long)",
            ctx.db_path().display(),
            ctx.wait.as_secs()
        )
    } else {
        err
    }
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
fn dispatch(ctx: &mut Ctx, which: Command) -> Result<()> {
    match which {
        Command::Init(args) => cmd::init::run(ctx, args),
        Command::Seed(args) => cmd::seed::run(ctx, args),
        Command::Status(args) => cmd::status::run(ctx, args),
        Command::List(args) => cmd::list::run(ctx, args),
        Command::Show(args) => cmd::show::run(ctx, args),
        Command::Totals(args) => cmd::totals::run(ctx, args),
        Command::Timeline(args) => cmd::timeline::run(ctx, args),
        Command::Companies(args) => cmd::companies::run(ctx, args),
        Command::Officials(args) => cmd::officials::run(ctx, args),
        Command::Governments(args) => cmd::governments::run(ctx, args),
        Command::Events(args) => cmd::events::run(ctx, args),
        Command::Categories(args) => cmd::categories::run(ctx, args),
        Command::Sources(args) => cmd::sources::run(ctx, args),
        Command::Search(args) => cmd::search::run(ctx, args),
        Command::Draft(args) => cmd::draft::run(ctx, args),
        Command::Apply(args) => cmd::apply::run(ctx, args),
        Command::Conflicts(args) => cmd::conflicts::run(ctx, args),
        Command::Check(args) => cmd::check::run(ctx, args),
        Command::Log(args) => cmd::log::run(ctx, args),
        Command::Add(args) => cmd::add::run(ctx, args),
        Command::Update(args) => cmd::update::run(ctx, args),
        Command::Export(args) => cmd::export::run(ctx, args),
        Command::Import(args) => cmd::import::run(ctx, args),
        Command::Site(args) => cmd::site::run(ctx, args),
        Command::Completions(args) => cmd::completions::run(ctx, args, command()),
        Command::Man(args) => cmd::man::run(ctx, args, command()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
