use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

#[test]
fn search_ranks_hits_with_snippets_and_sources() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["search", "Trump", "Tower"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in  record                                                        source                             snippet
    quote     event/trump-tower-meeting/place, official/donald-trump/title  beijing-today-trump-tower-meeting  President-Elect Donald [Trump] Holds Meetings At [Trump] [Tower]
    article   beijing-today-trump-tower-meeting                             beijing-today-trump-tower-meeting  Donald [Trump] Holds Meetings At [Trump] [Tower] Donald [Trump] Holds Meetings At [Trump] [Tower] President-Elect Donald [Trump] Holds Meetings At [Trump] [Tower] On…

    ----- stderr -----
    ");
}

#[test]
fn search_in_csv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "Midwest"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet
    quote,pledge/alibaba-1-million-us-jobs/focus,president-trump-and-alibaba,"plans to expand in the U.S, especially [Midwest]"
    article,president-trump-and-alibaba,president-trump-and-alibaba,"…Monday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S, especially [Midwest], and both the U.S…"

    ----- stderr -----
    "#);
}

#[test]
fn search_in_tsv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "search", "notorious market"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in	record	source	snippet
    quote	event/ustr-notorious-markets-2016/participant, event/ustr-notorious-markets-2016/start_on, pledge/alibaba-1-million-us-jobs/event	beijing-today-trump-tower-meeting	In 2016, Alibaba was listed in the blacklist of “[notorious] [market]” published by the office United States Trade Representative Office because of Alibaba’s…
    article	beijing-today-trump-tower-meeting	beijing-today-trump-tower-meeting	…In 2016, Alibaba was listed in the blacklist of “[notorious] [market]” published by the office United States Trade Representative Office because of Alibaba’s…

    ----- stderr -----
    ");
}

#[test]
fn search_in_json() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "search", "wine"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "found_in": "quote",
        "record": "pledge/alibaba-1-million-us-jobs/category",
        "source": "beijing-today-trump-tower-meeting",
        "snippet": "According to Jack Ma, Alibaba will focus on clothes, [wine], agricultural products and fruits."
      },
      {
        "found_in": "quote",
        "record": "pledge/alibaba-1-million-us-jobs/category",
        "source": "president-trump-and-alibaba",
        "snippet": "Jack Ma, executive chairman of Alibaba, specifically mentioned agricultural products such as [wine] and fruit that cold be sold through Alibaba to consumers in…"
      },
      {
        "found_in": "article",
        "record": "beijing-today-trump-tower-meeting",
        "source": "beijing-today-trump-tower-meeting",
        "snippet": "…According to Jack Ma, Alibaba will focus on clothes, [wine], agricultural products and fruits. Small companies in the mid-west of America can sell…"
      },
      {
        "found_in": "article",
        "record": "president-trump-and-alibaba",
        "source": "president-trump-and-alibaba",
        "snippet": "…Jack Ma, executive chairman of Alibaba, specifically mentioned agricultural products such as [wine] and fruit that cold be sold through Alibaba to consumers in…"
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn search_finds_pledge_descriptions() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "rest of Asia"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet
    pledge,alibaba-1-million-us-jobs,,"Alibaba will help one million US small businesses sell goods to consumers in China and the [rest] [of] [Asia] on its platform, creating more…"

    ----- stderr -----
    "#);
}

#[test]
fn search_ignores_case_and_accents() {
    let db = TestDb::seeded();
    let plain = db.cmd(&["--format", "csv", "search", "midwest"]).output().unwrap();
    let accented = db.cmd(&["--format", "csv", "search", "MIDWÉST"]).output().unwrap();
    assert_eq!(plain.stdout, accented.stdout);
    assert!(!plain.stdout.is_empty());
}

#[test]
fn search_takes_punctuation_literally() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "EU-Mercosur"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "Côte d'Ivoire"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "\""]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "mid-west"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet
    quote,"pledge/alibaba-1-million-us-jobs/focus, pledge/alibaba-1-million-us-jobs/market",beijing-today-trump-tower-meeting,Small companies in the [mid-west] of America can sell their service and products to Asia on Alibaba’s platform
    article,beijing-today-trump-tower-meeting,beijing-today-trump-tower-meeting,"…Small companies in the [mid-west] of America can sell their service and products to Asia on Alibaba’s platform, especially to the market…"

    ----- stderr -----
    "#);
}

#[test]
fn search_takes_text_that_looks_like_sql_as_words() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "x' OR '1'='1"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet

    ----- stderr -----
    ");
}

#[test]
fn search_raw_passes_fts5_syntax() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "--raw", "conferenc* OR Navarro"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet
    quote,official/peter-navarro/title,president-trump-and-alibaba,"Peter [Navarro], a UC Irvine economics professor and China trade critic"
    quote,event/alibaba-program-announcement/participant,president-trump-and-alibaba,Alibaba plans a trade [conferenced] called Access Asia 2017
    quote,"event/navarro-trade-council-appointment/participant, event/navarro-trade-council-appointment/title, pledge/alibaba-1-million-us-jobs/event",president-trump-and-alibaba,"Trump has names Peter [Navarro], a UC Irvine economics professor and China trade critic to run a White House National Trade Council."
    quote,"event/access-asia-2017/end_on, event/access-asia-2017/participant, event/access-asia-2017/place, event/access-asia-2017/start_on, pledge/alibaba-1-million-us-jobs/event",president-trump-and-alibaba,"Alibaba plans a trade [conferenced] called Access Asia 2017 with it’s U.S partner Exhivisit and RepDM in Los Angeles, California on October…"
    article,president-trump-and-alibaba,president-trump-and-alibaba,"…Alibaba plans a trade [conferenced] called Access Asia 2017 with it’s U.S partner Exhivisit and RepDM in Los Angeles, California on October…"

    ----- stderr -----
    "#);
}

#[test]
fn search_raw_explains_an_invalid_query() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["search", "--raw", "wine AND"]), @r#"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `wine AND` is not a valid FTS5 query: fts5: syntax error near "" (leave out --raw to search for the words as typed)
    "#);
    assert_cmd_snapshot!(db.cmd(&["search", "--raw", "nope: wine"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: `nope: wine` is not a valid FTS5 query: no such column: nope (leave out --raw to search for the words as typed)
    ");
}

#[test]
fn search_needs_something_to_search_for() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["search", "  "]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: nothing to search for: give one or more words
    ");
    assert_cmd_snapshot!(db.cmd(&["search"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: the following required arguments were not provided:
      <TEXT>...

    Usage: pledge search <TEXT>...

    For more information, try '--help'.
    ");
}

#[test]
fn search_limit_keeps_the_best_hits() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "Alibaba", "--limit", "2"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet
    article,beijing-today-trump-tower-meeting,beijing-today-trump-tower-meeting,"…Jack Ma also mentioned [Alibaba]’s expanding plan in America, in which [Alibaba] will provide more than 1 million positions in America through helping…"
    article,president-trump-and-alibaba,president-trump-and-alibaba,"President Trump & [Alibaba] While Americans are familiar with the idea that most of their consumer goods come from China, China does import some of…"

    ----- stderr -----
    "#);
}

#[test]
fn search_in_a_long_text_full_of_matches_cuts_a_snippet_at_the_first() {
    let db = TestDb::empty();
    assert!(db.cmd(&["init"]).output().unwrap().status.success());
    // 1 MiB in which every sentence matches: FTS5's own snippets take seconds here.
    let body = format!(
        "An opening line. {}",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(18_000)
    );
    let conn = rusqlite::Connection::open(db.db_file()).unwrap();
    conn.execute(
        "INSERT INTO sources (slug, kind, title, file, sha256, body)
         VALUES ('lorem', 'article', 'Filler', 'lorem.txt', ?1, ?2)",
        (format!("{:064}", 0), &body),
    )
    .unwrap();
    drop(conn);
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "lorem"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet
    article,lorem,lorem,"An opening line. [Lorem] ipsum dolor sit amet, consectetur adipiscing elit. [Lorem] ipsum dolor sit amet, consectetur adipiscing elit. [Lorem] ipsum dolor sit amet,…"

    ----- stderr -----
    "#);
}

#[test]
fn search_finds_status_history_quotes() {
    let db = TestDb::seeded();
    db.write("update.txt", "Acme said the hiring program has slowed to a crawl this year.");
    let add = ["add", "source", "--file", "update.txt", "--title", "Hiring update"];
    assert!(db.cmd(&add).current_dir(db.path("")).output().unwrap().status.success());
    let update = [
        "update",
        "alibaba-1-million-us-jobs",
        "--status",
        "stalled",
        "--as-of",
        "2019-01-01",
        "--source",
        "hiring-update",
        "--quote",
        "the hiring program has slowed to a crawl",
    ];
    assert!(db.cmd(&update).output().unwrap().status.success());
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "slowed", "crawl"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet
    article,hiring-update,hiring-update,Acme said the hiring program has [slowed] to a [crawl] this year.
    quote,pledge/alibaba-1-million-us-jobs/status,hiring-update,the hiring program has [slowed] to a [crawl]

    ----- stderr -----
    ");
}

#[test]
fn search_matches_numbers_whatever_their_separators() {
    let db = TestDb::seeded();
    db.write("plant.txt", "Acme will create 3,000 jobs and invest 1500000 dollars in 2019.");
    let add = ["add", "source", "--file", "plant.txt", "--title", "Acme plant"];
    assert!(db.cmd(&add).current_dir(db.path("")).output().unwrap().status.success());
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "3000", "jobs"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet
    article,acme-plant,acme-plant,"Acme will create [3,000] [jobs] and invest 1500000 dollars in 2019."

    ----- stderr -----
    "#);
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "1,500,000"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet
    article,acme-plant,acme-plant,"Acme will create 3,000 jobs and invest [1500000] dollars in 2019."

    ----- stderr -----
    "#);
    let grouped = db.cmd(&["--format", "csv", "search", "3,000", "jobs"]).output().unwrap();
    let plain = db.cmd(&["--format", "csv", "search", "3000", "jobs"]).output().unwrap();
    assert_eq!(grouped.stdout, plain.stdout);
}

#[test]
fn search_prints_the_first_20_hits_unless_told_otherwise() {
    let db = TestDb::empty();
    db.cmd(&["init"]).output().unwrap();
    db.connect()
        .execute_batch(
            "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25)
             INSERT INTO pledges (slug, title, description, kind, made_on, formality)
             SELECT 'p' || i, 'Pledge ' || i, 'grow wine exports', 'other', '2020-01-01', 'verbal'
             FROM n",
        )
        .unwrap();
    let lines = |args: &[&str]| {
        let out = db.cmd(args).output().unwrap();
        String::from_utf8(out.stdout).unwrap().lines().count()
    };
    assert_eq!(lines(&["--format", "csv", "search", "wine"]), 21);
    assert_eq!(lines(&["--format", "csv", "search", "wine", "--limit", "3"]), 4);
    assert_eq!(lines(&["--format", "csv", "search", "wine", "--all"]), 26);
}

#[test]
fn search_of_a_word_in_too_many_texts_to_rank_gives_the_newest_first() {
    let db = TestDb::empty();
    db.cmd(&["init"]).output().unwrap();
    db.connect()
        .execute_batch(
            "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5001)
             INSERT INTO pledges (slug, title, description, kind, made_on, formality)
             SELECT 'p' || i, 'Pledge ' || i, 'grow wine exports', 'other', '2020-01-01', 'verbal'
             FROM n",
        )
        .unwrap();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "search", "wine", "--limit", "2"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    found_in,record,source,snippet
    pledge,p5001,,grow [wine] exports
    pledge,p5000,,grow [wine] exports

    ----- stderr -----
    note: more than 5000 texts match `wine`, too many to rank: newest first, not best first; add words to narrow the search
    ");
}
