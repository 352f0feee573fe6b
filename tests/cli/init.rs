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
    pledges.db: created (schema version 5)
    ");
    assert!(db.db_file().exists());
    assert_cmd_snapshot!(db.cmd(&["status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    ┌────────────────┬─────────┐
    │ status         ┆ pledges │
    ╞════════════════╪═════════╡
    │ announced      ┆ 0       │
    │ in_progress    ┆ 0       │
    │ stalled        ┆ 0       │
    │ partially_kept ┆ 0       │
    │ kept           ┆ 0       │
    │ broken         ┆ 0       │
    │ withdrawn      ┆ 0       │
    │ unverifiable   ┆ 0       │
    └────────────────┴─────────┘

    ┌────────┬─────────┬───────┬────────┬───────┬─────────┐
    │ pledge ┆ company ┆ title ┆ status ┆ since ┆ overdue │
    ╞════════╪═════════╪═══════╪════════╪═══════╪═════════╡
    └────────┴─────────┴───────┴────────┴───────┴─────────┘

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
    pledges.db: is up to date (schema version 5)
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    pledge,company,title,status,since,overdue
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,in_progress,2017-01-10,no

    ----- stderr -----
    ");
}

#[test]
fn init_refuses_a_database_from_a_newer_pledge() {
    let db = TestDb::empty();
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    assert_cmd_snapshot!(db.cmd(&["init"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: creating database `pledges.db`: database is newer than this program (schema version 99, this program knows up to 5): upgrade pledge
    ");
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
    error: creating database `pledges.db`: reading the schema version; is this a pledge database?: file is not a database: Error code 26: file is not a database
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
