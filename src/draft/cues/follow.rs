//! The words of a pledge told as an award, a funding or an approval, and of a follow-up to a
//! pledge: aid a board awarded or a company received, money "in funding for" a company, an
//! application a government approved, a start of construction marked, a plan still being
//! made ("we are planning to", "proposes to", "had ambitions to"). It reads one sentence; it
//! finds no candidate itself.

use std::sync::LazyLock;

use crate::draft::pattern::{Match, Regex};

use crate::draft::spaced;

/// The aid a government gives, as the noun after a verb of awarding, receiving or approving.
const AID: &str = r"(?:direct |financial |state |federal |public |tax )*(?:assistance|aid|funding|grants?|incentives|subsid(?:y|ies)|loans?|benefits|tax credits?|tax breaks|discounts?|exemptions?)";

/// Cues of a pledge told as an award, funding or approval, or of a plan still being made.
static AWARD: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"(?i)\b(?:awarded (?:[a-z0-9$€£.,-]+ ){{0,8}}?{AID}|approv(?:e|es|ed) {AID}|approv(?:e|es|ed) (?:(?:an?|the|its|their) )?(?:[a-z]+ ){{0,2}}(?:application|request|proposal|bid)s?|(?:receives?|received|gets|got|secures?|secured|wins|won|(?:was|were|has been|had been) (?:[a-z]+ly )?granted) (?:[A-Za-z0-9$€£₪.,-]+ ){{0,5}}?{AID}|in (?:state |federal |public |government )?(?:funding|grants?|aid|subsidies|assistance|support|incentives) for|marked (?:a |the )?(?:[a-z]+ ){{0,2}}(?:milestone|start|beginning|commencement|launch)|(?:commencement|start) of construction|(?:projects?|agreements?|deals?|contracts?|MoUs?) (?:that|which) (?:was|were|has been|had been) (?:[a-z]+ly )?signed|(?:is|are|was|were|’re|'re) planning to|propos(?:es|ed|ing) to (?:expand|build|invest|construct|establish|develop|set up|open|create|hire)|had (?:ambitions|plans|hopes) to)\b"
    ))
});

/// The pattern to compile ahead of the sentences (see [`super::patterns`]).
pub(super) fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![&AWARD]
}

/// The cue of a pledge told as an award, a funding, an approval or a plan being made.
pub(super) fn award(sentence: &str) -> Option<Match<'_>> {
    AWARD.find(sentence)
}

#[cfg(test)]
mod tests {
    use super::award;

    #[test]
    fn awards_funding_and_approvals_are_cues() {
        for (sentence, cue) in [
            (
                "The IEDA board awarded direct financial assistance to five companies",
                "awarded direct financial assistance",
            ),
            ("The board approved assistance for planned projects", "approved assistance"),
            (
                "Manufacturer receives assistance for Wayne County expansion project",
                "receives assistance",
            ),
            ("300 million euros in funding for VARTA", "in funding for"),
            (
                "The chipmaker was reportedly granted a NIS 70 million discount",
                "was reportedly granted a NIS 70 million discount",
            ),
            (
                "The government on Tuesday approved an application under the Act",
                "approved an application",
            ),
            ("The ministry also approved applications by two enterprises", "approved applications"),
            (
                "The Minister marked a significant milestone with the official start",
                "marked a significant milestone",
            ),
            (
                "Another important project that was signed recently was with J C Biotech",
                "project that was signed",
            ),
            ("Here, we are planning to send in our application", "are planning to"),
            ("The company proposes to expand the existing plant", "proposes to expand"),
            ("PLT also had ambitions to establish a factory", "had ambitions to"),
        ] {
            assert_eq!(award(sentence).map(|m| m.as_str()), Some(cue), "{sentence}");
        }
    }

    #[test]
    fn other_approvals_and_plans_are_not() {
        for sentence in [
            "The council approved the minutes of the last meeting",
            "The plan was approved by voters",
            "She received a standing ovation",
        ] {
            assert_eq!(award(sentence).map(|m| m.as_str()), None, "{sentence}");
        }
    }
}
