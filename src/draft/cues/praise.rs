//! A leader's praise of a pledge, which is no pledge of its own: a quote a governor, mayor,
//! senator or minister gives with no figure in it.

use crate::draft::pattern::Regex;
use std::sync::LazyLock;

use crate::draft::spaced;

/// Whether a sentence is a leader's praise of a pledge: a quote said by a governor, mayor,
/// senator or minister with no figure in it ("“Scout Motors will provide thousands of South
/// Carolinians with ... opportunities,” said Governor Henry McMaster", "said Economy Minister
/// Richard Sulík"), or anyone's word on what a sector is worth ("noted the importance of").
/// A government's own
/// pledge in a quote carries its amount.
pub(super) fn praised(sentence: &str) -> bool {
    static LEADER: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"[,.!?][”\x22’'] (?:said|says) (?:(?:U\.S\. |US |State |Lt\. |Lieutenant |[A-Z]?[a-z]+ )?(?:Gov\.|Governor|Mayor|Sen\.|Senator|Premier|(?:Prime )?[Mm]inister|Secretary)) ",
        )
    });
    // "Hneifat noted importance of agricultural industries in ... creating job opportunities":
    // a speaker's view of what a sector is worth.
    static WORTH: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"\b(?:noted|notes|stressed|stresses|highlighted|highlights|underlined|underscored|emphasi[sz]ed|emphasi[sz]es) (?:the )?(?:importance|significance|role) of\b",
        )
    });
    (LEADER.is_match(sentence) || WORTH.is_match(sentence))
        && !sentence.contains(|c: char| c.is_ascii_digit())
}

/// Whether a sentence with no figure is inside a quotation a leader gives in its paragraph,
/// which [`praised`] cannot see from the sentence alone: "“... Top State for Business,” said
/// Governor Josh Stein. “These new projects will bring thousands of good-paying jobs ...”",
/// "“These business expansions are good news for Minnesota. ...,” said Lt. Gov. Tina Smith".
pub(super) fn quoted_praise(text: &str, start: usize, end: usize) -> bool {
    static ATTRIBUTED: LazyLock<Regex> = LazyLock::new(|| {
        spaced(
            r"\b(?:said|says|added) (?:U\.S\. |US |State |Lt\. |Lieutenant )?(?:Gov\.|Sen\.|(?:Governor|Mayor|Senator|Premier|(?:Prime )?Minister|Secretary)\b)|\b(?:Gov\.|Governor|Mayor|Senator|Premier|Minister) (?:[A-Z][\w.’'-]* ){1,3}(?:said|says|added)\b",
        )
    });
    let sentence = &text[start..end];
    if sentence.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let to = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let before = &text[from..start];
    let open = before.matches('“').count() > before.matches('”').count()
        || before.matches('"').count() % 2 == 1;
    let quoted = open || sentence.trim_start().starts_with(['“', '"']);
    quoted && ATTRIBUTED.is_match(&text[from..to])
}
