//! The command line: global options, the subcommands, and the one dispatch.
//!
//! Only this module (with `main`) touches process state: arguments, environment, the clock and
//! stdout. It parses, builds a [`Ctx`] once and hands it to the command; what commands share
//! lives in `ctx` and `cmd::args`, never here.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use crate::cmd;
use crate::cmd::args::parse_date;
use crate::ctx::Ctx;
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

    #[command(subcommand)]
    command: Command,
}

/// The commands, in the order of the work: set up, read, record, exchange.
#[derive(Debug, Subcommand)]
enum Command {
    Init(cmd::init::Args),
    Seed(cmd::seed::Args),
    Status(cmd::status::Args),
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
    Check(cmd::check::Args),
    Add(cmd::add::Args),
    Update(cmd::update::Args),
    Export(cmd::export::Args),
    Import(cmd::import::Args),
}

/// Parses the command line and runs the command.
pub fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    let today = cli.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut ctx = Ctx::new(cli.db, today, cli.format);
    let code = match cli.command {
        Command::Init(args) => cmd::init::run(&mut ctx, args),
        Command::Seed(args) => cmd::seed::run(&mut ctx, args),
        Command::Status(args) => cmd::status::run(&mut ctx, args),
        Command::List(args) => cmd::list::run(&mut ctx, args),
        Command::Show(args) => cmd::show::run(&mut ctx, args),
        Command::Timeline(args) => cmd::timeline::run(&mut ctx, args),
        Command::Companies(args) => cmd::companies::run(&mut ctx, args),
        Command::Officials(args) => cmd::officials::run(&mut ctx, args),
        Command::Events(args) => cmd::events::run(&mut ctx, args),
        Command::Categories(args) => cmd::categories::run(&mut ctx, args),
        Command::Sources(args) => cmd::sources::run(&mut ctx, args),
        Command::Search(args) => cmd::search::run(&mut ctx, args),
        Command::Conflicts(args) => cmd::conflicts::run(&mut ctx, args),
        Command::Check(args) => cmd::check::run(&mut ctx, args),
        Command::Add(args) => cmd::add::run(&mut ctx, args),
        Command::Update(args) => cmd::update::run(&mut ctx, args),
        Command::Export(args) => cmd::export::run(&mut ctx, args),
        Command::Import(args) => cmd::import::run(&mut ctx, args),
    }?;
    ctx.out.flush()?;
    Ok(code)
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
