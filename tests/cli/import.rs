use std::fs;

use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;
use crate::seed::dump;

/// Every table, in load order.
const TABLES: &[&str] = &[
    "sources",
    "companies",
    "company_aliases",
    "officials",
    "official_aliases",
    "categories",
    "category_aliases",
    "category_hs_codes",
    "evidence",
    "official_titles",
    "events",
    "event_participants",
    "pledges",
    "pledge_markets",
    "pledge_targets",
    "pledge_categories",
    "pledge_events",
    "status_history",
    "pledge_relations",
];

/// Runs a command that must succeed; returns its stderr.
fn ok(cmd: &mut std::process::Command) -> String {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    stderr
}

/// A CSV text as a spreadsheet saves it: a byte-order mark, CRLF, every field quoted.
fn as_a_spreadsheet_saves_it(csv: &str) -> Vec<u8> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .quote_style(csv::QuoteStyle::Always)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        for record in reader.records() {
            writer.write_record(&record.unwrap()).unwrap();
        }
    }
    out
}

/// Asserts that the database is byte for byte what it was and nothing was left beside it.
fn assert_unchanged(db: &TestDb, before: &[u8]) {
    assert!(fs::read(db.db_file()).unwrap() == before, "the database changed");
    assert!(!db.path("pledges.db-journal").exists(), "a journal was left behind");
}

#[test]
fn every_exported_table_imports_back_unchanged() {
    let db = TestDb::seeded();
    // --dir writes the article texts that sources.csv names; each table is then rewritten as a
    // spreadsheet file (byte-order mark, CRLF, formula guard) and imported from there.
    ok(&mut db.cmd(&["export", "--dir", "out"]));
    let before = fs::read(db.db_file()).unwrap();
    for table in TABLES {
        let file = format!("out/{table}.csv");
        ok(&mut db.cmd(&["export", table, "--out", &file]));
        let stderr = ok(&mut db.cmd(&["import", table, &file]));
        assert!(stderr.contains(": 0 added, 0 changed, "), "{table}: {stderr}");
    }
    assert_unchanged(&db, &before);
}

#[test]
fn import_reverses_the_formula_guard_exactly() {
    let db = TestDb::with_seed_copy();
    let text = db.read("seeds/companies.csv");
    let formula = "formula,\"=HYPERLINK(\"\"http://example.com\"\")\",US,,,-5 percent\n";
    let apostrophe = "quoted,''quoted name,US,,,@mention\n";
    db.write("seeds/companies.csv", text + formula + apostrophe);
    ok(&mut db.cmd(&["seed"]));
    let before = dump(&db);
    ok(&mut db.cmd(&["export", "companies", "--out", "companies.csv"]));
    let exported = db.read("companies.csv");
    assert!(exported.contains("\"'=HYPERLINK(\"\"http://example.com\"\")\",US,,,'-5 percent\r\n"));
    assert!(exported.contains("quoted,''quoted name,US,,,'@mention\r\n"));
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "companies.csv"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    imported companies.csv into companies: 0 added, 0 changed, 5 unchanged
    ");
    assert_eq!(dump(&db), before);
}

#[test]
fn a_csv_edited_in_a_spreadsheet_imports_back() {
    let db = TestDb::seeded();
    ok(&mut db.cmd(&["export", "companies", "--out", "companies.csv"]));
    let edited = db
        .read("companies.csv")
        .trim_start_matches('\u{feff}')
        .replace("online sales platform", "\"e-commerce, \"\"goliath\"\" platform\"")
        .replace("\r\n", "\n")
        + "taobao,Taobao,CN,,alibaba,\"a note\nover two lines\"\n";
    db.write("companies.csv", as_a_spreadsheet_saves_it(&edited));
    assert!(db.read("companies.csv").starts_with("\u{feff}\"slug\",\"name\""));
    let before = fs::read(db.db_file()).unwrap();
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "companies.csv", "--dry-run"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    changed alibaba: sector `online sales platform` → `e-commerce, "goliath" platform`
    added taobao

    ----- stderr -----
    dry run: companies.csv into companies: would be 1 added, 1 changed, 2 unchanged; nothing was written
    "#);
    assert_unchanged(&db, &before);
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "companies.csv"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    imported companies.csv into companies: 1 added, 1 changed, 2 unchanged
    ");
    assert_cmd_snapshot!(db.cmd(&["export", "companies"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,country,sector,parent,note
    alibaba,Alibaba,CN,"e-commerce, ""goliath"" platform",,
    exhivisit,Exhivisit,US,,,US partner of Alibaba for the Access Asia 2017 summit
    repdm,RepDM,US,,,US partner of Alibaba for the Access Asia 2017 summit
    taobao,Taobao,CN,,alibaba,"a note
    over two lines"

    ----- stderr -----
    "#);
}

#[test]
fn import_appends_new_status_entries_and_keeps_existing_ones() {
    let db = TestDb::seeded();
    ok(&mut db.cmd(&["export", "status_history", "--out", "history.csv"]));
    let history = db.read("history.csv")
        + "alibaba-1-million-us-jobs,2017-10-11,stalled,,president-trump-and-alibaba,\
           called Access Asia 2017,0,,a correction is a new entry\r\n";
    db.write("history.csv", history);
    assert_cmd_snapshot!(db.cmd(&["import", "status_history", "history.csv"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    imported history.csv into status_history: 1 added, 0 changed, 2 unchanged
    ");
    assert_cmd_snapshot!(db.cmd(&["export", "status_history"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    pledge,as_of,status,reason,source,quote,preferred,preferred_reason,note
    alibaba-1-million-us-jobs,2017-01-09,announced,,president-trump-and-alibaba,"he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market",0,,
    alibaba-1-million-us-jobs,2017-01-10,in_progress,,president-trump-and-alibaba,"On January 10, 2017, Ma announced the launching of a program to make good on that promise.",0,,the program to make good on the pledge is launched
    alibaba-1-million-us-jobs,2017-10-11,stalled,,president-trump-and-alibaba,called Access Asia 2017,0,,a correction is a new entry

    ----- stderr -----
    "#);
}

#[test]
fn import_refuses_wrong_headers_and_changes_nothing() {
    let db = TestDb::seeded();
    let before = fs::read(db.db_file()).unwrap();
    db.write("companies.csv", "slug,name,country,sector,owner\nalibaba,Alibaba,CN,,\n");
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "companies.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    companies.csv:1: unknown column `owner` in the header (expected: slug,name,country,sector,parent,note)
    companies.csv:1: the header has no column `parent` (expected: slug,name,country,sector,parent,note)
    companies.csv:1: the header has no column `note` (expected: slug,name,country,sector,parent,note)
    error: 3 problems in `companies.csv`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn import_refuses_an_unknown_reference_and_changes_nothing() {
    let db = TestDb::seeded();
    let before = fs::read(db.db_file()).unwrap();
    db.write(
        "markets.csv",
        "pledge,market\nalibaba-1-million-us-jobs,Europe\nalibaba-2-million-jobs,Asia\n",
    );
    assert_cmd_snapshot!(db.cmd(&["import", "pledge_markets", "markets.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    markets.csv:2: no evidence: add a row to evidence.csv with subject `pledge`, key `alibaba-1-million-us-jobs`, field `market`, value `Europe`, a source and its quote
    markets.csv:3: column pledge: no pledge `alibaba-2-million-jobs` (is it in pledges.csv?)
    error: 2 problems in `markets.csv`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn import_refuses_a_malformed_quote_and_changes_nothing() {
    let db = TestDb::seeded();
    let before = fs::read(db.db_file()).unwrap();
    db.write(
        "companies.csv",
        "slug,name,country,sector,parent,note\n\
         alibaba,\"Alibaba\" Group,CN,,,\n\
         newco,\"New Co,US,,,\n\
         other,Other,US,,,\n",
    );
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "companies.csv"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    companies.csv:2: text after the closing quote of field 2; a `"` inside a quoted field must be doubled (`""`)
    companies.csv:3: a quoted field opened here is never closed; add the missing `"`
    error: 2 problems in `companies.csv`; `pledges.db` was not changed
    "#);
    assert_unchanged(&db, &before);
}

#[test]
fn import_refuses_a_quote_that_is_not_in_its_article_and_changes_nothing() {
    let db = TestDb::seeded();
    let before = fs::read(db.db_file()).unwrap();
    db.write(
        "history.csv",
        "pledge,as_of,status,reason,source,quote,preferred,preferred_reason,note\n\
         alibaba-1-million-us-jobs,2018-01-01,kept,,president-trump-and-alibaba,\
         Alibaba created a million jobs,0,,\n",
    );
    assert_cmd_snapshot!(db.cmd(&["import", "status_history", "history.csv"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    history.csv:2: column quote: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "Alibaba While Americans are familiar"
    error: 1 problem in `history.csv`; `pledges.db` was not changed
    "#);
    assert_unchanged(&db, &before);
}

#[test]
fn import_reports_every_invalid_date_and_enum_at_once_and_changes_nothing() {
    let db = TestDb::seeded();
    let before = fs::read(db.db_file()).unwrap();
    ok(&mut db.cmd(&["export", "events", "--out", "events.csv"]));
    let events = db
        .read("events.csv")
        .replace("conference,Access Asia", "summit,Access Asia")
        .replace("2017-10-12", "2017-10-32")
        .replacen(",day,", ",week,", 2);
    db.write("events.csv", events);
    assert_cmd_snapshot!(db.cmd(&["import", "events", "events.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    events.csv:2: column kind: unknown event kind `summit` (expected one of: meeting, announcement, conference, regulatory_listing, appointment, tariff_action, retraction, other)
    events.csv:2: column end_on: `2017-10-32` is not a date (use YYYY-MM-DD, a day that exists)
    events.csv:2: column date_precision: unknown date precision `week` (expected one of: day, month, year)
    events.csv:3: column date_precision: unknown date precision `week` (expected one of: day, month, year)
    error: 4 problems in `events.csv`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn import_refuses_the_pledge_status_view() {
    let db = TestDb::seeded();
    ok(&mut db.cmd(&["export", "--out", "status.csv"]));
    assert_cmd_snapshot!(db.cmd(&["import", "pledge_status", "status.csv"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value 'pledge_status' for '<TABLE>'
      [possible values: sources, companies, company_aliases, officials, official_aliases, governments, categories, category_aliases, category_hs_codes, evidence, official_titles, events, event_participants, pledges, pledge_parties, pledge_markets, pledge_targets, pledge_categories, pledge_events, status_history, target_progress, target_revisions, pledge_relations]

      tip: a similar value exists: 'pledges'

    For more information, try '--help'.
    ");
}

#[test]
fn import_of_a_missing_file_says_so() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["import", "pledges", "missing.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: missing.csv cannot be opened: no such file
    ");
}

#[test]
fn import_refuses_a_symbolic_link_or_a_fifo() {
    let db = TestDb::seeded();
    let before = db.bytes();
    std::os::unix::fs::symlink("/etc/passwd", db.path("companies.csv")).unwrap();
    let made = std::process::Command::new("mkfifo").arg(db.path("officials.csv")).status();
    assert!(made.unwrap().success(), "mkfifo failed");
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "companies.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: companies.csv is a symbolic link; inputs must be regular files inside their folder (copy the file there instead)
    ");
    assert_cmd_snapshot!(db.cmd(&["import", "officials", "officials.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: officials.csv is not a regular file (a FIFO or a device); inputs must be regular files
    ");
    assert_eq!(db.bytes(), before);
}

#[test]
fn import_onto_a_full_disk_says_so_once() {
    let db = TestDb::seeded();
    let mut csv = String::from("slug,name,country,sector,parent,note\n");
    for i in 0..30_000 {
        csv.push_str(&format!("company-{i},Company {i},US,widgets,,a note that takes some room\n"));
    }
    db.write("big.csv", csv);
    // The database may grow by about 120 KB; a write past that fails (SQLite reports it as an
    // I/O error or a full disk, depending on whether the write was cut short or refused).
    let limit = (db.bytes().len() as u32 + 120_000) / 512;
    assert_cmd_snapshot!(db.cmd_with_file_limit(limit, &["import", "companies", "big.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: cannot write to `pledges.db`: the disk could not be written (an I/O error)
    ");
    // The interrupted transaction is rolled back when the database is next opened.
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "companies"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,country,sector,parent,aliases,pledges
    alibaba,Alibaba,CN,online sales platform,,,1
    exhivisit,Exhivisit,US,,,,0
    repdm,RepDM,US,,,,0

    ----- stderr -----
    ");
}

#[test]
fn import_reads_stdin_for_a_hyphen() {
    let db = TestDb::seeded();
    let csv = "slug,name,country,sector,parent,note\nrepdm,RepDM,US,direct mail,,\n";
    let mut cmd = db.cmd(&["import", "companies", "-"]);
    assert_cmd_snapshot!(insta_cmd::SpawnExt::pass_stdin(&mut cmd, csv), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    imported stdin into companies: 0 added, 1 changed, 0 unchanged
    ");
    let mut cmd = db.cmd(&["import", "companies", "-"]);
    assert_cmd_snapshot!(insta_cmd::SpawnExt::pass_stdin(&mut cmd, "slug,name\nx,\n"), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    stdin:1: the header has no column `country` (expected: slug,name,country,sector,parent,note)
    stdin:1: the header has no column `sector` (expected: slug,name,country,sector,parent,note)
    stdin:1: the header has no column `parent` (expected: slug,name,country,sector,parent,note)
    stdin:1: the header has no column `note` (expected: slug,name,country,sector,parent,note)
    error: 4 problems in `stdin`; `pledges.db` was not changed
    ");
}

/// The companies table as the seeds have it, with `sep` between fields.
fn companies_with(sep: &str) -> String {
    let text = "slug,name,country,sector,parent,note\n\
                alibaba,Alibaba Group,CN,online sales platform,,\n\
                exhivisit,Exhivisit,US,,,US partner of Alibaba for the Access Asia 2017 summit\n";
    text.replace(',', sep)
}

#[test]
fn import_reads_semicolon_and_tab_separated_files() {
    let db = TestDb::seeded();
    db.write("semicolons.csv", companies_with(";"));
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "semicolons.csv", "--dry-run"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    changed alibaba: name `Alibaba` → `Alibaba Group`

    ----- stderr -----
    dry run: semicolons.csv into companies: would be 0 added, 1 changed, 1 unchanged; nothing was written
    ");
    db.write("tabs.txt", companies_with("\t"));
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "tabs.txt", "--delimiter", "tab"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    imported tabs.txt into companies: 0 added, 1 changed, 1 unchanged
    ");
}

#[test]
fn import_reads_the_tsv_that_format_tsv_writes() {
    let db = TestDb::seeded();
    let out = db.cmd(&["--format", "tsv", "export", "pledges"]).output().unwrap();
    db.write("pledges.tsv", out.stdout);
    let stderr = ok(&mut db.cmd(&["import", "pledges", "pledges.tsv"]));
    assert_eq!(stderr, "imported pledges.tsv into pledges: 0 added, 0 changed, 1 unchanged\n");
}

#[test]
fn a_wrong_delimiter_names_the_header_problem_and_a_bad_one_is_a_usage_error() {
    let db = TestDb::seeded();
    db.write("semicolons.csv", companies_with(";"));
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "semicolons.csv", "--delimiter", ","]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    semicolons.csv:1: unknown column `slug;name;country;sector;parent;note` in the header (expected: slug,name,country,sector,parent,note)
    semicolons.csv:1: the header has no column `slug` (expected: slug,name,country,sector,parent,note)
    semicolons.csv:1: the header has no column `name` (expected: slug,name,country,sector,parent,note)
    semicolons.csv:1: the header has no column `country` (expected: slug,name,country,sector,parent,note)
    semicolons.csv:1: the header has no column `sector` (expected: slug,name,country,sector,parent,note)
    semicolons.csv:1: the header has no column `parent` (expected: slug,name,country,sector,parent,note)
    semicolons.csv:1: the header has no column `note` (expected: slug,name,country,sector,parent,note)
    error: 7 problems in `semicolons.csv`; `pledges.db` was not changed
    ");
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "semicolons.csv", "--delimiter", "|"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value '|' for '--delimiter <CHAR>': `|` is not a delimiter: use , ; or tab

    For more information, try '--help'.
    ");
}

#[test]
fn the_dry_run_lists_every_changed_record_and_field() {
    let db = TestDb::seeded();
    ok(&mut db.cmd(&["export", "companies", "--out", "companies.csv"]));
    let edited = db.read("companies.csv").replace("RepDM,US,,,US", "RepDM Inc,US,0042,,US")
        + "acme,Acme,US,,,\"two\nlines\"\r\n";
    db.write("companies.csv", edited.replace("CN,online sales platform", "CN,"));
    let before = fs::read(db.db_file()).unwrap();
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "companies.csv", "--dry-run"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    added acme
    changed alibaba: sector `online sales platform` → (empty)
    changed repdm: name `RepDM` → `RepDM Inc`
    changed repdm: sector (empty) → `0042`

    ----- stderr -----
    dry run: companies.csv into companies: would be 1 added, 2 changed, 1 unchanged; nothing was written
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn a_workbook_utf16_or_binary_file_is_refused_in_one_line() {
    let db = TestDb::seeded();
    ok(&mut db.cmd(&["export", "companies", "--out", "companies.xlsx"]));
    let before = fs::read(db.db_file()).unwrap();
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "companies.xlsx"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    companies.xlsx: this is a zip file, such as an .xlsx workbook, not CSV: save the sheet as CSV (UTF-8) and give that file
    error: 1 problem in `companies.xlsx`; `pledges.db` was not changed
    ");
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(companies_with(",").encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    db.write("utf16.csv", utf16);
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "utf16.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    utf16.csv: this file is UTF-16 text: save it as CSV (UTF-8) and give that file
    error: 1 problem in `utf16.csv`; `pledges.db` was not changed
    ");
    let binary: Vec<u8> =
        (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    db.write("binary.csv", binary);
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "binary.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    binary.csv: this is a binary file, not CSV text: give a CSV file saved as UTF-8
    error: 1 problem in `binary.csv`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn cr_only_line_ends_are_named() {
    let db = TestDb::seeded();
    db.write("mac.csv", companies_with(",").replace('\n', "\r"));
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "mac.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    mac.csv: the lines end in CR alone (classic Mac OS line ends): save the file with LF or CRLF line ends
    error: 1 problem in `mac.csv`; `pledges.db` was not changed
    ");
}

#[test]
fn seed_names_a_workbook_in_one_line() {
    let db = TestDb::with_seed_copy();
    ok(&mut db.cmd(&["seed"]));
    ok(&mut db.cmd(&["export", "--out", "book.xlsx"]));
    fs::copy(db.path("book.xlsx"), db.path("seeds/officials.csv")).unwrap();
    let out = db.cmd(&["seed", "--dir", "seeds"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert_eq!(stderr.lines().filter(|l| l.contains("officials.csv")).count(), 1, "{stderr}");
    assert!(stderr.contains("seeds/officials.csv: this is a zip file, such as an .xlsx workbook"));
}

#[test]
fn the_formula_guard_is_removed_only_where_it_was_added() {
    let db = TestDb::with_seed_copy();
    let text = db.read("seeds/officials.csv");
    db.write("seeds/officials.csv", text + "den-bosch,'s-Hertogenbosch,'\n");
    ok(&mut db.cmd(&["seed"]));
    let out = db.cmd(&["--format", "json", "officials"]).output().unwrap();
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(json.contains("\"name\": \"'s-Hertogenbosch\""), "{json}");
    ok(&mut db.cmd(&["export", "officials", "--out", "officials.csv"]));
    assert!(db.read("officials.csv").contains("den-bosch,''s-Hertogenbosch,''\r\n"));
    let stderr = ok(&mut db.cmd(&["import", "officials", "officials.csv"]));
    assert!(stderr.contains(": 0 added, 0 changed, "), "{stderr}");
}

#[test]
fn codes_that_lost_their_leading_zeros_are_named_by_line_and_column() {
    let db = TestDb::seeded();
    db.write("sector.csv", "slug,name,country,sector,parent,note\nrepdm,RepDM,US,'0042,,US partner of Alibaba for the Access Asia 2017 summit\n");
    ok(&mut db.cmd(&["import", "companies", "sector.csv"]));
    db.write("sector.csv", db.read("sector.csv").replace("'0042", "42"));
    db.write(
        "codes.csv",
        "category,code_from,code_to\nagricultural-products,1,24\nfruit,8,8\nwine,2204,2204\n",
    );
    let before = fs::read(db.db_file()).unwrap();
    assert_cmd_snapshot!(db.cmd(&["import", "companies", "sector.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    sector.csv:2: column sector: `42` is the stored `0042` without its leading zeros, as a spreadsheet saves a code it read as a number; write `0042` (format the column as text)
    error: 1 problem in `sector.csv`; `pledges.db` was not changed
    ");
    assert_cmd_snapshot!(db.cmd(&["import", "category_hs_codes", "codes.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    codes.csv:2: column code_from: `1` has lost its leading zero, as a spreadsheet saves a code it read as a number; write `01` (format the column as text)
    codes.csv:3: column code_from: `8` has lost its leading zero, as a spreadsheet saves a code it read as a number; write `08` (format the column as text)
    codes.csv:3: column code_to: `8` has lost its leading zero, as a spreadsheet saves a code it read as a number; write `08` (format the column as text)
    error: 3 problems in `codes.csv`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn import_refuses_quotes_that_name_no_one_passage_and_changes_nothing() {
    let db = TestDb::seeded();
    let before = fs::read(db.db_file()).unwrap();
    db.write(
        "history.csv",
        "pledge,as_of,status,reason,source,quote,preferred,preferred_reason,note\n\
         alibaba-1-million-us-jobs,2017-10-11,stalled,,president-trump-and-alibaba,the,0,,\n\
         alibaba-1-million-us-jobs,2017-10-12,stalled,,president-trump-and-alibaba,Access Asia 2017,0,,\n",
    );
    assert_cmd_snapshot!(db.cmd(&["import", "status_history", "history.csv"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    history.csv:2: column quote: `the` is too short to name one passage of the source: quote at least 3 words (or 15 characters), enough of the sentence that says it
    history.csv:3: column quote: occurs 2 times in the source's text, so it does not say which passage is meant; quote more of the sentence, so that it occurs once (it occurs in "a trade conferenced called Access Asia 2017 with it’s U.S partner" and in "companies involve in the Access Asia 2017 Trade Summit in Los")
    error: 2 problems in `history.csv`; `pledges.db` was not changed
    "#);
    assert_unchanged(&db, &before);
}

#[test]
fn import_refuses_relations_that_break_the_rules_and_changes_nothing() {
    let db = TestDb::seeded();
    let before = fs::read(db.db_file()).unwrap();
    let quote = "\"Alibaba will focus on clothes, wine, agricultural products and fruits\"";
    let source = "beijing-today-trump-tower-meeting";
    let rows = [
        format!("alibaba-1-million-us-jobs,inside,alibaba-1-million-us-jobs,,{source},{quote},"),
        format!("alibaba-1-million-us-jobs,part_of,,,{source},{quote},"),
        format!("alibaba-1-million-us-jobs,conditional,,,{source},{quote},"),
        format!("alibaba-1-million-us-jobs,restates,softbank,if asked,{source},{quote},"),
        format!("alibaba-1-million-us-jobs,conditional,,if asked,{source},,"),
    ];
    let csv = format!("pledge,relation,other,condition,source,quote,note\n{}\n", rows.join("\n"));
    db.write("relations.csv", csv);
    assert_cmd_snapshot!(db.cmd(&["import", "pledge_relations", "relations.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    relations.csv:2: column relation: unknown relation `inside` (expected one of: part_of, restates, conditional, supersedes)
    relations.csv:2: column other: is the pledge itself; a relation links two different pledges
    relations.csv:3: column other: is empty; a part_of relation names the other pledge by its slug
    relations.csv:4: column condition: is empty; a conditional relation says what the pledge depends on
    relations.csv:5: column other: no pledge `softbank` (is it in pledges.csv?)
    relations.csv:5: column condition: is only for conditional relations, not restates; leave it empty
    relations.csv:6: column quote: is empty but required
    error: 7 problems in `relations.csv`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn import_refuses_a_cycle_of_relations_within_one_file() {
    let db = TestDb::seeded();
    let beijing = "beijing-today-trump-tower-meeting";
    let mut cmd = db.cmd(&["add", "pledge", "--company", "alibaba", "--title", "Alibaba sellers"]);
    cmd.args(["--made-on", "2017-01-09", "--formality", "verbal", "--source", beijing]);
    cmd.args(["--quote", "Small companies in the mid-west of America can sell their service"]);
    assert!(cmd.output().unwrap().status.success());
    let before = fs::read(db.db_file()).unwrap();
    let quote = "\"Alibaba will focus on clothes, wine, agricultural products and fruits\"";
    db.write(
        "relations.csv",
        format!(
            "pledge,relation,other,condition,source,quote,note\n\
             alibaba-sellers,part_of,alibaba-1-million-us-jobs,,{beijing},{quote},\n\
             alibaba-1-million-us-jobs,restates,alibaba-sellers,,{beijing},{quote},\n"
        ),
    );
    assert_cmd_snapshot!(db.cmd(&["import", "pledge_relations", "relations.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    relations.csv:3: column other: would close a cycle, since alibaba-sellers part_of alibaba-1-million-us-jobs already; a pledge cannot be inside or a restatement of itself: drop this relation or the one that is wrong
    error: 1 problem in `relations.csv`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}
