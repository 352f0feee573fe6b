//! Well-known companies named alone, and names read whole: generational suffixes, hyphenated
//! surnames, generic tails; departments and places of origin that are no parties.

use super::names_tests::names;
use super::*;

fn companies(text: &str) -> Vec<String> {
    names(text, Kind::Company)
}

#[test]
fn a_well_known_company_named_alone_is_a_party() {
    let text = "The White House touted commitments from Roche, Apple and BASF.";
    assert_eq!(companies(text), ["Apple", "BASF", "Roche"]);
    let text = "That is expected to include OpenAI and Oracle.";
    assert_eq!(companies(text), ["OpenAI", "Oracle"]);
    // A list's bullet may print the name in capitals.
    let text = "• SAMSUNG electronics giant with investment of R146 million.";
    assert_eq!(companies(text), ["SAMSUNG"]);
}

#[test]
fn large_companies_of_asia_africa_latin_america_and_europe_are_well_known() {
    let text = "Pledges came from Sasol, Midea, Gerdau and Repsol, and Airtel joined later.";
    assert_eq!(companies(text), ["Airtel", "Gerdau", "Midea", "Repsol", "Sasol"]);
}

#[test]
fn a_well_known_name_inside_a_longer_name_is_not_the_company() {
    // A person, and a company of its own whose name starts with a well-known one.
    let text = "Premier Doug Ford welcomed the plan.";
    assert!(companies(text).is_empty(), "{:?}", companies(text));
    let text = "The founder, Mr. Dell, spoke first.";
    assert!(companies(text).is_empty(), "{:?}", companies(text));
    let text = "It was built by Ford Otosan near Kocaeli.";
    assert!(!companies(text).contains(&"Ford".to_owned()));
}

#[test]
fn an_alias_takes_the_name_the_text_gave_first() {
    let text = "General Motors International will invest. GM owns the Chevrolet brand.";
    assert!(!companies(text).contains(&"GM".to_owned()), "{:?}", companies(text));
    let text = "Johnson & Johnson will invest $55 billion, J&J said.";
    assert_eq!(companies(text), ["Johnson & Johnson"]);
}

#[test]
fn a_platform_where_something_was_said_is_no_party() {
    let text = "The minister said in a post on Facebook that the plant opened.";
    assert!(companies(text).is_empty(), "{:?}", companies(text));
    let text = "In a Facebook post, the minister praised the plant.";
    assert!(companies(text).is_empty(), "{:?}", companies(text));
}

#[test]
fn a_country_that_owns_a_well_known_company_leaves_it_whole() {
    let text = "Japan’s Toyota will build a plant in Brazil.";
    assert_eq!(companies(text), ["Toyota"]);
}

fn people(text: &str) -> Vec<String> {
    names(text, Kind::Person)
}

#[test]
fn a_generational_suffix_and_a_hyphenated_surname_stay_in_the_name() {
    let text = "President Ferdinand R. Marcos Jr. will bring home the pledges.";
    assert_eq!(people(text), ["Ferdinand R. Marcos Jr."]);
    let text = "President Nana Addo Akufo-Addo says Ghana is ready to partner.";
    assert_eq!(people(text), ["Nana Addo Akufo-Addo"]);
    let text = "The plan was backed by Senator John Smith III on Monday.";
    assert_eq!(people(text), ["John Smith III"]);
}

#[test]
fn a_role_for_a_company_in_capitals_names_the_person_after_it() {
    let text = "President for VEGA Americas, Ron Hegyesi, says the site won them over.";
    assert_eq!(people(text), ["Ron Hegyesi"]);
}

#[test]
fn a_parish_before_a_role_is_no_person() {
    let text = "“It is amazing,” said Ascension Parish President Kenny Matassa.";
    assert!(!people(text).contains(&"Ascension Parish".to_owned()), "{:?}", people(text));
}

#[test]
fn a_company_with_a_generic_tail_or_one_called_so_is_whole() {
    let text = "He commissioned the third phase of KEDA Ghana Ceramics Company.";
    assert_eq!(companies(text), ["KEDA Ghana Ceramics Company"]);
    let text = "They created a joint-venture company called IONWAY, which will invest.";
    assert_eq!(companies(text), ["IONWAY"]);
}

#[test]
fn a_department_and_a_country_of_origin_are_no_parties() {
    let text = "Governor Josh Stein and the Department of Commerce have announced 33,000 jobs.";
    assert!(companies(text).is_empty(), "{:?}", companies(text));
    let text = "The White House touted commitments from Taiwan chipmaker TSMC.";
    let got = find(text, &Known::default());
    assert!(!got.iter().any(|c| c.value == "Taiwan"), "{got:?}");
}

#[test]
fn a_well_known_company_before_a_headlines_verb_or_small_word_is_the_company() {
    for text in [
        "Hitachi Gives US Power Grid A $1 Billion Boost",
        "Hitachi Invests $1 Billion In US Grid",
        "Hitachi To Build A Transformer Plant In Virginia",
        "Hitachi Plans New Plant",
        "Hitachi Opens Plant In Virginia",
        "Hitachi Will Hire 900 Workers",
        "Hitachi Announces $1 Billion Investment",
    ] {
        assert_eq!(companies(text), ["Hitachi"], "{text}");
    }
    // A capitalized word that is neither runs the name on: "Ford Otosan" is a company of its own.
    let text = "Ford Otosan Opens Yenikoy Plant";
    assert!(!companies(text).contains(&"Ford".to_owned()), "{:?}", companies(text));
}

#[test]
fn a_state_investor_is_a_party_and_a_promotion_agency_is_not() {
    let text = "Saudi Arabia’s Public Investment Fund signed with Hyundai. Oman Investment \
                Authority (OIA) will also invest, and the OIA said Oman would gain.";
    let got = companies(text);
    for name in ["Public Investment Fund", "Oman Investment Authority"] {
        assert!(got.iter().any(|g| g == name), "{name} in {got:?}");
    }
    assert!(!got.iter().any(|g| g == "Oman"), "a country is no company's parent: {got:?}");
    let text = "The Uganda Investment Authority licensed 426 projects.";
    assert!(companies(text).is_empty(), "{:?}", companies(text));
}

#[test]
fn a_listed_companys_longer_name_is_read_whole() {
    let text = "Macri also met with the CEOs of The Dow Chemical Company, Royal Dutch Shell, and \
                Google on Thursday.";
    assert!(names(text, Kind::Company).contains(&"Royal Dutch Shell".to_owned()));
    assert!(!names(text, Kind::Company).contains(&"Shell".to_owned()));
}

#[test]
fn a_line_of_trade_before_company_in_a_headline_is_no_name() {
    let text = "Coca-Cola Invests $1 Billion in Argentina: Big Beverage Company Looking for Other \
                Opportunities in South America";
    assert_eq!(names(text, Kind::Company), ["Coca-Cola"]);
}

#[test]
fn a_companys_own_product_with_a_capital_inside_is_no_company() {
    let text = "The investment will focus on the deployment of their BrightLoop low-carbon \
                hydrogen technology, and Apple will make its AirTag devices there.";
    assert!(!companies(text).contains(&"BrightLoop".to_owned()), "{:?}", companies(text));
    assert!(!companies(text).contains(&"AirTag".to_owned()), "{:?}", companies(text));
}
