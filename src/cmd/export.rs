//! `pledge export`: tables as CSV or a workbook for spreadsheets, or as a seed folder.
//!
//! Rows stream from the database to the output one at a time. Files are written under a
//! temporary name in their folder and renamed into place only when complete, so a failed export
//! never leaves a partial file. This file chooses what goes where and writes CSV; a workbook
//! is written in `export/workbook.rs`, a seed folder in `export/folder.rs`.

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::NaiveDate;
use clap::builder::PossibleValuesParser;
use rusqlite::Connection;

use crate::cmd::args::{FilterArgs, parse_date};
use crate::ctx::Ctx;
use crate::db;
use crate::db::export::{Export, PLEDGE_STATUS};
use crate::db::filter::PledgeFilter;
use crate::output::{self, Columns, CsvTable, Format, JsonTable, ProgressBar, TextStyle};
use crate::temp;

mod folder;
mod workbook;

/// Export tables as CSV or a workbook for spreadsheets, or as a seed folder
#[derive(Debug, clap::Args)]
#[command(long_about = "Export tables as CSV or a workbook for spreadsheets, or as a seed folder.

TABLE is a table of the seed folder (pledges, status_history, ...) or pledge_status, a flat view \
with one row per pledge: exactly the rows and columns of `pledge list` (company, made by, made \
to, made on, targets, categories, status, status since, deadline, overdue), with its filters and \
--as-of, which choose the pledges of pledge_status only: tables are always exported whole. \
Tables are in seed format: the seed file's columns, references by slug, dates as YYYY-MM-DD, \
whole numbers without separators, flags as 0/1, empty for none.

Where the rows go:
  (stdout)        one table (default pledge_status) as CSV, LF line ends, no byte-order mark.
                  --format tsv or json write those instead (with table, the default, \
export writes CSV)
  --out FILE.csv  one table (default pledge_status), ready for spreadsheets: a UTF-8 byte-order \
mark and CRLF line ends (--plain: like stdout)
  --out FILE.xlsx a workbook with one sheet per table (default pledge_status, then every \
table): text stays text (an HS code 08 stays 08), dates are date cells, numbers are numbers, \
flags (such as overdue) are TRUE or FALSE, the header row is frozen and has an autofilter, and \
columns are as wide as their text, up to 50 characters. A sheet holds at most 1,048,575 rows \
below its header: a longer table goes on in more sheets, named TABLE (2), TABLE (3)... (said \
before writing starts)
  --dir DIR       every table (or those named) as DIR/TABLE.csv in seed format, and with \
sources the stored article texts as DIR/articles/FILE, so that `pledge seed --dir DIR` rebuilds \
the same database

Formula guard: in CSV and TSV, a text cell that begins with =, +, -, @, a tab, a line break or ' \
is written with one leading ' so that no spreadsheet runs it as a formula; so is a code of digits \
that a spreadsheet would read as a number and change (a leading zero, as in 08, or more than 15 \
digits). Dates and numbers are never touched. `pledge import` and `pledge seed` remove a leading \
' only where the guard would have added it, so exported files load back unchanged. --raw turns \
the guard off. JSON never has it, and \
workbooks need none: their text cells are text, never formulas.

Files are written whole or not at all. A CSV file past the 1,048,576 lines a spreadsheet can \
show is still written in full, with a warning.

EXAMPLES:
    pledge export > pledges.csv
    pledge export --out pledges.csv
    pledge export --out pledges.xlsx
    pledge export pledges status_history --out history.xlsx
    pledge export --out alibaba.xlsx --company alibaba --open
    pledge export status_history --out history.csv --plain
    pledge --format json export pledges
    pledge export --dir seeds")]
pub struct Args {
    /// What to export: pledge_status or a table name (default: see above)
    #[arg(value_name = "TABLE", value_parser = PossibleValuesParser::new(db::export::names()))]
    tables: Vec<String>,

    /// Write a file instead of stdout: FILE.csv or FILE.xlsx
    #[arg(short, long, value_name = "FILE", conflicts_with = "dir")]
    out: Option<PathBuf>,

    /// Write every table (or those named) in seed format into this folder, with articles/
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,

    /// With --out FILE.csv: no byte-order mark and LF line ends, like stdout
    #[arg(long, requires = "out")]
    plain: bool,

    /// For pledge_status: the status as it was known on this date (default: today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,

    /// For pledge_status: which pledges, as for `pledge list`
    #[command(flatten)]
    filter: FilterArgs,
}

impl Args {
    /// Whether the export writes to the database: a seed folder is recorded in its journal.
    pub fn writes(&self) -> bool {
        self.dir.is_some()
    }
}

/// How many bytes of output are gathered before each write.
const BUFFER: usize = 1 << 20;

/// Where an export goes.
enum Target {
    Stdout,
    Csv(PathBuf),
    Xlsx(PathBuf),
    Dir(PathBuf),
}

pub fn run(ctx: &mut Ctx, args: Args) -> Result<()> {
    let target = target(&args, ctx.style.format)?;
    let exports = exports(&args.tables, &target)?;
    let filter = args.filter.resolve(ctx.conn()?)?;
    if (filter != PledgeFilter::default() || args.as_of.is_some())
        && !exports.iter().any(|e| e.name == PLEDGE_STATUS.name)
    {
        bail!(
            "--as-of and the filters choose the pledges of {}; tables are always exported whole",
            PLEDGE_STATUS.name
        );
    }
    let on = args.as_of.unwrap_or(ctx.today);
    db::export::tune_for_export(ctx.conn()?)?;
    let (format, guard) = (ctx.style.format, !ctx.style.raw);
    let rows = || output::progress("exporting".to_owned(), Some("rows"));
    match target {
        Target::Stdout => {
            let (conn, out) = ctx.conn_and_out()?;
            let progress = ProgressBar::hidden();
            // Written in large blocks: stdout itself writes a line at a time.
            let mut out = BufWriter::with_capacity(BUFFER, out);
            to_stdout(&Source { conn, filter, on, progress }, &mut out, format, guard, exports[0])?;
            out.flush()?;
        }
        Target::Csv(path) => {
            let style = TextStyle { delimiter: b',', spreadsheet: !args.plain, guard };
            to_csv_file(
                &Source { conn: ctx.conn()?, filter, on, progress: rows() },
                &path,
                style,
                exports[0],
            )?;
        }
        Target::Xlsx(path) => workbook::to_workbook(
            &Source { conn: ctx.conn()?, filter, on, progress: rows() },
            &path,
            &exports,
        )?,
        Target::Dir(dir) => {
            // The folder is replaced whole: it must not be the one that holds the database.
            if let (Ok(db), Ok(folder)) = (fs::canonicalize(ctx.db_path()), fs::canonicalize(&dir))
                && db.starts_with(&folder)
            {
                bail!(
                    "`{}` holds the database itself; export into a folder of its own (such as \
                     `seeds`)",
                    dir.display()
                );
            }
            let (now, command) = (ctx.now, ctx.command.clone());
            // The write lock, held from the first row read to the journal entry, makes the
            // folder and the entry that says it holds every change agree.
            let tx = db::begin_write(ctx.conn()?)?;
            let wrote = folder::to_dir(
                &Source { conn: &tx, filter, on, progress: rows() },
                &dir,
                guard,
                &exports,
            )?;
            // A folder of some tables cannot rebuild the database, so it is not a point to
            // re-seed from: only a whole export is journaled.
            if exports.len() == db::export::TABLES.len() {
                let changes = format!("every table written to `{}`: {wrote}", dir.display());
                db::journal::append(&tx, now, "export", &command, &changes)?;
            }
            tx.commit()?;
        }
    }
    Ok(())
}

/// Where rows come from: a table, or for `pledge_status` the pledges `filter` selects, as
/// `pledge list` shows them on `on`.
struct Source<'a> {
    conn: &'a Connection,
    filter: PledgeFilter,
    on: NaiveDate,
    /// Counts the rows written to files on stderr (hidden for stdout, and off a terminal).
    progress: ProgressBar,
}

impl Source<'_> {
    /// Streams the rows of `export` to `each` as cells, `None` when empty; returns how many.
    fn cells(
        &self,
        export: &Export,
        mut each: impl FnMut(&[Option<String>]) -> Result<()>,
    ) -> Result<u64> {
        if export.seed {
            return db::export::rows(self.conn, export, each);
        }
        db::pledges::each(self.conn, &self.filter, self.on, |pledge| {
            let cells: Vec<_> =
                pledge.cells().into_iter().map(|c| (!c.is_empty()).then_some(c)).collect();
            each(&cells)
        })
    }

    /// How many rows `export` has, counted before any is written.
    fn count(&self, export: &Export) -> Result<u64> {
        if export.seed {
            return db::export::count(self.conn, export);
        }
        let counts = db::pledges::count_by_status(self.conn, &self.filter, self.on)?;
        let all = counts.iter().map(|(_, n)| u64::try_from(*n).unwrap_or(0)).sum();
        Ok(self.filter.limit.map_or(all, |limit| limit.min(all)))
    }

    /// Streams the rows of `export` into a JSON array: a table's by column kind, the view's
    /// exactly as `pledge --format json list` prints them.
    fn json(&self, export: &Export, table: &mut JsonTable<impl Write>) -> Result<u64> {
        if export.seed {
            return db::export::rows(self.conn, export, |v| table.row(v));
        }
        db::pledges::each(self.conn, &self.filter, self.on, |pledge| table.value(&pledge))
    }
}

/// One table to stdout: CSV (also for `--format table`), TSV, JSON or JSON Lines.
fn to_stdout(
    source: &Source,
    out: &mut impl Write,
    format: Format,
    guard: bool,
    export: &Export,
) -> Result<()> {
    if matches!(format, Format::Json | Format::Ndjson) {
        let mut table = if format == Format::Json {
            JsonTable::new(out, export.columns)?
        } else {
            JsonTable::lines(out, export.columns)
        };
        source.json(export, &mut table)?;
        table.finish()?;
        return Ok(());
    }
    let delimiter = if format == Format::Tsv { b'\t' } else { b',' };
    let style = TextStyle { delimiter, spreadsheet: false, guard };
    let rows = write_csv(source, export, style, out)?;
    warn_if_too_long(export, rows);
    Ok(())
}

/// One table to a CSV file.
fn to_csv_file(source: &Source, path: &Path, style: TextStyle, export: &Export) -> Result<()> {
    let mut rows = 0;
    write_file(path, |out| {
        let mut out = BufWriter::with_capacity(BUFFER, out);
        rows = write_csv(source, export, style, &mut out)?;
        out.flush()?;
        Ok(())
    })?;
    source.progress.finish_and_clear();
    warn_if_too_long(export, rows);
    eprintln!("wrote {}: {} ({})", path.display(), export.name, plural(rows, "row"));
    Ok(())
}

/// Works out where the rows go from --out, --dir and --format.
fn target(args: &Args, format: Format) -> Result<Target> {
    let file_format = matches!(format, Format::Tsv | Format::Json | Format::Ndjson);
    if file_format && (args.out.is_some() || args.dir.is_some()) {
        bail!("--format applies to stdout only; --out and --dir choose the format themselves");
    }
    if let Some(dir) = &args.dir {
        return Ok(Target::Dir(dir.clone()));
    }
    let Some(path) = &args.out else { return Ok(Target::Stdout) };
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("csv") => Ok(Target::Csv(path.clone())),
        Some("xlsx") if args.plain => {
            bail!("--plain is for .csv files; a workbook has no line ends")
        }
        Some("xlsx") => Ok(Target::Xlsx(path.clone())),
        _ => bail!(
            "cannot tell what to write from the name `{}`: end it in .csv or .xlsx",
            path.display()
        ),
    }
}

/// The tables to export: those named, or the default for the target.
fn exports(names: &[String], target: &Target) -> Result<Vec<&'static Export>> {
    let mut named: Vec<&'static Export> = Vec::new();
    for name in names {
        let export = db::export::find(name).expect("clap checked the name");
        if !named.iter().any(|e| e.name == export.name) {
            named.push(export);
        }
    }
    match target {
        Target::Dir(_) => {
            if named.iter().any(|e| !e.seed) {
                bail!(
                    "{} is a view, not a seed table; export it to stdout or with --out",
                    PLEDGE_STATUS.name
                );
            }
            Ok(if named.is_empty() { db::export::TABLES.iter().collect() } else { named })
        }
        Target::Xlsx(_) if named.is_empty() => {
            Ok(std::iter::once(&PLEDGE_STATUS).chain(db::export::TABLES).collect())
        }
        Target::Xlsx(_) => Ok(named),
        Target::Stdout | Target::Csv(_) => match named.len() {
            0 => Ok(vec![&PLEDGE_STATUS]),
            1 => Ok(named),
            _ => bail!(
                "a CSV file or stdout holds one table; to export several, use --out FILE.xlsx or \
                 --dir DIR"
            ),
        },
    }
}

/// Streams one table as delimited text into `out`; returns the number of rows.
fn write_csv(
    source: &Source,
    export: &Export,
    style: TextStyle,
    out: &mut impl Write,
) -> Result<u64> {
    let mut table = CsvTable::new(out, style, export.columns)?;
    source.progress.set_message(format!("exporting {}", export.name));
    let rows = source.cells(export, |v| {
        source.progress.inc(1);
        table.row(v)
    })?;
    table.finish()?;
    Ok(rows)
}

/// Warns when a table has more rows than a spreadsheet shows; every row was still written.
fn warn_if_too_long(export: &Export, rows: u64) {
    if let Some(warning) = too_long(export.name, rows, u64::from(output::SHEET_ROWS)) {
        eprintln!("warning: {warning}");
    }
}

fn too_long(name: &str, rows: u64, lines: u64) -> Option<String> {
    (rows >= lines).then(|| {
        format!(
            "{name} has {rows} rows, more than the {} a spreadsheet shows below its header; \
             every row was written, but Excel and others will load only the first {}",
            lines - 1,
            lines - 1
        )
    })
}

fn plural(n: u64, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// Writes `path` through `write`, atomically (see [`temp::write_file`]), naming `path` in errors.
fn write_file(path: &Path, write: impl FnOnce(&mut BufWriter<File>) -> Result<()>) -> Result<()> {
    temp::write_file(path, write, |err| cannot(path, &err))
}

/// The error for a file that cannot be written.
fn cannot(path: &Path, err: &io::Error) -> anyhow::Error {
    anyhow::anyhow!("cannot write `{}`: {}", path.display(), reason(err))
}

/// Creates a folder and its parents, unless it exists.
fn create_dir(dir: &Path) -> Result<()> {
    if dir.exists() && !dir.is_dir() {
        bail!("--dir: `{}` is a file; give a folder (it is created if missing)", dir.display());
    }
    fs::create_dir_all(dir)
        .map_err(|err| anyhow::anyhow!("cannot create `{}`: {}", dir.display(), reason(&err)))
}

/// Why a file operation failed, in words.
fn reason(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such folder".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        io::ErrorKind::IsADirectory => "it is a folder".into(),
        io::ErrorKind::NotADirectory => "part of the path is a file, not a folder".into(),
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::ReadOnlyFilesystem => "the file system is read-only".into(),
        io::ErrorKind::FileTooLarge => "the file is larger than this system allows".into(),
        _ => err.to_string(),
    }
}

#[cfg(test)]
mod tests;
