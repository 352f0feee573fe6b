//! Words of a pledge that the main lists miss, tried after them: land allotted to a company or
//! identified for its project, a company in the process of opening plants, a contract inked, a
//! plant's target in a release's summary line, what a company said it wanted at the time, and
//! the number of contracted projects in a zone. And a leader's general words, which are no
//! pledge: a governor committed to a policy, a president encouraged by the commitments.

use std::sync::LazyLock;

use crate::draft::pattern::{Match, Regex};

use crate::draft::spaced;

/// The words of a pledge told by its land, its contract, its target or its past intent.
static SITE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:allot(?:s|ted|ting|ment)\b[^.\n]{0,40}?\b(?:acres?|hectares?|land|plots?|sites?|order)\b|(?:land|plots?|sites?|acres?|hectares?)\b[^.\n]{0,30}? allotted\b|(?:land|site|plot|acres?|hectares?)\b[^.\n]{0,60}? (?:has been|have been|was|were|is|are) (?:identified|earmarked|allocated|reserved|handed over)(?: [^.\n]{0,30}?)? for (?:the|a|an|its|their) (?:[a-z-]+ )?(?:project|plant|factory|unit|facility)|in the process of (?:opening|building|setting up|establishing|constructing|expanding)|inked (?:a|an|the|its|their) (?:[a-z-]+ )?(?:contract|deal|agreement|memorandum|MoU)|(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|projects?) targets? (?:up to |about |around |more than )?\d(?:[\d,.]*\d)?|(?:said|says) (?:it|they|he|she|the company|the companies) (?:wanted|wants|hoped|hopes|intended) to (?:start|begin|build|invest|open|create|hire|expand|produce)|number of (?:contracted|signed|approved) (?:projects|investments|companies|agreements))",
    )
});

/// The pattern to compile ahead of the sentences (see [`super::patterns`]).
pub(super) fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![&SITE]
}

/// The words of a pledge of [`SITE`] in a sentence, if any.
pub(super) fn site(sentence: &str) -> Option<Match<'_>> {
    SITE.find(sentence)
}

/// Whether a sentence with no figure is a leader's general words: a governor, president or
/// minister committed to a policy ("Governor Hobbs is committed to ensuring Arizona is at the
/// forefront"), a government committed to good conditions ("the authorities are committed to
/// providing the most favourable conditions"), a reaction to the commitments others announced
/// ("we are immensely encouraged ... by the commitments that have been announced here"), a
/// company's devotion to a place or an idea ("affirmed the company's long-term commitment to
/// Uruguay", "its sustainability commitments"), details a government has not shared; or,
/// figure or not, where a signing or an announcement took place ("Signing the two MoUs took
/// place on the sidelines of ...").
pub(super) fn general(sentence: &str) -> bool {
    static POLICY: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"\b(?:Gov\.|Governor|Mayor|President|Premier|(?:Prime )?Minister|Secretary|Senator|Chancellor)(?: [A-Z][\w.’'-]*){1,3} (?:is|remains|has been|was) (?:fully |firmly |deeply )?(?:committed|dedicated) to\b",
        )
    });
    static REACTION: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"(?i)\b(?:encouraged|heartened|pleased|delighted|gratified|inspired|impressed)\b[^.\n]{0,40}? by (?:the|these|those|all the|all these) (?:[a-z]+ )?(?:commitments|pledges|investments|announcements)\b",
        )
    });
    static CONDITIONS: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"\b(?:authorities|government|ministry|province|state) (?:is|are|remains?|has been|have been) (?:fully |firmly |deeply )?(?:committed|dedicated) to (?:provid(?:e|ing)|encourag(?:e|ing)|support(?:ing)?|creat(?:e|ing) an?|facilitat(?:e|ing)|attract(?:ing)?|ensur(?:e|ing)|promot(?:e|ing)|improv(?:e|ing)|help(?:ing)?)\b|\bcommitted to (?:providing|creating|ensuring|maintaining|fostering) (?:an? |the )?(?:[a-z]+ ){0,3}(?:climate|environment)\b",
        )
    });
    static DEVOTION: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"(?i)\b(?:(?:re)?affirm(?:s|ed)?|reflects?|represents?|underscores?|underlines?|demonstrates?|highlights?|signals?) (?:the |its |our |their |his |her )?(?:[\w-]+(?:’s|'s) )?(?:[a-z-]+ (?:and )?){0,3}commitment to\b|\b(?:sustainability|climate|environmental|ESG|net-zero) commitments?\b",
        )
    });
    static VENUE: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"^\W*(?:The |the )?(?:[Ss]igning|[Aa]nnouncement|[Rr]emarks|[Cc]eremony)\b[^.\n]{0,60}? (?:took place|was held|were held|was made|were made) (?:on the sidelines of|during|at)\b|\b(?:made the announcement|said this|made the remarks?) (?:during|at|on the sidelines of)\b",
        )
    });
    static MONEY: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"(?i)[$€£¥₹]|\d[\d,.]*\s?(?:%|per ?cent|thousand|million|billion|trillion|crore|lakh|bn|mn|jobs|workers|people)\b",
        )
    });
    // "The government has not shared the details of the companies": a pledge's details withheld.
    static WITHHELD: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"\b(?:has|have|had|did|does|do) not (?:yet )?(?:shared|disclosed|revealed|released|named|identified|given) (?:the |any )?(?:details|names|identit(?:y|ies))\b",
        )
    });
    let general = WITHHELD.is_match(sentence)
        || POLICY.is_match(sentence)
        || REACTION.is_match(sentence)
        || CONDITIONS.is_match(sentence)
        || DEVOTION.is_match(sentence);
    (!sentence.contains(|c: char| c.is_ascii_digit()) && general)
        || (!MONEY.is_match(sentence) && VENUE.is_match(sentence))
}
