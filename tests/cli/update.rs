use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

const PLEDGE: &str = "alibaba-1-million-us-jobs";
const SOURCE: &str = "president-trump-and-alibaba";

/// `pledge update PLEDGE ARGS...` on the seeded pledge.
fn update(db: &TestDb, args: &[&str]) -> std::process::Command {
    let mut cmd = db.cmd(&["update", PLEDGE]);
    cmd.args(args);
    cmd
}

#[test]
fn update_appends_a_status_and_prints_the_history() {
    let db = TestDb::seeded();
    let args = ["--status", "stalled", "--as-of", "2017-06-01", "--source", SOURCE];
    let mut cmd = update(&db, &args);
    cmd.args(["--quote", "Monday’s\n meeting", "--note", "nothing since the launch"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    as_of       status       reason  source                       quote                                                                                                                           note                                                dispute
    2017-01-09  announced            president-trump-and-alibaba  he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market
    2017-01-10  in_progress          president-trump-and-alibaba  On January 10, 2017, Ma announced the launching of a program to make good on that promise.                                      the program to make good on the pledge is launched
    2017-06-01  stalled              president-trump-and-alibaba  Monday’s meeting                                                                                                                nothing since the launch

    ----- stderr -----
    recorded `alibaba-1-million-us-jobs` stalled as of 2017-06-01
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status", "--as-of", "2017-06-01"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,stalled,2017-06-01,no

    ----- stderr -----
    ");
}

#[test]
fn update_twice_adds_nothing_the_second_time() {
    let db = TestDb::seeded();
    let args = ["--status", "stalled", "--as-of", "2017-06-01", "--source", SOURCE];
    let mut first = update(&db, &args);
    first.args(["--quote", "Monday’s meeting"]);
    assert!(first.output().unwrap().status.success());
    let before = db.bytes();
    let mut second = update(&db, &args);
    second.args(["--quote", "Monday’s meeting", "--format", "csv"]);
    assert_cmd_snapshot!(second, @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    as_of,status,reason,source,quote,note,dispute
    2017-01-09,announced,,president-trump-and-alibaba,"he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market",,
    2017-01-10,in_progress,,president-trump-and-alibaba,"On January 10, 2017, Ma announced the launching of a program to make good on that promise.",the program to make good on the pledge is launched,
    2017-06-01,stalled,,president-trump-and-alibaba,Monday’s meeting,,

    ----- stderr -----
    the history already has this entry (`alibaba-1-million-us-jobs` stalled as of 2017-06-01); nothing was added
    "#);
    assert!(db.bytes() == before, "the database changed");
}

#[test]
fn update_refuses_a_withdrawal_without_a_reason() {
    let db = TestDb::seeded();
    let before = db.bytes();
    let args = ["--status", "withdrawn", "--as-of", "2017-06-01", "--source", SOURCE];
    let mut cmd = update(&db, &args);
    cmd.args(["--quote", "Monday’s meeting"]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    --reason: is empty; a withdrawn entry needs a reason code (one of: premise_changed, conditions_not_met, deprioritized, blocked_external, business_change, superseded, unknown)
    error: 1 problem; `pledges.db` was not changed
    ");
    assert!(db.bytes() == before, "the database changed");
}

#[test]
fn update_refuses_a_reason_for_a_status_that_is_not_final() {
    let db = TestDb::seeded();
    let before = db.bytes();
    let args = ["--status", "stalled", "--reason", "unknown", "--as-of", "2017-06-01"];
    let mut cmd = update(&db, &args);
    cmd.args(["--source", SOURCE, "--quote", "Monday’s meeting"]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    --reason: is only for broken or withdrawn entries, not stalled
    error: 1 problem; `pledges.db` was not changed
    ");
    assert!(db.bytes() == before, "the database changed");
}

#[test]
fn update_refuses_a_quote_that_is_not_in_the_text() {
    let db = TestDb::seeded();
    let before = db.bytes();
    let args = ["--status", "stalled", "--as-of", "2017-06-01", "--source", SOURCE];
    let mut cmd = update(&db, &args);
    cmd.args(["--quote", "Tuesday’s meeting"]);
    assert_cmd_snapshot!(cmd, @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    --quote: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "Evans. Monday’s meeting"
    error: 1 problem; `pledges.db` was not changed
    "#);
    assert!(db.bytes() == before, "the database changed");
}

#[test]
fn update_finds_a_quote_typed_with_plain_typography_and_stores_the_articles_words() {
    let db = TestDb::seeded();
    let args = ["--status", "stalled", "--as-of", "2017-06-01", "--source", SOURCE];
    let mut cmd = update(&db, &args);
    cmd.args(["--quote", "Evans.   Monday's  meeting"]);
    assert!(cmd.output().unwrap().status.success());
    let mut export = db.cmd(&["export", "status_history"]);
    let out = String::from_utf8(export.output().unwrap().stdout).unwrap();
    let line = out.lines().find(|line| line.contains(",stalled,")).unwrap();
    assert_eq!(
        line,
        format!(
            "alibaba-1-million-us-jobs,2017-06-01,stalled,,{SOURCE},Evans. Monday’s meeting,0,,"
        )
    );
}

#[test]
fn update_refuses_an_unknown_pledge_and_source() {
    let db = TestDb::seeded();
    let before = db.bytes();
    let mut cmd = db.cmd(&["update", "alibaba-jobs", "--status", "kept", "--as-of", "2019-01-01"]);
    cmd.args(["--source", "xinhua", "--quote", "kept"]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    PLEDGE: no pledge `alibaba-jobs`; did you mean `alibaba-1-million-us-jobs`? (see `pledge list`, or add it with `pledge add pledge`)
    --source: no source `xinhua` (see `pledge sources`, or add it with `pledge add source`)
    error: 2 problems; `pledges.db` was not changed
    ");
    assert!(db.bytes() == before, "the database changed");
}

#[test]
fn update_refuses_a_date_before_the_pledge_was_made() {
    let db = TestDb::seeded();
    let before = db.bytes();
    let args = ["--status", "in_progress", "--as-of", "2016-12-31", "--source", SOURCE];
    let mut cmd = update(&db, &args);
    cmd.args(["--quote", "Monday’s meeting"]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    --as-of: 2016-12-31 is before the pledge was made (2017-01-09)
    error: 1 problem; `pledges.db` was not changed
    ");
    assert!(db.bytes() == before, "the database changed");
}

#[test]
fn update_refuses_an_empty_quote() {
    let db = TestDb::seeded();
    let before = db.bytes();
    let args = ["--status", "stalled", "--as-of", "2017-06-01", "--source", SOURCE];
    let mut cmd = update(&db, &args);
    cmd.args(["--quote", ""]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    --quote: is empty but required
    error: 1 problem; `pledges.db` was not changed
    ");
    assert!(db.bytes() == before, "the database changed");
}

#[test]
fn update_refuses_a_status_that_does_not_exist() {
    let db = TestDb::seeded();
    let args = ["--status", "kep", "--as-of", "2017-06-01", "--source", SOURCE];
    let mut cmd = update(&db, &args);
    cmd.args(["--quote", "Monday’s meeting"]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value 'kep' for '--status <STATUS>'
      [possible values: announced, in_progress, stalled, scaled_back, partially_kept, kept, broken, withdrawn, unverifiable]

      tip: a similar value exists: 'kept'

    For more information, try '--help'.
    ");
}

#[test]
fn update_refuses_a_date_that_does_not_exist() {
    let db = TestDb::seeded();
    let args = ["--status", "stalled", "--as-of", "2017-02-29", "--source", SOURCE];
    let mut cmd = update(&db, &args);
    cmd.args(["--quote", "Monday’s meeting"]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value '2017-02-29' for '--as-of <YYYY[-MM[-DD]]>': `2017-02-29` is not a date: use YYYY-MM-DD (a day that exists), or YYYY-MM or YYYY when only the month or the year is known

    For more information, try '--help'.
    ");
}

#[test]
fn update_takes_the_pledge_and_source_by_title() {
    let db = TestDb::seeded();
    let args = [
        "update",
        "Alibaba to create 1 million US jobs",
        "--status",
        "stalled",
        "--as-of",
        "2018-01-01",
        "--source",
        "president trump & alibaba",
        "--quote",
        "Ma announced the launching of a program",
    ];
    assert_cmd_snapshot!(db.cmd(&args), @"
    success: true
    exit_code: 0
    ----- stdout -----
    as_of       status       reason  source                       quote                                                                                                                           note                                                dispute
    2017-01-09  announced            president-trump-and-alibaba  he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market
    2017-01-10  in_progress          president-trump-and-alibaba  On January 10, 2017, Ma announced the launching of a program to make good on that promise.                                      the program to make good on the pledge is launched
    2018-01-01  stalled              president-trump-and-alibaba  Ma announced the launching of a program

    ----- stderr -----
    recorded `alibaba-1-million-us-jobs` stalled as of 2018-01-01
    ");
}
