//! The words of a pledge told by the people around it rather than by its maker, when no cue
//! word of [`super::PLEDGE`] is there: an agency briefing the press on the projects it
//! registered, a government backing a facility or clearing a company to proceed, an official
//! joining a company to mark a step, a meeting held on a project, a company calling on a
//! minister or seeking a government's help, memoranda exchanged, what investments span, an agency's investment leads, a company's interest in building, a
//! company's reasons for a change or its signal that it may cut its share, and proposals
//! grounded (put to work). It also says which hopes told of an economy are no pledge. It reads
//! one sentence and finds no candidate itself; a dateline run into a first sentence is joined
//! to it here, as the sentence a reader quotes.

use std::sync::LazyLock;

use crate::draft::pattern::{Match, Regex};

use super::news::ascii;
use crate::draft::Sentence;

/// Cues of a pledge told by those around it.
static AROUND: LazyLock<Regex> = LazyLock::new(|| {
    ascii(
        r"(?i)\b(?:briefing (?:journalists|reporters|the (?:media|press))|(?:projects?|investments?|applications?) (?:were|was|have been|has been) registered|(?:backed|supported|funded|financed) by the [^,.\n]*?\bgovernment|joined\b[^.\n]*?\bto (?:acknowledge|mark|celebrate|launch|open|unveil|inaugurate)\b|cleared [^.\n]*?\bto (?:proceed|go ahead|start|begin|build|invest|develop)|(?:during|at|in) (?:a|the|an) (?:[a-z]+ )?meeting with\b[^.\n]*?\b(?:projects?|investments?|construction|plants?|factor(?:y|ies)|facilit(?:y|ies))|(?:MoUs?|memorand(?:um|a)(?: of understanding)?|agreements?)\b[^.\n]*? (?:was|were|has been|have been) exchanged|exchanged (?:the|an?|its|their) (?:MoUs?|memorand(?:um|a)|agreements?)|(?:investments?|MoUs?|approvals|proposals) span\b|called on (?:the )?(?:[A-Z][\w-]* ){0,3}(?:Minister|President|Governor|Premier|Chancellor)\b|sought (?:the )?(?:[a-z-]+ )?government(?:[’']s)? (?:assistance|help|support|intervention|backing)\b|(?:in|of) (?:potential )?(?:investment )?leads\b|investment leads\b|expressed (?:an |its |their )?interest in (?:establishing|building|investing|setting up|acquiring|developing|constructing|expanding)|(?:company|firm|group|maker) (?:said|says) (?:that )?the (?:[a-z-]+ ){1,3}(?:had|has) (?:pushed|forced|made|led|hit|caused|delayed|weakened)|(?:may|might|could|would|will) (?:decrease|reduce|cut|lower|trim) (?:its|their) (?:equity|stake|share|holding)|(?:MoUs?|projects?|proposals?|investments?)\b[^.\n]*? (?:already |been |were |was |being )grounded|grounding (?:of )?(?:[a-z]+ )?(?:investments?|projects?|proposals?|MoUs?))\b",
    )
});

/// Hopes told of an economy or a company's general work, after a cue of aim or expectation or
/// of expanding: "is expected to have a positive impact on", "aims to reduce fertilizer costs",
/// "has been working extensively to expand its operations".
static HOPE: LazyLock<Regex> = LazyLock::new(|| {
    ascii(
        r"(?i)^\s*(?:have (?:an? )?(?:[a-z]+ )?(?:impact|effect|influence)|reduce (?:[a-z]+ )?costs|boost (?:[a-z]+ )?productivity|benefit|contribute|improve)\b",
    )
});

/// The patterns to compile ahead of the sentences (see [`super::patterns`]).
pub(super) fn patterns() -> Vec<&'static LazyLock<Regex>> {
    vec![&AROUND, &HOPE]
}

/// The cue of a pledge told by those around it.
pub(super) fn around(sentence: &str) -> Option<Match<'_>> {
    AROUND.find(sentence)
}

/// Whether the pledge cue `m` of `sentence` is a hope told of the economy with no figure
/// ("the plant aims to reduce fertilizer costs") or a company's general work ("working
/// extensively to expand its operations").
pub(super) fn hope(sentence: &str, m: &Match) -> bool {
    let cue = m.as_str().to_lowercase();
    let aim = cue.starts_with("aim") || cue.starts_with("expect");
    let figure = sentence.contains(|c: char| c.is_ascii_digit());
    if aim && !figure && HOPE.is_match(&sentence[m.end()..]) {
        return true;
    }
    let before = sentence[..m.start()].trim_end().to_lowercase();
    let before = match before.rsplit_once(' ') {
        Some((head, last)) if last.ends_with("ly") => head.trim_end(),
        _ => before.as_str(),
    };
    cue.starts_with("to expand") && before.ends_with("working")
}

/// Mends where each pledge sentence starts. It joins the dateline it runs on from, a first
/// line's place and full stop ("Dar es Salaam. Six strategic investors are set to invest"),
/// which the splitter reads as a sentence of its own; and it starts after a full stop a page
/// glued to the next sentence ("landscape.The memorandum was exchanged") when the cue is after
/// it: the sentence a reader quotes begins there.
pub(in crate::draft) fn mend_starts(
    text: &str,
    sentences: &[(usize, usize)],
    cued: &mut [Sentence],
) {
    for pledge in cued.iter_mut() {
        pledge.start = glued(text, pledge);
        let Some(i) = sentences.iter().position(|&(s, _)| s == pledge.start) else { continue };
        let Some(&(s, e)) = i.checked_sub(1).and_then(|j| sentences.get(j)) else { continue };
        if dateline(text, s, e) && !text[e..pledge.start].contains('\n') {
            pledge.start = s;
        }
    }
}

/// Where a pledge sentence starts once a sentence glued before its cue is left out: after the
/// last full stop between a lower-case letter and a capital before the cue.
fn glued(text: &str, pledge: &Sentence) -> usize {
    let sentence = &text[pledge.start..pledge.end];
    let Some(cue) = sentence.find(&pledge.cue) else { return pledge.start };
    let bytes = sentence.as_bytes();
    let stop = (1..cue).rev().find(|&i| {
        bytes[i] == b'.'
            && bytes[i - 1].is_ascii_lowercase()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
    });
    stop.map_or(pledge.start, |i| pledge.start + i + 1)
}

/// Whether `start..end` is a dateline of its own: at a line's start, one to four capitalized
/// words (and the lower-case particles of place names) ending in a full stop, with no figure.
fn dateline(text: &str, start: usize, end: usize) -> bool {
    let line_start = start == 0 || text[..start].ends_with('\n');
    let Some(words) = text[start..end].trim().strip_suffix('.') else { return false };
    let words: Vec<&str> = words.split_whitespace().collect();
    let particle = |w: &str| ["es", "de", "del", "da", "do", "al", "el", "la", "le"].contains(&w);
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    line_start
        && (1..=4).contains(&words.len())
        && words.first().is_some_and(|w| capital(w))
        && words.iter().all(|w| capital(w) || particle(w))
        && !words.iter().any(|w| w.contains(|c: char| c.is_ascii_digit() || c == '.'))
}

#[cfg(test)]
mod tests {
    use super::{Sentence, around, dateline, glued, hope};
    use crate::draft::pattern::{Regex, escape};

    #[test]
    fn briefings_backing_visits_clearances_meetings_and_exchanges_are_cues() {
        for (sentence, cue) in [
            (
                "Briefing journalists yesterday the director said 274 projects",
                "Briefing journalists",
            ),
            (
                "Backed by the Andrews Labor Government, the facility will",
                "Backed by the Andrews Labor Government",
            ),
            (
                "Treasurer Tim Pallas joined representatives from Moderna at Clayton today to acknowledge the development",
                "joined representatives from Moderna at Clayton today to acknowledge",
            ),
            (
                "The government has now cleared Total to proceed full steam ahead",
                "cleared Total to proceed",
            ),
            (
                "During a meeting with Thierry Plaisant, the sides addressed the wind farm project",
                "During a meeting with Thierry Plaisant, the sides addressed the wind farm project",
            ),
            (
                "The Memorandum of Understanding with the Government of Maharashtra was exchanged today",
                "Memorandum of Understanding with the Government of Maharashtra was exchanged",
            ),
            ("The investments span IT, data centres, energy", "investments span"),
            ("MIDA Advances Investment Diplomacy with RM4.68bn In Leads", "In Leads"),
            (
                "Aramco has also expressed an interest in establishing a petrochemical complex",
                "expressed an interest in establishing",
            ),
            (
                "The company said the pandemic had pushed market growth expectations",
                "company said the pandemic had pushed",
            ),
            (
                "Aramco signaled that it may decrease its equity in the refinery",
                "may decrease its equity",
            ),
            (
                "the government has achieved progress in grounding investment proposals",
                "grounding investment proposals",
            ),
        ] {
            assert_eq!(around(sentence).map(|m| m.as_str()), Some(cue), "{sentence}");
        }
    }

    #[test]
    fn other_meetings_briefings_and_interests_are_not() {
        for sentence in [
            "During a meeting with reporters, the minister spoke of the weather.",
            "Journalists were briefed on the budget.",
            "She expressed an interest in music.",
            "The team was in the lead.",
            "The flight was grounded by fog.",
        ] {
            assert_eq!(around(sentence).map(|m| m.as_str()), None, "{sentence}");
        }
    }

    #[test]
    fn hopes_for_an_economy_and_general_work_are_no_pledge() {
        let hoped = |sentence: &str, cue: &str| {
            let pattern = Regex::new(&escape(cue)).expect("a valid pattern");
            let m = pattern.find(sentence).expect("the cue is in the sentence");
            hope(sentence, &m)
        };
        assert!(hoped(
            "the plant aims to reduce fertilizer costs and boost productivity",
            "aims to"
        ));
        assert!(hoped(
            "The investment is expected to have a positive impact on the economy",
            "expected to"
        ));
        assert!(hoped(
            "the company has been working extensively to expand its operations",
            "to expand its operations"
        ));
        assert!(!hoped("The plant aims to reduce costs by 20 per cent", "aims to"));
        assert!(!hoped("The company aims to hire engineers", "aims to"));
        assert!(!hoped("The company plans to expand its operations", "to expand its operations"));
    }

    #[test]
    fn a_first_line_s_place_and_full_stop_is_a_dateline() {
        let text = "Dar es Salaam. Six investors are set to invest.\nMr. Smith said so. Yes.";
        assert!(dateline(text, 0, 14));
        assert!(!dateline(text, 15, 47));
        assert!(!dateline(text, 48, 66));
    }

    #[test]
    fn a_sentence_glued_before_the_cue_is_left_out() {
        let text = "It boasts two units.The memorandum was exchanged today.";
        let pledge =
            Sentence { start: 0, end: text.len(), cue: "was exchanged".into(), status: false };
        assert_eq!(&text[glued(text, &pledge)..], "The memorandum was exchanged today.");
        let pledge = Sentence { start: 0, end: text.len(), cue: "boasts".into(), status: false };
        assert_eq!(glued(text, &pledge), 0);
    }
}
