use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

#[test]
fn conflicts_as_a_table() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["conflicts"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    fact                                value       source                             quote                                                                                               preferred  preferred_reason
    event/trump-tower-meeting/start_on  2017-01-09  president-trump-and-alibaba        Monday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S               yes        it names the weekday, and Monday of that week is 2017-01-09; the same article dates the program announcement, a later event, January 10
    event/trump-tower-meeting/start_on  2017-01-10  beijing-today-trump-tower-meeting  On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump  no

    ----- stderr -----
    ");
}

#[test]
fn conflicts_limit_keeps_the_first_claims_in_order() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "conflicts", "--limit", "1"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    fact,value,source,quote,preferred,preferred_reason
    event/trump-tower-meeting/start_on,2017-01-09,president-trump-and-alibaba,Monday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S,yes,"it names the weekday, and Monday of that week is 2017-01-09; the same article dates the program announcement, a later event, January 10"

    ----- stderr -----
    "#);
}

#[test]
fn conflicts_in_csv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "conflicts"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    fact,value,source,quote,preferred,preferred_reason
    event/trump-tower-meeting/start_on,2017-01-09,president-trump-and-alibaba,Monday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S,yes,"it names the weekday, and Monday of that week is 2017-01-09; the same article dates the program announcement, a later event, January 10"
    event/trump-tower-meeting/start_on,2017-01-10,beijing-today-trump-tower-meeting,"On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump",no,

    ----- stderr -----
    "#);
}

#[test]
fn conflicts_in_tsv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "conflicts"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    fact	value	source	quote	preferred	preferred_reason
    event/trump-tower-meeting/start_on	2017-01-09	president-trump-and-alibaba	Monday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S	yes	it names the weekday, and Monday of that week is 2017-01-09; the same article dates the program announcement, a later event, January 10
    event/trump-tower-meeting/start_on	2017-01-10	beijing-today-trump-tower-meeting	On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump	no	

    ----- stderr -----
    ");
}

#[test]
fn conflicts_in_json() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "conflicts"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "fact": "event/trump-tower-meeting/start_on",
        "value": "2017-01-09",
        "source": "president-trump-and-alibaba",
        "quote": "Monday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S",
        "preferred": true,
        "preferred_reason": "it names the weekday, and Monday of that week is 2017-01-09; the same article dates the program announcement, a later event, January 10"
      },
      {
        "fact": "event/trump-tower-meeting/start_on",
        "value": "2017-01-10",
        "source": "beijing-today-trump-tower-meeting",
        "quote": "On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump",
        "preferred": false,
        "preferred_reason": null
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn conflicts_of_an_empty_database_prints_headers_or_an_empty_array() {
    let db = TestDb::empty();
    assert!(db.cmd(&["init"]).output().unwrap().status.success());
    assert_cmd_snapshot!(db.cmd(&["conflicts"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    fact  value  source  quote  preferred  preferred_reason

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "conflicts"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    []

    ----- stderr -----
    ");
}

#[test]
fn conflicts_shows_both_dates_of_the_meeting_preferred_first() {
    let db = TestDb::seeded();
    let out = db.cmd(&["--format", "json", "conflicts"]).output().unwrap();
    let claims: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let dates: Vec<(&str, bool)> = claims
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["fact"] == "event/trump-tower-meeting/start_on")
        .map(|c| (c["value"].as_str().unwrap(), c["preferred"].as_bool().unwrap()))
        .collect();
    assert_eq!(dates, [("2017-01-09", true), ("2017-01-10", false)]);
}
