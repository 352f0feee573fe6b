//! Pledges told by their terms, site, signing or a count held against them, and the subjects
//! a pledge's plant or project gives a future verb, a construction agreed on, an investment
//! targeted at a company or intended for a use, and no appetite to invest; a partnership, an
//! approval granted, and a bankruptcy or a construction started as statuses.

use super::super::cues::{cue, uncued};

fn cue_of(text: &str) -> Option<String> {
    cue(text, 0, text.len()).map(|s| s.cue)
}

#[test]
fn the_terms_of_a_memorandum_and_what_is_to_be_created_or_could_be_produced_are_cues() {
    assert_eq!(
        cue_of("As part of the MOU, Indonesia may buy at least 800,000 tons of wheat."),
        Some("As part of the MOU".to_owned())
    );
    assert_eq!(
        cue_of("Up to 1,250 jobs are to be created for former Nissan workers."),
        Some("are to be created".to_owned())
    );
    assert_eq!(
        cue_of("Some 150,000 vehicles could be produced by the end of the decade."),
        Some("could be produced".to_owned())
    );
}

#[test]
fn a_site_selected_a_place_chosen_and_a_signing_held_are_cues() {
    assert_eq!(
        cue_of("The site in Novara and Piedmont was selected from a shortlist of sites."),
        Some("site in Novara and Piedmont was selected".to_owned())
    );
    assert_eq!(
        cue_of("They chose the Peach State because they know we have all that is needed."),
        Some("chose the Peach State because".to_owned())
    );
    assert_eq!(
        cue_of("A symbolic signing took place to seal the deal."),
        Some("signing took place".to_owned())
    );
}

#[test]
fn companies_named_in_a_deal_and_a_collaboration_still_explored_are_cues() {
    assert_eq!(
        cue_of("Seven major wheat suppliers, including Cargill and Bunge, will participate."),
        Some("suppliers, including Cargill and Bunge, will participate".to_owned())
    );
    assert_eq!(
        cue_of("“However, we will continue to explore various avenues of collaboration.”"),
        Some("continue to explore various avenues of collaboration".to_owned())
    );
    // A government that keeps seeking investors makes no pledge of its own.
    assert_eq!(cue_of("Indonesia will continue to seek foreign investors to partner."), None);
}

#[test]
fn a_count_of_workers_against_a_projection_and_projected_employment_are_cues() {
    let count = "The number of workers at the factory has only reached about one-fifth the \
                 level the company had projected.";
    assert_eq!(cue_of(count), Some(count[4..count.len() - 1].to_owned()));
    assert_eq!(
        cue_of("An analysis projected employment would reach 1,700 at the plant."),
        Some("employment would reach".to_owned())
    );
}

#[test]
fn a_governors_thanks_are_still_no_pledge() {
    let thanks = "“I’m thankful for RJ and his team, as well as their ongoing dedication.”";
    assert_eq!(cue_of(thanks), None);
}

#[test]
fn a_plant_or_project_is_the_subject_of_a_future_verb() {
    let uncued_of = |text: &str| uncued(text, 0, text.len(), &[]).map(|s| s.cue);
    assert_eq!(
        uncued_of("The plant will supply the Yucatán peninsula."),
        Some("The plant will supply".to_owned())
    );
    assert_eq!(
        uncued_of("The project will be located in De Soto."),
        Some("The project will be".to_owned())
    );
    assert_eq!(uncued_of("The plant will host a ceremony."), None);
}

#[test]
fn a_construction_agreed_on_an_investment_targeted_or_intended_are_cues_but_an_appetite_is_not() {
    assert_eq!(
        cue_of("For instance, the two agreed on the construction of the first oncology hospital."),
        Some("agreed on the construction of".to_owned())
    );
    assert_eq!(
        cue_of("Testo Portugal will be the target of an investment of 44 million euros."),
        Some("target of an investment".to_owned())
    );
    assert_eq!(
        cue_of(
            "The ministry said that these investments, approved last week, are intended for four areas."
        ),
        Some("investments, approved last week, are intended for".to_owned())
    );
    assert_eq!(
        cue_of("“There is a massive appetite from our companies to invest in Kenya.”"),
        None
    );
}

#[test]
fn a_partnership_an_approval_granted_and_a_memorandum_of_understanding_signed_today_are_cues() {
    for (text, want) in [
        ("The Slovak government has partnered with Hyundai Mobis.", "has partnered with"),
        ("The NSW Government has granted approval for the factory.", "granted approval for"),
        (
            "On Tuesday, a memorandum of understanding was signed.",
            "memorandum of understanding was signed",
        ),
        (
            "A memorandum of understanding (MoU) was signed between the company and the state.",
            "memorandum of understanding (MoU) was signed",
        ),
        (
            "“The MoU signed today by the Government of Uttar Pradesh and Ashok Leyland will help.",
            "MoU signed today by",
        ),
    ] {
        assert_eq!(cue_of(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn an_agreement_entered_into_a_permit_signed_an_announcement_to_make_and_a_plant_to_build_are_cues()
{
    for (text, want) in [
        (
            "The state also entered into a Memorandum of Understanding with the company.",
            "entered into a Memorandum",
        ),
        ("Trudeau was in the Sault to make the announcement.", "make the announcement"),
        ("STMicroelectronics is to build a chip plant in Catania.", "is to build"),
        ("Madagascar signs operating permit for Ambatovy mine", "signs operating permit"),
    ] {
        assert_eq!(cue_of(text).as_deref(), Some(want), "{text}");
    }
}

#[test]
fn a_ceremony_held_or_led_and_an_event_a_leader_will_attend_are_cues() {
    for (text, want) in [
        (
            "The ceremony for the new facility was held on Wednesday.",
            "ceremony for the new facility was held",
        ),
        ("The ceremony was led by Vice President Mahamudu Bawumia.", "ceremony was led"),
        (
            "The event will be attended by Prime Minister Boyko Borisov.",
            "event will be attended by Prime Minister",
        ),
    ] {
        assert_eq!(cue_of(text).as_deref(), Some(want), "{text}");
    }
    // A ceremony's guests without a leader named by title are no cue of their own.
    assert_eq!(cue_of("The ceremony was attended by officials of the province."), None);
}

#[test]
fn a_bankruptcy_a_project_declared_dead_a_termination_and_a_construction_started_are_statuses() {
    for text in [
        "Northvolt declared bankruptcy in Sweden in March.",
        "Quebec’s Northvolt project is officially dead.",
        "Atom Power requested termination of its grant.",
        "Škoda Transportation has recently started construction of a hall.",
    ] {
        assert!(cue(text, 0, text.len()).is_some_and(|s| s.status), "{text}");
    }
}

#[test]
fn agreements_that_include_a_project_a_welcome_joined_and_investments_announced_are_cues() {
    assert_eq!(
        cue_of("Other key agreements include a crude oil storage facility at Chandikhol."),
        Some("agreements include".to_owned())
    );
    assert_eq!(
        cue_of("Gov. Bill Haslam today joined with local officials in welcoming Marathon Heater."),
        Some("joined with local officials in welcoming".to_owned())
    );
    assert_eq!(
        cue_of("The Governor held a meeting where new investments for Nuevo León were announced."),
        Some("new investments for Nuevo León were announced".to_owned())
    );
    assert_eq!(
        cue_of("The projects were announced last month, to meet rapidly growing demand."),
        None
    );
}

#[test]
fn a_project_no_longer_moving_forward_is_a_status() {
    let text = "She said the county had not asked for the money, likely because the project was \
                not moving forward.";
    assert_eq!(cue_of(text), Some("not moving forward".to_owned()));
}

#[test]
fn people_who_are_part_of_a_body_are_no_project_part_of_a_plan() {
    let text = "This morning the MECs who are part of the Cluster will visit this economic zone.";
    assert_eq!(cue_of(text), None);
    assert_eq!(
        cue_of("These projects are part of a plan to build three plants."),
        Some("are part of".to_owned())
    );
}

#[test]
fn privileges_granted_and_investments_planned_are_cues() {
    assert_eq!(
        cue_of("The BOI also granted investment privileges to a Toyota unit."),
        Some("granted investment privileges".to_owned())
    );
    assert_eq!(
        cue_of("We have big plans connected with Poland - new investments are planned."),
        Some("new investments are planned".to_owned())
    );
}

#[test]
fn a_plant_put_into_production_a_suspension_and_construction_begun_are_changes_of_status() {
    for (text, cue) in [
        (
            "A Chinese-invested smeltery was officially put into production on Saturday.",
            "put into production",
        ),
        ("The suspension of the steel company’s activities will be gradual.", "suspension of"),
        (
            "However, no new construction activity has begun at the location.",
            "construction activity has begun",
        ),
        ("They’ll invest $5 million in the mill.", "’ll invest"),
    ] {
        assert_eq!(cue_of(text), Some(cue.to_owned()), "{text}");
    }
}

#[test]
fn a_foundation_stone_laid_a_subsidiary_formed_and_support_assured_are_cues() {
    for (text, cue) in [
        (
            "The company on Saturday laid the foundation stone for the toy cluster.",
            "laid the foundation stone",
        ),
        (
            "The foundation stone was virtually laid by Prime Minister Narendra Modi.",
            "foundation stone was virtually laid",
        ),
        (
            "The company has formed a subsidiary, CG Semi Private Ltd, for the project.",
            "has formed a subsidiary",
        ),
        (
            "Deputy Chief Minister Devendra Fadnavis assured them of the government's complete \
             support for the plant.",
            "assured them of the government's complete support",
        ),
        ("The company will recruit staff locally for the plant.", "will recruit"),
        ("BFI had said Bruneians will fill 66 percent of its jobs.", "will fill"),
        (
            "The government of The Bahamas will sign a Heads of Agreement with Oban Energies.",
            "will sign",
        ),
        (
            "He said that the projects will be jointly funded by overseas and local investors.",
            "will be jointly funded",
        ),
        ("Mr. Joshua Setipa, signed on behalf of LNDC.", "signed on behalf of"),
        (
            "Kinross Gold has reached an in-principle deal with the government of Mauritania.",
            "reached an in-principle deal",
        ),
        ("Khan reaches settlement deal with Mongolia", "reaches settlement deal"),
        ("He made the comments during the official reopening of the mine.", "official reopening"),
        ("The defense electronics firm will reopen its facilities.", "will reopen"),
        (
            "The renovation of the Trident Hotel is being undertaken by the AIC Group.",
            "is being undertaken by",
        ),
    ] {
        assert_eq!(cue_of(text), Some(cue.to_owned()), "{text}");
    }
    // "reopening the mill is good news": a reopening told of, no change of status.
    assert_eq!(cue_of("He says reopening the mill is good news for the province."), None);
    // "After laying the foundation stone, he said": the time of what he said, no status.
    assert_eq!(
        cue_of("After laying the foundation stone, he said farmers should diversify."),
        None
    );
}
