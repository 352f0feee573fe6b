//! One name, one kind; and the classes of names missed on fresh articles.

use super::*;

fn names(text: &str, kind: Kind) -> Vec<String> {
    let mut got: Vec<String> = find(text, &Known::default())
        .into_iter()
        .filter(|c| c.kind == kind)
        .map(|c| c.value)
        .collect();
    got.sort();
    got.dedup();
    got
}

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
