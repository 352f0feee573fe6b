//! Sentences of the pledge's topic: once an article has a pledge, the sentences whose subject
//! is its plant, machine, deal or company tell of it too, and so does a headline naming
//! investments, jobs, a plant or a ceremony, and so does what befell it or what it cost;
//! praise, a recollection, a description and a name with a figure in it ("COVID-19") are not.

use super::super::{Known, extract};

/// Each sentence `draft` proposes as a pledge.
fn pledged(text: &str) -> Vec<String> {
    let draft = extract(text, &Known::default(), None);
    draft.sentences.iter().map(|s| text[s.start..s.end].to_owned()).collect()
}

#[test]
fn the_pledges_own_thing_told_of_after_a_pledge_is_a_pledge_sentence() {
    let got = pledged(
        "Kruger will invest $140 million in a new machine in Sherbrooke.\n\
         The machine is slated to be commissioned in 2024.\n\
         The double-wide machine, which features new technology, will be able to produce more.\n\
         The investment deal is meaningful for the region.\n\
         “The employers told us today that the factory is closing,” a worker says.",
    );
    assert_eq!(
        got,
        [
            "Kruger will invest $140 million in a new machine in Sherbrooke.",
            "The machine is slated to be commissioned in 2024.",
            "The double-wide machine, which features new technology, will be able to produce more.",
            "The investment deal is meaningful for the region.",
            "“The employers told us today that the factory is closing,” a worker says.",
        ]
    );
}

#[test]
fn a_headline_naming_investments_or_a_ceremony_is_a_pledge_sentence_in_an_article_of_one() {
    let text = "Agency approved investments of 300 million\n\n\
                Four companies will invest 300 million euros, creating 1,200 jobs.\n\
                The ministry held an investment notification ceremony in New York.";
    assert_eq!(
        pledged(text),
        [
            "Agency approved investments of 300 million",
            "Four companies will invest 300 million euros, creating 1,200 jobs.",
            "The ministry held an investment notification ceremony in New York.",
        ]
    );
    // With no pledge in the article, the headline and the ceremony are no pledge's.
    let text = "Agency approved investments of 300 million\n\nThe ministry held an investment \
                notification ceremony in New York.";
    assert_eq!(pledged(text), Vec::<String>::new());
    // After a line of the article's date, a headline that names a company is read as one.
    let text = "30th June 2014\n\nCzech Republic signs an agreement with Korean firm Nexen\n\n\
                Nexen will invest 22.8 billion CZK in a plant.";
    assert_eq!(
        pledged(text),
        [
            "Czech Republic signs an agreement with Korean firm Nexen",
            "Nexen will invest 22.8 billion CZK in a plant."
        ]
    );
}

#[test]
fn a_recollection_a_description_praise_and_a_governments_headline_are_not() {
    let text = "Government summit raises billions in investment and jobs\n\n\
                Acme will invest $2 billion in a new plant.\n\
                The deal was first announced to great fanfare in July 2017.\n\
                The plant is scheduled to be operational in 2024.\n\
                The Kocaeli facility, located in the district, is the largest hub in Europe.\n\
                If the plant does not open, the grant is returned.";
    assert_eq!(pledged(text), ["Acme will invest $2 billion in a new plant."]);
}

#[test]
fn what_befell_the_pledge_or_what_it_cost_is_a_pledge_sentence() {
    let got = pledged(
        "Geox opened a factory in Vranje in 2012 and pledged 1,250 jobs.\n\
         The minister knew about Geox’s decision to depart from Vranje.\n\
         The departure of the only foreign investor started yesterday.\n\
         Sources confirmed that Geox would not relocate its production to Albania.\n\
         A rough estimate shows that this cost the Serbian taxpayers 12 million euros.\n\
         The visit renewed ties, clearing the way for multi-billion-shilling investments.\n\
         The town has a new mayor.",
    );
    assert_eq!(got.len(), 6, "{got:?}");
    assert!(!got.iter().any(|s| s.contains("mayor")), "{got:?}");
}

#[test]
fn counted_things_their_workforce_and_a_pronoun_of_them_are_pledge_sentences() {
    let got = pledged(
        "Firms plan to invest more than CZK 51 billion in the Czech Republic.\n\
         This involves investment projects worth more than CZK 51 billion.\n\
         Fourteen cases involved completely new investments.\n\
         Seventy-four investment projects, some from earlier years, received a decision.\n\
         The plant in Slovakia will be constructed on a greenfield site.\n\
         The plant's construction is planned to start in 2023.\n\
         The incentives offered by the Slovak government are subject to approval.\n\
         The Maryborough factory’s workforce has more than doubled since last year.\n\
         At full rate production, it will have a workforce of up to 100.\n\
         The town has a new mayor.",
    );
    assert_eq!(got.len(), 9, "{got:?}");
    assert!(!got.iter().any(|s| s.contains("mayor")), "{got:?}");
}

#[test]
fn a_party_at_the_head_that_received_bought_or_did_is_a_pledge_sentence_but_its_officer_is_not() {
    let got = pledged(
        "Bankrupt Carmaker Files For Bankruptcy\n\n\
         The company had promised to create more than 1,000 jobs at its factory.\n\
         The agency also received an increased number of applications.\n\
         The state had a contract to purchase up to 1,000 vehicles.\n\
         Sprint CEO Marcelo Claure did not make clear whether the shift was a result of talks.\n\
         The town has a new mayor.",
    );
    assert_eq!(
        got,
        [
            "Bankrupt Carmaker Files For Bankruptcy",
            "The company had promised to create more than 1,000 jobs at its factory.",
            "The agency also received an increased number of applications.",
            "The state had a contract to purchase up to 1,000 vehicles.",
        ]
    );
}

#[test]
fn a_companys_plant_after_a_word_of_what_the_company_is_is_a_pledge_sentence() {
    let got = pledged(
        "Rheinmetall NIOA Munitions will hire 30 more workers by July.\n\
         Defence manufacturer Rheinmetall NIOA Munitions’ Queensland shell plant is growing fast.\n\
         Granholm said Rheinmetall NIOA Munitions’ plant in Michigan will serve as a catalyst.",
    );
    assert_eq!(
        got,
        [
            "Rheinmetall NIOA Munitions will hire 30 more workers by July.",
            "Defence manufacturer Rheinmetall NIOA Munitions’ Queensland shell plant is growing fast.",
        ]
    );
}

#[test]
fn a_celebrated_start_of_the_pledges_work_is_a_pledge_sentence() {
    let got = pledged(
        "Nokian Tyres will invest $25 million and create 70 new jobs in Dayton.\n\
         The company celebrated the start of the capacity expansion on Tuesday.\n\
         The town celebrated its birthday.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got[1].starts_with("The company celebrated the start"), "{got:?}");
}

#[test]
fn a_sentence_giving_a_figure_in_an_article_of_a_pledge_is_a_pledge_sentence() {
    let text = "Kruger will invest $140 million in a new machine in Sherbrooke.\n\
                The firm is now targeting first output in 2029.\n\
                The site covers 25 hectares near the river, with room for 400 people.";
    let draft = extract(text, &Known::default(), None);
    let got: Vec<(&str, &str)> =
        draft.sentences.iter().map(|s| (&text[s.start..s.end], s.cue.as_str())).collect();
    assert_eq!(
        got,
        [
            ("Kruger will invest $140 million in a new machine in Sherbrooke.", "will invest"),
            ("The firm is now targeting first output in 2029.", "now targeting"),
            ("The site covers 25 hectares near the river, with room for 400 people.", "400 people"),
        ]
    );
    // With no pledge in the article, a figure alone marks nothing.
    assert!(pledged("The firm is now targeting first output in 2029.").is_empty());
}

#[test]
fn a_figure_on_a_line_of_the_page_in_the_companys_background_or_in_a_quote_is_no_pledge() {
    let got = pledged(
        "Kruger will invest $140 million in a new machine in Sherbrooke.\n\
         Thursday, December 18, 2025 | 03:57 AM IST\n\
         December 19, 2023, 12:39 pm Updated on December 19, 2023, 2:57 pm\n\
         AUSTIN, Oct. 14 -- The governor issued the following news release on Oct. 13, 2023:\n\
         The special session on the plant will be Wednesday at 10:00 a.m. in the capitol.\n\
         This report by The Canadian Press was first published April 24, 2025.\n\
         Kruger was founded in 1904 and makes tissue paper.\n\
         The firm has operated in Quebec since 1952 with two mills.\n\
         It makes tissue in 12 plants around the world.\n\
         Mills account for 3 percent of the province's output.\n\
         Last year, its revenue rose by 20.4 per cent to $3.28 billion.\n\
         Photo taken in 2024.\n\
         “By 2030 we aim to lead the market,” she said.",
    );
    assert_eq!(got, ["Kruger will invest $140 million in a new machine in Sherbrooke."]);
}

#[test]
fn a_name_or_code_with_a_figure_in_it_or_a_model_is_no_figure_of_the_pledge() {
    let got = pledged(
        "Acme will invest $50 million in a plant in Ohio.\n\
         However, visitors could not come earlier due to the COVID-19 pandemic, he added.\n\
         The group makes 155mm shells for allied countries in its other works.\n\
         The government banned sales of the latest iPhone 16 in the country last year.\n\
         The board held its 66th meeting of the year in the city with 40 members.",
    );
    assert_eq!(
        got,
        [
            "Acme will invest $50 million in a plant in Ohio.",
            "The board held its 66th meeting of the year in the city with 40 members.",
        ]
    );
}

#[test]
fn a_number_in_a_companys_name_is_no_figure_of_the_pledge_but_a_share_after_a_name_is() {
    let got = pledged(
        "Acme will invest $35 million in a plant in Fairmont.\n\
         Prime 6 is known for its innovative approach to upcycling wood waste.\n\
         What Prime 6 will find here is a community of dedicated workers.\n\
         The deal gives Dangote Group 60 percent ownership of the plant, the ministry said.",
    );
    assert_eq!(
        got,
        [
            "Acme will invest $35 million in a plant in Fairmont.",
            "The deal gives Dangote Group 60 percent ownership of the plant, the ministry said.",
        ]
    );
}

#[test]
fn a_rate_or_sales_in_percent_and_a_release_line_are_no_figures_of_the_pledge() {
    let got = pledged(
        "State of Tennessee Press Release; Sept. 23, 2011:\n\
         Acme will invest $50 million in a plant in Ohio.\n\
         Indiana's unemployment rate is 8 percent, higher than the national rate of 7.9 percent.\n\
         A report shows that car sales fell 23.3 percent in May, a decline of 25.7 percent.\n\
         The fund will hold a 70 percent stake in the venture from 2026 with its partner.",
    );
    assert_eq!(
        got,
        [
            "Acme will invest $50 million in a plant in Ohio.",
            "The fund will hold a 70 percent stake in the venture from 2026 with its partner.",
        ]
    );
}

#[test]
fn a_ventures_parts_a_headings_or_datelines_date_and_a_plant_described_after_a_phrase_are_none() {
    let pledge = "Acme will invest $58 million in a plant in Sadat City.";
    let text = format!(
        "{pledge}\n\nMinistry welcomes the media at the Trade Port, 4 Sept\n\nLAS VEGAS, NV – \
         May 23, 2020\n\nBy: Brian Brus//The Journal Record//July 1, 2020\n\nThe venture will \
         include a factory for packaging vegetables and a third for drying produce.\n\nIdeally \
         situated for export from the seaport, this facility will produce the latest G5 fuel \
         cells.\n\nThe venture will include 500 jobs by 2027."
    );
    let published = chrono::NaiveDate::from_ymd_opt(2020, 9, 4);
    let draft = extract(&text, &Known::default(), published);
    let got: Vec<&str> = draft.sentences.iter().map(|s| &text[s.start..s.end]).collect();
    assert_eq!(got, [pledge, "The venture will include 500 jobs by 2027."]);
}

#[test]
fn a_source_line_and_a_currencys_rate_are_no_figures_of_a_pledge() {
    let text = "LG Chem will invest $300 million in a plant in Gladstone.\n\
                He says when the project was first mooted in 2001, the exchange rate was 51 US \
                cents to the dollar. It has now risen to 67 cents - a marked increase.\n\
                Source: Yonhap News (Apr. 21, 2016)";
    assert_eq!(pledged(text), ["LG Chem will invest $300 million in a plant in Gladstone."]);
}

#[test]
fn where_a_company_is_active_and_how_far_a_place_lies_are_no_figures_of_a_pledge() {
    let text = "Alcoa will invest US$ 1.6 billion in Brazil.\n\
                Alcoa is active in 43 countries.\n\
                San Luis Potosí is located in central Mexico, 450 miles from Laredo, Texas.";
    assert_eq!(pledged(text), ["Alcoa will invest US$ 1.6 billion in Brazil."]);
}

#[test]
fn a_headline_in_capitals_opening_the_article_is_read_but_a_later_label_is_not() {
    let got = pledged(
        "CONSTELLATION BRANDS TO INVEST APPROXIMATELY $900 MILLION USD TO INCREASE CAPACITY\n\
         AT ITS PLANT IN CIUDAD OBREGON\n\
         The brewery will grow.\n\
         ABOUT CONSTELLATION BRANDS: IT WILL INVEST $5 MILLION A YEAR IN ITS PEOPLE\n",
    );
    assert_eq!(
        got,
        ["CONSTELLATION BRANDS TO INVEST APPROXIMATELY $900 MILLION USD TO INCREASE CAPACITY"]
    );
}
