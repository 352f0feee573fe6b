//! Targets with labels, currencies, ranges and horizons; their progress and revisions, as `add`
//! records them, `seed` loads them, and `show` and `list` read them as of a date.
//!
//! The pledges are modelled on ones the press reported (Intel's Fab 42 of February 2017 with its
//! direct and supporting jobs; Foxconn in Wisconsin of July 2017, revised in 2021), recorded from
//! placeholder URL-only sources.

use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

/// Runs `pledge ARGS...` and asserts that it succeeded.
fn ok(db: &TestDb, args: &[&str]) {
    let out = db.cmd(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Runs `pledge ARGS...` and asserts that it was refused with the database unchanged; returns
/// its stderr.
fn refused(db: &TestDb, args: &[&str]) -> String {
    let before = db.bytes();
    let out = db.cmd(args).output().unwrap();
    assert!(!out.status.success(), "{args:?} was accepted");
    assert!(db.bytes() == before, "{args:?} changed the database");
    String::from_utf8(out.stderr).unwrap()
}

/// A URL-only source, added under `slug`.
fn source(db: &TestDb, slug: &str) {
    let url = format!("https://example.com/{slug}");
    ok(db, &["add", "source", "--url", &url, "--title", slug, "--slug", slug]);
}

/// The seeded database with Intel's Fab 42 pledge: two labelled job targets and an investment
/// in USD.
fn intel() -> TestDb {
    let db = TestDb::seeded();
    source(&db, "intel-2017");
    source(&db, "intel-2020");
    ok(&db, &["add", "company", "--name", "Intel", "--country", "US"]);
    ok(
        &db,
        &[
            "add",
            "pledge",
            "--company",
            "intel",
            "--slug",
            "intel-fab-42",
            "--title",
            "Intel to finish Fab 42 in Arizona",
            "--made-on",
            "2017-02-08",
            "--formality",
            "verbal",
            "--target",
            "jobs:direct=3000",
            "--target",
            "jobs:supporting=10000",
            "--target",
            "investment=7000000000 USD",
            "--source",
            "intel-2017",
            "--quote",
            "3,000 direct jobs and 10,000 supporting jobs",
        ],
    );
    db
}

/// The seeded database with Foxconn's Wisconsin pledge (up to 13,000 jobs, $10 billion), its
/// 2021 revision and a progress figure.
fn foxconn() -> TestDb {
    let db = TestDb::seeded();
    source(&db, "foxconn-2017");
    source(&db, "foxconn-2021");
    ok(&db, &["add", "company", "--name", "Foxconn", "--country", "TW"]);
    ok(
        &db,
        &[
            "add",
            "pledge",
            "--company",
            "foxconn",
            "--slug",
            "foxconn-wisconsin",
            "--title",
            "Foxconn to build a plant in Wisconsin",
            "--made-on",
            "2017-07-26",
            "--formality",
            "signed_agreement",
            "--target",
            "jobs=13000:up_to",
            "--target",
            "investment=10000000000 USD",
            "--source",
            "foxconn-2017",
            "--quote",
            "it will invest $10 billion by 2020",
        ],
    );
    let revise = ["add", "revision", "foxconn-wisconsin", "--source", "foxconn-2021"];
    let mut jobs = revise.to_vec();
    jobs.extend(["--metric", "jobs", "--as-of", "2021-04", "--amount", "1454"]);
    ok(
        &db,
        &[jobs.as_slice(), &["--quote", "has been parred back significantly to 1,454"]].concat(),
    );
    let mut money = revise.to_vec();
    money.extend(["--metric", "investment", "--unit", "USD", "--as-of", "2021-04"]);
    ok(
        &db,
        &[
            money.as_slice(),
            &[
                "--amount",
                "672000000",
                "--quote",
                "only expected to invest up to $672 million by 2026",
            ],
        ]
        .concat(),
    );
    ok(
        &db,
        &[
            "add",
            "progress",
            "foxconn-wisconsin",
            "--metric",
            "jobs",
            "--as-of",
            "2020",
            "--amount",
            "579",
            "--source",
            "foxconn-2021",
            "--quote",
            "Foxconn had created 579 such jobs",
        ],
    );
    db
}

#[test]
fn targets_of_one_metric_are_told_apart_by_their_label() {
    let db = intel();
    let mut cmd = db.cmd(&["add", "progress", "intel-fab-42", "--metric", "jobs"]);
    cmd.args(["--label", "direct", "--as-of", "2020", "--amount", "3000"]);
    cmd.args([
        "--source",
        "intel-2020",
        "--quote",
        "Intel has already hired the 3’000 new employees",
    ]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    intel-fab-42

    ----- stderr -----
    added progress of target `jobs_direct` of pledge `intel-fab-42` (target_progress 1)
    the quote is unverified: source `intel-2020` has no stored text
    ");
    assert_cmd_snapshot!(db.cmd(&["list"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug                       title                                kind        company  made_by  made_to       made_on     targets                                                                                                categories                                   status       status_since  deadline  overdue
    alibaba-1-million-us-jobs  Alibaba to create 1 million US jobs  jobs        Alibaba  Jack Ma  Donald Trump  2017-01-09  1,000,000 businesses; more than 1,000,000 jobs                                                         agricultural-products; apparel; fruit; wine  in_progress  2017-01-10              no
    intel-fab-42               Intel to finish Fab 42 in Arizona    investment  Intel                           2017-02-08  USD 7,000,000,000 investment; 3,000 direct jobs, delivered 3,000 (2020, 100%); 10,000 supporting jobs                                               announced    2017-02-08              no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no
    intel-fab-42,Intel to finish Fab 42 in Arizona,investment,Intel,,,2017-02-08,investment 7000000000 USD; jobs_direct 3000; jobs_supporting 10000,,announced,2017-02-08,,no

    ----- stderr -----
    ");
}

#[test]
fn show_gives_pledged_revised_and_delivered_as_of_a_date() {
    let db = foxconn();
    let show = |as_of: &str| {
        let out = db.cmd(&["show", "foxconn-wisconsin", "--as-of", as_of]).output().unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        // The blocks of targets and of their revisions and progress.
        text.split("\n\n").skip(3).take(2).collect::<Vec<_>>().join("\n\n")
    };
    insta::assert_snapshot!(show("2019-06-30"), @"
    as_of       status     reason  source        quote                               note  dispute
    2017-07-26  announced          foxconn-2017  it will invest $10 billion by 2020

    metric      label  pledged             revised  revised_on  delivered  delivered_on  percent
    investment         USD 10,000,000,000
    jobs               up to 13,000
    ");
    insta::assert_snapshot!(show("2020-06-30"), @"
    as_of       status     reason  source        quote                               note  dispute
    2017-07-26  announced          foxconn-2017  it will invest $10 billion by 2020

    metric      label  pledged             revised  revised_on  delivered  delivered_on  percent
    investment         USD 10,000,000,000
    jobs               up to 13,000                                   579          2020  4%
    ");
    insta::assert_snapshot!(show("2026-11-21"), @"
    as_of       status     reason  source        quote                               note  dispute
    2017-07-26  announced          foxconn-2017  it will invest $10 billion by 2020

    metric      label  pledged             revised          revised_on  delivered  delivered_on  percent
    investment         USD 10,000,000,000  USD 672,000,000  2021-04
    jobs               up to 13,000        1,454            2021-04           579          2020  40%
    ");
}

#[test]
fn show_in_csv_and_json_keeps_exact_numbers() {
    let db = foxconn();
    let out = db.cmd(&["--format", "csv", "show", "foxconn-wisconsin"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let blocks: Vec<&str> = text.split("\n\n").collect();
    insta::assert_snapshot!(blocks[3..5].join("\n\n"), @"
    as_of,status,reason,source,quote,note,dispute
    2017-07-26,announced,,foxconn-2017,it will invest $10 billion by 2020,,

    metric,label,pledged,revised,revised_on,delivered,delivered_on,percent
    investment,,10000000000 USD,672000000 USD,2021-04,,,
    jobs,,13000,1454,2021-04,579,2020,40
    ");
    let out = db.cmd(&["--format", "json", "show", "foxconn-wisconsin"]).output().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    insta::assert_snapshot!(serde_json::to_string_pretty(&json["figures"][1]).unwrap(), @r#"
    {
      "delivered": {
        "amount": 579,
        "maximum": null,
        "minimum": null,
        "qualifier": null,
        "unit": ""
      },
      "delivered_on": "2020",
      "label": "",
      "metric": "jobs",
      "percent": 40,
      "pledge": "foxconn-wisconsin",
      "pledged": {
        "amount": 13000,
        "maximum": null,
        "minimum": null,
        "qualifier": "up_to",
        "unit": ""
      },
      "revised": {
        "amount": 1454,
        "maximum": null,
        "minimum": null,
        "qualifier": null,
        "unit": ""
      },
      "revised_on": "2021-04",
      "unit": ""
    }
    "#);
}

#[test]
fn list_sums_up_pledged_revised_and_delivered() {
    let db = foxconn();
    assert_cmd_snapshot!(db.cmd(&["list", "--company", "foxconn"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug               title                                  kind        company  made_by  made_to  made_on     targets                                                                                                                                  categories  status     status_since  deadline  overdue
    foxconn-wisconsin  Foxconn to build a plant in Wisconsin  investment  Foxconn                    2017-07-26  USD 10,000,000,000 investment, revised USD 672,000,000 (2021-04); up to 13,000 jobs, revised 1,454 (2021-04), delivered 579 (2020, 40%)              announced  2017-07-26              no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["list", "--company", "foxconn", "--as-of", "2020-01-01"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug               title                                  kind        company  made_by  made_to  made_on     targets                                                                     categories  status     status_since  deadline  overdue
    foxconn-wisconsin  Foxconn to build a plant in Wisconsin  investment  Foxconn                    2017-07-26  USD 10,000,000,000 investment; up to 13,000 jobs, delivered 579 (2020, 4%)              announced  2017-07-26              no

    ----- stderr -----
    ");
}

#[test]
fn a_range_a_horizon_and_a_qualifier_read_for_people() {
    let db = intel();
    let target = ["add", "target", "intel-fab-42", "--source", "intel-2017"];
    let mut range = target.to_vec();
    range.extend(["--metric", "people_trained", "--minimum", "20000", "--maximum", "25000"]);
    ok(&db, &[range.as_slice(), &["--quote", "3,000 direct jobs"]].concat());
    let mut money = target.to_vec();
    money.extend(["--metric", "purchases", "--unit", "JPY", "--amount", "1500000000"]);
    money.extend(["--qualifier", "more_than", "--by", "2020-06", "--for-years", "10"]);
    ok(&db, &[money.as_slice(), &["--quote", "10,000 supporting jobs"]].concat());
    let out = db.cmd(&["show", "intel-fab-42"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let targets = text.lines().find(|l| l.starts_with("targets")).unwrap();
    insta::assert_snapshot!(targets, @"targets       USD 7,000,000,000 investment; 3,000 direct jobs; 10,000 supporting jobs; 20,000–25,000 people trained; more than JPY 1,500,000,000 purchases by 2020-06 for 10 years");
    assert_cmd_snapshot!(db.cmd(&["export", "pledge_targets"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    pledge,metric,label,amount,unit,qualifier,minimum,maximum,by,over_years,for_years
    alibaba-1-million-us-jobs,businesses,,1000000,,,,,,,
    alibaba-1-million-us-jobs,jobs,,1000000,,more_than,,,,,
    intel-fab-42,investment,,7000000000,USD,,,,,,
    intel-fab-42,jobs,direct,3000,,,,,,,
    intel-fab-42,jobs,supporting,10000,,,,,,,
    intel-fab-42,people_trained,,,,,20000,25000,,,
    intel-fab-42,purchases,,1500000000,JPY,more_than,,,2020-06,,10

    ----- stderr -----
    ");
}

#[test]
fn add_target_refuses_what_no_target_can_be() {
    let db = intel();
    let evidence = ["--source", "intel-2017", "--quote", "3,000 direct jobs"];
    let target = |flags: &[&str]| -> String {
        let args = [&["add", "target", "intel-fab-42"], flags, &evidence].concat();
        refused(&db, &args)
    };
    insta::assert_snapshot!(target(&["--metric", "exports", "--amount", "5", "--unit", "XYZ"]), @"
    --unit: `XYZ` is not an ISO 4217 currency code (such as USD, JPY, TWD)
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(target(&["--metric", "exports", "--amount", "5"]), @"
    --unit: is empty; exports is money: give its ISO 4217 currency, such as USD
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(target(&["--metric", "units", "--amount", "5", "--unit", "USD"]), @"
    --unit: `USD` is set, but units is a count: leave unit empty
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(target(&["--metric", "units", "--minimum", "9", "--maximum", "3"]), @"
    --minimum: 9 is more than the maximum 3; swap them
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(target(&["--metric", "units", "--minimum", "9"]), @"
    --maximum: is empty but minimum is set
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(
        target(&["--metric", "units", "--amount", "20", "--minimum", "1", "--maximum", "3"]),
        @"
    --amount: 20 is outside the range 1-3; leave it empty or fix it
    error: 1 problem; `pledges.db` was not changed
    "
    );
    insta::assert_snapshot!(target(&["--metric", "units"]), @"
    --amount: is empty; give an amount or a range
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(
        target(&["--metric", "units", "--amount", "2", "--by", "2020", "--over-years", "2"]),
        @"
    --over-years: is set with by: give one deadline, a date or a number of years
    error: 1 problem; `pledges.db` was not changed
    "
    );
    insta::assert_snapshot!(target(&["--metric", "units", "--amount", "2", "--by", "2016"]), @"
    --by: 2016 is before the pledge was made (2017-02-08)
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(target(&["--metric", "units", "--amount", "2", "--by", "soon"]), @"
    --by: `soon` is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only the month or the year)
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(target(&["--metric", "units", "--amount", "2", "--for-years", "0"]), @"
    --for-years: `0` is less than 1
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(target(&["--metric", "units", "--amount", "2", "--label", "Direct"]), @"
    --amount: `units_Direct` is not a field name (lowercase letters, digits and _)
    --label: `Direct` may only hold lowercase letters, digits and _ (such as direct)
    error: 2 problems; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(target(&["--metric", "jobs", "--label", "direct", "--amount", "2"]), @"
    --metric: `jobs` already exists; this command only adds new records (change existing ones by editing their rows and importing them with `pledge import`)
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn add_pledge_refuses_a_bad_currency_or_range_in_a_target() {
    let db = intel();
    let args = [
        "add",
        "pledge",
        "--company",
        "intel",
        "--title",
        "Intel to build more",
        "--made-on",
        "2017-02-08",
        "--formality",
        "verbal",
        "--target",
        "investment=5 XYZ",
        "--target",
        "jobs=9-3",
        "--source",
        "intel-2017",
        "--quote",
        "3,000 direct jobs",
    ];
    insta::assert_snapshot!(refused(&db, &args), @"
    --target: `XYZ` is not an ISO 4217 currency code (such as USD, JPY, TWD)
    --target: 9 is more than the maximum 3; swap them
    error: 2 problems; `pledges.db` was not changed
    ");
}

#[test]
fn progress_and_revisions_are_refused_off_their_target() {
    let db = foxconn();
    let evidence = ["--source", "foxconn-2021", "--quote", "Foxconn had created 579 such jobs"];
    let fact = |kind: &str, flags: &[&str]| -> String {
        let args = [&["add", kind, "foxconn-wisconsin"], flags, &evidence].concat();
        refused(&db, &args)
    };
    let in_euros = ["--metric", "investment", "--unit", "EUR", "--as-of", "2020", "--amount", "5"];
    insta::assert_snapshot!(fact("progress", &in_euros), @"
    --unit: `EUR` is not the target's currency (USD): give the figure in USD
    error: 1 problem; `pledges.db` was not changed
    ");
    let as_a_count = ["--metric", "investment", "--as-of", "2020", "--amount", "5"];
    insta::assert_snapshot!(fact("progress", &as_a_count), @"
    --unit: is not given; the target is in USD: add --unit USD
    error: 1 problem; `pledges.db` was not changed
    ");
    let no_target = ["--metric", "jobs", "--label", "direct", "--as-of", "2020", "--amount", "5"];
    insta::assert_snapshot!(fact("progress", &no_target), @"
    --metric: pledge `foxconn-wisconsin` has no target `jobs_direct`: add it with `pledge add target` first, or name one it has (see `pledge show`)
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(fact("progress", &["--metric", "jobs", "--as-of", "2020"]), @"
    --amount: is empty but required
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(fact("progress", &["--metric", "jobs", "--as-of", "soon", "--amount", "1"]), @"
    --as-of: `soon` is not a date (use YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only the month or the year)
    error: 1 problem; `pledges.db` was not changed
    ");
    insta::assert_snapshot!(fact("revision", &["--metric", "jobs", "--as-of", "2016", "--amount", "5"]), @"
    --as-of: 2016 is before the pledge was made (2017-07-26)
    error: 1 problem; `pledges.db` was not changed
    ");
    let reversed = ["--metric", "jobs", "--as-of", "2021", "--minimum", "9", "--maximum", "3"];
    insta::assert_snapshot!(fact("revision", &reversed), @"
    --minimum: 9 is more than the maximum 3; swap them
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn progress_and_revisions_round_trip_through_seed_files() {
    let db = foxconn();
    ok(&db, &["export", "--dir", "out"]);
    assert_eq!(
        db.read("out/target_progress.csv"),
        "pledge,metric,label,as_of,amount,unit,qualifier,source,quote,note\n\
         foxconn-wisconsin,jobs,,2020,579,,,foxconn-2021,Foxconn had created 579 such jobs,\n"
    );
    let again = TestDb::empty();
    let out = again.cmd(&["seed", "--dir"]).arg(db.path("out")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    ok(&again, &["export", "--dir", "out"]);
    for table in ["pledge_targets", "target_progress", "target_revisions"] {
        let file = format!("out/{table}.csv");
        assert_eq!(again.read(&file), db.read(&file), "{table}");
    }
}

#[test]
fn seed_names_the_line_of_a_figure_in_another_unit() {
    let db = TestDb::with_seed_copy();
    let mut progress = db.read("seeds/target_progress.csv");
    progress += "alibaba-1-million-us-jobs,jobs,,2018,1000,USD,,president-trump-and-alibaba,the goliath online sales platform,\n";
    progress += "alibaba-1-million-us-jobs,jobs,,2016,1000,,,president-trump-and-alibaba,the goliath online sales platform,\n";
    progress += "alibaba-1-million-us-jobs,units,,2018,1000,,,president-trump-and-alibaba,the goliath online sales platform,\n";
    db.write("seeds/target_progress.csv", progress);
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/target_progress.csv:2: column unit: `USD` is set, but the target counts jobs: leave unit empty
    seeds/target_progress.csv:3: column as_of: 2016 is before the pledge was made (2017-01-09)
    seeds/target_progress.csv:4: column metric: pledge `alibaba-1-million-us-jobs` has no target `units`: add it to pledge_targets.csv first, or name one it has (see `pledge show`)
    error: 3 problems in `seeds`; `pledges.db` was not changed
    ");
    assert!(!db.db_file().exists(), "no database is left behind");
}

#[test]
fn check_finds_a_figure_written_behind_the_programs_back() {
    let db = TestDb::seeded();
    let conn = db.connect();
    conn.execute_batch(
        "INSERT INTO target_progress (pledge_id, metric, label, as_of, amount, unit, source_id, quote)
         SELECT 1, 'jobs', '', '2016', 5, '', id, 'words the article never used'
         FROM sources WHERE slug = 'president-trump-and-alibaba'",
    )
    .unwrap();
    drop(conn);
    assert_cmd_snapshot!(db.cmd_on("2017-06-01", &["--format", "csv", "check"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    not_chained,target_progress,rows from id 1,1 row added by another program
    dated_before_pledge,target_progress,alibaba-1-million-us-jobs jobs 2016,dated before the pledge was made on 2017-01-09
    quote_not_found,target_progress,alibaba-1-million-us-jobs jobs 2016,"not in the text of `president-trump-and-alibaba`: ""words the article never used"""

    ----- stderr -----
    3 problems found
    "#);
}

#[test]
fn the_site_shows_what_was_delivered_of_each_target() {
    let db = foxconn();
    ok(&db, &["site", "--out", "site"]);
    let page = db.read("site/pledges/foxconn-wisconsin.html");
    let rows: Vec<&str> = page.lines().filter(|l| l.starts_with("<tr><td>")).collect();
    insta::assert_snapshot!(rows.join("\n"), @r#"
    <tr><td>investment</td><td class="num">10,000,000,000</td><td>USD</td><td class="num">not recorded</td><td>see the status</td></tr>
    <tr><td>jobs</td><td class="num">up to 13,000</td><td>jobs</td><td class="num">579</td><td><meter min="0" max="13000" value="579">579 of 13,000</meter></td></tr>
    "#);
}

#[test]
fn a_target_kept_for_years_and_a_qualified_figure_delivered() {
    let db = TestDb::seeded();
    source(&db, "carrier-2016");
    source(&db, "carrier-2019");
    ok(&db, &["add", "company", "--name", "Carrier", "--country", "US"]);
    let mut pledge = db.cmd(&["add", "pledge", "--company", "carrier", "--slug", "carrier-indy"]);
    pledge.args(["--title", "Carrier to keep jobs in Indianapolis", "--made-on", "2016-11-29"]);
    pledge.args([
        "--formality",
        "verbal",
        "--source",
        "carrier-2016",
        "--quote",
        "the promised 1,069 jobs that Trump promised to save",
    ]);
    assert!(pledge.output().unwrap().status.success());
    let mut target = db.cmd(&["add", "target", "carrier-indy", "--metric", "jobs"]);
    target.args(["--amount", "1069", "--for-years", "10", "--source", "carrier-2016"]);
    target.args(["--quote", "1,069 jobs for ten years"]);
    assert!(target.output().unwrap().status.success());
    let mut progress = db.cmd(&["add", "progress", "carrier-indy", "--metric", "jobs"]);
    progress.args(["--as-of", "2019-06", "--amount", "1100", "--qualifier", "more_than"]);
    progress.args(["--source", "carrier-2019", "--quote", "more than 1,100 jobs remain"]);
    assert!(progress.output().unwrap().status.success());
    let out = db.cmd(&["list", "--company", "carrier"]).output().unwrap();
    let listed = String::from_utf8(out.stdout).unwrap();
    let row = listed.lines().find(|l| l.starts_with("carrier-indy")).unwrap();
    let summary = "1,069 jobs for 10 years, delivered more than 1,100 (2019-06, 103%)";
    assert!(row.contains(summary), "{listed}");
}

#[test]
fn import_appends_progress_figures_once() {
    let db = foxconn();
    let file = "pledge,metric,label,as_of,amount,unit,qualifier,source,quote,note\n\
                foxconn-wisconsin,jobs,,2020,579,,,foxconn-2021,Foxconn had created 579 such jobs,\n\
                foxconn-wisconsin,jobs,,2020-12,970,,,foxconn-2021,Of the 970 jobs reported,\n";
    db.write("progress.csv", file);
    assert_cmd_snapshot!(db.cmd(&["import", "target_progress", "progress.csv"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    imported progress.csv into target_progress: 1 added, 0 changed, 1 unchanged
    ");
}

#[test]
fn the_site_index_sums_pledged_revised_and_delivered_figures() {
    let db = foxconn();
    ok(&db, &["site", "--out", "site"]);
    let index = db.read("site/index.html");
    let totals = &index[index.find("<table class=\"totals\">").unwrap()..];
    let totals = &totals[..totals.find("</table>").unwrap()];
    let rows: Vec<&str> = totals.lines().filter(|l| l.starts_with("<tr><td>")).collect();
    insta::assert_snapshot!(rows.join("\n"), @r#"
    <tr><td>businesses</td><td>businesses</td><td class="num">1</td><td class="num">1,000,000</td><td class="num">1,000,000</td><td class="num">not recorded</td></tr>
    <tr><td>investment</td><td>USD</td><td class="num">1</td><td class="num">10,000,000,000</td><td class="num">672,000,000</td><td class="num">not recorded</td></tr>
    <tr><td>jobs</td><td>jobs</td><td class="num">2</td><td class="num">1,013,000</td><td class="num">1,001,454</td><td class="num">579</td></tr>
    "#);
}
