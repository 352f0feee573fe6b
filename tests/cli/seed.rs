use std::fs;

use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

/// A folder with the real seeds copied and loaded, so a failed re-seed can be checked to leave
/// the database as it was. Returns the folder and the database's bytes.
fn seeded_copy() -> (TestDb, Vec<u8>) {
    let db = TestDb::with_seed_copy();
    let out = db.cmd(&["seed"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let before = fs::read(db.db_file()).unwrap();
    (db, before)
}

/// Replaces `from` by `to` in a seed file, which must contain it.
fn edit(db: &TestDb, file: &str, from: &str, to: &str) {
    let name = format!("seeds/{file}");
    let text = db.read(&name);
    assert!(text.contains(from), "{file} has no `{from}`");
    db.write(&name, text.replacen(from, to, 1));
}

/// Asserts that the database is byte for byte what it was and that no temporary file is left.
fn assert_unchanged(db: &TestDb, before: &[u8]) {
    assert!(fs::read(db.db_file()).unwrap() == before, "the database changed");
    let mut names: Vec<_> =
        fs::read_dir(db.path("")).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names, ["pledges.db", "seeds"], "a temporary file was left behind");
}

#[test]
fn seed_builds_the_database_and_reports_counts() {
    let db = TestDb::with_seed_copy();
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    seeded pledges.db from seeds: sources 2, companies 3, company_aliases 0, officials 5, official_aliases 3, governments 0, categories 4, category_aliases 3, category_hs_codes 4, evidence 70, official_titles 7, events 5, event_participants 11, pledges 1, pledge_parties 3, pledge_markets 3, pledge_targets 2, pledge_categories 4, pledge_events 5, status_history 2, target_progress 0, target_revisions 0, pledge_relations 0
    ");
    assert_cmd_snapshot!(db.cmd(&["status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    status          pledges
    announced             0
    in_progress           1
    stalled               0
    scaled_back           0
    partially_kept        0
    kept                  0
    broken                0
    withdrawn             0
    unverifiable          0

    slug                       company  title                                status       status_since  overdue
    alibaba-1-million-us-jobs  Alibaba  Alibaba to create 1 million US jobs  in_progress  2017-01-10    no

    ----- stderr -----
    ");
}

#[test]
fn seed_twice_gives_the_same_content() {
    let (db, _) = seeded_copy();
    let first = dump(&db);
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    seeded pledges.db from seeds: sources 2, companies 3, company_aliases 0, officials 5, official_aliases 3, governments 0, categories 4, category_aliases 3, category_hs_codes 4, evidence 70, official_titles 7, events 5, event_participants 11, pledges 1, pledge_parties 3, pledge_markets 3, pledge_targets 2, pledge_categories 4, pledge_events 5, status_history 2, target_progress 0, target_revisions 0, pledge_relations 0
    ");
    assert_eq!(dump(&db), first);
}

/// Every row of every data table, as text, in rowid order. The journal is left out: it records
/// the commands run on the file, which differ between two builds of the same data.
pub fn dump(db: &TestDb) -> String {
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    let mut tables = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name <> 'journal' ORDER BY name")
        .unwrap();
    let names: Vec<String> =
        tables.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    let mut text = String::new();
    for name in names {
        let mut rows = conn.prepare(&format!("SELECT * FROM {name}")).unwrap();
        let width = rows.column_count();
        let mut query = rows.query([]).unwrap();
        while let Some(row) = query.next().unwrap() {
            let cells: Vec<String> = (0..width).map(|i| cell(row.get_ref(i).unwrap())).collect();
            text += &format!("{name}: {}\n", cells.join(" | "));
        }
    }
    text
}

/// One cell of [`dump`], its type and its value: text as a quoted string, which is quicker to
/// write than the list of bytes `ValueRef`'s own debug form gives.
fn cell(value: rusqlite::types::ValueRef<'_>) -> String {
    match value {
        rusqlite::types::ValueRef::Text(bytes) => match std::str::from_utf8(bytes) {
            Ok(text) => format!("Text({text:?})"),
            Err(_) => format!("{value:?}"),
        },
        other => format!("{other:?}"),
    }
}

#[test]
fn seeded_database_passes_sqlite_integrity_checks() {
    let db = TestDb::seeded();
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    let dangling: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(dangling, 0);
}

#[test]
fn every_stored_quote_is_at_its_offsets_in_its_article() {
    let db = TestDb::seeded();
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT e.quote, s.body, e.quote_start, e.quote_end FROM evidence e JOIN sources s ON s.id = e.source_id
             UNION ALL
             SELECT h.quote, s.body, h.quote_start, h.quote_end FROM status_history h JOIN sources s ON s.id = h.source_id",
        )
        .unwrap();
    let rows: Vec<(String, String, i64, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(rows.len() > 60, "only {} quotes", rows.len());
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (quote, body, start, end) in rows {
        assert_eq!(collapse(&body[start as usize..end as usize]), collapse(&quote));
    }
}

#[test]
fn status_history_refuses_update_and_delete() {
    let db = TestDb::seeded();
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    let update = conn.execute("UPDATE status_history SET status = 'kept'", []).unwrap_err();
    assert_eq!(
        update.to_string(),
        "status history is append-only: record a correction as a new entry"
    );
    let delete = conn.execute("DELETE FROM status_history", []).unwrap_err();
    assert_eq!(delete.to_string(), "status history is append-only: entries cannot be deleted");
}

#[test]
fn seed_without_a_seed_folder_says_where_it_looked() {
    let db = TestDb::empty();
    assert_cmd_snapshot!(db.cmd(&["seed", "--dir", "nowhere"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no seed folder at `nowhere` (give one with --dir)
    ");
}

#[test]
fn seed_refuses_an_unterminated_quote() {
    let (db, before) = seeded_copy();
    edit(&db, "companies.csv", "repdm,RepDM,US,,,", "repdm,RepDM,US,,,\n\"acme,Acme,US,,,");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/companies.csv:5: a quoted field opened here is never closed; add the missing `"`
    error: 1 problem in `seeds`; `pledges.db` was not changed
    "#);
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_text_after_a_closing_quote() {
    let (db, before) = seeded_copy();
    edit(&db, "companies.csv", "exhivisit,Exhivisit,", "exhivisit,\"Exhivisit\" Inc,");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/companies.csv:3: text after the closing quote of field 2; a `"` inside a quoted field must be doubled (`""`)
    error: 1 problem in `seeds`; `pledges.db` was not changed
    "#);
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_ragged_row() {
    let (db, before) = seeded_copy();
    edit(&db, "companies.csv", "repdm,RepDM,US,,,", "repdm,RepDM,US,,");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/companies.csv:4: the row has 5 fields but the header has 6; check for a missing or extra comma
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_date_that_does_not_exist() {
    let (db, before) = seeded_copy();
    edit(&db, "pledges.csv", "2017-01-09", "2017-02-30");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/pledges.csv:2: column made_on: `2017-02-30` is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only the month or the year)
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_an_unknown_enum_value() {
    let (db, before) = seeded_copy();
    edit(&db, "status_history.csv", ",in_progress,", ",in_progres,");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/status_history.csv:3: column status: unknown status `in_progres` (expected one of: announced, in_progress, stalled, scaled_back, partially_kept, kept, broken, withdrawn, unverifiable)
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_reference_to_a_missing_slug() {
    let (db, before) = seeded_copy();
    edit(&db, "pledge_parties.csv", ",pledger,alibaba,,", ",pledger,alibba,,");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/pledge_parties.csv:4: column company: no company `alibba` (is it in companies.csv?)
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_duplicate_slug() {
    let (db, before) = seeded_copy();
    edit(&db, "companies.csv", "repdm,RepDM,US,,,", "repdm,RepDM,US,,,\nrepdm,RepDM Again,US,,,");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/companies.csv:5: column slug: `repdm` is already defined earlier; each key may appear once
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_quote_that_is_not_in_its_article() {
    let (db, before) = seeded_copy();
    edit(&db, "status_history.csv", "he made a promise", "he made a solemn promise");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/status_history.csv:2: column quote: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "Trump, he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market."
    error: 1 problem in `seeds`; `pledges.db` was not changed
    "#);
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_an_article_whose_bytes_changed() {
    let (db, before) = seeded_copy();
    edit(&db, "articles/president-trump-and-alibaba.txt", "Monday’s meeting", "Tuesday’s meeting");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/sources.csv:3: column sha256: seeds/articles/president-trump-and-alibaba.txt has changed: its sha256 is fd9bcb931043348633210d51106171fd37c01f8c383bcb1e142d0d217bb3494f, the row says d4648815b18a1294af13d586ccac1aceca0c9cca976ec78e5232d9a078291f1a; restore the article, or if the change is intended, update the hash and re-check its quotes
    seeds/evidence.csv:28: column quote: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "Tuesday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S,"
    error: 2 problems in `seeds`; `pledges.db` was not changed
    "#);
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_byte_order_mark_in_the_middle() {
    let (db, before) = seeded_copy();
    edit(&db, "companies.csv", "exhivisit,", "\u{feff}exhivisit,");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/companies.csv:3: a byte-order mark in the middle of the file; files joined together? remove it
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_accepts_a_leading_byte_order_mark_and_crlf() {
    let db = TestDb::with_seed_copy();
    let text = db.read("seeds/companies.csv");
    db.write("seeds/companies.csv", format!("\u{feff}{}", text.replace('\n', "\r\n")));
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    seeded pledges.db from seeds: sources 2, companies 3, company_aliases 0, officials 5, official_aliases 3, governments 0, categories 4, category_aliases 3, category_hs_codes 4, evidence 70, official_titles 7, events 5, event_participants 11, pledges 1, pledge_parties 3, pledge_markets 3, pledge_targets 2, pledge_categories 4, pledge_events 5, status_history 2, target_progress 0, target_revisions 0, pledge_relations 0
    ");
}

#[test]
fn seed_refuses_invalid_utf8() {
    let (db, before) = seeded_copy();
    let text = db.read("seeds/officials.csv");
    let mut bytes = text.replacen("Jack Ma", "Jack M\u{1}", 1).into_bytes();
    let at = bytes.iter().position(|b| *b == 1).unwrap();
    bytes[at] = 0xff;
    db.write("seeds/officials.csv", bytes);
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/officials.csv:3: column name: is not valid UTF-8; save the file as UTF-8
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_nul_byte() {
    let (db, before) = seeded_copy();
    edit(&db, "officials.csv", "Peter Navarro", "Peter\0Navarro");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/officials.csv:5: a NUL byte; this looks like a binary file, not CSV
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_missing_header() {
    let (db, before) = seeded_copy();
    edit(&db, "officials.csv", "slug,name,note\n", "slug,name\n");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/officials.csv:1: the header has no column `note` (expected: slug,name,note)
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_an_unknown_or_duplicate_header() {
    let (db, before) = seeded_copy();
    edit(&db, "companies.csv", "slug,name,country,sector,", "slug,name,country,industry,");
    edit(&db, "category_aliases.csv", "category,alias", "category,category");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/companies.csv:1: unknown column `industry` in the header (expected: slug,name,country,sector,parent,note)
    seeds/companies.csv:1: the header has no column `sector` (expected: slug,name,country,sector,parent,note)
    seeds/category_aliases.csv:1: column `category` appears twice in the header
    seeds/category_aliases.csv:1: the header has no column `alias` (expected: category,alias)
    error: 4 problems in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_an_empty_required_field() {
    let (db, before) = seeded_copy();
    edit(&db, "events.csv", "Jack Ma meets Donald Trump at Trump Tower", "");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/events.csv:5: column title: is empty but required
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_missing_file() {
    let (db, before) = seeded_copy();
    fs::remove_file(db.path("seeds/pledge_markets.csv")).unwrap();
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/pledge_markets.csv: the file is missing; every seed file must exist, even with only its header
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_withdrawal_without_a_reason() {
    let (db, before) = seeded_copy();
    let text = db.read("seeds/status_history.csv");
    let row = "alibaba-1-million-us-jobs,2017-01-10,withdrawn,,president-trump-and-alibaba,Monday’s meeting,0,,\n";
    db.write("seeds/status_history.csv", text + row);
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/status_history.csv:4: column reason: is empty; a withdrawn entry needs a reason code (one of: premise_changed, conditions_not_met, deprioritized, blocked_external, business_change, superseded, unknown)
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_status_dated_before_the_pledge() {
    let (db, before) = seeded_copy();
    edit(&db, "status_history.csv", "2017-01-09,announced", "2016-12-31,announced");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/status_history.csv:2: column as_of: 2016-12-31 is before the pledge was made (2017-01-09)
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_a_fact_without_evidence() {
    let (db, before) = seeded_copy();
    edit(&db, "pledge_targets.csv", ",jobs,,1000000,", ",jobs,,2000000,");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/pledge_targets.csv:3: no evidence: add a row to evidence.csv with subject `pledge`, key `alibaba-1-million-us-jobs`, field `jobs`, value `2000000`, a source and its quote
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_evidence_about_a_record_that_does_not_exist() {
    let (db, before) = seeded_copy();
    edit(&db, "evidence.csv", "company,repdm,name", "company,repdm-inc,name");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/evidence.csv:8: column key: no company `repdm-inc`: the claim is about a record that does not exist
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_reports_every_problem_of_every_file_at_once() {
    let (db, before) = seeded_copy();
    edit(&db, "pledges.csv", "2017-01-09", "2017-13-01");
    edit(&db, "pledges.csv", ",verbal,", ",spoken,");
    edit(&db, "companies.csv", "exhivisit,Exhivisit,US", "exhivisit,Exhivisit,USA");
    edit(&db, "events.csv", "2017-10-12,day", "2017-10-10,day");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/companies.csv:3: column country: `USA` is not a country code (use ISO 3166 alpha-2, such as US or CN)
    seeds/events.csv:2: column end_on: comes before start_on, or start_on is empty
    seeds/pledges.csv:2: column made_on: `2017-13-01` is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only the month or the year)
    seeds/pledges.csv:2: column formality: unknown formality `spoken` (expected one of: verbal, written_statement, memorandum, preliminary_terms, signed_agreement, final_award, contract, law)
    error: 4 problems in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_never_panics_on_damaged_files() {
    let (db, mut before) = seeded_copy();
    let originals: Vec<(String, Vec<u8>)> = fs::read_dir(db.path("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .map(|p| {
            (format!("seeds/{}", p.file_name().unwrap().to_string_lossy()), fs::read(&p).unwrap())
        })
        .collect();
    // A fixed pseudo-random walk: overwrite, drop or duplicate bytes of one file at a time.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let specials = [b'"', b',', b'\n', b'\r', 0, 0xff, 0xef, b'\'', b'-'];
    for round in 0..40 {
        let (name, original) = &originals[round % originals.len()];
        let mut bytes = original.clone();
        for _ in 0..(1 + next() % 4) {
            if bytes.is_empty() {
                break;
            }
            let at = (next() as usize) % bytes.len();
            match next() % 3 {
                0 => bytes[at] = specials[(next() as usize) % specials.len()],
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, specials[(next() as usize) % specials.len()]),
            }
        }
        db.write(name, &bytes);
        let out = db.cmd(&["seed"]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "round {round}: {:?}\n{stderr}",
            out.status
        );
        assert!(!stderr.contains("panicked"), "round {round}: {stderr}");
        if out.status.code() == Some(1) {
            assert_unchanged(&db, &before);
        }
        db.write(name, original);
        // A damaged file can still be valid CSV with valid values; rebuild the reference then.
        if out.status.success() {
            assert!(db.cmd(&["seed"]).output().unwrap().status.success());
            before = fs::read(db.db_file()).unwrap();
        }
    }
}

#[test]
fn seed_timings_name_each_phase() {
    let db = TestDb::with_seed_copy();
    let out = db.cmd(&["seed", "--timings"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let line = stderr.lines().next().unwrap();
    let phases: Vec<&str> = line
        .strip_prefix("timings: ")
        .expect("a timings line first")
        .split(", ")
        .map(|phase| {
            phase
                .rsplit_once(' ')
                .map(|(name, took)| {
                    assert!(
                        took.ends_with('s') && took[..took.len() - 1].parse::<f64>().is_ok(),
                        "{took}"
                    );
                    name
                })
                .unwrap()
        })
        .collect();
    assert_eq!(phases, ["load", "indexes", "search index", "commit", "replace"]);
    // Then the load phase step by step: each seed file in load order, then the checks over
    // every claim and the hash chain.
    let steps: Vec<&str> = stderr
        .lines()
        .nth(1)
        .unwrap()
        .strip_prefix("load steps: ")
        .unwrap()
        .split(", ")
        .map(|step| step.rsplit_once(' ').unwrap().0)
        .collect();
    assert_eq!(steps.first(), Some(&"sources"));
    assert_eq!(steps.get(9), Some(&"evidence"));
    assert_eq!(steps.last(), Some(&"claims and hash chain"));
    assert_eq!(steps.len(), 24);
}

/// A seeded copy with one company added since: a change no seed folder holds.
fn with_a_change() -> TestDb {
    let (db, _) = seeded_copy();
    let out = db.cmd(&["add", "company", "--name", "Exhibit Two", "--country", "US"]).output();
    assert!(out.unwrap().status.success());
    db
}

fn companies(db: &TestDb, file: &str) -> i64 {
    let conn = rusqlite::Connection::open(db.path(file)).unwrap();
    conn.query_row("SELECT count(*) FROM companies", [], |r| r.get(0)).unwrap()
}

#[test]
fn seed_refuses_to_lose_changes_not_yet_exported() {
    let db = with_a_change();
    let before = db.bytes();
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
      2026-11-21T09:30:00Z  pledge --db pledges.db --today 2026-11-21 add company --name 'Exhibit Two' --country US: companies `exhibit-two`: 1 added
    error: `pledges.db` holds 1 change not yet written to a seed folder (listed above), which a seed would lose. Keep them with `pledge export --dir seeds` and seed again, or discard them with `pledge seed --discard-changes` (the old database is kept beside it first)
    ");
    assert!(db.bytes() == before, "the database changed");
    assert_eq!(companies(&db, "pledges.db"), 4);
}

#[test]
fn seed_discarding_changes_keeps_the_old_database_beside_it() {
    let db = with_a_change();
    assert_cmd_snapshot!(db.cmd(&["seed", "--discard-changes"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    kept the old database as `pledges.db.bak-20261121T093000`
    seeded pledges.db from seeds: sources 2, companies 3, company_aliases 0, officials 5, official_aliases 3, governments 0, categories 4, category_aliases 3, category_hs_codes 4, evidence 70, official_titles 7, events 5, event_participants 11, pledges 1, pledge_parties 3, pledge_markets 3, pledge_targets 2, pledge_categories 4, pledge_events 5, status_history 2, target_progress 0, target_revisions 0, pledge_relations 0
    ");
    assert_eq!(companies(&db, "pledges.db"), 3);
    assert_eq!(companies(&db, "pledges.db.bak-20261121T093000"), 4);
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "log"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    id,at,kind,command,changes
    1,2026-11-21T09:30:00Z,seed,pledge --db pledges.db --today 2026-11-21 seed,rebuilt from `seeds`
    2,2026-11-21T09:30:00Z,write,pledge --db pledges.db --today 2026-11-21 add company --name 'Exhibit Two' --country US,companies `exhibit-two`: 1 added
    3,2026-11-21T09:30:00Z,seed,pledge --db pledges.db --today 2026-11-21 seed --discard-changes,rebuilt from `seeds`; discarded 1 change; the old database is kept as `pledges.db.bak-20261121T093000`

    ----- stderr -----
    ");
}

#[test]
fn seed_after_exporting_the_changes_keeps_them() {
    let db = with_a_change();
    let out = db.cmd(&["export", "--dir", "seeds"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    seeded pledges.db from seeds: sources 2, companies 4, company_aliases 0, officials 5, official_aliases 3, governments 0, categories 4, category_aliases 3, category_hs_codes 4, evidence 70, official_titles 7, events 5, event_participants 11, pledges 1, pledge_parties 3, pledge_markets 3, pledge_targets 2, pledge_categories 4, pledge_events 5, status_history 2, target_progress 0, target_revisions 0, pledge_relations 0
    ");
    assert_eq!(companies(&db, "pledges.db"), 4);
}

#[test]
fn an_open_connection_sees_a_re_seed_on_its_next_query() {
    let (db, _) = seeded_copy();
    let conn = db.connect();
    let count = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row("SELECT count(*) FROM companies", [], |r| r.get(0)).unwrap()
    };
    assert_eq!(count(&conn), 3);
    let text = db.read("seeds/companies.csv") + "fourth,Fourth Co,DE,,,\n";
    db.write("seeds/companies.csv", text);
    let out = db.cmd(&["seed"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(count(&conn), 4);
}

#[test]
fn seed_refuses_a_file_of_another_program() {
    let db = TestDb::with_seed_copy();
    db.write("pledges.db", "name,country\nAlibaba,CN\n");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` is not a pledge database (it is not an SQLite database); give another --db, or add --force to replace it (a copy is kept beside it first)
    ");
    assert_eq!(db.read("pledges.db"), "name,country\nAlibaba,CN\n");
    let other = TestDb::with_seed_copy();
    let conn = other.connect();
    conn.execute_batch("CREATE TABLE photos (path TEXT); INSERT INTO photos VALUES ('a.jpg');")
        .unwrap();
    drop(conn);
    let before = other.bytes();
    assert_cmd_snapshot!(other.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` is not a pledge database (it is the SQLite database of another program); give another --db, or add --force to replace it (a copy is kept beside it first)
    ");
    assert!(other.bytes() == before, "the other program's database changed");
}

#[test]
fn seed_with_force_replaces_a_foreign_file_and_keeps_a_copy() {
    let db = TestDb::with_seed_copy();
    db.write("pledges.db", "name,country\nAlibaba,CN\n");
    assert_cmd_snapshot!(db.cmd(&["seed", "--force"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    kept the old file as `pledges.db.bak-20261121T093000`
    seeded pledges.db from seeds: sources 2, companies 3, company_aliases 0, officials 5, official_aliases 3, governments 0, categories 4, category_aliases 3, category_hs_codes 4, evidence 70, official_titles 7, events 5, event_participants 11, pledges 1, pledge_parties 3, pledge_markets 3, pledge_targets 2, pledge_categories 4, pledge_events 5, status_history 2, target_progress 0, target_revisions 0, pledge_relations 0
    ");
    assert_eq!(db.read("pledges.db.bak-20261121T093000"), "name,country\nAlibaba,CN\n");
    assert_eq!(companies(&db, "pledges.db"), 3);
}

#[test]
fn seed_refuses_a_database_from_a_newer_pledge() {
    let (db, _) = seeded_copy();
    db.connect().pragma_update(None, "user_version", 99).unwrap();
    let before = db.bytes();
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` was made by a newer pledge (schema version 99, this program knows up to 16): upgrade pledge, or add --force to replace it (a copy is kept beside it first)
    ");
    assert!(db.bytes() == before, "the database changed");
}

#[cfg(unix)]
#[test]
fn seed_refuses_a_read_only_database_and_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let (db, before) = seeded_copy();
    fs::set_permissions(db.db_file(), fs::Permissions::from_mode(0o444)).unwrap();
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` is read-only; make it writable (chmod u+w pledges.db) to change it
    ");
    assert_unchanged(&db, &before);
    assert_eq!(fs::metadata(db.db_file()).unwrap().permissions().mode() & 0o777, 0o444);
}

#[cfg(unix)]
#[test]
fn seed_through_a_symlink_rebuilds_the_file_it_points_to_and_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let (db, _) = seeded_copy();
    fs::create_dir(db.path("data")).unwrap();
    fs::rename(db.db_file(), db.path("data/real.db")).unwrap();
    fs::set_permissions(db.path("data/real.db"), fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink("data/real.db", db.db_file()).unwrap();
    let text = db.read("seeds/companies.csv") + "fourth,Fourth Co,DE,,,\n";
    db.write("seeds/companies.csv", text);
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    seeded pledges.db from seeds: sources 2, companies 4, company_aliases 0, officials 5, official_aliases 3, governments 0, categories 4, category_aliases 3, category_hs_codes 4, evidence 70, official_titles 7, events 5, event_participants 11, pledges 1, pledge_parties 3, pledge_markets 3, pledge_targets 2, pledge_categories 4, pledge_events 5, status_history 2, target_progress 0, target_revisions 0, pledge_relations 0
    ");
    assert!(fs::symlink_metadata(db.db_file()).unwrap().file_type().is_symlink());
    assert_eq!(companies(&db, "data/real.db"), 4);
    assert_eq!(fs::metadata(db.path("data/real.db")).unwrap().permissions().mode() & 0o777, 0o640);
}

#[test]
fn seed_refuses_two_sources_naming_one_file_with_different_hashes() {
    let (db, before) = seeded_copy();
    let text = db.read("seeds/sources.csv");
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    // The second source names the first one's article, with its own (other) hash.
    let first_file = lines[1].split(',').nth(7).unwrap().to_owned();
    let mut cells: Vec<String> = lines[2].split(',').map(str::to_owned).collect();
    cells[7] = first_file;
    lines[2] = cells.join(",");
    db.write("seeds/sources.csv", lines.join("\n") + "\n");
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/sources.csv:3: column sha256: seeds/articles/beijing-today-trump-tower-meeting.txt has changed: its sha256 is 171607b6a8570ca2094afda5b79e93d3e0e496d7b0c811d15b564653d8bc988e, the row says d4648815b18a1294af13d586ccac1aceca0c9cca976ec78e5232d9a078291f1a; restore the article, or if the change is intended, update the hash and re-check its quotes
    seeds/sources.csv:3: column file: `beijing-today-trump-tower-meeting.txt` is also the file of source `beijing-today-trump-tower-meeting`, with another text; two articles cannot share one file name: give one of them its own
    error: 2 problems in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn exporting_some_tables_is_not_a_point_to_re_seed_from() {
    let db = with_a_change();
    let out = db.cmd(&["export", "companies", "--dir", "seeds"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = db.cmd(&["seed"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "a seed after a partial export must refuse");
    assert_eq!(companies(&db, "pledges.db"), 4);
}

#[test]
fn seed_refuses_an_article_that_is_a_symbolic_link() {
    let (db, before) = seeded_copy();
    let article = db.path("seeds/articles/president-trump-and-alibaba.txt");
    fs::remove_file(&article).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", &article).unwrap();
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/sources.csv:3: column file: seeds/articles/president-trump-and-alibaba.txt is a symbolic link; inputs must be regular files inside their folder (copy the file there instead)
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
    fs::remove_file(&article).unwrap();
    std::os::unix::fs::symlink("/dev/urandom", &article).unwrap();
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/sources.csv:3: column file: seeds/articles/president-trump-and-alibaba.txt is a symbolic link; inputs must be regular files inside their folder (copy the file there instead)
    error: 1 problem in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_refuses_an_articles_folder_that_is_a_symbolic_link() {
    let (db, before) = seeded_copy();
    fs::rename(db.path("seeds/articles"), db.path("elsewhere")).unwrap();
    std::os::unix::fs::symlink(db.path("elsewhere"), db.path("seeds/articles")).unwrap();
    let out = db.cmd(&["seed"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("seeds/articles is a symbolic link"), "{stderr}");
    assert!(fs::read(db.db_file()).unwrap() == before, "the database changed");
}

#[test]
fn seed_refuses_a_seed_file_that_is_a_fifo_or_a_link() {
    let (db, before) = seeded_copy();
    fs::remove_file(db.path("seeds/officials.csv")).unwrap();
    let made = std::process::Command::new("mkfifo").arg(db.path("seeds/officials.csv")).status();
    assert!(made.unwrap().success(), "mkfifo failed");
    fs::remove_file(db.path("seeds/companies.csv")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", db.path("seeds/companies.csv")).unwrap();
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/companies.csv: is a symbolic link; inputs must be regular files inside their folder (copy the file there instead)
    seeds/officials.csv: is not a regular file (a FIFO or a device); inputs must be regular files
    error: 2 problems in `seeds`; `pledges.db` was not changed
    ");
    assert_unchanged(&db, &before);
}

#[test]
fn seed_accepts_an_uppercase_sha256() {
    let (db, _) = seeded_copy();
    let hash = "d4648815b18a1294af13d586ccac1aceca0c9cca976ec78e5232d9a078291f1a";
    edit(&db, "sources.csv", hash, &hash.to_uppercase());
    let out = db.cmd(&["seed"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    let stored: String = conn
        .query_row(
            "SELECT sha256 FROM sources WHERE slug = 'president-trump-and-alibaba'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, hash, "stored as the text's own hash, in lowercase");
}

#[test]
fn seed_dir_that_is_a_file_says_so() {
    let db = TestDb::empty();
    db.write("afile", "x");
    assert_cmd_snapshot!(db.cmd(&["seed", "--dir", "afile"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --dir: `afile` is a file; give the folder that holds the seed files
    ");
}

/// The seed sets secondary indexes aside while it loads; every one comes back, unique ones too.
#[test]
fn seed_leaves_every_index_and_trigger_a_new_database_has() {
    let objects = |db: &TestDb| -> Vec<String> {
        let conn = db.connect();
        let mut stmt = conn
            .prepare(
                "SELECT type || ' ' || name FROM sqlite_master
                 WHERE type IN ('index', 'trigger') ORDER BY 1",
            )
            .unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    let fresh = TestDb::empty();
    let out = fresh.cmd(&["init"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let seeded = TestDb::seeded();
    assert_eq!(objects(&seeded), objects(&fresh));
}

/// `bench/pipeline.sh ARGS...`, the sqlite3 shell's reference build, run in the test's folder.
fn bench_script(db: &TestDb, script: &str, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new("sh");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench").join(script);
    cmd.env_clear().env("PATH", "/usr/local/bin:/usr/bin:/bin").current_dir(db.path(""));
    cmd.arg(path).args(args);
    cmd
}

#[test]
fn the_sqlite3_pipeline_builds_what_seed_builds() {
    let db = TestDb::with_seed_copy();
    let out = db.cmd(&["seed"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_cmd_snapshot!(bench_script(&db, "pipeline.sh", &["seeds", "pipeline.db"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    ");
    // The shell matches quotes byte for byte, and places the few that differ from their
    // article in white space or typography in a plain copy of the text: their spans differ.
    assert_cmd_snapshot!(
        bench_script(&db, "pipeline-compare.sh", &["pledges.db", "pipeline.db"]),
        @"
    success: true
    exit_code: 0
    ----- stdout -----
    same schema and rows in 32 tables; quote spans differ in 4 rows

    ----- stderr -----
    evidence 37: 241-280 and 240-278
    evidence 44: 241-416 and 240-413
    evidence 47: 241-416 and 240-413
    evidence 49: 241-416 and 240-413
    "
    );
}

#[test]
fn the_sqlite3_pipeline_reports_problems_with_their_lines() {
    let db = TestDb::with_seed_copy();
    edit(&db, "status_history.csv", ",in_progress,", ",in_progres,");
    edit(&db, "pledge_categories.csv", ",wine", ",wines");
    assert_cmd_snapshot!(bench_script(&db, "pipeline.sh", &["seeds", "pipeline.db"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    pledge_categories.csv:5: no evidence: add a row to evidence.csv with subject `pledge`, key `alibaba-1-million-us-jobs`, field `category`, value `wines`, a source and its quote
    pledge_categories.csv:5: column category: no category `wines` in categories.csv
    status_history.csv:3: column status: `in_progres` is not a status
    Runtime error near line 695: CHECK constraint failed: the seed folder has problems (listed above); nothing was built (19)
    ");
    assert!(!db.path("pipeline.db").exists(), "a failed build left its database");
}
