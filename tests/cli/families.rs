//! Three real pledge families recorded end to end through the commands a curator types, from
//! the seeded database: Foxconn's Wisconsin campus (2017, revised 2021), SoftBank's $50 billion
//! with Sprint's 5,000 jobs inside it (2016), and Intel's Fab 42 (2011, restated 2017). Every
//! source is the real article, known by its URL, and every quote is the article's own words.
//! The snapshots are read against the articles: what `show`, `list`, `status` and `totals` say
//! is what the press reported.

use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

/// Runs `pledge ARGS...` and asserts that it succeeded.
fn ok(db: &TestDb, args: &[&str]) {
    let out = db.cmd(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// Runs a command line as a curator types it (`pledge add ... --quote 'the words'`) and asserts
/// that it succeeded.
fn run(db: &TestDb, line: &str) {
    let line = line.strip_prefix("pledge ").expect("a command line starts with `pledge `");
    let args = words(line);
    ok(db, &args.iter().map(String::as_str).collect::<Vec<_>>());
}

/// Splits a command line into its arguments as a shell does for the quoting used here: words
/// apart at spaces, a '...' or "..." passage kept whole without its quotes (no escapes).
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '\'' | '"') => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            (None, ' ') => words.extend(word.take()),
            (_, c) => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// Foxconn's 2017 pledge to Wisconsin and Donald Trump, stalled in 2019, its jobs and
/// investment cut on 2021-04-20, and the 579 jobs the state verified for 2020.
#[test]
fn foxconn_wisconsin_announced_stalled_and_scaled_back() {
    let db = TestDb::seeded();
    run(&db, "pledge add government --code US-WI --name Wisconsin");
    run(
        &db,
        "pledge add company --name 'Foxconn Technology Group' --slug foxconn --country TW --alias \
         'Hon Hai' --alias Foxconn",
    );
    run(
        &db,
        "pledge add source --url \
         http://www.fox21online.com/2017/07/26/foxconn-announces-10-billion-investment-new-wisconsin-campus/ \
         --slug fox21-2017 --title 'Foxconn Announces $10 Billion Investment in New Wisconsin \
         Campus' --publisher FOX21 --published-on 2017-07-26",
    );
    run(
        &db,
        "pledge add source --url https://chinaeconomicreview.com/foxconn-open-wisconsin-factory/ \
         --slug china-economic-review-2017 --title 'Foxconn open Wisconsin factory' --publisher \
         'China Economic Review' --note 'summarises Bloomberg; the page prints no date'",
    );
    run(
        &db,
        "pledge add source --url \
         https://legis.wisconsin.gov/lab/by-year/2019-2020/report-19-27-electronics-and-information-technology-manufacturing-zone-program \
         --slug lab-report-19-27 --title 'Electronics and Information Technology Manufacturing \
         Zone Program (Report 19-27)' --publisher 'Wisconsin Legislative Audit Bureau' --kind \
         report",
    );
    run(
        &db,
        "pledge add source --url \
         https://www.jsonline.com/story/money/2021/04/20/foxconn-state-agree-new-deal-foxconn-expecting-hire-up-1-454-compared-13-000-2017/7299257002/ \
         --slug jsonline-2021-04-20 --title 'Foxconn, state agree on new deal' --publisher \
         'Milwaukee Journal Sentinel' --published-on 2021-04-20",
    );
    run(
        &db,
        "pledge add source --url \
         https://legis.wisconsin.gov/lab/by-year/2021-2022/report-22-2-electronics-and-information-technology-manufacturing-zone-program \
         --slug lab-report-22-2 --title 'Electronics and Information Technology Manufacturing \
         Zone Program (Report 22-2)' --publisher 'Wisconsin Legislative Audit Bureau' --kind \
         report",
    );
    run(
        &db,
        "pledge add person --name 'Terry Gou' --title 'Founder and CEO' --company foxconn \
         --source fox21-2017 --quote 'Foxconn Founder and CEO Terry Gou'",
    );
    run(
        &db,
        "pledge add pledge --company foxconn --slug foxconn-wisconsin-campus --title 'Foxconn to \
         build a campus in Wisconsin' --made-on 2017-07-26 --kind investment --formality verbal \
         --made-by terry-gou --made-to US-WI --made-to donald-trump --source fox21-2017 --quote \
         'The announcement was made at the White House' --quote-for 'company=Foxconn Technology \
         Group, the world’s largest electronics manufacturing services provider' --quote-for \
         'made_on=announced Wednesday that it will invest' --quote-for 'made_by=made at the White \
         House by Foxconn Founder and CEO Terry Gou' --quote-for 'made_to=who was joined by \
         President Donald Trump and Gov. Scott Walker'",
    );
    run(
        &db,
        "pledge add target foxconn-wisconsin-campus --metric investment --amount 10000000000 \
         --unit USD --by 2020 --source fox21-2017 --quote 'it will invest $10 billion by 2020'",
    );
    run(
        &db,
        "pledge add target foxconn-wisconsin-campus --metric jobs --amount 13000 --qualifier \
         up_to --source china-economic-review-2017 --quote 'it could eventually provide as many \
         as 13,000 jobs'",
    );
    run(
        &db,
        "pledge update foxconn-wisconsin-campus --status stalled --as-of 2019 --source \
         lab-report-19-27 --quote 'Foxconn did not create the contractually specified minimum \
         number of jobs in 2018'",
    );
    run(
        &db,
        "pledge add progress foxconn-wisconsin-campus --metric jobs --as-of 2020-12-31 --amount \
         579 --source lab-report-22-2 --quote 'WEDC determined that Foxconn had created 579 such \
         jobs'",
    );
    run(
        &db,
        "pledge add revision foxconn-wisconsin-campus --metric jobs --as-of 2021-04-20 --amount \
         1454 --source jsonline-2021-04-20 --quote 'has been parred back significantly to 1,454'",
    );
    run(
        &db,
        "pledge add revision foxconn-wisconsin-campus --metric investment --unit USD --as-of \
         2021-04-20 --amount 672000000 --qualifier up_to --note 'by 2026' --source \
         jsonline-2021-04-20 --quote 'only expected to invest up to $672 million by 2026'",
    );
    run(
        &db,
        "pledge update foxconn-wisconsin-campus --status scaled_back --as-of 2021-04-20 --source \
         jsonline-2021-04-20 --quote 'The agreement was approved by the Wisconsin Economic \
         Development Corp. Board of Directors on Tuesday'",
    );
    assert_cmd_snapshot!(db.cmd(&["show", "foxconn-wisconsin-campus"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field         value
    slug          foxconn-wisconsin-campus
    title         Foxconn to build a campus in Wisconsin
    description
    kind          investment
    made_on       2017-07-26
    made_at
    formality     verbal
    deadline
    focus
    status        scaled_back
    status_since  2021-04-20
    overdue       no
    targets       USD 10,000,000,000 investment by 2020; up to 13,000 jobs
    categories
    markets
    relations
    note

    role     kind        party         name
    pledger  company     foxconn       Foxconn Technology Group
    made_by  person      terry-gou     Terry Gou
    made_to  person      donald-trump  Donald Trump
    made_to  government  US-WI         Wisconsin

    slug  kind  date  relation  title

    as_of       status       reason  source               quote                                                                                                 note  dispute
    2017-07-26  announced            fox21-2017           The announcement was made at the White House
    2019        stalled              lab-report-19-27     Foxconn did not create the contractually specified minimum number of jobs in 2018
    2021-04-20  scaled_back          jsonline-2021-04-20  The agreement was approved by the Wisconsin Economic Development Corp. Board of Directors on Tuesday

    metric      label  pledged             revised                revised_on  delivered  delivered_on  percent
    investment         USD 10,000,000,000  up to USD 672,000,000  2021-04-20
    jobs               up to 13,000        1,454                  2021-04-20        579  2020-12-31    40%

    as_of       kind      metric      label  figure                 source               quote                                                   note
    2020-12-31  progress  jobs               579                    lab-report-22-2      WEDC determined that Foxconn had created 579 such jobs
    2021-04-20  revision  investment         up to USD 672,000,000  jsonline-2021-04-20  only expected to invest up to $672 million by 2026      by 2026
    2021-04-20  revision  jobs               1,454                  jsonline-2021-04-20  has been parred back significantly to 1,454

    facts                        source                      quote                                                                                      speaker
    company foxconn              fox21-2017                  Foxconn Technology Group, the world’s largest electronics manufacturing services provider
    formality verbal             fox21-2017                  The announcement was made at the White House
    investment 10000000000       fox21-2017                  it will invest $10 billion by 2020
    jobs 13000                   china-economic-review-2017  it could eventually provide as many as 13,000 jobs
    made_by terry-gou            fox21-2017                  made at the White House by Foxconn Founder and CEO Terry Gou
    made_on 2017-07-26           fox21-2017                  announced Wednesday that it will invest
    made_to US-WI, donald-trump  fox21-2017                  who was joined by President Donald Trump and Gov. Scott Walker

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--company", "foxconn"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    foxconn-wisconsin-campus,Foxconn to build a campus in Wisconsin,investment,Foxconn Technology Group,Terry Gou,Donald Trump; Wisconsin,2017-07-26,investment 10000000000 USD by 2020; jobs up_to 13000,,scaled_back,2021-04-20,,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["status", "--as-of", "2020-06-30", "--company", "foxconn"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    status          pledges
    announced             0
    in_progress           0
    stalled               1
    scaled_back           0
    partially_kept        0
    kept                  0
    broken                0
    withdrawn             0
    unverifiable          0

    slug                      company                   title                                   status   status_since  overdue
    foxconn-wisconsin-campus  Foxconn Technology Group  Foxconn to build a campus in Wisconsin  stalled          2019  no

    ----- stderr -----
    ");
}

/// SoftBank's $50 billion and 50,000 jobs of 2016-12-06, Sprint's 5,000 jobs part of them, and
/// the $47 billion SoftBank said it had invested by 2019-12-10: the totals count Sprint's jobs
/// once, inside SoftBank's.
#[test]
fn softbank_50_billion_holds_sprints_5000_jobs() {
    let db = TestDb::seeded();
    run(&db, "pledge add government --code US --name 'United States'");
    run(&db, "pledge add company --name 'SoftBank Group' --slug softbank --country JP");
    run(&db, "pledge add company --name Sprint --parent softbank --country US");
    run(
        &db,
        "pledge add source --url \
         https://www.business-standard.com/article/international/masayoshi-son-pledges-50-bn-investment-in-us-116120800064_1.html \
         --slug business-standard-2016-12-08 --title 'Masayoshi Son pledges $50-bn investment in \
         US' --publisher 'Business Standard' --published-on 2016-12-08",
    );
    run(
        &db,
        "pledge add source --url \
         https://www.forbes.com/sites/bizcarson/2019/12/10/softbank-masayoshi-son-job-promise-president-donald-trump-progress/ \
         --slug forbes-2019-12-10 --title 'SoftBank’s Masayoshi Son Promised Trump He’d Invest \
         $50 Billion And Create 50,000 U.S. Jobs. Did He Deliver?' --publisher Forbes \
         --published-on 2019-12-10",
    );
    run(
        &db,
        "pledge add source --url http://amp.kansascity.com/news/business/article123415699.html \
         --slug kansas-city-star-2016-12-28 --title 'Sprint promises ‘to create or bring back to \
         America 5,000 jobs’' --publisher 'The Kansas City Star' --published-on 2016-12-28",
    );
    run(
        &db,
        "pledge add source --url \
         http://www.arkansasonline.com/news/2016/dec/30/trump-touts-2-firms-creation-of-u-s-job/ \
         --slug arkansas-online-2016-12-30 --title \"Trump touts 2 firms' creation of U.S. jobs\" \
         --publisher 'Arkansas Democrat-Gazette' --published-on 2016-12-30",
    );
    run(
        &db,
        "pledge add person --name 'Masayoshi Son' --alias Masa --title 'founder and CEO' \
         --company softbank --source business-standard-2016-12-08 --quote 'Son, a Japanese mogul'",
    );
    run(
        &db,
        "pledge add pledge --company softbank --slug softbank-50-billion --title 'SoftBank to \
         invest $50 billion in the US and create 50,000 jobs' --made-on 2016-12-06 --formality \
         verbal --made-by masayoshi-son --made-to donald-trump --made-to US --target \
         'investment=50000000000 USD' --target jobs=50000:about --source \
         business-standard-2016-12-08 --quote 'On Tuesday, Son, a Japanese mogul, struck another \
         big pledge' --quote-for 'made_to=after meeting with President-elect Donald J Trump' \
         --quote-for 'investment=to invest $50 billion in the United States' --quote-for 'jobs=a \
         move that he said would create some 50,000 jobs'",
    );
    run(
        &db,
        "pledge add pledge --company sprint --slug sprint-5000-jobs --title 'Sprint to create or \
         bring back 5,000 jobs' --made-on 2016-12-28 --formality written_statement --kind jobs \
         --source kansas-city-star-2016-12-28 --quote 'Sprint on Wednesday announced plans to \
         create or bring back 5,000 jobs' --quote-for 'formality=In a news release, Sprint \
         promised'",
    );
    run(
        &db,
        "pledge add source --url \
         https://themuslimchronicle.com/85/sprint-says-5000-pledged-us-jobs-to-be-new-positions-095555 \
         --slug muslim-chronicle-sprint --title 'Sprint says 5,000 pledged US jobs to be new \
         positions' --publisher themuslimchronicle.com --note 'an AFP story by its style; the \
         page prints no date'",
    );
    run(
        &db,
        "pledge add target sprint-5000-jobs --metric jobs --amount 5000 --by 2018-03 --source \
         muslim-chronicle-sprint --quote 'the 5,000 US jobs the telecom firm recently pledged to \
         create over the next 15 months'",
    );
    run(
        &db,
        "pledge add relation sprint-5000-jobs --part-of softbank-50-billion --source \
         arkansas-online-2016-12-30 --quote \"Our announcement yesterday was part of Masa's \
         50,000 jobs commitment\"",
    );
    run(
        &db,
        "pledge add progress softbank-50-billion --metric investment --unit USD --as-of \
         2019-12-10 --amount 47000000000 --source forbes-2019-12-10 --quote 'have poured $47 \
         billion into the U.S. economy'",
    );
    run(
        &db,
        "pledge update softbank-50-billion --status in_progress --as-of 2019-12-10 --source \
         forbes-2019-12-10 --quote 'Son is close to the $50 billion mark, a year ahead of \
         schedule'",
    );
    assert_cmd_snapshot!(db.cmd(&["show", "softbank-50-billion"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field         value
    slug          softbank-50-billion
    title         SoftBank to invest $50 billion in the US and create 50,000 jobs
    description
    kind          investment
    made_on       2016-12-06
    made_at
    formality     verbal
    deadline
    focus
    status        in_progress
    status_since  2019-12-10
    overdue       no
    targets       USD 50,000,000,000 investment; about 50,000 jobs
    categories
    markets
    relations     parts: sprint-5000-jobs
    note

    role     kind        party          name
    pledger  company     softbank       SoftBank Group
    made_by  person      masayoshi-son  Masayoshi Son
    made_to  person      donald-trump   Donald Trump
    made_to  government  US             United States

    slug  kind  date  relation  title

    as_of       status       reason  source                        quote                                                           note  dispute
    2016-12-06  announced            business-standard-2016-12-08  On Tuesday, Son, a Japanese mogul, struck another big pledge
    2019-12-10  in_progress          forbes-2019-12-10             Son is close to the $50 billion mark, a year ahead of schedule

    metric      label  pledged             revised  revised_on  delivered           delivered_on  percent
    investment         USD 50,000,000,000                       USD 47,000,000,000  2019-12-10    94%
    jobs               about 50,000

    as_of       kind      metric      label  figure              source             quote                                          note
    2019-12-10  progress  investment         USD 47,000,000,000  forbes-2019-12-10  have poured $47 billion into the U.S. economy

    facts                                                                          source                        quote                                                         speaker
    company softbank; formality verbal; made_by masayoshi-son; made_on 2016-12-06  business-standard-2016-12-08  On Tuesday, Son, a Japanese mogul, struck another big pledge
    investment 50000000000                                                         business-standard-2016-12-08  to invest $50 billion in the United States
    jobs 50000                                                                     business-standard-2016-12-08  a move that he said would create some 50,000 jobs
    made_to US, donald-trump                                                       business-standard-2016-12-08  after meeting with President-elect Donald J Trump

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--company", "softbank"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    softbank-50-billion,"SoftBank to invest $50 billion in the US and create 50,000 jobs",investment,SoftBank Group,Masayoshi Son,Donald Trump; United States,2016-12-06,investment 50000000000 USD; jobs about 50000,,in_progress,2019-12-10,,no
    sprint-5000-jobs,"Sprint to create or bring back 5,000 jobs",jobs,Sprint,,,2016-12-28,jobs 5000 by 2018-03,,announced,2016-12-28,,no

    ----- stderr -----
    "#);
    assert_cmd_snapshot!(db.cmd(&["status", "--as-of", "2018-06-30", "--company", "softbank"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    status          pledges
    announced             2
    in_progress           0
    stalled               0
    scaled_back           0
    partially_kept        0
    kept                  0
    broken                0
    withdrawn             0
    unverifiable          0

    slug                 company         title                                                            status     status_since  overdue
    sprint-5000-jobs     Sprint          Sprint to create or bring back 5,000 jobs                        announced  2016-12-28    no
    softbank-50-billion  SoftBank Group  SoftBank to invest $50 billion in the US and create 50,000 jobs  announced  2016-12-06    no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["totals", "--company", "softbank"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric      unit  pledges  pledged         revised         delivered
    investment  USD         1  50,000,000,000  50,000,000,000  47,000,000,000
    jobs        jobs        1  50,000          50,000

    left_out          relation  other                counted_in
    sprint-5000-jobs  part_of   softbank-50-billion  softbank-50-billion

    ----- stderr -----
    left out 1 pledge: it is part of, restates or is superseded by another selected pledge, whose figures hold it
    ");
}

/// Intel's Fab 42: the $5 billion pledge of February 2011, put on hold in 2014, restated with
/// $7 billion and 3,000 direct and 10,000 supporting jobs on 2017-02-08, and the 3,000 hired by
/// 2020-10-05, when the plant stood operational though on another process than announced (kept
/// preferred over partially kept). The totals never add the 2011 and 2017 investments together.
#[test]
fn intel_fab_42_restated_and_kept() {
    let db = TestDb::seeded();
    run(
        &db,
        "pledge add company --name 'Intel Corporation' --slug intel --country US --alias Intel",
    );
    run(
        &db,
        "pledge add source --url \
         'https://contractorsupplymagazine.com/pages/News---20110221-Intel-announces-plans-for-$5-billion-plant-in-Arizona.php' \
         --slug contractor-supply-2011-02-21 --title 'Intel announces plans for $5 billion plant \
         in Arizona' --publisher 'Contractor Supply Magazine' --published-on 2011-02-21",
    );
    run(
        &db,
        "pledge add source --url \
         http://logistics.now.pl/news/Intel-puts-Fab-42-in-Arizona-on-hold,1828635.html --slug \
         logistics-now-2014-01-15 --title 'Intel puts Fab 42 in Arizona on hold' --publisher \
         'logistics.now.pl (InfoWorld)' --published-on 2014-01-15",
    );
    run(
        &db,
        "pledge add source --url \
         https://www.kdlt.com/2017/02/08/trump-intel-ceo-outlines-big-us-investment/ --slug \
         kdlt-2017-02-08 --title 'With Trump, Intel CEO Outlines Big US Investment' --publisher \
         'KDLT (AP)' --published-on 2017-02-08",
    );
    run(
        &db,
        "pledge add source --url \
         https://www.buzzfeednews.com/article/hamzashaban/intel-trump-silicon-valley-computers-economy-immigration \
         --slug buzzfeed-2017-02-08 --title 'Alongside Trump, Intel Reannounces Arizona Factory \
         It Promised To Create During Obama Years' --publisher 'BuzzFeed News' --published-on \
         2017-02-08",
    );
    run(
        &db,
        "pledge add source --url https://evertiq.com/design/48898 --slug evertiq-2020-10-05 \
         --title 'Intel’s massive expansion in Arizona is finally operational' --publisher \
         Evertiq --published-on 2020-10-05",
    );
    run(
        &db,
        "pledge add person --name 'Paul Otellini' --title CEO --company intel --source \
         contractor-supply-2011-02-21 --quote \"Intel's CEO, Paul Otellini\"",
    );
    run(
        &db,
        "pledge add person --name 'Barack Obama' --title President --government US --source \
         contractor-supply-2011-02-21 --quote 'during a visit by President Barack Obama'",
    );
    run(
        &db,
        "pledge add person --name 'Brian Krzanich' --title CEO --company intel --source \
         kdlt-2017-02-08 --quote 'Intel CEO Brian Krzanich'",
    );
    run(
        &db,
        "pledge add pledge --company intel --slug intel-fab-42-2011 --title 'Intel to build Fab \
         42 in Arizona' --made-on 2011-02 --formality verbal --made-by paul-otellini --made-to \
         barack-obama --deadline 2013 --target 'investment=5000000000 USD' --source \
         contractor-supply-2011-02-21 --quote \"Intel's CEO, Paul Otellini, announced the deal \
         during a visit by President Barack Obama to Intel's factory in Hillsboro, Ore., last \
         week\" --quote-for 'investment=plans to build a $5 billion plant in Arizona' --quote-for \
         'deadline=The state-of-the-art factory will begin operations in 2013'",
    );
    run(
        &db,
        "pledge update intel-fab-42-2011 --status stalled --as-of 2014-01-15 --source \
         logistics-now-2014-01-15 --quote 'Intel has put on hold a new chip manufacturing \
         facility at its site in Chandler, Arizona'",
    );
    run(
        &db,
        "pledge add pledge --company intel --slug intel-fab-42-2017 --title 'Intel to finish Fab \
         42 in Arizona' --made-on 2017-02-08 --formality verbal --made-by brian-krzanich \
         --made-to donald-trump --target 'investment=7000000000 USD' --target \
         jobs:direct=3000:about --target jobs:supporting=10000 --source kdlt-2017-02-08 --quote \
         'Intel CEO Brian Krzanich is at the White House' --quote-for 'made_to=the kind of \
         economic news that President Donald Trump likes to trumpet' --quote-for 'investment=a $7 \
         billion investment in an Intel factory in Arizona' --quote-for 'jobs_direct=will employ \
         about 3,000 workers directly' --quote-for 'jobs_supporting=10,000 workers in Arizona in \
         support of the factory'",
    );
    run(
        &db,
        "pledge add relation intel-fab-42-2017 --restates intel-fab-42-2011 --source \
         buzzfeed-2017-02-08 --quote 'Today marks the second time Intel has announced Fab 42 \
         alongside a sitting US President'",
    );
    run(
        &db,
        "pledge add progress intel-fab-42-2017 --metric jobs --label direct --as-of 2020-10-05 \
         --amount 3000 --source evertiq-2020-10-05 --quote 'Intel has already hired the 3’000 new \
         employees'",
    );
    run(
        &db,
        "pledge update intel-fab-42-2017 --status kept --as-of 2020-10-05 --source \
         evertiq-2020-10-05 --quote 'the close to 900’000 square feet manufacturing campus stands \
         operational'",
    );
    run(
        &db,
        "pledge update intel-fab-42-2017 --status partially_kept --as-of 2020-10-05 --source \
         evertiq-2020-10-05 --quote 'the fab uses the 10-nanometer process to manufacture Intel \
         products'",
    );
    run(
        &db,
        "pledge update intel-fab-42-2017 --as-of 2020-10-05 --prefer kept --because 'the \
         7-nanometer process was no target of the pledge; the plant runs and the 3,000 direct \
         jobs were hired'",
    );
    assert_cmd_snapshot!(db.cmd(&["show", "intel-fab-42-2017"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field         value
    slug          intel-fab-42-2017
    title         Intel to finish Fab 42 in Arizona
    description
    kind          investment
    made_on       2017-02-08
    made_at
    formality     verbal
    deadline
    focus
    status        kept
    status_since  2020-10-05
    overdue       no
    targets       USD 7,000,000,000 investment; about 3,000 direct jobs; 10,000 supporting jobs
    categories
    markets
    relations     restates intel-fab-42-2011
    note

    role     kind     party           name
    pledger  company  intel           Intel Corporation
    made_by  person   brian-krzanich  Brian Krzanich
    made_to  person   donald-trump    Donald Trump

    slug  kind  date  relation  title

    as_of       status          reason  source              quote                                                                     note  dispute
    2017-02-08  announced               kdlt-2017-02-08     Intel CEO Brian Krzanich is at the White House
    2020-10-05  kept                    evertiq-2020-10-05  the close to 900’000 square feet manufacturing campus stands operational        preferred: the 7-nanometer process was no target of the pledge; the plant runs and the 3,000 direct jobs were hired
    2020-10-05  partially_kept          evertiq-2020-10-05  the fab uses the 10-nanometer process to manufacture Intel products             not preferred

    metric      label       pledged            revised  revised_on  delivered  delivered_on  percent
    investment              USD 7,000,000,000
    jobs        direct      about 3,000                             3,000      2020-10-05    100%
    jobs        supporting  10,000

    as_of       kind      metric  label   figure  source              quote                                            note
    2020-10-05  progress  jobs    direct  3,000   evertiq-2020-10-05  Intel has already hired the 3’000 new employees

    facts                                                                        source               quote                                                                                    speaker
    company intel; formality verbal; made_by brian-krzanich; made_on 2017-02-08  kdlt-2017-02-08      Intel CEO Brian Krzanich is at the White House
    investment 7000000000                                                        kdlt-2017-02-08      a $7 billion investment in an Intel factory in Arizona
    jobs_direct 3000                                                             kdlt-2017-02-08      will employ about 3,000 workers directly
    jobs_supporting 10000                                                        kdlt-2017-02-08      10,000 workers in Arizona in support of the factory
    made_to donald-trump                                                         kdlt-2017-02-08      the kind of economic news that President Donald Trump likes to trumpet
    restates intel-fab-42-2011                                                   buzzfeed-2017-02-08  Today marks the second time Intel has announced Fab 42 alongside a sitting US President

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--company", "intel"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    intel-fab-42-2011,Intel to build Fab 42 in Arizona,investment,Intel Corporation,Paul Otellini,Barack Obama,2011-02,investment 5000000000 USD,,stalled,2014-01-15,2013,yes
    intel-fab-42-2017,Intel to finish Fab 42 in Arizona,investment,Intel Corporation,Brian Krzanich,Donald Trump,2017-02-08,investment 7000000000 USD; jobs_direct about 3000; jobs_supporting 10000,,kept,2020-10-05,,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["status", "--as-of", "2015-06-30", "--company", "intel"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    status          pledges
    announced             0
    in_progress           0
    stalled               1
    scaled_back           0
    partially_kept        0
    kept                  0
    broken                0
    withdrawn             0
    unverifiable          0

    slug               company            title                             status   status_since  overdue
    intel-fab-42-2011  Intel Corporation  Intel to build Fab 42 in Arizona  stalled  2014-01-15    yes

    ----- stderr -----
    ");
    // The 2017 pledge restates the 2011 one, so it is left out and the sum holds the 2011
    // pledge's own figures: $5 billion and no jobs, though the 2017 figures are larger.
    assert_cmd_snapshot!(db.cmd(&["totals", "--company", "intel"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric      unit  pledges  pledged        revised        delivered
    investment  USD         1  5,000,000,000  5,000,000,000

    left_out           relation  other              counted_in
    intel-fab-42-2017  restates  intel-fab-42-2011  intel-fab-42-2011

    ----- stderr -----
    left out 1 pledge: it is part of, restates or is superseded by another selected pledge, whose figures hold it
    ");
}

/// Carrier's deal with Trump and Pence: recipients of both kinds, a union president, a target
/// kept for years with a qualifier, and a qualified figure delivered.
#[test]
fn carrier_indianapolis_made_to_trump_and_pence() {
    let db = TestDb::seeded();
    run(&db, "pledge add government --code US-IN --name Indiana");
    run(&db, "pledge add company --name Carrier --country US");
    run(
        &db,
        "pledge add source --url \
         http://www.courant.com/news/connecticut/hc-trump-carrier-1130-20161129-story.html --slug \
         courant-2016-11-30 --title 'Carrier Reaches Deal With Trump To Keep Jobs In Indiana' \
         --publisher 'Hartford Courant' --published-on 2016-11-30",
    );
    run(
        &db,
        "pledge add source --url \
         https://foxnews.com/politics/final-round-of-layoffs-planned-at-carrier-plant-trump-promised-to-save \
         --slug foxnews-carrier-layoffs --title 'Final round of layoffs planned at Carrier plant \
         Trump promised to save' --publisher 'Fox News' --note \"the page prints no date; it \
         quotes Carrier's statement of 2017-11-03\"",
    );
    run(
        &db,
        "pledge add person --name 'Mike Pence' --title VP-elect --government US --source \
         courant-2016-11-30 --quote 'President-elect Trump & VP-elect Pence'",
    );
    run(
        &db,
        "pledge add person --name 'Robert James' --title president --organization 'a union that \
         represents plant workers' --source foxnews-carrier-layoffs --quote 'Robert James, the \
         president of a union that represents plant workers'",
    );
    run(
        &db,
        "pledge add pledge --company carrier --slug carrier-indianapolis-jobs --title 'Carrier to \
         keep jobs in Indianapolis' --made-on 2016-11-29 --kind jobs --formality verbal --made-to \
         donald-trump --made-to mike-pence --made-to US-IN --source courant-2016-11-30 --quote \
         'We are pleased to have reached a deal' --quote-for 'made_to=reached a deal with \
         President-elect Trump & VP-elect Pence to keep close to 1,000 jobs in Indy'",
    );
    run(
        &db,
        "pledge add target carrier-indianapolis-jobs --metric jobs --amount 1070 --qualifier \
         about --for-years 10 --source foxnews-carrier-layoffs --quote 'to keep approximately \
         1,070 jobs in Indianapolis for 10 years'",
    );
    run(
        &db,
        "pledge add progress carrier-indianapolis-jobs --metric jobs --as-of 2017-11-03 --amount \
         1100 --qualifier more_than --source foxnews-carrier-layoffs --quote 'More than 1,100 \
         jobs remain at the Indianapolis facility'",
    );
    assert_cmd_snapshot!(db.cmd(&["show", "carrier-indianapolis-jobs"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field         value
    slug          carrier-indianapolis-jobs
    title         Carrier to keep jobs in Indianapolis
    description
    kind          jobs
    made_on       2016-11-29
    made_at
    formality     verbal
    deadline
    focus
    status        announced
    status_since  2016-11-29
    overdue       no
    targets       about 1,070 jobs for 10 years
    categories
    markets
    relations
    note

    role     kind        party         name
    pledger  company     carrier       Carrier
    made_to  person      donald-trump  Donald Trump
    made_to  government  US-IN         Indiana
    made_to  person      mike-pence    Mike Pence

    slug  kind  date  relation  title

    as_of       status     reason  source              quote                                  note  dispute
    2016-11-29  announced          courant-2016-11-30  We are pleased to have reached a deal

    metric  label  pledged      revised  revised_on  delivered        delivered_on  percent
    jobs           about 1,070                       more than 1,100  2017-11-03    103%

    as_of       kind      metric  label  figure           source                   quote                                                     note
    2017-11-03  progress  jobs           more than 1,100  foxnews-carrier-layoffs  More than 1,100 jobs remain at the Indianapolis facility

    facts                                                  source                   quote                                                                                           speaker
    company carrier; formality verbal; made_on 2016-11-29  courant-2016-11-30       We are pleased to have reached a deal
    jobs 1070                                              foxnews-carrier-layoffs  to keep approximately 1,070 jobs in Indianapolis for 10 years
    made_to US-IN, donald-trump, mike-pence                courant-2016-11-30       reached a deal with President-elect Trump & VP-elect Pence to keep close to 1,000 jobs in Indy

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "officials"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,name,titles,aliases,pledges
    donald-trump,Donald Trump,President (US); President-elect (US),Donald TRump; Trump,2
    jack-ma,Jack Ma,chairman of the board of directors (Alibaba); executive chairman (Alibaba),Ma,1
    michael-evans,Michael Evans,President (Alibaba),,0
    mike-pence,Mike Pence,VP-elect (US),,1
    peter-navarro,Peter Navarro,economics professor (UC Irvine),,0
    robert-james,Robert James,president (a union that represents plant workers),,0
    unnamed-csis-analyst,,Chinese Business and Political Economy (Center for Strategic & International Studies),,0

    ----- stderr -----
    ");
}

/// Targets none of the families has: a range of jobs and an amount in another currency, with
/// the qualifier "about", and OneWeb's jobs due over four years. The quotes are the articles'
/// own words (TSMC's March 2025 release, stored in tests/data/draft/12; the Guardian on Tata
/// Steel, tests/data/draft/19; Politico on OneWeb). The totals keep each currency apart and
/// count a range from its minimum.
#[test]
fn a_range_of_jobs_an_investment_in_pounds_and_jobs_over_years() {
    let db = TestDb::seeded();
    run(&db, "pledge add government --code US-AZ --name Arizona");
    run(&db, "pledge add government --code GB --name 'United Kingdom'");
    run(&db, "pledge add company --name TSMC --country TW");
    run(&db, "pledge add company --name 'Tata Steel' --country IN");
    run(
        &db,
        "pledge add source --url \
         'https://www.integrated-circuit.com/technologies/show.html?id=5704' --slug \
         eis-tsmc-2025-03-12 --title 'TSMC release of Mar 12, 2025' --publisher 'EIS \
         (integrated-circuit.com)' --published-on 2025-03-12 --note 'the stored text prints no \
         headline; the title is ours'",
    );
    run(
        &db,
        "pledge add source --url \
         https://www.theguardian.com/business/2023/sep/15/tata-steel-seals-500m-uk-support-package-but-big-job-losses-feared \
         --slug guardian-tata-2023-09-15 --title 'Tata Steel seals £500m UK support package but \
         big job losses feared' --publisher 'The Guardian' --published-on 2023-09-15",
    );
    run(
        &db,
        "pledge add pledge --company tsmc --slug tsmc-arizona-100-billion --title 'TSMC to invest \
         another $100 billion in Arizona' --made-on 2025-03 --formality verbal --made-to \
         donald-trump --made-to US-AZ --target 'investment=100000000000 USD' --source \
         eis-tsmc-2025-03-12 --quote 'announced another $100 billion investment by TSMC in \
         Arizona at the White House yesterday'",
    );
    run(
        &db,
        "pledge add target tsmc-arizona-100-billion --metric jobs --minimum 20000 --maximum 25000 \
         --source eis-tsmc-2025-03-12 --quote 'would add another 20,000 to 25,000 jobs in \
         Arizona'",
    );
    run(
        &db,
        "pledge add pledge --company tata-steel --slug tata-steel-port-talbot --title 'Tata to \
         inject about £725m in Port Talbot' --made-on 2023-09-15 --formality verbal --made-to GB \
         --target 'investment=725000000 GBP:about' --source guardian-tata-2023-09-15 --quote 'is \
         also expected to inject about £725m to help it transition to greener production methods'",
    );
    run(&db, "pledge add company --name OneWeb");
    run(
        &db,
        "pledge add source --url https://www.politico.com/story/2016/12/trump-sprint-jobs-233019 \
         --slug politico-sprint-oneweb --title 'Trump touts previously announced Sprint, OneWeb \
         hiring pledges' --publisher Politico --note 'published 2016-12 (from the URL)'",
    );
    run(
        &db,
        "pledge add pledge --company oneweb --slug oneweb-3000-jobs --title 'OneWeb to create \
         nearly 3,000 US jobs' --made-on 2016-12-19 --kind jobs --formality written_statement \
         --source politico-sprint-oneweb --quote 'Dec. 19 announcement had included a commitment'",
    );
    run(
        &db,
        "pledge add target oneweb-3000-jobs --metric jobs --amount 3000 --qualifier about \
         --over-years 4 --source politico-sprint-oneweb --quote 'create nearly 3,000 new \
         engineering, manufacturing and supporting jobs in the U.S. over the next four years'",
    );
    let list = ["--format", "csv", "list", "--made-from", "2023-01-01"];
    assert_cmd_snapshot!(db.cmd(&list), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    tata-steel-port-talbot,Tata to inject about £725m in Port Talbot,investment,Tata Steel,,United Kingdom,2023-09-15,investment about 725000000 GBP,,announced,2023-09-15,,no
    tsmc-arizona-100-billion,TSMC to invest another $100 billion in Arizona,investment,TSMC,,Arizona; Donald Trump,2025-03,investment 100000000000 USD; jobs 20000-25000,,announced,2025-03,,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["totals", "--made-from", "2023-01-01"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    metric      unit  pledges  pledged          revised          delivered
    investment  GBP         1  725,000,000      725,000,000
    investment  USD         1  100,000,000,000  100,000,000,000
    jobs        jobs        1  20,000           20,000

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--company", "oneweb"]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    oneweb-3000-jobs,"OneWeb to create nearly 3,000 US jobs",jobs,OneWeb,,,2016-12-19,jobs about 3000 over 4 years,,announced,2016-12-19,,no

    ----- stderr -----
    "#);
}

/// Dates as precise as the sources give them: Evertiq's "early 2017" is the year 2017, and
/// WWIS Radio's account of Foxconn's new deal, which prints no date at all, leaves the pledge
/// undated and without a status.
#[test]
fn a_pledge_of_early_2017_and_one_no_source_dates() {
    let db = TestDb::seeded();
    run(&db, "pledge add company --name 'Intel Corporation' --slug intel --country US");
    run(&db, "pledge add company --name 'Foxconn Technology Group' --slug foxconn --country TW");
    run(
        &db,
        "pledge add source --url https://evertiq.com/design/48898 --slug evertiq-2020-10-05 \
         --title 'Intel’s massive expansion in Arizona is finally operational' --publisher \
         Evertiq --published-on 2020-10-05",
    );
    run(
        &db,
        "pledge add source --url \
         https://wwisradio.com/details-of-foxconns-new-deal-show-its-much-smaller/ --slug \
         wwis-foxconn-new-deal --title 'Details Of Foxconn’s New Deal Show It’s Much Smaller' \
         --publisher 'WWIS Radio' --note 'the page prints no date'",
    );
    run(
        &db,
        "pledge add pledge --company intel --slug intel-fab-42-early-2017 --title 'Intel to \
         complete Fab 42' --made-on 2017 --formality verbal --target 'investment=7000000000 \
         USD:more_than' --source evertiq-2020-10-05 --quote 'It was back in early 2017 that the \
         chipmaker announced' --quote-for 'investment=it would invest more than USD 7 billion to \
         complete Fab 42'",
    );
    run(
        &db,
        "pledge add pledge --company foxconn --slug foxconn-new-deal --title 'Foxconn to invest \
         $676 million at Mount Pleasant' --formality contract --target 'investment=676000000 USD' \
         --target jobs=1454 --source wwis-foxconn-new-deal --quote 'Foxconn has to invest $676 \
         million in the project at Mount Pleasant and hire 1,454 employees'",
    );
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--company", "intel"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    intel-fab-42-early-2017,Intel to complete Fab 42,investment,Intel Corporation,,,2017,investment more_than 7000000000 USD,,announced,2017,,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "list", "--company", "foxconn"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    slug,title,kind,company,made_by,made_to,made_on,targets,categories,status,status_since,deadline,overdue
    foxconn-new-deal,Foxconn to invest $676 million at Mount Pleasant,investment,Foxconn Technology Group,,,,investment 676000000 USD; jobs 1454,,,,,no

    ----- stderr -----
    ");
    assert_cmd_snapshot!(db.cmd(&["status", "--all", "--company", "foxconn"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    status           pledges
    announced              0
    in_progress            0
    stalled                0
    scaled_back            0
    partially_kept         0
    kept                   0
    broken                 0
    withdrawn              0
    unverifiable           0
    (no status yet)        1

    slug              company                   title                                             status  status_since  overdue
    foxconn-new-deal  Foxconn Technology Group  Foxconn to invest $676 million at Mount Pleasant                        no

    ----- stderr -----
    ");
}

/// A quote of one word names no passage and is refused; a straight apostrophe typed for the
/// article's curly one matches, and the article's own character is what is stored.
#[test]
fn a_quote_too_short_is_refused_and_a_straight_apostrophe_matches_a_curly_one() {
    let db = TestDb::seeded();
    let before = db.bytes();
    let mut short = db.cmd(&["update", "alibaba-1-million-us-jobs", "--status", "stalled"]);
    short.args(["--as-of", "2017-10-12", "--source", "president-trump-and-alibaba"]);
    short.args(["--quote", "the"]);
    assert_cmd_snapshot!(short, @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    --quote: `the` is too short to name one passage of the source: quote at least 3 words (or 15 characters), enough of the sentence that says it
    error: 1 problem; `pledges.db` was not changed
    ");
    assert!(db.bytes() == before, "a refused quote changed the database");
    let mut straight = db.cmd(&["update", "alibaba-1-million-us-jobs", "--status", "in_progress"]);
    straight.args(["--as-of", "2017-10-12", "--source", "president-trump-and-alibaba"]);
    straight.args(["--quote", "called Access Asia 2017 with it's U.S partner"]);
    assert_cmd_snapshot!(straight, @"
    success: true
    exit_code: 0
    ----- stdout -----
    as_of       status       reason  source                       quote                                                                                                                           note                                                dispute
    2017-01-09  announced            president-trump-and-alibaba  he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market
    2017-01-10  in_progress          president-trump-and-alibaba  On January 10, 2017, Ma announced the launching of a program to make good on that promise.                                      the program to make good on the pledge is launched
    2017-10-12  in_progress          president-trump-and-alibaba  called Access Asia 2017 with it’s U.S partner

    ----- stderr -----
    recorded `alibaba-1-million-us-jobs` in_progress as of 2017-10-12
    ");
}
