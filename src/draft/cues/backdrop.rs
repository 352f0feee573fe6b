//! Sentences that carry a pledge's words but tell its backdrop: how a governor counts his
//! announcements ("This is the second economic development project Kemp has announced this week"),
//! what the money will go to with no sum, a company described, the sites it looked at, the bet or
//! the gap a plant fills or what it lets a country go on to be, the largest investment with no sum,
//! the sectors unnamed companies will invest in, the environment a policy will create, a government
//! ready to issue licences, the share of output to be exported, a country's boom, a deal as a good
//! example, a stake owned in percent, incentives in line with others', a leader welcoming an
//! investment, a government removing barriers, the position a rule creates, who affirmed the news;
//! and a plant that the news leaves as it was ("which will not be affected by the decision"); talks
//! agreed on; a government's tally over a span of time; what it changes in what investors pay;
//! a place's rank in what it produces; a decision or an investment told as part of a programme,
//! where the news was announced, and help to job creation with no figure.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use crate::draft::spaced;

/// What is backdrop when the sentence has no figure at all.
static UNCOUNTED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r#"(?i)\b(?:(?:investment|money|funds|funding) will (?:focus on|go toward|go towards)|(?:looking at|looked at|considered|considering|evaluated|evaluating) (?:a |an |the |several |many |multiple |different |a handful of (?:different )?)?(?:locations?|sites?|spots?)|(?:investments?|funding|plans?|projects?|deals?) (?:is|are|was|were) part of (?:a|an|the) ["“]?(?:big|bold|broader|larger|wider|national)? ?["“]?(?:bet|strategy|effort|push|vision|drive|campaign)|(?:plant|facility|factory|investment|project|deal) (?:will|would) (?:fill (?:a|the) gap|help ensure|help the (?:country|province|state|region|nation)|(?:allow|enable) (?:[A-Z][a-z]+|the (?:country|province|state|region|nation)) to (?:continue|remain|grow|become|strengthen|compete))|(?:companies|firms|investors|businesses) will invest in\b[^.\n]*\b(?:industry|industries|sectors?|processing|centres|centers)|create (?:an? |the )?(?:[a-z]+ )?(?:environment|climate|atmosphere|ecosystem) (?:conducive|for|that|where|in which)|commitment (?:with|to) (?:this and |each and )?(?:all|every) (?:the )?(?:companies|company|investors?|businesses)|(?:is|are) (?:well[- ])?(?:prepared|ready) to (?:issue|grant|provide|offer) (?:[a-z]+ )?(?:licen[cs]es|permits|approvals)|(?:is|was) an? (?:good|great|prime|perfect|fine|excellent|shining) example of|in line with (?:those|what is|what was|the incentives|incentives) (?:available|offered|given)|(?:will not|won't) be (?:affected|impacted) by (?:the|this|that) (?:decision|move|announcement|closure|cut|change)|(?:welcome[sd]?|applaud(?:s|ed)?|hail(?:s|ed)?) (?:[A-Z][\w-]*(?:'s|’s) |the |this |their |its )?(?:planned |new |latest |foreign (?:direct )?)?(?:investment|commitment|decision|pledge|announcement)|(?:government|authorities|state|ministry) (?:intends?|intended|plans?|planned|aims?|is committed) to (?:remove|reduce|cut|ease|eliminate|lower) (?:any |all |the )?(?:[a-z]+ )?(?:barriers|obstacles|red tape|bureaucracy)|create (?:an?|the) (?:[a-z-]+ )?(?:position|situation|impression|perception)|agreed to (?:start|begin|open|hold|launch|continue) (?:[a-z]+ )?(?:discussions|talks|negotiations|consultations|dialogue)|(?:facilitate|boost|promote|spur|encourage) (?:job creation|employment))\b"#,
    )
});

/// What is backdrop when the sentence names no sum of money and no count of jobs.
static UNPRICED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\bdemand (?:is|was) expected to (?:grow|rise|increase|expand)\b|\b(?:decision|move|announcement) comes as\b|^\W*(?:this|it|that) is the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest) (?:[a-z-]+ ){0,4}(?:project|announcement|investment|expansion|deal)s? (?:[A-Za-z.]+ ){0,3}(?:has|have|had) (?:announced|celebrated|secured|landed)\b|\bdescrib(?:ed|es|ing) (?:the company|the firm|it|itself|the business|the group) as\b|\b(?:is|was|be) the (?:single )?(?:largest|biggest) (?:single )?(?:private )?(?:investment|project|deal)\b|\bexport (?:more than |over |about |around |up to |at least )?\d+(?:\.\d+)? ?(?:%|percent|per cent) of\b|\b(?:will own|owns|to own) \d+(?:\.\d+)? ?(?:%|percent|per cent) of\b|^\W*The (?:news|announcement|information|decision) was (?:affirmed|confirmed|announced|reported|made public) (?:on|by|in|at)\b|\bcreate (?:the )?(?:[a-z]+ )?conditions for\b|\b(?:best|ideal|perfect|right|most attractive|preferred) (?:[a-z]+ ){0,3}?(?:place|region|destination|location|state|country|city|province)s? (?:in [^.\n]{0,40}? )?to (?:invest|do business)\b|\b(?:given|giving|gives|give) priority (?:in|to)\b|\b(?:investments?|funding|plans?|projects?|deals?|decision|grant|assistance|aid|support|subsid(?:y|ies)) (?:is|are|was|were) (?:also )?part of (?:a|an|the) [^.\n]*?\b(?:program|programme|call|initiative|scheme|effort|efforts|push|drive)\b|\bpart of (?:an|the) (?:[a-z-]+ )?effort by the (?:[A-Z][a-z]+ )?government\b|^\W*it was announced at the\b",
    )
});

/// What is backdrop whatever figures the sentence holds: a country's boom, in the sentence's
/// main clause ("South Africa is currently going through a construction boom, with major
/// projects such as the government’s R410-billion ... upgrade").
static BOOM: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)^[^,\n]*\b(?:is|are) (?:currently |now )?(?:going through|experiencing|enjoying|in the midst of) an? (?:[a-z]+ )?boom\b",
    )
});

/// What is backdrop whatever figures the sentence holds: a tally of what a government or its
/// agency drew in over a leader's time in office ("during his Administration, the State has
/// captured"), a total set beside another ("This was 4.4% higher than the RM142.6 billion"),
/// the projects an agency has secured ("has secured 126 projects"), what was approved in the
/// first months of a year or in all of one, an industry's total investment or the jobs an
/// industry created ("The automotive industry, alone, created 116,611 jobs"), what exports
/// generated for the economy, what investors at large spent, a programme's running count of
/// companies or projects ("This brings the number of factories ... to 103", "In total 231
/// projects are supported"), the jobs a closure may cost
/// elsewhere ("The knock-on effect could be", "other jobs going too"), a figure set as a multiple of
/// another ("The figure was over three times the Rp 5 trillion set by the BKPM"), a plant that
/// "joins the 61 projects" a state drew in, the tax revenue jobs could bring, and a company's
/// debts.
static TALLY: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:prevent|replac|substitut)(?:e|es|ed|ing|s)? (?:[a-z$\d.,]+ ){0,3}imports\b|\bspends? [^.\n]{0,20}? on importing\b|\bto the reduction of (?:the )?(?:foreign )?trade deficit\b|\b(?:have|has) a (?:combined )?share of (?:about |around |some |nearly )?\d+ ?(?:pct|%|percent|per cent) (?:in|of) the (?:global|world|domestic|national)\b|\b(?:its|their|the industry's|the sector's) (?:production|output) value (?:rose|grew|increased|reached|climbed|stood)\b|\bduring (?:the current|his|her|the present) (?:administration|term|tenure)\b|^\W*(?:this|that|it|the (?:figure|total|amount)) (?:was|is) (?:up )?\d+(?:\.\d+)? ?(?:%|percent|per cent) (?:higher|lower|more|less|above|below|up|down)\b|\b(?:has|have|had) secured (?:a total of )?\d[\d,]* (?:[a-z-]+ )?(?:projects|applications)\b|\b(?:attracted|drew|raked in|lured) (?:more than |nearly |almost |about |over |some )?(?:US\$|\$)?\d[\d.,]* ?(?:million|billion|bn|mn)? ?(?:USD|US dollars|dollars)? (?:in|of|worth of) (?:foreign direct investment|FDI|foreign investment)|\battracted \d[\d,]* (?:[A-Za-z-]+ )?projects\b|\bcontributed [^\n]{0,60}? to the (?:state |national |provincial )?budget\b|\b(?:in all of (?:19|20)\d\d|for the first (?:[a-z]+ )?(?:months|quarter|half) of (?:19|20)\d\d)\b[^.\n]{0,120}?\b(?:approved|registered|recorded|attracted|signed)\b|\b(?:total|overall|cumulative|average growth of) investments? in the (?:[a-z]+ )?(?:industry|sector)\b|\binvolv(?:e|es|ed|ing) (?:a total of )?(?:\d{1,3},\d{3}|\d{4,}) (?:[a-z-]+ )?projects\b|^\W*(?:(?:in|between|from) [^,\n]+?, )?(?:total |the )?(?:[a-z]+ )?(?:industries|industry|sector)\b[^.\n]*?\b(?:created|generated|recorded)\b|\b(?:brings?|brought|raises?|raised|increased|increases|has risen|rose|reached) (?:the (?:total )?number of|to) (?:[a-z-]+ ){0,3}(?:companies|firms|enterprises|projects|investors|factories|beneficiaries|businesses|residents|locators|tenants|investments)\b|\bthe (?:total )?number of (?:[a-z-]+ ){0,3}(?:companies|firms|enterprises|projects|investors|factories|beneficiaries|businesses|residents|locators|tenants|investments)\b[^.\n]*?\b(?:has|have) (?:risen|increased|reached|grown|climbed)\b|^\W*in total,? \d[\d,]* (?:[a-z-]+ ){0,2}(?:projects|companies|enterprises|people|beneficiaries)\b|\b(?:knock-on|ripple|spillover) effects?\b|\b(?:other|more) jobs (?:going|lost|at risk)\b|\bgenerated (?:more than |over |about |nearly )?[^.\n]*? for the (?:economy|country|state)\b|\b(?:foreign|local|domestic) (?:and (?:foreign|local|domestic) )?investors (?:spent|invested|poured)\b|^\W*(?:this|that|it|the (?:[a-z]+ )?(?:figure|total|amount|value))(?: [a-z]+)? (?:was|is) (?:over |more than |nearly |about |almost )?(?:twice|double|triple|[a-z]+ times) the\b|\bjoins the \d[\d,]* (?:projects|companies|investments)\b|\bin (?:state |local |federal )?(?:income )?tax revenues?\b|\b(?:had|has) (?:a )?debts? (?:with|of|to)\b",
    )
});

/// What is backdrop whatever figures the sentence holds: a place's rank in what it produces
/// ("was ranked ninth in the nation in soybean production", "was the nation’s top soybean
/// producing county", "is the country's only producer"), a company's standing or fleet told
/// in its own sentence ("Medlog is among the world’s leading logistics service companies",
/// "SkyWest has a fleet of 346 aircraft"), and what a company holds already "with a cumulative
/// investment of".
static RANKED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:is|was|are|were|has been|have been) (?:ranked|rated) (?:[a-z]+ )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|No\. ?\d+|\d+(?:st|nd|rd|th)) (?:in|among|nationally)\b|\b(?:is|was) the (?:nation|country|world|state)(?:[’']s|[’']) (?:top|largest|leading|biggest|only) (?:[a-z-]+ ){0,3}(?:producers?|producing|exporters?|growers?)\b|^\W*[A-Z][A-Za-z0-9&.’' -]*? (?:is|are) (?:one of|among) the (?:world|country|nation|region|globe)(?:[’']s|[’']) (?:leading|largest|biggest|top)\b|^\W*[A-Z][A-Za-z0-9&.’' -]*? (?:has|operates) a fleet of\b|\bwith (?:a|an|its|their) cumulative (?:investment|capital) of\b",
    )
});

/// What is backdrop whatever figures the sentence holds: a government changing what investors
/// pay ("the government cut the authorization deposit paid by investors to CFA25 million").
static POLICY: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:government|ministry|authorities|state|parliament|council) (?:has |had |will |would )?(?:cut|cuts|reduced|reduces|lowered|lowers|raised|raises|increased|increases|scrapped|abolished|waived) (?:the |its |a )?(?:[a-z-]+ ){0,2}(?:deposits?|fees?|tax|taxes|tariffs?|duty|duties|levy|levies|royalty|royalties)\b",
    )
});

/// A sum of money or a count of jobs: what a pledge is measured in.
static PRICED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)[$€£¥₹]|\b(?:US|C|A)\$|\b(?-i:[A-Z]{3}) ?\d|\d(?:[\d,.]*\d)?(?:-| )?(?:thousand|million|billion|trillion|crore|lakh|bn|mn|mln|m\b|b\b)|\b(?:million|billion)\b|\d(?:[\d,.]*\d)? (?:new |more |direct |additional |full-time )*(?:jobs|positions|workers|employees|people|persons|roles)\b",
    )
});

/// The patterns to compile ahead of the sentences (see [`super::patterns`]).
pub(super) fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![&UNCOUNTED, &UNPRICED, &BOOM, &RANKED, &TALLY, &POLICY, &PRICED]
}

/// Whether a sentence tells a pledge's backdrop, as the module says, rather than a pledge.
pub(in crate::draft) fn backdrop(sentence: &str) -> bool {
    let figure = sentence.contains(|c: char| c.is_ascii_digit());
    // "This figure is the largest investment in the Turkish automotive industry": a sum told
    // by reference is the pledge's own.
    static REFERRED: LazyLock<Regex> =
        LazyLock::new(|| spaced(r"(?i)\b(?:this|that|the) (?:figure|amount|sum)\b"));
    (!figure && UNCOUNTED.is_match(sentence))
        || (!PRICED.is_match(sentence)
            && !REFERRED.is_match(sentence)
            && UNPRICED.is_match(sentence))
        || BOOM.is_match(sentence)
        || RANKED.is_match(sentence)
        || TALLY.is_match(sentence)
        || POLICY.is_match(sentence)
}

/// Whether the status word at `at` says that something stays as it was: "will not be
/// affected by the decision", "will not change".
pub(super) fn unchanged(sentence: &str, at: usize) -> bool {
    static SAME: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"(?i)^(?:will not|won't) (?:be (?:affected|impacted|changed)|change|alter|dampen|diminish|deter|weaken)\b",
        )
    });
    SAME.is_match(&sentence[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backdrop_is_no_pledge() {
        for sentence in [
            "This is the second economic development project Kemp has announced this week while continuing to promote Georgia to international job creators.",
            "The investment will focus on the deployment of their BrightLoop low-carbon hydrogen technology.",
            "The money will go toward the construction of two new plants.",
            "Ward Hackett described the company as a family-owned business serving more than 140 hospitals from Maryland to South Carolina.",
            "“When we were looking at a location to build a new plant, we looked at a handful of different spots,” Hackett said.",
            "He says the government and industry investments are part of a \"big bet\" that Canada can be a key international player.",
            "Federal Industry Minister Francois-Philippe Champagne says the plant will fill a gap in the Canadian electric-vehicle system.",
            "Experts say it is the single largest investment in the country’s auto sector since at least the 1980s.",
            "Hungarian companies will invest in logistics centres, the pharmaceutical industry, fruit processing and the metal processing industry.",
            "According to government, the policy, when implemented, will create an environment conducive for each local government to own factories.",
            "Egypt is boosting local manufacturing and is well-prepared to issue relevant licenses immediately, Madbouly announced.",
            "The top executive unveiled that his company is seeking to export more than 60% of the production of its plant in Egypt.",
            "South Africa is currently going through a construction boom, with major projects such as the government’s R410-billion capital infrastructure upgrade.",
            "Mpahlwa said the investment would help ensure that the country had the resources it needed.",
            "“This investment will allow Germany to continue to grow as a hub for chip manufacturing.",
            "He added the deal was a good example of South African industrial policy, which aims to support broad-based growth.",
            "OCI will own 67.5% of the new cement company, with the rest being owned by empowerment groups.",
            "The incentives were in line with those available to any company, he said.",
            "\"We certainly welcome Unilever's planned investment.",
            "President Kenyatta said the government intended to remove any barriers to foreign trade.",
            "When developers insert the clawback provisions, they aren’t trying to create an adversarial position.",
            "The news was affirmed on Tuesday, October 8 by the Spanish Minister of Industry, Jordi Hereu.",
            "The group already has a factory on the site, which will not be affected by the decision and will continue to produce flu vaccines.",
            "Nigeria and Britain also agreed to start discussions on an Enhanced Trade Partnership (ETP) to strengthen trade.",
            "“This was 4.4% higher than the RM142.6 billion approved in the same period last year.",
            "He added that the Malaysian Investment Development Authority (MIDA) has secured 126 projects proposing to make Malaysia a hub.",
            "He also pointed that during his Administration, the State has captured more than 10 billion dollars in foreign capital.",
            "In the first two months of this year, the province attracted 2.7 billion USD in foreign direct investment (FDI).",
            "As of February 2017, industrial parks in the province attracted 1,086 projects with registered capital of 15.87 billion USD.",
            "Those projects created jobs for more than 230,000 workers and contributed seven trillion VND to the State budget in 2016.",
            "The chairman affirmed that the province will create optimal conditions for investors.",
            "He assured that the state and its neighbour are the best region in the country to invest.",
            "He said that the province has given priority in electric and mechanical manufacturing sectors.",
            "Economic Development welcomes foreign direct investment at the Trade Port",
            "He reiterated his commitment with this and all the companies that want to invest in the state.",
            "North Dakota was ranked ninth in the nation in soybean production in 2020, producing over 190 million bushels of soybeans.",
            "Cass County was the nation’s top soybean producing county as recently as 2018.",
            "Choi said Samsung Vietnam has six manufacturing plants, with a cumulative investment of 22.4 billion USD.",
            "He said that in 2015-2020, the province has given priority in electric and mechanical sectors.",
            "The figure is a step forward, as in all of 2021, 67 investment contracts were signed.",
            "He revealed that for the first nine months of 2019, Malaysia recorded RM149 billion worth of approved investments.",
            "Total investment in the industry as of last year stood at Rp 10.7 trillion, and employed 643,000 workers.",
            "The average growth of investment in the footwear industry reached 4.74 percent from 2011 to 2014.",
            "These investments involved 4,025 projects and will create an additional of 93,841 job opportunities.",
            "Last April, the government cut the authorization deposit paid by investors to CFA25 million against CFA200 million previously.",
            "The decision is part of a supplementary recovery and resilience facility (RRF) funding call launched by Business Finland in November 2024.",
            "This significant investment is part of the country's semiconductor support program, with the funds coming from SETT.",
            "It was announced at the 10th meeting of the Azerbaijan-Hungary Intergovernmental Commission held in Baku.",
            "The project is set to facilitate job creation.",
            "The Le Bélier plant joins the 61 projects that the state administration has brought in, adding 27,375 jobs.",
            "All told, the 766 potential new jobs could generate up to $8.4 million in state income tax revenue over five years.",
            "In June, it had a debt with the Uruguayan financial sector that amounted to USD 42.3 million.",
            "The financial assistance to the wafer maker is part of an effort by the Japanese government to strengthen supply chains.",
            "Sumco and Shin-Etsu Chemical together have a share of about 50 pct in the global silicon wafer market.",
            "Demand is expected to grow for such chips, used in products such as automobiles.",
            "The ministry's decision comes as the government aims to secure stable chip supplies.",
            "The investment is expected to prevent imports of $75 million and contribute $175 million to exports.",
            "These investments will make an annual $1.4 billion contribution to the reduction of foreign trade deficit.",
            "Currently, Uganda spends $130m on importing paper.",
        ] {
            assert!(backdrop(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_pledge_with_its_sum_is_no_backdrop() {
        for sentence in [
            "The money will go toward the construction of two new plants worth $59 million.",
            "The funding is part of a three-year agreement worth nearly $2 billion.",
            "It is the largest investment in the state's history at $3.5 billion.",
            "This is the second project Kemp has announced this week, bringing 300 jobs.",
            "This figure is the largest investment in the Turkish automotive industry.",
            "The wealth fund will hold a 70 percent stake in the joint venture.",
            "The plant will supply 500,000 batteries a year.",
            "The project will enable Oman to enter the supply chain, creating 1,012 direct jobs.",
            "The company will invest in a new plant and the processing industry.",
            "OCI will own 67.5% of the company, investing $440 million.",
            "The policy will create 2,000 jobs in a climate that rewards investment.",
        ] {
            assert!(!backdrop(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_plant_left_as_it_was_has_no_new_status() {
        let sentence = "The group already has a factory on the site, which will not be affected by the decision.";
        let at = sentence.find("will not").unwrap();
        assert!(unchanged(sentence, at));
        let sentence = "The company will not build the plant.";
        assert!(!unchanged(sentence, sentence.find("will not").unwrap()));
    }
}
