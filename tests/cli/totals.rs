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
    metric      unit        pledges  pledged  revised  delivered
    businesses  businesses        1  1000000  1000000
    jobs        jobs              1  1000000  1000000

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
    metric      unit        pledges  pledged  revised  delivered
    businesses  businesses        1  1000000  1000000
    jobs        jobs              1  1000000  1000000

    left_out         relation  other                      counted_in
    alibaba-sellers  part_of   alibaba-1-million-us-jobs  alibaba-1-million-us-jobs

    ----- stderr -----
    left out 1 pledge: it is part of or restates another selected pledge, whose figures hold it
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
    businesses  businesses        1       20       20
    jobs        jobs              1     1000     1000

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["totals", "--as-of", "2017-01-09"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric      unit        pledges  pledged  revised  delivered
    businesses  businesses        1  1000000  1000000
    jobs        jobs              1  1000000  1000000

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
    left out 1 pledge: it is part of or restates another selected pledge, whose figures hold it
    "#);
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "totals"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric,unit,pledges,pledged,revised,delivered
    businesses,businesses,1,1000000,1000000,
    jobs,jobs,1,1000000,1000000,

    ----- stderr -----
    left out 1 pledge: it is part of or restates another selected pledge, whose figures hold it
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
