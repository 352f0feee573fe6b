//! A head of state named after a possessive country, titles and ministries that are no names,
//! a country inside a company's name named twice, and companies listed, set off by their
//! trade or named as a partner.

use super::names_tests::names;
use super::*;

#[test]
fn a_head_of_state_after_a_possessive_in_the_country_is_a_person() {
    let text = "It was opened via video link by the President of the People's Republic of \
                China, Xi Jinping.";
    assert_eq!(names(text, Kind::Person), ["Xi Jinping"]);
}

#[test]
fn a_professor_title_is_no_part_of_the_name() {
    let text = "Welcoming the plan, Chief Adviser Professor Yunus encouraged the firm to grow. \
                It was a factory which Professor Yunus praised.";
    assert!(names(text, Kind::Person).is_empty(), "{:?}", names(text, Kind::Person));
}

#[test]
fn a_ministry_is_no_company() {
    let text = "The aid will create 882 new jobs, the Finance Ministry announced.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_country_inside_a_company_named_twice_is_the_company_s() {
    let text = "Flour Mills Nigeria is to invest $300m in Nasarawa. Earlier, at the signing \
                with Flour Mills Nigeria, the state Governor spoke.";
    assert_eq!(names(text, Kind::Company), ["Flour Mills Nigeria"]);
    assert!(names(text, Kind::Government).iter().all(|g| g != "Nigeria"));
}

#[test]
fn nigerias_states_that_name_no_city_are_governments() {
    let text = "The Kebbi State Government has signed a MoU, as Kwara and Borno did.";
    assert_eq!(names(text, Kind::Government), ["Borno", "Kebbi", "Kwara"]);
}

#[test]
fn a_country_named_only_in_a_unit_stays_without_a_state_government() {
    let text = "The largest sum goes to a new plant, and Preh Portugal gets 72 million euros.";
    assert_eq!(names(text, Kind::Government), ["Portugal"]);
}

#[test]
fn beneficiaries_listed_with_decimal_amounts_are_companies() {
    let text = "The companies that will benefit include auto parts producer Coskunoz MA, which \
                will get RON 39.2 mln, and Mannekes Electric, which will get RON 17.6 mln. \
                Other beneficiaries are CI Aboliv (RON 3.8 mln), and Rossini Sleeve \
                Technolgies (RON 6.2 mln).";
    let got = names(text, Kind::Company);
    for name in ["Mannekes Electric", "CI Aboliv", "Rossini Sleeve Technolgies"] {
        assert!(got.iter().any(|g| g == name), "{name} in {got:?}");
    }
}

#[test]
fn a_company_set_off_as_one_of_its_trade_is_a_company() {
    let text = "Nymphaea Resorts, one of the biggest SPA operators in Romania, will build a hotel.";
    assert_eq!(names(text, Kind::Company), ["Nymphaea Resorts"]);
}

#[test]
fn a_partner_of_a_company_is_a_company() {
    let text = "“Rheinmetall has a great partnership with NIOA and together we believe in it.";
    assert!(names(text, Kind::Company).iter().any(|g| g == "NIOA"));
}

#[test]
fn a_partner_after_what_it_is_or_a_joint_partners_is_a_company() {
    let text = "Foxconn said it will pull out of its joint venture with Indian conglomerate \
                Vedanta. Origin was a joint partner in the project with Orica. The bank holds a \
                stake in the joint venture with the Korean automaker. It was set up as a joint \
                venture with Turkish Kibar Group.";
    let got = names(text, Kind::Company);
    let partners = ["Vedanta", "Orica", "Kibar Group"];
    assert!(partners.iter().all(|n| got.iter().any(|g| g == n)), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("Indian") || g.starts_with("Korean")), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("Turkish")), "{got:?}");
}

#[test]
fn the_other_side_of_a_deal_or_contract_signed_is_a_company_without_its_origin() {
    let text = "The National Reconstruction Fund Corporation has signed a funding deal with \
                Arafura Rare Earths, to build its project. Tripod signed a contract with \
                Sonadezi Chau Duc to lease land. Morocco signed an agreement with Chinese BYD.";
    let got = names(text, Kind::Company);
    for name in ["Arafura Rare Earths", "Sonadezi Chau Duc", "BYD"] {
        assert!(got.iter().any(|g| g == name), "{name} in {got:?}");
    }
    assert!(!got.iter().any(|g| g.starts_with("Chinese")), "{got:?}");
}

#[test]
fn a_name_listed_beside_companies_with_legal_forms_is_a_company() {
    let text = "Others in line for subsidies include Panasonic Energy, Resonac Holdings Corp., \
                Renesas Electronics Corp. and Ibiden Co., Nishimura said.";
    assert!(names(text, Kind::Company).iter().any(|g| g == "Panasonic Energy"));
}

#[test]
fn a_company_named_with_company_may_open_with_a_country() {
    let text = "The port was built by China's China Harbour Engineering Company in 2021.";
    assert!(names(text, Kind::Company).iter().any(|g| g == "China Harbour Engineering Company"));
}

#[test]
fn a_commission_is_no_company() {
    let text = "According to filings with the U.S. Securities Exchange Commission, it lost money.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_place_after_in_set_off_before_a_company_word_is_no_company() {
    let text = "It was a key factor in the decision to locate the plant in Košice, the carmaker \
                wrote in its press release.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_country_s_investment_agency_in_one_word_is_no_company() {
    let text = "CzechInvest received 83 applications. CzechInvest registered the most in March.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_misspelled_given_name_names_the_person_named_first() {
    let text = "President Javier Milei was received by founder Marcos Galperin. Founder Macros \
                Galperín hosted President Javier Milei.";
    assert_eq!(names(text, Kind::Person), ["Javier Milei", "Marcos Galperin"]);
}

#[test]
fn a_list_parted_by_semicolons_gives_every_company_with_its_ampersand() {
    let text = "The nine companies that received authorization include Arpa Technologies, in \
                San Pedro; Tabacalera El Artista, in La Vega; Hispaniola & Compañía, in Bani; \
                Green Wheels One, in Bonao, and Maridom.";
    let got = names(text, Kind::Company);
    for name in ["Tabacalera El Artista", "Hispaniola & Compañía", "Green Wheels One", "Maridom"]
    {
        assert!(got.contains(&name.to_owned()), "{name}: {got:?}");
    }
    assert!(!got.iter().any(|n| n.contains("Vega") || n.contains("Bani")), "{got:?}");
}

#[test]
fn the_lines_of_a_list_under_a_colon_open_with_companies() {
    let text = "The largest growth commitments in 2018 were:\nAmazon (1,250 committed jobs),\n\
                Daifuku Wynright (582 committed jobs in Lake County),\nFulcrum BioEnergy \
                (nearly $600 million investment),\nGEICO (1,474 committed jobs),\nIndiana \
                (31,112 jobs)\n";
    let got = names(text, Kind::Company);
    for name in ["Amazon", "Daifuku Wynright", "Fulcrum BioEnergy", "GEICO"] {
        assert!(got.contains(&name.to_owned()), "{name}: {got:?}");
    }
    assert!(!got.iter().any(|n| n == "BioEnergy" || n == "Indiana"), "{got:?}");
    // With no colon above, a name before a bracket opens no list.
    let text = "Wynright Daifuku (582 jobs) was named.\nFulcrum Bio (163 jobs) too.\n";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn the_lines_of_a_list_that_give_each_companys_sum_after_a_comma_open_with_companies() {
    let text = "Manufacturing Projects of the Year:\n\nDelta Electronics, Inc., a $452 million \
                capital investment creating 1,500 jobs in Plano\n\nQYK Brands, a $400 million \
                capital investment creating 1,000 jobs in The Woodlands\n\nOther projects:\n\n\
                ECL, an $8 billion investment creating 250 jobs in Houston\n\nFREYR Battery (now \
                T1 Energy), a $340 million investment\n\nCrystal Window & \
                Door Systems, a $121 million investment creating 504 jobs in Mansfield\n";
    let got = names(text, Kind::Company);
    for name in
        ["Delta Electronics", "QYK Brands", "ECL", "Crystal Window & Door Systems", "T1 Energy"]
    {
        assert!(got.contains(&name.to_owned()), "{name}: {got:?}");
    }
    // With no colon above, a name before a sum opens no list.
    let text = "Texas, a $400 million market, grew.\nQYK Brands, a $400 million plant.\n";
    assert!(!names(text, Kind::Company).contains(&"QYK Brands".to_owned()));
}

#[test]
fn a_company_that_starts_with_a_country_and_has_a_legal_form_is_the_company() {
    let text = "Dani Reiss, president and CEO of Canada Goose Holdings Inc., says the company \
                wants to keep production in Canada.";
    assert_eq!(names(text, Kind::Company), ["Canada Goose"]);
    assert_eq!(names(text, Kind::Government), ["Canada"]);
}

#[test]
fn a_region_named_after_its_kind_is_a_government() {
    let text = "The plant will be a focus for the department of Magdalena and the province \
                of Alberta.";
    assert_eq!(names(text, Kind::Government), ["Alberta", "Magdalena"]);
    let text = "It will build a port in the southern Argentine province of Tierra del Fuego.";
    assert!(names(text, Kind::Government).contains(&"Tierra del Fuego".to_owned()));
}

#[test]
fn a_nations_government_by_its_adjective_and_a_taoiseach_are_parties() {
    let text = "The funding package has been agreed by Scottish Government, supplying £19.37m.";
    assert_eq!(names(text, Kind::Government), ["Scotland"]);
    let text = "Taoiseach Leo Varadkar welcomed the news. Mr Varadkar said it was good.";
    assert_eq!(names(text, Kind::Person), ["Leo Varadkar"]);
    let text = "Taoiseach Leo Varadkar came, alongside Tanaiste Frances Fitzgerald. The \
                Taoiseach said so.";
    assert_eq!(names(text, Kind::Person), ["Frances Fitzgerald", "Leo Varadkar"]);
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_title_a_measure_a_states_people_and_a_sentences_first_word_are_no_companies() {
    let text = "There will be 156 jobs. GDP will grow 5.5% this year, Dr Reinhard Ploss said. \
                The plan will create 31,112 new Hoosier jobs. In addition to OLED products \
                for phones, it will make more. Meeting General Director Lee, he agreed. DOT \
                spokesman Craig Markley said so.";
    let got = names(text, Kind::Company);
    assert!(
        !got.iter().any(|n| ["There", "GDP", "Dr", "Hoosier", "OLED", "DOT"].contains(&n.as_str())),
        "{got:?}"
    );
    let got = names(text, Kind::Person);
    assert!(!got.iter().any(|n| n.starts_with("Meeting")), "{got:?}");
}

#[test]
fn companies_after_a_dash_such_as_namely_and_a_consortium_are_listed() {
    let text = "In 2019, 397 international companies – such as Fresenius, FujiFilm Irvine \
                Scientific and Swisscom - chose our country.";
    assert!(names(text, Kind::Company).contains(&"Swisscom".to_owned()));
    let text = "The proposal is overseen by a consortium of Australian Plant Protein, AGT Foods \
                and TFI.";
    assert_eq!(names(text, Kind::Company), ["AGT Foods", "Australian Plant Protein", "TFI"]);
    let text = "The projects raise the capacity of the signatory SMEs, namely HTM Confection, IM \
                Medicare, Plastikpack Maroc and Pet Factory Maroc, through new equipment.";
    assert_eq!(
        names(text, Kind::Company),
        ["HTM Confection", "IM Medicare", "Pet Factory Maroc", "Plastikpack Maroc"]
    );
}

#[test]
fn the_end_of_a_place_after_its_particle_a_region_and_an_agency_are_no_companies() {
    let text = "UPM Paso de los Toros will position Uruguay among the main exporters. This \
                investment in the Highlands will support jobs. It is on an IDA Ireland-owned \
                land bank, thanks to IDA Ireland.";
    let got = names(text, Kind::Company);
    assert!(
        !got.iter().any(|n| ["Toros", "Highlands", "IDA Ireland"].contains(&n.as_str())),
        "{got:?}"
    );
}

#[test]
fn a_company_named_by_its_first_word_after_its_full_name_with_a_legal_form_is_that_company() {
    let text = "Infineon Technologies AG is to build a factory. Infineon is sought after, said \
                the Chief Executive Officer of Infineon Austria.";
    assert_eq!(names(text, Kind::Company), ["Infineon Austria", "Infineon Technologies"]);
}

#[test]
fn a_company_may_join_the_last_word_of_its_name_with_and() {
    let text = "The port signed a contract with Gulf Star Shipping and Logistics Company. The \
                bridge was built by Korea Rail and Tunnel Corporation. He met workers at \
                Lincoln Paper and Tissue Co. As he did on Saturday, he spoke.";
    assert_eq!(
        names(text, Kind::Company),
        [
            "Gulf Star Shipping and Logistics Company",
            "Korea Rail and Tunnel Corporation",
            "Lincoln Paper and Tissue"
        ]
    );
}

#[test]
fn a_company_headed_by_a_person_with_a_role_is_named() {
    let text = "During a meeting with Anne Morel, General Director of Vent Nord, the sides \
                addressed the land for the wind farm.";
    assert_eq!(names(text, Kind::Company), ["Vent Nord"]);
    assert_eq!(names(text, Kind::Person), ["Anne Morel"]);
}

#[test]
fn a_name_followed_by_which_and_a_pledge_verb_is_a_company() {
    let text = "Novacloud Systems, which signed MoUs promising 2,000 jobs, finished its campus. \
                The plan includes Pwani Gas which will be producing cooking gas.";
    assert_eq!(names(text, Kind::Company), ["Novacloud Systems", "Pwani Gas"]);
}

#[test]
fn a_company_with_its_name_in_chinese_characters_in_brackets_is_named() {
    let text = "Ho-li Electronics Co (和立), a maker of resistors, plans to invest NT$1 billion.";
    assert_eq!(names(text, Kind::Company), ["Ho-li Electronics"]);
}

#[test]
fn a_role_whose_portfolio_lists_several_words_with_commas_is_whole() {
    let text = "Minister of Commerce, Trade, and Industry Mwila Banda praised the plant.";
    assert_eq!(names(text, Kind::Person), ["Mwila Banda"]);
}

#[test]
fn viet_nam_spelled_as_its_press_spells_it_is_vietnam() {
    let text = "Kumho Tire Việt Nam plans to raise its investment in Việt Nam to $970 million.";
    assert_eq!(names(text, Kind::Government), ["Vietnam"]);
    let text = "The Viet Nam Chamber of Commerce and Industry met the firm.";
    assert_eq!(names(text, Kind::Government), ["Vietnam"]);
}

#[test]
fn the_smaller_states_are_governments_and_not_the_seas_persons_or_states_named_after_them() {
    let text = "GAPCO signed with the government of Guinea. Oil lies in the Gulf of Guinea. \
                Papua New Guinea signed too. ExxonMobil invested in Chad.";
    assert_eq!(names(text, Kind::Government), ["Chad", "Guinea", "Papua New Guinea"]);
    let text = "Chad Smith said so. Niger State will give land. The Niger Delta is rich.";
    assert_eq!(names(text, Kind::Government), ["Niger State"]);
    let text = "Exports go to the Democratic Republic of Congo and Cape Verde.";
    assert_eq!(names(text, Kind::Government), ["Cape Verde", "Democratic Republic of Congo"]);
}

#[test]
fn turkey_is_proposed_by_the_name_the_text_gives() {
    let text = "Volkswagen halted its plan for a plant in Turkey.";
    assert_eq!(names(text, Kind::Government), ["Turkey"]);
    let text = "Ford Otosan will invest in Türkiye.";
    assert_eq!(names(text, Kind::Government), ["Türkiye"]);
}

#[test]
fn a_word_describing_the_company_after_a_role_a_place_and_an_outlet_are_no_companies() {
    let text = "The CEO of Spanish automaker Marlo said so. A plant in Vantua, which will open \
                in May, was approved, reported TheDaily.";
    assert!(
        names(text, Kind::Company).iter().all(|c| c == "Marlo"),
        "{:?}",
        names(text, Kind::Company)
    );
}

#[test]
fn a_demonym_before_workers_is_no_company() {
    let text = "Albertian workers have started to build the plant.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_brand_the_group_owns_is_no_party() {
    let text = "Volkswagen said the plant was to make a sedan from its Skoda brand.";
    assert_eq!(names(text, Kind::Company), ["Volkswagen"]);
}

#[test]
fn a_name_ending_in_a_trade_word_is_a_company_and_a_trade_is_none() {
    let text = "The board accepted the proposals of Dang Cement Industry and Samrat Cement \
                Industry. The Cement Industry and the Indian Steel Industry grew. CooperVision \
                is acquiring the former facilities of Roche Diagnostics. The Kia Motors \
                manufacturing facility opened, and Shank’s Extracts will make an investment.";
    assert_eq!(
        names(text, Kind::Company),
        [
            "CooperVision",
            "Dang Cement Industry",
            "Kia Motors",
            "Roche Diagnostics",
            "Samrat Cement Industry",
            "Shank’s Extracts"
        ]
    );
}

#[test]
fn a_sentence_opening_on_a_place_names_no_company() {
    let text = "In Juana Diaz, the company will convert a warehouse. CooperVision will hire.";
    assert_eq!(names(text, Kind::Company), ["CooperVision"]);
}

#[test]
fn an_island_and_a_grant_programme_are_no_companies() {
    let text = "New support for businesses on Vancouver Island will create jobs. The company \
                received a $3 million FastTrack grant from the state.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn one_word_that_begins_two_longer_names_is_short_for_the_first() {
    let text = "The Kia Motors manufacturing facility opened. Kia will soon head towards its \
                capacity, Han Woo Park, President and CEO of Kia Motor Corporation, said.";
    assert_eq!(names(text, Kind::Company), ["Kia Motor Corporation", "Kia Motors"]);
}

#[test]
fn the_names_after_those_that_signed_are_a_dash_are_companies() {
    let text = "\"The units that signed MoUs are - PepsiCo India, Varun Beverages, Calcom Cement \
                India, Star Cement NE Ltd, Century Float Glass Ltd and DS Group\", the statement \
                read.";
    let companies = names(text, Kind::Company);
    assert!(companies.contains(&"Varun Beverages".to_owned()), "{companies:?}");
}

#[test]
fn a_government_named_by_its_adjective_where_it_is_asked_to_help_is_a_party() {
    let text = "Sinopec on Wednesday sought the Sri Lankan government's help in expediting the \
                construction of a USD 3.7 billion refinery.";
    assert_eq!(names(text, Kind::Government), ["Sri Lanka"]);
}

#[test]
fn a_state_by_its_adjective_where_it_grants_is_a_government() {
    let text = "The South Australian government will provide $10 million. The Victorian \
                Government welcomed the plant.";
    assert_eq!(names(text, Kind::Government), ["South Australia", "Victoria"]);
    let text = "Victoria Smith, the plant's manager, said it would open soon.";
    assert!(names(text, Kind::Government).is_empty(), "{:?}", names(text, Kind::Government));
}

#[test]
fn a_company_called_a_major_of_its_trade_is_a_company() {
    let text = "IT major Tata Consultancy Services will hire 2,000 people. Philips Carbon, a \
                carbon black major, will invest Rs 600 crore.";
    let got = names(text, Kind::Company);
    for name in ["Tata Consultancy Services", "Philips Carbon"] {
        assert!(got.iter().any(|g| g == name), "{name} in {got:?}");
    }
}

#[test]
fn a_country_by_its_adjective_before_an_authority_is_a_government() {
    let text = "The Saudi Authority for Industrial Cities signed two memoranda.";
    assert_eq!(names(text, Kind::Government), ["Saudi Arabia"]);
}

#[test]
fn a_company_set_off_by_its_origin_a_partner_and_an_owner_is_a_company() {
    let text = "Additionally Knorr-Bremse, a German manufacturer of brakes, will invest. The \
                government has partnered with Hyundai Mobis. The minister met privately-held \
                Perdaman.";
    let got = names(text, Kind::Company);
    for name in ["Knorr-Bremse", "Hyundai Mobis", "Perdaman"] {
        assert!(got.iter().any(|g| g == name), "{name} in {got:?}");
    }
    assert!(!got.iter().any(|g| g.starts_with("Additionally")), "{got:?}");
}

#[test]
fn a_company_that_has_chosen_a_site_is_a_company_and_a_roman_numeral_is_not() {
    let text = "Emirates Global Aluminium has chosen Oklahoma for a plant. Demand for Class I and \
                Class II products rose.";
    assert_eq!(names(text, Kind::Company), ["Emirates Global Aluminium"]);
    let text = "Firms from Germany, the U.S.A, U.K, Kuwait, and Malaysia have signed.";
    assert!(names(text, Kind::Government).contains(&"United Kingdom".to_owned()));
}

#[test]
fn a_company_whose_name_ends_in_a_region_word_is_a_company() {
    let text = "Mitsubishi Logisnext Americas has concluded an investment of nearly $20 million.";
    assert_eq!(names(text, Kind::Company), ["Mitsubishi Logisnext Americas"]);
}

#[test]
fn two_names_joined_by_an_ampersand_are_one_company_and_a_titles_words_are_none() {
    let text = "The largest is $126 million investment by Babcock & Wilcox, a global leader in \
                energy and environmental technologies, in Mason County.";
    assert_eq!(names(text, Kind::Company), ["Babcock & Wilcox"]);
    let text = "Governor Kay Ivey today announced the release of the “2024 New & Expanding \
                Industry Announcements Report,” highlighting another banner year.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_company_before_an_infinitive_headline_an_award_or_its_ampersand_form_is_a_company() {
    let text =
        "Godrej to invest Rs 515 crore in Chengalpattu.\nVinfast signed to invest Rs 16,000 crore.";
    assert_eq!(names(text, Kind::Company), ["Godrej", "Vinfast"]);
    let text = "Allied Wireless was awarded $5 million in December 2010.";
    assert_eq!(names(text, Kind::Company), ["Allied Wireless"]);
    let text =
        "said Tracey Bosman, managing director for BLS & Co. of Chicago, which handles incentives.";
    assert!(
        names(text, Kind::Company).contains(&"BLS".to_owned()),
        "{:?}",
        names(text, Kind::Company)
    );
}

#[test]
fn a_name_ending_in_a_trades_word_is_a_company_unless_it_runs_on_or_names_a_kind() {
    let text = "Pomega and Kontrolmatic Technologies chose the site. Jackie Jarvis officially opened the new \
                Weston Animal Nutrition facility.";
    let got = names(text, Kind::Company);
    for name in ["Kontrolmatic Technologies", "Weston Animal Nutrition"] {
        assert!(got.contains(&name.to_owned()), "{name}: {got:?}");
    }
    let text = "TCS is building a campus at the Kinfra Electronics Manufacturing Cluster, a centre \
                for 4th IR Technologies such as additive manufacturing.";
    let got = names(text, Kind::Company);
    assert!(!got.iter().any(|n| n.contains("Electronics") || n.contains("IR")), "{got:?}");
}

#[test]
fn the_name_a_company_trades_under_is_a_company_with_its_country() {
    let text = "Ingenia Chartam, LLC dba Crossroads Paper, is considering a plant. Capital Mining \
                Services, a global entity offering drilling services, will set up in the United \
                States under the banner of Capital USA in Elko.";
    assert_eq!(
        names(text, Kind::Company),
        ["Capital Mining Services", "Capital USA", "Crossroads Paper", "Ingenia Chartam"]
    );
    assert_eq!(names(text, Kind::Government), ["United States"]);
    // A country's initials inside a word are no country: "YUSA Corp." is a company.
    let text = "said Chris Fairchild of YUSA Corp., an auto parts supplier in the USA.";
    assert_eq!(names(text, Kind::Company), ["YUSA"]);
    assert_eq!(names(text, Kind::Government), ["United States"]);
}

#[test]
fn a_family_name_that_owns_a_companys_name_is_short_for_it() {
    let text = "Amy’s Kitchen, a manufacturer of frozen food, will move into the plant. Amy’s \
                expects to hire 200 people, and the incentive for Amy’s plant is $6.7 million.";
    assert_eq!(names(text, Kind::Company), ["Amy’s Kitchen"]);
}

#[test]
fn a_firm_named_with_a_figure_a_plastics_maker_and_an_enterprise_agency() {
    let text = "The firm, 2 Sisters, received money. Scottish Enterprise said: “We are in talks.” \
                JobsOhio gave Maca Plastics a $52,000 grant, as Enterprise Ireland said.";
    assert_eq!(names(text, Kind::Company), ["2 Sisters", "Maca Plastics"]);
}

#[test]
fn the_plants_listed_are_companies_and_a_name_broken_over_a_line_is_on_one() {
    let text = "The plants are Yuti Breweries, Afford Agencies, Hygeia International and UIELA.";
    assert_eq!(
        names(text, Kind::Company),
        ["Afford Agencies", "Hygeia International", "UIELA", "Yuti Breweries"]
    );
    let text = "The companies are Istamarina Refuelling Station Ltd and Rangs\nProperties \
                Limited. Land was allotted to Rangs Properties Limited.";
    assert_eq!(names(text, Kind::Company), ["Istamarina Refuelling Station", "Rangs Properties"]);
}

#[test]
fn companies_listed_with_their_trades_in_brackets() {
    let text = "The investments of the companies Paper Invest (paper manufacturing), Knauf \
                Insulation (construction materials) and Interpork Plus (meat) are envisaged.";
    assert_eq!(names(text, Kind::Company), ["Interpork Plus", "Knauf Insulation", "Paper Invest"]);
}

#[test]
fn aircraft_cement_and_brothers_end_a_companys_name() {
    let text = "The sum was repaid by Cessna Aircraft alone. The plant of Huaxin Cement, the \
                Chinese government-owned entity, was approved, said Khan of Zahir Khan Brothers.";
    assert_eq!(
        names(text, Kind::Company),
        ["Cessna Aircraft", "Huaxin Cement", "Zahir Khan Brothers"]
    );
}

#[test]
fn a_company_with_its_letters_before_its_chief_or_that_accepted_a_grant() {
    let text = "It was signed by Dhabeji Traders (DT) CEO Mohabat Khan.";
    assert_eq!(names(text, Kind::Company), ["Dhabeji Traders"]);
    let text = "When Fleetwood Folding Trailers accepted a $100,000 opportunity grant, it \
                promised jobs. Continental Resources is about to receive a final check.";
    assert_eq!(names(text, Kind::Company), ["Continental Resources", "Fleetwood Folding Trailers"]);
}

#[test]
fn a_german_company_with_its_letters_before_gmbh() {
    let text = "Infineon is investing through the joint venture \"European Semiconductor\n\
                Manufacturing Company (ESMC) GmbH\".";
    assert_eq!(
        names(text, Kind::Company),
        ["European Semiconductor Manufacturing Company", "Infineon"]
    );
}

#[test]
fn a_surname_after_another_given_name_is_not_the_persons() {
    let text = "It was signed by Zahir Khan Brothers CEO Mohabat Khan.";
    assert_eq!(names(text, Kind::Company), ["Zahir Khan Brothers"]);
    assert_eq!(names(text, Kind::Person), ["Mohabat Khan"]);
    let text = "Mashid Rahman said the plant opens. The plan of Mozibor Rahman was approved.";
    let spans: Vec<&str> = find(text, &Known::default())
        .into_iter()
        .filter(|c| c.kind == Kind::Person)
        .map(|c| &text[c.start..c.end])
        .collect();
    assert_eq!(spans, ["Mashid Rahman"]);
}

#[test]
fn a_long_name_before_company_keeps_its_first_word() {
    let text = "Le Tri Thanh said so. The two projects are promoted by Sai Thanh Real Estate \
                Company.";
    assert_eq!(names(text, Kind::Company), ["Sai Thanh Real Estate Company"]);
    assert_eq!(names(text, Kind::Person), ["Le Tri Thanh"]);
}

#[test]
fn a_well_known_companys_unit_keeps_its_whole_name() {
    let text = "The province has awarded payroll rebates to Ernst and Young.\n\nErnst and Young \
                Canada would be eligible for a smaller rebate.";
    assert_eq!(names(text, Kind::Company), ["Ernst and Young", "Ernst and Young Canada"]);
}

#[test]
fn a_nationality_before_a_partners_trade_is_no_company() {
    let text = "Hongshi Holdings Ltd has a joint venture with Nepali cement manufacturer Shivam \
                Cement.";
    assert_eq!(names(text, Kind::Company), ["Hongshi Holdings", "Shivam Cement"]);
}

#[test]
fn a_portfolios_or_an_agencys_words_after_a_role_are_no_name() {
    let text = "Hébert, Parliamentary Secretary to the Minister of Small Business and Export \
                Promotion, on behalf of Navdeep Bains, spoke with the minister responsible for \
                Opportunities NB.";
    let people = names(text, Kind::Person);
    assert!(!people.iter().any(|p| p.contains("Promotion") || p.contains("Opportunities")));
}

#[test]
fn those_who_sign_on_behalf_of_a_company_and_a_partys_representative_are_people() {
    let text = "On behalf of Beza, Executive Member (Investment Development) Md Mozibor Rahman \
                and Ishtiaque Ahmed\nPatwary on behalf of Istamarina Refuelling Station Ltd, \
                and Mashid Rahman, divisional director, Real Estate Division on behalf of Rangs \
                Properties Limited signed the agreement. Yokota Yushi, a Japanese Communist \
                Party representative, said so.";
    assert_eq!(
        names(text, Kind::Person),
        ["Ishtiaque Ahmed Patwary", "Mashid Rahman", "Md Mozibor Rahman", "Yokota Yushi"]
    );
}

#[test]
fn companies_after_a_place_aside_with_a_saints_name_or_named_with_their_trade_are_read() {
    let text = "Five companies located within the Kangimi layout, including TG Agro, Agrival \
                and Ferrero Agro, will create jobs. Last Friday, the Minnesota-based medical \
                supply company St. Jude Medical opened a plant. One of them is the Sagen pharma \
                company, another the German Kessler group; the Arab investment group said \
                nothing. It gave $5 million to the mobile application developer Snapchat.";
    assert_eq!(
        names(text, Kind::Company),
        ["Agrival", "Ferrero Agro", "Kessler", "Sagen", "Snapchat", "St. Jude Medical", "TG Agro"]
    );
}

#[test]
fn companies_listed_with_towns_of_two_words_and_a_name_joined_by_a_trade_are_read() {
    let text = "USAA in Plano, TD Ameritrade in Fort Worth and TEKsystems in Irving were part of \
                that. Incentives go to Silverton Pulp and Papers Private Limited. The 2014 IAP \
                wants to create jobs under the Industrial Acceleration Plan (IAP).";
    assert_eq!(
        names(text, Kind::Company),
        ["Silverton Pulp and Papers", "TD Ameritrade", "TEKsystems", "USAA"]
    );
}

#[test]
fn a_fourth_name_word_the_text_names_alone_and_a_moroccan_given_name_are_a_persons() {
    let text = "Uttar Pradesh industry minister Nand Gopal Gupta Nandi said the committee met. \
                Nandi said the cabinet agreed. Morocco’s Minister of Industry Moulay Hafid \
                Elalamy announced the news.";
    assert_eq!(names(text, Kind::Person), ["Moulay Hafid Elalamy", "Nand Gopal Gupta Nandi"]);
}

#[test]
fn a_free_zones_legal_form_is_no_word_of_the_name() {
    let text = "The sole bid was submitted by BMJ Industries FZ LLC of the United Arab Emirates.";
    assert_eq!(names(text, Kind::Company), ["BMJ Industries"]);
}

#[test]
fn an_arm_of_a_company_and_a_minister_of_two_portfolios_are_read_sacked_workers_are_not() {
    let text = "Modon signed with Medlog, the logistics arm of the Mediterranean Shipping Company. \
                Ieuan Wyn Jones, the economy and transport minister, spoke. Sacked employees \
                will receive a severance package.";
    assert_eq!(names(text, Kind::Person), ["Ieuan Wyn Jones"]);
    assert!(names(text, Kind::Company).contains(&"Medlog".to_owned()));
    assert!(!names(text, Kind::Company).contains(&"Sacked".to_owned()));
}

#[test]
fn names_a_later_word_calls_companies_are_companies() {
    let text = "Ask, Precicast, Alstom, Zenten, Lointek and Orona are the companies that have \
                embraced INDARTU.";
    assert_eq!(
        names(text, Kind::Company),
        ["Alstom", "Ask", "Lointek", "Orona", "Precicast", "Zenten"]
    );
}

#[test]
fn a_parent_named_after_a_division_s_description_is_a_company() {
    let text = "The St. Jude inauguration was followed by the announcement by Abbott Vascular, a \
                division of health care company Abbott Laboratories, that it also will \
                construct a plant.";
    assert_eq!(names(text, Kind::Company), ["Abbott Laboratories", "Abbott Vascular"]);
}

#[test]
fn a_heading_s_words_are_no_part_of_the_name_on_the_next_line() {
    let text = "Talga’s Commercial Anode Ambitions Hinge on Critical Swedish Grant Approval\n\
                Talga Group has applied for a SEK 1.1 billion grant to fund a commercial-scale \
                battery anode plant\nin Sweden, complementing existing EU funding and securing \
                strong customer interest from the\ncar makers that it has long courted, all \
                while it waits for the state's answer in the\nnew year.\n\
                Talga’s Strategic Funding Push\n\
                Talga Group Ltd is accelerating its transition from demonstration to \
                commercial-scale production of\nsustainable battery anode materials with a \
                significant funding application.";
    assert_eq!(names(text, Kind::Company), ["Talga Group"]);
}

#[test]
fn a_fund_a_buyer_and_an_employer_of_a_count_are_companies() {
    let text = "The government is committed to the German fund Mutares, which bought Efacec. \
                Efacec has approximately 2,000 employees.";
    assert_eq!(names(text, Kind::Company), ["Efacec", "Mutares"]);
}

#[test]
fn a_company_in_capitals_after_a_nationality_is_a_company_and_after_a_place_none() {
    let text = "An agreement was signed by Kazakhstan and the German CLAAS, Kazinform reports. \
                Work on the Dhabeji SEZ, strategically placed, goes on.";
    assert_eq!(names(text, Kind::Company), ["CLAAS"]);
}

#[test]
fn the_letters_of_an_economic_development_corporation_name_no_company() {
    let text = "Wisconsin will give candy maker Haribo $21 million, the Wisconsin Economic Development \
                Corp. said Wednesday. The WEDC said the credits are refundable.";
    assert_eq!(names(text, Kind::Company), ["Haribo"]);
}

#[test]
fn companies_by_their_trade_a_place_based_description_and_a_company_word_after() {
    let text = "It is a joint venture between Winkler Meats and Johnsonville Sausage. Erasmus \
                Investment International, a Luxembourg-based investment company, signed it, as \
                did the ministry and Hell Energy company, and the Turkish company Eroglu Moda.";
    assert_eq!(
        names(text, Kind::Company),
        [
            "Erasmus Investment International",
            "Eroglu Moda",
            "Hell Energy",
            "Johnsonville Sausage",
            "Winkler Meats"
        ]
    );
}

#[test]
fn a_place_in_a_direction_a_month_s_and_a_title_s_abbreviation_and_a_body_s_letters_are_none() {
    let text = "The facility being built northeast of Edmonton will be the first. Support must \
                come for the project by Dec. 31, 2019, after a tour of the plant by Lt. Gov. \
                Mary Taylor. The Department of Economic Development suspended it. DED \
                spokeswoman Amy Susan said so.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_state_before_a_company_word_and_an_industry_cluster_name_no_party() {
    let text = "The 140,000-square-feet factory would be the Michigan company’s third in \
                Kentucky. Coahuila has captured projects in the Furniture Cluster, which will \
                return the supply chain.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
    assert_eq!(names(text, Kind::Government), ["Coahuila", "Kentucky"]);
}

#[test]
fn a_state_that_opens_a_name_before_its_legal_form_is_the_companys_own() {
    let text = "This project is part of the South Dakota Soybean Processors, LLC organization. \
                South Dakota, LLC is no name, nor is Nova Scotia Business Inc.";
    assert_eq!(names(text, Kind::Company), ["South Dakota Soybean Processors"]);
}

#[test]
fn a_state_and_a_trade_before_company_name_a_company_but_a_headlines_description_does_not() {
    let text = "Iowa Fertilizer Company (IFC) will build a plant. China Based Company Given \
                Millions. US Automotive Company to Generate Jobs.";
    assert_eq!(names(text, Kind::Company), ["Iowa Fertilizer Company"]);
}

#[test]
fn places_listed_after_in_and_an_incentive_system_are_no_companies() {
    let text = "Some five major projects in Ankara, Istanbul, Bursa and Adana will be receiving \
                support within the Project-Based Incentive System will be around TL 14 billion. \
                The plant in the province of Ankara will be the second.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_turkish_legal_form_a_unit_with_its_letters_and_a_launch_name_companies() {
    let text = "The plant will be implemented by Ceyhan Polypropylene Üretim AŞ at the zone. \
                Indonesia's Amman Mineral Nusa Tenggara (AMNT) has committed to invest. AMNT is a \
                unit of a holding. Olam has launched a gigantic poultry facility.";
    assert_eq!(
        names(text, Kind::Company),
        ["Amman Mineral Nusa Tenggara", "Ceyhan Polypropylene Üretim", "Olam"]
    );
}

#[test]
fn a_name_before_its_legal_form_runs_over_a_line_break_in_an_unwrapped_text() {
    let text = "The company said the mine will be expanded over time and it bought the mine from Newmont\n\
                Mining Corp last year.\nShort heading\nAcme\nMining Corp is a heading's.";
    assert_eq!(names(text, Kind::Company), ["Newmont Mining"]);
}

#[test]
fn a_state_before_a_brand_a_bracketed_place_and_a_bare_co_keep_the_companys_name() {
    let text = "Virginia MetalFab, founded in 2002 in Appomattox, will invest $9 million. \
                Lee Kum Kee (Hong Kong) Foods Limited announces a grant. With 6 billion yuan, \
                BiBo Pharma Scientific Co will develop drugs.";
    assert_eq!(
        names(text, Kind::Company),
        ["BiBo Pharma Scientific", "Lee Kum Kee (Hong Kong) Foods", "Virginia MetalFab"]
    );
}

#[test]
fn a_titled_name_a_role_s_letters_a_board_of_commissioners_and_affairs_are_no_companies() {
    let text = "The Executive Director, Dr Maduhu Kazi, said so. Dr Kazi said more. The DG said \
                it will help. The Board of County Commissioners said no. The Minister of Foreign \
                Affairs said so.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
    assert_eq!(names(text, Kind::Person), ["Maduhu Kazi"]);
}

#[test]
fn washington_after_a_city_is_the_state_and_a_peer_s_country_is_no_party() {
    let text = "It moved its headquarters from Spokane, Washington, to Bay County. Its U.S. peer \
                Western Digital will invest.";
    assert_eq!(names(text, Kind::Government), ["Washington"]);
}

#[test]
fn a_titled_name_after_a_role_after_a_place_is_the_person() {
    let text = "Speaking at Nala, in Dodoma Region, the TIC Executive Director, Dr Maduhu Kazi, \
                said the President visited Burundi.";
    assert_eq!(names(text, Kind::Person), ["Maduhu Kazi"]);
}

#[test]
fn a_doctor_s_title_opens_a_brand_and_a_two_word_nationality_is_no_word_of_a_name() {
    let text = "Dr. Oetker Canada Ltd will add a line. The state gave aid to the South Korean \
                Samsung Electronics, which will invest 20 million euros.";
    assert_eq!(names(text, Kind::Company), ["Dr. Oetker Canada", "Samsung Electronics"]);
}

#[test]
fn a_name_before_its_nationality_s_description_and_a_name_after_a_described_company_are_read() {
    let text = "Peugeot-Citroën, the French car maker, will admit it cannot spend its grant. \
                Also, the Turkish textile company, Teklas, will hire.";
    assert_eq!(names(text, Kind::Company), ["Peugeot-Citroën", "Teklas"]);
}

#[test]
fn where_a_local_unit_is_based_is_no_word_of_its_name() {
    let text = "Maha-Metro, a state entity, has joined hands with Hyderabad-based Quality CARE \
                India for a hospital.";
    assert_eq!(names(text, Kind::Company), ["Maha-Metro", "Quality CARE India"]);
}

#[test]
fn cement_ends_a_company_s_name_after_a_place_and_no_person_s_and_a_product_is_no_company() {
    let text = "West China Cement said it will invest. Later, Anhui Conch Cement said it would \
                too. Then Huaxin Cement will build a plant to produce MSM Kebbi Cement.";
    assert_eq!(
        names(text, Kind::Company),
        ["Anhui Conch Cement", "Huaxin Cement", "West China Cement"]
    );
    assert!(names(text, Kind::Person).is_empty());
}

#[test]
fn a_headline_s_former_opens_no_name_and_one_word_and_another_before_inc_is_a_company() {
    let text = "Former Viking Range Corporation Repays over $2.5 Million to State of Mississippi. \
                The park, invested in by People and Technology Inc. (PNT), opened. Minister of \
                Economy Mikayil Jabbarov said it. Economy will be the theme.";
    assert_eq!(names(text, Kind::Company), ["People and Technology", "Viking Range"]);
    assert_eq!(names(text, Kind::Person), ["Mikayil Jabbarov"]);
}

#[test]
fn a_headline_opened_by_words_that_open_no_name_reads_no_name_there() {
    for opener in ["Iconic", "Meanwhile", "Also", "However"] {
        let text = format!("{opener} SPC Ardmona Set To Thrive\n\nThe firm will invest.");
        assert!(names(&text, Kind::Company).is_empty(), "{opener}");
    }
}

#[test]
fn a_list_of_countries_a_company_operates_in_names_no_party_and_one_country_still_does() {
    let text = "J.R. Simplot has operations in the United States, Canada,\nMexico, Australia, \
                New Zealand and China. Magna, which has been operating in Serbia (in the town of \
                Odzaci) since 2012, will build.";
    assert_eq!(names(text, Kind::Government), ["Serbia"]);
}

#[test]
fn a_company_named_with_initials_keeps_them() {
    let text = "Recently, the second phase project of H.B. Fuller, a major American adhesives \
                manufacturing company, went into operation.";
    assert_eq!(names(text, Kind::Company), ["H.B. Fuller"]);
}

#[test]
fn a_name_before_its_stock_ticker_is_a_company() {
    let text = "Kinross Gold (TSX: K; NYSE: KGC) has reached an in-principle deal with the \
                government of Mauritania.";
    assert_eq!(names(text, Kind::Company), ["Kinross Gold"]);
}

#[test]
fn a_depositary_share_and_a_deputy_prime_minister_s_letters_are_no_names() {
    let text = "NIO Inc. ADR (NYSE: NIO) rose. The DPM said it is essential.";
    let found = [names(text, Kind::Company), names(text, Kind::Person)].concat();
    assert!(!found.iter().any(|n| n == "ADR" || n == "DPM"), "{found:?}");
}

#[test]
fn iron_works_ends_a_company_s_name() {
    let text = "There is no denying that Bath Iron Works is a statewide economic driver.";
    assert_eq!(names(text, Kind::Company), ["Bath Iron Works"]);
}
