//! Exported tables written a row at a time as CSV, TSV or JSON, and the formula guard that keeps
//! spreadsheets from running or changing a cell.

use std::borrow::Cow;
use std::io::Write;

use anyhow::Result;
use serde::Serialize;
use serde::ser::SerializeMap;

use crate::model::{Column, ColumnKind};

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
