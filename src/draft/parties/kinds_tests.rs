//! One name, one kind; and the classes of names missed on fresh articles.

use super::names_tests::names;
use super::*;

#[test]
fn a_surname_after_a_title_is_a_person_and_no_company() {
    let text = "It opened during a visit by President Obama. \"It will grow,\" Obama said in 2012.";
    assert_eq!(names(text, Kind::Person), ["Obama"]);
    assert_eq!(names(text, Kind::Company), Vec::<String>::new());
}

#[test]
fn a_name_that_opens_with_a_company_before_a_role_is_no_person() {
    let text = "Ford Otosan, a venture of the carmaker Ford and a local group, opened a plant. \
                Ford Otosan chair of the Board Ali Koç stated that it will grow.";
    assert!(!names(text, Kind::Person).contains(&"Ford Otosan".to_owned()));
    assert!(names(text, Kind::Company).contains(&"Ford".to_owned()));
}

#[test]
fn a_name_that_opens_with_a_company_is_no_person() {
    let text = "Rivian will build a plant, said RJ Scaringe, CEO and founder of Rivian Automotive.";
    assert!(!names(text, Kind::Person).contains(&"Rivian Automotive".to_owned()));
    assert_eq!(names(text, Kind::Company), ["Rivian"]);
}

#[test]
fn initials_before_a_surname_after_a_role_are_the_name() {
    let text = "He spoke with Jobs Ohio President and Chief Investment Officer J. P. Nauseef.";
    assert_eq!(names(text, Kind::Person), ["J. P. Nauseef"]);
}

#[test]
fn a_curly_possessive_is_not_part_of_a_name() {
    let text = "It follows the plan of President Uhuru Kenyatta’s Big Four agenda.";
    assert_eq!(names(text, Kind::Person), ["Uhuru Kenyatta"]);
}

#[test]
fn a_speaker_before_a_spaced_comma_and_a_role_is_a_person() {
    let text = "\"We will grow,\" explained Dino Bianco , CEO of Kruger Products.";
    assert!(names(text, Kind::Person).contains(&"Dino Bianco".to_owned()));
}

#[test]
fn an_opening_word_or_an_institution_alone_is_no_company() {
    let text = "The Government said Alvan Blanch will build two plants. Each will provide jobs. \
                The Ministry will help.";
    let companies = names(text, Kind::Company);
    for word in ["Each", "Government", "Ministry"] {
        assert!(!companies.contains(&word.to_owned()), "{word} in {companies:?}");
    }
}

#[test]
fn a_headline_verb_after_a_surname_is_not_the_name() {
    let text = "Gov. Beshear Announces More Than 400 Jobs\nGov. Andy Beshear said the plant opens.";
    let people = names(text, Kind::Person);
    assert!(!people.contains(&"Beshear Announces".to_owned()), "{people:?}");
    assert!(people.contains(&"Andy Beshear".to_owned()), "{people:?}");
}

#[test]
fn every_person_of_a_list_with_roles_is_found() {
    let text = "It was hailed by Earl Jones, senior counsel, Antonio Boadas, vice president of \
                communications, and Keith Carpenter, senior security manager, at the company.";
    assert_eq!(names(text, Kind::Person), ["Antonio Boadas", "Earl Jones", "Keith Carpenter"]);
}

#[test]
fn a_company_set_off_by_commas_after_a_company_word_is_a_company() {
    let text = "A family-owned manufacturing company, Alvan Blanch, will set up two plants.";
    assert_eq!(names(text, Kind::Company), ["Alvan Blanch"]);
    let text = "It was built by a leading manufacturer, Anadolu Agency reported.";
    assert_eq!(names(text, Kind::Company), Vec::<String>::new());
}

#[test]
fn every_company_whose_investments_are_told_is_a_company() {
    let text = "The investments made by Applied Materials (ranked first), Dupont, Solid Energy \
                System, Entegris and BorgWarner bolster the chain.";
    let companies = names(text, Kind::Company);
    for name in ["Dupont", "Solid Energy System", "Entegris", "BorgWarner"] {
        assert!(companies.contains(&name.to_owned()), "{name} not in {companies:?}");
    }
}

#[test]
fn a_legal_form_after_a_company_set_off_by_commas_is_dropped() {
    let text = "German-based company, VEGA Americas Inc., has promised a $22.4 million plant.";
    assert_eq!(names(text, Kind::Company), ["VEGA Americas"]);
}

#[test]
fn a_name_that_ends_in_a_country_after_a_lowercase_word_is_a_local_unit() {
    let text = "The largest share goes to Coloplast Manufacturing Portugal, and Preh Portugal \
                gets 72 million euros. Finally, Testo Portugal will build a unit in Northern \
                Portugal.";
    let companies = names(text, Kind::Company);
    for name in ["Coloplast Manufacturing Portugal", "Preh Portugal", "Testo Portugal"] {
        assert!(companies.contains(&name.to_owned()), "{name} not in {companies:?}");
    }
    assert!(!companies.contains(&"Northern Portugal".to_owned()), "{companies:?}");
    assert_eq!(names(text, Kind::Government), ["Portugal"]);
}

#[test]
fn a_country_in_brackets_after_a_company_investing_is_its_home() {
    let text = "Nabha Power (L&T) is investing Rs 641 crore in a plant, Toppan (Japan) is \
                investing Rs 548 crore, and Nestle (Switzerland) is investing Rs 423 crore.";
    let companies = names(text, Kind::Company);
    for name in ["Nabha Power", "L&T", "Toppan", "Nestle"] {
        assert!(companies.contains(&name.to_owned()), "{name} not in {companies:?}");
    }
    assert_eq!(names(text, Kind::Government), Vec::<String>::new());
}

#[test]
fn the_owner_of_an_investment_is_a_company_and_a_marked_brand_is_none() {
    let text = "The Ministry recalled the start of Calb's investment in February.";
    assert_eq!(names(text, Kind::Company), ["Calb"]);
    let text = "We supply products such as Cashmere®, SpongeTowels® and Scotties® in Canada.";
    assert_eq!(names(text, Kind::Company), Vec::<String>::new());
}

#[test]
fn a_group_after_a_generic_business_word_is_part_of_the_name() {
    let text =
        "ARGI Financial Group LLC will add 50 jobs. SoftBank Group Corp. said it will invest.";
    assert_eq!(names(text, Kind::Company), ["ARGI Financial Group", "SoftBank"]);
}
