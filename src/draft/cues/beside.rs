//! Sentences beside a pledge though they carry a pledge's words: a government's general hopes
//! for investment ("will directly benefit the people", "aims to incentivize further
//! investment", "a vote of confidence in the economy"), a company's words about itself or its
//! campus ("will be a place where", "has been playing a significant role", "continue to invest
//! in our business"), a procedural note ("the special session will be Wednesday", "the name of
//! the company will be released"), a list's lead-in ("Among the projects announced:") and a
//! company or an industry told by its size ("The $US11 billion company also announced", "is an
//! $88 billion industry"), the role a plant will play with no figure ("will play a pivotal role
//! in shaping our future"), a wage's distance in percent
//! from an average wage, a forecast of the economy, an investment said to support a government's
//! commitment, a company's sales ambitions ("aims to achieve sales of JPY 2 trillion"), and a leader's general words ("to ensure that more Hoosiers have the
//! opportunity", "will position Uruguay among the main exporters", "the result of the
//! effective articulation of the plan", "highlighted that all governments have acted"). It
//! reads one sentence and decides nothing else.

use std::sync::LazyLock;

use crate::draft::pattern::Regex;

use super::news::ascii;
use crate::draft::spaced;

/// What is beside the pledge whatever figures the sentence holds.
static ALWAYS: LazyLock<Regex> = LazyLock::new(|| {
    ascii(
        r"(?i)\b(?:vote of confidence in|will be a place (?:where|for|to)|(?:has|have) been playing (?:a |an )?(?:significant|key|major|vital|important|pivotal|crucial) role|(?:session|meeting|hearing|vote) (?:[a-z0-9,-]+ ){0,6}?will be (?:held )?(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)|name of the (?:company|firm|investor|project|business) (?:will|would) be (?:released|announced|revealed|disclosed|made public))\b|^(?:among|highlights of|some of) [^\n]*:$|^the (?:us\$ ?|\$us ?|[$€£])[\d.,]+ ?(?:billion|million|bn|m|b)? (?:\([^)]*\) )?(?:company|firm|group|giant|miner|conglomerate)\b|(?:percent|per cent|%) (?:above|below|higher than|lower than) (?:the )?(?:state|county|national|country|region|city)(?:[’']s)? average (?:annual |hourly )?wage\b|\b(?:GDP|gross domestic product|the economy|inflation) (?:will|would|is expected to|is projected to|is forecast to) (?:grow|expand|rise|fall|contract)\b|\b(?:will|would) (?:support|help|contribute to) the (?:delivery|achievement|fulfil?ment|realisation|realization) of\b|\b(?:achieve|achieving|reach|reaching|towards?) (?:annual |global |net |group |total |consolidated )?sales of\b|\b(?:sales|revenue) (?:target|goal)s?\b|\b(?:is|was) (?:an?|the) (?:us\$ ?|[$€£])?[\d.,]+ ?(?:billion|million|trillion|bn|m|b)?[- ](?:dollar )?(?:industry|sector)\b",
    )
});

/// What is beside the pledge when no amount of money is named: a government's general words.
static GENERAL: LazyLock<Regex> = LazyLock::new(|| {
    ascii(
        r"(?i-u)\b(?:(?:will|would) (?:directly )?benefit the (?:people|citizens|residents|communit(?:y|ies))|(?:will|would) bring (?:great|new|many|more|tremendous|significant|exciting|enormous) opportunities|continue to invest in (?:our|its|their) (?:[A-Za-z]+ )?(?:business|businesses|operations|people|communit(?:y|ies))|commitment to (?:supporting|fostering|promoting|attracting|encouraging|facilitating)|aims? to (?:incentivi[sz]e|encourage|attract|promote|foster|stimulate|spur)|ensure (?:that )?(?:more |all |every )?[a-z]+ (?:have|has|get) (?:the |an |more )?opportunit(?:y|ies)|(?:is|are|was|were) the (?:result|fruit|product) of (?:the |our |this |its )?(?:[a-z]+ )?(?:articulation|work|efforts?|polic(?:y|ies)|strateg(?:y|ies)|plans?|vision|leadership)|(?:will|would) (?:position|place|put) (?:[A-Z][\w-]* ){1,3}(?:among|as one of|at the forefront)|(?:highlighted|stressed|emphasi[sz]ed|underlined|recalled|noted) that (?:all|successive|previous|every) governments?)\b",
    )
});

/// The patterns to compile ahead of the sentences (see [`super::patterns`]).
pub(super) fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![&ALWAYS, &GENERAL]
}

/// Whether `sentence` is beside the pledge as one of the classes above.
pub(super) fn general(sentence: &str) -> bool {
    static MONEY: LazyLock<Regex> = LazyLock::new(|| {
        spaced(r"(?i)[$€£₪¥]|\b(?:million|billion|bn|crore|lakh|[A-Z]{3} \d)\b|\d(?:m|bn)\b")
    });
    // "Our new plant will play a pivotal role in shaping our future": a judgement, unless a
    // figure tells what the role is or when ("when the site is operational in 2027").
    static ROLE: LazyLock<Regex> =
        LazyLock::new(|| spaced(r"(?i)\b(?:will|would) play (?:a|an) (?:[a-z]+ )?role in\b"));
    let sentence = sentence.trim().trim_start_matches(['"', '“', '\'']);
    let general = GENERAL.is_match(sentence) || super::worded::general(sentence);
    let figure = sentence.contains(|c: char| c.is_ascii_digit());
    ALWAYS.is_match(sentence)
        || (general && !MONEY.is_match(sentence))
        || (!figure && ROLE.is_match(sentence))
}

#[cfg(test)]
mod tests {
    use super::general;

    #[test]
    fn general_words_procedure_lead_ins_and_sizes_are_beside_the_pledge() {
        for sentence in [
            "These investments will create thousands of jobs and will directly benefit the people of Odisha.",
            "This substantial backing aims to incentivize further investment and bolster economic development across Bulgaria.",
            "Underlining the commitment to supporting both domestic and foreign investors, Minister Bogdanov reiterated the availability of support, with incentives reaching up to 60% of eligible investment costs.",
            "“This is a vote of confidence in the Welsh economy and our government’s plan.”",
            "“Our new plant will play a pivotal role in shaping our future in the region,” said the chief executive.",
            "Agriculture is an $88 billion industry in Missouri, making it the state’s largest industry.",
            "“Today’s announcement from Google underscores that reputation and will bring great opportunities for Nebraskans.",
            "“Our new campus will be a place where our teams can collaborate,” Huang said.",
            "The chairperson said that the indigenous company has been playing significant role in creating employment.",
            "We foresee great advancement, and this is why we continue to invest in our Kenyan business as well as the community programs.",
            "The special session called by Reeves will be Wednesday at 10:00 a.m.",
            "Reeves said when the agreement is signed, the name of the company will be released.",
            "Among the high-impact projects announced last year:",
            "The $US11 billion ($16.8 billion) company also announced a review of its global costs.",
            "This average is more than 20 percent above the state’s average wage of $22.32/hour.",
            "According to a recent central bank report, GDP will grow 5.5-6% this year.",
            "“This investment will support the delivery of the First Minister’s flagship commitment of up to £500 million.",
            "“I’m thrilled to announce record years as we work to ensure that more Hoosiers have the opportunity to grow,” Gov. Holcomb said.",
            "“These new companies are the result of the effective articulation of the plan to relaunch the sector.”",
            "“UPM Paso de los Toros will position Uruguay among the main global exporters of pulp”, said the government.",
            "At the inauguration, Lacalle Pou highlighted that all governments have acted in the development of the sector.",
        ] {
            assert!(general(sentence), "{sentence}");
        }
    }

    #[test]
    fn pledges_with_these_words_and_money_are_not() {
        for sentence in [
            "The $2 billion investment aims to attract suppliers to the region.",
            "Nvidia will invest $500 million, which will directly benefit the people of the region.",
            "The company announced its commitment to supporting 500 new jobs with a $20 million plant.",
            "Among its plans, the company will build a new plant.",
            "The jobs will pay $60,000 a year on average.",
            "The plant will help the company meet demand and will create 500 jobs.",
            "Its workforce will play a vital role in its supply when the site opens in 2027.",
            "Of the 320 commitments made, 221 have committed average wages at or above the county average wage.",
        ] {
            assert!(!general(sentence), "{sentence}");
        }
    }
}
