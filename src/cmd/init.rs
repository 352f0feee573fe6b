//! `pledge init`: create an empty database, or bring an older one up to date.

use anyhow::Result;

use crate::ctx::Ctx;
use crate::db::{self, Found, SCHEMA_VERSION};
use crate::temp;

/// Create an empty database from the schema, or migrate an older one
#[derive(Debug, clap::Args)]
#[command(long_about = "Create an empty database from the schema, or migrate an older one.

An existing database keeps its data; only missing schema steps are applied, and triggers that \
another client dropped (those that keep the history append-only and the derived tables in step) \
are recreated. A file that is not \
a pledge database (another program's, or one made by a newer pledge) is refused unless --force \
is given; then a copy of it is kept beside it first (NAME.bak-YYYYMMDDTHHMMSS). A symlink is \
followed, and the file keeps its mode; a read-only file is refused.

EXAMPLES:
    pledge init
    pledge --db research.db init")]
pub struct Args {
    /// Replace a file that is not a pledge database of this program, keeping a copy beside it
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let path = ctx.db_path().to_path_buf();
    let found = db::inspect(&path)?;
    db::check_replaceable(&path, &found, args.force)?;
    let (conn, verb) = match found {
        Found::Pledge(v) if v == SCHEMA_VERSION => {
            (db::open_for_writing(&path, ctx.wait)?, "is up to date".to_owned())
        }
        Found::Pledge(v) if v < SCHEMA_VERSION => {
            (db::open_for_writing(&path, ctx.wait)?, format!("brought up from version {v}"))
        }
        Found::Missing | Found::Empty => (db::create(&path, ctx.wait)?, "created".to_owned()),
        Found::Pledge(_) | Found::Foreign(_) => {
            let copy = temp::backup_path(&path, &ctx.now.format("%Y%m%dT%H%M%S").to_string());
            db::keep_copy(&path, &copy)?;
            db::clear(&path)?;
            eprintln!("kept the old file as `{}`", copy.display());
            (db::create(&path, ctx.wait)?, "created".to_owned())
        }
    };
    for name in db::restore_triggers(&conn)? {
        eprintln!("restored the missing trigger `{name}`");
    }
    let version = db::version(&conn)?;
    if verb != "is up to date" {
        ctx.journal(&conn, "init", &format!("{verb} (schema version {version})"))?;
    }
    eprintln!("{}: {verb} (schema version {version})", path.display());
    Ok(())
}
