//! The words of a pledge told as news of its plans, its approvals, its size or its first
//! steps, when no cue word of [`super::PLEDGE`] is there: a company that "is to build", a
//! factory that "will be constructed", plans or funding "agreed", a council that "approved the
//! development of" parks, companies that "received authorization", a plant's capacity, an
//! agency's share of the companies it drew in a record year; and the news of a pledge's state:
//! construction that starts or pauses, a ground-breaking ceremony, funds to be redeployed. It
//! reads one sentence and finds no candidate itself.

use std::sync::LazyLock;

use crate::draft::pattern::{Match, Regex};

use crate::draft::{ascii_words, spaced};

/// A pattern whose word boundaries, word characters and
/// digits are ASCII (the patterns with no letter beyond ASCII are `(?i-u)` whole): a Unicode `\b`
/// sends the regex engine to its slow automaton at the first curly quote or accented letter,
/// and Unicode classes make the pattern many times larger to compile. The words these
/// patterns read are English words and figures.
pub(super) fn ascii(pattern: &str) -> Regex {
    // `[0-9A-Za-z_]` nests inside a class (`[\w-]`) as well as standing alone.
    spaced(&ascii_words(pattern).replace(r"\w", "[0-9A-Za-z_]").replace(r"\d", "[0-9]"))
}

/// The pledge's own thing, as the object of a verb of building or the owner of a figure.
const THING: &str = r"(?:plants?|factor(?:y|ies)|facilit(?:y|ies)|cent(?:er|re)s?|mills?|campus|parks?|sites?|hubs?|fabs?|gigafactor(?:y|ies))";

/// Cues of a pledge told as news of its plans, approvals or size.
static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    ascii(&format!(
        r#"(?i-u)\b(?:(?:is|are)(?: now| also| still)? to (?:build|seek|open|construct|establish|invest|create|hire|set up|expand|develop)|(?:will|would|shall) be (?:[a-z]+ly )?(?:constructed|established|developed|set up|installed)|to (?:open|build|construct|establish|set up) (?:a |an |new |its |their |the |two |three |several )?(?:[\w-]+,? ){{0,3}}?{THING}|(?:has|have|had|will have|would have) (?:an? |the )?(?:annual |total |installed |combined |planned |estimated )?(?:production |manufacturing |processing )?capacity (?:of|to)|(?:is|are) (?:[a-z]+ly )(?:investing|creating|adding|hiring|expanding|building)|approv(?:e|es|ed) the (?:development|construction|establishment|installation|creation|expansion|opening) of|(?:received|obtained|were given|was given|been granted) (?:the |an? )?(?:[a-z]+ )?(?:authori[sz]ation|approval|permits?|licen[cs]es?|green light)|(?:plans?|deals?|agreements?|package|funding|investments?|terms) (?:was|were|has been|have been|had been)(?: first| already| now| finally)? agreed|ready to (?:start|begin) (?:"|“)?(?:construction|production|building|work)|(?:potential|output|revenue|turnover|sales|value|cost|workforce) of the new (?:[a-z-]+ )?{THING}|\d[\d,]* of (?:the|these|those) \d[\d,]* (?:[a-z-]+ ){{0,2}}(?:companies|firms|investors|projects)|record (?:number|year|level) (?:of|for) (?:[a-z-]+ ){{0,2}}(?:companies|investments?|investors|projects|jobs)|(?:first|second|third|last) of (?:two|three|four|five|several|the) (?:[a-z-]+ )?planned (?:[a-z-]+ )?{THING})\b"#
    ))
});

/// Cues of news of a pledge's state: its construction started or paused, a ceremony for its
/// start, its funds sent elsewhere, a plant a company opens ("Coloplast opens its first
/// factory": the present tense of a release's news).
static STARTED: LazyLock<Regex> = LazyLock::new(|| {
    ascii(&format!(
        r#"(?i-u)\b(?:(?:construction|work|building) (?:starts|started|begins|began|has started|has begun|gets under way|got under way) on|ground-?breaking ceremony|paus(?:e|es|ed|ing) (?:the )?(?:construction|production|work|building|development)|(?:funds?|funding|money|aid|grants?) (?:would|will) be (?:"|“)?(?:re-?deployed|redirected|reallocated|withdrawn|diverted|clawed back)|opens (?:a |an |its |their |the )?(?:[\w-]+ ){{0,3}}?{THING})\b"#,
    ))
});

/// A company told by the size of its whole workforce, which is no pledge when no cue word
/// marks the sentence: "the company currently employs about 3,000 people around the world".
static SIZE: LazyLock<Regex> = LazyLock::new(|| {
    ascii(
        r"(?i-u)\b(?:(?:currently|now|already|today) employs|employs (?:[a-z0-9,.]+ ){0,5}?(?:people |workers |employees |staff )?(?:around the world|worldwide|globally|across the globe|in \d+ countries))\b",
    )
});

/// The patterns to compile ahead of the sentences (see [`super::patterns`]).
pub(super) fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![&PLANNED, &STARTED, &SIZE]
}

/// Whether a sentence tells a company's size by its whole workforce (see [`SIZE`]).
pub(super) fn sized(sentence: &str) -> bool {
    SIZE.is_match(sentence)
}

/// The cue of a pledge told as news of its plans, approvals or size. A sentence that opens
/// on a reason ("Considering the top companies are aggressively expanding their investments,
/// prospects are bright") tells the background of a judgement, not a plan.
pub(super) fn planned(sentence: &str) -> Option<Match<'_>> {
    let reason = ["Considering ", "Given that ", "Given how "];
    if reason.iter().any(|r| sentence.trim_start_matches(['"', '“']).starts_with(r)) {
        return None;
    }
    // "Côte d'Ivoire currently has an installed processing capacity of 710,000 tons": what a
    // place already makes is no plan.
    PLANNED.find(sentence).filter(|m| {
        let before = sentence[..m.start()].trim_end();
        !(m.as_str().contains("capacity")
            && ["currently", "already", "now", "today"].iter().any(|w| before.ends_with(w)))
    })
}

/// The cue of news of a pledge's state.
pub(super) fn started(sentence: &str) -> Option<Match<'_>> {
    STARTED.find(sentence)
}

/// A headline's verb of a deal won or made ("Unilever Bets $1.5 Billion On Mexico", "Michigan
/// Lands Google!"), read only in a line whose words are capitalized, where these verbs cannot
/// be nouns.
pub(super) fn headline(sentence: &str) -> Option<Match<'_>> {
    static DEAL_VERB: LazyLock<Regex> = LazyLock::new(|| {
        spaced(r"\b(?:Bets|Lands|Wins|Lures|Picks|Chooses|Selects|Taps|Snags|Nabs|Invests)\b")
    });
    let titled = sentence
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .all(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase));
    if !titled {
        return None;
    }
    DEAL_VERB.find(sentence)
}

#[cfg(test)]
mod tests {
    use super::{planned, sized, started};

    #[test]
    fn a_company_told_by_its_whole_workforce_is_sized() {
        assert!(sized(
            "Reiss says the company currently employs about 3,000 people around the world."
        ));
        assert!(sized("The group employs 40,000 people worldwide."));
        assert!(!sized("The plant employs 300 people and will add 200 more."));
    }

    #[test]
    fn plans_approvals_and_sizes_are_cues() {
        for (sentence, cue) in [
            ("Infineon Technologies AG is to build a new factory", "is to build"),
            ("Dexcom is now to seek planning permission for its facility", "is now to seek"),
            ("A chip factory will be constructed at the Villach location", "will be constructed"),
            ("Call centers will be developed in the services zone.", "will be developed"),
            ("Ternium started the race to open new plants in the country.", "to open new plants"),
            (
                "the perfect location for us to establish a new, state-of-the-art manufacturing facility",
                "to establish a new, state-of-the-art manufacturing facility",
            ),
            (
                "The mill has an annual production capacity of 2.1 million tons",
                "has an annual production capacity of",
            ),
            ("as it has the capacity to produce almost 600,000 tons", "has the capacity to"),
            ("We recognized that trend and so are rapidly expanding", "are rapidly expanding"),
            (
                "The council has also approved the development of two parks",
                "approved the development of",
            ),
            ("The nine companies that received authorization include", "received authorization"),
            ("Plans were first agreed last year", "Plans were first agreed"),
            ("The funding package has been agreed by the government", "package has been agreed"),
            ("It said it had been \"ready to start construction\"", "ready to start construction"),
            (
                "The additional sales potential of the new factory is put at €1.8 billion",
                "potential of the new factory",
            ),
            ("78 of these 140 companies are from the UK", "78 of these 140 companies"),
            (
                "Record number of foreign companies choose the Netherlands",
                "Record number of foreign companies",
            ),
            (
                "It is the first of two planned factories in Costa Rica.",
                "first of two planned factories",
            ),
        ] {
            assert_eq!(planned(sentence).map(|m| m.as_str()), Some(cue), "{sentence}");
        }
    }

    #[test]
    fn starts_pauses_and_redeployed_funds_are_status_cues() {
        for (sentence, cue) in [
            ("Construction starts on a new €100M magnet plant", "Construction starts on"),
            ("NPM held a ground-breaking ceremony for its plant", "ground-breaking ceremony"),
            ("ACC said it was pausing construction of the plant", "pausing construction"),
            (
                "EU funds would be \"re-deployed towards other investments\"",
                "funds would be \"re-deployed",
            ),
            (
                "Today, Coloplast opens its first factory in Central America",
                "opens its first factory",
            ),
            ("Coloplast opens new factory in Costa Rica", "opens new factory"),
        ] {
            assert_eq!(started(sentence).map(|m| m.as_str()), Some(cue), "{sentence}");
        }
    }

    #[test]
    fn other_plans_and_numbers_are_not() {
        for sentence in [
            "The minister is to visit Japan next week",
            "The agreement was signed in Rome",
            "Turnover of the group rose 5%",
            "The record was broken in 2019",
            "He was given a warm welcome",
            "The agreement opens the door to new markets",
            "Considering the top companies are aggressively expanding their investments, prospects are bright.",
            "Côte d'Ivoire currently has an installed processing capacity of 710,000 tons of cocoa.",
        ] {
            assert_eq!(planned(sentence).map(|m| m.as_str()), None, "{sentence}");
            assert_eq!(started(sentence).map(|m| m.as_str()), None, "{sentence}");
        }
    }
}
