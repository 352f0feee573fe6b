//! Dates known to a month or a year, or not at all, through every command that reads or writes
//! them; and the kind and formality of a pledge.

use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

const NOTES: &str = "notes";

/// Runs `args`, which must succeed.
fn ok(db: &TestDb, args: &[&str]) {
    let out = db.cmd(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Runs `args`, which must fail and leave the database as it was; returns stderr.
fn refused(db: &TestDb, args: &[&str]) -> String {
    let before = db.bytes();
    let out = db.cmd(args).output().unwrap();
    assert!(!out.status.success(), "{args:?} was accepted");
    assert!(db.bytes() == before, "{args:?} changed the database");
    String::from_utf8(out.stderr).unwrap()
}

/// The seeded database plus a URL-only source and three pledges of Alibaba's: one made in
/// January 2017 and due in 2020, rated `in_progress` as of 2019; one no source dates; one due on
/// a day, made on a day.
fn partly_dated() -> TestDb {
    let db = TestDb::seeded();
    ok(&db, &["add", "source", "--url", "https://example.com/notes", "--title", "Notes"]);
    let pledge = |slug: &str, extra: &[&str]| {
        let mut args = vec!["add", "pledge", "--company", "alibaba", "--slug", slug];
        args.extend(["--title", slug, "--source", NOTES, "--quote", "as the notes say it"]);
        args.extend(extra);
        ok(&db, &args);
    };
    pledge(
        "month-made",
        &["--made-on", "2017-01", "--deadline", "2020", "--formality", "memorandum"],
    );
    pledge("undated", &["--formality", "verbal", "--target", "usd_investment=1000"]);
    pledge(
        "day-made",
        &["--made-on", "2017-01-01", "--deadline", "2020-12-31", "--formality", "final_award"],
    );
    ok(
        &db,
        &["update", "month-made", "--status", "in_progress", "--as-of", "2019"]
            .into_iter()
            .chain(["--source", NOTES, "--quote", "the work is under way"])
            .collect::<Vec<_>>(),
    );
    db
}

#[test]
fn a_pledge_made_in_a_month_lists_by_its_first_day_and_shows_as_written() {
    let db = partly_dated();
    let list = |args: &[&str]| {
        let mut cmd = db.cmd(&["--format", "csv", "list"]);
        cmd.args(args);
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        text.lines().skip(1).map(|l| l.split(',').next().unwrap().to_owned()).collect::<Vec<_>>()
    };
    // Undated first, then by the first day: 2017-01 (the 1st) before 2017-01-01, then 01-09.
    assert_eq!(list(&[]), ["undated", "month-made", "day-made", "alibaba-1-million-us-jobs"]);
    assert_eq!(list(&["--made-from", "2017-01-01"]), ["month-made", "day-made", PLEDGE]);
    assert_eq!(list(&["--made-from", "2017-01-02"]), [PLEDGE]);
    assert_eq!(list(&["--made-to", "2017-01-01"]), ["month-made", "day-made"]);
    // On 2016-12-31 only the undated pledge may already have been made.
    assert_eq!(list(&["--as-of", "2016-12-31"]), ["undated"]);
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--kind", "other,investment"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    undated,undated,investment,Alibaba,,,,investment 1000 USD,,,,,no
    month-made,month-made,other,Alibaba,,,2017-01,,,in_progress,2019,2020,yes
    day-made,day-made,other,Alibaba,,,2017-01-01,,,announced,2017-01-01,2020-12-31,yes

    ----- stderr -----
    ");
}

const PLEDGE: &str = "alibaba-1-million-us-jobs";

#[test]
fn a_deadline_of_a_year_is_overdue_only_once_the_year_is_over() {
    let db = partly_dated();
    let overdue = |today: &str| {
        let out = db.cmd_on(today, &["--format", "csv", "list", "--overdue"]).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        text.lines().skip(1).map(|l| l.split(',').next().unwrap().to_owned()).collect::<Vec<_>>()
    };
    assert!(overdue("2020-12-31").is_empty());
    assert_eq!(overdue("2021-01-01"), ["month-made", "day-made"]);
    assert_cmd_snapshot!(db.cmd_on("2021-01-01", &["check"]), @"
    success: false
    exit_code: 1
    ----- stdout -----
    check      table    key                        detail
    no_status  pledges  undated                    the status history is empty; record where it stands with `pledge update`
    stale      pledges  alibaba-1-million-us-jobs  no update for over a year: in_progress since 2017-01-10
    overdue    pledges  day-made                   deadline 2020-12-31 passed; still announced
    stale      pledges  day-made                   no update for over a year: announced since 2017-01-01
    overdue    pledges  month-made                 deadline 2020 passed; still in_progress
    stale      pledges  month-made                 no update for over a year: in_progress since 2019

    ----- stderr -----
    6 problems found
    ");
}

#[test]
fn show_prints_partial_dates_as_the_sources_give_them() {
    let db = partly_dated();
    assert_cmd_snapshot!(db.cmd(&["show", "month-made"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field         value
    slug          month-made
    title         month-made
    description
    kind          other
    made_on       2017-01
    made_at
    formality     memorandum
    deadline      2020
    focus
    status        in_progress
    status_since  2019
    overdue       yes
    targets
    categories
    markets
    relations
    note

    role     kind     party    name
    pledger  company  alibaba  Alibaba

    slug  kind  date  relation  title

    as_of    status       reason  source  quote                  note  dispute
    2017-01  announced            notes   as the notes say it
    2019     in_progress          notes   the work is under way

    metric  label  pledged  revised  revised_on  delivered  delivered_on  percent

    as_of  kind  metric  label  figure  source  quote  note

    facts                                                                  source  quote                speaker
    company alibaba; deadline 2020; formality memorandum; made_on 2017-01  notes   as the notes say it

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "show", "undated"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field,value
    slug,undated
    title,undated
    description,
    kind,investment
    made_on,
    made_at,
    formality,verbal
    deadline,
    focus,
    status,
    status_since,
    overdue,no
    targets,investment 1000 USD
    categories,
    markets,
    relations,
    note,

    role,kind,party,name
    pledger,company,alibaba,Alibaba

    slug,kind,date,relation,title

    as_of,status,reason,source,quote,note,dispute

    metric,label,pledged,revised,revised_on,delivered,delivered_on,percent
    investment,,1000 USD,,,,,

    as_of,kind,metric,label,figure,source,quote,note

    facts,source,quote,speaker
    company alibaba; formality verbal; investment 1000,notes,as the notes say it,

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["show", "month-made", "--as-of", "2016-12-31"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: pledge `month-made` was made on 2017-01: on 2016-12-31 it did not exist yet
    ");
}

#[test]
fn a_status_as_of_a_year_counts_from_its_first_day() {
    let db = partly_dated();
    let status = |on: &str| {
        let mut cmd = db.cmd(&["--format", "csv", "status", "--as-of", on, "--kind", "other"]);
        String::from_utf8(cmd.output().unwrap().stdout).unwrap()
    };
    assert!(status("2018-12-31").contains("month-made,Alibaba,month-made,announced,2017-01,no"));
    assert!(status("2019-01-01").contains("month-made,Alibaba,month-made,in_progress,2019,no"));
    assert_cmd_snapshot!(db.cmd(&["timeline", "month-made"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    date     pledge      entry   what         detail  source
    2017-01  month-made  status  announced            notes
    2019     month-made  status  in_progress          notes

    ----- stderr -----
    ");
}

#[test]
fn partial_dates_go_out_and_come_back_as_written() {
    let db = partly_dated();
    assert_cmd_snapshot!(db.cmd(&["export", "pledges"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,description,kind,made_on,made_at,formality,deadline,focus,note
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,"Alibaba will help one million US small businesses sell goods to consumers in China and the rest of Asia on its platform, creating more than one million American jobs.",jobs,2017-01-09,trump-tower-meeting,verbal,,"US small businesses, especially in the Midwest",
    day-made,day-made,,other,2017-01-01,,final_award,2020-12-31,,
    month-made,month-made,,other,2017-01,,memorandum,2020,,
    undated,undated,,investment,,,verbal,,,

    ----- stderr -----
    "#);
    ok(&db, &["export", "--dir", "out"]);
    let again = TestDb::empty();
    let out = again.cmd(&["seed", "--dir"]).arg(db.path("out")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    ok(&again, &["export", "--dir", "out"]);
    for table in ["pledges", "status_history"] {
        let file = format!("out/{table}.csv");
        assert_eq!(again.read(&file), db.read(&file), "{table}");
    }
}

#[test]
fn a_workbook_holds_a_partial_date_as_text_and_a_day_as_a_date() {
    use calamine::{Data, Reader, open_workbook_auto};
    let db = partly_dated();
    ok(&db, &["export", "pledges", "--out", "pledges.xlsx"]);
    let mut book = open_workbook_auto(db.path("pledges.xlsx")).unwrap();
    let sheet = book.worksheet_range("pledges").unwrap();
    let row =
        |slug: &str| sheet.rows().find(|r| r[0] == Data::String(slug.into())).unwrap().to_vec();
    let (made_on, deadline) = (4, 7);
    assert_eq!(row("month-made")[made_on], Data::String("2017-01".into()));
    assert_eq!(row("month-made")[deadline], Data::String("2020".into()));
    assert!(matches!(row("day-made")[made_on], Data::DateTime(_)));
    assert_eq!(row("undated")[made_on], Data::Empty);
}

#[test]
fn dates_that_are_not_a_day_a_month_or_a_year_are_refused() {
    let db = partly_dated();
    for bad in ["2017-13", "2017-1", "17", "2017-02-30", "Jan 2017"] {
        let mut args = vec!["add", "pledge", "--company", "alibaba", "--title", "X"];
        args.extend(["--formality", "verbal", "--source", NOTES, "--quote", "as the notes say it"]);
        args.extend(["--made-on", bad]);
        let out = db.cmd(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
    }
    let mut cmd = db.cmd(&["add", "pledge", "--company", "alibaba", "--title", "X"]);
    cmd.args(["--formality", "verbal", "--source", NOTES, "--quote", "as the notes say it"]);
    assert_cmd_snapshot!(cmd.args(["--deadline", "2020-13"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value '2020-13' for '--deadline <YYYY[-MM[-DD]]>': `2020-13` is not a date: use YYYY-MM-DD (a day that exists), or YYYY-MM or YYYY when only the month or the year is known

    For more information, try '--help'.
    ");
    assert_cmd_snapshot!(db.cmd(&["update", "month-made", "--status", "kept", "--as-of", "2019-1",
        "--source", NOTES, "--quote", "done"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value '2019-1' for '--as-of <YYYY[-MM[-DD]]>': `2019-1` is not a date: use YYYY-MM-DD (a day that exists), or YYYY-MM or YYYY when only the month or the year is known

    For more information, try '--help'.
    ");
    let mut args = vec!["add", "pledge", "--company", "alibaba", "--title", "Late", "--made-on"];
    args.extend(["2019-06", "--deadline", "2019-05", "--formality", "contract"]);
    args.extend(["--source", NOTES, "--quote", "as the notes say it"]);
    insta::assert_snapshot!(refused(&db, &args), @"
    --deadline: 2019-05 ends before made_on 2019-06
    error: 1 problem; `pledges.db` was not changed
    ");
    let args = ["update", "month-made", "--status", "kept", "--as-of", "2016", "--source", NOTES];
    let mut args = args.to_vec();
    args.extend(["--quote", "the work is done now"]);
    insta::assert_snapshot!(refused(&db, &args), @"
    --as-of: 2016 is before the pledge was made (2017-01)
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn seed_files_with_bad_partial_dates_or_kinds_are_refused_with_their_place() {
    let db = TestDb::with_seed_copy();
    let pledges = db
        .read("seeds/pledges.csv")
        .replace(",jobs,2017-01-09,trump-tower", ",job,2017-1,trump-tower");
    let pledges = pledges.replace(",verbal,,", ",verbal,20,");
    db.write("seeds/pledges.csv", pledges);
    let history = db.read("seeds/status_history.csv").replace(",2017-01-10,", ",2017-00,");
    db.write("seeds/status_history.csv", history);
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/pledges.csv:2: column made_on: `2017-1` is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only the month or the year)
    seeds/pledges.csv:2: column kind: unknown kind `job` (expected one of: investment, jobs, purchase, trade_target, other)
    seeds/pledges.csv:2: column deadline: `20` is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only the month or the year)
    seeds/status_history.csv:3: column as_of: `2017-00` is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only the month or the year)
    error: 4 problems in `seeds`; `pledges.db` was not changed
    ");
}

#[test]
fn formality_and_kind_filter_lists() {
    let db = partly_dated();
    let mut cmd = db.cmd(&["--format", "csv", "list", "--formality", "memorandum,final_award"]);
    cmd.args(["--kind", "other"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    month-made,month-made,other,Alibaba,,,2017-01,,,in_progress,2019,2020,yes
    day-made,day-made,other,Alibaba,,,2017-01-01,,,announced,2017-01-01,2020-12-31,yes

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["list", "--kind", "trade"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value 'trade' for '--kind <KIND>'
      [possible values: investment, jobs, purchase, trade_target, other]

      tip: a similar value exists: 'trade_target'

    For more information, try '--help'.
    ");
}

#[test]
fn the_site_shows_partial_dates_as_written_and_undated_pledges_as_such() {
    let db = partly_dated();
    ok(&db, &["site", "--out", "site"]);
    let page = db.read("site/pledges/month-made.html");
    assert!(page.contains(r#"<time datetime="2017-01">2017-01</time>"#), "{page}");
    assert!(page.contains(r#"<time datetime="2020">2020</time>"#), "{page}");
    assert!(page.contains("<dt>Kind</dt><dd>other</dd>"), "{page}");
    assert!(page.contains("<dd>memorandum</dd>"), "{page}");
    let page = db.read("site/pledges/undated.html");
    assert!(page.contains("<dt>Made on</dt><dd>not dated by any source</dd>"), "{page}");
}
