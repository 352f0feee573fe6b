use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

const PLEDGE: &str = "alibaba-1-million-us-jobs";
const BEIJING: &str = "beijing-today-trump-tower-meeting";

/// Runs `pledge ARGS...` and asserts that it was refused with the database unchanged; returns
/// its stderr.
fn refused(db: &TestDb, args: &[&str]) -> String {
    let before = db.bytes();
    let out = db.cmd(args).output().unwrap();
    assert!(!out.status.success(), "{args:?} was accepted");
    assert!(db.bytes() == before, "{args:?} changed the database");
    String::from_utf8(out.stderr).unwrap()
}

/// One value from the database.
fn query(db: &TestDb, sql: &str) -> String {
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    conn.query_row(sql, [], |r| r.get::<_, String>(0)).unwrap()
}

#[test]
fn add_source_stores_the_text_of_a_file_with_its_hash() {
    let db = TestDb::seeded();
    db.write("interview.txt", "Ma said the promise\ncannot be fulfilled.\n");
    let mut cmd = db.cmd(&["add", "source", "--file", "interview.txt", "--title", "Ma: no jobs"]);
    cmd.args(["--publisher", "Xinhua", "--published-on", "2018-09-19", "--kind", "interview"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    ma-no-jobs

    ----- stderr -----
    added source `ma-no-jobs` (sources 1)
    ");
    assert_eq!(
        query(
            &db,
            "SELECT file || ' ' || sha256 || ' ' || body FROM sources WHERE slug = 'ma-no-jobs'"
        ),
        "interview.txt 6cbcd6f5c6f765f771b027451de6eb901b71ac3c8eddcf7df33db1294e439495 \
         Ma said the promise\ncannot be fulfilled.\n"
    );
    // Quotes from it are now checked against its text.
    let mut update = db.cmd(&["update", PLEDGE, "--status", "withdrawn", "--reason", "unknown"]);
    update.args(["--as-of", "2018-09-19", "--source", "ma-no-jobs", "--quote", "the promise can"]);
    assert_cmd_snapshot!(update, @"
    success: true
    exit_code: 0
    ----- stdout -----
    as_of       status       reason   source                       quote                                                                                                                           note                                                dispute
    2017-01-09  announced             president-trump-and-alibaba  he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market
    2017-01-10  in_progress           president-trump-and-alibaba  On January 10, 2017, Ma announced the launching of a program to make good on that promise.                                      the program to make good on the pledge is launched
    2018-09-19  withdrawn    unknown  ma-no-jobs                   the promise can

    ----- stderr -----
    recorded `alibaba-1-million-us-jobs` withdrawn as of 2018-09-19
    ");
}

#[test]
fn add_source_by_url_only() {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "source", "--url", "https://example.com/ma", "--title", "Ma"]);
    cmd.args(["--kind", "web_page", "--retrieved-on", "2018-09-20"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    ma

    ----- stderr -----
    added source `ma` (sources 1)
    ");
    assert_eq!(
        query(
            &db,
            "SELECT url || ' ' || (body IS NULL) || ' ' || retrieved_on FROM sources WHERE slug = 'ma'"
        ),
        "https://example.com/ma 1 2018-09-20"
    );
}

#[test]
fn add_source_refuses_a_file_that_cannot_be_read() {
    let db = TestDb::seeded();
    let stderr = refused(&db, &["add", "source", "--file", "missing.txt", "--title", "Missing"]);
    insta::assert_snapshot!(stderr, @"
    --file: missing.txt cannot be opened: no such file
    error: 1 problem; `pledges.db` was not changed
    ");
    db.write("latin1.txt", b"caf\xe9\n");
    let stderr = refused(&db, &["add", "source", "--file", "latin1.txt", "--title", "Latin"]);
    insta::assert_snapshot!(stderr, @"
    --file: latin1.txt is not valid UTF-8
    error: 1 problem; `pledges.db` was not changed
    ");
    // A link to an endless device is refused before anything is read.
    std::os::unix::fs::symlink("/dev/urandom", db.path("random.txt")).unwrap();
    let stderr = refused(&db, &["add", "source", "--file", "random.txt", "--title", "Noise"]);
    insta::assert_snapshot!(stderr, @"
    --file: random.txt is a symbolic link; inputs must be regular files inside their folder (copy the file there instead)
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn add_source_needs_a_file_or_a_url() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["add", "source", "--title", "Nothing"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: the following required arguments were not provided:
      <--file <PATH>|--url <URL>>

    Usage: pledge add source --title <TITLE> <--file <PATH>|--url <URL>>

    For more information, try '--help'.
    ");
}

#[test]
fn add_company_with_a_parent_and_aliases() {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "company", "--name", "Tmall", "--country", "CN"]);
    cmd.args(["--parent", "alibaba", "--alias", "Tmall Global", "--alias", "Tmall Global"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    tmall

    ----- stderr -----
    added company `tmall` (companies 1, company_aliases 1)
    ");
    assert_eq!(
        query(
            &db,
            "SELECT p.slug FROM companies c JOIN companies p ON p.id = c.parent_id WHERE c.slug = 'tmall'"
        ),
        "alibaba"
    );
}

#[test]
fn add_company_refuses_a_name_already_recorded() {
    let db = TestDb::seeded();
    let stderr = refused(&db, &["add", "company", "--name", "repdm"]);
    insta::assert_snapshot!(stderr, @"error: company `repdm` (RepDM) already exists: refer to it by its slug `repdm`, or give a different company of that name a slug of its own with --slug (see `pledge companies`)");
    assert_cmd_snapshot!(db.cmd(&["add", "company", "--name", "RepDM", "--slug", "repdm-texas"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    repdm-texas

    ----- stderr -----
    added company `repdm-texas` (companies 1)
    ");
}

#[test]
fn add_company_refuses_an_existing_slug() {
    let db = TestDb::seeded();
    let stderr = refused(&db, &["add", "company", "--name", "Alibaba", "--slug", "alibaba"]);
    insta::assert_snapshot!(stderr, @"
    --slug: `alibaba` already exists (see `pledge companies`); this command only adds new records (change existing ones by editing their rows and importing them with `pledge import`)
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn add_company_names_every_bad_flag() {
    let db = TestDb::seeded();
    let args = ["add", "company", "--name", "X", "--slug", "Big Co", "--country", "USA"];
    insta::assert_snapshot!(refused(&db, &args), @"
    --slug: `Big Co` is not a valid slug: it may only hold lowercase letters a-z, digits and hyphens
    --country: `USA` is not a country code (use ISO 3166 alpha-2, such as US or CN)
    error: 2 problems; `pledges.db` was not changed
    ");
    let args = ["add", "company", "--name", "X", "--parent", "alibaba-group"];
    insta::assert_snapshot!(refused(&db, &args), @"
    --parent: no company `alibaba-group` (see `pledge companies`, or add it with `pledge add company`)
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn add_official_with_a_title_and_its_evidence() {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "official", "--name", "Wilbur Ross", "--alias", "Ross"]);
    cmd.args(["--title", "Commerce Secretary nominee", "--government", "US"]);
    cmd.args(["--source", BEIJING, "--quote", "President-Elect Donald Trump Holds Meetings"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    wilbur-ross

    ----- stderr -----
    added person `wilbur-ross` (evidence 1, officials 1, official_aliases 1, official_titles 1)
    ");
}

#[test]
fn add_official_refuses_a_title_whose_quote_is_not_in_the_text() {
    let db = TestDb::seeded();
    let args = [
        "add",
        "official",
        "--name",
        "Wilbur Ross",
        "--title",
        "Commerce Secretary",
        "--source",
        BEIJING,
        "--quote",
        "Ross, the commerce secretary",
    ];
    insta::assert_snapshot!(refused(&db, &args), @"
    --quote: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ)
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn add_official_without_a_name_needs_a_slug_and_a_note() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["add", "official", "--note", "a spokesperson"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: the following required arguments were not provided:
      <--name <NAME>|--slug <SLUG>>

    Usage: pledge add person --note <TEXT> <--name <NAME>|--slug <SLUG>>

    For more information, try '--help'.
    ");
    let args = ["add", "official", "--slug", "unnamed-spokesperson"];
    insta::assert_snapshot!(refused(&db, &args), @"
    --note: is empty; an unnamed person needs a note saying who they are
    error: 1 problem; `pledges.db` was not changed
    ");
    let mut cmd = db.cmd(&["add", "official", "--slug", "unnamed-spokesperson"]);
    cmd.args(["--note", "an Alibaba spokesperson; the article does not name them"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    unnamed-spokesperson

    ----- stderr -----
    added person `unnamed-spokesperson` (officials 1)
    ");
}

#[test]
fn add_category_with_keywords_and_hs_codes() {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "category", "--name", "Seafood", "--parent"]);
    cmd.args(["agricultural-products", "--alias", "fish", "--hs", "03", "--hs", "1604-1605"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    seafood

    ----- stderr -----
    added category `seafood` (categories 1, category_aliases 1, category_hs_codes 2)
    ");
}

#[test]
fn add_category_refuses_bad_hs_codes() {
    let db = TestDb::seeded();
    let args = ["add", "category", "--name", "Seafood", "--hs", "3", "--hs", "16-1605"];
    insta::assert_snapshot!(refused(&db, &args), @"
    --hs: `3` is not an HS code (2, 4 or 6 digits, such as 08 or 2204)
    --hs: `1605` must have as many digits as `16` and not come before it
    error: 2 problems; `pledges.db` was not changed
    ");
}

#[test]
fn add_event_with_participants_and_a_pledge_link() {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "event", "--kind", "meeting", "--title", "Ma meets Trump"]);
    cmd.args(["--start-on", "2017-01-09", "--place", "Trump Tower", "--duration-minutes", "40"]);
    cmd.args(["--participant", "jack-ma:guest", "--participant", "alibaba"]);
    cmd.args(["--pledge", &format!("{PLEDGE}:made_at")]);
    cmd.args(["--source", BEIJING, "--quote", "The meeting last for 40 minutes."]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    ma-meets-trump

    ----- stderr -----
    added event `ma-meets-trump` (evidence 7, events 1, event_participants 2, pledge_events 1)
    ");
    assert_eq!(
        query(
            &db,
            "SELECT group_concat(role, ',') FROM (SELECT role FROM event_participants p JOIN events e ON e.id = p.event_id WHERE e.slug = 'ma-meets-trump' ORDER BY role)"
        ),
        "guest,participant"
    );
}

#[test]
fn add_event_refuses_an_unknown_participant() {
    let db = TestDb::seeded();
    let args = [
        "add",
        "event",
        "--kind",
        "meeting",
        "--title",
        "X",
        "--participant",
        "jack",
        "--source",
        BEIJING,
        "--quote",
        "The meeting",
    ];
    insta::assert_snapshot!(refused(&db, &args), @"error: --participant: no official or company `jack`; did you mean `jack-ma`? (see `pledge officials` and `pledge companies`, or add one with `pledge add official` or `pledge add company`)");
}

#[test]
fn add_event_reports_every_problem_at_once() {
    let db = TestDb::seeded();
    let args = [
        "add",
        "event",
        "--kind",
        "conference",
        "--title",
        "X",
        "--end-on",
        "2017-01-01",
        "--duration-minutes",
        "forty",
        "--pledge",
        "alibaba-jobs:progress",
        "--source",
        BEIJING,
        "--quote",
        "a conference in the desert",
    ];
    insta::assert_snapshot!(refused(&db, &args), @"
    --quote: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ)
    --end-on: comes before start_on, or start_on is empty
    --duration-minutes: `forty` is not a whole number (write digits only, no separators)
    --pledge: no pledge `alibaba-jobs`; did you mean `alibaba-1-million-us-jobs`? (see `pledge list`, or add it with `pledge add pledge`)
    error: 4 problems; `pledges.db` was not changed
    ");
}

#[test]
fn add_pledge_with_targets_categories_and_markets() {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "pledge", "--company", "alibaba", "--title"]);
    cmd.args(["Alibaba to sell US fruit", "--made-on", "2017-01-09", "--formality", "verbal"]);
    cmd.args(["--made-by", "jack-ma", "--made-to", "donald-trump"]);
    cmd.args(["--made-at", "trump-tower-meeting", "--deadline", "2021-12-31"]);
    cmd.args(["--target", "jobs=1000000:more_than", "--category", "fruit", "--market", "Asia"]);
    cmd.args([
        "--source",
        BEIJING,
        "--quote",
        "Alibaba will provide more than 1 million positions",
    ]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    alibaba-to-sell-us-fruit

    ----- stderr -----
    added pledge `alibaba-to-sell-us-fruit` (evidence 10, pledges 1, pledge_parties 3, pledge_events 1, pledge_targets 1, pledge_categories 1, pledge_markets 1, status_history 1)
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "status"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,company,title,status,status_since,overdue
    alibaba-1-million-us-jobs,Alibaba,Alibaba to create 1 million US jobs,in_progress,2017-01-10,no
    alibaba-to-sell-us-fruit,Alibaba,Alibaba to sell US fruit,announced,2017-01-09,yes

    ----- stderr -----
    ");
}

#[test]
fn add_pledge_reports_every_problem_at_once() {
    let db = TestDb::seeded();
    let args = [
        "add",
        "pledge",
        "--company",
        "alibab",
        "--title",
        "X",
        "--made-on",
        "2017-01-09",
        "--formality",
        "verbal",
        "--made-by",
        "jack",
        "--deadline",
        "2016-01-01",
        "--target",
        "job=1,000",
        "--target",
        "businesses=5:lots",
        "--category",
        "fruitz",
        "--source",
        BEIJING,
        "--quote",
        "Alibaba will provide",
    ];
    insta::assert_snapshot!(refused(&db, &args), @"
    --deadline: 2016-01-01 ends before made_on 2017-01-09
    --company: no company `alibab`; did you mean `alibaba`? (see `pledge companies`, or add it with `pledge add company`)
    --made-by: no official `jack`; did you mean `jack-ma`? (see `pledge officials`, or add it with `pledge add official`)
    --target: unknown metric `job` (expected one of: jobs, businesses, investment, exports, purchases, revenue, units, people_trained)
    --target: `1,000` is not a whole number (write digits only, no separators)
    --target: unknown qualifier `lots` (expected one of: more_than, at_least, up_to, about)
    --category: no category `fruitz`; did you mean `fruit`? (see `pledge categories`, or add it with `pledge add category`)
    error: 7 problems; `pledges.db` was not changed
    ");
}

#[test]
fn add_pledge_refuses_a_quote_that_is_not_in_the_text() {
    let db = TestDb::seeded();
    let args = [
        "add",
        "pledge",
        "--company",
        "alibaba",
        "--title",
        "X",
        "--made-on",
        "2017-01-09",
        "--formality",
        "verbal",
        "--target",
        "jobs=2000000",
        "--market",
        "Asia",
        "--source",
        BEIJING,
        "--quote",
        "Alibaba will provide 2 million positions",
    ];
    insta::assert_snapshot!(refused(&db, &args), @r#"
    --quote: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "Alibaba will provide more than 1 million"
    error: 1 problem; `pledges.db` was not changed
    "#);
}

#[test]
fn add_pledge_refuses_a_malformed_or_repeated_target() {
    let db = TestDb::seeded();
    let args = [
        "add",
        "pledge",
        "--company",
        "alibaba",
        "--title",
        "X",
        "--made-on",
        "2017-01-09",
        "--formality",
        "verbal",
        "--source",
        BEIJING,
        "--quote",
        "Alibaba will provide",
    ];
    let mut cmd = db.cmd(&args);
    cmd.args(["--target", "jobs"]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value 'jobs' for '--target <TARGET>': `jobs` is not METRIC[:LABEL]=AMOUNT[ CURRENCY][:QUALIFIER], such as jobs=1000000

    For more information, try '--help'.
    ");
    let mut repeated = args.to_vec();
    repeated.extend(["--target", "jobs=1", "--target", "jobs=2"]);
    insta::assert_snapshot!(refused(&db, &repeated), @"error: --target: `jobs` is given twice; a pledge has one target per metric and label (tell them apart with METRIC:LABEL)");
}

#[test]
fn add_target_from_a_url_only_source_is_unverified() {
    let db = TestDb::seeded();
    let mut source = db.cmd(&["add", "source", "--url", "https://example.com/a", "--title", "A"]);
    assert!(source.output().unwrap().status.success());
    let mut cmd = db.cmd(&["add", "target", PLEDGE, "--metric", "exports", "--unit", "USD"]);
    cmd.args([
        "--amount",
        "5000000",
        "--qualifier",
        "about",
        "--source",
        "a",
        "--quote",
        "about $5m of exports",
    ]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    alibaba-1-million-us-jobs

    ----- stderr -----
    added target `exports` of pledge `alibaba-1-million-us-jobs` (evidence 1, pledge_targets 1)
    the quote is unverified: source `a` has no stored text
    ");
}

#[test]
fn add_target_refuses_a_metric_the_pledge_has_or_an_unknown_pledge() {
    let db = TestDb::seeded();
    let args = [
        "add",
        "target",
        PLEDGE,
        "--metric",
        "jobs",
        "--amount",
        "1000000",
        "--source",
        BEIJING,
        "--quote",
        "Alibaba will provide more than 1 million positions",
    ];
    insta::assert_snapshot!(refused(&db, &args), @"
    --metric: `jobs` already exists; this command only adds new records (change existing ones by editing their rows and importing them with `pledge import`)
    error: 1 problem; `pledges.db` was not changed
    ");
    let args = [
        "add",
        "target",
        "alibaba-jobs",
        "--metric",
        "units",
        "--amount",
        "-1",
        "--source",
        BEIJING,
        "--quote",
        "Alibaba will provide",
    ];
    insta::assert_snapshot!(refused(&db, &args), @"
    PLEDGE: no pledge `alibaba-jobs`; did you mean `alibaba-1-million-us-jobs`? (see `pledge list`, or add it with `pledge add pledge`)
    --amount: `-1` is less than 0
    error: 2 problems; `pledges.db` was not changed
    ");
}

#[test]
fn add_source_refuses_a_path_that_names_no_file() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["add", "source", "--file", "..", "--title", "Up"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --file: `..` does not name a file
    ");
}

#[test]
fn add_event_refuses_a_pledge_link_without_a_relation() {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "event", "--kind", "meeting", "--title", "X"]);
    cmd.args(["--pledge", PLEDGE, "--source", BEIJING, "--quote", "The meeting"]);
    assert_cmd_snapshot!(cmd, @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value 'alibaba-1-million-us-jobs' for '--pledge <PLEDGE:RELATION>': `alibaba-1-million-us-jobs` needs a relation after a colon, such as alibaba-1-million-us-jobs:progress

    For more information, try '--help'.
    ");
}

#[test]
fn slugs_transliterate_names_and_free_text_may_start_with_a_hyphen() {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "company", "--name", "Société Générale", "--country", "FR"]);
    cmd.args(["--sector", "-banking-", "--note", "-5 percent"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    societe-generale

    ----- stderr -----
    added company `societe-generale` (companies 1)
    ");
    assert_eq!(
        query(&db, "SELECT sector || ' ' || note FROM companies WHERE slug = 'societe-generale'"),
        "-banking- -5 percent"
    );
    assert_cmd_snapshot!(db.cmd(&["add", "company", "--name", "Nestlé"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    nestle

    ----- stderr -----
    added company `nestle` (companies 1)
    ");
    assert_cmd_snapshot!(db.cmd(&["add", "company", "--name", "Газпром"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    gazprom

    ----- stderr -----
    added company `gazprom` (companies 1)
    ");
}

#[test]
fn add_takes_existing_records_by_name_or_alias() {
    let db = TestDb::seeded();
    let args = [
        "add",
        "pledge",
        "--company",
        "ALIBABA",
        "--title",
        "Alibaba to train US sellers",
        "--made-on",
        "2017-01-09",
        "--formality",
        "verbal",
        "--made-by",
        "Jack Ma",
        "--made-to",
        "trump",
        "--category",
        "Fruits",
        "--source",
        "Donald Trump Holds Meetings At Trump Tower",
        "--quote",
        "Alibaba will provide",
    ];
    assert_cmd_snapshot!(db.cmd(&args), @"
    success: true
    exit_code: 0
    ----- stdout -----
    alibaba-to-train-us-sellers

    ----- stderr -----
    added pledge `alibaba-to-train-us-sellers` (evidence 6, pledges 1, pledge_parties 3, pledge_categories 1, status_history 1)
    ");
    let stored = query(
        &db,
        "SELECT group_concat(pp.role || ' ' || coalesce(c.slug, o.slug), ', ' ORDER BY pp.role)
         FROM pledges p JOIN pledge_parties pp ON pp.pledge_id = p.id
         LEFT JOIN companies c ON c.id = pp.company_id LEFT JOIN officials o ON o.id = pp.official_id
         WHERE p.slug = 'alibaba-to-train-us-sellers'",
    );
    assert_eq!(stored, "made_by jack-ma, made_to donald-trump, pledger alibaba");
}

#[test]
fn add_refuses_a_name_that_matches_several_records() {
    let db = TestDb::seeded();
    let add = ["add", "official", "--name", "Ma Huateng", "--alias", "Ma"];
    assert!(db.cmd(&add).output().unwrap().status.success());
    let args = [
        "add",
        "pledge",
        "--company",
        "alibaba",
        "--title",
        "X",
        "--made-on",
        "2017-01-09",
        "--formality",
        "verbal",
        "--made-by",
        "Ma",
        "--source",
        BEIJING,
        "--quote",
        "Alibaba will provide",
    ];
    insta::assert_snapshot!(refused(&db, &args), @"error: --made-by: `Ma` names 2 officials: `jack-ma` (Jack Ma), `ma-huateng` (Ma Huateng); give the slug of the one you mean");
}

#[test]
fn add_event_takes_a_participant_by_name() {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "event", "--kind", "meeting", "--title", "Ma meets Trump again"]);
    cmd.args(["--participant", "Jack Ma:guest", "--participant", "RepDM"]);
    cmd.args(["--source", BEIJING, "--quote", "The meeting last for 40 minutes."]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    ma-meets-trump-again

    ----- stderr -----
    added event `ma-meets-trump-again` (evidence 3, events 1, event_participants 2)
    ");
}

#[test]
fn add_event_refuses_a_participant_name_shared_by_several_officials() {
    let db = TestDb::seeded();
    let add = ["add", "official", "--name", "Ma Huateng", "--alias", "Ma"];
    assert!(db.cmd(&add).output().unwrap().status.success());
    let args = ["add", "event", "--kind", "meeting", "--title", "Y", "--participant", "ma:guest"];
    let mut args = args.to_vec();
    args.extend(["--source", BEIJING, "--quote", "The meeting"]);
    insta::assert_snapshot!(refused(&db, &args), @"error: --participant: `ma` names 2 officials: `jack-ma` (Jack Ma), `ma-huateng` (Ma Huateng); give the slug of the one you mean");
}

#[test]
fn add_checks_only_the_claims_it_writes_and_check_still_finds_older_dangling_ones() {
    let db = TestDb::seeded();
    db.connect()
        .execute_batch(
            "INSERT INTO evidence (subject, key, field, value, source_id, quote)
             SELECT 'company', 'gone-co', 'name', 'Gone', id,
                    'The meeting last for 40 minutes.' FROM sources LIMIT 1",
        )
        .unwrap();
    assert_cmd_snapshot!(db.cmd(&["add", "company", "--name", "Tmall"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    tmall

    ----- stderr -----
    added company `tmall` (companies 1)
    ");
    assert_cmd_snapshot!(db.cmd(&["check"]), @"
    success: false
    exit_code: 1
    ----- stdout -----
    check               table     key                        detail
    dangling_reference  evidence  company gone-co            a claim about company `gone-co`, which does not exist
    stale               pledges   alibaba-1-million-us-jobs  no update for over a year: in_progress since 2017-01-10

    ----- stderr -----
    2 problems found
    ");
}

#[test]
fn add_refuses_a_quote_too_short_to_name_a_passage() {
    let db = TestDb::seeded();
    let args = ["add", "target", PLEDGE, "--metric", "units", "--amount", "5"];
    let mut short = args.to_vec();
    short.extend(["--source", BEIJING, "--quote", "the"]);
    insta::assert_snapshot!(refused(&db, &short), @"
    --quote: `the` is too short to name one passage of the source: quote at least 3 words (or 15 characters), enough of the sentence that says it
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn add_refuses_a_quote_found_in_several_places_and_shows_them() {
    let db = TestDb::seeded();
    let args = ["add", "target", PLEDGE, "--metric", "units", "--amount", "5"];
    let mut repeated = args.to_vec();
    repeated.extend(["--source", BEIJING, "--quote", "Donald Trump Holds Meetings"]);
    insta::assert_snapshot!(refused(&db, &repeated), @r#"
    --quote: occurs 3 times in the source's text, so it does not say which passage is meant; quote more of the sentence, so that it occurs once (it occurs in "Donald Trump Holds Meetings At Trump Tower Donald" and in "Meetings At Trump Tower Donald Trump Holds Meetings At Trump Tower President-Elect")
    error: 1 problem; `pledges.db` was not changed
    "#);
}

#[test]
fn add_refuses_a_quote_not_in_the_source_and_shows_the_closest_passage() {
    let db = TestDb::seeded();
    let args = ["add", "target", PLEDGE, "--metric", "units", "--amount", "5"];
    let mut missing = args.to_vec();
    missing.extend(["--source", BEIJING, "--quote", "The meeting lasted for 40 minutes."]);
    insta::assert_snapshot!(refused(&db, &missing), @r#"
    --quote: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "The meeting last for 40 minutes. The"
    error: 1 problem; `pledges.db` was not changed
    "#);
}

/// A second pledge, of 1,000 jobs, quoted from the Beijing article; returns its slug.
fn add_second_pledge(db: &TestDb) -> &'static str {
    let mut cmd = db.cmd(&["add", "pledge", "--company", "alibaba", "--title"]);
    cmd.args(["Alibaba to bring US businesses to Asia", "--made-on", "2017-01-09"]);
    cmd.args(["--formality", "verbal", "--target", "jobs=1000", "--source", BEIJING, "--quote"]);
    cmd.arg("Small companies in the mid-west of America can sell their service and products");
    assert!(cmd.output().unwrap().status.success());
    "alibaba-to-bring-us-businesses-to-asia"
}

/// The `relations` line of `pledge show`.
fn relations_of(db: &TestDb, pledge: &str) -> String {
    let out = db.cmd(&["show", pledge]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    stdout.lines().find(|l| l.starts_with("relations")).unwrap().to_owned()
}

const FOCUS: &str = "Alibaba will focus on clothes, wine, agricultural products and fruits";

#[test]
fn add_relation_links_two_pledges_and_show_names_it_both_ways() {
    let db = TestDb::seeded();
    let part = add_second_pledge(&db);
    let mut cmd =
        db.cmd(&["add", "relation", part, "--part-of", "Alibaba to create 1 million US jobs"]);
    cmd.args(["--source", BEIJING, "--quote", FOCUS]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    alibaba-to-bring-us-businesses-to-asia

    ----- stderr -----
    added `alibaba-to-bring-us-businesses-to-asia` part_of `alibaba-1-million-us-jobs` (pledge_relations 1)
    ");
    let mut cmd = db.cmd(&["add", "relation", PLEDGE, "--condition", "if small firms sign up"]);
    cmd.args(["--source", BEIJING, "--quote", FOCUS]);
    assert!(cmd.output().unwrap().status.success());
    insta::assert_snapshot!(relations_of(&db, part), @"relations     part of alibaba-1-million-us-jobs");
    insta::assert_snapshot!(relations_of(&db, PLEDGE), @"relations     parts: alibaba-to-bring-us-businesses-to-asia; conditional: if small firms sign up");
    assert_cmd_snapshot!(db.cmd(&["export", "pledge_relations"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    pledge,relation,other,condition,source,quote,note
    alibaba-1-million-us-jobs,conditional,,if small firms sign up,beijing-today-trump-tower-meeting,"Alibaba will focus on clothes, wine, agricultural products and fruits",
    alibaba-to-bring-us-businesses-to-asia,part_of,alibaba-1-million-us-jobs,,beijing-today-trump-tower-meeting,"Alibaba will focus on clothes, wine, agricultural products and fruits",

    ----- stderr -----
    "#);
}

#[test]
fn add_relation_refuses_a_cycle_itself_an_unknown_pledge_and_a_weak_quote() {
    let db = TestDb::seeded();
    let part = add_second_pledge(&db);
    let mut cmd = db.cmd(&["add", "relation", part, "--part-of", PLEDGE]);
    cmd.args(["--source", BEIJING, "--quote", FOCUS]);
    assert!(cmd.output().unwrap().status.success());
    let evidence = ["--source", BEIJING, "--quote", FOCUS];
    let cycle = [&["add", "relation", PLEDGE, "--restates", part][..], &evidence].concat();
    insta::assert_snapshot!(refused(&db, &cycle), @"
    --restates: would close a cycle, since alibaba-to-bring-us-businesses-to-asia part_of alibaba-1-million-us-jobs already; a pledge cannot be inside or a restatement of itself: drop this relation or the one that is wrong
    error: 1 problem; `pledges.db` was not changed
    ");
    let itself = [&["add", "relation", PLEDGE, "--supersedes", PLEDGE][..], &evidence].concat();
    insta::assert_snapshot!(refused(&db, &itself), @"
    --supersedes: is the pledge itself; a relation links two different pledges
    error: 1 problem; `pledges.db` was not changed
    ");
    let unknown = [&["add", "relation", PLEDGE, "--part-of", "softbank"][..], &evidence].concat();
    insta::assert_snapshot!(refused(&db, &unknown), @"
    --part-of: no pledge `softbank` (see `pledge list`, or add it with `pledge add pledge`)
    error: 1 problem; `pledges.db` was not changed
    ");
    let weak = [
        "add",
        "relation",
        PLEDGE,
        "--supersedes",
        part,
        "--source",
        BEIJING,
        "--quote",
        "Alibaba",
    ];
    insta::assert_snapshot!(refused(&db, &weak), @"
    --quote: `Alibaba` is too short to name one passage of the source: quote at least 3 words (or 15 characters), enough of the sentence that says it
    error: 1 problem; `pledges.db` was not changed
    ");
    let none = ["add", "relation", PLEDGE, "--source", BEIJING, "--quote", FOCUS];
    insta::assert_snapshot!(refused(&db, &none), @"
    error: the following required arguments were not provided:
      <--part-of <PLEDGE>|--restates <PLEDGE>|--supersedes <PLEDGE>|--condition <TEXT>>

    Usage: pledge add relation --source <SOURCE> --quote <TEXT> <--part-of <PLEDGE>|--restates <PLEDGE>|--supersedes <PLEDGE>|--condition <TEXT>> <PLEDGE>

    For more information, try '--help'.
    ");
    let no_quote = ["add", "relation", PLEDGE, "--restates", part, "--source", BEIJING];
    insta::assert_snapshot!(refused(&db, &no_quote), @"
    error: the following required arguments were not provided:
      --quote <TEXT>

    Usage: pledge add relation --source <SOURCE> --quote <TEXT> <--part-of <PLEDGE>|--restates <PLEDGE>|--supersedes <PLEDGE>|--condition <TEXT>> <PLEDGE>

    For more information, try '--help'.
    ");
}

#[test]
fn add_pledge_takes_a_quote_per_fact_and_show_prints_each_quote_once() {
    let db = TestDb::seeded();
    let mut cmd = db.cmd(&["add", "pledge", "--company", "alibaba", "--title", "Alibaba fruit"]);
    cmd.args(["--made-on", "2017-01-09", "--formality", "verbal", "--made-by", "jack-ma"]);
    cmd.args(["--target", "jobs=1000000:more_than", "--category", "fruit", "--category", "wine"]);
    cmd.args(["--source", BEIJING, "--quote", "Jack Ma also mentioned Alibaba's expanding plan"]);
    cmd.args(["--quote-for", "jobs=Alibaba will provide more than 1 million positions in America"]);
    cmd.args(["--quote-for", &format!("category={FOCUS}")]);
    cmd.args(["--quote-for", "made-by=Jack Ma, the chairman of the board of directors of Alibaba"]);
    assert_cmd_snapshot!(cmd, @"
    success: true
    exit_code: 0
    ----- stdout -----
    alibaba-fruit

    ----- stderr -----
    added pledge `alibaba-fruit` (evidence 7, pledges 1, pledge_parties 2, pledge_targets 1, pledge_categories 2, status_history 1)
    ");
    let out = db.cmd(&["show", "alibaba-fruit"]).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let quotes = stdout.split("\n\n").last().unwrap();
    insta::assert_snapshot!(quotes, @"
    facts                                                  source                             quote                                                                  speaker
    category fruit, wine                                   beijing-today-trump-tower-meeting  Alibaba will focus on clothes, wine, agricultural products and fruits
    company alibaba; formality verbal; made_on 2017-01-09  beijing-today-trump-tower-meeting  Jack Ma also mentioned Alibaba’s expanding plan
    jobs 1000000                                           beijing-today-trump-tower-meeting  Alibaba will provide more than 1 million positions in America
    made_by jack-ma                                        beijing-today-trump-tower-meeting  Jack Ma, the chairman of the board of directors of Alibaba
    ");
}

#[test]
fn add_pledge_refuses_a_fact_without_a_quote_and_a_quote_for_no_fact() {
    let db = TestDb::seeded();
    let args = [
        "add",
        "pledge",
        "--company",
        "alibaba",
        "--title",
        "Alibaba fruit",
        "--made-on",
        "2017-01-09",
        "--formality",
        "verbal",
        "--source",
        BEIJING,
    ];
    let jobs = "jobs=Alibaba will provide more than 1 million positions in America";
    let unquoted = [&args[..], &["--quote-for", jobs]].concat();
    insta::assert_snapshot!(refused(&db, &unquoted), @"error: --company: no quote backs `company`; give the source's words for it with --quote-for company='...', or one --quote for every fact without its own");
    let nothing = [&args[..], &["--quote", FOCUS, "--quote-for", jobs]].concat();
    insta::assert_snapshot!(refused(&db, &nothing), @"error: --quote-for: `jobs` is not a fact given here; the facts are: status, company, made_on, formality");
    let malformed = [&args[..], &["--quote", FOCUS, "--quote-for", "jobs"]].concat();
    insta::assert_snapshot!(refused(&db, &malformed), @"
    error: invalid value 'jobs' for '--quote-for <FIELD=TEXT>': `jobs` is not FIELD=TEXT, such as made_on='on Monday, January 9'

    For more information, try '--help'.
    ");
    let weak = [&args[..], &["--quote", FOCUS, "--quote-for", "formality=Jack Ma"]].concat();
    insta::assert_snapshot!(refused(&db, &weak), @"
    --quote-for formality: `Jack Ma` is too short to name one passage of the source: quote at least 3 words (or 15 characters), enough of the sentence that says it
    error: 1 problem; `pledges.db` was not changed
    ");
}
