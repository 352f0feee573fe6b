//! `pledge import`: load an edited CSV file back into one table, all rows or none.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::builder::PossibleValuesParser;

use crate::ctx::Ctx;
use crate::db;
use crate::db::export::{Before, Change, Export, Values};
use crate::error::Rejected;
use crate::load::{self, ARTICLES, Mode, Problems, Session, TABLES};
use crate::output;

/// Load an edited CSV file back into a table: every row checked, then all applied or none
#[derive(Debug, clap::Args)]
#[command(long_about = "Load an edited CSV file back into a table: every row checked, then all \
applied or none.

The file has a header row with the table's seed columns, in any order (as `pledge export TABLE` \
writes them). Fields are separated by commas, semicolons or tabs: the header row tells which, \
or say it with --delimiter. A byte-order mark, CRLF or LF line ends and quoted fields, as \
spreadsheets save them, are all fine, and the formula guard of `pledge export` (a leading ') is \
removed where it would have been added. A workbook (.xlsx), UTF-16 or binary file is refused \
in one line: save the sheet as CSV (UTF-8) first. A code that a spreadsheet turned into a number \
(an HS code 01 that came back as 1) is named with its line and column.

First the whole file is read and every row checked: its structure, types, dates, enum values, \
references by slug, and quotes against the stored article text. Every problem is reported at \
once as FILE:LINE: column COLUMN: what is wrong, and then nothing is written. Otherwise all rows \
are applied in one transaction: rows with a new key are added, rows with an existing key are \
updated where they differ. The status history only grows: an entry not already there is \
appended, never edited.

Facts need evidence: import evidence.csv before the rows it supports. A sources file names its \
article texts in the articles/ folder beside it (as `pledge export --dir` writes them).

With --dry-run nothing is written: every record that would be added or changed is listed on \
stdout, a changed one with each changed field's old and new value.

EXAMPLES:
    pledge export pledges --out pledges.csv
    pledge import pledges pledges.csv --dry-run
    pledge import pledges pledges.csv
    pledge --format tsv export pledges > pledges.tsv && pledge import pledges pledges.tsv
    pledge import companies companies.csv --delimiter ';'
    pledge export companies | sed 's/online/retail/' | pledge import companies -")]
pub struct Args {
    /// The table the file holds
    #[arg(value_parser = PossibleValuesParser::new(TABLES.iter().map(|t| t.name)))]
    table: String,

    /// The CSV file to load, or - to read it from stdin
    file: PathBuf,

    /// Check everything and list what would change, without writing anything
    #[arg(long)]
    dry_run: bool,

    /// The field delimiter: , ; or tab (default: told from the header row)
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    delimiter: Option<u8>,
}

/// Parses `--delimiter`: a comma, a semicolon or a tab, by character or by name.
fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "," | "comma" => Ok(b','),
        ";" | "semicolon" => Ok(b';'),
        "\t" | "\\t" | "tab" => Ok(b'\t'),
        _ => Err(format!("`{text}` is not a delimiter: use , ; or tab")),
    }
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let table = load::table(&args.table).expect("clap checked the name");
    let export = db::export::find(table.name).expect("every table is exportable");
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
    let before = args.dry_run.then(|| db::export::before(&tx, export, table.key)).transpose()?;
    let mut problems = Problems::default();
    let tally = {
        let mut session = Session::new(&tx, Mode::Merge, Some(articles));
        if let Some(delimiter) = args.delimiter {
            session.set_delimiter(delimiter);
        }
        let tally = session.load_file(table, &label, input, &mut problems)?;
        session.finish(&mut problems)?;
        tally
    };
    progress.finish_and_clear();
    if !problems.is_empty() {
        drop(tx);
        let place = Path::new(&label);
        return Err(Rejected::new(
            problems.lines(),
            problems.len(),
            Some(place),
            Path::new(&db_path),
        )
        .into());
    }
    let counts =
        format!("{} added, {} changed, {} unchanged", tally.added, tally.changed, tally.unchanged);
    if args.dry_run {
        let before = before.expect("taken for a dry run");
        let changes = before.changes(&tx, export)?;
        // Rolled back: the database is as it was, and gives the old values.
        drop(tx);
        write_changes(ctx, export, &before, &changes)?;
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
    Ok(())
}

/// Lists, one line each, the records added and the fields changed: `added KEY` and
/// ``changed KEY: FIELD `OLD` → `NEW` ``, reading the old values from the database as it was.
fn write_changes(
    ctx: &mut Ctx,
    export: &Export,
    before: &Before,
    changes: &[Change],
) -> Result<()> {
    let keys = changes
        .iter()
        .filter_map(|c| match c {
            Change::Changed(key, _) => Some(key.as_slice()),
            Change::Added(_) => None,
        })
        .collect();
    let old = before.rows_of(ctx.conn()?, export, &keys)?;
    let out = &mut ctx.out;
    // Values are shown on one line, cut at 60 characters, control characters escaped.
    let show = |v: &Option<String>| {
        let Some(v) = v else { return "(empty)".to_owned() };
        let mut shown = String::new();
        for c in v.chars().take(60) {
            if c.is_control() {
                shown.extend(c.escape_default());
            } else {
                shown.push(c);
            }
        }
        let more = if v.chars().count() > 60 { "…" } else { "" };
        format!("`{shown}{more}`")
    };
    let name = |key: &Values| {
        key.iter().map(|k| k.as_deref().unwrap_or("")).collect::<Vec<_>>().join(", ")
    };
    for change in changes {
        let (key, row) = match change {
            Change::Added(key) => {
                writeln!(out, "added {}", name(key))?;
                continue;
            }
            Change::Changed(key, row) => (key, row),
        };
        let Some(was) = old.get(key) else { continue };
        for ((column, was), now) in export.columns.iter().zip(was).zip(row) {
            if was != now {
                let header = column.name;
                writeln!(out, "changed {}: {header} {} → {}", name(key), show(was), show(now))?;
            }
        }
    }
    Ok(())
}
