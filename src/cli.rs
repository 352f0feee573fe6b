//! The command line: global options, the subcommands, and the one dispatch.
//!
//! Only this module (with `main`) touches process state: arguments, environment, the clock and
//! stdout. It builds a [`Ctx`] once and hands it to the command.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use rusqlite::Connection;

use crate::cmd;
use crate::db;
use crate::load::Tally;
use crate::load::typed::{self, Refused, Row};
use crate::output::Format;

/// Track the pledges companies make to governments (jobs, investment, exports): who pledged
/// what to whom, on what evidence, and whether it was kept.
#[derive(Debug, Parser)]
#[command(name = "pledge", version, propagate_version = true, max_term_width = 100)]
#[command(
    after_help = "Build the database from the seed files with `pledge seed`, then try `pledge status`."
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
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    today: Option<NaiveDate>,

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
}

/// What every command gets: where the database is, today's date, the output format and stdout.
pub struct Ctx {
    pub db_path: PathBuf,
    pub today: NaiveDate,
    pub format: Format,
    pub out: std::io::StdoutLock<'static>,
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
        let err = match typed::apply(self.conn()?, articles, rows) {
            Ok(tallies) => return Ok(tallies),
            Err(err) => err,
        };
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
    let mut ctx = Ctx {
        db_path: cli.db,
        today: cli.today.unwrap_or_else(|| chrono::Local::now().date_naive()),
        format: cli.format,
        out: std::io::stdout().lock(),
        conn: None,
    };
    let code = match cli.command {
        Command::Add(args) => cmd::add::run(&mut ctx, args),
        Command::Check(args) => cmd::check::run(&mut ctx, args),
        Command::Export(args) => cmd::export::run(&mut ctx, args),
        Command::Import(args) => cmd::import::run(&mut ctx, args),
        Command::Init(args) => cmd::init::run(&mut ctx, args),
        Command::Seed(args) => cmd::seed::run(&mut ctx, args),
        Command::Status(args) => cmd::status::run(&mut ctx, args),
        Command::Update(args) => cmd::update::run(&mut ctx, args),
    }?;
    ctx.out.flush()?;
    Ok(code)
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
