use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

const BEIJING: &str = "beijing-today-trump-tower-meeting";

/// The seeds plus a pledge of 1,000 jobs and 20 businesses that is part of the seeds' pledge.
fn with_a_part() -> TestDb {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "pledge", "--company", "alibaba", "--title", "Alibaba sellers"]);
    cmd.args(["--made-on", "2017-01-10", "--formality", "verbal", "--source", BEIJING]);
    cmd.args(["--target", "jobs=1000", "--target", "businesses=20", "--quote"]);
    cmd.arg("Small companies in the mid-west of America can sell their service and products");
    assert!(cmd.output().unwrap().status.success());
    let mut cmd = db.cmd(&["add", "relation", "alibaba-sellers", "--part-of"]);
    cmd.args(["alibaba-1-million-us-jobs", "--source", BEIJING, "--quote"]);
    cmd.arg("Alibaba will focus on clothes, wine, agricultural products and fruits");
    assert!(cmd.output().unwrap().status.success());
    db
}

#[test]
fn totals_sum_the_targets_per_metric() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["totals"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric      unit        pledges  pledged    revised    delivered
    businesses  businesses        1  1,000,000  1,000,000
    jobs        jobs              1  1,000,000  1,000,000

    ----- stderr -----
    ");
}

#[test]
fn totals_leave_out_a_part_of_a_selected_pledge_and_say_why() {
    let db = with_a_part();
    assert_cmd_snapshot!(db.cmd(&["totals"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric      unit        pledges  pledged    revised    delivered
    businesses  businesses        1  1,000,000  1,000,000
    jobs        jobs              1  1,000,000  1,000,000

    left_out         relation  other                      counted_in
    alibaba-sellers  part_of   alibaba-1-million-us-jobs  alibaba-1-million-us-jobs

    ----- stderr -----
    left out 1 pledge: it is part of, restates or is superseded by another selected pledge, whose figures hold it
    ");
}

#[test]
fn totals_count_a_part_whose_whole_is_not_selected() {
    let db = with_a_part();
    assert_cmd_snapshot!(db.cmd(&["totals", "--made-from", "2017-01-10"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric      unit        pledges  pledged  revised  delivered
    businesses  businesses        1  20       20
    jobs        jobs              1  1,000    1,000

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["totals", "--as-of", "2017-01-09"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric      unit        pledges  pledged    revised    delivered
    businesses  businesses        1  1,000,000  1,000,000
    jobs        jobs              1  1,000,000  1,000,000

    ----- stderr -----
    ");
}

#[test]
fn totals_in_json_and_csv() {
    let db = with_a_part();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "totals"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    {
      "as_of": "2026-11-21",
      "totals": [
        {
          "metric": "businesses",
          "unit": "businesses",
          "pledges": 1,
          "pledged": 1000000,
          "revised": 1000000,
          "delivered": null
        },
        {
          "metric": "jobs",
          "unit": "jobs",
          "pledges": 1,
          "pledged": 1000000,
          "revised": 1000000,
          "delivered": null
        }
      ],
      "left_out": [
        {
          "pledge": "alibaba-sellers",
          "relation": "part_of",
          "other": "alibaba-1-million-us-jobs",
          "counted_in": "alibaba-1-million-us-jobs"
        }
      ]
    }

    ----- stderr -----
    left out 1 pledge: it is part of, restates or is superseded by another selected pledge, whose figures hold it
    "#);
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "totals"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric,unit,pledges,pledged,revised,delivered
    businesses,businesses,1,1000000,1000000,
    jobs,jobs,1,1000000,1000000,

    ----- stderr -----
    left out 1 pledge: it is part of, restates or is superseded by another selected pledge, whose figures hold it
    ");
}

#[test]
fn totals_refuse_a_limit() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["totals", "--limit", "1"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --limit: totals sum every selected pledge; narrow the selection with the filters
    ");
}

/// Foxconn's 2017 pledge and the 2021 contract that replaced it (URL-only sources, their own
/// words): the totals count the contract's figures, not both.
#[test]
fn totals_leave_out_a_pledge_superseded_by_a_selected_one() {
    let db = TestDb::seeded();
    let ok = |args: &[&str]| {
        let out = db.cmd(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    ok(&["add", "company", "--name", "Foxconn", "--country", "TW"]);
    for (slug, url, title) in [
        (
            "fox21-2017",
            "http://www.fox21online.com/2017/07/26/foxconn-announces-10-billion-investment-new-wisconsin-campus/",
            "Foxconn Announces $10 Billion Investment in New Wisconsin Campus",
        ),
        (
            "jsonline-2021",
            "https://www.jsonline.com/story/money/2021/04/20/foxconn-state-agree-new-deal-foxconn-expecting-hire-up-1-454-compared-13-000-2017/7299257002/",
            "Foxconn, state agree on new deal",
        ),
        (
            "wwis-2021",
            "https://wwisradio.com/details-of-foxconns-new-deal-show-its-much-smaller/",
            "Details Of Foxconn's New Deal Show It's Much Smaller",
        ),
    ] {
        ok(&["add", "source", "--slug", slug, "--url", url, "--title", title]);
    }
    ok(&[
        "add",
        "pledge",
        "--company",
        "foxconn",
        "--slug",
        "foxconn-2017",
        "--title",
        "Foxconn to invest in Wisconsin",
        "--made-on",
        "2017-07-26",
        "--formality",
        "verbal",
        "--target",
        "investment=10000000000 USD",
        "--source",
        "fox21-2017",
        "--quote",
        "it will invest $10 billion by 2020",
    ]);
    ok(&[
        "add",
        "pledge",
        "--company",
        "foxconn",
        "--slug",
        "foxconn-2021",
        "--title",
        "Foxconn's new contract with Wisconsin",
        "--made-on",
        "2021-04-20",
        "--formality",
        "contract",
        "--target",
        "investment=676000000 USD",
        "--source",
        "wwis-2021",
        "--quote",
        "Foxconn has to invest $676 million in the project at Mount Pleasant",
    ]);
    ok(&[
        "add",
        "relation",
        "foxconn-2021",
        "--supersedes",
        "foxconn-2017",
        "--source",
        "jsonline-2021",
        "--quote",
        "have agreed to a new contract",
    ]);
    assert_cmd_snapshot!(db.cmd(&["totals", "--company", "foxconn"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric      unit  pledges  pledged      revised      delivered
    investment  USD         1  676,000,000  676,000,000

    left_out      relation       other         counted_in
    foxconn-2017  superseded_by  foxconn-2021  foxconn-2021

    ----- stderr -----
    left out 1 pledge: it is part of, restates or is superseded by another selected pledge, whose figures hold it
    ");
}
