//! Follow-ups of a pledge (a plant's doors closed, construction stopped, the decision, a plan
//! still being made), its funding and awards, and the sentences beside it that `draft` refuses:
//! a government's general hopes, a procedural note, a list's lead-in, a company's size; clawbacks,
//! shortfalls, a plant sold or closing, money recovered or returned, talks on a grant and an
//! update given as statuses; a clawback of public money with no party named.

use super::super::cues::cue;
use super::super::{Known, extract};

/// Each sentence `draft` proposes as a pledge.
fn pledged(text: &str) -> Vec<String> {
    let draft = extract(text, &Known::default(), None);
    draft.sentences.iter().map(|s| text[s.start..s.end].to_owned()).collect()
}

#[test]
fn what_befell_a_dropped_plant_and_the_plan_left_are_pledge_sentences() {
    let got = pledged(
        "The battery company Freyr is scaling back plans for a cell factory in Finland.\n\
         Freyr Battery is soon closing the doors of the Giga Arctic factory. \
         The decision was made in favour of an American venture.\n\
         The company also stopped the construction of similar factories in Sweden.\n\
         One of two operating trains will be closed and construction work on a third train will stop.\n\
         Here, we are planning to send in our application for a permit, she added.",
    );
    assert_eq!(
        got,
        [
            "The battery company Freyr is scaling back plans for a cell factory in Finland.",
            "Freyr Battery is soon closing the doors of the Giga Arctic factory.",
            "The decision was made in favour of an American venture.",
            "The company also stopped the construction of similar factories in Sweden.",
            "One of two operating trains will be closed and construction work on a third train will stop.",
            "Here, we are planning to send in our application for a permit, she added.",
        ]
    );
}

#[test]
fn funding_awards_and_the_work_they_pay_for_are_pledge_sentences() {
    let got = pledged(
        "300 million euros in funding for VARTA\n\
         In 2020, the company VARTA AG received a funding of up to 300 million euros. \
         With this funding, the Federal Ministry is supporting the battery industry. \
         The funding programme, which lasts up until the end of 2024, will help to expand it. \
         Construction of the new facilities will be finalized in 2029. \
         $25 million of that would go to roads. \
         Notably, this initiative represents the first project to receive direct state aid.",
    );
    assert_eq!(
        got,
        [
            "300 million euros in funding for VARTA",
            "In 2020, the company VARTA AG received a funding of up to 300 million euros.",
            "With this funding, the Federal Ministry is supporting the battery industry.",
            "The funding programme, which lasts up until the end of 2024, will help to expand it.",
            "Construction of the new facilities will be finalized in 2029.",
            "$25 million of that would go to roads.",
            "Notably, this initiative represents the first project to receive direct state aid.",
        ]
    );
}

#[test]
fn companies_receiving_or_approved_for_abatements_are_told_in_pledge_sentences() {
    let text = "The state approved two companies that will receive $35 million in tax \
                abatements. One of the companies receiving an abatement is in Humboldt County. \
                The companies approved for abatements today include:";
    assert_eq!(
        pledged(text),
        [
            "The state approved two companies that will receive $35 million in tax abatements.",
            "One of the companies receiving an abatement is in Humboldt County.",
            "The companies approved for abatements today include:",
        ]
    );
}

#[test]
fn a_plant_won_or_a_company_lured_is_a_pledge_sentence() {
    let text = "Tax breaks help lure food company to Pocatello\n\n\
                The director said that Idaho competed with New Mexico to win the Amy’s plant. \
                Czech Republic won the investment over Poland. Acme won an award for design.";
    assert_eq!(
        pledged(text),
        [
            "Tax breaks help lure food company to Pocatello",
            "The director said that Idaho competed with New Mexico to win the Amy’s plant.",
            "Czech Republic won the investment over Poland.",
        ]
    );
}

#[test]
fn a_boards_awards_and_their_heading_are_pledge_sentences() {
    let got = pledged(
        "The Iowa Economic Development Authority (IEDA) board awarded direct financial assistance \
         to five companies for expansion projects.\n\
         The board approved assistance for planned or proposed projects in Corydon.\n\
         Manufacturer receives assistance for Wayne County expansion project\n\
         The company plans to expand its Iowa presence.",
    );
    assert_eq!(got.len(), 4, "{got:?}");
}

#[test]
fn general_hopes_procedure_lead_ins_and_a_companys_size_are_refused() {
    let got = pledged(
        "Acme will invest $500 million in a plant in Odisha, creating 2,000 jobs.\n\
         These investments will create thousands of jobs and will directly benefit the people of Odisha.\n\
         This substantial backing aims to incentivize further investment across the state.\n\
         The special session called by the governor will be Wednesday at 10:00 a.m.\n\
         The governor said the name of the company will be released once the deal is signed.\n\
         Among the high-impact projects announced last year:\n\
         The $US11 billion ($16.8 billion) company also announced a review of its global costs.",
    );
    assert_eq!(got, ["Acme will invest $500 million in a plant in Odisha, creating 2,000 jobs."]);
}

#[test]
fn the_pledges_thing_after_a_phrase_of_time_or_with_its_place_is_a_pledge_sentence() {
    let got = pledged(
        "LG Innotek will spend US$1 billion developing a plant in Hai Phong.\n\
         In September 2017, the facility located in the Trang Due industrial park was put into operation.\n\
         In total, the project will take around four to 5 years to complete.\n\
         The factory should have the capacity to manufacture 6 million units per year.",
    );
    assert_eq!(got.len(), 4, "{got:?}");
}

#[test]
fn a_site_chosen_a_project_reassessed_and_state_funding_are_pledge_sentences() {
    let got = pledged(
        "SBI and PSMC said Tuesday that they have chosen the village of Ohira in Miyagi Prefecture, northeastern Japan, as the site for \
         their planned joint chip factory.\n\
         A reassessment of the project's second stage raised questions about costs.\n\
         The funding from the state will support several infrastructure upgrades, benefitting \
         the Nucor project.",
    );
    assert_eq!(
        got,
        [
            "SBI and PSMC said Tuesday that they have chosen the village of Ohira in Miyagi Prefecture, northeastern Japan, as the site for their planned joint chip factory.",
            "A reassessment of the project's second stage raised questions about costs.",
            "The funding from the state will support several infrastructure upgrades, benefitting the Nucor project.",
        ]
    );
}

#[test]
fn a_company_calling_on_a_minister_seeking_help_or_ceasing_work_tells_of_its_pledge() {
    let got = pledged(
        "A delegation of the oil company called on Foreign Minister Vijitha Herath on the refinery.\n\
         The delegation sought government assistance to expedite the company's work.\n\
         However, the plant's commencement has been slow-going.\n\
         The company will cease manufacturing in Brazil this year.\n\
         “We’re expanding our labs,” the company's chief executive said.\n\
         The approvals span sectors such as steel, a push for investment.",
    );
    assert_eq!(
        got,
        [
            "A delegation of the oil company called on Foreign Minister Vijitha Herath on the refinery.",
            "The delegation sought government assistance to expedite the company's work.",
            "However, the plant's commencement has been slow-going.",
            "The company will cease manufacturing in Brazil this year.",
            "“We’re expanding our labs,” the company's chief executive said.",
            "The approvals span sectors such as steel, a push for investment.",
        ]
    );
}

#[test]
fn a_companys_sales_ambition_and_a_figure_a_speaker_gives_are_no_pledges() {
    let got = pledged(
        "Kyocera will build a new plant in Isahaya City.\n\
         Kyocera aims to achieve sales of JPY 2 trillion in its current fiscal year.\n\
         The company has set a long-term sales target of JPY 3 trillion.\n\
         Commenting on the project, the fund's deputy governor said: “It supports Vision 2030.”\n\
         In a letter dated Sept. 17, the state told the company it was in “default” of its grant.",
    );
    assert_eq!(
        got,
        [
            "Kyocera will build a new plant in Isahaya City.",
            "In a letter dated Sept. 17, the state told the company it was in “default” of its grant.",
        ]
    );
}

#[test]
fn progress_as_planned_memoranda_signed_and_an_announcement_outlined_tell_of_a_pledge() {
    let got = pledged(
        "Investment in Ohio EV Hub progressing as planned\n\
         Honda is making critical progress in the establishment of the EV Hub in Ohio.\n\
         The agreements, which were signed in the presence of the Chief Minister, cover energy.\n\
         “An MoU was also signed recently between SEDC Energy and Sumitomo Corporation.\n\
         The Colombian leader outlined the announcement of the company late Friday.",
    );
    assert_eq!(
        got,
        [
            "Investment in Ohio EV Hub progressing as planned",
            "Honda is making critical progress in the establishment of the EV Hub in Ohio.",
            "The agreements, which were signed in the presence of the Chief Minister, cover energy.",
            "“An MoU was also signed recently between SEDC Energy and Sumitomo Corporation.",
            "The Colombian leader outlined the announcement of the company late Friday.",
        ]
    );
}

#[test]
fn a_project_halted_land_allocated_and_an_agreement_signed_after_its_adjectives_tell_of_a_pledge() {
    let got = pledged(
        "Plibersek reportedly halts Karratha urea project\n\
         The provincial government will allocate land for the project.\n\
         The group has signed a conditional investment agreement with the commission.\n\
         The New Jersey-based company will produce remanufactured parts.",
    );
    assert_eq!(
        got,
        [
            "Plibersek reportedly halts Karratha urea project",
            "The provincial government will allocate land for the project.",
            "The group has signed a conditional investment agreement with the commission.",
            "The New Jersey-based company will produce remanufactured parts.",
        ]
    );
}

#[test]
fn clawbacks_shortfalls_sales_and_updates_are_statuses() {
    let status = |text: &str| cue(text, 0, text.len()).filter(|s| s.status).map(|s| s.cue);
    for (text, want) in [
        (
            "“They fell below that number for years,” the official said of the company.",
            "fell below",
        ),
        (
            "Gov. John Kasich has signed off on several “clawback” orders to companies.",
            "clawback” orders",
        ),
        (
            "We are holding GM accountable for not living up to its end of the contract.",
            "not living up to",
        ),
        ("The next year, it sold the Ohio plant to Lordstown Motors.", "sold the Ohio plant"),
        (
            "Stellantis has not yet officially accepted Spain’s proposal for the plant.",
            "has not yet officially accepted",
        ),
        (
            "The company gave Marcos an update on the memorandum it signed last year.",
            "gave Marcos an update on",
        ),
        (
            "This past January, the company said it was closing the plant in March.",
            "closing the plant",
        ),
        ("JobsOhio sued to recover money granted to companies.", "recover money"),
        ("The company said it shouldn’t have to return the full amount.", "return the full amount"),
        ("“We are in discussions with the company regarding the grant.”", "in discussions with"),
        (
            "“We are currently discussing our grant terms with the agency.”",
            "discussing our grant terms",
        ),
    ] {
        assert_eq!(status(text), Some(want.to_owned()), "{text}");
    }
    // The provisions themselves, a leader's welcome and a launch's hoped-for help are none.
    assert_eq!(
        status("A number of companies triggered clawback provisions in the recession."),
        None
    );
    assert!(pledged("Acme will invest $5 million in a satellite.\nThe launch is expected to help boost connectivity in the Philippines.").len() == 1);
}

#[test]
fn construction_launched_is_a_status() {
    let text = "The Ivorian President Alassane Ouattara yesterday launched construction works for \
                two new cocoa processing units in Abidjan and San Pedro.";
    let status = cue(text, 0, text.len()).filter(|s| s.status).map(|s| s.cue);
    assert_eq!(status.as_deref(), Some("launched construction"));
}

#[test]
fn a_word_on_what_a_sector_is_worth_and_what_a_country_already_has_are_no_pledges() {
    let got = pledged(
        "The ministry signed agreements to establish 12 food factories worth $50 million.\n\
         Hneifat noted importance of agricultural industries in creating job opportunities.\n\
         Côte d'Ivoire currently has an installed processing capacity of 710,000 tons of cocoa.",
    );
    assert_eq!(
        got,
        ["The ministry signed agreements to establish 12 food factories worth $50 million."]
    );
}

#[test]
fn what_would_have_happened_is_no_status() {
    let text = "\"It would have been worse if the project had advanced further before having to \
                be abandoned,\" Rojas said.";
    assert!(cue(text, 0, text.len()).is_none());
    let text = "The company abandoned the project in March.";
    let status = cue(text, 0, text.len()).filter(|s| s.status).map(|s| s.cue);
    assert_eq!(status.as_deref(), Some("abandoned"));
}

#[test]
fn a_cancellation_a_closing_a_start_of_works_and_a_decision_not_to_go_ahead_are_statuses() {
    for (text, word) in [
        ("The state government decided to cancel 158 MoUs.", "cancel"),
        ("The MEDC says the deal never went through.", "never went through"),
        (
            "The supplier had decided not to go ahead because of land issues.",
            "decided not to go ahead",
        ),
        ("Ford scrapped the plant in San Luis Potosí.", "scrapped"),
        ("Holcim to shut Westport cement plant", "shut"),
        ("He said there is a lead time before the eventual job losses.", "job losses"),
        ("Fortescue laid off 30 staff in Gladstone.", "laid off"),
        (
            "Construction of the bottling factory had already commenced, he noted.",
            "Construction of the bottling factory had already commenced",
        ),
    ] {
        let got = cue(text, 0, text.len());
        assert_eq!(got.as_ref().map(|s| (s.cue.as_str(), s.status)), Some((word, true)), "{text}");
    }
    let text = "A newspaper first reported the scrapped investments.";
    assert!(cue(text, 0, text.len()).is_none_or(|s| !s.status));
}

#[test]
fn a_promising_sector_a_speaker_going_on_to_add_and_a_sessions_attendance_are_no_pledges() {
    for text in [
        "It calls for efforts to attract investment, especially in promising sectors.",
        "The minister called the claim nonsense, and went on to add that the decision was wrong.",
    ] {
        assert_eq!(cue(text, 0, text.len()).map(|s| s.cue), None, "{text}");
    }
    let text = "Apex will invest $10 million in a plant. Over 250 industry representatives \
                attended the session.";
    assert_eq!(pledged(text), ["Apex will invest $10 million in a plant."]);
    let text = "High Plains Processing is continuing to grow and invest in South Dakota.";
    assert_eq!(cue(text, 0, text.len()).map(|s| s.cue), Some("to grow and invest".to_owned()));
}

#[test]
fn a_reimbursement_is_a_status_and_an_aim_a_population_and_an_industrys_output_are_none() {
    let text = "He expects the automaker to reimburse in full the expenses the state incurred.";
    let got = cue(text, 0, text.len());
    assert_eq!(got.map(|s| (s.cue, s.status)), Some(("reimburse".to_owned(), true)));
    for text in [
        "\"This will help reduce the shortages in the country,\" Mr. Nadarajah stated",
        "While disappointing, this setback will not dampen our enthusiasm for projects here.",
    ] {
        assert!(cue(text, 0, text.len()).is_none_or(|s| !s.status), "{text}");
    }
    let text = "Apex will invest $10 million in Xuzhou. Xuzhou, which has a population of 9.76 \
                million, has in recent years strengthened its cooperation with big companies. \
                The automotive industry is the flagship industry, and its production value \
                increased to a record 9500 billion forints.";
    assert_eq!(pledged(text), ["Apex will invest $10 million in Xuzhou."]);
}

#[test]
fn a_clawback_of_public_money_is_read_with_no_party_named() {
    let text = "Scottish Enterprise gave them the public money and are now in talks to claw back \
                the cash.";
    assert_eq!(pledged(text), [text]);
}

#[test]
fn a_pledge_on_a_condition_and_a_lease_are_pledge_sentences() {
    let text = "If the deal goes through, its subsidiary GT USA would lease the port for 50 years \
                and pay the state millions in annual royalty payments.";
    assert_eq!(pledged(text), [text]);
    let rule = "If a company does not meet its commitments, there are consequences.";
    assert!(pledged(rule).is_empty());
}

#[test]
fn an_agreement_held_to_lease_and_a_deal_blocked_are_pledge_sentences() {
    let text = "Gulftainer Group has a preliminary agreement with Delaware to lease the port. \
                Those union workers heavily lobbied lawmakers to block the deal.";
    assert_eq!(
        pledged(text),
        [
            "Gulftainer Group has a preliminary agreement with Delaware to lease the port.",
            "Those union workers heavily lobbied lawmakers to block the deal."
        ]
    );
}

#[test]
fn a_part_of_the_plant_that_would_be_completed_is_a_pledge_sentence() {
    let text = "Mod 2, Intel says, would be completed approximately one year later.";
    assert_eq!(pledged(text), [text]);
}

#[test]
fn a_project_dropped_or_quit_is_a_pledge_sentence() {
    let text = "Tata Steel wants money back after dropping Bastar steel project\n\
                The two factors propelled Tata Steel to quit the Bastar plan.";
    assert_eq!(
        pledged(text),
        [
            "Tata Steel wants money back after dropping Bastar steel project",
            "The two factors propelled Tata Steel to quit the Bastar plan."
        ]
    );
}

#[test]
fn work_in_progress_a_decision_made_known_and_work_to_secure_a_project_are_pledge_sentences() {
    let text = "LG Chem was in the process of completing an environmental impact statement.\n\
                A spokesman says the State Government has worked diligently with LG Chem to \
                secure the project.\n\
                The company informed the Government of its decision in the past two days.";
    assert_eq!(
        pledged(text),
        [
            "LG Chem was in the process of completing an environmental impact statement.",
            "A spokesman says the State Government has worked diligently with LG Chem to \
             secure the project.",
            "The company informed the Government of its decision in the past two days."
        ]
    );
}

#[test]
fn a_decision_rethought_and_a_project_won_over_a_rival_are_pledge_sentences() {
    let text = "The chief minister said Brandix Apparel was now rethinking on its decision to set \
                up a unit.\n\
                Andhra Pradesh succeeded in getting the project after a long wait.\n\
                The state had faced stiff competition from Rajasthan.";
    assert_eq!(
        pledged(text),
        [
            "The chief minister said Brandix Apparel was now rethinking on its decision to set \
             up a unit.",
            "Andhra Pradesh succeeded in getting the project after a long wait.",
            "The state had faced stiff competition from Rajasthan."
        ]
    );
}

#[test]
fn background_praise_and_reasons_beside_a_pledge_are_no_pledge_sentences() {
    let text = "Alcoa will invest $1.6 billion in Brazil.\n\
                In Brazil it has seven operating units, which are responsible for approximately \
                6 thousand jobs.\n\
                Stellantis shares fell 25.2% Friday, the biggest drop in a single day on record.\n\
                During the third stop of the train tour, Baldacci met with more than 150 workers \
                at Georgia-Pacific in Old Town.\n\
                “I am pleased to support this relocation, and it is my hope that Resource Fiber \
                will grow as rapidly as the bamboo it is producing.”\n\
                I want to congratulate GE for making the right decision by investing in Nigeria \
                because growth was seven per cent in the last 10 years.\n\
                Aganga said that GE's proposed investment in Nigeria was based on the country's \
                positive macroeconomic indicators.\n\
                He said we are committed to providing a conducive investment climate for GE.\n\
                PGI’s new plant in San Luis Potosí will manufacture aluminum injection \
                products for Ford.\n\
                CDBG funds will be used to replace the roof.";
    assert_eq!(
        pledged(text),
        [
            "Alcoa will invest $1.6 billion in Brazil.",
            "CDBG funds will be used to replace the roof."
        ]
    );
}

#[test]
fn projects_shelved_on_standby_or_to_restart_are_status_sentences() {
    let text = "UILM said that ACC management informed them of the \"definitely shelved\" projects.\n\
                ACC stated that projects in Germany have been in standby status since May.\n\
                They added that it was unlikely that \"prerequisites\", to restart the projects, \
                would be met.";
    let draft = extract(text, &Known::default(), None);
    let statuses: Vec<bool> = draft.sentences.iter().map(|s| s.status).collect();
    assert_eq!(statuses, [true, true, true]);
}

#[test]
fn what_a_named_grant_will_do_is_a_pledge_sentence() {
    let text = "The Community Development Block Grant will help Sulligent renovate a building \
                for Resource Fiber.";
    assert_eq!(pledged(text), [text]);
}

#[test]
fn a_government_s_part_and_an_investment_in_a_city_and_province_are_pledge_sentences() {
    let text = "The state government will support the project in the form of infrastructure.\n\
                The investment in Montreal, Quebec will combine research and production.";
    assert_eq!(
        pledged(text),
        [
            "The state government will support the project in the form of infrastructure.",
            "The investment in Montreal, Quebec will combine research and production."
        ]
    );
}

#[test]
fn a_bhumi_pujan_is_a_status_and_a_government_committed_to_provide_is_its_policy() {
    let text = "Chief Minister Shri Chouhan today performed bhumi pujan of the textile unit to be \
                set up by BEST Corporation in Ujjain.\n\
                Madhya Pradesh government is committed to provide employment to the local people.";
    let draft = extract(text, &Known::default(), None);
    let got: Vec<(&str, bool)> =
        draft.sentences.iter().map(|s| (&text[s.start..s.end], s.status)).collect();
    assert_eq!(
        got,
        [(
            "Chief Minister Shri Chouhan today performed bhumi pujan of the textile unit to be \
             set up by BEST Corporation in Ujjain.",
            true
        )]
    );
}

#[test]
fn a_release_s_date_line_with_its_embargo_in_brackets_is_no_pledge_sentence() {
    let got = pledged(
        "Largest NZ Wood Processing Plant For Gisborne\n\n4 July 2002 (embargoed till 2 pm)\n\n\
         Hikurangi Forest Farms will commit to the establishment of a wood processing facility \
         in New Zealand worth $100 million.",
    );
    assert!(!got.iter().any(|s| s.starts_with("4 July 2002")), "{got:?}");
    assert!(got.iter().any(|s| s.starts_with("Hikurangi Forest Farms will commit")), "{got:?}");
}

#[test]
fn a_clawback_called_for_recruiting_obligations_local_workers_support_and_a_plan_confirmed() {
    let got = pledged(
        "Calls for printing firm to give back millions in grant funds\n\
         Sharon Bird says the company was recruiting people at a jobs forum.\n\
         Navistar Corp. took the bailout. Navistar has to fulfil their obligations.\n\
         Most of our workers will be local people, Sinoma said.\n\
         We will do everything possible to support such investments, Mr Kaziya said.\n\
         Lotus multi-million pound plan confirmed in Norfolk\n\
         Video: Yokohama Tire Corporation Locating to West Point",
    );
    assert_eq!(got.len(), 7, "{got:?}");
    assert!(got.iter().any(|s| s.starts_with("Navistar has to fulfil")), "{got:?}");
}

#[test]
fn a_first_car_off_the_line_plans_ahead_a_subsidy_approved_and_construction_initiated() {
    let got = pledged(
        "First EV rolls off assembly line at BYD Uzbekistan\n\
         Future plans include expanding the range of models made by BYD.\n\
         CMPC also said there is potential for further expansion.\n\
         The announcement to subsidize Micron Technology comes on the heels of a visit.\n\
         He said the government approved the deal Friday for Micron.\n\
         KIA initiated the construction of a plant in Kostanai.\n\
         The Foxconn plant is currently 80% complete, the company said.",
    );
    assert_eq!(got.len(), 7, "{got:?}");
}

#[test]
fn what_a_company_currently_owns_hosts_or_can_produce_is_its_background() {
    let text = "CMPC signed a letter of intent to build a pulp mill with an investment of $4.6 \
                billion. The company currently owns about 280,000 hectares of planted area. In \
                Guaíba, CMPC can produce about 2 million tonnes per year of pulp. WCE currently \
                hosts 23 locators employing 13,935 workers.";
    let got = pledged(text);
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn aid_approved_by_decision_a_factory_s_work_to_come_and_a_licensing_begun_are_pledges() {
    let text = "According to the agenda, the Executive will approve, by decision, the granting \
                of an ad hoc regional state aid to Nokian Tires Europe Operations SRL. Alongside \
                vehicle production, the factory will work on developing local manufacturing of \
                required parts. CMPC, which has operated in the country since 2009, has begun \
                the processes for licensing the project with Fepam.";
    let got = pledged(text);
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn a_groundbreaking_works_completed_a_first_choice_and_a_city_s_role_are_pledges() {
    let text = "The groundbreaking is a milestone in the implementation of the megaproject, said \
                Fernando Vallina of ExxonMobil. Ma Xingrui said local governments overcame \
                difficulties to complete preparatory works including sea reclamation. He said \
                that Serbia had not been the first choice of Shandong Linglong. The City of \
                Winnipeg is pleased to play a partnering role to facilitate Maple Leaf Foods’ \
                expansion.";
    let got = pledged(text);
    assert_eq!(got.len(), 4, "{got:?}");
}

#[test]
fn a_trade_balance_a_sector_s_rank_a_campaign_pledge_and_pacts_between_countries_are_no_pledges() {
    let text = "Vietnam Airlines signed a deal worth USD1.5 billion with Pratt & Whitney. Trump \
                complained about the gaping trade deficit with Vietnam, worth USD32 billion in \
                2016. Trump is seeking to boost exports as part of a campaign pledge. He \
                promoted bilateral deals over sprawling multilateral pacts. IMMEX employs a total \
                of 265,893 workers in Tamaulipas, ranking as the fifth entity. Tamaulipas ranks \
                sixth in the country, having more than 400 companies.";
    let got = pledged(text);
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_series_of_deals_signed_is_a_pledge_sentence() {
    let text = "HANOI, 13 November 2017: Vietnam and the United States signed a series of energy \
                and aviation deals Sunday, as Trump railed against the trade deficit.";
    let got = pledged(text);
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_deal_that_will_commence_and_production_expected_to_start_are_pledge_sentences() {
    let text = "Through an agreement with Chinese garment manufacturer, C&H, the deal will \
                commence the process of creating a textile sector. “I appreciate the \
                company’s efforts, which have brought the plant’s construction to near \
                completion. We expect production to start in March,” Rosan said.";
    let got = pledged(text);
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn a_country_that_wants_to_reduce_its_trade_deficit_tells_no_status() {
    let text = "“We are driving export growth because Rwanda wants to reduce its trade deficit \
                and we believe such products are of higher value.”";
    assert!(pledged(text).is_empty());
}

#[test]
fn an_objective_told_with_no_figure_is_no_pledge_sentence() {
    let text = "“This agreement is helping us to meet two objectives. One of them is to create \
                jobs and also to improve our exports,” she said.";
    assert!(pledged(text).is_empty());
}

#[test]
fn a_grants_terms_projects_in_operation_and_production_to_recommence_are_pledge_sentences() {
    let text = "A statement said: \"As with all grants, this was subject to a number of terms \
                and conditions, including minimum levels of employment the business needed to \
                achieve.\" These are companies whose projects are already in operation. \"We \
                are working with Kenmark to find a way in which production could recommence \
                in Corby.\" The weather was fine.";
    assert_eq!(pledged(text).len(), 3);
}

#[test]
fn land_left_unused_or_only_partly_cleared_is_a_change_of_status() {
    let text = "In fact, Procana did next to nothing with its 30,000 hectare concession. The \
                government spokesperson, Deputy Education Minister Luis Covane, told reporters \
                the contract was cancelled because Procana did not comply with its contractual \
                obligations.\n\"In the two years since the provisional authorisation in 2007, \
                only 800 hectares of land was cleared\", said Covane. \"The company made no use \
                at all of the remaining 29,200 hectares\".";
    let got = pledged(text);
    assert!(got.iter().any(|s| s.contains("only 800 hectares")), "{got:?}");
    assert!(got.iter().any(|s| s.contains("made no use")), "{got:?}");
}

#[test]
fn a_decision_to_locate_a_plant_and_interest_in_a_site_are_pledge_sentences() {
    let text = "(SALEM) - Governor Kulongoski Thursday congratulated PespiCo’s decision to \
                locate a new major facility in South Albany. His team had been working toward \
                site certification when PepsiCo first expressed interest in the site. \
                “Marathon’s decision to locate in Haywood County is an example of the results \
                we continue to see,” the governor said.";
    assert_eq!(pledged(text).len(), 2, "{:?}", pledged(text));
}

#[test]
fn a_foundation_stone_ceremony_held_is_a_pledge_sentence() {
    let text = "Glass Technology is setting up the plant.\n\nThe foundation stone laying ceremony \
                was held in the presence of HH Sheikh Saud bin Saqr Al Qasimi, Ruler of Ras Al \
                Khaimah.";
    let got = pledged(text);
    assert!(got.iter().any(|s| s.starts_with("The foundation stone")), "{got:?}");
}

#[test]
fn a_default_an_idle_site_a_project_on_course_and_a_contract_signed_are_pledge_sentences() {
    let text = "Mamtek promised 612 jobs.\n\nInstead of jobs, though, Mamtek U.S. Inc. defaulted \
                on its August bond payment. The factory site is idle.\n\nKaro Resources is \
                finalising the programme for the $4,2 billion platinum investment as per promise \
                to President Mnangagwa.\n\nMines Minister Winston Chitando said the investor is so far on course \
                with set timelines.\n\nNoel Corcoran said the company signed a one-year contract \
                with T&T.";
    let got = pledged(text);
    for first in ["Instead of jobs", "The factory site", "Mines Minister", "Noel Corcoran"] {
        assert!(got.iter().any(|s| s.starts_with(first)), "{first}: {got:?}");
    }
}

#[test]
fn a_promise_unfulfilled_an_agreement_expired_or_voided_and_a_deal_done_are_pledge_sentences() {
    let text = "Foxconn promised $12 billion to Brazil.\n\nThis contribution, however, never \
                materialized. That promise was also not fulfilled.\n\nEdison Chouest’s agreement \
                with Mississippi to use this site expired that day. Without a contract, the state \
                voided its part of the deal.\n\nBahlil said KCC Glass Corporation had actually \
                done a deal with Malaysia. Minister Mike Henry noted that it is already a done \
                deal.\n\nThe government of P.E.I. has stepped up to assist MacDougall Steel \
                Erectors.\n\nThe situation makes it impossible for us to proceed with the project \
                at Sun Paper.";
    let got = pledged(text);
    let firsts = [
        "This contribution",
        "That promise",
        "Edison Chouest’s agreement",
        "Without a contract",
        "Bahlil said",
        "Minister Mike Henry",
        "The government of P.E.I.",
        "The situation",
    ];
    for first in firsts {
        assert!(got.iter().any(|s| s.starts_with(first)), "{first}: {got:?}");
    }
    let text = "Topship’s jobs won’t be coming to Gulfport.\n\nThe promise was made by Governor \
                Bryant in 2016. His administration negotiated an incentive laced package with \
                Edison Chouest called Project Crawfish.";
    let got = pledged(text);
    assert!(got.iter().any(|s| s.starts_with("His administration")), "{got:?}");
}

#[test]
fn an_agreements_terms_its_witnesses_and_approved_applications_are_pledge_sentences() {
    let text = "MAK signed an agreement with Mongolia.\n\nThe agreement outlines that domestic \
                contractors will be granted privilege. Contractors are to be mostly Mongolian \
                companies, according to the agreement. The signing witnessed by Prime Minister \
                James Marape.\n\nThe Ministry of Economic Affairs said that it has approved four \
                more companies’ applications to join the program.\n\nConstruction will resume on \
                the Guang Lian steel project. Several companies will also work on building a plant.";
    let got = pledged(text);
    let firsts = [
        "The agreement outlines",
        "Contractors are",
        "The signing",
        "The Ministry",
        "Construction will resume",
        "Several companies",
    ];
    for first in firsts {
        assert!(got.iter().any(|s| s.starts_with(first)), "{first}: {got:?}");
    }
}

#[test]
fn a_bill_to_recoup_an_abatement_terminated_and_certificates_awarded_are_pledge_sentences() {
    let text = "Unity Aluminum received $15 million from Kentucky.\n\nThe company, now known as \
                Unity Aluminum, never built the mill. Senate Bill 48 would recoup the state’s \
                investment. The council voted unanimously to terminate the abatement of Unity Aluminum.\
                \n\nAt today’s ceremony, Teletek Electronics EAD received a Class A investment \
                certificate. A Class A investment certificate was also awarded to TTL EOOD. The \
                agreements were penned by the Minister of Mines. The first agreement, signed with \
                Global Prime Matter SPC, involves four factories.";
    let got = pledged(text);
    let firsts = [
        "The company, now known",
        "Senate Bill 48",
        "The council voted",
        "At today’s ceremony",
        "A Class A",
        "The agreements were penned",
        "The first agreement",
    ];
    for first in firsts {
        assert!(got.iter().any(|s| s.starts_with(first)), "{first}: {got:?}");
    }
}
