//! The governments articles name, by the names they give them: countries, the states of the
//! United States and of other countries, and a few unions, each with its ISO 3166 code. It
//! holds names, and the few readings that tell a government's name from a person's or a town's;
//! matching them is the parent's job.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

/// Governments by the names articles give them, with the name proposed for each and its ISO
/// 3166 code (none for a union of countries, which has no code).
pub(super) const GOVERNMENTS: &[(&str, &str, Option<&str>)] = &[
    ("United States", "United States", Some("US")),
    ("U.S.", "United States", Some("US")),
    ("U.S", "United States", Some("US")),
    ("US", "United States", Some("US")),
    ("USA", "United States", Some("US")),
    ("America", "United States", Some("US")),
    ("White House", "United States", Some("US")),
    ("China", "China", Some("CN")),
    ("Japan", "Japan", Some("JP")),
    ("Taiwan", "Taiwan", Some("TW")),
    // Taiwan's offices abroad, which stand for its government where it has no embassy.
    ("Taipei Economic and Cultural", "Taiwan", Some("TW")),
    ("Saudi Arabia", "Saudi Arabia", Some("SA")),
    ("Mexico", "Mexico", Some("MX")),
    ("Canada", "Canada", Some("CA")),
    ("India", "India", Some("IN")),
    ("Germany", "Germany", Some("DE")),
    ("France", "France", Some("FR")),
    ("United Kingdom", "United Kingdom", Some("GB")),
    ("Britain", "United Kingdom", Some("GB")),
    ("South Korea", "South Korea", Some("KR")),
    // The formal names, the longer read first: "the Republic of Korea and Japan".
    ("Republic of Korea", "South Korea", Some("KR")),
    ("Democratic People’s Republic of Korea", "North Korea", Some("KP")),
    ("Democratic People's Republic of Korea", "North Korea", Some("KP")),
    // "Korea" alone is the South's: the North is always named so.
    ("Korea", "South Korea", Some("KR")),
    ("Vietnam", "Vietnam", Some("VN")),
    // The country's own spelling, which its English-language press keeps: "investment in Việt Nam".
    ("Việt Nam", "Vietnam", Some("VN")),
    ("Viet Nam", "Vietnam", Some("VN")),
    ("Alabama", "Alabama", Some("US-AL")),
    ("Arizona", "Arizona", Some("US-AZ")),
    ("California", "California", Some("US-CA")),
    ("Colorado", "Colorado", Some("US-CO")),
    ("Florida", "Florida", Some("US-FL")),
    ("Georgia", "Georgia", Some("US-GA")),
    ("Indiana", "Indiana", Some("US-IN")),
    ("Iowa", "Iowa", Some("US-IA")),
    ("Kansas", "Kansas", Some("US-KS")),
    ("Kentucky", "Kentucky", Some("US-KY")),
    ("Louisiana", "Louisiana", Some("US-LA")),
    ("Michigan", "Michigan", Some("US-MI")),
    ("Nevada", "Nevada", Some("US-NV")),
    ("New York", "New York", Some("US-NY")),
    ("North Carolina", "North Carolina", Some("US-NC")),
    ("Ohio", "Ohio", Some("US-OH")),
    ("Oregon", "Oregon", Some("US-OR")),
    ("Pennsylvania", "Pennsylvania", Some("US-PA")),
    ("South Carolina", "South Carolina", Some("US-SC")),
    ("Tennessee", "Tennessee", Some("US-TN")),
    ("Texas", "Texas", Some("US-TX")),
    ("Utah", "Utah", Some("US-UT")),
    ("Washington state", "Washington", Some("US-WA")),
    ("Washington State", "Washington", Some("US-WA")),
    // Alone, it is the federal government far more often than the state in these articles.
    ("Washington", "United States", Some("US")),
    ("West Virginia", "West Virginia", Some("US-WV")),
    ("Wisconsin", "Wisconsin", Some("US-WI")),
    ("Alaska", "Alaska", Some("US-AK")),
    ("Arkansas", "Arkansas", Some("US-AR")),
    ("Connecticut", "Connecticut", Some("US-CT")),
    ("Delaware", "Delaware", Some("US-DE")),
    ("Hawaii", "Hawaii", Some("US-HI")),
    ("Idaho", "Idaho", Some("US-ID")),
    ("Illinois", "Illinois", Some("US-IL")),
    ("Maine", "Maine", Some("US-ME")),
    ("Maryland", "Maryland", Some("US-MD")),
    ("Massachusetts", "Massachusetts", Some("US-MA")),
    ("Minnesota", "Minnesota", Some("US-MN")),
    ("Mississippi", "Mississippi", Some("US-MS")),
    ("Missouri", "Missouri", Some("US-MO")),
    ("Montana", "Montana", Some("US-MT")),
    ("Nebraska", "Nebraska", Some("US-NE")),
    ("New Hampshire", "New Hampshire", Some("US-NH")),
    ("New Jersey", "New Jersey", Some("US-NJ")),
    ("New Mexico", "New Mexico", Some("US-NM")),
    ("North Dakota", "North Dakota", Some("US-ND")),
    ("Oklahoma", "Oklahoma", Some("US-OK")),
    ("Rhode Island", "Rhode Island", Some("US-RI")),
    ("South Dakota", "South Dakota", Some("US-SD")),
    ("Vermont", "Vermont", Some("US-VT")),
    ("Virginia", "Virginia", Some("US-VA")),
    ("Wyoming", "Wyoming", Some("US-WY")),
    ("UK", "United Kingdom", Some("GB")),
    ("U.K.", "United Kingdom", Some("GB")),
    // "the U.S.A, U.K, Kuwait": the last stop left out.
    ("U.K", "United Kingdom", Some("GB")),
    ("England", "England", Some("GB-ENG")),
    ("Scotland", "Scotland", Some("GB-SCT")),
    ("Wales", "Wales", Some("GB-WLS")),
    ("Northern Ireland", "Northern Ireland", Some("GB-NIR")),
    ("Ireland", "Ireland", Some("IE")),
    ("Italy", "Italy", Some("IT")),
    ("Spain", "Spain", Some("ES")),
    ("Netherlands", "Netherlands", Some("NL")),
    ("Poland", "Poland", Some("PL")),
    ("Israel", "Israel", Some("IL")),
    ("Singapore", "Singapore", Some("SG")),
    ("Australia", "Australia", Some("AU")),
    ("Brazil", "Brazil", Some("BR")),
    ("Indonesia", "Indonesia", Some("ID")),
    ("Malaysia", "Malaysia", Some("MY")),
    ("Thailand", "Thailand", Some("TH")),
    ("Qatar", "Qatar", Some("QA")),
    ("United Arab Emirates", "United Arab Emirates", Some("AE")),
    ("UAE", "United Arab Emirates", Some("AE")),
    ("Philippines", "Philippines", Some("PH")),
    // Türkiye is the name the country and ISO 3166 give it since 2022; Turkey stays the usual
    // English name, so either is proposed as the text gives it.
    ("Turkey", "Turkey", Some("TR")),
    ("Türkiye", "Türkiye", Some("TR")),
    ("Turkiye", "Türkiye", Some("TR")),
    ("South Africa", "South Africa", Some("ZA")),
    ("Nigeria", "Nigeria", Some("NG")),
    ("Argentina", "Argentina", Some("AR")),
    ("Chile", "Chile", Some("CL")),
    ("Colombia", "Colombia", Some("CO")),
    ("Pakistan", "Pakistan", Some("PK")),
    ("Bangladesh", "Bangladesh", Some("BD")),
    ("Egypt", "Egypt", Some("EG")),
    ("Sweden", "Sweden", Some("SE")),
    ("Norway", "Norway", Some("NO")),
    ("Denmark", "Denmark", Some("DK")),
    ("Finland", "Finland", Some("FI")),
    ("Belgium", "Belgium", Some("BE")),
    ("Austria", "Austria", Some("AT")),
    ("Switzerland", "Switzerland", Some("CH")),
    ("Portugal", "Portugal", Some("PT")),
    ("Greece", "Greece", Some("GR")),
    ("Czech Republic", "Czech Republic", Some("CZ")),
    ("Hungary", "Hungary", Some("HU")),
    ("Romania", "Romania", Some("RO")),
    ("New Zealand", "New Zealand", Some("NZ")),
    ("Russia", "Russia", Some("RU")),
    ("Ukraine", "Ukraine", Some("UA")),
    // Countries seldom named in the first articles, so that any country named is a party.
    ("Morocco", "Morocco", Some("MA")),
    ("Algeria", "Algeria", Some("DZ")),
    ("Tunisia", "Tunisia", Some("TN")),
    ("Kenya", "Kenya", Some("KE")),
    ("Ethiopia", "Ethiopia", Some("ET")),
    ("Ghana", "Ghana", Some("GH")),
    ("Tanzania", "Tanzania", Some("TZ")),
    ("Uganda", "Uganda", Some("UG")),
    ("Rwanda", "Rwanda", Some("RW")),
    ("Senegal", "Senegal", Some("SN")),
    ("Côte d'Ivoire", "Côte d'Ivoire", Some("CI")),
    ("Côte d’Ivoire", "Côte d'Ivoire", Some("CI")),
    ("Cote d'Ivoire", "Côte d'Ivoire", Some("CI")),
    ("Cote d’Ivoire", "Côte d'Ivoire", Some("CI")),
    ("Ivory Coast", "Côte d'Ivoire", Some("CI")),
    ("Cameroon", "Cameroon", Some("CM")),
    ("Angola", "Angola", Some("AO")),
    ("Mozambique", "Mozambique", Some("MZ")),
    ("Zambia", "Zambia", Some("ZM")),
    ("Zimbabwe", "Zimbabwe", Some("ZW")),
    ("Botswana", "Botswana", Some("BW")),
    ("Namibia", "Namibia", Some("NA")),
    ("Madagascar", "Madagascar", Some("MG")),
    ("Mauritius", "Mauritius", Some("MU")),
    ("Libya", "Libya", Some("LY")),
    ("Sudan", "Sudan", Some("SD")),
    ("Peru", "Peru", Some("PE")),
    ("Ecuador", "Ecuador", Some("EC")),
    ("Bolivia", "Bolivia", Some("BO")),
    ("Paraguay", "Paraguay", Some("PY")),
    ("Uruguay", "Uruguay", Some("UY")),
    ("Venezuela", "Venezuela", Some("VE")),
    ("Costa Rica", "Costa Rica", Some("CR")),
    ("Panama", "Panama", Some("PA")),
    ("Guatemala", "Guatemala", Some("GT")),
    ("Honduras", "Honduras", Some("HN")),
    ("El Salvador", "El Salvador", Some("SV")),
    ("Nicaragua", "Nicaragua", Some("NI")),
    ("Dominican Republic", "Dominican Republic", Some("DO")),
    ("Cuba", "Cuba", Some("CU")),
    ("Jamaica", "Jamaica", Some("JM")),
    ("Puerto Rico", "Puerto Rico", Some("PR")),
    // The other territories of the United States with governments and ISO 3166 codes of their
    // own.
    ("Guam", "Guam", Some("GU")),
    ("Northern Mariana Islands", "Northern Mariana Islands", Some("MP")),
    ("American Samoa", "American Samoa", Some("AS")),
    ("U.S. Virgin Islands", "U.S. Virgin Islands", Some("VI")),
    // Territories that register companies offshore, with their own ISO 3166 codes.
    ("British Virgin Islands", "British Virgin Islands", Some("VG")),
    ("Cayman Islands", "Cayman Islands", Some("KY")),
    ("Bermuda", "Bermuda", Some("BM")),
    ("Gibraltar", "Gibraltar", Some("GI")),
    ("Isle of Man", "Isle of Man", Some("IM")),
    ("Guernsey", "Guernsey", Some("GG")),
    ("Sri Lanka", "Sri Lanka", Some("LK")),
    ("Nepal", "Nepal", Some("NP")),
    ("Myanmar", "Myanmar", Some("MM")),
    ("Cambodia", "Cambodia", Some("KH")),
    ("Laos", "Laos", Some("LA")),
    ("Mongolia", "Mongolia", Some("MN")),
    ("Kazakhstan", "Kazakhstan", Some("KZ")),
    ("Uzbekistan", "Uzbekistan", Some("UZ")),
    ("Azerbaijan", "Azerbaijan", Some("AZ")),
    ("Armenia", "Armenia", Some("AM")),
    ("Iran", "Iran", Some("IR")),
    ("Iraq", "Iraq", Some("IQ")),
    ("Kuwait", "Kuwait", Some("KW")),
    ("Bahrain", "Bahrain", Some("BH")),
    ("Oman", "Oman", Some("OM")),
    ("Lebanon", "Lebanon", Some("LB")),
    ("Hong Kong", "Hong Kong", Some("HK")),
    ("Macau", "Macau", Some("MO")),
    ("North Korea", "North Korea", Some("KP")),
    ("Slovakia", "Slovakia", Some("SK")),
    ("Slovenia", "Slovenia", Some("SI")),
    ("Croatia", "Croatia", Some("HR")),
    ("Serbia", "Serbia", Some("RS")),
    ("Bosnia and Herzegovina", "Bosnia and Herzegovina", Some("BA")),
    ("Bulgaria", "Bulgaria", Some("BG")),
    ("Estonia", "Estonia", Some("EE")),
    ("Latvia", "Latvia", Some("LV")),
    ("Lithuania", "Lithuania", Some("LT")),
    ("Belarus", "Belarus", Some("BY")),
    ("Moldova", "Moldova", Some("MD")),
    ("Iceland", "Iceland", Some("IS")),
    ("Luxembourg", "Luxembourg", Some("LU")),
    ("Malta", "Malta", Some("MT")),
    ("Cyprus", "Cyprus", Some("CY")),
    ("Albania", "Albania", Some("AL")),
    ("North Macedonia", "North Macedonia", Some("MK")),
    // The name the country bore until 2019, still used by its own press; the code is one.
    ("Macedonia", "Macedonia", Some("MK")),
    ("Montenegro", "Montenegro", Some("ME")),
    ("Jordan", "Jordan", Some("JO")),
    ("Syria", "Syria", Some("SY")),
    ("Yemen", "Yemen", Some("YE")),
    ("Afghanistan", "Afghanistan", Some("AF")),
    ("Brunei", "Brunei", Some("BN")),
    ("Fiji", "Fiji", Some("FJ")),
    ("Papua New Guinea", "Papua New Guinea", Some("PG")),
    ("Kyrgyzstan", "Kyrgyzstan", Some("KG")),
    ("Tajikistan", "Tajikistan", Some("TJ")),
    ("Turkmenistan", "Turkmenistan", Some("TM")),
    ("Bhutan", "Bhutan", Some("BT")),
    ("Maldives", "Maldives", Some("MV")),
    ("Timor-Leste", "Timor-Leste", Some("TL")),
    ("Mali", "Mali", Some("ML")),
    ("Burkina Faso", "Burkina Faso", Some("BF")),
    ("Benin", "Benin", Some("BJ")),
    ("Togo", "Togo", Some("TG")),
    ("Sierra Leone", "Sierra Leone", Some("SL")),
    ("Liberia", "Liberia", Some("LR")),
    ("Gabon", "Gabon", Some("GA")),
    ("Malawi", "Malawi", Some("MW")),
    ("Somalia", "Somalia", Some("SO")),
    ("Djibouti", "Djibouti", Some("DJ")),
    ("Eritrea", "Eritrea", Some("ER")),
    ("South Sudan", "South Sudan", Some("SS")),
    ("Mauritania", "Mauritania", Some("MR")),
    ("Burundi", "Burundi", Some("BI")),
    ("Lesotho", "Lesotho", Some("LS")),
    ("Eswatini", "Eswatini", Some("SZ")),
    ("Equatorial Guinea", "Equatorial Guinea", Some("GQ")),
    // The smaller states, the longer names before the shorter they hold ("Guinea-Bissau"
    // before "Guinea"), each proposed by the name the text gives, as Türkiye and Turkey are.
    ("Guinea-Bissau", "Guinea-Bissau", Some("GW")),
    ("Guinea", "Guinea", Some("GN")),
    ("Chad", "Chad", Some("TD")),
    ("Niger", "Niger", Some("NE")),
    ("Democratic Republic of the Congo", "Democratic Republic of the Congo", Some("CD")),
    ("Democratic Republic of Congo", "Democratic Republic of Congo", Some("CD")),
    ("DR Congo", "DR Congo", Some("CD")),
    ("Republic of the Congo", "Republic of the Congo", Some("CG")),
    ("Republic of Congo", "Republic of Congo", Some("CG")),
    ("Congo-Brazzaville", "Congo-Brazzaville", Some("CG")),
    ("Central African Republic", "Central African Republic", Some("CF")),
    ("Gambia", "Gambia", Some("GM")),
    ("Cape Verde", "Cape Verde", Some("CV")),
    ("Cabo Verde", "Cabo Verde", Some("CV")),
    ("Comoros", "Comoros", Some("KM")),
    ("São Tomé and Príncipe", "São Tomé and Príncipe", Some("ST")),
    ("Sao Tome and Principe", "Sao Tome and Principe", Some("ST")),
    ("Greenland", "Greenland", Some("GL")),
    ("Faroe Islands", "Faroe Islands", Some("FO")),
    ("Andorra", "Andorra", Some("AD")),
    ("San Marino", "San Marino", Some("SM")),
    ("Palestine", "Palestine", Some("PS")),
    ("Samoa", "Samoa", Some("WS")),
    ("Tonga", "Tonga", Some("TO")),
    ("Vanuatu", "Vanuatu", Some("VU")),
    ("Solomon Islands", "Solomon Islands", Some("SB")),
    ("Kiribati", "Kiribati", Some("KI")),
    ("Marshall Islands", "Marshall Islands", Some("MH")),
    ("Palau", "Palau", Some("PW")),
    ("Nauru", "Nauru", Some("NR")),
    ("Tuvalu", "Tuvalu", Some("TV")),
    ("New Caledonia", "New Caledonia", Some("NC")),
    ("Grenada", "Grenada", Some("GD")),
    ("Dominica", "Dominica", Some("DM")),
    ("Antigua and Barbuda", "Antigua and Barbuda", Some("AG")),
    ("Saint Lucia", "Saint Lucia", Some("LC")),
    ("St. Lucia", "St. Lucia", Some("LC")),
    ("Saint Kitts and Nevis", "Saint Kitts and Nevis", Some("KN")),
    ("Saint Vincent and the Grenadines", "Saint Vincent and the Grenadines", Some("VC")),
    ("Curaçao", "Curaçao", Some("CW")),
    ("Aruba", "Aruba", Some("AW")),
    ("Seychelles", "Seychelles", Some("SC")),
    ("Haiti", "Haiti", Some("HT")),
    ("Trinidad and Tobago", "Trinidad and Tobago", Some("TT")),
    ("T&T", "Trinidad and Tobago", Some("TT")),
    ("Guyana", "Guyana", Some("GY")),
    ("Suriname", "Suriname", Some("SR")),
    ("Belize", "Belize", Some("BZ")),
    ("Bahamas", "Bahamas", Some("BS")),
    ("Barbados", "Barbados", Some("BB")),
    ("Liechtenstein", "Liechtenstein", Some("LI")),
    ("Monaco", "Monaco", Some("MC")),
    ("European Union", "European Union", None),
    // The Union's executive, which approves state aid and signs its deals.
    ("European Commission", "European Union", None),
    ("EU", "European Union", None),
];

/// Countries named by their adjective, which is a party only where the country grants or
/// receives something ("German state subsidies", "the Polish government"): what a company
/// comes from ("the Japanese automaker") names no party. The README of the development set
/// labels them so.
pub(super) const ADJECTIVES: &[(&str, &str)] = &[
    ("American", "United States"),
    ("Australian", "Australia"),
    ("Austrian", "Austria"),
    ("Brazilian", "Brazil"),
    ("British", "United Kingdom"),
    ("Canadian", "Canada"),
    ("Chinese", "China"),
    ("Colombian", "Colombia"),
    ("Czech", "Czech Republic"),
    ("Danish", "Denmark"),
    ("Dutch", "Netherlands"),
    ("Finnish", "Finland"),
    ("French", "France"),
    ("German", "Germany"),
    ("Hungarian", "Hungary"),
    ("Indian", "India"),
    ("Irish", "Ireland"),
    ("Italian", "Italy"),
    ("Japanese", "Japan"),
    ("Mexican", "Mexico"),
    ("Norwegian", "Norway"),
    ("Polish", "Poland"),
    ("Portuguese", "Portugal"),
    ("Romanian", "Romania"),
    ("Saudi", "Saudi Arabia"),
    ("Scottish", "Scotland"),
    ("South Korean", "South Korea"),
    ("Korean", "South Korea"),
    ("Spanish", "Spain"),
    ("Swedish", "Sweden"),
    ("Swiss", "Switzerland"),
    ("Vietnamese", "Vietnam"),
    ("Welsh", "Wales"),
    ("Sri Lankan", "Sri Lanka"),
    ("Thai", "Thailand"),
    ("Pakistani", "Pakistan"),
    ("Indonesian", "Indonesia"),
    ("Malaysian", "Malaysia"),
    ("Egyptian", "Egypt"),
    ("Kenyan", "Kenya"),
    ("Nigerian", "Nigeria"),
    ("Turkish", "Turkey"),
    ("Moroccan", "Morocco"),
    ("Chilean", "Chile"),
    ("Argentine", "Argentina"),
    ("Ivorian", "Côte d'Ivoire"),
    ("Paraguayan", "Paraguay"),
    ("Ecuadorian", "Ecuador"),
    ("Armenian", "Armenia"),
    ("Azerbaijani", "Azerbaijan"),
    ("Kazakh", "Kazakhstan"),
    ("Uzbek", "Uzbekistan"),
    ("Mongolian", "Mongolia"),
    ("Ghanaian", "Ghana"),
    ("Ethiopian", "Ethiopia"),
    ("Rwandan", "Rwanda"),
    ("Ugandan", "Uganda"),
    ("Tanzanian", "Tanzania"),
    ("Zambian", "Zambia"),
    ("Jamaican", "Jamaica"),
    ("Peruvian", "Peru"),
    ("Bangladeshi", "Bangladesh"),
    ("Philippine", "Philippines"),
    ("Nepalese", "Nepal"),
    ("Nepali", "Nepal"),
    ("Bulgarian", "Bulgaria"),
    ("Serbian", "Serbia"),
    ("Slovak", "Slovakia"),
    ("Croatian", "Croatia"),
    ("Greek", "Greece"),
    ("Belgian", "Belgium"),
    ("Israeli", "Israel"),
    ("Jordanian", "Jordan"),
    ("Emirati", "United Arab Emirates"),
    ("Qatari", "Qatar"),
    ("Omani", "Oman"),
    ("Kuwaiti", "Kuwait"),
    ("Bahraini", "Bahrain"),
    ("Tunisian", "Tunisia"),
    ("Algerian", "Algeria"),
    ("Cameroonian", "Cameroon"),
    ("Angolan", "Angola"),
    ("Namibian", "Namibia"),
    ("Uruguayan", "Uruguay"),
    ("Bolivian", "Bolivia"),
    ("Guatemalan", "Guatemala"),
    ("Honduran", "Honduras"),
    ("Costa Rican", "Costa Rica"),
    ("Panamanian", "Panama"),
    ("Salvadoran", "El Salvador"),
    ("Lithuanian", "Lithuania"),
    ("Latvian", "Latvia"),
    ("Estonian", "Estonia"),
    ("Slovenian", "Slovenia"),
    ("Ukrainian", "Ukraine"),
    ("Singaporean", "Singapore"),
    ("Cambodian", "Cambodia"),
    ("Taiwanese", "Taiwan"),
    ("Senegalese", "Senegal"),
    ("Mozambican", "Mozambique"),
    ("Zimbabwean", "Zimbabwe"),
    ("South African", "South Africa"),
    ("Icelandic", "Iceland"),
    ("Maltese", "Malta"),
    ("Cypriot", "Cyprus"),
    ("Fijian", "Fiji"),
    ("Iraqi", "Iraq"),
    ("Lebanese", "Lebanon"),
    ("Malagasy", "Madagascar"),
    ("Dominican", "Dominican Republic"),
    ("Albanian", "Albania"),
    ("Moldovan", "Moldova"),
    ("Malawian", "Malawi"),
    ("Guyanese", "Guyana"),
    ("Trinidadian", "Trinidad and Tobago"),
    ("Liberian", "Liberia"),
    ("Mauritian", "Mauritius"),
    ("Guinean", "Guinea"),
    ("Chadian", "Chad"),
    ("Nigerien", "Niger"),
    ("Gambian", "Gambia"),
    ("Cape Verdean", "Cabo Verde"),
    ("Samoan", "Samoa"),
    ("Tongan", "Tonga"),
];

/// Whether `name` is a seat of the European Union's institutions rather than a government:
/// `Brussels` alone is Belgium's region only where it is listed with another of its regions
/// ("from Flanders and Brussels"), and elsewhere the Union ("Brussels approved the aid") or a
/// city where people meet ("the management of Ford Europe in Brussels").
pub(super) fn seat(text: &str, name: &str) -> bool {
    name == "Brussels" && !BRUSSELS_REGION.is_match(text)
}

/// Brussels listed with another of Belgium's regions.
static BRUSSELS_REGION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:Flanders|Wallonia),? (?:and )?Brussels\b|\bBrussels,? (?:and )?(?:Flanders|Wallonia)\b")
        .expect("a valid pattern")
});

/// Whether `word` names a country's or a state's people in the plural, after its name
/// ("Zambians", "Kenyans", "Ghanaians", "Canadians", "Cameroonians", "Bruneians",
/// "Barbadians"): a count of them is one of people, and they are no company.
pub fn people_of(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ns") else { return false };
    GOVERNMENTS.iter().chain(super::SUBDIVISIONS).any(|(g, _, _)| {
        !g.contains(' ')
            && (*g == stem
                || stem
                    .strip_suffix('i')
                    .is_some_and(|s| s == *g || Some(s) == g.strip_suffix('a'))
                || stem.strip_suffix("ia") == Some(*g)
                || stem.strip_suffix("ia").is_some_and(|s| Some(s) == g.strip_suffix("os"))
                || stem.strip_suffix('a') == Some(*g))
    })
}

/// Whether `name` is exactly a government's name.
pub(super) fn government(name: &str) -> bool {
    GOVERNMENTS.iter().chain(super::SUBDIVISIONS).any(|(g, _, _)| *g == name)
}

/// The ISO 3166 code of a government by the name proposed for it (`Virginia`: `US-VA`), for a
/// story file to fill in; none for a union of countries or a name the lists do not hold.
pub fn code_of(name: &str) -> Option<&'static str> {
    GOVERNMENTS
        .iter()
        .chain(super::subdivisions::SUBDIVISIONS)
        .find(|(_, proposed, _)| *proposed == name)
        .and_then(|(_, _, code)| *code)
}

/// Whether a government's name at `start..end` is a person's or a brand's here: a country
/// that is also a given name or surname ("Jordan") next to another capitalized word ("Michael
/// Jordan", "Jordan Peterson", "Air Jordan"), where a list of countries sets it off with commas;
/// or a country's name that is the surname of one named in full elsewhere in the text, where
/// it speaks ("Sinisa Mali, Serbia's Finance Minister ... Mali said").
pub(super) fn personal(text: &str, start: usize, end: usize) -> bool {
    const NAMES: &[&str] = &["Jordan", "Chad"];
    if surname_speaking(text, start, end) {
        return true;
    }
    let capital = |w: Option<&str>| {
        w.is_some_and(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_alphabetic)
        })
    };
    NAMES.contains(&&text[start..end])
        && (capital(text[..start].strip_suffix(' ').and_then(|b| b.rsplit(' ').next()))
            || capital(text[end..].strip_prefix(' ').and_then(|a| a.split(' ').next())))
}

/// Whether the name at `start..end` is the surname of a person the text names in full
/// ("Sinisa Mali"), with a given name before it that opens no phrase of place, and who speaks
/// by that surname somewhere ("Mali said"): both the full name and the speaker are the person.
fn surname_speaking(text: &str, start: usize, end: usize) -> bool {
    static SPEAKS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^ (?:said|says|added|told|noted|stressed|pointed out|emphasi[sz]ed|underlined|explained)\b")
            .expect("a valid pattern")
    });
    const NOT_GIVEN: &[&str] = &["In", "To", "From", "The", "And", "Of", "For", "With", "At", "By"];
    let name = &text[start..end];
    let given = |at: usize| {
        let before = text[..at].strip_suffix(' ').unwrap_or("");
        let word = before.rsplit([' ', '\n', '(']).next().unwrap_or("");
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(char::is_lowercase)
            && !NOT_GIVEN.contains(&word)
            && !GOVERNMENTS.iter().any(|(g, _, _)| *g == word)
    };
    let here = SPEAKS.is_match(&text[end..]) || given(start);
    let occurrences = || text.match_indices(name).map(|(at, _)| at);
    here && occurrences().any(given)
        && occurrences().any(|at| SPEAKS.is_match(&text[at + name.len()..]))
}

/// Whether `name`, read at `start`, is the state of Washington rather than the capital that
/// stands for the country: after a city and its comma ("from Spokane, Washington, to Bay
/// County"), as a state follows its towns.
pub(super) fn washington_state(text: &str, start: usize, name: &str) -> bool {
    name == "Washington"
        && text[..start].strip_suffix(", ").is_some_and(|before| {
            before.rsplit([' ', '\n']).next().is_some_and(|w| w.starts_with(char::is_uppercase))
        })
}

/// Whether the government's name from `start` to `end`, whose code is `code`, is a town of the
/// state named after it: "Lebanon, Indiana" (a country's name), "Wyoming, Minnesota" (another
/// state's of the same country, though not in a list of states: "in Texas, Oklahoma and
/// Kansas").
pub(super) fn town_of_state(text: &str, start: usize, end: usize, code: Option<&str>) -> bool {
    let Some(after) = text[end..].strip_prefix(", ") else { return false };
    let listed = |rest: &str| {
        let joined = rest.trim_start_matches(',');
        [" and ", " or ", " & "].iter().any(|w| joined.starts_with(w))
            || rest.strip_prefix(", ").is_some_and(|r| r.starts_with(char::is_uppercase))
            || text[..start].ends_with(", ")
    };
    GOVERNMENTS.iter().chain(super::subdivisions::SUBDIVISIONS).any(|(name, _, other)| {
        let (Some(rest), Some(state)) =
            (after.strip_prefix(name), other.filter(|c| c.contains('-')))
        else {
            return false;
        };
        match code {
            Some(code) if !code.contains('-') => true,
            Some(code) => {
                code.split('-').next() == state.split('-').next()
                    && !rest.starts_with(char::is_alphanumeric)
                    && !listed(rest)
            }
            None => false,
        }
    })
}

/// Whether a government's name at `start` is a town in a list of towns: "projects located in
/// Corydon, Council Bluffs, Nevada and Sioux City" (two places that are no governments before
/// it; "in Austin, Texas" is a city and its state).
pub(super) fn town_listed(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix(", ") else { return false };
    let mut items = before.rsplitn(3, ", ");
    let (Some(near), Some(far)) = (items.next(), items.next()) else { return false };
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let town = |item: &str| {
        !item.is_empty()
            && item.split(' ').count() <= 3
            && item.split(' ').all(capital)
            && !GOVERNMENTS
                .iter()
                .chain(super::subdivisions::SUBDIVISIONS)
                .any(|(g, _, _)| *g == item)
    };
    // The first town follows "in" or "at": "located in Corydon".
    let far = match far.rsplit_once(" in ").or_else(|| far.rsplit_once(" at ")) {
        Some((_, town)) => town,
        None => return false,
    };
    town(near) && town(far)
}

/// Whether the name at `start..end` sits inside a longer one: a capitalized word after it
/// ("Korea Aerospace Industries") or a word in capitals before it ("NVH Korea").
pub(super) fn inside_a_name(text: &str, start: usize, end: usize) -> bool {
    let next = text[end..].strip_prefix(' ').and_then(|a| a.chars().next());
    let before = text[..start].strip_suffix(' ').and_then(|b| b.rsplit([' ', '\n']).next());
    let capitals = before.is_some_and(|w| {
        w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    next.is_some_and(char::is_uppercase) || capitals
}

#[cfg(test)]
mod tests {
    use super::{personal, town_listed};

    #[test]
    fn a_state_listed_among_towns_is_a_town() {
        let text = "projects located in Corydon, Council Bluffs, Nevada and Sioux City.";
        assert!(town_listed(text, text.find("Nevada").unwrap()));
        let text = "plants in Austin, Texas and Columbus, Ohio, and in Iowa, Ohio, Texas.";
        assert!(!town_listed(text, text.find("Texas").unwrap()));
        assert!(!town_listed(text, text.rfind("Texas").unwrap()));
    }

    #[test]
    fn a_country_that_is_also_a_persons_name_is_the_persons_beside_a_capitalized_word() {
        let at = |text: &str| (text.find("Jordan").unwrap(), text.find("Jordan").unwrap() + 6);
        for text in ["Rep. Jim Jordan said", "Jordan Peterson spoke", "Air Jordan sales"] {
            let (start, end) = at(text);
            assert!(personal(text, start, end), "{text}");
        }
        for text in ["the UAE, Egypt, Jordan, and Bahrain", "The Kingdom of Jordan signed"] {
            let (start, end) = at(text);
            assert!(!personal(text, start, end), "{text}");
        }
    }

    #[test]
    fn a_country_that_speaks_as_a_persons_surname_is_the_person() {
        let text =
            "Szijjártó met Sinisa Mali, Serbia’s Finance Minister. Mali said it was good news.";
        let at = text.rfind("Mali").unwrap();
        assert!(personal(text, at, at + 4));
        let at = text.find("Mali").unwrap();
        assert!(personal(text, at, at + 4));
        // A country that speaks with no one of its name in the text is the country.
        let text = "Troops left in Mali. Mali said the talks would go on.";
        let at = text.rfind("Mali").unwrap();
        assert!(!personal(text, at, at + 4));
    }
}
