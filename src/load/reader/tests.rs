use super::*;

use crate::catalog::ColumnKind;

const COLUMNS: &[Column] =
    &[Column { name: "a", kind: ColumnKind::Text }, Column { name: "b", kind: ColumnKind::Text }];

fn read_str(text: &[u8]) -> (Vec<(u64, Vec<String>)>, Vec<String>) {
    let mut problems = Problems::default();
    let mut rows = Vec::new();
    read("t.csv", text, COLUMNS, None, &mut problems, |r, _| {
        rows.push((r.line, COLUMNS.iter().map(|c| r.get(c.name).to_owned()).collect()));
    })
    .unwrap();
    (rows, problems.iter().map(ToString::to_string).collect())
}

#[test]
fn reads_quoted_fields_with_commas_quotes_and_line_breaks() {
    let (rows, problems) = read_str(b"a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",z\n");
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(
        rows,
        vec![
            (2, vec!["x, y".into(), "say \"hi\"".into()]),
            (3, vec!["two\r\nlines".into(), "z".into()])
        ]
    );
}

#[test]
fn accepts_a_leading_bom_crlf_and_a_missing_final_newline() {
    let (rows, problems) = read_str(b"\xEF\xBB\xBFb,a\r\n1,2\r\n3,4");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(rows, vec![(2, vec!["2".into(), "1".into()]), (3, vec!["4".into(), "3".into()])]);
}

#[test]
fn reports_an_unterminated_quote_at_the_line_it_opened() {
    let (rows, problems) = read_str(b"a,b\n1,2\n\"3,4\n5,6\n");
    assert_eq!(rows.len(), 1);
    assert_eq!(
        problems,
        ["t.csv:3: a quoted field opened here is never closed; add the missing `\"`"]
    );
}

#[test]
fn reports_text_after_a_closing_quote_and_ragged_rows_and_goes_on() {
    let (rows, problems) = read_str(b"a,b\n\"1\"x,2\n1,2,3\n4\n5,6\n");
    assert_eq!(rows, vec![(5, vec!["5".into(), "6".into()])]);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].starts_with("t.csv:2: text after the closing quote of field 1"));
    assert!(problems[1].starts_with("t.csv:3: the row has 3 fields but the header has 2"));
    assert!(problems[2].starts_with("t.csv:4: the row has 1 fields but the header has 2"));
}

#[test]
fn reports_bad_bytes_with_their_line_and_column() {
    let (_, problems) = read_str(b"a,b\n1,\xff\n\xEF\xBB\xBF2,3\n4,\x005\n");
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert_eq!(problems[0], "t.csv:2: column b: is not valid UTF-8; save the file as UTF-8");
    assert!(problems[1].starts_with("t.csv:3: a byte-order mark in the middle"));
    assert!(problems[2].starts_with("t.csv:4: a NUL byte"));
}

#[test]
fn reports_duplicate_unknown_and_missing_headers() {
    let (rows, problems) = read_str(b"a,a,c\n1,2,3\n");
    assert!(rows.is_empty());
    assert_eq!(problems.len(), 3, "{problems:?}");
}

/// Every csv-spectrum file (tests/data/csv-spectrum) parses to exactly its expected JSON: an
/// array of objects keyed by the header, every value a string.
#[test]
fn parses_every_csv_spectrum_file_to_its_expected_json() {
    use serde_json::{Map, Value};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/csv-spectrum");
    let mut names: Vec<_> = std::fs::read_dir(dir.join("csvs"))
        .unwrap()
        .map(|e| e.unwrap().path().file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 12, "{names:?}");
    for name in names {
        let json = std::fs::read(dir.join(format!("json/{name}.json"))).unwrap();
        let expected = match serde_json::from_slice(&json).unwrap() {
            Value::Array(rows) => rows,
            // Upstream fixture bug (see the folder's README): location_coordinates.json is
            // one object instead of an array of one, and gives a phone number that is not
            // the one in the CSV. Wrap it, and correct that one value to what the CSV says;
            // every other field, including the bare-quote coordinates it exists to test,
            // is compared as published.
            Value::Object(mut row) => {
                assert_eq!(name, "location_coordinates", "only that fixture is known to be bad");
                row.insert("Contact Phone Number".into(), "2095257564".into());
                vec![Value::Object(row)]
            }
            other => panic!("{name}: unexpected JSON {other}"),
        };
        let header: Vec<Column> = expected[0]
            .as_object()
            .unwrap()
            .keys()
            .map(|k| Column { name: Box::leak(k.clone().into_boxed_str()), kind: ColumnKind::Text })
            .collect();
        let columns: &'static [Column] = Box::leak(header.into_boxed_slice());
        let csv = std::fs::read(dir.join(format!("csvs/{name}.csv"))).unwrap();
        let mut problems = Problems::default();
        let mut rows = Vec::new();
        read(&name, csv.as_slice(), columns, Some(b','), &mut problems, |r, _| {
            let row: Map<String, Value> =
                columns.iter().map(|c| (c.name.to_string(), r.get(c.name).into())).collect();
            rows.push(Value::Object(row));
        })
        .unwrap();
        assert!(problems.is_empty(), "{name}: {problems}");
        assert_eq!(rows, expected, "{name}");
    }
}

/// Random CSV-like bytes, 20,000 fixed rounds: the reader never panics, every row it passes
/// on has a line after the header's, and every problem names the file and a line (but for
/// an empty file, which has none).
#[test]
fn random_bytes_never_panic_and_every_problem_has_a_line() {
    const ALPHABET: &[u8] = b"ab,\"\r\n \0\xef\xbb\xbf\xff'x";
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..20_000 {
        let len = (next() % 200) as usize;
        let mut text: Vec<u8> =
            (0..len).map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize]).collect();
        if next() % 2 == 0 {
            text.splice(0..0, b"a,b\n".iter().copied());
        }
        let mut problems = Problems::default();
        let mut lines = Vec::new();
        read("t.csv", text.as_slice(), COLUMNS, None, &mut problems, |r, _| lines.push(r.line))
            .unwrap();
        assert!(lines.iter().all(|line| *line > 1), "round {round}: {lines:?}");
        for problem in problems.iter() {
            assert_eq!(problem.file(), Some("t.csv"));
            // A problem of the whole file (empty, binary, not text) is its only one.
            let empty = problem.message.starts_with("the file is empty");
            let whole = problems.len() == 1;
            assert!(
                problem.line().is_some() || empty || whole,
                "round {round} {text:?}: {problem}"
            );
        }
    }
}

#[test]
fn the_header_tells_the_delimiter() {
    assert_eq!(sniff(b"a;b\n1,5;2\n"), b';');
    assert_eq!(sniff(b"a\tb\n"), b'\t');
    assert_eq!(sniff(b"\"a;x\",b\n"), b',', "quoted delimiters do not count");
    assert_eq!(sniff(b"a\n"), b',', "a comma when there is no other");
    let (rows, problems) = read_str(b"b;a\n\"x;y\";2\n");
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(rows, vec![(2, vec!["2".into(), "x;y".into()])]);
}

#[test]
fn files_that_are_not_csv_text_are_named_once() {
    for (bytes, start) in [
        (&b"PK\x03\x04rest"[..], "this is a zip file"),
        (b"\xD0\xCF\x11\xE0rest", "this is an .xls workbook"),
        (b"\xFF\xFEa\0,\0b\0", "this file is UTF-16"),
        (b"a\0,\0b\0\n\x001\0", "this file is UTF-16"),
        (b"a,b\r1,2\r", "the lines end in CR alone"),
        (&[1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17][..], "this is a binary file"),
    ] {
        let (rows, problems) = read_str(bytes);
        assert!(rows.is_empty());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with(&format!("t.csv: {start}")), "{problems:?}");
    }
}

#[test]
fn an_empty_file_needs_a_header() {
    let (_, problems) = read_str(b"");
    assert_eq!(problems, ["t.csv: the file is empty; it needs a header row: a,b"]);
}
