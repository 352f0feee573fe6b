use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

#[test]
fn status_counts_and_lists_pledges() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    ┌────────────────┬─────────┐
    │ status         ┆ pledges │
    ╞════════════════╪═════════╡
    │ announced      ┆ 0       │
    │ in_progress    ┆ 1       │
    │ stalled        ┆ 0       │
    │ partially_kept ┆ 0       │
    │ kept           ┆ 0       │
    │ broken         ┆ 0       │
    │ withdrawn      ┆ 0       │
    │ unverifiable   ┆ 0       │
    └────────────────┴─────────┘

    ┌──────────────────┬─────────┬────────────┬─────────────┬────────────┬─────────┐
    │ pledge           ┆ company ┆ title      ┆ status      ┆ since      ┆ overdue │
    ╞══════════════════╪═════════╪════════════╪═════════════╪════════════╪═════════╡
    │ alibaba-1-millio ┆ Alibaba ┆ Alibaba to ┆ in_progress ┆ 2017-01-10 ┆ no      │
    │ n-us-jobs        ┆         ┆ create 1   ┆             ┆            ┆         │
    │                  ┆         ┆ million US ┆             ┆            ┆         │
    │                  ┆         ┆ jobs       ┆             ┆            ┆         │
    └──────────────────┴─────────┴────────────┴─────────────┴────────────┴─────────┘

    ----- stderr -----
    ");
}

#[test]
fn status_as_of_shows_the_history_known_then() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status", "--as-of", "2017-01-09"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    pledge,company,title,status,since,overdue
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,announced,2017-01-09,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status", "--as-of", "2017-01-08"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    pledge,company,title,status,since,overdue

    ----- stderr -----
    ");
}

#[test]
fn status_in_json_has_counts_and_pledges() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "status"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    {
      "as_of": "2026-11-21",
      "counts": [
        {
          "status": "announced",
          "pledges": 0
        },
        {
          "status": "in_progress",
          "pledges": 1
        },
        {
          "status": "stalled",
          "pledges": 0
        },
        {
          "status": "partially_kept",
          "pledges": 0
        },
        {
          "status": "kept",
          "pledges": 0
        },
        {
          "status": "broken",
          "pledges": 0
        },
        {
          "status": "withdrawn",
          "pledges": 0
        },
        {
          "status": "unverifiable",
          "pledges": 0
        }
      ],
      "pledges": [
        {
          "pledge": "alibaba-1-million-us-jobs",
          "company": "Alibaba",
          "title": "Alibaba to create 1 million US jobs",
          "status": "in_progress",
          "since": "2017-01-10",
          "overdue": false
        }
      ]
    }

    ----- stderr -----
    "#);
}

#[test]
fn status_in_tsv_has_the_same_columns() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    pledge	company	title	status	since	overdue
    alibaba-1-million-us-jobs	Alibaba	Alibaba to create 1 million US jobs	in_progress	2017-01-10	no

    ----- stderr -----
    ");
}

#[test]
fn status_refuses_an_impossible_date() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["status", "--as-of", "2017-02-30"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value '2017-02-30' for '--as-of <YYYY-MM-DD>': `2017-02-30` is not a date: use YYYY-MM-DD, a day that exists (2017-01-09)

    For more information, try '--help'.
    ");
}
