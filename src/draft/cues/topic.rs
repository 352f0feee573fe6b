//! Sentences of the pledge's topic: once an article has pledge sentences, a sentence whose
//! subject is the pledge's own thing (its plant, machine, centre, project, investment, deal,
//! capacity, or its company by name) and that tells a fact of it is part of the pledge too,
//! and so is a headline that names investments, jobs, a plant or a ceremony of investment, and
//! a sentence of what befell the pledge (a departure, a closure) or what it cost taxpayers.
//! Counted things ("Fourteen cases involved"), the plant's workforce, and a party named at the
//! head that received, bought or did something of it ("Canoo did line up some money") too.
//! Last, a sentence that gives a figure (an amount, a count, a year, a day) is part of the
//! pledge's record, unless it is a line of the page or the company's background. The refusals
//! of the cue words hold here as well: a rule told with "If", a leader's praise without a
//! figure, an aside, a law.

use std::sync::LazyLock;

use crate::draft::pattern::{Match, Regex};

use super::{VERB, aside, law, praised, quoted_praise};
use crate::draft::{Candidate, Kind, Sentence, shouted, spaced};

/// The nouns of a pledge's own thing.
const THING: &str = r"plants?|factor(?:y|ies)|facilit(?:y|ies)|machines?|cent(?:er|re)s?|projects?|investments?|deals?|expansions?|(?:production )?capacity|campus|mills?|lines?|applications|applicants|cases|incentives|contracts?|workforce|decisions?|funding|programmes?|programs?|initiatives?|ventures?|parks?|proposals?";

/// A count that opens a sentence in place of its article: "Fourteen cases", "Seventy-four
/// investment projects", "83 applications".
const COUNT: &str = r"\d[\d,]*|(?:Twen|Thir|For|Fif|Six|Seven|Eigh|Nine)ty(?:-[a-z]+)?|(?:Thir|Four|Fif|Six|Seven|Eigh|Nine)teen|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve";

/// The patterns of the second reading, to compile ahead of it (see [`super::patterns`]).
pub(super) fn patterns() -> [&'static LazyLock<Regex>; 11] {
    let first = [&INVOLVES, &ACTED, &WORKFORCE, &SUBJECT, &OWNED, &BEFELL, &CEREMONY];
    let [a, b, c, d, e, f, g] = first;
    [a, b, c, d, e, f, g, &RECALLED, &FATE, &HEADLINE, &OPENS]
}

/// What the pledge's things amount to, told with a pronoun: "This involves investment projects".
static INVOLVES: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"^(?:This|These|It|They) (?:involves?|concerns?|covers?) (?:[\w-]+ ){{0,2}}(?:{THING})\b"
    ))
});

/// A party of the pledge as the subject of what it received, bought or did about it: "Canoo did
/// line up some money", "Oklahoma also purchased the first three", "The state had a contract to
/// purchase", "The agency also received an increased number of applications".
static ACTED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"^(?P<who>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}|The (?:agency|state|company|firm|government|ministry)) (?:also |then |later |still |only )?(?:received|registered|purchased|bought|ordered|obtained|secured|did(?: not)? [a-z]+|had (?:a|an) (?:contract|agreement|deal)|had (?:ambitions|plans|hopes) to)\b",
    )
});

/// A workforce the pledge's plant will have or has grown to: "it will have a workforce of up to
/// 100".
static WORKFORCE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"\b(?:(?:will|would) have a (?:total )?(?:workforce|staff|headcount) of|(?:workforce|headcount|staff) (?:has|have|had) (?:more than |nearly |almost )?(?:doubled|tripled|grown|risen|increased))\b",
    )
});

/// The pledge's thing as the subject at the head of a sentence, after an opening quote, a
/// phrase of time or an adverb ("Earlier this year, ", "In September 2017, ", "Notably, ",
/// "In total, "), perhaps with where it stands ("the facility located in the park"), then its
/// verb, perhaps after a clause between commas: "The machine is slated to be commissioned",
/// "The double-wide machine, which features LDC technology, will be able to produce", "The
/// investment deal is meaningful", "The factory should have the capacity".
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r#"^["“]?(?:(?:[A-Z][a-z]+ly|In (?:total|addition|all)|Overall|Also|Meanwhile|In (?:[A-Z][a-z]+ )?\d{{4}}|Earlier this (?:year|month)), (?:the|this|these|its|our|their|that)|(?:The|This|These|Its|Our|Their|That|{COUNT}))(?: [\w&-]+){{0,3}} (?:{THING})(?:[’']s [\w-]+| in [A-Z][\w-]*(?: [A-Z][\w-]*)?| (?:offered|provided|granted|promised) by(?: [\w&-]+){{1,4}}| (?:located|based|built|sited) (?:in|at|near)(?: [\w&-]+){{1,6}}?)?(?:(?:,[^,.]{{1,120}}){{1,3}},)? (?P<verb>is|are|was|were|will|would|has|have|had|shall|should|could|may|involved?|involves|received?|receives|obtained|created|reached|represents?|marks?) (?P<next>[\w-]+)"#
    ))
});

/// A company's own thing by the company's name or a head noun of investments made by one:
/// "BorgWarner’s R&D center for EV motors ... are forecast", "R&D center investments made by
/// Applied Materials".
static OWNED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"^(?:[A-Z][a-z]+ (?:manufacturer|maker|company|firm|group|giant|producer|supplier|contractor|developer|operator) )?(?:[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,3}}(?:[’']s|s[’'])(?: [\w&-]+){{0,3}} (?:{THING})\b|(?:[\w&-]+ ){{0,3}}investments? (?:made )?by [A-Z])"
    ))
});

/// The pledge's thing closing or halted in a clause: "the factory is closing".
static BEFELL: LazyLock<Regex> = LazyLock::new(|| {
    spaced(&format!(
        r"\bthe (?:{THING}) (?:is|was|will be|has been) (?:closing|closed|shutting|shut|relocat\w+|moving)\b"
    ))
});

/// A ceremony held for investments: "held the North American Investment Notification Ceremony",
/// or for a step of the pledge's work: "celebrated the start of the capacity expansion".
static CEREMONY: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\binvestments?\b[^.\n]{0,60}\bceremony\b|\bcelebrat(?:e|es|ed|ing) the (?:start|beginning|opening|launch|completion) of\b",
    )
});

/// What looks back at a pledge or ahead to a plant's state rather than telling of the pledge:
/// "the deal was first announced to great fanfare", "is scheduled to be operational".
static RECALLED: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:(?:first|previously|originally) announced|(?:to|will) be (?:fully )?(?:operational|up and running))\b",
    )
});

/// What befell the pledge or what it cost, told of the company or the investor: "Geox’s
/// decision to depart from Vranje", "The departure of the only foreign investor", "Geox would
/// not relocate its production", "this cost the Serbian taxpayers", "clearing the way for
/// multi-billion-shilling investments".
static FATE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"\b(?:decision to (?:depart|leave|close|exit|relocate|withdraw|move)|(?:departure|closure|exit|withdrawal) of (?:the|its) (?:[a-z-]+ ){0,3}(?:investor|factory|plant|company|facility|operations)|(?:would|will) not (?:relocate|move|reopen|return)|costs? (?:the )?(?:[A-Z][\w-]+ )?taxpayers|(?:clear|pav)(?:e|es|ed|ing|s)? the way for [^.\n]{0,40}?\binvestments?|(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?) (?:the|its) doors|(?:stopped|halted|ceased|scrapped|shelved|dropped) (?:the )?(?:construction|building|development|work|production)|(?:will|would) be (?:closed|shut down|mothballed|idled|halted)|(?:construction|work|production) (?:[A-Za-z0-9-]+ ){0,6}?(?:will|would) (?:stop|cease|halt|end))\b",
    )
});

/// A sentence that opens on the pledge's money or its work: "With this funding, the Federal
/// Ministry", "Construction of the new facilities will be finalized", "$25 million of that
/// would go".
static OPENS: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"^(?:With (?:this|the|that|these|its|their) (?:[a-z]+ )?(?:funding|money|investment|grant|aid|support|funds|loan|capital),|(?:Construction|Work|Production) (?:of|on) (?:[A-Za-z0-9-]+ ){1,8}?(?:will|would|is|was|has|began|started)\b|[$€£]?\d[\d.,]* (?:(?:million|billion) )?of (?:that|this|it|which) (?:would|will|is|was|went|goes)\b)",
    )
});

/// What a headline names to tell of a pledge.
static HEADLINE: LazyLock<Regex> = LazyLock::new(|| {
    spaced(
        r"(?i)\b(?:investments?|jobs|plants?|factor(?:y|ies)|facilit(?:y|ies)|ceremony|bankruptcy|MoUs?|agreements?)\b",
    )
});

/// Adds to `cued` (in text order) every sentence of the pledge's topic, when it has one.
pub(in crate::draft) fn extend(
    text: &str,
    sentences: &[(usize, usize)],
    candidates: &[Candidate],
    cued: &mut Vec<Sentence>,
) {
    if cued.is_empty() {
        return;
    }
    // The headline's line: the first, or the first after a line that is the article's date
    // ("30th June 2014") when it names a company.
    let dated = |&&(s, e): &&(usize, usize)| {
        let line = text[s..e].trim();
        let at = s + (text[s..e].len() - text[s..e].trim_start().len());
        candidates.iter().any(|c| c.kind == Kind::Date && c.start <= at && at + line.len() <= c.end)
    };
    let names_a_company = |&(s, e): &(usize, usize)| {
        candidates.iter().any(|c| c.kind == Kind::Company && s <= c.start && c.end <= e)
    };
    let first = match sentences.iter().position(|s| !dated(&s)) {
        Some(0) => sentences.first().map(|&(s, _)| s),
        Some(i) => sentences.get(i).filter(|s| names_a_company(s)).map(|&(s, _)| s),
        None => None,
    };
    let mut found = Vec::new();
    for &(start, end) in sentences {
        if cued.iter().any(|c| c.start == start) {
            continue;
        }
        let sentence = &text[start..end];
        if shouted(sentence) || sentence.trim_start_matches(['"', '“']).starts_with("If ") {
            continue;
        }
        if aside(sentence) || law(sentence) || praised(sentence) || quoted_praise(text, start, end)
        {
            continue;
        }
        // Where the signing took place, a government's stance, a company's devotion.
        if super::sites::general(sentence) || super::backdrop::backdrop(sentence) {
            continue;
        }
        if RECALLED.is_match(sentence) {
            continue;
        }
        // A headline: the first line, with no full stop.
        // A government's headline ("government summit raises billions") is its general policy.
        let titled = Some(start) == first
            && !sentence.trim_end().ends_with('.')
            && !sentence.to_lowercase().contains("government");
        let headline = HEADLINE.find(sentence).filter(|_| titled).map(|m| m.as_str().to_owned());
        // A possessive names the company: one the draft found there.
        // "Defence manufacturer Rheinmetall NIOA Munitions’ plant": after a word of what it is.
        let company = || {
            candidates.iter().any(|c| {
                c.kind == Kind::Company
                    && (c.start == start || start < c.start && c.start < start + 40)
                    && text[start..c.start].bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
            })
        };
        let possessive = |m: &Match| m.as_str().contains(['’', '\'']);
        let owned = OWNED
            .find(sentence)
            .filter(|m| !possessive(m) || company())
            .filter(|_| VERB.is_match(sentence));
        // A name at the head is the subject when it is all a party the draft found there:
        // "Sprint CEO Marcelo Claure did not" is a person's doing, not the company's.
        let party = |who: &str| {
            candidates.iter().any(|c| {
                matches!(c.kind, Kind::Company | Kind::Government)
                    && c.start == start
                    && c.end == start + who.len()
            })
        };
        let acted = ACTED
            .captures(sentence)
            .filter(|caps| caps["who"].starts_with("The ") || party(&caps["who"]))
            .map(|caps| caps[0].to_owned());
        let cue = headline
            .or_else(|| subject(sentence))
            .or_else(|| INVOLVES.find(sentence).map(|m| m.as_str().to_owned()))
            .or(acted)
            .or_else(|| WORKFORCE.find(sentence).map(|m| m.as_str().to_owned()))
            .or_else(|| owned.map(|m| m.as_str().to_owned()))
            .or_else(|| BEFELL.find(sentence).map(|m| m.as_str().to_owned()))
            .or_else(|| CEREMONY.find(sentence).map(|m| m.as_str().to_owned()))
            .or_else(|| FATE.find(sentence).map(|m| m.as_str().to_owned()))
            .or_else(|| OPENS.find(sentence).map(|m| m.as_str().to_owned()))
            // "Here, we are planning to send in our application": no noun of the pledge needed.
            .or_else(|| super::follow::award(sentence).map(|m| m.as_str().to_owned()));
        let cue = cue.map(|cue| (cue, false));
        if let Some((cue, status)) = cue
            .or_else(|| super::worded::told(text, start, end, candidates))
            .or_else(|| super::acts::acted(text, start, end, candidates, titled))
            .or_else(|| super::acts::counted(text, start, end, candidates, cued))
            .or_else(|| figure(text, start, end, candidates).map(|cue| (cue.to_owned(), false)))
        {
            let cue = cue.trim_start_matches(['"', '“']).split_whitespace().collect::<Vec<_>>();
            found.push(Sentence { start, end, cue: cue.join(" "), status });
        }
    }
    cued.extend(found);
    cued.sort_by_key(|s| s.start);
}

/// The head of a sentence whose subject is the pledge's thing and that tells a fact of it; "is
/// the largest hub", "is a plant located" describe what the thing is, as background.
fn subject(sentence: &str) -> Option<String> {
    let caps = SUBJECT.captures(sentence)?;
    let being = ["is", "are", "was", "were"].contains(&caps.name("verb")?.as_str());
    let described = ["the", "a", "an", "one", "located"].contains(&caps.name("next")?.as_str());
    // "The venture will include a factory for preparing vegetables": its parts, with no figure.
    let parts = ["include", "consist", "comprise"].contains(&caps.name("next")?.as_str())
        && !sentence.contains(|c: char| c.is_ascii_digit());
    (!(parts || being && described)).then(|| caps.get(0).map(|m| m.as_str().to_owned())).flatten()
}

/// The words of a company's background rather than its pledge: when it was founded or bought,
/// what it employs around the world or currently has, owns or hosts, what it can produce and
/// has invested thus far, its revenue, a share of a country's
/// output, how many countries it is active in, how far a place is from another, a currency's
/// rate or a share price's move.
const BACKGROUND: &[&str] = &[
    "founded",
    "acquired",
    "employs",
    "worldwide",
    "around the world",
    "across the world",
    "anniversary",
    "gdp",
    "percent of",
    "% of",
    "per hour",
    "an hour",
    "its revenue",
    "net profit",
    "net income",
    "currently has",
    "currently have",
    "currently owns",
    "currently hosts",
    "thus far",
    "can produce",
    "population of",
    "is active in",
    "miles from",
    "kilometres from",
    "kilometers from",
    "exchange rate",
    "to the dollar",
    " cents",
    "shares fell",
    "shares rose",
    "shares dropped",
    "shares jumped",
    "shares climbed",
    "share price",
    "stock price",
    "shares of the",
    "worth of goods annually",
    "originated in",
    "is a subsidiary of",
    "produces about",
    "produces around",
    "owns a",
    "of pollution",
    "emissions reductions",
    "off the road",
];

/// Whether a sentence tells a company's or a place's background (see [`BACKGROUND`]), what
/// its plants account for now ([`upkeep`]) or where it stands ([`standing`]).
pub(super) fn background(sentence: &str) -> bool {
    let lowered = sentence.to_lowercase();
    upkeep(sentence) || standing(sentence) || BACKGROUND.iter().any(|b| lowered.contains(b))
}

/// Words of a sector's, an economy's or a place's standing, which no amount makes a pledge.
const STANDING: &[&str] =
    &["employs a total", " ranks ", "ranking as", "trade deficit", "trade surplus"];

/// Whether a sentence tells where a sector, an economy or a place stands: "IMMEX employs a
/// total of 265 thousand 893 workers in Tamaulipas, ranking as the fifth entity", "the trade
/// deficit with Vietnam, worth USD32 billion".
pub(super) fn standing(sentence: &str) -> bool {
    let lowered = sentence.to_lowercase();
    STANDING.iter().any(|w| lowered.contains(w))
}

/// Whether a sentence tells the jobs a company's plants account for now: "it has seven
/// operating units, which are responsible for approximately 6 thousand jobs".
pub(super) fn upkeep(sentence: &str) -> bool {
    let lowered = sentence.to_lowercase();
    ["is responsible for", "are responsible for"].iter().any(|b| lowered.contains(b))
}

/// The figure a sentence of the pledge's article gives, its first word with a digit: once an
/// article tells of a pledge, what it counts and dates ("Construction has now restarted ...
/// with more than 4,000 personnel", "TotalEnergies is now targeting first LNG in 2029") is the
/// pledge's record even with no cue word. Not so a line of the page (a byline, a date line, a
/// wire's credit, a time of day), a fragment of a few words, the company's background (when it
/// was founded or bought, what it employs around the world or currently has, its revenue, a share
/// of a country's output, how many countries it is active in, how far a place is from
/// another), a currency's rate ("the exchange rate was 51 US cents to the
/// dollar"), or a figure a speaker gives with no amount ("“By 2025 we ought to have ...").
fn figure<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    candidates: &[Candidate],
) -> Option<&'t str> {
    const PAGE: &[&str] = &[
        "|",
        "@",
        "first published",
        "Published",
        "Updated",
        "Release Date",
        "APO Group",
        "issued the following",
        "Press Release",
        "News Release",
    ];
    let sentence = &text[start..end];
    let priced =
        candidates.iter().any(|c| c.kind == Kind::Amount && start <= c.start && c.end <= end);
    // The first figure inside a quotation: what a speaker says ("said: “... Vision 2030”").
    let digit = sentence.find(|c: char| c.is_ascii_digit())?;
    let quoted = sentence[..digit].chars().fold(false, |open, c| match c {
        '“' => true,
        '”' => false,
        '"' => !open,
        _ => open,
    });
    if quoted && !priced {
        return None;
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let figure = words.iter().find(|w| w.contains(|c: char| c.is_ascii_digit()))?;
    // A test's date line ("date 2019-11-28") and a site's ("Thursday, December 18, 2025").
    let dated = words[0] == "date" && words.get(1) == Some(figure);
    // A time of day ("12:39 pm", "at 10:00 a.m.") dates a page or a session, not a pledge.
    let clock = sentence.as_bytes().windows(4).any(|w| {
        w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit()
    });
    // "[from Latin American Herald Tribune, 17 January 2011]", "Source: Yonhap News (Apr. 21,
    // 2016)": a note of where the text is from.
    let noted = (sentence.starts_with('[') && sentence.ends_with(']'))
        || ["Source:", "Sources:"].iter().any(|p| sentence.starts_with(p));
    // "... welcomes foreign direct investment at Dube Trade Port, 4 Sept": a heading's date;
    // "LAS VEGAS, NV – May 23, 2024": a dateline's; "By: Brian Brus//The Journal Record//July
    // 1, 2015": a byline's.
    let trimmed = sentence.trim_end();
    let headed = !trimmed.ends_with(['.', '!', '?', '"', '”'])
        && candidates.iter().any(|c| {
            let lead =
                [", ", " – ", " — ", " - ", "//"].iter().find(|p| text[..c.start].ends_with(*p));
            c.kind == Kind::Date
                && start + trimmed.len() == c.end
                && lead.is_some_and(|p| {
                    c.start >= start + p.len()
                        && !text[start..c.start - p.len()].contains(|c: char| c.is_ascii_digit())
                })
        });
    let page = clock
        || noted
        || headed
        || PAGE.iter().any(|p| sentence.contains(p))
        || weekday_opens(words[0])
        || dated
        || !sentence.contains(char::is_lowercase);
    let lower: Vec<String> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    // "since 1997", "since its start", "established in 1966": how long it has been there.
    let at = |i: usize| lower.get(i).map_or("", String::as_str);
    let since = (0..lower.len()).any(|i| {
        (at(i) == "since" && (year(at(i + 1)) || at(i + 1) == "its"))
            || (at(i) == "established" && at(i + 1) == "in" && year(at(i + 2)))
    });
    let lowered = sentence.to_lowercase();
    // "Indiana's unemployment rate is 8 percent": a sentence about a rate whose every figure is
    // a share measures the economy, not a pledge (a stake in percent may be one).
    let share = |i: usize| {
        words[i].trim_end_matches(['.', ',', ';']).ends_with('%')
            || ["percent", "per", "%"].contains(&at(i + 1))
    };
    let rated = ["unemployment", "jobless", "inflation", "growth rate", "sales fell", "sales rose"];
    let shares = !priced
        && rated.iter().any(|r| lowered.contains(r))
        && (0..lower.len()).filter(|&i| lower[i].contains(|c: char| c.is_ascii_digit())).all(share);
    let background = since || shares || background(sentence);
    // "4 July 2002 (embargoed till 2 pm)": a release's date line with its note in brackets.
    let date_line = candidates.iter().any(|c| {
        let rest = text[c.end.min(end)..end].trim();
        c.kind == Kind::Date && c.start == start && rest.starts_with('(') && rest.ends_with(')')
    });
    let fragment = words.len() < 6 || date_line;
    if page || background || fragment {
        return None;
    }
    // The figure as read: the amount or date it is part of, or else its word.
    let read = candidates.iter().find(|c| {
        matches!(c.kind, Kind::Amount | Kind::Date)
            && start <= c.start
            && c.end <= end
            && text[c.start..c.end].contains(|c: char| c.is_ascii_digit())
    });
    let word = figure.trim_matches(|c: char| !c.is_alphanumeric());
    // A name or a code with a figure in it ("COVID-19", "C-5", "155mm", "Path2Zero") is no
    // figure of a pledge, unless it is part of an amount or a date; an ordinal ("the 66th
    // meeting") is one.
    let ordinal = ["st", "nd", "rd", "th"].iter().any(|e| {
        word.strip_suffix(e).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    if read.is_none() && !ordinal && word.contains(|c: char| c.is_alphabetic()) {
        return None;
    }
    // "the latest iPhone 16": a product's model after its name; "Prime 6 is known for": a
    // short number after a capitalized word that is no month nor a word that leads a figure
    // ("In", "Some") is part of a company's or a plant's name.
    const LEADS: &[&str] = &[
        "In", "By", "From", "Since", "Over", "Until", "On", "At", "For", "About", "Around",
        "Nearly", "Almost", "Some", "Only", "Just", "All", "Of", "To", "The", "And", "With", "But",
    ];
    let figure_at = sentence.find(figure).unwrap_or(0);
    let after = sentence[figure_at + figure.len()..].trim_start();
    let share = ["percent", "per cent", "%"].iter().any(|p| after.starts_with(p));
    let named = |w: &str| {
        w.starts_with(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
            && !LEADS.contains(&w)
            && !crate::draft::MONTHS.iter().any(|m| m.starts_with(w))
            && word.len() <= 3
            && word.bytes().all(|b| b.is_ascii_digit())
            && !share
    };
    let model = sentence[..figure_at].split_whitespace().next_back().is_some_and(|w| {
        w.starts_with(char::is_lowercase) && w.chars().skip(1).any(char::is_uppercase) || named(w)
    });
    if read.is_none() && model {
        return None;
    }
    // "250 industry representatives attended the session": a count of those at an event.
    let attended = ["attended", "participated"].iter().any(|w| lower.iter().any(|l| l == w));
    if read.is_none() && !ordinal && attended {
        return None;
    }
    if read.is_some_and(|c| super::met(text, start, c)) {
        return None;
    }
    Some(read.map_or(word, |c| &text[c.start..c.end]))
}

/// Whether a line's first word is a weekday before a comma, in full or cut to three letters: a
/// site's date line ("Thursday, December 18, 2025", "Tue, 20 Jan 2015").
fn weekday_opens(word: &str) -> bool {
    word.strip_suffix(',').is_some_and(|w| {
        crate::draft::WEEKDAYS.iter().any(|d| *d == w || (w.len() == 3 && d.starts_with(w)))
    })
}
