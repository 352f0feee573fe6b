use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

#[test]
fn companies_as_a_table() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["companies"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug       name       country  sector                 parent  aliases  pledges
    alibaba    Alibaba    CN       online sales platform                         1
    exhivisit  Exhivisit  US                                                     0
    repdm      RepDM      US                                                     0

    ----- stderr -----
    ");
}

#[test]
fn companies_in_csv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "companies"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,country,sector,parent,aliases,pledges
    alibaba,Alibaba,CN,online sales platform,,,1
    exhivisit,Exhivisit,US,,,,0
    repdm,RepDM,US,,,,0

    ----- stderr -----
    ");
}

#[test]
fn companies_in_tsv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "companies"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug	name	country	sector	parent	aliases	pledges
    alibaba	Alibaba	CN	online sales platform			1
    exhivisit	Exhivisit	US				0
    repdm	RepDM	US				0

    ----- stderr -----
    ");
}

#[test]
fn companies_in_json() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "companies"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "slug": "alibaba",
        "name": "Alibaba",
        "country": "CN",
        "sector": "online sales platform",
        "parent": null,
        "aliases": [],
        "pledges": 1
      },
      {
        "slug": "exhivisit",
        "name": "Exhivisit",
        "country": "US",
        "sector": null,
        "parent": null,
        "aliases": [],
        "pledges": 0
      },
      {
        "slug": "repdm",
        "name": "RepDM",
        "country": "US",
        "sector": null,
        "parent": null,
        "aliases": [],
        "pledges": 0
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn companies_of_an_empty_database_prints_headers_or_an_empty_array() {
    let db = TestDb::empty();
    assert!(db.cmd(&["init"]).output().unwrap().status.success());
    assert_cmd_snapshot!(db.cmd(&["companies"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug  name  country  sector  parent  aliases  pledges

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "companies"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    []

    ----- stderr -----
    ");
}

#[test]
fn companies_show_their_parent() {
    let db = crate::fixture::more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "companies"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,country,sector,parent,aliases,pledges
    acme-motors,Acme Motors,US,,,,2
    alibaba,Alibaba,CN,online sales platform,,,1
    exhivisit,Exhivisit,US,,,,0
    repdm,RepDM,US,,,,0
    taobao,Taobao,CN,,alibaba,,1

    ----- stderr -----
    ");
}

#[test]
fn csv_listings_get_the_formula_guard_unless_raw() {
    let db = TestDb::seeded();
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    conn.execute(
        "INSERT INTO companies (slug, name, sector) VALUES ('evil', '=HYPERLINK(\"http://x\")', '0042')",
        [],
    )
    .unwrap();
    drop(conn);
    let mut cmd = db.cmd(&["--format", "csv", "companies"]);
    let out = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
    assert!(out.contains("evil,\"'=HYPERLINK(\"\"http://x\"\")\",,'0042,"), "{out}");
    let mut cmd = db.cmd(&["--format", "tsv", "--raw", "companies"]);
    let out = String::from_utf8(cmd.output().unwrap().stdout).unwrap();
    assert!(out.contains("evil\t\"=HYPERLINK(\"\"http://x\"\")\"\t\t0042\t"), "{out}");
}

#[test]
fn companies_limit_keeps_the_first_by_slug() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "companies", "--limit", "1"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,country,sector,parent,aliases,pledges
    alibaba,Alibaba,CN,online sales platform,,,1

    ----- stderr -----
    ");
}
