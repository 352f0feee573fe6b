//! Well-known companies named alone, and what keeps a name of the list from being one.

use super::*;

fn companies(text: &str) -> Vec<String> {
    let mut got: Vec<String> = find(text, &Known::default())
        .into_iter()
        .filter(|c| c.kind == Kind::Company)
        .map(|c| c.value)
        .collect();
    got.sort();
    got.dedup();
    got
}

#[test]
fn a_well_known_company_named_alone_is_a_party() {
    let text = "The White House touted commitments from Roche, Apple and BASF.";
    assert_eq!(companies(text), ["Apple", "BASF", "Roche"]);
    let text = "That is expected to include OpenAI and Oracle.";
    assert_eq!(companies(text), ["OpenAI", "Oracle"]);
}

#[test]
fn a_well_known_name_inside_a_longer_name_is_not_the_company() {
    // A person, and a company of its own whose name starts with a well-known one.
    let text = "Premier Doug Ford welcomed the plan.";
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
