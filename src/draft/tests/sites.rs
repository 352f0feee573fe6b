//! Pledges told by land allotted, plants being opened, a contract inked, a plant's target, an
//! intent said at the time or the count of contracted projects, announcements counted, a company
//! launched; and a leader's general words, which are none.

use super::super::cues::cue;

fn cue_of(text: &str) -> Option<String> {
    cue(text, 0, text.len()).map(|s| s.cue)
}

#[test]
fn land_allotted_or_identified_for_a_companys_plant_is_a_cue() {
    assert_eq!(
        cue_of("The state government has allotted 130 acre to Hong Fu Group to set up a unit."),
        Some("allotted 130 acre".to_owned())
    );
    assert_eq!(
        cue_of("The plant was granted a land allotment order of 130 acre in Ranipet."),
        Some("allotment order".to_owned())
    );
    // Shares allotted to investors are no land for a plant.
    assert_eq!(cue_of("The allotment of shares to investors was completed."), None);
    assert_eq!(
        cue_of(
            "An official said land measuring 130 acre has been identified in Ranipet for the project."
        ),
        Some("land measuring 130 acre has been identified in Ranipet for the project".to_owned())
    );
    assert_eq!(
        cue_of(
            "Hong Fu Group is one of the largest makers and is in the process of opening new factories in India."
        ),
        Some("in the process of opening".to_owned())
    );
    assert_eq!(cue_of("The land was dry and the acres were green."), None);
}

#[test]
fn a_contract_inked_a_plants_target_and_contracted_projects_are_cues() {
    assert_eq!(
        cue_of("The chairman inked a contract with Eroglu to establish a garments factory."),
        Some("inked a contract".to_owned())
    );
    assert_eq!(
        cue_of("New international manufacturing plant targets 150,000 vehicles per year."),
        Some("plant targets 150,000".to_owned())
    );
    assert_eq!(
        cue_of(
            "He highlighted that the total number of contracted projects in the zone increased to 50."
        ),
        Some("number of contracted projects".to_owned())
    );
}

#[test]
fn what_a_company_said_it_wanted_at_the_time_is_a_cue() {
    assert_eq!(
        cue_of("At the time, they said they wanted to start construction as soon as possible."),
        Some("said they wanted to start".to_owned())
    );
}

#[test]
fn a_leaders_general_words_without_a_figure_are_no_pledge() {
    assert_eq!(
        cue_of(
            "With an eye on the future, Governor Hobbs is committed to ensuring Arizona is at the forefront of investments that create jobs."
        ),
        None
    );
    assert_eq!(
        cue_of(
            "\"We are immensely encouraged as South Africans by the commitments that have been announced here for these investments will create jobs,\" he said."
        ),
        None
    );
    // With a figure, the words may be the pledge itself.
    assert!(cue_of("Governor Hobbs is committed to investing $50 million in the plant.").is_some());
}

#[test]
fn announcements_counted_a_present_investment_a_company_launched_and_job_opportunities_are_cues() {
    for (text, want) in [
        (
            "Gov. Jim Justice made three economic development announcements at the summit.",
            "made three economic development announcements",
        ),
        ("Egyptian firm invests in SA", "invests in"),
        (
            "The Cairo-based multinational launched the Mafikeng Cement Company on Wednesday.",
            "launched the Mafikeng Cement Company",
        ),
        (
            "“Our new subsidiary will contribute, including the creation of new job opportunities.”",
            "creation of new job opportunities",
        ),
    ] {
        assert_eq!(cue_of(text), Some(want.to_owned()), "{text}");
    }
    // A store the company launched is no company of its own.
    assert_eq!(cue_of("The tech giant launched its first company-owned store in Mumbai."), None);
}
