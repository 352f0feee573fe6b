//! What the pledge's company or its work did, once an article has a pledge: the company at the
//! head of a sentence with a verb of building, starting, expecting, employing, holding or
//! halting; the pledge's work that began or is expected; a headline that names a company and
//! an amount. A present state ("the company employs") and an article with no pledge are not.

use super::super::{Known, extract};

/// Each sentence `draft` proposes as a pledge.
fn pledged(text: &str) -> Vec<String> {
    let draft = extract(text, &Known::default(), None);
    draft.sentences.iter().map(|s| text[s.start..s.end].to_owned()).collect()
}

#[test]
fn the_company_at_the_head_with_a_verb_of_its_work_is_a_pledge_sentence() {
    let got = pledged(
        "Acme Motors will invest $2 billion in a battery plant in Ohio.\n\
         Under the agreement, the company would hold a 58% stake in the venture.\n\
         It has already started hiring engineers for the site.\n\
         The group invested in the project through its own brand.\n\
         Today, the company employs more than 2,200 people in Ohio.\n\
         It currently employs 350 people in the state.\n\
         The weather in Ohio was mild.",
    );
    assert_eq!(
        got,
        [
            "Acme Motors will invest $2 billion in a battery plant in Ohio.",
            "Under the agreement, the company would hold a 58% stake in the venture.",
            "It has already started hiring engineers for the site.",
            "The group invested in the project through its own brand.",
        ]
    );
}

#[test]
fn the_pledges_work_that_began_or_is_expected_is_a_pledge_sentence() {
    let got = pledged(
        "Acme Motors will invest $2 billion in a battery plant in Ohio.\n\
         The construction of the state's largest battery plant began on Wednesday.\n\
         First production is expected in 2028.\n\
         Construction work had already started in December.\n\
         Production of cars in Europe fell in May.",
    );
    assert_eq!(
        got,
        [
            "Acme Motors will invest $2 billion in a battery plant in Ohio.",
            "The construction of the state's largest battery plant began on Wednesday.",
            "First production is expected in 2028.",
            "Construction work had already started in December.",
        ]
    );
}

#[test]
fn a_headline_naming_a_company_and_an_amount_is_a_pledge_sentence_in_an_article_of_one() {
    let text = "Acme Motors Pours $2.5B Into Ohio Expansion\n\n\
                Acme Motors will invest $2.5 billion in its plant in Ohio.";
    assert_eq!(pledged(text).len(), 2, "{:?}", pledged(text));
    // With no pledge in the article, neither the headline nor the work is a pledge's.
    let text = "Acme Motors Pours $2.5B Into Ohio Expansion\n\nFirst production is expected in \
                2028.";
    assert!(pledged(text).is_empty(), "{:?}", pledged(text));
}

#[test]
fn figures_that_show_jobs_or_an_amount_are_a_pledge_sentence_and_figures_of_a_mood_are_not() {
    let got = pledged(
        "Acme Motors will invest $2 billion in a battery plant in Ohio.\n\
         Agency statistics showed that more than 8,500 jobs were created last year.\n\
         The report reveals that companies secured $7 billion in new investment.\n\
         The results show that we are on the right track.",
    );
    assert_eq!(
        got,
        [
            "Acme Motors will invest $2 billion in a battery plant in Ohio.",
            "Agency statistics showed that more than 8,500 jobs were created last year.",
            "The report reveals that companies secured $7 billion in new investment.",
        ]
    );
}

#[test]
fn an_amount_no_pledge_sentence_told_is_a_pledge_sentence_unless_restated_or_of_standing() {
    let got = pledged(
        "Acme Motors will invest $2 billion in a battery plant in Ohio.\n\
         Other beneficiaries are Nimbus Resorts, with 21.6 million lei.\n\
         $2 billion investment.\n\
         Today, the firm employs about 3,000 people worldwide.\n\
         Starting pay ranges from $17 to $21 per hour.",
    );
    assert_eq!(
        got,
        [
            "Acme Motors will invest $2 billion in a battery plant in Ohio.",
            "Other beneficiaries are Nimbus Resorts, with 21.6 million lei.",
        ]
    );
}
