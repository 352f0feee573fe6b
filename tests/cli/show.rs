use insta_cmd::assert_cmd_snapshot;

use crate::TestDb;

const PLEDGE: &str = "alibaba-1-million-us-jobs";

#[test]
fn show_prints_facts_events_history_and_evidence() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["show", PLEDGE]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field         value
    slug          alibaba-1-million-us-jobs
    title         Alibaba to create 1 million US jobs
    description   Alibaba will help one million US small businesses sell goods to consumers in China and the rest of Asia on its platform, creating more than one million American jobs.
    kind          jobs
    made_on       2017-01-09
    made_at       trump-tower-meeting
    formality     verbal
    deadline
    focus         US small businesses, especially in the Midwest
    status        in_progress
    status_since  2017-01-10
    overdue       no
    targets       1,000,000 businesses; more than 1,000,000 jobs
    categories    agricultural-products; apparel; fruit; wine
    markets       Asia; China; Southeast Asia
    relations
    note

    role     kind     party         name
    pledger  company  alibaba       Alibaba
    made_by  person   jack-ma       Jack Ma
    made_to  person   donald-trump  Donald Trump

    slug                               kind                date        relation  title
    ustr-notorious-markets-2016        regulatory_listing  2016        context   USTR lists Alibaba among notorious markets
    trump-tower-meeting                meeting             2017-01-09  made_at   Jack Ma meets Donald Trump at Trump Tower
    alibaba-program-announcement       announcement        2017-01-10  progress  Jack Ma announces a program to make good on the pledge
    access-asia-2017                   conference          2017-10-11  progress  Access Asia 2017 trade summit
    navarro-trade-council-appointment  appointment                     context   Trump names Peter Navarro to run the White House National Trade Council

    as_of       status       reason  source                       quote                                                                                                                           note                                                dispute
    2017-01-09  announced            president-trump-and-alibaba  he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market
    2017-01-10  in_progress          president-trump-and-alibaba  On January 10, 2017, Ma announced the launching of a program to make good on that promise.                                      the program to make good on the pledge is launched

    metric      label  pledged              revised  revised_on  delivered  delivered_on  percent
    businesses         1,000,000
    jobs               more than 1,000,000

    as_of  kind  metric  label  figure  source  quote  note

    facts                                                               source                             quote                                                                                                                                                                                                                                                                                                                     speaker
    businesses 1000000                                                  president-trump-and-alibaba        the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market
    category agricultural-products, apparel, fruit, wine                beijing-today-trump-tower-meeting  According to Jack Ma, Alibaba will focus on clothes, wine, agricultural products and fruits.
    category agricultural-products, fruit, wine                         president-trump-and-alibaba        Jack Ma, executive chairman of Alibaba, specifically mentioned agricultural products such as wine and fruit that cold be sold through Alibaba to consumers in China and Asia.
    company alibaba; jobs 1000000                                       beijing-today-trump-tower-meeting  Alibaba will provide more than 1 million positions in America
    event access-asia-2017                                              president-trump-and-alibaba        Alibaba plans a trade conferenced called Access Asia 2017 with it’s U.S partner Exhivisit and RepDM in Los Angeles, California on October 11-12, 2017
    event alibaba-program-announcement                                  president-trump-and-alibaba        On January 10, 2017, Ma announced the launching of a program to make good on that promise.
    event navarro-trade-council-appointment                             president-trump-and-alibaba        Trump has names Peter Navarro, a UC Irvine economics professor and China trade critic to run a White House National Trade Council.
    event ustr-notorious-markets-2016                                   beijing-today-trump-tower-meeting  In 2016, Alibaba was listed in the blacklist of “notorious market” published by the office United States Trade Representative Office because of Alibaba’s selling fake and infringing products.
    focus US small businesses, especially in the Midwest; market Asia   beijing-today-trump-tower-meeting  Small companies in the mid-west of America can sell their service and products to Asia on Alibaba’s platform
    focus US small businesses, especially in the Midwest                president-trump-and-alibaba        plans to expand in the U.S, especially Midwest
    formality verbal; made_at trump-tower-meeting                       beijing-today-trump-tower-meeting  Jack Ma also mentioned Alibaba’s expanding plan in America
    made_at trump-tower-meeting; made_by jack-ma; made_to donald-trump  president-trump-and-alibaba        When the Executive Chairmen of the Chinese mega-company Alibaba, Jack Ma, met with President Trump, he made a promise
    made_by jack-ma                                                     beijing-today-trump-tower-meeting  Jack Ma also mentioned Alibaba’s expanding plan in America, in which Alibaba will provide more than 1 million positions in America through helping small-sized enterprises to sell their products to China and other countries in Asia.
    market Asia                                                         president-trump-and-alibaba        sold through Alibaba to consumers in China and Asia
    market China                                                        beijing-today-trump-tower-meeting  to sell their products to China and other countries in Asia
    market China                                                        president-trump-and-alibaba        a gateway to the Chinese market
    market Southeast Asia                                               beijing-today-trump-tower-meeting  especially to the market of southeastern Asia
    statement                                                           president-trump-and-alibaba        “The two largest small business markets in the world are the United States and China, and connecting them seems like a good idea — good for the United States and good for China.” said Alibaba President Michael Evans.                                                                                                  Michael Evans
    statement                                                           president-trump-and-alibaba        “We want to help U.SD entrepreneurs, small business owners, brands, and companies of all sizes sell their goods to the growing Chinese consumer class. Chinese consumers will get to buy the American products they want. This, in turn, will help create American jobs and increase U.S exports.” Ma wrote at the time.  Jack Ma

    ----- stderr -----
    ");
}

#[test]
fn show_in_csv_prints_the_same_blocks() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "show", PLEDGE]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    field,value
    slug,alibaba-1-million-us-jobs
    title,Alibaba to create 1 million US jobs
    description,"Alibaba will help one million US small businesses sell goods to consumers in China and the rest of Asia on its platform, creating more than one million American jobs."
    kind,jobs
    made_on,2017-01-09
    made_at,trump-tower-meeting
    formality,verbal
    deadline,
    focus,"US small businesses, especially in the Midwest"
    status,in_progress
    status_since,2017-01-10
    overdue,no
    targets,businesses 1000000; jobs more_than 1000000
    categories,agricultural-products; apparel; fruit; wine
    markets,Asia; China; Southeast Asia
    relations,
    note,

    role,kind,party,name
    pledger,company,alibaba,Alibaba
    made_by,person,jack-ma,Jack Ma
    made_to,person,donald-trump,Donald Trump

    slug,kind,date,relation,title
    ustr-notorious-markets-2016,regulatory_listing,2016,context,USTR lists Alibaba among notorious markets
    trump-tower-meeting,meeting,2017-01-09,made_at,Jack Ma meets Donald Trump at Trump Tower
    alibaba-program-announcement,announcement,2017-01-10,progress,Jack Ma announces a program to make good on the pledge
    access-asia-2017,conference,2017-10-11,progress,Access Asia 2017 trade summit
    navarro-trade-council-appointment,appointment,,context,Trump names Peter Navarro to run the White House National Trade Council

    as_of,status,reason,source,quote,note,dispute
    2017-01-09,announced,,president-trump-and-alibaba,"he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market",,
    2017-01-10,in_progress,,president-trump-and-alibaba,"On January 10, 2017, Ma announced the launching of a program to make good on that promise.",the program to make good on the pledge is launched,

    metric,label,pledged,revised,revised_on,delivered,delivered_on,percent
    businesses,,1000000,,,,,
    jobs,,1000000,,,,,

    as_of,kind,metric,label,figure,source,quote,note

    facts,source,quote,speaker
    businesses 1000000,president-trump-and-alibaba,the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market,
    "category agricultural-products, apparel, fruit, wine",beijing-today-trump-tower-meeting,"According to Jack Ma, Alibaba will focus on clothes, wine, agricultural products and fruits.",
    "category agricultural-products, fruit, wine",president-trump-and-alibaba,"Jack Ma, executive chairman of Alibaba, specifically mentioned agricultural products such as wine and fruit that cold be sold through Alibaba to consumers in China and Asia.",
    company alibaba; jobs 1000000,beijing-today-trump-tower-meeting,Alibaba will provide more than 1 million positions in America,
    event access-asia-2017,president-trump-and-alibaba,"Alibaba plans a trade conferenced called Access Asia 2017 with it’s U.S partner Exhivisit and RepDM in Los Angeles, California on October 11-12, 2017",
    event alibaba-program-announcement,president-trump-and-alibaba,"On January 10, 2017, Ma announced the launching of a program to make good on that promise.",
    event navarro-trade-council-appointment,president-trump-and-alibaba,"Trump has names Peter Navarro, a UC Irvine economics professor and China trade critic to run a White House National Trade Council.",
    event ustr-notorious-markets-2016,beijing-today-trump-tower-meeting,"In 2016, Alibaba was listed in the blacklist of “notorious market” published by the office United States Trade Representative Office because of Alibaba’s selling fake and infringing products.",
    "focus US small businesses, especially in the Midwest; market Asia",beijing-today-trump-tower-meeting,Small companies in the mid-west of America can sell their service and products to Asia on Alibaba’s platform,
    "focus US small businesses, especially in the Midwest",president-trump-and-alibaba,"plans to expand in the U.S, especially Midwest",
    formality verbal; made_at trump-tower-meeting,beijing-today-trump-tower-meeting,Jack Ma also mentioned Alibaba’s expanding plan in America,
    made_at trump-tower-meeting; made_by jack-ma; made_to donald-trump,president-trump-and-alibaba,"When the Executive Chairmen of the Chinese mega-company Alibaba, Jack Ma, met with President Trump, he made a promise",
    made_by jack-ma,beijing-today-trump-tower-meeting,"Jack Ma also mentioned Alibaba’s expanding plan in America, in which Alibaba will provide more than 1 million positions in America through helping small-sized enterprises to sell their products to China and other countries in Asia.",
    market Asia,president-trump-and-alibaba,sold through Alibaba to consumers in China and Asia,
    market China,beijing-today-trump-tower-meeting,to sell their products to China and other countries in Asia,
    market China,president-trump-and-alibaba,a gateway to the Chinese market,
    market Southeast Asia,beijing-today-trump-tower-meeting,especially to the market of southeastern Asia,
    statement,president-trump-and-alibaba,"“The two largest small business markets in the world are the United States and China, and connecting them seems like a good idea — good for the United States and good for China.” said Alibaba President Michael Evans.",Michael Evans
    statement,president-trump-and-alibaba,"“We want to help U.SD entrepreneurs, small business owners, brands, and companies of all sizes sell their goods to the growing Chinese consumer class. Chinese consumers will get to buy the American products they want. This, in turn, will help create American jobs and increase U.S exports.” Ma wrote at the time.",Jack Ma

    ----- stderr -----
    "#);
}

/// The cells of a delimited output, block by block (blocks are separated by a blank line).
fn cells(out: &[u8], delimiter: u8) -> Vec<Vec<Vec<String>>> {
    let text = String::from_utf8(out.to_vec()).unwrap();
    text.split("\n\n")
        .map(|block| {
            csv::ReaderBuilder::new()
                .delimiter(delimiter)
                .has_headers(false)
                .quoting(delimiter == b',')
                .from_reader(block.as_bytes())
                .records()
                .map(|r| r.unwrap().iter().map(str::to_owned).collect())
                .collect()
        })
        .collect()
}

/// TSV holds the same cells as the CSV snapshotted above, so it is compared, not snapshotted.
#[test]
fn show_in_tsv_prints_the_same_blocks() {
    let db = TestDb::seeded();
    let csv = db.cmd(&["--format", "csv", "show", PLEDGE]).output().unwrap();
    let tsv = db.cmd(&["--format", "tsv", "show", PLEDGE]).output().unwrap();
    assert!(tsv.status.success() && tsv.stderr.is_empty());
    assert_eq!(cells(&tsv.stdout, b'\t'), cells(&csv.stdout, b','));
    assert!(cells(&tsv.stdout, b'\t').len() >= 4, "facts, events, history and evidence");
}

#[test]
fn show_in_json_is_one_object() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["--format", "json", "show", PLEDGE]), @r#"
    success: true
    exit_code: 0
    ----- stdout -----
    {
      "slug": "alibaba-1-million-us-jobs",
      "title": "Alibaba to create 1 million US jobs",
      "description": "Alibaba will help one million US small businesses sell goods to consumers in China and the rest of Asia on its platform, creating more than one million American jobs.",
      "kind": "jobs",
      "company": "Alibaba",
      "made_by": "Jack Ma",
      "made_to": "Donald Trump",
      "parties": [
        {
          "role": "pledger",
          "kind": "company",
          "party": "alibaba",
          "name": "Alibaba"
        },
        {
          "role": "made_by",
          "kind": "person",
          "party": "jack-ma",
          "name": "Jack Ma"
        },
        {
          "role": "made_to",
          "kind": "person",
          "party": "donald-trump",
          "name": "Donald Trump"
        }
      ],
      "made_on": "2017-01-09",
      "made_at": "trump-tower-meeting",
      "formality": "verbal",
      "deadline": null,
      "focus": "US small businesses, especially in the Midwest",
      "status": "in_progress",
      "status_since": "2017-01-10",
      "overdue": false,
      "targets": [
        {
          "metric": "businesses",
          "label": "",
          "amount": 1000000,
          "unit": "",
          "qualifier": null,
          "minimum": null,
          "maximum": null,
          "by": null,
          "over_years": null,
          "for_years": null
        },
        {
          "metric": "jobs",
          "label": "",
          "amount": 1000000,
          "unit": "",
          "qualifier": "more_than",
          "minimum": null,
          "maximum": null,
          "by": null,
          "over_years": null,
          "for_years": null
        }
      ],
      "figures": [
        {
          "pledge": "alibaba-1-million-us-jobs",
          "metric": "businesses",
          "label": "",
          "unit": "",
          "pledged": {
            "amount": 1000000,
            "unit": "",
            "qualifier": null,
            "minimum": null,
            "maximum": null
          },
          "revised": null,
          "revised_on": null,
          "delivered": null,
          "delivered_on": null,
          "percent": null
        },
        {
          "pledge": "alibaba-1-million-us-jobs",
          "metric": "jobs",
          "label": "",
          "unit": "",
          "pledged": {
            "amount": 1000000,
            "unit": "",
            "qualifier": "more_than",
            "minimum": null,
            "maximum": null
          },
          "revised": null,
          "revised_on": null,
          "delivered": null,
          "delivered_on": null,
          "percent": null
        }
      ],
      "categories": [
        "agricultural-products",
        "apparel",
        "fruit",
        "wine"
      ],
      "markets": [
        "Asia",
        "China",
        "Southeast Asia"
      ],
      "note": null,
      "events": [
        {
          "slug": "ustr-notorious-markets-2016",
          "kind": "regulatory_listing",
          "date": "2016",
          "relation": "context",
          "title": "USTR lists Alibaba among notorious markets"
        },
        {
          "slug": "trump-tower-meeting",
          "kind": "meeting",
          "date": "2017-01-09",
          "relation": "made_at",
          "title": "Jack Ma meets Donald Trump at Trump Tower"
        },
        {
          "slug": "alibaba-program-announcement",
          "kind": "announcement",
          "date": "2017-01-10",
          "relation": "progress",
          "title": "Jack Ma announces a program to make good on the pledge"
        },
        {
          "slug": "access-asia-2017",
          "kind": "conference",
          "date": "2017-10-11",
          "relation": "progress",
          "title": "Access Asia 2017 trade summit"
        },
        {
          "slug": "navarro-trade-council-appointment",
          "kind": "appointment",
          "date": null,
          "relation": "context",
          "title": "Trump names Peter Navarro to run the White House National Trade Council"
        }
      ],
      "timeline": [
        {
          "as_of": "2017-01-09",
          "status": "announced",
          "reason": null,
          "source": "president-trump-and-alibaba",
          "quote": "he made a promise, the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market",
          "note": null,
          "disputed": false,
          "preferred_reason": null
        },
        {
          "as_of": "2017-01-10",
          "status": "in_progress",
          "reason": null,
          "source": "president-trump-and-alibaba",
          "quote": "On January 10, 2017, Ma announced the launching of a program to make good on that promise.",
          "note": "the program to make good on the pledge is launched",
          "disputed": false,
          "preferred_reason": null
        }
      ],
      "revisions": [],
      "progress": [],
      "relations": [],
      "quotes": [
        {
          "source": "president-trump-and-alibaba",
          "quote": "the goliath online sales platform would give 1 million U.S small businesses a gateway to the Chinese market",
          "speaker": null,
          "facts": [
            {
              "field": "businesses",
              "value": "1000000"
            }
          ]
        },
        {
          "source": "beijing-today-trump-tower-meeting",
          "quote": "According to Jack Ma, Alibaba will focus on clothes, wine, agricultural products and fruits.",
          "speaker": null,
          "facts": [
            {
              "field": "category",
              "value": "agricultural-products"
            },
            {
              "field": "category",
              "value": "apparel"
            },
            {
              "field": "category",
              "value": "fruit"
            },
            {
              "field": "category",
              "value": "wine"
            }
          ]
        },
        {
          "source": "president-trump-and-alibaba",
          "quote": "Jack Ma, executive chairman of Alibaba, specifically mentioned agricultural products such as wine and fruit that cold be sold through Alibaba to consumers in China and Asia.",
          "speaker": null,
          "facts": [
            {
              "field": "category",
              "value": "agricultural-products"
            },
            {
              "field": "category",
              "value": "fruit"
            },
            {
              "field": "category",
              "value": "wine"
            }
          ]
        },
        {
          "source": "beijing-today-trump-tower-meeting",
          "quote": "Alibaba will provide more than 1 million positions in America",
          "speaker": null,
          "facts": [
            {
              "field": "company",
              "value": "alibaba"
            },
            {
              "field": "jobs",
              "value": "1000000"
            }
          ]
        },
        {
          "source": "president-trump-and-alibaba",
          "quote": "Alibaba plans a trade conferenced called Access Asia 2017 with it’s U.S partner Exhivisit and RepDM in Los Angeles, California on October 11-12, 2017",
          "speaker": null,
          "facts": [
            {
              "field": "event",
              "value": "access-asia-2017"
            }
          ]
        },
        {
          "source": "president-trump-and-alibaba",
          "quote": "On January 10, 2017, Ma announced the launching of a program to make good on that promise.",
          "speaker": null,
          "facts": [
            {
              "field": "event",
              "value": "alibaba-program-announcement"
            }
          ]
        },
        {
          "source": "president-trump-and-alibaba",
          "quote": "Trump has names Peter Navarro, a UC Irvine economics professor and China trade critic to run a White House National Trade Council.",
          "speaker": null,
          "facts": [
            {
              "field": "event",
              "value": "navarro-trade-council-appointment"
            }
          ]
        },
        {
          "source": "beijing-today-trump-tower-meeting",
          "quote": "In 2016, Alibaba was listed in the blacklist of “notorious market” published by the office United States Trade Representative Office because of Alibaba’s selling fake and infringing products.",
          "speaker": null,
          "facts": [
            {
              "field": "event",
              "value": "ustr-notorious-markets-2016"
            }
          ]
        },
        {
          "source": "beijing-today-trump-tower-meeting",
          "quote": "Small companies in the mid-west of America can sell their service and products to Asia on Alibaba’s platform",
          "speaker": null,
          "facts": [
            {
              "field": "focus",
              "value": "US small businesses, especially in the Midwest"
            },
            {
              "field": "market",
              "value": "Asia"
            }
          ]
        },
        {
          "source": "president-trump-and-alibaba",
          "quote": "plans to expand in the U.S, especially Midwest",
          "speaker": null,
          "facts": [
            {
              "field": "focus",
              "value": "US small businesses, especially in the Midwest"
            }
          ]
        },
        {
          "source": "beijing-today-trump-tower-meeting",
          "quote": "Jack Ma also mentioned Alibaba’s expanding plan in America",
          "speaker": null,
          "facts": [
            {
              "field": "formality",
              "value": "verbal"
            },
            {
              "field": "made_at",
              "value": "trump-tower-meeting"
            }
          ]
        },
        {
          "source": "president-trump-and-alibaba",
          "quote": "When the Executive Chairmen of the Chinese mega-company Alibaba, Jack Ma, met with President Trump, he made a promise",
          "speaker": null,
          "facts": [
            {
              "field": "made_at",
              "value": "trump-tower-meeting"
            },
            {
              "field": "made_by",
              "value": "jack-ma"
            },
            {
              "field": "made_to",
              "value": "donald-trump"
            }
          ]
        },
        {
          "source": "beijing-today-trump-tower-meeting",
          "quote": "Jack Ma also mentioned Alibaba’s expanding plan in America, in which Alibaba will provide more than 1 million positions in America through helping small-sized enterprises to sell their products to China and other countries in Asia.",
          "speaker": null,
          "facts": [
            {
              "field": "made_by",
              "value": "jack-ma"
            }
          ]
        },
        {
          "source": "president-trump-and-alibaba",
          "quote": "sold through Alibaba to consumers in China and Asia",
          "speaker": null,
          "facts": [
            {
              "field": "market",
              "value": "Asia"
            }
          ]
        },
        {
          "source": "beijing-today-trump-tower-meeting",
          "quote": "to sell their products to China and other countries in Asia",
          "speaker": null,
          "facts": [
            {
              "field": "market",
              "value": "China"
            }
          ]
        },
        {
          "source": "president-trump-and-alibaba",
          "quote": "a gateway to the Chinese market",
          "speaker": null,
          "facts": [
            {
              "field": "market",
              "value": "China"
            }
          ]
        },
        {
          "source": "beijing-today-trump-tower-meeting",
          "quote": "especially to the market of southeastern Asia",
          "speaker": null,
          "facts": [
            {
              "field": "market",
              "value": "Southeast Asia"
            }
          ]
        },
        {
          "source": "president-trump-and-alibaba",
          "quote": "“The two largest small business markets in the world are the United States and China, and connecting them seems like a good idea — good for the United States and good for China.” said Alibaba President Michael Evans.",
          "speaker": "Michael Evans",
          "facts": [
            {
              "field": "statement",
              "value": null
            }
          ]
        },
        {
          "source": "president-trump-and-alibaba",
          "quote": "“We want to help U.SD entrepreneurs, small business owners, brands, and companies of all sizes sell their goods to the growing Chinese consumer class. Chinese consumers will get to buy the American products they want. This, in turn, will help create American jobs and increase U.S exports.” Ma wrote at the time.",
          "speaker": "Jack Ma",
          "facts": [
            {
              "field": "statement",
              "value": null
            }
          ]
        }
      ]
    }

    ----- stderr -----
    "#);
}

#[test]
fn show_in_json_has_the_documented_keys() {
    let db = TestDb::seeded();
    let out = db.cmd(&["--format", "json", "show", PLEDGE]).output().unwrap();
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "slug",
        "title",
        "company",
        "made_by",
        "made_to",
        "made_on",
        "formality",
        "deadline",
        "status",
        "status_since",
        "overdue",
        "targets",
        "categories",
        "markets",
        "events",
        "timeline",
        "relations",
        "quotes",
    ] {
        assert!(shown.get(key).is_some(), "no `{key}`");
    }
    let keys = |array: &str, keys: &[&str]| {
        for item in shown[array].as_array().unwrap() {
            for key in keys {
                assert!(item.get(key).is_some(), "no `{array}[].{key}`");
            }
        }
    };
    keys("targets", &["metric", "amount", "qualifier"]);
    keys("events", &["slug", "kind", "date", "relation"]);
    keys("timeline", &["as_of", "status", "reason", "source", "quote"]);
    keys("quotes", &["source", "quote", "speaker", "facts"]);
    for quoted in shown["quotes"].as_array().unwrap() {
        for fact in quoted["facts"].as_array().unwrap() {
            assert!(fact.get("field").is_some() && fact.get("value").is_some(), "{fact}");
        }
    }
}

#[test]
fn show_as_of_gives_the_status_and_history_known_then() {
    let db = TestDb::seeded();
    let out =
        db.cmd(&["--format", "json", "show", PLEDGE, "--as-of", "2017-01-09"]).output().unwrap();
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["status"], "announced");
    assert_eq!(shown["status_since"], "2017-01-09");
    assert_eq!(shown["timeline"].as_array().unwrap().len(), 1);
}

#[test]
fn show_before_the_pledge_was_made_says_so() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["show", PLEDGE, "--as-of", "2017-01-08"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: pledge `alibaba-1-million-us-jobs` was made on 2017-01-09: on 2017-01-08 it did not exist yet
    ");
}

#[test]
fn show_names_an_unknown_pledge_and_where_to_look() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["show", "nope"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no pledge `nope` (see `pledge list`)
    ");
}

#[test]
fn show_takes_a_slug_that_looks_like_sql_as_a_plain_value() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["show", "x' OR '1'='1"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no pledge `x' OR '1'='1` (see `pledge list`)
    ");
}

#[test]
fn show_of_a_pledge_with_a_withdrawal_gives_its_reason() {
    let db = crate::fixture::more_pledges();
    assert_cmd_snapshot!(db.cmd(&["--format", "csv", "show", "taobao-wine-sales"]), @"
    success: true
    exit_code: 0
    ----- stdout -----
    field,value
    slug,taobao-wine-sales
    title,Taobao to sell US wine
    description,Taobao will sell wine from California.
    kind,purchase
    made_on,2017-03-01
    made_at,
    formality,verbal
    deadline,2018-12-31
    focus,
    status,withdrawn
    status_since,2018-06-30
    overdue,no
    targets,exports up_to 100000000 USD
    categories,wine
    markets,
    relations,
    note,

    role,kind,party,name
    pledger,company,taobao,Taobao
    made_by,person,jack-ma,Jack Ma
    made_to,person,donald-trump,Donald Trump

    slug,kind,date,relation,title

    as_of,status,reason,source,quote,note,dispute
    2017-03-01,announced,,test-notes,Taobao will sell US wine,,
    2018-06-30,withdrawn,business_change,test-notes,Taobao drops the wine plan,,

    metric,label,pledged,revised,revised_on,delivered,delivered_on,percent
    exports,,100000000 USD,,,,,

    as_of,kind,metric,label,figure,source,quote,note

    facts,source,quote,speaker

    ----- stderr -----
    ");
}

#[test]
fn show_and_timeline_take_a_pledge_by_its_title() {
    let db = TestDb::seeded();
    let title = "alibaba to create 1 million us jobs";
    let by_slug = db.cmd(&["show", "alibaba-1-million-us-jobs"]).output().unwrap();
    let by_title = db.cmd(&["show", title]).output().unwrap();
    assert!(by_title.status.success());
    assert_eq!(by_title.stdout, by_slug.stdout);
    let by_slug = db.cmd(&["timeline", "alibaba-1-million-us-jobs"]).output().unwrap();
    let by_title = db.cmd(&["timeline", title]).output().unwrap();
    assert!(by_title.status.success());
    assert_eq!(by_title.stdout, by_slug.stdout);
}

#[test]
fn show_suggests_the_closest_pledges_for_an_unknown_one() {
    let db = TestDb::seeded();
    assert_cmd_snapshot!(db.cmd(&["show", "alibaba-1-milion-us-jobs"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no pledge `alibaba-1-milion-us-jobs`; did you mean `alibaba-1-million-us-jobs`? (see `pledge list`)
    ");
    assert_cmd_snapshot!(db.cmd(&["timeline", "Alibaba jobs"]), @"
    success: false
    exit_code: 1
    ----- stdout -----

    ----- stderr -----
    error: no pledge `Alibaba jobs`; did you mean `alibaba-1-million-us-jobs`? (see `pledge list`)
    ");
}
