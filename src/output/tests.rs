use super::*;
use crate::model::{Column, ColumnKind};

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
    let words: Vec<&str> = text.split(['│', '┆', ' ', '\n']).filter(|w| !w.is_empty()).collect();
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

fn chunked<T: Columns>(width: Option<usize>, chunk: usize, rows: &[T]) -> String {
    let mut out = Vec::new();
    let style = Style { format: Format::Table, raw: false, width };
    let mut listing = Rows::chunked::<T>(&mut out, style, chunk).unwrap();
    for row in rows {
        listing.push(row).unwrap();
    }
    listing.finish().unwrap();
    String::from_utf8(out).unwrap()
}

fn pairs(names: &[&str]) -> Vec<Pair> {
    names.iter().zip(1..).map(|(name, n)| Pair { name: (*name).into(), n }).collect()
}

#[test]
fn a_table_longer_than_a_chunk_is_one_box_printed_a_chunk_at_a_time() {
    let rows = pairs(&["wine", "beer", "rice", "corn", "milk"]);
    let whole = boxed(Format::Table, Some(80), &rows);
    for chunk in [1, 2, 3, 5, 6] {
        assert_eq!(chunked(Some(80), chunk, &rows), whole, "chunks of {chunk}");
    }
    assert_eq!(
        chunked(Some(80), 2, &rows[..4]),
        "┌──────┬───┐\n│ name ┆ n │\n╞══════╪═══╡\n│ wine ┆ 1 │\n│ beer ┆ 2 │\n\
         │ rice ┆ 3 │\n│ corn ┆ 4 │\n└──────┴───┘\n"
    );
}

#[test]
fn plain_rows_longer_than_a_chunk_line_up_as_one_table() {
    let rows = pairs(&["wine", "beer", "rice", "corn", "milk"]);
    let whole = render(Format::Table, &rows);
    for chunk in [1, 2, 3, 5] {
        assert_eq!(chunked(None, chunk, &rows), whole, "chunks of {chunk}");
    }
}

#[test]
fn later_chunks_keep_the_first_chunks_widths() {
    let rows = pairs(&["wine", "beer", "a much longer name"]);
    // Boxed, the longer value wraps inside the first chunk's column.
    assert_eq!(
        chunked(Some(80), 2, &rows),
        "┌──────┬───┐\n│ name ┆ n │\n╞══════╪═══╡\n│ wine ┆ 1 │\n│ beer ┆ 2 │\n\
         │ a    ┆ 3 │\n│ much ┆   │\n│ long ┆   │\n│ er   ┆   │\n│ name ┆   │\n└──────┴───┘\n"
    );
    // Plain, it stays whole on its line and pushes the rest along.
    assert_eq!(chunked(None, 2, &rows), "name  n\nwine  1\nbeer  2\na much longer name  3\n");
}

#[test]
fn rows_too_wide_in_the_first_chunk_stay_records_in_later_ones() {
    let quote = "Small companies in the mid-west of America can sell their service";
    let claim = |field: &str| Claim { field: field.into(), value: "x".into(), quote: quote.into() };
    let rows = [claim("focus"), claim("title"), claim("note")];
    let whole = boxed(Format::Table, Some(30), &rows);
    assert_eq!(chunked(Some(30), 2, &rows), whole);
    assert_eq!(whole.matches('┌').count(), 3, "{whole}");
}

#[test]
fn streamed_json_is_the_array_pretty_printed_whole() {
    let rows = pairs(&["wine", "beer"]);
    let mut whole = Vec::new();
    json(&mut whole, &rows).unwrap();
    assert_eq!(render(Format::Json, &rows).as_bytes(), whole);
    let mut nested = Vec::new();
    nested.extend_from_slice(b"{\n  \"rows\": ");
    let mut field = Rows::json_field::<Pair>(&mut nested).unwrap();
    for row in &rows {
        field.push(row).unwrap();
    }
    field.finish().unwrap();
    nested.extend_from_slice(b"\n}\n");
    #[derive(Serialize)]
    struct Object<'a> {
        rows: &'a [Pair],
    }
    let mut expected = Vec::new();
    json(&mut expected, &Object { rows: &rows }).unwrap();
    assert_eq!(String::from_utf8(nested).unwrap(), String::from_utf8(expected).unwrap());
}
