use super::*;
use crate::draft::Record;
use governments::ADJECTIVES;

fn parties(text: &str, known: &Known) -> Vec<(Kind, String)> {
    let mut got: Vec<(Kind, String)> =
        find(text, known).into_iter().map(|c| (c.kind, c.value)).collect();
    got.sort_by_key(|(k, v)| (format!("{k:?}"), v.clone()));
    got.dedup();
    got
}

#[test]
fn new_parties_are_proposed_from_their_roles() {
    let text = "SoftBank Group CEO Masayoshi Son met Trump in New York. Foxconn said it would.";
    let got = parties(text, &Known::default());
    assert!(got.contains(&(Kind::Person, "Masayoshi Son".into())), "{got:?}");
    assert!(got.contains(&(Kind::Company, "SoftBank".into())), "{got:?}");
    assert!(got.contains(&(Kind::Government, "New York".into())), "{got:?}");
    let got =
        parties("Foxconn Technology Group and United Technologies Corp. said", &Known::default());
    let companies: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    assert_eq!(companies, ["Foxconn", "United Technologies"]);
}

#[test]
fn titles_are_not_names_and_politicians_carry_their_party() {
    let text = "Hyundai Motor Group Executive Chairman Euisun Chung announced it with House \
                Speaker Mike Johnson (R-LA) and tech billionaire Masayoshi Son. CC Wei said \
                so, said Natarajan Chandrasekaran, the chair of Tata Group.";
    let got = parties(text, &Known::default());
    let people: Vec<&str> =
        got.iter().filter(|(k, _)| *k == Kind::Person).map(|(_, v)| v.as_str()).collect();
    assert_eq!(
        people,
        ["CC Wei", "Euisun Chung", "Masayoshi Son", "Mike Johnson", "Natarajan Chandrasekaran"]
    );
}

#[test]
fn brands_with_inner_capitals_are_companies_but_surnames_are_not() {
    let text = "Jobs by OneWeb and SoftBank, said Ryan McMahon and Gov. Ron DeSantis.";
    let got = parties(text, &Known::default());
    let companies: Vec<&str> =
        got.iter().filter(|(k, _)| *k == Kind::Company).map(|(_, v)| v.as_str()).collect();
    assert_eq!(companies, ["OneWeb", "SoftBank"]);
}

#[test]
fn speakers_subjects_and_descriptions_name_parties() {
    let text = "It was stated Pat Gelsinger, Intel CEO. Tata Steel has also committed to it. \
                Micron – based in Boise – agreed, as did the European Union and Washington.";
    let got = parties(text, &Known::default());
    assert_eq!(
        got,
        [
            (Kind::Company, "Intel".into()),
            (Kind::Company, "Micron".into()),
            (Kind::Company, "Tata Steel".into()),
            (Kind::Government, "European Union".into()),
            (Kind::Government, "United States".into()),
            (Kind::Person, "Pat Gelsinger".into()),
        ]
    );
}

#[test]
fn companies_listed_as_partners_are_companies_but_counties_are_not() {
    let text = "Apple will work with partners, including Corning, Applied Materials, Broadcom \
                and MP Materials. Fewer employees left. Its plant in Onondaga County will help.";
    let got = parties(text, &Known::default());
    let companies: Vec<&str> =
        got.iter().filter(|(k, _)| *k == Kind::Company).map(|(_, v)| v.as_str()).collect();
    assert_eq!(companies, ["Apple", "Applied Materials", "Broadcom", "Corning", "MP Materials"]);
}

#[test]
fn the_longest_government_name_wins() {
    let got = parties("Plants in New Mexico, West Virginia and south Wales.", &Known::default());
    let names: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    assert_eq!(names, ["New Mexico", "Wales", "West Virginia"]);
}

#[test]
fn known_records_match_by_alias_in_whole_words() {
    let known = Known {
        people: vec![Record { slug: "jack-ma".into(), names: vec!["Jack Ma".into(), "Ma".into()] }],
        ..Known::default()
    };
    let got = parties("Jack Ma met Mao; Ma said so.", &known);
    assert_eq!(got, [(Kind::Person, "jack-ma".into())]);
}

#[test]
fn a_record_s_one_word_name_is_someone_else_s_where_the_text_names_that_one_in_full() {
    let known = Known {
        people: vec![Record { slug: "jack-ma".into(), names: vec!["Jack Ma".into(), "Ma".into()] }],
        ..Known::default()
    };
    let text = "Ma Xingrui, governor of Guangdong, spoke. It took 18 months, Ma said.";
    let got = parties(text, &known);
    assert!(!got.iter().any(|(_, v)| v == "jack-ma"), "{got:?}");
    let got = parties("Jack Ma met Ma Xingrui. Ma said so.", &known);
    assert!(got.contains(&(Kind::Person, "jack-ma".into())), "{got:?}");
}

#[test]
fn a_surname_alone_is_the_person_named_in_full() {
    let known = Known {
        people: vec![Record { slug: "barack-obama".into(), names: vec!["Barack Obama".into()] }],
        ..Known::default()
    };
    let text = "SoftBank CEO Masayoshi Son met Trump. Son said so, and so did President Obama.";
    let got: Vec<(String, String)> = find(text, &known)
        .into_iter()
        .filter(|c| c.kind == Kind::Person)
        .map(|c| (text[c.start..c.end].to_owned(), c.value))
        .collect();
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert!(got.contains(&("Son", "Masayoshi Son")), "{got:?}");
    assert!(got.contains(&("Obama", "barack-obama")), "{got:?}");
}

#[test]
fn a_parent_and_its_subsidiary_are_companies() {
    let text = "More jobs remain. United Technologies, Carrier’s parent company, announced it.";
    let got = parties(text, &Known::default());
    assert!(got.contains(&(Kind::Company, "United Technologies".into())), "{got:?}");
    assert!(got.contains(&(Kind::Company, "Carrier".into())), "{got:?}");
}

#[test]
fn accented_names_suffixes_after_a_comma_and_owners_are_read() {
    let text = "Nevertheless, the governor, Samuel García, said so. GE Appliances, a Haier company, \
                will add jobs. Mexico City-based Cartograf plans to build. A grant went to \
                Continental Structural Plastics, Inc, said Kevin Nolan, chief executive \
                officer, GE Appliances.";
    let got = parties(text, &Known::default());
    for (kind, name) in [
        (Kind::Person, "Samuel García"),
        (Kind::Company, "Haier"),
        (Kind::Company, "Cartograf"),
        (Kind::Company, "Continental Structural Plastics"),
        (Kind::Company, "GE Appliances"),
    ] {
        assert!(got.contains(&(kind, name.into())), "{name}: {got:?}");
    }
}

#[test]
fn subdivisions_abroad_are_governments_and_recorded_ones_are_proposed_by_code() {
    let known = Known {
        governments: vec![Record { slug: "US-TX".into(), names: vec!["Texas".into()] }],
        ..Known::default()
    };
    let text = "Tesla will build in Nuevo León, and Foxconn in Telangana and Bavaria; Texas too, \
                for US $5 billion.";
    let got = parties(text, &known);
    for (kind, name) in [
        (Kind::Government, "Nuevo León"),
        (Kind::Government, "Telangana"),
        (Kind::Government, "Bavaria"),
        (Kind::Government, "US-TX"),
    ] {
        assert!(got.contains(&(kind, name.into())), "{name}: {got:?}");
    }
    assert!(!got.contains(&(Kind::Government, "United States".into())), "{got:?}");
    let why = find(text, &known).into_iter().find(|c| c.value == "Nuevo León").unwrap().why;
    assert_eq!(why, "`Nuevo León` names the government of Nuevo León, ISO 3166 code `MX-NLE`");
}

#[test]
fn every_government_code_is_in_the_iso_lists() {
    let all = super::GOVERNMENTS.iter().chain(super::SUBDIVISIONS);
    for (written, name, code) in all {
        let Some(code) = code else { continue };
        assert!(crate::model::check_government(code).is_ok(), "{written} ({name}): {code}");
    }
}

#[test]
fn headlines_name_nothing_but_a_label_over_a_company_names_it() {
    let text = "TESLA TO BUILD GIGAFACTORY IN MEXICO\n\nCISCO SYSTEMS\nThe U.S. networking \
                equipment maker will begin manufacturing in India.\n\nBACKGROUND\nSales grew.";
    let got = parties(text, &Known::default());
    assert_eq!(
        got,
        [
            (Kind::Company, "Cisco Systems".into()),
            (Kind::Government, "India".into()),
            (Kind::Government, "United States".into())
        ],
        "{got:?}"
    );
}

#[test]
fn letters_in_brackets_closing_a_broken_sentence_are_no_label() {
    let text = "The investment is expected to account for 0.3 per cent of gross domestic product\n\
                (GDP).\n\nThe company is yet to start construction.";
    let got = parties(text, &Known::default());
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn prime_ministers_appositions_and_longer_names_are_read() {
    let text = "U.S. Trade Representative Katherine Tai met Indian Prime Minister Narendra Modi. ABP, the UK’s largest port operator, \
                has committed £200m. Imperial College London has announced a campus. Amazon.com \
                Inc’s unit grew, and Amazon Web Services said so, through contract electronics \
                makers Foxconn and Wistron Corp.";
    let got = parties(text, &Known::default());
    for (kind, name) in [
        (Kind::Person, "Narendra Modi"),
        (Kind::Person, "Katherine Tai"),
        (Kind::Company, "ABP"),
        (Kind::Company, "Imperial College London"),
        (Kind::Company, "Amazon"),
        (Kind::Company, "Foxconn"),
        (Kind::Company, "Wistron"),
    ] {
        assert!(got.contains(&(kind, name.into())), "{name}: {got:?}");
    }
    assert!(!got.iter().any(|(_, v)| v.contains("Prime") || v == "Web Services"), "{got:?}");
    let got =
        parties("“We will grow,” Jane Smithers, the company’s chief, said.", &Known::default());
    assert!(!got.iter().any(|(k, _)| *k == Kind::Company), "{got:?}");
}

#[test]
fn the_state_and_the_kingdom_are_the_governments_named_before_them() {
    let text = "Kentucky will help, as the commonwealth’s economy grows; the state of Ohio won. \
                Britain agreed, and the Kingdom will pay. The state also agreed.";
    let got: Vec<(String, String)> = find(text, &Known::default())
        .into_iter()
        .filter(|c| c.kind == Kind::Government)
        .map(|c| (text[c.start..c.end].to_owned(), c.value))
        .collect();
    let got: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    for want in [
        ("the commonwealth", "Kentucky"),
        ("the Kingdom", "United Kingdom"),
        ("The state", "Ohio"),
        ("Ohio", "Ohio"),
    ] {
        assert!(got.contains(&want), "{want:?}: {got:?}");
    }
    assert!(!got.iter().any(|(t, _)| t.ends_with("of")), "{got:?}");
}

#[test]
fn a_granting_country_by_its_adjective_and_owners_of_described_plants_are_parties() {
    let text = "Regulators approved €902 million in German state subsidies to the Japanese \
                automaker. BYD acquired Ford's industrial plant in Camaçari, Bahia state. GM \
                South America will grow.";
    let got = parties(text, &Known::default());
    let values: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    assert!(got.contains(&(Kind::Government, "Germany".into())), "{got:?}");
    assert!(got.contains(&(Kind::Government, "Bahia".into())), "{got:?}");
    assert!(got.contains(&(Kind::Company, "Ford".into())), "{got:?}");
    assert!(!values.contains(&"Japan"), "{got:?}");
    assert!(!values.contains(&"United States"), "{got:?}");
}

#[test]
fn a_government_by_a_less_common_adjective_is_its_country_and_a_company_s_origin_is_none() {
    let text = "The Armenian government on December 29th decided to exempt SOLARA company from \
                customs duty. The Taiwanese company will invest $5 million.";
    let got = parties(text, &Known::default());
    let values: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    assert!(got.contains(&(Kind::Government, "Armenia".into())), "{got:?}");
    assert!(!values.contains(&"Taiwan"), "{got:?}");
}

#[test]
fn a_full_name_before_a_lowercase_title_is_a_person() {
    let text = "\"It is late,\" Michael Smith, the president of the board, told the paper.";
    let got = parties(text, &Known::default());
    assert!(got.contains(&(Kind::Person, "Michael Smith".into())), "{got:?}");
}

#[test]
fn the_european_commission_is_the_european_union() {
    let got = parties("The European Commission said the aid was approved.", &Known::default());
    assert_eq!(got, [(Kind::Government, "European Union".to_owned())]);
}

#[test]
fn every_adjective_names_a_government_with_a_code() {
    for (adjective, government) in ADJECTIVES {
        let code = GOVERNMENTS.iter().find(|(name, _, _)| name == government).and_then(|g| g.2);
        assert!(code.is_some(), "{adjective}: {government}");
    }
}

#[test]
fn a_full_name_with_a_particle_after_a_role_is_read_whole() {
    let text = "President Luiz Inácio Lula da Silva met them. President Joe Biden said so.";
    let got = parties(text, &Known::default());
    assert!(got.contains(&(Kind::Person, "Luiz Inácio Lula da Silva".into())), "{got:?}");
    assert!(got.contains(&(Kind::Person, "Joe Biden".into())), "{got:?}");
}

#[test]
fn an_abbreviation_spelled_out_is_its_company_or_the_parent_named_alone() {
    let text = "Amazon's AWS to invest in Japan. Amazon Web Services, or AWS, said it plans to \
                invest, AWS said. Hyundai Motor America (HMA) is new. HMA will hire.";
    let got = parties(text, &Known::default());
    assert!(got.contains(&(Kind::Company, "Amazon".into())), "{got:?}");
    assert!(!got.iter().any(|(_, v)| v == "AWS" || v == "HMA"), "{got:?}");
    assert!(got.contains(&(Kind::Company, "Hyundai Motor America".into())), "{got:?}");
}

#[test]
fn every_company_of_a_list_of_signatories_is_read() {
    let text = "The companies that signed the agreements included Intel for a fab, Micron and \
                Samsung Electronics for memory, and Apollo Tyres for tyres.";
    let got = parties(text, &Known::default());
    for name in ["Intel", "Micron", "Samsung Electronics", "Apollo Tyres"] {
        assert!(got.contains(&(Kind::Company, name.into())), "{name}: {got:?}");
    }
}

#[test]
fn a_list_after_a_word_for_companies_is_read_with_no_company_word() {
    let text = "Among the leading brands in the deal are Pepsi, Bosch, Price Waterhouse Coopers \
                (PWC) and Boston Scientific. The five investors that chose the estate this \
                month, partly for its port in Central Java, are: PT Meiloon Technology \
                Indonesia, PT Sagami Indonesia, and PT LG Electronics Indonesia.";
    let got = parties(text, &Known::default());
    for name in [
        "Pepsi",
        "Bosch",
        "Price Waterhouse Coopers",
        "Boston Scientific",
        "Meiloon Technology Indonesia",
        "Sagami Indonesia",
        "LG Electronics Indonesia",
    ] {
        assert!(got.contains(&(Kind::Company, name.into())), "{name}: {got:?}");
    }
    assert!(got.contains(&(Kind::Government, "Central Java".into())), "{got:?}");
    assert!(!got.contains(&(Kind::Government, "Indonesia".into())), "{got:?}");
    let got = parties("The companies are expected to hire.", &Known::default());
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn hyphenated_names_and_ministers_with_a_portfolio_are_people() {
    let text = "Hyundai Motor Group Executive Chair Chung Eui-sun met the Minister of Labor and \
                Social Policies Marina Calderone.";
    let got = parties(text, &Known::default());
    for name in ["Chung Eui-sun", "Marina Calderone"] {
        assert!(got.contains(&(Kind::Person, name.into())), "{name}: {got:?}");
    }
}

#[test]
fn regions_of_asia_and_europe_are_governments() {
    let text = "Plants in Gyeonggi Province, Lombardy, Brittany, Binh Duong, Rayong, Aichi and \
                the Eastern Province, and offices in the West Midlands.";
    let got = parties(text, &Known::default());
    for name in
        ["Gyeonggi", "Lombardy", "Brittany", "Binh Duong", "Rayong", "Aichi", "Eastern Province"]
    {
        assert!(got.contains(&(Kind::Government, name.into())), "{name}: {got:?}");
    }
    assert!(got.contains(&(Kind::Government, "West Midlands".into())), "{got:?}");
}

#[test]
fn the_us_with_its_stop_before_a_company_word_says_where_it_comes_from() {
    let got = parties("The U.S. chipmaker will build in Poland.", &Known::default());
    assert!(!got.contains(&(Kind::Government, "United States".into())), "{got:?}");
    assert!(got.contains(&(Kind::Government, "Poland".into())), "{got:?}");
}

#[test]
fn a_region_named_by_its_kind_is_a_government_but_a_direction_is_not() {
    let text = "Plants in Quang Tri Province, the Kurdistan Region and Aichi Prefecture; sales in \
                the Asia Pacific Region and the Eastern Region.";
    let got = parties(text, &Known::default());
    for name in ["Quang Tri Province", "Kurdistan Region", "Aichi"] {
        assert!(got.contains(&(Kind::Government, name.into())), "{name}: {got:?}");
    }
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn brands_and_tenants_such_as_named_ones_are_companies() {
    let text = "The park draws tenants such as Foxlink and Unilever, and brands including Nestle and Danone.";
    let got = parties(text, &Known::default());
    for name in ["Foxlink", "Unilever", "Nestle", "Danone"] {
        assert!(got.contains(&(Kind::Company, name.into())), "{name}: {got:?}");
    }
}

#[test]
fn any_country_named_as_a_noun_is_a_party() {
    let text = "Rabat – Morocco’s Ministry of Industry signed. Kenya and Peru followed.";
    let got = parties(text, &Known::default());
    for name in ["Morocco", "Kenya", "Peru"] {
        assert!(got.contains(&(Kind::Government, name.into())), "{name}: {got:?}");
    }
}

#[test]
fn products_months_and_development_agencies_are_no_companies() {
    let text = "Google chose Michigan for their new Internet project, AdWords. It uses the new \
                RibbonFET and PowerVia innovations. When Evergreen Solar made the announcement \
                this past January, the company blamed prices. Michael Smith, the president of \
                the Chatham Economic Development Corporation, said so.";
    let got = parties(text, &Known::default());
    for name in ["AdWords", "PowerVia", "January", "Chatham Economic Development"] {
        assert!(!got.iter().any(|(_, v)| v == name), "{name}: {got:?}");
    }
}

#[test]
fn officials_counted_lists_heads_and_origins_name_companies_and_people() {
    let text = "She visited Konica Minolta/American Litho and Faurecia North America, two \
                companies expanding jobs. Granholm met with officials from Konica Minolta, who \
                purchased American Litho. This week she joined officials from Internet-giant \
                Google. However, CEO of Spanish automaker SEAT, Wayne Griffiths, stated so. In \
                September, Hana Micron, also from South Korea, opened a factory.";
    let got = parties(text, &Known::default());
    for name in ["Konica Minolta", "American Litho", "Faurecia", "Google", "Hana Micron"] {
        assert!(got.contains(&(Kind::Company, name.into())), "{name}: {got:?}");
    }
    assert!(got.contains(&(Kind::Person, "Wayne Griffiths".into())), "{got:?}");
    for name in ["Faurecia North America", "Internet-giant Google", "United States"] {
        assert!(!got.iter().any(|(_, v)| v == name), "{name}: {got:?}");
    }
}

#[test]
fn a_firm_named_after_its_founders_family_is_the_company_beside_the_person() {
    let text = "Japanese firm Tamiya is pouring in P2 billion for a new facility. Tamiya chairman \
                and president Shunsaku Tamiya said the company will hire. Tamiya aims to start.";
    let got = parties(text, &Known::default());
    assert!(got.contains(&(Kind::Company, "Tamiya".into())), "{got:?}");
    assert!(got.contains(&(Kind::Person, "Shunsaku Tamiya".into())), "{got:?}");
}

#[test]
fn full_names_legal_forms_and_names_after_roles_are_read() {
    let text = "Eli Lilly and Co. announced plans. Lilly will operate six sites. Maruti Suzuki \
                India Limited (MSIL) will sign in the presence of Chief Minister Khattar. The Chief \
                Minister said so. Nissan chief operating officer Ashwani Gupta, unveiling it, \
                spoke. Sharon Hodgson, Labour MP for Washington and Sunderland West, said so. \
                Its chair and Koç Holding deputy chair of the board of directors Ali Koç stated \
                it. The conglomerate Koç Holding invested in Türkiye’s Kocaeli.";
    let got = parties(text, &Known::default());
    for (kind, name) in [
        (Kind::Company, "Eli Lilly"),
        (Kind::Company, "Maruti Suzuki India"),
        (Kind::Person, "Khattar"),
        (Kind::Person, "Ashwani Gupta"),
        (Kind::Person, "Sharon Hodgson"),
        (Kind::Person, "Ali Koç"),
        (Kind::Company, "Koç Holding"),
        (Kind::Government, "Türkiye"),
        (Kind::Government, "Kocaeli"),
    ] {
        assert!(got.contains(&(kind, name.into())), "{name}: {got:?}");
    }
    // A shorter name, a country inside a company's name, a title and a constituency are none.
    for name in ["Lilly", "India", "Chief Minister", "Sunderland West", "United States"] {
        assert!(!got.iter().any(|(_, v)| v == name), "{name}: {got:?}");
    }
}

#[test]
fn sites_places_agencies_and_nouns_opening_sentences_are_no_companies() {
    let text = "Construction will begin in 2022. The trucks will be built at BlueOval City. The site \
                in Alzey will employ 1,000. Haryana State Industrial & Infrastructure Development \
                Corporation will allot land.";
    let got = parties(text, &Known::default());
    assert!(!got.iter().any(|(k, _)| *k == Kind::Company), "{got:?}");
}

#[test]
fn names_with_letters_beyond_latin_1_are_read_whole() {
    let text =
        "Deputy Minister Łukasz Śliwiński said the plant would open. Dvořák Holding will invest.";
    let got = parties(text, &Known::default());
    assert!(got.contains(&(Kind::Person, "Łukasz Śliwiński".into())), "{got:?}");
    assert!(got.contains(&(Kind::Company, "Dvořák Holding".into())), "{got:?}");
}

#[test]
fn a_name_of_three_words_after_a_role_is_read_whole_without_a_weekday() {
    let text = "President Recep Tayyip Erdoğan attended. President Joe Biden Tuesday spoke.";
    let got = parties(text, &Known::default());
    assert!(got.contains(&(Kind::Person, "Recep Tayyip Erdoğan".into())), "{got:?}");
    assert!(got.contains(&(Kind::Person, "Joe Biden".into())), "{got:?}");
}

#[test]
fn brands_titles_initials_towns_and_adjectives_of_governments_are_read() {
    let text = "State-owned airline Qatar Airways bought jets. The emir, Sheikh Tamim bin Hamad Al \
                Thani, watched. Engines came from GE Aerospace. Eli Lilly and Company invested \
                in its Lebanon, Indiana site, bought from Nexus Pharmaceuticals. Separately, \
                it grew. “It is big,” said David A. Ricks, its chief. The Big Three American \
                automaker said so. The Canadian and Ontario governments chipped in. Eli Lilly \
                and Company said so. Lilly has committed more. Polaris grows in Wyoming, \
                Minnesota. Plants in Texas, Oklahoma and Kansas, and in Iowa, Nebraska, Ohio.";
    let got = parties(text, &Known::default());
    let values: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
    assert_eq!(
        values,
        [
            "Eli Lilly",
            "GE Aerospace",
            "Nexus Pharmaceuticals",
            "Qatar Airways",
            "Canada",
            "Indiana",
            "Iowa",
            "Kansas",
            "Minnesota",
            "Nebraska",
            "Ohio",
            "Oklahoma",
            "Ontario",
            "Texas",
            "David A. Ricks",
            "Tamim bin Hamad Al Thani"
        ]
    );
}

#[test]
fn a_brazilian_city_names_its_state_by_two_letters_only_in_an_article_about_brazil() {
    let text = "The R$ 11 billion plan expands the park in Sorocaba (SP) and Recife (XX).";
    let got = parties(text, &Known::default());
    assert_eq!(got, [(Kind::Government, "São Paulo".to_owned())]);
    assert_eq!(parties("A plant in Erie (PA) will grow.", &Known::default()), []);
}

#[test]
fn a_brazilian_state_named_as_a_state_is_a_government_only_in_an_article_about_brazil() {
    let text = "The R$ 6 billion came from projects in the State of São Paulo, honored by the \
                Paraná state government. A fair in São Paulo opened.";
    let got = parties(text, &Known::default());
    let states =
        [(Kind::Government, "Paraná".to_owned()), (Kind::Government, "São Paulo".to_owned())];
    assert_eq!(got, states);
    assert_eq!(parties("The State of São Paulo fair opened.", &Known::default()), []);
}
