//! `pledge init`: create an empty database, or bring an older one up to date.

use std::process::ExitCode;

use anyhow::Result;

use crate::cli::Ctx;
use crate::db;

/// Create an empty database from the schema, or migrate an older one
#[derive(Debug, clap::Args)]
#[command(long_about = "Create an empty database from the schema, or migrate an older one.

An existing database keeps its data; only missing schema steps are applied, and triggers that \
another client dropped (those that keep the history append-only and the derived tables in step) \
are recreated. A database made by a newer pledge is refused.

EXAMPLES:
    pledge init
    pledge --db research.db init")]
pub struct Args {}

pub fn run(ctx: &mut Ctx, _args: Args) -> Result<ExitCode> {
    let existed = ctx.db_path().exists();
    let conn = db::create(ctx.db_path())?;
    for name in db::restore_triggers(&conn)? {
        eprintln!("restored the missing trigger `{name}`");
    }
    let verb = if existed { "is up to date" } else { "created" };
    eprintln!("{}: {verb} (schema version {})", ctx.db_path().display(), db::version(&conn)?);
    Ok(ExitCode::SUCCESS)
}
