//! Provinces, governorates and regions named alone, by their kind or after it, companies named
//! in quotes, beside their representative, before a legal form in capitals or in the built-in
//! list, and words opening sentences that name none, read through the whole of [`find`].

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
fn victoria_alone_is_the_state_only_in_an_article_about_australia() {
    let text = "SPC is an important company for Shepparton and for all of Victoria, said the \
                Australian minister. Victoria Smith, its manager, agreed.";
    assert_eq!(names(text, Kind::Government), ["Victoria"]);
    let text = "Sales of Pacifico and Victoria grew, and Victoria Smith opened a plant in Ciudad \
                Victoria.";
    assert_eq!(names(text, Kind::Government), Vec::<String>::new());
    let text = "The Melbourne firm's MLA for Victoria-Tobique attended.";
    assert_eq!(names(text, Kind::Government), Vec::<String>::new());
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
fn a_province_before_its_kind_in_small_letters_is_named_alone() {
    let text = "A bottling plant in the northern Corrientes province, and a port in the \
                Argentine province.";
    assert_eq!(names(text, Kind::Government), ["Corrientes"]);
}

#[test]
fn companies_in_quotes_after_a_nationality_are_read_and_the_nationality_is_no_party() {
    let text = "Representative of the Turkish “Beko”: a factory with investments of $100 \
                million. Representative of the CFC-UAE: works start next month.";
    assert_eq!(names(text, Kind::Company), ["Beko", "CFC-UAE"]);
}

#[test]
fn an_adverb_or_a_plural_of_people_opening_a_sentence_is_no_company() {
    let text = "Initially announced in 2021, the project moved. Administrators will now look \
                to sell the business.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_company_after_a_clause_that_ends_on_a_project_is_still_its_subject() {
    let text = "As part of this project, Telesat plans to establish a control centre.";
    assert_eq!(names(text, Kind::Company), ["Telesat"]);
}

#[test]
fn a_group_beside_its_chairman_of_the_same_surname_is_a_company() {
    let text = "The announcement came from chairman and founder of Adani Group, Gautam Adani, \
                who promised an investment.";
    assert_eq!(names(text, Kind::Company), ["Adani"]);
    assert_eq!(names(text, Kind::Person), ["Gautam Adani"]);
    let text = "Modi flew in along with Home Minister Adani said his companies grow.";
    let companies = names(text, Kind::Company);
    assert!(companies.iter().all(|c| !c.contains("Minister")), "{companies:?}");
}

#[test]
fn auditors_carmakers_and_a_brand_of_the_built_in_list_are_companies() {
    let text = "Dan Hurd, joint administrator and partner at EY, said the firm had offered much. \
                It had contracts with Aston Martin and Lotus. “Jio has already invested.";
    assert_eq!(names(text, Kind::Company), ["Aston Martin", "EY", "Jio", "Lotus"]);
    assert_eq!(names(text, Kind::Person), ["Dan Hurd"]);
}

#[test]
fn names_in_capitals_before_sa_or_ltd_are_companies_but_an_agencys_sa_is_not() {
    let text = "CONSORTIUM SOLAR POWER SYSTEMS SA will implement it. One project is by PANITA \
                LTD. The first meeting of Enterprise Greece SA's Board took place.";
    assert_eq!(names(text, Kind::Company), ["CONSORTIUM SOLAR POWER SYSTEMS", "PANITA"]);
}

#[test]
fn a_group_after_a_surname_is_the_companys_with_a_comma_after_it() {
    let text = "Kumar Mangalam Birla, chairman of the Aditya Birla Group, spoke. Ercohs \
                Agricultural Corporation, which makes baby food, joined the program. Another \
                in the government program, Ercohs Farming Corporation, grows.";
    assert_eq!(
        names(text, Kind::Company),
        ["Aditya Birla", "Ercohs Agricultural", "Ercohs Farming"]
    );
    assert_eq!(names(text, Kind::Person), ["Kumar Mangalam Birla"]);
}

#[test]
fn a_name_with_industries_after_it_is_a_company() {
    let text = "The minister opened the factory next to the Namib Poultry Industries farm.";
    assert_eq!(names(text, Kind::Company), ["Namib Poultry Industries"]);
}

#[test]
fn belgian_regions_and_provinces_named_alone_are_governments() {
    let text = "Investments from Flanders and Brussels count as foreign in Wallonia. The \
                partnership with Salta province and projects in the Namangan region go on.";
    assert_eq!(
        names(text, Kind::Government),
        ["Brussels", "Flanders", "Namangan", "Salta", "Wallonia"]
    );
    // Without a Belgian region beside it, Brussels is the European Union's seat.
    assert!(names("Brussels approved the state aid.", Kind::Government).is_empty());
}

#[test]
fn kazakhstans_regions_no_city_shares_a_name_with_are_governments() {
    let text = "The plant will be built in the Zhambyl region, and a farm in the Akmola region.";
    assert_eq!(names(text, Kind::Government), ["Akmola", "Zhambyl"]);
}

#[test]
fn moroccos_regions_are_governments() {
    let text = "Plants in the Casablanca-Settat region and a memorandum with the Council of the \
                Souss-Massa region.";
    assert_eq!(names(text, Kind::Government), ["Casablanca-Settat", "Souss-Massa"]);
}

#[test]
fn a_pakistani_province_and_a_belgian_region_by_its_adjective_are_governments() {
    let text = "KARACHI: The Sindh government signed an agreement with investors on Saturday.";
    assert_eq!(names(text, Kind::Government), ["Sindh"]);
    let text = "Peeters said that the Flemish Government is shocked.";
    assert_eq!(names(text, Kind::Government), ["Flanders"]);
}

#[test]
fn brussels_is_the_region_only_beside_another_region() {
    let text = "Investments coming from Flanders and Brussels are categorised as foreign.";
    assert_eq!(names(text, Kind::Government), ["Brussels", "Flanders"]);
    // A city where people meet is no party, though the text names a region's government.
    let text = "After a meeting between the Flemish Government and the management of Ford \
                Europe in Brussels at lunchtime, Peeters spoke.";
    assert_eq!(names(text, Kind::Government), ["Flanders"]);
}

#[test]
fn the_free_state_of_a_german_state_is_no_south_african_province() {
    let text = "We are grateful to the German federal government, the Free State of Saxony and \
                the European Union.";
    assert_eq!(names(text, Kind::Government), ["European Union", "Germany", "Saxony"]);
}

#[test]
fn a_us_corporation_or_provider_names_where_the_company_comes_from() {
    let text = "US corporation General Electric faces fines for every job it failed to create.";
    assert!(names(text, Kind::Government).is_empty(), "{:?}", names(text, Kind::Government));
    let text = "Lumio is a leading U.S. solar provider.";
    assert!(names(text, Kind::Government).is_empty(), "{:?}", names(text, Kind::Government));
}

#[test]
fn a_state_in_lower_case_with_something_of_its_own_is_a_government_a_nickname_is_none() {
    let text = "The layout is one of Kaduna state’s agricultural clusters. The Beehive State's \
                incentives were cited.";
    assert_eq!(names(text, Kind::Government), ["Kaduna"]);
}

#[test]
fn dubai_and_a_nations_assembly_government_by_its_adjective_are_governments() {
    let text = "Dubai-based Azizi is building a tower. The company had not accepted the offer of \
                UK and Welsh Assembly Government support.";
    assert_eq!(names(text, Kind::Government), ["Dubai", "United Kingdom", "Wales"]);
}

#[test]
fn a_brazilian_state_wrapped_over_a_line_is_a_government_and_an_adjective_is_none() {
    let text = "China’s Foton Motors group plans to install its Brazilian headquarters in Rio\n\
                de Janeiro state, with a loan from the Brazilian state’s development bank.";
    assert_eq!(names(text, Kind::Government), ["China", "Rio de Janeiro"]);
    assert!(names(text, Kind::Company).iter().all(|c| !c.contains("Brazil")));
}

#[test]
fn a_region_after_a_letter_for_its_direction_is_no_company_s_unit() {
    let text = "New agricultural machinery plant to create 200 jobs in N Kazakhstan. The plant \
                opens in North Kazakhstan, Rio de Janeiro Brazil’s rival.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}
