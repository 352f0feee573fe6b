use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

#[test]
fn events_as_a_table() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["events"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug                               kind                date        end_on      place                    title                                                                    participants
    ustr-notorious-markets-2016        regulatory_listing  2016                                             USTR lists Alibaba among notorious markets                               alibaba (listed)
    trump-tower-meeting                meeting             2017-01-09              Trump Tower              Jack Ma meets Donald Trump at Trump Tower                                donald-trump (host); jack-ma (guest); alibaba (represented)
    alibaba-program-announcement       announcement        2017-01-10                                       Jack Ma announces a program to make good on the pledge                   jack-ma (announcer); alibaba (organizer)
    access-asia-2017                   conference          2017-10-11  2017-10-12  Los Angeles, California  Access Asia 2017 trade summit                                            alibaba (organizer); exhivisit (partner); repdm (partner)
    navarro-trade-council-appointment  appointment                                                          Trump names Peter Navarro to run the White House National Trade Council  donald-trump (appointing); peter-navarro (appointee)

    ----- stderr -----
    ");
}

#[test]
fn events_in_csv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "events"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,kind,date,end_on,place,title,participants
    ustr-notorious-markets-2016,regulatory_listing,2016,,,USTR lists Alibaba among notorious markets,alibaba (listed)
    trump-tower-meeting,meeting,2017-01-09,,Trump Tower,Jack Ma meets Donald Trump at Trump Tower,donald-trump (host); jack-ma (guest); alibaba (represented)
    alibaba-program-announcement,announcement,2017-01-10,,,Jack Ma announces a program to make good on the pledge,jack-ma (announcer); alibaba (organizer)
    access-asia-2017,conference,2017-10-11,2017-10-12,"Los Angeles, California",Access Asia 2017 trade summit,alibaba (organizer); exhivisit (partner); repdm (partner)
    navarro-trade-council-appointment,appointment,,,,Trump names Peter Navarro to run the White House National Trade Council,donald-trump (appointing); peter-navarro (appointee)

    ----- stderr -----
    "#);
}

#[test]
fn events_in_tsv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "events"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug	kind	date	end_on	place	title	participants
    ustr-notorious-markets-2016	regulatory_listing	2016			USTR lists Alibaba among notorious markets	alibaba (listed)
    trump-tower-meeting	meeting	2017-01-09		Trump Tower	Jack Ma meets Donald Trump at Trump Tower	donald-trump (host); jack-ma (guest); alibaba (represented)
    alibaba-program-announcement	announcement	2017-01-10			Jack Ma announces a program to make good on the pledge	jack-ma (announcer); alibaba (organizer)
    access-asia-2017	conference	2017-10-11	2017-10-12	Los Angeles, California	Access Asia 2017 trade summit	alibaba (organizer); exhivisit (partner); repdm (partner)
    navarro-trade-council-appointment	appointment				Trump names Peter Navarro to run the White House National Trade Council	donald-trump (appointing); peter-navarro (appointee)

    ----- stderr -----
    ");
}

#[test]
fn events_in_json() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "events"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "slug": "ustr-notorious-markets-2016",
        "kind": "regulatory_listing",
        "date": "2016",
        "end_on": null,
        "place": null,
        "title": "USTR lists Alibaba among notorious markets",
        "participants": [
          {
            "slug": "alibaba",
            "kind": "company",
            "role": "listed"
          }
        ]
      },
      {
        "slug": "trump-tower-meeting",
        "kind": "meeting",
        "date": "2017-01-09",
        "end_on": null,
        "place": "Trump Tower",
        "title": "Jack Ma meets Donald Trump at Trump Tower",
        "participants": [
          {
            "slug": "donald-trump",
            "kind": "official",
            "role": "host"
          },
          {
            "slug": "jack-ma",
            "kind": "official",
            "role": "guest"
          },
          {
            "slug": "alibaba",
            "kind": "company",
            "role": "represented"
          }
        ]
      },
      {
        "slug": "alibaba-program-announcement",
        "kind": "announcement",
        "date": "2017-01-10",
        "end_on": null,
        "place": null,
        "title": "Jack Ma announces a program to make good on the pledge",
        "participants": [
          {
            "slug": "jack-ma",
            "kind": "official",
            "role": "announcer"
          },
          {
            "slug": "alibaba",
            "kind": "company",
            "role": "organizer"
          }
        ]
      },
      {
        "slug": "access-asia-2017",
        "kind": "conference",
        "date": "2017-10-11",
        "end_on": "2017-10-12",
        "place": "Los Angeles, California",
        "title": "Access Asia 2017 trade summit",
        "participants": [
          {
            "slug": "alibaba",
            "kind": "company",
            "role": "organizer"
          },
          {
            "slug": "exhivisit",
            "kind": "company",
            "role": "partner"
          },
          {
            "slug": "repdm",
            "kind": "company",
            "role": "partner"
          }
        ]
      },
      {
        "slug": "navarro-trade-council-appointment",
        "kind": "appointment",
        "date": null,
        "end_on": null,
        "place": null,
        "title": "Trump names Peter Navarro to run the White House National Trade Council",
        "participants": [
          {
            "slug": "donald-trump",
            "kind": "official",
            "role": "appointing"
          },
          {
            "slug": "peter-navarro",
            "kind": "official",
            "role": "appointee"
          }
        ]
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn events_of_an_empty_database_prints_headers_or_an_empty_array() {
    let db = TestDb::empty();
    assert!(db.cmd(&["init"]).output().unwrap().status.success());
    assert_cmd_snapshot!(db.cmd(&["events"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug  kind  date  end_on  place  title  participants

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "events"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    []

    ----- stderr -----
    ");
}
