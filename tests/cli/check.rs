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
         INSERT INTO pledges (slug, title, company_id, made_on, formality, deadline)
             VALUES ('alibaba-hires', 'Alibaba hires', 1, '2017-01-09', 'verbal', '2018-01-01');",
    )
    .unwrap();
    drop(conn);
    assert_cmd_snapshot!(db.cmd_on("2018-06-01", &["check"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check                    table           key                                         detail
    dangling_reference       status_history  row 3                                       refers to a row of sources that does not exist
    dangling_reference       evidence        pledge softbank-50-billion                  a claim about pledge `softbank-50-billion`, which does not exist
    text_changed             sources         beijing-today-trump-tower-meeting           the stored text does not match its sha256; restore it from the article file with `pledge seed`
    quote_not_found          evidence        event trump-tower-meeting duration_minutes  not in the text of `beijing-today-trump-tower-meeting`: "The meeting last for 40 minutes."
    status_without_evidence  status_history  alibaba-1-million-us-jobs 2017-02-01        its source does not exist; record a new entry with its source and quote
    status_without_evidence  status_history  alibaba-1-million-us-jobs 2017-03-01        its quote is blank; record a new entry with its source and quote
    no_status                pledges         alibaba-hires                               the status history is empty; record where it stands with `pledge update`
    stale                    pledges         alibaba-1-million-us-jobs                   no update for over a year: in_progress since 2017-03-01
    overdue                  pledges         alibaba-hires                               deadline 2018-01-01 passed; still no status

    ----- stderr -----
    9 problems found
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
