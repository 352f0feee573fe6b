use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;
use crate::fixture::more_pledges;

#[test]
fn list_off_a_terminal_prints_one_plain_row_per_pledge() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["list"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug                       title                                kind  company  made_by  made_to       made_on     targets                                         categories                                   status       status_since  deadline  overdue
    alibaba-1-million-us-jobs  Alibaba to create 1 million US jobs  jobs  Alibaba  Jack Ma  Donald Trump  2017-01-09  1,000,000 businesses; more than 1,000,000 jobs  agricultural-products; apparel; fruit; wine  in_progress  2017-01-10              no

    ----- stderr -----
    ");
}

#[test]
fn list_in_csv_has_one_row_per_pledge() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no

    ----- stderr -----
    ");
}

#[test]
fn list_in_tsv_has_the_same_columns() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "list"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug	title	kind	company	made_by	made_to	made_on	targets	categories	status	status_since	deadline	overdue
    alibaba-1-million-us-jobs	Alibaba to create 1 million US jobs	jobs	Alibaba	Jack Ma	Donald Trump	2017-01-09	businesses 1000000; jobs more_than 1000000	agricultural-products; apparel; fruit; wine	in_progress	2017-01-10		no

    ----- stderr -----
    ");
}

#[test]
fn list_in_json_has_targets_and_categories_as_arrays() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "list"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "slug": "alibaba-1-million-us-jobs",
        "title": "Alibaba to create 1 million US jobs",
        "kind": "jobs",
        "company": "Alibaba",
        "made_by": "Jack Ma",
        "made_to": "Donald Trump",
        "made_on": "2017-01-09",
        "targets": [
          {
            "metric": "businesses",
            "label": "",
            "amount": 1000000,
            "unit": "",
            "qualifier": null,
            "minimum": null,
            "maximum": null,
            "by": null,
            "over_years": null,
            "for_years": null
          },
          {
            "metric": "jobs",
            "label": "",
            "amount": 1000000,
            "unit": "",
            "qualifier": "more_than",
            "minimum": null,
            "maximum": null,
            "by": null,
            "over_years": null,
            "for_years": null
          }
        ],
        "categories": [
          "agricultural-products",
          "apparel",
          "fruit",
          "wine"
        ],
        "status": "in_progress",
        "status_since": "2017-01-10",
        "deadline": null,
        "overdue": false
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn list_orders_pledges_by_date_made() {
    let db = more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,withdrawn,2018-06-30,2018-12-31,no
    acme-ohio-plant,Acme Motors to build a plant in Ohio,investment,Acme Motors,Jane Roe,Donald Trump,2018-05-01,investment 500000000 USD; jobs at_least 2000,,stalled,2019-09-01,2020-12-31,yes
    acme-training,Acme Motors to train workers,other,Acme Motors,Jane Roe,,2019-02-01,people_trained 300,apparel,,,,no

    ----- stderr -----
    ");
}

#[test]
fn list_filters_by_status_on_the_date() {
    let db = more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--status", "withdrawn"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,withdrawn,2018-06-30,2018-12-31,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(
        db.cmd(&["--format", "csv", "list", "--status", "withdrawn", "--as-of", "2018-01-01"]),
        @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue

    ----- stderr -----
    "
    );
}

#[test]
fn list_status_filter_repeats_or_takes_commas() {
    let db = more_pledges();
    let repeated = db
        .cmd(&["--format", "csv", "list", "--status", "stalled", "--status", "in_progress"])
        .output()
        .unwrap();
    let commas =
        db.cmd(&["--format", "csv", "list", "--status", "stalled,in_progress"]).output().unwrap();
    assert_eq!(repeated, commas);
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--status", "stalled,in_progress"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no
    acme-ohio-plant,Acme Motors to build a plant in Ohio,investment,Acme Motors,Jane Roe,Donald Trump,2018-05-01,investment 500000000 USD; jobs at_least 2000,,stalled,2019-09-01,2020-12-31,yes

    ----- stderr -----
    ");
}

#[test]
fn list_by_company_includes_subsidiaries() {
    let db = more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--company", "alibaba"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,withdrawn,2018-06-30,2018-12-31,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--company", "taobao"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,withdrawn,2018-06-30,2018-12-31,no

    ----- stderr -----
    ");
}

#[test]
fn list_by_official_matches_who_made_or_received_the_pledge() {
    let db = more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--official", "jane-roe"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    acme-ohio-plant,Acme Motors to build a plant in Ohio,investment,Acme Motors,Jane Roe,Donald Trump,2018-05-01,investment 500000000 USD; jobs at_least 2000,,stalled,2019-09-01,2020-12-31,yes
    acme-training,Acme Motors to train workers,other,Acme Motors,Jane Roe,,2019-02-01,people_trained 300,apparel,,,,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--official", "donald-trump"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,withdrawn,2018-06-30,2018-12-31,no
    acme-ohio-plant,Acme Motors to build a plant in Ohio,investment,Acme Motors,Jane Roe,Donald Trump,2018-05-01,investment 500000000 USD; jobs at_least 2000,,stalled,2019-09-01,2020-12-31,yes

    ----- stderr -----
    ");
}

#[test]
fn list_by_category_includes_subcategories() {
    let db = more_pledges();
    // taobao-wine-sales is linked to wine only, which is beneath agricultural-products.
    assert_cmd_snapshot!(
        db.cmd(&["--format", "csv", "list", "--category", "agricultural-products"]),
        @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,withdrawn,2018-06-30,2018-12-31,no

    ----- stderr -----
    "
    );
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--category", "apparel"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no
    acme-training,Acme Motors to train workers,other,Acme Motors,Jane Roe,,2019-02-01,people_trained 300,apparel,,,,no

    ----- stderr -----
    ");
}

#[test]
fn list_by_date_made_includes_both_ends() {
    let db = more_pledges();
    assert_cmd_snapshot!(
        db.cmd(&["--format", "csv", "list", "--made-from", "2017-03-01", "--made-to", "2018-05-01"]),
        @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,withdrawn,2018-06-30,2018-12-31,no
    acme-ohio-plant,Acme Motors to build a plant in Ohio,investment,Acme Motors,Jane Roe,Donald Trump,2018-05-01,investment 500000000 USD; jobs at_least 2000,,stalled,2019-09-01,2020-12-31,yes

    ----- stderr -----
    "
    );
}

#[test]
fn list_open_and_final_split_by_status() {
    let db = more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--open"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no
    acme-ohio-plant,Acme Motors to build a plant in Ohio,investment,Acme Motors,Jane Roe,Donald Trump,2018-05-01,investment 500000000 USD; jobs at_least 2000,,stalled,2019-09-01,2020-12-31,yes
    acme-training,Acme Motors to train workers,other,Acme Motors,Jane Roe,,2019-02-01,people_trained 300,apparel,,,,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--final"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,withdrawn,2018-06-30,2018-12-31,no

    ----- stderr -----
    ");
}

#[test]
fn list_overdue_needs_a_passed_deadline_and_an_open_status() {
    let db = more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--overdue"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    acme-ohio-plant,Acme Motors to build a plant in Ohio,investment,Acme Motors,Jane Roe,Donald Trump,2018-05-01,investment 500000000 USD; jobs at_least 2000,,stalled,2019-09-01,2020-12-31,yes

    ----- stderr -----
    ");
    // On 2019-01-01 Taobao's deadline had passed, but the pledge had been withdrawn (a final
    // status) before it; Acme's deadline was still ahead.
    assert_cmd_snapshot!(
        db.cmd(&["--format", "csv", "list", "--overdue", "--as-of", "2019-01-01"]),
        @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue

    ----- stderr -----
    "
    );
}

#[test]
fn list_overdue_is_judged_on_today() {
    let db = more_pledges();
    let mut cmd = db.cmd(&["--format", "csv", "list", "--overdue"]);
    cmd.args(["--today", "2020-12-31"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue

    ----- stderr -----
    ");
}

#[test]
fn list_filters_combine() {
    let db = more_pledges();
    assert_cmd_snapshot!(
        db.cmd(&[
            "--format", "csv", "list", "--company", "alibaba", "--official", "jack-ma",
            "--category", "wine", "--made-from", "2017-01-01", "--final",
        ]),
        @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,withdrawn,2018-06-30,2018-12-31,no

    ----- stderr -----
    "
    );
}

#[test]
fn list_limit_keeps_the_earliest() {
    let db = more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--limit", "2"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,withdrawn,2018-06-30,2018-12-31,no

    ----- stderr -----
    ");
}

#[test]
fn list_as_of_shows_only_pledges_made_by_then() {
    let db = more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--as-of", "2017-12-31"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no
    taobao-wine-sales,Taobao to sell US wine,purchase,Taobao,Jack Ma,Donald Trump,2017-03-01,exports up_to 100000000 USD,wine,announced,2017-03-01,2018-12-31,no

    ----- stderr -----
    ");
}

#[test]
fn list_with_nothing_to_show_prints_headers_or_an_empty_array() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["list", "--status", "kept"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug  title  kind  company  made_by  made_to  made_on  targets  categories  status  status_since  deadline  overdue

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--as-of", "2017-01-08"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "list", "--final"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    []

    ----- stderr -----
    ");
}

#[test]
fn list_names_an_unknown_company_official_or_category() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["list", "--company", "nope"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no company `nope` (see `pledge companies`)
    ");
    assert_cmd_snapshot!(db.cmd(&["list", "--official", "nope"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no official `nope` (see `pledge officials`)
    ");
    assert_cmd_snapshot!(db.cmd(&["list", "--category", "nope"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no category `nope` (see `pledge categories`)
    ");
}

#[test]
fn list_takes_values_that_look_like_sql_as_plain_values() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["list", "--company", "x' OR '1'='1"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no company `x' OR '1'='1` (see `pledge companies`)
    ");
    assert_cmd_snapshot!(db.cmd(&["list", "--category", "wine' --"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no category `wine' --`; did you mean `wine`? (see `pledge categories`)
    ");
}

#[test]
fn list_refuses_an_unknown_status() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["list", "--status", "kep"]), @"
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
fn list_refuses_an_invalid_date() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["list", "--made-from", "2017-02-30"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value '2017-02-30' for '--made-from <YYYY-MM-DD>': `2017-02-30` is not a date: use YYYY-MM-DD, a day that exists (2017-01-09)

    For more information, try '--help'.
    ");
    assert_cmd_snapshot!(db.cmd(&["list", "--as-of", "January 10"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value 'January 10' for '--as-of <YYYY-MM-DD>': `January 10` is not a date: use YYYY-MM-DD, a day that exists (2017-01-09)

    For more information, try '--help'.
    ");
}

#[test]
fn list_refuses_open_with_final() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["list", "--open", "--final"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: the argument '--open' cannot be used with '--final'

    Usage: pledge list --open

    For more information, try '--help'.
    ");
}

#[test]
fn tables_never_carry_colour_codes() {
    let db = TestDb::seeded();
    for args in [&["list"][..], &["status"], &["show", "alibaba-1-million-us-jobs"]] {
        let out = db.cmd(args).env("NO_COLOR", "1").output().unwrap();
        assert!(out.status.success());
        assert!(!out.stdout.contains(&0x1b), "escape code in `{}`", args.join(" "));
    }
}

#[test]
fn list_filters_take_names_and_aliases_in_any_case() {
    let db = TestDb::seeded();
    let by_slug = db.cmd(&["list", "--official", "donald-trump"]).output().unwrap();
    for (flag, name) in
        [("--official", "trump"), ("--official", "DONALD TRUMP"), ("--company", "ALIBABA")]
    {
        let by_name = db.cmd(&["list", flag, name]).output().unwrap();
        assert!(by_name.status.success(), "{flag} {name}");
        assert_eq!(by_name.stdout, by_slug.stdout, "{flag} {name}");
    }
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--category", "Fruits"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no

    ----- stderr -----
    ");
}

#[test]
fn list_refuses_a_name_that_matches_several_records() {
    let db = TestDb::seeded();
    let add = ["add", "official", "--name", "Ma Huateng", "--alias", "Ma"];
    assert!(db.cmd(&add).output().unwrap().status.success());
    assert_cmd_snapshot!(db.cmd(&["list", "--official", "ma"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `ma` names 2 officials: `jack-ma` (Jack Ma), `ma-huateng` (Ma Huateng); give the slug of the one you mean
    ");
}
