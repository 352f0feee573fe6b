//! Capitalized words that look like names but are not parties: words that open sentences
//! and titles, words that make a pair of names an institution rather than a person, and the
//! words beside a name that make it a product's.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::compile;
use super::governments::{ADJECTIVES, GOVERNMENTS};

/// Honorifics a name may carry after a role, titles rather than names: "Deputy Prime Minister
/// YAB Dato’ Sri Fadillah Yusof", "Prime Minister Datuk Seri Anwar Ibrahim", "YB Liew Chin
/// Tong", "Chief Minister Shri Shivraj Singh Chouhan". Several may follow one another; a longer one comes before the shorter it begins with.
pub(super) const HONORIFICS: &[&str] = &[
    "YAB",
    "YAM",
    "YBhg",
    "YB",
    "Tan Sri",
    "Puan Sri",
    "Toh Puan",
    "Datuk Seri",
    // Titles of Sarawak: "Datuk Amar Awang Tengah Ali Hasan", "Datuk Patinggi".
    "Datuk Amar",
    "Datuk Patinggi",
    // Sabah's title and the pilgrim's: "Datuk Seri Panglima Haji Hajiji Haji Noor".
    "Panglima",
    "Haji",
    // "His Excellency" as Cambodian and East African pages abbreviate it: "H.E. Hun Manet".
    "H.E.",
    // A courtesy title some pages give a woman: "Madam Thai Huong".
    "Madam",
    "Madame",
    "Dato’ Amar",
    "Dato Amar",
    "Datuk Sri",
    "Dato’ Seri",
    "Dato' Seri",
    "Dato Seri",
    "Dato’ Sri",
    "Dato' Sri",
    "Dato Sri",
    "Datuk",
    "Dato’",
    "Dato'",
    "Dato",
    "Datin",
    "Shri",
    "Smt.",
    "Tun",
    "Sir",
    "Dame",
    "Professor",
    "Prof.",
    // German titles without their dots: "Economics Minister Prof Dr Armin Willingmann".
    "Prof",
    "Dr.",
    "Dr",
    // An engineer's title in the Gulf: "MODON’s CEO, Eng. Majid AlArqoobi".
    "Eng.",
    // A naval rank and a Malay royal title: "Prime Minister Commodore Voreqe Bainimarama",
    // "the Regent of Perlis Tuanku Syed Faizuddin Putra Jamalullail".
    "Commodore",
    "Tuanku",
    "Tunku",
    // An heir's title: "his Saudi counterpart, Crown Prince Abdulaziz bin Salman Al Saud".
    "Crown Prince",
    // The pilgrim's title as West Africa and Brunei write it: "Alhaji Aliko Dangote", "Hj Mat
    // Suny".
    "Alhaji",
    "Hj",
];

/// The name at `start` without the words that open sentences before it ("Meanwhile Express
/// Reinforcements": `Express Reinforcements`), and where it now starts.
pub(super) fn past_openers(start: usize, name: &str) -> (usize, &str) {
    let (mut start, mut name) = (start, name);
    while let Some((first, rest)) = name.split_once(' ')
        && NOT_NAMES.contains(&first)
    {
        (start, name) = (start + first.len() + 1, rest);
    }
    (start, name)
}

pub(super) const NOT_NAMES: &[&str] = &[
    // A law's name: "the Official Information Act" names no official.
    "Act",
    // "Minister of Small Business and Export Promotion", "minister responsible for
    // Opportunities NB": a portfolio's or an agency's words after a role, no name.
    "Promotion",
    "Opportunities",
    // "Minister of State with responsibility for Project Implementation and Service Delivery".
    "Implementation",
    "Delivery",
    // "The Province’s investment": a release's word for its own government, no name.
    "Province",
    // "Now, the company is expanding": an adverb opening a sentence.
    "Now",
    "Also",
    // "Future plans include": an adjective opening a sentence.
    "Future",
    // "Having said that, we cannot": a participle opening a quotation.
    "Having",
    "The",
    "A",
    "An",
    "But",
    "And",
    "On",
    "In",
    "He",
    "She",
    "It",
    "They",
    "This",
    "That",
    "When",
    "While",
    "With",
    "For",
    "After",
    "Under",
    // A preposition opening a sentence before a name: "During Marcos’ visit to Japan".
    "During",
    "Before",
    "Despite",
    "President",
    "Mr",
    // Titles cut at their full stop ("Gov. Mitch Daniels"), memoranda and layoffs named at the
    // head of a sentence, none of them a company.
    "Gov",
    "Sen",
    "Rep",
    "MoU",
    "MoUs",
    "MOU",
    "MOUs",
    "Layoffs",
    "Professor",
    "CEO",
    "DG",
    "CM",
    "Planta",
    "Co",
    "Both",
    "If",
    "As",
    "At",
    "Most",
    "New",
    "Its",
    "His",
    "Her",
    "Chief",
    "Executive",
    "Chairman",
    "Chairwoman",
    // The words of a role around a name, no name's own: "Vice Chairperson TKM", "Deputy
    // Managing Director TKM", "Regional CEO at Toyota".
    "Chairperson",
    "Deputy",
    "Director",
    "Managing",
    "Regional",
    "Chair",
    "Speaker",
    "Whip",
    "Majority",
    "Minority",
    "Leader",
    "Governor",
    "Senator",
    "Secretary",
    "Vice",
    "Founder",
    "Fewer",
    "More",
    "Many",
    "Some",
    "All",
    "Other",
    "Several",
    "Our",
    "Their",
    "These",
    "Those",
    "Speaking",
    "Meeting",
    "Receiving",
    "Welcoming",
    "Addressing",
    "Calling",
    "According",
    "Through",
    "Since",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Prime",
    "Minister",
    "Premier",
    "Taoiseach",
    "Tánaiste",
    "Tanaiste",
    "Mayor",
    "Ambassador",
    "Commissioner",
    "Representative",
    "We",
    "I",
    "You",
    // Nouns of a project that open sentences: "Construction will begin in early 2022".
    "Construction",
    "Production",
    "Hiring",
    "Work",
    // Adverbs and counts that open sentences: "Separately, the company", "The Big Three".
    "Separately",
    "Ultimately",
    "Recently",
    // "Main products produced at the site are": an adjective opening a sentence.
    "Main",
    // "Formerly Tranlin, the company": a former name's mark.
    "Formerly",
    // "What will Delaware give PBF?": a question's word.
    "What",
    // A special economic zone's letters: "units at our SEZ for toys".
    "SEZ",
    // "Listed Eagle Cement Corporation": a company's listing, no word of its name.
    "Listed",
    "Officials",
    "Observers",
    "Analysts",
    "Critics",
    // A chief minister's or prime minister's office: "The CMO said".
    "CMO",
    "PMO",
    // A South African province's minister, a Member of the Executive Council: "the MEC said".
    "MEC",
    // A deputy prime minister's letters: "the DPM said".
    "DPM",
    // A share traded abroad, no word of the company's name: "NIO Inc. ADR (NYSE: NIO)".
    "ADR",
    "Eventually",
    "Initially",
    "Currently",
    "Previously",
    "Together",
    "Adding",
    "Big",
    "Two",
    "Three",
    "Four",
    "Company",
    "Sheikh",
    // Words that stand alone for an institution or open a sentence: "the Government
    // announced", "Each will provide", "Additionally Knorr-Bremse".
    "Government",
    "Each",
    "Finally",
    "Additionally",
    "Meanwhile",
    "Then",
    "Later",
    "Earlier",
    "Instead",
    "Thus",
    "Hence",
    "Therefore",
    "Moreover",
    "Furthermore",
    "Likewise",
    "Similarly",
    // "Former Viking Range Corporation Repays", "Iconic SPC Ardmona Set To Thrive": a
    // headline's adjective opens no name.
    "Former",
    "Iconic",
    // "the Operational Programme Innovative Economy. ... Economy will be 12 million euro".
    "Economy",
    // A currency's name and a legal form alone ("Million Euros (", "Tano Capital, LLC and").
    "Euros",
    "Dollars",
    "LLC",
    // The word that ends a Vietnamese unit's or a consortium's name, alone ("Hansung P.T.C Vina
    // will invest", "The Consortium later faced"): the name's end, not a name.
    "Vina",
    "Consortium",
    // "However, the company withdrew": adverbs that open sentences before a comma.
    "However",
    "Besides",
    "Therefore",
    "Nevertheless",
    "Nonetheless",
    "Instead",
    // "There will be 156 jobs": a word that opens sentences.
    "There",
    // A title before a name ("Dr Reinhard Ploss"), a measure of an economy ("GDP will grow"),
    // a state's department of transportation ("DOT spokesman"), a display's kind ("OLED
    // products"), milk's treatment ("UHT products") and a state's people ("31,112 new Hoosier
    // jobs"): no company.
    "Dr",
    "GDP",
    "DOT",
    "OLED",
    "UHT",
    "LED",
    "LCD",
    "Hoosier",
    "Hoosiers",
];

/// Verbs of a title-case headline that follow a name: "Gov. Beshear Announces More Jobs".
pub(super) const HEADLINE_VERBS: &[&str] = &[
    "Announces",
    "Unveils",
    "Opens",
    "Says",
    "Plans",
    "Invests",
    "Adds",
    "Creates",
    "Brings",
    "Breaks",
    "Welcomes",
    "Congratulates",
    "Thanks",
    "Praises",
    "Applauds",
    "Lauds",
    "Celebrates",
    "Touts",
    "Pledges",
    "Commits",
    "Gives",
    "Gets",
    "Wins",
    "Builds",
    "Expands",
    "Boosts",
    "Launches",
    "Picks",
    "Chooses",
    "Selects",
    "Signs",
    "Hires",
    "Cuts",
    "Scraps",
    "Halts",
    "Pauses",
    "Delays",
    "Confirms",
    "Eyes",
    "Bets",
    "Pours",
    "Secures",
    "Receives",
    "Completes",
    "Begins",
    "Starts",
    "Doubles",
    "Reveals",
    "Targets",
    "Considers",
    "Moves",
    "Returns",
    "Seeks",
    "Wants",
    "Backs",
    "Sets",
    "Reaches",
    "Reannounces",
    // The plural's verbs, after two names: "Trump, Hyundai Announce $21 Billion".
    "Announce",
    "Unveil",
    "Invest",
    "Scaling",
];

/// Small words a title-case headline capitalizes, which no company name runs on into:
/// "Hitachi To Invest", "Toyota Will Build", "Apple In Talks".
pub(super) const HEADLINE_SMALL: &[&str] = &[
    "To", "Will", "Is", "Are", "Has", "Have", "Had", "Was", "Were", "Could", "Would", "May",
    "Might", "Must", "Should", "Can", "Of", "By", "From", "Into", "Over", "Not", "Also", "Now",
    "Set",
];

/// Words of a ministry's portfolio or a public body's name, which end a role's tail before a
/// name ("Minister of Industry and Trade", "Chairman of the General Authority").
pub(super) const PORTFOLIOS: &[&str] = &[
    "Industry",
    "Industries",
    "Economy",
    "Economic",
    "Finance",
    "Financial",
    "Commerce",
    "Trade",
    "Investment",
    "Investments",
    "Energy",
    "Mines",
    "Mining",
    "Agriculture",
    "Labour",
    "Labor",
    "Affairs",
    "Development",
    "Planning",
    "Tourism",
    "Transport",
    "Health",
    "Education",
    "Defence",
    "Defense",
    "Interior",
    "Technology",
    "Innovation",
    "Jobs",
    "Enterprise",
    "Resources",
    "Infrastructure",
    "Works",
    "Environment",
    "Water",
    "Power",
    "Petroleum",
    "Oil",
    "Gas",
    "Communications",
    "Culture",
    "Justice",
    "Foreign",
    "Home",
    "State",
    "States",
    "Treasury",
    "Budget",
    "Growth",
    "Employment",
    "Skills",
    "Science",
    "Research",
    "Housing",
    "Fisheries",
    "Forestry",
    "Lands",
    "Industrial",
    "Rural",
    "Regional",
    "Urban",
    "Digital",
    "Youth",
    "Sport",
    "Sports",
    "Women",
    "Social",
    "Welfare",
    "Public",
    "Cooperation",
    "Relations",
    "Authority",
    "Zone",
    "Zones",
    "Commission",
    "Directorate",
    "Secretariat",
    "Cabinet",
    "Parliament",
    "Assembly",
    "Bureau",
    "Chamber",
    "Organisation",
    "Organization",
    "Republic",
    "Kingdom",
    "Union",
    "Province",
    "Region",
    "City",
    "County",
    "District",
    "Government",
    "Party",
    "Services",
    "Service",
    "Manufacturing",
    "Exports",
    "Export",
    "Promotion",
    "Competitiveness",
    "Markets",
    "Operations",
    "Sales",
    "Marketing",
    "Communities",
    "Local",
    "Territory",
    "Territories",
    "Strategy",
    "Policy",
    "Security",
    "Land",
];

/// Words that make a capitalized pair an institution rather than a person.
pub(super) const INSTITUTIONS: &[&str] = &[
    "Parish",
    "Summit",
    "Investment",
    "Minister",
    "Associates",
    "Studies",
    "Center",
    "Centre",
    "University",
    "Council",
    "Fund",
    "Group",
    "Department",
    "House",
    "Trade",
    "Street",
    "News",
    "Media",
    "Institute",
    "Association",
    "Office",
    "Bank",
    "Board",
    "Committee",
    "Ministry",
    "Agency",
    "Administration",
    "Corporation",
    "Company",
    "Technology",
    "Technologies",
    "Motor",
    "Motors",
    "Holdings",
    "Holding",
    "Inc",
    "Corp",
    "Times",
    "Journal",
    "Post",
    "Reuters",
    "Services",
    "Systems",
    "Solutions",
    "Industries",
    "Materials",
    "Plastics",
    "Appliances",
    "Electronics",
    "Energy",
    "Steel",
    "Airlines",
    "Partners",
    "Capital",
    "College",
    "Bloomberg",
    "Economic",
    "Development",
    "State",
    "States",
    "Brothers",
    "Division",
];

/// What names a product or a site rather than its maker: "their new Internet project,
/// AdWords", "the RibbonFET and PowerVia innovations", "BlueOval City", "a FastTrack grant",
/// "to produce MSM Kebbi Cement".
pub(super) static PRODUCT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:project|product|service|platform|app|programme|program|brand|software|produce|manufacture),? $")
        .expect("a valid pattern")
});
pub(super) static PRODUCT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ (?:innovations?|technolog(?:y|ies)|software|platform|app|City|Campus|grants?|programs?|programmes?|scheme)\b")
        .expect("a valid pattern")
});
/// Months, which open clauses ("this past January, the company") but name no company.
pub(super) use crate::draft::MONTHS;

/// The names a text gives as an agency's ("development agency Corfo", "the agency, Invest
/// India") and a country's investment agency named in one word ("CzechInvest") or with
/// "Enterprise" ("Scottish Enterprise", "Enterprise Ireland"): a
/// government's agency is no party, wherever else its name is read as a company's.
pub(super) fn agencies(text: &str) -> Vec<&str> {
    static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"\bagency,?\s(?P<n>\p{Lu}[\p{L}&-]+(?:\s\p{Lu}[\p{L}&-]+){0,2})")
    });
    static INVEST: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\b(?:(?P<a>\p{Lu}\p{Ll}+)Invest|Invest(?P<b>\p{Lu}\p{L}+)|(?P<c>\p{Lu}\p{Ll}+) Enterprise|Enterprise (?P<d>\p{Lu}\p{Ll}+))\b",
        )
    });
    let country = |name: &str| {
        GOVERNMENTS.iter().any(|(g, _, _)| *g == name) || ADJECTIVES.iter().any(|(a, _)| *a == name)
    };
    let named = AGENCY.captures_iter(text).filter_map(|c| c.name("n")).map(|m| m.as_str());
    let invest = INVEST.captures_iter(text).filter_map(|c| {
        let place = ["a", "b", "c", "d"].iter().find_map(|n| c.name(n))?;
        country(place.as_str()).then(|| c.get(0).map(|m| m.as_str())).flatten()
    });
    named.chain(invest).collect()
}

/// Words of a title-case headline that describe a company before its name: "Electric Vehicle
/// Manufacturer Lucid Group".
pub(super) const DESCRIBING: &[&str] = &[
    "Manufacturer",
    "Maker",
    "Carmaker",
    "Automaker",
    "Chipmaker",
    "Giant",
    "Firm",
    "Startup",
    "Supplier",
    "Producer",
    "Developer",
    "Maquiladora",
];

/// Generic business words that keep the "Group" after them in a company's name.
pub(super) const GENERIC: &[&str] =
    &["Financial", "Capital", "Investment", "Investments", "Energy", "Consulting", "Hospitality"];

/// The business words that end a company's name even after a country's ("Qatar Airways").
pub(super) const BRANDS: &[&str] = &[
    "Cement",
    "Airways",
    "Airlines",
    "Aerospace",
    "Pharmaceuticals",
    "Therapeutics",
    "Biosciences",
    "Semiconductor",
    "Semiconductors",
    "Petroleum",
    "Chemicals",
    "Shoes",
    "Footwear",
    "Textiles",
    "Garments",
    "Apparel",
    "Industries",
];

/// Trade words that end a company's name when a name comes before them ("Kontrolmatic
/// Technologies", "Weston Animal Nutrition") and that may also end a longer name of something
/// else ("the Kinfra Electronics Manufacturing Cluster").
pub(super) const TRADES: &[&str] = &[
    "Technologies",
    "Electronics",
    "Nutrition",
    "Logistics",
    "Batteries",
    "Plastics",
    "Packaging",
    "Packages",
];

/// The lines of trade a name joins with "and" before its legal form ("Vintage Coffee and
/// Beverages Limited", "Rashtriya Chemicals and Fertilizers Limited", "Chicago Bridge and Iron
/// NV"); a name of its own after "and" ("Honeywell International and Infosys Limited") is
/// another company.
pub(super) const TRADE_PLURALS: &[&str] = &[
    "Iron",
    "Beverages",
    "Foods",
    "Chemicals",
    "Fertilizers",
    "Fertilisers",
    "Textiles",
    "Minerals",
    "Metals",
    "Pharmaceuticals",
    "Exports",
    "Papers",
    "Paper",
    "Boards",
];

/// Courtesy titles before a person's name, which no company's or person's name runs across:
/// "the Minister Delegate, Mrs Ghita Mezzour", "the CEO of Inetum Mr Jacques Pommeraud".
pub(super) const COURTESY: &[&str] = &["Mrs", "Mr", "Ms"];

/// Words of a company's department, which a role may name where a person's name would be:
/// "Executive Vice President, Product Supply, Quality & IT".
pub(super) const UNIT_WORDS: &[&str] = &[
    "Supply",
    "Operations",
    "Quality",
    "Sales",
    "Marketing",
    "Finance",
    "Strategy",
    "Communications",
    "Affairs",
    "Relations",
    "Procurement",
    "Manufacturing",
    "Compliance",
];

/// The last words of a programme's or a policy's name, which no company's name ends with:
/// "the Industrial Acceleration Plan".
pub(super) const PROGRAMMES: &[&str] =
    &["Plan", "Programme", "Program", "Policy", "Strategy", "Scheme", "Initiative"];

/// Endings of a word that tell where a company's owners or seat are, not its name: "a
/// Chinese-owned company".
pub(super) const ORIGIN_SUFFIXES: &[&str] = &[
    "-owned",
    "-based",
    "-backed",
    "-listed",
    "-controlled",
    "-funded",
    "-run",
    "-headquartered",
    "-led",
];

/// Words that name a town or a landmark after a state or a country: "Fort Saskatchewan", "Lake
/// Michigan", "Port Louisiana".
pub(super) const TOWN_WORDS: &[&str] = &["Fort", "Port", "Lake", "Mount", "Mt.", "Cape"];

/// Words a headline uses for a company it does not name: "Foreign Company Invests".
pub(super) const DESCRIPTIVE: &[&str] =
    &["Foreign", "Domestic", "Local", "Private", "International", "Multinational", "Global"];

/// Lines of trade that with "Company" after them name a kind of company, no company: "Big
/// Beverage Company Looking for Other Opportunities".
pub(super) const KINDS_OF_TRADE: &[&str] = &[
    "Beverage", "Chemical", "Textile", "Oil", "Gas", "Power", "Energy", "Cement", "Steel",
    "Mining", "Tech",
];

/// Words of a public body's name after a state's ("Nova Scotia Business Inc.", "Rhode Island
/// Commerce Corp."), which its legal form does not make a company's.
pub(super) const PUBLIC_BODY_WORDS: &[&str] = &[
    "Business",
    "Commerce",
    "Economic",
    "Development",
    "Investment",
    "Trade",
    "Enterprise",
    "Finance",
];

/// The last words of a place's, a public body's or an industry cluster's name, which a company
/// word after it does not make a company's: "Chatham County Corporation", "the Furniture
/// Cluster, which will".
pub(super) const PUBLIC_ENDINGS: &[&str] = &[
    "Affairs",
    "Commissioners",
    "County",
    "City",
    "State",
    "Province",
    "University",
    "Council",
    "Government",
    "Ministry",
    "Commission",
    "Island",
    "Estate",
    "Cluster",
    // An Indonesian district: "Bantaeng Regency".
    "Regency",
    // A governor's or president's team: "the Shapiro Administration has secured".
    "Administration",
    // "along the Ohio River, said the secretary": a river, no speaker.
    "River",
];
