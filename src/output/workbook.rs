//! Exported tables as an xlsx workbook, a row at a time, with real cell types; a write that
//! fails (a full disk) is an error, never a panic.

use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Worksheet};

use crate::model::{Column, ColumnKind};

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
    /// The most rows a sheet takes below its header before the table goes on in the next.
    per_sheet: u32,
}

struct Sheet {
    worksheet: Worksheet,
    /// The table's name: the first sheet's, and the stem of its later sheets' names.
    name: String,
    /// Which sheet of the table this is, from 1.
    part: u64,
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
            per_sheet: SHEET_ROWS - 1,
        })
    }

    /// Starts a sheet called `name` with a header row of `columns`; later rows go to it.
    pub fn sheet(&mut self, name: &str, columns: &[Column]) -> Result<()> {
        let tempdir = self.tempdir.clone();
        unpanicked(&tempdir, || self.start_sheet(name, columns))?
    }

    fn start_sheet(&mut self, name: &str, columns: &[Column]) -> Result<()> {
        self.start_part(name, 1, columns)
    }

    /// Starts sheet number `part` of the table `name`.
    fn start_part(&mut self, name: &str, part: u64, columns: &[Column]) -> Result<()> {
        self.push_sheet()?;
        let mut worksheet = self.book.new_worksheet_with_constant_memory();
        worksheet.set_name(sheet_name(name, part))?;
        worksheet.set_freeze_panes(1, 0)?;
        for (at, column) in (0..).zip(columns) {
            worksheet.write_string_with_format(0, at, column.name, &self.header)?;
        }
        // The header's filter buttons take about two characters beside its name.
        let widths = columns.iter().map(|c| c.name.chars().count() + 2).collect();
        self.sheet = Some(Sheet {
            worksheet,
            name: name.to_owned(),
            part,
            columns: columns.to_vec(),
            row: 1,
            widths,
        });
        Ok(())
    }

    /// Writes one row to the current sheet; `None` is an empty cell. A full sheet is followed
    /// by the next sheet of the same table (see [`sheet_names`]). Refuses text longer than a
    /// cell holds: nothing is cut short.
    pub fn row(&mut self, values: &[Option<String>]) -> Result<()> {
        let tempdir = self.tempdir.clone();
        unpanicked(&tempdir, || self.write_row(values))?
    }

    fn write_row(&mut self, values: &[Option<String>]) -> Result<()> {
        let Some(sheet) = &self.sheet else { bail!("no sheet started") };
        if sheet.row > self.per_sheet {
            let (name, part, columns) = (sheet.name.clone(), sheet.part + 1, sheet.columns.clone());
            self.start_part(&name, part, &columns)?;
        }
        let Some(sheet) = &mut self.sheet else { bail!("no sheet started") };
        let row = sheet.row;
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

/// The names of the sheets a table of `rows` rows takes, `per_sheet` rows below the header of
/// each: its own name, then `NAME (2)`, `NAME (3)`... A table too long for one sheet is split,
/// never cut short, so that a workbook always holds every row.
pub fn sheet_names(name: &str, rows: u64, per_sheet: u64) -> Vec<String> {
    let sheets = rows.div_ceil(per_sheet.max(1)).max(1);
    (1..=sheets).map(|part| sheet_name(name, part)).collect()
}

/// The name of sheet number `part` of the table `name`.
fn sheet_name(name: &str, part: u64) -> String {
    if part == 1 { name.to_owned() } else { format!("{name} ({part})") }
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

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[Column] = &[
        Column { name: "name", kind: ColumnKind::Text },
        Column { name: "made_on", kind: ColumnKind::Date },
        Column { name: "amount", kind: ColumnKind::Integer },
        Column { name: "preferred", kind: ColumnKind::Flag },
    ];

    #[test]
    fn a_table_takes_as_many_sheets_as_its_rows_need() {
        assert_eq!(sheet_names("t", 0, 2), ["t"]);
        assert_eq!(sheet_names("t", 2, 2), ["t"]);
        assert_eq!(sheet_names("t", 3, 2), ["t", "t (2)"]);
        assert_eq!(sheet_names("t", 5, 2), ["t", "t (2)", "t (3)"]);
        let full = u64::from(SHEET_ROWS - 1);
        assert_eq!(sheet_names("evidence", 6_750_000, full).len(), 7);
        assert_eq!(sheet_names("evidence", full, full), ["evidence"]);
    }

    #[test]
    fn a_table_too_long_for_a_sheet_goes_on_in_the_next() {
        use calamine::{Reader, Xlsx};
        let dir = tempfile::tempdir().unwrap();
        let mut book = Workbook::new(dir.path()).unwrap();
        book.per_sheet = 2;
        book.sheet("pledges", COLUMNS).unwrap();
        for n in 1..=5 {
            book.row(&[Some(format!("p{n}")), None, Some(n.to_string()), None]).unwrap();
        }
        book.sheet("events", COLUMNS).unwrap();
        book.row(&[Some("e1".into()), None, None, None]).unwrap();
        let mut bytes = Vec::new();
        book.save(&mut bytes).unwrap();
        let mut read = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let names = read.sheet_names();
        assert_eq!(names, ["pledges", "pledges (2)", "pledges (3)", "events"]);
        assert_eq!(names, [sheet_names("pledges", 5, 2), sheet_names("events", 1, 2)].concat());
        let mut firsts = Vec::new();
        for name in names {
            let range = read.worksheet_range(&name).unwrap();
            let rows: Vec<String> = range.rows().map(|r| r[0].to_string()).collect();
            assert_eq!(rows[0], "name", "{name} has the header");
            firsts.push(rows[1..].join(" "));
        }
        assert_eq!(firsts, ["p1 p2", "p3 p4", "p5", "e1"]);
    }
}
