use insta::assert_snapshot;
use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

/// The text of a development article, without the labels around it.
fn article(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/draft").join(name);
    let text = std::fs::read_to_string(path).unwrap();
    text.split("\n---\n").nth(1).unwrap().to_owned()
}

/// A seeded database with the Exxon article beside it.
fn with_exxon() -> TestDb {
    let db = TestDb::seeded();
    db.write("exxon.txt", article("01-exxon-gulf-coast.txt"));
    db
}

/// The story of the Exxon article, as a person keeps it from its draft.
const EXXON: &str = r#"[source]
file = "exxon.txt"
title = "President Trump praises Exxon Mobil for plan to create 45,000 jobs"
publisher = "Breitbart"
published_on = 2017-03-07

[[company]]
name = "Exxon Mobil"

[[person]]
name = "Darren Woods"

[[government]]
name = "United States"
code = "US"

[[pledge]]
title = "Exxon Mobil to invest $20 billion on the Gulf Coast"
quote = "it will invest up to $20 billion and add more than 45,000 construction and manufacturing jobs in the United States Gulf Coast region"
made_by = "Exxon Mobil"
made_to = "United States"

[[pledge.date]]
date = 2017-03-06
quote = "March 6, 2017"

[[pledge.target]]
qualifier = "up to"
amount = 20000000000
currency = "USD"
quote = "up to $20 billion"

[[pledge.target]]
qualifier = "more than"
amount = 45000
unit = "jobs"
quote = "more than 45,000 construction and manufacturing jobs"
"#;

/// Applies `story` (written as story.toml) and asserts that it was refused with the database
/// unchanged; returns its stderr.
fn refused(db: &TestDb, story: &str) -> String {
    db.write("story.toml", story);
    let before = db.bytes();
    let out = db.cmd(&["apply", "story.toml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "the story was not refused");
    assert!(out.stdout.is_empty());
    assert!(db.bytes() == before, "a refused story changed the database");
    String::from_utf8(out.stderr).unwrap()
}

/// One value from the database.
fn query(db: &TestDb, sql: &str) -> String {
    db.connect().query_row(sql, [], |r| r.get::<_, String>(0)).unwrap()
}

#[test]
fn a_dry_run_lists_what_would_be_added_and_writes_nothing() {
    let db = with_exxon();
    db.write("exxon.toml", EXXON);
    let before = db.bytes();
    assert_cmd_snapshot!(db.cmd(&["apply", "exxon.toml", "--dry-run"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `president-trump-praises-exxon-mobil-for-plan-to-create-45`: would add 1
    companies `exxon-mobil`: would add 1
    officials `darren-woods`: would add 1
    governments `US`: would add 1
    evidence `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: would add 6
    pledges `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: would add 1
    pledge_parties `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: would add 2
    pledge_targets `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: would add 2
    status_history `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: would add 1

    ----- stderr -----
    dry run: applying `exxon.toml` would add 16 rows; `pledges.db` was not changed
    ");
    assert!(db.bytes() == before, "a dry run changed the database");
}

#[test]
fn a_story_is_applied_once_and_applying_it_again_changes_nothing() {
    let db = with_exxon();
    db.write("exxon.toml", EXXON);
    assert_cmd_snapshot!(db.cmd(&["apply", "exxon.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `president-trump-praises-exxon-mobil-for-plan-to-create-45`: added 1
    companies `exxon-mobil`: added 1
    officials `darren-woods`: added 1
    governments `US`: added 1
    evidence `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: added 6
    pledges `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: added 1
    pledge_parties `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: added 2
    pledge_targets `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: added 2
    status_history `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: added 1

    ----- stderr -----
    applied `exxon.toml`: 16 rows added
    ");
    let pledge = "exxon-mobil-to-invest-20-billion-on-the-gulf-coast";
    let facts = query(
        &db,
        &format!(
            "SELECT p.made_on || ' ' || p.kind || ' ' || p.formality || ' ' ||
                    (SELECT group_concat(metric || '=' || amount || ':' || qualifier, ' ')
                     FROM pledge_targets t WHERE t.pledge_id = p.id)
             FROM pledges p WHERE slug = '{pledge}'"
        ),
    );
    assert_snapshot!(facts, @"2017-03-06 investment verbal investment=20000000000:up_to jobs=45000:more_than");
    let before = db.bytes();
    assert_cmd_snapshot!(db.cmd(&["apply", "exxon.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    nothing to change: `pledges.db` already holds everything in `exxon.toml`
    ");
    assert!(db.bytes() == before, "applying the same story twice changed the database");
    assert_cmd_snapshot!(db.cmd(&["log", "--limit", "1"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    id  at                    kind   command                                                     changes
    2   2026-11-21T09:30:00Z  write  pledge --db pledges.db --today 2026-11-21 apply exxon.toml  sources `president-trump-praises-exxon-mobil-for-plan-to-create-45`: 1 added; companies `exxon-mobil`: 1 added; officials `darren-woods`: 1 added; governments: 1 added; evidence `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: 6 added; pledges `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: 1 added; pledge_parties `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: 2 added; pledge_targets `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: 2 added; status_history `exxon-mobil-to-invest-20-billion-on-the-gulf-coast`: 1 added

    ----- stderr -----
    ");
}

#[test]
fn names_match_records_in_any_case_and_new_names_create_one_record() {
    let db = TestDb::seeded();
    db.write(
        "story.toml",
        r#"[source]
title = "A note on Alibaba"
url = "https://example.com/alibaba"

[[company]]
name = "ALIBABA"

[[company]]
name = "Acme Fruit"

[[pledge]]
title = "Acme Fruit to buy American apples"
quote = "Acme Fruit will buy American apples"
made_by = "acme fruit"
company = "alibaba"
made_on = "2017-01"

[[pledge.category]]
name = "Fruits"
quote = "will buy American apples"

[[pledge]]
title = "Alibaba to sell American clothes"
quote = "Ma said Alibaba would sell American clothes"
made_by = "jack ma"
company = "ALIBABA"
made_to = "trump"

[[pledge.category]]
name = "clothes"
"#,
    );
    assert_cmd_snapshot!(db.cmd(&["apply", "story.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `a-note-on-alibaba`: added 1
    companies `acme-fruit`: added 1
    evidence `acme-fruit-to-buy-american-apples`: added 5
    pledges `acme-fruit-to-buy-american-apples`: added 1
    pledge_parties `acme-fruit-to-buy-american-apples`: added 2
    pledge_categories `acme-fruit-to-buy-american-apples`: added 1
    status_history `acme-fruit-to-buy-american-apples`: added 1
    evidence `alibaba-to-sell-american-clothes`: added 5
    pledges `alibaba-to-sell-american-clothes`: added 1
    pledge_parties `alibaba-to-sell-american-clothes`: added 3
    pledge_categories `alibaba-to-sell-american-clothes`: added 1

    ----- stderr -----
    applied `story.toml`: 22 rows added
    ");
    let parties = query(
        &db,
        "SELECT group_concat(party, ' ') FROM (
             SELECT pp.role || ':' || coalesce(c.slug, o.slug, g.code) AS party
             FROM pledge_parties pp JOIN pledges p ON p.id = pp.pledge_id
             LEFT JOIN companies c ON c.id = pp.company_id
             LEFT JOIN officials o ON o.id = pp.official_id
             LEFT JOIN governments g ON g.id = pp.government_id
             WHERE p.slug = 'alibaba-to-sell-american-clothes' ORDER BY party)",
    );
    assert_snapshot!(parties, @"made_by:jack-ma made_to:donald-trump pledger:alibaba");
}

#[test]
fn an_unknown_reference_is_refused_with_the_closest_slugs() {
    let db = with_exxon();
    let story = EXXON.replace("name = \"Exxon Mobil\"", "ref = \"alibab\"");
    assert_snapshot!(refused(&db, &story), @r#"
    story.toml:8: no company `alibab`; did you mean `alibaba`? (see `pledge companies`); or write name = "..." for a new record
    story.toml:20: made_by `Exxon Mobil` names no company, person or government of this file or the database: list it as a [[company]], [[person]] or [[government]], or give a slug
    error: 2 problems; `pledges.db` was not changed
    "#);
}

#[test]
fn a_name_that_several_records_share_is_refused_with_their_slugs() {
    let db = with_exxon();
    for args in [
        ["add", "company", "--name", "Exxon Mobil Corporation", "--alias", "Exxon Mobil"],
        ["add", "company", "--name", "Exxon Mobil Chemical", "--alias", "Exxon Mobil"],
    ] {
        assert!(db.cmd(&args).output().unwrap().status.success());
    }
    assert_snapshot!(refused(&db, EXXON), @r#"
    story.toml:8: `Exxon Mobil` names 2 records of kind company: `exxon-mobil-chemical` (Exxon Mobil Chemical), `exxon-mobil-corporation` (Exxon Mobil Corporation); write ref = "..." with the slug of the one you mean
    story.toml:20: made_by `Exxon Mobil` names 2 records: company `exxon-mobil-chemical`, company `exxon-mobil-corporation`; give the slug of the one you mean
    error: 2 problems; `pledges.db` was not changed
    "#);
}

#[test]
fn a_quote_not_in_the_article_is_refused_at_its_line() {
    let db = with_exxon();
    let story =
        EXXON.replace("quote = \"up to $20 billion\"", "quote = \"up to $30 billion dollars\"");
    assert_snapshot!(refused(&db, &story), @r#"
    story.toml:31: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "up to $20 billion and add"
    error: 1 problem; `pledges.db` was not changed
    "#);
}

#[test]
fn a_pledge_given_twice_is_refused() {
    let db = with_exxon();
    let pledge = &EXXON[EXXON.find("[[pledge]]").unwrap()..];
    let story = format!("{EXXON}\n{pledge}");
    assert_snapshot!(refused(&db, &story), @"
    story.toml:40: pledge `exxon-mobil-to-invest-20-billion-on-the-gulf-coast` is given twice (first at story.toml:18): delete one, or give each its own title
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn a_party_listed_twice_is_refused() {
    let db = with_exxon();
    let story = format!("{EXXON}\n[[company]]\nname = \"exxon mobil\"\n");
    assert_snapshot!(refused(&db, &story), @"
    story.toml:40: company `exxon mobil` is listed twice (as `exxon-mobil`): delete one of the two
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn an_unknown_key_is_refused_at_its_line() {
    let db = with_exxon();
    let story = EXXON.replace("made_to = ", "made_for = ");
    assert_snapshot!(refused(&db, &story), @"
    story.toml:21: unknown field `made_for`, expected one of `slug`, `title`, `description`, `quote`, `company`, `made_by`, `made_to`, `made_on`, `deadline`, `deadline_quote`, `kind`, `formality`, `target`, `date`, `category` (see docs/apply.md)
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn a_bad_date_is_refused_with_the_forms_a_date_takes() {
    let db = with_exxon();
    let story = EXXON.replace("date = 2017-03-06", "date = \"March 2017\"");
    assert_snapshot!(refused(&db, &story), @r#"
    story.toml:24: `March 2017` is not a date: write a day 2017-03-06, a month "2017-03" or a year "2017"
    error: 1 problem; `pledges.db` was not changed
    "#);
}

#[test]
fn every_problem_of_every_file_is_reported_at_once() {
    let db = with_exxon();
    db.write("second.toml", "[source]\ntitle = \"Second\"\n\n[[mention]]\nkind = \"date\"\n\n[[pledge]]\nquote = \"x\"\n");
    let story = EXXON.replace("name = \"United States\"\ncode = \"US\"", "name = \"Texas\"");
    db.write("story.toml", story);
    let before = db.bytes();
    assert_cmd_snapshot!(db.cmd(&["apply", "story.toml", "second.toml", "missing.toml"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    story.toml:14: government `Texas` is not recorded: add its ISO 3166 code below the name, such as code = "US" or code = "US-TX" for Texas (see `pledge governments`)
    story.toml:20: made_to `United States` names no company, person or government of this file or the database: list it as a [[company]], [[person]] or [[government]], or give a slug
    second.toml:4: a [[mention]] is not applied: move its date, amount or category into the [[pledge]] it belongs to, or delete it
    second.toml:7: [[pledge]] has no title: add title = "...", what was pledged in a few words
    missing.toml: cannot be read (No such file or directory (os error 2)); check the path
    error: 5 problems; `pledges.db` was not changed
    "#);
    assert!(db.bytes() == before);
}

#[test]
fn a_record_stored_with_other_values_is_refused_not_overwritten() {
    let db = TestDb::seeded();
    let story = r#"[source]
title = "Donald Trump Holds Meetings At Trump Tower"
url = "https://example.com/trump-tower"

[[pledge]]
title = "Alibaba to create 1 million US jobs"
quote = "Alibaba will provide more than 1 million positions in America"
made_by = "alibaba"
"#;
    assert_snapshot!(refused(&db, story), @"
    story.toml:1: sources `beijing-today-trump-tower-meeting` is already recorded with other values; apply adds records and facts but never changes them: make the file say what is recorded (see `pledge show` and `pledge export`), give a new record its own title, or change the record with `pledge update` or `pledge import`
    story.toml:5: pledges `alibaba-1-million-us-jobs` is already recorded with other values; apply adds records and facts but never changes them: make the file say what is recorded (see `pledge show` and `pledge export`), give a new record its own title, or change the record with `pledge update` or `pledge import`
    error: 2 problems; `pledges.db` was not changed
    ");
}

#[test]
fn targets_take_the_words_articles_use_and_ranges() {
    let db = TestDb::seeded();
    db.write(
        "story.toml",
        r#"[source]
title = "Acme hiring"
url = "https://example.com/acme"

[[company]]
name = "Acme"

[[pledge]]
title = "Acme to hire 20,000 to 25,000 workers"
quote = "Acme will hire as many as 20,000 to 25,000 workers"
made_by = "Acme"
formality = "written_statement"

[[pledge.target]]
qualifier = "as many as"
amount = 20000
amount_high = 25000
unit = "workers"

[[pledge.target]]
qualifier = "fewer than"
amount = 10
unit = "businesses"
"#,
    );
    let before = db.bytes();
    assert_cmd_snapshot!(db.cmd(&["apply", "story.toml"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    story.toml:21: unknown qualifier `fewer_than` (expected one of: more_than, at_least, up_to, about)
    error: 1 problem; `pledges.db` was not changed
    ");
    assert!(db.bytes() == before);
    let story = db.read("story.toml").replace("fewer than", "at least");
    db.write("story.toml", story);
    assert_cmd_snapshot!(db.cmd(&["apply", "story.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `acme-hiring`: added 1
    companies `acme`: added 1
    evidence `acme-to-hire-20-000-to-25-000-workers`: added 4
    pledges `acme-to-hire-20-000-to-25-000-workers`: added 1
    pledge_parties `acme-to-hire-20-000-to-25-000-workers`: added 1
    pledge_targets `acme-to-hire-20-000-to-25-000-workers`: added 2

    ----- stderr -----
    applied `story.toml`: 10 rows added
    ");
    let targets = query(
        &db,
        "SELECT group_concat(target, '; ') FROM (
             SELECT metric || ' ' || coalesce(amount, minimum || '-' || maximum) || ' '
                    || qualifier AS target
             FROM pledge_targets t JOIN pledges p ON p.id = t.pledge_id
             WHERE p.slug = 'acme-to-hire-20-000-to-25-000-workers' ORDER BY metric)",
    );
    assert_snapshot!(targets, @"businesses 10 at_least; jobs 20000-25000 up_to");
}

#[test]
fn each_wrong_table_is_named_by_its_line_with_the_fix() {
    let db = with_exxon();
    let story = r#"[source]
file = "exxon.txt"
published_on = "March 7"

[[company]]
quote = "no name"

[[government]]
ref = "XX"

[[government]]
name = "Atlantis"
code = "AT-LANTIS"

[[pledge]]
title = "No quote"

[[pledge]]
title = "Made to a company"
quote = "it will invest up to $20 billion"
made_by = "Darren Woods"
made_to = "alibaba"
made_on = 2017-03-06

[[pledge.date]]
date = 2017-03-06

[[pledge.target]]
unit = "jobs"

[[pledge.target]]
amount = "20 billion"

[[pledge.target]]
amount = 5
amount_high = -3
unit = "jobs"

[[pledge.target]]
amount = 7

[[pledge.target]]
amount = 7
unit = "jobs"

[[pledge.target]]
amount = 8
unit = "staff"

[[pledge.category]]
quote = "nothing named"

[[pledge.category]]
ref = "shoes"

[[pledge]]
title = "Two dates"
quote = "it will invest up to $20 billion"
company = "alibaba"

[[pledge.date]]
date = 2017-03-06

[[pledge.date]]
date = 2017-03-07

[[status]]
quote = "kept"
"#;
    assert_snapshot!(refused(&db, story), @r#"
    story.toml:1: [source] has no title: add title = "..."
    story.toml:5: [[company]] has neither ref nor name: give the slug of a record with ref = "...", or name = "..." for a new one
    story.toml:9: no government `XX` (see `pledge governments`); to add one, write name = "..." with its ISO 3166 code, code = "US-TX"
    story.toml:13: `AT-LANTIS` is not an ISO 3166 country code (such as US) or subdivision code (such as US-IN); closest: AT-1, AT-2, AT-3
    story.toml:15: [[pledge]] has no quote: add quote = "...", the article's words for it
    story.toml:21: made_by `Darren Woods` names no company, person or government of this file or the database: list it as a [[company]], [[person]] or [[government]], or give a slug
    story.toml:22: made_to `alibaba` is a company: a pledge is made to a person or a government
    story.toml:25: the pledge has made_on and a [[pledge.date]]: give its date once, keeping the table when it holds the words that say it
    story.toml:28: the target has no amount: add amount = 45000
    story.toml:32: `"20 billion"` is not an amount: write the whole number, no separators (amount = 20000000000 for $20 billion)
    story.toml:36: `-3` is not an amount: write the whole number, no separators
    story.toml:39: say what the amount counts: unit = "jobs" (or businesses, units, people_trained), or currency = "USD" for money, with metric = "investment", "purchases", "exports" or "revenue"
    story.toml:46: a second `jobs` target: a pledge has one target per metric and label (tell them apart with label = "..."), or delete one
    story.toml:50: [[pledge.category]] has neither ref nor name: give a category's slug with ref = "..." (see `pledge categories`)
    story.toml:54: no category `shoes` (see `pledge categories`); add it first with `pledge add category`
    story.toml:64: the pledge has several [[pledge.date]]: keep the one that says when it was made, or give made_on
    story.toml:67: [[status]] names no pledge: add pledge = "...", the slug or title of a recorded pledge or the title of a [[pledge]] of the files
    story.toml:67: [[status]] has no status: add status = "...", one of: announced, in_progress, stalled, scaled_back, partially_kept, kept, broken, withdrawn, unverifiable
    error: 18 problems; `pledges.db` was not changed
    "#);
}

#[test]
fn a_file_that_is_not_toml_or_not_utf8_is_refused_at_its_line() {
    let db = with_exxon();
    db.write("broken.toml", "[source]\ntitle = \"unclosed\n");
    db.write("latin1.toml", b"[source]\ntitle = \"caf\xe9\"\n");
    db.write("second.toml", EXXON.replace("[source]\n", ""));
    let before = db.bytes();
    let mut cmd = db.cmd(&["apply", "broken.toml", "latin1.toml", "second.toml", "--dry-run"]);
    assert_cmd_snapshot!(cmd, @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    broken.toml:2: invalid basic string, expected `"` (see docs/apply.md)
    latin1.toml:2: the file is not UTF-8 text; save it as UTF-8
    second.toml:1: unknown field `file`, expected one of `source`, `company`, `person`, `government`, `pledge`, `status`, `progress`, `revision`, `relation`, `event`, `mention` (see docs/apply.md)
    error: 3 problems; `pledges.db` was not changed
    "#);
    assert!(db.bytes() == before);
}

/// Carrier's deal, made to Trump and Pence (Hartford Courant, 2016-11-30): a party key takes a
/// list of names as well as one.
#[test]
fn a_pledge_made_to_two_people_lists_both() {
    let db = TestDb::seeded();
    db.write("carrier.txt", article("13-carrier-indiana-deal.txt"));
    let story = r#"[source]
file = "carrier.txt"
title = "Carrier Reaches Deal With Trump To Keep Jobs In Indiana"
publisher = "Hartford Courant"
published_on = 2016-11-30

[[company]]
name = "Carrier"

[[person]]
name = "Mike Pence"
quote = "VP-elect Pence to keep close to 1,000 jobs in Indy"

[[pledge]]
title = "Carrier to keep close to 1,000 jobs in Indianapolis"
quote = "We are pleased to have reached a deal with President-elect Trump & VP-elect Pence to keep close to 1,000 jobs in Indy."
made_by = "Carrier"
made_to = ["Donald Trump", "Mike Pence"]
made_on = 2016-11-29

[[pledge.target]]
qualifier = "close to"
amount = 1000
unit = "jobs"
quote = "close to 1,000 jobs in Indy"
"#;
    db.write("carrier.toml", story);
    let out = db.cmd(&["apply", "carrier.toml"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let show = ["--format", "csv", "list", "--company", "carrier"];
    assert_cmd_snapshot!(db.cmd(&show), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    carrier-to-keep-close-to-1-000-jobs-in-indianapolis,"Carrier to keep close to 1,000 jobs in Indianapolis",jobs,Carrier,,Donald Trump; Mike Pence,2016-11-29,jobs about 1000,,announced,2016-11-29,,no

    ----- stderr -----
    "#);
    let bad = story.replace(r#"["Donald Trump", "Mike Pence"]"#, "[1, 2]");
    insta::assert_snapshot!(refused(&db, &bad), @"
    story.toml:18: invalid type: integer `1`, expected a string (see docs/apply.md)
    error: 1 problem; `pledges.db` was not changed
    ");
}

/// Foxconn's Wisconsin plant cut back (abouttrump.org, 2021-04-21): a pledge, the change of its
/// status, its targets as revised and a figure delivered, each on its own words.
const FOXCONN: &str = r#"[source]
file = "foxconn.txt"
title = "Foxconn mostly abandons $10 billion Wisconsin project"
published_on = 2021-04-21

[[company]]
name = "Foxconn"

[[government]]
name = "Wisconsin"
code = "US-WI"

[[pledge]]
title = "Foxconn to invest $10 billion in Wisconsin"
quote = "The Foxconn-Wisconsin deal was first announced to great fanfare at the White House in July 2017."
made_by = "Foxconn"
made_to = "Wisconsin"
made_on = "2017-07"

[[pledge.target]]
amount = 10000000000
currency = "USD"
quote = "a planned $10 billion factory in Wisconsin"

[[pledge.target]]
amount = 13000
unit = "jobs"
quote = "cut the number of new jobs to 1,454 from 13,000"

[[status]]
# line 3: `reduce` marks a change of status
quote = "Foxconn will reduce its planned investment to $672 million from $10 billion"
# the first company the sentence names
made_by = "Foxconn"
made_to = "Wisconsin"
pledge = "foxconn to invest $10 billion in wisconsin"
status = "scaled_back"

[[status.date]]
date = "2021-04-20"
quote = "Apr. 20, 2021"

[[status.target]]
amount = 672000000
currency = "USD"
quote = "to $672 million"

[[revision]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
as_of = 2021-04-20
amount = 672000000
currency = "USD"
quote = "reduce its planned investment to $672 million"

[[revision]]
pledge = "foxconn-to-invest-10-billion-in-wisconsin"
as_of = 2021-04-20
qualifier = "about"
amount = 1000
amount_high = 1454
unit = "jobs"
quote = "cut the number of new jobs to 1,454"

[[progress]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
as_of = "2021"
amount = 1454
unit = "workers"
quote = "new jobs to 1,454"
note = "the deal's figure, taken as the jobs there"
"#;

/// A seeded database with the Foxconn article beside it.
fn with_foxconn() -> TestDb {
    let db = TestDb::seeded();
    db.write("foxconn.txt", article("09-foxconn-672-million.txt"));
    db
}

#[test]
fn a_drafted_status_with_its_pledge_and_status_filled_in_is_recorded() {
    let db = with_foxconn();
    db.write("foxconn.toml", FOXCONN);
    assert_cmd_snapshot!(db.cmd(&["apply", "foxconn.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `foxconn-mostly-abandons-10-billion-wisconsin-project`: added 1
    companies `foxconn`: added 1
    governments `US-WI`: added 1
    evidence `foxconn-to-invest-10-billion-in-wisconsin`: added 6
    pledges `foxconn-to-invest-10-billion-in-wisconsin`: added 1
    pledge_parties `foxconn-to-invest-10-billion-in-wisconsin`: added 2
    pledge_targets `foxconn-to-invest-10-billion-in-wisconsin`: added 2
    status_history `foxconn-to-invest-10-billion-in-wisconsin`: added 2
    target_progress `foxconn-to-invest-10-billion-in-wisconsin`: added 1
    target_revisions `foxconn-to-invest-10-billion-in-wisconsin`: added 2

    ----- stderr -----
    applied `foxconn.toml`: 19 rows added
    ");
    let pledge = "foxconn-to-invest-10-billion-in-wisconsin";
    let history = query(
        &db,
        &format!(
            "SELECT group_concat(entry, '; ') FROM (
                 SELECT h.as_of || ' ' || h.status || ' ' || h.quote AS entry
                 FROM status_history h JOIN pledges p ON p.id = h.pledge_id
                 WHERE p.slug = '{pledge}' ORDER BY h.as_of)"
        ),
    );
    assert_snapshot!(history, @"2017-07 announced The Foxconn-Wisconsin deal was first announced to great fanfare at the White House in July 2017.; 2021-04-20 scaled_back Foxconn will reduce its planned investment to $672 million from $10 billion");
    assert_cmd_snapshot!(db.cmd(&["show", pledge, "--format", "csv"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    field,value
    slug,foxconn-to-invest-10-billion-in-wisconsin
    title,Foxconn to invest $10 billion in Wisconsin
    description,
    kind,investment
    made_on,2017-07
    made_at,
    formality,verbal
    deadline,
    focus,
    status,scaled_back
    status_since,2021-04-20
    overdue,no
    targets,investment 10000000000 USD; jobs 13000
    categories,
    markets,
    relations,
    note,

    role,kind,party,name
    pledger,company,foxconn,Foxconn
    made_to,government,US-WI,Wisconsin

    slug,kind,date,relation,title

    as_of,status,reason,source,quote,note,dispute
    2017-07,announced,,foxconn-mostly-abandons-10-billion-wisconsin-project,The Foxconn-Wisconsin deal was first announced to great fanfare at the White House in July 2017.,,
    2021-04-20,scaled_back,,foxconn-mostly-abandons-10-billion-wisconsin-project,Foxconn will reduce its planned investment to $672 million from $10 billion,,

    metric,label,pledged,revised,revised_on,delivered,delivered_on,percent
    investment,,10000000000 USD,672000000 USD,2021-04-20,,,
    jobs,,13000,1000-1454,2021-04-20,1454,2021,145

    as_of,kind,metric,label,figure,source,quote,note
    2021,progress,jobs,,1454,foxconn-mostly-abandons-10-billion-wisconsin-project,"new jobs to 1,454","the deal's figure, taken as the jobs there"
    2021-04-20,revision,investment,,672000000 USD,foxconn-mostly-abandons-10-billion-wisconsin-project,reduce its planned investment to $672 million,
    2021-04-20,revision,jobs,,about 1000-1454,foxconn-mostly-abandons-10-billion-wisconsin-project,"cut the number of new jobs to 1,454",

    facts,source,quote,speaker
    company foxconn; formality verbal; made_on 2017-07; made_to US-WI,foxconn-mostly-abandons-10-billion-wisconsin-project,The Foxconn-Wisconsin deal was first announced to great fanfare at the White House in July 2017.,
    investment 10000000000,foxconn-mostly-abandons-10-billion-wisconsin-project,a planned $10 billion factory in Wisconsin,
    jobs 13000,foxconn-mostly-abandons-10-billion-wisconsin-project,"cut the number of new jobs to 1,454 from 13,000",

    ----- stderr -----
    "#);
}

#[test]
fn a_status_is_checked_by_the_rules_of_pledge_update_with_its_line() {
    let db = with_foxconn();
    let story = FOXCONN
        .replace("status = \"scaled_back\"", "status = \"broken\"")
        .replace("date = \"2021-04-20\"", "date = \"2016-04\"");
    assert_snapshot!(refused(&db, &story), @"
    story.toml:30: reason: is empty; a broken entry needs a reason code (one of: premise_changed, conditions_not_met, deprioritized, blocked_external, business_change, superseded, unknown)
    story.toml:40: 2016-04 is before the pledge was made (2017-07)
    error: 2 problems; `pledges.db` was not changed
    ");
    let story = FOXCONN.replace("status = \"scaled_back\"", "status = \"scaled back\"");
    assert_snapshot!(refused(&db, &story), @"
    story.toml:37: unknown status `scaled back` (expected one of: announced, in_progress, stalled, scaled_back, partially_kept, kept, broken, withdrawn, unverifiable)
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn progress_and_revisions_are_checked_by_the_rules_of_pledge_add() {
    let db = with_foxconn();
    let story = FOXCONN
        .replace("quote = \"new jobs to 1,454\"", "quote = \"1,454 new jobs\"")
        .replace("unit = \"workers\"", "unit = \"businesses\"")
        .replace("as_of = 2021-04-20\namount = 672000000", "as_of = 2016\namount = 672000000")
        .replace("quote = \"Foxconn will reduce", "quote = \"Foxconn would reduce");
    assert_snapshot!(refused(&db, &story), @r#"
    story.toml:32: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "2021], Foxconn will reduce its planned investment to $672 million from $10 billion"
    story.toml:64: pledge `foxconn-to-invest-10-billion-in-wisconsin` has no target `businesses`: add it with `pledge add target` first, or name one it has (see `pledge show`)
    story.toml:69: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "number of new jobs"
    story.toml:50: 2016 is before the pledge was made (2017-07)
    error: 4 problems; `pledges.db` was not changed
    "#);
}

#[test]
fn each_wrong_status_progress_or_revision_is_named_by_its_line() {
    let db = with_foxconn();
    let source = &FOXCONN[..FOXCONN.find("[[status]]").unwrap()];
    let story = format!(
        r#"{source}
[[status]]
quote = "the eighth wonder of the world"

[[status]]
pledge = "foxconn-wisconsin"
status = "stalled"
as_of = 2021-04-20
quote = "confirming its retreat from a project"

[[status]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
status = "stalled"
quote = "confirming its retreat from a project"

[[status]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
status = "stalled"
as_of = 2021-04-20
quote = "confirming its retreat from a project"

[[status.date]]
date = 2021-04-20

[[status]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
status = "stalled"
as_of = "April 2021"
quote = "confirming its retreat from a project"

[[status]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
quote = "confirming its retreat from a project"
as_of = 2021-04-20

[[progress]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
amount = 1454
unit = "jobs"
quote = "new jobs to 1,454"

[[progress]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
as_of = 2021
amount = 1454
amount_high = 2000
unit = "jobs"
quote = "new jobs to 1,454"

[[revision]]
as_of = 2021
amount = 1454
unit = "jobs"
quote = "new jobs to 1,454"

[[revision]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
as_of = 2021
amount = "1,454"
unit = "jobs"
quote = "new jobs to 1,454"

[[status]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
status = "stalled"
as_of = 2021-04-20

[[status]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
status = "stalled"
quote = "confirming its retreat from a project"

[[status.date]]
quote = "Apr. 20, 2021"

[[progress]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
as_of = 2021
unit = "jobs"
quote = "new jobs to 1,454"
"#
    );
    assert_snapshot!(refused(&db, &story), @r#"
    story.toml:31: [[status]] names no pledge: add pledge = "...", the slug or title of a recorded pledge or the title of a [[pledge]] of the files
    story.toml:31: [[status]] has no status: add status = "...", one of: announced, in_progress, stalled, scaled_back, partially_kept, kept, broken, withdrawn, unverifiable
    story.toml:35: pledge: no pledge `foxconn-wisconsin` (see `pledge list`); or give the title of a [[pledge]] of the files
    story.toml:40: [[status]] has no date: add as_of = 2019-01-30 (a day), "2019-01" or "2019", when it happened or was reported
    story.toml:51: [[status]] has several dates: keep one, as as_of or as one date table
    story.toml:57: `April 2021` is not a date: write a day 2017-03-06, a month "2017-03" or a year "2017"
    story.toml:60: [[status]] has no status: add status = "...", one of: announced, in_progress, stalled, scaled_back, partially_kept, kept, broken, withdrawn, unverifiable
    story.toml:65: [[progress]] has no date: add as_of = 2019-01-30 (a day), "2019-01" or "2019", when it happened or was reported
    story.toml:75: progress is one figure, not a range: give what was delivered as amount, or record the range as a [[revision]]
    story.toml:79: [[revision]] names no pledge: add pledge = "...", the slug or title of a recorded pledge or the title of a [[pledge]] of the files
    story.toml:88: `"1,454"` is not an amount: write the whole number, no separators (amount = 20000000000 for $20 billion)
    story.toml:92: [[status]] has no quote: add quote = "...", the article's words that tell of the change
    story.toml:102: the date table has no date: add date = 2021-04-20, or delete the table and give as_of
    story.toml:105: [[progress]] has no amount: add amount = 1454, the figure in the target's unit
    error: 14 problems; `pledges.db` was not changed
    "#);
}

/// What the Foxconn article says besides: the deal that replaced the pledge, and the two
/// announcements, each on its own words.
const FOXCONN_DEAL: &str = r#"
[[person]]
name = "Donald Trump"

[[pledge]]
title = "Foxconn to invest $672 million in Wisconsin"
quote = "Foxconn will reduce its planned investment to $672 million from $10 billion and cut the number of new jobs to 1,454 from 13,000."
made_by = "Foxconn"
made_to = "Wisconsin"
made_on = 2021-04-20
formality = "signed_agreement"

[[pledge.target]]
amount = 672000000
currency = "USD"
quote = "its planned investment to $672 million"

[[relation]]
pledge = "Foxconn to invest $672 million in Wisconsin"
supersedes = "Foxconn to invest $10 billion in Wisconsin"
quote = "Under a deal with the state of Wisconsin announced on Tuesday"

[[event]]
title = "Wisconsin announces its new deal with Foxconn"
kind = "announcement"
date = 2021-04-20
participants = ["Foxconn:party to the deal"]
made_at = "Foxconn to invest $672 million in Wisconsin"
setback = "foxconn-to-invest-10-billion-in-wisconsin"
quote = "Under a deal with the state of Wisconsin announced on Tuesday [Apr. 20, 2021]"

[[event]]
title = "Foxconn deal announced at the White House"
kind = "announcement"
date = "2017-07"
place = "the White House"
participants = "donald trump"
made_at = "Foxconn to invest $10 billion in Wisconsin"
quote = "first announced to great fanfare at the White House in July 2017"
"#;

#[test]
fn every_fact_of_a_story_is_applied_once_and_survives_export_and_seed() {
    let db = with_foxconn();
    db.write("foxconn.toml", format!("{FOXCONN}{FOXCONN_DEAL}"));
    assert_cmd_snapshot!(db.cmd(&["apply", "foxconn.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `foxconn-mostly-abandons-10-billion-wisconsin-project`: added 1
    companies `foxconn`: added 1
    governments `US-WI`: added 1
    evidence `foxconn-to-invest-10-billion-in-wisconsin`: added 8
    pledges `foxconn-to-invest-10-billion-in-wisconsin`: added 1
    pledge_parties `foxconn-to-invest-10-billion-in-wisconsin`: added 2
    pledge_targets `foxconn-to-invest-10-billion-in-wisconsin`: added 2
    status_history `foxconn-to-invest-10-billion-in-wisconsin`: added 2
    evidence `foxconn-to-invest-672-million-in-wisconsin`: added 6
    pledges `foxconn-to-invest-672-million-in-wisconsin`: added 1
    pledge_parties `foxconn-to-invest-672-million-in-wisconsin`: added 2
    pledge_targets `foxconn-to-invest-672-million-in-wisconsin`: added 1
    status_history `foxconn-to-invest-672-million-in-wisconsin`: added 1
    target_progress `foxconn-to-invest-10-billion-in-wisconsin`: added 1
    target_revisions `foxconn-to-invest-10-billion-in-wisconsin`: added 2
    pledge_relations `foxconn-to-invest-672-million-in-wisconsin`: added 1
    evidence `wisconsin-announces-its-new-deal-with-foxconn`: added 3
    events `wisconsin-announces-its-new-deal-with-foxconn`: added 1
    event_participants `wisconsin-announces-its-new-deal-with-foxconn`: added 1
    pledge_events `foxconn-to-invest-672-million-in-wisconsin`: added 1
    pledge_events `foxconn-to-invest-10-billion-in-wisconsin`: added 2
    evidence `foxconn-deal-announced-at-the-white-house`: added 4
    events `foxconn-deal-announced-at-the-white-house`: added 1
    event_participants `foxconn-deal-announced-at-the-white-house`: added 1

    ----- stderr -----
    applied `foxconn.toml`: 47 rows added
    ");
    assert_cmd_snapshot!(db.cmd(&["apply", "foxconn.toml", "--dry-run"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    nothing to change: `pledges.db` already holds everything in `foxconn.toml`
    ");
    let facts = query(
        &db,
        "SELECT (SELECT group_concat(p.slug || ' ' || r.relation || ' ' || o.slug, '; ')
                 FROM pledge_relations r JOIN pledges p ON p.id = r.pledge_id
                 JOIN pledges o ON o.id = r.other_id)
             || ' | ' ||
             (SELECT group_concat(e, '; ') FROM (
                 SELECT e.slug || ' ' || e.start_on || ' ' || e.date_precision || ' '
                        || pe.relation || ' ' || p.slug AS e
                 FROM events e JOIN pledge_events pe ON pe.event_id = e.id
                 JOIN pledges p ON p.id = pe.pledge_id
                 WHERE e.slug LIKE '%foxconn%' ORDER BY e.start_on, p.slug))
             || ' | ' ||
             (SELECT group_concat(coalesce(c.slug, o.slug) || ':' || ep.role, '; ')
              FROM event_participants ep JOIN events e ON e.id = ep.event_id
              LEFT JOIN companies c ON c.id = ep.company_id
              LEFT JOIN officials o ON o.id = ep.official_id
              WHERE e.slug LIKE '%foxconn%')",
    );
    assert_snapshot!(facts, @"foxconn-to-invest-672-million-in-wisconsin supersedes foxconn-to-invest-10-billion-in-wisconsin | foxconn-deal-announced-at-the-white-house 2017-07-01 month made_at foxconn-to-invest-10-billion-in-wisconsin; wisconsin-announces-its-new-deal-with-foxconn 2021-04-20 day setback foxconn-to-invest-10-billion-in-wisconsin; wisconsin-announces-its-new-deal-with-foxconn 2021-04-20 day made_at foxconn-to-invest-672-million-in-wisconsin | foxconn:party to the deal; donald-trump:participant");
    assert_cmd_snapshot!(db.cmd(&["export", "--dir", "exported"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    wrote exported: 23 tables and 3 articles
    ");
    let again = TestDb::empty();
    let out = again.cmd(&["seed", "--dir"]).arg(db.path("exported")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    again.write("foxconn.txt", db.read("foxconn.txt"));
    again.write("foxconn.toml", db.read("foxconn.toml"));
    assert_cmd_snapshot!(again.cmd(&["apply", "foxconn.toml", "--dry-run"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    nothing to change: `pledges.db` already holds everything in `foxconn.toml`
    ");
}

#[test]
fn each_wrong_relation_or_event_is_named_by_its_line() {
    let db = with_foxconn();
    let source = &FOXCONN[..FOXCONN.find("[[status]]").unwrap()];
    let story = format!(
        r#"{source}
[[relation]]
supersedes = "Foxconn to invest $10 billion in Wisconsin"
quote = "Under a deal with the state of Wisconsin"

[[relation]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
quote = "Under a deal with the state of Wisconsin"

[[relation]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
part_of = "alibaba-1-million-us-jobs"
restates = "alibaba-1-million-us-jobs"
quote = "Under a deal with the state of Wisconsin"

[[relation]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
part_of = "alibaba-1-million-us-jobs"
on = "alibaba-1-million-us-jobs"
quote = "Under a deal with the state of Wisconsin"

[[relation]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
restates = "Foxconn's Wisconsin plant"

[[relation]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
restates = "Foxconn's Wisconsin plant"
quote = "Under a deal with the state of Wisconsin"

[[event]]
title = "Foxconn deal"
quote = "Under a deal with the state of Wisconsin"

[[event]]
title = "Wisconsin announces its new deal with Foxconn"
kind = "announcement"
date = "April 20"
end_on = "2021"
participants = ["Wisconsin", "Tony Evers"]
setback = "Foxconn's Wisconsin plant"
quote = "Under a deal with the state of Wisconsin"

[[event]]
title = "Wisconsin announces its new deal with Foxconn"
kind = "announcement"
quote = "Under a deal with the state of Wisconsin"
"#
    );
    assert_snapshot!(refused(&db, &story), @r#"
    story.toml:31: [[relation]] names no pledge: add pledge = "...", the slug or title of a recorded pledge or the title of a [[pledge]] of the files
    story.toml:35: [[relation]] says nothing of how the pledge bears on another: add one of part_of, restates or supersedes = "..." (the other pledge), or condition = "..." (in your own words)
    story.toml:42: [[relation]] gives restates as well: one table is one relation; give each its own [[relation]]
    story.toml:48: on names the pledge a condition is about: give it with condition = "...", or delete it
    story.toml:51: [[relation]] has no quote: add quote = "...", the article's words for it
    story.toml:57: restates: no pledge `Foxconn's Wisconsin plant` (see `pledge list`); or give the title of a [[pledge]] of the files
    story.toml:60: [[event]] needs a title, a kind and a quote: add the ones missing, with kind = one of meeting, announcement, conference, regulatory_listing, appointment, tariff_action, retraction, other
    story.toml:67: `April 20` is not a date: write a day 2017-03-06, a month "2017-03" or a year "2017"
    story.toml:68: end_on is not a day: write it as 2017-03-06 (YYYY-MM-DD)
    story.toml:69: participant `Wisconsin` is a government: an event's participants are people and companies
    story.toml:69: participants `Tony Evers` names no company, person or government of this file or the database: list it as a [[company]], [[person]] or [[government]], or give a slug
    story.toml:70: setback: no pledge `Foxconn's Wisconsin plant` (see `pledge list`); or give the title of a [[pledge]] of the files
    story.toml:74: event `wisconsin-announces-its-new-deal-with-foxconn` is given twice (first at story.toml:65): delete one, or give each its own title
    error: 13 problems; `pledges.db` was not changed
    "#);
}

#[test]
fn relations_and_events_are_checked_by_the_rules_of_pledge_add() {
    let db = with_foxconn();
    let story = format!("{FOXCONN}{FOXCONN_DEAL}")
        .replace(
            "supersedes = \"Foxconn to invest $10 billion",
            "supersedes = \"Foxconn to invest $672 million",
        )
        .replace("kind = \"announcement\"\ndate = 2021-04-20", "kind = \"deal\"\ndate = 2021-04-20")
        .replace("setback = \"foxconn-to", "rebuff = \"foxconn-to");
    assert_snapshot!(refused(&db, &story), @"
    story.toml:99: unknown field `rebuff`, expected one of `slug`, `title`, `kind`, `date`, `end_on`, `place`, `duration_minutes`, `participants`, `made_at`, `progress`, `setback`, `context`, `retraction`, `quote`, `note` (see docs/apply.md)
    error: 1 problem; `pledges.db` was not changed
    ");
    let story = format!("{FOXCONN}{FOXCONN_DEAL}")
        .replace(
            "supersedes = \"Foxconn to invest $10 billion",
            "supersedes = \"Foxconn to invest $672 million",
        )
        .replace("kind = \"announcement\"\ndate = 2021-04-20", "kind = \"deal\"\ndate = 2021-04-20")
        .replace("at the White House in July 2017\"", "at the White House in June 2017\"");
    assert_snapshot!(refused(&db, &story), @r#"
    story.toml:90: is the pledge itself; a relation links two different pledges
    story.toml:95: unknown event kind `deal` (expected one of: meeting, announcement, conference, regulatory_listing, appointment, tariff_action, retraction, other)
    story.toml:109: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "first announced to great fanfare at the White House in July 2017."
    error: 3 problems; `pledges.db` was not changed
    "#);
}

#[test]
fn a_pledge_title_that_two_pledges_share_is_refused_with_their_slugs() {
    let db = with_foxconn();
    let source = &FOXCONN[..FOXCONN.find("[[pledge.target]]").unwrap()];
    let story = format!(
        r#"{source}
[[pledge]]
slug = "foxconn-wisconsin-campus"
title = "Foxconn to invest $10 billion in Wisconsin"
quote = "a planned $10 billion factory in Wisconsin"
made_by = "Foxconn"

[[status]]
pledge = "Foxconn to invest $10 billion in Wisconsin"
status = "scaled_back"
as_of = 2021-04-20
quote = "Foxconn will reduce its planned investment to $672 million from $10 billion"
"#
    );
    assert_snapshot!(refused(&db, &story), @"
    story.toml:28: pledge `Foxconn to invest $10 billion in Wisconsin` names 2 pledges: `foxconn-to-invest-10-billion-in-wisconsin`, `foxconn-wisconsin-campus`; give the slug of the one you mean
    error: 1 problem; `pledges.db` was not changed
    ");
}

#[test]
fn a_recorded_pledge_is_named_by_its_slug_as_ref() {
    let db = TestDb::seeded();
    db.write(
        "story.toml",
        r#"[source]
title = "Ma on the trade war"
url = "https://example.com/ma-2018"

[[status]]
ref = "alibaba-1-million-us-jobs"
status = "withdrawn"
reason = "premise_changed"
as_of = 2018-09-19
quote = "our promise cannot be fulfilled"
"#,
    );
    assert_cmd_snapshot!(db.cmd(&["apply", "story.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `ma-on-the-trade-war`: added 1
    status_history `alibaba-1-million-us-jobs`: added 1

    ----- stderr -----
    applied `story.toml`: 2 rows added
    ");
    let status = ["--format", "csv", "list", "--company", "alibaba"];
    assert_cmd_snapshot!(db.cmd(&status), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    alibaba-1-million-us-jobs,Alibaba to create 1 million US jobs,jobs,Alibaba,Jack Ma,Donald Trump,2017-01-09,businesses 1000000; jobs more_than 1000000,agricultural-products; apparel; fruit; wine,withdrawn,2018-09-19,,no

    ----- stderr -----
    ");
}

#[test]
fn a_status_that_another_entry_of_its_day_contradicts_is_a_dispute_as_with_update() {
    let db = TestDb::seeded();
    db.write(
        "story.toml",
        r#"[source]
title = "Ma on the program"
url = "https://example.com/ma-program"

[[status]]
ref = "alibaba-1-million-us-jobs"
status = "stalled"
as_of = 2017-01-10
quote = "the program has not started"
"#,
    );
    assert_cmd_snapshot!(db.cmd(&["apply", "story.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `ma-on-the-program`: added 1
    status_history `alibaba-1-million-us-jobs`: added 1

    ----- stderr -----
    applied `story.toml`: 2 rows added
    the entries of 2017-01-10 disagree: none counts until one status is preferred with `pledge update alibaba-1-million-us-jobs --as-of 2017-01-10 --prefer STATUS --because TEXT`
    ");
}

#[test]
fn a_file_may_name_a_pledge_that_a_later_file_gives() {
    let db = with_foxconn();
    let source = &FOXCONN[..FOXCONN.find("[[company]]").unwrap()];
    let status =
        &FOXCONN[FOXCONN.find("[[status]]").unwrap()..FOXCONN.find("[[revision]]").unwrap()];
    db.write("status.toml", format!("{source}{status}"));
    db.write("pledge.toml", &FOXCONN[..FOXCONN.find("[[status]]").unwrap()]);
    assert_cmd_snapshot!(db.cmd(&["apply", "status.toml", "pledge.toml", "--dry-run"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `foxconn-mostly-abandons-10-billion-wisconsin-project`: would add 1
    companies `foxconn`: would add 1
    governments `US-WI`: would add 1
    evidence `foxconn-to-invest-10-billion-in-wisconsin`: would add 6
    pledges `foxconn-to-invest-10-billion-in-wisconsin`: would add 1
    pledge_parties `foxconn-to-invest-10-billion-in-wisconsin`: would add 2
    pledge_targets `foxconn-to-invest-10-billion-in-wisconsin`: would add 2
    status_history `foxconn-to-invest-10-billion-in-wisconsin`: would add 2

    ----- stderr -----
    dry run: applying `status.toml`, `pledge.toml` would add 16 rows; `pledges.db` was not changed
    ");
}

/// Two paragraphs of "Intel to invest more than $20 billion to build two chip factories in
/// Ohio" (Industrial Heating, 2022-01-24): the pledge, and when production was to begin.
const INTEL_OHIO: &str = "Intel announced plans for an initial investment of more than $20 \
billion to build two chip factories in Ohio.\n\nProduction is expected to come online in 2025.\n";

const INTEL_STORY: &str = r#"[source]
file = "intel.txt"
url = "https://www.industrialheating.com/articles/96813-intel-to-invest-more-than-20-billion-to-build-two-chip-factories-in-ohio"
title = "Intel to invest more than $20 billion to build two chip factories in Ohio"
published_on = 2022-01-24

[[company]]
name = "Intel"

[[government]]
name = "Ohio"
code = "US-OH"

[[pledge]]
title = "Intel to invest more than $20 billion in two Ohio chip factories"
quote = "Intel announced plans for an initial investment of more than $20 billion to build two chip factories in Ohio."
made_by = "Intel"
made_to = "Ohio"
deadline = "2025"
deadline_quote = "Production is expected to come online in 2025."
"#;

#[test]
fn a_deadline_is_recorded_on_the_words_that_give_it() {
    let db = TestDb::seeded();
    db.write("intel.txt", INTEL_OHIO);
    db.write("story.toml", INTEL_STORY);
    assert_cmd_snapshot!(db.cmd(&["apply", "story.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `intel-to-invest-more-than-20-billion-to-build-two-chip`: added 1
    companies `intel`: added 1
    governments `US-OH`: added 1
    evidence `intel-to-invest-more-than-20-billion-in-two-ohio-chip`: added 4
    pledges `intel-to-invest-more-than-20-billion-in-two-ohio-chip`: added 1
    pledge_parties `intel-to-invest-more-than-20-billion-in-two-ohio-chip`: added 2

    ----- stderr -----
    applied `story.toml`: 10 rows added
    ");
    let slug = "intel-to-invest-more-than-20-billion-in-two-ohio-chip";
    assert_eq!(query(&db, &format!("SELECT deadline FROM pledges WHERE slug = '{slug}'")), "2025");
    assert_eq!(
        query(
            &db,
            &format!("SELECT quote FROM evidence WHERE key = '{slug}' AND field = 'deadline'")
        ),
        "Production is expected to come online in 2025."
    );
    assert_cmd_snapshot!(db.cmd(&["apply", "story.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    nothing to change: `pledges.db` already holds everything in `story.toml`
    ");
}

#[test]
fn a_deadline_that_is_not_a_date_or_its_words_alone_are_refused_at_their_line() {
    let db = TestDb::seeded();
    db.write("intel.txt", INTEL_OHIO);
    let story = INTEL_STORY.replace("deadline = \"2025\"", "deadline = \"soon\"");
    assert_snapshot!(refused(&db, &story), @r#"
    story.toml:19: `soon` is not a date: write a day 2025-12-31, a month "2025-12" or a year "2025"
    error: 1 problem; `pledges.db` was not changed
    "#);
    let story = INTEL_STORY.replace("deadline = \"2025\"\n", "");
    assert_snapshot!(refused(&db, &story), @r#"
    story.toml:19: deadline_quote without a deadline: add deadline = "2025" (a day, a month or a year), or delete it
    error: 1 problem; `pledges.db` was not changed
    "#);
    let story = INTEL_STORY.replace("online in 2025.\"", "online in 2026.\"");
    assert_snapshot!(refused(&db, &story), @r#"
    story.toml:20: is not in the source's text; quotes must be verbatim (white space, quotation marks, dashes and ellipses may differ); the closest passage is "Production is expected to come online in 2025."
    error: 1 problem; `pledges.db` was not changed
    "#);
}
