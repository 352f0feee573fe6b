//! The strict CSV reader: RFC 4180 structure checked byte by byte, streaming.
//!
//! The csv crate accepts an unterminated quote (it swallows the rest of the file) and text after
//! a closing quote without a word, so this reader walks the structure itself and reports every
//! damage with its line: unterminated quotes, text after a closing quote, rows whose field count
//! differs from the header's, invalid UTF-8, NUL bytes, a byte-order mark past the start, and
//! duplicate, unknown or missing headers. It accepts a leading byte-order mark, LF or CRLF line
//! ends, and quoted fields holding commas, doubled quotes and line breaks (kept as written). A
//! `"` inside an unquoted field is kept as a literal character, as the csv-spectrum conformance
//! files expect. It only reads and reports; it knows nothing of tables or the database.
//!
//! Fields are separated by commas, semicolons or tabs: the header row tells which (the one of
//! them it holds most often), unless the caller says. Before any of that, the first bytes are
//! looked at once, so that a workbook, a UTF-16 text, a binary file or a file of CR-only line
//! ends is named in one line instead of a page of damage reports.

use std::io::{self, BufRead};

use super::{Place, Problems};
use crate::catalog::Column;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// One data row, its values in the order of the columns the caller asked for.
pub struct Record<'a> {
    /// The file name used in problem reports.
    pub file: &'a str,
    /// The line the row starts on (1-based; the header is line 1).
    pub line: u64,
    columns: &'a [Column],
    values: Vec<String>,
    /// Whether text values may carry the formula guard (a leading `'`) that exports add.
    pub guarded: bool,
    /// Whether the row was typed on the command line rather than read from a file, so that
    /// messages point to commands instead of seed files.
    pub typed: bool,
    /// Its position among the rows typed on the command line, when it is one.
    pub(super) row: Option<usize>,
}

impl<'a> Record<'a> {
    /// Row `row` of those typed on the command line: `values` in `columns` order, no formula
    /// guard.
    pub fn typed(row: usize, columns: &'a [Column], values: Vec<String>) -> Self {
        Record { file: "", line: 0, columns, values, guarded: false, typed: true, row: Some(row) }
    }

    /// Where the record is, for problems with it.
    pub fn place(&self) -> Place {
        match self.row {
            Some(row) => Place::Typed { row },
            None => Place::File {
                file: self.file.to_owned(),
                line: (self.line > 0).then_some(self.line),
            },
        }
    }

    /// The raw value of `column`, which must be one of the columns the file was read with.
    pub fn get(&self, column: &str) -> &str {
        let at = self.columns.iter().position(|c| c.name == column);
        at.map_or("", |i| self.values[i].as_str())
    }
}

/// Reads a whole CSV file from `input`, checking its header against `columns` (every column
/// present once, no others, any order), and calls `each` with every well-formed row. Problems go
/// to `problems` under the name `file`; rows with a problem are not passed on. Returns how many
/// rows could not be read (all of them when the header is wrong).
pub fn read(
    file: &str,
    mut input: impl BufRead,
    columns: &'static [Column],
    delimiter: Option<u8>,
    problems: &mut Problems,
    mut each: impl FnMut(&Record, &mut Problems),
) -> io::Result<u64> {
    let start = input.fill_buf()?;
    if let Some(why) = not_csv(start) {
        problems.add(file, None, None, why);
        return Ok(u64::MAX);
    }
    let delimiter = delimiter.unwrap_or_else(|| sniff(start));
    let mut scanner = Scanner::new(input, delimiter);
    let Some(header) = scanner.next_record(file, problems)? else {
        problems.add(
            file,
            None,
            None,
            format!("the file is empty; it needs a header row: {}", joined(columns)),
        );
        return Ok(0);
    };
    let Some(order) = check_header(file, &header, columns, problems) else {
        return Ok(u64::MAX);
    };
    let mut unreadable = 0;
    while let Some(raw) = scanner.next_record(file, problems)? {
        if raw.damaged {
            unreadable += 1;
            continue;
        }
        if raw.fields.len() != order.len() {
            problems.add(
                file,
                Some(raw.line),
                None,
                format!(
                    "the row has {} fields but the header has {}; check for a missing or extra {}",
                    raw.fields.len(),
                    order.len(),
                    delimiter_name(delimiter)
                ),
            );
            unreadable += 1;
            continue;
        }
        let mut values = vec![String::new(); columns.len()];
        let mut valid = true;
        for (field, &at) in raw.fields.into_iter().zip(&order) {
            match String::from_utf8(field) {
                Ok(text) => values[at] = text,
                Err(_) => {
                    problems.add(
                        file,
                        Some(raw.line),
                        Some(columns[at].name),
                        "is not valid UTF-8; save the file as UTF-8",
                    );
                    valid = false;
                }
            }
        }
        if valid {
            each(
                &Record {
                    file,
                    line: raw.line,
                    columns,
                    values,
                    guarded: true,
                    typed: false,
                    row: None,
                },
                problems,
            );
        } else {
            unreadable += 1;
        }
    }
    Ok(unreadable)
}

/// How many bytes of the start of a file are looked at to tell what it is.
const SNIFF: usize = 8 << 10;

/// Why the file starting with `start` cannot be CSV text, in one line, or `None`.
fn not_csv(start: &[u8]) -> Option<&'static str> {
    if start.starts_with(b"PK\x03\x04") {
        return Some(
            "this is a zip file, such as an .xlsx workbook, not CSV: save the sheet as CSV \
             (UTF-8) and give that file",
        );
    }
    if start.starts_with(b"\xD0\xCF\x11\xE0") {
        return Some(
            "this is an .xls workbook, not CSV: save the sheet as CSV (UTF-8) and give that file",
        );
    }
    if start.starts_with(b"\xFF\xFE") || start.starts_with(b"\xFE\xFF") {
        return Some("this file is UTF-16 text: save it as CSV (UTF-8) and give that file");
    }
    let head = &start[..start.len().min(SNIFF)];
    // UTF-16 without a byte-order mark: text in Latin letters has a NUL beside every character.
    let pairs = head.len() / 2;
    let nul_in = |at: usize| head.iter().skip(at).step_by(2).filter(|&&b| b == 0).count();
    if pairs >= 4 && (nul_in(0) == pairs || nul_in(1) == pairs) {
        return Some("this file is UTF-16 text: save it as CSV (UTF-8) and give that file");
    }
    // Control bytes and invalid UTF-8: a few are damage to report by line, many are a binary file.
    let controls =
        head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C)).count();
    let invalid = String::from_utf8_lossy(head).matches('\u{FFFD}').count()
        - std::str::from_utf8(head).map_or(0, |t| t.matches('\u{FFFD}').count());
    let odd = controls + invalid;
    if odd >= 8 && odd * 20 >= head.len() {
        return Some("this is a binary file, not CSV text: give a CSV file saved as UTF-8");
    }
    if head.contains(&b'\r') && !head.contains(&b'\n') {
        return Some(
            "the lines end in CR alone (classic Mac OS line ends): save the file with LF or \
             CRLF line ends",
        );
    }
    None
}

/// The delimiter the header row at the start of `start` uses: the one of comma, semicolon and
/// tab it holds most often outside quotes; a comma when it holds none.
fn sniff(start: &[u8]) -> u8 {
    let header = start.split(|&b| b == b'\n').next().unwrap_or_default();
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &byte in header {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(count) = counts.iter_mut().find(|(d, _)| *d == byte) {
            count.1 += 1;
        }
    }
    // The first of the most frequent: a comma wins a tie.
    counts.iter().rev().max_by_key(|(_, n)| *n).filter(|(_, n)| *n > 0).map_or(b',', |(d, _)| *d)
}

/// The delimiter's name, for messages.
fn delimiter_name(delimiter: u8) -> &'static str {
    match delimiter {
        b';' => "semicolon",
        b'\t' => "tab",
        _ => "comma",
    }
}

/// The column names as a header row: `slug,name,note`.
fn joined(columns: &[Column]) -> String {
    columns.iter().map(|c| c.name).collect::<Vec<_>>().join(",")
}

/// Maps each header position to its index in `columns`, or reports what is wrong with it.
fn check_header(
    file: &str,
    header: &Raw,
    columns: &[Column],
    problems: &mut Problems,
) -> Option<Vec<usize>> {
    let before = problems.len();
    let mut order = Vec::with_capacity(header.fields.len());
    let mut seen = vec![false; columns.len()];
    for field in &header.fields {
        let name = String::from_utf8_lossy(field);
        let name = name.trim();
        match columns.iter().position(|c| c.name == name) {
            Some(at) if seen[at] => problems.add(
                file,
                Some(header.line),
                None,
                format!("column `{name}` appears twice in the header"),
            ),
            Some(at) => {
                seen[at] = true;
                order.push(at);
            }
            None => problems.add(
                file,
                Some(header.line),
                None,
                format!("unknown column `{name}` in the header (expected: {})", joined(columns)),
            ),
        }
    }
    for (at, column) in columns.iter().map(|c| c.name).enumerate() {
        if !seen[at] {
            problems.add(
                file,
                Some(header.line),
                None,
                format!("the header has no column `{column}` (expected: {})", joined(columns)),
            );
        }
    }
    (problems.len() == before && !header.damaged).then_some(order)
}

/// A record as bytes, with the line it starts on; `damaged` when a problem was reported for it.
struct Raw {
    line: u64,
    fields: Vec<Vec<u8>>,
    damaged: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    /// At the start of a field.
    Start,
    Unquoted,
    Quoted,
    /// Just after a `"` inside a quoted field: a doubled quote or the closing one.
    AfterQuote,
}

struct Scanner<R> {
    input: R,
    delimiter: u8,
    /// The number of the last line read.
    line: u64,
    buf: Vec<u8>,
}

impl<R: BufRead> Scanner<R> {
    fn new(input: R, delimiter: u8) -> Self {
        Scanner { input, delimiter, line: 0, buf: Vec::new() }
    }

    /// The next record, or `None` at the end of the input. Blank lines between records are
    /// skipped.
    fn next_record(&mut self, file: &str, problems: &mut Problems) -> io::Result<Option<Raw>> {
        let mut record = Raw { line: self.line + 1, fields: Vec::new(), damaged: false };
        let mut field = Vec::new();
        let mut state = State::Start;
        let mut quote_line = 0;
        loop {
            self.buf.clear();
            if self.input.read_until(b'\n', &mut self.buf)? == 0 {
                if record.fields.is_empty() && field.is_empty() && state == State::Start {
                    return Ok(None);
                }
                if state == State::Quoted {
                    problems.add(
                        file,
                        Some(quote_line),
                        None,
                        "a quoted field opened here is never closed; add the missing `\"`",
                    );
                    record.damaged = true;
                }
                record.fields.push(field);
                return Ok(Some(record));
            }
            self.line += 1;
            let mut content = self.buf.as_slice();
            if self.line == 1 && content.starts_with(BOM) {
                content = &content[BOM.len()..];
            }
            let eol_len =
                if content.ends_with(b"\r\n") { 2 } else { usize::from(content.ends_with(b"\n")) };
            let (content, eol) = content.split_at(content.len() - eol_len);
            if state == State::Start && record.fields.is_empty() && content.is_empty() {
                record.line = self.line + 1;
                continue;
            }
            if content.windows(BOM.len()).any(|w| w == BOM) {
                problems.add(
                    file,
                    Some(self.line),
                    None,
                    "a byte-order mark in the middle of the file; files joined together? remove it",
                );
                record.damaged = true;
            }
            if content.contains(&0) {
                problems.add(
                    file,
                    Some(self.line),
                    None,
                    "a NUL byte; this looks like a binary file, not CSV",
                );
                record.damaged = true;
            }
            let delimiter = self.delimiter;
            for &byte in content {
                state = match (state, byte) {
                    (State::Start, b'"') => {
                        quote_line = self.line;
                        State::Quoted
                    }
                    (State::Start | State::Unquoted | State::AfterQuote, b) if b == delimiter => {
                        record.fields.push(std::mem::take(&mut field));
                        State::Start
                    }
                    (State::Start | State::Unquoted, _) => {
                        field.push(byte);
                        State::Unquoted
                    }
                    (State::Quoted, b'"') => State::AfterQuote,
                    (State::Quoted, _) => {
                        field.push(byte);
                        State::Quoted
                    }
                    (State::AfterQuote, b'"') => {
                        field.push(b'"');
                        State::Quoted
                    }
                    (State::AfterQuote, _) => {
                        if !record.damaged {
                            problems.add(
                                file,
                                Some(self.line),
                                None,
                                format!(
                                    "text after the closing quote of field {}; a `\"` inside a quoted field must be doubled (`\"\"`)",
                                    record.fields.len() + 1
                                ),
                            );
                        }
                        record.damaged = true;
                        field.push(byte);
                        State::Unquoted
                    }
                };
            }
            if state == State::Quoted {
                // The line break belongs to the quoted field, exactly as written.
                field.extend_from_slice(eol);
                continue;
            }
            record.fields.push(field);
            return Ok(Some(record));
        }
    }
}

#[cfg(test)]
mod tests;
