//! Rendering rows as a table, CSV, TSV or JSON, and exported tables as CSV, TSV, JSON or a
//! workbook.
//!
//! The only module that knows comfy-table, the csv writer, serde_json, rust_xlsxwriter and
//! indicatif (progress on stderr).
//! Renderers take rows that are already computed and write them to any `Write`; they never
//! query. Every format has the same columns in the same order, named in snake_case. An empty
//! result prints the header (table, CSV, TSV) or `[]` (JSON).
//!
//! Tables are plain lined-up rows off a terminal, so pipes and files get whole rows, and boxed
//! to the width the caller gives on one (see [`table`]); they never ask the terminal themselves.
//!
//! Exported tables are written a row at a time ([`CsvTable`], [`JsonTable`], [`Workbook`]), so
//! a table of any size passes through in constant memory. How each value is written depends on
//! its column's [`ColumnKind`], never on the value: only text columns get the formula guard.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate};
use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets};
use indicatif::ProgressStyle;
use rust_xlsxwriter::{ExcelDateTime, Worksheet};
use serde::Serialize;
use serde::ser::SerializeMap;

use crate::model::{Column, ColumnKind};

/// Progress on stderr (indicatif); see [`progress`].
pub use indicatif::ProgressBar;

/// An output format, chosen with the global `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A table for people: boxed to fit on a terminal, plain lined-up rows off one
    #[default]
    Table,
    /// Comma-separated values with a header row
    Csv,
    /// Tab-separated values with a header row
    Tsv,
    /// A JSON array of objects (or one object), keys as the CSV headers
    Json,
    /// JSON Lines: one compact JSON object per line, for streams
    Ndjson,
}

/// A row type with fixed columns, rendered as text cells in every format but JSON, where its
/// `Serialize` form is used (with the same names).
pub trait Columns: Serialize {
    /// The column names, snake_case, in display order.
    const HEADERS: &'static [&'static str];
    /// The row's cells, in `HEADERS` order; absent values are empty.
    fn cells(&self) -> Vec<String>;
}

/// A column wraps readably when it gets this many characters, or this many when it holds
/// prose (a cell longer than [`PROSE`]); a table that cannot give every column that much is
/// printed as records instead.
const MIN_WRAP_WIDTH: usize = 10;
const MIN_PROSE_WIDTH: usize = 20;
const PROSE: usize = 40;

/// The space between columns of a plain table.
const GAP: &str = "  ";

/// How rows are written: a format; for tables, the width to box them to (none: plain rows, as
/// off a terminal); for CSV and TSV, whether cells get the formula guard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub format: Format,
    /// No formula guard: cells exactly as stored, for programs rather than spreadsheets.
    pub raw: bool,
    /// The width tables are boxed to; none for plain rows.
    pub width: Option<usize>,
}

impl From<Format> for Style {
    fn from(format: Format) -> Self {
        Style { format, raw: false, width: None }
    }
}

/// Writes `rows` to `out` in `style`.
pub fn rows<T: Columns>(out: &mut impl Write, style: impl Into<Style>, rows: &[T]) -> Result<()> {
    let Style { format, raw, width } = style.into();
    let cells = rows.iter().map(Columns::cells);
    match format {
        Format::Table => table(out, width, T::HEADERS, cells),
        Format::Csv => delimited(out, b',', !raw, T::HEADERS, cells),
        Format::Tsv => delimited(out, b'\t', !raw, T::HEADERS, cells),
        Format::Json => json(out, rows),
        Format::Ndjson => ndjson(out, rows),
    }
}

/// Writes any serializable value as pretty JSON and a final newline.
pub fn json<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Writes each row as one line of compact JSON.
pub fn ndjson<T: Serialize>(out: &mut impl Write, rows: &[T]) -> Result<()> {
    for row in rows {
        serde_json::to_writer(&mut *out, row)?;
        writeln!(out)?;
    }
    Ok(())
}

/// Writes a table of `headers` and `cells`, with control characters escaped.
///
/// With no `width` (stdout is not a terminal) it is plain: a header line, then one line per
/// row, columns padded to line up and two spaces apart, nothing wrapped or cut, no box, so that
/// `grep`, `cut` and `awk` see whole rows. With a `width` it is boxed to fit: columns whose
/// values have no spaces (slugs, dates, numbers, codes) keep their full width and never wrap;
/// columns of text share what is left and wrap at spaces. When the columns cannot all get a
/// readable width, each row is printed as a record instead: a box of `header ┆ value` lines.
/// Numbers are right-aligned in both.
pub fn table(
    out: &mut impl Write,
    width: Option<usize>,
    headers: &[&str],
    cells: impl Iterator<Item = Vec<String>>,
) -> Result<()> {
    let rows: Vec<Vec<String>> = cells
        .map(|row| row.into_iter().map(|cell| printable(&cell).into_owned()).collect())
        .collect();
    let columns: Vec<Shape> = (0..headers.len()).map(|at| Shape::of(headers, &rows, at)).collect();
    let Some(available) = width else { return plain(out, headers, &rows, &columns) };
    let Some(widths) = fit(&columns, available) else {
        // An empty result still shows its columns, however wide.
        if !rows.is_empty() {
            return records(out, headers, rows, available);
        }
        return plain(out, headers, &rows, &columns);
    };
    let mut table = new_table();
    table.set_header(headers.iter().copied());
    for row in rows {
        table.add_row(row);
    }
    for ((column, width), shape) in table.column_iter_mut().zip(widths).zip(&columns) {
        // Widths count the padding of one space each side.
        let width = u16::try_from(width + 2).unwrap_or(u16::MAX);
        column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
        if shape.numeric {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    writeln!(out, "{table}")?;
    Ok(())
}

/// What a column holds, for laying it out.
struct Shape {
    /// The widest line of its header and cells, in characters.
    width: usize,
    /// Whether every value is one word (a slug, date, number or code), which must not wrap.
    atomic: bool,
    /// Whether every value is an integer (and there is one), to be right-aligned.
    numeric: bool,
}

impl Shape {
    fn of(headers: &[&str], rows: &[Vec<String>], at: usize) -> Shape {
        let values = || rows.iter().filter_map(|row| row.get(at)).filter(|c| !c.is_empty());
        let width = values().map(|c| c.chars().count()).chain([headers[at].chars().count()]);
        Shape {
            width: width.max().unwrap_or(0),
            atomic: values().all(|c| !c.contains(' ')),
            numeric: values().next().is_some() && values().all(|c| c.parse::<i64>().is_ok()),
        }
    }
}

/// The width of each column's text in a box `available` wide, or `None` when the columns
/// cannot all get a readable width. One-word columns keep their full width; text columns take
/// their full width when everything fits, else share what is left in proportion to their
/// widths, each getting at least a readable width.
fn fit(columns: &[Shape], available: usize) -> Option<Vec<usize>> {
    // Each column takes its text, a space each side and one border; the box one more border.
    let room = available.checked_sub(3 * columns.len() + 1)?;
    let full: usize = columns.iter().map(|c| c.width).sum();
    if full <= room {
        return Some(columns.iter().map(|c| c.width).collect());
    }
    let least = |c: &Shape| {
        if c.atomic {
            c.width
        } else {
            c.width.min(if c.width > PROSE { MIN_PROSE_WIDTH } else { MIN_WRAP_WIDTH })
        }
    };
    let needed: usize = columns.iter().map(least).sum();
    if needed > room {
        return None;
    }
    // Share the spare room among text columns by their widths; rounding leaves a little over.
    let spare = room - needed;
    let wanted: usize = columns.iter().map(|c| c.width - least(c)).sum();
    Some(columns.iter().map(|c| least(c) + (c.width - least(c)) * spare / wanted.max(1)).collect())
}

/// Writes a plain table: the header and each row on one line, columns padded to line up, two
/// spaces apart, numbers right-aligned, no trailing spaces.
fn plain(
    out: &mut impl Write,
    headers: &[&str],
    rows: &[Vec<String>],
    columns: &[Shape],
) -> Result<()> {
    let header: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
    for row in std::iter::once(&header).chain(rows) {
        let mut line = String::new();
        for ((at, cell), shape) in row.iter().enumerate().zip(columns) {
            if at > 0 {
                line.push_str(GAP);
            }
            let pad = shape.width.saturating_sub(cell.chars().count());
            if shape.numeric && at > 0 {
                line.extend(std::iter::repeat_n(' ', pad));
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// Writes each row as a box of `header ┆ value` lines, `width` wide, so that every box of the
/// output lines up.
fn records(
    out: &mut impl Write,
    headers: &[&str],
    rows: Vec<Vec<String>>,
    width: usize,
) -> Result<()> {
    // Widths count the padding of one space each side; the three borders take three more.
    let label = headers.iter().map(|h| h.chars().count()).max().unwrap_or(0) + 2;
    let value = width.saturating_sub(label + 3).max(MIN_PROSE_WIDTH);
    let fixed =
        |w: usize| ColumnConstraint::Absolute(Width::Fixed(w.try_into().unwrap_or(u16::MAX)));
    for row in rows {
        let mut table = new_table();
        for (header, cell) in headers.iter().zip(row) {
            table.add_row(vec![(*header).to_owned(), cell]);
        }
        table.set_constraints([fixed(label), fixed(value)]);
        writeln!(out, "{table}")?;
    }
    Ok(())
}

/// A boxed table in the one style. Its widths are set by the caller: it never asks the
/// terminal. Nothing is ever coloured, so `NO_COLOR` holds whatever the terminal.
fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .force_no_tty();
    table
}

/// Writes rows as CSV or TSV. Every cell that [`needs_guard`] gets the guard (unless `guard` is
/// off), as in exported text columns: a listing's numbers are never negative, so only text and
/// codes are ever guarded.
fn delimited(
    out: &mut impl Write,
    delimiter: u8,
    guard: bool,
    headers: &[&str],
    cells: impl Iterator<Item = Vec<String>>,
) -> Result<()> {
    let mut writer = csv::WriterBuilder::new().delimiter(delimiter).from_writer(out);
    writer.write_record(headers)?;
    for row in cells {
        if guard {
            writer.write_record(row.iter().map(|c| self::guard(c).into_owned()))?;
        } else {
            writer.write_record(&row)?;
        }
    }
    writer.flush()?;
    Ok(())
}

/// The byte-order mark spreadsheets need to read a CSV file as UTF-8.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The characters that make a spreadsheet treat a cell as a formula (`=`, `+`, `-`, `@`; tab,
/// CR and LF can start one too) or eat its first character (`'`).
const FORMULA_STARTS: [char; 8] = ['=', '+', '-', '@', '\t', '\r', '\n', '\''];

/// The most digits a spreadsheet number keeps exactly (IEEE double, as Calc and Excel show it).
const NUMBER_DIGITS: usize = 15;

/// Whether a spreadsheet opening `text` in a CSV cell would change it: run it as a formula, eat
/// its leading `'`, or read a code of digits as a number, dropping its leading zeros (`08`,
/// `0042`) or the digits past the fifteenth.
pub fn needs_guard(text: &str) -> bool {
    if text.starts_with(FORMULA_STARTS) {
        return true;
    }
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    digits && ((text.len() > 1 && text.starts_with('0')) || text.len() > NUMBER_DIGITS)
}

/// The formula guard (OWASP CSV injection): text that [`needs_guard`] gets one leading `'`,
/// which Calc and Excel show and save back as written, so the cell stays text.
pub fn guard(text: &str) -> Cow<'_, str> {
    if needs_guard(text) { Cow::Owned(format!("'{text}")) } else { Cow::Borrowed(text) }
}

/// The exact reverse of [`guard`]: one leading `'` is removed only where the guard would have
/// added it, so `'s-Hertogenbosch` and a lone `'` stay as written.
pub fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => text,
    }
}

/// How an exported table is written as delimited text.
#[derive(Debug, Clone, Copy)]
pub struct TextStyle {
    /// `b','` for CSV, `b'\t'` for TSV.
    pub delimiter: u8,
    /// A byte-order mark and CRLF line ends, as spreadsheets expect; else no mark and LF.
    pub spreadsheet: bool,
    /// Whether text cells get the formula guard.
    pub guard: bool,
}

/// An exported table written as CSV or TSV, one row at a time.
pub struct CsvTable<W: Write> {
    writer: csv::Writer<W>,
    kinds: Vec<ColumnKind>,
    guard: bool,
}

impl<W: Write> CsvTable<W> {
    /// Starts the table: the byte-order mark if asked for, then the header row.
    pub fn new(mut out: W, style: TextStyle, columns: &[Column]) -> Result<Self> {
        if style.spreadsheet {
            out.write_all(BOM)?;
        }
        let terminator =
            if style.spreadsheet { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
        let mut writer = csv::WriterBuilder::new()
            .delimiter(style.delimiter)
            .terminator(terminator)
            .from_writer(out);
        writer.write_record(columns.iter().map(|c| c.name))?;
        let kinds = columns.iter().map(|c| c.kind).collect();
        Ok(CsvTable { writer, kinds, guard: style.guard })
    }

    /// Writes one row; `None` is an empty field.
    pub fn row(&mut self, values: &[Option<String>]) -> Result<()> {
        for (value, kind) in values.iter().zip(&self.kinds) {
            let value = value.as_deref().unwrap_or_default();
            let field = match kind {
                ColumnKind::Text if self.guard => guard(value),
                _ => Cow::Borrowed(value),
            };
            self.writer.write_field(field.as_bytes())?;
        }
        self.writer.write_record(None::<&[u8]>)?;
        Ok(())
    }

    /// Flushes what is buffered and gives back the output.
    pub fn finish(self) -> Result<W> {
        self.writer.into_inner().map_err(|err| err.into_error().into())
    }
}

/// An exported table written as a JSON array of objects (keys as the CSV headers), one row at a
/// time; the output is the same as pretty-printing the whole array. Integers are numbers, flags
/// booleans, NULL `null`, everything else a string. JSON never gets the formula guard.
pub struct JsonTable<W: Write> {
    out: W,
    columns: Vec<Column>,
    rows: u64,
    /// JSON Lines: each object compact on a line of its own, no array around them.
    lines: bool,
}

impl<W: Write> JsonTable<W> {
    /// Starts the array.
    pub fn new(mut out: W, columns: &[Column]) -> Result<Self> {
        out.write_all(b"[")?;
        Ok(JsonTable { out, columns: columns.to_vec(), rows: 0, lines: false })
    }

    /// Starts JSON Lines (`--format ndjson`): the same objects, one compact object a line.
    pub fn lines(out: W, columns: &[Column]) -> Self {
        JsonTable { out, columns: columns.to_vec(), rows: 0, lines: true }
    }

    /// Writes one row as an object.
    pub fn row(&mut self, values: &[Option<String>]) -> Result<()> {
        let columns = std::mem::take(&mut self.columns);
        let written = self.value(&JsonRow { columns: &columns, values });
        self.columns = columns;
        written
    }

    /// Writes one element given as any serializable value, such as a row type of another
    /// command, so that both print the same JSON.
    pub fn value(&mut self, value: &impl Serialize) -> Result<()> {
        if self.lines {
            serde_json::to_writer(&mut self.out, value)?;
            self.out.write_all(b"\n")?;
            return Ok(());
        }
        let object = serde_json::to_string_pretty(value)?;
        self.element(&object)
    }

    fn element(&mut self, object: &str) -> Result<()> {
        self.out.write_all(if self.rows == 0 { b"\n" } else { b",\n" })?;
        // Nested one level inside the array. Line breaks inside strings are escaped, so every
        // line break here is the formatter's.
        for (at, line) in object.lines().enumerate() {
            if at > 0 {
                self.out.write_all(b"\n")?;
            }
            write!(self.out, "  {line}")?;
        }
        self.rows += 1;
        Ok(())
    }

    /// Closes the array and gives back the output.
    pub fn finish(mut self) -> Result<W> {
        if self.lines {
            return Ok(self.out);
        }
        self.out.write_all(if self.rows == 0 { b"]\n" } else { b"\n]\n" })?;
        Ok(self.out)
    }
}

struct JsonRow<'a> {
    columns: &'a [Column],
    values: &'a [Option<String>],
}

impl Serialize for JsonRow<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.columns.len()))?;
        for (column, value) in self.columns.iter().zip(self.values) {
            let Some(value) = value else {
                map.serialize_entry(column.name, &())?;
                continue;
            };
            match (column.kind, value.parse::<i64>()) {
                (ColumnKind::Integer, Ok(n)) => map.serialize_entry(column.name, &n)?,
                (ColumnKind::Flag, _) => map.serialize_entry(column.name, &(value == "1"))?,
                _ => map.serialize_entry(column.name, value)?,
            }
        }
        map.end()
    }
}

/// The most rows a worksheet holds, header included.
pub const SHEET_ROWS: u32 = 1_048_576;

/// The most characters a spreadsheet cell holds.
const CELL_CHARS: usize = 32_767;

/// The largest integer a spreadsheet number holds exactly (2^53); larger ones are written as text.
const EXACT_INTEGER: i64 = 1 << 53;

/// A workbook written one sheet and one row at a time, in rust_xlsxwriter's constant-memory mode:
/// each row goes to a temporary file as soon as the next begins, so memory does not grow with
/// the table. Text is written as text (a code such as `08` stays `08`, and a text cell is never
/// a formula, so it needs no guard), dates as date cells shown as YYYY-MM-DD, integers as
/// numbers and flags as TRUE/FALSE. Each sheet's header row is bold, frozen and has an
/// autofilter, and each column is as wide as its longest value (within [`MAX_WIDTH`]).
pub struct Workbook {
    book: rust_xlsxwriter::Workbook,
    /// Where rust_xlsxwriter keeps the rows until the workbook is saved.
    tempdir: std::path::PathBuf,
    header: rust_xlsxwriter::Format,
    date: rust_xlsxwriter::Format,
    sheet: Option<Sheet>,
}

struct Sheet {
    worksheet: Worksheet,
    name: String,
    columns: Vec<Column>,
    /// The next row to write.
    row: u32,
    /// The widest value of each column so far, in characters.
    widths: Vec<usize>,
}

/// The widest a column is made, in characters: longer text wraps off screen instead of pushing
/// every other column out of sight.
const MAX_WIDTH: usize = 50;

impl Workbook {
    /// Starts a workbook whose row data is kept in temporary files in `tempdir` until saved.
    pub fn new(tempdir: &Path) -> Result<Self> {
        let mut book = rust_xlsxwriter::Workbook::new();
        book.set_tempdir(tempdir)?;
        Ok(Workbook {
            book,
            tempdir: tempdir.to_path_buf(),
            header: rust_xlsxwriter::Format::new().set_bold(),
            date: rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd"),
            sheet: None,
        })
    }

    /// Starts a sheet called `name` with a header row of `columns`; later rows go to it.
    pub fn sheet(&mut self, name: &str, columns: &[Column]) -> Result<()> {
        let tempdir = self.tempdir.clone();
        unpanicked(&tempdir, || self.start_sheet(name, columns))?
    }

    fn start_sheet(&mut self, name: &str, columns: &[Column]) -> Result<()> {
        self.push_sheet()?;
        let mut worksheet = self.book.new_worksheet_with_constant_memory();
        worksheet.set_name(name)?;
        worksheet.set_freeze_panes(1, 0)?;
        for (at, column) in (0..).zip(columns) {
            worksheet.write_string_with_format(0, at, column.name, &self.header)?;
        }
        // The header's filter buttons take about two characters beside its name.
        let widths = columns.iter().map(|c| c.name.chars().count() + 2).collect();
        self.sheet = Some(Sheet {
            worksheet,
            name: name.to_owned(),
            columns: columns.to_vec(),
            row: 1,
            widths,
        });
        Ok(())
    }

    /// Writes one row to the current sheet; `None` is an empty cell. Refuses a row past the
    /// last one a worksheet holds, and text longer than a cell holds: nothing is cut short.
    pub fn row(&mut self, values: &[Option<String>]) -> Result<()> {
        let tempdir = self.tempdir.clone();
        unpanicked(&tempdir, || self.write_row(values))?
    }

    fn write_row(&mut self, values: &[Option<String>]) -> Result<()> {
        let Some(sheet) = &mut self.sheet else { bail!("no sheet started") };
        let row = sheet.row;
        if row >= SHEET_ROWS {
            bail!(
                "{name} has more rows than a worksheet holds (1,048,575 below the header); \
                 export it as CSV instead: pledge export {name} --out {name}.csv",
                name = sheet.name
            );
        }
        for ((at, column), value) in (0..).zip(&sheet.columns).zip(values) {
            let Some(value) = value else { continue };
            let width = &mut sheet.widths[usize::from(at)];
            *width = (*width).max(value.chars().count().min(MAX_WIDTH));
            let ws = &mut sheet.worksheet;
            let date = (column.kind == ColumnKind::Date).then(|| excel_date(value)).flatten();
            let number = (column.kind == ColumnKind::Integer)
                .then(|| value.parse::<i64>().ok().filter(|n| n.abs() <= EXACT_INTEGER))
                .flatten();
            if let Some(date) = date {
                ws.write_datetime_with_format(row, at, date, &self.date)?;
            } else if let Some(number) = number {
                // Exact: the value is at most 2^53.
                ws.write_number(row, at, number as f64)?;
            } else if let Some(flag) =
                (column.kind == ColumnKind::Flag).then(|| flag(value)).flatten()
            {
                ws.write_boolean(row, at, flag)?;
            } else if value.chars().count() > CELL_CHARS {
                bail!(
                    "{}, row {}, column {}: the text is longer than the 32,767 characters a \
                     spreadsheet cell holds; export this table as CSV instead",
                    sheet.name,
                    row + 1,
                    column.name
                );
            } else {
                ws.write_string(row, at, value)?;
            }
        }
        sheet.row += 1;
        Ok(())
    }

    /// Writes the whole workbook to `out`. A failure to write is returned as the
    /// `std::io::Error` it was, so the caller can say what happened (a full disk...).
    pub fn save(mut self, out: impl Write + Send) -> Result<()> {
        let tempdir = self.tempdir.clone();
        let mut out = FirstError { out, error: None };
        let saved = unpanicked(&tempdir, || -> Result<()> {
            self.push_sheet()?;
            self.book.save_to_writer(&mut out)?;
            Ok(())
        })?;
        // The write error first: it is what made the save fail.
        if let Some(err) = out.error {
            return Err(err.into());
        }
        saved?;
        Ok(())
    }

    fn push_sheet(&mut self) -> Result<()> {
        let Some(mut sheet) = self.sheet.take() else { return Ok(()) };
        let last_column = u16::try_from(sheet.columns.len().saturating_sub(1)).unwrap_or(u16::MAX);
        sheet.worksheet.autofilter(0, 0, sheet.row.saturating_sub(1), last_column)?;
        for (at, width) in (0..).zip(&sheet.widths) {
            // A little more than the text, as spreadsheets pad their cells.
            sheet.worksheet.set_column_width(at, *width as f64 + 1.0)?;
        }
        self.book.push_worksheet(sheet.worksheet);
        Ok(())
    }
}

/// A flag's value as written in its CSV form (`1`/`0`) or as `pledge list` shows it (`yes`/`no`).
fn flag(value: &str) -> Option<bool> {
    match value {
        "1" | "yes" => Some(true),
        "0" | "no" => Some(false),
        _ => None,
    }
}

/// A writer that keeps the first error of `out` and from then on accepts and drops everything.
/// The zip writer inside rust_xlsxwriter prints its own message to stderr when it cannot finish
/// an archive; this way it always finishes, and the caller reports the error once.
struct FirstError<W> {
    out: W,
    error: Option<std::io::Error>,
}

impl<W: Write> Write for FirstError<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.error.is_none()
            && let Err(err) = self.out.write_all(buf)
        {
            self.error = Some(err);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.error.is_none()
            && let Err(err) = self.out.flush()
        {
            self.error = Some(err);
        }
        Ok(())
    }
}

thread_local! {
    /// Whether a panic now is one [`unpanicked`] turns into an error (see [`panic_is_caught`]).
    static CATCHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a panic happening now will be caught and reported as an error, so the panic hook
/// should stay silent.
pub fn panic_is_caught() -> bool {
    CATCHING.with(std::cell::Cell::get)
}

/// Runs a rust_xlsxwriter call. In constant-memory mode it panics when it cannot write its
/// temporary files (on a full disk, for one); that panic becomes an error saying why writing in
/// `tempdir` fails.
fn unpanicked<T>(tempdir: &Path, call: impl FnOnce() -> T) -> Result<T> {
    CATCHING.with(|c| c.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(call));
    CATCHING.with(|c| c.set(false));
    result.map_err(|_| anyhow::Error::from(why_unwritable(tempdir)))
}

/// Finds out why writing in `dir` fails by writing a little there: the error that gives
/// (no space, a read-only file system...), or a general one if the write now succeeds.
fn why_unwritable(dir: &Path) -> std::io::Error {
    let probe = dir.join(format!(".pledge-space-check-{}", std::process::id()));
    let written = std::fs::File::create(&probe).and_then(|mut file| {
        file.write_all(&[0; 1 << 16])?;
        file.sync_all()
    });
    let _ = std::fs::remove_file(&probe);
    match written {
        Err(err) => err,
        Ok(()) => std::io::Error::other(format!(
            "writing the workbook's temporary data in `{}` failed",
            dir.display()
        )),
    }
}

/// A date cell for an ISO 8601 date, or `None` for one a spreadsheet cannot hold (before 1900).
fn excel_date(value: &str) -> Option<ExcelDateTime> {
    let date = NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()?;
    let year = u16::try_from(date.year()).ok()?;
    ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8).ok()
}

/// `text` safe to print on a terminal: control characters (which can clear the screen, move
/// the cursor or retitle the window) and the bidirectional overrides (which reorder what is
/// shown) are written as escapes: `\n`, `\r`, `\t`, else `\u{1b}`. Used for tables and
/// messages; CSV, TSV and JSON keep the data exact.
pub fn printable(text: &str) -> Cow<'_, str> {
    let unsafe_char =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.contains(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            '\t' => escaped.push_str("\\t"),
            c if unsafe_char(c) => escaped.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => escaped.push(c),
        }
    }
    Cow::Owned(escaped)
}

/// Lines of messages made safe to print as [`printable`] does each line, keeping the breaks
/// between them.
pub fn printable_lines(text: &str) -> String {
    text.lines().map(|line| printable(line) + "\n").collect()
}

/// A progress line on stderr for work of unknown length: a spinner, `message` and the time
/// taken, plus a count of `unit`s when given. Like every bar here it draws only when stderr is
/// a terminal, so pipes, logs and tests see nothing; clear it before printing the outcome.
pub fn progress(message: String, unit: Option<&str>) -> ProgressBar {
    let template = match unit {
        Some(unit) => format!("{{spinner}} {{msg}}: {{human_pos}} {unit}, {{elapsed}}"),
        None => "{spinner} {msg}, {elapsed}".to_owned(),
    };
    let style = ProgressStyle::with_template(&template).expect("the template is valid");
    let bar = ProgressBar::new_spinner().with_style(style).with_message(message);
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// A progress bar on stderr for reading `total` bytes (see [`progress`]).
pub fn progress_bytes(message: String, total: u64) -> ProgressBar {
    let template = "{msg} {wide_bar} {bytes}/{total_bytes}, {eta} left";
    let style = ProgressStyle::with_template(template).expect("the template is valid");
    ProgressBar::new(total).with_style(style).with_message(message)
}

/// An optional value as a cell: empty when absent.
pub fn cell<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A list as one cell: its items separated by `; `.
pub fn list<T: ToString>(items: &[T]) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

/// A yes/no cell.
pub fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A disk with no space left.
    struct Full;

    impl Write for Full {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::StorageFull.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_workbook_saved_to_a_full_disk_gives_the_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = Workbook::new(dir.path()).unwrap();
        book.sheet("t", &[Column { name: "a", kind: ColumnKind::Text }]).unwrap();
        for i in 0..10_000 {
            book.row(&[Some(format!("row {i}"))]).unwrap();
        }
        let err = book.save(Full).unwrap_err();
        let kind = err.downcast_ref::<std::io::Error>().map(std::io::Error::kind);
        assert_eq!(kind, Some(std::io::ErrorKind::StorageFull), "{err:#}");
    }

    #[derive(Serialize)]
    struct Pair {
        name: String,
        n: i64,
    }

    impl Columns for Pair {
        const HEADERS: &'static [&'static str] = &["name", "n"];
        fn cells(&self) -> Vec<String> {
            vec![self.name.clone(), self.n.to_string()]
        }
    }

    fn render<T: Columns>(format: Format, rows: &[T]) -> String {
        boxed(format, None, rows)
    }

    fn boxed<T: Columns>(format: Format, width: Option<usize>, rows: &[T]) -> String {
        let mut out = Vec::new();
        super::rows(&mut out, Style { format, raw: false, width }, rows).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let rows = [Pair { name: "a, \"b\"".into(), n: 1 }];
        assert_eq!(render(Format::Csv, &rows), "name,n\n\"a, \"\"b\"\"\",1\n");
    }

    #[derive(Serialize)]
    struct Claim {
        field: String,
        value: String,
        quote: String,
    }

    impl Columns for Claim {
        const HEADERS: &'static [&'static str] = &["field", "value", "quote"];
        fn cells(&self) -> Vec<String> {
            vec![self.field.clone(), self.value.clone(), self.quote.clone()]
        }
    }

    #[test]
    fn narrow_rows_stay_a_table() {
        let rows = [Pair { name: "wine".into(), n: 2 }];
        assert_eq!(
            boxed(Format::Table, Some(80), &rows),
            "┌──────┬───┐\n│ name ┆ n │\n╞══════╪═══╡\n│ wine ┆ 2 │\n└──────┴───┘\n"
        );
    }

    #[test]
    fn plain_tables_line_up_right_align_numbers_and_never_wrap() {
        let long = "word ".repeat(40);
        let rows = [
            Pair { name: "wine".into(), n: 2 },
            Pair { name: long.trim().into(), n: 1000 },
            Pair { name: "a\u{1b}[2J".into(), n: 30 },
        ];
        let text = render(Format::Table, &rows);
        let expected = format!(
            "name{pad}     n\nwine{pad}     2\n{}  1000\na\\u{{1b}}[2J{short}    30\n",
            long.trim(),
            pad = " ".repeat(195),
            short = " ".repeat(189),
        );
        assert_eq!(text, expected);
    }

    #[test]
    fn boxed_tables_keep_one_word_values_whole_and_wrap_text() {
        let slug = "alibaba-1-million-us-jobs";
        let focus = "US small businesses, especially in the Midwest, and their farmers";
        let rows = [Claim { field: slug.into(), value: "1000000".into(), quote: focus.into() }];
        let text = boxed(Format::Table, Some(70), &rows);
        assert!(text.lines().all(|l| l.chars().count() <= 70), "{text}");
        assert!(text.contains(&format!("│ {slug} ┆ 1000000 ┆ ")), "{text}");
        assert!(text.lines().count() > 5, "the text wraps:\n{text}");
    }

    #[test]
    fn rows_too_wide_for_the_width_become_records_that_keep_every_word() {
        let focus = "US small businesses, especially in the Midwest, and their farmers";
        let quote = "Small companies in the mid-west of America can sell their service and \
                     products to Asia on Alibaba’s platform";
        let rows = [Claim { field: "focus".into(), value: focus.into(), quote: quote.into() }];
        let text = boxed(Format::Table, Some(40), &rows);
        assert!(text.lines().all(|l| l.chars().count() == 40), "{text}");
        assert!(text.starts_with("┌───────┬──"), "{text}");
        let words: Vec<&str> =
            text.split(['│', '┆', ' ', '\n']).filter(|w| !w.is_empty()).collect();
        for word in focus.split(' ').chain(quote.split(' ')) {
            assert!(words.contains(&word), "`{word}` is missing from\n{text}");
        }
    }

    const COLUMNS: &[Column] = &[
        Column { name: "name", kind: ColumnKind::Text },
        Column { name: "made_on", kind: ColumnKind::Date },
        Column { name: "amount", kind: ColumnKind::Integer },
        Column { name: "preferred", kind: ColumnKind::Flag },
    ];

    fn export_csv(style: TextStyle, rows: &[[Option<&str>; 4]]) -> String {
        let mut table = CsvTable::new(Vec::new(), style, COLUMNS).unwrap();
        for row in rows {
            table.row(&row.map(|v| v.map(str::to_owned))).unwrap();
        }
        String::from_utf8(table.finish().unwrap()).unwrap()
    }

    const PLAIN: TextStyle = TextStyle { delimiter: b',', spreadsheet: false, guard: true };

    #[test]
    fn the_guard_prefixes_formula_starts_and_apostrophes_only() {
        for text in ["=1+1", "+1", "-5 percent", "@SUM(A1)", "\tx", "\rx", "\nx", "'quoted"] {
            assert_eq!(guard(text), format!("'{text}"));
        }
        for text in ["", "Alibaba", " =1", "1-2", "0", "42", "2204", "123456789012345"] {
            assert_eq!(guard(text), text);
        }
    }

    #[test]
    fn the_guard_keeps_codes_a_spreadsheet_would_turn_into_numbers() {
        for text in ["01", "08", "0301", "0042", "1234567890123456"] {
            assert_eq!(guard(text), format!("'{text}"));
        }
    }

    #[test]
    fn unguard_reverses_the_guard_exactly_and_nothing_else() {
        for text in ["=1+1", "-5", "'quoted", "''", "08", "", "s-Hertogenbosch", "'", "x"] {
            assert_eq!(unguard(&guard(text)), text, "{text:?}");
        }
        for text in ["'s-Hertogenbosch", "'", "'42", "'Brien"] {
            assert_eq!(unguard(text), text);
        }
    }

    #[test]
    fn exported_csv_guards_text_columns_only() {
        let rows = [[Some("=HYPERLINK(\"x\")"), Some("2017-01-09"), Some("-5"), Some("0")]];
        assert_eq!(
            export_csv(PLAIN, &rows),
            "name,made_on,amount,preferred\n\"'=HYPERLINK(\"\"x\"\")\",2017-01-09,-5,0\n"
        );
        let raw = TextStyle { guard: false, ..PLAIN };
        assert_eq!(
            export_csv(raw, &rows),
            "name,made_on,amount,preferred\n\"=HYPERLINK(\"\"x\"\")\",2017-01-09,-5,0\n"
        );
    }

    #[test]
    fn spreadsheet_csv_has_a_byte_order_mark_and_crlf() {
        let style = TextStyle { spreadsheet: true, ..PLAIN };
        let rows = [[Some("two\nlines"), None, Some("1"), Some("1")]];
        assert_eq!(
            export_csv(style, &rows),
            "\u{feff}name,made_on,amount,preferred\r\n\"two\nlines\",,1,1\r\n"
        );
    }

    #[test]
    fn exported_json_is_typed_pretty_and_in_column_order() {
        let mut table = JsonTable::new(Vec::new(), COLUMNS).unwrap();
        table.row(&[Some("-5 percent".into()), None, Some("7".into()), Some("1".into())]).unwrap();
        table.row(&[Some("b".into()), Some("2017-01-09".into()), None, Some("0".into())]).unwrap();
        let text = String::from_utf8(table.finish().unwrap()).unwrap();
        assert_eq!(
            text,
            r#"[
  {
    "name": "-5 percent",
    "made_on": null,
    "amount": 7,
    "preferred": true
  },
  {
    "name": "b",
    "made_on": "2017-01-09",
    "amount": null,
    "preferred": false
  }
]
"#
        );
        let empty = JsonTable::new(Vec::new(), COLUMNS).unwrap().finish().unwrap();
        assert_eq!(empty, b"[]\n");
    }

    #[test]
    fn a_workbook_refuses_rows_past_what_a_sheet_holds() {
        let dir = tempfile::tempdir().unwrap();
        let mut book = Workbook::new(dir.path()).unwrap();
        book.sheet("pledges", COLUMNS).unwrap();
        book.sheet.as_mut().unwrap().row = SHEET_ROWS - 1;
        book.row(&[Some("last".into()), None, None, None]).unwrap();
        let err = book.row(&[Some("one too many".into()), None, None, None]).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "pledges has more rows than a worksheet holds (1,048,575 below the header); \
                 export it as CSV instead: pledge export pledges --out pledges.csv"
            ),
            "{err}"
        );
        book.save(Vec::new()).unwrap();
    }

    #[test]
    fn printable_escapes_what_a_terminal_would_obey() {
        assert_eq!(
            printable("Evil\u{1b}[2J\u{1b}]0;pwned\u{7}Corp"),
            r"Evil\u{1b}[2J\u{1b}]0;pwned\u{7}Corp"
        );
        assert_eq!(printable("a\r\nb\tc\u{9b}d\u{202e}e"), r"a\r\nb\tc\u{9b}d\u{202e}e");
        assert!(matches!(printable("Société Générale 1–2"), Cow::Borrowed(_)));
    }

    #[test]
    fn empty_results_print_headers_or_an_empty_array() {
        assert_eq!(render::<Pair>(Format::Tsv, &[]), "name\tn\n");
        assert_eq!(render::<Pair>(Format::Json, &[]), "[]\n");
    }
}
