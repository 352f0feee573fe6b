//! Rendering rows as a table, CSV, TSV or JSON.
//!
//! The only module that knows comfy-table, the csv writer and serde_json. Renderers take rows
//! that are already computed and write them to any `Write`; they never query. Every format has
//! the same columns in the same order, named in snake_case. An empty result prints the header
//! (table, CSV, TSV) or `[]` (JSON).

use std::io::{IsTerminal, Write};

use anyhow::Result;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets};
use serde::Serialize;

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

    #[test]
    fn empty_results_print_headers_or_an_empty_array() {
        assert_eq!(render(Format::Tsv, &[]), "name\tn\n");
        assert_eq!(render(Format::Json, &[]), "[]\n");
    }
}
