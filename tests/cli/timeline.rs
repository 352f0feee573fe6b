use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

const PLEDGE: &str = "alibaba-1-million-us-jobs";

#[test]
fn timeline_puts_events_and_status_changes_in_date_order() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["timeline", PLEDGE]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    date        pledge                     entry   what                               detail                                                                                          source
    2016        alibaba-1-million-us-jobs  event   ustr-notorious-markets-2016        USTR lists Alibaba among notorious markets (regulatory_listing, context)
    2017-01-09  alibaba-1-million-us-jobs  event   trump-tower-meeting                Jack Ma meets Donald Trump at Trump Tower (meeting, made_at)
    2017-01-09  alibaba-1-million-us-jobs  status  announced                                                                                                                          president-trump-and-alibaba
    2017-01-10  alibaba-1-million-us-jobs  event   alibaba-program-announcement       Jack Ma announces a program to make good on the pledge (announcement, progress)
    2017-01-10  alibaba-1-million-us-jobs  status  in_progress                        the program to make good on the pledge is launched                                              president-trump-and-alibaba
    2017-10-11  alibaba-1-million-us-jobs  event   access-asia-2017                   Access Asia 2017 trade summit (conference, progress)
                alibaba-1-million-us-jobs  event   navarro-trade-council-appointment  Trump names Peter Navarro to run the White House National Trade Council (appointment, context)

    ----- stderr -----
    ");
}

#[test]
fn timeline_in_csv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "timeline", PLEDGE]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    date,pledge,entry,what,detail,source
    2016,alibaba-1-million-us-jobs,event,ustr-notorious-markets-2016,"USTR lists Alibaba among notorious markets (regulatory_listing, context)",
    2017-01-09,alibaba-1-million-us-jobs,event,trump-tower-meeting,"Jack Ma meets Donald Trump at Trump Tower (meeting, made_at)",
    2017-01-09,alibaba-1-million-us-jobs,status,announced,,president-trump-and-alibaba
    2017-01-10,alibaba-1-million-us-jobs,event,alibaba-program-announcement,"Jack Ma announces a program to make good on the pledge (announcement, progress)",
    2017-01-10,alibaba-1-million-us-jobs,status,in_progress,the program to make good on the pledge is launched,president-trump-and-alibaba
    2017-10-11,alibaba-1-million-us-jobs,event,access-asia-2017,"Access Asia 2017 trade summit (conference, progress)",
    ,alibaba-1-million-us-jobs,event,navarro-trade-council-appointment,"Trump names Peter Navarro to run the White House National Trade Council (appointment, context)",

    ----- stderr -----
    "#);
}

#[test]
fn timeline_in_tsv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "timeline"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    date	pledge	entry	what	detail	source
    2016	alibaba-1-million-us-jobs	event	ustr-notorious-markets-2016	USTR lists Alibaba among notorious markets (regulatory_listing, context)	
    2017-01-09	alibaba-1-million-us-jobs	event	trump-tower-meeting	Jack Ma meets Donald Trump at Trump Tower (meeting, made_at)	
    2017-01-09	alibaba-1-million-us-jobs	status	announced		president-trump-and-alibaba
    2017-01-10	alibaba-1-million-us-jobs	event	alibaba-program-announcement	Jack Ma announces a program to make good on the pledge (announcement, progress)	
    2017-01-10	alibaba-1-million-us-jobs	status	in_progress	the program to make good on the pledge is launched	president-trump-and-alibaba
    2017-10-11	alibaba-1-million-us-jobs	event	access-asia-2017	Access Asia 2017 trade summit (conference, progress)	
    	alibaba-1-million-us-jobs	event	navarro-trade-council-appointment	Trump names Peter Navarro to run the White House National Trade Council (appointment, context)	

    ----- stderr -----
    ");
}

#[test]
fn timeline_in_json() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "timeline", PLEDGE]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "date": "2016",
        "pledge": "alibaba-1-million-us-jobs",
        "entry": "event",
        "what": "ustr-notorious-markets-2016",
        "detail": {
          "title": "USTR lists Alibaba among notorious markets",
          "kind": "regulatory_listing",
          "relation": "context"
        },
        "source": null
      },
      {
        "date": "2017-01-09",
        "pledge": "alibaba-1-million-us-jobs",
        "entry": "event",
        "what": "trump-tower-meeting",
        "detail": {
          "title": "Jack Ma meets Donald Trump at Trump Tower",
          "kind": "meeting",
          "relation": "made_at"
        },
        "source": null
      },
      {
        "date": "2017-01-09",
        "pledge": "alibaba-1-million-us-jobs",
        "entry": "status",
        "what": "announced",
        "detail": {
          "reason": null,
          "note": null
        },
        "source": "president-trump-and-alibaba"
      },
      {
        "date": "2017-01-10",
        "pledge": "alibaba-1-million-us-jobs",
        "entry": "event",
        "what": "alibaba-program-announcement",
        "detail": {
          "title": "Jack Ma announces a program to make good on the pledge",
          "kind": "announcement",
          "relation": "progress"
        },
        "source": null
      },
      {
        "date": "2017-01-10",
        "pledge": "alibaba-1-million-us-jobs",
        "entry": "status",
        "what": "in_progress",
        "detail": {
          "reason": null,
          "note": "the program to make good on the pledge is launched"
        },
        "source": "president-trump-and-alibaba"
      },
      {
        "date": "2017-10-11",
        "pledge": "alibaba-1-million-us-jobs",
        "entry": "event",
        "what": "access-asia-2017",
        "detail": {
          "title": "Access Asia 2017 trade summit",
          "kind": "conference",
          "relation": "progress"
        },
        "source": null
      },
      {
        "date": null,
        "pledge": "alibaba-1-million-us-jobs",
        "entry": "event",
        "what": "navarro-trade-council-appointment",
        "detail": {
          "title": "Trump names Peter Navarro to run the White House National Trade Council",
          "kind": "appointment",
          "relation": "context"
        },
        "source": null
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn timeline_as_of_leaves_out_what_came_later() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "timeline", PLEDGE, "--as-of", "2017-01-09"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    date,pledge,entry,what,detail,source
    2016,alibaba-1-million-us-jobs,event,ustr-notorious-markets-2016,"USTR lists Alibaba among notorious markets (regulatory_listing, context)",
    2017-01-09,alibaba-1-million-us-jobs,event,trump-tower-meeting,"Jack Ma meets Donald Trump at Trump Tower (meeting, made_at)",
    2017-01-09,alibaba-1-million-us-jobs,status,announced,,president-trump-and-alibaba
    ,alibaba-1-million-us-jobs,event,navarro-trade-council-appointment,"Trump names Peter Navarro to run the White House National Trade Council (appointment, context)",

    ----- stderr -----
    "#);
}

#[test]
fn timeline_by_company_includes_subsidiaries() {
    let db = crate::fixture::more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "timeline", "--company", "alibaba"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    date,pledge,entry,what,detail,source
    2016,alibaba-1-million-us-jobs,event,ustr-notorious-markets-2016,"USTR lists Alibaba among notorious markets (regulatory_listing, context)",
    2017-01-09,alibaba-1-million-us-jobs,event,trump-tower-meeting,"Jack Ma meets Donald Trump at Trump Tower (meeting, made_at)",
    2017-01-09,alibaba-1-million-us-jobs,status,announced,,president-trump-and-alibaba
    2017-01-10,alibaba-1-million-us-jobs,event,alibaba-program-announcement,"Jack Ma announces a program to make good on the pledge (announcement, progress)",
    2017-01-10,alibaba-1-million-us-jobs,status,in_progress,the program to make good on the pledge is launched,president-trump-and-alibaba
    2017-03-01,taobao-wine-sales,status,announced,,test-notes
    2017-10-11,alibaba-1-million-us-jobs,event,access-asia-2017,"Access Asia 2017 trade summit (conference, progress)",
    2018-06-30,taobao-wine-sales,status,withdrawn,business_change,test-notes
    ,alibaba-1-million-us-jobs,event,navarro-trade-council-appointment,"Trump names Peter Navarro to run the White House National Trade Council (appointment, context)",

    ----- stderr -----
    "#);
}

#[test]
fn timeline_takes_the_list_filters() {
    let db = crate::fixture::more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "timeline", "--overdue"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    date,pledge,entry,what,detail,source
    2018-05-01,acme-ohio-plant,status,announced,,test-notes
    2019-09-01,acme-ohio-plant,status,stalled,,test-notes

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "timeline", "--status", "kept"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    date,pledge,entry,what,detail,source

    ----- stderr -----
    ");
}

#[test]
fn timeline_names_an_unknown_pledge() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["timeline", "nope"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no pledge `nope` (see `pledge list`)
    ");
}
