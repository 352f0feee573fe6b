use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

#[test]
fn officials_as_a_table() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["officials"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug                  name           titles                                                                                 aliases              pledges
    donald-trump          Donald Trump   President (US); President-elect (US)                                                   Donald TRump; Trump        1
    jack-ma               Jack Ma        chairman of the board of directors (Alibaba); executive chairman (Alibaba)             Ma                         1
    michael-evans         Michael Evans  President (Alibaba)                                                                                               0
    peter-navarro         Peter Navarro  economics professor (UC Irvine)                                                                                   0
    unnamed-csis-analyst                 Chinese Business and Political Economy (Center for Strategic & International Studies)                             0

    ----- stderr -----
    ");
}

#[test]
fn officials_in_csv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "officials"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,titles,aliases,pledges
    donald-trump,Donald Trump,President (US); President-elect (US),Donald TRump; Trump,1
    jack-ma,Jack Ma,chairman of the board of directors (Alibaba); executive chairman (Alibaba),Ma,1
    michael-evans,Michael Evans,President (Alibaba),,0
    peter-navarro,Peter Navarro,economics professor (UC Irvine),,0
    unnamed-csis-analyst,,Chinese Business and Political Economy (Center for Strategic & International Studies),,0

    ----- stderr -----
    ");
}

#[test]
fn officials_in_tsv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "officials"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug	name	titles	aliases	pledges
    donald-trump	Donald Trump	President (US); President-elect (US)	Donald TRump; Trump	1
    jack-ma	Jack Ma	chairman of the board of directors (Alibaba); executive chairman (Alibaba)	Ma	1
    michael-evans	Michael Evans	President (Alibaba)		0
    peter-navarro	Peter Navarro	economics professor (UC Irvine)		0
    unnamed-csis-analyst		Chinese Business and Political Economy (Center for Strategic & International Studies)		0

    ----- stderr -----
    ");
}

#[test]
fn officials_in_json() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "officials"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "slug": "donald-trump",
        "name": "Donald Trump",
        "titles": [
          {
            "title": "President",
            "at": "US",
            "from": null,
            "until": null
          },
          {
            "title": "President-elect",
            "at": "US",
            "from": null,
            "until": null
          }
        ],
        "aliases": [
          "Donald TRump",
          "Trump"
        ],
        "pledges": 1
      },
      {
        "slug": "jack-ma",
        "name": "Jack Ma",
        "titles": [
          {
            "title": "chairman of the board of directors",
            "at": "Alibaba",
            "from": null,
            "until": null
          },
          {
            "title": "executive chairman",
            "at": "Alibaba",
            "from": null,
            "until": null
          }
        ],
        "aliases": [
          "Ma"
        ],
        "pledges": 1
      },
      {
        "slug": "michael-evans",
        "name": "Michael Evans",
        "titles": [
          {
            "title": "President",
            "at": "Alibaba",
            "from": null,
            "until": null
          }
        ],
        "aliases": [],
        "pledges": 0
      },
      {
        "slug": "peter-navarro",
        "name": "Peter Navarro",
        "titles": [
          {
            "title": "economics professor",
            "at": "UC Irvine",
            "from": null,
            "until": null
          }
        ],
        "aliases": [],
        "pledges": 0
      },
      {
        "slug": "unnamed-csis-analyst",
        "name": null,
        "titles": [
          {
            "title": "Chinese Business and Political Economy",
            "at": "Center for Strategic & International Studies",
            "from": null,
            "until": null
          }
        ],
        "aliases": [],
        "pledges": 0
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn officials_of_an_empty_database_prints_headers_or_an_empty_array() {
    let db = TestDb::empty();
    assert!(db.cmd(&["init"]).output().unwrap().status.success());
    assert_cmd_snapshot!(db.cmd(&["officials"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug  name  titles  aliases  pledges

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "officials"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    []

    ----- stderr -----
    ");
}

#[test]
fn officials_limit_keeps_the_first_by_slug() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "officials", "--limit", "1"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,titles,aliases,pledges
    donald-trump,Donald Trump,President (US); President-elect (US),Donald TRump; Trump,1

    ----- stderr -----
    ");
}
