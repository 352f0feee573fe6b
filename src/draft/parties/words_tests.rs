//! How words are bounded and spelled: apostrophes inside a word, honorifics and letters with
//! diacritics.

use super::*;
use crate::draft::Record;

fn people(text: &str, known: &Known) -> Vec<String> {
    let mut got: Vec<String> =
        find(text, known).into_iter().filter(|c| c.kind == Kind::Person).map(|c| c.value).collect();
    got.dedup();
    got
}

#[test]
fn an_alias_is_no_match_before_an_apostrophe_inside_a_word() {
    let known = Known {
        people: vec![Record { slug: "jack-ma".into(), names: vec!["Jack Ma".into(), "Ma".into()] }],
        ..Known::default()
    };
    assert!(people("Aramco, SABIC and Ma’aden will invest.", &known).is_empty());
    assert_eq!(people("Ma’s company and Ma's plan.", &known), ["jack-ma"]);
}

#[test]
fn an_honourable_before_a_name_is_no_part_of_it() {
    let text = "The Honourable Jackie Trad\nDeputy Premier\n\nThe fund was opened today.";
    assert_eq!(people(text, &Known::default()), ["Jackie Trad"]);
}

#[test]
fn a_family_title_after_a_role_stays_in_the_name() {
    let text = "Provincial Minister for Industries and Commerce Chaudhry Shafay Hussain signed the \
                agreement.";
    assert_eq!(people(text, &Known::default()), ["Chaudhry Shafay Hussain"]);
}

#[test]
fn a_vietnamese_name_keeps_its_diacritics() {
    let text = "Chairwoman of the provincial People’s Committee Nguyễn Hương Giang said Bắc Ninh \
                welcomed investors from the Republic of Korea.";
    assert_eq!(people(text, &Known::default()), ["Nguyễn Hương Giang"]);
    let got: Vec<String> = find(text, &Known::default())
        .into_iter()
        .filter(|c| c.kind == Kind::Government)
        .map(|c| c.value)
        .collect();
    assert_eq!(got, ["South Korea", "Bắc Ninh"]);
}

#[test]
fn a_royal_title_before_a_given_name_named_in_full_is_no_new_person() {
    let text = "It was announced by Saudi Crown Prince Mohammed bin Salman in 2021. \
                Prince Mohammed said more would come.";
    assert_eq!(people(text, &Known::default()), ["Mohammed bin Salman"]);
    let text = "Prince Mohammed said more would come.";
    assert_eq!(people(text, &Known::default()), ["Prince Mohammed"]);
}

#[test]
fn a_name_that_runs_on_to_a_company_word_is_the_company() {
    let text = "Saudi-headquartered Dr. Sulaiman Al Habib Medical Services Group (HMG) has signed \
                an agreement to build a hospital.";
    assert!(people(text, &Known::default()).is_empty());
    let got: Vec<String> = find(text, &Known::default())
        .into_iter()
        .filter(|c| c.kind == Kind::Company)
        .map(|c| c.value)
        .collect();
    assert!(got.contains(&"Dr. Sulaiman Al Habib Medical Services Group".to_owned()), "{got:?}");
}

#[test]
fn a_programme_and_a_public_body_s_initials_are_no_companies() {
    let text = "The projects are part of a programme called Shareek, said Abdulaziz Al-Arifi, the \
                chief executive of Shareek. HMG signed with the Royal Commission for Jubail and \
                Yanbu (RCJY). RCJY will finalise the agreement with HMG. The Board of \
                Investments (BoI) approved it, said BoI chairman Ramon Lopez.";
    let got: Vec<String> = find(text, &Known::default())
        .into_iter()
        .filter(|c| c.kind == Kind::Company)
        .map(|c| c.value)
        .collect();
    assert!(!got.iter().any(|n| ["Shareek", "RCJY", "BoI"].contains(&n.as_str())), "{got:?}");
}

#[test]
fn a_word_that_opens_a_role_opens_a_company_s_name_before_its_legal_form() {
    let text = "Prime Wheel Corp. announced on Aug. 13 it will be investing $70 million.";
    let got: Vec<String> = find(text, &Known::default()).into_iter().map(|c| c.value).collect();
    assert!(got.contains(&"Prime Wheel".to_owned()), "{got:?}");
}

#[test]
fn a_company_after_an_office_whose_name_has_its_and_is_a_party() {
    let text = "The deal was signed between the Punjab Department of Industries and Commerce and \
                Sino-Pak Tech Industry (Pvt) Ltd, at a ceremony.";
    let got: Vec<String> = find(text, &Known::default()).into_iter().map(|c| c.value).collect();
    assert!(got.contains(&"Sino-Pak Tech Industry".to_owned()), "{got:?}");
}

#[test]
fn well_known_companies_are_read_as_written() {
    let text = "He welcomed Kimberly Clark’s $100 million plant. Perdaman has secured natural gas \
                for 20 years from Woodside under the agreement.";
    let got: Vec<String> = find(text, &Known::default()).into_iter().map(|c| c.value).collect();
    assert!(got.iter().any(|n| n.starts_with("Kimberly")), "{got:?}");
    assert!(got.contains(&"Woodside".to_owned()), "{got:?}");
}

#[test]
fn companies_before_a_balkan_or_italian_legal_form_are_read() {
    let text = "The ministry will work with the companies AKU Italia Srl (Milotex d.o.o.), \
                Flammat doo, Natura Trade (third re-investment) and Don Don d.o.o. (second).";
    let got: Vec<String> = find(text, &Known::default()).into_iter().map(|c| c.value).collect();
    for name in ["AKU Italia", "Milotex", "Flammat", "Don Don"] {
        assert!(got.contains(&name.to_owned()), "{name}: {got:?}");
    }
}

#[test]
fn a_vietnamese_province_and_a_name_before_affirmed_are_read() {
    let text = "It signed at a ceremony in the northern province of Nam Định on Monday. Chairman \
                of the provincial People's Committee Phạm Đình Nghị affirmed that it marks more.";
    assert_eq!(people(text, &Known::default()), ["Phạm Đình Nghị"]);
    let got: Vec<String> = find(text, &Known::default())
        .into_iter()
        .filter(|c| c.kind == Kind::Government)
        .map(|c| c.value)
        .collect();
    assert_eq!(got, ["Nam Định"]);
}

#[test]
fn a_law_after_a_role_word_is_no_person() {
    let text = "Documents released under the Official Information Act show that 143 projects \
                pulled out.";
    assert!(people(text, &Known::default()).is_empty());
}

#[test]
fn a_french_town_joined_around_sur_is_no_company() {
    let text = "The plant will combine the existing Iberville and Saint-Jean-sur-Richelieu \
                facilities. ABB will invest in Saint-Jean-sur-Richelieu.";
    let got: Vec<String> = find(text, &Known::default()).into_iter().map(|c| c.value).collect();
    assert!(!got.iter().any(|v| v.contains("Richelieu")), "{got:?}");
}
