//! `pledge import`: load an edited CSV file back into one table, all rows or none.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::builder::PossibleValuesParser;

use crate::ctx::Ctx;
use crate::db;
use crate::load::{self, ARTICLES, Mode, Problems, Session};
use crate::output;

/// Load an edited CSV file back into a table: every row checked, then all applied or none
#[derive(Debug, clap::Args)]
#[command(long_about = "Load an edited CSV file back into a table: every row checked, then all \
applied or none.

The file has a header row with the table's seed columns, in any order (as `pledge export TABLE` \
writes them). A byte-order mark, CRLF or LF line ends and quoted fields, as spreadsheets save \
them, are all fine, and one leading ' (the formula guard of `pledge export`) is removed from \
text cells.

First the whole file is read and every row checked: its structure, types, dates, enum values, \
references by slug, and quotes against the stored article text. Every problem is reported at \
once as FILE:LINE: column COLUMN: what is wrong, and then nothing is written. Otherwise all rows \
are applied in one transaction: rows with a new key are added, rows with an existing key are \
updated where they differ. The status history only grows: an entry not already there is \
appended, never edited.

Facts need evidence: import evidence.csv before the rows it supports. A sources file names its \
article texts in the articles/ folder beside it (as `pledge export --dir` writes them).

EXAMPLES:
    pledge export pledges --out pledges.csv
    pledge import pledges pledges.csv --dry-run
    pledge import pledges pledges.csv
    pledge export companies | sed 's/online/retail/' | pledge import companies -")]
pub struct Args {
    /// The table the file holds
    #[arg(value_parser = PossibleValuesParser::new(db::export::names()))]
    table: String,

    /// The CSV file to load, or - to read it from stdin
    file: PathBuf,

    /// Check everything and report what would change, without writing anything
    #[arg(long)]
    dry_run: bool,
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<ExitCode> {
    let Some(table) = load::table(&args.table) else {
        bail!("`{}` is a view made from several tables; import the tables themselves", args.table);
    };
    // `-` is stdin; its articles folder is the current one.
    let stdin = args.file == Path::new("-");
    let progress = if stdin {
        output::progress("reading stdin".to_owned(), None)
    } else {
        let size = std::fs::metadata(&args.file).map_or(0, |m| m.len());
        output::progress_bytes(format!("reading {}", args.file.display()), size)
    };
    let input: Box<dyn BufRead> = if stdin {
        Box::new(ctx.stdin())
    } else {
        Box::new(BufReader::new(progress.wrap_read(load::open_csv(&args.file)?)))
    };
    let label = if stdin { "stdin".to_owned() } else { args.file.display().to_string() };
    let folder = args.file.parent().filter(|p| !p.as_os_str().is_empty() && !stdin);
    let articles = folder.unwrap_or(Path::new(".")).join(ARTICLES);
    let db_path = ctx.db_path().display().to_string();
    let (now, command) = (ctx.now, ctx.command.clone());
    let tx = db::begin_write(ctx.conn()?)?;
    let mut problems = Problems::default();
    let tally = {
        let mut session = Session::new(&tx, Mode::Merge, articles);
        let tally = session.load_file(table, &label, input, &mut problems)?;
        session.finish(&mut problems)?;
        tally
    };
    progress.finish_and_clear();
    if !problems.is_empty() {
        drop(tx);
        eprint!("{}", output::printable_lines(&problems.to_string()));
        bail!(
            "{} problem{} in `{label}`; `{db_path}` was not changed",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
        );
    }
    let counts =
        format!("{} added, {} changed, {} unchanged", tally.added, tally.changed, tally.unchanged);
    if args.dry_run {
        drop(tx);
        eprintln!("dry run: {label} into {}: would be {counts}; nothing was written", table.name);
    } else {
        if tally.added + tally.changed > 0 {
            let changes =
                format!("{}: {} added, {} changed", table.name, tally.added, tally.changed);
            db::journal::append(&tx, now, "write", &command, &changes)?;
        }
        tx.commit()?;
        eprintln!("imported {label} into {}: {counts}", table.name);
    }
    Ok(ExitCode::SUCCESS)
}
