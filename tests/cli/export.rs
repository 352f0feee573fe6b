use std::fs;
use std::io::Read;
use std::path::Path;

use calamine::{Data, DataType, Reader, Xlsx, open_workbook};
use chrono::NaiveDate;
use insta_cmd::assert_cmd_snapshot;

use crate::seed::dump;
use crate::{TestDb, seeds_dir};

/// A database seeded from a copy of the real seeds with `lines` appended to `file`.
fn seeded_with(file: &str, lines: &str) -> TestDb {
    let db = TestDb::with_seed_copy();
    let name = format!("seeds/{file}");
    let text = db.read(&name);
    db.write(&name, text + lines);
    let out = db.cmd(&["seed"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    db
}

/// The names of the files under `dir`, relative to it, sorted.
fn files(dir: &Path) -> Vec<String> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type().unwrap().is_dir() {
            names.extend(files(&entry.path()).into_iter().map(|n| format!("{name}/{n}")));
        } else {
            names.push(name);
        }
    }
    names.sort();
    names
}

/// The names in the test folder, to check that no temporary file was left behind.
fn folder(db: &TestDb) -> Vec<String> {
    let mut names: Vec<_> = fs::read_dir(db.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn export_dir_reproduces_the_seed_files_byte_for_byte() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "--dir", "out"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    wrote out: 23 tables and 2 articles
    ");
    let seeds = seeds_dir();
    assert_eq!(files(&db.path("out")), files(&seeds));
    for name in files(&seeds) {
        let (exported, seeded) =
            (fs::read(db.path("out").join(&name)), fs::read(seeds.join(&name)));
        assert!(exported.unwrap() == seeded.unwrap(), "{name} differs from the seed file");
    }
}

#[test]
fn seeding_an_exported_folder_rebuilds_the_same_database() {
    let db = TestDb::seeded();
    let out = db.cmd(&["export", "--dir", "out"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let again = TestDb::empty();
    let out = again.cmd(&["seed", "--dir"]).arg(db.path("out")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(dump(&again), dump(&db));
}

#[test]
fn export_dir_round_trips_formulas_and_apostrophes() {
    // Seed files carry the guard too: the loader strips one leading apostrophe from text, so
    // this stores the name `=HYPERLINK(...)` and the note `'tis a note`.
    let db = TestDb::with_seed_copy();
    db.write(
        "seeds/companies.csv",
        "slug,name,country,sector,parent,note\n\
         alibaba,Alibaba,CN,online sales platform,,\n\
         exhivisit,Exhivisit,US,,,US partner of Alibaba for the Access Asia 2017 summit\n\
         formula,\"'=HYPERLINK(\"\"http://example.com\"\")\",US,,,''tis a note\n\
         repdm,RepDM,US,,,US partner of Alibaba for the Access Asia 2017 summit\n",
    );
    let out = db.cmd(&["seed"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_cmd_snapshot!(db.cmd(&["export", "companies", "--raw"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,country,sector,parent,note
    alibaba,Alibaba,CN,online sales platform,,
    exhivisit,Exhivisit,US,,,US partner of Alibaba for the Access Asia 2017 summit
    formula,"=HYPERLINK(""http://example.com"")",US,,,'tis a note
    repdm,RepDM,US,,,US partner of Alibaba for the Access Asia 2017 summit

    ----- stderr -----
    "#);
    let out = db.cmd(&["export", "--dir", "out"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(db.read("out/companies.csv"), db.read("seeds/companies.csv"));
    let again = TestDb::empty();
    let out = again.cmd(&["seed", "--dir"]).arg(db.path("out")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(dump(&again), dump(&db));
}

#[test]
fn export_prints_pledge_status_by_default() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no

    ----- stderr -----
    ");
}

#[test]
fn export_honours_format_tsv_and_json() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "export", "pledge_targets"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    pledge	metric	label	amount	unit	qualifier	minimum	maximum	by	over_years	for_years
    alibaba-1-million-us-jobs	businesses		1000000							
    alibaba-1-million-us-jobs	jobs		1000000		more_than					

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "export", "pledge_status"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "slug": "alibaba-1-million-us-jobs",
        "title": "Alibaba to create 1 million US jobs",
        "kind": "jobs",
        "company": "Alibaba",
        "made_by": "Jack Ma",
        "made_to": "Donald Trump",
        "made_on": "2017-01-09",
        "targets": [
          {
            "metric": "businesses",
            "label": "",
            "amount": 1000000,
            "unit": "",
            "qualifier": null,
            "minimum": null,
            "maximum": null,
            "by": null,
            "over_years": null,
            "for_years": null
          },
          {
            "metric": "jobs",
            "label": "",
            "amount": 1000000,
            "unit": "",
            "qualifier": "more_than",
            "minimum": null,
            "maximum": null,
            "by": null,
            "over_years": null,
            "for_years": null
          }
        ],
        "categories": [
          "agricultural-products",
          "apparel",
          "fruit",
          "wine"
        ],
        "status": "in_progress",
        "status_since": "2017-01-10",
        "deadline": null,
        "overdue": false
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn export_guards_formulas_in_text_columns_only() {
    let db = seeded_with(
        "companies.csv",
        "formula,\"=HYPERLINK(\"\"http://example.com\"\")\",US,,,-5 percent\n",
    );
    assert_cmd_snapshot!(db.cmd(&["export", "companies", "--out", "companies.csv"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    wrote companies.csv: companies (4 rows)
    ");
    assert_eq!(
        db.read("companies.csv"),
        "\u{feff}slug,name,country,sector,parent,note\r\n\
         alibaba,Alibaba,CN,online sales platform,,\r\n\
         exhivisit,Exhivisit,US,,,US partner of Alibaba for the Access Asia 2017 summit\r\n\
         formula,\"'=HYPERLINK(\"\"http://example.com\"\")\",US,,,'-5 percent\r\n\
         repdm,RepDM,US,,,US partner of Alibaba for the Access Asia 2017 summit\r\n"
    );
    // `-o` is the short form of `--out`.
    let out = db.cmd(&["export", "companies", "-o", "short.csv"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(db.read("short.csv"), db.read("companies.csv"));
}

#[test]
fn export_raw_and_json_have_no_guard() {
    let db = seeded_with(
        "companies.csv",
        "formula,\"=HYPERLINK(\"\"http://example.com\"\")\",US,,,-5 percent\n",
    );
    assert_cmd_snapshot!(db.cmd(&["export", "companies", "--raw"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,country,sector,parent,note
    alibaba,Alibaba,CN,online sales platform,,
    exhivisit,Exhivisit,US,,,US partner of Alibaba for the Access Asia 2017 summit
    formula,"=HYPERLINK(""http://example.com"")",US,,,-5 percent
    repdm,RepDM,US,,,US partner of Alibaba for the Access Asia 2017 summit

    ----- stderr -----
    "#);
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "export", "companies"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "slug": "alibaba",
        "name": "Alibaba",
        "country": "CN",
        "sector": "online sales platform",
        "parent": null,
        "note": null
      },
      {
        "slug": "exhivisit",
        "name": "Exhivisit",
        "country": "US",
        "sector": null,
        "parent": null,
        "note": "US partner of Alibaba for the Access Asia 2017 summit"
      },
      {
        "slug": "formula",
        "name": "=HYPERLINK(\"http://example.com\")",
        "country": "US",
        "sector": null,
        "parent": null,
        "note": "-5 percent"
      },
      {
        "slug": "repdm",
        "name": "RepDM",
        "country": "US",
        "sector": null,
        "parent": null,
        "note": "US partner of Alibaba for the Access Asia 2017 summit"
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn export_out_csv_is_ready_for_spreadsheets_unless_plain() {
    let db = TestDb::seeded();
    let out = db.cmd(&["export", "pledge_markets", "--out", "markets.csv"]).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        db.read("markets.csv"),
        "\u{feff}pledge,market\r\n\
         alibaba-1-million-us-jobs,Asia\r\n\
         alibaba-1-million-us-jobs,China\r\n\
         alibaba-1-million-us-jobs,Southeast Asia\r\n"
    );
    let out = db.cmd(&["export", "pledge_markets", "--out", "plain.csv", "--plain"]).output();
    assert!(out.unwrap().status.success());
    let stdout = db.cmd(&["export", "pledge_markets"]).output().unwrap().stdout;
    assert_eq!(db.read("plain.csv").as_bytes(), stdout);
    assert_eq!(folder(&db), ["markets.csv", "plain.csv", "pledges.db"]);
}

#[test]
fn export_refuses_several_tables_to_one_csv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "pledges", "companies"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: a CSV file or stdout holds one table; to export several, use --out FILE.xlsx or --dir DIR
    ");
}

#[test]
fn export_refuses_a_file_name_it_cannot_tell_the_format_of() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "--out", "pledges.txt"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: cannot tell what to write from the name `pledges.txt`: end it in .csv or .xlsx
    ");
}

#[test]
fn export_refuses_pledge_status_in_a_seed_folder() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "pledge_status", "--dir", "out"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: pledge_status is a view, not a seed table; export it to stdout or with --out
    ");
}

#[test]
fn export_refuses_format_with_a_file() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "export", "--out", "x.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --format applies to stdout only; --out and --dir choose the format themselves
    ");
}

#[test]
fn export_refuses_an_unknown_table() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "pledge"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value 'pledge' for '[TABLE]...'
      [possible values: pledge_status, sources, companies, company_aliases, officials, official_aliases, governments, categories, category_aliases, category_hs_codes, evidence, official_titles, events, event_participants, pledges, pledge_parties, pledge_markets, pledge_targets, pledge_categories, pledge_events, status_history, target_progress, target_revisions, pledge_relations]

      tip: a similar value exists: 'pledges'

    For more information, try '--help'.
    ");
}

#[test]
fn export_plain_needs_out() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "--plain"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: the following required arguments were not provided:
      --out <FILE>

    Usage: pledge export --out <FILE> --plain [TABLE]...

    For more information, try '--help'.
    ");
}

#[test]
fn export_to_a_missing_folder_says_so_and_writes_nothing() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "--out", "missing/pledges.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: cannot write `missing/pledges.csv`: no such folder
    ");
    assert_eq!(folder(&db), ["pledges.db"]);
}

#[test]
fn export_under_a_file_says_so_and_writes_nothing() {
    let db = TestDb::seeded();
    db.write("notes", "not a folder");
    assert_cmd_snapshot!(db.cmd(&["export", "--out", "notes/pledges.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: cannot write `notes/pledges.csv`: part of the path is a file, not a folder
    ");
    assert_cmd_snapshot!(db.cmd(&["export", "--dir", "notes/out"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: cannot create `notes/out`: part of the path is a file, not a folder
    ");
    assert_eq!(folder(&db), ["notes", "pledges.db"]);
}

#[test]
fn export_over_a_folder_fails_and_leaves_no_partial_file() {
    let db = TestDb::seeded();
    fs::create_dir(db.path("pledges.csv")).unwrap();
    // The whole table is written to a temporary file first; the failing rename removes it.
    assert_cmd_snapshot!(db.cmd(&["export", "--out", "pledges.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: cannot write `pledges.csv`: it is a folder
    ");
    assert_eq!(folder(&db), ["pledges.csv", "pledges.db"]);
    assert!(fs::read_dir(db.path("pledges.csv")).unwrap().next().is_none());
}

/// A sheet of a workbook in the test folder.
fn sheet(db: &TestDb, file: &str, name: &str) -> calamine::Range<Data> {
    let mut book: Xlsx<_> = open_workbook(db.path(file)).unwrap();
    book.worksheet_range(name).unwrap()
}

/// The XML of the first sheet of a workbook, where the panes are described.
fn first_sheet_xml(db: &TestDb, file: &str) -> String {
    let mut zip = zip::ZipArchive::new(fs::File::open(db.path(file)).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml").unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn export_xlsx_writes_pledge_status_then_every_table() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "--out", "pledges.xlsx"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    wrote pledges.xlsx: pledge_status, sources, companies, company_aliases, officials, official_aliases, governments, categories, category_aliases, category_hs_codes, evidence, official_titles, events, event_participants, pledges, pledge_parties, pledge_markets, pledge_targets, pledge_categories, pledge_events, status_history, target_progress, target_revisions, pledge_relations
    ");
    let book: Xlsx<_> = open_workbook(db.path("pledges.xlsx")).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "pledge_status",
            "sources",
            "companies",
            "company_aliases",
            "officials",
            "official_aliases",
            "governments",
            "categories",
            "category_aliases",
            "category_hs_codes",
            "evidence",
            "official_titles",
            "events",
            "event_participants",
            "pledges",
            "pledge_parties",
            "pledge_markets",
            "pledge_targets",
            "pledge_categories",
            "pledge_events",
            "status_history",
            "target_progress",
            "target_revisions",
            "pledge_relations",
        ]
    );
    assert_eq!(folder(&db), ["pledges.db", "pledges.xlsx"]);
}

#[test]
fn export_xlsx_keeps_text_as_text_and_types_dates_numbers_and_flags() {
    let db = TestDb::seeded();
    let out = db.cmd(&["export", "--out", "pledges.xlsx"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let status = sheet(&db, "pledges.xlsx", "pledge_status");
    assert_eq!(status.get((0, 0)), Some(&Data::String("slug".into())));
    assert_eq!(status.get((1, 0)), Some(&Data::String("alibaba-1-million-us-jobs".into())));
    let made_on = status.get((1, 6)).unwrap();
    assert!(matches!(made_on, Data::DateTime(_)), "{made_on:?}");
    assert_eq!(made_on.as_date(), NaiveDate::from_ymd_opt(2017, 1, 9));
    assert!(status.get((1, 11)).is_none_or(|c| *c == Data::Empty), "no deadline");
    assert_eq!(status.get((1, 12)), Some(&Data::Bool(false)), "overdue is a flag");

    let targets = sheet(&db, "pledges.xlsx", "pledge_targets");
    assert_eq!(targets.get((1, 3)), Some(&Data::Float(1_000_000.0)));

    let codes = sheet(&db, "pledges.xlsx", "category_hs_codes");
    assert_eq!(codes.get((3, 1)), Some(&Data::String("08".into())), "HS codes stay text");

    let evidence = sheet(&db, "pledges.xlsx", "evidence");
    assert_eq!(evidence.get((0, 7)), Some(&Data::String("preferred".into())));
    assert_eq!(evidence.get((1, 7)), Some(&Data::Bool(false)));

    let events = sheet(&db, "pledges.xlsx", "events");
    assert!(matches!(events.get((1, 3)), Some(Data::DateTime(_))), "start_on is a date");
    assert_eq!(events.get((1, 5)), Some(&Data::String("day".into())));
}

#[test]
fn export_xlsx_fits_columns_to_their_text_and_filters_the_header_row() {
    let db = TestDb::seeded();
    let out = db.cmd(&["export", "pledges", "--out", "pledges.xlsx"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let xml = first_sheet_xml(&db, "pledges.xlsx");
    assert!(xml.contains(r#"<autoFilter ref="A1:J2"/>"#), "{xml}");
    // slug: alibaba-1-million-us-jobs, 25 characters and one more; description: long, so
    // capped; made_on: a date, YYYY-MM-DD.
    for col in [
        r#"<col min="1" max="1" width="26.7109375" customWidth="1"/>"#,
        r#"<col min="3" max="3" width="51.7109375" customWidth="1"/>"#,
        r#"<col min="5" max="5" width="11.7109375" customWidth="1"/>"#,
    ] {
        assert!(xml.contains(col), "{col} in {xml}");
    }
}

#[test]
fn export_xlsx_freezes_the_header_row() {
    let db = TestDb::seeded();
    let out = db.cmd(&["export", "pledges", "--out", "pledges.xlsx"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let xml = first_sheet_xml(&db, "pledges.xlsx");
    assert!(xml.contains(r#"ySplit="1""#) && xml.contains(r#"state="frozen""#), "{xml}");
}

#[test]
fn export_xlsx_writes_formula_text_as_text_never_a_formula() {
    let db = seeded_with(
        "companies.csv",
        "formula,\"=HYPERLINK(\"\"http://example.com\"\")\",US,,,-5 percent\n",
    );
    let out = db.cmd(&["export", "companies", "--out", "companies.xlsx"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let companies = sheet(&db, "companies.xlsx", "companies");
    assert_eq!(companies.get((3, 0)), Some(&Data::String("formula".into())));
    let name = "=HYPERLINK(\"http://example.com\")";
    assert_eq!(companies.get((3, 1)), Some(&Data::String(name.into())));
    assert_eq!(companies.get((3, 5)), Some(&Data::String("-5 percent".into())));
    let mut book: Xlsx<_> = open_workbook(db.path("companies.xlsx")).unwrap();
    let formulas = book.worksheet_formula("companies").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "no cell is a formula");
}

#[test]
fn export_xlsx_refuses_text_longer_than_a_cell_and_leaves_no_file() {
    let long = "x".repeat(40_000);
    let db = seeded_with("companies.csv", &format!("zz-long,Long,US,,,{long}\n"));
    assert_cmd_snapshot!(db.cmd(&["export", "companies", "--out", "companies.xlsx"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: companies, row 5, column note: the text is longer than the 32,767 characters a spreadsheet cell holds; export this table as CSV instead
    ");
    assert_eq!(folder(&db), ["pledges.db", "seeds"]);
}

#[test]
fn export_xlsx_refuses_plain() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "--out", "pledges.xlsx", "--plain"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --plain is for .csv files; a workbook has no line ends
    ");
}

#[test]
fn export_pledge_status_is_pledge_list_with_the_same_filters() {
    let db = TestDb::seeded();
    let filters: &[&[&str]] = &[
        &[],
        &["--status", "in_progress"],
        &["--status", "kept"],
        &["--company", "alibaba", "--category", "agricultural-products"],
        &["--official", "donald-trump", "--open"],
        &["--as-of", "2017-01-09"],
        &["--made-from", "2018-01-01"],
        &["--overdue", "--limit", "1"],
    ];
    for filter in filters {
        for format in ["csv", "tsv", "json"] {
            let list = db.cmd(&["--format", format, "list"]).args(*filter).output().unwrap();
            let export =
                db.cmd(&["--format", format, "export", "pledge_status"]).args(*filter).output();
            let export = export.unwrap();
            assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
            assert_eq!(
                String::from_utf8(export.stdout).unwrap(),
                String::from_utf8(list.stdout).unwrap(),
                "{format} {filter:?}"
            );
        }
    }
    assert_cmd_snapshot!(db.cmd(&["export", "--as-of", "2017-01-09", "--status", "announced"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,announced,2017-01-09,,no

    ----- stderr -----
    ");
}

#[test]
fn export_xlsx_filters_the_pledge_status_sheet_only() {
    let db = TestDb::seeded();
    let out = db.cmd(&["export", "--out", "kept.xlsx", "--status", "kept"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(sheet(&db, "kept.xlsx", "pledge_status").height(), 1, "only the header");
    assert_eq!(sheet(&db, "kept.xlsx", "pledges").height(), 2, "tables are whole");
}

#[test]
fn export_refuses_filters_without_pledge_status() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "pledges", "--company", "alibaba"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --as-of and the filters choose the pledges of pledge_status; tables are always exported whole
    ");
    assert_cmd_snapshot!(db.cmd(&["export", "--dir", "out", "--as-of", "2017-01-09"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --as-of and the filters choose the pledges of pledge_status; tables are always exported whole
    ");
}

#[test]
fn export_refuses_a_filter_naming_an_unknown_record() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "--company", "alibab"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no company `alibab`; did you mean `alibaba`? (see `pledge companies`)
    ");
}

#[test]
fn export_dir_of_named_tables_writes_only_those() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["export", "pledges", "pledge_targets", "--dir", "out"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    wrote out: 2 tables and 0 articles
    ");
    assert_eq!(files(&db.path("out")), ["pledge_targets.csv", "pledges.csv"]);
    let out = db.cmd(&["export", "sources", "--dir", "out"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(files(&db.path("out")).len(), 5, "sources.csv and its two articles added");
}

/// A sources file in `folder` naming one article `article.txt` with the text `text`.
fn source_folder(db: &TestDb, folder: &str, slug: &str, text: &str) {
    fs::create_dir_all(db.path(&format!("{folder}/articles"))).unwrap();
    db.write(&format!("{folder}/articles/article.txt"), text);
    let sha = {
        use sha2::Digest;
        format!("{:x}", sha2::Sha256::digest(text.as_bytes()))
    };
    db.write(
        &format!("{folder}/sources.csv"),
        format!(
            "slug,kind,title,publisher,url,published_on,retrieved_on,file,sha256,note\n\
             {slug},article,Title of {slug},,,,,article.txt,{sha},\n"
        ),
    );
}

#[test]
fn two_articles_with_one_name_survive_export_dir_and_seed() {
    let db = TestDb::seeded();
    source_folder(&db, "a1", "first-story", "The first story.\n");
    source_folder(&db, "a2", "second-story", "The second story.\n");
    for folder in ["a1", "a2"] {
        let out =
            db.cmd(&["import", "sources", &format!("{folder}/sources.csv")]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_cmd_snapshot!(db.cmd(&["export", "sources"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,kind,title,publisher,url,published_on,retrieved_on,file,sha256,note
    beijing-today-trump-tower-meeting,article,Donald Trump Holds Meetings At Trump Tower,Beijing Today,,,,beijing-today-trump-tower-meeting.txt,171607b6a8570ca2094afda5b79e93d3e0e496d7b0c811d15b564653d8bc988e,publication date and address not given in the text
    first-story,article,Title of first-story,,,,,article.txt,00a56ad37d8e006a8511257449bbcaf6af735a109dd3c6748fb7ce4300476d9c,
    president-trump-and-alibaba,blog_post,President Trump & Alibaba,,,,,president-trump-and-alibaba.txt,d4648815b18a1294af13d586ccac1aceca0c9cca976ec78e5232d9a078291f1a,"publisher, publication date and address not given in the text"
    second-story,article,Title of second-story,,,,,article-2.txt,a7f12c2c2304b71710e1ef3d95c38491290d7b2050f8157d4e4860fb85793e74,

    ----- stderr -----
    "#);
    let out = db.cmd(&["export", "--dir", "out"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(db.read("out/articles/article.txt"), "The first story.\n");
    assert_eq!(db.read("out/articles/article-2.txt"), "The second story.\n");
    let again = TestDb::empty();
    let out = again.cmd(&["seed", "--dir"]).arg(db.path("out")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let sources = |db: &TestDb| db.cmd(&["export", "sources"]).output().unwrap().stdout;
    assert_eq!(sources(&again), sources(&db));
}

#[test]
fn export_dir_removes_articles_no_source_names_and_keeps_other_files() {
    let db = TestDb::seeded();
    fs::create_dir_all(db.path("out/articles")).unwrap();
    db.write("out/articles/gone.txt", "an article of a source since removed");
    db.write("out/README.md", "notes of my own");
    let out = db.cmd(&["export", "--dir", "out"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!db.path("out/articles/gone.txt").exists());
    assert_eq!(db.read("out/README.md"), "notes of my own");
    assert_eq!(fs::read_dir(db.path("out/articles")).unwrap().count(), 2);
    let names: Vec<_> = fs::read_dir(db.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("pledge-tmp"))
        .collect();
    assert!(names.is_empty(), "temporary folders left: {names:?}");
}

#[test]
fn check_and_export_dir_refuse_two_articles_stored_under_one_name() {
    let db = TestDb::seeded();
    let conn = db.connect();
    conn.execute_batch("UPDATE sources SET file = 'same.txt'").unwrap();
    drop(conn);
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "check"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    shared_file,sources,president-trump-and-alibaba,"its article is stored as `same.txt`, like that of `beijing-today-trump-tower-meeting`, but the texts differ; import the source again to give it a file name of its own"
    stale,pledges,alibaba-1-million-us-jobs,no update for over a year: in_progress since 2017-01-10

    ----- stderr -----
    2 problems found
    "#);
    assert_cmd_snapshot!(db.cmd(&["export", "--dir", "out"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: sources `beijing-today-trump-tower-meeting` and `president-trump-and-alibaba` store different articles under one file name `same.txt`; import one of them again to give it a name of its own (see `pledge check`)
    ");
}

#[test]
fn export_dir_refuses_the_folder_that_holds_the_database() {
    let db = TestDb::seeded();
    let before = db.bytes();
    assert_cmd_snapshot!(db.cmd(&["export", "--dir", "."]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `.` holds the database itself; export into a folder of its own (such as `seeds`)
    ");
    assert!(db.bytes() == before, "the database changed");
}

/// The files of the test folder other than the database and its SQLite side files (which the
/// file-size limit can keep SQLite from removing at exit).
fn exported(db: &TestDb) -> Vec<String> {
    fs::read_dir(db.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with("pledges.db"))
        .collect()
}

#[test]
fn export_to_xlsx_that_cannot_be_written_fails_cleanly() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd_with_file_limit(8, &["export", "--out", "x.xlsx"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` is not a pledge database (it is not a readable SQLite database); give another --db
    ");
    assert_eq!(exported(&db), Vec::<String>::new(), "no partial or temporary file is left");
}

#[test]
fn export_to_csv_that_cannot_be_written_fails_cleanly() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd_with_file_limit(4, &["export", "evidence", "--out", "x.csv"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` is not a pledge database (it is not a readable SQLite database); give another --db
    ");
    assert_eq!(exported(&db), Vec::<String>::new(), "no partial or temporary file is left");
}

#[test]
fn export_dir_that_is_a_file_says_so() {
    let db = TestDb::seeded();
    db.write("afile", "x");
    assert_cmd_snapshot!(db.cmd(&["export", "--dir", "afile"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: cannot write `afile`: it is a file, not a folder
    ");
}
