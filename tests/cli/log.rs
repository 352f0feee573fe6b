use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

/// Runs a command that must succeed.
fn ok(cmd: &mut std::process::Command) {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// A seeded database on which each kind of command has run once.
fn worked_on() -> TestDb {
    let db = TestDb::with_seed_copy();
    ok(&mut db.cmd(&["seed"]));
    ok(&mut db.cmd(&["add", "company", "--name", "Exhibit Two", "--country", "US"]));
    ok(&mut db.cmd(&[
        "update",
        "alibaba-1-million-us-jobs",
        "--status",
        "stalled",
        "--as-of",
        "2018-01-01",
        "--source",
        "president-trump-and-alibaba",
        "--quote",
        "Ma announced the launching of a program to make good on that promise",
    ]));
    db.write("companies.csv", "slug,name,country,sector,parent,note\nthird,Third Co,DE,,,\n");
    ok(&mut db.cmd(&["import", "companies", "companies.csv"]));
    ok(&mut db.cmd(&["export", "--dir", "out"]));
    db
}

#[test]
fn every_write_command_adds_one_journal_entry() {
    let db = worked_on();
    // Commands that change nothing add nothing: a read, a dry run, an entry already there.
    ok(&mut db.cmd(&["status"]));
    ok(&mut db.cmd(&["import", "companies", "companies.csv", "--dry-run"]));
    ok(&mut db.cmd(&["import", "companies", "companies.csv"]));
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "log"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    id,at,kind,command,changes
    1,2026-11-21T09:30:00Z,seed,pledge --db pledges.db --today 2026-11-21 seed,rebuilt from `seeds`
    2,2026-11-21T09:30:00Z,write,pledge --db pledges.db --today 2026-11-21 add company --name 'Exhibit Two' --country US,companies `exhibit-two`: 1 added
    3,2026-11-21T09:30:00Z,write,pledge --db pledges.db --today 2026-11-21 update alibaba-1-million-us-jobs --status stalled --as-of 2018-01-01 --source president-trump-and-alibaba --quote 'Ma announced the launching of a program to make good on that promise',status_history `alibaba-1-million-us-jobs`: 1 added
    4,2026-11-21T09:30:00Z,write,pledge --db pledges.db --today 2026-11-21 import companies companies.csv,"companies: 1 added, 0 changed"
    5,2026-11-21T09:30:00Z,export,pledge --db pledges.db --today 2026-11-21 export --dir out,every table written to `out`: 23 tables and 2 articles

    ----- stderr -----
    "#);
}

#[test]
fn log_prints_every_format() {
    let db = worked_on();
    assert_cmd_snapshot!(db.cmd(&["log", "--limit", "1"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    id  at                    kind    command                                                     changes
    5   2026-11-21T09:30:00Z  export  pledge --db pledges.db --today 2026-11-21 export --dir out  every table written to `out`: 23 tables and 2 articles

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "log", "--limit", "2"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    id	at	kind	command	changes
    4	2026-11-21T09:30:00Z	write	pledge --db pledges.db --today 2026-11-21 import companies companies.csv	companies: 1 added, 0 changed
    5	2026-11-21T09:30:00Z	export	pledge --db pledges.db --today 2026-11-21 export --dir out	every table written to `out`: 23 tables and 2 articles

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "log", "--limit", "1"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "id": 5,
        "at": "2026-11-21T09:30:00Z",
        "kind": "export",
        "command": "pledge --db pledges.db --today 2026-11-21 export --dir out",
        "changes": "every table written to `out`: 23 tables and 2 articles"
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn log_since_a_day_after_every_entry_is_empty() {
    let db = worked_on();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "log", "--since", "2026-11-22"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    id,at,kind,command,changes

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "log", "--since", "2026-11-21", "--limit", "1"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    id,at,kind,command,changes
    5,2026-11-21T09:30:00Z,export,pledge --db pledges.db --today 2026-11-21 export --dir out,every table written to `out`: 23 tables and 2 articles

    ----- stderr -----
    ");
}

#[test]
fn the_journal_cannot_be_changed_with_sql() {
    let db = worked_on();
    let conn = db.connect();
    for sql in [
        "UPDATE journal SET changes = 'nothing' WHERE id = 2",
        "DELETE FROM journal WHERE id = 2",
        "REPLACE INTO journal (id, at, kind, command, changes) VALUES (2, '2026-11-21T10:00:00Z', 'write', 'x', 'y')",
        "INSERT OR REPLACE INTO journal (id, at, kind, command, changes) VALUES (2, '2026-11-21T10:00:00Z', 'write', 'x', 'y')",
    ] {
        let err = conn.execute(sql, []).unwrap_err().to_string();
        assert!(err.starts_with("the journal is append-only"), "{sql}: {err}");
    }
    let kept: (i64, String) = conn
        .query_row("SELECT count(*), max(changes) FILTER (WHERE id = 2) FROM journal", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(kept, (5, "companies `exhibit-two`: 1 added".to_owned()));
    drop(conn);
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "log", "--limit", "1"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    id,at,kind,command,changes
    5,2026-11-21T09:30:00Z,export,pledge --db pledges.db --today 2026-11-21 export --dir out,every table written to `out`: 23 tables and 2 articles

    ----- stderr -----
    ");
}

#[test]
fn a_record_written_with_its_parts_is_one_entry_with_counts_per_table() {
    let db = TestDb::seeded();
    ok(&mut db.cmd(&[
        "add",
        "pledge",
        "--company",
        "alibaba",
        "--title",
        "A second pledge",
        "--made-on",
        "2017-01-09",
        "--made-by",
        "jack-ma",
        "--made-to",
        "donald-trump",
        "--formality",
        "verbal",
        "--target",
        "jobs=1000000:more_than",
        "--category",
        "apparel",
        "--source",
        "beijing-today-trump-tower-meeting",
        "--quote",
        "Alibaba will provide more than 1 million positions in America",
    ]));
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "log", "--limit", "1"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "id": 2,
        "at": "2026-11-21T09:30:00Z",
        "kind": "write",
        "command": "pledge --db pledges.db --today 2026-11-21 add pledge --company alibaba --title 'A second pledge' --made-on 2017-01-09 --made-by jack-ma --made-to donald-trump --formality verbal --target jobs=1000000:more_than --category apparel --source beijing-today-trump-tower-meeting --quote 'Alibaba will provide more than 1 million positions in America'",
        "changes": "evidence `a-second-pledge`: 7 added; pledges `a-second-pledge`: 1 added; pledge_parties `a-second-pledge`: 3 added; pledge_targets `a-second-pledge`: 1 added; pledge_categories `a-second-pledge`: 1 added; status_history `a-second-pledge`: 1 added"
      }
    ]

    ----- stderr -----
    "#);
}
