//! Rendering rows as a table, CSV, TSV or JSON.
//!
//! The only module that knows comfy-table, the csv writer and serde_json. Renderers take rows
//! that are already computed and write them to any `Write`; they never query. Every format has
//! the same columns in the same order, named in snake_case. An empty result prints the header
//! (table, CSV, TSV) or `[]` (JSON).
//!
//! Tables fit the terminal, or 80 columns off a terminal. Rows too wide for that (many columns,
//! long quotes) are printed as records, one box of `column ┆ value` lines per row, so that
//! long text wraps over the whole width and is never cut.

use std::io::{IsTerminal, Write};

use anyhow::Result;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
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

/// A column wraps readably when it gets this many characters, or this many when it holds
/// prose (a cell longer than [`PROSE`]); a table that cannot give every column that much is
/// printed as records instead.
const MIN_WRAP_WIDTH: usize = 10;
const MIN_PROSE_WIDTH: usize = 30;
const PROSE: usize = 40;

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

/// Writes a table of `headers` and `cells` in the one fixed style. When the columns cannot all
/// get a readable width, each row is printed as a record instead: a box of `header ┆ value`
/// lines, so long text wraps across the whole width and nothing is cut.
pub fn table(
    out: &mut impl Write,
    headers: &[&str],
    cells: impl Iterator<Item = Vec<String>>,
) -> Result<()> {
    let rows: Vec<Vec<String>> = cells.collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.lines().map(|l| l.chars().count()).max().unwrap_or(0));
        }
    }
    let available = usize::from(new_table().width().unwrap_or(PIPE_WIDTH));
    let needed: usize = widths
        .iter()
        .map(|&w| w.min(if w > PROSE { MIN_PROSE_WIDTH } else { MIN_WRAP_WIDTH }))
        .sum::<usize>()
        + 3 * widths.len()
        + 1;
    // An empty result still shows its columns, however wide.
    if needed > available && !rows.is_empty() {
        return records(out, headers, rows, available);
    }
    let mut table = new_table();
    table.set_header(headers.iter().copied());
    for row in rows {
        table.add_row(row);
    }
    // Short codes, dates and numbers never wrap; prose and long slugs share what is left.
    // Only the headers of an empty result can be too wide for that; then they all wrap.
    if needed <= available {
        for (column, width) in table.column_iter_mut().zip(widths) {
            if width <= UNWRAPPED_WIDTH {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
        }
    }
    writeln!(out, "{table}")?;
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

/// A table in the one style, wrapping to the terminal's width, or to [`PIPE_WIDTH`] off a
/// terminal. Nothing is ever coloured, so `NO_COLOR` holds whatever the terminal.
fn new_table() -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !std::io::stdout().is_terminal() {
        table.force_no_tty().set_width(PIPE_WIDTH);
    }
    table
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
        let mut out = Vec::new();
        super::rows(&mut out, format, rows).unwrap();
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
            render(Format::Table, &rows),
            "┌──────┬───┐\n│ name ┆ n │\n╞══════╪═══╡\n│ wine ┆ 2 │\n└──────┴───┘\n"
        );
    }

    #[test]
    fn rows_too_wide_for_80_columns_become_records_that_keep_every_word() {
        let focus = "US small businesses, especially in the Midwest, and their farmers";
        let quote = "Small companies in the mid-west of America can sell their service and \
                     products to Asia on Alibaba’s platform";
        let rows = [Claim { field: "focus".into(), value: focus.into(), quote: quote.into() }];
        let text = render(Format::Table, &rows);
        assert!(text.lines().all(|l| l.chars().count() == 80), "{text}");
        assert!(text.starts_with("┌───────┬──"), "{text}");
        let words: Vec<&str> =
            text.split(['│', '┆', ' ', '\n']).filter(|w| !w.is_empty()).collect();
        for word in focus.split(' ').chain(quote.split(' ')) {
            assert!(words.contains(&word), "`{word}` is missing from\n{text}");
        }
    }

    #[test]
    fn empty_results_print_headers_or_an_empty_array() {
        assert_eq!(render::<Pair>(Format::Tsv, &[]), "name\tn\n");
        assert_eq!(render::<Pair>(Format::Json, &[]), "[]\n");
    }
}
