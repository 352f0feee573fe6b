//! People named after a role and an agency's initials, with a bare initial or after a plural
//! role or with a hyphenated given name; a country before a miner's trade; a plant's name that
//! holds a country; a nationality that is a given name after a role ("minister German Rojas"), a
//! long company name after "the group" with its letters, Côte d'Ivoire and Ecuador's provinces;
//! a local unit's head, and the company after "CEO of".

use super::names_tests::names;
use super::*;

#[test]
fn an_agencys_initials_between_role_and_name_are_read_past() {
    let text = "The agreements were signed on behalf of the Chairman BOI Hemasiri Fernando and \
                the four projects would create jobs.";
    assert_eq!(names(text, Kind::Person), ["Hemasiri Fernando"]);
    let text = "Narit Therdsteerasukdi, BOI secretary-general, said the subcommittee approved it.";
    assert_eq!(names(text, Kind::Person), ["Narit Therdsteerasukdi"]);
}

#[test]
fn an_initial_without_its_full_stop_stays_in_the_name() {
    let text =
        "The agreement was signed by two of its Directors, Wijitha U Seneviratne and others.";
    assert_eq!(names(text, Kind::Person), ["Wijitha U Seneviratne"]);
}

#[test]
fn initials_before_a_name_after_a_role_go_without_full_stops() {
    let text = "TIRUNELVELI: Chief Minister M K Stalin formally inaugurated the plant.";
    assert_eq!(names(text, Kind::Person), ["M K Stalin"]);
    let text = "Chief Minister N Chandrababu Naidu who also attended the event recalled it.";
    assert_eq!(names(text, Kind::Person), ["N Chandrababu Naidu"]);
    // A middle initial stays with the given name before it.
    let text = "Executive Director for Operations Shahrukh A Khan said the plant will grow.";
    assert_eq!(names(text, Kind::Person), ["Shahrukh A Khan"]);
}

#[test]
fn a_country_before_a_miners_trade_is_where_it_comes_from() {
    let text = "US miner Albemarle announced a partial shutdown of its plant in Kemerton.";
    assert!(names(text, Kind::Government).is_empty(), "{:?}", names(text, Kind::Government));
}

#[test]
fn a_plants_name_holding_a_country_names_neither_company_nor_government() {
    let text = "It chose an American venture: the construction of the Giga America factory in \
                the state of Georgia.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
    assert_eq!(names(text, Kind::Government), ["Georgia"]);
}

#[test]
fn a_nationality_before_a_company_saying_something_is_no_given_name() {
    let text = "Danish Novo Nordisk said on 10 November that it will invest more.";
    assert!(names(text, Kind::Person).is_empty(), "{:?}", names(text, Kind::Person));
    assert_eq!(names(text, Kind::Company), ["Novo Nordisk"]);
}

#[test]
fn a_department_after_a_role_is_no_person() {
    let text = "“It is welcome,” said Henrik Wulff, Executive Vice President, Product Supply, \
                Quality & IT, Novo Nordisk.";
    assert_eq!(names(text, Kind::Person), ["Henrik Wulff"]);
}

#[test]
fn where_a_companys_owners_come_from_and_a_headlines_words_are_no_names() {
    let text = "It approved an application for a Chinese-owned company to purchase land.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
    let text = "Foreign Company Invests BGN 107 Million in New Factory Near Plovdiv";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_town_named_after_a_province_is_no_government() {
    let text = "It is still committed to the project in Fort Saskatchewan, Alberta, for now.";
    assert_eq!(names(text, Kind::Government), ["Alberta"]);
}

#[test]
fn a_company_that_unveils_or_launches_plans_and_one_set_off_by_a_spaced_comma() {
    let text = "Around 140 jobs will be created after Knauf Insulation unveiled plans to invest.";
    assert_eq!(names(text, Kind::Company), ["Knauf Insulation"]);
    let text = "Meta Platforms launched plans for an $800 million data center in Montgomery.";
    assert_eq!(names(text, Kind::Company), ["Meta Platforms"]);
    let text = "It completed the investment of 400 million dollars from Jabil , a company that \
                will be generating 6,000 new jobs.";
    assert_eq!(names(text, Kind::Company), ["Jabil"]);
}

#[test]
fn a_town_after_an_estate_it_lies_in_is_no_company() {
    let text = "The project will be located in Modarawila Industrial Estate, Panadura will create \
                20 employment opportunities.";
    assert!(names(text, Kind::Company).is_empty(), "{:?}", names(text, Kind::Company));
}

#[test]
fn a_secretary_of_a_long_department_name_is_followed_by_the_person() {
    let text = "He was joined by Secretary of the Department of Economic Development and \
                Commerce Manuel Cidre Miranda.";
    assert_eq!(names(text, Kind::Person), ["Manuel Cidre Miranda"]);
}

#[test]
fn two_capitals_after_a_role_are_the_persons_initials() {
    let text = "The meeting was led by Prime Minister KP Sharma Oli. Chief Minister YS Jagan Mohan \
                Reddy inaugurated the plant.";
    assert_eq!(names(text, Kind::Person), ["KP Sharma Oli", "YS Jagan Mohan Reddy"]);
}

#[test]
fn the_word_that_ends_a_title_is_no_surname() {
    let text = "\"We welcome it,\" said Mr. Narit Therdsteerasukdi, Secretary General of the \
                Board of Investment, after the meeting.";
    assert_eq!(names(text, Kind::Person), ["Narit Therdsteerasukdi"]);
}

#[test]
fn a_name_after_a_role_and_colon_or_before_a_country_s_role_is_a_person() {
    let text = "Kyocera Corporation (President: Hideo Tanimoto; hereinafter, “Kyocera”) today \
                announced plans. Mateusz Morawiecki, Poland’s prime minister, has noted it.";
    assert_eq!(names(text, Kind::Person), ["Hideo Tanimoto", "Mateusz Morawiecki"]);
}

#[test]
fn a_name_with_an_initial_before_a_governor_in_lower_case_is_a_person() {
    let text = "Commenting on the project, Yazeed A. Al-Humied, deputy governor and head of \
                investments at the fund, said it was a milestone.";
    assert_eq!(names(text, Kind::Person), ["Yazeed A. Al-Humied"]);
}

#[test]
fn a_hyphenated_given_name_after_a_role_holds_the_person() {
    // The words before the role name where the minister serves, not a person of their own.
    let text =
        "Federal Industry Minister Francois-Philippe Champagne says the plant will fill a gap.";
    assert_eq!(names(text, Kind::Person), ["Francois-Philippe Champagne"]);
    let text =
        "The delegation was represented by Stellantis Europe Manager Jean-Philippe Imparato.";
    assert_eq!(names(text, Kind::Person), ["Jean-Philippe Imparato"]);
}

#[test]
fn a_name_before_a_countrys_capitalized_role_is_a_person() {
    let text = "Szijjártó met Sinisa Mali, Serbia’s Finance Minister, in Belgrade. Mali said so.";
    assert_eq!(names(text, Kind::Person), ["Sinisa Mali"]);
    assert_eq!(names(text, Kind::Government), ["Serbia"]);
}

#[test]
fn a_party_letter_a_company_after_the_speaker_and_a_counterpart_hold_the_person() {
    let text = "Ohio Attorney General Dave Yost (R) in June demanded GM pay the state back.";
    assert!(names(text, Kind::Person).contains(&"Dave Yost".to_owned()));
    let text = "“We are right here,” said Chris Fairchild of YUSA Corp., an auto parts supplier.";
    assert_eq!(names(text, Kind::Person), ["Chris Fairchild"]);
    let text = "Giorgi met her Chinese counterpart Chen Deming in Beijing on Monday.";
    assert_eq!(names(text, Kind::Person), ["Chen Deming"]);
}

#[test]
fn a_name_that_adds_a_quotation_after_a_long_role_is_a_person() {
    let text = "Cabinet secretary for industrialisation and enterprise development Adan Mohammed \
                added: \"Unilever are here for the long-haul.\"";
    assert_eq!(names(text, Kind::Person), ["Adan Mohammed"]);
}

#[test]
fn a_name_before_pointed_or_noted_is_a_speaker() {
    let text = "Jaime Rodríguez Calderón also pointed that the State has captured more capital.";
    assert_eq!(names(text, Kind::Person), ["Jaime Rodríguez Calderón"]);
}

#[test]
fn a_county_judge_and_a_companys_agent_are_people() {
    let text = "He was joined by El Paso County Judge Ricardo Samaniego at the plant.";
    assert_eq!(names(text, Kind::Person), ["Ricardo Samaniego"]);
    let text = "- We have big plans. - Tobiasz Kowalczyk, Samsung’s agent says.";
    assert_eq!(names(text, Kind::Person), ["Tobiasz Kowalczyk"]);
}

#[test]
fn a_nationality_right_after_a_role_is_a_given_name() {
    let text =
        "Finance minister German Rojas told Reuters. \"Having said that, we go,\" Rojas said.";
    assert_eq!(names(text, Kind::Person), ["German Rojas"]);
    assert!(names(text, Kind::Company).is_empty());
}

#[test]
fn a_long_name_after_the_group_with_its_letters_is_the_company_not_the_country_in_it() {
    let text = "The work is entrusted to the Chinese group China Light Industry Design Engineering \
                (CNDC) and will last 24 months.";
    assert_eq!(names(text, Kind::Company), ["China Light Industry Design Engineering"]);
    assert!(names(text, Kind::Government).is_empty());
}

#[test]
fn cote_divoire_with_either_apostrophe_and_ecuadors_provinces_are_governments() {
    let text = "Côte d'Ivoire and Cote d’Ivoire processed more; projects in Cotopaxi, Azuay, \
                Guayas, El Oro and Zamora Chinchipe were signed.";
    assert_eq!(
        names(text, Kind::Government),
        ["Azuay", "Cotopaxi", "Côte d'Ivoire", "El Oro", "Guayas", "Zamora Chinchipe"]
    );
}

#[test]
fn ivorian_paraguayan_and_ecuadorian_name_the_government_that_grants() {
    for (text, want) in [
        ("The Ivorian government will grant $10 million to the plant.", "Côte d'Ivoire"),
        ("The Paraguayan government approved incentives for the smelter.", "Paraguay"),
        ("The Ecuadorian government signed the investment contracts.", "Ecuador"),
    ] {
        assert_eq!(names(text, Kind::Government), [want], "{text}");
    }
}

#[test]
fn a_king_by_his_regnal_number_and_a_former_chief_minister_are_people() {
    let text = "It answers the instructions of His Majesty King Mohammed VI. The MoUs were signed \
                under ex-CM Ajit Jogi. The Queen City and Queen Creek are places.";
    assert_eq!(names(text, Kind::Person), ["Ajit Jogi", "Mohammed VI"]);
}

#[test]
fn a_courtesy_title_sets_a_name_off_from_the_role_and_the_company_before_it() {
    let text = "The Minister Delegate for Digital Transition and Administrative Reform, Mrs \
                Ghita MEZZOUR, and the CEO of Inetum Mr Jacques POMMERAUD signed it.";
    assert_eq!(names(text, Kind::Person), ["Ghita MEZZOUR", "Jacques POMMERAUD"]);
    assert_eq!(names(text, Kind::Company), ["Inetum"]);
}

#[test]
fn a_given_name_with_an_apostrophe_follows_a_company_with_its_legal_form() {
    let text = "Chairman of MSM Cement Ltd., Mu’azzam Mairawani, described the agreement. \
                Governor Hochul’s Office announced it.";
    assert_eq!(names(text, Kind::Person), ["Hochul", "Mu’azzam Mairawani"]);
}

#[test]
fn a_name_after_a_local_unit_that_ends_in_its_country_is_the_persons() {
    let text = "Meeting General Director of Samsung Vietnam Choi Joo Ho, PM Chinh spoke highly of \
                it. For his part, Choi said Samsung Vietnam has six manufacturing plants.";
    assert_eq!(names(text, Kind::Person), ["Chinh", "Choi Joo Ho"]);
    assert_eq!(names(text, Kind::Company), ["Samsung Vietnam"]);
}

#[test]
fn a_name_after_a_chief_executive_of_is_the_company() {
    let text = "The factory was chosen, said Stephen Odell, CEO of Ford Europe.";
    assert_eq!(names(text, Kind::Person), ["Stephen Odell"]);
    assert_eq!(names(text, Kind::Company), ["Ford Europe"]);
}

#[test]
fn a_name_after_said_at_the_end_of_a_sentence_is_a_persons() {
    let text = "\"Flexibility measures have been major assets in the decision,\" said Luis Valero. \
                An Anfac report shows it.";
    assert_eq!(names(text, Kind::Person), ["Luis Valero"]);
}

#[test]
fn a_reporter_and_an_economist_are_roles() {
    let text = "Idaho Statesman reporter Zach Kyle reports today on it, as did economist Peter \
                Crabb.";
    assert_eq!(names(text, Kind::Person), ["Peter Crabb", "Zach Kyle"]);
}

#[test]
fn a_speaker_of_three_names_before_where_they_spoke_is_a_person() {
    let text = "“Mutares is committed to retaining its workforce worldwide”said António Costa \
                Silva at a press conference. “We will hire,” said Premier David Eby at the \
                plant.";
    assert_eq!(names(text, Kind::Person), ["António Costa Silva", "David Eby"]);
}

#[test]
fn a_speaker_s_name_without_its_accents_is_the_full_name_named_earlier() {
    let text = "The president of Mexico, Andrés Manuel López Obrador, announced it. “It is good \
                news,” said Lopez Obrador at the meeting.";
    let people = names(text, Kind::Person);
    assert_eq!(people.len(), 1, "{people:?}");
    assert!(people[0].starts_with("Andrés Manuel López"), "{people:?}");
}

#[test]
fn a_mayor_in_lower_case_names_a_person_and_an_actor_s_country_no_government() {
    let text = "In this regard, the mayor of Saltillo, José María Fraustro Siller, supported \
                the plan. The company counts U.S. actor Leonardo DiCaprio among its backers.";
    let people = names(text, Kind::Person);
    assert!(people.iter().any(|p| p.starts_with("José María Fraustro")), "{people:?}");
    assert!(names(text, Kind::Government).is_empty(), "{:?}", names(text, Kind::Government));
}

#[test]
fn an_engineer_set_off_by_a_comma_is_a_person_and_the_city_of_kigali_a_government() {
    let text = "It also appointed Giancarlo Quaranta, an engineer with long experience, as \
                commissioner. The memorandum was signed with the City of Kigali.";
    assert_eq!(names(text, Kind::Person), ["Giancarlo Quaranta"]);
    assert_eq!(names(text, Kind::Government), ["Kigali"]);
}

#[test]
fn a_chairman_and_managing_director_written_cmd_is_a_role() {
    let text = "Uno Minda Group CMD Nirmal K Minda said the plant would open.";
    assert_eq!(names(text, Kind::Person), ["Nirmal K Minda"]);
}

#[test]
fn a_given_name_after_a_one_word_portfolio_opens_the_name_but_not_after_and() {
    let text = "Minister of Industry Agus Gumiwang Kartasasmita said the plant would open. \
                Minister for Planning and Public Spaces Paul Scully said so too.";
    assert_eq!(names(text, Kind::Person), ["Agus Gumiwang Kartasasmita", "Paul Scully"]);
}

#[test]
fn a_malay_chief_minister_sabah_and_pilgrim_titles_and_a_saints_surname() {
    let text = "Mentri Besar Datuk Seri Saarani Mohamad said so. Chief Minister Datuk Seri \
                Panglima Haji Hajiji Haji Noor agreed, and so did Plaster Rock Mayor Judy St. \
                Peter.";
    assert_eq!(
        names(text, Kind::Person),
        ["Hajiji Haji Noor", "Judy St. Peter", "Saarani Mohamad"]
    );
}

#[test]
fn a_courtesy_title_before_a_name_broken_over_two_lines_is_no_word_of_it() {
    let text =
        "After five years in Vietnam, Madam Nguyen\nLan, Founder of TH Group, desired to invest.";
    assert_eq!(names(text, Kind::Person), ["Nguyen Lan"]);
}

#[test]
fn a_minister_s_portfolio_after_responsibility_for_names_no_one() {
    let text = "Jamaica’s Minister of State with responsibility for Project\nImplementation and \
                Service Delivery in the Office of the Prime Minister, Daryl Vaz, announced it.";
    assert_eq!(names(text, Kind::Person), ["Daryl Vaz"]);
}
