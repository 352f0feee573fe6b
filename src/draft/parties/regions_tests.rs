//! Provinces, governorates and regions named alone, by their kind or after it, and companies
//! named in quotes or beside their representative, read through the whole of [`find`].

use super::names_tests::names;
use super::*;

#[test]
fn egyptian_governorates_and_greek_regions_named_alone_are_governments() {
    let text = "A fodder complex in Qena will start, and a factory in Fayoum begins. Parks in \
                Central Greece and a centre in Elaiona, Attica, were approved.";
    assert_eq!(
        names(text, Kind::Government),
        ["Attica", "Central Greece", "Fayoum", "Qena"],
        "Greece alone is not read inside Central Greece"
    );
}

#[test]
fn a_thai_province_before_its_country_is_a_government() {
    let text = "Pandora will also expand its current site in Lamphun, Thailand.";
    assert_eq!(names(text, Kind::Government), ["Lamphun", "Thailand"]);
}

#[test]
fn a_region_after_its_kind_and_a_regional_unit_are_governments() {
    let text = "A plant in the region of Tebessa, and a resort in the Lasithi Regional Unit. \
                Sales in the region of Asia grew.";
    assert_eq!(names(text, Kind::Government), ["Lasithi Regional Unit", "Tebessa"]);
}

#[test]
fn companies_in_quotes_after_a_nationality_are_read_and_the_nationality_is_no_party() {
    let text = "Representative of the Turkish “Beko”: a factory with investments of $100 \
                million. Representative of the CFC-UAE: works start next month.";
    assert_eq!(names(text, Kind::Company), ["Beko", "CFC-UAE"]);
}
