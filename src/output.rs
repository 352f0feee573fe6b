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
//! its column's [`ColumnKind`](crate::model::ColumnKind), never on the value: only text columns get the formula guard.

mod rows;
mod stream;
mod workbook;

pub use rows::Rows;
pub use stream::{CsvTable, JsonTable, TextStyle, guard, unguard};
pub use workbook::{SHEET_ROWS, Workbook, panic_is_caught, sheet_names};

use std::borrow::Cow;
use std::io::Write;

use anyhow::Result;
use comfy_table::{CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets};
use indicatif::ProgressStyle;
use serde::Serialize;

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
    /// The row's cells for a table, which people read: the same, unless amounts read better
    /// with thousands separators and currencies there (CSV keeps exact numbers).
    fn table_cells(&self) -> Vec<String> {
        self.cells()
    }
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

/// Writes `rows` to `out` in `style` (see [`Rows`], which writes them one at a time).
pub fn rows<T: Columns>(out: &mut impl Write, style: impl Into<Style>, rows: &[T]) -> Result<()> {
    let mut listing = Rows::new::<T>(out, style.into())?;
    for row in rows {
        listing.push(row)?;
    }
    listing.finish()
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
    out: &mut (impl Write + ?Sized),
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
    writeln!(out, "{}", boxed(Some(headers), rows, &widths, &columns))?;
    Ok(())
}

/// A boxed table of `rows` under `headers` (none: no header), columns `widths` wide, numbers
/// right-aligned as `columns` say.
fn boxed(
    headers: Option<&[&str]>,
    rows: Vec<Vec<String>>,
    widths: &[usize],
    columns: &[Shape],
) -> Table {
    let mut table = new_table();
    if let Some(headers) = headers {
        table.set_header(headers.iter().copied());
    }
    for row in rows {
        table.add_row(row);
    }
    for ((column, width), shape) in table.column_iter_mut().zip(widths).zip(columns) {
        // Widths count the padding of one space each side.
        let width = u16::try_from(width + 2).unwrap_or(u16::MAX);
        column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(width)));
        if shape.numeric {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
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
    out: &mut (impl Write + ?Sized),
    headers: &[&str],
    rows: &[Vec<String>],
    columns: &[Shape],
) -> Result<()> {
    let header: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
    for row in std::iter::once(&header).chain(rows) {
        writeln!(out, "{}", plain_line(row, columns))?;
    }
    Ok(())
}

/// One line of a plain table: cells padded to their columns' widths, two spaces apart, numbers
/// right-aligned, no trailing spaces.
fn plain_line(row: &[String], columns: &[Shape]) -> String {
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
    line.truncate(line.trim_end().len());
    line
}

/// Writes each row as a box of `header ┆ value` lines, `width` wide, so that every box of the
/// output lines up.
fn records(
    out: &mut (impl Write + ?Sized),
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
    // Drawn at once, so that the first part is shown however soon the next one starts; the
    // steady tick then keeps the spinner and the time turning.
    bar.tick();
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
pub fn cell<T: ToString>(value: Option<&T>) -> String {
    value.map(ToString::to_string).unwrap_or_default()
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
mod tests;
