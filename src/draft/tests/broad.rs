//! The broad shapes of a pledge sentence without a cue word (an amount beside investing or
//! jobs, several companies beside their investments, a list a pledge opens) and the refusals
//! that keep them apart from praise, thanks, policy and a pledge withheld; a list item without
//! its bullet.

use super::super::cues::cue;
use super::super::{Known, Record, extract};

/// Each sentence `draft` proposes as a pledge.
fn pledged(text: &str) -> Vec<String> {
    let draft = extract(text, &Known::default(), None);
    draft.sentences.iter().map(|s| text[s.start..s.end].to_owned()).collect()
}

#[test]
fn an_amount_beside_investing_or_jobs_in_a_clause_is_a_pledge_sentence() {
    let got = pledged(
        "For every dollar the state invests, it is projected to receive $1.65 in state revenue.\n\
         “One hundred and twenty new jobs is amazing,” he said.\n\
         The value of these investments is estimated at more than EUR 7.4 billion.\n\
         Construction jobs in the Gulf Coast region.\n\
         The jobs created are well paid.",
    );
    assert_eq!(
        got,
        [
            "For every dollar the state invests, it is projected to receive $1.65 in state revenue.",
            "“One hundred and twenty new jobs is amazing,” he said.",
            "The value of these investments is estimated at more than EUR 7.4 billion.",
        ]
    );
}

#[test]
fn several_companies_beside_their_investments_are_a_pledge_sentence_but_a_visit_for_jobs_is_not() {
    let known = Known {
        companies: vec![
            Record { slug: "nvidia".into(), names: vec!["Nvidia".into()] },
            Record { slug: "toyota".into(), names: vec!["Toyota Motor".into()] },
        ],
        ..Known::default()
    };
    let text = "Executives from Nvidia and Toyota Motor are to attend an event on U.S. investments.\n\
                She toured Nvidia and Toyota Motor, two companies expanding jobs in Michigan.";
    let draft = extract(text, &known, None);
    let got: Vec<&str> = draft.sentences.iter().map(|s| &text[s.start..s.end]).collect();
    assert_eq!(
        got,
        ["Executives from Nvidia and Toyota Motor are to attend an event on U.S. investments."]
    );
}

#[test]
fn the_items_of_a_list_a_pledge_opens_are_pledge_sentences() {
    let text = "The company has announced:\n- a new plant in Ohio with 3,000 jobs\n• a research \
                centre in Texas\nOther news:\n- a plant in Iowa with new jobs";
    let draft = extract(text, &Known::default(), None);
    let got: Vec<(&str, &str)> =
        draft.sentences.iter().map(|s| (&text[s.start..s.end], s.cue.as_str())).collect();
    assert_eq!(
        got,
        [
            ("The company has announced:", "announced"),
            ("a new plant in Ohio with 3,000 jobs", "an item of the list after `announced`"),
            ("a research centre in Texas", "an item of the list after `announced`"),
        ]
    );
}

#[test]
fn praise_thanks_policy_and_a_pledge_withheld_are_no_pledges() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| s.cue);
    assert_eq!(
        cue_of("Some companies want more details before committing to new investments."),
        None
    );
    assert_eq!(cue_of("He said, “We appreciate your commitment to our country”."), None);
    assert_eq!(cue_of("The minister stressed the government’s commitment to industry."), None);
    let text = "“We are the top state,” said Governor Josh Stein. “These new projects will bring \
                good jobs to our state.”";
    let quote = text.find("“These").unwrap();
    assert_eq!(cue(text, quote, text.len()).map(|s| s.cue), None);
    // A lieutenant governor's title ends in a full stop.
    let text = "“These business expansions are good news for Minnesota. I thank them,” said Lt. \
                Gov. Tina Smith.";
    let end = text.find(" I thank").unwrap();
    assert_eq!(cue(text, 0, end).map(|s| s.cue), None);
    // A company's own commitment, and a leader's quote that carries its figure, stay.
    assert_eq!(cue_of("Intel is committed to the plant."), Some("committed".to_owned()));
    let figure = "“We are the top state,” said Governor Josh Stein. “These projects will bring \
                  3,400 jobs.”";
    let quote = figure.find("“These").unwrap();
    assert_eq!(cue(figure, quote, figure.len()).map(|s| s.cue), Some("will bring".to_owned()));
}

#[test]
fn a_plant_named_with_its_place_tells_what_it_will_do() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| s.cue);
    assert_eq!(
        cue_of("The factory in Radzikowice near Nysa will supply cathode materials."),
        Some("The factory in Radzikowice near Nysa will supply".to_owned())
    );
    assert_eq!(
        cue_of("The President said he enticed them to expand their operations."),
        Some("to expand their operations".to_owned())
    );
    assert_eq!(cue_of("Alibaba is seeking a chance to expand the market of America."), None);
}

#[test]
fn a_meeting_to_come_is_no_pledge_but_a_plant_expected_is_one() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| s.cue);
    let text = "He is also expected to have discussions with U.S. Vice President Joe Biden.";
    assert_eq!(cue_of(text), None);
    assert_eq!(cue_of("Macri is expected to meet Biden on Friday."), None);
    let text = "The plant is expected to create 300 jobs.";
    assert_eq!(cue_of(text), Some("expected to".to_owned()));
}

#[test]
fn a_hope_of_another_a_place_closer_to_home_barriers_reduced_and_dismay_are_no_pledges() {
    for text in [
        "Samsung hopes that Vietnam will continue to provide favourable conditions.",
        "“This plant is a gamechanger, expanding the market for this crop closer to home.”",
        "The department was set up to boost exports and reduce barriers to trade.",
        "The council said it is very disappointed that plans to build a factory are on hold.",
        "The minister expressed disappointment at the decision but welcomed the commitment.",
    ] {
        assert_eq!(cue(text, 0, text.len()).map(|s| s.cue), None, "{text}");
    }
    let text = "The company hopes that the plant will create 5,000 jobs.";
    assert!(cue(text, 0, text.len()).is_some());
}

#[test]
fn a_governments_policy_is_no_pledge_but_a_phase_commissioned_is_one() {
    let cue_of = |text: &str| cue(text, 0, text.len()).map(|s| (s.cue, s.status));
    assert_eq!(
        cue_of(
            "The minister emphasised the Government’s commitment to ensure industries create jobs."
        ),
        None
    );
    // A country's commitment may be why a company invests there.
    assert_eq!(
        cue_of("The country’s commitment to net-zero led to Lego’s decision to invest there."),
        Some(("commitment".to_owned(), false))
    );
    assert_eq!(
        cue_of("The President commissioned the plant of KEDA Ceramics."),
        Some(("commissioned".to_owned(), true))
    );
    assert_eq!(
        cue_of("He spoke at the third phase of the ceramics project."),
        Some(("third phase of".to_owned(), false))
    );
}

#[test]
fn an_amount_of_money_or_workers_beside_the_pledges_own_noun_is_a_pledge_sentence() {
    let got = pledged(
        "The new plant is estimated to cost EUR 1.7 billion.\n\
         The firm plans a conference to teach businesses to sell to its many customers.",
    );
    assert_eq!(got, ["The new plant is estimated to cost EUR 1.7 billion."]);
}

#[test]
fn a_ministers_praise_with_a_portfolio_before_the_title_is_no_pledge() {
    let got = pledged(
        "Volvo Cars will invest 1.2 billion euros in a plant near Kosice.\n\
         “I am pleased that Slovakia won this mega investment, which will provide many jobs,” \
         said Economy Minister Richard Sulik.",
    );
    assert_eq!(got, ["Volvo Cars will invest 1.2 billion euros in a plant near Kosice."]);
}

#[test]
fn an_officials_demand_of_the_company_is_no_pledge() {
    let got = pledged(
        "Flour Mills will invest 1 billion naira in a sugar plant in Nasarawa.\n\
         He tasked the company to also venture into massive production of cassava to provide \
         raw material.",
    );
    assert_eq!(got, ["Flour Mills will invest 1 billion naira in a sugar plant in Nasarawa."]);
}

#[test]
fn a_unit_named_investments_beside_two_companies_is_no_pledge() {
    let text = "Commenting, Yazeed Al-Humied, head of MENA Investments at PIF, said: “Partnering \
                with Hyundai is another milestone for PIF.”";
    assert!(pledged(text).is_empty(), "{:?}", pledged(text));
    let text = "Investments by Hyundai and PIF will follow.";
    assert_eq!(pledged(text), [text]);
}

#[test]
fn a_venue_a_governments_stance_and_a_companys_devotion_are_no_pledges() {
    let pledge = "Acme will invest $50 million in a plant in Ohio.";
    let text = format!(
        "{pledge} The signing took place on the sidelines of the summit. Governor Ray made the \
         announcement during a briefing on Tuesday. Its chief affirmed the company's long-term \
         commitment to Ohio. The authorities are committed to providing the best conditions for \
         the investor. To align with its sustainability commitments, best practices will be implemented."
    );
    assert_eq!(pledged(&text), [pledge]);
    let text = "The signing of the $5 billion deal took place at the summit.";
    assert_eq!(pledged(text), [text]);
}

#[test]
fn details_withheld_and_what_a_plant_makes_without_a_figure_are_no_pledges() {
    let pledge = "Acme will invest $50 million in a plant in Ohio.";
    let text = format!(
        "{pledge} The government has not shared the details of the companies that signed the \
         MoU. The facility will produce modular data centers for the region. The \
         state-of-the-art unit will produce quality animal feed,” said Mann."
    );
    assert_eq!(pledged(&text), [pledge]);
}

#[test]
fn a_lists_bullet_is_no_word_of_its_item() {
    let text = "The deals cover the following:\n  • $822 million in investments.\n· $7 billion in \
         roads.\n-Technology supplier Bosch said so.";
    let got: Vec<&str> =
        super::super::split_sentences(text).iter().map(|&(s, e)| &text[s..e]).collect();
    assert_eq!(
        got,
        [
            "The deals cover the following:",
            "$822 million in investments.",
            "$7 billion in roads.",
            "-Technology supplier Bosch said so."
        ]
    );
}

#[test]
fn a_closing_quote_past_a_paragraph_break_is_no_word_of_the_next_sentence() {
    let text = "“It will strengthen local manufacturing.\n\n” It will also create over 3,500 \
         jobs,” he added.";
    let got: Vec<&str> =
        super::super::split_sentences(text).iter().map(|&(s, e)| &text[s..e]).collect();
    assert_eq!(
        got,
        [
            "“It will strengthen local manufacturing.",
            "It will also create over 3,500 jobs,” he added."
        ]
    );
}

#[test]
fn an_industrys_jobs_investors_at_large_a_multiple_and_a_companys_standing_are_backdrop() {
    let got = pledged(
        "The automotive industry, alone, created 116,611 jobs in the time period.\n\
         The province saw strong inflows as both foreign and local investors spent Rp 16.2 \
         trillion.\n\
         The figure was over three times the Rp 5 trillion set by the BKPM.\n\
         Medlog is among the world’s leading logistics companies, operating in 80 countries.\n\
         SkyWest has a fleet of 346 aircraft and operates nearly 1,900 flights each day.\n\
         NZ Steel, which employs 4000 people, is the country's only producer of flat steel.\n\
         Stryker will invest $13 million in Humacao.",
    );
    assert_eq!(got, ["Stryker will invest $13 million in Humacao."]);
}

#[test]
fn a_cut_weekdays_date_line_output_emissions_and_a_closures_knock_on_jobs_are_no_pledges() {
    let got = pledged(
        "NZ Steel will build a furnace for $300 million.\n\
         Tue, 20 Jan 2015 Source: Cameroon Tribune\n\
         It produces about 670,000 tonnes of steel each year.\n\
         The project means 800,000 tonnes of pollution can be removed each year.\n\
         The knock-on effect could be between one and three jobs lost elsewhere.\n\
         That could mean up to 6,000 or so other jobs going too.",
    );
    assert_eq!(got, ["NZ Steel will build a furnace for $300 million."]);
}

#[test]
fn a_programmes_running_count_of_companies_or_projects_is_backdrop() {
    let got = pledged(
        "Yuti Breweries will invest $5 million in Namanve.\n\
         This brings the number of factories in the industrial park to 103.\n\
         With the latest agreement, the total number of industrial enterprises operating in the \
         city has risen to 48.\n\
         In total 231 projects are supported within the programme.",
    );
    assert_eq!(got, ["Yuti Breweries will invest $5 million in Namanve."]);
}

#[test]
fn a_companys_shares_exports_and_origin_are_its_background() {
    let got = pledged(
        "Kia will invest $1 billion in Nuevo Leon.\n\
         Shares of the automaker were down 0.54 percent in morning trade.\n\
         Kromberg & Schubert exports on average P2 billion worth of goods annually.\n\
         S&A Abahsain originated in Al Khobar in 1947.",
    );
    assert_eq!(got, ["Kia will invest $1 billion in Nuevo Leon."]);
}

#[test]
fn a_government_that_will_subsidize_and_a_company_that_applied_for_a_grant_pledge() {
    let got = pledged(
        "In that context, the province will subsidize new jobs over five years.\n\
         Talga Group has applied for a SEK 1.1 billion grant to fund an anode plant.\n\
         The weather was fine.",
    );
    assert_eq!(
        got,
        [
            "In that context, the province will subsidize new jobs over five years.",
            "Talga Group has applied for a SEK 1.1 billion grant to fund an anode plant."
        ]
    );
}

#[test]
fn incentives_tied_to_targets_state_a_pledge() {
    let got = pledged(
        "Those incentives are based on Summit Polymers hitting their employment targets.\n\
         Grant was tied to Morgan Olson maintaining jobs.\n\
         The weather was fine.",
    );
    assert_eq!(
        got,
        [
            "Those incentives are based on Summit Polymers hitting their employment targets.",
            "Grant was tied to Morgan Olson maintaining jobs."
        ]
    );
}

#[test]
fn a_dateline_city_before_its_agency_opens_the_sentence_of_an_agreement_to_assemble() {
    let got = pledged(
        "29 August 2020, 11:45\n\
         PETROPAVLOVSK. KAZINFORM – An agreement to assemble agricultural machinery in North \
         Kazakhstan region has been signed with the German CLAAS, Kazinform reports.\n\
         The weather was fine.",
    );
    assert_eq!(
        got,
        ["PETROPAVLOVSK. KAZINFORM – An agreement to assemble agricultural machinery in North \
          Kazakhstan region has been signed with the German CLAAS, Kazinform reports."]
    );
}

#[test]
fn an_agency_dateline_closed_by_a_stop_opens_the_first_sentence() {
    let got = pledged(
        "date 2025-02-20 BISHKEK, Kyrgyzstan, February 20. China Petrol Company Junda will \
         invest $167 million into modernizing the Junda oil refinery.\n\
         BAKU, Azerbaijan, Aug. 2. Azerbaijani AS Istehsal LLC will build a plant.",
    );
    assert_eq!(
        got,
        [
            "date 2025-02-20 BISHKEK, Kyrgyzstan, February 20. China Petrol Company Junda will \
             invest $167 million into modernizing the Junda oil refinery.",
            "BAKU, Azerbaijan, Aug. 2. Azerbaijani AS Istehsal LLC will build a plant."
        ]
    );
}

#[test]
fn projects_receiving_government_support_are_a_pledge_sentence() {
    let got = pledged(
        "Some five major projects in Ankara, Istanbul, Bursa and Adana will be receiving \
         government support, according to a presidential decree.\n\
         The plan is receiving broad support from lawmakers.",
    );
    assert_eq!(
        got,
        ["Some five major projects in Ankara, Istanbul, Bursa and Adana will be receiving \
          government support, according to a presidential decree."]
    );
}

#[test]
fn grants_to_be_given_partners_plans_abatements_received_and_a_cabinet_approval_are_pledges() {
    let text = "The largest amount will be granted to call center company Webhelp Romania.\n\
                The Abu Dhabi Investment Office has partnered individually with AeroFarms.\n\
                Valeo is also planning to buy a new production line.\n\
                The company also is receiving consecutive, five-year tax abatements.\n\
                Sri Lanka’s Cabinet approved the setting up of the tyre plant.";
    assert_eq!(pledged(text).len(), 5, "{:?}", pledged(text));
}

#[test]
fn recipients_beneficiaries_a_site_designated_and_a_pledge_with_shall_are_pledges() {
    let text = "Companies in Carson City are among the recipients of abatements.\n\
                Other companies to benefit included Rainbow Nation Renewable Fuels.\n\
                Kominfo has determined Nongsa as the location of the data center.\n\
                We shall start a drive to grow bamboo for the paper factory.\n\
                Our goal is to become an emerging country.";
    assert_eq!(pledged(text).len(), 4, "{:?}", pledged(text));
}
