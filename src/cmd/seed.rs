//! `pledge seed`: rebuild the database from the seed folder, atomically.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Result, bail};

use crate::cli::Ctx;
use crate::load::{self, Problems};

/// Rebuild the database from seed files, verifying every reference and quote
#[derive(Debug, clap::Args)]
#[command(long_about = "Rebuild the database from seed files, verifying every reference and quote.

Reads every CSV file of the seed folder and the article texts under its articles/ folder, checks \
the structure of each file, every value, every reference by slug, each article's sha256 and that \
every quote occurs in its article (white space aside). All problems are reported at once, as \
FILE:LINE: column COLUMN: what is wrong. The new database is built beside the old one and moved \
into place only when everything passed, so a failed seed changes nothing.

EXAMPLES:
    pledge seed
    pledge seed --dir ~/research/seeds
    pledge --db /tmp/check.db seed --dir seeds")]
pub struct Args {
    /// The seed folder: one CSV file per table and articles/
    #[arg(long, default_value = "seeds", value_name = "DIR")]
    dir: PathBuf,

    /// Also print how long each phase took (loading, indexes, search index, commit)
    #[arg(long)]
    timings: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    if args.dir.is_file() {
        bail!(
            "--dir: `{}` is a file; give the folder that holds the seed files",
            args.dir.display()
        );
    }
    if !args.dir.is_dir() {
        bail!("no seed folder at `{}` (give one with --dir)", args.dir.display());
    }
    let built = match load::seed(&args.dir, ctx.db_path(), ctx.today) {
        Ok(built) => built,
        Err(err) => {
            let Some(problems) = err.downcast_ref::<Problems>() else { return Err(err) };
            eprint!("{problems}");
            bail!(
                "{} problem{} in `{}`; `{}` was not changed",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" },
                args.dir.display(),
                ctx.db_path().display()
            );
        }
    };
    if args.timings {
        let phases: Vec<String> = built
            .phases
            .iter()
            .map(|(phase, took)| format!("{phase} {:.3}s", took.as_secs_f64()))
            .collect();
        eprintln!("timings: {}", phases.join(", "));
    }
    let summary: Vec<String> =
        built.counts.iter().map(|(table, n)| format!("{table} {n}")).collect();
    eprintln!(
        "seeded {} from {}: {}",
        ctx.db_path().display(),
        args.dir.display(),
        summary.join(", ")
    );
    Ok(ExitCode::SUCCESS)
}
