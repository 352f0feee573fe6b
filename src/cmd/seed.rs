//! `pledge seed`: rebuild the database from the seed folder, guarded and atomically.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Result, bail};

use crate::ctx::Ctx;
use crate::db::{self, Found, SCHEMA_VERSION, journal};
use crate::error::Rejected;
use crate::load::{self, Problems};
use crate::output;
use crate::temp;

/// Rebuild the database from seed files, verifying every reference and quote
#[derive(Debug, clap::Args)]
#[command(long_about = "Rebuild the database from seed files, verifying every reference and quote.

Reads every CSV file of the seed folder and the article texts under its articles/ folder, checks \
the structure of each file, every value, every reference by slug, each article's sha256 and that \
every quote occurs in its article (white space aside). All problems are reported at once, as \
FILE:LINE: column COLUMN: what is wrong.

Nothing recorded is lost: when the database holds changes (add, update, import) made since it \
was last seeded or exported whole with `pledge export --dir`, seed refuses and lists them. Keep \
them with `pledge export --dir seeds` and seed again, or discard them with --discard-changes, \
which first keeps the old database beside it as NAME.bak-YYYYMMDDTHHMMSS. The journal (`pledge \
log`) is carried over into the new database, with an entry for the seed.

The new database is built beside the old one and copied into it in one step only when \
everything passed: a failed or interrupted seed changes nothing, and programs that have the \
database open see the new content. A file that is not a pledge database (or one from a newer \
pledge) is refused unless --force is given (a copy is kept beside it first); a read-only file is \
refused; a symlink is followed, and the file keeps its mode.

EXAMPLES:
    pledge seed
    pledge seed --dir ~/research/seeds
    pledge seed --discard-changes
    pledge --db /tmp/check.db seed --dir seeds")]
pub struct Args {
    /// The seed folder: one CSV file per table and articles/
    #[arg(long, default_value = "seeds", value_name = "DIR")]
    dir: PathBuf,

    /// Also print how long each phase took (load, indexes, search index, commit, replace)
    #[arg(long)]
    timings: bool,

    /// Seed even though the database holds changes not yet exported (a copy is kept first)
    #[arg(long)]
    discard_changes: bool,

    /// Replace a file that is not a pledge database of this program, keeping a copy beside it
    #[arg(long)]
    force: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    if args.dir.is_file() {
        bail!(
            "--dir: `{}` is a file; give the folder that holds the seed files",
            args.dir.display()
        );
    }
    if !args.dir.is_dir() {
        bail!("no seed folder at `{}` (give one with --dir)", args.dir.display());
    }
    let path = ctx.db_path().to_path_buf();
    let found = db::inspect(&path)?;
    db::check_replaceable(&path, &found, args.force)?;
    let ours = matches!(found, Found::Pledge(v) if v <= SCHEMA_VERSION);
    let old = if ours { Some(db::open_for_writing(&path, ctx.wait)?) } else { None };
    let (carried, unexported) = match &old {
        Some(conn) => (journal::all(conn)?, journal::unexported(conn)?),
        None => (Vec::new(), Vec::new()),
    };
    if !unexported.is_empty() && !args.discard_changes {
        return Err(refusal(&path, &args.dir, &unexported));
    }
    let stamp = ctx.now.format("%Y%m%dT%H%M%S").to_string();
    let copy = (args.discard_changes && ours
        || !ours && !matches!(found, Found::Missing | Found::Empty))
    .then(|| temp::backup_path(&path, &stamp));
    let mut changes = format!("rebuilt from `{}`", args.dir.display());
    if let Some(copy) = &copy {
        changes += &format!(
            "; discarded {}; the old database is kept as `{}`",
            plural(unexported.len(), "change"),
            copy.display()
        );
    }
    let finish = |conn: &rusqlite::Connection| {
        journal::carry(conn, &carried)?;
        ctx.journal(conn, "seed", &changes)
    };
    let progress = output::progress(format!("seeding from {}", args.dir.display()), None);
    let built = load::seed(&args.dir, &path, ctx.today, finish);
    progress.finish_and_clear();
    let built = built.map_err(|err| with_problems_listed(err, &args.dir, &path))?;
    let load::Built { counts, phases, steps, conn: built, file } = built;
    let took = Took { phases: &phases, steps: &steps };
    let replacing = std::time::Instant::now();
    if matches!(found, Found::Missing) {
        // Nothing there and so no reader to serve: the new file is simply moved into place.
        db::move_into_place(built, file, &path, ctx.wait)?;
        report(&args, &path, &counts, &took, replacing.elapsed(), None);
        return Ok(());
    }
    let mut dest = match old {
        Some(conn) => {
            if let Some(copy) = &copy {
                db::keep_copy(&path, copy)?;
            }
            // A write that landed while the seed was built (or the copy taken) would be lost:
            // refuse it instead. Checked last, so that only the instant before the copy into
            // the database takes its lock is left.
            if journal::all(&conn)?.len() != carried.len() {
                if let Some(copy) = &copy {
                    let _ = std::fs::remove_file(copy);
                }
                bail!(
                    "`{}` changed while the seed was built (see `pledge log`); nothing was \
                     replaced: run the seed again",
                    path.display()
                );
            }
            conn
        }
        None => {
            if let Some(copy) = &copy {
                db::keep_copy(&path, copy)?;
                db::clear(&path)?;
            }
            db::create(&path, ctx.wait)?
        }
    };
    db::replace(&built, &mut dest)?;
    // The temporary file goes now, before the report.
    drop(built);
    drop(file);
    let kept = copy.as_ref().map(|copy| (if ours { "database" } else { "file" }, copy.as_path()));
    report(&args, &path, &counts, &took, replacing.elapsed(), kept);
    Ok(())
}

/// The refusal to re-seed over changes not yet exported, with those changes listed above it.
fn refusal(path: &Path, dir: &Path, unexported: &[journal::Entry]) -> anyhow::Error {
    for entry in unexported {
        eprintln!("  {}  {}: {}", journal::stamp(entry.at), entry.command, entry.changes);
    }
    anyhow::anyhow!(
        "`{}` holds {} not yet written to a seed folder (listed above), which a seed would lose. \
         Keep them with `pledge export --dir {}` and seed again, or discard them with `pledge \
         seed --discard-changes` (the old database is kept beside it first)",
        path.display(),
        plural(unexported.len(), "change"),
        dir.display()
    )
}

/// A failed build: the problems of the seed folder, for `main` to print with a count.
fn with_problems_listed(err: anyhow::Error, dir: &Path, path: &Path) -> anyhow::Error {
    let Some(problems) = err.downcast_ref::<Problems>() else { return err };
    Rejected::new(problems.lines(), problems.len(), Some(dir), path).into()
}

/// How long the build took: its phases, and the steps of its load phase.
struct Took<'a> {
    phases: &'a [(&'static str, Duration)],
    steps: &'a [(&'static str, Duration)],
}

/// Prints the timings (with --timings: the phases, then the load phase step by step), where
/// the old database was kept, and the counts.
fn report(
    args: &Args,
    path: &Path,
    counts: &[(String, i64)],
    took: &Took,
    replacing: Duration,
    kept: Option<(&str, &Path)>,
) {
    if args.timings {
        let list = |items: &mut dyn Iterator<Item = &(&str, Duration)>| -> String {
            let items: Vec<String> =
                items.map(|(what, took)| format!("{what} {:.3}s", took.as_secs_f64())).collect();
            items.join(", ")
        };
        eprintln!("timings: {}", list(&mut took.phases.iter().chain([&("replace", replacing)])));
        eprintln!("load steps: {}", list(&mut took.steps.iter()));
    }
    if let Some((what, copy)) = kept {
        eprintln!("kept the old {what} as `{}`", copy.display());
    }
    let summary: Vec<String> = counts.iter().map(|(table, n)| format!("{table} {n}")).collect();
    eprintln!("seeded {} from {}: {}", path.display(), args.dir.display(), summary.join(", "));
}

fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}
