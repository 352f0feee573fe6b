//! Two sources giving a pledge different statuses for the same date: a dispute, shown as one by
//! `conflicts`, `show` and `check`, counted by no one until a curator prefers one status.

use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

const PLEDGE: &str = "alibaba-1-million-us-jobs";

/// Runs `args`, which must succeed.
fn ok(db: &TestDb, args: &[&str]) {
    let out = db.cmd(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// The seeded database with two URL-only sources that disagree on where the pledge stood in
/// 2018: one says kept, the other broken.
fn disputed() -> TestDb {
    let db = TestDb::seeded();
    for (slug, url) in [("upbeat", "https://example.com/a"), ("gloomy", "https://example.com/b")] {
        ok(&db, &["add", "source", "--url", url, "--title", slug, "--slug", slug]);
    }
    ok(
        &db,
        &["update", PLEDGE, "--status", "kept", "--as-of", "2018", "--source", "upbeat"]
            .into_iter()
            .chain(["--quote", "a million jobs were created"])
            .collect::<Vec<_>>(),
    );
    db
}

fn broken_too(db: &TestDb) -> std::process::Command {
    let mut cmd = db.cmd(&["update", PLEDGE, "--status", "broken", "--reason", "unknown"]);
    cmd.args(["--as-of", "2018", "--source", "gloomy", "--quote", "the jobs never came"]);
    cmd
}

#[test]
fn a_second_status_for_the_same_date_is_a_dispute_that_counts_for_neither() {
    let db = disputed();
    assert_cmd_snapshot!(broken_too(&db), @"
    success: true
    exit_code: 0
    ----- stdout -----
    as_of       status       reason   source                       quote                                                                                                                           note                                                dispute
    2017-01-09  announced             president-trump-and-alibaba  he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market
    2017-01-10  in_progress           president-trump-and-alibaba  On January 10, 2017, Ma announced the launching of a program to make good on that promise.                                      the program to make good on the pledge is launched
    2018        kept                  upbeat                       a million jobs were created                                                                                                                                                         unresolved
    2018        broken       unknown  gloomy                       the jobs never came                                                                                                                                                                 unresolved

    ----- stderr -----
    recorded `alibaba-1-million-us-jobs` broken as of 2018; the quote is unverified: source `gloomy` has no stored text
    the entries of 2018 disagree: none counts until one status is preferred with `pledge update alibaba-1-million-us-jobs --as-of 2018 --prefer STATUS --because TEXT`
    ");
    // The pledge keeps the status it had before the disputed date.
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,in_progress,2017-01-10,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["conflicts"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    fact                                          value       source                             quote                                                                                               preferred  preferred_reason
    event/trump-tower-meeting/start_on            2017-01-09  president-trump-and-alibaba        Monday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S               yes        it names the weekday, and Monday of that week is 2017-01-09; the same article dates the program announcement, a later event, January 10
    event/trump-tower-meeting/start_on            2017-01-10  beijing-today-trump-tower-meeting  On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump  no
    pledge/alibaba-1-million-us-jobs/status@2018  broken      gloomy                             the jobs never came                                                                                 no
    pledge/alibaba-1-million-us-jobs/status@2018  kept        upbeat                             a million jobs were created                                                                         no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "check"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    disputed_status,status_history,alibaba-1-million-us-jobs 2018,"sources disagree: kept (upbeat), broken (gloomy); none counts until one is preferred with `pledge update alibaba-1-million-us-jobs --as-of 2018 --prefer STATUS --because TEXT`"
    stale,pledges,alibaba-1-million-us-jobs,no update for over a year: in_progress since 2017-01-10

    ----- stderr -----
    2 problems found
    "#);
}

#[test]
fn a_preferred_status_settles_the_dispute_with_its_reason() {
    let db = disputed();
    assert!(broken_too(&db).output().unwrap().status.success());
    let mut prefer = db.cmd(&["update", PLEDGE, "--as-of", "2018", "--prefer", "broken"]);
    prefer.args(["--because", "the company's own filing confirms it"]);
    assert_cmd_snapshot!(prefer, @"
    success: true
    exit_code: 0
    ----- stdout -----
    as_of       status       reason   source                       quote                                                                                                                           note                                                dispute
    2017-01-09  announced             president-trump-and-alibaba  he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market
    2017-01-10  in_progress           president-trump-and-alibaba  On January 10, 2017, Ma announced the launching of a program to make good on that promise.                                      the program to make good on the pledge is launched
    2018        kept                  upbeat                       a million jobs were created                                                                                                                                                         not preferred
    2018        broken       unknown  gloomy                       the jobs never came                                                                                                                                                                 preferred: the company's own filing confirms it

    ----- stderr -----
    `alibaba-1-million-us-jobs` as of 2018: broken counts (the company's own filing confirms it)
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,broken,2018,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "conflicts"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    fact,value,source,quote,preferred,preferred_reason
    event/trump-tower-meeting/start_on,2017-01-09,president-trump-and-alibaba,Monday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S,yes,"it names the weekday, and Monday of that week is 2017-01-09; the same article dates the program announcement, a later event, January 10"
    event/trump-tower-meeting/start_on,2017-01-10,beijing-today-trump-tower-meeting,"On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump",no,
    pledge/alibaba-1-million-us-jobs/status@2018,broken,gloomy,the jobs never came,yes,the company's own filing confirms it
    pledge/alibaba-1-million-us-jobs/status@2018,kept,upbeat,a million jobs were created,no,

    ----- stderr -----
    "#);
    assert_cmd_snapshot!(db.cmd(&["export", "status_history"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    pledge,as_of,status,reason,source,quote,preferred,preferred_reason,note
    alibaba-1-million-us-jobs,2017-01-09,announced,,president-trump-and-alibaba,"he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market",0,,
    alibaba-1-million-us-jobs,2017-01-10,in_progress,,president-trump-and-alibaba,"On January 10, 2017, Ma announced the launching of a program to make good on that promise.",0,,the program to make good on the pledge is launched
    alibaba-1-million-us-jobs,2018,kept,,upbeat,a million jobs were created,0,,
    alibaba-1-million-us-jobs,2018,broken,unknown,gloomy,the jobs never came,1,the company's own filing confirms it,

    ----- stderr -----
    "#);
    // Before the disputed year the earlier status still stands.
    let mut before = db.cmd(&["--format", "csv", "list", "--as-of", "2017-12-31"]);
    let out = String::from_utf8(before.output().unwrap().stdout).unwrap();
    assert!(out.contains(",in_progress,2017-01-10,"), "{out}");
    // The preference survives the round trip through a seed folder.
    ok(&db, &["export", "--dir", "out"]);
    let again = TestDb::empty();
    let out = again.cmd(&["seed", "--dir"]).arg(db.path("out")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let status = |db: &TestDb| db.cmd(&["--format", "csv", "status"]).output().unwrap().stdout;
    assert_eq!(status(&again), status(&db));
    // The seed finds the disputed date again, as `conflicts` shows.
    let conflicts =
        |db: &TestDb| db.cmd(&["--format", "csv", "conflicts"]).output().unwrap().stdout;
    assert!(String::from_utf8_lossy(&conflicts(&again)).contains("status@"));
    assert_eq!(conflicts(&again), conflicts(&db));
    let check = again.cmd(&["check"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&check.stdout).contains("disputed_status"));
}

#[test]
fn a_preference_must_name_a_disputed_date_and_one_of_its_statuses() {
    let db = disputed();
    let prefer = |as_of: &str, status: &str| {
        let before = db.bytes();
        let mut cmd = db.cmd(&["update", PLEDGE, "--as-of", as_of, "--prefer", status]);
        let out = cmd.args(["--because", "checked"]).output().unwrap();
        assert!(db.bytes() == before, "the database changed");
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).unwrap()
    };
    insta::assert_snapshot!(prefer("2018", "kept"), @"error: --prefer: the entries of `alibaba-1-million-us-jobs` dated 2018 all give kept; there is no dispute to settle");
    insta::assert_snapshot!(prefer("2019", "kept"), @"error: --as-of: pledge `alibaba-1-million-us-jobs` has no status entry dated 2019 (see `pledge show alibaba-1-million-us-jobs`)");
    assert!(broken_too(&db).output().unwrap().status.success());
    insta::assert_snapshot!(prefer("2018", "stalled"), @"error: --prefer: no entry of `alibaba-1-million-us-jobs` dated 2018 gives stalled; they give kept, broken");
    let mut cmd = db.cmd(&["update", PLEDGE, "--as-of", "2018", "--prefer", "kept"]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: the following required arguments were not provided:
      --because <TEXT>

    Usage: pledge update --as-of <YYYY[-MM[-DD]]> --prefer <STATUS> --because <TEXT> <PLEDGE>

    For more information, try '--help'.
    ");
    let mut cmd = db.cmd(&["update", PLEDGE, "--as-of", "2018", "--prefer", "kept"]);
    cmd.args(["--because", "x", "--source", "upbeat"]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: the argument '--prefer <STATUS>' cannot be used with '--source <SOURCE>'

    Usage: pledge update --as-of <YYYY[-MM[-DD]]> --prefer <STATUS> --because <TEXT> <PLEDGE>

    For more information, try '--help'.
    ");
}

#[test]
fn seed_files_prefer_one_status_per_date_with_a_reason() {
    let db = TestDb::with_seed_copy();
    let extra = "alibaba-1-million-us-jobs,2017-01-10,stalled,,president-trump-and-alibaba,\
                 Monday’s meeting,1,the later report,\n\
                 alibaba-1-million-us-jobs,2017-01-09,announced,,president-trump-and-alibaba,\
                 Monday’s meeting,1,,\n\
                 alibaba-1-million-us-jobs,2017-01-11,stalled,,president-trump-and-alibaba,\
                 Monday’s meeting,yes,,\n";
    let history = db.read("seeds/status_history.csv").replace(
        "make good on that promise.\",0,,",
        "make good on that promise.\",1,the launch is dated,",
    );
    db.write("seeds/status_history.csv", history + extra);
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/status_history.csv:4: column preferred: another entry of 2017-01-10 is preferred already, with status in_progress; prefer one status per date
    seeds/status_history.csv:5: column preferred_reason: is empty; a preferred entry must say why its status is the one that counts
    seeds/status_history.csv:6: column preferred: `yes` is not 0 or 1
    error: 3 problems in `seeds`; `pledges.db` was not changed
    ");
}

#[test]
fn an_import_can_move_a_preference_to_the_other_side() {
    let db = disputed();
    assert!(broken_too(&db).output().unwrap().status.success());
    ok(&db, &["update", PLEDGE, "--as-of", "2018", "--prefer", "broken", "--because", "first"]);
    ok(&db, &["export", "status_history", "--out", "history.csv", "--plain"]);
    let history = db
        .read("history.csv")
        .replace(",gloomy,the jobs never came,1,first,", ",gloomy,the jobs never came,0,,")
        .replace(
            ",upbeat,a million jobs were created,0,,",
            ",upbeat,a million jobs were created,1,second look,",
        );
    db.write("history.csv", history);
    assert_cmd_snapshot!(db.cmd(&["import", "status_history", "history.csv"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    imported history.csv into status_history: 0 added, 1 changed, 3 unchanged
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,kept,2018,no

    ----- stderr -----
    ");
}

#[test]
fn the_site_marks_both_sides_of_a_dispute() {
    let db = disputed();
    assert!(broken_too(&db).output().unwrap().status.success());
    ok(&db, &["update", PLEDGE, "--as-of", "2018", "--prefer", "broken", "--because", "filed"]);
    ok(&db, &["site", "--out", "site"]);
    let page = db.read(&format!("site/pledges/{PLEDGE}.html"));
    assert!(page.contains("(unknown), disputed: preferred (filed)</figcaption>"), "{page}");
    assert!(page.contains("kept</span>, disputed: sources give another status"), "{page}");
}
