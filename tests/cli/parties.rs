//! Parties of a pledge: pledgers (companies and governments), the people it was made through
//! and its recipients (people and governments), across `add`, `governments`, `list`, `show`,
//! `conflicts` and the seed files.

use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

/// Runs a command that must succeed.
fn ok(db: &TestDb, args: &[&str]) {
    let out = db.cmd(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Runs a command that must fail, leaving the database as it was; returns its output.
fn refused(db: &TestDb, args: &[&str]) -> std::process::Command {
    let before = db.bytes();
    let out = db.cmd(args).output().unwrap();
    assert!(!out.status.success(), "{args:?} was accepted");
    assert!(db.bytes() == before, "{args:?} changed the database");
    db.cmd(args)
}

const CARRIER_SOURCE: &str = "carrier-on-its-deal";
const CARRIER_QUOTE: &str = "We are pleased to have reached a deal with President-elect Trump & \
                             VP-elect Pence to keep close to 1,000 jobs in Indy.";

/// The seeded database with Carrier's pledge of November 2016, made to Donald Trump and Mike
/// Pence, cited to Carrier's own announcement (its address only), and the governments of the
/// United States and Indiana.
fn carrier() -> TestDb {
    let db = TestDb::seeded();
    ok(&db, &["add", "government", "--code", "US", "--name", "United States"]);
    ok(&db, &["add", "government", "--code", "US-IN", "--name", "Indiana"]);
    ok(&db, &["add", "company", "--name", "Carrier", "--country", "US"]);
    ok(&db, &["add", "person", "--name", "Mike Pence", "--alias", "Pence"]);
    ok(
        &db,
        &[
            "add",
            "source",
            "--slug",
            CARRIER_SOURCE,
            "--kind",
            "press_release",
            "--title",
            "Carrier on its deal to keep jobs in Indianapolis",
            "--url",
            "https://x.com/Carrier",
            "--published-on",
            "2016-11-29",
        ],
    );
    ok(
        &db,
        &[
            "add",
            "pledge",
            "--slug",
            "carrier-indianapolis-jobs",
            "--company",
            "carrier",
            "--title",
            "Carrier to keep close to 1,000 jobs in Indianapolis",
            "--made-on",
            "2016-11-29",
            "--formality",
            "written_statement",
            "--made-to",
            "Donald Trump",
            "--made-to",
            "Pence",
            "--target",
            "jobs=1000:about",
            "--source",
            CARRIER_SOURCE,
            "--quote",
            CARRIER_QUOTE,
        ],
    );
    db
}

#[test]
fn add_government_checks_the_code_against_the_iso_lists() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["add", "government", "--code", "US-IN", "--name", "Indiana"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    US-IN

    ----- stderr -----
    added government `US-IN` (governments 1)
    ");
    assert_cmd_snapshot!(refused(&db, &["add", "government", "--code", "US-IX", "--name", "X"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --code: `US-IX` is not an ISO 3166 country code (such as US) or subdivision code (such as US-IN); closest: US-IA, US-ID, US-IL
    ");
    assert_cmd_snapshot!(refused(&db, &["add", "government", "--code", "XK", "--name", "X"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --code: `XK` is not an ISO 3166 country code (such as US) or subdivision code (such as US-IN); closest: CK, DK, FK
    ");
    assert_cmd_snapshot!(refused(&db, &["add", "government", "--code", "US-IN", "--name", "X"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --code: government `US-IN` already exists (see `pledge governments`); this command only adds new records
    ");
}

#[test]
fn governments_lists_what_each_pledged_and_received() {
    let db = carrier();
    ok(&db, &["add", "government", "--code", "JP", "--name", "Japan"]);
    let test_notes = ["--title", "Notes made up for the tests", "--url", "https://example.org/n"];
    ok(&db, &[&["add", "source", "--slug", "test-notes"][..], &test_notes].concat());
    ok(
        &db,
        &[
            "add",
            "pledge",
            "--slug",
            "japan-invests",
            "--government",
            "JP",
            "--title",
            "Japan to invest in the United States",
            "--made-on",
            "2017-02-10",
            "--formality",
            "verbal",
            "--made-to",
            "US",
            "--made-to",
            "US-IN",
            "--source",
            "test-notes",
            "--quote",
            "Japan will invest in the United States and in Indiana",
        ],
    );
    assert_cmd_snapshot!(db.cmd(&["governments"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    code   name           pledged  received  note
    JP     Japan                1         0
    US     United States        0         1
    US-IN  Indiana              0         1

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["list", "--government", "US"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug           title                                 kind   company  made_by  made_to                 made_on     targets  categories  status     status_since  deadline  overdue
    japan-invests  Japan to invest in the United States  other  Japan             Indiana; United States  2017-02-10                       announced  2017-02-10              no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(refused(&db, &["list", "--government", "US-WI"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --government: no government `US-WI` (see `pledge governments`, or add it with `pledge add government`)
    ");
    assert_cmd_snapshot!(db.cmd(&["show", "japan-invests"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field         value
    slug          japan-invests
    title         Japan to invest in the United States
    description
    kind          other
    made_on       2017-02-10
    made_at
    formality     verbal
    deadline
    focus
    status        announced
    status_since  2017-02-10
    overdue       no
    targets
    categories
    markets
    relations
    note

    role     kind        party  name
    pledger  government  JP     Japan
    made_to  government  US-IN  Indiana
    made_to  government  US     United States

    slug  kind  date  relation  title

    as_of       status     reason  source      quote                                                  note  dispute
    2017-02-10  announced          test-notes  Japan will invest in the United States and in Indiana

    metric  label  pledged  revised  revised_on  delivered  delivered_on  percent

    as_of  kind  metric  label  figure  source  quote  note

    facts                                                                   source      quote                                                  speaker
    formality verbal; government JP; made_on 2017-02-10; made_to US, US-IN  test-notes  Japan will invest in the United States and in Indiana

    ----- stderr -----
    ");
}

#[test]
fn a_pledge_made_to_two_people_lists_both_and_is_no_conflict() {
    let db = carrier();
    assert_cmd_snapshot!(db.cmd(&["list", "--official", "pence"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug                       title                                                kind  company  made_by  made_to                   made_on     targets           categories  status     status_since  deadline  overdue
    carrier-indianapolis-jobs  Carrier to keep close to 1,000 jobs in Indianapolis  jobs  Carrier           Donald Trump; Mike Pence  2016-11-29  about 1,000 jobs              announced  2016-11-29              no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["list", "--official", "donald-trump", "--format", "csv"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    carrier-indianapolis-jobs,"Carrier to keep close to 1,000 jobs in Indianapolis",jobs,Carrier,,Donald Trump; Mike Pence,2016-11-29,jobs about 1000,,announced,2016-11-29,,no
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,in_progress,2017-01-10,,no

    ----- stderr -----
    "#);
    assert_cmd_snapshot!(db.cmd(&["conflicts"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    fact                                value       source                             quote                                                                                               preferred  preferred_reason
    event/trump-tower-meeting/start_on  2017-01-09  president-trump-and-alibaba        Monday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S               yes        it names the weekday, and Monday of that week is 2017-01-09; the same article dates the program announcement, a later event, January 10
    event/trump-tower-meeting/start_on  2017-01-10  beijing-today-trump-tower-meeting  On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump  no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["officials"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug                  name           titles                                                                                 aliases              pledges
    donald-trump          Donald Trump   President (US); President-elect (US)                                                   Donald TRump; Trump        2
    jack-ma               Jack Ma        chairman of the board of directors (Alibaba); executive chairman (Alibaba)             Ma                         1
    michael-evans         Michael Evans  President (Alibaba)                                                                                               0
    mike-pence            Mike Pence                                                                                            Pence                      1
    peter-navarro         Peter Navarro  economics professor (UC Irvine)                                                                                   0
    unnamed-csis-analyst                 Chinese Business and Political Economy (Center for Strategic & International Studies)                             0

    ----- stderr -----
    ");
}

#[test]
fn show_prints_every_party_once_in_its_block() {
    let db = carrier();
    assert_cmd_snapshot!(db.cmd(&["show", "carrier-indianapolis-jobs"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field         value
    slug          carrier-indianapolis-jobs
    title         Carrier to keep close to 1,000 jobs in Indianapolis
    description
    kind          jobs
    made_on       2016-11-29
    made_at
    formality     written_statement
    deadline
    focus
    status        announced
    status_since  2016-11-29
    overdue       no
    targets       about 1,000 jobs
    categories
    markets
    relations
    note

    role     kind     party         name
    pledger  company  carrier       Carrier
    made_to  person   donald-trump  Donald Trump
    made_to  person   mike-pence    Mike Pence

    slug  kind  date  relation  title

    as_of       status     reason  source               quote                                                                                                                   note  dispute
    2016-11-29  announced          carrier-on-its-deal  We are pleased to have reached a deal with President-elect Trump & VP-elect Pence to keep close to 1,000 jobs in Indy.

    metric  label  pledged      revised  revised_on  delivered  delivered_on  percent
    jobs           about 1,000

    as_of  kind  metric  label  figure  source  quote  note

    facts                                                                                                          source               quote                                                                                                                   speaker
    company carrier; formality written_statement; jobs 1000; made_on 2016-11-29; made_to donald-trump, mike-pence  carrier-on-its-deal  We are pleased to have reached a deal with President-elect Trump & VP-elect Pence to keep close to 1,000 jobs in Indy.

    ----- stderr -----
    ");
}

#[test]
fn add_pledge_needs_a_pledger_and_known_recipients() {
    let db = carrier();
    let base = [
        "add",
        "pledge",
        "--title",
        "Something",
        "--made-on",
        "2016-11-29",
        "--formality",
        "verbal",
        "--source",
        CARRIER_SOURCE,
        "--quote",
        CARRIER_QUOTE,
    ];
    assert_cmd_snapshot!(refused(&db, &base), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: the following required arguments were not provided:
      <--company <COMPANY>|--government <CODE>>

    Usage: pledge add pledge --title <TITLE> --formality <FORMALITY> --source <SOURCE> --made-on <YYYY[-MM[-DD]]> --quote <TEXT> <--company <COMPANY>|--government <CODE>>

    For more information, try '--help'.
    ");
    let unknown_government = [&base[..], &["--company", "carrier", "--made-to", "US-WI"]].concat();
    assert_cmd_snapshot!(refused(&db, &unknown_government), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    --made-to: no government `US-WI` (see `pledge governments`, or add it with `pledge add government`)
    error: 1 problem; `pledges.db` was not changed
    ");
    let pledger_government = [&base[..], &["--government", "JP"]].concat();
    assert_cmd_snapshot!(refused(&db, &pledger_government), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    --government: no government `JP` (see `pledge governments`, or add it with `pledge add government`)
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn add_official_still_adds_a_person_and_titles_take_subdivisions() {
    let db = carrier();
    let url = "http://macdailynews.com/2019/04/19/\
               apple-supplier-foxconn-still-committed-to-13000-wisconsin-jobs-despite-governors-doubts/";
    let source = ["add", "source", "--slug", "macdailynews-foxconn", "--url", url, "--title"];
    ok(
        &db,
        &[&source[..], &["Apple supplier Foxconn still committed to 13,000 Wisconsin jobs"]]
            .concat(),
    );
    let title = [
        "--title",
        "Governor",
        "--government",
        "US-WI",
        "--source",
        "macdailynews-foxconn",
        "--quote",
        "Wisconsin Gov. Tony Evers",
    ];
    let args = [&["add", "official", "--name", "Tony Evers"][..], &title].concat();
    assert_cmd_snapshot!(db.cmd(&args), @"
    success: true
    exit_code: 0
    ----- stdout -----
    tony-evers

    ----- stderr -----
    added person `tony-evers` (evidence 1, officials 1, official_titles 1)
    the quote is unverified: source `macdailynews-foxconn` has no stored text
    ");
    let bad = [&["add", "person", "--name", "Somebody"][..], &title].concat();
    let bad: Vec<&str> = bad.iter().map(|a| if *a == "US-WI" { "US-XX" } else { a }).collect();
    assert_cmd_snapshot!(refused(&db, &bad), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    --government: `US-XX` is not an ISO 3166 country code (such as US) or subdivision code (such as US-IN); closest: US-TX, US-AK, US-AL
    error: 1 problem; `pledges.db` was not changed
    ");
}

/// A copy of the seed folder, seeded; returns it with the database's bytes.
fn seeded_copy() -> (TestDb, Vec<u8>) {
    let db = TestDb::with_seed_copy();
    let out = db.cmd(&["seed"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let before = db.bytes();
    (db, before)
}

/// Appends `rows` to a seed file.
fn append(db: &TestDb, file: &str, rows: &str) {
    let name = format!("seeds/{file}");
    let text = db.read(&name);
    db.write(&name, text + rows);
}

#[test]
fn seed_refuses_parties_of_the_wrong_kind_or_without_evidence() {
    let (db, before) = seeded_copy();
    append(&db, "governments.csv", "US,United States,\nUS-XX,Nowhere,\n");
    append(
        &db,
        "pledge_parties.csv",
        "alibaba-1-million-us-jobs,made_by,alibaba,,\n\
         alibaba-1-million-us-jobs,made_to,,US,\n\
         alibaba-1-million-us-jobs,pledger,,,jack-ma\n\
         alibaba-1-million-us-jobs,made_to,,,\n",
    );
    assert_cmd_snapshot!(db.cmd(&["seed"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    seeds/governments.csv:3: column code: `US-XX` is not an ISO 3166 country code (such as US) or subdivision code (such as US-IN); closest: US-TX, US-AK, US-AL
    seeds/pledge_parties.csv:5: column company: must be empty: a made_by is a person (the official column)
    seeds/pledge_parties.csv:6: no evidence: add a row to evidence.csv with subject `pledge`, key `alibaba-1-million-us-jobs`, field `made_to`, value `US`, a source and its quote
    seeds/pledge_parties.csv:7: column official: must be empty: a pledger is a company or a government
    seeds/pledge_parties.csv:8: fill exactly one of company, government and official: a made_to is a person (the official column) or a government
    error: 5 problems in `seeds`; `pledges.db` was not changed
    ");
    assert!(db.bytes() == before, "the database changed");
}

#[test]
fn site_pledge_pages_link_each_party_and_name_governments() {
    let db = carrier();
    let test_notes = ["--title", "Notes made up for the tests", "--url", "https://example.org/n"];
    ok(&db, &[&["add", "source", "--slug", "test-notes"][..], &test_notes].concat());
    let pledge = [
        "add",
        "pledge",
        "--slug",
        "carrier-and-indiana",
        "--company",
        "carrier",
        "--government",
        "US-IN",
        "--title",
        "Carrier and Indiana keep jobs",
        "--made-on",
        "2016-12-01",
        "--formality",
        "verbal",
        "--made-to",
        "US",
        "--source",
        "test-notes",
        "--quote",
        "Carrier and Indiana keep jobs",
    ];
    ok(&db, &pledge);
    ok(&db, &["site", "--out", "site"]);
    let page = db.read("site/pledges/carrier-indianapolis-jobs.html");
    let made_to = "<dt>Made to</dt><dd><a href=\"../people/donald-trump.html\">Donald Trump</a>; \
                   <a href=\"../people/mike-pence.html\">Mike Pence</a></dd>";
    assert!(page.contains(made_to), "{page}");
    let page = db.read("site/pledges/carrier-and-indiana.html");
    let pledged_by = "<dt>Pledged by</dt><dd><a href=\"../companies/carrier.html\">Carrier</a>; \
                      Indiana</dd>";
    assert!(page.contains(pledged_by), "{page}");
    assert!(page.contains("<dt>Made to</dt><dd>United States</dd>"), "{page}");
}

#[test]
fn check_names_parties_that_no_claim_backs() {
    let db = TestDb::seeded();
    // A pledge as the upgrade of an older database leaves it: parties, but no claim naming them.
    db.connect()
        .execute_batch(
            "INSERT INTO pledges (slug, title, kind, made_on, formality)
             VALUES ('alibaba-old', 'An older pledge', 'jobs', '2017-01-09', 'verbal');
             INSERT INTO pledge_parties (pledge_id, role, company_id, official_id)
             SELECT p.id, 'pledger', c.id, NULL FROM pledges p, companies c
             WHERE p.slug = 'alibaba-old' AND c.slug = 'alibaba'
             UNION ALL
             SELECT p.id, 'made_to', NULL, o.id FROM pledges p, officials o
             WHERE p.slug = 'alibaba-old' AND o.slug = 'donald-trump';",
        )
        .unwrap();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "check"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----
    check,table,key,detail
    no_status,pledges,alibaba-old,the status history is empty; record where it stands with `pledge update`
    party_without_evidence,pledge_parties,alibaba-old company alibaba,"no claim names it; add a row to evidence.csv with subject `pledge`, key `alibaba-old`, field `company`, value `alibaba`, a source and its quote"
    party_without_evidence,pledge_parties,alibaba-old made_to donald-trump,"no claim names it; add a row to evidence.csv with subject `pledge`, key `alibaba-old`, field `made_to`, value `donald-trump`, a source and its quote"
    stale,pledges,alibaba-1-million-us-jobs,no update for over a year: in_progress since 2017-01-10

    ----- stderr -----
    4 problems found
    "#);
}
