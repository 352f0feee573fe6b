use insta_cmd::assert_cmd_snapshot;
use rusqlite::Connection;

use crate::TestDb;

#[test]
fn check_is_clean_on_the_seeds_within_a_year_of_the_last_update() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd_on("2017-06-01", &["check"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    check  table  key  detail

    ----- stderr -----
    no problems found
    ");
    assert_cmd_snapshot!(db.cmd_on("2017-06-01", &["--format", "json", "check"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    []

    ----- stderr -----
    no problems found
    ");
}

#[test]
fn check_reports_a_pledge_with_no_update_for_a_year() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["check"]), @"
    success: false
    exit_code: 1
    ----- stdout -----
    check  table    key                        detail
    stale  pledges  alibaba-1-million-us-jobs  no update for over a year: in_progress since 2017-01-10

    ----- stderr -----
    1 problem found
    ");
}

#[test]
fn check_reports_deliberately_broken_data() {
    let db = TestDb::seeded();
    let conn = Connection::open(db.db_file()).unwrap();
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF;
         -- a sentence cut from an article: its quote is gone and the hash no longer matches
         UPDATE sources SET body = replace(body, 'The meeting last for 40 minutes.', '')
             WHERE slug = 'beijing-today-trump-tower-meeting';
         -- a claim about a pledge that does not exist
         INSERT INTO evidence (subject, key, field, value, source_id, quote)
             VALUES ('pledge', 'softbank-50-billion', 'usd_investment', '50000000000',
                     (SELECT id FROM sources WHERE slug = 'president-trump-and-alibaba'), 'Trump');
         -- a status entry whose source is gone, and one whose quote is blank
         INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2017-02-01', 'in_progress', 999, 'launched');
         INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             VALUES (1, '2017-03-01', 'in_progress', 1, '  ');
         -- a pledge with no status at all, its deadline passed
         INSERT INTO pledges (slug, title, kind, made_on, formality, deadline)
             VALUES ('alibaba-hires', 'Alibaba hires', 'jobs', '2017-01-09', 'verbal',
                     '2018-01-01');",
    )
    .unwrap();
    drop(conn);
    assert_cmd_snapshot!(db.cmd_on("2018-06-01", &["check"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check                    table           key                                         detail
    not_chained              status_history  rows from id 3                              2 rows added by another program
    not_chained              evidence        rows from id 71                             1 row added by another program
    dangling_reference       status_history  row 3                                       refers to a row of sources that does not exist
    dangling_reference       evidence        pledge softbank-50-billion                  a claim about pledge `softbank-50-billion`, which does not exist
    text_changed             sources         beijing-today-trump-tower-meeting           the stored text does not match its sha256; restore it from the article file with `pledge seed`
    quote_not_found          evidence        event trump-tower-meeting duration_minutes  not in the text of `beijing-today-trump-tower-meeting`: "The meeting last for 40 minutes."
    quote_repeated           evidence        pledge softbank-50-billion usd_investment   occurs 4 times in the text of `president-trump-and-alibaba`, so it does not say which passage backs the fact: "Trump"; record it again with more of the sentence
    status_without_evidence  status_history  alibaba-1-million-us-jobs 2017-02-01        its source does not exist; record a new entry with its source and quote
    status_without_evidence  status_history  alibaba-1-million-us-jobs 2017-03-01        its quote is blank; record a new entry with its source and quote
    no_status                pledges         alibaba-hires                               the status history is empty; record where it stands with `pledge update`
    no_pledger               pledge_parties  alibaba-hires                               no company or government made it; add a pledger row to pledge_parties.csv and import it
    stale                    pledges         alibaba-1-million-us-jobs                   no update for over a year: in_progress since 2017-03-01
    overdue                  pledges         alibaba-hires                               deadline 2018-01-01 passed; still no status

    ----- stderr -----
    13 problems found
    "#);
}

#[test]
fn check_in_json_for_scripts() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "check"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    [
      {
        "check": "stale",
        "table": "pledges",
        "key": "alibaba-1-million-us-jobs",
        "detail": "no update for over a year: in_progress since 2017-01-10"
      }
    ]

    ----- stderr -----
    1 problem found
    "#);
}

/// A seeded database changed by another client with the guarding triggers dropped, then given
/// back its triggers by `pledge init`, the way a careful tamperer would leave it.
fn tampered(sql: &str) -> TestDb {
    let db = TestDb::seeded();
    let conn = Connection::open(db.db_file()).unwrap();
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF;
         DROP TRIGGER status_history_no_update; DROP TRIGGER status_history_no_delete;
         DROP TRIGGER status_history_no_replace;
         DROP TRIGGER evidence_no_update; DROP TRIGGER evidence_no_delete;",
    )
    .unwrap();
    conn.execute_batch(sql).unwrap();
    drop(conn);
    let out = db.cmd(&["init"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    db
}

/// `pledge check` as CSV, on a date when the seeds are not yet stale.
fn check_csv(db: &TestDb) -> std::process::Command {
    db.cmd_on("2017-06-01", &["--format", "csv", "check"])
}

#[test]
fn check_finds_a_changed_status() {
    let db =
        tampered("UPDATE status_history SET status = 'withdrawn', reason = 'unknown' WHERE id = 2");
    assert_cmd_snapshot!(check_csv(&db), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    history_rewritten,status_history,rows up to id 2,"the rows no longer match their hash chain: one was edited, inserted or deleted by another program"
    derived_out_of_step,pledge_current,alibaba-1-million-us-jobs,says `in_progress` but the status history says `withdrawn`

    ----- stderr -----
    2 problems found
    "#);
}

#[test]
fn check_finds_an_entry_dated_before_its_pledge() {
    let db = tampered("UPDATE status_history SET as_of = '2016-12-01' WHERE id = 1");
    assert_cmd_snapshot!(check_csv(&db), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    history_rewritten,status_history,rows up to id 2,"the rows no longer match their hash chain: one was edited, inserted or deleted by another program"
    dated_before_pledge,status_history,alibaba-1-million-us-jobs 2016-12-01,dated before the pledge was made on 2017-01-09

    ----- stderr -----
    2 problems found
    "#);
}

#[test]
fn check_finds_quote_offsets_that_miss_the_quote() {
    let db = tampered(
        "UPDATE evidence SET quote_start = quote_start + 3, quote_end = quote_end + 3 WHERE id = 1",
    );
    assert_cmd_snapshot!(check_csv(&db), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    history_rewritten,evidence,rows up to id 70,"the rows no longer match their hash chain: one was edited, inserted or deleted by another program"
    quote_offsets_wrong,evidence,company alibaba country,"offsets 452..484 in `president-trump-and-alibaba` do not point at the quote, which is at 449..481"

    ----- stderr -----
    2 problems found
    "#);
}

#[test]
fn check_finds_a_changed_claim_value() {
    let db = tampered("UPDATE evidence SET value = '2000000' WHERE field = 'jobs'");
    assert_cmd_snapshot!(check_csv(&db), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    history_rewritten,evidence,rows up to id 70,"the rows no longer match their hash chain: one was edited, inserted or deleted by another program"

    ----- stderr -----
    1 problem found
    "#);
}

#[test]
fn check_finds_one_of_two_entries_deleted() {
    let db = tampered("DELETE FROM status_history WHERE id = 1");
    assert_cmd_snapshot!(check_csv(&db), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    history_rewritten,status_history,rows up to id 2,"the rows no longer match their hash chain: one was edited, inserted or deleted by another program"

    ----- stderr -----
    1 problem found
    "#);
}

#[test]
fn check_finds_a_replaced_entry_and_the_dispute_it_made() {
    // The replacement is dated like the later entry with another status: a dispute, which the
    // trigger follows (neither entry counts), so the derived tables stay in step.
    let db = tampered(
        "REPLACE INTO status_history (id, pledge_id, as_of, status, reason, source_id, quote)
         SELECT id, pledge_id, '2017-01-10', 'withdrawn', 'unknown', source_id, quote
         FROM status_history WHERE id = 1",
    );
    assert_cmd_snapshot!(check_csv(&db), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    history_rewritten,status_history,rows up to id 2,"the rows no longer match their hash chain: one was edited, inserted or deleted by another program"
    disputed_status,status_history,alibaba-1-million-us-jobs 2017-01-10,"sources disagree: withdrawn (president-trump-and-alibaba), in_progress (president-trump-and-alibaba); none counts until one is preferred with `pledge update alibaba-1-million-us-jobs --as-of 2017-01-10 --prefer STATUS --because TEXT`"

    ----- stderr -----
    2 problems found
    "#);
}

#[test]
fn check_finds_an_entry_added_by_another_program() {
    let db = TestDb::seeded();
    let conn = Connection::open(db.db_file()).unwrap();
    conn.execute_batch(
        "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
         SELECT pledge_id, '2017-02-01', 'kept', source_id, quote FROM status_history WHERE id = 2",
    )
    .unwrap();
    drop(conn);
    assert_cmd_snapshot!(check_csv(&db), @"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    not_chained,status_history,rows from id 3,1 row added by another program

    ----- stderr -----
    1 problem found
    ");
}

#[test]
fn check_finds_derived_tables_out_of_step() {
    let db = TestDb::seeded();
    let conn = Connection::open(db.db_file()).unwrap();
    conn.execute_batch(
        "UPDATE pledge_current SET status = 'kept';
         UPDATE status_counts SET pledges = 7 WHERE status = 'kept';",
    )
    .unwrap();
    drop(conn);
    assert_cmd_snapshot!(check_csv(&db), @"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    derived_out_of_step,pledge_current,alibaba-1-million-us-jobs,says `kept` but the status history says `in_progress`
    derived_out_of_step,status_counts,kept,counts 7 pledges but 1 stand at this status

    ----- stderr -----
    2 problems found
    ");
}

#[test]
fn check_finds_missing_triggers_and_init_restores_them() {
    let db = TestDb::seeded();
    let conn = Connection::open(db.db_file()).unwrap();
    conn.execute_batch("DROP TRIGGER status_history_no_replace; DROP TRIGGER evidence_no_delete;")
        .unwrap();
    drop(conn);
    assert_cmd_snapshot!(check_csv(&db), @"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    trigger_missing,evidence,evidence_no_delete,the trigger is gone; run `pledge init` to restore it
    trigger_missing,status_history,status_history_no_replace,the trigger is gone; run `pledge init` to restore it

    ----- stderr -----
    2 problems found
    ");
    assert_cmd_snapshot!(db.cmd(&["init"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    restored the missing trigger `evidence_no_delete`
    restored the missing trigger `status_history_no_replace`
    pledges.db: is up to date (schema version 16)
    ");
    assert_cmd_snapshot!(check_csv(&db), @"
    success: true
    exit_code: 0
    ----- stdout -----
    check,table,key,detail

    ----- stderr -----
    no problems found
    ");
}

#[test]
fn check_finds_a_date_that_is_not_a_day() {
    let db = TestDb::seeded();
    let conn = Connection::open(db.db_file()).unwrap();
    conn.execute_batch(
        "PRAGMA ignore_check_constraints = ON;
         UPDATE pledges SET deadline = 'next year';
         UPDATE events SET start_on = '2017-02-30' WHERE slug = 'trump-tower-meeting';",
    )
    .unwrap();
    drop(conn);
    assert_cmd_snapshot!(check_csv(&db), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    constraint_broken,(database),,SQLite's own check: CHECK constraint failed in pledges
    constraint_broken,(database),,SQLite's own check: CHECK constraint failed in events
    bad_date,events,trump-tower-meeting,"column start_on holds `2017-02-30`, which is not a day (YYYY-MM-DD)"
    bad_date,pledges,alibaba-1-million-us-jobs,"column deadline holds `next year`, which is not a day (YYYY-MM-DD)"

    ----- stderr -----
    4 problems found
    "#);
    // A read command meeting the row names it instead of failing on a conversion.
    assert_cmd_snapshot!(db.cmd(&["list"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: the database holds dates that are not days, written by another program: events `trump-tower-meeting` column start_on holds `2017-02-30` and 1 more (run `pledge check` to list them)
    ");
}

#[test]
fn check_finds_a_row_that_breaks_a_schema_rule() {
    let db = TestDb::seeded();
    let conn = Connection::open(db.db_file()).unwrap();
    conn.execute_batch(
        "PRAGMA ignore_check_constraints = ON;
         UPDATE pledges SET formality = 'whispered';",
    )
    .unwrap();
    drop(conn);
    assert_cmd_snapshot!(check_csv(&db), @"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    constraint_broken,(database),,SQLite's own check: CHECK constraint failed in pledges

    ----- stderr -----
    1 problem found
    ");
    // A read command meeting the row points to `pledge check`.
    assert_cmd_snapshot!(db.cmd(&["show", "alibaba-1-million-us-jobs"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: a row holds a value this program cannot read; run `pledge check` to find it: Conversion error from type Text at index: 9, unknown formality `whispered` (expected one of: verbal, written_statement, memorandum, preliminary_terms, signed_agreement, final_award, contract, law): unknown formality `whispered` (expected one of: verbal, written_statement, memorandum, preliminary_terms, signed_agreement, final_award, contract, law)
    ");
}

#[test]
fn check_finds_a_cycle_of_relations_written_around_the_loader() {
    let db = tampered(
        "INSERT INTO pledges (slug, title, kind, made_on, formality)
             SELECT 'copy', 'Copy', kind, made_on, formality FROM pledges WHERE id = 1;
         INSERT INTO pledge_parties (pledge_id, role, company_id)
             SELECT 2, role, company_id FROM pledge_parties WHERE pledge_id = 1 AND role = 'pledger';
         INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
             SELECT 2, as_of, status, source_id, quote FROM status_history WHERE id = 1;
         INSERT INTO pledge_relations (pledge_id, relation, other_id, source_id, quote)
             SELECT 1, 'part_of', 2, source_id, quote FROM status_history WHERE id = 1;
         INSERT INTO pledge_relations (pledge_id, relation, other_id, source_id, quote)
             SELECT 2, 'restates', 1, source_id, quote FROM status_history WHERE id = 1;",
    );
    assert_cmd_snapshot!(check_csv(&db), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    not_chained,status_history,rows from id 3,1 row added by another program
    not_chained,pledge_relations,rows from id 1,2 rows added by another program
    relation_cycle,pledge_relations,alibaba-1-million-us-jobs,"alibaba-1-million-us-jobs part_of copy restates alibaba-1-million-us-jobs: a pledge cannot be inside or a restatement of itself; export the seed files (`pledge export --dir`), drop the wrong row of pledge_relations.csv and rebuild with `pledge seed`"
    relation_cycle,pledge_relations,copy,"copy restates alibaba-1-million-us-jobs part_of copy: a pledge cannot be inside or a restatement of itself; export the seed files (`pledge export --dir`), drop the wrong row of pledge_relations.csv and rebuild with `pledge seed`"
    party_without_evidence,pledge_parties,copy company alibaba,"no claim names it; add a row to evidence.csv with subject `pledge`, key `copy`, field `company`, value `alibaba`, a source and its quote"

    ----- stderr -----
    5 problems found
    "#);
}

#[test]
fn check_finds_a_quote_that_occurs_twice_in_its_source() {
    let db = tampered(
        "INSERT INTO status_history (pledge_id, as_of, status, source_id, quote)
         SELECT 1, '2017-10-12', 'stalled', id, 'Access Asia 2017' FROM sources
         WHERE slug = 'president-trump-and-alibaba';",
    );
    assert_cmd_snapshot!(check_csv(&db), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    not_chained,status_history,rows from id 3,1 row added by another program
    quote_repeated,status_history,alibaba-1-million-us-jobs 2017-10-12,"occurs 2 times in the text of `president-trump-and-alibaba`, so it does not say which passage backs the fact: ""Access Asia 2017""; record it again with more of the sentence"

    ----- stderr -----
    2 problems found
    "#);
}

#[test]
fn check_finds_a_relation_rewritten_behind_the_programs_back() {
    let db = TestDb::seeded();
    let beijing = "beijing-today-trump-tower-meeting";
    let mut cmd = db.cmd(&["add", "pledge", "--company", "alibaba", "--title", "Alibaba sellers"]);
    cmd.args(["--made-on", "2017-01-09", "--formality", "verbal", "--source", beijing]);
    cmd.args(["--quote", "Small companies in the mid-west of America can sell their service"]);
    assert!(cmd.output().unwrap().status.success());
    let mut cmd = db.cmd(&["add", "relation", "alibaba-sellers", "--part-of"]);
    cmd.args(["alibaba-1-million-us-jobs", "--source", beijing, "--quote"]);
    cmd.arg("Alibaba will focus on clothes, wine, agricultural products and fruits");
    assert!(cmd.output().unwrap().status.success());
    let conn = Connection::open(db.db_file()).unwrap();
    conn.execute_batch(
        "DROP TRIGGER pledge_relations_no_update;
         UPDATE pledge_relations SET relation = 'restates';",
    )
    .unwrap();
    drop(conn);
    assert!(db.cmd(&["init"]).output().unwrap().status.success());
    assert_cmd_snapshot!(check_csv(&db), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    history_rewritten,pledge_relations,rows up to id 1,"the rows no longer match their hash chain: one was edited, inserted or deleted by another program"

    ----- stderr -----
    1 problem found
    "#);
}
