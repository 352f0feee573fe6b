use std::process::Command;

use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

#[test]
fn init_creates_an_empty_database() {
    let db = TestDb::empty();
    assert_cmd_snapshot!(db.cmd(&["init"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    pledges.db: created (schema version 16)
    ");
    assert!(db.db_file().exists());
    assert_cmd_snapshot!(db.cmd(&["status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    status          pledges
    announced             0
    in_progress           0
    stalled               0
    scaled_back           0
    partially_kept        0
    kept                  0
    broken                0
    withdrawn             0
    unverifiable          0

    slug  company  title  status  status_since  overdue

    ----- stderr -----
    ");
}

#[test]
fn init_on_an_existing_database_keeps_its_data() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["init"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    pledges.db: is up to date (schema version 16)
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,in_progress,2017-01-10,no

    ----- stderr -----
    ");
}

#[test]
fn init_refuses_a_database_from_a_newer_pledge() {
    let db = TestDb::empty();
    assert!(db.cmd(&["init"]).status().unwrap().success());
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    assert_cmd_snapshot!(db.cmd(&["init"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` was made by a newer pledge (schema version 99, this program knows up to 16): upgrade pledge, or add --force to replace it (a copy is kept beside it first)
    ");
}

#[test]
fn a_negative_schema_version_is_refused_by_reads_and_init() {
    let db = TestDb::seeded();
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    conn.pragma_update(None, "user_version", -1).unwrap();
    drop(conn);
    let before = db.bytes();
    assert_cmd_snapshot!(db.cmd(&["status"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` is not a pledge database (its schema version is negative, which no pledge writes: another program changed it); give another --db
    ");
    assert_cmd_snapshot!(db.cmd(&["init"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` is not a pledge database (its schema version is negative, which no pledge writes: another program changed it); give another --db, or add --force to replace it (a copy is kept beside it first)
    ");
    assert!(db.bytes() == before, "the database changed");
}

#[test]
fn init_refuses_a_file_that_is_not_a_database() {
    let db = TestDb::empty();
    db.write("pledges.db", "name,country\nAlibaba,CN\n");
    assert_cmd_snapshot!(db.cmd(&["init"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` is not a pledge database (it is not an SQLite database); give another --db, or add --force to replace it (a copy is kept beside it first)
    ");
}

#[test]
fn read_commands_need_an_existing_database() {
    let db = TestDb::empty();
    assert_cmd_snapshot!(db.cmd(&["status"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no database at `pledges.db` (build one from the seed files with `pledge seed`, or create an empty one with `pledge init`)
    ");
    assert!(!db.db_file().exists(), "a read must not create a database");
}

#[test]
fn read_commands_refuse_an_empty_file_and_leave_it_empty() {
    let db = TestDb::empty();
    db.write("pledges.db", "");
    assert_cmd_snapshot!(db.cmd(&["status"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` is empty, not a pledge database (build one there with `pledge seed` or `pledge init`, or give another --db)
    ");
    assert_eq!(db.bytes().len(), 0, "a read must not turn the file into a database");
}

#[test]
fn read_commands_never_touch_another_programs_database() {
    let db = TestDb::empty();
    let conn = db.connect();
    conn.execute_batch("CREATE TABLE photos (path TEXT); INSERT INTO photos VALUES ('a.jpg');")
        .unwrap();
    drop(conn);
    let before = db.bytes();
    assert_cmd_snapshot!(db.cmd(&["list"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` is not a pledge database (it is the SQLite database of another program); give another --db
    ");
    assert!(db.bytes() == before, "a read changed another program's database");
}

/// An empty database at schema version 4, as the release before the change journal made it:
/// the schema and its first three migrations, straight from the repository.
fn schema_v4(db: &TestDb) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    for (version, file) in [
        (1, "migrations/001_schema.sql"),
        (2, "migrations/002_status_history_source.sql"),
        (3, "migrations/003_current_status.sql"),
        (4, "migrations/004_status_counts.sql"),
    ] {
        conn.execute_batch(&std::fs::read_to_string(root.join(file)).unwrap()).unwrap();
        conn.pragma_update(None, "user_version", version).unwrap();
    }
}

#[test]
fn read_commands_ask_for_init_on_an_older_schema() {
    let db = TestDb::empty();
    schema_v4(&db);
    let before = db.bytes();
    assert_cmd_snapshot!(db.cmd(&["status"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `pledges.db` has schema version 4, older than this program's 16: bring it up to date with `pledge init` (or any command that writes)
    ");
    assert!(db.bytes() == before, "a read migrated the database");
    assert_cmd_snapshot!(db.cmd(&["init"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    pledges.db: brought up from version 4 (schema version 16)
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue

    ----- stderr -----
    ");
}

#[test]
fn init_with_force_replaces_a_file_of_another_program_and_keeps_a_copy() {
    let db = TestDb::empty();
    db.write("pledges.db", "name,country\nAlibaba,CN\n");
    assert_cmd_snapshot!(db.cmd(&["init", "--force"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    kept the old file as `pledges.db.bak-20261121T093000`
    pledges.db: created (schema version 16)
    ");
    assert_eq!(db.read("pledges.db.bak-20261121T093000"), "name,country\nAlibaba,CN\n");
}

#[test]
fn a_writer_waits_and_then_says_another_command_is_writing() {
    let db = TestDb::seeded();
    let mut conn = db.connect();
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).unwrap();
    // Readers are never blocked by a writer.
    let out = db.cmd(&["--format", "csv", "status"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_cmd_snapshot!(db.cmd(&["--wait", "0", "add", "company", "--name", "Late Co"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: another pledge command is writing to `pledges.db`; try again (it waited 0s; --wait sets how long)
    ");
    drop(tx);
}

/// Runs `sql` on the database with the system's `sqlite3` shell; `None` when it is not installed.
fn system_sqlite(db: &TestDb, sql: &str) -> Option<std::process::Output> {
    Command::new("sqlite3").arg(db.db_file()).arg(sql).output().ok()
}

#[test]
fn another_client_cannot_store_a_bad_date_or_replace_an_entry() {
    let db = TestDb::seeded();
    let bad_date = "INSERT INTO pledges (slug, title, kind, made_on, formality)
                    VALUES ('x', 'X', 'jobs', 'garbage', 'verbal')";
    let impossible_day = "UPDATE pledges SET deadline = '2030-02-30'";
    let replace =
        "REPLACE INTO status_history (id, pledge_id, as_of, status, reason, source_id, quote)
                   SELECT id, pledge_id, as_of, 'withdrawn', 'unknown', source_id, quote
                   FROM status_history WHERE id = 1";
    let before = db.bytes();
    // Through the SQLite that pledge is built with.
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    for sql in [bad_date, impossible_day, replace] {
        assert!(conn.execute_batch(sql).is_err(), "stored: {sql}");
    }
    drop(conn);
    assert_eq!(db.bytes(), before);
    // Through the system's own shell, often an older SQLite (3.40 on Debian 12), which must
    // still read the schema: a good date goes in.
    let Some(out) = system_sqlite(&db, "UPDATE pledges SET deadline = '2030-02-28'") else {
        return;
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let before = db.bytes();
    for sql in [bad_date, impossible_day, replace] {
        let out = system_sqlite(&db, sql).expect("sqlite3 ran a moment ago");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("constraint failed") || err.contains("cannot be replaced"),
            "{sql}: {err}"
        );
    }
    assert_eq!(db.bytes(), before);
}

/// A database made by the release at schema version 4 (`make seed`, then a URL-only source and
/// the 2018 withdrawal recorded with `add source` and `update`): `init` brings it forward, and
/// every record it held is still there and still exports as the seed files say.
#[test]
fn a_database_made_by_the_schema_4_release_comes_forward_with_nothing_lost() {
    let db = TestDb::empty();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/schema-4.db");
    std::fs::copy(fixture, db.db_file()).unwrap();
    let out = db.cmd(&["init"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("brought up from version 4"));
    assert_cmd_snapshot!(db.cmd(&["check"]), @"
    success: false
    exit_code: 1
    ----- stdout -----
    check                   table           key                                        detail
    party_without_evidence  pledge_parties  alibaba-1-million-us-jobs company alibaba  no claim names it; add a row to evidence.csv with subject `pledge`, key `alibaba-1-million-us-jobs`, field `company`, value `alibaba`, a source and its quote

    ----- stderr -----
    1 problem found
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status", "--all"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,withdrawn,2018-09-19,no

    ----- stderr -----
    ");
    let out = db.cmd(&["export", "--dir", "out"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut added = Vec::new();
    for entry in std::fs::read_dir(crate::seeds_dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if !name.ends_with(".csv") {
            continue;
        }
        let seed = std::fs::read_to_string(crate::seeds_dir().join(&name)).unwrap();
        let exported = db.read(&format!("out/{name}"));
        let exported_lines: Vec<&str> = exported.lines().collect();
        let seed_lines: Vec<&str> = seed.lines().collect();
        let only_in = |a: &[&str], b: &[&str], mark: &str| -> Vec<String> {
            a.iter().filter(|l| !b.contains(l)).map(|l| format!("{mark} {name}: {l}")).collect()
        };
        added.extend(only_in(&seed_lines, &exported_lines, "-"));
        added.extend(only_in(&exported_lines, &seed_lines, "+"));
    }
    added.sort();
    // `-` lines are in today's seeds but were never in the old file (claims the seeds gained
    // since); `+` lines are what was recorded in the old file beyond the seeds.
    insta::assert_snapshot!(added.join("\n"), @r#"
    + sources.csv: wapo-ma-withdraws,article,Jack Ma withdraws his pledge for a million U.S. jobs. Analysts say that was a pipe dream anyway.,The Washington Post,https://www.washingtonpost.com/world/jack-ma-withdraws-his-pledge-for-a-million-us-jobs-analysts-say-that-was-a-pipe-dream-anyway/2018/09/20/84da5cee-bc8b-11e8-97f6-0cbdd4d9270e_story.html,2018-09-20,,,,
    + status_history.csv: alibaba-1-million-us-jobs,2018-09-19,withdrawn,premise_changed,wapo-ma-withdraws,"That premise no longer exists today, so our promise cannot be fulfilled.",0,,
    - evidence.csv: pledge,alibaba-1-million-us-jobs,company,alibaba,beijing-today-trump-tower-meeting,Alibaba will provide more than 1 million positions in America,,0,,
    "#);
}
