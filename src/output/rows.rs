//! Rows written as they come, in every format, so that a listing of any length passes through
//! in bounded memory.
//!
//! CSV, TSV and JSON Lines write each row at once, and JSON each element of its array. A table
//! is laid out from its first [`CHUNK`] rows: a result that short prints exactly as
//! [`super::table`] prints it. A longer one keeps the layout of its first chunk (the column
//! widths, or records when the columns did not fit) for every later chunk, printed as one
//! continuous box, or as plain rows, as each chunk fills. A later value longer than its column
//! wraps in a box as on a narrow terminal; in plain rows it stays whole and pushes the rest of
//! its line to the right, so that every row is still one line for `grep` and `cut`.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use super::{Columns, Format, Shape, Style, boxed, fit, plain_line, printable, records};

/// How many rows of a table are laid out together; the first chunk's layout holds for the rest.
pub const CHUNK: usize = 1000;

/// A listing being written: [`Rows::push`] each row, then [`Rows::finish`].
pub struct Rows<'o> {
    headers: &'static [&'static str],
    sink: Sink<'o>,
}

enum Sink<'o> {
    Table(&'o mut dyn Write, Chunks),
    /// The writer (boxed, being large), and whether cells get the formula guard.
    Delimited(Box<csv::Writer<&'o mut dyn Write>>, bool),
    Json(&'o mut dyn Write, JsonArray),
    Ndjson(&'o mut dyn Write),
}

impl<'o> Rows<'o> {
    /// Starts a listing of rows of type `T` in `style`: CSV and TSV write their header now,
    /// JSON opens its array.
    pub fn new<T: Columns>(out: &'o mut dyn Write, style: Style) -> Result<Self> {
        Self::chunked::<T>(out, style, CHUNK)
    }

    /// Starts a JSON array of rows of type `T` nested one level in an object whose field it is
    /// (as `"rows": [...]`); [`Rows::finish`] closes the array and leaves the object open.
    pub fn json_field<T: Columns>(out: &'o mut dyn Write) -> Result<Self> {
        let array = JsonArray::start(out, "  ")?;
        Ok(Rows { headers: T::HEADERS, sink: Sink::Json(out, array) })
    }

    /// [`Rows::new`] with tables laid out `chunk` rows at a time.
    pub(super) fn chunked<T: Columns>(
        out: &'o mut dyn Write,
        style: Style,
        chunk: usize,
    ) -> Result<Self> {
        let headers = T::HEADERS;
        let sink = match style.format {
            Format::Table => Sink::Table(out, Chunks::new(style.width, chunk)),
            Format::Csv | Format::Tsv => {
                let delimiter = if style.format == Format::Tsv { b'\t' } else { b',' };
                let mut writer = csv::WriterBuilder::new().delimiter(delimiter).from_writer(out);
                writer.write_record(headers)?;
                Sink::Delimited(Box::new(writer), !style.raw)
            }
            Format::Json => {
                let array = JsonArray::start(out, "")?;
                Sink::Json(out, array)
            }
            Format::Ndjson => Sink::Ndjson(out),
        };
        Ok(Rows { headers, sink })
    }

    /// Writes one row, or keeps it until its table chunk is full.
    pub fn push<T: Columns>(&mut self, row: &T) -> Result<()> {
        match &mut self.sink {
            Sink::Table(out, chunks) => {
                chunks.pending.push(row.table_cells());
                if chunks.pending.len() >= chunks.size {
                    chunks.flush(&mut **out, self.headers, false)?;
                }
            }
            Sink::Delimited(writer, guard) => {
                let cells = row.cells();
                if *guard {
                    for cell in &cells {
                        writer.write_field(super::guard(cell).as_bytes())?;
                    }
                    writer.write_record(None::<&[u8]>)?;
                } else {
                    writer.write_record(&cells)?;
                }
            }
            Sink::Json(out, array) => array.element(&mut **out, row)?,
            Sink::Ndjson(out) => {
                serde_json::to_writer(&mut **out, row)?;
                out.write_all(b"\n")?;
            }
        }
        Ok(())
    }

    /// Writes what is kept and closes the listing.
    pub fn finish(self) -> Result<()> {
        match self.sink {
            Sink::Table(out, chunks) => chunks.finish(out, self.headers),
            Sink::Delimited(mut writer, _) => Ok(writer.flush()?),
            Sink::Json(out, array) => array.end(out),
            Sink::Ndjson(_) => Ok(()),
        }
    }
}

/// The rows of a table not yet printed, and the layout of its first chunk once printed.
struct Chunks {
    width: Option<usize>,
    size: usize,
    pending: Vec<Vec<String>>,
    layout: Option<Layout>,
}

/// How every chunk after the first is printed.
enum Layout {
    Plain(Vec<Shape>),
    /// The boxed columns' text widths and shapes, and the box's bottom line, printed last.
    Boxed(Vec<usize>, Vec<Shape>, String),
    /// Records `width` wide.
    Records(usize),
}

impl Chunks {
    fn new(width: Option<usize>, size: usize) -> Self {
        Chunks { width, size: size.max(1), pending: Vec::new(), layout: None }
    }

    /// Prints the pending rows, laying the table out from them first if they are the first
    /// chunk; `last`: the box is closed after them.
    fn flush(&mut self, out: &mut dyn Write, headers: &[&str], last: bool) -> Result<()> {
        let rows: Vec<Vec<String>> = std::mem::take(&mut self.pending)
            .into_iter()
            .map(|row| row.into_iter().map(|c| printable(&c).into_owned()).collect())
            .collect();
        let first = self.layout.is_none();
        let layout = self.layout.get_or_insert_with(|| {
            let columns: Vec<Shape> =
                (0..headers.len()).map(|at| Shape::of(headers, &rows, at)).collect();
            match self.width {
                None => Layout::Plain(columns),
                Some(available) => match fit(&columns, available) {
                    Some(widths) => Layout::Boxed(widths, columns, String::new()),
                    None => Layout::Records(available),
                },
            }
        });
        match layout {
            Layout::Plain(columns) => {
                let header: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
                for row in first.then_some(&header).into_iter().chain(&rows) {
                    writeln!(out, "{}", plain_line(row, columns))?;
                }
            }
            Layout::Records(width) => records(out, headers, rows, *width)?,
            Layout::Boxed(widths, columns, bottom) => {
                if rows.is_empty() {
                    // Every row is printed: only the box is left to close.
                    writeln!(out, "{bottom}")?;
                    return Ok(());
                }
                let text = boxed(first.then_some(headers), rows, widths, columns).to_string();
                let mut lines: Vec<&str> = text.lines().collect();
                if let Some(line) = lines.pop() {
                    line.clone_into(bottom);
                }
                // Later chunks continue the box that the first one opened.
                for line in lines.iter().skip(usize::from(!first)) {
                    writeln!(out, "{line}")?;
                }
                if last {
                    writeln!(out, "{bottom}")?;
                }
            }
        }
        Ok(())
    }

    fn finish(mut self, out: &mut dyn Write, headers: &[&str]) -> Result<()> {
        if self.layout.is_none() {
            // One chunk or less: the table exactly as it is printed whole.
            return super::table(out, self.width, headers, self.pending.into_iter());
        }
        self.flush(out, headers, true)
    }
}

/// A JSON array written an element at a time, the same text as pretty-printing it whole,
/// nested `indent` deep.
struct JsonArray {
    indent: &'static str,
    count: u64,
}

impl JsonArray {
    fn start(out: &mut dyn Write, indent: &'static str) -> Result<Self> {
        out.write_all(b"[")?;
        Ok(JsonArray { indent, count: 0 })
    }

    fn element(&mut self, out: &mut dyn Write, value: &impl Serialize) -> Result<()> {
        let object = serde_json::to_string_pretty(value)?;
        out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
        // Line breaks inside strings are escaped, so every line break here is the formatter's.
        for (at, line) in object.lines().enumerate() {
            if at > 0 {
                out.write_all(b"\n")?;
            }
            write!(out, "{}  {line}", self.indent)?;
        }
        self.count += 1;
        Ok(())
    }

    fn end(self, out: &mut dyn Write) -> Result<()> {
        if self.count > 0 {
            write!(out, "\n{}", self.indent)?;
        }
        out.write_all(b"]")?;
        if self.indent.is_empty() {
            out.write_all(b"\n")?;
        }
        Ok(())
    }
}
