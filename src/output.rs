//! Rendering rows as a table, CSV, TSV or JSON, and exported tables as CSV, TSV or JSON.
//!
//! The only module that knows comfy-table, the csv writer and serde_json. Renderers take rows
//! that are already computed and write them to any `Write`; they never query. Every format has
//! the same columns in the same order, named in snake_case. An empty result prints the header
//! (table, CSV, TSV) or `[]` (JSON).
//!
//! Exported tables are written a row at a time ([`CsvTable`], [`JsonTable`]), so a table of any
//! size passes through in constant memory. How each value is written depends on its column's
//! [`ColumnKind`], never on the value: only text columns get the formula guard.

use std::borrow::Cow;
use std::io::{IsTerminal, Write};

use anyhow::Result;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets};
use serde::Serialize;
use serde::ser::SerializeMap;

use crate::model::{Column, ColumnKind};

/// An output format, chosen with the global `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A table for people; long text wraps
    #[default]
    Table,
    /// Comma-separated values with a header row
    Csv,
    /// Tab-separated values with a header row
    Tsv,
    /// A JSON array of objects (or one object), keys as the CSV headers
    Json,
}

/// A row type with fixed columns, rendered as text cells in every format but JSON, where its
/// `Serialize` form is used (with the same names).
pub trait Columns: Serialize {
    /// The column names, snake_case, in display order.
    const HEADERS: &'static [&'static str];
    /// The row's cells, in `HEADERS` order; absent values are empty.
    fn cells(&self) -> Vec<String>;
}

/// Columns no wider than this keep their width in tables (`partially_kept`, dates, counts).
const UNWRAPPED_WIDTH: usize = 14;

/// The width tables wrap to when stdout is not a terminal, so output is the same everywhere.
const PIPE_WIDTH: u16 = 80;

/// Writes `rows` to `out` in `format`.
pub fn rows<T: Columns>(out: &mut impl Write, format: Format, rows: &[T]) -> Result<()> {
    match format {
        Format::Table => table(out, T::HEADERS, rows.iter().map(Columns::cells)),
        Format::Csv => delimited(out, b',', T::HEADERS, rows.iter().map(Columns::cells)),
        Format::Tsv => delimited(out, b'\t', T::HEADERS, rows.iter().map(Columns::cells)),
        Format::Json => json(out, rows),
    }
}

/// Writes any serializable value as pretty JSON and a final newline.
pub fn json<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Writes a table of `headers` and `cells` in the one fixed style.
pub fn table(
    out: &mut impl Write,
    headers: &[&str],
    cells: impl Iterator<Item = Vec<String>>,
) -> Result<()> {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !std::io::stdout().is_terminal() {
        table.force_no_tty().set_width(PIPE_WIDTH);
    }
    table.set_header(headers.iter().copied());
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in cells {
        for (width, cell) in widths.iter_mut().zip(&row) {
            *width = (*width).max(cell.lines().map(|l| l.chars().count()).max().unwrap_or(0));
        }
        table.add_row(row);
    }
    // Short codes, dates and numbers never wrap; prose and long slugs share what is left.
    for (column, width) in table.column_iter_mut().zip(widths) {
        if width <= UNWRAPPED_WIDTH {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    writeln!(out, "{table}")?;
    Ok(())
}

fn delimited(
    out: &mut impl Write,
    delimiter: u8,
    headers: &[&str],
    cells: impl Iterator<Item = Vec<String>>,
) -> Result<()> {
    let mut writer = csv::WriterBuilder::new().delimiter(delimiter).from_writer(out);
    writer.write_record(headers)?;
    for row in cells {
        writer.write_record(&row)?;
    }
    writer.flush()?;
    Ok(())
}

/// The byte-order mark spreadsheets need to read a CSV file as UTF-8.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The characters that make a spreadsheet treat a cell as a formula (`=`, `+`, `-`, `@`; tab,
/// CR and LF can start one too) or eat its first character (`'`).
const FORMULA_STARTS: [char; 8] = ['=', '+', '-', '@', '\t', '\r', '\n', '\''];

/// The formula guard (OWASP CSV injection): text a spreadsheet would run as a formula, or whose
/// leading `'` it would swallow, gets one leading `'`. `import` and `seed` strip exactly one, so
/// the round trip is exact.
pub fn guard(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
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
}

impl<W: Write> JsonTable<W> {
    /// Starts the array.
    pub fn new(mut out: W, columns: &[Column]) -> Result<Self> {
        out.write_all(b"[")?;
        Ok(JsonTable { out, columns: columns.to_vec(), rows: 0 })
    }

    /// Writes one row as an object.
    pub fn row(&mut self, values: &[Option<String>]) -> Result<()> {
        let object = serde_json::to_string_pretty(&JsonRow { columns: &self.columns, values })?;
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
            match column.kind {
                ColumnKind::Integer if value.parse::<i64>().is_ok() => {
                    map.serialize_entry(column.name, &value.parse::<i64>().unwrap_or_default())?
                }
                ColumnKind::Flag => map.serialize_entry(column.name, &(value == "1"))?,
                _ => map.serialize_entry(column.name, value)?,
            }
        }
        map.end()
    }
}

/// An optional value as a cell: empty when absent.
pub fn cell<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn render(format: Format, rows: &[Pair]) -> String {
        let mut out = Vec::new();
        super::rows(&mut out, format, rows).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let rows = [Pair { name: "a, \"b\"".into(), n: 1 }];
        assert_eq!(render(Format::Csv, &rows), "name,n\n\"a, \"\"b\"\"\",1\n");
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
        for text in ["", "Alibaba", " =1", "1-2", "08"] {
            assert_eq!(guard(text), text);
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
    fn empty_results_print_headers_or_an_empty_array() {
        assert_eq!(render(Format::Tsv, &[]), "name\tn\n");
        assert_eq!(render(Format::Json, &[]), "[]\n");
    }
}
