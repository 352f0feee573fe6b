use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

#[test]
fn status_counts_and_lists_pledges() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    status          pledges
    announced             0
    in_progress           1
    stalled               0
    scaled_back           0
    partially_kept        0
    kept                  0
    broken                0
    withdrawn             0
    unverifiable          0

    slug                       company  title                                status       status_since  overdue
    alibaba-1-million-us-jobs  Alibaba  Alibaba to create 1 million US jobs  in_progress  2017-01-10    no

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
    slug,company,title,status,status_since,overdue
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,announced,2017-01-09,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status", "--as-of", "2017-01-08"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue

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
          "status": "scaled_back",
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
          "slug": "alibaba-1-million-us-jobs",
          "company": "Alibaba",
          "title": "Alibaba to create 1 million US jobs",
          "status": "in_progress",
          "status_since": "2017-01-10",
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
    slug	company	title	status	status_since	overdue
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

#[test]
fn status_counts_pledges_with_no_status_yet_apart() {
    let db = crate::fixture::more_pledges();
    assert_cmd_snapshot!(db.cmd(&["status", "--all"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    status           pledges
    announced              0
    in_progress            1
    stalled                1
    scaled_back            0
    partially_kept         0
    kept                   0
    broken                 0
    withdrawn              1
    unverifiable           0
    (no status yet)        1

    slug                       company      title                                 status       status_since  overdue
    alibaba-1-million-us-jobs  Alibaba      Alibaba to create 1 million US jobs   in_progress  2017-01-10    no
    taobao-wine-sales          Taobao       Taobao to sell US wine                withdrawn    2018-06-30    no
    acme-ohio-plant            Acme Motors  Acme Motors to build a plant in Ohio  stalled      2019-09-01    yes
    acme-training              Acme Motors  Acme Motors to train workers                                     no

    ----- stderr -----
    ");
}

#[test]
fn status_lists_the_latest_changes_newest_first_by_default() {
    let db = crate::fixture::more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue
    acme-ohio-plant,Acme Motors,Acme Motors to build a plant in Ohio,stalled,2019-09-01,yes
    taobao-wine-sales,Taobao,Taobao to sell US wine,withdrawn,2018-06-30,no
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,in_progress,2017-01-10,no

    ----- stderr -----
    ");
}

#[test]
fn status_latest_changes_are_those_known_on_the_date() {
    let db = crate::fixture::more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status", "--as-of", "2018-12-31"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue
    taobao-wine-sales,Taobao,Taobao to sell US wine,withdrawn,2018-06-30,no
    acme-ohio-plant,Acme Motors,Acme Motors to build a plant in Ohio,announced,2018-05-01,no
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,in_progress,2017-01-10,no

    ----- stderr -----
    ");
}

#[test]
fn status_filters_narrow_both_counts_and_rows() {
    let db = crate::fixture::more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "status", "--all", "--company", "acme-motors"]), @r#"
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
          "pledges": 0
        },
        {
          "status": "stalled",
          "pledges": 1
        },
        {
          "status": "scaled_back",
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
        },
        {
          "status": "(no status yet)",
          "pledges": 1
        }
      ],
      "pledges": [
        {
          "slug": "acme-ohio-plant",
          "company": "Acme Motors",
          "title": "Acme Motors to build a plant in Ohio",
          "status": "stalled",
          "status_since": "2019-09-01",
          "overdue": true
        },
        {
          "slug": "acme-training",
          "company": "Acme Motors",
          "title": "Acme Motors to train workers",
          "status": null,
          "status_since": null,
          "overdue": false
        }
      ]
    }

    ----- stderr -----
    "#);
}

#[test]
fn status_limit_shortens_the_list_but_not_the_counts() {
    let db = crate::fixture::more_pledges();
    assert_cmd_snapshot!(db.cmd(&["status", "--limit", "1"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    status           pledges
    announced              0
    in_progress            1
    stalled                1
    scaled_back            0
    partially_kept         0
    kept                   0
    broken                 0
    withdrawn              1
    unverifiable           0
    (no status yet)        1

    slug                       company  title                                status       status_since  overdue
    alibaba-1-million-us-jobs  Alibaba  Alibaba to create 1 million US jobs  in_progress  2017-01-10    no

    ----- stderr -----
    ");
}

#[test]
fn status_shows_overdue_pledges() {
    let db = crate::fixture::more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status", "--overdue"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue
    acme-ohio-plant,Acme Motors,Acme Motors to build a plant in Ohio,stalled,2019-09-01,yes

    ----- stderr -----
    ");
}

#[test]
fn status_names_an_unknown_official() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["status", "--official", "donald-trmup"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no official `donald-trmup`; did you mean `donald-trump`? (see `pledge officials`)
    ");
}
