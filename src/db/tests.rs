use super::*;

#[test]
fn migrations_reach_the_current_version() {
    let conn = open_in_memory().unwrap();
    assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
}

#[test]
fn schema_objects_are_stable() {
    let conn = open_in_memory().unwrap();
    let mut stmt = conn
            .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
            .unwrap();
    let names: Vec<String> = stmt
        .query_map([], |r| Ok(format!("{} {}", r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    insta::assert_snapshot!(names.join("\n"));
}

/// Datasette and sqlite-utils find a table's search index by this pattern over its
/// declaration (`detect_fts`): the double-quoted `content="TABLE"`.
#[test]
fn search_tables_are_declared_as_datasette_and_sqlite_utils_detect_them() {
    let conn = open_in_memory().unwrap();
    for table in ["sources", "evidence", "pledges", "status_history"] {
        let found: String = conn
            .query_row(
                "SELECT name FROM sqlite_master WHERE rootpage = 0
                     AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"' || ?1 || '\"%'",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(found, format!("{table}_fts"));
    }
}

#[test]
fn redeclaring_the_search_tables_keeps_what_was_indexed() {
    let mut conn = Connection::open_in_memory().unwrap();
    for sql in &MIGRATIONS[..4] {
        conn.execute_batch(sql).unwrap();
    }
    conn.execute_batch(
        "INSERT INTO companies (slug, name) VALUES ('acme', 'Acme');
             INSERT INTO pledges (slug, title, company_id, made_on, formality)
             VALUES ('acme-jobs', 'Acme to hire welders', 1, '2020-01-01', 'verbal');",
    )
    .unwrap();
    conn.pragma_update(None, "user_version", 4).unwrap();
    migrate(&mut conn).unwrap();
    let hit: String = conn
        .query_row(
            "SELECT p.slug FROM pledges_fts JOIN pledges p ON p.id = pledges_fts.rowid
                 WHERE pledges_fts MATCH 'welders'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hit, "acme-jobs");
    let row: (String, String, Option<String>, String) = conn
        .query_row("SELECT slug, company, status, overdue FROM pledge_status", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    assert_eq!(row, ("acme-jobs".into(), "Acme".into(), None, "no".into()));
}

#[test]
fn a_newer_database_is_refused() {
    let mut conn = open_in_memory().unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    let err = migrate(&mut conn).unwrap_err();
    assert!(err.to_string().starts_with("database is newer than this program"), "{err}");
}

#[test]
fn a_negative_version_is_refused_not_taken_as_current() {
    let mut conn = open_in_memory().unwrap();
    conn.pragma_update(None, "user_version", -1).unwrap();
    let err = migrate(&mut conn).unwrap_err();
    assert!(err.to_string().starts_with("the schema version is -1"), "{err}");
}

#[test]
fn a_version_1_database_gains_the_status_source_index() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(MIGRATIONS[0]).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    migrate(&mut conn).unwrap();
    assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
    let indexed: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'status_history_source')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(indexed);
}

/// A pledge of company `c` with one source to hang status entries on, in the shape of the
/// database's schema version (no kind before version 10; the company a column of the pledge
/// before version 11, a party from then on); returns the pledge id.
pub(super) fn one_pledge(conn: &Connection) -> i64 {
    conn.execute_batch(
        "INSERT INTO sources (slug, kind, title, url) VALUES ('s', 'article', 'S', 'https://example.com');
         INSERT INTO companies (slug, name) VALUES ('c', 'C');",
    )
    .unwrap();
    let has = |column: &str| -> bool {
        conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM pragma_table_info('pledges') WHERE name = ?1)",
            [column],
            |r| r.get(0),
        )
        .unwrap()
    };
    let sql = match (has("kind"), has("company_id")) {
        (false, _) => {
            "INSERT INTO pledges (slug, title, company_id, made_on, formality)
             VALUES ('p', 'P', 1, '2017-01-09', 'verbal');"
        }
        (true, true) => {
            "INSERT INTO pledges (slug, title, kind, company_id, made_on, formality)
             VALUES ('p', 'P', 'jobs', 1, '2017-01-09', 'verbal');"
        }
        (true, false) => {
            "INSERT INTO pledges (slug, title, kind, made_on, formality)
             VALUES ('p', 'P', 'jobs', '2017-01-09', 'verbal');
             INSERT INTO pledge_parties (pledge_id, role, company_id) VALUES (1, 'pledger', 1);"
        }
    };
    conn.execute_batch(sql).unwrap();
    1
}

pub(super) fn current(conn: &Connection) -> (String, String) {
    conn.query_row("SELECT status, as_of FROM pledge_current WHERE pledge_id = 1", [], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .unwrap()
}

#[test]
fn a_version_7_database_gains_its_status_quotes_in_search() {
    let mut conn = Connection::open_in_memory().unwrap();
    for sql in &MIGRATIONS[..7] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 7).unwrap();
    one_pledge(&conn);
    conn.execute_batch(
        "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2018-01-01', 'stalled', 1, 'hiring has slowed');",
    )
    .unwrap();
    migrate(&mut conn).unwrap();
    let count = |word: &str| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM status_history_fts WHERE status_history_fts MATCH ?1",
            [word],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(count("slowed"), 1);
    conn.execute_batch(
        "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2019-01-01', 'in_progress', 1, 'hiring slowed, then resumed');",
    )
    .unwrap();
    assert_eq!(count("slowed"), 2);
}

#[test]
fn a_version_2_database_gains_each_pledges_current_status() {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(MIGRATIONS[0]).unwrap();
    conn.execute_batch(MIGRATIONS[1]).unwrap();
    conn.pragma_update(None, "user_version", 2).unwrap();
    let pledge = one_pledge(&conn);
    for (as_of, status) in [("2017-01-10", "in_progress"), ("2017-01-09", "announced")] {
        conn.execute(
                "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote) VALUES (?1, ?2, ?3, 1, 'q')",
                (pledge, as_of, status),
            )
            .unwrap();
    }
    migrate(&mut conn).unwrap();
    assert_eq!(current(&conn), ("in_progress".to_owned(), "2017-01-10".to_owned()));
}

#[test]
fn the_current_status_follows_new_entries_but_not_earlier_dated_ones() {
    let conn = open_in_memory().unwrap();
    let pledge = one_pledge(&conn);
    let add = |as_of: &str, status: &str| {
        conn.execute(
            "INSERT INTO status_history (pledge_id, as_of, status, reason, source_id, quote)
                 VALUES (?1, ?2, ?3, CASE ?3 WHEN 'withdrawn' THEN 'unknown' END, 1, 'q')",
            (pledge, as_of, status),
        )
        .unwrap();
    };
    add("2017-01-10", "in_progress");
    assert_eq!(current(&conn), ("in_progress".to_owned(), "2017-01-10".to_owned()));
    add("2017-01-09", "announced");
    assert_eq!(current(&conn).0, "in_progress");
    add("2017-01-10", "stalled");
    // Two statuses for one day are a dispute: neither counts, never the last inserted.
    assert_eq!(current(&conn), ("announced".to_owned(), "2017-01-09".to_owned()));
    conn.execute(
        "INSERT INTO status_preferences (pledge_id, as_of, status, reason)
             VALUES (?1, '2017-01-10', 'in_progress', 'the later report')",
        [pledge],
    )
    .unwrap();
    assert_eq!(current(&conn), ("in_progress".to_owned(), "2017-01-10".to_owned()));
    conn.execute("UPDATE status_preferences SET status = 'stalled'", []).unwrap();
    assert_eq!(current(&conn).0, "stalled", "the preferred status counts");
    assert_eq!(
        refusal(&conn, "UPDATE status_preferences SET status = 'kept'").as_deref(),
        Some("status_preferences: no entry of this pledge has this date and status")
    );
    add("2018-09-19", "withdrawn");
    assert_eq!(current(&conn), ("withdrawn".to_owned(), "2018-09-19".to_owned()));
    let counts: Vec<(String, i64)> = conn
        .prepare("SELECT status, pledges FROM status_counts ORDER BY status")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let zero_but = |status: &str| ("withdrawn" == status) as i64;
    assert!(counts.iter().all(|(status, n)| *n == zero_but(status)), "{counts:?}");
}

/// Inserts `sql` and returns the error SQLite gives, if any.
pub(super) fn refusal(conn: &Connection, sql: &str) -> Option<String> {
    conn.execute_batch(sql).err().map(|err| err.to_string())
}

#[test]
fn dates_that_are_not_days_are_refused() {
    let conn = open_in_memory().unwrap();
    one_pledge(&conn);
    for bad in ["garbage", "2017-02-30", "2017-1-5", "2017-01-05 ", ""] {
        let sql = format!(
            "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
                 VALUES (1, '{bad}', 'announced', 1, 'q')"
        );
        let err = refusal(&conn, &sql).unwrap_or_else(|| panic!("`{bad}` was stored"));
        assert!(err.contains("CHECK constraint failed"), "{bad}: {err}");
    }
    assert_eq!(
        refusal(&conn, "UPDATE pledges SET deadline = 'soon'").as_deref(),
        Some(
            "CHECK constraint failed: deadline IS NULL OR deadline IS date(deadline, '+0 days') OR \
             (length(deadline) = 7 AND deadline || '-01' IS date(deadline || '-01', '+0 days')) OR \
             (length(deadline) = 4 AND deadline NOT GLOB '*[^0-9]*')"
        )
    );
    // A month or a year is a date; a month that does not exist, or a two-digit year, is not.
    for good in ["2017", "2017-02", "2017-02-28"] {
        let sql = format!("UPDATE pledges SET deadline = '{good}'");
        assert_eq!(refusal(&conn, &sql), None, "{good}");
    }
    for bad in ["2017-13", "2017-00", "17", "2017-1", "201a", "2016-12"] {
        let sql = format!("UPDATE pledges SET deadline = '{bad}'");
        assert!(refusal(&conn, &sql).is_some(), "`{bad}` was stored");
    }
}

#[test]
fn an_entry_or_a_claim_cannot_be_replaced() {
    let conn = open_in_memory().unwrap();
    one_pledge(&conn);
    conn.execute_batch(
        "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2017-01-09', 'announced', 1, 'q');
             INSERT INTO evidence (subject, key, field, value, source_id, quote)
             VALUES ('pledge', 'p', 'jobs', '1', 1, 'q');",
    )
    .unwrap();
    let replace =
        "REPLACE INTO status_history (id, pledge_id, as_of, status, reason, source_id, quote)
                       VALUES (1, 1, '2017-01-09', 'withdrawn', 'unknown', 1, 'q')";
    assert_eq!(
        refusal(&conn, replace).as_deref(),
        Some("status_history: a row with this id exists already; rows cannot be replaced")
    );
    let replace =
        "INSERT OR REPLACE INTO evidence (id, subject, key, field, value, source_id, quote)
                       VALUES (1, 'pledge', 'p', 'jobs', '2', 1, 'q')";
    assert_eq!(
        refusal(&conn, replace).as_deref(),
        Some("evidence: a row with this id exists already; rows cannot be replaced")
    );
    assert_eq!(
        refusal(&conn, "UPDATE evidence SET value = '2'").as_deref(),
        Some("a claim cannot be rewritten: record a new claim instead")
    );
    assert_eq!(
        refusal(&conn, "DELETE FROM evidence").as_deref(),
        Some("claims cannot be deleted: record a new claim instead")
    );
    conn.execute_batch("UPDATE evidence SET note = 'checked'").unwrap();
}

#[test]
fn a_version_4_database_is_rebuilt_keeping_its_rows_and_bad_dates() {
    let mut conn = Connection::open_in_memory().unwrap();
    for sql in &MIGRATIONS[..4] {
        conn.execute_batch(sql).unwrap();
    }
    conn.pragma_update(None, "user_version", 4).unwrap();
    one_pledge(&conn);
    conn.execute_batch(
        "INSERT INTO status_history (id, pledge_id, as_of, status, source_id, quote)
             VALUES (7, 1, '2017-01-10', 'in_progress', 1, 'q');
             -- text that is not a date passed the old CHECK
             UPDATE pledges SET deadline = 'soon';",
    )
    .unwrap();
    migrate(&mut conn).unwrap();
    assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
    let kept: (i64, String, String) = conn
            .query_row(
                "SELECT h.id, h.status, p.deadline FROM status_history h JOIN pledges p ON p.id = h.pledge_id",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
    assert_eq!(kept, (7, "in_progress".to_owned(), "soon".to_owned()));
    let party: (i64, String, i64) = conn
        .query_row("SELECT pledge_id, role, company_id FROM pledge_parties", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert_eq!(party, (1, "pledger".to_owned(), 1), "the company became the pledger");
    let objects = |conn: &Connection| -> Vec<String> {
        conn.prepare("SELECT type || ' ' || name FROM sqlite_master ORDER BY 1")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let fresh = open_in_memory().unwrap();
    assert_eq!(objects(&conn), objects(&fresh), "every table, index and trigger, as new");
    assert_eq!(current(&conn).0, "in_progress");
    assert_eq!(chain::verify(&conn, "status_history").unwrap(), chain::Verdict::Intact);
    let fk: bool = conn.pragma_query_value(None, "foreign_keys", |r| r.get(0)).unwrap();
    assert!(fk, "foreign keys are back on after the rebuild");
}

#[test]
fn a_read_only_or_locked_database_is_told_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    drop(create(&path, Duration::ZERO).unwrap());
    let write = "INSERT INTO meta (key, value) VALUES ('k', 'v')";
    let reader = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let err = reader.execute(write, []).unwrap_err();
    assert_eq!(
        storage_failure(&err),
        Some("it is read-only (check the file's permissions and its file system)")
    );
    let holder = Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let writer = Connection::open(&path).unwrap();
    // Fail at once instead of waiting for the lock, as pledge does after five seconds.
    writer.busy_timeout(std::time::Duration::ZERO).unwrap();
    let err = writer.execute(write, []).unwrap_err();
    assert_eq!(
        storage_failure(&err),
        Some("another program is using it; try again when it has finished")
    );
    let explained = explain(err.into(), &path, None).to_string();
    assert!(explained.starts_with("cannot write to `"), "{explained}");
    assert!(
        explained.ends_with("p.db`: another program is using it; try again when it has finished")
    );
}

#[test]
fn migrating_twice_changes_nothing() {
    let mut conn = open_in_memory().unwrap();
    migrate(&mut conn).unwrap();
    assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
}
