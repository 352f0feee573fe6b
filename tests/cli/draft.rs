use insta_cmd::assert_cmd_snapshot;

use crate::{TestDb, seeds_dir};

/// A folder with a seeded database and the two seed articles beside it.
fn with_articles() -> TestDb {
    let db = TestDb::seeded();
    for name in ["beijing-today-trump-tower-meeting.txt", "president-trump-and-alibaba.txt"] {
        std::fs::copy(seeds_dir().join("articles").join(name), db.path(name)).unwrap();
    }
    db
}

#[test]
fn draft_of_the_beijing_today_article_matches_the_database() {
    let db = with_articles();
    let args = ["draft", "beijing-today-trump-tower-meeting.txt", "--published-on", "2017-01-11"];
    assert_cmd_snapshot!(db.cmd(&args), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "beijing-today-trump-tower-meeting.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "beijing-today-trump-tower-meeting.txt"
    # the first line of the article
    title = "Donald Trump Holds Meetings At Trump Tower"
    # given with --published-on
    published_on = 2017-01-11

    [[person]]
    # line 1: `Donald Trump` is a name of the record `donald-trump` (named 10 times)
    ref = "donald-trump"
    quote = "Donald Trump Holds Meetings At Trump Tower"

    [[person]]
    # line 7: `Jack Ma` is a name of the record `jack-ma` (named 3 times)
    ref = "jack-ma"
    quote = "On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump, the elected president of America."

    [[company]]
    # line 7: `Alibaba` is a name of the record `alibaba` (named 10 times)
    ref = "alibaba"
    quote = "On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump, the elected president of America."

    [[government]]
    # line 7: `America` names the government of United States, ISO 3166 code `US` (named 10 times)
    name = "United States"
    code = "US"
    quote = "On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump, the elected president of America."

    [[government]]
    # line 9: `China` names the government of China, ISO 3166 code `CN` (named once)
    name = "China"
    code = "CN"
    quote = "Jack Ma also mentioned Alibaba’s expanding plan in America, in which Alibaba will provide more than 1 million positions in America through helping small-sized enterprises to sell their products to China and other countries in Asia."

    [[pledge]]
    # line 7: `January 10` marks a pledge
    quote = "On January 10, Jack Ma, the chairman of the board of directors of Alibaba had a meeting with Trump, the elected president of America."
    # the first company the sentence names
    made_by = "alibaba"
    # every government and official the sentence names
    made_to = ["donald-trump", "United States"]

    [[pledge.date]]
    # line 7: `January 10` in the year of the article
    date = "2017-01-10"
    quote = "On January 10"

    [[pledge]]
    # line 7: `40` marks a pledge
    quote = "The meeting last for 40 minutes."

    [[pledge]]
    # line 9: `will provide` marks a pledge
    quote = "Jack Ma also mentioned Alibaba’s expanding plan in America, in which Alibaba will provide more than 1 million positions in America through helping small-sized enterprises to sell their products to China and other countries in Asia."
    # the first company the sentence names
    made_by = "alibaba"
    # every government and official the sentence names
    made_to = ["United States", "China"]

    [[pledge.target]]
    # line 9: `more than 1 million positions` reads as more than 1000000 positions
    qualifier = "more than"
    amount = 1000000
    unit = "positions"
    quote = "more than 1 million positions"

    [[pledge]]
    # line 11: `will focus` marks a pledge
    quote = "According to Jack Ma, Alibaba will focus on clothes, wine, agricultural products and fruits."
    # the first company the sentence names
    made_by = "alibaba"

    [[pledge.category]]
    # line 11: `clothes` names the category `apparel`
    ref = "apparel"
    quote = "focus on clothes"

    [[pledge.category]]
    # line 11: `wine` names the category `wine`
    ref = "wine"
    quote = "on clothes, wine"

    [[pledge.category]]
    # line 11: `agricultural products` names the category `agricultural-products`
    ref = "agricultural-products"
    quote = "agricultural products"

    [[pledge.category]]
    # line 11: `fruits` names the category `fruit`
    ref = "fruit"
    quote = "products and fruits"

    [[pledge]]
    # line 13: `In 2016` marks a pledge
    quote = "In 2016, Alibaba was listed in the blacklist of “notorious market” published by the office United States Trade Representative Office because of Alibaba’s selling fake and infringing products."
    # the first company the sentence names
    made_by = "alibaba"
    # every government and official the sentence names
    made_to = "United States"

    [[pledge.date]]
    # line 13: `In 2016` counted from the article's date 2017-01-11
    date = "2016"
    quote = "In 2016, Alibaba"

    ----- stderr -----
    "#);
}

#[test]
fn draft_of_the_alibaba_blog_post_resolves_dates_and_amounts() {
    let db = with_articles();
    let args = ["draft", "president-trump-and-alibaba.txt", "--url", "https://example.com/alibaba"];
    assert_cmd_snapshot!(db.cmd(&args), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "president-trump-and-alibaba.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "president-trump-and-alibaba.txt"
    url = "https://example.com/alibaba"
    # the first line of the article
    title = "President Trump & Alibaba"
    # no date found near the top: add `published_on = YYYY-MM-DD` (relative dates were not resolved; give --published-on)

    [[person]]
    # line 1: `Trump` is a name of the record `donald-trump` (named 5 times)
    ref = "donald-trump"
    quote = "President Trump & Alibaba"

    [[company]]
    # line 1: `Alibaba` is a name of the record `alibaba` (named 9 times)
    ref = "alibaba"
    quote = "President Trump & Alibaba"

    [[government]]
    # line 3: `China` names the government of China, ISO 3166 code `CN` (named 10 times)
    name = "China"
    code = "CN"
    quote = "While Americans are familiar with the idea that most of their consumer goods come from China, China does import some of consumer goods from the United States."

    [[government]]
    # line 3: `United States` names the government of United States, ISO 3166 code `US` (named 12 times)
    name = "United States"
    code = "US"
    quote = "While Americans are familiar with the idea that most of their consumer goods come from China, China does import some of consumer goods from the United States."

    [[person]]
    # line 3: `Jack Ma` is a name of the record `jack-ma` (named 6 times)
    ref = "jack-ma"
    quote = "Jack Ma, executive chairman of Alibaba, specifically mentioned agricultural products such as wine and fruit that cold be sold through Alibaba to consumers in China and Asia."

    [[company]]
    # line 9: `Exhivisit` is a name of the record `exhivisit` (named once)
    ref = "exhivisit"
    quote = "Alibaba plans a trade conferenced called Access Asia 2017 with it’s U.S partner Exhivisit and RepDM in Los Angeles, California on October 11-12, 2017 to teach U.S businesses how to sell online to the company’s 500 million customers in China."

    [[company]]
    # line 9: `RepDM` is a name of the record `repdm` (named once)
    ref = "repdm"
    quote = "Alibaba plans a trade conferenced called Access Asia 2017 with it’s U.S partner Exhivisit and RepDM in Los Angeles, California on October 11-12, 2017 to teach U.S businesses how to sell online to the company’s 500 million customers in China."

    [[government]]
    # line 9: `California` names the government of California, ISO 3166 code `US-CA` (named once)
    name = "California"
    code = "US-CA"
    quote = "Alibaba plans a trade conferenced called Access Asia 2017 with it’s U.S partner Exhivisit and RepDM in Los Angeles, California on October 11-12, 2017 to teach U.S businesses how to sell online to the company’s 500 million customers in China."

    [[person]]
    # line 11: `Michael Evans` is a name of the record `michael-evans` (named once)
    ref = "michael-evans"
    quote = "“The two largest small business markets in the world are the United States and China, and connecting them seems like a good idea — good for the United States and good for China.” said Alibaba President Michael Evans."

    [[person]]
    # line 15: `Peter Navarro` is a name of the record `peter-navarro` (named once)
    ref = "peter-navarro"
    quote = "Trump has names Peter Navarro, a UC Irvine economics professor and China trade critic to run a White House National Trade Council."

    [[pledge]]
    # line 5: `promise` marks a pledge
    quote = "When the Executive Chairmen of the Chinese mega-company Alibaba, Jack Ma, met with President Trump, he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market."
    # the first company the sentence names
    made_by = "alibaba"
    # every government and official the sentence names
    made_to = ["donald-trump", "United States"]

    [[pledge.target]]
    # line 5: `1 million` reads as 1000000
    amount = 1000000
    quote = "give 1 million"

    [[pledge]]
    # line 7: `will help create` marks a pledge
    quote = "This, in turn, will help create American jobs and increase U.S exports.”"
    # every government and official the sentence names
    made_to = "United States"

    [[pledge]]
    # line 9: `announced` marks a pledge
    quote = "On January 10, 2017, Ma announced the launching of a program to make good on that promise."

    [[pledge.date]]
    # line 9: `January 10, 2017` is a date
    date = "2017-01-10"
    quote = "January 10, 2017"

    [[pledge]]
    # line 9: `October 11-12, 2017` marks a pledge
    quote = "Alibaba plans a trade conferenced called Access Asia 2017 with it’s U.S partner Exhivisit and RepDM in Los Angeles, California on October 11-12, 2017 to teach U.S businesses how to sell online to the company’s 500 million customers in China."
    # the first company the sentence names
    made_by = "alibaba"
    # every government and official the sentence names
    made_to = ["United States", "California", "China"]

    [[pledge.date]]
    # line 9: `October 11-12, 2017` is a date
    date = "2017-10-11"
    quote = "October 11-12, 2017"

    [[pledge.target]]
    # line 9: `500 million customers` reads as 500000000 customers
    amount = 500000000
    unit = "customers"
    quote = "500 million customers"

    [[pledge]]
    # line 13: `plans to` marks a pledge
    quote = "Monday’s meeting focused on the Chinese technology giant’s plans to expand in the U.S, especially Midwest, and both the U.S and China are interested in strengthening their relationships."
    # every government and official the sentence names
    made_to = ["United States", "China"]

    [[pledge]]
    # line 17: `is creating` marks a pledge
    quote = "“The purpose of Jack Ma’s visit was to frame Alibaba’s business with the U.S in a framework Donald TRump understands, as an innovative company that is creating jobs for both Chinese Business and Poltical Economy at the Center for Strategic & International Studies, said in an email, “Alibaba’s future, in part, will depend on expanding international trade and limiting protectionism and reducing trade barriers is in its deep self-interest” Both the U.S. and Chinese companies involve in the Access Asia 2017 Trade Summit in Los Angeles on October 11-12 are hoping that this will be the start of a bright trade process between the two nations."
    # the first company the sentence names
    made_by = "alibaba"
    # every government and official the sentence names
    made_to = ["United States", "donald-trump"]

    [[mention]]
    # outside the pledge sentences: move it into a pledge, or delete it
    kind = "category"
    # line 3: `agricultural products` names the category `agricultural-products`
    ref = "agricultural-products"
    quote = "agricultural products"

    [[mention]]
    # outside the pledge sentences: move it into a pledge, or delete it
    kind = "category"
    # line 3: `wine` names the category `wine`
    ref = "wine"
    quote = "as wine and"

    [[mention]]
    # outside the pledge sentences: move it into a pledge, or delete it
    kind = "category"
    # line 3: `fruit` names the category `fruit`
    ref = "fruit"
    quote = "and fruit that"

    ----- stderr -----
    "#);
}

#[test]
fn draft_without_a_database_proposes_every_party_as_new() {
    let db = TestDb::empty();
    db.write("a.txt", "Release Date: March 6, 2017\n\nExxon CEO Darren Woods said on Monday that Exxon will invest $20 billion in Texas.\n");
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line after the article's date
    title = "Exxon CEO Darren Woods said on Monday that Exxon will invest $20 billion in Texas."
    # line 1 gives the article's date: "March 6, 2017"
    published_on = 2017-03-06

    [[company]]
    # line 3: `Exxon` is spoken of as a company; a new company (named 2 times)
    name = "Exxon"
    quote = "Exxon CEO Darren Woods said on Monday that Exxon will invest $20 billion in Texas."

    [[person]]
    # line 3: `Darren Woods` is named beside a role or as a speaker; a new person (named once)
    name = "Darren Woods"
    quote = "Exxon CEO Darren Woods said on Monday that Exxon will invest $20 billion in Texas."

    [[government]]
    # line 3: `Texas` names the government of Texas, ISO 3166 code `US-TX` (named once)
    name = "Texas"
    code = "US-TX"
    quote = "Exxon CEO Darren Woods said on Monday that Exxon will invest $20 billion in Texas."

    [[pledge]]
    # line 3: `will invest` marks a pledge
    quote = "Exxon CEO Darren Woods said on Monday that Exxon will invest $20 billion in Texas."
    # the first company the sentence names
    made_by = "Exxon"
    # every government and official the sentence names
    made_to = "Texas"

    [[pledge.date]]
    # line 3: `on Monday` counted from the article's date 2017-03-06
    date = "2017-03-06"
    quote = "said on Monday"

    [[pledge.target]]
    # line 3: `$20 billion` reads as 20000000000 USD
    amount = 20000000000
    currency = "USD"
    quote = "invest $20 billion"

    [[mention]]
    # outside the pledge sentences: move it into a pledge, or delete it
    kind = "date"
    # line 1: `March 6, 2017` is a date
    date = "2017-03-06"
    quote = "March 6, 2017"

    ----- stderr -----
    "#);
    assert!(!db.db_file().exists(), "draft never creates a database");
}

#[test]
fn draft_writes_the_story_file_whole_with_out() {
    let db = TestDb::empty();
    db.write("a.txt", "date 2019-01-30\nFoxconn is scaling back its plans for 13,000 jobs.\n");
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt", "--out", "a.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----

    ----- stderr -----
    drafted a.toml from a.txt
    ");
    assert!(db.read("a.toml").contains("published_on = 2019-01-30"));
    // `-o` is the short form, as in `export` and `site`.
    let out = db.cmd(&["draft", "a.txt", "-o", "b.toml"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(db.read("b.toml"), db.read("a.toml"));
}

#[test]
fn a_wire_dateline_days_before_the_given_date_is_the_articles_day() {
    // A page prints a wire a day after its dateline: the dateline gives the day, the given
    // date its year; `today` is the dateline's day.
    let db = TestDb::empty();
    let wire = "Mexico, Dec 18 (EFE) - Nestle will invest 154 million dollars, the president said today.\n";
    db.write("a.txt", wire);
    let args = ["draft", "a.txt", "--published-on", "2018-12-19", "-o", "a.toml"];
    let out = db.cmd(&args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let story = db.read("a.toml");
    assert!(story.contains("published_on = 2018-12-18"), "{story}");
    assert!(story.contains("before its page's date: \"Dec 18\""), "{story}");
    assert!(story.contains("`today` counted from the article's date 2018-12-18"), "{story}");
    // A dateline more than a week before the given date is another day's: the date given holds.
    let args = ["draft", "a.txt", "--published-on", "2019-01-30", "-o", "b.toml"];
    let out = db.cmd(&args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(db.read("b.toml").contains("published_on = 2019-01-30"), "{}", db.read("b.toml"));
}

#[test]
fn a_span_of_years_in_an_undated_article_counts_from_the_month_it_names() {
    // No date of its own: the horizon counts from the release the sentence names, and says so.
    let db = TestDb::empty();
    let text = "Nulia will provide 112 of these new jobs within three years, according to the \
                October 2020 press release.\n";
    db.write("a.txt", text);
    let out = db.cmd(&["draft", "a.txt", "-o", "a.toml"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let story = db.read("a.toml");
    let why = "`within three years` counted from 2020-10, the moment the text names beside it \
               (the text gives no date of its own: check it)";
    assert!(story.contains(why), "{story}");
    assert!(story.contains("date = \"2023-10\""), "{story}");
}

#[test]
fn draft_and_export_write_into_a_named_pipe_and_leave_it_a_pipe() {
    use std::os::unix::fs::FileTypeExt;
    // As `-o /dev/null` does: a file renamed over the pipe (or the device) would replace it.
    let db = TestDb::seeded();
    db.write("a.txt", "Foxconn will invest $10 billion.\n");
    for (args, pipe) in [
        (vec!["draft", "a.txt", "-o", "pipe.toml"], "pipe.toml"),
        (vec!["export", "pledges", "--out", "pipe.csv"], "pipe.csv"),
    ] {
        let made = std::process::Command::new("mkfifo").arg(db.path(pipe)).status();
        assert!(made.unwrap().success(), "mkfifo failed");
        let path = db.path(pipe);
        let reader = std::thread::spawn(move || std::fs::read_to_string(path).unwrap());
        let out = db.cmd(&args).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        // Checked before waiting for the reader, which a replaced pipe would leave waiting.
        let kind = std::fs::symlink_metadata(db.path(pipe)).unwrap().file_type();
        assert!(kind.is_fifo(), "{pipe} is no longer a pipe");
        let read = reader.join().unwrap();
        assert!(read.contains("Foxconn") || read.contains("alibaba-1-million-us-jobs"), "{read}");
    }
}

#[test]
fn draft_refuses_to_write_over_the_article() {
    let db = TestDb::empty();
    db.write("a.txt", "Foxconn will invest $10 billion.\n");
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt", "--out", "./a.txt"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: --out `./a.txt` is the article itself: write the story file elsewhere
    ");
    assert_eq!(db.read("a.txt"), "Foxconn will invest $10 billion.\n");
}

#[test]
fn draft_of_a_missing_file_is_an_error() {
    let db = TestDb::empty();
    assert_cmd_snapshot!(db.cmd(&["draft", "missing.txt"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: reading article `missing.txt`: No such file or directory (os error 2)
    ");
}

#[test]
fn draft_of_a_file_that_is_not_utf8_is_an_error() {
    let db = TestDb::empty();
    db.write("latin1.txt", b"Caf\xe9 pledge\n");
    assert_cmd_snapshot!(db.cmd(&["draft", "latin1.txt"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: article `latin1.txt` is not UTF-8 text (line 1): convert it first, for example with `iconv -f latin1 -t utf-8`
    ");
}

#[test]
fn draft_of_an_empty_file_is_an_error() {
    let db = TestDb::empty();
    db.write("empty.txt", " \n\n");
    assert_cmd_snapshot!(db.cmd(&["draft", "empty.txt"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: article `empty.txt` is empty: give the file that holds the article's text
    ");
}

#[test]
fn draft_rejects_a_date_that_does_not_exist() {
    let db = TestDb::empty();
    db.write("a.txt", "text");
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt", "--published-on", "2017-02-30"]), @"
    success: false
    exit_code: 2
    ----- stdout -----

    ----- stderr -----
    error: invalid value '2017-02-30' for '--published-on <YYYY-MM-DD>': `2017-02-30` is not a date: use YYYY-MM-DD, a day that exists (2017-01-09)

    For more information, try '--help'.
    ");
}

#[test]
fn draft_help_shows_examples() {
    let db = TestDb::empty();
    assert_cmd_snapshot!(db.cmd(&["draft", "--help"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    Draft a story file from an article: candidate pledges, amounts, dates and parties, each with its
    verbatim quote and a comment saying why it was proposed.

    ARTICLE is a UTF-8 text file. The story file (TOML, see docs/draft.md) goes to stdout, or to --out.
    Companies, people and categories are matched by name and alias to the records of the database given
    with --db, when it exists; without one, every party is proposed as new. Relative dates ("on
    Tuesday", "last month", "over the next four years") are resolved against the article's own date,
    read from its top lines, given with --published-on, or else read from the day the --url address
    names in its path. Nothing is recorded: edit the file, keep what the article supports, delete the
    rest.

    EXAMPLES:
        pledge draft seeds/articles/president-trump-and-alibaba.txt
        pledge draft article.txt --url https://example.com/story --published-on 2017-01-10
        pledge draft article.txt --out stories/alibaba.toml

    Usage: pledge draft [OPTIONS] <ARTICLE>

    Arguments:
      <ARTICLE>
              The article, a UTF-8 text file

    Options:
          --url <URL>
              Where the article was published online (its path's date counts when the text gives none)

          --published-on <YYYY-MM-DD>
              The article's date, when its text does not say (relative dates count from it)

      -o, --out <FILE>
              Write the story file here instead of to stdout (replaced whole, never half-written)

      -h, --help
              Print help (see a summary with '-h')

      -V, --version
              Print version

    Global options:
          --db <PATH>
              The database file
              
              [env: PLEDGE_DB=]
              [default: pledges.db]

          --format <FORMAT>
              Output format of read commands

              Possible values:
              - table:  A table for people: boxed to fit on a terminal, plain lined-up rows off one
              - csv:    Comma-separated values with a header row
              - tsv:    Tab-separated values with a header row
              - json:   A JSON array of objects (or one object), keys as the CSV headers
              - ndjson: JSON Lines: one compact JSON object per line, for streams
              
              [default: table]

          --raw
              CSV and TSV without the formula guard: every cell exactly as stored, for programs

          --today <YYYY-MM-DD>
              The date taken as today, for "overdue" (default: the local date)
              
              [env: PLEDGE_TODAY=]

          --width <COLUMNS>
              Draw tables in boxes this many columns wide, even off a terminal (default: the terminal's
              width; off a terminal, tables are plain rows)

          --no-pager
              Print straight to the terminal instead of through the pager ($PAGER, or `less -FRX`)

          --wait <SECONDS>
              How long a command that writes waits for another one to finish writing
              
              [env: PLEDGE_WAIT=]
              [default: 30]

    ----- stderr -----
    "#);
}

#[test]
fn draft_reads_revised_figures_politicians_and_agreements() {
    let db = TestDb::empty();
    // Passages of two real articles: a revised contract (Milwaukee Journal Sentinel, 2021) and
    // a pledge made beside legislators (Hyundai, 2025).
    db.write(
        "a.txt",
        "date 2021-04-20 The state and the Foxconn Technology Group have agreed to a new contract.\n\n\
         The highly touted 13,000 jobs that the company was hoping to create in Wisconsin, has been parred back significantly to 1,454, barely 10% above the expectation from four years ago.\n\n\
         Trump and Chung were accompanied by House Speaker Mike Johnson (R-LA), as Hyundai is set to build a $5.8 billion steel plant there.\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line of the article
    title = "The state and the Foxconn Technology Group have agreed to a new contract."
    # line 1 gives the article's date: "2021-04-20"
    published_on = 2021-04-20

    [[company]]
    # line 1: `Foxconn` is spoken of as a company; a new company (named once)
    name = "Foxconn"
    quote = "date 2021-04-20 The state and the Foxconn Technology Group have agreed to a new contract."

    [[government]]
    # line 3: `Wisconsin` names the government of Wisconsin, ISO 3166 code `US-WI` (named once)
    name = "Wisconsin"
    code = "US-WI"
    quote = "The highly touted 13,000 jobs that the company was hoping to create in Wisconsin, has been parred back significantly to 1,454, barely 10% above the expectation from four years ago."

    [[person]]
    # line 5: `Mike Johnson` is named beside a role or as a speaker; a new person (named once)
    name = "Mike Johnson"
    quote = "Trump and Chung were accompanied by House Speaker Mike Johnson (R-LA), as Hyundai is set to build a $5.8 billion steel plant there."

    [[company]]
    # line 5: `Hyundai` is spoken of as a company; a new company (named once)
    name = "Hyundai"
    quote = "Trump and Chung were accompanied by House Speaker Mike Johnson (R-LA), as Hyundai is set to build a $5.8 billion steel plant there."

    [[pledge]]
    # line 1: `agreed to` marks a pledge
    quote = "date 2021-04-20 The state and the Foxconn Technology Group have agreed to a new contract."
    # the first company the sentence names
    made_by = "Foxconn"

    [[pledge.date]]
    # line 1: `2021-04-20` is a date
    date = "2021-04-20"
    quote = "date 2021-04-20 The"

    [[pledge]]
    # line 3: `to create` marks a pledge
    quote = "The highly touted 13,000 jobs that the company was hoping to create in Wisconsin, has been parred back significantly to 1,454, barely 10% above the expectation from four years ago."
    # every government and official the sentence names
    made_to = "Wisconsin"

    [[pledge.target]]
    # line 3: `13,000 jobs` reads as 13000 jobs
    amount = 13000
    unit = "jobs"
    quote = "touted 13,000 jobs"

    [[pledge.target]]
    # line 3: `1,454` reads as 1454 jobs: a count in a sentence about jobs
    amount = 1454
    unit = "jobs"
    quote = "significantly to 1,454"

    [[pledge.date]]
    # line 3: `four years ago` counted from the article's date 2021-04-20
    date = "2017"
    quote = "four years ago"

    [[pledge]]
    # line 5: `is set to` marks a pledge
    quote = "Trump and Chung were accompanied by House Speaker Mike Johnson (R-LA), as Hyundai is set to build a $5.8 billion steel plant there."
    # the first company the sentence names
    made_by = "Hyundai"
    # every government and official the sentence names
    made_to = "Mike Johnson"

    [[pledge.target]]
    # line 5: `$5.8 billion` reads as 5800000000 USD
    amount = 5800000000
    currency = "USD"
    quote = "a $5.8 billion"

    ----- stderr -----
    "#);
}

#[test]
fn draft_refers_to_a_recorded_government_by_its_code_and_reads_datelines() {
    let db = TestDb::seeded();
    let added = db.cmd(&["add", "government", "--code", "US-TX", "--name", "Texas"]).output();
    assert!(added.unwrap().status.success());
    // A site's date line, then a dateline: the text's "today" is the dateline's day.
    db.write(
        "a.txt",
        "Tesla picks Nuevo León\n\ndate 2023-03-02 AUSTIN, Texas (March 1, 2023) – Today Tesla said it will invest $5 billion in Nuevo León, and expand in Texas in April or May.\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line of the article
    title = "Tesla picks Nuevo León"
    # line 3 gives the article's date: "March 1, 2023"
    published_on = 2023-03-01

    [[company]]
    # line 1: `Tesla` is a well-known company; a new company (named 2 times)
    name = "Tesla"
    quote = "Tesla picks Nuevo León"

    [[government]]
    # line 1: `Nuevo León` names the government of Nuevo León, ISO 3166 code `MX-NLE` (named 2 times)
    name = "Nuevo León"
    code = "MX-NLE"
    quote = "Tesla picks Nuevo León"

    [[government]]
    # line 3: `Texas` names the government of Texas, recorded as `US-TX` (named 2 times)
    ref = "US-TX"
    quote = "date 2023-03-02 AUSTIN, Texas (March 1, 2023) – Today Tesla said it will invest $5 billion in Nuevo León, and expand in Texas in April or May."

    [[pledge]]
    # line 3: `will invest` marks a pledge
    quote = "date 2023-03-02 AUSTIN, Texas (March 1, 2023) – Today Tesla said it will invest $5 billion in Nuevo León, and expand in Texas in April or May."
    # the first company the sentence names
    made_by = "Tesla"
    # every government and official the sentence names
    made_to = ["US-TX", "Nuevo León"]
    # line 3: `in April` counted from the date named before it, 2023-03-02; it falls after the article's date: a horizon to meet, not the day the pledge was made
    deadline = "2023-04"
    deadline_quote = "Texas in April"

    [[pledge.date]]
    # line 3: `2023-03-02` is a date
    date = "2023-03-02"
    quote = "date 2023-03-02 AUSTIN"

    [[pledge.date]]
    # line 3: `March 1, 2023` is a date
    date = "2023-03-01"
    quote = "March 1, 2023"

    [[pledge.date]]
    # line 3: `Today` counted from the article's date 2023-03-01
    date = "2023-03-01"
    quote = "– Today Tesla"

    [[pledge.target]]
    # line 3: `$5 billion` reads as 5000000000 USD
    amount = 5000000000
    currency = "USD"
    quote = "invest $5 billion"

    [[pledge.date]]
    # line 3: `May` after `in April`, the month that follows it
    date = "2023-05"
    quote = "April or May"

    ----- stderr -----
    "#);
}

#[test]
fn draft_reads_no_party_in_a_headline_and_a_company_in_a_label() {
    let db = TestDb::empty();
    // A headline in capitals, then a factbox label over a paragraph about a company.
    db.write(
        "a.txt",
        "TESLA TO BUILD GIGAFACTORY IN NUEVO LEON\n\nPublished 9 March 2023\n\nWALMART\nThe retail giant’s CEO met Prime Minister Narendra Modi and said the company would buy $10 billion of goods from India a year by 2027.\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line of the article
    title = "TESLA TO BUILD GIGAFACTORY IN NUEVO LEON"
    # line 3 gives the article's date: "9 March 2023"
    published_on = 2023-03-09

    [[company]]
    # line 5: `WALMART` heads a paragraph about a company; a new company (named once)
    name = "Walmart"
    quote = "WALMART"

    [[person]]
    # line 6: `Narendra Modi` is named beside a role or as a speaker; a new person (named once)
    name = "Narendra Modi"
    quote = "The retail giant’s CEO met Prime Minister Narendra Modi and said the company would buy $10 billion of goods from India a year by 2027."

    [[government]]
    # line 6: `India` names the government of India, ISO 3166 code `IN` (named once)
    name = "India"
    code = "IN"
    quote = "The retail giant’s CEO met Prime Minister Narendra Modi and said the company would buy $10 billion of goods from India a year by 2027."

    [[pledge]]
    # line 6: `would buy` marks a pledge
    quote = "The retail giant’s CEO met Prime Minister Narendra Modi and said the company would buy $10 billion of goods from India a year by 2027."
    # every government and official the sentence names
    made_to = ["Narendra Modi", "India"]
    # line 6: `by 2027` counted from the article's date 2023-03-09; it falls after the article's date: a horizon to meet, not the day the pledge was made
    deadline = "2027-12-31"
    deadline_quote = "year by 2027"

    [[pledge.target]]
    # line 6: `$10 billion` reads as 10000000000 USD
    amount = 10000000000
    currency = "USD"
    quote = "buy $10 billion"

    [[mention]]
    # outside the pledge sentences: move it into a pledge, or delete it
    kind = "date"
    # line 3: `9 March 2023` is a date
    date = "2023-03-09"
    quote = "9 March 2023"

    ----- stderr -----
    "#);
}

#[test]
fn draft_reads_the_state_as_the_state_named_before_it() {
    let db = TestDb::empty();
    db.write(
        "a.txt",
        "Release Date: October 28, 2021\n\nGE Appliances will add 1,000 jobs in Kentucky, and the commonwealth will provide $10 million in incentives.\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line after the article's date
    title = "GE Appliances will add 1,000 jobs in Kentucky, and the commonwealth will provide $10 million in incentives."
    # line 1 gives the article's date: "October 28, 2021"
    published_on = 2021-10-28

    [[company]]
    # line 3: `GE Appliances` is spoken of as a company; a new company (named once)
    name = "GE Appliances"
    quote = "GE Appliances will add 1,000 jobs in Kentucky, and the commonwealth will provide $10 million in incentives."

    [[government]]
    # line 3: `Kentucky` names the government of Kentucky, ISO 3166 code `US-KY` (named 2 times)
    name = "Kentucky"
    code = "US-KY"
    quote = "GE Appliances will add 1,000 jobs in Kentucky, and the commonwealth will provide $10 million in incentives."

    [[pledge]]
    # line 3: `will add` marks a pledge
    quote = "GE Appliances will add 1,000 jobs in Kentucky, and the commonwealth will provide $10 million in incentives."
    # the first company the sentence names
    made_by = "GE Appliances"
    # every government and official the sentence names
    made_to = "Kentucky"

    [[pledge.target]]
    # line 3: `1,000 jobs` reads as 1000 jobs
    amount = 1000
    unit = "jobs"
    quote = "add 1,000 jobs"

    [[pledge.target]]
    # line 3: `$10 million` reads as 10000000 USD
    amount = 10000000
    currency = "USD"
    quote = "provide $10 million"

    [[mention]]
    # outside the pledge sentences: move it into a pledge, or delete it
    kind = "date"
    # line 1: `October 28, 2021` is a date
    date = "2021-10-28"
    quote = "October 28, 2021"

    ----- stderr -----
    "#);
}

#[test]
fn draft_says_which_pledge_a_sentence_restates() {
    let db = TestDb::empty();
    db.write(
        "a.txt",
        "Carrier will keep nearly 1,000 jobs in Indiana.\n\nCarrier tweeted: \"We will keep close to 1,000 jobs in Indy.\"\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt", "--published-on", "2016-11-30"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line of the article
    title = "Carrier will keep nearly 1,000 jobs in Indiana."
    # given with --published-on
    published_on = 2016-11-30

    [[company]]
    # line 1: `Carrier` is spoken of as a company; a new company (named 2 times)
    name = "Carrier"
    quote = "Carrier will keep nearly 1,000 jobs in Indiana."

    [[government]]
    # line 1: `Indiana` names the government of Indiana, ISO 3166 code `US-IN` (named once)
    name = "Indiana"
    code = "US-IN"
    quote = "Carrier will keep nearly 1,000 jobs in Indiana."

    [[pledge]]
    # line 1: `will keep` marks a pledge; restated on line 3
    quote = "Carrier will keep nearly 1,000 jobs in Indiana."
    # the first company the sentence names
    made_by = "Carrier"
    # every government and official the sentence names
    made_to = "Indiana"

    [[pledge.target]]
    # line 1: `nearly 1,000 jobs` reads as nearly 1000 jobs
    qualifier = "nearly"
    amount = 1000
    unit = "jobs"
    quote = "nearly 1,000 jobs"

    [[pledge]]
    # line 3: `will keep` marks a pledge; it restates the pledge of line 1 (the same company and amount): keep one
    quote = "Carrier tweeted: \"We will keep close to 1,000 jobs in Indy.\""
    # the first company the sentence names
    made_by = "Carrier"

    [[pledge.target]]
    # line 3: `close to 1,000 jobs` reads as close to 1000 jobs
    qualifier = "close to"
    amount = 1000
    unit = "jobs"
    quote = "close to 1,000 jobs"

    ----- stderr -----
    "#);
}

#[test]
fn draft_reads_other_currencies_postponements_and_a_granting_country() {
    let db = TestDb::empty();
    db.write(
        "a.txt",
        "Honda Canada will postpone a $15-billion Canadian (US$10.7 billion) project.\n\nBut now those plans are on hold. Regulators approved €902 million in German state subsidies to the plant, and BYD plans to invest R$ 3 billion by the summer of 2026.\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt", "--published-on", "2025-05-13"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line of the article
    title = "Honda Canada will postpone a $15-billion Canadian (US$10.7 billion) project."
    # given with --published-on
    published_on = 2025-05-13

    [[government]]
    # line 1: `Canada` names the government of Canada, ISO 3166 code `CA` (named once)
    name = "Canada"
    code = "CA"
    quote = "Honda Canada will postpone a $15-billion Canadian (US$10.7 billion) project."

    [[government]]
    # line 3: `German` names the government of Germany as the one granting or acting, ISO 3166 code `DE` (named once)
    name = "Germany"
    code = "DE"
    quote = "Regulators approved €902 million in German state subsidies to the plant, and BYD plans to invest R$ 3 billion by the summer of 2026."

    [[company]]
    # line 3: `BYD` is spoken of as a company; a new company (named once)
    name = "BYD"
    quote = "Regulators approved €902 million in German state subsidies to the plant, and BYD plans to invest R$ 3 billion by the summer of 2026."

    [[status]]
    # line 1: `postpone` marks a change of status
    quote = "Honda Canada will postpone a $15-billion Canadian (US$10.7 billion) project."
    # every government and official the sentence names
    made_to = "Canada"

    [[status.target]]
    # line 1: `$15-billion Canadian` reads as 15000000000 CAD
    amount = 15000000000
    currency = "CAD"
    quote = "$15-billion Canadian"

    [[status.target]]
    # line 1: `US$10.7 billion` reads as 10700000000 USD
    amount = 10700000000
    currency = "USD"
    quote = "(US$10.7 billion"

    [[status]]
    # line 3: `on hold` marks a change of status
    quote = "But now those plans are on hold."

    [[pledge]]
    # line 3: `plans to` marks a pledge
    quote = "Regulators approved €902 million in German state subsidies to the plant, and BYD plans to invest R$ 3 billion by the summer of 2026."
    # the first company the sentence names
    made_by = "BYD"
    # every government and official the sentence names
    made_to = "Germany"
    # line 3: `the summer of 2026` counted from the article's date 2025-05-13; it falls after the article's date: a horizon to meet, not the day the pledge was made
    deadline = "2026"
    deadline_quote = "the summer of 2026"

    [[pledge.target]]
    # line 3: `€902 million` reads as 902000000 EUR
    amount = 902000000
    currency = "EUR"
    quote = "approved €902 million"

    [[pledge.target]]
    # line 3: `R$ 3 billion` reads as 3000000000 BRL
    amount = 3000000000
    currency = "BRL"
    quote = "R$ 3 billion"

    ----- stderr -----
    "#);
}

#[test]
fn draft_proposes_a_date_after_the_article_as_the_deadline() {
    let db = TestDb::seeded();
    db.write(
        "a.txt",
        "Acme will invest $2 billion in a plant in Texas, and production is expected to come online in 2025.\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt", "--published-on", "2022-01-24"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line of the article
    title = "Acme will invest $2 billion in a plant in Texas, and production is expected to come online in 2025."
    # given with --published-on
    published_on = 2022-01-24

    [[company]]
    # line 1: `Acme` is spoken of as a company; a new company (named once)
    name = "Acme"
    quote = "Acme will invest $2 billion in a plant in Texas, and production is expected to come online in 2025."

    [[government]]
    # line 1: `Texas` names the government of Texas, ISO 3166 code `US-TX` (named once)
    name = "Texas"
    code = "US-TX"
    quote = "Acme will invest $2 billion in a plant in Texas, and production is expected to come online in 2025."

    [[pledge]]
    # line 1: `will invest` marks a pledge
    quote = "Acme will invest $2 billion in a plant in Texas, and production is expected to come online in 2025."
    # the first company the sentence names
    made_by = "Acme"
    # every government and official the sentence names
    made_to = "Texas"
    # line 1: `in 2025` counted from the article's date 2022-01-24; it falls after the article's date: a horizon to meet, not the day the pledge was made
    deadline = "2025"
    deadline_quote = "online in 2025"

    [[pledge.target]]
    # line 1: `$2 billion` reads as 2000000000 USD
    amount = 2000000000
    currency = "USD"
    quote = "invest $2 billion"

    ----- stderr -----
    "#);
    // What a person does: give the pledge a title, then apply the file as drafted.
    let story = String::from_utf8(
        db.cmd(&["draft", "a.txt", "--published-on", "2022-01-24"]).output().unwrap().stdout,
    )
    .unwrap();
    db.write(
        "a.toml",
        story.replace("[[pledge]]\n", "[[pledge]]\ntitle = \"Acme plant in Texas\"\n"),
    );
    assert_cmd_snapshot!(db.cmd(&["apply", "a.toml"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    sources `acme-will-invest-2-billion-in-a-plant-in-texas-and`: added 1
    companies `acme`: added 1
    governments `US-TX`: added 1
    evidence `acme-plant-in-texas`: added 5
    pledges `acme-plant-in-texas`: added 1
    pledge_parties `acme-plant-in-texas`: added 2
    pledge_targets `acme-plant-in-texas`: added 1

    ----- stderr -----
    applied `a.toml`: 12 rows added
    ");
    assert_cmd_snapshot!(db.cmd(&["show", "acme-plant-in-texas"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field         value
    slug          acme-plant-in-texas
    title         Acme plant in Texas
    description
    kind          investment
    made_on
    made_at
    formality     verbal
    deadline      2025
    focus
    status
    status_since
    overdue       yes
    targets       USD 2,000,000,000 investment
    categories
    markets
    relations
    note

    role     kind        party  name
    pledger  company     acme   Acme
    made_to  government  US-TX  Texas

    slug  kind  date  relation  title

    as_of  status  reason  source  quote  note  dispute

    metric      label  pledged            revised  revised_on  delivered  delivered_on  percent
    investment         USD 2,000,000,000

    as_of  kind  metric  label  figure  source  quote  note

    facts                                          source                                              quote                                                                                                speaker
    company acme; formality verbal; made_to US-TX  acme-will-invest-2-billion-in-a-plant-in-texas-and  Acme will invest $2 billion in a plant in Texas, and production is expected to come online in 2025.
    deadline 2025                                  acme-will-invest-2-billion-in-a-plant-in-texas-and  online in 2025
    investment 2000000000                          acme-will-invest-2-billion-in-a-plant-in-texas-and  invest $2 billion

    ----- stderr -----
    ");
}

#[test]
fn draft_reads_lists_of_signatories_names_ending_in_a_place_and_deals_told_without_a_cue() {
    let db = TestDb::empty();
    db.write(
        "a.txt",
        "The state government on Monday signed 3 MoUs worth Rs 900 crore with an employment potential of 7,000 persons.\n\nThe MoUs were signed in the presence of Chief Minister K. Palaniswami and Mayor Bill de Blasio.\n\nThe companies that have signed the MoUs on Monday included Green Base Industrial Parks for a logistics park, Mantra Data Centres for a data centre, and Apollo Tyres for tyre production.\n\nThai Summit Kentucky (TSK), a leading sheet metal stamping company, spent Aus$5 billion from 2011 to 2022 to build up capacity.\n\nThe money will help develop the fellow US giant's plant, President Emmanuel Macron's office said.\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt", "--published-on", "2024-05-13"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line of the article
    title = "The state government on Monday signed 3 MoUs worth Rs 900 crore with an employment potential of 7,000 persons."
    # given with --published-on
    published_on = 2024-05-13

    [[person]]
    # line 3: `K. Palaniswami` is named beside a role or as a speaker; a new person (named once)
    name = "K. Palaniswami"
    quote = "The MoUs were signed in the presence of Chief Minister K. Palaniswami and Mayor Bill de Blasio."

    [[person]]
    # line 3: `Bill de Blasio` is named beside a role or as a speaker; a new person (named once)
    name = "Bill de Blasio"
    quote = "The MoUs were signed in the presence of Chief Minister K. Palaniswami and Mayor Bill de Blasio."

    [[company]]
    # line 5: `Green Base Industrial Parks` is listed among companies; a new company (named once)
    name = "Green Base Industrial Parks"
    quote = "The companies that have signed the MoUs on Monday included Green Base Industrial Parks for a logistics park, Mantra Data Centres for a data centre, and Apollo Tyres for tyre production."

    [[company]]
    # line 5: `Mantra Data Centres` is listed among companies; a new company (named once)
    name = "Mantra Data Centres"
    quote = "The companies that have signed the MoUs on Monday included Green Base Industrial Parks for a logistics park, Mantra Data Centres for a data centre, and Apollo Tyres for tyre production."

    [[company]]
    # line 5: `Apollo Tyres` is listed among companies; a new company (named once)
    name = "Apollo Tyres"
    quote = "The companies that have signed the MoUs on Monday included Green Base Industrial Parks for a logistics park, Mantra Data Centres for a data centre, and Apollo Tyres for tyre production."

    [[company]]
    # line 7: `Thai Summit Kentucky` is spoken of as a company; a new company (named once)
    name = "Thai Summit Kentucky"
    quote = "Thai Summit Kentucky (TSK), a leading sheet metal stamping company, spent Aus$5 billion from 2011 to 2022 to build up capacity."

    [[person]]
    # line 9: `Emmanuel Macron` is named beside a role or as a speaker; a new person (named once)
    name = "Emmanuel Macron"
    quote = "The money will help develop the fellow US giant's plant, President Emmanuel Macron's office said."

    [[pledge]]
    # line 1: `signed 3 MoUs` marks a pledge
    quote = "The state government on Monday signed 3 MoUs worth Rs 900 crore with an employment potential of 7,000 persons."

    [[pledge.date]]
    # line 1: `on Monday` counted from the article's date 2024-05-13
    date = "2024-05-13"
    quote = "government on Monday"

    [[pledge.target]]
    # line 1: `Rs 900 crore` reads as 9000000000 INR
    amount = 9000000000
    currency = "INR"
    quote = "Rs 900 crore"

    [[pledge.target]]
    # line 1: `7,000 persons` reads as 7000 people
    amount = 7000
    unit = "people"
    quote = "of 7,000 persons"

    [[pledge]]
    # line 3: `MoUs were signed` marks a pledge
    quote = "The MoUs were signed in the presence of Chief Minister K. Palaniswami and Mayor Bill de Blasio."
    # every government and official the sentence names
    made_to = ["K. Palaniswami", "Bill de Blasio"]

    [[pledge]]
    # line 5: `signed the MoUs` marks a pledge
    quote = "The companies that have signed the MoUs on Monday included Green Base Industrial Parks for a logistics park, Mantra Data Centres for a data centre, and Apollo Tyres for tyre production."
    # the first company the sentence names
    made_by = "Green Base Industrial Parks"

    [[pledge.date]]
    # line 5: `on Monday` counted from the article's date 2024-05-13
    date = "2024-05-13"
    quote = "MoUs on Monday"

    [[pledge]]
    # line 7: `to build` marks a pledge
    quote = "Thai Summit Kentucky (TSK), a leading sheet metal stamping company, spent Aus$5 billion from 2011 to 2022 to build up capacity."
    # the first company the sentence names
    made_by = "Thai Summit Kentucky"

    [[pledge.target]]
    # line 7: `Aus$5 billion` reads as 5000000000 AUD
    amount = 5000000000
    currency = "AUD"
    quote = "spent Aus$5 billion"

    [[pledge.date]]
    # line 7: `2011` counted from the article's date 2024-05-13
    date = "2011"
    quote = "from 2011 to"

    [[pledge.date]]
    # line 7: `2022` counted from the article's date 2024-05-13
    date = "2022"
    quote = "to 2022 to"

    [[pledge]]
    # line 9: `money will help` marks a pledge
    quote = "The money will help develop the fellow US giant's plant, President Emmanuel Macron's office said."
    # every government and official the sentence names
    made_to = "Emmanuel Macron"

    ----- stderr -----
    "#);
}

#[test]
fn draft_proposes_a_subsidiary_by_its_abbreviation_as_the_parent_named_alone() {
    let db = TestDb::empty();
    db.write(
        "a.txt",
        "Amazon's AWS to invest $15 billion in Japan\n\nAmazon Web Services, or AWS, said on Friday it plans to invest 2.26 trillion yen in Japan by 2027.\n\nThat comes on top of 1.51 trillion yen spent in Japan, AWS said.\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt", "--published-on", "2024-01-19"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line of the article
    title = "Amazon's AWS to invest $15 billion in Japan"
    # given with --published-on
    published_on = 2024-01-19

    [[company]]
    # line 1: `Amazon` is a well-known company; a new company (named 5 times)
    name = "Amazon"
    quote = "Amazon's AWS to invest $15 billion in Japan"

    [[government]]
    # line 1: `Japan` names the government of Japan, ISO 3166 code `JP` (named 3 times)
    name = "Japan"
    code = "JP"
    quote = "Amazon's AWS to invest $15 billion in Japan"

    [[pledge]]
    # line 1: `to invest` marks a pledge
    quote = "Amazon's AWS to invest $15 billion in Japan"
    # the first company the sentence names
    made_by = "Amazon"
    # every government and official the sentence names
    made_to = "Japan"

    [[pledge.target]]
    # line 1: `$15 billion` reads as 15000000000 USD
    amount = 15000000000
    currency = "USD"
    quote = "invest $15 billion"

    [[pledge]]
    # line 3: `plans to` marks a pledge
    quote = "Amazon Web Services, or AWS, said on Friday it plans to invest 2.26 trillion yen in Japan by 2027."
    # the first company the sentence names
    made_by = "Amazon"
    # every government and official the sentence names
    made_to = "Japan"
    # line 3: `by 2027` counted from the article's date 2024-01-19; it falls after the article's date: a horizon to meet, not the day the pledge was made
    deadline = "2027-12-31"
    deadline_quote = "Japan by 2027"

    [[pledge.date]]
    # line 3: `on Friday` counted from the article's date 2024-01-19
    date = "2024-01-19"
    quote = "said on Friday"

    [[pledge.target]]
    # line 3: `2.26 trillion yen` reads as 2260000000000 JPY
    amount = 2260000000000
    currency = "JPY"
    quote = "2.26 trillion yen"

    [[pledge]]
    # line 5: `1.51 trillion yen` marks a pledge
    quote = "That comes on top of 1.51 trillion yen spent in Japan, AWS said."
    # the first company the sentence names
    made_by = "Amazon"
    # every government and official the sentence names
    made_to = "Japan"

    [[pledge.target]]
    # line 5: `1.51 trillion yen` reads as 1510000000000 JPY
    amount = 1510000000000
    currency = "JPY"
    quote = "1.51 trillion yen"

    ----- stderr -----
    "#);
}

#[test]
fn draft_reads_a_list_of_brands_a_glued_currency_code_and_today_under_a_headline() {
    let db = TestDb::empty();
    db.write(
        "riyadh.txt",
        "18 Apr 2019\n\nRiyadh brings regional headquarters to Saudi Arabia\n\nToday Saudi Arabia has reached an agreement with numerous companies that would boost the economy by up to SR70 billion. Among the most relevant brands in the operation are Pepsi, Bosch and Boston Scientific.\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "riyadh.txt"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "riyadh.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "riyadh.txt"
    # the first line after the article's date
    title = "Riyadh brings regional headquarters to Saudi Arabia"
    # line 1 gives the article's date: "18 Apr 2019"
    published_on = 2019-04-18

    [[government]]
    # line 3: `Saudi Arabia` names the government of Saudi Arabia, ISO 3166 code `SA` (named 2 times)
    name = "Saudi Arabia"
    code = "SA"
    quote = "Riyadh brings regional headquarters to Saudi Arabia"

    [[company]]
    # line 5: `Pepsi` is listed among companies; a new company (named once)
    name = "Pepsi"
    quote = "Among the most relevant brands in the operation are Pepsi, Bosch and Boston Scientific."

    [[company]]
    # line 5: `Bosch` is listed among companies; a new company (named once)
    name = "Bosch"
    quote = "Among the most relevant brands in the operation are Pepsi, Bosch and Boston Scientific."

    [[company]]
    # line 5: `Boston Scientific` is listed among companies; a new company (named once)
    name = "Boston Scientific"
    quote = "Among the most relevant brands in the operation are Pepsi, Bosch and Boston Scientific."

    [[pledge]]
    # line 3: `brings regional headquarters` marks a pledge
    quote = "Riyadh brings regional headquarters to Saudi Arabia"
    # every government and official the sentence names
    made_to = "Saudi Arabia"

    [[pledge]]
    # line 5: `would boost` marks a pledge
    quote = "Today Saudi Arabia has reached an agreement with numerous companies that would boost the economy by up to SR70 billion."
    # every government and official the sentence names
    made_to = "Saudi Arabia"

    [[pledge.date]]
    # line 5: `Today` counted from the article's date 2019-04-18
    date = "2019-04-18"
    quote = "Today Saudi Arabia"

    [[pledge.target]]
    # line 5: `up to SR70 billion` reads as up to 70000000000 SAR
    qualifier = "up to"
    amount = 70000000000
    currency = "SAR"
    quote = "up to SR70 billion"

    [[pledge]]
    # line 5: `Among the most relevant brands in the operation are` marks a pledge
    quote = "Among the most relevant brands in the operation are Pepsi, Bosch and Boston Scientific."
    # the first company the sentence names
    made_by = "Pepsi"

    [[mention]]
    # outside the pledge sentences: move it into a pledge, or delete it
    kind = "date"
    # line 1: `18 Apr 2019` is a date
    date = "2019-04-18"
    quote = "18 Apr 2019"

    ----- stderr -----
    "#);
}

#[test]
fn draft_takes_the_title_from_the_url_when_the_article_starts_with_its_date_and_a_paragraph() {
    let db = TestDb::empty();
    db.write(
        "grid.txt",
        " date 2025-09-04 \n\nA significant portion of the total investment, $457 million, is dedicated to \
         the construction of a new, state-of-the-art manufacturing facility in South Boston, \
         Virginia. The project is expected to create more than 800 new jobs.\n",
    );
    let url = "https://hothardware.com/news/hitachi-gives-us-power-grid-a-1-billion-boost";
    let out = db.cmd(&["draft", "grid.txt", "--url", url]).output().unwrap();
    assert!(out.status.success());
    let story = String::from_utf8(out.stdout).unwrap();
    let source: Vec<&str> = story.lines().skip(3).take(7).collect();
    insta::assert_snapshot!(source.join("\n"), @r#"
    [source]
    file = "grid.txt"
    url = "https://hothardware.com/news/hitachi-gives-us-power-grid-a-1-billion-boost"
    # the words of the URL, as the article's first line is no headline: check them
    title = "Hitachi gives us power grid a 1 billion boost"
    # line 1 gives the article's date: "2025-09-04"
    published_on = 2025-09-04
    "#);
}

#[test]
fn draft_makes_a_span_still_to_come_the_pledge_s_deadline() {
    let db = TestDb::empty();
    db.write(
        "a.txt",
        "date 2021-10-28\nGE Appliances will add 1,000 jobs and invest $450 million over the next \
         two years.\nThe firm will hire 200 more workers within 18 months.\n",
    );
    let out = db.cmd(&["draft", "a.txt"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let story = String::from_utf8(out.stdout).unwrap();
    let deadlines: Vec<&str> = story.lines().filter(|l| l.starts_with("deadline")).collect();
    assert_eq!(
        deadlines,
        [
            "deadline = \"2023-10-28\"",
            "deadline_quote = \"over the next two years\"",
            "deadline = \"2023-04-28\"",
            "deadline_quote = \"within 18 months\"",
        ]
    );
}

#[test]
fn a_text_wrapped_at_a_fixed_width_is_drafted_sentence_by_sentence() {
    // A plain-text release wrapped at 60 columns: sentences run on over line ends.
    let db = TestDb::empty();
    let text = "Released on March 6, 1995\n\
                The Premier and the Economic Development Minister today\n\
                joined with the president of Cargill Limited, Kerry Hawkins,\n\
                to announce that Cargill has selected the province as the\n\
                site for its new canola crushing plant. The province will\n\
                provide Cargill with $3.9 million to help with capital costs.\n\
                In return, Cargill is waiving the $4.9\n\
                million in tax credits that it is eligible for this year.\n";
    db.write("a.txt", text);
    let out = db.cmd(&["draft", "a.txt", "-o", "a.toml"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let story = db.read("a.toml");
    let joined = "quote = \"The Premier and the Economic Development Minister today\\njoined with";
    assert!(story.contains(joined), "{story}");
    assert!(story.contains("# line 7: `$4.9 million` reads as 4900000 USD"), "{story}");
    assert!(!story.contains("quote = \"joined with"), "{story}");
}

#[test]
fn draft_reads_a_stamped_date_line_a_cancellation_and_crores_with_lakhs() {
    // The article's own stamp under its title, with a weekday and a bare time, dates it.
    let db = TestDb::empty();
    let text = "Tuesday, 22 September 2020 10:45\n\n\
                Chhattisgarh cancels MoUs\n\n\
                The Chhattisgarh government decided to cancel 158 MoUs on Thursday.\n\n\
                The MoUs worth Rs 3,03,115 crore 70 lakh were signed with various companies.\n";
    db.write("a.txt", text);
    let out = db.cmd(&["draft", "a.txt", "-o", "a.toml"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let story = db.read("a.toml");
    assert!(story.contains("published_on = 2020-09-22"), "{story}");
    assert!(story.contains("# line 5: `cancel` marks a change of status"), "{story}");
    assert!(story.contains("amount = 3031157000000"), "{story}");
    assert!(story.contains("quote = \"Rs 3,03,115 crore 70 lakh\""), "{story}");
}

#[test]
fn draft_reads_a_date_line_in_figures_before_its_source_and_titles_the_headline_after_it() {
    let db = TestDb::empty();
    db.write(
        "a.txt",
        "20091222 allafrica\nMozambique cancels Procana ethanol contract\n\nMaputo — The \
         Mozambican government on Tuesday announced that it has cancelled the contract with the \
         company Procana.\n",
    );
    assert_cmd_snapshot!(db.cmd(&["draft", "a.txt"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    # Drafted by `pledge draft` from "a.txt": every entry is a candidate.
    # Keep what the article supports, correct what it misreads, delete the rest.

    [source]
    file = "a.txt"
    # the first line after the article's date
    title = "Mozambique cancels Procana ethanol contract"
    # line 1 gives the article's date: "20091222"
    published_on = 2009-12-22

    [[government]]
    # line 2: `Mozambique` names the government of Mozambique, ISO 3166 code `MZ` (named 2 times)
    name = "Mozambique"
    code = "MZ"
    quote = "Mozambique cancels Procana ethanol contract"

    [[company]]
    # line 2: `Procana` is spoken of as a company elsewhere in the text; a new company (named 2 times)
    name = "Procana"
    quote = "Mozambique cancels Procana ethanol contract"

    [[status]]
    # line 2: `cancels` marks a change of status
    quote = "Mozambique cancels Procana ethanol contract"
    # the first company the sentence names
    made_by = "Procana"
    # every government and official the sentence names
    made_to = "Mozambique"

    [[status]]
    # line 4: `cancelled` marks a change of status
    quote = "Maputo — The Mozambican government on Tuesday announced that it has cancelled the contract with the company Procana."
    # the first company the sentence names
    made_by = "Procana"
    # every government and official the sentence names
    made_to = "Mozambique"

    [[status.date]]
    # line 4: `on Tuesday` counted from the article's date 2009-12-22
    date = "2009-12-22"
    quote = "government on Tuesday"

    [[mention]]
    # outside the pledge sentences: move it into a pledge, or delete it
    kind = "date"
    # line 1: `20091222` is the article's date
    date = "2009-12-22"
    quote = "20091222 allafrica"

    ----- stderr -----
    "#);
}

#[test]
fn draft_reads_the_date_from_the_url_when_the_text_gives_none() {
    let db = TestDb::empty();
    db.write(
        "port.txt",
        "Consortium lays foundation stone for a port\n\nA consortium on Friday laid the \
         foundation stone for a port that will cost 800 million reais.\n",
    );
    let url = "http://hotsrq.com/english/2018-03/17/c_137045585.htm";
    let out = db.cmd(&["draft", "port.txt", "--url", url]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let story = String::from_utf8(out.stdout).unwrap();
    let source: Vec<&str> = story.lines().skip(3).take(7).collect();
    insta::assert_snapshot!(source.join("\n"), @r#"
    [source]
    file = "port.txt"
    url = "http://hotsrq.com/english/2018-03/17/c_137045585.htm"
    # the first line of the article
    title = "Consortium lays foundation stone for a port"
    # read from the address given with --url, as the text gives no date of its own: check it
    published_on = 2018-03-17
    "#);
    assert!(story.contains("date = \"2018-03-16\"\nquote = \"consortium on Friday\""), "{story}");
    // A wire's dateline with no year takes its year from the address, as from --published-on.
    db.write(
        "wire.txt",
        "SAO LUIS, Brazil, March 16 (Xinhua) -- A consortium on Friday laid the foundation stone \
         for a port.\n",
    );
    let out = db.cmd(&["draft", "wire.txt", "--url", url]).output().unwrap();
    let story = String::from_utf8(out.stdout).unwrap();
    assert!(story.contains("published_on = 2018-03-16"), "{story}");
    // A date line in the text wins over the address.
    db.write("dated.txt", "Port deal\nMarch 20, 2018\n\nThe consortium will build a port.\n");
    let out = db.cmd(&["draft", "dated.txt", "--url", url]).output().unwrap();
    let story = String::from_utf8(out.stdout).unwrap();
    assert!(story.contains("published_on = 2018-03-20"), "{story}");
}
