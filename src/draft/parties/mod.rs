//! Parties: companies and people the database knows (by name or alias, whole words), the
//! governments named in the text, and new companies and people proposed from how the text
//! speaks of them ("SoftBank Group CEO Masayoshi Son", "Foxconn said").

mod acronyms;
mod appositives;
mod based;
mod brands;
mod contexts;
mod datelines;
mod earlier;
mod elsewhere;
mod employers;
mod examples;
mod famous;
mod fullnames;
mod governments;
pub use governments::people_of;
mod headings;
mod implied;
mod joined;
mod kinds;
mod known;
mod legal;
mod listed;
mod lists;
mod misread;
mod pairs;
mod parents;
mod partners;
mod places;
mod provinces;
mod quoted;
mod regions;
mod renamed;
mod slashed;
mod spans;
mod spellings;
mod stakes;
mod subdivisions;
mod surnames;
mod trims;
mod units;
mod words;

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::draft::pattern::{Regex, escape};

use super::{Candidate, Haystack, Kind, Known, compile, spaced, whole_words};
use contexts::contexts;
use datelines::datelines;
pub(super) use datelines::is_state_abbreviation;
use elsewhere::elsewhere;
use famous::{famous, is_famous};
pub use governments::code_of;
use governments::{ADJECTIVES, GOVERNMENTS, government};
use headings::headings;
use implied::{adjectives, referred};
use kinds::one_kind;
use known::known_record;
use legal::legal_forms;
use lists::LIST_ITEM;
use lists::{list_lines, lists};
use misread::misread;
use pairs::pairs;
use parents::{full_names, parents};
use partners::partners;
use places::{ORIGIN, PARTICLE_BEFORE, PLACE_BEFORE, PLACE_WORD, town};
use regions::regions;
use spans::{claim, has_place, overlaps, possessive};
use subdivisions::SUBDIVISIONS;
use surnames::{NAME_NEXT, given_before, suffix_end, surnames};
use units::units;
use words::{
    BRANDS, COURTESY, DESCRIBING, DESCRIPTIVE, GENERIC, HEADLINE_VERBS, HONORIFICS, INSTITUTIONS,
    KINDS_OF_TRADE, MONTHS, NOT_NAMES, ORIGIN_SUFFIXES, PORTFOLIOS, PRODUCT_AFTER, PROGRAMMES,
    PUBLIC_BODY_WORDS, PUBLIC_ENDINGS, TOWN_WORDS, TRADE_PLURALS, TRADES, UNIT_WORDS, agencies,
};

/// A capitalized name of one to three words, possibly with an initial or `&` between two
/// ("Babcock & Wilcox"), after a saint's abbreviation ("St. Jude Medical").
const NAME: &str = r"(?:St\. |(?:[A-Z]\.){2,3} )?\p{Lu}[\p{L}&'’-]+(?: [A-Z]\.(?:[A-Z]\.)?)?(?: (?:& )?\p{Lu}[\p{L}&'’-]+){0,2}";

/// Words after a government's name that make it a landmark's: "Jordan bay", "Niger River".
const LANDMARK_AFTER: &[&str] = &["bay", "river", "valley", "basin", "delta", "strait", "lake"];

/// A person: a name after a role ("CEO Masayoshi Son") or before one ("Tim Cook, Apple's").
static PERSON: LazyLock<Regex> = LazyLock::new(|| {
    let role = r"(?:[Dd]irector (?:of )?(?:Industries|Industry|Commerce|Investments?|Trade)|CEO|CMD|C[FOT]O|MP|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hief [A-Za-z]+ [Oo]fficer|(?:[Ee]xecutive )?[Cc]hair(?:man|woman|person)?|[Ff]ounder|[Pp]resident(?:-[Ee]lect|e|a)?|Gov\.|[Gg]overnor|Mrs?\.?|Ms\.?|First Lady|[Oo]fficial|[Ss]pokes(?:man|woman|person)|[Ss]ecretary(?:-[Gg]eneral)?|(?:ex-|Dy |Deputy )?CM|Senator|Sen\.|Rep\.|Speaker|Whip|[Dd]irector[- ][Gg]eneral|[Dd]irectors?|[Aa]ssistant|[Aa]dvis[eo]r|[Pp]rofessor|[Ee]xecutive|[Hh]eads?|[Bb]illionaire|(?:[Mm]ajority )?[Ss]hareholder|Prime Minister|Taoiseach|T[áa]naiste|[Mm]inister (?:of|for) \p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+)+,? and \p{Lu}\p{Ll}+|Ministers|[Mm]inister|[Pp]remier|Ment(?:e)?ri Besar|[Mm]ayor|Judge|Attorney General|(?:Prosecuting |District )?Attorney|Chancellor|Ambassador|Commissioner|Representative|Governor-elect|Lt\. Gov\.|Sheikh|Crown Prince|MEC|Dr\.|Prof\.|Envoy|Consul(?: General)?|Undersecretary|Treasurer|Officer|[Cc]ounsel|[Mm]anager|[Aa]dministrator|[Cc]ounterpart|[Aa]gent|[Rr]eporter|[Ee]conomist|[Ee]ngineer|[Mm]ember|Registrar|SVP|EVP|Council(?:wo)?man|Councill?or|Alderman|(?:[Cc]ountry|[Gg]roup) MD)(?: (?:of|for)(?: (?:and|the|board|of|directors|(?:Ltd|Inc|Corp|Co)\.|[A-Z][A-Za-z]+(?:-\p{Lu}\p{Ll}+)?(?:['’]s)?)){1,7})?";
    // A surname's particle, which carries a full name on after a role: "President Luiz Inácio
    // Lula da Silva", "Minister Ursula von der Leyen", "Minister Bruno Le Maire".
    // Those in lower case carry a name on before a verb of speech or a role too: "Winston van
    // Staveren said".
    let lower = "(?:da|de|do|dos|das|del|della|van|von|von der|van der)";
    // So does a saint's name as a surname: "Mayor Judy St. Peter".
    let particle = format!("(?:{lower}|bin|Al|Le|La|St\\.)");
    // A Malaysian or British honorific between role and name is a title, not the name's:
    // "Prime Minister Datuk Seri Anwar Ibrahim".
    // So is a courtesy title: "the Minister Delegate, Mrs Ghita Mezzour".
    let honorific =
        HONORIFICS.iter().chain(COURTESY).map(|h| escape(h)).collect::<Vec<_>>().join("|");
    let honorific = format!("(?:(?:{honorific}) ){{0,3}}");
    // Initials may go without full stops: "Chief Minister M K Stalin", "N Chandrababu Naidu".
    // A Korean given name's second syllable in lower case: "Gumi Mayor Yu-jin Nam", never
    // "South-east" nor "One-stop".
    let korean = "(?:kk|tt|pp|ss|jj|ch|[gkndtrmbpsjh])?[wy]?[aeiou]{1,3}(?:ng|n|k|l|m|p)?";
    // A Mongolian name: the father's initial glued to the given name ("Minister of Mining
    // R.Jigjid").
    let mongolian = r"[A-Z]\.\p{Lu}\p{Ll}{2,}";
    // A politician with a party and state after the name: "Mike Johnson (R-LA)".
    let party = r"\((?:R|D|I)(?:-[A-Z][A-Za-z.]*)?\)";
    spaced(&format!(
        r"\b{role}(?: to \p{{Lu}}\p{{Ll}}+)?(?: in \p{{Lu}}\p{{Ll}}+)?(?: [a-z]+){{0,3}}(?: [A-Z]{{2,6}})?(?: \((?:\p{{Lu}}\p{{Ll}}+ ?){{1,3}}\))?[,:]? {honorific}(?P<a>(?:\p{{Lu}}\p{{Ll}}+(?:['’]\p{{Ll}}{{2,}})?(?:-?[A-Z]\p{{Ll}}+|-{korean})?|[A-Z]{{2}}|[A-Z]\.[A-Z]\.|[A-Z]\.|[A-Z] [A-Z]|[A-Z] \p{{Lu}}\p{{Ll}}+)(?: [A-Z]\.?)?(?: [“\x22]\p{{Lu}}\p{{Ll}}+[”\x22])? (?:{particle} |al-|el-)?\p{{Lu}}[\p{{L}}'’-]+(?:(?: \p{{Lu}}\p{{Ll}}+)? {particle} \p{{Lu}}[\p{{L}}'’-]+| \p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)?|{mongolian})\b|\b(?P<b>\p{{Lu}}\p{{Ll}}+ (?:bin|bint|ibn) \p{{Lu}}\p{{Ll}}+ (?:al|Al)[ -]\p{{Lu}}\p{{Ll}}+|(?:\p{{Lu}}\p{{Ll}}+ )?\p{{Lu}}\p{{Ll}}+(?:-?\p{{Lu}}\p{{Ll}}+)?(?: [A-Z]\.)? (?:al-|el-|{lower} )?\p{{Lu}}[\p{{L}}'’-]*\p{{Ll}}[\p{{L}}'’-]*)(?: ?,)? (?:the |a |an )?(?:(?:(?:[a-z]+ ){{0,2}}|[a-z]+ and [a-z]+ )(?:(?:\p{{Lu}}\p{{Ll}}+ )?{role}|said|told|wrote|says|affirmed|stressed|pointed|noted|pledges|pledged|announced|revealed|representing|added: [“\x22]?)|(?:[A-Z][a-z]+|[A-Z]{{2,6}}(?: [A-Z][a-z]+)?) {role}|(?:\p{{Lu}}\p{{Ll}}+ ){{2,3}}(?:managing|executive|general|deputy|vice) {role}|(?:\p{{Lu}}\p{{Ll}}+ ){{1,3}}(?:representative|lawmaker|legislator)|on behalf of|\p{{Lu}}\p{{Ll}}+(?:’s|'s) (?:[a-z]+ |\p{{Lu}}\p{{Ll}}+ )?{role})\b|\b(?P<c>\p{{Lu}}\p{{Ll}}+(?: [A-Z]\.)? \p{{Lu}}[\p{{L}}'’-]+) {party}|\b(?P<d>[A-Z]{{2}} \p{{Lu}}\p{{Ll}}+) (?:said|told|says|announced)\b|\b(?:said|stated|says|added|told) (?:(?P<e>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?(?: [A-Z]\.)? \p{{Lu}}[\p{{L}}'’-]+)(?:,| of \p{{Lu}}|\.(?:\s|$))|(?P<h>\p{{Lu}}\p{{Ll}}+(?: \p{{Lu}}\p{{Ll}}+)?(?: [A-Z]\.)? \p{{Lu}}[\p{{L}}'’-]+) (?:at|during|in|on|after|when|while) (?:a|an|the|his|her|their)\b)|\b(?:Majesty|Highness) (?:King|Queen|Sultan|Emperor|Emir) (?P<f>\p{{Lu}}\p{{Ll}}+(?: \p{{Lu}}\p{{Ll}}+)?(?: [IVX]+\b)?)|\b(?:King|Queen|Sultan|Emperor) (?P<g>\p{{Lu}}\p{{Ll}}+(?: \p{{Lu}}\p{{Ll}}+)? [IVX]+)\b"
    ))
});

/// A company's legal form right after a name, which makes it no person's.
static LEGAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("^,? {}", legal::legal_forms_pattern())).expect("a valid pattern")
});

/// A verb of speech that ends a match of [`PERSON`], or words of one who speaks or signs for
/// another: "Tim Cook said", "Ishtiaque Ahmed Patwary on behalf of Istamarina".
static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:said|told|wrote|says|pledges|pledged|announced|revealed|representing|on behalf of|added: [“\x22]?)$")
        .expect("a valid pattern")
});

/// A company: a name with a company word after it, or the subject of a company's verb. A name
/// of two words or more may join its last word with `and` before the company word ("China Road
/// and Bridge Corporation", "Al Muasira United Trading and Contracting Company"), or before a
/// short form that is not the name's ("Lincoln Paper and Tissue Co."). A name before its stock
/// exchange's ticker is a listed company's (`tk`: "Kinross Gold (TSX: K; NYSE: KGC)").
static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    let trades = TRADES.join("|");
    let forms = legal::legal_forms_pattern();
    spaced(&format!(
        r"\b(?P<s>\p{{Lu}}[\p{{L}}&'’-]+(?: \p{{Lu}}[\p{{L}}&'’-]+){{1,4}} and \p{{Lu}}\p{{Ll}}+ (?:Company|Corporation))\b|\b(?P<w>\p{{Lu}}[\p{{L}}&'’-]+(?: \p{{Lu}}[\p{{L}}&'’-]+){{0,4}} and \p{{Lu}}\p{{Ll}}+) (?:Co|Inc)\.|\bthe (?P<x>\p{{Lu}}[\p{{L}}&'’-]+(?: \p{{Lu}}[\p{{L}}&'’-]+){{1,3}} and \p{{Lu}}\p{{Ll}}+) (?:Corp|Inc)\.|\b(?P<a>{NAME})(?:\.com)?(?: & Co(?:\.|\b[^-\w]|$)|,?(?: and| &)? (?:{forms}|Private Limited\b|Group|Holdings|Technology Group|Motor\b))|\b(?P<b>{NAME})(?: \([A-Z]{{2,6}}\))?(?:’s|'s)? (?:CEO|[Cc]hief [Ee]xecutive|[Ff]ounder|[Cc]hairman|[Ss]pokes(?:man|woman))\b|\b(?:company|firm|group|conglomerate|contractor) (?P<u>\p{{Lu}}[\p{{L}}&'’-]+(?: \p{{Lu}}[\p{{L}}&'’-]+){{3,5}}) \([A-Z]{{2,6}}\)|\b(?:company|companies|giant|firms?|makers?|suppliers?|manufacturers?|startup|automaker|carmaker|chipmaker|conglomerate|multi-?national|group|miners?|producers?|(?:IT|FMCG|tech|steel|auto|pharma|oil|mining|software|cement|tyre|textile) major|(?:application|software|property|real estate) developer|retailer|news outlet|partnered with|privately[- ]held|family[- ]owned|changed its name to|renamed itself|now known as|representing|(?:investment )?fund) (?:called |named )?[“\x22]?(?P<c>{NAME})\b|\b(?:company|firm|startup|manufacturer|maker|supplier|producer), (?P<q>{NAME}|\d{{1,3}} \p{{Lu}}\p{{Ll}}+(?: \p{{Lu}}\p{{Ll}}+)?),|\b(?P<e>{NAME}(?:\x20\p{{Lu}}[\p{{L}}&'’-]+){{0,2}})(?: \((?:[A-Z]{{2,6}}|\p{{Han}}+)\))? ?, a (?:\p{{Lu}}\p{{Ll}}+(?:-based)? )?(?:[a-z-]+ ){{0,4}}(?:company|supplier|maker|manufacturer|giant|firm|conglomerate|producer|provider|developer|venture|subsidiary|major|division|startup|exporter|entity|leader in)\b|\b(?P<d>\p{{Lu}}[\p{{L}}&-]+(?:\x20\p{{Lu}}[\p{{L}}&-]+){{0,2}})(?:\x20(?:Co|Inc|Corp|Ltd|LLC)\.?)? (?:also |now |already )?(?:said|announced|unveiled|launched|invested|spent|will|would|plans|wants to|pledged|promised|committed|vowed|is investing|is building|is finali[sz]ing|is expanding|is owned by|is an? (?:unit|subsidiary|division) of|is set to|is about to|accepted|to invest|signed to|is (?:cutting|closing|shutting|laying off)|has (?:about |approximately |around |some |nearly |over |more than )?\d[\d,]* (?:employees|workers|staff)|(?:has |have )?(?:laid off|repaid|paid back)|(?:was|were) awarded|(?:has|have) (?:also |now |already )?(?:committed|agreed|pledged|promised|announced|invested|chosen|selected|concluded|secured|finalized|finalised|broken ground|launched))\b|\b(?P<l>{NAME}), the (?:\p{{Lu}}[A-Za-z.]*(?:’s|'s) |\p{{Lu}}\p{{Ll}}+-[a-z]+ |\p{{Lu}}\p{{Ll}}+ )?(?:[a-z-]+ ){{0,3}}(?:operator|company|maker|manufacturer|firm|giant|retailer|producer|supplier|developer|provider|carmaker|automaker|chipmaker|conglomerate|group|bank|lender|insurer|arm)\b|\b(?P<h>{NAME}),? (?:[–—-] )?based in\b|\b(?P<f>\p{{Lu}}\p{{Ll}}+[A-Z][a-z][a-zA-Z]*)\b|\b(?P<g>\p{{Lu}}[\p{{L}}&-]+) (?:jobs|employees|workers|products|fabs)\b|\b(?:an?|from|by|and|with) (?P<k>{NAME}) (?:company|subsidiary|unit)\b|\b(?:project|investment|expansion|plant|facility) by (?P<z>{NAME})\b|\bits subsidiary (?P<sub>{NAME})\b|\b(?P<y>\p{{Lu}}\p{{Ll}}+(?: \p{{Lu}}\p{{Ll}}+){{0,2}} and (?:Tool|Die|Supply|Machine|Engineering|Manufacturing|Electric|Power|Light|Steel|Wire|Rubber|Chemical|Gas|Trust|Loan))(?:,| (?:is|was|has|will|said|plans|announced)\b)|\b(?P<m>{NAME} (?:Airways|Airlines|Aerospace|Aircraft|Cement|Brothers|Pharmaceuticals|Therapeutics|Biosciences|Semiconductors?|Petroleum|Chemicals|Shoes|Footwear|Textiles|Garments|Apparel|Industries|Industry|Diagnostics|Motors|Extracts|Foods|Meats|Sausage|Railroad|Railway|Consortium|Vina|(?:Iron|Steel|Machinery|Innovation) Works|{trades}))\b|\b(?:[Oo]fficer|[Ee]xecutive|[Cc]hair(?:man|woman|person)?|[Pp]resident|[Hh]ead|[Dd]irector|CEO|C[FO]O) of the (?P<r>{NAME} Bank)\b|\b(?:CEO|C[FO]O|[Cc]hair(?:man|woman)|(?:[Mm]anaging|[Gg]eneral) [Dd]irector|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|(?:[Gg]lobal |[Ee]xecutive |[Vv]ice[- ])?[Pp]resident|[Ss]ubsidiary|affiliate|(?:co-)?owners?) of (?P<t>{NAME})\b|\b(?P<v>{NAME}),? which (?:signed|has signed|will|plans|pledged|promised|committed|announced|is investing|bought|acquired|took \d+ per ?cent)\b|\b(?P<n>{NAME}) and Company\b|\b(?P<p>{NAME} Company)\b|\b(?P<tk>{NAME}) \((?:NYSE|NASDAQ|Nasdaq|TSX|TSXV|TSX-V|ASX|LSE|JSE|TASE|AIM|SGX|HKEX|NSE|BSE)(?: American)?: ?[A-Z]|\baudit(?:ed)? (?:[a-z]+ )?by (?P<o>{NAME})\b|\b(?P<i>{NAME}), (?:the |its |a )?(?:\p{{Lu}}[\p{{L}}&-]+(?:’s|'s) )?(?:parent company|parent|subsidiary|owner)\b"
    ))
});

/// A [`NAME`] without a possessive inside: "New Albany's Intel’s Ohio One facility" is Intel's.
const OWNED: &str = r"\p{Lu}[\p{L}&-]+(?: [A-Z]\.)?(?: (?:& )?\p{Lu}[\p{L}&-]+){0,2}";

/// A company named as the owner of a plant, of another company or of an investment
/// ("Carrier’s parent company", "Foxconn's factory", "Fortescue’s Gladstone factory", "Steel &
/// Alloy’s new £27 million Popes Lane manufacturing site", "Calb's investment"), or with its
/// line of trade and a company word after it (`k`: "the Sagen pharma company", "the German
/// Kessler group", where "the Emirati company Pan African Agro Commodities" names the company
/// after the word), or in capitals after a nationality (`nat`: "the German CLAAS,"), found
/// apart so that it may overlap a match of [`COMPANY`].
static OWNER: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"\b(?P<j>{OWNED})(?:’s|'s) (?:parent company|parent|subsidiary|owner|(?:new )?(?:[$€£]\d[\d.,]*(?: (?:million|billion|m|bn))? )?(?:\p{{Lu}}\p{{Ll}}+ ){{0,2}}(?:[a-z]+ ){{0,2}}(?:plant|factory|facility|manufacturing site)|workers|employees|investment|(?:\d[\d,]* )?(?:new )?jobs(?:[.,;]| (?:won|will|would|are|were|have|had)\b))|\bthe (?P<k>{NAME}) (?:[a-z]+ )?(?:company|group)\b|\bthe \p{{Lu}}\p{{Ll}}+(?:an|ese|ish|ch|ss|i) (?P<nat>[A-Z]{{3,8}})(?:,| (?:will|has|plans|is|signed)\b)"
    ))
});

/// What follows a country's name used of its vote or its buyers: "US elections", "U.S.
/// northeast market".
static MARKET_OR_VOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ (?:[a-z]+ )?(?:markets?|elections?|presidential elections?|polls)\b")
        .expect("a valid pattern")
});

/// A member of parliament's constituency, which names no party: "MP for Washington and
/// Sunderland West".
static CONSTITUENCY: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(r"\b(?:MP|Member of Parliament) for (?P<c>{NAME}(?: and {NAME})?)"))
});

/// Every party in the text: known records first, then governments, then new names.
pub fn find(text: &str, known: &Known) -> Vec<Candidate> {
    let hay = Haystack::new(text);
    let mut out = Vec::new();
    let mut taken: Vec<(usize, usize)> = CONSTITUENCY
        .captures_iter(text)
        .filter_map(|caps| caps.name("c"))
        .map(|m| (m.start(), m.end()))
        .collect();
    for (records, kind) in [(&known.companies, Kind::Company), (&known.people, Kind::Person)] {
        for record in records {
            known_record(&hay, record, kind, &mut taken, &mut out);
        }
    }
    // Longest names first, so that "New Mexico" is not read as Mexico.
    let mut governments: Vec<&(&str, &str, Option<&str>)> =
        GOVERNMENTS.iter().chain(SUBDIVISIONS).collect();
    governments.sort_by_key(|(name, _, _)| std::cmp::Reverse(name.len()));
    let mut named: Vec<(usize, Option<&str>)> = Vec::new();
    for (name, government, code) in governments {
        for (start, end) in whole_words(&hay, name, false) {
            // "US $5 billion", "24.5 billion U.S. dollars", "51 US cents": the country names the
            // currency, not a party; "Mexico City" and "Kansas City" are cities.
            let after = &text[end..];
            // "GM South America", "North America": a continent is no party.
            let continent = *name == "America"
                && ["South", "North", "Latin", "Central"]
                    .iter()
                    .any(|w| text[..start].trim_end().ends_with(w));
            // "the Free State of Saxony": a German state's title, not South Africa's province.
            let title = *name == "Free State" && after.starts_with(" of ");
            // "fellow US giant Amazon", "Taiwan chipmaker TSMC": where a company comes from.
            // "the Michigan company’s third in Kentucky": a state's name before a company word
            // after an article says where that company comes from too.
            let article = ["the ", "a ", "an "].iter().any(|a| text[..start].ends_with(a));
            let origin =
                (code.is_some_and(|c| !c.contains('-')) || article) && ORIGIN.is_match(after);
            // "Lebanon, Indiana", "Wyoming, Minnesota": a town named after a government.
            let town = governments::town_of_state(text, start, end, *code);
            // "Fort Saskatchewan", "Lake Michigan": a town or a landmark named after one;
            // "Port-of-Spain", a city.
            let landmark = text[..start].strip_suffix(' ').is_some_and(|b| {
                TOWN_WORDS.iter().any(|w| {
                    b.ends_with(w) && !b[..b.len() - w.len()].ends_with(char::is_alphabetic)
                })
            }) || text[..start].ends_with("-of-")
                // "the Gulf of Guinea": a sea named after one.
                || text[..start].ends_with("Gulf of ")
                // "the two large sites in Jordan bay": a body of water or land named after one.
                || LANDMARK_AFTER.iter().any(|w| {
                    after.strip_prefix(' ').is_some_and(|a| {
                        a.get(..w.len()).is_some_and(|head| head.eq_ignore_ascii_case(w))
                            && !a[w.len()..].starts_with(char::is_alphanumeric)
                    })
                });
            // "Korea Aerospace Industries", "NVH Korea": the South's short name inside a
            // company's.
            let korean = *name == "Korea" && governments::inside_a_name(text, start, end);
            // "the US elections", "the U.S. northeast market": a country's vote or its buyers,
            // not its government.
            let vote_or_market = code.is_some_and(|c| !c.contains('-'))
                && MARKET_OR_VOTE.is_match(after.strip_prefix('.').unwrap_or(after));
            if overlaps(&taken, start, end)
                || origin
                || korean
                || vote_or_market
                || town
                || landmark
                || governments::personal(text, start, end)
                || governments::town_listed(text, start)
                || places::operations_listed(text, start)
                || governments::seat(text, name)
                || after.trim_start().starts_with('$')
                || after.trim_start_matches('.').starts_with(" dollar")
                || after.trim_start_matches('.').starts_with(" cents")
                || after.starts_with(" City")
                // "Washington County", "Texas County": a US county named after the capital or a
                // state.
                || (code.is_some_and(|c| c.starts_with("US")) && after.starts_with(" County"))
                || continent
                || title
            {
                continue;
            }
            taken.push((start, end));
            let (government, code) = if governments::washington_state(text, start, name) {
                (&"Washington", &Some("US-WA"))
            } else {
                (government, code)
            };
            // A government the database holds is proposed by its code, for `ref`.
            let held = code.filter(|code| known.governments.iter().any(|g| g.slug == *code));
            let (value, known, why) = match held {
                Some(code) => (
                    code.to_owned(),
                    true,
                    format!("`{name}` names the government of {government}, recorded as `{code}`"),
                ),
                None => {
                    // A new government needs its code: say it, for the reader to add.
                    let why = match code {
                        Some(code) => format!(
                            "`{name}` names the government of {government}, ISO 3166 code `{code}`"
                        ),
                        None => format!("`{name}` names the government of {government}"),
                    };
                    ((*government).to_owned(), false, why)
                }
            };
            out.push(Candidate { kind: Kind::Government, start, end, value, known, why });
            named.push((start, *code));
        }
    }
    regions(&hay, &mut taken, &mut out);
    stakes::stakes(text, &mut taken, &mut out);
    datelines(text, known, &mut taken, &mut out);
    adjectives(text, known, &mut taken, &mut out);
    referred(text, &named, &mut taken, &mut out);
    headings(text, &mut taken, &mut out);
    units(text, &mut taken, &mut out);
    legal_forms(text, &mut taken, &mut out);
    legal::arms(text, &mut taken, &mut out);
    joined::joined(text, &mut taken, &mut out);
    list_lines(text, &mut taken, &mut out);
    quoted::quoted(text, &mut taken, &mut out);
    renamed::renamed(text, &mut taken, &mut out);
    renamed::lenders(text, &mut taken, &mut out);
    // "Director of Samsung Vietnam Choi Joo Ho": people read before the roles count too.
    let mut people: HashSet<String> = out
        .iter()
        .filter(|c| c.kind == Kind::Person && !c.known)
        .map(|c| c.value.clone())
        .collect();
    let mut at = 0;
    while let Some(caps) = PERSON.captures_at(text, at) {
        let whole = caps.get(0).expect("a match has a whole span");
        let Some(m) = ["a", "b", "c", "d", "e", "f", "g", "h"].iter().find_map(|n| caps.name(n))
        else {
            break;
        };
        at = whole.end();
        // "said Premier David Eby": a speaker's first word that opens sentences or roles is
        // no given name, and the role is read from it.
        if (caps.name("e").is_some() || caps.name("h").is_some())
            && m.as_str().split(' ').next().is_some_and(|w| NOT_NAMES.contains(&w))
        {
            at = m.start();
            continue;
        }
        // "Hong Fu president TY Chang", "South African President Cyril Ramaphosa": a name
        // right after the role is the person; the words before it name where they serve.
        // "Faisal Hayat, then Estate Manager Gadoon Industrial Estate": not so a place's name.
        if caps.name("b").is_some()
            && !SPEECH.is_match(whole.as_str())
            && NAME_NEXT.is_match(&text[whole.end()..])
            && !placed_next(&text[whole.end()..])
        {
            at = m.end();
            continue;
        }
        // "the Investment Acceleration Task Force by President Joko Widodo": what the role's
        // holder made or met, no person; one who signs "on behalf of" a company is one.
        let after = text[m.end()..].trim_start_matches([',', ' ']);
        let linked = after.split(' ').next();
        if caps.name("b").is_some()
            && linked.is_some_and(|w| ["by", "to", "from", "with", "at", "in", "on"].contains(&w))
            && !after.starts_with("on behalf of")
        {
            at = m.end();
            continue;
        }
        // "Stephen Odell, CEO of Ford Europe": a name right after "of" is the role's
        // company, no person.
        let chief = ["CEO ", "CFO ", "COO ", "CTO ", "Chief Executive ", "chief executive "]
            .iter()
            .any(|r| whole.as_str().starts_with(r));
        if caps.name("a").is_some() && chief && text[whole.start()..m.start()].ends_with(" of ") {
            at = m.start();
            continue;
        }
        // "Emmanuel Macron's office": the person is Emmanuel Macron.
        let (begin, mut end) = (given_before(text, m.start()), m.end() - possessive(m.as_str()));
        let mut begin = given_after_company(text, begin, m.as_str());
        // "President Joe Biden Tuesday": a third word that opens sentences is not the name's.
        if let Some((head, last)) = text[begin..end].rsplit_once(' ')
            && head.contains(' ')
            && (NOT_NAMES.contains(&last) || MONTHS.contains(&last))
        {
            end = begin + head.len();
            // "(KPEZDMC), Saeed Ahmad Khan Friday said": the name the day cut short may open
            // one word earlier, after a comma.
            if caps.name("b").is_some() {
                begin = given_after_comma(text, begin);
            }
        } else if text[begin..end].split(' ').count() == 2 {
            // "director of the Neopark Mohamed Ali Gnaoua told": a given name that opens
            // compound names belongs to the name after it, whatever the role's words took.
            begin = compound_given_before(text, begin);
            // "Minister of Industry Khaled Battal Al-Najm": a role's tail of capitalized words
            // after "of" may take the given name too.
            if caps.name("a").is_some() {
                begin = given_in_role_tail(text, whole.start(), begin);
                begin = given_after_portfolio(text, whole.start(), begin);
            }
        } else if caps.name("b").is_some() && text[begin..end].split(' ').count() == 3 {
            // "KEMET Planta Victoria, José Octavio Olmedo Alcocer who announced": a name of
            // three words may have a fourth before it, after a comma.
            begin = given_after_comma(text, begin);
        }
        // "President Uhuru Kenyatta’s Big Four agenda": the possessive before a dropped word.
        let end = end - possessive(&text[begin..end]);
        let end = suffix_end(text, end);
        let end = if caps.name("a").is_some() && text[begin..end].split(' ').count() == 3 {
            surname_after(text, end)
        } else {
            end
        };
        // "Commodore Voreqe Bainimarama said": an honorific before a speaker's name of two
        // words or more is no word of it.
        if let Some((first, rest)) = text[begin..end].split_once(' ')
            && HONORIFICS.contains(&first)
            && rest.contains(char::is_whitespace)
        {
            begin += first.len() + 1;
        }
        let name = text[begin..end].split_whitespace().collect::<Vec<_>>().join(" ");
        let words = || name.split(' ');
        // "chief executive officer, GE Appliances": a company named where a person would be.
        let business = ["Services", "Systems", "Industries", "Plastics", "Appliances", "Motors"];
        if caps.name("a").is_some()
            && !overlaps(&taken, begin, end)
            && !words().any(|w| NOT_NAMES.contains(&w))
            && words().next_back().is_some_and(|w| business.contains(&w))
        {
            taken.push((begin, end));
            let why = format!("`{name}` is named as a business beside a role; a new company");
            let start = begin;
            out.push(Candidate { kind: Kind::Company, start, end, value: name, known: false, why });
            continue;
        }
        // "Danish Novo Nordisk said": a nationality before a name is no given name; right after
        // a role it is one ("Finance minister German Rojas").
        // "the minister, South Korean steel major POSCO": nor is a nationality of two words,
        // after a role or not.
        let national = caps.name("a").is_none()
            && words().next().is_some_and(|w| ADJECTIVES.iter().any(|(a, _)| *a == w))
            || name.contains(' ') && ADJECTIVES.iter().any(|(a, _)| name == *a);
        // "a factory being built in Kiryat Gat, says it": a place before a verb of speech.
        let placed = caps.name("b").is_some() && PLACE_WORD.is_match(&text[..begin]);
        // "director of the Escambia County Industrial Development Authority": the first words
        // of a public body's name, no person's.
        let body = text[end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split([' ', ',', '.']).next())
            .is_some_and(|w| {
                elsewhere::BODIES.contains(&w)
                    || ["Development", "Council", "District"].contains(&w)
            });
        if national || placed || body {
            continue;
        }
        if overlaps(&taken, begin, end)
            || surnames::spelled(&name).any(|w| {
                NOT_NAMES.contains(&w)
                    || INSTITUTIONS.contains(&w)
                    || UNIT_WORDS.contains(&w)
                    // "Director Cherat Packages Anwar Khan said": a line of trade is no name's.
                    || TRADES.contains(&w)
                    || TRADE_PLURALS.contains(&w)
                    // "Anhui Conch Cement said": nor a business word that ends a company's.
                    || BRANDS.contains(&w)
            })
            || words().next_back().is_some_and(|w| HEADLINE_VERBS.contains(&w))
            // "Governor Congratulates PepsiCo on": a headline's verb after a role opens no name.
            || words().next().is_some_and(|w| HEADLINE_VERBS.contains(&w))
            // "the Hub on Kooragang Island were announced": a place, no speaker.
            || words().next_back().is_some_and(|w| PUBLIC_ENDINGS.contains(&w))
            // "executive director of Erdenese Tsagaan Suvarga LLC G.Tsogt": a name with a
            // company's legal form after it is the company's.
            || LEGAL_AFTER.is_match(&text[end..])
        {
            // "Foxconn Chief Executive Terry Gou": a refused pair may hide a name after it.
            // "A spokesman for Queensland State Development Minister Tom Barton says the State
            // Government": a role's long tail may hide another role and its name inside it, so
            // the search goes on after the role's first word.
            let from = if caps.name("a").is_some() { whole } else { m };
            at = from.start() + from.as_str().find(char::is_whitespace).unwrap_or(from.len());
            continue;
        }
        people.insert(name.clone());
        taken.push((begin, end));
        let why = format!("`{name}` is named beside a role or as a speaker; a new person");
        let value = name;
        out.push(Candidate { kind: Kind::Person, start: begin, end, value, known: false, why });
    }
    appositives::appositives(text, &mut taken, &mut out);
    listed::listed(text, &mut taken, &mut out);
    fullnames::members(text, &mut taken, &mut out);
    fullnames::full_names(&hay, &mut taken, &mut out);
    surnames(&hay, known, &mut taken, &mut out);
    contexts(text, &mut taken, &mut out);
    based::based(text, &mut taken, &mut out);
    employers::employers(text, &mut taken, &mut out);
    examples::examples(text, &mut taken, &mut out);
    let agencies = agencies(text);
    let wrapped = super::wrapped(text);
    // "Last Friday, the Minnesota-based medical supply company St. Jude Medical": a day read
    // as a company's name before its description hides the name after it, read again from
    // the day's end.
    // "Abbott Vascular, a division of health care company Abbott Laboratories", "with
    // Turkish company Eroglu Moda", "Also, the Turkish textile company, Teklas": a description
    // that ends in the word for a company, with a name after it, is read again from that word,
    // as the name after it is a company of its own.
    let mut matches: Vec<_> = COMPANY.captures_iter(text).collect();
    let told: Vec<usize> = matches
        .iter()
        .filter_map(|caps| caps.name("l").filter(|l| told_day(l.as_str())).map(|l| l.end()))
        .collect();
    let described: Vec<usize> = matches
        .iter()
        .filter(|caps| ["e", "k", "l"].iter().any(|n| caps.name(n).is_some()))
        .filter_map(|caps| caps.get(0))
        .filter(|w| {
            let after = &text[w.end()..];
            let after = after.strip_prefix(", ").or(after.strip_prefix(' '));
            after.is_some_and(|r| r.starts_with(char::is_uppercase))
        })
        .filter_map(|w| w.as_str().rfind(' ').map(|at| w.start() + at + 1))
        .collect();
    // "Talga’s Strategic Funding Push\nTalga Group Ltd": a heading's words run into the
    // name on the next line, which is read again from that line's start.
    let headed: Vec<(usize, usize)> = matches
        .iter()
        .filter_map(|caps| caps.get(0))
        .map(|w| (after_break(text, w.start(), w.end(), |at| hard_break(text, at, wrapped)), w))
        .filter(|(at, w)| *at > w.start())
        .map(|(at, w)| (at, w.end()))
        .collect();
    matches.extend(told.into_iter().filter_map(|at| COMPANY.captures_at(text, at)));
    matches.extend(headed.into_iter().filter_map(|(at, end)| {
        COMPANY.captures_at(text, at).filter(|c| c.get(0).is_some_and(|w| w.start() < end))
    }));
    matches.extend(described.into_iter().filter_map(|at| {
        COMPANY.captures_at(text, at).filter(|c| c.get(0).is_some_and(|w| w.start() == at))
    }));
    for caps in matches.into_iter().chain(OWNER.captures_iter(text)) {
        let names = [
            "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q",
            "r", "s", "t", "u", "v", "w", "x", "y", "z", "sub", "nat", "tk",
        ];
        let Some(m) = names.iter().find_map(|n| caps.name(n)) else {
            continue;
        };
        // "Opportunities in South America\nThe Coca-Cola Company": a name runs over a line
        // break only in a text wrapped at a fixed width, and only where the line is nearly
        // full ("Talga’s Strategic Funding Push\nTalga Group": a heading ends its line).
        // A legal form after the name ("from Newmont\nMining Corp last year") tells a broken
        // line in any text, after a line of some length that is no heading.
        let formed_after = caps.name("a").is_some() && LEGAL_AFTER.is_match(&text[m.end()..]);
        let broken = |at: usize| {
            let line = text[..at].rsplit('\n').next().unwrap_or("");
            hard_break(text, at, wrapped)
                && !(formed_after && line.chars().count() >= 60 && !heading(text, at))
        };
        if m.as_str().match_indices('\n').any(|(at, _)| broken(m.start() + at)) {
            continue;
        }
        // "Smith, the company’s chief executive": a person set off by a role in the company.
        let whole = caps.get(0).expect("a match has a whole span");
        if caps.name("l").is_some() && text[whole.end()..].starts_with(['’', '\'']) {
            continue;
        }
        // A word with a capital inside ("SoftBank", "OneWeb") is a brand, unless it is a
        // surname's prefix ("McMahon", "DeSantis").
        if caps.name("f").is_some()
            && ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von"].iter().any(|p| {
                m.as_str().starts_with(p) && m.as_str()[p.len()..].starts_with(char::is_uppercase)
            })
        {
            continue;
        }
        if misread(text, &caps, m) {
            continue;
        }
        // "by Dec. 31", "by Lt. Gov. Mary Taylor": a month's or a title's abbreviation.
        if super::ABBREVIATIONS.contains(&m.as_str()) && text[m.end()..].starts_with('.') {
            continue;
        }
        // "On 30th Dec, the company received": a month's abbreviation after a day's ordinal.
        let ordinal = text[..m.start()].trim_end().rsplit(' ').next().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
        });
        if ordinal && super::ABBREVIATIONS.contains(&m.as_str()) {
            continue;
        }
        // "the Dhabeji SEZ": the word before the capitals is a nationality only if it is a
        // country's adjective.
        let adjective = |w: &str| ADJECTIVES.iter().any(|(a, _)| *a == w);
        if caps.name("nat").is_some()
            && !text[..m.start()].trim_end().rsplit(' ').next().is_some_and(adjective)
        {
            continue;
        }
        // "to make its AirTag tracking devices": a company's own product, not a company.
        if caps.name("f").is_some()
            && ["its ", "their "].iter().any(|p| text[..m.start()].ends_with(p))
        {
            continue;
        }
        // "Sacked employees will receive": a participle before the workers, no company.
        let participle = m.as_str().len() > 4
            && m.as_str().ends_with("ed")
            && m.as_str().chars().skip(1).all(char::is_lowercase);
        if caps.name("g").is_some() && participle {
            continue;
        }
        // "JAKARTA (TheInsiderStories) –": the outlet in brackets after a dateline's city.
        let line = text[..m.start()].rsplit('\n').next().unwrap_or("");
        let outlet = line.strip_suffix('(').is_some_and(|city| {
            let city = city.trim_end();
            !city.is_empty() && city.chars().all(|c| c.is_uppercase() || " ,.".contains(c))
        }) && text[m.end()..].starts_with(')');
        if outlet {
            continue;
        }
        // "MoUs", "PhDs": an abbreviation's plural, not a brand.
        if caps.name("f").is_some() && m.as_str().chars().count() < 5 {
            continue;
        }
        // "the southern city of Marseille will": a place, not a company; nor is a product, nor a
        // brand marked as one ("SpongeTowels®").
        if PLACE_BEFORE.is_match(&text[..m.start()])
            || text[m.end()..].starts_with(['®', '™'])
            || misread::product_before(text, &caps, m)
            || PRODUCT_AFTER.is_match(&text[m.end()..])
        {
            continue;
        }
        // "Alibaba’s CEO": the company is Alibaba; "Mexico City-based Cartograf": Cartograf.
        let (name, skipped) = match m.as_str().rsplit_once("-based ") {
            Some((place, name)) => (name, place.len() + "-based ".len()),
            None => (m.as_str(), 0),
        };
        // "the Navistar-owned International Truck and Engine Corp.": who owns or backs the
        // company is not its name.
        const HELD: [&str; 6] = ["-owned", "-backed", "-controlled", "-funded", "-run", "-led"];
        let (name, skipped) = match name.split_once(' ') {
            Some((first, rest))
                if HELD.iter().any(|h| first.len() > h.len() && first.ends_with(h))
                    && rest.starts_with(char::is_uppercase) =>
            {
                (rest, skipped + first.len() + 1)
            }
            _ => (name, skipped),
        };
        // "JAKARTA Taiwan's Foxconn": a dateline's city in capitals, opening the line, is not
        // the name's; a short word in capitals is a company's own ("DIET Tobacco Europe").
        let (name, skipped) = match name.split_once(' ') {
            Some((first, rest))
                if first.chars().count() >= 5
                    && first.chars().all(char::is_uppercase)
                    && text[..m.start() + skipped].ends_with(['\n'])
                    && rest.starts_with(char::is_uppercase) =>
            {
                (rest, skipped + first.len() + 1)
            }
            _ => (name, skipped),
        };
        // "the CEO of Inetum Mr Jacques Pommeraud": a courtesy title ends the company's name;
        // "representing Board Chairperson Mr. Zhang": a title before it is no company.
        let name = COURTESY
            .iter()
            .find_map(|t| {
                name.find(&format!(" {t} ")).or(name.strip_suffix(&format!(" {t}")).map(str::len))
            })
            .map_or(name, |at| &name[..at]);
        if caps.name("c").is_some()
            && text[..m.start()].ends_with("representing ")
            && name.split(' ').any(|w| NOT_NAMES.contains(&w))
        {
            continue;
        }
        // "Today Tesla said", "But Apple will": a word that opens sentences is not the name's.
        let (name, skipped) = match name.split_once(char::is_whitespace) {
            // After "of the", the first word is the name's: "the New Development Bank".
            Some((first, rest)) if legal::dropped_opener(first, rest, &caps) => {
                let rest = rest.trim_start();
                (rest, skipped + name.len() - rest.len())
            }
            _ => (name, skipped),
        };
        // "Electric Vehicle Manufacturer Lucid Group": in a headline in title case, the words
        // that describe a company before its name are not the name's ("Giant Eagle", whose
        // first word is one, keeps it).
        let describing =
            |i: usize| name[..i].rsplit_once(' ').is_some_and(|(_, w)| DESCRIBING.contains(&w));
        let (name, skipped) = match name.rmatch_indices(' ').find(|&(i, _)| describing(i)) {
            Some((i, _)) => (&name[i + 1..], skipped + i + 1),
            None => (name, skipped),
        };
        // "the German Kessler group": the nationality before a company word's name is no word
        // of it, and "the Arab investment group" names none. "the Cameroonian SOAP company
        // (SCS)": letters after the company word stand for a name that holds it.
        let kind = caps.name("k").is_some();
        if kind && (quoted::nationality(name) || text[whole.end()..].starts_with(" (")) {
            continue;
        }
        let (name, skipped) = match name.split_once(' ') {
            Some((first, rest))
                if kind && (quoted::nationality(first) || DESCRIBING.contains(&first)) =>
            {
                (rest, skipped + first.len() + 1)
            }
            _ => (name, skipped),
        };
        // "Canada’s Sherritt International Corp": a country's possessive before the name tells
        // where the company is from.
        let (name, skipped) = match name.split_once(char::is_whitespace) {
            Some((first, rest))
                if first
                    .strip_suffix("’s")
                    .or(first.strip_suffix("'s"))
                    .is_some_and(government) =>
            {
                let rest = rest.trim_start();
                (rest, skipped + name.len() - rest.len())
            }
            _ => (name, skipped),
        };
        // "Zimplats’ chief executive": a possessive of a name that ends in s is its apostrophe.
        let plural_possessive =
            name.strip_suffix('’').or(name.strip_suffix('\'')).filter(|r| r.ends_with('s'));
        let mut name = name
            .strip_suffix("’s")
            .or(name.strip_suffix("'s"))
            .or(plural_possessive)
            .unwrap_or(name);
        // "SoftBank Group Corp.", "Foxconn Technology Group", "Hyundai Motor Group": the name
        // before the company words ("United Technologies Corp." keeps its second word).
        let group = text[m.end()..].trim_start().starts_with("Group");
        let mut formed = false;
        while let Some((head, last)) = name.rsplit_once(' ')
            && (["Group", "Holdings"].contains(&last)
                || legal::is_abbreviated(last)
                || (group && ["Technology", "Technologies", "Motor", "Motors"].contains(&last)))
        {
            formed |= last != "Group";
            name = head;
        }
        // "Sai Thanh Real Estate Company": a name read at the pattern's limit before a legal
        // form or "Company" may have one more word before it.
        let full = caps.name("a").is_some() || caps.name("p").is_some();
        let (mut begin, mut end) = earlier::run_back(text, m.start() + skipped, name, full);
        // "Japan’s Panasonic Corp.", "County Durham’s Thomas Swan & Co": a place's possessive
        // before the name is not part of it (a family's is: "Shearer’s Foods").
        if let Some(at) = legal::after_possessive(&text[begin..end]) {
            begin += at;
        }
        // "Virginia MetalFab, founded in 2002": a state's name that opens a line or a sentence
        // before a brand's word is the brand's own.
        let state = caps.name("f").and_then(|_| {
            GOVERNMENTS.iter().chain(SUBDIVISIONS).find_map(|(g, _, _)| {
                let before = text[..begin].strip_suffix(' ')?.strip_suffix(g)?;
                let opens = before.is_empty() || before.ends_with(['\n', '“', '"']);
                let opens = opens || before.ends_with(". ");
                opens.then_some(g.len() + 1)
            })
        });
        begin -= state.unwrap_or(0);
        let stated = state.is_some();
        name = &text[begin..end];
        // "Dr Kazi said": a title before the name makes it a person's.
        let titled = text[..begin].strip_suffix(' ').is_some_and(|before| {
            let word = before.rsplit([' ', '\n']).next().unwrap_or("");
            HONORIFICS.contains(&word) || COURTESY.contains(&word.trim_end_matches('.'))
        });
        if titled {
            continue;
        }
        // "ARGI Financial Group LLC": after a generic business word, "Group" is the name's own.
        if name.rsplit(' ').next().is_some_and(|w| GENERIC.contains(&w))
            && text[end..].starts_with(" Group")
        {
            end += " Group".len();
            name = &text[begin..end];
        }
        // "Thai Summit Kentucky (TSK), a leading ... company": a company whose name ends in a
        // place; the place inside it is no party of its own.
        // "Qatar Airways": a country's name with a business word is the company's own.
        // "China Harbour Engineering Company": so is one of three words or more before "Company".
        // "Canada Goose Holdings Inc.": so is a name of two words or more before a legal form,
        // and one of four words or more with its letters after it after "the group".
        // "Odisha Industries Minister": a government's portfolio, no brand.
        let portfolio = ["Minister", "Ministry", "Department", "Secretary"]
            .iter()
            .any(|w| text[end..].strip_prefix(' ').is_some_and(|a| a.starts_with(w)));
        // "South Dakota Soybean Processors, LLC": a state's name with more words before a legal
        // form is the company's own, unless the words name a public body ("Nova Scotia Business
        // Inc.", "Rhode Island Commerce Corp.").
        let legally = formed_after
            && !governments::government(name)
            && !name.split(' ').any(|w| PUBLIC_BODY_WORDS.contains(&w));
        let branded = name.rsplit(' ').next().is_some_and(|w| BRANDS.contains(&w)) && !portfolio
            || ((formed || legally) && name.contains(' '))
            || stated
            || (caps.name("p").is_some() && name.split(' ').count() >= 4)
            // "Iowa Fertilizer Company": a state's name and a trade's word before "Company", not
            // a headline's description ("China Based Company", "US Automotive Company").
            || (caps.name("p").is_some()
                && name.split(' ').count() == 3
                && !name.split(' ').next().is_some_and(|w| w.chars().all(|c| c.is_uppercase()))
                && !name.split(' ').any(|w| PUBLIC_BODY_WORDS.contains(&w) || w == "Based"))
            || caps.name("s").is_some()
            || caps.name("u").is_some();
        let ends_in_place = branded
            || ["a", "c", "e", "l", "p"].iter().any(|n| caps.name(n).is_some())
                && name.contains(' ')
                && !GOVERNMENTS
                    .iter()
                    .chain(SUBDIVISIONS)
                    .any(|(g, _, _)| name == *g || name.starts_with(&format!("{g} ")));
        if ends_in_place {
            let inside = |c: &Candidate| {
                c.kind == Kind::Government
                    && begin <= c.start
                    && c.end <= end
                    && (branded || c.start > begin)
            };
            spans::free(&mut taken, &mut out, inside);
        }
        let place = PUBLIC_ENDINGS.iter().any(|w| name.ends_with(&format!(" {w}"))) || town(name);
        // "Chatham Economic Development Corporation": an agency of a county or state.
        // A bank that lends or invests is a party ("the New Development Bank"), unless it is a
        // country's own ("the Reserve Bank of India").
        let bank = caps.name("r").is_some();
        if bank && text[end..].starts_with(" of ") {
            continue;
        }
        let agency = !bank
            && name.split(' ').any(|w| ["Economic", "Development", "Infrastructure"].contains(&w));
        // "The Chief Minister said": a title, every word of which opens sentences.
        // "Foreign Company Invests": a headline's words for a company, no name.
        let title = name.split(' ').all(|w| {
            NOT_NAMES.contains(&w)
                || DESCRIPTIVE.contains(&w)
                || KINDS_OF_TRADE.contains(&w)
                || w == "Company"
        });
        // "The site in Alzey will employ", "the plant in Košice, the carmaker wrote": a place.
        let placed = (caps.name("d").is_some() || caps.name("l").is_some())
            && PLACE_WORD.is_match(&text[..begin])
            // "UPM Paso de los Toros will": the end of a longer name after its particle.
            || PARTICLE_BEFORE.is_match(&text[..begin])
            // "projects in Ankara, Istanbul, Bursa and Adana will": the last of a list of places.
            || places::last_of_places(text, begin);
        // "a Chinese-owned company": where its owners come from, no name; "Danish Novo
        // Nordisk said": the listed company without its nationality, read below.
        let origin = ORIGIN_SUFFIXES.iter().any(|s| name.ends_with(s))
            || ADJECTIVES.iter().any(|(a, _)| *a == name)
            || ADJECTIVES.iter().any(|(a, _)| {
                // "the South Korean Samsung Electronics": an adjective of two words too.
                name.strip_prefix(a).and_then(|r| r.strip_prefix(' ')).is_some_and(is_famous)
            });
        if overlaps(&taken, begin, end)
            || place
            || origin
            || agency
            || agencies.contains(&name)
            || title
            || placed
            || NOT_NAMES.contains(&name)
            || INSTITUTIONS.contains(&name)
            || MONTHS.contains(&name)
            // "Thirty-seven jobs are to be created": a number in words.
            || crate::draft::amounts::spelled_value(name).is_some()
            || placed_in(text, name)
            || common_noun(&hay, name)
            || (people.iter().any(|p| p.split(' ').any(|w| name.split(' ').any(|n| n == w)))
                // "Koç Holding" beside "Ali Koç", "Adani Group" beside "Gautam Adani": a company
                // word makes it the company.
                && !name.rsplit(' ').next().is_some_and(|w| INSTITUTIONS.contains(&w))
                // "Japanese firm Tamiya" beside "Shunsaku Tamiya": so does a word of trade
                // before it.
                && caps.name("c").is_none()
                && caps.name("a").is_none())
            // "Toray BSF Korea CEO": a unit named for its country before its head is a company.
            || (!ends_in_place
                && caps.name("b").is_none_or(|_| !name.contains(' '))
                && GOVERNMENTS.iter().chain(SUBDIVISIONS).any(|(g, _, _)| has_place(name, g)))
        {
            continue;
        }
        taken.push((begin, end));
        let why = format!("`{name}` is spoken of as a company; a new company");
        let value = name.to_owned();
        out.push(Candidate { kind: Kind::Company, start: begin, end, value, known: false, why });
    }
    lists(text, &mut taken, &mut out);
    famous(text, &mut taken, &mut out);
    parents(text, &mut out);
    pairs(&hay, &mut taken, &mut out);
    elsewhere(&hay, &mut taken, &mut out);
    partners(text, &mut taken, &mut out);
    slashed::slashed(text, &mut taken, &mut out);
    acronyms::acronyms(text, &mut taken, &mut out);
    // "Rangs\nProperties Limited": a name broken over a line is the one name on one line.
    for c in out.iter_mut().filter(|c| !c.known && c.value.contains(['\n', '\r', '\t'])) {
        c.value = c.value.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    full_names(text, &mut out);
    spellings::spellings(&mut out);
    trims::trims(text, &mut out);
    brands::brands(text, &mut out);
    one_kind(text, &mut out);
    known::someone_else(text, &mut out);
    // "back In July to set up": a month read by any reading is no company or person, nor is a
    // day told from the article's ("Last Friday, the Minnesota-based company ..."), nor a
    // government's programme ("The 2014 IAP wants to create", the Industrial Acceleration
    // Plan), nor are a country's people ("employment for Zambians"), its adjective ("a joint
    // venture with Nepali cement manufacturer Shivam Cement") or a currency's name ("24
    // billion Reais").
    out.retain(|c| {
        let value = c.value.as_str();
        c.kind == Kind::Government
            || c.known
            || !(MONTHS.contains(&value)
                || told_day(value)
                || c.kind == Kind::Company && programme(value)
                || governments::people_of(value)
                || ADJECTIVES.iter().any(|(a, _)| *a == value)
                || crate::draft::amounts::currency_named(value))
    });
    out
}

/// Where a name of three words after a role ends when a fourth word follows it that the text
/// speaks of the person by alone: "minister Nand Gopal Gupta Nandi said ... Nandi said".
fn surname_after(text: &str, end: usize) -> usize {
    let Some(rest) = text[end..].strip_prefix(' ') else { return end };
    let word = rest.split([' ', ',', '.', ';', ':']).next().unwrap_or("");
    let named = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && word.chars().count() > 2;
    let alone = format!("{word} said");
    if named && text[end + 1 + word.len()..].contains(&alone) { end + 1 + word.len() } else { end }
}

/// Whether `value` names a programme or a policy by its last word ([`PROGRAMMES`]):
/// "Industrial Acceleration Plan", or by an incentive it holds ("Incentive System").
fn programme(value: &str) -> bool {
    value.contains(' ')
        && (value.rsplit(' ').next().is_some_and(|w| PROGRAMMES.contains(&w))
            || value.split(' ').any(|w| ["Incentive", "Incentives"].contains(&w)))
}

/// Where the words of `text[start..end]` after its last line break that ends a heading begin,
/// or `start` when it has none ("Talga’s Strategic Funding Push\nTalga Group Ltd": the name
/// is "Talga Group").
fn after_heading(text: &str, start: usize, end: usize) -> usize {
    after_break(text, start, end, |at| heading(text, at))
}

/// Where the words of `text[start..end]` after its last line break that `ends` begin, or
/// `start` when it has none.
fn after_break(text: &str, start: usize, end: usize, ends: impl Fn(usize) -> bool) -> usize {
    text[start..end]
        .match_indices('\n')
        .map(|(at, _)| start + at)
        .rfind(|&at| ends(at))
        .map_or(start, |at| at + 1)
}

/// Whether the line break at `at` ends a line no name runs on from: any break in a text not
/// wrapped at a fixed width, and one after a line far from full or a heading.
fn hard_break(text: &str, at: usize, width: Option<usize>) -> bool {
    heading(text, at) || !width.is_some_and(|width| super::soft_break(text, at, width))
}

/// Whether the line that ends at `at` is a heading.
fn heading(text: &str, at: usize) -> bool {
    super::heading(text[..at].rsplit('\n').next().unwrap_or(""))
}

/// Whether `value` is a day or month told from the article's: "Last Friday", "Next March".
fn told_day(value: &str) -> bool {
    match value.split_once(' ') {
        Some((first, day)) => {
            ["Last", "Next", "This", "Past"].contains(&first)
                && (crate::draft::WEEKDAYS.contains(&day) || MONTHS.contains(&day))
        }
        None => false,
    }
}

#[cfg(test)]
mod classes_tests;
#[cfg(test)]
mod famous_tests;
#[cfg(test)]
mod kinds_tests;
#[cfg(test)]
mod names_tests;
#[cfg(test)]
mod regions_tests;
#[cfg(test)]
mod roles_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod trims_tests;
#[cfg(test)]
mod words_tests;

/// Where a name of two words starts when one more capitalized word stands between it and a
/// company's legal form: "KIA Motors Corporation Ho Sung Song expressed" is Ho Sung Song.
fn given_after_company(text: &str, begin: usize, name: &str) -> usize {
    if name.split(' ').count() != 2 {
        return begin;
    }
    let Some((head, given)) = word_before(text, begin) else { return begin };
    let formed = head.rsplit(' ').next().is_some_and(|w| w == "Company" || legal::is_legal_form(w));
    if name_word(given) && formed { head.len() + 1 } else { begin }
}

/// The text before the word that ends just before `begin` and a space, and that word.
fn word_before(text: &str, begin: usize) -> Option<(&str, &str)> {
    text[..begin].strip_suffix(' ').and_then(|t| t.rsplit_once(' '))
}

/// Whether a word reads as a given name: a capital, then small letters, and no word that
/// opens sentences or names an institution ("Ho", "Saeed", "José").
fn name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().count() > 1
        && word.chars().skip(1).all(char::is_lowercase)
        && !NOT_NAMES.contains(&word)
        && !INSTITUTIONS.contains(&word)
}

/// Whether a name of one word is where something stands elsewhere in the text: after a word
/// of placing and "in", before a comma or a full stop. "laid down in Zrenjanin, jobs for 1,200
/// people" makes "Zrenjanin will be on every road" a town's, no company's; "an investor in
/// Canoo," is no place. A town's mayor names it a town too: "Lafayette Mayor Tony Roswarski" makes
/// "Lafayette will provide a 10-year tax abatement" the town's.
fn placed_in(text: &str, name: &str) -> bool {
    const PLACING: &[&str] = &[
        "down",
        "located",
        "based",
        "built",
        "held",
        "opened",
        "plant",
        "factory",
        "facility",
        "site",
        "ceremony",
        "headquartered",
    ];
    if name.contains(' ') {
        return false;
    }
    if text.contains(&format!("{name} Mayor ")) || text.contains(&format!("Mayor of {name}")) {
        return true;
    }
    let needle = format!(" in {name}");
    text.match_indices(&needle).any(|(at, _)| {
        let after = text[at + needle.len()..].chars().next();
        let before = text[..at].rsplit(' ').next().unwrap_or_default();
        matches!(after, Some(',' | '.')) && PLACING.contains(&before)
    })
}

/// Whether a name of one word is a common noun that opens sentences: the text writes it in
/// lower case too, and capitalized only where a sentence opens ("Funds will be awarded" beside
/// "These funds will invest").
fn common_noun(hay: &Haystack, name: &str) -> bool {
    let text = hay.text;
    let lower = name.to_lowercase();
    if name.contains(' ') || lower == name || whole_words(hay, &lower, false).is_empty() {
        return false;
    }
    whole_words(hay, name, false).iter().all(|&(start, _)| {
        let before = text[..start].trim_end_matches([' ', '\t', '“', '"', '‘', '\'']);
        before.is_empty() || before.ends_with(['\n', '.', '!', '?', ':'])
    })
}

/// Whether the capitalized words that open `after` end in a place's word: " Gadoon Industrial
/// Estate, for his efforts".
fn placed_next(after: &str) -> bool {
    let words = after.split_whitespace().take_while(|w| w.starts_with(char::is_uppercase));
    let last = words.take(5).last().unwrap_or_default();
    PUBLIC_ENDINGS.contains(&last.trim_end_matches([',', '.', ';']))
}

/// Given names that open a compound given name ("Mohamed Ali", "Abdul Karim", "Moulay Hafid").
const COMPOUND_GIVEN: &[&str] = &[
    "Mohamed", "Mohammed", "Muhammad", "Mohammad", "Muhammed", "Ahmed", "Ahmad", "Abdul", "Abdel",
    "Moulay", "Sidi", "Lalla",
];

/// Where a name starts when a given name of [`COMPOUND_GIVEN`] stands right before it.
fn compound_given_before(text: &str, begin: usize) -> usize {
    let Some((head, given)) = word_before(text, begin) else { return begin };
    if COMPOUND_GIVEN.contains(&given) { head.len() + 1 } else { begin }
}

/// Where a name of two words with an Arabic surname starts when the tail of its role, after
/// "of" or "for", ends in a given name rather than a word of a portfolio's or a body's name
/// ([`PORTFOLIOS`], [`INSTITUTIONS`]) or a government's: "Minister of Industry Khaled Battal
/// Al-Najm", "Chairman of the SCZone General Authority Waleid Gamal El-Dein", but "Minister of
/// Finance Ken Ofori-Atta".
fn given_in_role_tail(text: &str, role: usize, begin: usize) -> usize {
    let Some((head, given)) = word_before(text, begin) else { return begin };
    let tail =
        head.len() > role && [" of ", " for "].iter().any(|w| text[role..head.len()].contains(w));
    let public = public_word(given);
    // Only before an Arabic surname with its article, whose given names come in threes: a
    // tail's last word is too often a body's own ("Director of the Neopark Mohamed Ali").
    let arabic = ["Al-", "El-", "al-", "el-"]
        .iter()
        .any(|a| text[begin..].split(' ').nth(1).is_some_and(|w| w.starts_with(a)));
    // So before a Vietnamese name, its family name first and its syllables short: "Chairman of
    // the provincial People’s Committee Le Anh Duong".
    let syllables = text[begin..].split(' ').take(2).all(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
        (2..=6).contains(&w.chars().count())
    });
    let vietnamese = VIETNAMESE_FAMILY_NAMES.contains(&given) && syllables;
    if tail && (arabic || vietnamese) && name_word(given) && !public {
        head.len() + 1
    } else {
        begin
    }
}

/// The family names most Vietnamese bear, written before the given names: "Le Quang Long".
const VIETNAMESE_FAMILY_NAMES: &[&str] = &[
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do",
    "Ho", "Ngo", "Duong", "Ly", "Dinh", "Trinh",
];

/// Whether a word of a role's tail names a portfolio ([`PORTFOLIOS`]) or a government, not a
/// person.
fn public_word(word: &str) -> bool {
    PORTFOLIOS.contains(&word) || governments::government(word)
}

/// Where a name of two words starts when the role's tail is one word of a portfolio right after
/// "of" or "for", and one more name word stands between it and the name: "Minister of Industry
/// Agus Gumiwang Kartasasmita" is Agus Gumiwang Kartasasmita. A portfolio after "and" may open
/// a body's own name ("Minister for Planning and Public Spaces Paul Scully").
fn given_after_portfolio(text: &str, role: usize, begin: usize) -> usize {
    let Some((head, given)) = word_before(text, begin) else { return begin };
    let Some((rest, portfolio)) = word_before(text, head.len() + 1) else { return begin };
    let linked = [" of", " for"].iter().any(|w| rest.ends_with(w));
    let named = name_word(given) && !public_word(given);
    if rest.len() > role && linked && PORTFOLIOS.contains(&portfolio) && named {
        head.len() + 1
    } else {
        begin
    }
}

/// Where a name starts when one more capitalized name word stands before it right after a
/// comma: ", Saeed Ahmad Khan Friday said".
fn given_after_comma(text: &str, begin: usize) -> usize {
    let Some((head, given)) = word_before(text, begin) else { return begin };
    if name_word(given) && head.ends_with(',') { head.len() + 1 } else { begin }
}
