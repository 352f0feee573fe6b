use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

#[test]
fn sources_as_a_table() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["sources"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug                               kind       title                                       publisher      published_on  url  text  quotes
    beijing-today-trump-tower-meeting  article    Donald Trump Holds Meetings At Trump Tower  Beijing Today                     yes       25
    president-trump-and-alibaba        blog_post  President Trump & Alibaba                                                     yes       47

    ----- stderr -----
    ");
}

#[test]
fn sources_in_csv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "sources"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,kind,title,publisher,published_on,url,text,quotes
    beijing-today-trump-tower-meeting,article,Donald Trump Holds Meetings At Trump Tower,Beijing Today,,,yes,25
    president-trump-and-alibaba,blog_post,President Trump & Alibaba,,,,yes,47

    ----- stderr -----
    ");
}

#[test]
fn sources_in_tsv() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "tsv", "sources"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug	kind	title	publisher	published_on	url	text	quotes
    beijing-today-trump-tower-meeting	article	Donald Trump Holds Meetings At Trump Tower	Beijing Today			yes	25
    president-trump-and-alibaba	blog_post	President Trump & Alibaba				yes	47

    ----- stderr -----
    ");
}

#[test]
fn sources_in_json() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "sources"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    [
      {
        "slug": "beijing-today-trump-tower-meeting",
        "kind": "article",
        "title": "Donald Trump Holds Meetings At Trump Tower",
        "publisher": "Beijing Today",
        "published_on": null,
        "url": null,
        "text": true,
        "quotes": 25
      },
      {
        "slug": "president-trump-and-alibaba",
        "kind": "blog_post",
        "title": "President Trump & Alibaba",
        "publisher": null,
        "published_on": null,
        "url": null,
        "text": true,
        "quotes": 47
      }
    ]

    ----- stderr -----
    "#);
}

#[test]
fn sources_of_an_empty_database_prints_headers_or_an_empty_array() {
    let db = TestDb::empty();
    assert!(db.cmd(&["init"]).output().unwrap().status.success());
    assert_cmd_snapshot!(db.cmd(&["sources"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug  kind  title  publisher  published_on  url  text  quotes

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "sources"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    []

    ----- stderr -----
    ");
}

#[test]
fn sources_limit_keeps_the_first_by_slug() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "sources", "--limit", "1"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,kind,title,publisher,published_on,url,text,quotes
    beijing-today-trump-tower-meeting,article,Donald Trump Holds Meetings At Trump Tower,Beijing Today,,,yes,25

    ----- stderr -----
    ");
}

#[test]
fn sources_count_the_quotes_of_relations_too() {
    let db = TestDb::seeded();
    let beijing = "beijing-today-trump-tower-meeting";
    let mut cmd = db.cmd(&["add", "pledge", "--company", "alibaba", "--title", "Alibaba sellers"]);
    cmd.args(["--made-on", "2017-01-09", "--formality", "verbal", "--source", beijing]);
    cmd.args(["--quote", "Small companies in the mid-west of America can sell their service"]);
    assert!(cmd.output().unwrap().status.success());
    let mut cmd = db.cmd(&["add", "relation", "alibaba-sellers", "--part-of"]);
    cmd.args(["alibaba-1-million-us-jobs", "--source", beijing, "--quote"]);
    cmd.arg("Alibaba will focus on clothes, wine, agricultural products and fruits");
    assert!(cmd.output().unwrap().status.success());
    // 24 before, 3 claims and a status entry of the new pledge, and the relation.
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "sources"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,kind,title,publisher,published_on,url,text,quotes
    beijing-today-trump-tower-meeting,article,Donald Trump Holds Meetings At Trump Tower,Beijing Today,,,yes,30
    president-trump-and-alibaba,blog_post,President Trump & Alibaba,,,,yes,47

    ----- stderr -----
    ");
}
