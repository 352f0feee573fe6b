//! Words that ride along with a name, and names that are no parties: an abbreviated role or an
//! honorific before a surname, a possessive, a nationality before initials, a part of the
//! world, a committee, a role of two words before a name with a middle initial.

use super::names_tests::names;
use super::*;

#[test]
fn an_abbreviated_role_before_a_surname_named_in_full_is_no_new_person() {
    let text = "Chief Minister Himanta Biswa Sarma chaired the summit. \"We thank you all\", \
                CM Sarma said.";
    assert_eq!(names(text, Kind::Person), ["Himanta Biswa Sarma"]);
}

#[test]
fn an_honorific_before_a_surname_named_in_full_is_no_new_person() {
    let text = "Suzanne Wylie, CEO of the Chamber of Commerce, welcomed the news. “It shows \
                our strengths,” Ms Wylie said.";
    assert_eq!(names(text, Kind::Person), ["Suzanne Wylie"]);
}

#[test]
fn a_possessive_is_no_part_of_the_name() {
    let text = "The credits came from the Inflation Reduction Act — President Biden’s \
                signature climate law.";
    assert_eq!(names(text, Kind::Person), ["Biden"]);
}

#[test]
fn a_nationality_before_a_company_s_initials_is_where_it_comes_from() {
    let text = "The German company EPSOTEH in partnership with the Belgian AIM will invest \
                20 million euros.";
    let mut companies = names(text, Kind::Company);
    companies.sort();
    assert_eq!(companies, ["AIM", "EPSOTEH"]);
}

#[test]
fn a_part_of_the_world_is_no_party() {
    let text = "Investors from the US, Europe, the Middle East and Asia Pacific will attend.";
    let all: Vec<String> = [Kind::Company, Kind::Person, Kind::Government]
        .into_iter()
        .flat_map(|k| names(text, k))
        .collect();
    assert!(!all.iter().any(|n| n.contains("Asia")), "{all:?}");
}

#[test]
fn a_government_committee_is_no_company() {
    let text = "The plant is worth RM1 billion, said Johor Investment, Trade, and Consumer \
                Affairs Committee chairman Lee Ting Han.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_director_general_is_a_role_before_a_name_with_a_middle_initial() {
    let text = "“The approvals show confidence,” PEZA Director General Tereso O. Panga said \
                in a statement.";
    assert_eq!(names(text, Kind::Person), ["Tereso O. Panga"]);
}

#[test]
fn macedonia_names_the_government_of_north_macedonia_by_its_code() {
    let text = "Prime Minister Hristijan Mickoski announced a new investment in Macedonia.";
    assert_eq!(names(text, Kind::Government), ["Macedonia"]);
}

#[test]
fn a_company_word_after_a_company_s_name_is_the_end_of_that_name() {
    let text = "SBI Holdings Inc. and Taiwan's Powerchip Semiconductor Manufacturing Corp. said \
                Tuesday that they have chosen a site.";
    let companies = names(text, Kind::Company);
    assert!(
        companies.contains(&"Powerchip Semiconductor Manufacturing".to_owned()),
        "{companies:?}"
    );
    assert!(!companies.contains(&"Manufacturing".to_owned()), "{companies:?}");
}

#[test]
fn the_last_words_of_a_public_office_s_name_are_no_company() {
    let text = "The Colorado Office of Economic Development and International Trade also \
                promised another $5 million in tax credits.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_trimmed_name_is_the_one_its_reason_gives() {
    let text = "The credits came from the Inflation Reduction Act — President Biden’s \
                signature climate law.";
    let found = find(text, &Known::default());
    let biden = found.iter().find(|c| c.kind == Kind::Person).expect("a person");
    assert!(biden.why.contains("`Biden`"), "{}", biden.why);
}

#[test]
fn a_majority_shareholder_is_a_role_before_a_name() {
    let text = "The miner, led by majority shareholder Andrew Forrest, may reconsider.";
    assert_eq!(names(text, Kind::Person), ["Andrew Forrest"]);
}

#[test]
fn a_possessive_before_a_place_and_a_factory_is_its_company() {
    let text = "Fortescue’s Gladstone electrolyser factory in doubt as 30 staff laid off.";
    assert_eq!(names(text, Kind::Company), ["Fortescue"]);
    let text = "Steel & Alloy’s new £27 million Popes Lane manufacturing site has been opened.";
    assert_eq!(names(text, Kind::Company), ["Steel & Alloy"]);
    let text = "New Albany's Intel’s Ohio One facility will be finished in 2027.";
    assert_eq!(names(text, Kind::Company), ["Intel"]);
}

#[test]
fn a_stock_ticker_is_no_company() {
    let text = "Global food giant Nestle (NESN.S) is set to invest $100 million in Colombia.";
    assert!(!names(text, Kind::Company).iter().any(|n| n.contains("NESN")));
}

#[test]
fn a_preposition_opening_a_sentence_is_no_part_of_a_name() {
    let text = "During Marcos’ visit to Japan, the Philippines secured pledges.";
    assert!(!names(text, Kind::Person).iter().any(|n| n.contains("During")));
}

#[test]
fn a_nationality_or_a_palace_alone_is_no_party() {
    let text = "An American company will invest up to $1 billion, Malacañang announced. It will \
                create jobs for Filipino workers.";
    let all: Vec<String> = [Kind::Company, Kind::Person, Kind::Government]
        .into_iter()
        .flat_map(|k| names(text, k))
        .collect();
    assert!(!all.iter().any(|n| n == "Filipino" || n == "Malacañang"), "{all:?}");
}

#[test]
fn the_last_words_of_a_full_name_are_the_same_person_again() {
    let text = "Governor Michelle Lujan Grisham announced Thursday a plant. \"It is a great day,\" \
                Governor Lujan Grisham said.";
    assert_eq!(names(text, Kind::Person), ["Michelle Lujan Grisham"]);
}

#[test]
fn what_a_company_makes_before_its_name_is_no_part_of_it() {
    let text = "Carmaker Stellantis will invest $6 billion in Brazil by 2030.";
    assert_eq!(names(text, Kind::Company), ["Stellantis"]);
}

#[test]
fn a_persons_name_ends_before_a_possessive_in_a_headline() {
    let text = "Governor Asa Hutchinson’s Address for Nov. 1 focuses on jobs";
    assert_eq!(names(text, Kind::Person), ["Asa Hutchinson"]);
}

#[test]
fn a_name_runs_over_no_line_break_of_a_text_not_wrapped() {
    let text = "Coca-Cola Looking for Other Opportunities in South America\nThe Coca-Cola Company \
                has announced a $1 billion investment in Argentina.";
    let got = names(text, Kind::Company);
    assert!(!got.iter().any(|n| n.contains('\n')), "{got:?}");
}

#[test]
fn who_leads_or_owns_a_company_is_no_word_of_its_name() {
    let text = "The government is in arbitration with the Chinese-led CPP-Metron Consortium \
                (CMC), which was to build the terminal.";
    let got = names(text, Kind::Company);
    assert!(got.iter().any(|g| g == "CPP-Metron Consortium"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("Chinese")), "{got:?}");
}
